// The pith page: paste an article, get it back clean with a summary. A thin face over the engine
// package (./engine/index.js); all text logic lives in the engine, all rendering in render.js.
import { renderReading, clear, errorMessage, statusLines } from './extension/render.js';

const DEBOUNCE_MS = 250;
const MIN_SENTENCES = 1;
const MAX_SENTENCES = 10;

const $ = (id) => document.getElementById(id);
const form = $('reader-form');
const input = $('input');
const sentencesInput = $('sentences');
const formatSelect = $('format');
const clearButton = $('clear');
const statusLine = $('status');
const errorLine = $('error');
const output = $('output');

let pith = null;
let timer = 0;
let reads = 0;
// The last successful read, so changing only the sentence count re-summarizes without re-reading.
let last = { text: null, format: null, doc: null };

const lines = statusLines(statusLine, errorLine);
const setStatus = lines.status;
const showError = lines.error;
const hideError = lines.clearError;

function sentenceCount() {
  const n = Math.round(Number(sentencesInput.value));
  if (!Number.isFinite(n)) return 3;
  return Math.min(MAX_SENTENCES, Math.max(MIN_SENTENCES, n));
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}


function markDone(state) {
  reads += 1;
  output.dataset.state = state;
  output.dataset.reads = String(reads);
}

/** Reads the textarea with the engine and renders the result. Never throws. */
function run() {
  clearTimeout(timer);
  timer = 0;
  if (!pith) return;
  const text = input.value;
  const format = formatSelect.value;
  if (text.trim() === '') {
    hideError();
    clear(output);
    last = { text: null, format: null, doc: null };
    setStatus('Paste an article to begin.');
    markDone('empty');
    return;
  }
  try {
    const t0 = performance.now();
    let doc = last.doc;
    if (last.text !== text || last.format !== format) {
      doc = pith.read(text, { format, quotes: 'smart' });
      last = { text, format, doc };
    }
    const n = sentenceCount();
    const summary = pith.summarize(doc, { sentences: n });
    renderReading(output, doc, summary, {
      onRestore: (index) => {
        // The restored Document replaces the read one until the input changes.
        last.doc = pith.restore(last.doc, index);
        run();
      },
    });
    const ms = Math.max(1, Math.round(performance.now() - t0));
    hideError();
    setStatus(
      `${plural(doc.wordCount, 'word')} in ${plural(doc.blocks.length, 'block')} · ` +
        `${plural(doc.removed.length, 'piece')} removed · ${ms} ms`,
    );
    markDone('ready');
  } catch (err) {
    last = { text: null, format: null, doc: null };
    clear(output);
    showError(`Could not read this input: ${errorMessage(err)}`);
    setStatus('');
    markDone('error');
  }
}

function schedule() {
  clearTimeout(timer);
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
  input.addEventListener('input', schedule);
  formatSelect.addEventListener('change', run);
  sentencesInput.addEventListener('change', () => {
    sentencesInput.value = String(sentenceCount());
    run();
  });
  sentencesInput.addEventListener('input', schedule);
  clearButton.addEventListener('click', () => {
    input.value = '';
    run();
    input.focus();
  });

  const samplePromise = loadSample();
  try {
    const { createPith } = await import('./engine/index.js');
    pith = await createPith();
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
