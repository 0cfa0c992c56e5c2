#!/usr/bin/env node
// Do two builds read the bench pages the same? For speed work, where any change in output is a
// bug: every page of the sets is read by both builds and the outputs compared.
//
//   node bench/same-output.mjs PITH_A PITH_B [--data DIR] [--wcxb N] [--show N]
//
// PITH_A / PITH_B are two builds of the CLI (build/pith of two checkouts), each page read with
// `read --json`, or two package folders (dist/ of two checkouts, holding node.js), each page read
// by the package as a decoded string, as bench/extract.mjs hands it over (a CLI against a package
// differs on pages that are not UTF-8: the CLI sniffs their bytes). A page that a build cannot read
// at all is a failure, not a match. Pages: the 181 aeb HTML pages, the first N wcxb-dev pages by
// name (default 400) and the 181 aeb text pastes, gunzipped to a temporary folder. Prints how many
// differ and the first few.

import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { benchData } from './lib/data.mjs';
import { loadPith } from './lib/load-dist.mjs';

const { values: args, positionals } = parseArgs({
  options: { data: { type: 'string' }, wcxb: { type: 'string', default: '400' }, show: { type: 'string', default: '10' } },
  allowPositionals: true,
});
if (positionals.length !== 2) {
  console.error('usage: node bench/same-output.mjs PITH_A PITH_B [--data DIR] [--wcxb N] [--show N]');
  process.exit(2);
}
const [a, b] = positionals.map((p) => resolve(p));
const wcxbPages = Number(args.wcxb);
if (!Number.isInteger(wcxbPages) || wcxbPages < 0) {
  console.error(`bench/same-output: --wcxb must be a whole number, got "${args.wcxb}"`);
  process.exit(2);
}
const data = join(benchData(args.data), 'extraction');
for (const need of [a, b, join(data, 'aeb')]) {
  if (!existsSync(need)) {
    console.error(`bench/same-output: no ${need}`);
    process.exit(2);
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'pith-same-'));
const pages = []; // { name, file, format }
function htmlPages(set, limit) {
  const dir = join(data, set, 'html');
  const names = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().slice(0, limit);
  for (const f of names) {
    const file = join(tmp, `${set}-${f.slice(0, -3)}`);
    writeFileSync(file, gunzipSync(readFileSync(join(dir, f))));
    pages.push({ name: `${set}/${f}`, file, format: 'html' });
  }
}
htmlPages('aeb', Infinity);
if (existsSync(join(data, 'wcxb-dev'))) htmlPages('wcxb-dev', wcxbPages);
const textDir = join(data, 'aeb', 'text');
if (existsSync(textDir)) {
  for (const f of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    pages.push({ name: `aeb/text/${f}`, file: join(textDir, f), format: 'text' });
  }
}

// A reader per build: the CLI's JSON text, or the package's Document written as the CLI writes it
// (JSON.stringify keeps the engine's key order). null when the page could not be read.
async function readerFor(build) {
  if (statSync(build).isDirectory()) {
    if (!existsSync(join(build, 'node.js'))) throw new Error(`${build} holds no node.js`);
    const pith = await loadPith(build);
    const decoder = new TextDecoder();
    return (p) => {
      try {
        return JSON.stringify(pith.read(decoder.decode(readFileSync(p.file)), { format: p.format }));
      } catch (err) {
        return null;
      }
    };
  }
  accessSync(build, constants.X_OK);
  return (p) => {
    try {
      const out = execFileSync(build, ['read', '--json', '--format', p.format, p.file], {
        maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'],
      }).toString();
      return JSON.stringify(JSON.parse(out));
    } catch (err) {
      return null;
    }
  };
}
let readers;
try {
  readers = [await readerFor(a), await readerFor(b)];
} catch (err) {
  console.error(`bench/same-output: ${err.message}`);
  process.exit(2);
}
const differ = [];
const failed = [];
for (const p of pages) {
  const [x, y] = readers.map((r) => r(p));
  if (x === null || y === null) failed.push(p.name);
  else if (x !== y) differ.push(p.name);
}
rmSync(tmp, { recursive: true, force: true });
console.log(`${pages.length} pages: ${differ.length} differ` + (failed.length ? `, ${failed.length} not read by one build` : ''));
for (const name of differ.slice(0, Number(args.show))) console.log(`  ${name}`);
for (const name of failed.slice(0, Number(args.show))) console.log(`  not read: ${name}`);
process.exit(differ.length === 0 && failed.length === 0 ? 0 : 1);
