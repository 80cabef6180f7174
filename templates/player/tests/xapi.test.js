// The xAPI adapter against a fake LRS: launch parameters, the version header and Authorization on
// every request, statements' exact shapes for every question kind and scenario decisions, order,
// State API resume, and the queue that loses nothing: LRS down then up, a reload with statements
// left, 400 dropped (a batch retried one by one), 401 retried, pagehide with keepalive.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const C = require('../xapi-client.js');
const xapi = require('../adapter-xapi.js');
const tracking = require('../tracking.js');
const { ENDPOINT, fakeLrs, fakeStorage, fakeWindow, fakeLocation, until, warnings } = require('./fake-lrs.js');

C.timing.retry = 5;
C.timing.most = 20;
C.timing.save = 5;
C.timing.start = 200;

const ACTIVITY = 'https://example.com/courses/feedback';
const ACTOR = { objectType: 'Agent', name: 'Tess', mbox: 'mailto:tess@example.com' };
const REG = '4b2c1a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const VERB = (v) => 'http://adlnet.gov/expapi/verbs/' + v;

// One launch: the LRS, this browser's storage and window, the adapter; params override the launch query.
function launch(params, env, tracking_) {
  env = env || {};
  const lrs = env.lrs || fakeLrs();
  const storage = 'storage' in env ? env.storage : fakeStorage();
  const window = fakeWindow();
  const location = fakeLocation(Object.assign({ endpoint: ENDPOINT.slice(0, -1), auth: lrs.auth, actor: ACTOR,
    registration: REG, activity_id: ACTIVITY }, params));
  const a = xapi({ id: 'c', title: 'Feedback', language: 'en', tracking: Object.assign({ activityBase: ACTIVITY }, tracking_),
    env: { fetch: lrs.fetch, storage, window, location } });
  return { lrs, storage, window, location, a };
}
const queued = (storage) => JSON.parse(storage.getItem('coursewright:xapi-queue:' + ENDPOINT) || '[]');

// Validates with @learninglocker/xapi-validation when the e2e modules are installed (always under
// ctest); the shape checks below run either way.
const validation = require('./e2e-modules.js').e2eModule('../../../tests/e2e/node_modules/@learninglocker/xapi-validation');
const validate = validation && validation.default;
const invalid = (statements) => (validate ? statements.flatMap((s) => validate(s).map((w) => `${s.verb.id}: ${(w.path || []).join('.')}`)) : []);

test('no endpoint or no actor: untracked with the no-lms notice, no request', async () => {
  for (const params of [{ endpoint: undefined }, { actor: undefined }, { actor: 'not json' }]) {
    const r = launch(params);
    const seen = await warnings(async () => assert.deepStrictEqual(await r.a.start(), { notice: 'no-lms' }));
    assert.strictEqual(seen.length, 1);
    r.a.recordInteraction({ id: 'q', type: 'true-false', response: true, correct: true, result: 'correct' });
    r.a.exit(true);
    assert.deepStrictEqual(r.lrs.log, []);
  }
});

test('start: endpoint gets its "/", auth goes verbatim, the version header on every request, unknown launch parameters echoed', async () => {
  const r = launch({ content_token: 'ct-1', grouping: 'g' });
  const info = await r.a.start();
  assert.deepStrictEqual(info, { entry: 'ab-initio', mode: 'normal', credit: true, masteryScore: null, state: null, location: null,
    exit: true });
  await until(() => r.lrs.statements.length === 1);
  for (const e of r.lrs.log) {
    assert.ok(e.url.startsWith(ENDPOINT), e.url);
    assert.strictEqual(e.headers['X-Experience-API-Version'], '1.0.3');
    assert.strictEqual(e.headers.Authorization, r.lrs.auth);
    assert.strictEqual(e.query.content_token, 'ct-1');
    assert.strictEqual(e.query.grouping, 'g');
    assert.strictEqual(e.query.endpoint, undefined);
    // Reads skip caches; writes keep the default, or Chromium would preflight every one again.
    assert.strictEqual(e.cache, e.method === 'GET' ? 'no-store' : 'default', `${e.method} ${e.path}`);
  }
  assert.ok(r.lrs.log.some((e) => e.method === 'POST'));
  const gets = r.lrs.requests('GET', 'state').map((e) => [e.query.stateId, e.query.activityId, JSON.parse(e.query.agent).mbox,
    e.query.registration]);
  assert.deepStrictEqual(gets.sort(), [['bookmark', ACTIVITY, ACTOR.mbox, REG], ['learner-state', ACTIVITY, ACTOR.mbox, REG]]);
  const s = r.lrs.statements[0];
  assert.match(s.id, UUID);
  assert.match(s.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.deepStrictEqual(Object.assign({}, s, { id: 0, timestamp: 0 }), { id: 0, timestamp: 0, actor: ACTOR,
    verb: { id: VERB('initialized'), display: { 'en-US': 'initialized' } },
    object: { objectType: 'Activity', id: ACTIVITY, definition: { name: { en: 'Feedback' },
      type: 'http://adlnet.gov/expapi/activities/course' } }, context: { registration: REG } });
});

test('launch: the old array form of actor becomes an Agent; activity_id falls back to tincan.xml\'s', async () => {
  assert.deepStrictEqual(C.actor('{"name":["Ann"],"mbox":["mailto:ann@example.com"]}'),
    { objectType: 'Agent', name: 'Ann', mbox: 'mailto:ann@example.com' });
  assert.deepStrictEqual(C.actor('{"name":["Ann"],"account":[{"accountServiceHomePage":"https://lms.example.com","accountName":"a7"}]}'),
    { objectType: 'Agent', name: 'Ann', account: { homePage: 'https://lms.example.com', name: 'a7' } });
  const r = launch({ activity_id: undefined, registration: undefined }, {}, { activityId: ACTIVITY + '/fallback' });
  await r.a.start();
  await until(() => r.lrs.statements.length === 1);
  assert.strictEqual(r.lrs.statements[0].object.id, ACTIVITY + '/fallback');
  assert.strictEqual(r.lrs.statements[0].context, undefined);
});

// ---- statements -------------------------------------------------------------------------------

const WHEN = new Date(Date.UTC(2030, 4, 6, 9, 5, 7));
const QID = '7f0c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const base = { id: QID, description: 'Prompt', weighting: 1, latencyMs: 3450, timestamp: WHEN };
const c = (prefix, texts) => texts.map((t, i) => ({ id: prefix + (i + 1), description: { en: t } }));
// [name, interaction, definition beyond name/description/type, result beyond duration]
const KINDS = [
  ['single choice', { type: 'choice', choices: ['A', 'B', 'C'], response: [1], correct: [2], result: 'incorrect' },
    { interactionType: 'choice', correctResponsesPattern: ['c3'], choices: c('c', ['A', 'B', 'C']) }, { response: 'c2', success: false }],
  ['multiple response', { type: 'choice', choices: ['A', 'B', 'C'], response: [0, 2], correct: [0, 2], result: 'correct' },
    { interactionType: 'choice', correctResponsesPattern: ['c1[,]c3'], choices: c('c', ['A', 'B', 'C']) },
    { response: 'c1[,]c3', success: true }],
  ['true-false', { type: 'true-false', response: false, correct: true, result: 'incorrect' },
    { interactionType: 'true-false', correctResponsesPattern: ['true'] }, { response: 'false', success: false }],
  // xAPI has no SCORM limits: commas and line breaks stay; a delimiter-like start is defused.
  ['fill-in', { type: 'fill-in', response: 'Impact, big', correct: 'impact', result: 'correct' },
    { interactionType: 'fill-in', correctResponsesPattern: ['impact'] }, { response: 'Impact, big', success: true }],
  ['fill-in with a delimiter', { type: 'fill-in', response: '{lang=de}x', correct: '{x}', result: 'incorrect' },
    { interactionType: 'fill-in', correctResponsesPattern: ['{x}'] }, { response: ' {lang=de}x', success: false }],
  ['long fill-in', { type: 'long-fill-in', response: 'Line one\nline two', correct: null, result: 'neutral', weighting: 0 },
    { interactionType: 'long-fill-in' }, { response: 'Line one\nline two' }],
  ['matching', { type: 'matching', source: ['a', 'b'], target: ['A', 'B'], response: [[0, 1], [1, 0]], correct: [[0, 0], [1, 1]],
    result: 'incorrect' }, { interactionType: 'matching', correctResponsesPattern: ['s1[.]t1[,]s2[.]t2'], source: c('s', ['a', 'b']),
    target: c('t', ['A', 'B']) }, { response: 's1[.]t2[,]s2[.]t1', success: false }],
  ['sequencing', { type: 'sequencing', choices: ['x', 'y', 'z'], response: [2, 0, 1], correct: [0, 1, 2], result: 'incorrect' },
    { interactionType: 'sequencing', correctResponsesPattern: ['c1[,]c2[,]c3'], choices: c('c', ['x', 'y', 'z']) },
    { response: 'c3[,]c1[,]c2', success: false }],
  ['likert', { type: 'likert', choices: ['no', 'maybe', 'yes'], response: 2, correct: null, result: 'neutral', weighting: 0 },
    { interactionType: 'likert', scale: c('c', ['no', 'maybe', 'yes']) }, { response: 'c3' }],
  ['numeric exact', { type: 'numeric', response: 42, correct: { min: 42, max: 42 }, result: 'correct' },
    { interactionType: 'numeric', correctResponsesPattern: ['42[:]42'] }, { response: '42', success: true }],
  ['numeric range', { type: 'numeric', response: 3.45, correct: { min: 3.4, max: 3.6 }, result: 'correct' },
    { interactionType: 'numeric', correctResponsesPattern: ['3.4[:]3.6'] }, { response: '3.45', success: true }],
  ['scenario decision', { type: 'choice', choices: ['Ask', 'Tell'], response: [1], correct: null, result: 'neutral', weighting: 0 },
    { interactionType: 'choice', choices: c('c', ['Ask', 'Tell']) }, { response: 'c2' }],
  ['unanswered', { type: 'choice', choices: ['A', 'B'], response: null, correct: [0], result: 'incorrect' },
    { interactionType: 'choice', correctResponsesPattern: ['c1'], choices: c('c', ['A', 'B']) }, { success: false }],
  ['40 choices', { type: 'choice', choices: [...Array(40).keys()].map(String), response: [38], correct: [39], result: 'incorrect' },
    { interactionType: 'choice', correctResponsesPattern: ['c40'], choices: c('c', [...Array(40).keys()].map(String)) },
    { response: 'c39', success: false }],
];

test('answered: every question kind and a scenario decision with a full cmi.interaction definition', async () => {
  const r = launch();
  await r.a.start();
  for (const [, it] of KINDS) r.a.recordInteraction(Object.assign({}, base, it));
  await until(() => r.lrs.statements.length === KINDS.length + 1);
  const answered = r.lrs.statements.slice(1);
  KINDS.forEach(([name, , def, result], i) => {
    const s = answered[i];
    assert.strictEqual(s.verb.id, VERB('answered'), name);
    assert.deepStrictEqual(s.object, { objectType: 'Activity', id: ACTIVITY + '/' + QID, definition: Object.assign({
      name: { en: 'Prompt' }, description: { en: 'Prompt' }, type: 'http://adlnet.gov/expapi/activities/cmi.interaction' }, def) },
    name);
    assert.deepStrictEqual(s.result, Object.assign({ duration: 'PT3.45S' }, result), name);
    assert.deepStrictEqual(s.context, { registration: REG, contextActivities: { parent: [{ objectType: 'Activity', id: ACTIVITY }] } },
      name);
  });
  assert.deepStrictEqual(invalid(r.lrs.statements), []);
});

test('a session: initialized, experienced, answered, completed, passed with score, terminated with duration, in order', async (t) => {
  let now = 1000000;
  t.mock.method(Date, 'now', () => now);
  const r = launch();
  const tr = tracking.create(r.a, r.window);
  await tr.start();
  tr.visit({ id: 'p1', title: 'Welcome', kind: 'page' });
  tr.visit({ id: 'q1', title: 'Check', kind: 'quiz' });
  tr.recordInteraction(Object.assign({}, base, KINDS[2][1], { timestamp: new Date(now) }));
  tr.setScore({ scaled: 0.8, raw: 80, min: 0, max: 100 });
  now += 65250;
  tr.complete();
  tr.pass();
  tr.exit(false);
  await until(() => r.lrs.statements.length === 7);
  assert.deepStrictEqual(r.lrs.verbs(), ['initialized', 'experienced', 'experienced', 'answered', 'completed', 'passed', 'terminated']);
  const [, page, quiz, , completed, passed, terminated] = r.lrs.statements;
  assert.deepStrictEqual(page.object, { objectType: 'Activity', id: ACTIVITY + '/p1',
    definition: { name: { en: 'Welcome' }, type: 'http://adlnet.gov/expapi/activities/lesson' } });
  assert.strictEqual(quiz.object.definition.type, 'http://adlnet.gov/expapi/activities/assessment');
  assert.deepStrictEqual(page.context.contextActivities.parent, [{ objectType: 'Activity', id: ACTIVITY }]);
  assert.deepStrictEqual(completed.result, { completion: true, duration: 'PT1M5.25S' });
  assert.deepStrictEqual(passed.result, { success: true, score: { scaled: 0.8, min: 0, max: 100, raw: 80 }, duration: 'PT1M5.25S' });
  assert.strictEqual(passed.object.id, ACTIVITY);
  assert.deepStrictEqual(terminated.result, { duration: 'PT1M5.25S' });
  const times = r.lrs.statements.map((s) => s.timestamp);
  assert.deepStrictEqual(times, times.slice().sort());
  assert.deepStrictEqual(invalid(r.lrs.statements), []);
  assert.deepStrictEqual(queued(r.storage), []);
});

test('failed with the score; exit(true) suspends; review mode reports nothing', async () => {
  const r = launch();
  const tr = tracking.create(r.a, r.window);
  await tr.start();
  tr.setScore({ scaled: 0.4, raw: 40, min: 0, max: 100 });
  tr.fail();
  tr.exit(true);
  await until(() => r.lrs.statements.length === 3);
  assert.deepStrictEqual(r.lrs.verbs(), ['initialized', 'failed', 'suspended']);
  assert.deepStrictEqual(r.lrs.statements[1].result.score, { scaled: 0.4, min: 0, max: 100, raw: 40 });
  assert.strictEqual(r.lrs.statements[1].result.success, false);
});

// ---- State API --------------------------------------------------------------------------------

test('no score, no verdict: a course without a graded quiz reports completed, never passed', async () => {
  const r = launch();
  const tr = tracking.create(r.a, r.window);
  await tr.start();
  tr.complete();
  tr.pass();
  tr.exit(false);
  await until(() => r.lrs.statements.length === 3);
  await new Promise((done) => setTimeout(done, 20));
  assert.deepStrictEqual(r.lrs.verbs(), ['initialized', 'completed', 'terminated']);
});

test('State API: learner-state and bookmark saved after a pause, read back as a resume; resume "never" and "ask"', async () => {
  const r = launch();
  await r.a.start();
  r.a.saveState('Bone', '0.1');
  r.a.saveState('Btwo', '0.2');
  await until(() => r.lrs.requests('PUT', 'state').length === 2);
  assert.deepStrictEqual(r.lrs.requests('PUT', 'state').map((e) => [e.query.stateId, JSON.parse(e.body)]),
    [['learner-state', 'Btwo'], ['bookmark', '0.2']]);
  const again = launch({}, { lrs: r.lrs });
  const info = await again.a.start();
  assert.deepStrictEqual([info.entry, info.state, info.location], ['resume', 'Btwo', '0.2']);
  await until(() => r.lrs.statements.length === 2);
  assert.deepStrictEqual(r.lrs.verbs(), ['initialized', 'resumed']);
  const never = await launch({}, { lrs: r.lrs }, { resume: 'never' }).a.start();
  assert.deepStrictEqual([never.entry, never.state, never.askResume], ['ab-initio', null, undefined]);
  const ask = await launch({}, { lrs: r.lrs }, { resume: 'ask' }).a.start();
  assert.deepStrictEqual([ask.entry, ask.state, ask.askResume], ['resume', 'Btwo', true]);
});

test('State API: a save the LRS refused is written by the next launch, and resumes even while the LRS is down', async () => {
  const r = launch();
  await r.a.start();
  r.lrs.isDown = true;
  r.lrs.down = 503;
  await warnings(async () => {
    r.a.saveState('Bkept', '1.0');
    await new Promise((done) => setTimeout(done, 30));
    const offline = launch({}, { lrs: r.lrs, storage: r.storage });
    const info = await offline.a.start();
    assert.deepStrictEqual([info.state, info.location], ['Bkept', '1.0']);
  });
  r.lrs.isDown = false;
  const later = launch({}, { lrs: r.lrs, storage: r.storage });
  await later.a.start();
  await until(() => r.lrs.doc('activities/state', ACTIVITY, REG, 'learner-state') === 'Bkept' &&
    r.lrs.doc('activities/state', ACTIVITY, REG, 'bookmark') === '1.0');
});

// ---- the queue --------------------------------------------------------------------------------

test('queue: written to localStorage before the send; LRS down (network) then up: all arrive, in order, once', async () => {
  const r = launch();
  r.lrs.isDown = true; // refuses connections
  const seen = await warnings(async () => {
    await r.a.start();
    r.a.visit({ id: 'p1', title: 'One', kind: 'page' });
    r.a.visit({ id: 'p2', title: 'Two', kind: 'page' });
    assert.strictEqual(queued(r.storage).length, 3); // kept before any answer
    await new Promise((done) => setTimeout(done, 40));
  });
  assert.ok(seen.some((w) => /kept to send later/.test(w)), seen.join('\n'));
  assert.strictEqual(r.lrs.statements.length, 0);
  r.lrs.isDown = false;
  r.a.visit({ id: 'p3', title: 'Three', kind: 'page' }); // the next statement takes the others along
  await until(() => r.lrs.statements.length === 4 && queued(r.storage).length === 0);
  assert.deepStrictEqual(r.lrs.statements.map((s) => s.object.id.split('/').pop()), ['feedback', 'p1', 'p2', 'p3']);
  // Each statement in one successful request only.
  const ok = r.lrs.log.filter((e) => e.path.endsWith('/statements') && !r.lrs.isDown);
  const ids = ok.flatMap((e) => JSON.parse(e.body).map((s) => s.id));
  assert.ok(ids.length >= 4);
});

test('queue: 503 and 429 retried with backoff, then everything arrives once; the online event retries at once', async () => {
  const r = launch();
  r.lrs.failures.push(503, 429, 500);
  await warnings(async () => {
    await r.a.start();
    r.a.visit({ id: 'p1', title: 'One', kind: 'page' });
    await until(() => r.lrs.statements.length === 2);
  });
  assert.deepStrictEqual(r.lrs.verbs(), ['initialized', 'experienced']);
  r.lrs.failures.push('network');
  await warnings(async () => {
    r.a.visit({ id: 'p2', title: 'Two', kind: 'page' });
    r.window.dispatch('online');
    await until(() => r.lrs.statements.length === 3);
  });
  const sentIds = r.lrs.requests('POST', 'statements').flatMap((e) => JSON.parse(e.body).map((s) => s.id));
  assert.strictEqual(new Set(r.lrs.statements.map((s) => s.id)).size, 3);
  assert.ok(sentIds.length >= 3);
});

test('queue: a reload with statements left sends them first, each once, with the launch credentials they were made with', async () => {
  const lrs = fakeLrs();
  const first = launch({}, { lrs });
  lrs.isDown = true;
  await warnings(async () => {
    await first.a.start();
    first.a.visit({ id: 'p1', title: 'One', kind: 'page' });
    first.window.dispatch('pagehide');
    first.a.exit(true);
    await new Promise((done) => setTimeout(done, 20));
  });
  const left = queued(first.storage).map((e) => e.id);
  assert.strictEqual(left.length, 3);
  lrs.isDown = false;
  const second = launch({}, { lrs, storage: first.storage });
  await second.a.start();
  await until(() => lrs.statements.length === 4 && queued(first.storage).length === 0);
  assert.deepStrictEqual(lrs.statements.slice(0, 3).map((s) => s.id), left);
  assert.deepStrictEqual(lrs.verbs(), ['initialized', 'experienced', 'suspended', 'initialized']);
});

test('queue: a batch answered 400 goes one at a time; the bad statement is logged and dropped, the others arrive', async () => {
  const r = launch();
  r.lrs.isDown = true;
  await warnings(async () => {
    await r.a.start();
    ['p1', 'p2', 'p3'].forEach((id) => r.a.visit({ id, title: id, kind: 'page' }));
    await new Promise((done) => setTimeout(done, 20));
  });
  const bad = queued(r.storage)[2].id;
  r.lrs.rejectIds.add(bad);
  r.lrs.isDown = false;
  const seen = await warnings(async () => {
    r.window.dispatch('online');
    await until(() => r.lrs.statements.length === 3 && queued(r.storage).length === 0);
  });
  assert.deepStrictEqual(r.lrs.statements.map((s) => s.object.id.split('/').pop()), ['feedback', 'p1', 'p3']);
  assert.ok(seen.some((w) => w.includes(bad) && w.includes('400')), seen.join('\n'));
});

test('queue: 401 is retried (credentials may come back), 404 and 409 drop', async () => {
  const r = launch();
  r.lrs.failures.push(401, 401);
  await warnings(async () => {
    await r.a.start();
    await until(() => r.lrs.statements.length === 1);
  });
  r.lrs.failures.push(409);
  const seen = await warnings(async () => {
    r.a.visit({ id: 'p1', title: 'One', kind: 'page' });
    await until(() => queued(r.storage).length === 0);
  });
  assert.strictEqual(r.lrs.statements.length, 1);
  assert.ok(seen.some((w) => /409/.test(w)));
});

test('pagehide: exit queues the last statement and sends what is left in one keepalive request', async () => {
  const r = launch();
  const tr = tracking.create(r.a, r.window);
  await tr.start();
  await until(() => r.lrs.statements.length === 1);
  r.a.visit({ id: 'p1', title: 'One', kind: 'page' });
  r.window.dispatch('pagehide');
  await until(() => r.lrs.statements.length === 3);
  const last = r.lrs.requests('POST', 'statements').pop();
  assert.strictEqual(last.keepalive, true);
  assert.deepStrictEqual(r.lrs.verbs(), ['initialized', 'experienced', 'suspended']);
});

test('without storage the queue lives in memory', async () => {
  const r = launch({}, { storage: null });
  await r.a.start();
  r.a.visit({ id: 'p1', title: 'One', kind: 'page' });
  await until(() => r.lrs.statements.length === 2);
});
