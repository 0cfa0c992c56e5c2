// ROUGE as Google's rouge-score (rouge_scorer.RougeScorer) computes it with
// use_stemmer=True: ROUGE-N (clipped n-gram counts), ROUGE-L (LCS over the whole
// token sequence) and ROUGE-Lsum (summary-level union LCS over newline-separated
// sentences, with rouge-score's guard against double counting).
//
// Tokenization (rouge-score tokenize.tokenize):
//   lower-case; every run of characters outside [a-z0-9] becomes one space;
//   split on whitespace; Porter-stem (NLTK) tokens longer than 3 characters;
//   drop tokens that are empty or not ^[a-z0-9]+$.

import { stemCached } from './porter.mjs';

/** @returns {string[]} */
export function tokenize(text, { stem = true } = {}) {
  const parts = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(/\s+/);
  const out = [];
  for (const t of parts) {
    if (!t) continue;
    const s = stem && t.length > 3 ? stemCached(t) : t;
    if (/^[a-z0-9]+$/.test(s)) out.push(s);
  }
  return out;
}

/** scoring.fmeasure */
export function fmeasure(precision, recall) {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function score(precision, recall) {
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

function ngramCounts(tokens, n) {
  const m = new Map();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
    m.set(key, (m.get(key) || 0) + 1);
  }
  return m;
}

/** _score_ngrams on token lists (target = reference, prediction = candidate). */
export function rougeN(targetTokens, predictionTokens, n) {
  const t = ngramCounts(targetTokens, n);
  const p = ngramCounts(predictionTokens, n);
  let inter = 0;
  let tCount = 0;
  let pCount = 0;
  for (const [k, c] of t) {
    tCount += c;
    const pc = p.get(k);
    if (pc) inter += Math.min(c, pc);
  }
  for (const c of p.values()) pCount += c;
  return score(inter / Math.max(pCount, 1), inter / Math.max(tCount, 1));
}

// _lcs_table as a flat (rows+1) x (cols+1) array.
function lcsTable(ref, can) {
  const rows = ref.length;
  const cols = can.length;
  const w = cols + 1;
  const t = new Int32Array((rows + 1) * w);
  for (let i = 1; i <= rows; i++) {
    const r = ref[i - 1];
    const row = i * w;
    const prev = row - w;
    for (let j = 1; j <= cols; j++) {
      if (r === can[j - 1]) t[row + j] = t[prev + j - 1] + 1;
      else {
        const a = t[prev + j];
        const b = t[row + j - 1];
        t[row + j] = a > b ? a : b;
      }
    }
  }
  return t;
}

/** _score_lcs */
export function rougeL(targetTokens, predictionTokens) {
  if (!targetTokens.length || !predictionTokens.length) return score(0, 0);
  const t = lcsTable(targetTokens, predictionTokens);
  const lcs = t[t.length - 1];
  return score(lcs / predictionTokens.length, lcs / targetTokens.length);
}

// lcs_ind: indices into ref of one LCS, read out as _backtrack_norec does.
function lcsIndices(ref, can) {
  const t = lcsTable(ref, can);
  const w = can.length + 1;
  let i = ref.length;
  let j = can.length;
  const out = [];
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i * w + j - 1] > t[(i - 1) * w + j]) {
      j--;
    } else {
      i--;
    }
  }
  return out; // reversed order; the union is sorted anyway
}

/** _summary_level_lcs over lists of tokenized sentences. */
export function rougeLsumTokens(refSents, canSents) {
  if (!refSents.length || !canSents.length) return score(0, 0);
  let m = 0;
  let n = 0;
  for (const s of refSents) m += s.length;
  for (const s of canSents) n += s.length;
  if (!n || !m) return score(0, 0);
  const cntR = new Map();
  const cntC = new Map();
  for (const s of refSents) for (const t of s) cntR.set(t, (cntR.get(t) || 0) + 1);
  for (const s of canSents) for (const t of s) cntC.set(t, (cntC.get(t) || 0) + 1);
  let hits = 0;
  for (const r of refSents) {
    const union = new Set();
    for (const c of canSents) for (const i of lcsIndices(r, c)) union.add(i);
    const idx = [...union].sort((a, b) => a - b);
    for (const i of idx) {
      const tok = r[i];
      const cc = cntC.get(tok) || 0;
      const cr = cntR.get(tok) || 0;
      if (cc > 0 && cr > 0) {
        hits++;
        cntC.set(tok, cc - 1);
        cntR.set(tok, cr - 1);
      }
    }
  }
  return score(hits / n, hits / m);
}

// rouge-score's get_sents for rougeLsum: split on "\n", drop empty strings.
function sents(text) {
  return text.split('\n').filter((s) => s.length > 0);
}

/**
 * All four scores of one candidate against one reference, as
 * RougeScorer(['rouge1','rouge2','rougeL','rougeLsum'], use_stemmer=True).score(target, prediction).
 * For rougeLsum, sentences are the lines of each text.
 */
export function rougeScores(target, prediction) {
  const tt = tokenize(target);
  const pt = tokenize(prediction);
  return {
    rouge1: rougeN(tt, pt, 1),
    rouge2: rougeN(tt, pt, 2),
    rougeL: rougeL(tt, pt),
    rougeLsum: rougeLsumTokens(
      sents(target).map((s) => tokenize(s)),
      sents(prediction).map((s) => tokenize(s)),
    ),
  };
}
