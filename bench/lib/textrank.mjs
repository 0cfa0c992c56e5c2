// TextRank sentence extraction (Mihalcea & Tarau, 2004), the classic baseline:
//   - words: lower-case [a-z0-9] runs, English stop words removed, Porter-stemmed
//     (NLTK variant, words longer than 3 characters, as ROUGE does);
//   - similarity of two sentences: the number of distinct words they share divided
//     by log(|Si|) + log(|Sj|) (|S| = the sentence's word count; 0 when that is 0);
//   - weighted PageRank over that graph, damping 0.85, from scores of 1, iterated
//     until no score moves by more than 1e-6 (at most 200 rounds);
//   - the top k sentences by score (ties: the earlier), returned in document order.

import { stemCached } from './porter.mjs';

// English stop words (NLTK's list, its plain words).
const STOP = new Set(`i me my myself we our ours ourselves you your yours yourself yourselves he
him his himself she her hers herself it its itself they them their theirs themselves what which
who whom this that these those am is are was were be been being have has had having do does did
doing a an the and but if or because as until while of at by for with about against between into
through during before after above below to from up down in out on off over under again further
then once here there when where why how all any both each few more most other some such no nor not
only own same so than too very s t can will just don should now d ll m o re ve y ain aren couldn
didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn`.split(/\s+/));

function words(sentence) {
  const out = [];
  for (const w of sentence.toLowerCase().match(/[a-z0-9]+/g) || []) {
    if (STOP.has(w)) continue;
    out.push(w.length > 3 ? stemCached(w) : w);
  }
  return out;
}

/** Indices (ascending) of the k sentences TextRank ranks highest. */
export function textRank(sentences, k) {
  const n = sentences.length;
  if (n <= k) return sentences.map((_, i) => i);
  const toks = sentences.map(words);
  const sets = toks.map((t) => new Set(t));
  const logLen = toks.map((t) => (t.length > 0 ? Math.log(t.length) : 0));
  const w = new Float64Array(n * n);
  const outSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const denom = logLen[i] + logLen[j];
      if (denom <= 0) continue;
      const [a, b] = sets[i].size <= sets[j].size ? [sets[i], sets[j]] : [sets[j], sets[i]];
      let common = 0;
      for (const x of a) if (b.has(x)) common++;
      if (!common) continue;
      const s = common / denom;
      w[i * n + j] = s;
      w[j * n + i] = s;
      outSum[i] += s;
      outSum[j] += s;
    }
  }
  const d = 0.85;
  let score = new Float64Array(n).fill(1);
  for (let iter = 0; iter < 200; iter++) {
    const next = new Float64Array(n);
    let delta = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) {
        const wij = w[j * n + i];
        if (wij) sum += (wij / outSum[j]) * score[j];
      }
      next[i] = 1 - d + d * sum;
      delta = Math.max(delta, Math.abs(next[i] - score[i]));
    }
    score = next;
    if (delta < 1e-6) break;
  }
  const order = [...score.keys()].sort((a, b) => score[b] - score[a] || a - b);
  return order.slice(0, k).sort((a, b) => a - b);
}
