// Issue 9, point 8: SCORM 1.2 packages from the real CLI, played in Chromium inside a test LMS
// built on scorm-again (lib/lms.js): the pass and fail paths, an interrupted session resumed from
// what the LMS kept, the status mapping options, the LMS's mastery score, no-credit and browse
// mode, one SCO per module; in an iframe and in a popup. Besides scorm-again's own
// checks, lib/lms.js violations() holds every session to STANDARDS.md (formats, lengths, call
// order); values are read from the data scorm-again held at LMSFinish.
'use strict';
const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const {launch} = require('./lib/browser');
const {exportCourse, readCourseData} = require('./lib/package');
const {Lms, readManifest, keptSeed, interactions, sets, violations} = require('./lib/lms');
const S = require('./lib/sco');
const C = require('./lib/scorm-course');
const {items, kids, answer} = require('./lib/answers');

const V = '1.2';
let browser;
let lms;
const pkg = {};
before(async () => {
  pkg.sample = exportCourse('sample', 'scorm12-sample', [], {format: 'scorm12', options: {scope: 'course'}});
  browser = await launch();
  lms = await Lms.open(browser);
});
after(async () => {
  await lms?.close();
  await browser?.close();
});

const start = C.starter(() => lms, V);

const expectValues = C.expectValues;
const expectWritten = (r, status, problems) => C.expectWritten(r, 'cmi.core.lesson_status', status, problems);
const titled = (course, kind) => items(course).find((i) => i.node.kind === kind).node;

test('1.2 pass path in an iframe: every page, the scenario, the quiz right -> passed, score, interactions, exit ""', async () => {
  const course = readCourseData(pkg.sample).course;
  const run = await start(pkg.sample);
  try {
    assert.equal(run.item.mastery, 80, 'the manifest carries the passing score');
    const {expected, results} = await C.playSample(run.sco, course, V);
    assert.match(results, /\bPassed\b/);
    const r = await run.close();
    const f = r.finish;
    const problems = violations(r);
    expectValues(f, {'cmi.core.lesson_status': 'passed', 'cmi.core.exit': '', 'cmi.core.lesson_location': '0.6',
      'cmi.core.score.raw': '100', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100'}, problems);
    expectWritten(r, 'passed', problems);
    if (!f['cmi.suspend_data']) problems.push('no suspend_data at finish');
    if (!sets(r, 'cmi.core.score.max').includes('100')) problems.push('score.max was never written');
    const exits = JSON.stringify(sets(r, 'cmi.core.exit'));
    if (exits !== '[""]') problems.push(`exit written as ${exits}, expected [""] (once, the attempt is over)`);
    if (sets(r, 'cmi.core.session_time').length !== 1) problems.push('session_time not written exactly once');
    problems.push(...C.checkInteractions(r, interactions(r), expected));
    C.assertNone(problems, 'SCORM 1.2 pass path');
  } finally {
    await run.dispose();
  }
});

test('1.2 fail path in a popup: two wrong attempts exhaust the quiz -> failed, score below mastery, stable ids', async () => {
  const dir = exportCourse('sample', 'scorm12-two-attempts', [], {format: 'scorm12', options: {scope: 'course'},
    edit: (d) => (d.course.children[0].children.find((n) => n.kind === 'quiz').props.attempts = 2)});
  const course = readCourseData(dir).course;
  const quizNode = titled(course, 'quiz');
  const run = await start(dir, {via: 'popup'});
  try {
    await S.open(run.sco, quizNode.props.title);
    await S.quiz.start(run.sco);
    const first = await S.playQuiz(run.sco, quizNode, {right: () => false});
    assert.match(first.results, /Not passed/);
    await S.main(run.sco).getByText('Attempts left').waitFor();
    const between = await run.log();
    const early = between.filter((c) => c.kind === 'SetValue' && c.args[0] === 'cmi.core.lesson_status' && c.args[1] !== 'incomplete');
    assert.deepEqual(early.map((c) => c.args[1]), [], 'no verdict while an attempt is left');
    await S.quiz.retry(run.sco);
    // Half right: 3 of 6, 50 % against the mastery score of 80.
    const second = await S.playQuiz(run.sco, quizNode, {right: (q, k) => k < 3});
    assert.match(second.results, /Not passed/);
    assert.equal(await S.button(run.sco, 'Try again').count(), 0, 'no attempt left');
    const r = await run.close();
    const f = r.finish;
    const problems = violations(r);
    expectValues(f, {'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '50', 'cmi.core.score.min': '0',
      'cmi.core.score.max': '100', 'cmi.core.lesson_location': '0.6'}, problems);
    expectWritten(r, 'failed', problems);
    if (sets(r, 'cmi.core.lesson_status').filter((s) => s !== 'incomplete').join() !== 'failed') {
      problems.push(`lesson_status written ${JSON.stringify(sets(r, 'cmi.core.lesson_status'))}: expected incomplete, then failed once`);
    }
    // Both attempts reported, the same question under the same id each time.
    const expected = [...first.given, ...second.given].map((g) => C.quizInteraction(V, g));
    problems.push(...C.checkInteractions(r, interactions(r), expected));
    C.assertNone(problems, 'SCORM 1.2 fail path');
  } finally {
    await run.dispose();
  }
});

test('1.2 interrupted in a popup, resumed in an iframe from what the LMS kept: same page, answers and scenario step kept', async () => {
  const course = readCourseData(pkg.sample).course;
  const all = items(course);
  const quizNode = titled(course, 'quiz');
  const scenarioNode = titled(course, 'scenario');
  const [q1, q2] = kids(quizNode);
  const one = await start(pkg.sample, {via: 'popup'});
  let kept;
  let firstSession;
  try {
    const sco = one.sco;
    await S.next(sco, all[1].node.props.title);
    await S.next(sco, all[2].node.props.title);
    await S.open(sco, scenarioNode.props.title);
    await S.scenario.start(sco);
    await S.scenario.choose(sco, S.SAMPLE_PASS[0].choice);
    await S.scenario.expectStep(sco, S.SAMPLE_PASS[0].next);
    await S.open(sco, quizNode.props.title);
    await S.quiz.start(sco);
    await S.quiz.answer(sco, answer(q1, true));
    await S.quiz.check(sco);
    await S.quiz.next(sco);
    await S.quiz.answer(sco, answer(q2, false));
    await S.quiz.check(sco);
    await S.quiz.next(sco);
    await S.quiz.question(sco, 3);
    const r = (firstSession = await one.close());
    const f = r.finish;
    const problems = violations(r);
    expectValues(f, {'cmi.core.exit': 'suspend', 'cmi.core.lesson_location': '0.6', 'cmi.core.lesson_status': 'incomplete'}, problems);
    if (!(f['cmi.suspend_data'] || '').length) problems.push('no suspend_data written');
    if (sets(r, 'cmi.core.score.raw').length) problems.push('a score was written before any quiz was submitted');
    const step = kids(scenarioNode, 'scenarioNode').find((s) => s.id === scenarioNode.props.start);
    problems.push(...C.checkInteractions(r, interactions(r), [C.decisionInteraction(V, {step, index: 0})]));
    C.assertNone(problems, 'SCORM 1.2 interrupted session');
    kept = keptSeed(V, one.seed, f);
  } finally {
    await one.dispose();
  }

  assert.equal(kept['cmi.core.entry'], 'resume');
  const two = await start(pkg.sample, {seed: kept});
  try {
    const sco = two.sco;
    // The same page, the first open question, the answers given.
    await S.expectTitle(sco, quizNode.props.title);
    await S.quiz.question(sco, 3);
    const log = await two.log();
    const read = log.find((c) => c.kind === 'GetValue' && c.args[0] === 'cmi.suspend_data');
    assert.equal(read && read.ret, kept['cmi.suspend_data'], 'the SCO read the suspend_data the LMS kept');
    await S.quiz.previous(sco);
    await S.quiz.question(sco, 2);
    const wrong = answer(q2, false).multiple;
    for (const c of kids(q2, 'choice')) {
      const box = S.main(sco).getByRole('checkbox', {name: new RegExp('^' + S.escape(c.props.text))});
      assert.equal(await box.isChecked(), wrong.includes(c.props.text), `question 2 "${c.props.text}" kept`);
    }
    assert.match(await S.main(sco).locator('.cw-feedback').first().innerText(), /^Not quite/);
    await S.quiz.previous(sco);
    await S.quiz.question(sco, 1);
    const right = S.main(sco).getByRole('radio', {name: new RegExp('^' + S.escape(answer(q1, true).single))});
    assert.ok(await right.isChecked(), 'question 1 kept');
    await S.quiz.next(sco);
    await S.quiz.next(sco);
    await S.quiz.question(sco, 3);
    const rest = await S.playQuiz(sco, quizNode, {from: 3});
    assert.match(rest.results, /\bPassed\b/);
    // The scenario waits at the step reached.
    await S.open(sco, scenarioNode.props.title);
    await S.scenario.resume(sco);
    await S.scenario.expectStep(sco, S.SAMPLE_PASS[0].next);
    const decisions = await S.passSampleScenario(sco, scenarioNode, {from: 1});
    // The pages the first session did not see (it saw the first three).
    for (const [i, p] of all.entries()) if (p.node.kind === 'page' && i > 2) await S.open(sco, p.node.props.title);
    const r = await two.close();
    const f = r.finish;
    const problems = violations(r);
    // 5 of 6: the quiz scores in whole percent.
    expectValues(f, {'cmi.core.lesson_status': 'passed', 'cmi.core.exit': '', 'cmi.core.lesson_location': '0.4',
      'cmi.core.score.raw': '83'}, problems);
    expectWritten(r, 'passed', problems);
    const given = [{q: q1, a: answer(q1, true), right: true}, {q: q2, a: answer(q2, false), right: false}, ...rest.given];
    const expected = [...given.map((g) => C.quizInteraction(V, g)), ...decisions.map((d) => C.decisionInteraction(V, d))];
    // Written after the interaction the first session left (the LMS kept it).
    problems.push(...C.checkInteractions(r, interactions(r), expected, {from: 1}));
    if (interactions(r)[0].id !== interactions(firstSession)[0].id) problems.push('the first session\'s interaction was overwritten');
    C.assertNone(problems, 'SCORM 1.2 resumed session');
  } finally {
    await two.dispose();
  }
});

// The sample with a quiz that counts once: passing score 50 of its own, one attempt.
const oneAttempt = (passing) => (d) => {
  const q = d.course.children[0].children.find((n) => n.kind === 'quiz');
  q.props.attempts = 1;
  if (passing !== undefined) q.props.passingScore = passing;
};

test('1.2 status mapping: successStatus completed, failureStatus incomplete', async () => {
  const dir = exportCourse('sample', 'scorm12-mapped', [], {format: 'scorm12', edit: oneAttempt(),
    options: {scope: 'course', successStatus: 'completed', failureStatus: 'incomplete'}});
  const course = readCourseData(dir).course;
  assert.deepEqual(readCourseData(dir).tracking, {resume: 'always', successStatus: 'completed', failureStatus: 'incomplete'});
  // scorm-again's 1.2 runtime, like Moodle, turns a status into passed/failed by comparing the
  // score with the mastery score at finish (mastery_override): an LMS set to honour the SCO's
  // status is what this option is for.
  const pass = await start(dir, {settings: {mastery_override: false}});
  try {
    const {expected} = await C.playSample(pass.sco, course, V);
    const r = await pass.close();
    const problems = violations(r, {verdicts: ['completed', 'incomplete']});
    expectValues(r.finish, {'cmi.core.lesson_status': 'completed', 'cmi.core.score.raw': '100', 'cmi.core.exit': ''}, problems);
    if (sets(r, 'cmi.core.lesson_status').includes('passed')) problems.push('"passed" written although success maps to completed');
    problems.push(...C.checkInteractions(r, interactions(r), expected));
    C.assertNone(problems, 'success mapped to completed');
  } finally {
    await pass.dispose();
  }
  const fail = await start(dir, {via: 'popup', settings: {mastery_override: false}});
  try {
    const quizNode = titled(course, 'quiz');
    await S.open(fail.sco, quizNode.props.title);
    await S.quiz.start(fail.sco);
    await S.playQuiz(fail.sco, quizNode, {right: () => false});
    const r = await fail.close();
    const problems = violations(r, {verdicts: ['completed', 'incomplete']});
    expectValues(r.finish, {'cmi.core.lesson_status': 'incomplete', 'cmi.core.score.raw': '0'}, problems);
    if (sets(r, 'cmi.core.lesson_status').includes('failed')) problems.push('"failed" written although failure maps to incomplete');
    if (!sets(r, 'cmi.core.score.raw').length) problems.push('the failing score was never written');
    C.assertNone(problems, 'failure mapped to incomplete');
  } finally {
    await fail.dispose();
  }
});

test('1.2 mastery score from the LMS lowers the bar: 4 of 6 (67 %) passes at 50 although the course asks 80', async () => {
  const dir = exportCourse('sample', 'scorm12-quiz50', [], {format: 'scorm12', options: {scope: 'course'}, edit: oneAttempt(50)});
  const course = readCourseData(dir).course;
  const run = await start(dir, {extra: {'cmi.student_data.mastery_score': '50'}});
  try {
    assert.equal(run.item.mastery, 80);
    const {expected} = await C.playSample(run.sco, course, V, {right: (q, k) => k < 4});
    const r = await run.close();
    const problems = violations(r);
    expectValues(r.finish, {'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '67', 'cmi.core.exit': ''}, problems);
    expectWritten(r, 'passed', problems);
    problems.push(...C.checkInteractions(r, interactions(r), expected));
    C.assertNone(problems, 'LMS mastery 50');
  } finally {
    await run.dispose();
  }
});

test('1.2 mastery score from the LMS raises the bar: 5 of 6 (83 %) with no attempt left fails at 100', async () => {
  const dir = exportCourse('sample', 'scorm12-quiz50', [], {format: 'scorm12', options: {scope: 'course'}, edit: oneAttempt(50)});
  const course = readCourseData(dir).course;
  const run = await start(dir, {extra: {'cmi.student_data.mastery_score': '100'}});
  try {
    await C.playSample(run.sco, course, V, {right: (q, k) => k !== 1});
    const r = await run.close();
    const problems = violations(r);
    // Complete, the one attempt used, 83 against the LMS's 100: the verdict is final.
    expectValues(r.finish, {'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '83'}, problems);
    expectWritten(r, 'failed', problems);
    C.assertNone(problems, 'LMS mastery 100');
  } finally {
    await run.dispose();
  }
});

test('1.2 no-credit reports no verdict; browse mode reports nothing', async () => {
  const course = readCourseData(pkg.sample).course;
  const free = await start(pkg.sample, {extra: {'cmi.core.credit': 'no-credit'}});
  try {
    const {expected} = await C.playSample(free.sco, course, V);
    const r = await free.close();
    const problems = violations(r); // includes: no passed / failed under no-credit
    expectValues(r.finish, {'cmi.core.lesson_status': 'completed', 'cmi.core.exit': ''}, problems);
    problems.push(...C.checkInteractions(r, interactions(r), expected));
    C.assertNone(problems, 'no-credit');
  } finally {
    await free.dispose();
  }
  const look = await start(pkg.sample, {via: 'popup', extra: {'cmi.core.lesson_mode': 'browse'}});
  try {
    // Every item can be looked at (the quiz and the scenario show, read-only).
    for (const [i, it] of items(course).entries()) if (i > 0) await S.next(look.sco, it.node.props.title);
    const r = await look.close();
    const problems = violations(r); // includes: browse writes nothing but exit and session_time
    if (interactions(r).length) problems.push('interactions recorded in browse mode');
    C.assertNone(problems, 'browse');
  } finally {
    await look.dispose();
  }
});

test('1.2 one SCO per module: each launched in turn with its own state; an interrupted SCO resumes alone', async () => {
  const dir = exportCourse('scorm-modules', 'scorm12-sco-per-module', [], {format: 'scorm12', options: {scope: 'sco-per-module'}});
  const m = readManifest(dir);
  const full = require('./lib/package').loadFixture('scorm-modules').course;
  assert.deepEqual(m.items.map((i) => i.title), full.children.map((x) => x.props.title), 'one item per module, in order');
  assert.ok(m.items.every((i) => /^sco-\d+\/index\.html$/.test(i.href) && i.scormType === 'sco'), JSON.stringify(m.items));
  const [mod1, mod2] = full.children;
  for (const [i, mod] of [mod1, mod2].entries()) {
    const data = readCourseData(path.join(dir, path.dirname(m.items[i].href)));
    assert.deepEqual(data.course.children.map((x) => x.props.title), [mod.props.title], `SCO ${i + 1} plays its module only`);
  }

  // SCO 1: two pages seen, then the learner leaves.
  const a = await start(dir, {item: 0});
  let kept;
  try {
    await S.next(a.sco, mod1.children[1].props.title);
    const r = await a.close();
    const problems = violations(r);
    expectValues(r.finish, {'cmi.core.exit': 'suspend', 'cmi.core.lesson_location': '0.1', 'cmi.core.lesson_status': 'incomplete'}, problems);
    C.assertNone(problems, 'SCO 1, first session');
    kept = keptSeed(V, a.seed, r.finish);
  } finally {
    await a.dispose();
  }
  // SCO 2 starts afresh at its own first page and is played to the end, in a popup.
  const b = await start(dir, {item: 1, via: 'popup'});
  try {
    const expected = await C.playModule(b.sco, mod2, V);
    const r = await b.close();
    const problems = violations(r);
    expectValues(r.finish, {'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100', 'cmi.core.exit': '',
      'cmi.core.lesson_location': '0.2', 'cmi.core.entry': 'ab-initio'}, problems);
    if (b.item.mastery !== 80) problems.push(`SCO 2's manifest mastery ${b.item.mastery}, expected 80`);
    problems.push(...C.checkInteractions(r, interactions(r), expected));
    C.assertNone(problems, 'SCO 2');
  } finally {
    await b.dispose();
  }
  // SCO 1 again: resumes on its second page and is finished.
  const c = await start(dir, {item: 0, seed: kept});
  try {
    await S.expectTitle(c.sco, mod1.children[1].props.title);
    const quizNode = mod1.children[2];
    await S.next(c.sco, quizNode.props.title);
    await S.quiz.start(c.sco);
    const played = await S.playQuiz(c.sco, quizNode);
    const r = await c.close();
    const problems = violations(r);
    expectValues(r.finish, {'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100', 'cmi.core.exit': '',
      'cmi.core.lesson_location': '0.2'}, problems);
    problems.push(...C.checkInteractions(r, interactions(r), played.given.map((g) => C.quizInteraction(V, g))));
    C.assertNone(problems, 'SCO 1, resumed');
  } finally {
    await c.dispose();
  }
});
