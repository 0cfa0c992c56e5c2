// The bench's own simple sentence splitter, used to feed the Lead-k and
// TextRank baselines. It imitates what NLTK's punkt (English model, as in
// nltk.sent_tokenize) does on news text, without a trained model:
//
//   A candidate end is a run of . ! or ? (e.g. "?!", "...") optionally followed
//   by closing quotes or brackets, then whitespace and another token.
//   - "!" and "?" always end a sentence (as in punkt, even before a lower-case
//     word: `"Why?" he asked.` is two sentences there too).
//   - An ellipsis ("..") ends a sentence only before a capitalised word.
//   - "." followed by "," ";" or ":" does not end a sentence; after closing
//     quotes/brackets (`."`, `.)`) it does unless a lower-case word follows.
//   - Otherwise look at the word before the ".", without a prefix up to ")" and
//     without opening quotes (punkt's word tokenizer splits those off, so
//     "(CNN)Gov." is the word "gov"), lower-cased, final period dropped:
//       * a known abbreviation (ABBREVIATIONS: titles, months, AP state names,
//         "u.s", "a.m", ...): no break, except for those that often end a
//         sentence (SENTENCE_FINAL_ABBREVS: "U.S.", "p.m.", "Inc.", ...) when the
//         next word is a common sentence starter (STARTERS: "The", "He", ...),
//         a stand-in for punkt's orthographic and sentence-starter heuristics;
//       * "no", "vol", "fig", ... (NUMBER_ABBREVS) before a digit: no break;
//       * a single letter (an initial: "J. K. Rowling"): no break;
//       * letters joined by periods ("U.N.", "J.K."): a break only before a
//         sentence starter;
//       * a number ("2014.", "1,200."): no break before a lower-case word or a digit;
//       * any other word: a break, whatever follows (punkt's first pass does so
//         too: "Two million illnesses. 23,000 deaths." is two sentences).
//   Newlines also end a sentence. Sentences are trimmed; inner whitespace is kept.
//
// On cnn-val1000 its Lead-3 gives 28.57 / 10.60 / 18.99 / 25.37 (ROUGE-1/2/L/Lsum)
// against the reference 28.59 / 10.59 / 18.98 / 25.36 measured with punkt.

const ABBREVIATIONS = new Set([
  // titles
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'messrs', 'mme', 'mlle',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'brig', 'gov',
  'sen', 'rep', 'reps', 'sens', 'pres', 'supt', 'insp', 'det', 'hon', 'amb', 'atty', 'ald',
  // months and days (not those that are also common words: "sat", "sun", "wed", ...)
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'tue', 'tues', 'thu', 'thur', 'thurs', 'fri',
  // US states in AP style (again not the common words: "ill", "miss", "mass", "wash", ...)
  'ala', 'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'kan', 'ky', 'la', 'md', 'mich',
  'minn', 'mo', 'mont', 'neb', 'nev', 'okla', 'pa', 'tenn', 'tex', 'va', 'vt', 'wis', 'wyo',
  // others
  'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'mt', 'ft', 'approx', 'cf', 'al',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'd.c', 'u.s.a', 'l.a', 'n.y',
]);

// Abbreviations only before a number ("No. 5", "Vol. 2"); elsewhere ordinary words.
const NUMBER_ABBREVS = new Set(['no', 'nos', 'vol', 'fig', 'op', 'pp']);

// Abbreviations that often end a sentence: a period after them is a break when
// the next word starts with a capital letter.
const SENTENCE_FINAL_ABBREVS = new Set([
  'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'd.c', 'u.s.a', 'l.a', 'n.y', 'etc', 'inc', 'corp',
  'co', 'ltd', 'jr', 'sr',
]);

// Capitalised words that, after an abbreviation such as "U.S." or "p.m.", show
// that a new sentence has begun (punkt decides this from how often the word is
// seen lower-case; these are the common ones in news).
const STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their',
  'our', 'this', 'that', 'these', 'those', 'there', 'but', 'and', 'so', 'yet', 'or', 'if',
  'when', 'while', 'after', 'before', 'in', 'on', 'at', 'for', 'as', 'with', 'by', 'from',
  'what', 'why', 'how', 'who', 'some', 'many', 'most', 'one', 'two', 'no', 'not', 'all',
  'both', 'then', 'now', 'still', 'also', 'however', 'meanwhile', 'officials', 'authorities',
]);

function nextWord(rest, k) {
  const m = /^[A-Za-z]+/.exec(rest.slice(k));
  return m ? m[0].toLowerCase() : '';
}

const OPEN = `"'“‘([`;

function isUpper(ch) {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch) {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Split text into sentences (strings, trimmed, non-empty). */
export function splitSentences(text) {
  const out = [];
  // Blank lines / newlines separate paragraphs: split those first.
  for (const para of text.split(/\n+/)) {
    splitParagraph(para, out);
  }
  return out;
}

// Punctuation run, optional closers, whitespace, then the next token's start.
const BOUNDARY = /([.!?]+)(["'”’)\]]*)(\s+)(?=(\S))/g;

function splitParagraph(text, out) {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m;
  while ((m = BOUNDARY.exec(text)) !== null) {
    const punct = m[1];
    const closers = m[2];
    const next = m[4];
    const end = m.index + punct.length + closers.length;
    // A short look-ahead is enough and keeps long texts linear.
    if (isBreak(text, m.index, punct, closers, next, text.slice(end, end + 80).trimStart())) {
      const s = text.slice(start, end).trim();
      if (s) out.push(s);
      start = end;
    }
  }
  const s = text.slice(start).trim();
  if (s) out.push(s);
}

function isBreak(text, at, punct, closers, next, rest) {
  // First letter of the next word (skipping opening quotes/brackets).
  let k = 0;
  while (k < rest.length && OPEN.includes(rest[k])) k++;
  const nextLetter = rest[k];
  if (punct.includes('!') || punct.includes('?')) return true;
  if (punct.length >= 2) {
    // ellipsis
    return isUpper(nextLetter);
  }
  if (next === ',' || next === ';' || next === ':') return false;
  if (closers) return !isLower(nextLetter);
  // The word before the period.
  let b = at;
  while (b > 0 && at - b < 64 && !/\s/.test(text[b - 1])) b--;
  // without what precedes a ")" and without opening quotes or brackets, as punkt's
  // word tokenizer splits those off: "(CNN)Mr" -> "mr", '"U.S' -> "u.s"
  const word = text.slice(b, at).replace(/^.*\)/, '').replace(/^["'“‘(\[]+/, '').toLowerCase();
  const lowerOrDigit = isLower(nextLetter) || /[0-9]/.test(nextLetter ?? '');
  if (ABBREVIATIONS.has(word)) {
    return !lowerOrDigit && SENTENCE_FINAL_ABBREVS.has(word) && STARTERS.has(nextWord(rest, k));
  }
  if (NUMBER_ABBREVS.has(word) && /[0-9]/.test(nextLetter ?? '')) return false;
  if (/^[a-z]$/i.test(word)) return false; // initial
  if (/^([a-z]\.)+[a-z]$/i.test(word)) return STARTERS.has(nextWord(rest, k)); // U.N, p.m
  if (lowerOrDigit && /^[0-9][0-9,]*$/.test(word)) return false; // a number
  return true;
}
