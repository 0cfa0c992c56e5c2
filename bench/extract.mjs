#!/usr/bin/env node
// Main-text extraction benchmark (issues 3 and 4).
//
//   node bench/extract.mjs [--input text|html] [--set aeb|wcxb-dev|all] [--data DIR]
//                          [--limit N] [--peer readability|none] [--dump DIR]
//
// Data: DIR (or $PITH_BENCH, default ../shared/bench beside the repo) holds
// extraction/<set>/{html/<id>.html.gz, text/<id>.txt, ground-truth.json}; gold = articleBody.
// The data is evaluation-only and never part of the repo.
//
// Score: the article-extraction-benchmark's (bench/lib/shingles.mjs). pith's prediction is
// doc.blocks.map(b => b.text).join('\n') — no title (the gold articleBody leaves it out).
//
// --input text: pith reads text/<id>.txt (format 'text'); baseline = the whole page text unchanged,
//   checked against the figures in ../shared/bench/README.md (a check of this scorer).
// --input html: pith and the peer (Readability.js 0.6.0 on linkedom 0.18.12) are given the same
//   decoded HTML: the gunzipped bytes decoded as UTF-8 into a string (decoding is outside both
//   timings; pith's time includes handing the string to WebAssembly). --html-as bytes gives pith
//   the raw bytes instead (pith sniffs the encoding: <meta charset>, BOM), as a file or the CLI does. Pages are processed in small batches: pith over the batch,
//   then the peer over the same batch, so neither's garbage collection lands in the other's timing.
// --passes N: after the scored pass, N-1 more timed passes over the same pages (both readers), to
//   tell warm-up (the first pass, which the ratio above counts) from the steady state.
// --dump DIR: writes DIR/<set>/<id>.txt (pith's prediction) and DIR/<set>/scores.tsv.

import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { scorePage, summarize, precisionScore, recallScore } from './lib/shingles.mjs';
import { EXTRACTION_SETS as SETS, benchData, setsNamed } from './lib/data.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BATCH = 32;

// Figures measured with the same score, from ../shared/bench/README.md.
const REFERENCE = {
  text: { aeb: { f1: 0.694, precision: 0.534, recall: 0.993 }, 'wcxb-dev': { f1: 0.718 } },
  html: { aeb: { f1: 0.947 }, 'wcxb-dev': {} }, // Readability.js; wcxb-dev 0.764 was with jsdom
};
const TOLERANCE = 0.002;

const USAGE = `usage: node bench/extract.mjs [--input text|html] [--set aeb|wcxb-dev|all] [--data DIR]
                              [--limit N] [--peer readability|none] [--dump DIR]
  --input   text (paste use case, default) or html
  --set     aeb, wcxb-dev or all (default all)
  --data    benchmark folder (default $PITH_BENCH or ../shared/bench beside the repo)
  --limit   only the first N pages of each set (skips the baseline checks)
  --peer    html only: readability (default) or none
  --dump    write pith's prediction per page and per-page scores under DIR/<set>/
  --passes  N timed passes (default 1); passes after the first print their own ms/page and ratio
  --html-as html only: string (default; the decoded HTML the peer gets too) or bytes (pith sniffs
            the encoding itself; always so with --engine cli)
  --dist    the package build to time (default dist/), e.g. an older build kept for comparison`;

function fail(message) {
  console.error(`bench/extract: ${message}\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      input: { type: 'string', default: 'text' },
      set: { type: 'string', default: 'all' },
      data: { type: 'string' },
      limit: { type: 'string' },
      peer: { type: 'string', default: 'readability' },
      dump: { type: 'string' },
      engine: { type: 'string', default: 'wasm' },
      dist: { type: 'string' },
      'html-as': { type: 'string', default: 'string' },
      passes: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (err) {
  fail(err.message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!['text', 'html'].includes(args.input)) fail(`--input must be text or html, got "${args.input}"`);
if (!setsNamed(args.set)) fail(`--set must be aeb, wcxb-dev or all, got "${args.set}"`);
if (!['readability', 'none'].includes(args.peer)) fail(`--peer must be readability or none, got "${args.peer}"`);
const passes = Number(args.passes);
if (!Number.isInteger(passes) || passes < 1 || passes > 20) fail(`--passes must be an integer from 1 to 20, got "${args.passes}"`);
let limit = Infinity;
if (args.limit !== undefined) {
  limit = Number(args.limit);
  if (!Number.isInteger(limit) || limit < 1) fail(`--limit must be a positive integer, got "${args.limit}"`);
}

function extractionDir(dir) {
  const d = resolve(dir);
  if (existsSync(join(d, 'extraction'))) return join(d, 'extraction');
  if (SETS.some((s) => existsSync(join(d, s, 'ground-truth.json')))) return d;
  return null;
}
const dataArg = benchData(args.data);
const DATA = extractionDir(dataArg);
if (!DATA) fail(`no benchmark data under ${dataArg} (expected extraction/<set>/ground-truth.json)`);

const sets = setsNamed(args.set);
const input = args.input;
const usePeer = input === 'html' && args.peer === 'readability';
if (!['string', 'bytes'].includes(args['html-as'])) fail(`--html-as must be string or bytes, got "${args['html-as']}"`);
// The CLI reads bytes and sniffs their encoding; it has no way to be told they are already UTF-8.
const htmlAsString = input === 'html' && args['html-as'] === 'string' && args.engine !== 'cli';

// --engine cli runs the native build/pith on each page instead of the WASM package: the same core,
// for measuring a core change while the WASM build is elsewhere in progress. Timings then include
// a process start per page and are not comparable.
if (!['wasm', 'cli'].includes(args.engine)) fail(`--engine must be wasm or cli, got "${args.engine}"`);
const { execFileSync } = await import('node:child_process');
const cliRead = (arg, format) => JSON.parse(execFileSync(join(ROOT, 'build', 'pith'), ['read', '--json', '--format', format, '-'],
  { input: arg, maxBuffer: 1 << 30 }).toString());
const distDir = resolve(args.dist ?? join(ROOT, 'dist'));
const { createPith } = await import(pathToFileURL(join(distDir, 'node.js')).href).catch((err) => {
  fail(`cannot load ${join(distDir, 'node.js')} (run npm run build first): ${err.message}`);
});
const pith = await createPith();

let peerRun = null;
let peerName = '';
if (usePeer) {
  let Readability, parseHTML;
  try {
    ({ Readability } = await import('@mozilla/readability'));
    ({ parseHTML } = await import('linkedom'));
  } catch (err) {
    fail(`--peer readability needs the dev dependencies @mozilla/readability and linkedom (npm install): ${err.message}`);
  }
  const rv = JSON.parse(readFileSync(join(ROOT, 'node_modules/@mozilla/readability/package.json'), 'utf8')).version;
  const lv = JSON.parse(readFileSync(join(ROOT, 'node_modules/linkedom/package.json'), 'utf8')).version;
  peerName = `Readability.js ${rv} + linkedom ${lv}`;
  peerRun = (html) => {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    return article?.textContent ?? '';
  };
}

const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const pageF1 = (s) => {
  const p = precisionScore(s.tp, s.fp, s.fn);
  const r = recallScore(s.tp, s.fp, s.fn);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
};

function row(name, m, times) {
  const cols = [name.padEnd(42), f3(m.f1), f3(m.precision), f3(m.recall), f3(m.accuracy)];
  if (times) {
    const total = sum(times);
    cols.push(ms(total / times.length).padStart(8), ms(median(times)).padStart(8), (times.length / (total / 1000)).toFixed(0).padStart(8));
  }
  return cols.join('  ');
}
const HEADER = ['system'.padEnd(42), 'F1   ', 'P    ', 'R    ', 'acc  ', 'ms/page'.padStart(8), 'median'.padStart(8), 'pages/s'.padStart(8)].join('  ');

function listFailures(label, failures) {
  if (!failures.length) return;
  console.log(`${label} failed on ${failures.length} page(s) (scored as empty):`);
  for (const f of failures.slice(0, 20)) console.log(`  ${f.id}: ${f.message.slice(0, 160)}`);
  if (failures.length > 20) console.log(`  … and ${failures.length - 20} more`);
}

function check(label, got, want) {
  const lines = [];
  let ok = true;
  for (const key of ['f1', 'precision', 'recall']) {
    if (want[key] === undefined) continue;
    const pass = Math.abs(got[key] - want[key]) <= TOLERANCE + 1e-9;
    ok &&= pass;
    lines.push(`${key} ${f3(got[key])} vs ${want[key].toFixed(3)}`);
  }
  console.log(`check: ${label}: ${lines.join(', ')} (README, ±${TOLERANCE}) → ${ok ? 'PASS' : 'FAIL'}`);
  return ok;
}

// One page's input as each reader is given it (decoding is outside both timings).
function loadPage(dir, id) {
  const file = input === 'text' ? join(dir, 'text', `${id}.txt`) : join(dir, 'html', `${id}.html.gz`);
  let bytes = new Uint8Array(0);
  const found = existsSync(file);
  if (found) {
    const raw = readFileSync(file);
    bytes = new Uint8Array(input === 'html' ? gunzipSync(raw) : raw);
  }
  const text = input === 'text' || usePeer || htmlAsString ? new TextDecoder('utf-8').decode(bytes) : null;
  return { found, bytes, text };
}

// A later pass: the same pages, the same batching, times only.
function timedPass(dir, ids) {
  const pithMs = [];
  const peerMs = [];
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH).map((id) => loadPage(dir, id));
    for (const p of batch) {
      const arg = input === 'text' || htmlAsString ? p.text : p.bytes;
      const t0 = performance.now();
      try {
        if (args.engine === 'cli') cliRead(arg, input);
        else pith.read(arg, { format: input });
      } catch {
        // failures were listed by the scored pass
      }
      pithMs.push(performance.now() - t0);
    }
    if (!usePeer) continue;
    for (const p of batch) {
      const t0 = performance.now();
      try {
        peerRun(p.text);
      } catch {
        // as above
      }
      peerMs.push(performance.now() - t0);
    }
  }
  return { pithMs, peerMs };
}

let checksFailed = 0;
console.log(`pith ${pith.version} bench:extract — input ${input}${input === "html" ? (htmlAsString ? " (pith given the decoded string)" : " (pith given the bytes)") : ""}, data ${DATA}, sets ${sets.join(', ')}` +
  (Number.isFinite(limit) ? `, first ${limit} pages` : ''));

for (const set of sets) {
  const dir = join(DATA, set);
  const goldPath = join(dir, 'ground-truth.json');
  if (!existsSync(goldPath)) {
    console.log(`\n== ${set}: no ${goldPath}, skipped ==`);
    continue;
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const ids = Object.keys(gold).slice(0, limit);
  const dumpDir = args.dump ? join(resolve(args.dump), set) : null;
  if (dumpDir) mkdirSync(dumpDir, { recursive: true });

  const pages = []; // {id, type, pith: score, peer: score, pithMs, peerMs}
  const pithFailures = [];
  const peerFailures = [];
  const missing = [];

  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH).map((id) => {
      const page = loadPage(dir, id);
      if (!page.found) missing.push(id);
      return { id, bytes: page.bytes, text: page.text, truth: gold[id]?.articleBody ?? '' };
    });

    // pith over the batch. Text input is handed over as a string (what a paste gives);
    // HTML input as the raw bytes (pith sniffs the encoding).
    for (const p of batch) {
      const arg = input === 'text' || htmlAsString ? p.text : p.bytes;
      let pred = '';
      const t0 = performance.now();
      try {
        const doc = args.engine === 'cli' ? cliRead(arg, input) : pith.read(arg, { format: input });
        p.pithMs = performance.now() - t0;
        pred = doc.blocks.map((b) => b.text).join('\n');
      } catch (err) {
        p.pithMs = performance.now() - t0;
        pithFailures.push({ id: p.id, message: String(err?.message ?? err) });
      }
      p.pithPred = pred;
    }
    // the baseline or the peer over the same batch
    for (const p of batch) {
      if (input === 'text') {
        p.peerPred = p.text;
      } else if (usePeer) {
        const t0 = performance.now();
        try {
          p.peerPred = peerRun(p.text);
        } catch (err) {
          p.peerPred = '';
          peerFailures.push({ id: p.id, message: String(err?.message ?? err) });
        }
        p.peerMs = performance.now() - t0;
      }
    }
    for (const p of batch) {
      const page = {
        id: p.id,
        type: gold[p.id]?.page_type ?? '',
        pith: scorePage(p.truth, p.pithPred),
        pithMs: p.pithMs,
      };
      if (p.peerPred !== undefined) page.peer = scorePage(p.truth, p.peerPred);
      if (p.peerMs !== undefined) page.peerMs = p.peerMs;
      pages.push(page);
      if (dumpDir) writeFileSync(join(dumpDir, `${p.id}.txt`), p.pithPred);
    }
  }

  const peerLabel = input === 'text' ? 'whole page unchanged (baseline)' : peerName;
  const hasPeer = input === 'text' || usePeer;
  console.log(`\n== ${set}/${input} (${pages.length} pages) ==`);
  console.log(HEADER);
  const pithM = summarize(pages.map((p) => p.pith));
  console.log(row('pith', pithM, pages.map((p) => p.pithMs)));
  let peerM = null;
  if (hasPeer) {
    peerM = summarize(pages.map((p) => p.peer));
    console.log(row(peerLabel, peerM, usePeer ? pages.map((p) => p.peerMs) : null));
  }

  const types = [...new Set(pages.map((p) => p.type).filter(Boolean))].sort();
  if (types.length) {
    const arts = pages.filter((p) => p.type === 'article');
    if (arts.length) {
      console.log(`articles only (page_type == "article", ${arts.length} pages):`);
      console.log(row('  pith', summarize(arts.map((p) => p.pith)), null));
      if (hasPeer) console.log(row(`  ${peerLabel}`, summarize(arts.map((p) => p.peer)), null));
    }
    console.log(`by page_type, F1 pith${hasPeer ? ' / ' + (input === 'text' ? 'baseline' : 'peer') : ''}:`);
    console.log('  ' + types.map((t) => {
      const sub = pages.filter((p) => p.type === t);
      const a = f3(summarize(sub.map((p) => p.pith)).f1);
      const b = hasPeer ? '/' + f3(summarize(sub.map((p) => p.peer)).f1) : '';
      return `${t} (${sub.length}) ${a}${b}`;
    }).join(', '));
  }

  if (usePeer) {
    const pt = sum(pages.map((p) => p.pithMs));
    const rt = sum(pages.map((p) => p.peerMs));
    console.log(`time: pith ${ms(pt)} ms total (${ms(pt / pages.length)} ms/page) vs Readability ${ms(rt)} ms total ` +
      `(${ms(rt / pages.length)} ms/page) → pith ${(rt / pt).toFixed(1)}× faster ` +
      `(median page ${ms(median(pages.map((p) => p.pithMs)))} vs ${ms(median(pages.map((p) => p.peerMs)))} ms)`);
  } else {
    const pt = sum(pages.map((p) => p.pithMs));
    console.log(`time: pith ${ms(pt)} ms total, ${ms(pt / pages.length)} ms/page, ${(pages.length / (pt / 1000)).toFixed(0)} pages/s`);
  }

  if (passes > 1) {
    // Where the first pass's extra time lies: V8 compiles and optimises pith's WebAssembly while
    // the first batches are read (bench/tierup.mjs).
    const batches = [];
    for (let start = 0; start < pages.length; start += BATCH) {
      const b = pages.slice(start, start + BATCH);
      batches.push(ms(sum(b.map((p) => p.pithMs)) / b.length));
    }
    console.log(`pass 1 by batch of ${BATCH} pages: pith ${batches.join(' ')} ms/page`);
  }
  for (let pass = 2; pass <= passes; ++pass) {
    const t = timedPass(dir, pages.map((p) => p.id));
    const pt = sum(t.pithMs);
    let line = `pass ${pass}: pith ${ms(pt / t.pithMs.length)} ms/page (median ${ms(median(t.pithMs))})`;
    if (usePeer) {
      const rt = sum(t.peerMs);
      line += ` vs Readability ${ms(rt / t.peerMs.length)} ms/page (median ${ms(median(t.peerMs))}) → ${(rt / pt).toFixed(1)}×`;
    }
    console.log(line);
  }

  const ref = REFERENCE[input][set];
  if (hasPeer && ref && Object.keys(ref).length) {
    if (Number.isFinite(limit) && limit < Object.keys(gold).length) {
      console.log('check: skipped (--limit)');
    } else if (input === 'text') {
      if (!check(`${set} whole-page baseline`, peerM, ref)) checksFailed++;
    } else {
      // informational: Readability's figure also depends on the DOM library
      check(`${set} ${peerName}`, peerM, ref);
    }
  }
  if (input === 'html' && set === 'wcxb-dev' && usePeer) {
    console.log('reference: README gives Readability.js + jsdom 0.764 on wcxb-dev');
  }

  if (missing.length) console.log(`missing input files (scored as empty): ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ' …' : ''}`);
  listFailures('pith', pithFailures);
  listFailures('Readability', peerFailures);

  if (dumpDir) {
    const lines = [['id', 'page_type', 'pith_p', 'pith_r', 'pith_f1', hasPeer ? 'peer_f1' : null, 'pith_ms'].filter(Boolean).join('\t')];
    for (const p of pages) {
      const s = p.pith;
      lines.push([p.id, p.type, precisionScore(s.tp, s.fp, s.fn).toFixed(3), recallScore(s.tp, s.fp, s.fn).toFixed(3),
        pageF1(s).toFixed(3), hasPeer ? pageF1(p.peer).toFixed(3) : null, p.pithMs.toFixed(2)].filter((x) => x !== null).join('\t'));
    }
    writeFileSync(join(dumpDir, 'scores.tsv'), lines.join('\n') + '\n');
    console.log(`dump: ${dumpDir}/<id>.txt and scores.tsv`);
  }
}

const mib = (b) => (b / 1048576).toFixed(1);
const wasm = typeof pith.memoryBytes === 'function' ? pith.memoryBytes() : undefined;
console.log(`\npith WASM memory: ${wasm === undefined ? 'n/a' : `${mib(wasm)} MiB`}; ` +
  `process max RSS: ${mib(process.resourceUsage().maxRSS * 1024)} MiB${usePeer ? ' (includes Readability + linkedom)' : ''}`);
if (checksFailed) {
  console.log(`${checksFailed} scorer check(s) FAILED`);
  process.exit(1);
}
