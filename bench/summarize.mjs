#!/usr/bin/env node
// Summarization benchmark: pith vs Lead-k vs TextRank-k on CNN/DailyMail
// (cnn-val1000), ROUGE-1/2/L/Lsum F1 x100 as rouge-score computes it with
// use_stemmer=True (bench/lib/rouge.mjs), and pith's time per article.
//
//   node bench/summarize.mjs [--data DIR] [--limit N] [--sentences K]
//
// DIR defaults to $PITH_BENCH, else ../shared/bench beside the repo root; the
// articles are read from DIR/summarization/cnn-val1000.jsonl (id, article,
// summary with one reference highlight per line).
//
// Systems, all on the same articles:
//   pith                     pith.read(article, {format:'text'}) + pith.summarize(doc, {sentences:K})
//   Lead-K (pith sentences)  the first K sentences of pith's own segmentation (from
//                            summarize with the largest budget), to separate
//                            selection from segmentation
//   Lead-K                   the first K sentences of the bench's splitter (bench/lib/split.mjs)
//   TextRank-K               TextRank over the bench's splitter (bench/lib/textrank.mjs)
// Candidate for ROUGE-Lsum: the chosen sentences joined by "\n"; reference: the
// highlights, one per line. Corpus score = mean F1 x 100.
//
// Check: with K = 3 on all 1,000 articles, Lead-3 must reproduce the reference
// figures of ../shared/bench/README.md within +-0.1 (exit code 1 otherwise).

import { readFileSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { rougeScores } from './lib/rouge.mjs';
import { splitSentences } from './lib/split.mjs';
import { textRank } from './lib/textrank.mjs';
import { benchData } from './lib/data.mjs';

const METRICS = ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'];
const REFERENCE_LEAD3 = [28.59, 10.59, 18.98, 25.36]; // ../shared/bench/README.md
const REFERENCE_TEXTRANK3 = [26.33, 8.92, 17.57, 23.12];
const TOLERANCE = 0.1;
const MAX_BUDGET = 1000; // pith.summarize's largest `sentences`
const WARMUP = 20;

function usage(msg) {
  if (msg) console.error(`bench/summarize: ${msg}`);
  console.error('usage: node bench/summarize.mjs [--data DIR] [--limit N] [--sentences K]');
  process.exit(2);
}

function parseArgs(argv) {
  const o = { data: benchData(), limit: Infinity, sentences: 3 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const [name, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (name === '--data') o.data = value();
    else if (name === '--limit') o.limit = Number(value());
    else if (name === '--sentences') o.sentences = Number(value());
    else if (name === '--help' || name === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  if (!o.data) usage('--data needs a directory');
  if (!(o.limit > 0)) usage('--limit must be a positive number');
  if (!Number.isInteger(o.sentences) || o.sentences < 1 || o.sentences > MAX_BUDGET) usage('--sentences must be an integer 1-1000');
  o.data = resolve(o.data);
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const file = join(opts.data, 'summarization', 'cnn-val1000.jsonl');
if (!existsSync(file)) {
  console.error(`bench/summarize: no data at ${file} (give --data DIR or PITH_BENCH)`);
  process.exit(2);
}
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, opts.limit)
  .map((l) => JSON.parse(l));

let createPith;
try {
  ({ createPith } = await import('pith'));
} catch (e) {
  console.error(`bench/summarize: cannot load pith (run \`npm run build\` first): ${e.message}`);
  process.exit(2);
}
const pith = await createPith();
const K = opts.sentences;

// A sentence as one line (Lsum splits the candidate on newlines).
const line = (s) => s.replace(/\s*\n\s*/g, ' ').trim();

// --- pith: warm up, then time read + summarize per article -------------------
for (const r of rows.slice(0, WARMUP)) pith.summarize(pith.read(r.article, { format: 'text' }), { sentences: K });
const times = [];
const pithOut = [];
for (const r of rows) {
  const t0 = performance.now();
  const doc = pith.read(r.article, { format: 'text' });
  const s = pith.summarize(doc, { sentences: K });
  times.push(performance.now() - t0);
  pithOut.push({ doc, chosen: s.sentences.map((x) => line(x.text)) });
}

// --- candidates of every system ---------------------------------------------
const systems = [
  { name: 'pith', pick: (r, i) => pithOut[i].chosen },
  {
    name: `Lead-${K} (pith sentences)`,
    pick: (r, i) => pith.summarize(pithOut[i].doc, { sentences: MAX_BUDGET }).sentences.slice(0, K).map((x) => line(x.text)),
  },
  { name: `Lead-${K}`, pick: (r) => splitSentences(r.article).slice(0, K).map(line) },
  {
    name: `TextRank-${K}`,
    pick: (r) => {
      const sents = splitSentences(r.article);
      return textRank(sents, K).map((j) => line(sents[j]));
    },
  },
];

const results = systems.map((sys) => {
  const sum = Object.fromEntries(METRICS.map((m) => [m, 0]));
  rows.forEach((r, i) => {
    const sc = rougeScores(r.summary, sys.pick(r, i).join('\n'));
    for (const m of METRICS) sum[m] += sc[m].fmeasure;
  });
  return { name: sys.name, scores: METRICS.map((m) => (sum[m] / rows.length) * 100) };
});

// --- report --------------------------------------------------------------------
const full = rows.length === 1000 && K === 3;
const table = [...results];
if (K === 3) {
  table.push({ name: 'Lead-3, reference (README)', scores: REFERENCE_LEAD3 });
  table.push({ name: 'TextRank-3, reference (README)', scores: REFERENCE_TEXTRANK3 });
}
const nameW = Math.max(...table.map((t) => t.name.length), 6);
const head = ['R-1', 'R-2', 'R-L', 'R-Lsum'].map((h) => h.padStart(7)).join('');
console.log(`cnn-val1000: ${rows.length} articles, ${K} sentences; ROUGE F1 x100 (rouge-score, use_stemmer=True)`);
console.log('');
console.log(`${'system'.padEnd(nameW)}${head}`);
for (const t of table) console.log(`${t.name.padEnd(nameW)}${t.scores.map((v) => v.toFixed(2).padStart(7)).join('')}`);

const sorted = [...times].sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
console.log('');
console.log(
  `pith read+summarize per article: mean ${mean.toFixed(3)} ms, median ${median.toFixed(3)} ms, ` +
    `p95 ${p95.toFixed(3)} ms, max ${sorted[sorted.length - 1].toFixed(3)} ms (${rows.length} articles, after ${Math.min(WARMUP, rows.length)} warm-up)`,
);

const lead = results.find((r) => r.name === 'Lead-3');
if (full && lead) {
  const diffs = lead.scores.map((v, i) => v - REFERENCE_LEAD3[i]);
  const worst = Math.max(...diffs.map(Math.abs));
  const ok = worst <= TOLERANCE + 1e-9;
  console.log(
    `Lead-3 check: ${ok ? 'PASS' : 'FAIL'} (${lead.scores.map((v) => v.toFixed(2)).join(' / ')} vs ` +
      `${REFERENCE_LEAD3.join(' / ')}; largest difference ${worst.toFixed(2)}, allowed ${TOLERANCE})`,
  );
  if (!ok) process.exitCode = 1;
} else {
  console.log('Lead-3 check: skipped (needs all 1,000 articles and --sentences 3)');
}
