// Quiz engine: grading of every question kind, score / pass / best / attempts, drawing and
// shuffling from a seeded source, interaction records, and entries that survive the learner-state
// encoding for the sample course and a synthetic quiz holding every kind.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const i18n = require('../i18n.js');
const Q = require('../quiz.js');
const S = require('../state.js');

const root = path.resolve(__dirname, '..', '..', '..');
const sample = JSON.parse(fs.readFileSync(path.join(root, 'templates', 'starters', 'sample', 'course.json'), 'utf8'));

let nextId = 0;
const node = (kind, props, children) => ({ id: kind + '-' + ++nextId, kind, props: props || {}, children: children || [] });
const base = { prompt: '<p>Q</p>', points: 1, correctFeedback: '<p>Yes</p>', incorrectFeedback: '<p>No</p>' };
const qn = (kind, props, children) => node(kind, Object.assign({}, base, props), children);
const choices = (...right) => right.map((r, i) => node('choice', { text: 'C' + i, correct: r, feedback: 'f' + i }));

// One question of every kind, in this order.
function everyKind() {
  return [
    qn('singleChoice', {}, choices(false, true, false)),
    qn('multipleResponse', {}, choices(true, false, true, false)),
    qn('trueFalse', { answer: false }),
    qn('fillBlank', { prompt: '<p>SBI: Situation, Behavior and ______.</p>', accepted: ['Impact', 'the impact'], caseSensitive: false }),
    qn('matching', {}, [['a', 'A'], ['b', 'B'], ['c', 'C']].map(([p, m]) => node('matchPair', { prompt: p, match: m }))),
    qn('sequencing', {}, ['one', 'two', 'three', 'four'].map((t) => node('sequenceItem', { text: t }))),
    qn('numeric', { answer: 3.5, tolerance: 0.1, unit: 'kg' }),
    qn('likert', { points: 0, scale: ['Disagree', 'Neutral', 'Agree'] }),
    qn('shortAnswer', { points: 0, sampleAnswer: '<p>Something</p>', maxLength: 300 }),
  ];
}
const quizNode = (props, qs) => node('quiz', Object.assign({ title: 'Quiz', passingScore: 80, attempts: 0, shuffleQuestions: false,
  shuffleChoices: false, drawCount: 0, feedbackTiming: 'immediate', allowReview: true }, props), qs || everyKind());
const fresh = () => ({ attemptsUsed: 0, bestScore: 0, passed: false, current: null });
const right = [1, [true, false, true, false], false, 'Impact', [0, 1, 2], [0, 1, 2, 3], 3.5, 2, 'text'];
const wrong = [0, [true, false, false, false], true, 'Outcome', [1, 0, 2], [1, 0, 2, 3], 4, 0, 'other'];

// mulberry32 over a fixed seed: the tests' "host.random".
const seeded = (seed) => Q.prng(seed);

test('every kind grades a right answer right and a wrong one wrong; likert and short answer are ungraded', () => {
  const qs = everyKind();
  qs.forEach((q, i) => {
    const ungraded = q.kind === 'likert' || q.kind === 'shortAnswer';
    assert.strictEqual(Q.grade(q, right[i]), ungraded ? null : true, q.kind + ' right');
    assert.strictEqual(Q.grade(q, wrong[i]), ungraded ? null : false, q.kind + ' wrong');
    assert.strictEqual(Q.grade(q, null), ungraded ? null : false, q.kind + ' unanswered');
  });
});

test('multiple response is all or nothing: a partial or an extra choice is wrong', () => {
  const q = qn('multipleResponse', {}, choices(true, false, true));
  assert.strictEqual(Q.grade(q, [true, false, true]), true);
  assert.strictEqual(Q.grade(q, [true, false, false]), false);
  assert.strictEqual(Q.grade(q, [true, true, true]), false);
  assert.strictEqual(Q.grade(q, [false, false, false]), false);
});

test('fill in the blank trims, collapses whitespace and honours caseSensitive', () => {
  const q = qn('fillBlank', { accepted: ['the impact'], caseSensitive: false });
  assert.strictEqual(Q.grade(q, '  The   IMPACT \n'), true);
  assert.strictEqual(Q.grade(q, 'theimpact'), false);
  const cs = qn('fillBlank', { accepted: ['Impact'], caseSensitive: true });
  assert.strictEqual(Q.grade(cs, ' Impact '), true);
  assert.strictEqual(Q.grade(cs, 'impact'), false);
  assert.strictEqual(Q.grade(qn('fillBlank', { accepted: [] }), ''), false);
});

test('numeric: comma or point decimals, tolerance inclusive, junk is no number', () => {
  assert.strictEqual(Q.parseNumber('3,5'), 3.5);
  assert.strictEqual(Q.parseNumber(' 3.5 '), 3.5);
  assert.strictEqual(Q.parseNumber('-0,25'), -0.25);
  assert.strictEqual(Q.parseNumber('1,000.5'), 1000.5);
  assert.strictEqual(Q.parseNumber('1e3'), 1000);
  for (const bad of ['', 'abc', '3,5,6', '3.5kg', '1e999', '.', '-']) assert.strictEqual(Q.parseNumber(bad), null, bad);
  const q = qn('numeric', { answer: 10, tolerance: 0.5 });
  assert.strictEqual(Q.grade(q, 10.5), true);
  assert.strictEqual(Q.grade(q, 9.5), true);
  assert.strictEqual(Q.grade(q, 10.51), false);
  const exact = qn('numeric', { answer: 0.3, tolerance: 0 });
  assert.strictEqual(Q.grade(exact, 0.1 + 0.2), true);
  assert.strictEqual(Q.grade(exact, 0.31), false);
});

test('matching and sequencing need the exact permutation; duplicated texts are interchangeable', () => {
  const m = everyKind()[4];
  assert.strictEqual(Q.grade(m, [0, 2, 1]), false);
  assert.strictEqual(Q.grade(m, [0, 1]), false);
  const dup = qn('matching', {}, [['x', 'Same'], ['y', 'Same'], ['z', 'Other']].map(([p, t]) => node('matchPair', { prompt: p, match: t })));
  assert.strictEqual(Q.grade(dup, [1, 0, 2]), true);
  const s = everyKind()[5];
  assert.strictEqual(Q.grade(s, [0, 1, 3, 2]), false);
  assert.strictEqual(Q.grade(s, [3, 2, 1, 0]), false);
});

test('points 0 makes any kind ungraded and keeps it out of the score', () => {
  const quiz = quizNode({}, [qn('singleChoice', { points: 0 }, choices(true, false)), qn('trueFalse', { answer: true, points: 3 })]);
  assert.strictEqual(Q.grade(quiz.children[0], 1), null);
  const s = Q.score(quiz, { order: null, answers: [1, true] });
  assert.deepStrictEqual(s, { results: [null, true], earned: 3, total: 3, percent: 100 });
});

test('score is round(100 * earned / graded points), all or nothing per question', () => {
  const quiz = quizNode({}, [qn('trueFalse', { answer: true, points: 2 }), qn('trueFalse', { answer: true, points: 1 }),
    qn('trueFalse', { answer: true, points: 3 })]);
  assert.strictEqual(Q.score(quiz, { order: null, answers: [true, false, null] }).percent, 33);
  assert.strictEqual(Q.score(quiz, { order: null, answers: [true, true, false] }).percent, 50);
  assert.strictEqual(Q.score(quiz, { order: [2, 0], answers: [true, false] }).percent, 60);
  const survey = quizNode({}, [qn('likert', { points: 0, scale: ['a', 'b'] })]);
  assert.strictEqual(Q.score(survey, { order: null, answers: [null] }).percent, 100);
});

test('submit: attempts counted, pass at the passing score, best score kept, passed sticky', () => {
  const quiz = quizNode({ attempts: 3 });
  let e = Object.assign(fresh(), { current: Q.newAttempt(quiz, seeded(1)) });
  e.current.answers = wrong.slice();
  let out = Q.submit(quiz, e, 80);
  assert.strictEqual(out.entry.attemptsUsed, 1);
  assert.strictEqual(out.entry.passed, false);
  assert.strictEqual(out.entry.current.submitted, true);
  assert.strictEqual(e.current.submitted, false, 'the entry passed in is not mutated');
  assert.strictEqual(Q.attemptsLeft(quiz, out.entry), 2);
  // 6 of 7 graded right: 86% passes 80.
  e = Object.assign({}, out.entry, { current: Object.assign(Q.newAttempt(quiz, seeded(2)), { answers: right.slice() }) });
  e.current.answers[0] = 0;
  out = Q.submit(quiz, e, 80);
  assert.strictEqual(out.score.percent, 86);
  assert.deepStrictEqual([out.entry.attemptsUsed, out.entry.bestScore, out.entry.passed], [2, 86, true]);
  // A worse third attempt keeps the best score and the pass.
  e = Object.assign({}, out.entry, { current: Object.assign(Q.newAttempt(quiz, seeded(3)), { answers: wrong.slice() }) });
  out = Q.submit(quiz, e, 80);
  assert.deepStrictEqual([out.entry.attemptsUsed, out.entry.bestScore, out.entry.passed], [3, 86, true]);
  assert.strictEqual(Q.attemptsLeft(quiz, out.entry), 0);
  // Exactly at the passing score passes; unlimited attempts never run out.
  const two = quizNode({ attempts: 0 }, [qn('trueFalse', { answer: true }), qn('trueFalse', { answer: true })]);
  out = Q.submit(two, Object.assign(fresh(), { current: { submitted: false, order: null, answers: [true, false] } }), 50);
  assert.strictEqual(out.entry.passed, true);
  assert.strictEqual(Q.attemptsLeft(two, Object.assign(fresh(), { attemptsUsed: 99 })), Infinity);
});

test('an untouched sequence is submitted as the order it was shown in, never the answer', () => {
  const quiz = quizNode({}, [everyKind()[5]]);
  const out = Q.submit(quiz, Object.assign(fresh(), { current: { submitted: false, order: null, answers: [null] } }), 80);
  assert.deepStrictEqual(out.entry.current.answers[0], Q.sequenceStart(undefined, 0, 4));
  assert.strictEqual(out.score.results[0], false);
  for (let seed = 0; seed < 200; seed++) {
    const s = Q.sequenceStart(seed, seed % 7, 2 + (seed % 5));
    assert.notDeepStrictEqual(s, s.slice().sort((a, b) => a - b), 'seed ' + seed);
    assert.deepStrictEqual(s.slice().sort((a, b) => a - b), [...s.keys()]);
  }
});

test('drawing N of a pool: N distinct questions, authoring order unless shuffled', () => {
  const pool = Array.from({ length: 10 }, () => qn('trueFalse', { answer: true }));
  for (let seed = 1; seed <= 50; seed++) {
    const a = Q.newAttempt(quizNode({ drawCount: 4 }, pool), seeded(seed));
    assert.strictEqual(a.order.length, 4);
    assert.strictEqual(new Set(a.order).size, 4);
    assert.deepStrictEqual(a.order, a.order.slice().sort((x, y) => x - y));
    assert.ok(a.order.every((i) => i >= 0 && i < 10));
    assert.deepStrictEqual(a.answers, [null, null, null, null]);
  }
  const seen = new Set();
  for (let seed = 1; seed <= 50; seed++) seen.add(Q.newAttempt(quizNode({ drawCount: 4 }, pool), seeded(seed)).order.join());
  assert.ok(seen.size > 30, 'draws vary with the random source');
  const shuffled = Q.newAttempt(quizNode({ drawCount: 10, shuffleQuestions: true }, pool), seeded(7));
  assert.deepStrictEqual(shuffled.order.slice().sort((x, y) => x - y), [...Array(10).keys()]);
  assert.notDeepStrictEqual(shuffled.order, [...Array(10).keys()]);
  const plain = Q.newAttempt(quizNode({}, pool), seeded(7));
  assert.strictEqual(plain.order, null);
  assert.strictEqual('choiceSeed' in plain, false);
  assert.strictEqual(Q.presented(quizNode({}, pool), plain).length, 10);
});

test('choice orders come from the seed and the question index alone', () => {
  const a = Q.newAttempt(quizNode({ shuffleChoices: true }), seeded(11));
  const b = Q.newAttempt(quizNode({ shuffleChoices: true }), seeded(11));
  assert.strictEqual(a.choiceSeed, b.choiceSeed);
  assert.ok(Number.isInteger(a.choiceSeed) && a.choiceSeed >= 0 && a.choiceSeed < 65536);
  assert.deepStrictEqual(Q.choiceOrder(1234, 3, 8), Q.choiceOrder(1234, 3, 8));
  assert.deepStrictEqual(Q.choiceOrder(1234, 3, 8).slice().sort(), [...Array(8).keys()]);
  const orders = new Set();
  for (let seed = 0; seed < 40; seed++) orders.add(Q.choiceOrder(seed, 0, 6).join());
  assert.ok(orders.size > 30, 'different seeds give different orders');
  const perQuestion = new Set();
  for (let qi = 0; qi < 20; qi++) perQuestion.add(Q.choiceOrder(5, qi, 6).join());
  assert.ok(perQuestion.size > 15, 'questions of one attempt are shuffled differently');
});

test('interactions: kinds, authoring-order texts, responses and correct patterns', () => {
  const qs = everyKind();
  const plain = (h) => h.replace(/<[^>]*>/g, '');
  const its = qs.map((q, i) => Q.interaction(q, right[i], Q.grade(q, right[i]), plain));
  assert.deepStrictEqual(its.map((i) => i.type), ['choice', 'choice', 'true-false', 'fill-in', 'matching', 'sequencing', 'numeric',
    'likert', 'long-fill-in']);
  assert.deepStrictEqual(its.map((i) => i.result), ['correct', 'correct', 'correct', 'correct', 'correct', 'correct', 'correct',
    'neutral', 'neutral']);
  assert.strictEqual(its[0].id, qs[0].id);
  assert.strictEqual(its[0].description, 'Q');
  assert.deepStrictEqual([its[0].choices, its[0].response, its[0].correct], [['C0', 'C1', 'C2'], [1], [1]]);
  assert.deepStrictEqual([its[1].response, its[1].correct], [[0, 2], [0, 2]]);
  assert.deepStrictEqual([its[2].response, its[2].correct], [false, false]);
  assert.deepStrictEqual([its[3].response, its[3].correct], ['Impact', 'Impact']);
  assert.deepStrictEqual([its[4].source, its[4].target, its[4].response], [['a', 'b', 'c'], ['A', 'B', 'C'], [[0, 0], [1, 1], [2, 2]]]);
  assert.deepStrictEqual([its[5].choices, its[5].correct], [['one', 'two', 'three', 'four'], [0, 1, 2, 3]]);
  assert.deepStrictEqual(its[6].correct, { min: 3.4, max: 3.6 });
  assert.deepStrictEqual([its[7].choices, its[7].response, its[7].correct], [['Disagree', 'Neutral', 'Agree'], 2, null]);
  assert.deepStrictEqual([its[8].response, its[8].correct, its[8].weighting], ['text', null, 0]);
  assert.strictEqual(its[0].weighting, 1);
  const none = Q.interaction(qs[0], null, false, plain);
  assert.deepStrictEqual([none.response, none.result], [null, 'incorrect']);
});

function roundTrip(course, quizIndex, entry) {
  const shape = S.shapeFromCourse(course);
  const items = [].concat(...shape.modules.map((m) => m.items));
  const quizzes = items.filter((i) => i.kind === 'quiz');
  const state = { location: { module: 0, item: 0 }, visited: items.map(() => false),
    quizzes: quizzes.map((q, i) => (i === quizIndex ? entry : fresh())),
    scenarios: items.filter((i) => i.kind === 'scenario').map(() => null) };
  const decoded = S.decode(S.encode(state, shape), shape);
  assert.strictEqual(decoded.error, null);
  return decoded.state.quizzes[quizIndex];
}

test('sample course: fresh, in-progress and submitted entries survive encode/decode', () => {
  const quiz = sample.course.children.flatMap((m) => m.children).find((i) => i.kind === 'quiz');
  const kinds = Q.questions(quiz).map((q) => q.kind);
  assert.deepStrictEqual(kinds, ['singleChoice', 'multipleResponse', 'trueFalse', 'fillBlank', 'matching', 'sequencing']);
  let e = Object.assign(fresh(), { current: Q.newAttempt(quiz, seeded(3)) });
  assert.deepStrictEqual(roundTrip(sample.course, 0, e), e);
  e.current.answers = [1, [true, true, false, false], false, 'impact', [2, 1, 0], null];
  assert.deepStrictEqual(roundTrip(sample.course, 0, e), e);
  const out = Q.submit(quiz, e, 80);
  assert.strictEqual(out.score.percent, 67);
  const back = roundTrip(sample.course, 0, out.entry);
  assert.deepStrictEqual(back, out.entry);
  assert.deepStrictEqual(Q.score(quiz, back.current), out.score);
});

test('a synthetic quiz with every kind, drawn, shuffled: entries survive encode/decode', () => {
  const quiz = quizNode({ attempts: 5, drawCount: 7, shuffleQuestions: true, shuffleChoices: true });
  const course = node('course', {}, [node('module', {}, [node('page', {}), quiz])]);
  for (let seed = 1; seed <= 20; seed++) {
    const cur = Q.newAttempt(quiz, seeded(seed));
    assert.strictEqual(cur.order.length, 7);
    cur.answers = cur.order.map((qi, k) => (k % 3 === 2 ? null : right[qi]));
    const e = { attemptsUsed: seed % 5, bestScore: 40, passed: false, current: cur };
    assert.deepStrictEqual(roundTrip(course, 0, e), e);
    const out = Q.submit(quiz, e, 80);
    const back = roundTrip(course, 0, out.entry);
    assert.deepStrictEqual(back, out.entry);
    assert.deepStrictEqual(Q.score(quiz, back.current), out.score);
  }
  // Numbers typed with a comma are stored as numbers; wrong answers of every kind round trip too.
  const all = quizNode({ attempts: 2 });
  const allCourse = node('course', {}, [node('module', {}, [all])]);
  const e = { attemptsUsed: 1, bestScore: 0, passed: false,
    current: { submitted: false, order: null, answers: wrong.map((w, i) => (i === 6 ? Q.parseNumber('3,55') : w)),
      checked: wrong.map((w, i) => i % 2 === 0) } };
  assert.deepStrictEqual(roundTrip(allCourse, 0, e), e);
  assert.strictEqual(Q.score(all, e.current).results[6], true);
});

test('the quiz words exist in English, German, French and Spanish, each in its own language', () => {
  const keys = ['start', 'q', 'check', 'submit', 'retry', 'up', 'down', 'choose', 'passed', 'failed', 'over'];
  const seen = {};
  for (const lang of ['en', 'de', 'fr', 'es']) {
    i18n.setLanguage(lang);
    seen[lang] = keys.map((k) => i18n.t('quiz.' + k, { n: 2, m: 6 }));
    seen[lang].forEach((w, i) => assert.ok(w && !w.startsWith('quiz.'), lang + ' ' + keys[i]));
  }
  assert.deepStrictEqual([seen.en[1], seen.de[1], seen.fr[1], seen.es[1]],
    ['Question 2 of 6', 'Frage 2 von 6', 'Question 2 sur 6', 'Pregunta 2 de 6']);
  // The last word of each list lines up with its key: no list is a word short or long.
  assert.deepStrictEqual([seen.en[10], seen.de[10], seen.fr[10], seen.es[10]],
    ['No attempts left.', 'Keine Versuche mehr.', 'Plus aucune tentative.', 'No quedan intentos.']);
  i18n.setLanguage('en');
});

test('graded and survey follow tests/data/grading.json (the C++ test reads the same file)', () => {
  const grading = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'data', 'grading.json'), 'utf8'));
  const completion = require('../completion.js');
  const build = (spec) => qn(spec.kind, { points: spec.points }, []);
  for (const spec of grading.questions) assert.strictEqual(Q.graded(build(spec)), spec.graded, `${spec.kind} ${spec.points}`);
  for (const spec of grading.quizzes) {
    const quiz = quizNode({}, spec.questions.map(build));
    assert.strictEqual(Q.gradedQuiz(quiz), !spec.survey, spec.name);
    assert.strictEqual(completion.graded(quiz), !spec.survey, spec.name + ' (completion)');
  }
});

test('a survey answered "wrong" counts nowhere: not in the course score, not as failed', () => {
  const completion = require('../completion.js');
  const survey = quizNode({ passingScore: 80 }, [qn('likert', { points: 3, scale: ['No', 'Yes'] }), qn('shortAnswer', { points: 2 })]);
  const exam = quizNode({ passingScore: 80 }, [qn('trueFalse', { answer: true })]);
  const course = node('course', { passingScore: 80, completion: ['quizzes'] }, [node('module', {}, [survey, exam])]);
  const surveyEntry = Q.submit(survey, { attemptsUsed: 0, bestScore: 0, passed: false, current: { submitted: false, order: null, answers: [0, 'no idea'] } }, 80).entry;
  const examEntry = Q.submit(exam, { attemptsUsed: 0, bestScore: 0, passed: false, current: { submitted: false, order: null, answers: [true] } }, 80).entry;
  const r = completion.evaluate(course, { visited: [true, true], quizzes: [surveyEntry, examEntry], scenarios: [] });
  assert.strictEqual(r.score, 100, 'only the graded quiz scores');
  assert.strictEqual(r.complete, true, 'a submitted survey is done');
  assert.strictEqual(r.passed, true);
  const recorded = survey.children.map((q, k) => Q.interaction(q, surveyEntry.current.answers[k], Q.grade(q, surveyEntry.current.answers[k]), String));
  assert.deepStrictEqual(recorded.map((it) => [it.result, it.weighting, it.correct]), [['neutral', 0, null], ['neutral', 0, null]]);
});

// Issue 8, point 1: the separators of the course language. Each row: language, typed, number.
const NUMBERS = [
  ['de', '1.500', 1500], ['de', '3,5', 3.5], ['de', '3.5', 3.5], ['de', '1.500,25', 1500.25], ['de', '1.000.000', 1e6],
  ['de', '1,500', 1.5], ['de', '0.500', 0.5], ['de', '−2,5', -2.5],
  ['en', '1,500', 1500], ['en', '1.500', 1.5], ['en', '3,5', 3.5], ['en', '1,000.5', 1000.5], ['en', '1,000,000', 1e6],
  ['fr', '1 500', 1500], ['fr', '1\u202f500,5', 1500.5], ['fr', '1\u00a0500', 1500], ['fr', '3,5', 3.5], ['fr', '3.5', 3.5],
  ['es', '1.500', 1500], ['es', '3,5', 3.5], ['es', '2.500.000,75', 2500000.75],
];
test('numbers are read with the course language\'s decimal and grouping marks', () => {
  for (const [lang, typed, want] of NUMBERS) assert.strictEqual(Q.parseNumber(typed, lang), want, `${lang} "${typed}"`);
  for (const lang of ['en', 'de', 'fr', 'es']) {
    for (const bad of ['', 'abc', '3,5,6', '3.5kg', '1e999', '.', '-', '1.5,5.5', '1,00,000', '12 34', '1..5']) {
      assert.strictEqual(Q.parseNumber(bad, lang), null, `${lang} "${bad}"`);
    }
  }
});

test('a German learner typing 1.500 and 3,5 scores 100 and is reported correct', () => {
  i18n.setLanguage('de');
  try {
    const quiz = quizNode({}, [qn('numeric', { answer: 1500, tolerance: 0, unit: 'Euro' }), qn('numeric', { answer: 3.5, tolerance: 0.5, unit: 'Minuten' })]);
    const answers = ['1.500', '3,5'].map((s) => Q.parseNumber(s));
    const out = Q.submit(quiz, { attemptsUsed: 0, bestScore: 0, passed: false, current: { submitted: false, order: null, answers } }, 80);
    assert.strictEqual(out.score.percent, 100);
    assert.deepStrictEqual(quiz.children.map((q, k) => Q.interaction(q, answers[k], out.score.results[k], String).result), ['correct', 'correct']);
  } finally {
    i18n.setLanguage('en');
  }
});

test('numbers are shown in the course language', () => {
  const shown = (lang, n) => i18n.formatNumber(n, lang).replace(/[\u00a0\u202f]/g, ' ');
  assert.deepStrictEqual(['en', 'de', 'fr', 'es'].map((l) => shown(l, 3.5)), ['3.5', '3,5', '3,5', '3,5']);
  assert.deepStrictEqual(['en', 'de', 'fr'].map((l) => shown(l, 1500)), ['1,500', '1.500', '1 500']);
  // What is shown reads back as the same number in its own language.
  for (const lang of ['en', 'de', 'fr', 'es']) {
    for (const n of [0, -2.5, 3.5, 1500, 1234567.25, 0.001]) assert.strictEqual(i18n.parseNumber(i18n.formatNumber(n, lang), lang), n, `${lang} ${n}`);
  }
});

test('a verdict never uses an option\'s word: a wrong True/False is "Not quite", not "False"', () => {
  for (const [lang, no] of [['en', 'Not quite'], ['de', 'Nicht richtig'], ['fr', 'Pas tout à fait'], ['es', 'No es correcto']]) {
    i18n.setLanguage(lang);
    const options = [i18n.t('quiz.true'), i18n.t('quiz.false')];
    const verdicts = [i18n.t('quiz.correct'), i18n.t('quiz.incorrect')];
    assert.strictEqual(verdicts[1], no, lang);
    for (const v of verdicts) for (const o of options) assert.ok(!v.toLowerCase().includes(o.toLowerCase()), `${lang}: "${v}" contains "${o}"`);
  }
  i18n.setLanguage('en');
});
