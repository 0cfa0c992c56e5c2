#!/usr/bin/env node
// What the first pages of a fresh process cost over the same pages once V8 has optimised pith:
// the warm-up that bench/extract.mjs's first pass pays. One process reads a tiny page first, then
// every page of the set twice; prints the tiny page's time, the first pages' times in both passes,
// and the first pass's extra time by batch of 32 pages.
//
//   node bench/warmup.mjs [DIST] [--set aeb|wcxb-dev] [--data DIR] [--first N]
//
// DIST is a folder holding the package (default dist/), loaded through bench/lib/load-dist.mjs.
import { parseArgs } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { benchData } from './lib/data.mjs';
import { loadPith } from './lib/load-dist.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args, positionals } = parseArgs({
  options: { set: { type: 'string', default: 'aeb' }, data: { type: 'string' }, first: { type: 'string', default: '8' } },
  allowPositionals: true,
});
const dir = join(benchData(args.data), 'extraction', args.set, 'html');
const pages = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort()
  .map((f) => new TextDecoder().decode(gunzipSync(readFileSync(join(dir, f)))));
let t0 = performance.now();
const pith = await loadPith(resolve(positionals[0] ?? join(ROOT, 'dist')));
const loadMs = performance.now() - t0;
t0 = performance.now();
pith.read('<p>hi</p>', { format: 'html' });
const tinyMs = performance.now() - t0;
const passes = [[], []];
for (const times of passes) {
  for (const page of pages) {
    t0 = performance.now();
    pith.read(page, { format: 'html' });
    times.push(performance.now() - t0);
  }
}
const sum = (a) => a.reduce((s, x) => s + x, 0);
const n = Number(args.first);
console.log(`load ${loadMs.toFixed(1)} ms; a 9-byte page first: ${tinyMs.toFixed(2)} ms`);
console.log(`first ${n} pages, ms (first pass / second pass): ` +
  passes[0].slice(0, n).map((t, i) => `${t.toFixed(2)}/${passes[1][i].toFixed(2)}`).join(' '));
const batches = [];
for (let b = 0; b < pages.length; b += 32) batches.push((sum(passes[0].slice(b, b + 32)) - sum(passes[1].slice(b, b + 32))).toFixed(1));
console.log(`total ${sum(passes[0]).toFixed(1)} ms first pass, ${sum(passes[1]).toFixed(1)} ms second; ` +
  `first pass's extra ms by batch of 32: ${batches.join(' ')}`);
