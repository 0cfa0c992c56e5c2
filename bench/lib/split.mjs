// The bench's own simple sentence splitter, used to feed the Lead-3 and
// TextRank baselines. It imitates what NLTK's punkt (English model) does on
// news text, without a trained model:
//
//   A sentence ends at a run of . ! or ? (e.g. "?!", "...") optionally followed
//   by closing quotes or brackets, when whitespace and then another token follow.
//   - "!" and "?" always end a sentence (punkt does the same, even before a
//     lower-case word: `"Why?" he asked.` is two sentences for punkt too).
//   - A "." does not end a sentence when the word before it is
//       * a known abbreviation (ABBREVIATIONS, compared lower-case without the
//         final period: "mr", "gen", "u.s", "jan", ...), unless it is one that
//         commonly ends sentences too (SENTENCE_FINAL_ABBREVS, e.g. "U.S.", "a.m.")
//         and the next word starts with a capital letter;
//       * a single letter (an initial: "J. K. Rowling"), or letters joined by
//         periods ("U.N.", "p.m.") unless the next word is capitalised and the
//         run is one of SENTENCE_FINAL_ABBREVS;
//       * followed by a word starting with a lower-case letter or a digit, or by
//         ",", ";", ":" (punkt's orthographic heuristic, simplified);
//   - An ellipsis ("...") ends a sentence only before a capitalised word.
//   Whitespace inside the text otherwise is left as it is; sentences are trimmed.
//   Newlines (blank lines) also end a sentence.

const ABBREVIATIONS = new Set([
  // titles
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'messrs', 'mme', 'mlle',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'brig', 'gov',
  'sen', 'rep', 'reps', 'sens', 'pres', 'supt', 'insp', 'det', 'hon', 'amb', 'atty', 'ald',
  // months, days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // US states as written in news (AP style)
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla',
  'ore', 'pa', 'penn', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  // others
  'no', 'nos', 'vs', 'v', 'etc', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn',
  'ave', 'blvd', 'rd', 'mt', 'ft', 'approx', 'est', 'fig', 'vol', 'op', 'cf', 'al',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'd.c', 'u.s.a', 'l.a', 'n.y',
]);

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
export function splitSentences(text, opts = {}) {
  const out = [];
  // Blank lines / newlines separate paragraphs: split those first.
  for (const para of text.split(/\n+/)) {
    splitParagraph(para, out, opts);
  }
  return out;
}

// Punctuation run, optional closers, whitespace, then the next token's start.
const BOUNDARY = /([.!?]+)(["'”’)\]]*)(\s+)(?=(\S))/g;

function splitParagraph(text, out, opts) {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m;
  while ((m = BOUNDARY.exec(text)) !== null) {
    const punct = m[1];
    const closers = m[2];
    const next = m[4];
    const end = m.index + punct.length + closers.length;
    if (isBreak(text, m.index, punct, closers, next, text.slice(end).trimStart(), opts)) {
      const s = text.slice(start, end).trim();
      if (s) out.push(s);
      start = end;
    }
  }
  const s = text.slice(start).trim();
  if (s) out.push(s);
}

function isBreak(text, at, punct, closers, next, rest, opts) {
  // First letter of the next word (skipping opening quotes/brackets).
  let k = 0;
  while (k < rest.length && OPEN.includes(rest[k])) k++;
  const nextLetter = rest[k];
  if (punct.includes('!') || punct.includes('?')) return true;
  if (punct.length >= 2) {
    // ellipsis
    return isUpper(nextLetter) || (k > 0 && opts.ellipsisQuote);
  }
  if (next === ',' || next === ';' || next === ':') return false;
  if (closers) return !isLower(nextLetter);
  // The word before the period.
  let b = at;
  while (b > 0 && !/\s/.test(text[b - 1])) b--;
  let word = text.slice(b, at);
  word = word.replace(/^["'“‘(\[]+/, '').toLowerCase();
  if (isLower(nextLetter) || /[0-9]/.test(nextLetter ?? '')) return false;
  if (ABBREVIATIONS.has(word)) {
    return SENTENCE_FINAL_ABBREVS.has(word) && !opts.strictAbbrev && STARTERS.has(nextWord(rest, k));
  }
  if (/^[a-z]$/i.test(word)) return false; // initial
  if (/^([a-z]\.)+[a-z]$/i.test(word)) return STARTERS.has(nextWord(rest, k)); // U.N, p.m
  return true;
}
