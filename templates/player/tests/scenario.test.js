// The scenario engine on the sample course's "Practice: the missed deadline": start state,
// conditions, effects and score, path truncation, endings and passing, restart, broken links,
// and the entry surviving the learner-state encoding.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
require('../expression.js');
const E = require('../scenario.js');
const S = require('../state.js');

const course = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'starters', 'sample', 'course.json'), 'utf8'));
const find = (n, kind) => (n.kind === kind ? n : (n.children || []).reduce((f, c) => f || find(c, kind), null));
const sample = find(course.course, 'scenario');
const copy = (patch) => {
  const sc = JSON.parse(JSON.stringify(sample));
  if (patch) patch(sc);
  return sc;
};
const steps = sample.children.filter((c) => c.kind === 'scenarioNode');
const title = (e) => steps[e.node].props.title;
// Takes the visible choice whose text starts with `prefix`.
const take = (sc, e, prefix) => {
  const c = E.choices(sc, e).find((x) => x.choice.props.text.replace(/^\W+/, '').startsWith(prefix));
  assert.ok(c, 'no visible choice "' + prefix + '" at ' + title(e));
  return E.choose(sc, e, c.index);
};
const texts = (sc, e) => E.choices(sc, e).map((c) => c.choice.props.text.replace(/^\W+/, '').split(' ').slice(0, 2).join(' '));

test('the start: the start step, variables at their initial values, nothing ended', () => {
  const e = E.start(sample);
  assert.deepStrictEqual(e, { node: 0, path: [], pathTruncated: false, score: 0, variables: [1], ended: false, outcome: null });
  // start names the step; without it the first step starts.
  const moved = copy((sc) => { sc.props.start = steps[3].id; });
  assert.strictEqual(E.start(moved).node, 3);
  assert.strictEqual(E.start(copy((sc) => { sc.props.start = ''; })).node, 0);
  assert.strictEqual(E.start(copy((sc) => { sc.props.start = 'nope'; })).node, 0);
  // booleans start as booleans, numbers as numbers, in the order of the variable children.
  const typed = copy((sc) => {
    sc.children.unshift({ id: 'b', kind: 'variable', props: { name: 'warned', type: 'boolean', initial: 1 }, children: [] });
    sc.children.push({ id: 'z', kind: 'variable', props: { name: 'z', type: 'number', initial: -2.5 }, children: [] });
  });
  assert.deepStrictEqual(E.start(typed).variables, [true, 1, -2.5]);
  assert.deepStrictEqual(E.variables(typed, E.start(typed)), { warned: true, trust: 1, z: -2.5 });
  assert.strictEqual(E.start(copy((sc) => { sc.children = sc.children.filter((c) => c.kind === 'variable'); })), null);
});

test('conditions pick the choices: trust >= 3 and trust < 3 at "Next steps"', () => {
  let e = E.start(sample);
  e = take(sample, e, 'Sure. Could we');
  e = take(sample, e, 'On Tuesday');
  e = take(sample, e, 'What made it');
  assert.strictEqual(title(e), 'Next steps');
  assert.deepStrictEqual(e.variables, [4]);
  assert.deepStrictEqual(texts(sample, e), ['If a', 'Just be']);

  // With low trust the other branch shows, and its effect (trust += 2) then opens the first one.
  let low = E.start(sample);
  low = take(sample, low, 'Sure. Could we');   // trust 2
  low = take(sample, low, 'On Tuesday');      // trust 3
  low = take(sample, low, 'Next time');       // trust 3, no effect
  assert.deepStrictEqual(low.variables, [3]);
  low = { ...low, variables: [2] };
  assert.deepStrictEqual(texts(sample, low), ['I came', 'Just be']);
  low = take(sample, low, 'I came');
  assert.strictEqual(title(low), 'Jordan opens up');
  assert.deepStrictEqual(low.variables, [4]);
  assert.deepStrictEqual(texts(sample, low), ['Agree on']);
  low = take(sample, low, 'Agree on');
  assert.deepStrictEqual(texts(sample, low), ['If a', 'Just be']);
  assert.deepStrictEqual(E.choices(sample, null), []);
});

test('effects and scores accumulate along the path; the given entry is never mutated', () => {
  const e0 = E.start(sample);
  const frozen = JSON.stringify(e0);
  const e1 = take(sample, e0, 'Sure. Could we');
  assert.strictEqual(JSON.stringify(e0), frozen);
  assert.deepStrictEqual([e1.node, e1.variables, e1.score, e1.path], [1, [2], 10, [0]]);
  const e2 = take(sample, e1, 'I need you');
  assert.deepStrictEqual([e2.node, e2.variables, e2.score, e2.path], [2, [1], 5, [0, 1]]);
  const e3 = take(sample, e2, 'This isn');
  assert.deepStrictEqual([e3.node, e3.variables, e3.score, e3.path], [7, [0], 0, [0, 1, 2]]);
});

test('a loop keeps only the last 32 steps of the path and says so', () => {
  let e = take(sample, E.start(sample), 'Sure. Could we');
  let visited = [0];
  for (let i = 0; i < 40; i++) {
    visited.push(e.node);
    e = take(sample, e, e.node === 1 ? 'I need you' : 'That may be');
    assert.strictEqual(e.path.length, Math.min(visited.length, 32));
    assert.strictEqual(e.pathTruncated, visited.length > 32);
  }
  assert.deepStrictEqual(e.path, visited.slice(-32));
  assert.deepStrictEqual(e.variables, [2 - 20]);
  assert.strictEqual(e.score, 10 - 5 * 20);
  // once truncated, always truncated
  e = take(sample, e, 'I need you');
  e = take(sample, e, 'This isn');
  assert.strictEqual(e.pathTruncated, true);
  assert.strictEqual(e.ended, true);
});

test('endings: the pass ending and the fail ending', () => {
  let e = E.start(sample);
  for (const c of ['Sure. Could we', 'On Tuesday', 'What made it', 'If a deadline']) e = take(sample, e, c);
  assert.deepStrictEqual(e, { node: 6, path: [0, 1, 3, 4], pathTruncated: false, score: 40, variables: [4],
    ended: true, outcome: 'pass' });
  assert.deepStrictEqual(E.choices(sample, e), [], 'nothing to choose at an ending');
  assert.strictEqual(E.passed(sample, e), true);

  let f = E.start(sample);
  for (const c of ['Sure. And while', 'This isn']) f = take(sample, f, c);
  assert.deepStrictEqual(f, { node: 7, path: [0, 2], pathTruncated: false, score: -5, variables: [-1],
    ended: true, outcome: 'fail' });
  assert.strictEqual(E.passed(sample, f), false);
  assert.strictEqual(E.passed(sample, null), false);
  assert.strictEqual(E.passed(sample, { ...e, ended: false, outcome: null }), false);
});

test('passing with a passing score: no fail outcome and enough points; a pass outcome always passes', () => {
  const withScore = copy((sc) => { sc.props.passingScore = 30; });
  const end = (outcome, score) => ({ node: 6, path: [], pathTruncated: false, variables: [1], score, ended: true, outcome });
  assert.strictEqual(E.passed(withScore, end('neutral', 30)), true);
  assert.strictEqual(E.passed(withScore, end('neutral', 29)), false);
  assert.strictEqual(E.passed(withScore, end('fail', 100)), false);
  assert.strictEqual(E.passed(withScore, end('pass', 0)), true);
  // Without a passing score only the outcome counts.
  assert.strictEqual(E.passed(sample, end('neutral', 1000)), false);
  assert.strictEqual(E.passed(sample, end('pass', -50)), true);
});

test('restart gives a fresh start with the initial values', () => {
  let e = E.start(sample);
  for (const c of ['Sure. And while', 'This isn']) e = take(sample, e, c);
  const again = E.start(sample);
  assert.deepStrictEqual(again, E.start(sample));
  assert.deepStrictEqual([again.node, again.variables, again.score, again.path, again.ended], [0, [1], 0, [], false]);
});

test('a choice leading to a missing step gives null, not an exception', () => {
  const broken = copy((sc) => {
    const first = sc.children.find((c) => c.kind === 'scenarioNode');
    first.children[0].props.target = 'f0000000-0000-0000-0000-000000000000';
    first.children[1].props.target = '';
  });
  const e = E.start(broken);
  assert.strictEqual(E.choose(broken, e, 0), null);
  assert.strictEqual(E.choose(broken, e, 1), null);
  assert.strictEqual(E.choose(broken, e, 7), null, 'no such choice');
  // A decision whose every condition fails has no choices: the view shows the restart message.
  const closed = copy((sc) => {
    for (const c of sc.children.find((k) => k.kind === 'scenarioNode').children) c.props.condition = 'trust > 100';
  });
  assert.deepStrictEqual(E.choices(closed, E.start(closed)), []);
});

test('entries survive CoursewrightState.encode/decode with the sample course shape', () => {
  const shape = S.shapeFromCourse(course.course);
  const base = { location: { module: 0, item: 5 }, visited: [true, true, true, true, true, true, false],
    quizzes: [{ attemptsUsed: 0, bestScore: 0, passed: false, current: null }] };
  let e = take(sample, E.start(sample), 'Sure. Could we');
  const loop = [e];
  for (let i = 0; i < 40; i++) loop.push(e = take(sample, e, e.node === 1 ? 'I need you' : 'That may be'));
  let pass = E.start(sample);
  for (const c of ['Sure. Could we', 'On Tuesday', 'What made it', 'If a deadline']) pass = take(sample, pass, c);
  for (const entry of [null, E.start(sample), loop[3], e, take(sample, take(sample, e, 'I need you'), 'This isn'), pass]) {
    const state = { ...base, scenarios: [entry] };
    const back = S.decode(S.encode(state, shape), shape);
    assert.strictEqual(back.error, null);
    assert.deepStrictEqual(back.state.scenarios[0], entry);
    if (entry) assert.deepStrictEqual(E.choices(sample, back.state.scenarios[0]), E.choices(sample, entry));
  }
});
