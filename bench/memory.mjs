#!/usr/bin/env node
// Resident memory of a whole run over one extraction set (issue 4: "pith's whole aeb run under
// 100 MB resident").
//
//   node bench/memory.mjs [--set aeb|wcxb-dev] [--data DIR]
//
// Each measurement is a fresh Node process that reads and gunzips every page of the set in turn,
// as a user's batch job would, and reports its peak resident set (getrusage maxRSS):
//   node only  — the same loop without pith (Node's own baseline plus the file buffers);
//   pith       — the loop calling pith.read(bytes, { format: 'html' }) on each page;
//   Readability.js + linkedom — the loop calling the peer on the page decoded as UTF-8.
// Nothing is kept between pages, so the peak is what one page at a time costs.

import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { benchData } from './lib/data.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

const { values: args } = parseArgs({
  options: {
    set: { type: 'string', default: 'aeb' },
    data: { type: 'string' },
    child: { type: 'string' },
    dir: { type: 'string' },
  },
});

async function child(mode, dir) {
  let run = () => {};
  if (mode === 'pith') {
    const { createPith } = await import(new URL('../dist/node.js', import.meta.url).href);
    const pith = await createPith();
    run = (bytes) => pith.read(bytes, { format: 'html' }).blocks.length;
  } else if (mode === 'readability') {
    const { Readability } = await import('@mozilla/readability');
    const { parseHTML } = await import('linkedom');
    run = (bytes) => {
      const { document } = parseHTML(new TextDecoder('utf-8').decode(bytes));
      return new Readability(document).parse()?.textContent?.length ?? 0;
    };
  }
  let pages = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.html.gz')).sort()) {
    run(new Uint8Array(gunzipSync(readFileSync(join(dir, f)))));
    pages++;
  }
  process.stdout.write(JSON.stringify({ pages, maxRssKiB: process.resourceUsage().maxRSS }));
}

if (args.child) {
  await child(args.child, args.dir);
} else {
  const dataArg = benchData(args.data);
  const dir = [join(dataArg, 'extraction', args.set, 'html'), join(dataArg, args.set, 'html')]
    .find((d) => existsSync(d));
  if (!dir) {
    console.error(`bench/memory: no ${args.set}/html under ${dataArg}`);
    process.exit(2);
  }
  const hasPeer = existsSync(join(ROOT, 'node_modules/@mozilla/readability')) && existsSync(join(ROOT, 'node_modules/linkedom'));
  const modes = ['none', 'pith', ...(hasPeer ? ['readability'] : [])];
  const label = { none: 'node only (same loop, no reader)', pith: 'pith (WASM)', readability: 'Readability.js + linkedom' };
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  console.log(`pith ${version} bench:memory — ${args.set}, ${dir}; peak resident set of a fresh process per row`);
  for (const mode of modes) {
    const out = JSON.parse(execFileSync(process.execPath, [SELF, '--child', mode, '--dir', dir], { maxBuffer: 1 << 20 }).toString());
    console.log(`${label[mode].padEnd(36)} ${out.pages} pages  max RSS ${(out.maxRssKiB / 1024).toFixed(1)} MiB`);
  }
}
