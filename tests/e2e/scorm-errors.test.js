// Issue 9, point 8: SCORM packages facing a difficult LMS and no LMS at all. A test LMS
// (lib/lms.js, scorm-again) refuses some SetValue calls ("false" and an error code), fails the
// first Commits, does not implement interactions._count and shows its API late: the course plays
// on, every refused value gets through later, the errors are logged. Without an API (served
// alone, or opened from file://) the course plays standalone with a discreet notice.
'use strict';
const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const {pathToFileURL} = require('url');
const {launch} = require('./lib/browser');
const {exportCourse, readCourseData} = require('./lib/package');
const {Lms, interactions, violations, show} = require('./lib/lms');
const S = require('./lib/sco');
const C = require('./lib/scorm-course');
const {items, kids, answer} = require('./lib/answers');

let browser;
let lms;
const pkg = {};
before(async () => {
  pkg['1.2'] = exportCourse('sample', 'scorm-errors-12', [], {format: 'scorm12', options: {scope: 'course'}});
  pkg['2004'] = exportCourse('sample', 'scorm-errors-2004', [], {format: 'scorm2004-4', options: {scope: 'course'}});
  browser = await launch();
  lms = await Lms.open(browser);
});
after(async () => {
  await lms?.close();
  await browser?.close();
});

const NOTICE = 'Not connected to a learning platform: your progress is not being recorded.';

// What a refused value must not lose: for each element, the last value the SCO tried to set is
// what the LMS has at finish, and some successful commit carried it (finish commits too).
function nothingLost(r, elements, problems) {
  for (const el of elements) {
    const tried = r.log.filter((c) => c.kind === 'SetValue' && c.args[0] === el);
    if (!tried.length) {
      problems.push(`${el} never written`);
      continue;
    }
    const last = tried[tried.length - 1].args[1];
    if (r.finish[el] !== last) problems.push(`${el}: the LMS ended with ${JSON.stringify(r.finish[el])}, the SCO last tried ${JSON.stringify(last)}`);
    const refused = tried.filter((c) => c.injected);
    for (const c of refused) {
      // A later successful write of this element (the same or a newer value).
      if (!tried.some((t) => t.n > c.n && t.ret === 'true')) problems.push(`refused and never sent again: ${show(c)}`);
    }
  }
}

async function difficult(version, via) {
  const is12 = version === '1.2';
  const dir = pkg[version];
  const course = readCourseData(dir).course;
  const start = C.starter(() => lms, version);
  const E = is12 ? {set: '405', commit: '101', get: '401'} : {set: '351', commit: '391', get: '401'};
  const loc = is12 ? 'cmi.core.lesson_location' : 'cmi.location';
  const faults = [
    {fn: 'SetValue', element: `^${loc.replace(/\./g, '\\.')}$`, times: 2, code: E.set},
    {fn: 'SetValue', element: '^cmi\\.suspend_data$', times: 2, code: E.set},
    {fn: 'Commit', times: 3, code: E.commit},
    {fn: 'GetValue', element: '^cmi\\.interactions\\._count$', times: -1, code: E.get},
    // The verdict itself is refused once.
    is12 ? {fn: 'SetValue', element: '^cmi\\.core\\.lesson_status$', value: '^passed$', times: 1, code: E.set}
      : {fn: 'SetValue', element: '^cmi\\.success_status$', value: '^passed$', times: 1, code: E.set},
    ...(is12 ? [] : [{fn: 'SetValue', element: '^cmi\\.completion_status$', value: '^completed$', times: 1, code: E.set}]),
  ];
  // The API appears only after the SCO has loaded: found by polling.
  const run = await start(dir, {via, faults, apiDelayMs: 400});
  try {
    const {expected, results} = await C.playSample(run.sco, course, version);
    assert.match(results, /\bPassed\b/, 'the course plays to the end');
    await S.main(run.sco).getByText('Course complete').waitFor();
    assert.equal(await run.sco.locator('.cw-note').count(), 0, 'no "not connected" notice: the API was found late');
    const r = await run.close();
    const f = r.finish;
    const problems = violations(r);
    for (const fault of faults) {
      const hit = r.log.some((c) => c.injected && c.kind === fault.fn && (!fault.element || new RegExp(fault.element).test(c.args[0])) &&
        (!fault.value || new RegExp(fault.value).test(c.args[1])));
      if (!hit) problems.push(`fault never hit (the test did not test it): ${JSON.stringify(fault)}`);
    }
    const status = is12 ? {'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100'}
      : {'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.scaled': '1', 'cmi.progress_measure': '1'};
    C.expectValues(f, {...status, [loc]: '0.6', [is12 ? 'cmi.core.exit' : 'cmi.exit']: is12 ? '' : 'normal'}, problems);
    nothingLost(r, [loc, 'cmi.suspend_data', ...Object.keys(status)], problems);
    // The first commit that went through carried what was set before the refused ones.
    const firstOk = r.commits[0];
    const failed = r.log.filter((c) => c.kind === 'Commit' && c.injected);
    if (failed.length !== 3) problems.push(`${failed.length} commits refused, expected 3`);
    if (!firstOk || firstOk.n < failed[failed.length - 1].n) problems.push('no commit went through after the refused ones');
    else {
      const before = (el) => r.log.filter((c) => c.n < firstOk.n && c.kind === 'SetValue' && c.args[0] === el && c.ret === 'true').pop();
      for (const el of [loc, 'cmi.suspend_data']) {
        const b = before(el);
        if (b && firstOk.data[el] !== b.args[1]) problems.push(`the first commit that went through lacks ${el} = ${JSON.stringify(b.args[1])}`);
      }
    }
    // Interactions at 0, 1, 2, ... by the SCO's own count, all of them (violations checks the order).
    problems.push(...C.checkInteractions(r, interactions(r), expected));
    // Each refused SetValue and Commit is logged with the LMS's error code (a GetValue that
    // answers "" cannot be told from an empty value: the SCO just counts on its own).
    const warned = r.console.filter((m) => m.type === 'warning' && /Coursewright SCORM/.test(m.text)).map((m) => m.text);
    for (const code of new Set([E.set, E.commit])) {
      if (!warned.some((w) => new RegExp(`error ${code}\\b`).test(w))) {
        problems.push(`no warning names error ${code}; warnings: ${JSON.stringify(warned.slice(0, 5))}`);
      }
    }
    C.assertNone(problems, `SCORM ${version}, a difficult LMS`);
  } finally {
    await run.dispose();
  }
}

test('1.2 LMS refusing values, failing commits, without _count, API late (iframe): nothing lost, errors logged',
  () => difficult('1.2', 'iframe'));
test('2004 LMS refusing values, failing commits, without _count, API late (popup): nothing lost, errors logged',
  () => difficult('2004', 'popup'));

// Without an LMS: the notice shows, the course plays (pages, a quiz question), nothing breaks.
async function standalone(url, dir, label) {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && !/favicon\.ico/.test(m.location().url) && errors.push(`console error: ${m.text()}`));
    await page.goto(url);
    await page.getByText(NOTICE, {exact: true}).waitFor({timeout: 20000});
    const all = items(readCourseData(dir).course);
    await S.ready(page);
    await S.expectTitle(page, all[0].node.props.title);
    await S.next(page, all[1].node.props.title);
    const quizNode = all.find((i) => i.node.kind === 'quiz').node;
    await S.open(page, quizNode.props.title);
    await S.quiz.start(page);
    await S.quiz.answer(page, answer(kids(quizNode)[0], true));
    assert.match(await S.quiz.check(page), /^Correct/);
    // Discreet: a line in the page, not a dialog in the way; still there on every item.
    assert.equal(await page.getByRole('dialog').count() + await page.getByRole('alertdialog').count(), 0);
    assert.ok(await page.getByText(NOTICE, {exact: true}).isVisible());
    assert.deepEqual(errors, [], label);
  } finally {
    await context.close();
  }
}

test('no API: a 1.2 package served without an LMS page plays standalone with the notice', async () => {
  await standalone(lms.mount(pkg['1.2']) + 'index.html', pkg['1.2'], '1.2 served alone');
});
test('no API: a 2004 package opened from file:// plays standalone with the notice', async () => {
  await standalone(pathToFileURL(path.join(pkg['2004'], 'index.html')).href, pkg['2004'], '2004 from file://');
});

// The harness's own checks catch what they claim (synthetic sessions, no browser): a check that
// never fires would let a broken SCO pass every test above.
test('the harness flags what STANDARDS.md forbids and scorm-again lets through', () => {
  const session = (version, calls, seed = {}) => {
    const log = calls.map(([fn, args, ret = 'true', error = '0'], n) => ({n, fn, kind: fn.replace(/^LMS/, '').replace('Terminate', 'Finish'),
      args, ret, error, afterFinish: false}));
    let done = false;
    for (const c of log) {
      c.afterFinish = done;
      if (c.kind === 'Finish') done = true;
    }
    return {version, log, seed, finish: {}, commits: [], errors: [], missing: [], launchedAt: 0, closedAt: 60000};
  };
  const flags = (r, re) => assert.ok(violations(r).some((v) => re.test(v)),
    `expected a problem matching ${re}; got ${JSON.stringify(violations(r))}`);
  const s12 = (...middle) => session('1.2', [['LMSInitialize', ['']], ...middle, ['LMSSetValue', ['cmi.core.session_time', '0000:00:05.00']],
    ['LMSCommit', ['']], ['LMSFinish', ['']]]);
  const s04 = (...middle) => session('2004', [['Initialize', ['']], ...middle, ['SetValue', ['cmi.session_time', 'PT5S']], ['Terminate', ['']]]);
  const it12 = (field, value, n = 0) => ['LMSSetValue', [`cmi.interactions.${n}.${field}`, value]];
  const it04 = (field, value, n = 0) => ['SetValue', [`cmi.interactions.${n}.${field}`, value]];

  assert.deepEqual(violations(s12(['LMSSetValue', ['cmi.core.lesson_status', 'passed']])).filter((v) => !/finish data/.test(v)), []);
  flags(s12(['LMSSetValue', ['cmi.core.exit', 'normal']]), /never "normal"/);
  flags(s12(['LMSSetValue', ['cmi.suspend_data', 'x'.repeat(4097)]]), /4,096/);
  flags(s12(['LMSSetValue', ['cmi.core.lesson_status', 'not attempted']]), /not attempted/);
  flags(s12(['LMSSetValue', ['cmi.core.lesson_status', 'passed']], ['LMSSetValue', ['cmi.core.lesson_status', 'incomplete']]), /downgraded/);
  flags(s12(['LMSSetValue', ['cmi.core.session_time', 'PT5S']]), /HHHH:MM:SS/);
  flags(s12(it12('id', 'q 1')), /identifier/);
  flags(s12(it12('id', 'q1'), it12('type', 'choice'), it12('result', 'incorrect')), /result must be/);
  flags(s12(it12('id', 'q1'), it12('type', 'choice'), it12('student_response', 'c1')), /single characters/);
  flags(s12(it12('id', 'q1'), it12('type', 'true-false'), it12('student_response', 'true')), /0, 1, t or f/);
  flags(s12(it12('id', 'q1'), it12('type', 'matching'), it12('correct_responses.0.pattern', 's1[.]t1')), /1\.a,2\.b/);
  flags(s12(it12('type', 'choice'), it12('id', 'q1')), /before its id/);
  flags(s12(it12('id', 'q1', 1)), /index 1, expected 0/);
  flags(session('1.2', [['LMSInitialize', ['']], ['LMSInitialize', ['']], ['LMSFinish', ['']]]), /called 2 times/);
  flags(session('1.2', [['LMSInitialize', ['']], ['LMSFinish', ['']], ['LMSGetValue', ['cmi.core.entry'], 'resume']]), /after finish/);
  flags(s12(['LMSSetValue', ['cmi.core.lesson_location', '0.1'], 'false', '405']), /refused/);
  flags(s04(['SetValue', ['cmi.exit', 'logout']]), /suspend or normal/);
  flags(s04(['SetValue', ['cmi.session_time', 'PT1W']]), /ISO 8601/);
  flags(s04(['SetValue', ['cmi.session_time', 'PT1.234S']]), /ISO 8601/);
  flags(session('2004', [['Initialize', ['']], ['SetValue', ['cmi.session_time', 'PT5S']], ['Commit', ['']], ['GetLastError', [], '0'],
    ['Terminate', ['']]]), /Commit immediately before Terminate/);
  assert.deepEqual(violations(s04(['Commit', ['']])).filter((v) => !/finish data/.test(v)), [], 'a Commit earlier is fine');
  flags(s04(it04('type', 'choice'), it04('id', 'q1')), /before its id/);
  flags(s04(it04('id', 'q1'), it04('type', 'choice'), it04('learner_response', 'c1, c2')), /joined by \[,\]/);
  flags(s04(it04('id', 'q1'), it04('type', 'matching'), it04('learner_response', '1.a,2.b')), /source\[\.\]target/);
  flags(s04(it04('id', 'q1'), it04('type', 'numeric'), it04('correct_responses.0.pattern', '5')), /min\[:\]max/);
  flags(s04(it04('id', 'q1'), it04('type', 'true-false'), it04('learner_response', 't')), /true or false/);
  flags(s04(it04('id', 'q1'), it04('type', 'choice'), it04('result', 'wrong')), /result must be/);
  flags(s04(['SetValue', ['cmi.completion_status', 'completed']], ['SetValue', ['cmi.completion_status', 'incomplete']]), /downgraded/);
  flags(s04(['SetValue', ['cmi.score.scaled', '1.5']]), /-1\.\.1/);
  const nc = s04(['SetValue', ['cmi.success_status', 'passed']]);
  nc.seed = {'cmi.credit': 'no-credit'};
  flags(nc, /no-credit/);
  const review = s04(['SetValue', ['cmi.location', '0.1']]);
  review.seed = {'cmi.mode': 'review'};
  flags(review, /review mode/);
  const held = s12(['LMSSetValue', ['cmi.core.score.raw', '50']], ['LMSCommit', ['']], ['LMSSetValue', ['cmi.core.lesson_status', 'failed']]);
  held.seed = {'cmi.student_data.mastery_score': '80'};
  flags(held, /without a verdict/);
});
