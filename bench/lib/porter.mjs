// Porter stemmer, NLTK variant (nltk.stem.porter.PorterStemmer in its default
// NLTK_EXTENSIONS mode), as used by rouge-score with use_stemmer=True.
//
// Written from the published algorithm (Porter 1980) plus the departures NLTK
// makes in that mode:
//   - a small table of irregular forms that bypass stemming (skies -> sky, ...);
//   - words of 1-2 letters are returned as they are;
//   - step 1a: a 4-letter word ending in "ies" becomes "...ie" (dies -> die);
//   - step 1b: "ied" -> "ie" for 4-letter words, otherwise -> "i";
//   - step 1b/5a *o (cvc) condition also true for a 2-letter stem vowel+consonant;
//   - step 1c: y -> i only when preceded by a consonant and the stem is longer
//     than one letter (happy -> happi, enjoy -> enjoy, spy -> spi);
//   - step 2: "alli" -> "al" tried first, then step 2 again on the result;
//     "bli" -> "ble" (not "abli"); extra rules "fulli" -> "ful" and "logi" -> "log"
//     (the measure for "logi" taken on the word minus "ogi", i.e. with the "l");
//   - step 5b: "ll" -> "l" when the measure of the word minus its last letter > 1.
// Rule lists apply the first rule whose suffix matches; if its condition fails
// no later rule of that list is tried (NLTK's _apply_rule_list semantics).
// Input is expected lower-case (rouge-score lower-cases before stemming).

const IRREGULAR = new Map([
  ['sky', 'sky'], ['skies', 'sky'],
  ['dying', 'die'], ['lying', 'lie'], ['tying', 'tie'],
  ['news', 'news'],
  ['innings', 'inning'], ['inning', 'inning'],
  ['outings', 'outing'], ['outing', 'outing'],
  ['cannings', 'canning'], ['canning', 'canning'],
  ['howe', 'howe'],
  ['proceed', 'proceed'], ['exceed', 'exceed'], ['succeed', 'succeed'],
]);

function isVowelChar(c) {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

// True if word[i] is a consonant: not a,e,i,o,u; and y only when at the start
// or preceded by a vowel.
function isConsonant(word, i) {
  const c = word[i];
  if (isVowelChar(c)) return false;
  if (c === 'y') return i === 0 ? true : !isConsonant(word, i - 1);
  return true;
}

// m: the number of "vc" transitions in the word's consonant/vowel pattern.
function measure(stem) {
  let m = 0;
  let prevVowel = false;
  for (let i = 0; i < stem.length; i++) {
    const cons = isConsonant(stem, i);
    if (cons && prevVowel) m++;
    prevVowel = !cons;
  }
  return m;
}

function hasPositiveMeasure(stem) {
  return measure(stem) > 0;
}

function containsVowel(stem) {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true;
  return false;
}

function endsDoubleConsonant(word) {
  const n = word.length;
  return n >= 2 && word[n - 1] === word[n - 2] && isConsonant(word, n - 1);
}

// *o: ends consonant-vowel-consonant, the last not w, x or y; or (NLTK) the whole
// stem is two letters, vowel then consonant.
function endsCVC(word) {
  const n = word.length;
  if (
    n >= 3 &&
    isConsonant(word, n - 3) &&
    !isConsonant(word, n - 2) &&
    isConsonant(word, n - 1) &&
    word[n - 1] !== 'w' && word[n - 1] !== 'x' && word[n - 1] !== 'y'
  ) return true;
  return n === 2 && !isConsonant(word, 0) && isConsonant(word, 1);
}

// rules: [suffix, replacement, condition(stem) | null]; suffix '*d' means
// "ends in a double consonant" (stem = word minus two letters).
function applyRuleList(word, rules) {
  for (const [suffix, replacement, condition] of rules) {
    if (suffix === '*d') {
      if (endsDoubleConsonant(word)) {
        const stem = word.slice(0, -2);
        return !condition || condition(stem) ? stem + replacement : word;
      }
      continue;
    }
    if (word.endsWith(suffix)) {
      const stem = suffix.length ? word.slice(0, -suffix.length) : word;
      return !condition || condition(stem) ? stem + replacement : word;
    }
  }
  return word;
}

const STEP1A = [
  ['sses', 'ss', null],
  ['ies', 'i', null],
  ['ss', 'ss', null],
  ['s', '', null],
];

function step1a(word) {
  if (word.endsWith('ies') && word.length === 4) return word.slice(0, -3) + 'ie';
  return applyRuleList(word, STEP1A);
}

function step1b(word) {
  if (word.endsWith('ied')) {
    return word.length === 4 ? word.slice(0, -3) + 'ie' : word.slice(0, -3) + 'i';
  }
  if (word.endsWith('eed')) {
    const stem = word.slice(0, -3);
    return measure(stem) > 0 ? stem + 'ee' : word;
  }
  let inter = null;
  for (const suffix of ['ed', 'ing']) {
    if (word.endsWith(suffix)) {
      const s = word.slice(0, -suffix.length);
      if (containsVowel(s)) { inter = s; break; }
    }
  }
  if (inter === null) return word;
  const last = inter[inter.length - 1];
  return applyRuleList(inter, [
    ['at', 'ate', null],
    ['bl', 'ble', null],
    ['iz', 'ize', null],
    ['*d', last, () => last !== 'l' && last !== 's' && last !== 'z'],
    ['', 'e', (stem) => measure(stem) === 1 && endsCVC(stem)],
  ]);
}

function step1c(word) {
  return applyRuleList(word, [
    ['y', 'i', (stem) => stem.length > 1 && isConsonant(stem, stem.length - 1)],
  ]);
}

const POS = hasPositiveMeasure;

function step2(word) {
  if (word.endsWith('alli') && POS(word.slice(0, -4))) {
    return step2(word.slice(0, -4) + 'al');
  }
  return applyRuleList(word, [
    ['ational', 'ate', POS],
    ['tional', 'tion', POS],
    ['enci', 'ence', POS],
    ['anci', 'ance', POS],
    ['izer', 'ize', POS],
    ['bli', 'ble', POS],
    ['alli', 'al', POS],
    ['entli', 'ent', POS],
    ['eli', 'e', POS],
    ['ousli', 'ous', POS],
    ['ization', 'ize', POS],
    ['ation', 'ate', POS],
    ['ator', 'ate', POS],
    ['alism', 'al', POS],
    ['iveness', 'ive', POS],
    ['fulness', 'ful', POS],
    ['ousness', 'ous', POS],
    ['aliti', 'al', POS],
    ['iviti', 'ive', POS],
    ['biliti', 'ble', POS],
    ['fulli', 'ful', POS],
    ['logi', 'log', () => POS(word.slice(0, -3))],
  ]);
}

const STEP3 = [
  ['icate', 'ic', POS],
  ['ative', '', POS],
  ['alize', 'al', POS],
  ['iciti', 'ic', POS],
  ['ical', 'ic', POS],
  ['ful', '', POS],
  ['ness', '', POS],
];

const GT1 = (stem) => measure(stem) > 1;
const STEP4 = [
  ['al', '', GT1],
  ['ance', '', GT1],
  ['ence', '', GT1],
  ['er', '', GT1],
  ['ic', '', GT1],
  ['able', '', GT1],
  ['ible', '', GT1],
  ['ant', '', GT1],
  ['ement', '', GT1],
  ['ment', '', GT1],
  ['ent', '', GT1],
  ['ion', '', (stem) => measure(stem) > 1 && (stem.endsWith('s') || stem.endsWith('t'))],
  ['ou', '', GT1],
  ['ism', '', GT1],
  ['ate', '', GT1],
  ['iti', '', GT1],
  ['ous', '', GT1],
  ['ive', '', GT1],
  ['ize', '', GT1],
];

function step5a(word) {
  if (word.endsWith('e')) {
    const stem = word.slice(0, -1);
    const m = measure(stem);
    if (m > 1) return stem;
    if (m === 1 && !endsCVC(stem)) return stem;
  }
  return word;
}

function step5b(word) {
  return applyRuleList(word, [['ll', 'l', () => measure(word.slice(0, -1)) > 1]]);
}

/** Stem one lower-case word the way NLTK's PorterStemmer() does by default. */
export function stem(word) {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= 2) return word;
  let w = step1a(word);
  w = step1b(w);
  w = step1c(w);
  w = step2(w);
  w = applyRuleList(w, STEP3);
  w = applyRuleList(w, STEP4);
  w = step5a(w);
  w = step5b(w);
  return w;
}

const cache = new Map();
/** Memoised stem(); the bench stems the same words many times. */
export function stemCached(word) {
  let s = cache.get(word);
  if (s === undefined) {
    s = stem(word);
    if (cache.size < 500000) cache.set(word, s);
  }
  return s;
}
