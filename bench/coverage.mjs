#!/usr/bin/env node
// How much of a page pith accounts for: of the words a reader sees on the page (its innerText, the
// set's text/<id>.txt), the share found again in pith's reading of the HTML — the article blocks,
// the title and byline, or the `removed` list. What is missing was dropped without a word.
//
//   node bench/coverage.mjs [--set aeb|wcxb-dev|all] [--data DIR] [--worst N]
//
// Words are compared as a multiset (each occurrence counts once), letters and digits only,
// lower-cased. Pages with fewer than 50 visible words are left out.

import { parseArgs } from 'node:util';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { benchData, setsNamed } from './lib/data.mjs';

const { values: args } = parseArgs({
  options: {
    set: { type: 'string', default: 'all' },
    data: { type: 'string' },
    worst: { type: 'string', default: '5' },
  },
});
const fail = (message) => {
  console.error(`bench/coverage: ${message}\nusage: node bench/coverage.mjs [--set aeb|wcxb-dev|all] [--data DIR] [--worst N]`);
  process.exit(2);
};
if (!setsNamed(args.set)) fail(`--set must be aeb, wcxb-dev or all, got "${args.set}"`);
const worst = Number(args.worst);
if (!Number.isInteger(worst) || worst < 0) fail(`--worst must be a whole number, got "${args.worst}"`);
const dataArg = benchData(args.data);
const sets = setsNamed(args.set);
const { createPith } = await import(new URL('../dist/node.js', import.meta.url).href);
const pith = await createPith();

const words = (s) => (s || '').toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];

function coverage(doc, visible) {
  const have = new Map();
  const add = (s) => { for (const w of words(s)) have.set(w, (have.get(w) || 0) + 1); };
  for (const b of doc.blocks) add(b.text);
  for (const r of doc.removed) add(r.text);
  add(doc.title);
  add(doc.byline);
  let found = 0;
  for (const w of visible) {
    const c = have.get(w) || 0;
    if (c > 0) {
      found++;
      have.set(w, c - 1);
    }
  }
  return found / visible.length;
}

console.log(`pith ${pith.version} bench:coverage — share of each page's visible words that pith's HTML reading accounts for`);
for (const set of sets) {
  const dir = join(resolve(dataArg), 'extraction', set);
  if (!existsSync(join(dir, 'html'))) {
    console.log(`${set}: no ${join(dir, 'html')}, skipped`);
    continue;
  }
  const rows = [];
  for (const f of readdirSync(join(dir, 'html')).filter((n) => n.endsWith('.html.gz')).sort()) {
    const id = f.slice(0, -'.html.gz'.length);
    const textFile = join(dir, 'text', `${id}.txt`);
    if (!existsSync(textFile)) continue;
    const visible = words(readFileSync(textFile, 'utf8'));
    if (visible.length < 50) continue;
    const doc = pith.read(new Uint8Array(gunzipSync(readFileSync(join(dir, 'html', f)))), { format: 'html' });
    rows.push({ id, share: coverage(doc, visible), words: visible.length });
  }
  if (!rows.length) {
    console.log(`${set}: no page with its text and at least 50 visible words, skipped`);
    continue;
  }
  const shares = rows.map((r) => r.share).sort((a, b) => a - b);
  const at = (q) => shares[Math.min(shares.length - 1, Math.floor(q * shares.length))];
  const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
  console.log(`${set}: ${rows.length} pages  mean ${mean.toFixed(3)}  p10 ${at(0.1).toFixed(3)}  median ${at(0.5).toFixed(3)}  min ${shares[0].toFixed(3)}`);
  rows.sort((a, b) => a.share - b.share);
  for (const r of rows.slice(0, worst)) console.log(`  ${r.share.toFixed(3)}  ${r.id} (${r.words} words)`);
}
