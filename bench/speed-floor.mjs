#!/usr/bin/env node
// Where pith's time on a page goes, and the most each part leaves room for against Readability.js:
// one process reads every page of a set with Readability.js + linkedom once, and with pith's package
// once from a fresh instance (the first pass, as bench/extract.mjs times it), then again until V8 has
// optimised it, split into the WebAssembly call alone, the string hand-over and the JSON; the native
// build (build/pith_read_tool) reads the same pages in a child process. Each line prints its ms/page
// and the ratio to Readability's ms/page that it alone would allow.
//
//   node bench/speed-floor.mjs [--set aeb|wcxb-dev] [--data DIR] [--reps N]
//
// Needs dist/ (npm run build) and build/pith_read_tool (scripts/build.sh builds it natively).
// Run it with nothing else running: every figure is wall time.

import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { benchData } from './lib/data.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: { set: { type: 'string', default: 'aeb' }, data: { type: 'string' }, reps: { type: 'string', default: '5' } },
});
const reps = Number(args.reps);
const dir = join(benchData(args.data), 'extraction', args.set, 'html');
const tool = join(ROOT, 'build', 'pith_read_tool');
const dist = join(ROOT, 'dist');
for (const need of [dir, tool, join(dist, 'pith-core.wasm')]) {
  if (!existsSync(need)) {
    console.error(`bench/speed-floor: no ${need}`);
    process.exit(2);
  }
}
if (!Number.isInteger(reps) || reps < 1) {
  console.error(`bench/speed-floor: --reps must be a whole number, got "${args.reps}"`);
  process.exit(2);
}

const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort();
const bytes = files.map((f) => gunzipSync(readFileSync(join(dir, f))));
const pages = bytes.map((b) => new TextDecoder().decode(b));
const n = pages.length;
const ms = (x) => x.toFixed(3).padStart(8);

// Readability.js + linkedom, once over the pages (its first pass, as bench/extract.mjs times it).
const { Readability } = await import('@mozilla/readability');
const { parseHTML } = await import('linkedom');
let t0 = performance.now();
for (const html of pages) {
  const { document } = parseHTML(html);
  new Readability(document).parse();
}
const peer = (performance.now() - t0) / n;

// pith's package from a fresh instance: the first pass pays V8's compiling of the WebAssembly.
const { default: createCore } = await import(pathToFileURL(join(dist, 'pith-core.mjs')).href);
const { createApi } = await import(pathToFileURL(join(dist, 'api.js')).href);
const Module = await createCore({ wasmBinary: readFileSync(join(dist, 'pith-core.wasm')) });
const copyUtf16 = (text, heap, offset) => Buffer.from(heap.buffer, heap.byteOffset + offset, text.length * 2).ucs2Write(text);
const pith = createApi(Module, { copyUtf16 });
t0 = performance.now();
for (const p of pages) pith.read(p, { format: 'html' });
const first = (performance.now() - t0) / n;
for (let r = 0; r < 3; r++) for (const p of pages) pith.read(p, { format: 'html' });

// Optimised: the whole call, then its parts by hand, as wasm/api.js makes them (under Node a string
// crosses as UTF-16 units and the engine encodes them).
let whole = 0;
let copy = 0;
let core = 0;
let json = 0;
const decoder = new TextDecoder();
for (let r = 0; r < reps; r++) {
  for (const p of pages) {
    let t = performance.now();
    pith.read(p, { format: 'html' });
    whole += performance.now() - t;
    t = performance.now();
    const ptr = Module._malloc(p.length * 3);
    copyUtf16(p, Module.HEAPU8, ptr + p.length);
    const t1 = performance.now();
    const block = Module.readUtf16Json(ptr, p.length, 'html', 'smart', '');
    const t2 = performance.now();
    const length = Module.HEAPU32[block >>> 2];
    JSON.parse(decoder.decode(Module.HEAPU8.subarray(block + 4, block + 4 + length)));
    const t3 = performance.now();
    Module._free(block);
    Module._free(ptr);
    copy += t1 - t;
    core += t2 - t1;
    json += t3 - t2;
  }
}
const runs = n * reps;

// The native build of the same engine over the same pages.
const tmp = mkdtempSync(join(tmpdir(), 'pith-floor-'));
const paths = bytes.map((b, i) => {
  const path = join(tmp, `${i}.html`);
  writeFileSync(path, b);
  return path;
});
const out = spawnSync(tool, [String(reps), ...paths], { encoding: 'utf8' });
rmSync(tmp, { recursive: true, force: true });
const native = Number(/([\d.]+) ms\/page/.exec(out.stdout ?? '')?.[1]);
if (!Number.isFinite(native)) {
  console.error(`bench/speed-floor: ${tool} printed ${JSON.stringify(out.stdout)} ${out.stderr ?? ''}`);
  process.exit(1);
}

const line = (label, each) => console.log(`${label.padEnd(58)}${ms(each)} ms/page  ${(peer / each).toFixed(1).padStart(6)}×`);
console.log(`${args.set}: ${n} pages; Readability.js 0.6.0 + linkedom ${peer.toFixed(2)} ms/page (one pass); ratio = its time / each line's`);
line('pith, first pass from a fresh instance (what extract times)', first);
line('pith, whole call once optimised', whole / runs);
line('  the WebAssembly call alone', core / runs);
line('  handing the string over (UTF-16 copy)', copy / runs);
line('  the result (UTF-8 decode + JSON.parse)', json / runs);
line('native build, same engine (build/pith_read_tool)', native);
console.log(`WebAssembly call / native: ${(core / runs / native).toFixed(2)}; first pass / optimised whole call: ${(first / (whole / runs)).toFixed(2)}`);
