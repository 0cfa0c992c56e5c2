// The summary as text for the clipboard: plain text and Markdown. Shared by the page and the side
// panel (through render.js), so both copy the same thing. Presentation only: which sentences and
// phrases make the summary is the engine's business; this only lays them out. No DOM, so the
// package tests can check it in Node.

function sentencesOf(summary) {
  return summary && Array.isArray(summary.sentences) ? summary.sentences.map((s) => oneLine(s.text)) : [];
}

function phrasesOf(summary) {
  return summary && Array.isArray(summary.keyPhrases) ? summary.keyPhrases.map(oneLine) : [];
}

// A code block's sentence could hold line breaks; in a list or heading they would end it early.
function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').trim();
}

/** Backslash-escapes what Markdown would read as markup, so the article's text stays text. */
export function escapeMarkdown(text) {
  return oneLine(text)
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
    // "1. First", "- item" or "+ item" at the start of a bullet would open a nested list.
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^[-+]/, '\\$&');
}

/** The URL as a Markdown link target, or '' when it is not a web address. */
function linkTarget(url) {
  if (typeof url !== 'string' || url === '') return '';
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
  // Parentheses and spaces would end the link early.
  return parsed.href.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Plain text: the title, a blank line, then one sentence per line.
 * @param {{ title?: string }} doc
 * @param {{ sentences: { text: string }[] }} summary
 */
export function summaryText(doc, summary) {
  const lines = [];
  const title = doc && doc.title ? oneLine(doc.title) : '';
  if (title) lines.push(title, '');
  lines.push(...sentencesOf(summary));
  return lines.join('\n');
}

/**
 * Markdown: the title as a heading, a link to the article when its URL is known, the sentences as
 * bullets, then the key phrases.
 * @param {{ title?: string, canonicalUrl?: string }} doc
 * @param {{ sentences: { text: string }[], keyPhrases?: string[] }} summary
 * @param {string} [url] the page's address (the extension knows it; a pasted article has none),
 *   used when the document names no canonical address
 */
export function summaryMarkdown(doc, summary, url) {
  const title = doc && doc.title ? escapeMarkdown(doc.title) : 'Summary';
  const lines = [`# ${title}`, ''];
  // The page's own canonical address names the article without the tracking tail of the tab's URL.
  const target = linkTarget(doc && doc.canonicalUrl) || linkTarget(url);
  if (target) lines.push(`[Source](${target})`, '');
  for (const s of sentencesOf(summary)) lines.push(`- ${escapeMarkdown(s)}`);
  const phrases = phrasesOf(summary);
  if (phrases.length) lines.push('', `Key phrases: ${phrases.map(escapeMarkdown).join(', ')}`);
  return lines.join('\n');
}
