// The cmi5 adapter against a fake LMS/LRS: the fetch token asked for once and reused by a reload,
// LMS.LaunchData read (never written) with its masteryScore overriding the course's, learner
// preferences before the first statement, the context template and categories on every
// statement, durations, Browse mode, the "once" rules across sessions of a registration, Exit to
// the returnURL, a reload after terminated, and an LMS that misbehaves.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const C = require('../xapi-client.js');
const cmi5 = require('../adapter-cmi5.js');
const tracking = require('../tracking.js');
const { ENDPOINT, FETCH, fakeLrs, fakeStorage, fakeWindow, fakeLocation, until, warnings } = require('./fake-lrs.js');

C.timing.retry = 5;
C.timing.most = 20;
C.timing.save = 5;
C.timing.start = 200;
C.timing.exit = 200;

const AU = 'https://example.com/courses/feedback/au';
const ACTOR = { objectType: 'Agent', name: 'Tess', account: { homePage: 'https://lms.example.com', name: 'learner-7' } };
const REG = '4b2c1a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CAT = (n) => ({ objectType: 'Activity', id: 'https://w3id.org/xapi/cmi5/context/categories/' + n });
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const RETURN = 'https://lms.example.com/return?id=7';

function launchData(extra) {
  return Object.assign({ contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: AU }] },
    extensions: { [SESSION]: 'session-1' } }, launchMode: 'Normal', moveOn: 'CompletedAndPassed', returnURL: RETURN }, extra);
}

// An LMS launch: LMS.LaunchData seeded, the fetch URL, this browser's storage. env: {lrs, storage,
// fetch (another fetch URL: a new launch)}.
function launch(data, env) {
  env = env || {};
  const lrs = env.lrs || fakeLrs({ token: 'dG9rZW4=' });
  if (data !== null) lrs.setDoc('activities/state', AU, REG, 'LMS.LaunchData', launchData(data));
  const storage = env.storage || fakeStorage();
  const window = fakeWindow();
  const location = fakeLocation({ endpoint: ENDPOINT, fetch: env.fetch || FETCH, actor: ACTOR, registration: REG, activityId: AU });
  const a = cmi5({ id: 'c', title: 'Feedback', language: 'en', tracking: { activityBase: 'https://example.com/courses/feedback' },
    env: { fetch: lrs.fetch, storage, window, location } });
  const tr = tracking.create(a, window);
  return { lrs, storage, window, location, a, tr };
}
const verbs = (lrs) => lrs.verbs();
const settled = (r) => until(() => !JSON.parse(r.storage.getItem('coursewright:xapi-queue:' + ENDPOINT) || '[]').length);

// The e2e cmi5 rule checker, when the e2e modules are installed (always under ctest).
const rules = require('./e2e-modules.js').e2eModule('../../../tests/e2e/lib/cmi5-rules.js');
const broken = (lrs, opts) => (rules ? rules.check(lrs.statements, Object.assign({ launchActivityId: AU, registration: REG,
  actor: ACTOR }, opts)) : []);

test('start: POSTs the fetch URL, reads LMS.LaunchData and the learner preferences before initialized', async () => {
  const r = launch({ masteryScore: 0.75 });
  r.lrs.setDoc('agents/profile', '', '', 'cmi5LearnerPreferences', { languagePreference: 'fr-FR,en-US', audioPreference: 'on' });
  const info = await r.tr.start();
  assert.deepStrictEqual(info, { entry: 'ab-initio', mode: 'normal', credit: true, masteryScore: 0.75, state: null, location: null,
    returnURL: RETURN, language: 'fr-FR,en-US', exit: true });
  await settled(r);
  const order = r.lrs.log.map((e) => `${e.method} ${e.path.split('/').pop()} ${e.query.stateId || e.query.profileId || ''}`.trim());
  assert.strictEqual(order[0], 'POST abc');
  const first = order.findIndex((x) => x.startsWith('POST statements'));
  assert.ok(order.indexOf('GET profile cmi5LearnerPreferences') < first && order.indexOf('GET state LMS.LaunchData') < first, order);
  for (const e of r.lrs.log.slice(1)) {
    assert.strictEqual(e.headers.Authorization, 'Basic dG9rZW4=');
    assert.strictEqual(e.headers['X-Experience-API-Version'], '1.0.3');
  }
  const [s] = r.lrs.statements;
  assert.deepStrictEqual(Object.assign({}, s, { id: 0, timestamp: 0 }), { id: 0, timestamp: 0, actor: ACTOR,
    verb: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
    object: { objectType: 'Activity', id: AU },
    context: { contextActivities: { grouping: [{ objectType: 'Activity', id: AU }], category: [CAT('cmi5')] },
      extensions: { [SESSION]: 'session-1' }, registration: REG } });
  assert.strictEqual(r.lrs.requests('PUT', 'state').filter((e) => e.query.stateId === 'LMS.LaunchData').length, 0);
});

test('a passing session: context template on every statement, categories, masteryscore, durations, terminated last, then returnURL', async (t) => {
  let now = 2000000;
  t.mock.method(Date, 'now', () => now);
  const r = launch({ masteryScore: 0.7 });
  await r.tr.start();
  r.tr.visit({ id: 'p1', title: 'Welcome', kind: 'page' });
  r.tr.recordInteraction({ id: 'q1', type: 'true-false', description: 'Sky is blue', response: true, correct: true,
    result: 'correct', weighting: 1, latencyMs: 1200, timestamp: new Date(now) });
  r.tr.saveState('Bstate', '0.1');
  now += 90000;
  r.tr.setScore({ scaled: 0.7, raw: 70, min: 0, max: 100 });
  r.tr.complete();
  r.tr.pass();
  r.tr.exit(false);
  await until(() => r.location.assigned.length === 1);
  assert.deepStrictEqual(r.location.assigned, [RETURN]);
  assert.deepStrictEqual(verbs(r.lrs), ['initialized', 'experienced', 'answered', 'completed', 'passed', 'terminated']);
  const [, experienced, answered, completed, passed, terminated] = r.lrs.statements;
  for (const s of r.lrs.statements) {
    assert.strictEqual(s.context.registration, REG);
    assert.strictEqual(s.context.extensions[SESSION], 'session-1');
    assert.deepStrictEqual(s.context.contextActivities.grouping, [{ objectType: 'Activity', id: AU }]);
    assert.deepStrictEqual(s.actor, ACTOR);
  }
  for (const s of [experienced, answered]) {
    assert.strictEqual(s.context.contextActivities.category, undefined);
    assert.deepStrictEqual(s.context.contextActivities.parent, [{ objectType: 'Activity', id: AU }]);
  }
  assert.strictEqual(experienced.object.id, 'https://example.com/courses/feedback/p1');
  assert.deepStrictEqual(completed.context.contextActivities.category, [CAT('cmi5'), CAT('moveon')]);
  assert.deepStrictEqual(completed.result, { completion: true, duration: 'PT1M30S' });
  assert.strictEqual(completed.context.extensions[MASTERY], undefined);
  assert.deepStrictEqual(passed.result, { success: true, score: { scaled: 0.7, min: 0, max: 100, raw: 70 }, duration: 'PT1M30S' });
  assert.strictEqual(passed.context.extensions[MASTERY], 0.7);
  assert.deepStrictEqual(terminated.context.contextActivities.category, [CAT('cmi5')]);
  assert.deepStrictEqual(terminated.result, { duration: 'PT1M30S' });
  for (const s of [completed, passed, terminated]) assert.strictEqual(s.object.id, AU);
  assert.deepStrictEqual(broken(r.lrs, { masteryScore: 0.7 }), []);
  assert.strictEqual(r.lrs.doc('activities/state', AU, REG, 'learner-state'), 'Bstate');
});

test('the LMS\'s masteryScore decides: a failed below it carries the extension; a verdict the score contradicts is not sent', async () => {
  const r = launch({ masteryScore: 0.9 });
  await r.tr.start();
  r.tr.setScore({ scaled: 0.8, raw: 80, min: 0, max: 100 });
  const seen = await warnings(() => r.a.pass()); // the player would not; the adapter still refuses
  assert.ok(seen.some((w) => /contradicts/.test(w)));
  r.tr.fail();
  r.tr.exit(true);
  await until(() => r.lrs.statements.length === 3);
  assert.deepStrictEqual(verbs(r.lrs), ['initialized', 'failed', 'terminated']);
  assert.strictEqual(r.lrs.statements[1].context.extensions[MASTERY], 0.9);
  assert.deepStrictEqual(broken(r.lrs, { masteryScore: 0.9 }), []);
});

test('no score, no verdict: an AU without a graded quiz sends completed, never passed (moveOn Passed stays unmet)', async () => {
  const r = launch({});
  await r.tr.start();
  r.tr.complete();
  r.tr.pass();
  r.tr.exit(false);
  await until(() => r.location.assigned.length === 1);
  assert.deepStrictEqual(verbs(r.lrs), ['initialized', 'completed', 'terminated']);
});

test('Browse and Review: initialized and terminated only, no completed, passed or failed', async () => {
  for (const launchMode of ['Browse', 'Review']) {
    const r = launch({ launchMode });
    const info = await r.tr.start();
    assert.strictEqual(info.mode, launchMode.toLowerCase());
    r.tr.visit({ id: 'p1', title: 'One', kind: 'page' });
    r.tr.complete();
    r.tr.pass();
    r.a.complete(); // even when asked directly
    r.a.fail();
    r.tr.exit(false);
    await until(() => r.lrs.statements.length === 2 && r.location.assigned.length === 1);
    assert.deepStrictEqual(verbs(r.lrs), ['initialized', 'terminated'], launchMode);
    assert.deepStrictEqual(broken(r.lrs, { launchMode }), []);
  }
});

test('a reload mid-session reuses the token (no second POST) and sends no second initialized', async () => {
  const first = launch({});
  await first.tr.start();
  await settled(first);
  const again = launch({}, { lrs: first.lrs, storage: first.storage });
  await again.tr.start();
  again.tr.visit({ id: 'p1', title: 'One', kind: 'page' });
  await settled(again);
  assert.strictEqual(first.lrs.fetchCalls, 1);
  assert.deepStrictEqual(verbs(first.lrs), ['initialized', 'experienced']);
});

test('a reload after terminated: review mode, notice "ended" with the returnURL, nothing sent', async () => {
  const first = launch({});
  await first.tr.start();
  first.window.dispatch('pagehide'); // the tab reloads: terminated with keepalive
  await until(() => first.lrs.statements.length === 2);
  const again = launch({}, { lrs: first.lrs, storage: first.storage });
  const info = await again.tr.start();
  assert.deepStrictEqual([info.mode, info.notice, info.returnURL, info.exit], ['review', 'ended', RETURN, undefined]);
  again.tr.visit({ id: 'p1', title: 'One', kind: 'page' });
  again.tr.exit(true);
  await new Promise((done) => setTimeout(done, 20));
  assert.deepStrictEqual(verbs(first.lrs), ['initialized', 'terminated']);
  assert.strictEqual(first.lrs.fetchCalls, 1);
  assert.strictEqual(first.lrs.requests('POST', 'statements').filter((e) => e.keepalive).length, 1);
});

test('a registration: completed and passed once ever, no failed after passed, never passed and failed in one session', async () => {
  const lrs = fakeLrs({ token: 'dG9rZW4=' });
  const storage = fakeStorage();
  const s1 = launch({}, { lrs, storage });
  await s1.tr.start();
  s1.tr.setScore({ scaled: 0.5, raw: 50, min: 0, max: 100 });
  s1.tr.fail();
  s1.tr.setScore({ scaled: 0.9, raw: 90, min: 0, max: 100 });
  s1.tr.pass(); // same session as the failed: held back
  s1.tr.exit(true);
  await until(() => lrs.statements.length === 3);
  // A new launch (new fetch URL, new session id): the pass is reported, with completion.
  const s2 = launch({ contextTemplate: { extensions: { [SESSION]: 'session-2' } } }, { lrs, storage, fetch: FETCH + '2' });
  await s2.tr.start();
  s2.tr.setScore({ scaled: 0.9, raw: 90, min: 0, max: 100 });
  s2.tr.complete();
  s2.tr.pass();
  s2.tr.exit(false);
  await until(() => lrs.statements.length === 7);
  const s3 = launch({ contextTemplate: { extensions: { [SESSION]: 'session-3' } } }, { lrs, storage, fetch: FETCH + '3' });
  await s3.tr.start();
  s3.tr.complete();
  s3.tr.pass();
  s3.a.fail();
  s3.tr.exit(false);
  await until(() => lrs.statements.length === 9);
  await new Promise((done) => setTimeout(done, 20));
  assert.deepStrictEqual(verbs(lrs), ['initialized', 'failed', 'terminated', 'initialized', 'completed', 'passed', 'terminated',
    'initialized', 'terminated']);
  if (rules) {
    // The second and third sessions' template carries no publisher grouping (this test's LMS is terse); the rules do not ask.
    assert.deepStrictEqual(rules.check(lrs.statements, { launchActivityId: AU, registration: REG, actor: ACTOR }), []);
  }
});

test('an LMS that misbehaves: a fetch error answer, no LMS.LaunchData, an LRS down at start', async () => {
  const lrs = fakeLrs({ token: 'dG9rZW4=' });
  lrs.fetchUsed.add(FETCH); // the fetch URL was used already: it answers error-code 1
  const r = launch({}, { lrs });
  let info;
  let seen = await warnings(async () => (info = await r.tr.start()));
  assert.strictEqual(info.notice, 'no-lms');
  assert.ok(seen.some((w) => /error 1/.test(w)), seen.join('\n'));

  const bare = launch(null);
  seen = await warnings(async () => (info = await bare.tr.start()));
  assert.strictEqual(info.mode, 'normal');
  assert.ok(seen.some((w) => /LMS\.LaunchData is missing/.test(w)), seen.join('\n'));
  await until(() => bare.lrs.statements.length === 1);

  const down = launch({});
  down.lrs.isDown = true;
  down.lrs.down = 503;
  seen = await warnings(async () => {
    info = await down.tr.start();
    down.tr.visit({ id: 'p1', title: 'One', kind: 'page' });
    await new Promise((done) => setTimeout(done, 20));
  });
  assert.ok(seen.some((w) => /LaunchData/.test(w)), seen.join('\n'));
  down.lrs.isDown = false;
  down.window.dispatch('online');
  await until(() => down.lrs.statements.length === 2);
  assert.deepStrictEqual(verbs(down.lrs), ['initialized', 'experienced']);
});
