// The pith page: paste an article, get it back clean with a summary. A thin face over the engine
// (started by extension/engine-client.js, as the side panel starts it); all text logic lives in the
// engine, all rendering in render.js.
import {
  renderReading, clear, errorMessage, statusLines, sentenceCount as countFrom, readingStatus, readMarker,
} from './extension/render.js';
import { startEngine } from './extension/engine-client.js';

const DEBOUNCE_MS = 250;

const $ = (id) => document.getElementById(id);
const form = $('reader-form');
const input = $('input');
const sentencesInput = $('sentences');
const formatSelect = $('format');
const clearButton = $('clear');
const cancelButton = $('cancel');
const openButton = $('open-file');
const fileInput = $('file');
const statusLine = $('status');
const announcer = $('announce');
const boxNote = $('box-note');
const errorLine = $('error');
const output = $('output');

let pith = null;
let timer = 0;
// The last successful read, so changing only the sentence count re-summarizes without re-reading.
let last = { text: null, format: null, doc: null };
// What a rich paste or a dropped file brought, read instead of the box's text while the box still
// shows exactly what came with it: the clipboard's HTML, or a file's bytes (so its <meta charset>
// applies). Editing the box falls back to reading the box.
// size: its length in characters (a file's decoded), which may be more than the box shows.
let source = null; // { data: string | Uint8Array, format: 'html' | 'text' | 'auto', shown: string, size: number }

const lines = statusLines(statusLine, errorLine);
// The status line is not a live region: it changes after every pause in typing and carries the
// read's timing. A screen reader hears the announcer instead, given the status (without the timing)
// once reads have settled for ANNOUNCE_QUIET_MS, so typing a sentence is announced once, not per word.
const ANNOUNCE_QUIET_MS = 1200;
let announceTimer = 0;
function announce(text) {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    if (announcer.textContent !== text) announcer.textContent = text;
  }, ANNOUNCE_QUIET_MS);
}
function setStatus(text, timing = '') {
  lines.status(timing ? `${text} · ${timing}` : text);
  announce(text);
}
const showError = lines.error;
const hideError = lines.clearError;

const sentenceCount = () => countFrom(sentencesInput.value);
const markDone = readMarker(output);
// The static text of the status line says the scripts did not run (a page opened from file://).
setStatus('Loading the engine…');

// Above this many characters a read takes a while: typing does not
// start one (the Read button does, or a paste or drop), and the status says "Reading…" meanwhile.
const LARGE_INPUT = 200000;
let pending = 0; // the latest read; an older one finishing later is dropped

/** The format a paste or drop is read in: the one chosen, or under Detect the one it came with. */
const sourceFormat = (format) => (formatSelect.value === 'auto' ? format : formatSelect.value);

// "250 thousand", "21 million": the size of a large input, as the status says it.
const sizeWords = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 });
const characters = (n) => `${sizeWords.format(n)} characters`;

// The most of a file's text the box shows (see openFile).
const BOX_LIMIT = LARGE_INPUT;

// A large read can be cancelled (the engine's worker is ended and a new one started).
function cancellable(on) {
  cancelButton.hidden = !on || !pith || !pith.cancel;
}

/** What the next read is: the box's text or the paste/drop it still shows, and the format. */
function request() {
  const text = input.value;
  const chosen = formatSelect.value;
  // The pasted HTML or dropped bytes are read while the box still shows exactly what came with
  // them: a dropped file in any format (its bytes, so its encoding is sniffed), a paste's HTML when
  // the format is Detect or HTML (Plain text reads the paste's plain text, which is the box).
  const fromSource = source !== null && source.shown === text &&
    (source.data instanceof Uint8Array || chosen !== 'text');
  const format = fromSource ? sourceFormat(source.format) : chosen;
  return { text, fromSource, format, key: fromSource ? source : text };
}

/**
 * Reads the box with the engine (in its worker) and renders the result. Never throws; the promise
 * settles once this read is shown, or dropped for a newer one.
 */
function run() {
  clearTimeout(timer);
  timer = 0;
  if (!pith) return Promise.resolve();
  const mine = ++pending;
  const { text, fromSource, format, key } = request();
  if (text.trim() === '') {
    hideError();
    clear(output);
    last = { text: null, format: null, doc: null };
    setStatus('Paste an article to begin.');
    markDone('empty');
    return Promise.resolve();
  }
  const fresh = last.text !== key || last.format !== format;
  // A large file's box shows only its start (see openFile): the size is the file's.
  const size = fromSource ? source.size : text.length;
  if (fresh && size > LARGE_INPUT) {
    hideError();
    setStatus(`Reading ${characters(size)}…`);
    output.setAttribute('aria-busy', 'true');
    cancellable(true);
  }
  return show(mine, fresh, fromSource ? source.data : text, format, key);
}

async function show(mine, fresh, data, format, key) {
  try {
    const t0 = performance.now();
    let doc = last.doc;
    if (fresh) {
      doc = await pith.read(data, { format });
      if (mine !== pending) return;
      last = { text: key, format, doc };
    }
    const summary = await pith.summarize(doc, { sentences: sentenceCount() });
    if (mine !== pending) return;
    output.removeAttribute('aria-busy');
    cancellable(false);
    renderReading(output, doc, summary, {
      onRestore: async (index) => {
        // The restored Document replaces the read one until the input changes; the renderer
        // moves focus on to the next Restore button once this has rendered.
        let restored;
        try {
          restored = await pith.restore(last.doc, index);
        } catch (err) {
          showError(`Could not restore this piece: ${errorMessage(err)}`);
          return;
        }
        if (last.doc !== doc) return; // the input changed meanwhile
        last.doc = restored;
        await run();
      },
    });
    const ms = Math.max(1, Math.round(performance.now() - t0));
    hideError();
    setStatus(readingStatus(doc), `${ms} ms`);
    markDone('ready');
  } catch (err) {
    if (mine !== pending) return;
    output.removeAttribute('aria-busy');
    cancellable(false);
    last = { text: null, format: null, doc: null };
    clear(output);
    showError(`Could not read this input: ${errorMessage(err)}`);
    setStatus('');
    markDone('error');
  }
}

/**
 * A dropped or chosen file replaces the box: it shows the text as the engine decodes it (a UTF-16
 * or windows-1252 file is not UTF-8), and the file's bytes are read, so its <meta charset> applies.
 */
async function openFile(file) {
  if (!pith) return;
  const mine = ++pending;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const dropped = /\.html?$/i.test(file.name) ? 'html' : /\.txt$/i.test(file.name) ? 'text' : 'auto';
  const format = sourceFormat(dropped);
  if (bytes.length > LARGE_INPUT) {
    hideError();
    setStatus(`Opening “${file.name}”…`);
    output.setAttribute('aria-busy', 'true');
    cancellable(true);
  }
  // The box gets the text as the engine decodes it, and the engine says when the bytes are not text
  // at all (an image, a PDF, an archive): then nothing replaces the box.
  let decoded;
  try {
    decoded = await pith.decode(bytes, { format });
    if (mine !== pending) return;
    if (decoded.notText) {
      cancellable(false);
      output.removeAttribute('aria-busy');
      setStatus('');
      showError(`“${file.name}” is not a text or HTML file: it looks like ${decoded.notText}. pith reads plain text and HTML only.`);
      return;
    }
  } catch (err) {
    if (mine !== pending) return;
    cancellable(false);
    output.removeAttribute('aria-busy');
    showError(`Could not read “${file.name}”: ${errorMessage(err)}`);
    return;
  }
  if (mine !== pending) return;
  // The file replaces the box (not undoable: inserting megabytes as an undoable edit is slow). A
  // large file shows only its start: Chromium took 38 s to lay out a textarea holding 20 MB, and
  // 7 s again at every later change to the page, where the read itself took 9 s.
  const shown = decoded.text.length > BOX_LIMIT ? boxStart(decoded.text) : decoded.text;
  input.value = shown;
  boxNote.hidden = shown === decoded.text;
  boxNote.textContent = boxNote.hidden ? '' :
    `The box shows the start of “${file.name}” (${characters(shown.length)} of ${characters(decoded.text.length)}); ` +
    'the whole file is read. Editing the box reads only what it shows.';
  source = { data: bytes, format: dropped, shown: input.value, size: decoded.text.length };
  run();
}

// The start of a long text for the box: up to BOX_LIMIT characters, cut after a line break when
// there is one in the last quarter, and never inside a surrogate pair.
function boxStart(text) {
  let end = BOX_LIMIT;
  const newline = text.lastIndexOf('\n', end);
  if (newline > BOX_LIMIT * 0.75) end = newline + 1;
  else if (/[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
  return text.slice(0, end);
}

function schedule() {
  clearTimeout(timer);
  timer = 0;
  if (input.value.length > LARGE_INPUT) {
    // Not on every pause in typing: a large input is read when the reader asks (a read under way
    // is dropped, since the box has changed).
    ++pending;
    output.removeAttribute('aria-busy');
    cancellable(false);
    setStatus(`Large input (${characters(input.value.length)}): press Read to read it.`);
    return;
  }
  timer = setTimeout(run, DEBOUNCE_MS);
}

async function loadSample() {
  try {
    const res = await fetch('sample.txt');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.text();
  } catch {
    return '';
  }
}

async function main() {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sentencesInput.value = String(sentenceCount());
    run();
  });
  // Copying from a web page puts its HTML on the clipboard too. The browser pastes the plain text
  // itself (at the cursor, over the selection, undoable with Ctrl+Z, and fast: inserting it from
  // script with execCommand('insertText') kept undo too but took seconds for a few hundred lines,
  // and setRangeText loses undo); the HTML is noted here and read instead of the box only while
  // the box holds exactly the pasted text (pasted into an empty box or over all of it). Pasted
  // next to other text, the box as it stands is read (as Detect or HTML decides), since the HTML
  // covers only part of what is shown.
  let pasted = null; // { html, plain } of the paste under way
  input.addEventListener('paste', (event) => {
    const html = event.clipboardData?.getData('text/html') ?? '';
    pasted = html.trim() ? { html, plain: event.clipboardData.getData('text/plain') } : null;
  });
  input.addEventListener('input', (event) => {
    clearTimeout(announceTimer); // still typing: nothing to announce yet
    if (source === null || source.shown !== input.value) boxNote.hidden = true;
    // A paste is read at once, large or not, with or without HTML: the reader has just asked.
    if (event.inputType === 'insertFromPaste') {
      source = null;
      if (pasted) {
        const { html, plain } = pasted;
        if (input.value === plain.replace(/\r\n?/g, '\n')) source = { data: html, format: 'html', shown: input.value, size: html.length };
      }
      pasted = null;
      run();
      return;
    }
    pasted = null;
    schedule();
  });
  // A dropped .html or .txt file is read as bytes: the engine sniffs its encoding, and says when
  // they are not text at all (an image, a PDF, an archive), before they replace the box.
  input.addEventListener('dragover', (event) => event.preventDefault());
  input.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    openFile(file);
  });
  // The same for a keyboard: Open file… chooses one.
  openButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = ''; // choosing the same file again is a new choice
    if (file) openFile(file);
  });
  cancelButton.addEventListener('click', () => {
    if (!pith || !pith.cancel || !pith.cancel()) return;
    ++pending;
    cancellable(false);
    output.removeAttribute('aria-busy');
    clear(output);
    last = { text: null, format: null, doc: null };
    setStatus('Cancelled.');
    markDone('cancelled');
    input.focus();
  });
  formatSelect.addEventListener('change', run);
  sentencesInput.addEventListener('change', () => {
    sentencesInput.value = String(sentenceCount());
    run();
  });
  sentencesInput.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  clearButton.addEventListener('click', () => {
    input.value = '';
    boxNote.hidden = true;
    run();
    input.focus();
  });

  const samplePromise = loadSample();
  try {
    pith = await startEngine();
  } catch (err) {
    setStatus('');
    showError(`The engine could not be loaded: ${errorMessage(err)}`);
    output.dataset.state = 'error';
    return;
  }
  const sample = await samplePromise;
  // Keep anything the reader typed while the engine was loading.
  if (input.value === '' && sample) input.value = sample;
  run();
}

main().catch((err) => showError(errorMessage(err)));
