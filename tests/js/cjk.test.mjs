// Pages in legacy CJK encodings, given to the package as bytes: the engine reads the <meta charset>
// and decodes with the Encoding Standard's decoders. Node's own TextDecoder (ICU) is the reference.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createPith } from 'pith';

let pith;
before(async () => {
  pith = await createPith();
});

const ascii = (s) => [...s].map((c) => c.charCodeAt(0));
const page = (charset, title, body) => new Uint8Array([
  ...ascii(`<html><head><meta charset="${charset}"><title>`), ...title, ...ascii('</title></head><body><article><p>'),
  ...body, ...ascii(' Weather report, second edition.</p></article></body></html>'),
]);

test('an EUC-KR page as a Uint8Array reads to Hangul', () => {
  // 서울 날씨 / 오늘은 맑고 내일은 비가 오겠습니다.
  const title = [0xBC, 0xAD, 0xBF, 0xEF, 0x20, 0xB3, 0xAF, 0xBE, 0xBE];
  const body = [0xBF, 0xC0, 0xB4, 0xC3, 0xC0, 0xBA, 0x20, 0xB8, 0xBC, 0xB0, 0xED, 0x20, 0xB3, 0xBB, 0xC0, 0xCF,
    0xC0, 0xBA, 0x20, 0xBA, 0xF1, 0xB0, 0xA1, 0x20, 0xBF, 0xC0, 0xB0, 0xDA, 0xBD, 0xC0, 0xB4, 0xCF, 0xB4, 0xD9, 0x2E];
  const bytes = page('euc-kr', title, body);
  const doc = pith.read(bytes);
  assert.equal(doc.title, '서울 날씨');
  assert.equal(doc.title, new TextDecoder('euc-kr').decode(new Uint8Array(title)));
  const text = doc.blocks.map((b) => b.text).join('\n');
  assert.ok(text.includes(`${new TextDecoder('euc-kr').decode(new Uint8Array(body))} Weather report`), text);
  assert.deepEqual(doc.warnings, ['decoded as EUC-KR (from <meta charset>)']);
});

test('a GBK page with a gb18030 four-byte character and a broken one', () => {
  // 北京天气 / 今天晴天，明天有雨。 then U+1F600 in four bytes, then a lead byte cut off by '<'.
  const title = [0xB1, 0xB1, 0xBE, 0xA9, 0xCC, 0xEC, 0xC6, 0xF8];
  const body = [0xBD, 0xF1, 0xCC, 0xEC, 0xC7, 0xE7, 0xCC, 0xEC, 0xA3, 0xAC, 0xC3, 0xF7, 0xCC, 0xEC, 0xD3, 0xD0, 0xD3,
    0xEA, 0xA1, 0xA3, 0x94, 0x39, 0xFC, 0x36, 0xD6];
  const doc = pith.read(page('x-gbk', title, body));
  assert.equal(doc.title, '北京天气');
  const text = doc.blocks.map((b) => b.text).join('\n');
  // The standard's GBK decoder is gb18030's; ICU's 'gbk' stops at two bytes, so gb18030 is the reference.
  const expected = new TextDecoder('gb18030').decode(new Uint8Array(body));
  assert.equal(expected, '今天晴天，明天有雨。😀\uFFFD');
  assert.ok(text.includes(`${expected} Weather report`), text);
  assert.deepEqual(doc.warnings, ['decoded as GBK (from <meta charset>)', 'bytes invalid in GBK replaced with U+FFFD']);
});
