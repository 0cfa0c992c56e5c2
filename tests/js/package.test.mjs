// Package tests, run from the checkout: `import ... from 'pith'` resolves to this package through
// its own exports map (self-reference), i.e. dist/node.js after `npm run build`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createPith } from 'pith';

const fixture = (name) => new URL(`../fixtures/${name}`, import.meta.url);
const SOURCE_002 = readFileSync(fixture('002_b4b415554566cd52.txt'), 'utf8');
const EXPECTED_000 = readFileSync(fixture('000_a7f127b872ba1c0d.txt'), 'utf8');
const BYTES_002 = new Uint8Array(readFileSync(fixture('002_b4b415554566cd52.txt')));

const bodyText = (doc) => doc.blocks.map((b) => b.text).join('\n');

let pith;
before(async () => {
  pith = await createPith();
});

test('createPith gives the documented API', () => {
  assert.equal(typeof pith.read, 'function');
  assert.equal(typeof pith.summarize, 'function');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pith.version, pkg.version);
  assert.equal(typeof pith.memoryBytes, 'function');
  assert.ok(pith.memoryBytes() > 0);
});

test('(a) read(002) gives exactly the paragraphs of 000 and its metadata', () => {
  const doc = pith.read(SOURCE_002);
  assert.equal(bodyText(doc), EXPECTED_000);
  assert.equal(doc.title, 'Trump and Putin Set for Key Talks This Week as Peace Agreement Looms');
  assert.equal(doc.byline, 'Sarah Arnold');
  assert.equal(doc.published, '2025-03-16');
  assert.equal(doc.format, 'text');
  for (const b of doc.blocks) {
    assert.equal(typeof b.kind, 'string');
    assert.equal(typeof b.level, 'number');
  }
  const credit = doc.removed.find((r) => r.reason === 'photo-credit');
  assert.ok(credit, `no removed entry with reason photo-credit in ${JSON.stringify(doc.removed)}`);
  assert.match(credit.text, /AP Photo/);
  assert.equal(typeof credit.label, 'string');
  assert.equal(typeof credit.position, 'number');
  assert.ok(Array.isArray(doc.warnings));
  // Plain data out: a JSON round trip changes nothing.
  assert.deepEqual(JSON.parse(JSON.stringify(doc)), doc);
});

test('(b) summarize: 3 sentences, verbatim from their blocks, in document order', () => {
  const doc = pith.read(SOURCE_002);
  const summary = pith.summarize(doc, { sentences: 3 });
  assert.equal(summary.sentences.length, 3);
  let prev = { block: -1, start: -1 };
  for (const s of summary.sentences) {
    assert.ok(Number.isInteger(s.block) && s.block >= 0 && s.block < doc.blocks.length, `bad block ${s.block}`);
    assert.ok(s.text.length > 0);
    assert.equal(doc.blocks[s.block].text.slice(s.start, s.end), s.text);
    assert.equal(typeof s.score, 'number');
    assert.ok(s.block > prev.block || (s.block === prev.block && s.start >= prev.start + 1),
      `sentences out of document order: ${JSON.stringify(summary.sentences)}`);
    prev = s;
  }
  // The default is 3 sentences too.
  assert.deepEqual(pith.summarize(doc), summary);
});

test('(c) bytes input gives the same document; broken UTF-8 becomes U+FFFD, legacy bytes windows-1252', () => {
  const fromString = pith.read(SOURCE_002);
  assert.deepEqual(pith.read(BYTES_002), fromString);
  const buffer = BYTES_002.buffer.slice(BYTES_002.byteOffset, BYTES_002.byteOffset + BYTES_002.byteLength);
  assert.deepEqual(pith.read(buffer), fromString);

  // UTF-8 with a broken sequence (a file cut mid-character) stays UTF-8.
  const utf8 = new TextEncoder();
  const bad = new Uint8Array([...utf8.encode('Café crème, naïve déjà vu à la carte, über façade and a résumé are open. It is '), 0xc3, ...utf8.encode(' good.')]);
  let doc;
  assert.doesNotThrow(() => { doc = pith.read(bad); });
  const text = [bodyText(doc), doc.title, ...doc.removed.map((r) => r.text)].join('\n');
  assert.ok(text.includes('\uFFFD'), `expected U+FFFD in ${JSON.stringify(doc)}`);
  assert.ok(text.includes('Café crème'), `expected the valid text kept in ${JSON.stringify(doc)}`);
  assert.deepEqual(doc.warnings, ['invalid UTF-8 replaced with U+FFFD']);

  // Bytes not shaped like UTF-8 at all: an old Windows text file.
  const legacy = pith.read(new Uint8Array([...utf8.encode('Caf'), 0xe9, ...utf8.encode(' society met to '), 0x93, ...utf8.encode('talk'), 0x94, ...utf8.encode(' about the plan.')]));
  assert.equal(bodyText(legacy), 'Café society met to “talk” about the plan.');
  assert.deepEqual(legacy.warnings, ['decoded as windows-1252 (no declaration: the legacy default)']);
});

// read(pngBytes) gave blocks of mojibake (the PNG decoded as windows-1252) with only the encoding
// warning: a face could not tell junk from an article.
test('bytes that are not text come back named, with no blocks, not as junk and not as a throw', () => {
  const icon = new Uint8Array(readFileSync(new URL('../../web/extension/icons/icon-128.png', import.meta.url)));
  for (const input of [icon, icon.buffer.slice(icon.byteOffset, icon.byteOffset + icon.byteLength)]) {
    for (const format of ['auto', 'text', 'html']) {
      const doc = pith.read(input, { format });
      assert.equal(doc.notText, 'a PNG image', format);
      assert.deepEqual(doc.blocks, [], format);
      assert.deepEqual(doc.removed, [], format);
      assert.deepEqual(doc.warnings, ['this looks like a PNG image, not text or HTML: nothing was read'], format);
      assert.deepEqual(pith.summarize(doc).sentences, []);
    }
  }
  const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  assert.equal(pith.read(pdf).notText, 'a PDF document');
  // A string is characters someone wrote: the same words are text, and read.
  const said = pith.read('%PDF-1.7 is the version the print shop asks for, and the file must embed its fonts.');
  assert.equal(said.notText, '');
  assert.equal(said.blocks.length, 1);
  // But a string of control characters is not text, however it was made.
  assert.equal(pith.read('\0'.repeat(100)).notText, 'binary data');
  // Text and its bytes read as ever, with notText empty.
  assert.equal(pith.read(SOURCE_002).notText, '');
  assert.equal(pith.read(BYTES_002).notText, '');
});

test('strings reach the engine exactly, whatever their mix of one- to four-byte characters', () => {
  // A string is encoded straight into the engine's heap; a long one gets room for mostly-ASCII
  // text first and more only when the rest needs it. Both sides of that, and a lone surrogate.
  const sentence = (i, word) => `Paragraph ${i} says ${word} again and again, in a long sentence of its own.`;
  for (const [word, count] of [['café', 40], ['東京の記事', 40], ['😀 emoji', 40], ['東京の記事は長い東京の記事です', 20000], ['plain', 20000]]) {
    const input = Array.from({ length: count }, (_, i) => sentence(i, word)).join('\n\n');
    const doc = pith.read(input, { format: 'text' });
    const bytesDoc = pith.read(new TextEncoder().encode(input), { format: 'text' });
    assert.deepEqual(doc.blocks, bytesDoc.blocks, `${word} × ${count}`);
    assert.ok(bodyText(doc).includes(sentence(count - 1, word)), `${word} × ${count}: last paragraph intact`);
  }
  const lone = pith.read('A lone \uD800 surrogate in a sentence that is long enough to keep.', { format: 'text' });
  assert.ok(bodyText(lone).includes('A lone \uFFFD surrogate'), JSON.stringify(lone.blocks));
});

test('(d) a 5 MB input works', () => {
  const paragraphs = EXPECTED_000.split('\n');
  const parts = [];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const p = `Part ${i}. ${paragraphs[i % paragraphs.length]}`;
    parts.push(p);
    size += p.length + 2;
  }
  const input = parts.join('\n\n');
  assert.ok(input.length >= 5 * 1024 * 1024);
  const doc = pith.read(input);
  assert.ok(doc.blocks.length > 1000, `only ${doc.blocks.length} blocks`);
  const kept = doc.blocks.reduce((n, b) => n + b.text.length, 0);
  assert.ok(kept >= 0.9 * input.length, `only ${kept} of ${input.length} characters kept`);
  const summary = pith.summarize(doc, { sentences: 5 });
  assert.equal(summary.sentences.length, 5);
  for (const s of summary.sentences) assert.equal(doc.blocks[s.block].text.slice(s.start, s.end), s.text);
});

// Found by review: a run with no stops is cut into pieces of about 240 bytes, at offsets computed
// in size_t, 32 bits in WebAssembly: past about 1 MB the product wrapped, and one "sentence" took
// most of the run. Only the WebAssembly build can show it.
test('(d) a 2 MB run with no stops is summarized in bounded pieces', () => {
  const words = ['storm', 'bridge', 'council', 'harbour', 'road', 'vote'];
  const run = Array.from({ length: 330000 }, (_, i) => words[i % words.length]).join(' ');
  assert.ok(run.length > 2000000);
  const doc = pith.read(run, { format: 'text' });
  const summary = pith.summarize(doc, { ratio: 1 });  // every piece
  const total = summary.sentences.reduce((n, s) => n + s.text.length, 0);
  assert.ok(total > run.length * 0.99, `${total} of ${run.length} characters in the pieces`);
  for (const s of summary.sentences) assert.ok(s.text.length < 2000, `a piece of ${s.text.length} characters`);
});

test('(d) 50 MB of HTML junk made of "<" reads, and the engine still works after', () => {
  // Every '<' was counted as a node to reserve room for: 50M of them asked for about 8 GB, past
  // WebAssembly's 2 GB, and the module aborted. All of it is text ('<' before '<' opens no tag).
  const junk = '<'.repeat(50 * 1024 * 1024);
  const doc = pith.read(junk, { format: 'html' });
  assert.ok(Array.isArray(doc.blocks));
  const tags = pith.read('<b a=1>'.repeat(200000) + '<p>' + EXPECTED_000.split('\n')[0] + '</p>', { format: 'html' });
  assert.ok(bodyText(tags).includes(EXPECTED_000.split('\n')[0]), 'the paragraph after 200,000 tags is read');
  assert.ok(bodyText(pith.read(SOURCE_002)).includes(EXPECTED_000.split('\n')[0]));
});

test('(e) 10,000 reads do not grow WASM memory without bound', () => {
  assert.ok(SOURCE_002.length > 1500 && SOURCE_002.length < 4000);
  for (let i = 0; i < 100; i++) pith.read(SOURCE_002);
  const after100 = pith.memoryBytes();
  for (let i = 100; i < 10000; i++) {
    const doc = pith.read(i % 2 ? SOURCE_002 : BYTES_002);
    if (i % 1000 === 0) pith.summarize(doc, { sentences: 3 });
  }
  const after10000 = pith.memoryBytes();
  assert.ok(after10000 <= after100 + 16 * 1024 * 1024,
    `memory grew from ${after100} to ${after10000} bytes`);
});

test('(f) wrong argument types and bad options throw TypeError / RangeError', () => {
  const doc = pith.read(SOURCE_002);
  for (const input of [undefined, null, 42, {}, [], true, new Uint16Array(4), new DataView(new ArrayBuffer(4))]) {
    assert.throws(() => pith.read(input), TypeError, `read(${String(input)})`);
  }
  assert.throws(() => pith.read('x', 'text'), TypeError);
  assert.throws(() => pith.read('x', { format: 1 }), TypeError);
  assert.throws(() => pith.read('x', { format: 'pdf' }), RangeError);
  assert.throws(() => pith.read('x', { format: 'HTML' }), RangeError);
  assert.throws(() => pith.read('x', { quotes: 'curly' }), RangeError);
  assert.throws(() => pith.read('x', { quotes: false }), TypeError);
  assert.throws(() => pith.read('x', { sentences: 3 }), TypeError);
  for (const format of ['auto', 'text', 'html']) {
    for (const quotes of ['smart', 'ascii', 'keep']) {
      assert.doesNotThrow(() => pith.read(SOURCE_002, { format, quotes }));
    }
  }

  for (const bad of [undefined, null, 'text', 42, {}, { blocks: 'x' }]) {
    assert.throws(() => pith.summarize(bad), TypeError, `summarize(${JSON.stringify(bad)})`);
  }
  assert.throws(() => pith.summarize(doc, { sentences: '3' }), TypeError);
  assert.throws(() => pith.summarize(doc, 3), TypeError);
  assert.throws(() => pith.summarize(doc, { count: 3 }), TypeError);
  for (const n of [0, -1, 1.5, NaN, Infinity, 1001]) {
    assert.throws(() => pith.summarize(doc, { sentences: n }), RangeError, `sentences: ${n}`);
  }
  assert.equal(pith.summarize(doc, { sentences: 1 }).sentences.length, 1);
  assert.doesNotThrow(() => pith.summarize(doc, { sentences: 1000 }));
});

test('quotes option: ascii straightens, keep leaves the input quotes', () => {
  const ascii = bodyText(pith.read(SOURCE_002, { quotes: 'ascii' }));
  assert.ok(!/[\u2018\u2019\u201c\u201d]/.test(ascii), 'typographic quotes left with quotes: ascii');
  const keep = bodyText(pith.read(SOURCE_002, { quotes: 'keep' }));
  assert.ok(keep.includes("we're") && keep.includes('“serious questions”'), 'input quotes not kept with quotes: keep');
});

const countWords = (text) => (text.match(/\S+/g) || []).length;

test('summarize budgets: sentences, ratio and words are respected exactly', () => {
  const doc = pith.read(readFileSync(fixture('001_2978124eeed4c36e.txt'), 'utf8'));
  const all = pith.summarize(doc, { sentences: 1000 }).sentences;
  assert.equal(all.length, 30); // "Witkoff disagrees." is too short to be a candidate

  for (const n of [1, 2, 7]) assert.equal(pith.summarize(doc, { sentences: n }).sentences.length, n);
  assert.equal(pith.summarize(doc, { ratio: 0.11 }).sentences.length, 4); // ceil(3.3)
  assert.equal(pith.summarize(doc, { ratio: 0.52 }).sentences.length, 16); // ceil(15.6)
  assert.equal(pith.summarize(doc, { ratio: 1 }).sentences.length, 30);
  assert.equal(pith.summarize(doc, { ratio: 0.0001 }).sentences.length, 1);

  for (const w of [10, 30, 60, 120, 500]) {
    const { sentences } = pith.summarize(doc, { words: w });
    const used = sentences.reduce((n, s) => n + countWords(s.text), 0);
    assert.ok(used <= w, `words ${w}: ${used} used`);
    assert.ok(sentences.length >= 1, `words ${w}: no sentence`);
    // Filled: nothing left out would still fit.
    const picked = new Set(sentences.map((s) => `${s.block}:${s.start}`));
    for (const s of all) {
      if (!picked.has(`${s.block}:${s.start}`)) assert.ok(used + countWords(s.text) > w, `words ${w}: "${s.text}" would fit`);
    }
    for (const s of sentences) assert.equal(doc.blocks[s.block].text.slice(s.start, s.end), s.text);
  }
  const shortest = Math.min(...all.map((s) => countWords(s.text)));
  assert.deepEqual(pith.summarize(doc, { words: shortest - 1 }).sentences, []);
});

test('summarize gives key phrases, the same for every budget', () => {
  const doc = pith.read(SOURCE_002);
  const { keyPhrases } = pith.summarize(doc);
  assert.ok(Array.isArray(keyPhrases));
  assert.ok(keyPhrases.length >= 5 && keyPhrases.length <= 10, JSON.stringify(keyPhrases));
  for (const name of ['Vladimir Putin', 'Donald Trump', 'Steve Witkoff', 'ceasefire']) {
    assert.ok(keyPhrases.includes(name), `${name} missing from ${JSON.stringify(keyPhrases)}`);
  }
  const body = bodyText(doc);
  for (const p of keyPhrases) assert.ok(body.includes(p), `not verbatim: ${p}`);
  assert.deepEqual(pith.summarize(doc, { words: 40 }).keyPhrases, keyPhrases);
  assert.deepEqual(pith.summarize(doc, { ratio: 0.5 }).keyPhrases, keyPhrases);
  assert.deepEqual(pith.summarize(pith.read('')).keyPhrases, []);
});

test('summarize rejects a bad budget with a clear error', () => {
  const doc = pith.read(SOURCE_002);
  assert.throws(() => pith.summarize(doc, { sentences: 3, words: 50 }), RangeError);
  assert.throws(() => pith.summarize(doc, { ratio: 0.5, sentences: 2 }), /give one of sentences, ratio, words/);
  for (const r of [0, -0.1, 1.01, NaN, Infinity]) {
    assert.throws(() => pith.summarize(doc, { ratio: r }), RangeError, `ratio: ${r}`);
  }
  for (const w of [0, -5, 2.5, NaN, 100001]) {
    assert.throws(() => pith.summarize(doc, { words: w }), RangeError, `words: ${w}`);
  }
  assert.throws(() => pith.summarize(doc, { ratio: '0.5' }), TypeError);
  assert.throws(() => pith.summarize(doc, { words: '50' }), TypeError);
  assert.throws(() => pith.summarize(doc, { paragraphs: 2 }), TypeError);
  assert.doesNotThrow(() => pith.summarize(doc, { words: 100000 }));
  assert.doesNotThrow(() => pith.summarize(doc, { ratio: 1 }));
  // An undefined member counts as not given: { sentences: undefined, words: 50 } is a words budget.
  assert.ok(pith.summarize(doc, { sentences: undefined, words: 50 }).sentences.length >= 1);
});

test('restore puts a removed piece back where it stood, and the summary can use it', async () => {
  const { createPith } = await import('pith');
  const pith = await createPith();
  const fs = await import('node:fs');
  const text = fs.readFileSync(new URL('../fixtures/002_b4b415554566cd52.txt', import.meta.url), 'utf8');
  const doc = pith.read(text);
  const credit = doc.removed.findIndex((r) => r.reason === 'photo-credit');
  assert.ok(credit >= 0);
  const restored = pith.restore(doc, credit);
  assert.equal(restored.blocks.length, doc.blocks.length + 1);
  assert.equal(restored.blocks[0].text, 'AP Photo/Pablo Martinez Monsivais, File');
  assert.equal(restored.removed.length, doc.removed.length - 1);
  assert.equal(restored.title, doc.title);
  assert.ok(restored.wordCount > doc.wordCount);
  assert.equal(doc.blocks.length, 8, 'the original is not changed');
  assert.throws(() => pith.restore(doc, doc.removed.length), RangeError);
  assert.throws(() => pith.restore({ blocks: [] }, 0), TypeError);
});

test('numbered list items keep their numbers through read, restore and summarize', () => {
  const html = '<html><body><article><h1>How to make tea</h1>' +
    '<p>Making tea properly takes a few minutes and some care with the water temperature, as every cook knows.</p>' +
    '<aside class="newsletter">Sign up for our newsletter</aside>' +
    '<ol start="4"><li>Boil the water in a clean kettle.</li><li>Warm the pot with a splash of hot water.</li></ol>' +
    '<ul><li>Milk is optional.</li></ul></article></body></html>';
  const doc = pith.read(html);
  const items = doc.blocks.filter((b) => b.kind === 'list-item');
  assert.deepEqual(items.map((b) => b.number), [4, 5, undefined]);
  assert.equal(items[0].text, 'Boil the water in a clean kettle.');
  assert.equal(doc.blocks.filter((b) => b.kind !== 'list-item').every((b) => !('number' in b)), true);
  // A Document handed back keeps them: restore re-reads the blocks from the object it is given.
  const again = pith.restore(doc, 0);
  assert.deepEqual(again.blocks.filter((b) => b.kind === 'list-item').map((b) => b.number), [4, 5, undefined]);
  const edited = { ...doc, blocks: doc.blocks.map((b) => (b.number === 4 ? { ...b, number: 1.5 } : b)) };
  assert.equal(pith.restore(edited, 0).blocks.find((b) => b.text.startsWith('Boil')).number, undefined);
});

// A block that is not an object, or whose text is not a string, was read as '' (an empty summary)
// or failed with a plain Error; it is the caller's wrong argument, so a TypeError naming the block.
test('summarize and restore name a malformed block with a TypeError', () => {
  const doc = pith.read(SOURCE_002);
  for (const blocks of [[null], [{ kind: 'paragraph', text: 5 }], [{ kind: 'paragraph' }], ['A sentence. Another.']]) {
    assert.throws(() => pith.summarize({ blocks }), (err) => err instanceof TypeError && /doc\.blocks\[0\]/.test(err.message),
      JSON.stringify(blocks));
  }
  const second = [doc.blocks[0], { kind: 'paragraph', text: null }];
  assert.throws(() => pith.summarize({ ...doc, blocks: second }), (err) => err instanceof TypeError && /doc\.blocks\[1\]/.test(err.message));
  assert.throws(() => pith.restore({ ...doc, blocks: second }, 0), TypeError);
  assert.throws(() => pith.restore({ ...doc, removed: [null] }, 0), (err) => err instanceof TypeError && /doc\.removed\[0\]/.test(err.message));
  assert.equal(pith.summarize({ blocks: [{ kind: 'paragraph', text: 'The pier opens on Monday. Ferries stop there every hour.' }] }).sentences.length, 2);
});
