// The article-extraction-benchmark score (scrapinghub/article-extraction-benchmark, evaluate.py),
// as described in ../shared/bench/README.md:
// - tokens: maximal runs of Unicode letters, digits and "_" (Python's \w+; case-sensitive;
//   combining marks are not word characters);
// - shingles: contiguous 4-token tuples counted with repeats (1–3 tokens give one short shingle,
//   no tokens give none);
// - per page tp/fp/fn over shingle counts, each divided by tp + fp + fn;
// - precision = mean over pages with tp + fp > 0, recall = mean over pages with tp + fn > 0
//   (a page with fp = fn = 0 counts 1), F1 = harmonic mean of the two means;
// - accuracy = share of pages whose token lists are identical.

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** @param {string} text @returns {string[]} */
export function tokenize(text) {
  if (!text) return [];
  return text.match(TOKEN_RE) ?? [];
}

/**
 * Shingle counts. Keys are the tokens joined by a space (tokens never contain one).
 * @param {string[]} tokens @param {number} [n] @returns {Map<string, number>}
 */
export function shingleCounts(tokens, n = 4) {
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const piece = tokens.slice(i, i + n);
    if (piece.length === 0) continue;
    const key = piece.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Normalised [tp, fp, fn] for one page (evaluate.py's string_shingle_matching).
 * Accepts strings or token arrays.
 * @param {string | string[]} truth @param {string | string[]} pred @param {number} [n]
 * @returns {[number, number, number]}
 */
export function shingleMatch(truth, pred, n = 4) {
  const t = shingleCounts(Array.isArray(truth) ? truth : tokenize(truth), n);
  const p = shingleCounts(Array.isArray(pred) ? pred : tokenize(pred), n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    fp += Math.max(0, pc - tc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

function sameTokens(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Everything the summary needs for one page.
 * @param {string} truth gold articleBody @param {string} pred predicted text
 * @returns {{tp: number, fp: number, fn: number, exact: boolean}}
 */
export function scorePage(truth, pred) {
  const tt = tokenize(truth);
  const pt = tokenize(pred);
  const [tp, fp, fn] = shingleMatch(tt, pt);
  return { tp, fp, fn, exact: sameTokens(tt, pt) };
}

export function precisionScore(tp, fp, fn) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore(tp, fp, fn) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/**
 * Corpus metrics from per-page scores (evaluate.py's metrics_from_tp_fp_fns plus accuracy).
 * @param {{tp: number, fp: number, fn: number, exact?: boolean}[]} pages
 * @returns {{f1: number, precision: number, recall: number, accuracy: number, pages: number}}
 */
export function summarize(pages) {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map((p) => precisionScore(p.tp, p.fp, p.fn)));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map((p) => recallScore(p.tp, p.fp, p.fn)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : precision + recall === 0 ? 0 : NaN;
  const accuracy = pages.length ? pages.filter((p) => p.exact).length / pages.length : NaN;
  return { f1, precision, recall, accuracy, pages: pages.length };
}
