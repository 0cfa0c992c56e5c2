// The engine as the page and the side panel call it: the package's read, summarize and restore,
// made asynchronous and run in engine-worker.js, so a long read leaves the caller responsive. Both
// faces import this file, so both use the one copy of the engine beside it (./engine/).

/**
 * Starts the engine in a module worker; on the caller's own thread where a worker cannot start
 * (slower to answer on a large input, but still reading). Resolves once the engine has loaded.
 */
export async function startEngine() {
  try {
    const worker = new Worker(new URL('./engine-worker.js', import.meta.url), { type: 'module' });
    let next = 0;
    const waiting = new Map();
    // The worker's number for each Document it sent, so a summarize or restore on one sends the
    // number rather than a copy (see engine-worker.js). Documents are never changed in place.
    const refs = new WeakMap();
    worker.onmessage = ({ data }) => {
      const call = waiting.get(data.id);
      if (!call) return;
      waiting.delete(data.id);
      if (data.missing) {
        send(call, false);
      } else if (data.error) {
        const err = new Error(data.error.message);
        err.name = data.error.name || 'Error';
        call.reject(err);
      } else {
        if (data.ref !== undefined && data.result && typeof data.result === 'object') refs.set(data.result, data.ref);
        call.resolve(data.result);
      }
    };
    // A worker that fails (to start, or later) fails the calls waiting on it.
    worker.onerror = (event) => {
      const err = new Error(event.message || 'the engine worker failed to start');
      for (const call of waiting.values()) call.reject(err);
      waiting.clear();
    };
    function send(call, byRef) {
      const id = ++next;
      waiting.set(id, call);
      const [doc, ...rest] = call.args;
      const ref = byRef && call.op !== 'read' && doc && typeof doc === 'object' ? refs.get(doc) : undefined;
      if (ref === undefined) worker.postMessage({ id, op: call.op, args: call.args });
      else worker.postMessage({ id, op: call.op, ref, args: rest });
    }
    const call = (op, ...args) => new Promise((resolve, reject) => send({ op, args, resolve, reject }, true));
    const engine = {
      read: (input, options) => call('read', input, options),
      summarize: (doc, options) => call('summarize', doc, options),
      restore: (doc, index) => call('restore', doc, index),
    };
    // A first call proves the worker and its engine loaded (onerror fails it otherwise).
    await engine.summarize(await engine.read('Ready.', { format: 'text' }), { sentences: 1 });
    return engine;
  } catch {
    const { createPith } = await import('./engine/index.js');
    const pith = await createPith();
    return {
      read: async (input, options) => pith.read(input, options),
      summarize: async (doc, options) => pith.summarize(doc, options),
      restore: async (doc, index) => pith.restore(doc, index),
    };
  }
}
