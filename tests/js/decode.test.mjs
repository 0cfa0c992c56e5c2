// pith.decode: a file's text as the engine reads it, for the page's input box (a dropped UTF-16 or
// windows-1252 file showed as mojibake there when the page decoded it as UTF-8 itself).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createPith } from 'pith';

let pith;
before(async () => {
  pith = await createPith();
});

const CAFE = 'Café crème is served at the counter. The queue reaches the door by eight.\n';

test('a windows-1252 text file decodes as the engine reads it, with its warning', () => {
  const bytes = Uint8Array.from(CAFE, (c) => c.charCodeAt(0)); // one byte a character: windows-1252
  const decoded = pith.decode(bytes, { format: 'text' });
  assert.equal(decoded.text, CAFE);
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.format, 'text');
  assert.deepEqual(decoded.warnings, pith.read(bytes, { format: 'text' }).warnings);
  assert.equal(pith.read(decoded.text).blocks[0].text, pith.read(bytes).blocks[0].text);
});

test('UTF-16 with its byte order mark, in either order', () => {
  const le = new Uint8Array(2 + CAFE.length * 2);
  le.set([0xff, 0xfe]);
  for (let i = 0; i < CAFE.length; i += 1) le[2 + 2 * i] = CAFE.charCodeAt(i);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  assert.deepEqual(pith.decode(le), { format: 'text', text: CAFE, encoding: 'UTF-16LE', warnings: [], notText: '' });
  assert.equal(pith.decode(be.buffer).text, CAFE);
  assert.equal(pith.decode(be.buffer).encoding, 'UTF-16BE');
});

test('HTML bytes follow their <meta charset>; a string comes back as it is', () => {
  const head = new TextEncoder().encode('<!doctype html><meta charset="windows-1251"><p>');
  const page = new Uint8Array([...head, 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет"
  const decoded = pith.decode(page);
  assert.equal(decoded.format, 'html');
  assert.equal(decoded.encoding, 'windows-1251');
  assert.ok(decoded.text.endsWith('<p>Привет'), decoded.text);
  assert.deepEqual(pith.decode('Ünïcode already.'), { format: 'text', text: 'Ünïcode already.', encoding: 'UTF-8', warnings: [], notText: '' });
});

test('decode checks its arguments as read does', () => {
  assert.throws(() => pith.decode(42), TypeError);
  assert.throws(() => pith.decode('x', { format: 'pdf' }), RangeError);
  assert.throws(() => pith.decode('x', { quotes: 'keep' }), TypeError);
});

test('bytes that are not text are named, not decoded into the box', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const d = pith.decode(png);
  assert.equal(d.notText, 'a PNG image');
  assert.equal(d.text, '');
  assert.equal(pith.decode(new TextEncoder().encode('Plain words.')).notText, '');
});
