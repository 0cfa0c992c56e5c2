// The engine, off the main thread: a long read (about 1.5 ms per KB of HTML) no longer freezes the
// page or the side panel that asked for it. Shared by both (started by engine-client.js). A module
// worker under the page's or the extension's CSP (worker-src falls back to script-src 'self';
// 'wasm-unsafe-eval' lets it compile the engine, fetched from the worker's own origin). Messages:
// { id, op, args } in, { id, result } or { id, error } out; op is read, summarize or restore, args
// as the package takes.
import { createPith } from './engine/index.js';

const ready = createPith();

self.onmessage = async (event) => {
  const { id, op, args } = event.data || {};
  try {
    const pith = await ready;
    if (op !== 'read' && op !== 'summarize' && op !== 'restore') throw new Error(`unknown operation ${op}`);
    self.postMessage({ id, result: pith[op](...args) });
  } catch (err) {
    self.postMessage({ id, error: { name: err && err.name, message: err && err.message ? err.message : String(err) } });
  }
};
