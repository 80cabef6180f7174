// Issue 10: cmi5 packages from the real CLI, launched as a cmi5 LMS does (lib/xapi-launch.js: a
// registration, LMS.LaunchData with the contextTemplate, launchMode, masteryScore, moveOn and
// returnURL, learner preferences, a one-time fetch URL) in Chromium against the fake LRS on another
// origin. Every run checks the statements' contents and the cmi5 rules over the registration
// (lib/cmi5-rules.js check() must return []), the validator (lrs.violations), the version header
// and the one POST of the fetch URL. Runs: pass with the LMS's masteryScore overriding the
// course's; fail; Browse in German (learner preferences); moveOn variants (cmi5.xml and the
// statements each needs); a reload mid-session (the session is over, the token kept) and a next
// session; the LRS down and back; the Exit button going to returnURL after terminated; one AU
// per module, each launched on its own.
'use strict';
const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const {launch} = require('./lib/browser');
const {exportCourse, readCourseData, loadFixture} = require('./lib/package');
const {startLrs} = require('./lib/lrs');
const cmi5 = require('./lib/cmi5-rules');
const S = require('./lib/sco');
const L = require('./lib/xapi-launch');
const X = require('./lib/xapi-statements');
const {items} = require('./lib/answers');

let browser;
const pkg = {};
const quizOf = (d) => d.course.children[0].children.find((n) => n.kind === 'quiz');
const SAMPLE_BASE = 'https://coursewright.invalid/course/d1c0d91f-877e-5a46-982b-f7eb174be05e';
before(async () => {
  pkg.sample = exportCourse('sample', 'cmi5-sample', [], {format: 'cmi5', options: {scope: 'course'}});
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function setup(dir) {
  const site = await L.openSite(dir);
  const lrs = await startLrs({fetch: true});
  const learner = await L.Learner.open(browser, {site, lrs});
  return {site, lrs, learner, dispose: async () => {
    await learner.close();
    await lrs.close();
    await site.close();
  }};
}

const assertNone = (problems, what) => assert.ok(problems.length === 0, `${what}:\n  ${problems.join('\n  ')}`);
const is = (verb) => (s) => X.verbOf(s) === verb;
const titled = (course, kind) => items(course).find((i) => i.node.kind === kind).node;
// The statements of one launch (its session id), in arrival order.
const ofSession = (lrs, l) => X.ofRegistration(lrs, l.registration).filter((s) => s.context.extensions &&
  s.context.extensions[L.EXT_SESSION] === l.sessionId);
const waitFor = (lrs, l, pred, what) => L.until(() => ofSession(lrs, l).some(pred), what,
  {describe: () => 'got ' + X.verbs(ofSession(lrs, l)).join(' ')});
const exitButton = (page) => page.getByRole('button', {name: /^(Exit|Beenden|Quitter|Salir)\b/});

// The checks every cmi5 run shares: the validator, the version header, the cmi5 rules over the
// registration, the fetch URL POSTed once per launch, the preferences read before the first
// statement, LMS.LaunchData never written, the contextTemplate's grouping on every statement.
function common(lrs, launches, {launchMode = 'Normal'} = {}) {
  const l = launches[0];
  const stmts = X.ofRegistration(lrs, l.registration);
  const problems = X.checkRun(lrs, stmts, {registration: l.registration, actor: l.actor});
  problems.push(...cmi5.check(stmts, {launchActivityId: l.activityId, registration: l.registration, actor: l.actor,
    masteryScore: l.masteryScore, launchMode, moveOn: l.launchData.moveOn}).map((p) => 'cmi5 rules: ' + p));
  if (lrs.fetchUsed !== 1) problems.push(`fetch URL POSTed ${lrs.fetchUsed} times for the last launch, expected once`);
  const firstPost = lrs.log.findIndex((e) => e.path === '/xapi/statements' && (e.method === 'POST' || e.method === 'PUT'));
  const prefs = lrs.log.findIndex((e) => e.method === 'GET' && e.path === '/xapi/agents/profile' && e.query.profileId === 'cmi5LearnerPreferences');
  if (prefs < 0 || (firstPost >= 0 && prefs > firstPost)) problems.push('cmi5LearnerPreferences not read before the first statement');
  for (const s of stmts) {
    const grouping = ((s.context.contextActivities || {}).grouping || []).map((a) => a.id);
    if (!grouping.includes(l.activityId)) problems.push(`${X.short(s)}: the contextTemplate's grouping (publisher id) is missing`);
  }
  return {stmts, problems};
}

// Checks the answered statements of a run (children of the AU: base/<node id>, parent the AU).
function checkAnswers(stmts, want, {base, parentId}) {
  const problems = [];
  const answered = stmts.filter(is('answered'));
  if (answered.length !== want.length) problems.push(`${answered.length} answered statements, expected ${want.length}`);
  want.forEach(([kind, w], i) => answered[i] && problems.push(...(kind === 'decision' ? X.checkDecision(answered[i], w, {base, parentId})
    : X.checkAnswered(answered[i], w, {base, parentId}))));
  for (const s of answered) {
    const cats = ((s.context.contextActivities || {}).category || []).map((a) => a.id);
    if (cats.includes(cmi5.CAT_CMI5)) problems.push(`${X.short(s)}: cmi5 category on an allowed statement`);
  }
  return problems;
}

// Clicks Exit and waits for the LMS's return page; checks terminated arrived before it.
async function exitToLms(page, run, l, problems) {
  await exitButton(page).click();
  await page.waitForURL((u) => u.href.startsWith(run.site.returnUrl), {timeout: 20000});
  await waitFor(run.lrs, l, is('terminated'), 'terminated');
  const term = run.lrs.log.find((e) => e.path === '/xapi/statements' && e.status < 300 && e.body.includes('/verbs/terminated') &&
    e.body.includes(l.sessionId));
  const back = run.site.returns[run.site.returns.length - 1];
  if (!back) problems.push('returnURL never reached');
  else if (!term || term.at > back.at) problems.push('the course went to returnURL before terminated reached the LRS');
}

test('cmi5 pass: cmi5.xml, masteryScore from LaunchData (0.6) overrides the course (0.8), Exit goes to returnURL', async () => {
  const dir = exportCourse('sample', 'cmi5-quiz50', [], {format: 'cmi5', options: {scope: 'course'},
    edit: (d) => Object.assign(quizOf(d).props, {attempts: 1, passingScore: 50})});
  const course = readCourseData(dir).course;
  const m = L.readCmi5(dir);
  assert.equal(m.aus.length, 1);
  const au = m.aus[0];
  assert.deepEqual({id: au.id, url: au.url, moveOn: au.moveOn, masteryScore: au.masteryScore, block: au.block},
    {id: SAMPLE_BASE + '/' + course.id, url: 'index.html', moveOn: 'CompletedAndPassed', masteryScore: 0.8, block: null});
  assert.equal(m.course.title, course.props.title);
  const tracking = readCourseData(dir).tracking || {};
  assert.deepEqual([tracking.activityId, tracking.activityBase], [au.id, SAMPLE_BASE], 'Coursewright.data.tracking: the AU and the base');
  assert.match(require('fs').readFileSync(require('path').join(dir, 'index.html'), 'utf8'), /connect-src 'self' http: https:/, 'CSP lets the player reach the LRS');
  const run = await setup(dir);
  const {lrs, learner} = run;
  try {
    const l = L.cmi5Launch(run.site, lrs, au, {masteryScore: 0.6});
    const page = await learner.launch(l.url);
    const played = await L.playSample(page, course, {right: (q, k) => k < 4});
    assert.match(played.results, /\bPassed\b/);
    await waitFor(lrs, l, is('completed'), 'completed');
    const problems = [];
    await exitToLms(page, run, l, problems);
    const {stmts, problems: p} = common(lrs, [l]);
    problems.push(...p);
    const v = X.verbs(stmts);
    if (v[0] !== 'initialized' || v[v.length - 1] !== 'terminated') problems.push(`sequence ${v.join(' ')}`);
    const passed = stmts.find(is('passed'));
    if (!passed) problems.push('no passed statement (0.67 is above the LMS\'s masteryScore 0.6)');
    else {
      problems.push(...X.checkVerdict(passed, 'passed', {scaled: 0.67, objectId: au.id}));
      if (passed.context.extensions[cmi5.EXT_MASTERY] !== 0.6) problems.push(`masteryscore extension ${passed.context.extensions[cmi5.EXT_MASTERY]}, expected 0.6`);
    }
    if (stmts.some(is('failed'))) problems.push('failed sent: the course\'s 0.8 was used instead of the LMS\'s 0.6');
    const completed = stmts.find(is('completed'));
    if (!completed || !(completed.result && completed.result.completion === true)) problems.push('no completed with completion true');
    problems.push(...X.checkExperienced(stmts, played.visited, {base: SAMPLE_BASE, parentId: au.id}));
    problems.push(...checkAnswers(stmts, [...played.decisions.map((d) => ['decision', d]), ...played.given.map((g) => ['answer', g])],
      {base: SAMPLE_BASE, parentId: au.id}));
    for (const s of stmts) {
      if (!/(Z|[+-]00:?00)$/.test(s.timestamp)) problems.push(`${X.short(s)}: timestamp ${s.timestamp} not UTC`);
    }
    assertNone(problems, 'cmi5 pass');
    learner.assertClean();
  } finally {
    await run.dispose();
  }
});

test('cmi5 fail: attempts used up below masteryScore -> failed with score and masteryscore, no completed/passed', async () => {
  const dir = exportCourse('sample', 'cmi5-two-attempts', [], {format: 'cmi5', options: {scope: 'course'},
    edit: (d) => (quizOf(d).props.attempts = 2)});
  const course = readCourseData(dir).course;
  const quiz = titled(course, 'quiz');
  const au = L.readCmi5(dir).aus[0];
  const run = await setup(dir);
  const {lrs, learner} = run;
  try {
    const l = L.cmi5Launch(run.site, lrs, au, {masteryScore: au.masteryScore});
    const page = await learner.launch(l.url);
    await S.open(page, quiz.props.title);
    await S.quiz.start(page);
    const first = await S.playQuiz(page, quiz, {right: () => false});
    await S.quiz.retry(page);
    const second = await S.playQuiz(page, quiz, {right: (q, k) => k < 3});
    await waitFor(lrs, l, is('failed'), 'failed');
    const problems = [];
    await exitToLms(page, run, l, problems);
    const {stmts, problems: p} = common(lrs, [l]);
    problems.push(...p);
    const v = X.verbs(stmts);
    for (const bad of ['passed', 'completed']) if (v.includes(bad)) problems.push(`${bad} sent in a failed, incomplete session`);
    const failed = stmts.filter(is('failed'));
    if (failed.length !== 1) problems.push(`${failed.length} failed statements`);
    else {
      problems.push(...X.checkVerdict(failed[0], 'failed', {scaled: 0.5, objectId: au.id}));
      const cats = failed[0].context.contextActivities.category.map((a) => a.id);
      if (!cats.includes(cmi5.CAT_MOVEON)) problems.push('failed without the moveon category');
    }
    problems.push(...checkAnswers(stmts, [...first.given, ...second.given].map((g) => ['answer', g]), {base: SAMPLE_BASE, parentId: au.id}));
    assertNone(problems, 'cmi5 fail');
    learner.assertClean();
  } finally {
    await run.dispose();
  }
});

test('cmi5 Browse with learner preferences de-DE: German words, initialized and terminated only', async () => {
  const dir = pkg.sample;
  const course = readCourseData(dir).course;
  const nodes = items(course).map((i) => i.node);
  const au = L.readCmi5(dir).aus[0];
  const run = await setup(dir);
  const {lrs, learner} = run;
  try {
    const l = L.cmi5Launch(run.site, lrs, au, {launchMode: 'Browse', masteryScore: au.masteryScore,
      preferences: {languagePreference: 'de-DE,en-US', audioPreference: 'on'}});
    const page = await learner.launch(l.url, {ready: false});
    await page.locator('main#cw-main h1').first().waitFor({state: 'visible', timeout: 30000});
    const pager = page.getByRole('navigation', {name: 'Seiten'});
    await pager.waitFor();
    await page.getByRole('navigation', {name: 'Kursmenü'}).waitFor();
    assert.equal(await page.getByRole('button', {name: 'Beenden', exact: true}).count(), 1, 'the Exit button in German');
    for (let i = 1; i < nodes.length; i++) {
      await pager.getByRole('button', {name: /^Weiter\b/}).click();
      await S.expectTitle(page, nodes[i].props.title);
    }
    await waitFor(lrs, l, is('initialized'), 'initialized');
    await L.leave(page);
    await waitFor(lrs, l, is('terminated'), 'terminated at pagehide');
    const {stmts, problems} = common(lrs, [l], {launchMode: 'Browse'});
    const v = X.verbs(stmts);
    if (JSON.stringify(v) !== '["initialized","terminated"]') problems.push(`statements ${v.join(' ')}, expected initialized terminated`);
    const writes = lrs.log.filter((e) => e.path === '/xapi/activities/state' && e.method !== 'GET' && e.method !== 'OPTIONS');
    if (writes.length) problems.push(`state written in Browse mode: ${writes.map((e) => e.query.stateId).join(' ')}`);
    assertNone(problems, 'cmi5 Browse');
    learner.assertClean();
  } finally {
    await run.dispose();
  }
});

test('cmi5 moveOn variants: cmi5.xml attributes, plan errors, and the statements each moveOn needs', async () => {
  const noQuiz = (d) => {
    const m = d.course.children[0];
    m.children = m.children.filter((n) => n.kind !== 'quiz');
  };
  const variants = [['Completed', 'Completed', 0.8], ['Passed', 'Passed', 0.8], ['CompletedAndPassed', 'CompletedAndPassed', 0.8],
    ['CompletedOrPassed', 'CompletedOrPassed', 0.8], ['NotApplicable', 'NotApplicable', 0.8], ['auto', 'CompletedAndPassed', 0.8]];
  const dirs = {};
  for (const [moveOn, written, mastery] of variants) {
    dirs[moveOn] = exportCourse('sample', 'cmi5-moveon-' + moveOn, [], {format: 'cmi5', options: {scope: 'course', moveOn}});
    const au = L.readCmi5(dirs[moveOn]).aus[0];
    assert.equal(au.moveOn, written, `moveOn ${moveOn} is written as ${written}`);
    assert.equal(au.masteryScore, mastery, `moveOn ${moveOn}: masteryScore`);
  }
  const noMastery = exportCourse('sample', 'cmi5-no-mastery', [], {format: 'cmi5', options: {scope: 'course', writeMasteryScore: false}});
  assert.equal(L.readCmi5(noMastery).aus[0].masteryScore, null, 'writeMasteryScore false: no masteryScore');
  const auto = exportCourse('sample', 'cmi5-no-quiz', [], {format: 'cmi5', options: {scope: 'course'}, edit: noQuiz});
  const autoAu = L.readCmi5(auto).aus[0];
  assert.deepEqual([autoAu.moveOn, autoAu.masteryScore], ['Completed', null], 'auto without a graded quiz: Completed, no masteryScore');
  for (const impossible of ['Passed', 'CompletedAndPassed']) {
    assert.throws(() => exportCourse('sample', 'cmi5-no-quiz-' + impossible, [], {format: 'cmi5', options: {scope: 'course', moveOn: impossible},
      edit: noQuiz}), /Giving Constructive Feedback/, `moveOn ${impossible} without a graded quiz is a plan error naming the module`);
  }

  // moveOn Passed: played through and passed -> the passed statement the LMS waits for (a course
  // is passed only once complete, docs/player.md, so completed comes too).
  {
    const dir = dirs.Passed;
    const course = readCourseData(dir).course;
    const au = L.readCmi5(dir).aus[0];
    const run = await setup(dir);
    try {
      const l = L.cmi5Launch(run.site, run.lrs, au, {masteryScore: au.masteryScore, moveOn: 'Passed'});
      const page = await run.learner.launch(l.url);
      await L.playSample(page, course);
      await waitFor(run.lrs, l, is('passed'), 'passed');
      const problems = [];
      await exitToLms(page, run, l, problems);
      const {stmts, problems: p} = common(run.lrs, [l]);
      problems.push(...p);
      const v = X.verbs(stmts);
      if (!v.includes('passed') || v.includes('failed')) problems.push(`moveOn Passed run sent ${v.join(' ')}`);
      const passed = stmts.find(is('passed'));
      if (passed) problems.push(...X.checkVerdict(passed, 'passed', {scaled: 1, objectId: au.id}));
      assertNone(problems, 'moveOn Passed');
      run.learner.assertClean();
    } finally {
      await run.dispose();
    }
  }
  // moveOn auto without a quiz (Completed), no masteryScore from the LMS: pages and the scenario
  // -> completed, and no verdict at all.
  {
    const course = readCourseData(auto).course;
    const run = await setup(auto);
    try {
      const l = L.cmi5Launch(run.site, run.lrs, autoAu);
      const page = await run.learner.launch(l.url);
      const played = await L.playSample(page, course);
      await waitFor(run.lrs, l, is('completed'), 'completed');
      const problems = [];
      await exitToLms(page, run, l, problems);
      const {stmts, problems: p} = common(run.lrs, [l]);
      problems.push(...p);
      const v = X.verbs(stmts);
      // Part A's plan makes moveOn Passed on such an AU an error because "it could never be
      // satisfied" (contract 1): no verdict is what this AU is expected to send.
      if (!v.includes('completed') || v.includes('passed') || v.includes('failed')) {
        const verdict = stmts.find((s) => ['passed', 'failed'].includes(X.verbOf(s)));
        problems.push(`moveOn Completed (no graded quiz) run sent ${v.join(' ')}` +
          (verdict ? `; ${X.verbOf(verdict)} with result ${JSON.stringify(verdict.result)}` : ''));
      }
      const completed = stmts.find(is('completed'));
      if (completed && completed.result && completed.result.score) problems.push('score on completed');
      problems.push(...checkAnswers(stmts, played.decisions.map((d) => ['decision', d]), {base: SAMPLE_BASE, parentId: autoAu.id}));
      assertNone(problems, 'moveOn Completed (auto, no quiz)');
      run.learner.assertClean();
    } finally {
      await run.dispose();
    }
  }
});

test('cmi5 reload mid-session: the session is over (terminated, review, notice), the token kept; the next launch goes on', async () => {
  const dir = pkg.sample;
  const course = readCourseData(dir).course;
  const quiz = titled(course, 'quiz');
  const au = L.readCmi5(dir).aus[0];
  const run = await setup(dir);
  const {lrs, learner} = run;
  try {
    const l = L.cmi5Launch(run.site, lrs, au, {masteryScore: au.masteryScore});
    const page = await learner.launch(l.url);
    const part = await L.partWay(page, course);
    await waitFor(lrs, l, is('answered'), 'the first decision');
    await page.reload();
    await page.locator('main#cw-main h1').first().waitFor({state: 'visible', timeout: 30000});
    await waitFor(lrs, l, is('terminated'), 'terminated at the reload');
    const notice = page.getByText('This session has ended: return to the learning platform to continue.');
    await notice.waitFor();
    const link = page.locator(`a[href="${run.site.returnUrl}"]`);
    if (!(await link.count())) assert.fail('the "session ended" notice has no link to returnURL');
    // The learner state is shown (review): the quiz where it was left.
    await S.expectTitle(page, quiz.props.title);
    await page.waitForTimeout(1500); // anything sent after terminated would show now
    const problems = [];
    const v1 = X.verbs(ofSession(lrs, l));
    if (v1[v1.length - 1] !== 'terminated') problems.push(`statements after terminated: ${v1.join(' ')}`);
    if (lrs.fetchUsed !== 1) problems.push(`fetch URL POSTed ${lrs.fetchUsed} times (the token must be kept across the reload)`);
    const first = [...part.decisions.map((d) => ['decision', d])];
    problems.push(...checkAnswers(ofSession(lrs, l), first, {base: SAMPLE_BASE, parentId: au.id}));
    problems.push(...X.checkExperienced(ofSession(lrs, l), part.visited, {base: SAMPLE_BASE, parentId: au.id}));

    // The LMS launches the AU again (a new session and fetch URL, same registration): it resumes.
    const l2 = L.cmi5Launch(run.site, lrs, au, {masteryScore: au.masteryScore, registration: l.registration, newFetch: true});
    const two = await learner.launch(l2.url);
    await S.expectTitle(two, quiz.props.title);
    await S.quiz.question(two, 3);
    const rest = await S.playQuiz(two, quiz, {from: 3});
    // The rest of the course (the scenario from its kept step, pages 4-5): complete, so passed.
    const scenario = titled(course, 'scenario');
    await S.open(two, scenario.props.title);
    await S.scenario.resume(two);
    await S.scenario.expectStep(two, S.SAMPLE_PASS[0].next);
    const decisions = await S.passSampleScenario(two, scenario, {from: 1});
    for (const [i, it] of items(course).entries()) if (it.node.kind === 'page' && i > 2) await S.open(two, it.node.props.title);
    await waitFor(lrs, l2, is('passed'), 'passed in the second session');
    await waitFor(lrs, l2, is('completed'), 'completed in the second session');
    await exitToLms(two, run, l2, problems);
    const {stmts, problems: p} = common(lrs, [l2]);
    problems.push(...p);
    const v2 = X.verbs(ofSession(lrs, l2));
    if (v2[0] !== 'initialized' || v2[v2.length - 1] !== 'terminated') problems.push(`second session ${v2.join(' ')}`);
    const passed = stmts.find(is('passed'));
    if (passed) problems.push(...X.checkVerdict(passed, 'passed', {scaled: 0.83, objectId: au.id}));
    problems.push(...checkAnswers(ofSession(lrs, l2), [...[...part.given, ...rest.given].map((g) => ['answer', g]),
      ...decisions.map((d) => ['decision', d])], {base: SAMPLE_BASE, parentId: au.id}));
    assertNone(problems, 'cmi5 reload');
    learner.assertClean();
  } finally {
    await run.dispose();
  }
});

test('cmi5 LRS down (503, then refused) and back: everything arrives once, in order, the rules hold', async () => {
  const dir = pkg.sample;
  const course = readCourseData(dir).course;
  const nodes = items(course).map((i) => i.node);
  const au = L.readCmi5(dir).aus[0];
  const run = await setup(dir);
  const {lrs, learner} = run;
  try {
    const l = L.cmi5Launch(run.site, lrs, au, {masteryScore: au.masteryScore});
    const page = await learner.launch(l.url);
    await waitFor(lrs, l, is('experienced'), 'the first page');
    lrs.down('503');
    await S.next(page, nodes[1].props.title);
    await S.next(page, nodes[2].props.title);
    await page.waitForTimeout(500);
    lrs.down('refuse');
    await S.next(page, nodes[3].props.title);
    await S.next(page, nodes[4].props.title);
    await page.waitForTimeout(1000);
    lrs.up();
    await S.next(page, nodes[5].props.title);
    await L.until(() => ofSession(lrs, l).filter(is('experienced')).length >= 6, 'every page experienced',
      {describe: () => X.verbs(ofSession(lrs, l)).join(' ')});
    const problems = [];
    await exitToLms(page, run, l, problems);
    const {stmts, problems: p} = common(lrs, [l]);
    problems.push(...p);
    problems.push(...X.checkExperienced(stmts, nodes.slice(0, 6), {base: SAMPLE_BASE, parentId: au.id}));
    const exp = stmts.filter(is('experienced')).map((s) => s.object.id);
    if (new Set(exp).size !== exp.length) problems.push('a page experienced twice');
    assertNone(problems, 'cmi5 LRS down and up');
    learner.assertClean({lrsErrors: true});
  } finally {
    await run.dispose();
  }
});

test('cmi5 one AU per module: blocks and AUs in cmi5.xml, each AU launched on its own and passed', async () => {
  const dir = exportCourse('scorm-modules', 'cmi5-au-per-module', [], {format: 'cmi5', options: {scope: 'au-per-module'}});
  const full = loadFixture('scorm-modules').course;
  const base = 'https://coursewright.invalid/course/e2e-scorm-modules';
  const m = L.readCmi5(dir);
  assert.deepEqual(m.blocks.map((b) => [b.id, b.title, b.aus.length]), full.children.map((mod) => [base + '/' + mod.id, mod.props.title, 1]));
  assert.deepEqual(m.aus.map((a) => [a.id, a.url, a.moveOn, a.masteryScore]),
    full.children.map((mod, i) => [base + '/' + mod.id + '-au', `au-${i + 1}/index.html`, 'CompletedAndPassed', 0.8]));
  const run = await setup(dir);
  const {lrs, learner} = run;
  const registration = require('crypto').randomUUID();
  try {
    const problems = [];
    for (const [i, mod] of full.children.entries()) {
      const au = m.aus[i];
      const l = L.cmi5Launch(run.site, lrs, au, {masteryScore: au.masteryScore, registration, newFetch: i > 0});
      const page = await learner.launch(l.url);
      const played = await L.playModule(page, mod);
      await waitFor(lrs, l, is('passed'), `AU ${i + 1} passed`);
      await waitFor(lrs, l, is('completed'), `AU ${i + 1} completed`);
      await exitToLms(page, run, l, problems);
      const stmts = ofSession(lrs, l);
      problems.push(...cmi5.check(stmts, {launchActivityId: au.id, registration, actor: l.actor, masteryScore: au.masteryScore,
        launchMode: 'Normal'}).map((p) => `AU ${i + 1}: ${p}`));
      if (lrs.fetchUsed !== 1) problems.push(`AU ${i + 1}: fetch URL POSTed ${lrs.fetchUsed} times`);
      const passed = stmts.find(is('passed'));
      if (passed) problems.push(...X.checkVerdict(passed, 'passed', {scaled: 1, objectId: au.id}).map((p) => `AU ${i + 1}: ${p}`));
      problems.push(...X.checkExperienced(stmts, played.visited, {base, parentId: au.id}).map((p) => `AU ${i + 1}: ${p}`));
      problems.push(...checkAnswers(stmts, [...played.decisions.map((d) => ['decision', d]), ...played.given.map((g) => ['answer', g])],
        {base, parentId: au.id}).map((p) => `AU ${i + 1}: ${p}`));
      for (const s of stmts) {
        const grouping = ((s.context.contextActivities || {}).grouping || []).map((a) => a.id);
        if (!grouping.includes(au.id)) problems.push(`AU ${i + 1} ${X.short(s)}: no publisher grouping`);
      }
      await page.close();
    }
    problems.push(...X.checkRun(lrs, X.ofRegistration(lrs, registration), {registration, actor: L.ACCOUNT_ACTOR}));
    assertNone(problems, 'cmi5 AU per module');
    learner.assertClean();
  } finally {
    await run.dispose();
  }
});
