// The clipboard formats shared by the page and the extension (web/extension/summary-text.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summaryText, summaryMarkdown, escapeMarkdown } from '../../web/extension/summary-text.js';

const doc = { title: 'Trump and Putin Set for Key Talks' };
const summary = {
  sentences: [{ text: 'President Donald Trump will speak with Putin.' }, { text: 'A 30-day ceasefire is *proposed*.' }],
  keyPhrases: ['Vladimir Putin', 'ceasefire'],
};

test('plain text: title, blank line, one sentence per line', () => {
  assert.equal(
    summaryText(doc, summary),
    'Trump and Putin Set for Key Talks\n\nPresident Donald Trump will speak with Putin.\nA 30-day ceasefire is *proposed*.',
  );
  assert.equal(summaryText({ title: '' }, summary).split('\n')[0], 'President Donald Trump will speak with Putin.');
});

test('Markdown: heading, link when the URL is known, bullets, key phrases', () => {
  assert.equal(
    summaryMarkdown(doc, summary, 'https://example.com/news/talks?id=1'),
    [
      '# Trump and Putin Set for Key Talks',
      '',
      '[Source](https://example.com/news/talks?id=1)',
      '',
      '- President Donald Trump will speak with Putin.',
      '- A 30-day ceasefire is \\*proposed\\*.',
      '',
      'Key phrases: Vladimir Putin, ceasefire',
    ].join('\n'),
  );
  const noUrl = summaryMarkdown(doc, summary);
  assert.ok(!noUrl.includes('Source'), noUrl);
  assert.ok(!summaryMarkdown(doc, summary, 'javascript:alert(1)').includes('javascript'));
  assert.ok(summaryMarkdown({ title: '' }, summary).startsWith('# Summary\n'));
  assert.ok(summaryMarkdown(doc, summary, 'https://x.test/a (b)').includes('(https://x.test/a%20%28b%29)'));
});

test('article text cannot become Markdown markup', () => {
  assert.equal(escapeMarkdown('1. [link](x) <b>#</b> _a_ `c`'), '1\\. \\[link\\](x) \\<b\\>\\#\\</b\\> \\_a\\_ \\`c\\`');
  assert.equal(escapeMarkdown('- not a list\nnor two lines'), '\\- not a list nor two lines');
});

test('Markdown: the canonical address, when the page names one, is the Source', () => {
  const withCanonical = { title: 'Talks', canonicalUrl: 'https://news.example/talks' };
  const md = summaryMarkdown(withCanonical, summary, 'https://news.example/talks?utm_source=feed&id=9');
  assert.ok(md.includes('[Source](https://news.example/talks)'), md);
  assert.ok(!md.includes('utm_source'), md);
  // An unsafe canonical value falls back to the page address.
  const bad = summaryMarkdown({ title: 'Talks', canonicalUrl: 'javascript:alert(1)' }, summary, 'https://news.example/a');
  assert.ok(bad.includes('[Source](https://news.example/a)') && !bad.includes('javascript'), bad);
});
