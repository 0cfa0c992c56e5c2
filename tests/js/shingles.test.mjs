// The benchmark scorer (bench/lib/shingles.mjs) on hand-made pairs; needs no benchmark data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, shingleCounts, shingleMatch, scorePage, summarize } from '../../bench/lib/shingles.mjs';

const close = (a, b) => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);
const closeAll = (xs, ys) => xs.forEach((x, i) => close(x, ys[i]));

test('tokens: runs of letters, digits and _; case kept; punctuation splits', () => {
  assert.deepEqual(tokenize('Hello, world_1 — café 3.5%'), ['Hello', 'world_1', 'café', '3', '5']);
  assert.deepEqual(tokenize('日本語のテキスト。次'), ['日本語のテキスト', '次']);
  assert.deepEqual(tokenize("don't x²"), ['don', 't', 'x²']);
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(undefined), []);
});

test('tokens: combining marks are not word characters (as the README says)', () => {
  assert.deepEqual(tokenize('cafe\u0301s'), ['cafe', 's']);
  assert.deepEqual(tokenize('caf\u00e9s'), ['caf\u00e9s']);
});

test('shingles: 4-token windows with repeats; 1–3 tokens give one short shingle; none for empty', () => {
  assert.deepEqual([...shingleCounts(['a', 'b', 'c', 'd', 'e'])], [['a b c d', 1], ['b c d e', 1]]);
  assert.deepEqual([...shingleCounts(['a', 'b'])], [['a b', 1]]);
  assert.deepEqual([...shingleCounts([])], []);
  const rep = shingleCounts(tokenize('x y z w x y z w'));
  assert.equal(rep.get('x y z w'), 2);
  assert.equal(rep.size, 4);
});

test('page: identical texts score tp = 1, and formatting does not matter', () => {
  closeAll(shingleMatch('One two three four five.', 'One\ntwo, three — four five'), [1, 0, 0]);
  assert.equal(scorePage('One two three', 'one two three').exact, false);
  assert.equal(scorePage('One two three', ' One, two: three!').exact, true);
});

test('page: tp, fp, fn are shingle counts normalised by their sum', () => {
  closeAll(shingleMatch('a b c d e', 'a b c d x'), [1 / 3, 1 / 3, 1 / 3]);
  closeAll(shingleMatch('x y z w x y z w', 'x y z w'), [0.2, 0, 0.8]);
  closeAll(shingleMatch('x y z w', 'x y z w x y z w'), [0.2, 0.8, 0]);
  closeAll(shingleMatch('a b c d', ''), [0, 0, 1]);
  closeAll(shingleMatch('', 'a b c d'), [0, 1, 0]);
  closeAll(shingleMatch('', ''), [0, 0, 0]);
});

test('corpus: means over eligible pages, F1 of the means, accuracy = identical token lists', () => {
  const pages = [
    scorePage('a b c d e', 'a b c d e'), // P 1, R 1, exact
    scorePage('a b c d e', 'a b c d x'), // P .5, R .5
    scorePage('a b c d e', ''), // no prediction: not in the precision mean, R 0
    scorePage('', ''), // in neither mean, but exact
  ];
  const m = summarize(pages);
  close(m.precision, 0.75);
  close(m.recall, 0.5);
  close(m.f1, (2 * 0.75 * 0.5) / 1.25);
  close(m.accuracy, 0.5);
  assert.equal(m.pages, 4);
});

test('corpus: a page with only extra text counts 0 precision and stays out of recall', () => {
  const m = summarize([scorePage('a b c d', 'a b c d'), scorePage('', 'junk junk junk junk')]);
  close(m.precision, 0.5);
  close(m.recall, 1);
});
