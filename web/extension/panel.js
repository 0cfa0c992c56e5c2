// pith's side panel. Reads the page in the active tab (activeTab, granted when the toolbar action
// is clicked) with chrome.scripting.executeScript, runs the engine in a worker (engine-client.js,
// as the page does: a page of a few MB takes seconds to read, and on the panel's own thread that
// froze it), and renders the result with the same renderer as the page. The page's HTML and text
// are untrusted: they only reach the DOM through render.js (createElement + textContent).
//
// Test mode: panel.html?tab=<tabId> reads that tab instead of the active one (the tab still needs
// the activeTab grant, see tests/browser/extension.test.mjs).
import {
  renderReading, clear, errorMessage, statusLines, sentenceCount as countFrom, readingStatus, readMarker,
} from './render.js';
import { startEngine } from './engine-client.js';

const $ = (id) => document.getElementById(id);
const statusLine = $('status');
const errorLine = $('error');
const sourceLine = $('source');
const output = $('output');
const sentencesSelect = $('sentences');
const rereadButton = $('reread');

const params = new URLSearchParams(location.search);
const pinnedTab = params.has('tab') ? Number.parseInt(params.get('tab'), 10) : null;

const enginePromise = startEngine();
let current = null; // { tabId, page, doc }
// The engine answers later: a read, a switch back to a tab read before, or a summary whose turn has
// passed is dropped when it does, so a reading never shows for the wrong tab.
let generation = 0; // reads and switches to a tab
let renders = 0; // summaries

const lines = statusLines(statusLine, errorLine);
const setStatus = lines.status;
const showError = lines.error;
const hideError = lines.clearError;

const markDone = readMarker(output);

/** Marks the reading as under way (the status line says what is read) or done. */
function busy(on) {
  if (on) output.setAttribute('aria-busy', 'true');
  else output.removeAttribute('aria-busy');
}

/** Runs inside the inspected page: returns its markup and visible text. Must stay self-contained. */
function grabPage() {
  // A plain-text document (a .txt address) is shown by Chromium inside a <pre>: its text is the file.
  const pre = document.contentType === 'text/plain' && document.body && document.body.querySelector('pre');
  return {
    html: document.documentElement ? document.documentElement.outerHTML : '',
    text: pre ? pre.textContent : document.body ? document.body.innerText : '',
    url: location.href,
    title: document.title,
    contentType: document.contentType || '',
  };
}

async function targetTab(tabId) {
  if (tabId !== undefined) return chrome.tabs.get(tabId);
  if (pinnedTab !== null) {
    if (!Number.isInteger(pinnedTab)) throw new Error('The ?tab= parameter is not a tab id.');
    return chrome.tabs.get(pinnedTab);
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (!tab) throw new Error('There is no active tab to read.');
  return tab;
}

// Without the "tabs" permission tab.url is undefined, so the browser's own pages are recognised by
// the error Chromium gives: "Cannot access a chrome:// URL" (settings, the new tab page, other
// extensions) or "The extensions gallery cannot be scripted". about:blank, view-source: and an
// ordinary page the button was not clicked on all give the same "Cannot access contents of the
// page…": right after a click on the pith button (which grants access) it can only be a browser
// page; otherwise the message names both causes.
const BROWSER_PAGE_ERROR = /cannot access a [a-z-]+:\/\/ url|extensions gallery cannot be scripted/i;
const BROWSER_PAGE_URL = /^(chrome|edge|about|chrome-extension|chrome-untrusted|chrome-search|devtools|view-source):/i;
const BROWSER_PAGES = 'the new tab page, settings, about:blank, page source';
const PDF_MESSAGE = 'pith cannot read PDF files: it reads web pages and plain text. Open the article as a web page and click the pith button.';

class PdfError extends Error {}

function friendlyCaptureError(err, tab, afterClick) {
  if (err instanceof PdfError) return PDF_MESSAGE;
  const message = errorMessage(err);
  const url = (tab && tab.url) || '';
  const denied = /cannot access|permission|host/i.test(message);
  if (BROWSER_PAGE_URL.test(url) || BROWSER_PAGE_ERROR.test(message) || (denied && afterClick)) {
    // The PDF viewer can refuse the same way (when its page lets itself be read, contentType tells).
    return `pith cannot read this page: the browser does not let extensions read its own pages (${BROWSER_PAGES}) or PDF files. Open an article and click the pith button.`;
  }
  if (denied) {
    return `pith cannot read this page. It reads a page only after you click its toolbar button on that page: click the pith button, then “Read this page”. (The browser’s own pages — ${BROWSER_PAGES} — cannot be read at all.)`;
  }
  return `Could not read this page: ${message}`;
}

async function capture(tabId) {
  const results = await chrome.scripting.executeScript({ target: { tabId }, func: grabPage });
  const page = results && results[0] && results[0].result;
  if (!page || typeof page.html !== 'string') throw new Error('The page returned nothing to read.');
  return page;
}

const sentenceCount = () => countFrom(sentencesSelect.value);

/**
 * Summarizes the reading shown and renders it. Resolves to false, having rendered nothing, when
 * another reading was shown, or another summary asked for, before the engine answered.
 */
async function render(engine) {
  const reading = current;
  const { doc, page } = reading;
  const mine = ++renders;
  const summary = await engine.summarize(doc, { sentences: sentenceCount() });
  if (mine !== renders || reading !== current || doc !== reading.doc) return false;
  renderReading(output, doc, summary, {
    url: page.url,
    onRestore: (index) => restorePiece(engine, reading, doc, index),
  });
  sourceLine.textContent = page.url ? `From ${page.url}` : '';
  sourceLine.hidden = !page.url;
  setStatus(`${readingStatus(doc)} · read as ${doc.format}`);
  return true;
}

/**
 * Puts a removed piece back into the reading it was shown with. The reading keeps it even when
 * another tab is shown by the time the engine answers; a second Restore clicked on the same
 * rendering is dropped, since its index counts the pieces before the first came back.
 */
async function restorePiece(engine, reading, doc, index) {
  try {
    const restored = await engine.restore(doc, index);
    if (reading.doc !== doc) return;
    reading.doc = restored;
    if (reading === current && (await render(engine))) markDone('ready');
  } catch (err) {
    if (reading === current) showError(`Could not restore this piece: ${errorMessage(err)}`);
  }
}

/**
 * Shows `reading` for the read or tab switch numbered `mine`. When a newer one has started by the
 * time it is rendered, that one finishes the job (its reading, its busy state). Never throws.
 */
async function show(reading, mine) {
  current = reading;
  hideError();
  try {
    const shown = await render(await enginePromise);
    if (mine !== generation) return;
    busy(false);
    if (shown) markDone('ready');
  } catch (err) {
    if (mine !== generation) return;
    busy(false);
    showError(`Could not summarize this page: ${errorMessage(err)}`);
    markDone('error');
  }
}

// The readings this panel has made, by tab (restored pieces included), so coming back to a tab
// shows its reading again; the oldest go first beyond a few.
const readings = new Map();
const KEEP_READINGS = 8;

function remember(reading) {
  readings.delete(reading.tabId);
  readings.set(reading.tabId, reading);
  while (readings.size > KEEP_READINGS) readings.delete(readings.keys().next().value);
}

/**
 * Reads a tab (the active one when tabId is undefined) and shows it.
 * afterClick: the pith button was just clicked on that tab (so access was granted).
 * quiet: the reader did not ask (another tab was selected, or the tab loaded a new page): a
 *   failure then leaves the reading shown in place, with a note in the status line instead of an
 *   error, since it is about a page the reader has not asked to read.
 */
async function readActiveTab(tabId, { afterClick = false, quiet = false } = {}) {
  const mine = ++generation;
  if (!quiet) hideError();
  setStatus(quiet && current ? 'Looking at this tab…' : 'Reading the page…');
  busy(true);
  let engine;
  try {
    engine = await enginePromise;
  } catch (err) {
    if (mine !== generation) return;
    busy(false);
    setStatus('');
    showError(`The engine could not be loaded: ${errorMessage(err)}`);
    markDone('error');
    return;
  }
  let tab = null;
  try {
    tab = await targetTab(tabId);
    const page = await capture(tab.id);
    if (mine !== generation) return;
    // The page's address lets relative canonical and image links resolve. The package refuses an
    // address that is not http(s) (RangeError); a file: or data: page has none to give, so its
    // scheme, as the browser parsed it, decides whether it is passed at all.
    const address = typeof page.url === 'string' ? page.url : tab.url || '';
    const url = URL.canParse(address) && ['http:', 'https:'].includes(new URL(address).protocol) ? address : '';
    if (/^application\/(pdf|x-pdf)$/i.test(page.contentType || '')) throw new PdfError(PDF_MESSAGE);
    const plain = /^text\/plain$/i.test(page.contentType || '');
    let doc = await engine.read(plain ? page.text : page.html, { format: plain ? 'text' : 'html', url });
    if (mine !== generation) return;
    if (!plain && !doc.blocks.length && page.text.trim() !== '') {
      // The markup gave nothing usable (e.g. a page built from script); try its visible text.
      doc = await engine.read(page.text, { format: 'text', url });
      if (mine !== generation) return;
    }
    const reading = { tabId: tab.id, page, doc };
    remember(reading);
    await show(reading, mine);
  } catch (err) {
    if (mine !== generation) return;
    const known = quiet && tab ? readings.get(tab.id) : null;
    if (known) {
      // A tab read before: show that reading again (the page may have changed since; Read this
      // page reads it anew).
      await show(known, mine);
      return;
    }
    busy(false);
    if (quiet && current) {
      // Keep the reading shown; say whose it is and how to read this tab.
      setStatus(`${readingStatus(current.doc)} · still showing the page read before. Click the pith button on this tab to read it.`);
      markDone('kept');
      return;
    }
    if (current) {
      // The reader asked for this tab and it failed: say why, and keep the earlier reading below
      // (its "From …" line names its page).
      showError(friendlyCaptureError(err, tab, afterClick));
      setStatus('Still showing the page read before.');
      markDone('error');
      return;
    }
    clear(output);
    sourceLine.hidden = true;
    setStatus('');
    showError(friendlyCaptureError(err, tab, afterClick));
    markDone('error');
  }
}

sentencesSelect.addEventListener('change', async () => {
  if (!current) return;
  try {
    if (await render(await enginePromise)) markDone('ready');
  } catch (err) {
    showError(errorMessage(err));
  }
});

rereadButton.addEventListener('click', () => readActiveTab());

// The window this panel lives in (a side panel belongs to one window).
const myWindow = chrome.windows.getCurrent().then((win) => win.id, () => null);

// The service worker sends this when the toolbar action is clicked (activeTab was just granted).
chrome.runtime.onMessage.addListener((message) => {
  if (!message || message.type !== 'pith:read' || !Number.isInteger(message.tabId)) return;
  if (pinnedTab !== null) {
    if (message.tabId === pinnedTab) readActiveTab(pinnedTab, { afterClick: true });
    return;
  }
  Promise.all([myWindow, chrome.tabs.get(message.tabId)])
    .then(([windowId, tab]) => {
      if (tab.windowId === windowId) readActiveTab(message.tabId, { afterClick: true });
    })
    .catch(() => {});
});

if (pinnedTab === null) {
  // Follow the reader: a newly selected tab in this window, or a new page loaded in the tab shown.
  chrome.tabs.onActivated.addListener(async (info) => {
    if (info.windowId !== (await myWindow)) return;
    const known = readings.get(info.tabId);
    if (known) {
      // Back to a tab read before: its reading as it was left (restored pieces included).
      busy(true);
      await show(known, ++generation);
      return;
    }
    readActiveTab(info.tabId, { quiet: true });
  });
  chrome.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'complete' && tab.active && current && current.tabId === tabId) readActiveTab(tabId, { quiet: true });
  });
}

readActiveTab();
