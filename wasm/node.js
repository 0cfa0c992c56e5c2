// Node entry: reads pith-core.wasm with fs and hands the bytes to the glue (the web-only glue
// cannot fetch file paths under Node).
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import createPithCore from './pith-core.mjs';
import { createApi } from './api.js';

// A string's UTF-16 code units, copied as they are (api.js: the engine encodes them).
function copyUtf16(text, heap, offset) {
  Buffer.from(heap.buffer, heap.byteOffset + offset, text.length * 2).ucs2Write(text);
}

/**
 * @param {import('./index.d.ts').CreatePithOptions} [options]
 * @returns {Promise<import('./index.d.ts').Pith>}
 */
export async function createPith(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('createPith: options must be an object');
  }
  let { wasmBinary, wasmUrl } = options;
  if (wasmBinary === undefined) {
    let where = new URL('./pith-core.wasm', import.meta.url);
    if (wasmUrl instanceof URL) where = wasmUrl;
    else if (typeof wasmUrl === 'string') where = wasmUrl.startsWith('file:') ? new URL(wasmUrl) : wasmUrl;
    else if (wasmUrl !== undefined) throw new TypeError('createPith: wasmUrl must be a string or URL');
    wasmBinary = await readFile(where);
  } else if (!(wasmBinary instanceof ArrayBuffer) && !(wasmBinary instanceof Uint8Array)) {
    throw new TypeError('createPith: wasmBinary must be an ArrayBuffer or Uint8Array');
  }
  return createApi(await createPithCore({ wasmBinary }), { copyUtf16 });
}
