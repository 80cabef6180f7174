// Issue 9, point 8: SCORM 2004 (4th edition, and 3rd edition once) packages from the real CLI,
// played in Chromium inside a test LMS built on scorm-again (lib/lms.js): the pass and fail
// paths, an interrupted session resumed from what the LMS kept, resume "never" and "ask", the
// LMS's scaled passing score, review mode, one SCO per module and one package per module; in an
// iframe and in a popup. lib/lms.js violations() adds STANDARDS.md's checks to scorm-again's
// (formats, lengths, id before type, no Commit right before Terminate, ...); values are read from
// the data scorm-again held at Terminate.
'use strict';
const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {launch} = require('./lib/browser');
const {exportCourse, readCourseData, loadFixture, SCRATCH} = require('./lib/package');
const {Lms, readManifest, keptSeed, interactions, sets, violations, unzip} = require('./lib/lms');
const S = require('./lib/sco');
const C = require('./lib/scorm-course');
const {items, kids, answer} = require('./lib/answers');

const V = '2004';
let browser;
let lms;
const pkg = {};
before(async () => {
  pkg.sample = exportCourse('sample', 'scorm2004-sample', [], {format: 'scorm2004-4', options: {scope: 'course'}});
  browser = await launch();
  lms = await Lms.open(browser);
});
after(async () => {
  await lms?.close();
  await browser?.close();
});

const start = C.starter(() => lms, V);
const expectValues = C.expectValues;
const titled = (course, kind) => items(course).find((i) => i.node.kind === kind).node;
const quizOf = (d) => d.course.children[0].children.find((n) => n.kind === 'quiz');

test('2004 pass path in a popup: completed, passed, scaled score, progress 1, exit normal, interactions', async () => {
  const course = readCourseData(pkg.sample).course;
  const run = await start(pkg.sample, {via: 'popup'});
  try {
    assert.equal(run.manifest.schemaversion, '2004 4th Edition');
    assert.equal(run.item.mastery, 0.8, 'the primary objective carries the passing score');
    const {expected, results} = await C.playSample(run.sco, course, V);
    assert.match(results, /\bPassed\b/);
    const r = await run.close();
    const f = r.finish;
    const problems = violations(r);
    expectValues(f, {'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.scaled': '1',
      'cmi.score.raw': '100', 'cmi.score.min': '0', 'cmi.score.max': '100', 'cmi.progress_measure': '1', 'cmi.exit': 'normal',
      'cmi.location': '0.6'}, problems);
    C.expectWritten(r, 'cmi.success_status', 'passed', problems);
    C.expectWritten(r, 'cmi.completion_status', 'completed', problems);
    if (!f['cmi.suspend_data']) problems.push('no suspend_data at finish');
    if (JSON.stringify(sets(r, 'cmi.exit')) !== '["normal"]') problems.push(`exit written as ${JSON.stringify(sets(r, 'cmi.exit'))}`);
    if (sets(r, 'cmi.session_time').length !== 1) problems.push('session_time not written exactly once');
    // Progress grows with the pages seen, never back.
    const progress = sets(r, 'cmi.progress_measure').map(Number);
    if (progress.some((p, i) => i > 0 && p < progress[i - 1])) problems.push(`progress_measure went back: ${progress.join(' ')}`);
    problems.push(...C.checkInteractions(r, interactions(r), expected));
    C.assertNone(problems, 'SCORM 2004 pass path');
  } finally {
    await run.dispose();
  }
});

test('2004 fail path in an iframe: two wrong attempts -> success failed, scaled score below the passing score', async () => {
  const dir = exportCourse('sample', 'scorm2004-two-attempts', [], {format: 'scorm2004-4', options: {scope: 'course'},
    edit: (d) => (quizOf(d).props.attempts = 2)});
  const course = readCourseData(dir).course;
  const quizNode = titled(course, 'quiz');
  const run = await start(dir);
  try {
    await S.open(run.sco, quizNode.props.title);
    await S.quiz.start(run.sco);
    const first = await S.playQuiz(run.sco, quizNode, {right: () => false});
    await S.main(run.sco).getByText('Attempts left').waitFor();
    assert.deepEqual((await run.log()).filter((c) => c.kind === 'SetValue' && c.args[0] === 'cmi.success_status').map((c) => c.args[1]), [],
      'no verdict while an attempt is left');
    await S.quiz.retry(run.sco);
    const second = await S.playQuiz(run.sco, quizNode, {right: (q, k) => k < 3});
    assert.equal(await S.button(run.sco, 'Try again').count(), 0, 'no attempt left');
    const r = await run.close();
    const problems = violations(r);
    expectValues(r.finish, {'cmi.success_status': 'failed', 'cmi.completion_status': 'incomplete', 'cmi.score.scaled': '0.5',
      'cmi.score.raw': '50', 'cmi.exit': 'suspend'}, problems);
    C.expectWritten(r, 'cmi.success_status', 'failed', problems);
    const progress = r.finish['cmi.progress_measure'];
    if (!C.near(progress, 2 / 7)) problems.push(`progress_measure ${progress}, expected 2/7 (two items seen)`);
    const expected = [...first.given, ...second.given].map((g) => C.quizInteraction(V, g));
    problems.push(...C.checkInteractions(r, interactions(r), expected));
    C.assertNone(problems, 'SCORM 2004 fail path');
  } finally {
    await run.dispose();
  }
});

// Plays part of the sample: pages 1-3, the scenario's first step, the quiz's first question right
// and the second wrong (checked); the SCO is left on the quiz at question 3.
async function partWay(sco, course) {
  const all = items(course);
  const quizNode = titled(course, 'quiz');
  const scenarioNode = titled(course, 'scenario');
  const [q1, q2] = kids(quizNode);
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
  const step = kids(scenarioNode, 'scenarioNode').find((s) => s.id === scenarioNode.props.start);
  return {decision: C.decisionInteraction(V, {step, index: 0}), given: [{q: q1, a: answer(q1, true), right: true},
    {q: q2, a: answer(q2, false), right: false}]};
}

// Leaves the SCO and checks what an interrupted session must leave with the LMS.
async function leave(run, label) {
  const r = await run.close();
  const problems = violations(r);
  expectValues(r.finish, {'cmi.exit': 'suspend', 'cmi.location': '0.6', 'cmi.completion_status': 'incomplete'}, problems);
  if (!(r.finish['cmi.suspend_data'] || '').length) problems.push('no suspend_data written');
  if (sets(r, 'cmi.score.scaled').length || sets(r, 'cmi.success_status').length) problems.push('a score or verdict before any quiz was submitted');
  if (!C.near(r.finish['cmi.progress_measure'], 5 / 7)) problems.push(`progress_measure ${r.finish['cmi.progress_measure']}, expected 5/7`);
  C.assertNone(problems, label);
  return r;
}

test('2004 interrupted in an iframe, resumed in a popup from what the LMS kept: same page, answers and scenario step kept', async () => {
  const course = readCourseData(pkg.sample).course;
  const all = items(course);
  const quizNode = titled(course, 'quiz');
  const scenarioNode = titled(course, 'scenario');
  const one = await start(pkg.sample);
  let kept;
  let part;
  try {
    part = await partWay(one.sco, course);
    const r = await leave(one, 'SCORM 2004 interrupted session');
    C.assertNone(C.checkInteractions(r, interactions(r), [part.decision]), 'SCORM 2004 interrupted session');
    kept = keptSeed(V, one.seed, r.finish);
  } finally {
    await one.dispose();
  }
  assert.equal(kept['cmi.entry'], 'resume');
  const two = await start(pkg.sample, {seed: kept, via: 'popup'});
  try {
    const sco = two.sco;
    await S.expectTitle(sco, quizNode.props.title);
    await S.quiz.question(sco, 3);
    const read = (await two.log()).find((c) => c.kind === 'GetValue' && c.args[0] === 'cmi.suspend_data');
    assert.equal(read && read.ret, kept['cmi.suspend_data'], 'the SCO read the suspend_data the LMS kept');
    await S.quiz.previous(sco);
    await S.quiz.question(sco, 2);
    assert.match(await S.main(sco).locator('.cw-feedback').first().innerText(), /^Not quite/, 'question 2 kept, checked');
    await S.quiz.next(sco);
    await S.quiz.question(sco, 3);
    const rest = await S.playQuiz(sco, quizNode, {from: 3});
    await S.open(sco, scenarioNode.props.title);
    await S.scenario.resume(sco);
    await S.scenario.expectStep(sco, S.SAMPLE_PASS[0].next);
    const decisions = await S.passSampleScenario(sco, scenarioNode, {from: 1});
    for (const [i, p] of all.entries()) if (p.node.kind === 'page' && i > 2) await S.open(sco, p.node.props.title);
    const r = await two.close();
    const problems = violations(r);
    expectValues(r.finish, {'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.exit': 'normal',
      'cmi.score.scaled': '0.83', 'cmi.score.raw': '83', 'cmi.progress_measure': '1', 'cmi.location': '0.4'}, problems);
    C.expectWritten(r, 'cmi.success_status', 'passed', problems);
    const expected = [...[...part.given, ...rest.given].map((g) => C.quizInteraction(V, g)),
      ...decisions.map((d) => C.decisionInteraction(V, d))];
    problems.push(...C.checkInteractions(r, interactions(r), expected, {from: 1}));
    C.assertNone(problems, 'SCORM 2004 resumed session');
  } finally {
    await two.dispose();
  }
});

test('2004 resume "never": a returning learner starts afresh', async () => {
  const dir = exportCourse('sample', 'scorm2004-resume-never', [], {format: 'scorm2004-4', options: {scope: 'course', resume: 'never'}});
  const course = readCourseData(dir).course;
  const all = items(course);
  const one = await start(dir, {via: 'popup'});
  let kept;
  try {
    await partWay(one.sco, course);
    kept = keptSeed(V, one.seed, (await leave(one, 'resume never, first session')).finish);
  } finally {
    await one.dispose();
  }
  const two = await start(dir, {seed: kept});
  try {
    await S.expectTitle(two.sco, all[0].node.props.title);
    await S.open(two.sco, titled(course, 'quiz').props.title);
    await S.button(two.sco, 'Start quiz').waitFor();
    await S.open(two.sco, titled(course, 'scenario').props.title);
    await S.button(two.sco, 'Start').waitFor();
    const r = await two.close();
    const problems = violations(r);
    const locations = sets(r, 'cmi.location');
    if (locations[0] !== '0.0') problems.push(`first location written ${JSON.stringify(locations[0])}, expected "0.0" (afresh)`);
    if (r.finish['cmi.suspend_data'] === kept['cmi.suspend_data']) problems.push('the old suspend_data was kept');
    C.assertNone(problems, 'resume never');
  } finally {
    await two.dispose();
  }
});

test('2004 resume "ask": the learner is asked; Resume restores, Start over starts afresh', async () => {
  const dir = exportCourse('sample', 'scorm2004-resume-ask', [], {format: 'scorm2004-4', options: {scope: 'course', resume: 'ask'}});
  const course = readCourseData(dir).course;
  const all = items(course);
  const quizNode = titled(course, 'quiz');
  const one = await start(dir);
  let kept;
  try {
    await S.expectTitle(one.sco, all[0].node.props.title); // a first visit asks nothing
    await partWay(one.sco, course);
    kept = keptSeed(V, one.seed, (await leave(one, 'resume ask, first session')).finish);
  } finally {
    await one.dispose();
  }
  const ask = (run) => run.sco.getByRole('group', {name: 'Welcome back. Continue where you left off?'});
  const yes = await start(dir, {seed: kept, ready: false});
  try {
    await ask(yes).waitFor();
    await ask(yes).getByRole('button', {name: 'Resume', exact: true}).click();
    await yes.ready();
    await S.expectTitle(yes.sco, quizNode.props.title);
    await S.quiz.question(yes.sco, 3);
    const r = await yes.close();
    const problems = violations(r);
    expectValues(r.finish, {'cmi.location': '0.6', 'cmi.exit': 'suspend'}, problems);
    C.assertNone(problems, 'resume ask: Resume');
  } finally {
    await yes.dispose();
  }
  const no = await start(dir, {seed: kept, ready: false, via: 'popup'});
  try {
    await ask(no).waitFor();
    await ask(no).getByRole('button', {name: 'Start over', exact: true}).click();
    await no.ready();
    await S.expectTitle(no.sco, all[0].node.props.title);
    await S.open(no.sco, quizNode.props.title);
    await S.button(no.sco, 'Start quiz').waitFor();
    const r = await no.close();
    const problems = violations(r);
    if (sets(r, 'cmi.location')[0] !== '0.0') problems.push(`first location written ${JSON.stringify(sets(r, 'cmi.location')[0])}, expected "0.0"`);
    expectValues(r.finish, {'cmi.location': '0.6', 'cmi.exit': 'suspend'}, problems);
    C.assertNone(problems, 'resume ask: Start over');
  } finally {
    await no.dispose();
  }
});

test('2004 scaled passing score from the LMS (0.5) overrides the course (0.8); review mode reports nothing', async () => {
  const dir = exportCourse('sample', 'scorm2004-quiz50', [], {format: 'scorm2004-4', options: {scope: 'course'},
    edit: (d) => Object.assign(quizOf(d).props, {attempts: 1, passingScore: 50})});
  const course = readCourseData(dir).course;
  const run = await start(dir, {extra: {'cmi.scaled_passing_score': '0.5'}, via: 'popup'});
  try {
    assert.equal(run.item.mastery, 0.8);
    const {expected} = await C.playSample(run.sco, course, V, {right: (q, k) => k < 4});
    const r = await run.close();
    const problems = violations(r);
    expectValues(r.finish, {'cmi.success_status': 'passed', 'cmi.completion_status': 'completed', 'cmi.score.scaled': '0.67',
      'cmi.score.raw': '67'}, problems);
    C.expectWritten(r, 'cmi.success_status', 'passed', problems);
    problems.push(...C.checkInteractions(r, interactions(r), expected));
    C.assertNone(problems, 'LMS scaled passing score 0.5');
  } finally {
    await run.dispose();
  }
  const look = await start(pkg.sample, {extra: {'cmi.mode': 'review'}});
  try {
    for (const [i, it] of items(readCourseData(pkg.sample).course).entries()) if (i > 0) await S.next(look.sco, it.node.props.title);
    const r = await look.close();
    const problems = violations(r); // review writes nothing but exit and session_time
    if (interactions(r).length) problems.push('interactions recorded in review mode');
    C.assertNone(problems, 'review mode');
  } finally {
    await look.dispose();
  }
});

test('2004 one SCO per module: each launched in turn, passed on its own', async () => {
  const dir = exportCourse('scorm-modules', 'scorm2004-sco-per-module', [], {format: 'scorm2004-4', options: {scope: 'sco-per-module'}});
  const full = loadFixture('scorm-modules').course;
  const m = readManifest(dir);
  assert.deepEqual(m.items.map((i) => i.title), full.children.map((x) => x.props.title));
  for (const [i, mod] of full.children.entries()) {
    const run = await start(dir, {item: i, via: i ? 'popup' : 'iframe'});
    try {
      assert.match(run.item.href, /^sco-\d+\/index\.html$/);
      const expected = await C.playModule(run.sco, mod, V);
      const r = await run.close();
      const problems = violations(r);
      expectValues(r.finish, {'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.scaled': '1',
        'cmi.progress_measure': '1', 'cmi.exit': 'normal', 'cmi.location': '0.2', 'cmi.entry': 'ab-initio'}, problems);
      problems.push(...C.checkInteractions(r, interactions(r), expected));
      C.assertNone(problems, `SCO ${i + 1}`);
    } finally {
      await run.dispose();
    }
  }
});

test('2004 3rd edition, one package per module: each zip launched from its own manifest and passed', async () => {
  const out = exportCourse('scorm-modules', 'scorm2004-3-per-module', [], {format: 'scorm2004-3', options: {scope: 'package-per-module'}});
  const full = loadFixture('scorm-modules').course;
  const zips = fs.readdirSync(out).filter((f) => f.endsWith('.zip')).sort();
  assert.deepEqual(zips.map((z) => z.replace(/-.*/, '')), ['01', '02'], `one zip per module: ${zips.join(', ')}`);
  assert.deepEqual(zips, ['01-hazards-at-work.zip', '02-reporting-who-how.zip']);
  for (const [i, zip] of zips.entries()) {
    const dir = unzip(path.join(out, zip), path.join(SCRATCH, 'scorm2004-3-per-module-unzipped', String(i + 1)));
    const m = readManifest(dir);
    assert.equal(m.schemaversion, '2004 3rd Edition');
    assert.equal(m.items.length, 1);
    assert.equal(m.items[0].title, full.children[i].props.title);
    const run = await start(dir, {via: i ? 'iframe' : 'popup'});
    try {
      const expected = await C.playModule(run.sco, full.children[i], V);
      const r = await run.close();
      const problems = violations(r);
      expectValues(r.finish, {'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '100',
        'cmi.exit': 'normal', 'cmi.location': '0.2'}, problems);
      problems.push(...C.checkInteractions(r, interactions(r), expected));
      C.assertNone(problems, `package ${zip}`);
    } finally {
      await run.dispose();
    }
  }
});
