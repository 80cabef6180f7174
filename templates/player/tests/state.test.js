// Learner-state encoding: seeded round trips, printable output, errors reported (never thrown),
// and the worst-case length agreed with the C++ exporter through tests/data/state-shape.json.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const S = require('../state.js');

const root = path.resolve(__dirname, '..', '..', '..');
const fixture = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'data', 'state-shape.json'), 'utf8'));
const sample = JSON.parse(
  fs.readFileSync(path.join(root, 'templates', 'starters', 'sample', 'course.json'), 'utf8'));

// mulberry32: small, seeded, reproducible.
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const bool = () => next() < 0.5;
  const perm = (n) => {
    const p = [...Array(n).keys()];
    for (let i = n - 1; i > 0; i--) {
      const j = int(i + 1);
      [p[i], p[j]] = [p[j], p[i]];
    }
    return p;
  };
  const pieces = ['a', 'Z', ' ', '9', 'é', 'ß', '€', '日本', '😀', '"', '\\', ',', ';'];
  const text = (maxBytes) => {
    let s = '';
    const want = int(maxBytes + 1);
    while (Buffer.byteLength(s) < want) {
      const p = pieces[int(pieces.length)];
      if (Buffer.byteLength(s + p) > maxBytes) break;
      s += p;
    }
    return s;
  };
  const number = () => {
    switch (int(5)) {
      case 0: return int(1000) - 500;
      case 1: return (next() - 0.5) * 1e6;
      case 2: return (next() - 0.5) * Math.pow(10, int(600) - 300);
      case 3: return 0;
      default: return Number((next() * 100).toFixed(2));
    }
  };
  return { next, int, bool, perm, text, number };
}

function randomResponse(r, q) {
  switch (q.kind) {
    case 'singleChoice':
    case 'likert': return r.int(q.n);
    case 'multipleResponse': return Array.from({ length: q.n }, () => r.bool());
    case 'trueFalse': return r.bool();
    case 'fillBlank': return r.text(S.CAPS.fillBlankBytes);
    case 'shortAnswer': return r.text(S.CAPS.shortAnswerBytes);
    case 'matching': return r.bool() ? r.perm(q.n) : Array.from({ length: q.n }, () => r.int(q.n + 1) - 1);
    case 'sequencing': return r.perm(q.n);
    case 'numeric': return r.number();
  }
  throw new Error(q.kind);
}

function items(shape) {
  return shape.modules.flatMap((m, mi) => m.items.map((it, ii) => ({ it, mi, ii })));
}

// A random state inside every cap, so decode(encode(s)) must equal s exactly.
function randomState(r, shape) {
  const flat = items(shape);
  const loc = flat.length ? flat[r.int(flat.length)] : { mi: 0, ii: 0 };
  return {
    location: { module: loc.mi, item: loc.ii },
    // Random, or in order up to a point (the runs form).
    visited: (() => {
      const upTo = r.bool() ? r.int(flat.length + 1) : -1;
      return flat.map((f, i) => (upTo < 0 ? r.bool() : i < upTo));
    })(),
    quizzes: flat.filter((f) => f.it.kind === 'quiz').map(({ it: quiz }) => {
      const qn = quiz.questions.length;
      const cap = quiz.attempts > 0 ? quiz.attempts : S.CAPS.unlimitedAttempts;
      const s = { attemptsUsed: r.int(cap + 1), bestScore: r.int(101), passed: r.bool(), current: null };
      if (r.int(4) === 0) return { attemptsUsed: 0, bestScore: 0, passed: false, current: null };
      if (r.int(3) === 0) return s;
      const drawn = quiz.drawCount > 0 && quiz.drawCount < qn;
      const stored = drawn || quiz.shuffleQuestions;
      const order = stored ? r.perm(qn).slice(0, drawn ? quiz.drawCount : qn) : [...Array(qn).keys()];
      s.current = { submitted: r.bool(), order: stored ? order : null,
        answers: order.map((i) => (r.bool() ? randomResponse(r, quiz.questions[i]) : null)) };
      // An attempt in progress says for each answer whether it is checked; a submitted one has
      // no flags.
      if (!s.current.submitted) s.current.checked = s.current.answers.map((a) => a !== null && r.bool());
      if (quiz.shuffleChoices) s.current.choiceSeed = r.int(65536);
      return s;
    }),
    scenarios: flat.filter((f) => f.it.kind === 'scenario').map(({ it: sc }) => {
      if (r.int(4) === 0) return null;
      const ended = r.bool();
      return {
        node: r.int(sc.nodes),
        pathTruncated: r.bool(),
        path: Array.from({ length: r.int(S.CAPS.pathLength + 1) }, () => r.int(sc.nodes)),
        variables: sc.variables.map((t) => (t === 'boolean' ? r.bool() : r.number())),
        score: r.int(2) ? r.int(2001) - 1000 : r.number(),
        ended,
        outcome: ended ? ['neutral', 'pass', 'fail'][r.int(3)] : null,
      };
    }),
  };
}

// A random shape, including the corners: empty modules, one-choice questions, one-node scenarios.
function randomShape(r) {
  const kinds = ['singleChoice', 'multipleResponse', 'trueFalse', 'fillBlank', 'matching', 'sequencing',
    'numeric', 'likert', 'shortAnswer'];
  const modules = Array.from({ length: 1 + r.int(4) }, () => ({
    items: Array.from({ length: r.int(6) }, () => {
      const k = r.int(3);
      if (k === 0) return { kind: 'page' };
      if (k === 1) {
        const questions = Array.from({ length: r.int(7) }, () => ({ kind: kinds[r.int(kinds.length)], n: 1 + r.int(8) }));
        return { kind: 'quiz', attempts: r.int(4), drawCount: r.int(5), shuffleQuestions: r.bool(),
          shuffleChoices: r.bool(), questions };
      }
      return { kind: 'scenario', nodes: 1 + r.int(40),
        variables: Array.from({ length: r.int(4) }, () => (r.bool() ? 'boolean' : 'number')) };
    }),
  }));
  return { format: 1, hash: Math.floor(r.next() * 4294967296), modules };
}

const printable = /^[A-Za-z0-9_-]+$/;

test('round trip of random states on random shapes (seeded)', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const r = rng(seed);
    const shape = randomShape(r);
    for (let n = 0; n < 5; n++) {
      const state = randomState(r, shape);
      const text = S.encode(state, shape);
      assert.match(text, printable, `seed ${seed}`);
      const back = S.decode(text, shape);
      assert.strictEqual(back.error, null, `seed ${seed}: ${JSON.stringify(back.error)}`);
      assert.deepStrictEqual(back.state, state, `seed ${seed}`);
    }
  }
});

test('round trip on the fixture and the sample course shapes', () => {
  for (const shape of [fixture.shape, S.shapeFromCourse(sample.course)]) {
    const r = rng(99);
    for (let n = 0; n < 200; n++) {
      const state = randomState(r, shape);
      const back = S.decode(S.encode(state, shape), shape);
      assert.deepStrictEqual(back.state, state);
    }
  }
});

test('over-long texts, paths and attempt counts are capped as documented', () => {
  const shape = fixture.shape;
  const state = randomState(rng(5), shape);
  state.quizzes[0].attemptsUsed = 99;
  state.quizzes[0].current = { submitted: false, order: null, choiceSeed: 7,
    answers: [null, null, null, 'é'.repeat(40), null, null, null, null, 'x'.repeat(1000)] };
  state.scenarios[0] = { node: 1, pathTruncated: false, path: Array.from({ length: 50 }, (_, i) => i % 10),
    variables: [1.5, true], score: 3, ended: false, outcome: null };
  const back = S.decode(S.encode(state, shape), shape).state;
  assert.strictEqual(back.quizzes[0].attemptsUsed, 3);
  assert.strictEqual(back.quizzes[0].current.answers[3], 'é'.repeat(32)); // 64 bytes, whole characters
  assert.strictEqual(back.quizzes[0].current.answers[8], 'x'.repeat(S.CAPS.shortAnswerBytes));
  assert.strictEqual(back.scenarios[0].path.length, S.CAPS.pathLength);
  assert.deepStrictEqual(back.scenarios[0].path, state.scenarios[0].path.slice(-S.CAPS.pathLength));
  assert.strictEqual(back.scenarios[0].pathTruncated, true);
});

test('worst case agrees with the hand-computed fixture (and with the C++ test)', () => {
  const text = S.encode(S.worstCase(fixture.shape), fixture.shape);
  assert.strictEqual(text.length, fixture.worstCaseLength);
  assert.match(text, printable);
  assert.strictEqual(S.decode(text, fixture.shape).error, null);
});

test('structure hash is FNV-1a 32 of the ids, each followed by a line feed', () => {
  assert.strictEqual(S.structureHash(fixture.hashCheck.ids), fixture.hashCheck.hash);
  assert.strictEqual(S.structureHash([]), 0x811c9dc5);
});

test('worst case is the longest state: random states never exceed it', () => {
  for (let seed = 1; seed <= 50; seed++) {
    const r = rng(1000 + seed);
    const shape = randomShape(r);
    const limit = S.encode(S.worstCase(shape), shape).length;
    for (let n = 0; n < 20; n++) assert.ok(S.encode(randomState(r, shape), shape).length <= limit);
  }
});

test('sample course worst case fits SCORM 1.2 suspend_data', () => {
  const shape = S.shapeFromCourse(sample.course);
  const length = S.encode(S.worstCase(shape), shape).length;
  console.log(`sample course worst-case state: ${length} characters`);
  assert.ok(length <= 4096);
});

test('another version or another course is reported, not thrown', () => {
  const shape = fixture.shape;
  const text = S.encode(randomState(rng(3), shape), shape);
  const other = { ...shape, hash: (shape.hash + 1) >>> 0 };
  assert.strictEqual(S.decode(text, other).error.code, 'hash');
  const future = S.decode('D' + text.slice(1, -2) + 'AA', shape); // named before the check characters
  assert.strictEqual(future.state, null);
  assert.strictEqual(future.error.code, 'version');
});

test('truncated, altered or garbage input never throws and returns null with a reason', () => {
  const shape = fixture.shape;
  const r = rng(11);
  const text = S.encode(randomState(r, shape), shape);
  const inputs = [undefined, null, 42, {}, '', 'B', 'BA', '!!!!', '\u0000\u0001\u0002', 'B'.repeat(5000)];
  for (let i = 0; i < text.length; i++) inputs.push(text.slice(0, i));
  for (let i = 0; i < 300; i++) {
    const at = r.int(text.length);
    inputs.push(text.slice(0, at) + S.ALPHABET[(S.ALPHABET.indexOf(text[at]) + 1 + r.int(63)) % 64] + text.slice(at + 1));
    inputs.push(Array.from({ length: r.int(400) }, () => String.fromCharCode(r.int(128))).join(''));
  }
  for (const input of inputs) {
    let result;
    assert.doesNotThrow(() => { result = S.decode(input, shape); });
    assert.strictEqual(result.state, null, JSON.stringify(input));
    assert.ok(result.error && typeof result.error.code === 'string' && result.error.message);
  }
});

test('attached to globalThis for the player page', () => {
  assert.strictEqual(globalThis.CoursewrightState, S);
});

test('a version 1 state (the player before) is still read, answers as checked', () => {
  const v1 = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'data', 'state-v1.json'), 'utf8'));
  assert.ok(v1.states.length >= 5);
  for (const { text, state } of v1.states) {
    assert.strictEqual(text[0], S.ALPHABET[1]);
    const back = S.decode(text, fixture.shape);
    assert.strictEqual(back.error, null);
    assert.deepStrictEqual(back.state, state);
    // Written again it is a version 2 state of the same learner.
    const again = S.encode(back.state, fixture.shape);
    assert.strictEqual(again[0], S.ALPHABET[S.VERSION]);
    assert.deepStrictEqual(S.decode(again, fixture.shape).state, state);
  }
});

test('typed, unchecked answers and a partial matching are kept with their checked flags', () => {
  const shape = fixture.shape;
  const state = S.worstCase(shape);
  state.quizzes[0].current = { submitted: false, order: null, choiceSeed: 9,
    answers: [1, null, true, 'half-typed', [2, -1, -1], null, 1500, null, 'a draft'],
    checked: [true, false, true, false, false, false, false, false, false] };
  const back = S.decode(S.encode(state, shape), shape).state;
  assert.deepStrictEqual(back.quizzes[0].current, state.quizzes[0].current);
  // Once submitted every answer is final: no flags are stored.
  state.quizzes[0].current.submitted = true;
  const done = S.decode(S.encode(state, shape), shape).state.quizzes[0].current;
  assert.strictEqual(done.checked, undefined);
  assert.deepStrictEqual(done.answers, state.quizzes[0].current.answers);
});

test('numbers of 25 characters survive (down to 1e-7 a double has no exponent)', () => {
  const shape = fixture.shape;
  const state = S.worstCase(shape);
  for (const n of [-0.0000013040370497534574, -0.0000012345678901234567, -1.7976931348623157e308, 5e-324]) {
    state.quizzes[0].current.answers[6] = n;
    state.scenarios[0].score = n;
    const back = S.decode(S.encode(state, shape), shape);
    assert.strictEqual(back.error, null, String(n));
    assert.strictEqual(back.state.quizzes[0].current.answers[6], n);
    assert.strictEqual(back.state.scenarios[0].score, n);
  }
});

// Issue 8, point 6: a course of `pages` pages in modules of 20, each module ending in a quiz of
// ten four-choice questions and four multiple-response ones, choices shuffled, attempts unlimited
// (1,750 characters at 2,000 pages in the version 1 encoding, which had the 4,096 of SCORM 1.2
// run out near 4,700 pages). tests/bench/state-scale.js prints the figures.
const QUIZ = [...Array(10).fill({ kind: 'singleChoice', n: 4 }), ...Array(4).fill({ kind: 'multipleResponse', n: 4 })];
function bigShape(pages) {
  const modules = Array.from({ length: pages / 20 }, () => ({ items: [...Array(20).fill({ kind: 'page' }),
    { kind: 'quiz', attempts: 0, drawCount: 0, shuffleQuestions: false, shuffleChoices: true, questions: QUIZ }] }));
  return { format: S.VERSION, hash: 7, modules };
}
// The usual finished learner: every item visited in order, every quiz submitted once, all answered.
function finished(shape) {
  const flat = shape.modules.flatMap((m, mi) => m.items.map((it, ii) => ({ it, mi, ii })));
  const last = flat[flat.length - 1];
  return { location: { module: last.mi, item: last.ii }, visited: flat.map(() => true), scenarios: [],
    quizzes: flat.filter((f) => f.it.kind === 'quiz').map((f) => ({ attemptsUsed: 1, bestScore: 80, passed: true,
      current: { submitted: true, order: null, choiceSeed: 4321,
        answers: f.it.questions.map((q, i) => (q.kind === 'singleChoice' ? i % 4 : [true, false, i % 2 === 0, false])) } })) };
}
test('a 5,000-page course fits SCORM 1.2 for the usual learner, and the worst case is what is stored', () => {
  const shape = bigShape(5000);
  const usual = S.encode(finished(shape), shape);
  assert.ok(usual.length <= 4096, `usual state at 5,000 pages: ${usual.length} characters`);
  assert.deepStrictEqual(S.decode(usual, shape).state, finished(shape));
  // A learner who skipped around takes the bitset; the worst case stays an upper bound.
  const worst = S.encode(S.worstCase(shape), shape).length;
  const skipped = finished(shape);
  skipped.visited = skipped.visited.map((v, i) => i % 3 !== 1);
  assert.ok(S.encode(skipped, shape).length <= worst);
  // Visited runs keep the start of a course small, whatever its size.
  const started = S.worstCase(shape);
  started.visited = started.visited.map((v, i) => i < 40);
  started.quizzes = started.quizzes.map(() => ({ attemptsUsed: 0, bestScore: 0, passed: false, current: null }));
  started.scenarios = [];
  assert.ok(S.encode(started, shape).length < 100, 'a learner two modules in');
});
