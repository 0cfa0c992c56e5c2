// Self-test of the benchmark's ROUGE (bench/lib/rouge.mjs) and NLTK Porter stemmer
// (bench/lib/porter.mjs). Needs no benchmark data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stem } from '../../bench/lib/porter.mjs';
import { tokenize, rougeScores } from '../../bench/lib/rouge.mjs';
import { splitSentences } from '../../bench/lib/split.mjs';

test('Porter stems match NLTK PorterStemmer() (NLTK_EXTENSIONS)', () => {
  const expected = {
    caresses: 'caress',
    ponies: 'poni',
    ties: 'tie', // NLTK: 4-letter -ies -> -ie
    running: 'run',
    generously: 'gener',
    happy: 'happi',
    enjoy: 'enjoy', // NLTK: y -> i only after a consonant
    relational: 'relat',
    conditional: 'condit',
    hopeful: 'hope',
    goodness: 'good',
    adjustment: 'adjust',
    dying: 'die', // irregular forms table
    skies: 'sky',
    news: 'news',
    controlling: 'control',
    sensitivities: 'sensit',
    generalization: 'gener',
    police: 'polic',
    agreed: 'agre',
    feed: 'feed',
  };
  for (const [word, want] of Object.entries(expected)) assert.equal(stem(word), want, word);
});

test('tokenize: lower-case, non-alphanumerics split, stems only words longer than 3', () => {
  assert.deepEqual(tokenize("The U.S. police's 2 cars—ran!"), ['the', 'u', 's', 'polic', 's', '2', 'car', 'ran']);
  assert.deepEqual(tokenize('Café naïve'), ['caf', 'na', 've']);
  assert.deepEqual(tokenize('  \n '), []);
});

const close = (a, b) => assert.ok(Math.abs(a - b) < 1e-12, `${a} != ${b}`);

test('ROUGE on a hand-computed example without stemming', () => {
  // the cat sat on the mat  vs  the cat on the mat
  const s = rougeScores('the cat sat on the mat', 'the cat on the mat');
  close(s.rouge1.precision, 1);
  close(s.rouge1.recall, 5 / 6);
  close(s.rouge1.fmeasure, 10 / 11);
  close(s.rouge2.fmeasure, 2 / 3); // 3 shared bigrams of 4 (cand) and 5 (ref)
  close(s.rougeL.fmeasure, 10 / 11); // LCS 5
  close(s.rougeLsum.fmeasure, 10 / 11);
});

test('ROUGE with stemming and a summary-level union LCS', () => {
  // police arrested the suspects -> polic arrest the suspect
  // The suspect was arrested by police. -> the suspect was arrest by polic
  const s = rougeScores('Police arrested the suspects', 'The suspect was arrested by police.');
  close(s.rouge1.fmeasure, 0.8); // 4/6, 4/4
  close(s.rouge2.fmeasure, 0.25); // 1/5, 1/3
  close(s.rougeL.fmeasure, 0.4); // LCS "the suspect": 2/6, 2/4

  // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5:
  // union LCS = w1 w2 w3 w5, so 4 hits; recall 4/5, precision 4/10.
  const ls = rougeScores('one two six ten red', 'one two cat dog fox\none six fox pig red').rougeLsum;
  close(ls.recall, 4 / 5);
  close(ls.precision, 4 / 10);
  close(ls.fmeasure, 8 / 15);
  // Each reference token is counted at most as often as it occurs in the candidate.
  const dup = rougeScores('red red\nred', 'red').rougeLsum;
  close(dup.recall, 1 / 3);
  close(dup.precision, 1);
  // Empty candidate or reference: 0.
  assert.equal(rougeScores('a b', '').rougeLsum.fmeasure, 0);
  assert.equal(rougeScores('', 'a b').rouge1.fmeasure, 0);
});

test('bench splitter: abbreviations, initials, quotes', () => {
  assert.deepEqual(
    splitSentences('(CNN)Mr. Smith met Gen. J. K. Lee in the U.S. Senate. "It went well," he said. Did it? Yes.'),
    ['(CNN)Mr. Smith met Gen. J. K. Lee in the U.S. Senate.', '"It went well," he said.', 'Did it?', 'Yes.'],
  );
  assert.deepEqual(splitSentences('He lives in the U.S. The rest is history.'), [
    'He lives in the U.S.',
    'The rest is history.',
  ]);
  assert.deepEqual(splitSentences('He wore No. 5 and said no. Two million illnesses. 23,000 deaths.'), [
    'He wore No. 5 and said no.',
    'Two million illnesses.',
    '23,000 deaths.',
  ]);
  assert.deepEqual(splitSentences('No stop at the end'), ['No stop at the end']);
  assert.deepEqual(splitSentences(''), []);
});
