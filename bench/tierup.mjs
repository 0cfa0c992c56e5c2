#!/usr/bin/env node
// What V8's optimising compiler (TurboFan) spends on pith's WebAssembly while the first pages are
// read: the warm-up that the first pass of bench/extract.mjs pays for and the later passes do not.
//
//   node bench/tierup.mjs [DIST] [--set aeb|wcxb-dev] [--data DIR] [--passes N] [--top N]
//
// DIST is a folder holding pith-core.mjs, pith-core.wasm and api.js (default dist/), loaded through
// its node.js when it has one (bench/lib/load-dist.mjs). A child node
// reads every page of the set N times (default 3) with --single-threaded, so each compile runs on
// the one thread and its time is not shared with the reading, and --trace-wasm-compilation-times;
// this prints the TurboFan total and the largest compiles by function index and body size. A
// --profiling-funcs build names the functions. Compile times still move with the machine's load;
// compare builds by running them one after the other, more than once.

import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { benchData } from './lib/data.mjs';
import { loadPith } from './lib/load-dist.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args, positionals } = parseArgs({
  options: {
    set: { type: 'string', default: 'aeb' },
    data: { type: 'string' },
    passes: { type: 'string', default: '3' },
    top: { type: 'string', default: '8' },
    child: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const dist = resolve(positionals[0] ?? join(ROOT, 'dist'));
const dataArg = benchData(args.data);
const pageDir = join(dataArg, 'extraction', args.set, 'html');

if (args.child) {
  const pages = readdirSync(pageDir).filter((f) => f.endsWith('.html.gz')).sort()
    .map((f) => new TextDecoder().decode(gunzipSync(readFileSync(join(pageDir, f)))));
  const pith = await loadPith(dist);
  for (let pass = 0; pass < Number(args.passes); pass++) {
    for (const p of pages) pith.read(p, { format: 'html' });
  }
  process.exit(0);
}

for (const need of [join(dist, 'pith-core.wasm'), pageDir]) {
  if (!existsSync(need)) {
    console.error(`bench/tierup: no ${need}`);
    process.exit(2);
  }
}

// Function names from the module's name section (present in a --profiling-funcs build).
function functionNames(bytes) {
  const names = new Map();
  const leb = (at) => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return [value, at];
    }
  };
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at++];
    let size;
    [size, at] = leb(at);
    const end = at + size;
    if (id === 0) {
      let [len, p] = leb(at);
      const section = new TextDecoder().decode(bytes.subarray(p, p + len));
      p += len;
      while (section === 'name' && p < end) {
        const sub = bytes[p++];
        let subSize;
        [subSize, p] = leb(p);
        const subEnd = p + subSize;
        if (sub === 1) {
          let count;
          [count, p] = leb(p);
          for (let i = 0; i < count; i++) {
            let index;
            [index, p] = leb(p);
            [len, p] = leb(p);
            names.set(index, new TextDecoder().decode(bytes.subarray(p, p + len)));
            p += len;
          }
        }
        p = subEnd;
      }
    }
    at = end;
  }
  return names;
}

const child = spawnSync(process.execPath, [
  '--single-threaded', '--trace-wasm-compilation-times', fileURLToPath(import.meta.url), '--child',
  '--set', args.set, '--data', dataArg, '--passes', args.passes, dist,
], { encoding: 'utf8', maxBuffer: 64 << 20 });
if (child.status !== 0) {
  console.error(`bench/tierup: the reading child failed\n${child.stderr}`);
  process.exit(1);
}
const compiles = [];
for (const line of child.stdout.split('\n')) {
  const m = /#(\d+) using TurboFan, took (\d+) ms.*bodysize (\d+)/.exec(line);
  if (m) compiles.push({ index: Number(m[1]), ms: Number(m[2]), body: Number(m[3]) });
}
const names = functionNames(readFileSync(join(dist, 'pith-core.wasm')));
const total = compiles.reduce((s, c) => s + c.ms, 0);
const bodies = compiles.reduce((s, c) => s + c.body, 0);
console.log(`${args.set}, ${args.passes} passes: TurboFan compiled ${compiles.length} functions ` +
  `(${bodies} body bytes) in ${total} ms`);
for (const c of compiles.sort((x, y) => y.ms - x.ms).slice(0, Number(args.top))) {
  const name = names.get(c.index) ?? `function #${c.index}`;
  console.log(`  ${String(c.ms).padStart(5)} ms  ${String(c.body).padStart(6)} B  ${name.slice(0, 100)}`);
}
