// The page's address as an option ({ url }) and the metadata it lets the engine resolve: canonicalUrl,
// imageUrl and authors, through read() and restore().
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createPith } from 'pith';

const STORY = [
  'The ferry service to the outer islands will run twice a day from May, the transport board said on Thursday, after a winter of cancelled crossings.',
  'Islanders had asked for a second daily sailing for years, saying a single boat left them stranded whenever the weather turned.',
  'The board said a vessel leased from a mainland operator would cover the extra crossings until a new boat is delivered.',
];

// A page that names its address and image only relatively, and its authors twice over.
const PAGE = `<!doctype html><html lang="en"><head>
<title>Ferry Service To Run Twice A Day | Island News</title>
<link rel="canonical" href="../2025/ferry-service">
<meta property="og:image" content="/media/ferry.jpg">
<meta name="author" content="Ann Lee"><meta name="author" content="Bo Park"><meta name="author" content="ANN LEE">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry Service To Run Twice A Day</h1>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>© Island News</footer></body></html>`;

const PAGE_URL = 'https://news.example.com/region/2024/ferry.html?utm_source=x';

let pith;
before(async () => {
  pith = await createPith();
});

test('{ url } resolves the page\'s relative canonical and image links', () => {
  const doc = pith.read(PAGE, { url: PAGE_URL });
  assert.equal(doc.canonicalUrl, 'https://news.example.com/region/2025/ferry-service');
  assert.equal(doc.imageUrl, 'https://news.example.com/media/ferry.jpg');
  assert.deepEqual(doc.authors, ['Ann Lee', 'Bo Park']);
  assert.equal(doc.byline, 'Ann Lee and Bo Park');
  // A URL object is read as its href.
  assert.deepEqual(pith.read(PAGE, { url: new URL(PAGE_URL) }), doc);
  // Bytes take the option too.
  assert.equal(pith.read(new TextEncoder().encode(PAGE), { url: PAGE_URL }).canonicalUrl, doc.canonicalUrl);
});

test('without a url the relative links resolve to nothing', () => {
  for (const url of [undefined, '']) {
    const doc = pith.read(PAGE, url === undefined ? {} : { url });
    assert.equal(doc.canonicalUrl, '', String(url));
    assert.equal(doc.imageUrl, '', String(url));
    assert.deepEqual(doc.authors, ['Ann Lee', 'Bo Park']);
  }
});

// The CLI exits 2 for such a --url; the package accepted them silently and resolved nothing.
test('a url that is not an absolute http(s) address is a RangeError, as the CLI refuses it', () => {
  for (const url of ['file:///home/me/ferry.html', 'not a url', 'javascript:alert(1)', '/news/ferry', new URL('data:text/plain,x')]) {
    assert.throws(() => pith.read(PAGE, { url }), RangeError, String(url));
  }
  assert.equal(pith.read(PAGE, { url: 'HTTPS://Example.com/news/ferry' }).canonicalUrl !== '', true);
  assert.throws(() => pith.read(PAGE, { url: 42 }), TypeError);
  assert.throws(() => pith.read(PAGE, { url: { href: PAGE_URL } }), TypeError);
});

test('absolute addresses need no url; unsafe ones never come out', () => {
  const doc = pith.read(
    '<html><head><link rel=canonical href="javascript:alert(1)">' +
      '<meta property="og:url" content="https://news.example.com/ferry">' +
      '<meta property="og:image" content="data:image/svg+xml,<svg onload=alert(1)>">' +
      '<meta name="twitter:image" content="https://img.example.com/ferry.jpg"></head><body><article>' +
      STORY.map((p) => `<p>${p}</p>`).join('') + '</article></body></html>',
  );
  assert.equal(doc.canonicalUrl, 'https://news.example.com/ferry');
  assert.equal(doc.imageUrl, 'https://img.example.com/ferry.jpg');
});

test('plain text has no addresses but its byline fills authors', () => {
  const doc = pith.read(`Ferry Service To Run Twice A Day\n\nBy Ann Lee and Bo Park\n\n${STORY.join('\n\n')}\n`, { url: PAGE_URL });
  assert.equal(doc.format, 'text');
  assert.deepEqual(doc.authors, ['Ann Lee', 'Bo Park']);
  assert.equal(doc.canonicalUrl, '');
  assert.equal(doc.imageUrl, '');
});

test('restore keeps authors, canonicalUrl and imageUrl', () => {
  const doc = pith.read(PAGE, { url: PAGE_URL });
  assert.ok(doc.removed.length > 0);
  for (let i = 0; i < doc.removed.length; i++) {
    const restored = pith.restore(doc, i);
    assert.deepEqual(restored.authors, doc.authors);
    assert.equal(restored.canonicalUrl, doc.canonicalUrl);
    assert.equal(restored.imageUrl, doc.imageUrl);
    assert.equal(restored.byline, doc.byline);
  }
  // A Document that went through JSON (stored, sent to a worker) restores the same way.
  const stored = JSON.parse(JSON.stringify(doc));
  assert.deepEqual(pith.restore(stored, 0), pith.restore(doc, 0));
});
