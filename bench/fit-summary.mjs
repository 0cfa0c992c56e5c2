// Fits the summarizer's sentence-score weights (core/src/summarize/weights.h) by ridge regression of
// each sentence's own ROUGE against the reference highlights, and reports what the fitted weights
// score on articles they were NOT fitted on (2-fold cross-validation), next to Lead-3.
//
//   node bench/fit-summary.mjs [--data DIR] [--lambda 1] [--redundancy 0.3]
//
// Needs the native build (build/pith_summary_tool). Selection is the engine's own (the tool calls
// summarize_with), so the held-out figures are what the shipped code would score with those weights.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rougeScores } from './lib/rouge.mjs';
import { benchData } from './lib/data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const dataDir = benchData(opt('data'));
const lambda = Number(opt('lambda', '1'));
const redundancy = Number(opt('redundancy', '0.3'));
const tool = path.join(root, 'build/pith_summary_tool');

const rows = fs.readFileSync(path.join(dataDir, 'summarization/cnn-val1000.jsonl'), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pith-fit-'));
const files = rows.map((r, i) => {
  const f = path.join(tmp, `${String(i).padStart(4, '0')}.txt`);
  fs.writeFileSync(f, r.article);
  return f;
});

function runTool(argsList) {
  const out = [];
  for (let i = 0; i < files.length; i += 200) {
    const chunk = argsList(files.slice(i, i + 200));
    out.push(...execFileSync(tool, chunk, { maxBuffer: 1 << 30 }).toString().trim().split('\n').map((l) => JSON.parse(l)));
  }
  return out;
}

// Features and a label per sentence: 1 when the greedy oracle (the three sentences that together
// score best against the highlights) takes it, else 0. Labels on single sentences' own ROUGE were
// tried first and reward centrality so much that the fit lost to Lead-3 held out.
const analysed = runTool((chunk) => ['features', ...chunk]);
const names = analysed[0].names;
function oracle(sents, reference) {
  const chosen = [];
  let best = 0;
  for (let step = 0; step < 3; step++) {
    let pick = -1;
    for (let i = 0; i < sents.length; i++) {
      if (chosen.includes(i)) continue;
      const cand = [...chosen, i].sort((a, b) => a - b).map((j) => sents[j].text).join('\n');
      const sc = rougeScores(reference, cand);
      const v = sc.rouge1.fmeasure + sc.rouge2.fmeasure;
      if (v > best) { best = v; pick = i; }
    }
    if (pick < 0) break;
    chosen.push(pick);
  }
  return new Set(chosen);
}
const data = analysed.map((a, i) => {
  const take = oracle(a.sentences.slice(0, 60), rows[i].summary);
  return a.sentences.map((s, j) => ({ x: s.features, y: take.has(j) ? 1 : 0 }));
});

function fitRidge(articles) {
  const k = names.length;
  const A = Array.from({ length: k }, () => new Float64Array(k));
  const b = new Float64Array(k);
  for (const sents of articles) for (const { x, y } of sents) {
    for (let i = 0; i < k; i++) {
      b[i] += x[i] * y;
      for (let j = 0; j < k; j++) A[i][j] += x[i] * x[j];
    }
  }
  for (let i = 1; i < k; i++) A[i][i] += lambda;  // the bias is not shrunk
  // Gaussian elimination with partial pivoting on the k×k normal equations.
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    if (Math.abs(M[c][c]) < 1e-12) continue;
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let j = c; j <= k; j++) M[r][j] -= f * M[c][j];
    }
  }
  return M.map((row, i) => (Math.abs(row[i]) < 1e-12 ? 0 : row[k] / row[i]));
}

function evaluate(weights, indices) {
  const picked = new Map();
  const sel = new Set(indices);
  for (let i = 0; i < files.length; i += 200) {
    const chunk = files.slice(i, i + 200).filter((_, j) => sel.has(i + j));
    if (!chunk.length) continue;
    const out = execFileSync(tool, ['summarize', [...weights, redundancy].join(','), '3', ...chunk], { maxBuffer: 1 << 30 });
    for (const line of out.toString().trim().split('\n')) {
      const r = JSON.parse(line);
      picked.set(r.file, r.sentences);
    }
  }
  const sum = { r1: 0, r2: 0, rlsum: 0, lead1: 0, lead2: 0, leadlsum: 0 };
  for (const i of indices) {
    const sc = rougeScores(rows[i].summary, picked.get(files[i]).join('\n'));
    const lead = rougeScores(rows[i].summary, analysed[i].sentences.slice(0, 3).map((s) => s.text).join('\n'));
    sum.r1 += sc.rouge1.fmeasure; sum.r2 += sc.rouge2.fmeasure; sum.rlsum += sc.rougeLsum.fmeasure;
    sum.lead1 += lead.rouge1.fmeasure; sum.lead2 += lead.rouge2.fmeasure; sum.leadlsum += lead.rougeLsum.fmeasure;
  }
  const n = indices.length;
  const f = (v) => (100 * v / n).toFixed(2);
  return { pith: `${f(sum.r1)} / ${f(sum.r2)} / ${f(sum.rlsum)}`, lead: `${f(sum.lead1)} / ${f(sum.lead2)} / ${f(sum.leadlsum)}` };
}

const even = rows.map((_, i) => i).filter((i) => i % 2 === 0);
const odd = rows.map((_, i) => i).filter((i) => i % 2 === 1);
console.log(`ridge lambda ${lambda}, redundancy ${redundancy}; ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1 x100`);
for (const [fitOn, testOn, label] of [[even, odd, 'fit even, test odd'], [odd, even, 'fit odd, test even']]) {
  const w = fitRidge(fitOn.map((i) => data[i]));
  const r = evaluate(w, testOn);
  console.log(`${label.padEnd(20)} pith ${r.pith}   Lead-3 ${r.lead}`);
}
const all = rows.map((_, i) => i);
const w = fitRidge(all.map((i) => data[i]));
console.log(`${'fit all, test all'.padEnd(20)} pith ${evaluate(w, all).pith} (in-sample)`);
console.log('\nweights for core/src/summarize/weights.h:');
names.forEach((n, i) => console.log(`    /* ${n} */ ${w[i].toFixed(4)},`));
fs.rmSync(tmp, { recursive: true, force: true });
