#!/usr/bin/env node
// The two ways a string reaches the engine, in one build and one process: TextEncoder.encodeInto
// into the heap (browsers), and the string's UTF-16 code units copied by Node's Buffer.ucs2Write and
// encoded by the engine (the Node entry's copyUtf16; wasm/api.js). Both read every page of the set
// in turn (bench/lib/alternate.mjs), after 40 warm-up pages each.
//
//   node bench/string-input.mjs [DIST] [--set aeb|wcxb-dev] [--data DIR] [--reps N]
//
// DIST is a package folder holding node.js (default dist/).

import { parseArgs } from 'node:util';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { benchData } from './lib/data.mjs';
import { timeAlternating } from './lib/alternate.mjs';
import { loadPith } from './lib/load-dist.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args, positionals } = parseArgs({
  options: { set: { type: 'string', default: 'aeb' }, data: { type: 'string' }, reps: { type: 'string', default: '8' } },
  allowPositionals: true,
});
const dist = resolve(positionals[0] ?? join(ROOT, 'dist'));
const dir = join(benchData(args.data), 'extraction', args.set, 'html');
if (!existsSync(dir)) {
  console.error(`bench/string-input: no ${dir}`);
  process.exit(2);
}
if (!existsSync(join(dist, 'node.js'))) {
  console.error(`bench/string-input: ${dist} holds no node.js (the Node entry brings the UTF-16 copy)`);
  process.exit(2);
}
const reps = Number(args.reps);
if (!Number.isInteger(reps) || reps < 1) {
  console.error(`bench/string-input: --reps must be a whole number, got "${args.reps}"`);
  process.exit(2);
}
// The Node entry (node.js) brings its copyUtf16; the same build's api.js without a host brings
// encodeInto, as in a browser. Two instances of one build.
const base = pathToFileURL(dist + '/').href;
const { default: createCore } = await import(base + 'pith-core.mjs');
const { createApi } = await import(base + 'api.js');
const encoded = createApi(await createCore({ wasmBinary: readFileSync(join(dist, 'pith-core.wasm')) }));
const copied = await loadPith(dist);

const decoder = new TextDecoder();
const pages = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort()
  .map((f) => decoder.decode(gunzipSync(readFileSync(join(dir, f)))));
for (const p of pages.slice(0, 40)) {
  encoded.read(p, { format: 'html' });
  copied.read(p, { format: 'html' });
}
const [te, tc] = timeAlternating(encoded, copied, pages, reps);
const n = pages.length * reps;
console.log(`${args.set}, ${pages.length} pages × ${reps}: encodeInto ${(te / n).toFixed(3)} ms/page, ` +
  `UTF-16 copy ${(tc / n).toFixed(3)} ms/page, ${((1 - tc / te) * 100).toFixed(1)}% less`);
