// The small pure helpers the page and the panel share (web/extension/render.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceCount } from '../../web/extension/render.js';

test('sentenceCount: an emptied field means the default of 3, not 1', () => {
  for (const empty of ['', '   ', null, undefined]) assert.equal(sentenceCount(empty), 3, JSON.stringify(empty));
  assert.equal(sentenceCount('abc'), 3);
  assert.equal(sentenceCount('5'), 5);
  assert.equal(sentenceCount('0'), 1);
  assert.equal(sentenceCount('-4'), 1);
  assert.equal(sentenceCount('12'), 10);
  assert.equal(sentenceCount('2.6'), 3);
});
