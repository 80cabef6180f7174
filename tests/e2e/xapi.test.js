// Issue 10: xAPI (TinCan) packages from the real CLI, launched the TinCan way (endpoint, auth,
// actor, registration, activity_id) in Chromium against the fake LRS (lib/lrs.js) on another
// origin. Every run checks the statements' contents (lib/xapi-statements.js): verbs in order,
// object ids from tincan.xml's activity id (+ "/" + node id for pages and questions), the
// cmi.interaction definitions and responses of every question kind, scores, success, ISO 8601
// durations, the registration, the version header on every request and the validator's verdict
// (lrs.violations). Runs: pass; fail with every question kind; a reload mid-session resumed from
// the State API; an LRS down (503, then refused connections) and back; a tab closed while the LRS
// is down and a later launch sending the leftovers first; a statement the LRS refuses (400)
// logged and dropped while the rest arrive.
'use strict';
const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {launch} = require('./lib/browser');
const {exportCourse, readCourseData} = require('./lib/package');
const {startLrs} = require('./lib/lrs');
const S = require('./lib/sco');
const L = require('./lib/xapi-launch');
const X = require('./lib/xapi-statements');
const {items} = require('./lib/answers');

const BASE = 'https://example.com/courses/feedback'; // given with a trailing slash, written without
let browser;
const pkg = {};
before(async () => {
  pkg.sample = exportCourse('sample', 'xapi-sample', [], {format: 'xapi', options: {activityBase: BASE + '/'}});
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

// One run: the package's site, a fresh LRS, a fresh learner (browser context). dispose() closes
// all three.
async function setup(dir, lrsOpts) {
  const site = await L.openSite(dir);
  const lrs = await startLrs(lrsOpts);
  const learner = await L.Learner.open(browser, {site, lrs});
  return {site, lrs, learner, dispose: async () => {
    await learner.close();
    await lrs.close();
    await site.close();
  }};
}

const assertNone = (problems, what) => assert.ok(problems.length === 0, `${what}:\n  ${problems.join('\n  ')}`);
const has = (lrs, reg, pred) => () => X.ofRegistration(lrs, reg).some(pred);
const is = (verb) => (s) => X.verbOf(s) === verb;
const describe = (lrs, reg) => () => 'got ' + X.verbs(X.ofRegistration(lrs, reg)).join(' ');
const titled = (course, kind) => items(course).find((i) => i.node.kind === kind).node;

test('xapi pass: tincan.xml, launch parameters, every statement and its contents', async () => {
  const dir = pkg.sample;
  const tincan = L.readTincan(dir);
  const course = readCourseData(dir).course;
  assert.equal(tincan.launchable.length, 1, 'exactly one activity with <launch>');
  const act = tincan.launchable[0];
  assert.deepEqual({id: act.id, launch: act.launch, name: act.name, lang: act.lang},
    {id: BASE, launch: 'index.html', name: course.props.title, lang: 'en'});
  assert.equal(act.description, course.props.description);
  // The LRS is on another origin: the package's CSP lets the player reach it (and nothing else new).
  const csp = (/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')) || [])[1] || '';
  assert.match(csp, /connect-src 'self' http: https:/, 'connect-src allows the LRS');
  const tracking = readCourseData(dir).tracking || {};
  assert.deepEqual([tracking.activityId, tracking.activityBase, tracking.resume], [BASE, BASE, 'always'], 'Coursewright.data.tracking');
  const run = await setup(dir);
  const {lrs, learner} = run;
  try {
    // endpoint without its trailing slash (normalised by the course), an unknown parameter to echo.
    const l = L.xapiUrl(run.site, lrs, {endpoint: lrs.endpoint.replace(/\/$/, ''), activityId: act.id, extra: {tenant: 'acme-7'}});
    const began = Date.now();
    const page = await learner.launch(l.url);
    const played = await L.playSample(page, course);
    assert.match(played.results, /\bPassed\b/);
    await L.until(has(lrs, l.registration, is('completed')), 'completed', {describe: describe(lrs, l.registration)});
    await L.leave(page);
    await L.until(has(lrs, l.registration, is('terminated')), 'terminated after leaving', {describe: describe(lrs, l.registration)});
    const ended = Date.now();
    const all = X.ofRegistration(lrs, l.registration);
    const problems = X.checkRun(lrs, all, {registration: l.registration, actor: L.ACTOR});
    const v = X.verbs(all);
    if (v[0] !== 'initialized') problems.push(`first statement ${v[0]}, expected initialized`);
    if (v[v.length - 1] !== 'terminated') problems.push(`last statement ${v[v.length - 1]}, expected terminated`);
    for (const bad of ['resumed', 'suspended', 'failed']) if (v.includes(bad)) problems.push(`a ${bad} statement in a first, passed session`);
    for (const once of ['initialized', 'passed', 'completed', 'terminated']) {
      if (v.filter((x) => x === once).length !== 1) problems.push(`${once} ${v.filter((x) => x === once).length} times, expected once`);
    }
    if (all[0].object.id !== BASE) problems.push(`initialized object ${all[0].object.id}, expected the activity ${BASE}`);
    problems.push(...X.checkExperienced(all, played.visited, {base: BASE, parentId: BASE}));
    const answered = all.filter(is('answered'));
    const want = [...played.decisions.map((d) => ['decision', d]), ...played.given.map((g) => ['answer', g])];
    if (answered.length !== want.length) problems.push(`${answered.length} answered statements, expected ${want.length}: ${answered.map((s) => s.object.id).join(' ')}`);
    want.forEach(([kind, w], i) => {
      const s = answered[i];
      if (!s) return;
      problems.push(...(kind === 'decision' ? X.checkDecision(s, w, {base: BASE, parentId: BASE}) : X.checkAnswered(s, w, {base: BASE, parentId: BASE})));
    });
    const passed = all.find(is('passed'));
    const completed = all.find(is('completed'));
    if (passed) problems.push(...X.checkVerdict(passed, 'passed', {scaled: 1, objectId: BASE}));
    if (completed && !(completed.result && completed.result.completion === true)) problems.push('completed without result.completion true');
    if (completed && completed.object.id !== BASE) problems.push(`completed object ${completed.object.id}`);
    const lastAnswer = all.lastIndexOf(answered[answered.length - 1]);
    if (all.indexOf(passed) < lastAnswer || all.indexOf(completed) < lastAnswer) problems.push('passed/completed before the last answer');
    const term = all[all.length - 1];
    const secs = X.seconds(term.result && term.result.duration);
    if (!(secs >= 1 && secs <= (ended - began) / 1000 + 2)) problems.push(`terminated duration ${JSON.stringify(term.result && term.result.duration)} is not the session's (${(ended - began) / 1000} s)`);
    if (term.object.id !== BASE) problems.push(`terminated object ${term.object.id}`);
    // The unknown launch parameter goes along on every LRS call; auth went verbatim (the LRS
    // refuses and records anything else).
    for (const e of lrs.log) {
      if (e.method !== 'OPTIONS' && e.path.startsWith('/xapi/') && e.query.tenant !== 'acme-7') problems.push(`${e.method} ${e.path} without tenant=acme-7`);
    }
    // Bookmark and learner state written to the State API for the course activity.
    for (const stateId of ['bookmark', 'learner-state']) {
      const w = lrs.log.find((e) => (e.method === 'PUT' || e.method === 'POST') && e.path === '/xapi/activities/state' && e.query.stateId === stateId);
      if (!w) problems.push(`no ${stateId} written to the State API`);
      else if (w.query.activityId !== BASE || w.query.registration !== l.registration) problems.push(`${stateId} written for ${w.query.activityId} / ${w.query.registration}`);
    }
    assertNone(problems, 'xapi pass');
    learner.assertClean();
  } finally {
    await run.dispose();
  }
});

test('xapi fail: every question kind answered right and wrong (old actor form, activity from tincan.xml)', async () => {
  const dir = exportCourse('every-kind', 'xapi-every-kind', [], {format: 'xapi', options: {resume: 'always'}});
  const base = L.readTincan(dir).launchable[0].id;
  assert.equal(base, 'https://coursewright.invalid/course/e2e-every-kind', 'the default base from the identifier');
  const course = readCourseData(dir).course;
  const quiz = titled(course, 'quiz');
  const run = await setup(dir);
  const {lrs, learner} = run;
  try {
    // The old array form of the actor, no activity_id: the course falls back to tincan.xml's.
    const l = L.xapiUrl(run.site, lrs, {actor: {name: ['Tess Tester'], mbox: ['mailto:tess@example.com']}});
    const page = await learner.launch(l.url);
    await S.open(page, quiz.props.title);
    await S.quiz.start(page);
    // Attempt 1: every other question right; attempt 2: the others. Neither scores 100.
    const first = await S.playQuiz(page, quiz, {right: (q, k) => k % 2 === 0});
    await S.main(page).getByText('Attempts left').waitFor();
    await S.quiz.retry(page);
    const second = await S.playQuiz(page, quiz, {right: (q, k) => k % 2 === 1});
    assert.match(second.results, /Not passed/);
    await L.until(has(lrs, l.registration, is('failed')), 'failed', {describe: describe(lrs, l.registration)});
    await L.leave(page);
    await L.until(has(lrs, l.registration, is('suspended')), 'suspended after leaving an unfinished course', {describe: describe(lrs, l.registration)});
    const all = X.ofRegistration(lrs, l.registration);
    const problems = X.checkRun(lrs, all, {registration: l.registration, actor: {name: 'Tess Tester', mbox: 'mailto:tess@example.com'}});
    const v = X.verbs(all);
    if (v[0] !== 'initialized' || all[0].object.id !== base) problems.push(`first statement ${v[0]} ${all[0].object.id}, expected initialized ${base}`);
    if (v[v.length - 1] !== 'suspended') problems.push(`last statement ${v[v.length - 1]}, expected suspended`);
    for (const bad of ['passed', 'completed', 'terminated']) if (v.includes(bad)) problems.push(`a ${bad} statement`);
    problems.push(...X.checkExperienced(all, [items(course)[0].node, quiz], {base, parentId: base}));
    const answered = all.filter(is('answered'));
    const given = [...first.given, ...second.given];
    const graded = (g) => (['likert', 'shortAnswer'].includes(g.q.kind) ? null : g.right);
    if (answered.length !== given.length) problems.push(`${answered.length} answered statements, expected ${given.length}`);
    given.forEach((g, i) => answered[i] && problems.push(...X.checkAnswered(answered[i], {...g, right: graded(g)}, {base, parentId: base}, `answer ${i + 1} (${g.q.kind}, ${g.right ? 'right' : 'wrong'})`)));
    const kinds = new Set(given.map((g) => g.q.kind));
    assert.equal(kinds.size, 9, 'all nine question kinds played');
    // The verdict comes after the last attempt only, with the best attempt's score.
    const failed = all.filter(is('failed'));
    if (failed.length !== 1) problems.push(`${failed.length} failed statements`);
    const pct = (list) => {
      const g = list.filter((x) => graded(x) !== null);
      return Math.round((100 * g.filter((x) => x.right).reduce((n, x) => n + x.q.props.points, 0)) / g.reduce((n, x) => n + x.q.props.points, 0));
    };
    const best = Math.max(pct(first.given), pct(second.given));
    if (failed[0]) {
      problems.push(...X.checkVerdict(failed[0], 'failed', {scaled: best / 100, objectId: base}));
      if (all.indexOf(failed[0]) < all.indexOf(answered[answered.length - 1])) problems.push('failed before the second attempt\'s answers');
      if (all.indexOf(failed[0]) < all.indexOf(answered[first.given.length])) problems.push('a verdict while an attempt was left');
    }
    const susp = all[all.length - 1];
    if (!X.DURATION.test((susp.result || {}).duration || '')) problems.push('suspended without a session duration');
    assertNone(problems, 'xapi every kind / fail');
    learner.assertClean();
  } finally {
    await run.dispose();
  }
});

test('xapi reload mid-session: suspended, then resumed from the State API (page, answers, scenario step), nothing twice', async () => {
  const dir = pkg.sample;
  const course = readCourseData(dir).course;
  const all = items(course);
  const quiz = titled(course, 'quiz');
  const scenario = titled(course, 'scenario');
  const run = await setup(dir);
  const {lrs, learner} = run;
  try {
    const l = L.xapiUrl(run.site, lrs, {activityId: BASE});
    const page = await learner.launch(l.url);
    const part = await L.partWay(page, course);
    await L.until(has(lrs, l.registration, is('answered')), 'the first decision');
    const writesBefore = lrs.log.filter((e) => e.path === '/xapi/activities/state' && (e.method === 'PUT' || e.method === 'POST')).length;
    assert.ok(writesBefore > 0, 'state written before the reload');
    const cut = lrs.log.length;
    await page.reload();
    await L.shellReady(page);
    await L.until(has(lrs, l.registration, is('resumed')), 'resumed after the reload', {describe: describe(lrs, l.registration)});
    // Restored: the quiz at question 3, question 2 checked and wrong, the scenario at step 2.
    await S.expectTitle(page, quiz.props.title);
    await S.quiz.question(page, 3);
    await S.quiz.previous(page);
    await S.quiz.question(page, 2);
    assert.match(await S.main(page).locator('.cw-feedback').first().innerText(), /^Not quite/, 'question 2 kept, checked');
    await S.quiz.next(page);
    await S.quiz.question(page, 3);
    const rest = await S.playQuiz(page, quiz, {from: 3});
    await S.open(page, scenario.props.title);
    await S.scenario.resume(page);
    await S.scenario.expectStep(page, S.SAMPLE_PASS[0].next);
    const decisions = await S.passSampleScenario(page, scenario, {from: 1});
    const later = [];
    for (const [i, p] of all.entries()) {
      if (p.node.kind === 'page' && i > 2) {
        await S.open(page, p.node.props.title);
        later.push(p.node);
      }
    }
    await L.until(has(lrs, l.registration, is('completed')), 'completed', {describe: describe(lrs, l.registration)});
    await L.leave(page);
    await L.until(has(lrs, l.registration, is('terminated')), 'terminated', {describe: describe(lrs, l.registration)});

    const stmts = X.ofRegistration(lrs, l.registration);
    const problems = X.checkRun(lrs, stmts, {registration: l.registration, actor: L.ACTOR});
    const v = X.verbs(stmts);
    const at = (verb) => v.indexOf(verb);
    if (v.filter((x) => x === 'initialized').length !== 1 || at('initialized') !== 0) problems.push(`initialized not once and first: ${v.join(' ')}`);
    if (v.filter((x) => x === 'resumed').length !== 1) problems.push(`resumed ${v.filter((x) => x === 'resumed').length} times`);
    if (v.filter((x) => x === 'suspended').length !== 1 || !(at('suspended') < at('resumed'))) problems.push(`one suspended before resumed expected: ${v.join(' ')}`);
    if (v[v.length - 1] !== 'terminated' || v.filter((x) => x === 'terminated').length !== 1) problems.push(`terminated not once and last: ${v.join(' ')}`);
    if (stmts[at('resumed')] && stmts[at('resumed')].object.id !== BASE) problems.push('resumed object is not the course activity');
    // What the State API held at the reload is what the course read back.
    const lastWrite = (stateId) => lrs.log.slice(0, cut).filter((e) => e.path === '/xapi/activities/state' && e.query.stateId === stateId &&
      (e.method === 'PUT' || e.method === 'POST') && e.status < 300).pop();
    for (const stateId of ['bookmark', 'learner-state']) {
      const w = lastWrite(stateId);
      const r = lrs.log.slice(cut).find((e) => e.method === 'GET' && e.path === '/xapi/activities/state' && e.query.stateId === stateId);
      if (!w) problems.push(`${stateId} never written before the reload`);
      else if (!r) problems.push(`${stateId} not read after the reload`);
      else if (r.status !== 200) problems.push(`${stateId} read after the reload answered ${r.status}`);
      if (w && (w.query.activityId !== BASE || w.query.registration !== l.registration)) problems.push(`${stateId} kept under ${w.query.activityId} / ${w.query.registration}`);
    }
    problems.push(...X.checkExperienced(stmts, [...part.visited, ...later], {base: BASE, parentId: BASE}));
    const answered = stmts.filter(is('answered'));
    const want = [['decision', part.decisions[0]], ...[...part.given, ...rest.given].map((g) => ['answer', g]), ...decisions.map((d) => ['decision', d])];
    if (answered.length !== want.length) problems.push(`${answered.length} answered statements, expected ${want.length}`);
    want.forEach(([kind, w], i) => answered[i] && problems.push(...(kind === 'decision' ? X.checkDecision(answered[i], w, {base: BASE, parentId: BASE})
      : X.checkAnswered(answered[i], w, {base: BASE, parentId: BASE}))));
    const passed = stmts.find(is('passed'));
    if (!passed) problems.push('no passed');
    else problems.push(...X.checkVerdict(passed, 'passed', {scaled: 0.83, objectId: BASE}));
    assertNone(problems, 'xapi reload');
    learner.assertClean();
  } finally {
    await run.dispose();
  }
});

test('xapi LRS down (503, then refused connections) and back: every statement arrives once, in order', async (t) => {
  const dir = pkg.sample;
  const course = readCourseData(dir).course;
  const nodes = items(course).map((i) => i.node);
  const run = await setup(dir);
  const {lrs, learner} = run;
  try {
    const l = L.xapiUrl(run.site, lrs, {activityId: BASE});
    const page = await learner.launch(l.url);
    await L.until(has(lrs, l.registration, (s) => X.verbOf(s) === 'experienced'), 'the first page experienced');
    const before = lrs.statements.length;
    lrs.down('503');
    await S.next(page, nodes[1].props.title);
    await S.next(page, nodes[2].props.title);
    await page.waitForTimeout(500);
    lrs.down('refuse');
    await S.next(page, nodes[3].props.title);
    await S.next(page, nodes[4].props.title);
    await page.waitForTimeout(1000);
    assert.equal(lrs.statements.length, before, 'nothing stored while the LRS is down');
    lrs.up();
    // Back up: the queue goes by itself (retry with backoff, doubling from 1 s: a few seconds after
    // an outage this short); else with the next statement.
    const want = 5;
    const arrived = () => X.ofRegistration(lrs, l.registration).filter(is('experienced')).length >= want;
    const upAt = Date.now();
    let byItself = true;
    try {
      await L.until(arrived, 'the queued statements after the LRS came back', {ms: 30000});
    } catch (e) {
      byItself = false;
    }
    t.diagnostic(byItself ? `queue sent by itself ${Date.now() - upAt} ms after the LRS came back` : 'queue not sent by itself within 30 s');
    await S.next(page, nodes[5].props.title);
    await L.until(() => X.ofRegistration(lrs, l.registration).filter(is('experienced')).length >= 6, 'every page experienced',
      {describe: describe(lrs, l.registration)});
    await L.leave(page);
    await L.until(has(lrs, l.registration, is('suspended')), 'suspended', {describe: describe(lrs, l.registration)});
    const stmts = X.ofRegistration(lrs, l.registration);
    const problems = X.checkRun(lrs, stmts, {registration: l.registration, actor: L.ACTOR});
    problems.push(...X.checkExperienced(stmts, nodes.slice(0, 6), {base: BASE, parentId: BASE}));
    const v = X.verbs(stmts);
    const exp = stmts.filter(is('experienced')).map((s) => s.object.id);
    if (new Set(exp).size !== exp.length) problems.push(`a page experienced twice: ${exp.join(' ')}`);
    if (v[0] !== 'initialized' || v[v.length - 1] !== 'suspended') problems.push(`sequence ${v.join(' ')}`);
    if (!byItself) problems.push('the queue was not sent by itself within 30 s of the LRS coming back (retry with backoff / online)');
    assertNone(problems, 'xapi LRS down and up');
    learner.assertClean({lrsErrors: true});
    assert.ok(learner.lrsConsole.length + learner.lrsFailed.length > 0, 'the outage was seen by the browser');
  } finally {
    await run.dispose();
  }
});

test('xapi closed tab while the LRS is down: a later launch sends the leftovers first, each once', async (t) => {
  const dir = pkg.sample;
  const course = readCourseData(dir).course;
  const nodes = items(course).map((i) => i.node);
  const run = await setup(dir);
  const {lrs, learner} = run;
  try {
    const l = L.xapiUrl(run.site, lrs, {activityId: BASE});
    const one = await learner.launch(l.url);
    await S.next(one, nodes[1].props.title);
    await L.until(() => X.ofRegistration(lrs, l.registration).filter(is('experienced')).length >= 2, 'pages 1-2 experienced');
    lrs.down('refuse');
    await S.next(one, nodes[2].props.title);
    await S.next(one, nodes[3].props.title);
    await one.close(); // pagehide: the course tries to flush and cannot
    // The page's keepalive request outlives it: the browser may still be sending it when close()
    // returns (under ASan it was, once), so the LRS stays down a while longer for it to fail.
    await new Promise((r) => setTimeout(r, 2000));
    lrs.up();
    await new Promise((r) => setTimeout(r, 1000));
    const leftBehind = X.ofRegistration(lrs, l.registration).length;
    const two = await learner.launch(l.url);
    await L.until(() => X.ofRegistration(lrs, l.registration).some((s) => ['resumed', 'initialized'].includes(X.verbOf(s)) && s !== X.ofRegistration(lrs, l.registration)[0]),
      'the second launch started', {describe: describe(lrs, l.registration)});
    await L.until(() => X.ofRegistration(lrs, l.registration).filter(is('experienced')).length >= 5, 'the leftovers and the new page', {describe: describe(lrs, l.registration)});
    await L.leave(two);
    await L.until(() => X.ofRegistration(lrs, l.registration).filter(is('suspended')).length >= 1 &&
      X.verbOf(X.ofRegistration(lrs, l.registration).slice(-1)[0]) === 'suspended', 'suspended at the end', {describe: describe(lrs, l.registration)});
    const stmts = X.ofRegistration(lrs, l.registration);
    const problems = X.checkRun(lrs, stmts, {registration: l.registration, actor: L.ACTOR});
    const v = X.verbs(stmts);
    const start2 = stmts.findIndex((s, i) => i > 0 && ['resumed', 'initialized'].includes(X.verbOf(s)));
    t.diagnostic(`arrival order: ${v.join(' ')} (${leftBehind} before the second launch; it starts at #${start2})`);
    const ids = (list) => list.filter(is('experienced')).map((s) => s.object.id.slice(BASE.length + 1));
    const first = stmts.slice(0, start2);
    // Session 1: pages 1-4 experienced (3 and 4 while the LRS was down), all before session 2.
    if (JSON.stringify(ids(first)) !== JSON.stringify(nodes.slice(0, 4).map((n) => n.id))) {
      problems.push(`before the second launch's first statement: ${first.map(X.short).join(', ')}; expected pages 1-4 experienced`);
    }
    if (first.length && X.verbOf(first[first.length - 1]) !== 'suspended') problems.push('the closed tab\'s suspended statement (made at pagehide) is not among the leftovers');
    if (leftBehind > 3) problems.push(`${leftBehind} statements arrived before the second launch; the ones made while the LRS was down should have waited`);
    if (v.filter((x) => x === 'initialized').length !== 1) problems.push(`initialized ${v.filter((x) => x === 'initialized').length} times`);
    const exp = ids(stmts);
    if (new Set(exp.slice(0, 4)).size !== 4) problems.push(`session 1 pages twice: ${exp.join(' ')}`);
    assertNone(problems, 'xapi closed tab');
    learner.assertClean({lrsErrors: true});
  } finally {
    await run.dispose();
  }
});

test('xapi statement refused with 400: logged and dropped, the ones after it arrive', async (t) => {
  const dir = pkg.sample;
  const course = readCourseData(dir).course;
  const nodes = items(course).map((i) => i.node);
  const run = await setup(dir);
  const {lrs, learner} = run;
  const badId = BASE + '/' + nodes[2].id;
  lrs.reject((s) => X.verbOf(s) === 'experienced' && s.object && s.object.id === badId, 400);
  try {
    const l = L.xapiUrl(run.site, lrs); // activity_id from tincan.xml
    const page = await learner.launch(l.url);
    for (let i = 1; i < 5; i++) await S.next(page, nodes[i].props.title);
    await L.until(() => X.ofRegistration(lrs, l.registration).filter(is('experienced')).length >= 4, 'pages 1, 2, 4, 5 experienced',
      {describe: describe(lrs, l.registration)});
    await L.leave(page);
    await L.until(has(lrs, l.registration, is('suspended')), 'suspended', {describe: describe(lrs, l.registration)});
    await new Promise((r) => setTimeout(r, 1500)); // time for a wrong retry to show
    const stmts = X.ofRegistration(lrs, l.registration);
    const problems = X.checkRun(lrs, stmts, {registration: l.registration, actor: L.ACTOR});
    const exp = stmts.filter(is('experienced')).map((s) => s.object.id);
    const want = [0, 1, 3, 4].map((i) => BASE + '/' + nodes[i].id);
    if (JSON.stringify(exp) !== JSON.stringify(want)) problems.push(`experienced ${exp.join(' ')}, expected pages 1, 2, 4, 5`);
    const badStatementIds = [...new Set(lrs.rejected.map((r) => r.id))];
    if (badStatementIds.length !== 1) problems.push(`refused statement ids ${JSON.stringify(badStatementIds)}, expected one`);
    const tries = lrs.log.filter((e) => e.path === '/xapi/statements' && e.method !== 'OPTIONS' && e.body.includes(badId)).length;
    t.diagnostic(`the refused statement was sent ${tries} time(s); warnings: ${learner.warnings.join(' | ').slice(0, 300)}`);
    if (tries > 3) problems.push(`the refused statement was sent ${tries} times (dropped after a 400, at most: in a batch, then alone)`);
    if (!learner.warnings.some((w) => /400|refused by the test/.test(w))) problems.push(`no console.warn with the LRS's answer; warnings: ${JSON.stringify(learner.warnings)}`);
    if (stmts[0] && stmts[0].object.id !== BASE) problems.push(`initialized object ${stmts[0].object.id}, expected tincan.xml's ${BASE}`);
    assertNone(problems, 'xapi 400');
    learner.assertClean({lrsErrors: true});
    const other = learner.unexpectedLrsErrors().filter((e) => !/status of 400/.test(e.text));
    assert.deepEqual(other, [], 'no LRS errors but the 400');
  } finally {
    await run.dispose();
  }
});
