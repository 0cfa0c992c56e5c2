// Shared wrapper over the Emscripten module: argument checks and JSON parsing only.
// All text logic lives in the C++ core (Module.readJson / Module.summarizeJson).

const FORMATS = ['auto', 'text', 'html'];
const QUOTES = ['smart', 'ascii', 'keep'];
const READ_OPTIONS = ['format', 'quotes', 'url'];
const DECODE_OPTIONS = ['format'];
const BUDGETS = ['sentences', 'ratio', 'words'];
const MAX_SENTENCES = 1000;
const MAX_WORDS = 100000;
// Must equal package.json's version (a package test checks it).
const PACKAGE_VERSION = '0.1.0';

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return `${typeof value} ${JSON.stringify(String(value)).slice(0, 40)}`;
}

function checkOptions(where, options, allowed) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`pith.${where}: options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new TypeError(`pith.${where}: unknown option "${key}" (known: ${allowed.join(', ')})`);
    }
  }
  return options;
}

function checkChoice(where, name, value, choices, fallback) {
  if (value === undefined) return fallback;
  if (typeof value !== 'string') {
    throw new TypeError(`pith.${where}: option "${name}" must be a string (${choices.join('|')}), got ${describe(value)}`);
  }
  if (!choices.includes(value)) {
    throw new RangeError(`pith.${where}: option "${name}" must be one of ${choices.join('|')}, got "${value}"`);
  }
  return value;
}

// The summary's length: at most one of sentences / ratio / words, default 3 sentences.
function checkBudget(opts) {
  const given = BUDGETS.filter((name) => opts[name] !== undefined);
  if (given.length > 1) {
    throw new RangeError(`pith.summarize: give one of ${BUDGETS.join(', ')}, not ${given.join(' and ')}`);
  }
  if (given.length === 0) return ['sentences', 3];
  const unit = given[0];
  const value = opts[unit];
  if (typeof value !== 'number') {
    throw new TypeError(`pith.summarize: option "${unit}" must be a number, got ${describe(value)}`);
  }
  if (unit === 'ratio') {
    if (!(value > 0 && value <= 1)) {
      throw new RangeError(`pith.summarize: option "ratio" must be greater than 0 and at most 1, got ${value}`);
    }
  } else {
    const max = unit === 'words' ? MAX_WORDS : MAX_SENTENCES;
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new RangeError(`pith.summarize: option "${unit}" must be an integer from 1 to ${max}, got ${value}`);
    }
  }
  return [unit, value];
}

// The page's address: a string or a URL object, '' for none. The engine decides what is an absolute
// http(s) address (pageUrl is pith::parse_page_url, as the CLI's --url uses), so a javascript: or
// relative one is refused here as the CLI refuses it, not silently ignored.
function checkUrl(Module, value) {
  if (value === undefined || value === '') return '';
  let href;
  if (typeof value === 'string') href = value;
  else if (typeof URL === 'function' && value instanceof URL) href = value.href;
  else throw new TypeError(`pith.read: option "url" must be a string or URL, got ${describe(value)}`);
  if (Module.pageUrl(href) === '') {
    throw new RangeError(`pith.read: option "url" must be an absolute http or https URL, got ${JSON.stringify(href.slice(0, 80))}`);
  }
  return href;
}

// What summarize and restore read of a Document: each block (and removed piece) an object with a
// string text. The engine would read a missing text as '' and summarize nothing, silently.
function checkPieces(where, doc, field) {
  const list = doc[field];
  for (let i = 0; i < list.length; i += 1) {
    const piece = list[i];
    if (piece === null || typeof piece !== 'object' || typeof piece.text !== 'string') {
      const got = piece === null || typeof piece !== 'object' ? describe(piece) : `text ${describe(piece.text)}`;
      throw new TypeError(`pith.${where}: doc.${field}[${i}] must be an object with a string "text", got ${got}`);
    }
  }
}

const encoder = new TextEncoder();
// Strings up to this many UTF-16 units get worst-case room (three bytes each) at once.
const SMALL_STRING = 1 << 20;

function toInput(input) {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new TypeError(`pith.read: input must be a string, Uint8Array or ArrayBuffer, got ${describe(input)}`);
}

const decoder = new TextDecoder();

// The engine returns its JSON as a heap block (a 32-bit length, then UTF-8; see result_block in
// bindings.cpp), read here in one decode and freed.
function takeResult(Module, where, block) {
  if (typeof block !== 'number') throw new Error(`pith.${where}: engine returned ${describe(block)}, expected a result block`);
  if (block === 0) throw new RangeError(`pith.${where}: no memory for the result`);
  try {
    const length = Module.HEAPU32[block >>> 2];
    return decoder.decode(Module.HEAPU8.subarray(block + 4, block + 4 + length));
  } finally {
    Module._free(block);
  }
}

function parseResult(where, json) {
  const value = JSON.parse(json);
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.error === 'string') {
    throw new Error(`pith.${where}: ${value.error}`);
  }
  return value;
}

// The module's heap (HEAP8 is re-pointed when memory grows, so read it each time).
function memoryBytesOf(Module) {
  return Module.HEAP8.buffer.byteLength;
}

/**
 * Wraps an instantiated Emscripten module.
 * @param {object} Module the resolved result of the pith-core.mjs factory
 * @param {{copyUtf16?: (text: string, heap: Uint8Array, offset: number) => void}} [host] what the
 *   host offers beyond the web platform: copyUtf16 writes a string's UTF-16 code units (little
 *   endian) into the heap at offset, and the engine encodes them (text/utf16.cpp): with Node's
 *   Buffer.ucs2Write, faster than TextEncoder.encodeInto (node bench/string-input.mjs); without it
 *   (browsers) strings go through encodeInto.
 * @returns {import('./index.d.ts').Pith}
 */
export function createApi(Module, host = {}) {
  if (!Module || typeof Module.readJson !== 'function' || typeof Module.summarizeJson !== 'function') {
    throw new TypeError('createApi: not a pith-core module (readJson/summarizeJson missing)');
  }
  const { copyUtf16 } = host;

  function read(input, options) {
    const data = toInput(input);
    const opts = checkOptions('read', options, READ_OPTIONS);
    const format = checkChoice('read', 'format', opts.format, FORMATS, 'auto');
    const quotes = checkChoice('read', 'quotes', opts.quotes, QUOTES, 'smart');
    const url = checkUrl(Module, opts.url);
    // A string is already Unicode: its <meta charset> no longer describes it. Bytes are sniffed.
    // Under Node a string crosses as its UTF-16 units (copyUtf16, three bytes of room a unit, the
    // units in the last two); elsewhere, and past SMALL_STRING, as UTF-8 from encodeInto.
    const fromString = typeof data === 'string';
    const asUnits = fromString && copyUtf16 && data.length <= SMALL_STRING;
    let ptr;
    let length;
    if (asUnits) {
      ptr = heapBlock(data.length * 3);
      length = data.length;
    } else {
      ({ ptr, length } = fromString ? stringIntoHeap(data) : bytesIntoHeap(data));
    }
    try {
      if (asUnits) copyUtf16(data, Module.HEAPU8, ptr + length);
      const block = asUnits
        ? Module.readUtf16Json(ptr, length, format, quotes, url)
        : Module.readJson(ptr, length, format, quotes, fromString ? 'utf-8' : '', fromString, url);
      return parseResult('read', takeResult(Module, 'read', block));
    } finally {
      Module._free(ptr);
    }
  }

  // The input's text as read() would decode it: for a face that shows a dropped file's text.
  function decode(input, options) {
    const data = toInput(input);
    const opts = checkOptions('decode', options, DECODE_OPTIONS);
    const format = checkChoice('decode', 'format', opts.format, FORMATS, 'auto');
    const fromString = typeof data === 'string';
    const { ptr, length } = fromString ? stringIntoHeap(data) : bytesIntoHeap(data);
    try {
      return parseResult('decode', takeResult(Module, 'decode', Module.decodeJson(ptr, length, format, fromString)));
    } finally {
      Module._free(ptr);
    }
  }

  function heapBlock(size) {
    const ptr = Module._malloc(size || 1);
    if (!ptr) throw new RangeError(`pith.read: no memory for ${size} bytes of input`);
    return ptr;
  }

  // Bytes cross into the engine in one native copy.
  function bytesIntoHeap(bytes) {
    const ptr = heapBlock(bytes.length);
    Module.HEAPU8.set(bytes, ptr);
    return { ptr, length: bytes.length };
  }

  // A string is encoded straight into the engine's heap (encodeInto), not into a new array that is
  // then copied. A UTF-16 unit takes at most three UTF-8 bytes; a long string first gets room for
  // mostly-ASCII text (most pages), and the heap block grows only if the rest does not fit.
  // Lone surrogates become U+FFFD, as with TextEncoder.encode.
  function stringIntoHeap(text) {
    const exact = text.length <= SMALL_STRING;
    let size = exact ? text.length * 3 : text.length + (text.length >> 3) + 64;
    let ptr = heapBlock(size);
    let { read, written } = encoder.encodeInto(text, Module.HEAPU8.subarray(ptr, ptr + size));
    if (read < text.length) {
      const bigger = written + (text.length - read) * 3;
      let next;
      try {
        next = heapBlock(bigger);
      } catch (err) {
        Module._free(ptr);
        throw err;
      }
      Module.HEAPU8.copyWithin(next, ptr, ptr + written);
      Module._free(ptr);
      ptr = next;
      size = bigger;
      written += encoder.encodeInto(text.substring(read), Module.HEAPU8.subarray(ptr + written, ptr + size)).written;
    }
    return { ptr, length: written };
  }

  function summarize(doc, options) {
    if (doc === null || typeof doc !== 'object' || !Array.isArray(doc.blocks)) {
      throw new TypeError(`pith.summarize: doc must be a Document as returned by pith.read, got ${describe(doc)}`);
    }
    checkPieces('summarize', doc, 'blocks');
    const [unit, amount] = checkBudget(checkOptions('summarize', options, BUDGETS));
    return parseResult('summarize', takeResult(Module, 'summarize', Module.summarizeJson(doc, unit, amount)));
  }

  function restore(doc, index) {
    if (doc === null || typeof doc !== 'object' || !Array.isArray(doc.blocks) || !Array.isArray(doc.removed)) {
      throw new TypeError(`pith.restore: doc must be a Document as returned by pith.read, got ${describe(doc)}`);
    }
    checkPieces('restore', doc, 'blocks');
    checkPieces('restore', doc, 'removed');
    if (!Number.isInteger(index) || index < 0 || index >= doc.removed.length) {
      throw new RangeError(`pith.restore: index must be an integer from 0 to ${doc.removed.length - 1}, got ${describe(index)}`);
    }
    return parseResult('restore', takeResult(Module, 'restore', Module.restoreJson(doc, index)));
  }

  return Object.freeze({
    read,
    decode,
    summarize,
    restore,
    version: PACKAGE_VERSION,
    memoryBytes: () => memoryBytesOf(Module),
  });
}
