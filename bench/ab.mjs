#!/usr/bin/env node
// A/B of two WebAssembly builds in one process (build flags, binding changes): both read every page
// of a set, alternating page by page, so the machine's load falls on both alike.
//
//   node bench/ab.mjs DIST_A DIST_B [--set aeb|wcxb-dev] [--data DIR] [--reps N] [--bytes]
//
// Pages are handed over as decoded strings, as bench/extract.mjs does; --bytes hands over the raw
// bytes instead (the engine then sniffs the encoding and checks the UTF-8 itself).
//
// DIST_A / DIST_B are folders holding pith-core.mjs, pith-core.wasm and api.js, and node.js when it
// is a dist/ copy (then used, as the package would be; bench/lib/load-dist.mjs), or a build
// configured with -DPITH_DIST_DIR=…. Prints ms/page for each after 20 warm-up pages, and B/A.

import { parseArgs } from 'node:util';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { benchData } from './lib/data.mjs';
import { loadPith } from './lib/load-dist.mjs';
import { timeAlternating } from './lib/alternate.mjs';

const { values: args, positionals } = parseArgs({
  options: { set: { type: 'string', default: 'aeb' }, data: { type: 'string' }, reps: { type: 'string', default: '3' }, bytes: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (positionals.length !== 2) {
  console.error('usage: node bench/ab.mjs DIST_A DIST_B [--set aeb|wcxb-dev] [--data DIR] [--reps N] [--bytes]');
  process.exit(2);
}

const dir = join(benchData(args.data), 'extraction', args.set, 'html');
if (!existsSync(dir)) {
  console.error(`bench/ab: no ${dir}`);
  process.exit(2);
}
const decoder = new TextDecoder();
const pages = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => {
  const bytes = new Uint8Array(gunzipSync(readFileSync(join(dir, f))));
  return args.bytes ? bytes : decoder.decode(bytes);
});
const [a, b] = [await loadPith(positionals[0]), await loadPith(positionals[1])];
for (const p of pages.slice(0, 20)) {
  a.read(p, { format: 'html' });
  b.read(p, { format: 'html' });
}
const reps = Number(args.reps);
const [ta, tb] = timeAlternating(a, b, pages, reps);
const n = pages.length * reps;
console.log(`${args.set} (${args.bytes ? 'bytes' : 'strings'}), ${pages.length} pages × ${reps}: A ${(ta / n).toFixed(3)} ms/page, B ${(tb / n).toFixed(3)} ms/page, B/A ${(tb / ta).toFixed(3)}`);
