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
    case 'matching':
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
    visited: flat.map(() => r.bool()),
    quizzes: flat.filter((f) => f.it.kind === 'quiz').map(({ it: quiz }) => {
      const qn = quiz.questions.length;
      const cap = quiz.attempts > 0 ? quiz.attempts : S.CAPS.unlimitedAttempts;
      const s = { attemptsUsed: r.int(cap + 1), bestScore: r.int(101), passed: r.bool(), current: null };
      if (r.int(3) === 0) return s;
      const drawn = quiz.drawCount > 0 && quiz.drawCount < qn;
      const stored = drawn || quiz.shuffleQuestions;
      const order = stored ? r.perm(qn).slice(0, drawn ? quiz.drawCount : qn) : [...Array(qn).keys()];
      s.current = { submitted: r.bool(), order: stored ? order : null,
        answers: order.map((i) => (r.bool() ? randomResponse(r, quiz.questions[i]) : null)) };
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
  const v2body = 'C' + text.slice(1, -2);
  const v2 = S.decode(v2body + 'AA', shape); // a future version is named before the check characters
  assert.strictEqual(v2.state, null);
  assert.strictEqual(v2.error.code, 'version');
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
