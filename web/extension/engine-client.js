// The engine as the page and the side panel call it: the package's read, decode, summarize and
// restore, made asynchronous and run in engine-worker.js, so a long read leaves the caller
// responsive. Both faces import this file, so both use the one copy of the engine beside it (./engine/).

/**
 * Starts the engine in a module worker; on the caller's own thread where a worker cannot start
 * (slower to answer on a large input, but still reading, and not cancellable). Resolves once the
 * engine has loaded.
 */
export async function startEngine() {
  try {
    let next = 0;
    const waiting = new Map();
    // The worker's number for each Document it sent, so a summarize or restore on one sends the
    // number rather than a copy (see engine-worker.js). Documents are never changed in place.
    let refs = new WeakMap();
    const fail = (err) => {
      for (const call of waiting.values()) call.reject(err);
      waiting.clear();
    };
    const spawn = () => {
      const w = new Worker(new URL('./engine-worker.js', import.meta.url), { type: 'module' });
      w.onmessage = ({ data }) => {
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
      w.onerror = (event) => fail(new Error(event.message || 'the engine worker failed to start'));
      return w;
    };
    let worker = spawn();
    function send(call, byRef) {
      const id = ++next;
      waiting.set(id, call);
      const [doc, ...rest] = call.args;
      const byNumber = byRef && (call.op === 'summarize' || call.op === 'restore') && doc && typeof doc === 'object';
      const ref = byNumber ? refs.get(doc) : undefined;
      if (ref === undefined) worker.postMessage({ id, op: call.op, args: call.args });
      else worker.postMessage({ id, op: call.op, ref, args: rest });
    }
    const call = (op, ...args) => new Promise((resolve, reject) => send({ op, args, resolve, reject }, true));
    const engine = {
      read: (input, options) => call('read', input, options),
      decode: (input, options) => call('decode', input, options),
      summarize: (doc, options) => call('summarize', doc, options),
      restore: (doc, index) => call('restore', doc, index),
      // Stops whatever the engine is doing (a read of many megabytes cannot be interrupted inside
      // the WebAssembly): the worker is ended and a new one started, and the calls waiting fail
      // with an AbortError. True when it could cancel.
      cancel() {
        worker.terminate();
        const err = new Error('cancelled');
        err.name = 'AbortError';
        fail(err);
        refs = new WeakMap();
        worker = spawn();
        return true;
      },
    };
    // A first call proves the worker and its engine loaded (onerror fails it otherwise).
    await engine.summarize(await engine.read('Ready.', { format: 'text' }), { sentences: 1 });
    return engine;
  } catch {
    const { createPith } = await import('./engine/index.js');
    const pith = await createPith();
    return {
      read: async (input, options) => pith.read(input, options),
      decode: async (input, options) => pith.decode(input, options),
      summarize: async (doc, options) => pith.summarize(doc, options),
      restore: async (doc, index) => pith.restore(doc, index),
      cancel: () => false,
    };
  }
}
