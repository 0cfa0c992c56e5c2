// Browser / bundler entry. The Emscripten glue finds pith-core.wasm next to itself
// (new URL('pith-core.wasm', import.meta.url)) unless told otherwise.
import createPithCore from './pith-core.mjs';
import { createApi } from './api.js';

/**
 * @param {import('./index.d.ts').CreatePithOptions} [options]
 * @returns {Promise<import('./index.d.ts').Pith>}
 */
export async function createPith(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('createPith: options must be an object');
  }
  const moduleArg = {};
  const { wasmBinary, locateFile, wasmUrl } = options;
  if (wasmBinary !== undefined) {
    if (!(wasmBinary instanceof ArrayBuffer) && !(wasmBinary instanceof Uint8Array)) {
      throw new TypeError('createPith: wasmBinary must be an ArrayBuffer or Uint8Array');
    }
    moduleArg.wasmBinary = wasmBinary;
  }
  if (locateFile !== undefined) {
    if (typeof locateFile !== 'function') throw new TypeError('createPith: locateFile must be a function');
    moduleArg.locateFile = locateFile;
  } else if (wasmUrl !== undefined) {
    if (typeof wasmUrl !== 'string' && !(wasmUrl instanceof URL)) {
      throw new TypeError('createPith: wasmUrl must be a string or URL');
    }
    const href = String(wasmUrl);
    moduleArg.locateFile = (path, prefix) => (path.endsWith('.wasm') ? href : prefix + path);
  }
  return createApi(await createPithCore(moduleArg));
}
