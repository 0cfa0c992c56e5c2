// The browser/bundler entry (dist/index.js) under Node, given the wasm bytes: checks that it
// passes wasmBinary through to the glue and wraps the same API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createPith as createForBrowser } from '../../dist/index.js';
import { createPith as createForNode } from 'pith';

const fixture = (name) => new URL(`../fixtures/${name}`, import.meta.url);

test('dist/index.js with wasmBinary works like the Node entry', async () => {
  const wasmBinary = readFileSync(new URL('../../dist/pith-core.wasm', import.meta.url));
  const browser = await createForBrowser({ wasmBinary: new Uint8Array(wasmBinary) });
  const node = await createForNode();
  const input = readFileSync(fixture('002_b4b415554566cd52.txt'), 'utf8');
  assert.deepEqual(browser.read(input), node.read(input));
  assert.equal(browser.version, node.version);
});

// Under Node a string crosses as its UTF-16 code units and the engine encodes them (copyUtf16 in
// node.js); the browser entry has TextEncoder do it. The two must agree on every string, lone
// surrogates included, wherever a character falls against the engine's sixteen-unit step.
test('the Node entry and the browser entry read the same strings alike', async () => {
  const wasmBinary = readFileSync(new URL('../../dist/pith-core.wasm', import.meta.url));
  const browser = await createForBrowser({ wasmBinary: new Uint8Array(wasmBinary) });
  const node = await createForNode();
  const odd = ['é', '€', '😀', '\uD800', '\uDC00', '\uDBFF\uDBFF\uDFFF', '\u0000', '<', '&amp;'];
  for (let shift = 0; shift < 34; shift++) {
    const words = odd.map((c, k) => `${'w'.repeat((shift * 7 + k * 5) % 37)}${c}`).join(' ');
    const page = `<html><head><title>T${words}</title></head><body><article><h1>Heading ${shift}</h1>` +
      `<p>${words} and a sentence long enough to be kept as the article's own text.</p>` +
      `<p>Another paragraph ${words} that says more, so that the page has a body.</p></article></body></html>`;
    for (const format of ['html', 'text']) {
      const a = node.read(page, { format });
      assert.deepEqual(browser.read(page, { format }), a, `shift ${shift}, ${format}`);
      assert.ok(JSON.stringify(a).includes('\uFFFD'), `shift ${shift}, ${format}: lone surrogates as U+FFFD`);
    }
  }
});

test('createPith rejects bad options', async () => {
  await assert.rejects(() => createForBrowser({ wasmBinary: 'nope' }), TypeError);
  await assert.rejects(() => createForNode({ wasmBinary: 42 }), TypeError);
});

test('all five fixtures read and summarize with verbatim sentences', async () => {
  const pith = await createForNode();
  for (const name of ['000_a7f127b872ba1c0d.txt', '001_2978124eeed4c36e.txt', '002_b4b415554566cd52.txt',
    '003_724e3f9dc9e6efd3.txt', '004_dba09bd23bece275.txt']) {
    const doc = pith.read(readFileSync(fixture(name)));
    assert.ok(doc.blocks.length > 0, `${name}: no blocks`);
    const { sentences } = pith.summarize(doc, { sentences: 3 });
    assert.equal(sentences.length, 3, `${name}: ${sentences.length} sentences`);
    for (const s of sentences) assert.equal(doc.blocks[s.block].text.slice(s.start, s.end), s.text, name);
  }
});
