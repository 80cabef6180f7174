// cmi-formats.js: the one implementation of the CMI formats SCORM 2004 and xAPI share (decimals,
// ISO 8601 durations, the response syntax), under both rule sets.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const F = require('../cmi-formats.js');
const S = require('../scorm-api.js');

test('SCORM and xAPI use the same functions, not copies', () => {
  assert.strictEqual(S.duration, F.duration);
  assert.strictEqual(S.decimal, F.decimal);
  assert.strictEqual(S.text, F.text);
});

test('durations: ISO 8601, no W, at most two decimals, PT0S for nothing', () => {
  const cases = [[0, 'PT0S'], [5, 'PT0.01S'], [65250, 'PT1M5.25S'], [3600000, 'PT1H'], [90000000, 'PT25H'], [NaN, 'PT0S']];
  for (const [ms, text] of cases) assert.strictEqual(F.duration(ms), text, String(ms));
});

test('responses: the 2004 syntax; SCORM limits and the comma rule only under SCORM2004', () => {
  const both = [['true-false', false, 'false'], ['choice', [0, 2], 'c1[,]c3'], ['sequencing', [2, 0, 1], 'c3[,]c1[,]c2'],
    ['likert', 1, 'c2'], ['matching', [[0, 1], [1, 0]], 's1[.]t2[,]s2[.]t1'], ['numeric', { min: 3.4, max: 3.6 }, '3.4[:]3.6'],
    ['numeric', 1e-7, '0.0000001']];
  for (const [type, v, text] of both) {
    assert.strictEqual(F.format(type, v), text, type);
    assert.strictEqual(F.format(type, v, F.XAPI), text, type);
  }
  assert.strictEqual(F.format('fill-in', 'a, b'), 'a\u201a b');
  assert.strictEqual(F.format('fill-in', 'a, b', F.XAPI), 'a, b');
  assert.strictEqual(F.format('fill-in', 'x'.repeat(300)).length, 250);
  assert.strictEqual(F.format('long-fill-in', 'x'.repeat(5000), F.XAPI).length, 5000);
  assert.strictEqual(F.format('choice', [...Array(37).keys()]), '');
  assert.strictEqual(F.format('choice', [...Array(37).keys()], F.XAPI).split('[,]').length, 37);
});
