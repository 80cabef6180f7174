'use strict';
const test = require('node:test');
const assert = require('node:assert');
const completion = require('../completion.js');

// A tiny canonical tree: modules is an array of arrays of item specs ('page', {quiz: ...}, ...).
let nextId = 0;
const node = (kind, props, children) => ({ id: kind + ++nextId, kind, props: props || {}, children: children || [] });
const question = (points) => node('singleChoice', { points }, [node('choice', {}), node('choice', {})]);
function course(props, modules) {
  return node('course', Object.assign({ passingScore: 80, completion: ['pages', 'quizzes', 'scenarios'] }, props),
    modules.map((m) => node('module', m.props || {}, m.items.map((it) => {
      if (it === 'page') return node('page', { title: 'P' });
      if (it.quiz) return node('quiz', it.quiz, (it.points || [1]).map(question));
      return node('scenario', it.scenario, [node('scenarioNode', {})]);
    }))));
}
// Learner state for the course: every page visited unless told otherwise.
function state(c, overrides) {
  const items = [].concat(...completion.layout(c).map((m) => m.items));
  return Object.assign({
    location: { module: 0, item: 0 },
    visited: items.map(() => true),
    quizzes: items.filter((i) => i.kind === 'quiz').map(() => ({ attemptsUsed: 0, bestScore: 0, passed: false, current: null })),
    scenarios: items.filter((i) => i.kind === 'scenario').map(() => null),
  }, overrides);
}
const quizEntry = (bestScore, passed, attemptsUsed) => ({ attemptsUsed: attemptsUsed || 1, bestScore, passed, current: null });
const ended = (outcome, score) => ({ node: 0, path: [], pathTruncated: false, variables: [], score: score || 0, ended: true, outcome });

test('layout numbers items like the learner state: flat, per-kind index, other kinds skipped', () => {
  const c = course({}, [{ items: ['page', { quiz: {} }] }, { items: [{ scenario: {} }, { quiz: {} }, 'page'] }]);
  c.children.push(node('note', {}));
  c.children[0].children.push(node('heading', {}));
  const m = completion.layout(c);
  assert.deepStrictEqual(m.map((x) => x.items.map((i) => [i.kind, i.flat, i.index, i.module, i.item])), [
    [['page', 0, -1, 0, 0], ['quiz', 1, 0, 0, 1]],
    [['scenario', 2, 0, 1, 0], ['quiz', 3, 1, 1, 1], ['page', 4, -1, 1, 2]]]);
});

test('pages flag: every page visited', () => {
  const c = course({ completion: ['pages'] }, [{ items: ['page', 'page'] }]);
  assert.strictEqual(completion.evaluate(c, state(c)).complete, true);
  const r = completion.evaluate(c, state(c, { visited: [true, false] }));
  assert.deepStrictEqual([r.complete, r.modules], [false, [false]]);
});

test('without the pages flag unvisited pages do not matter', () => {
  const c = course({ completion: ['quizzes'] }, [{ items: ['page', { quiz: {} }] }]);
  const s = state(c, { visited: [false, false], quizzes: [quizEntry(100, true)] });
  assert.strictEqual(completion.evaluate(c, s).complete, true);
});

test('quizzes flag: every quiz passed', () => {
  const c = course({ completion: ['quizzes'] }, [{ items: [{ quiz: {} }, { quiz: {} }] }]);
  assert.strictEqual(completion.evaluate(c, state(c, { quizzes: [quizEntry(100, true), quizEntry(50, false)] })).complete, false);
  assert.strictEqual(completion.evaluate(c, state(c, { quizzes: [quizEntry(100, true), quizEntry(90, true)] })).complete, true);
});

test('an ungraded quiz (no points) counts as passed once submitted and never counts in the score', () => {
  const c = course({ completion: ['quizzes'] }, [{ items: [{ quiz: {}, points: [0, 0] }] }]);
  let r = completion.evaluate(c, state(c));
  assert.deepStrictEqual([r.complete, r.score], [false, null]);
  r = completion.evaluate(c, state(c, { quizzes: [quizEntry(0, false, 1)] }));
  assert.deepStrictEqual([r.complete, r.score, r.passed], [true, null, true]);
});

test('scenarios flag: outcome pass required when the scenario has no passing score', () => {
  const c = course({ completion: ['scenarios'] }, [{ items: [{ scenario: { passingScore: 0 } }] }]);
  assert.strictEqual(completion.evaluate(c, state(c)).complete, false);
  assert.strictEqual(completion.evaluate(c, state(c, { scenarios: [ended('neutral', 99)] })).complete, false);
  assert.strictEqual(completion.evaluate(c, state(c, { scenarios: [ended('fail')] })).complete, false);
  assert.strictEqual(completion.evaluate(c, state(c, { scenarios: [ended('pass')] })).complete, true);
  const notEnded = Object.assign(ended('pass'), { ended: false });
  assert.strictEqual(completion.evaluate(c, state(c, { scenarios: [notEnded] })).complete, false);
});

test('scenario with a passing score: ended, not failed, score at or above it', () => {
  const c = course({ completion: ['scenarios'] }, [{ items: [{ scenario: { passingScore: 10 } }] }]);
  const complete = (entry) => completion.evaluate(c, state(c, { scenarios: [entry] })).complete;
  assert.strictEqual(complete(ended('neutral', 10)), true);
  assert.strictEqual(complete(ended('neutral', 9)), false);
  assert.strictEqual(complete(ended('fail', 50)), false);
  assert.strictEqual(complete(ended('pass', 0)), true);
  assert.strictEqual(complete(Object.assign(ended('neutral', 50), { ended: false })), false);
});

test('a flag whose items the module lacks holds; an empty module is complete', () => {
  const c = course({}, [{ items: ['page'] }, { items: [] }]);
  const r = completion.evaluate(c, state(c));
  assert.deepStrictEqual([r.modules, r.complete, r.score, r.passed], [[true, true], true, null, true]);
});

test('a module with ownCompletion uses its own flags, others the course rule', () => {
  const c = course({ completion: ['pages', 'quizzes'] }, [
    { props: { ownCompletion: true, completion: ['pages'] }, items: ['page', { quiz: {} }] },
    { props: { ownCompletion: false, completion: ['pages'] }, items: ['page', { quiz: {} }] }]);
  const r = completion.evaluate(c, state(c));
  assert.deepStrictEqual(r.modules, [true, false]);
  assert.strictEqual(r.complete, false);
  const c2 = course({ completion: ['pages'] }, [{ props: { ownCompletion: true, completion: ['quizzes'] }, items: ['page', { quiz: {} }] }]);
  assert.deepStrictEqual(completion.evaluate(c2, state(c2, { visited: [false, false] })).modules, [false]);
  assert.deepStrictEqual(completion.evaluate(c2, state(c2, { visited: [false, false], quizzes: [quizEntry(80, true)] })).modules, [true]);
});

test('an empty completion rule is complete at once', () => {
  const c = course({ completion: [] }, [{ items: ['page', { quiz: {} }, { scenario: {} }] }]);
  assert.strictEqual(completion.evaluate(c, state(c, { visited: [false, false, false] })).complete, true);
});

test('course score: mean of graded quizzes best scores; unattempted count as 0', () => {
  const c = course({ completion: ['pages'] }, [{ items: [{ quiz: {} }, { quiz: {}, points: [0] }] }, { items: [{ quiz: {} }] }]);
  assert.strictEqual(completion.evaluate(c, state(c, { quizzes: [quizEntry(90, true), quizEntry(0, false), quizEntry(60, false)] })).score, 75);
  assert.strictEqual(completion.evaluate(c, state(c)).score, 0);
});

test('passed: complete and score at or above the course passing score', () => {
  const c = course({ completion: ['pages'], passingScore: 70 }, [{ items: ['page', { quiz: {} }] }]);
  let r = completion.evaluate(c, state(c, { quizzes: [quizEntry(70, true)] }));
  assert.deepStrictEqual([r.complete, r.passed, r.failed], [true, true, false]);
  // Complete below the passing score is a verdict too (a fail the learner may still turn into a pass).
  r = completion.evaluate(c, state(c, { quizzes: [quizEntry(69, false)] }));
  assert.deepStrictEqual([r.complete, r.passed, r.failed], [true, false, true]);
  r = completion.evaluate(c, state(c, { visited: [false, true], quizzes: [quizEntry(100, true)] }));
  assert.deepStrictEqual([r.complete, r.passed], [false, false]);
});

test('a passing score given by the caller (mastery) overrides the course one', () => {
  const c = course({ completion: ['pages'], passingScore: 90 }, [{ items: [{ quiz: {} }] }]);
  const s = state(c, { quizzes: [quizEntry(60, false)] });
  assert.strictEqual(completion.evaluate(c, s).passed, false);
  assert.strictEqual(completion.evaluate(c, s, 60).passed, true);
  assert.strictEqual(completion.evaluate(c, s, 61).passed, false);
  assert.strictEqual(completion.evaluate(c, s, null).passed, false);
  // A mastery score above what every quiz asked: complete, its own quizzes passed, yet failed.
  const own = course({ completion: ['pages', 'quizzes'], passingScore: 50 }, [{ items: [{ quiz: { passingScore: 50 } }] }]);
  const r = completion.evaluate(own, state(own, { quizzes: [quizEntry(83, true)] }), 100);
  assert.deepStrictEqual([r.complete, r.passed, r.failed, r.score], [true, false, true, 83]);
});

test('failed: a graded quiz used all its attempts without passing', () => {
  const c = course({}, [{ items: ['page', { quiz: { attempts: 2 } }] }]);
  let r = completion.evaluate(c, state(c, { quizzes: [quizEntry(40, false, 1)] }));
  assert.deepStrictEqual([r.failed, r.passed], [false, false]);
  r = completion.evaluate(c, state(c, { quizzes: [quizEntry(40, false, 2)] }));
  assert.deepStrictEqual([r.failed, r.passed, r.complete], [true, false, false]);
  r = completion.evaluate(c, state(c, { quizzes: [quizEntry(90, true, 2)] }));
  assert.deepStrictEqual([r.failed, r.passed], [false, true]);
});

test('unlimited attempts never fail; ungraded quizzes never fail', () => {
  const c = course({}, [{ items: [{ quiz: { attempts: 0 } }, { quiz: { attempts: 1 }, points: [0] }] }]);
  const r = completion.evaluate(c, state(c, { quizzes: [quizEntry(10, false, 200), { attemptsUsed: 1, bestScore: 0, passed: false, current: null }] }));
  assert.strictEqual(r.failed, false);
});

test('defaults: no completion property means all three flags, no passing score means 80', () => {
  const c = course({}, [{ items: ['page', { quiz: {} }, { scenario: {} }] }]);
  delete c.props.completion;
  delete c.props.passingScore;
  let r = completion.evaluate(c, state(c, { quizzes: [quizEntry(80, true)] }));
  assert.strictEqual(r.complete, false);
  r = completion.evaluate(c, state(c, { quizzes: [quizEntry(79, true)], scenarios: [ended('pass')] }));
  assert.deepStrictEqual([r.complete, r.passed], [true, false]);
  r = completion.evaluate(c, state(c, { quizzes: [quizEntry(80, true)], scenarios: [ended('pass')] }));
  assert.deepStrictEqual([r.complete, r.passed], [true, true]);
});

test('the sample course: complete after every page, the quiz passed and the good ending', () => {
  const sample = require('../../starters/sample/course.json').course;
  const items = [].concat(...completion.layout(sample).map((m) => m.items));
  const base = { location: { module: 0, item: 0 }, visited: items.map(() => true),
    quizzes: [quizEntry(100, true)], scenarios: [ended('pass')] };
  assert.strictEqual(completion.evaluate(sample, base).passed, true);
  assert.strictEqual(completion.evaluate(sample, Object.assign({}, base, { scenarios: [ended('fail')] })).complete, false);
});
