// The engine, off the main thread: a long read no longer freezes the
// page or the side panel that asked for it. Shared by both (started by engine-client.js). A module
// worker under the page's or the extension's CSP (worker-src falls back to script-src 'self';
// 'wasm-unsafe-eval' lets it compile the engine, fetched from the worker's own origin).
//
// Messages: { id, op, args } in, op read, decode, summarize or restore with args as the package takes;
// { id, result, ref } or { id, error } out. A Document that came out (of read or restore) keeps a
// number, ref, and a summarize or restore on it may send { id, op, ref, args } with args after the
// Document: copying a 3 MB page's Document to the worker took the caller's thread 61-120 ms. A
// number no longer kept is answered { id, missing: true }, and the caller sends the Document.
import { createPith } from './engine/index.js';

const ready = createPith();

// The Documents last sent out, by number; few, since a large page's is several MB.
const KEEP_DOCUMENTS = 8;
const documents = new Map();
let lastRef = 0;

function keep(doc) {
  documents.set(++lastRef, doc);
  while (documents.size > KEEP_DOCUMENTS) documents.delete(documents.keys().next().value);
  return lastRef;
}

self.onmessage = async (event) => {
  const { id, op, ref } = event.data || {};
  let { args } = event.data || {};
  try {
    const pith = await ready;
    if (!['read', 'decode', 'summarize', 'restore'].includes(op)) throw new Error(`unknown operation ${op}`);
    if (ref !== undefined) {
      if (!documents.has(ref)) {
        self.postMessage({ id, missing: true });
        return;
      }
      args = [documents.get(ref), ...args];
    }
    const result = pith[op](...args);
    const isDocument = op === 'read' || op === 'restore';
    self.postMessage({ id, result, ref: isDocument ? keep(result) : undefined });
  } catch (err) {
    self.postMessage({ id, error: { name: err && err.name, message: err && err.message ? err.message : String(err) } });
  }
};
