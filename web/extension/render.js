// Renders a pith Document and Summary into the DOM. Shared by the page (web/app.js imports
// ./extension/render.js) and the extension's side panel, so both show an article the same way.
//
// Security rule: every piece of text comes from an untrusted page or paste, so it only ever reaches
// the DOM through createElement + textContent / createTextNode. No innerHTML, insertAdjacentHTML,
// document.write, or attributes built from untrusted text other than plain data values.
import { summaryText, summaryMarkdown } from './summary-text.js';

/** Creates an element with optional class, attributes and text/children (all text via textContent). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.text !== undefined) node.textContent = String(props.text);
  if (props.attrs) {
    for (const [name, value] of Object.entries(props.attrs)) {
      if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Removes every child of a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

// How many article blocks (and removed pieces per group) are rendered at once; "Show more" adds as
// many again. Rendering every block of a very large page froze the page for seconds.
export const RENDER_CHUNK = 400;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A readable form of an ISO 8601 date ('2025-03-16' → 'March 16, 2025' in the reader's locale). */
export function formatDate(iso) {
  if (typeof iso !== 'string' || iso === '') return '';
  try {
    const m = ISO_DATE.exec(iso);
    if (m) {
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      if (!Number.isNaN(d.getTime())) {
        return d.toLocaleDateString(undefined, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
      }
    }
    const d = new Date(iso);
    if (!Number.isNaN(d.getTime())) {
      return d.toLocaleString(undefined, { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' });
    }
  } catch {
    // fall through: show the raw value
  }
  return iso;
}

/**
 * The summary sentences that can be highlighted, grouped by block index. A sentence whose offsets
 * do not match its text (which the contract rules out) is left unhighlighted rather than misplaced.
 */
function highlightsByBlock(doc, summary) {
  const byBlock = new Map();
  const sentences = summary && Array.isArray(summary.sentences) ? summary.sentences : [];
  sentences.forEach((s, index) => {
    const block = doc.blocks[s.block];
    if (!block || typeof s.start !== 'number' || typeof s.end !== 'number') return;
    if (s.start < 0 || s.end > block.text.length || s.start >= s.end) return;
    if (block.text.slice(s.start, s.end) !== s.text) return;
    if (!byBlock.has(s.block)) byBlock.set(s.block, []);
    byBlock.get(s.block).push({ start: s.start, end: s.end, index });
  });
  for (const list of byBlock.values()) list.sort((a, b) => a.start - b.start);
  return byBlock;
}

/** Fills `node` with the text of a block, wrapping summary sentences in <mark>. */
function appendHighlighted(node, text, marks, idPrefix) {
  let at = 0;
  for (const m of marks || []) {
    if (m.start < at) continue; // overlapping ranges: keep the first
    if (m.start > at) node.append(document.createTextNode(text.slice(at, m.start)));
    node.append(
      el('mark', {
        className: 'pith-hl',
        id: `${idPrefix}sentence-${m.index + 1}`,
        text: text.slice(m.start, m.end),
        attrs: { 'data-sentence': m.index + 1 },
      }),
    );
    at = m.end;
  }
  if (at < text.length) node.append(document.createTextNode(text.slice(at)));
}

function headingTag(level) {
  // The document title is the <h1>; article headings sit below it.
  const n = Number.isInteger(level) && level > 0 ? Math.min(6, level + 1) : 3;
  return `h${Math.max(2, n)}`;
}

/**
 * A link to an http(s) address, showing the address itself; null for anything else. The href is set
 * as a property only after the URL parses as http(s), so a javascript: or data: value can never
 * become a link, and nothing is fetched: the lead image is a link to click, never an <img>.
 */
export function addressLink(value, className) {
  if (typeof value !== 'string' || value === '') return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const link = el('a', { className, text: value });
  link.href = url.href;
  link.target = '_blank'; // the reading stays open (the panel would otherwise navigate away)
  link.rel = 'noopener noreferrer';
  return link;
}

// "Source: https://… · Lead image: https://…", when the page named them.
function renderLinks(doc) {
  const source = addressLink(doc.canonicalUrl, 'pith-source');
  const image = addressLink(doc.imageUrl, 'pith-image-link');
  if (!source && !image) return null;
  const line = el('p', { className: 'pith-links' });
  if (source) line.append(el('span', {}, 'Source: ', source));
  if (image) line.append(el('span', {}, 'Lead image: ', image));
  return line;
}

function renderMeta(doc) {
  const header = el('header', { className: 'pith-meta' });
  if (doc.siteName) header.append(el('p', { className: 'pith-site', text: doc.siteName }));
  header.append(
    el('h1', { className: 'pith-title' + (doc.title ? '' : ' pith-untitled'), text: doc.title || 'Untitled article' }),
  );
  const line = el('p', { className: 'pith-byline-line' });
  if (doc.byline) line.append(el('span', { className: 'pith-byline', text: doc.byline }));
  if (doc.published) {
    line.append(
      el('time', {
        className: 'pith-date',
        text: formatDate(doc.published),
        attrs: { datetime: doc.published, title: doc.published },
      }),
    );
  }
  if (doc.imageCredit) line.append(el('span', { className: 'pith-credit', text: `Image: ${doc.imageCredit}` }));
  if (line.childNodes.length) header.append(line);
  const links = renderLinks(doc);
  if (links) header.append(links);
  return header;
}

function renderKeyPhrases(summary, idPrefix) {
  const phrases = summary && Array.isArray(summary.keyPhrases) ? summary.keyPhrases : [];
  if (!phrases.length) return null;
  const list = el('ul', { className: 'pith-key-phrases', attrs: { 'aria-labelledby': `${idPrefix}key-phrases-heading` } });
  for (const p of phrases) list.append(el('li', { className: 'pith-key-phrase', text: p }));
  return el(
    'div',
    { className: 'pith-key-phrases-box' },
    el('h3', { id: `${idPrefix}key-phrases-heading`, className: 'pith-key-phrases-heading', text: 'Key phrases' }),
    list,
  );
}

/** Writes `text` to the clipboard and says so in `status` (a polite live region). */
async function copyToClipboard(text, status, what) {
  try {
    if (!navigator.clipboard || typeof navigator.clipboard.writeText !== 'function') {
      throw new Error('this browser gives no clipboard access here');
    }
    await navigator.clipboard.writeText(text);
    status.textContent = `${what} copied.`;
    status.dataset.state = 'copied';
  } catch (err) {
    status.textContent = `Could not copy: ${errorMessage(err)}`;
    status.dataset.state = 'error';
  }
}

function renderCopyButtons(doc, summary, url) {
  const status = el('span', { className: 'pith-copy-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const button = (kind, label, what, format) => {
    const b = el('button', { className: 'pith-copy-button', text: label, attrs: { type: 'button', 'data-copy': kind } });
    b.addEventListener('click', () => copyToClipboard(format(), status, what));
    return b;
  };
  return el(
    'p',
    { className: 'pith-copy' },
    button('text', 'Copy summary', 'Summary', () => summaryText(doc, summary)),
    ' ',
    button('markdown', 'Copy as Markdown', 'Markdown', () => summaryMarkdown(doc, summary, url)),
    ' ',
    status,
  );
}

function renderSummary(doc, summary, idPrefix, url, showBlocks) {
  const sentences = summary && Array.isArray(summary.sentences) ? summary.sentences : [];
  const section = el(
    'section',
    { className: 'pith-summary', attrs: { 'aria-labelledby': `${idPrefix}summary-heading` } },
    el('h2', { id: `${idPrefix}summary-heading`, text: 'Summary' }),
  );
  const phrases = renderKeyPhrases(summary, idPrefix);
  if (phrases) section.append(phrases);
  if (!sentences.length) {
    section.append(el('p', { className: 'pith-empty', text: 'No summary: the article has no complete sentences.' }));
    return section;
  }
  const list = el('ol', { className: 'pith-summary-list' });
  sentences.forEach((s, i) => {
    const item = el('li', { className: 'pith-summary-item' });
    const link = el('a', { text: s.text, attrs: { href: `#${idPrefix}sentence-${i + 1}` } });
    // The article renders in chunks: show it down to this sentence first, so the link has a target.
    link.addEventListener('click', () => {
      if (!document.getElementById(`${idPrefix}sentence-${i + 1}`)) showBlocks(s.block + 1);
    });
    item.append(link);
    list.append(item);
  });
  section.append(list);
  section.append(renderCopyButtons(doc, summary, url));
  return section;
}

function renderBody(doc, summary, idPrefix) {
  const section = el(
    'section',
    { className: 'pith-body', attrs: { 'aria-labelledby': `${idPrefix}body-heading` } },
    // Not "Article": the page's input pane had that name too, and two headings named alike are
    // one landmark too many to a screen reader's heading list.
    el('h2', { id: `${idPrefix}body-heading`, className: 'pith-visually-hidden', text: 'Article text' }),
  );
  if (!doc.blocks.length) {
    section.append(el('p', { className: 'pith-empty', text: 'No article text was found.' }));
    return section;
  }
  const marks = highlightsByBlock(doc, summary);
  let list = null; // the open <ul> or <ol> for a run of list items
  let next = 0; // the first block not rendered yet
  // A page can hold hundreds of thousands of blocks: render them in chunks, the rest on request.
  const more = el('button', { className: 'pith-more', attrs: { type: 'button' } });
  const put = (node) => (more.isConnected ? more.before(node) : section.append(node));
  const renderUpTo = (end) => {
    for (; next < end; next += 1) {
      const block = doc.blocks[next];
      const i = next;
      const text = typeof block.text === 'string' ? block.text : '';
      let node;
      let target;
      switch (block.kind) {
        case 'heading':
          node = target = el(headingTag(block.level));
          break;
        case 'list-item': {
          // A numbered item shows the number the page gave it (its <ol start>, a step skipped by
          // the reading); a run of them is an <ol>, bullets a <ul>.
          const numbered = Number.isInteger(block.number);
          target = el('li');
          if (numbered) target.value = block.number;
          if (!list || (list.tagName === 'OL') !== numbered) {
            list = el(numbered ? 'ol' : 'ul');
            put(list);
          }
          list.append(target);
          break;
        }
        case 'quote':
          target = el('p');
          node = el('blockquote', {}, target);
          break;
        case 'code':
          target = el('code');
          node = el('pre', {}, target);
          break;
        default:
          node = target = el('p');
      }
      target.setAttribute('data-block', String(i));
      appendHighlighted(target, text, marks.get(i), idPrefix);
      if (node) {
        list = null;
        put(node);
      }
    }
    const left = doc.blocks.length - next;
    if (left > 0) {
      more.textContent = `Show more (${left} more ${left === 1 ? 'block' : 'blocks'})`;
      if (!more.isConnected) section.append(more);
    } else {
      more.remove();
    }
  };
  more.addEventListener('click', () => {
    const first = next;
    renderUpTo(Math.min(doc.blocks.length, next + RENDER_CHUNK));
    // Keyboard focus goes on to the first block just shown (or stays on the button).
    const shown = section.querySelector(`[data-block="${first}"]`);
    if (shown && !more.isConnected) {
      shown.tabIndex = -1;
      shown.focus();
    }
  });
  renderUpTo(Math.min(doc.blocks.length, RENDER_CHUNK));
  // Renders down to block `end` (exclusive), for a summary link to a sentence not shown yet.
  section.showBlocks = (end) => renderUpTo(Math.min(doc.blocks.length, Math.max(end, next)));
  return section;
}

/**
 * Runs a restore (which renders the reading again, replacing `button`) and puts keyboard focus
 * where the reader can go on: the Restore button that now stands where this one stood (the next
 * piece), or the removed list's heading when none is left. Without it focus fell to <body>.
 */
function restoreAndRefocus(section, button, restore) {
  const root = section.parentNode;
  const before = root ? [...root.querySelectorAll('.pith-restore')].indexOf(button) : -1;
  // onRestore may render at once or return a promise that settles once it has rendered.
  Promise.resolve(restore()).then(() => refocus(root, button, before), () => {});
}

function refocus(root, button, before) {
  if (!root || root.contains(button)) return; // nothing was rendered again
  const buttons = root.querySelectorAll('.pith-restore');
  let target = buttons.length ? buttons[Math.min(Math.max(before, 0), buttons.length - 1)] : null;
  if (target) {
    const group = target.closest('details');
    if (group) group.open = true;
  } else {
    target = root.querySelector('.pith-removed h2');
    if (target) target.tabIndex = -1;
  }
  if (target) target.focus();
}

// The first few words of a removed piece (at most PIECE_START characters, whole words where it can
// cut at a space), with "…" when there is more.
const PIECE_START = 40;
function pieceStart(text) {
  // (Sliced first: a removed piece can be a whole page long.)
  const chars = Array.from(typeof text === 'string' ? text.slice(0, PIECE_START * 2 + 2) : '');
  if (chars.length <= PIECE_START) return chars.join('');
  const head = chars.slice(0, PIECE_START).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > PIECE_START / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

function renderRemoved(doc, idPrefix, onRestore) {
  const removed = Array.isArray(doc.removed) ? doc.removed : [];
  const section = el(
    'section',
    { className: 'pith-removed', attrs: { 'aria-labelledby': `${idPrefix}removed-heading` } },
    el('h2', { id: `${idPrefix}removed-heading`, text: `Removed (${removed.length})` }),
  );
  if (!removed.length) {
    section.append(el('p', { className: 'pith-empty', text: 'Nothing was removed.' }));
    return section;
  }
  section.append(
    el('p', { className: 'pith-note', text: 'Page furniture that is not part of the article, grouped by reason.' }),
  );
  // Group by reason, in the order each reason first appears.
  const groups = new Map();
  removed.forEach((r, index) => {
    const key = r.reason || 'boilerplate';
    if (!groups.has(key)) groups.set(key, { label: r.label || key, items: [] });
    groups.get(key).items.push({ r, index });
  });
  for (const [reason, group] of groups) {
    const details = el('details', {
      className: 'pith-removed-group',
      attrs: { 'data-reason': reason, open: group.items.length <= 8 ? '' : null },
    });
    details.append(
      el(
        'summary',
        {},
        el('span', { className: 'pith-removed-label', text: group.label }),
        ' ',
        el('span', { className: 'pith-count', text: String(group.items.length) }),
      ),
    );
    const ul = el('ul');
    const item = ({ r, index }) => {
      const li = el('li', { attrs: { 'data-reason': reason } });
      li.append(el('span', { className: 'pith-removed-text', text: r.text }));
      if (Number.isInteger(r.position) && doc.blocks.length) {
        const end = r.position >= doc.blocks.length;
        li.append(
          ' ',
          el('span', {
            className: 'pith-removed-where',
            text: end ? 'after the end' : `before ¶${r.position + 1}`,
            attrs: { title: end ? 'Stood after the article' : `Stood before block ${r.position + 1} of the article` },
          }),
        );
      }
      if (onRestore) {
        // Named with the start of its piece: fifty buttons all named "Restore" cannot be told
        // apart in a screen reader's list of controls.
        const button = el('button', {
          className: 'pith-restore',
          text: 'Restore',
          attrs: {
            type: 'button',
            title: 'Put this back into the article where it stood',
            'aria-label': `Restore: ${pieceStart(r.text)}`,
          },
        });
        button.addEventListener('click', () => restoreAndRefocus(section, button, () => onRestore(index)));
        li.append(' ', button);
      }
      return li;
    };
    // Chunked like the article: a page can have thousands of removed pieces.
    let next = 0;
    const more = el('button', { className: 'pith-more', attrs: { type: 'button' } });
    const renderUpTo = (end) => {
      for (; next < end; next += 1) ul.append(item(group.items[next]));
      const left = group.items.length - next;
      if (left > 0) {
        more.textContent = `Show more (${left} more)`;
        if (!more.isConnected) details.append(more);
      } else {
        more.remove();
      }
    };
    more.addEventListener('click', () => renderUpTo(Math.min(group.items.length, next + RENDER_CHUNK)));
    details.append(ul);
    renderUpTo(Math.min(group.items.length, RENDER_CHUNK));
    section.append(details);
  }
  return section;
}

/**
 * Replaces the content of `container` with the rendered article.
 * @param {HTMLElement} container
 * @param {object} doc      a Document from pith.read()
 * @param {object} summary  a Summary from pith.summarize() (may be null)
 * @param {{ idPrefix?: string, url?: string, onRestore?: (index: number) => void | Promise<void> }} [options] prefix for
 *   element ids (links from summary to article); the article's address when known, for the Markdown
 *   copy's link; called with a removed piece's index when the reader asks to restore it
 */
export function renderReading(container, doc, summary, { idPrefix = 'pith-', url = '', onRestore = null } = {}) {
  clear(container);
  const article = el('article', {
    className: 'pith-reading',
    attrs: { lang: doc.language || null, dir: doc.direction === 'rtl' ? 'rtl' : null },
  });
  article.append(renderMeta(doc));
  if (Array.isArray(doc.warnings) && doc.warnings.length) {
    const ul = el('ul', { className: 'pith-warnings', attrs: { 'aria-label': 'Warnings' } });
    for (const w of doc.warnings) ul.append(el('li', { text: w }));
    article.append(ul);
  }
  const body = renderBody(doc, summary, idPrefix);
  article.append(renderSummary(doc, summary, idPrefix, url, (end) => body.showBlocks && body.showBlocks(end)));
  article.append(body);
  container.append(article);
  container.append(renderRemoved(doc, idPrefix, onRestore));
}

// The summary length a face asks for: a whole number of sentences from 1 to 10, 3 when unreadable.
export function sentenceCount(value) {
  // An emptied field means the default, not Number('') === 0 clamped to 1.
  if (value === null || value === undefined || String(value).trim() === '') return 3;
  const n = Math.round(Number(value));
  if (!Number.isFinite(n)) return 3;
  return Math.min(10, Math.max(1, n));
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// "329 words in 8 blocks · 6 pieces removed": the line both faces show under a reading.
export function readingStatus(doc) {
  return `${plural(doc.wordCount, 'word')} in ${plural(doc.blocks.length, 'block')} · ` +
    `${plural(doc.removed.length, 'piece')} removed`;
}

// Marks each finished read on the output element (state and a counter), which the tests wait on.
export function readMarker(output) {
  let reads = 0;
  return (state) => {
    reads += 1;
    output.dataset.state = state;
    output.dataset.reads = String(reads);
  };
}

// The status line and the error line every face shows above its reading.
export function statusLines(statusLine, errorLine) {
  return {
    status(text) {
      statusLine.textContent = text;
    },
    error(message) {
      errorLine.textContent = message;
      errorLine.hidden = false;
    },
    clearError() {
      errorLine.textContent = '';
      errorLine.hidden = true;
    },
  };
}

/** Turns anything thrown into a one-line message for an error line. */
export function errorMessage(err) {
  if (err && typeof err.message === 'string' && err.message) return err.message;
  try {
    return String(err);
  } catch {
    return 'Unknown error';
  }
}
