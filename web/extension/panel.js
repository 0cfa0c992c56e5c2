// pith's side panel. Reads the page in the active tab (activeTab, granted when the toolbar action
// is clicked) with chrome.scripting.executeScript, runs the engine here in the panel, and renders
// the result with the same renderer as the page. The page's HTML and text are untrusted: they only
// reach the DOM through render.js (createElement + textContent).
//
// Test mode: panel.html?tab=<tabId> reads that tab instead of the active one (the tab still needs
// the activeTab grant, see tests/browser/extension.test.mjs).
import {
  renderReading, clear, errorMessage, statusLines, sentenceCount as countFrom, readingStatus, readMarker,
} from './render.js';

const $ = (id) => document.getElementById(id);
const statusLine = $('status');
const errorLine = $('error');
const sourceLine = $('source');
const output = $('output');
const sentencesSelect = $('sentences');
const rereadButton = $('reread');

const params = new URLSearchParams(location.search);
const pinnedTab = params.has('tab') ? Number.parseInt(params.get('tab'), 10) : null;

const enginePromise = import('./engine/index.js').then((m) => m.createPith());
let current = null; // { tabId, page, doc }
let generation = 0; // guards against an older read finishing after a newer one

const lines = statusLines(statusLine, errorLine);
const setStatus = lines.status;
const showError = lines.error;
const hideError = lines.clearError;

const markDone = readMarker(output);

/** Runs inside the inspected page: returns its markup and visible text. Must stay self-contained. */
function grabPage() {
  return {
    html: document.documentElement ? document.documentElement.outerHTML : '',
    text: document.body ? document.body.innerText : '',
    url: location.href,
    title: document.title,
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

function friendlyCaptureError(err, tab) {
  const message = errorMessage(err);
  const url = (tab && tab.url) || '';
  if (/^(chrome|edge|about|chrome-extension|devtools|view-source):/i.test(url)) {
    return 'pith cannot read browser pages. Open an article and click the pith button.';
  }
  if (/cannot access|permission|host/i.test(message)) {
    return 'pith reads a page only after you click its toolbar button on that page. Click the pith button, then “Read this page”.';
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

function render(pith) {
  const { doc, page } = current;
  const summary = pith.summarize(doc, { sentences: sentenceCount() });
  renderReading(output, doc, summary, {
    url: page.url,
    onRestore: (index) => {
      current.doc = pith.restore(current.doc, index);
      render(pith);
    },
  });
  sourceLine.textContent = page.url ? `From ${page.url}` : '';
  sourceLine.hidden = !page.url;
  setStatus(`${readingStatus(doc)} · read as ${doc.format}`);
}

async function readActiveTab(tabId) {
  const mine = ++generation;
  hideError();
  setStatus('Reading the page…');
  let pith;
  try {
    pith = await enginePromise;
  } catch (err) {
    if (mine !== generation) return;
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
    // The page's address lets relative canonical and image links resolve (the engine ignores a
    // non-http(s) one, such as a file: page).
    const url = typeof page.url === 'string' ? page.url : tab.url || '';
    let doc = pith.read(page.html, { format: 'html', url });
    if (!doc.blocks.length && page.text.trim() !== '') {
      // The markup gave nothing usable (e.g. a page built from script); try its visible text.
      doc = pith.read(page.text, { format: 'text', url });
    }
    current = { tabId: tab.id, page, doc };
    render(pith);
    markDone('ready');
  } catch (err) {
    if (mine !== generation) return;
    current = null;
    clear(output);
    sourceLine.hidden = true;
    setStatus('');
    showError(friendlyCaptureError(err, tab));
    markDone('error');
  }
}

sentencesSelect.addEventListener('change', async () => {
  if (!current) return;
  try {
    render(await enginePromise);
    markDone('ready');
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
    if (message.tabId === pinnedTab) readActiveTab(pinnedTab);
    return;
  }
  Promise.all([myWindow, chrome.tabs.get(message.tabId)])
    .then(([windowId, tab]) => {
      if (tab.windowId === windowId) readActiveTab(message.tabId);
    })
    .catch(() => {});
});

if (pinnedTab === null) {
  // Follow the reader: a newly selected tab in this window, or a new page loaded in the tab shown.
  chrome.tabs.onActivated.addListener(async (info) => {
    if (info.windowId === (await myWindow)) readActiveTab(info.tabId);
  });
  chrome.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'complete' && tab.active && current && current.tabId === tabId) readActiveTab(tabId);
  });
}

readActiveTab();
