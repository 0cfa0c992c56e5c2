#!/usr/bin/env node
// Do two native builds read the bench pages the same? For speed work, where any change in output
// is a bug: every page of the sets is read with `read --json` by both CLIs and the outputs compared.
//
//   node bench/same-output.mjs PITH_A PITH_B [--data DIR] [--wcxb N] [--show N]
//
// PITH_A / PITH_B are two builds of the CLI (build/pith of two checkouts). Pages: the 181 aeb HTML
// pages, the first N wcxb-dev pages by name (default 400) and the 181 aeb text pastes, each given to
// the CLI as a file (gunzipped to a temporary folder). Prints how many differ and the first few.

import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { benchData } from './lib/data.mjs';

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

const read = (cli, p) => {
  try {
    return execFileSync(cli, ['read', '--json', '--format', p.format, p.file], {
      maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'],
    }).toString();
  } catch (err) {
    return `exit ${err.status}: ${err.stderr}`;
  }
};
const differ = pages.filter((p) => read(a, p) !== read(b, p)).map((p) => p.name);
rmSync(tmp, { recursive: true, force: true });
console.log(`${pages.length} pages: ${differ.length} differ`);
for (const name of differ.slice(0, Number(args.show))) console.log(`  ${name}`);
process.exit(differ.length === 0 ? 0 : 1);
