// The SCORM 1.2 adapter (and the SCORM support both adapters share) against a fake LMS: discovery,
// start, resume policies, statuses, scores, interactions in 1.2 syntax, exit, and an LMS that fails.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const S = require('../scorm-api.js');
const scorm12 = require('../adapter-scorm12.js');
const tracking = require('../tracking.js');
const { fakeApi, sets, names, win, foreign, warnings } = require('./fake-lms.js');

const DEFAULTS = Object.assign({}, S.timing);
S.timing.poll = 5;
S.timing.polls = 4;
S.timing.retry = 20;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Waits until ok() holds (a timer of the adapter has run), at most a second.
async function until(ok) {
  for (let i = 0; i < 100 && !ok(); i++) await sleep(10);
  return ok();
}

const FRESH = { 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_mode': 'normal', 'cmi.core.credit': 'credit',
  'cmi.core.lesson_status': 'not attempted' };
// An adapter started on a fake LMS in the launching window; calls counts what start() sent.
async function started(data, opts, apiOptions) {
  const api = fakeApi('1.2', Object.assign({}, FRESH, data), apiOptions);
  const a = scorm12({ id: 'c', window: win(null, { API: api }), tracking: opts });
  const info = await a.start();
  return { api, a, info, calls: api.calls.length };
}
// started() for an LMS that refuses what start() writes; its warnings are expected.
async function startedQuietly(...args) {
  let r;
  await warnings(async () => (r = await started(...args)));
  return r;
}
const setsAfter = (r) => sets({ calls: r.api.calls.slice(r.calls) });
const status = (r) => setsAfter(r).filter(([k]) => k === 'cmi.core.lesson_status').map(([, v]) => v);

// ---- discovery --------------------------------------------------------------------------------

test('discovery: the API two frames up, on the opener, and on the opener of a popup\'s top', async () => {
  const api = fakeApi('1.2');
  const top = win(null, { API: api });
  assert.strictEqual(await S.find(win(win(top)), 'API', 'LMSInitialize'), api);
  const popup = win(null, { opener: win(win(null, { API: api })) });
  assert.strictEqual(await S.find(popup, 'API', 'LMSInitialize'), api);
  const framed = win(win(null, { opener: top }));
  assert.strictEqual(await S.find(framed, 'API', 'LMSInitialize'), api);
});

test('discovery: a cross-origin frame that throws on every read is passed over, not fatal', async () => {
  const api = fakeApi('1.2');
  const w = win(null, { opener: win(null, { API: api }) });
  w.parent = foreign();
  assert.strictEqual(await S.find(w, 'API', 'LMSInitialize'), api);
  const lost = win(null);
  lost.parent = foreign();
  lost.opener = foreign();
  assert.strictEqual(await S.find(lost, 'API', 'LMSInitialize'), null);
});

test('discovery: an `API` global without LMSInitialize is not the LMS', async () => {
  const api = fakeApi('1.2');
  const w = win(win(null, { API: api }), { API: { version: 'some library' } });
  assert.strictEqual(await S.find(w, 'API', 'LMSInitialize'), api);
});

test('discovery: gives up after 500 frames, as ADL does', async () => {
  const chain = (depth) => {
    let w = win(null, { API: fakeApi('1.2') });
    for (let i = 0; i < depth; i++) w = win(w);
    return w;
  };
  assert.ok(await S.find(chain(500), 'API', 'LMSInitialize'));
  assert.strictEqual(await S.find(chain(501), 'API', 'LMSInitialize'), null);
});

test('discovery: an API that appears late is found by polling; the default wait is about 1.5 s', async () => {
  const top = win(null);
  setTimeout(() => (top.API = fakeApi('1.2')), 8);
  assert.ok(await S.find(win(top), 'API', 'LMSInitialize'));
  const wait = DEFAULTS.poll * DEFAULTS.polls;
  assert.ok(DEFAULTS.poll <= 100 && wait >= 1000 && wait <= 2000, String(wait));
});

// ---- start ------------------------------------------------------------------------------------

test('start: initializes with "" and reads entry, mode, credit, mastery, location and suspend data', async () => {
  const r = await started({ 'cmi.core.entry': 'resume', 'cmi.core.lesson_mode': 'review', 'cmi.core.credit': 'no-credit',
    'cmi.student_data.mastery_score': '80', 'cmi.core.lesson_location': '1.2', 'cmi.suspend_data': 'Bstate',
    'cmi.core.lesson_status': 'incomplete' });
  assert.deepStrictEqual(r.api.calls[0], ['LMSInitialize', '']);
  assert.deepStrictEqual(r.info, { entry: 'resume', mode: 'review', credit: false, masteryScore: 0.8, state: 'Bstate',
    location: '1.2' });
  const read = r.api.calls.filter((c) => c[0] === 'LMSGetValue').map((c) => c[1]);
  for (const key of ['cmi.core.entry', 'cmi.core.lesson_mode', 'cmi.core.credit', 'cmi.student_data.mastery_score',
    'cmi.core.lesson_location', 'cmi.suspend_data', 'cmi.core.lesson_status']) assert.ok(read.includes(key), key);
  assert.deepStrictEqual(sets(r.api), []);
});

test('start: a fresh attempt has no mastery score, no state, and "not attempted" becomes "incomplete"', async () => {
  const r = await started();
  assert.deepStrictEqual(r.info, { entry: 'ab-initio', mode: 'normal', credit: true, masteryScore: null, state: null,
    location: null });
  assert.deepStrictEqual(sets(r.api), [['cmi.core.lesson_status', 'incomplete']]);
  for (const s of ['completed', 'passed', 'failed', 'browsed']) {
    assert.deepStrictEqual(sets((await started({ 'cmi.core.lesson_status': s })).api), [], s);
  }
  assert.deepStrictEqual(sets((await started({ 'cmi.core.lesson_mode': 'browse' })).api), []);
});

test('start: resume "never" starts afresh, "ask" asks, "always" (the default) resumes', async () => {
  const saved = { 'cmi.core.entry': 'resume', 'cmi.suspend_data': 'Bsaved', 'cmi.core.lesson_location': '0.3' };
  const never = (await started(saved, { resume: 'never' })).info;
  assert.deepStrictEqual([never.entry, never.state, never.location, never.askResume], ['ab-initio', null, null, undefined]);
  const ask = (await started(saved, { resume: 'ask' })).info;
  assert.deepStrictEqual([ask.entry, ask.state, ask.location, ask.askResume], ['resume', 'Bsaved', '0.3', true]);
  for (const tracking of [{ resume: 'always' }, {}, undefined]) {
    const info = (await started(saved, tracking)).info;
    assert.deepStrictEqual([info.state, info.askResume], ['Bsaved', undefined]);
  }
  assert.strictEqual((await started({}, { resume: 'ask' })).info.askResume, undefined); // nothing to ask about
  assert.strictEqual((await started(Object.assign({ 'cmi.core.lesson_mode': 'review' }, saved), { resume: 'ask' })).info.askResume,
    undefined);
});

test('no API: the course plays untracked with notice "no-lms" and nothing is called', async () => {
  const a = scorm12({ id: 'c', window: win(null) });
  const seen = await warnings(async () => {
    assert.deepStrictEqual(await a.start(), { notice: 'no-lms' });
    a.saveState('B', '0.1');
    a.recordInteraction({ id: 'q', type: 'true-false', response: true, correct: true, result: 'correct' });
    a.setScore({ scaled: 1, raw: 100, min: 0, max: 100 });
    a.complete();
    a.pass();
    a.commit();
    a.exit(true);
  });
  assert.deepStrictEqual(seen, []);
  const info = await tracking.create(scorm12({ window: win(null) }), new EventTarget()).start();
  assert.deepStrictEqual([info.entry, info.state, info.notice], ['ab-initio', null, 'no-lms']);
});

test('an LMS refusing LMSInitialize is treated as no LMS: nothing else is called', async () => {
  const api = fakeApi('1.2', FRESH, { fail: ['LMSInitialize'] });
  const a = scorm12({ window: win(null, { API: api }) });
  let info;
  const seen = await warnings(async () => {
    info = await a.start();
    a.saveState('B', '0.1');
    a.exit(true);
  });
  assert.strictEqual(info.notice, 'no-lms');
  assert.deepStrictEqual(names(api), ['LMSInitialize']);
  assert.match(seen[0], /LMSInitialize\(\) failed: error 351 General Set Failure/);
});

// ---- status and score -------------------------------------------------------------------------

test('status: complete -> completed, pass -> passed, fail -> failed', async () => {
  let r = await started();
  r.a.complete();
  r.a.pass();
  assert.deepStrictEqual(status(r), ['completed', 'passed']);
  r = await started();
  r.a.fail();
  assert.deepStrictEqual(status(r), ['failed']);
});

test('status mapping: success as "completed", failure as "incomplete"; a verdict is not overwritten by complete', async () => {
  const map = { successStatus: 'completed', failureStatus: 'incomplete' };
  let r = await started({}, map);
  r.a.pass();
  r.a.complete();
  assert.deepStrictEqual(status(r), ['completed']);
  r = await started({ 'cmi.core.lesson_status': 'completed' }, map);
  r.a.fail();
  r.a.complete();
  assert.deepStrictEqual(status(r), ['incomplete']);
  r = await started();
  r.a.fail();
  r.a.complete();
  assert.deepStrictEqual(status(r), ['failed']);
});

test('status: passed is never replaced, neither in this session nor from an earlier one', async () => {
  let r = await started();
  r.a.pass();
  r.a.fail();
  r.a.complete();
  assert.deepStrictEqual(status(r), ['passed']);
  r = await started({ 'cmi.core.lesson_status': 'passed' });
  r.a.complete();
  r.a.fail();
  assert.deepStrictEqual(status(r), []);
  r = await started({ 'cmi.core.lesson_status': 'failed' });
  r.a.complete();
  assert.deepStrictEqual(status(r), []);
  r.a.pass();
  assert.deepStrictEqual(status(r), ['passed']);
});

test('no-credit: neither passed nor failed is reported, completion is', async () => {
  const r = await started({ 'cmi.core.credit': 'no-credit' });
  r.a.fail();
  r.a.complete();
  r.a.pass();
  assert.deepStrictEqual(status(r), ['completed']);
});

test('score without an LMS mastery score: raw, min and max (0..100) as they come', async () => {
  const r = await started();
  r.a.setScore({ scaled: 0.4, raw: 40, min: 0, max: 100 });
  r.a.setScore({ scaled: 2 / 3, raw: 200 / 3, min: 0, max: 100 });
  assert.deepStrictEqual(setsAfter(r), [['cmi.core.score.raw', '40'], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', '66.6666666667'], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']]);
});

test('score with an LMS mastery score: held, then written with the verdict, before the status', async () => {
  for (const verdict of ['pass', 'fail']) {
    const r = await started({ 'cmi.student_data.mastery_score': '70' });
    r.a.setScore({ scaled: 0.4, raw: 40, min: 0, max: 100 });
    r.a.setScore({ scaled: 0.9, raw: 90, min: 0, max: 100 });
    r.a.complete();
    assert.deepStrictEqual(setsAfter(r), [['cmi.core.lesson_status', 'completed']]);
    r.a[verdict]();
    assert.deepStrictEqual(setsAfter(r).slice(1), [['cmi.core.score.raw', '90'], ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'], ['cmi.core.lesson_status', verdict === 'pass' ? 'passed' : 'failed']]);
    r.a.setScore({ scaled: 1, raw: 100, min: 0, max: 100 }); // after the verdict, scores go straight out
    assert.deepStrictEqual(setsAfter(r)[5], ['cmi.core.score.raw', '100']);
  }
});

// ---- state and location -----------------------------------------------------------------------

test('state and location are sent when they change; a refused one goes again with the next save', async () => {
  const r = await started({}, {}, { fail: ['LMSSetValue cmi.suspend_data*1'] });
  await warnings(() => {
    r.a.saveState('Bone', '0.1');
    r.a.saveState('Bone', '0.1');
    r.a.saveState('Btwo', '0.1');
  });
  assert.deepStrictEqual(setsAfter(r), [['cmi.suspend_data', 'Bone'], ['cmi.core.lesson_location', '0.1'],
    ['cmi.suspend_data', 'Bone'], ['cmi.suspend_data', 'Btwo']]);
  assert.strictEqual(r.api.model['cmi.suspend_data'], 'Btwo');
});

test('suspend data over 4,096 characters and a location over 255 are never sent cut: the last that fitted stays', async () => {
  const r = await started();
  r.a.saveState('B'.repeat(4096), '0.1');
  const seen = await warnings(() => r.a.saveState('C'.repeat(4097), 'x'.repeat(256)));
  assert.strictEqual(r.api.model['cmi.suspend_data'], 'B'.repeat(4096));
  assert.strictEqual(r.api.model['cmi.core.lesson_location'], '0.1');
  assert.strictEqual(setsAfter(r).length, 2);
  assert.strictEqual(seen.length, 2);
  assert.match(seen[0], /cmi\.suspend_data not sent: 4097 characters, the limit is 4096/);
});

// ---- exit, session time, commit ---------------------------------------------------------------

test('time formats: 1.2 session time and latency HHHH:MM:SS.SS, interaction time HH:MM:SS', () => {
  assert.strictEqual(S.timespan(0), '0000:00:00.00');
  assert.strictEqual(S.timespan(3723456), '0001:02:03.46');
  assert.strictEqual(S.timespan(59999), '0000:01:00.00');
  assert.strictEqual(S.timespan(1e12), '9999:59:59.99');
  assert.strictEqual(S.timespan(-5), '0000:00:00.00');
  assert.strictEqual(S.clock(new Date(2024, 0, 2, 3, 4, 5)), '03:04:05');
});

test('exit(true): exit "suspend", this session\'s time, LMSCommit, LMSFinish, in that order', async (t) => {
  let now = 1000000;
  t.mock.method(Date, 'now', () => now);
  const r = await started();
  now += 3723450;
  r.a.exit(true);
  assert.deepStrictEqual(r.api.calls.slice(r.calls), [['LMSSetValue', 'cmi.core.exit', 'suspend'],
    ['LMSSetValue', 'cmi.core.session_time', '0001:02:03.45'], ['LMSCommit', ''], ['LMSFinish', '']]);
});

test('exit(false): exit "" (never "normal" in 1.2)', async () => {
  const r = await started();
  r.a.exit(false);
  assert.deepStrictEqual(setsAfter(r)[0], ['cmi.core.exit', '']);
});

test('finish happens once and nothing is called after it', async () => {
  const r = await started();
  r.a.exit(true);
  r.a.exit(false);
  r.a.commit();
  r.a.saveState('B', '0.1');
  r.a.complete();
  r.a.recordInteraction({ id: 'q', type: 'true-false', response: true, correct: true, result: 'correct' });
  assert.deepStrictEqual(names(r.api).filter((n) => n === 'LMSFinish'), ['LMSFinish']);
  assert.strictEqual(names(r.api).pop(), 'LMSFinish');
  assert.deepStrictEqual(r.api.problems, []);
});

test('a refused commit is retried by the next commit and by a timer, which stops at finish', async () => {
  const r = await started({}, {}, { fail: ['LMSCommit*2'] });
  const commits = () => names(r.api).filter((n) => n === 'LMSCommit').length;
  const seen = await warnings(async () => {
    r.a.commit(); // refused; the timer's first retry is refused as well, its second goes through
    assert.ok(await until(() => commits() === 3));
    await sleep(60);
    assert.strictEqual(commits(), 3); // no more retries once one went through
  });
  assert.strictEqual(seen.length, 2);
  const broken = await started({}, {}, { fail: ['LMSCommit'] });
  await warnings(async () => {
    broken.a.commit();
    broken.a.commit(); // the next commit call tries again at once
    assert.strictEqual(names(broken.api).filter((n) => n === 'LMSCommit').length, 2);
    broken.a.exit(true);
    const after = broken.api.calls.length;
    await sleep(50);
    assert.strictEqual(broken.api.calls.length, after);
  });
});

test('a call returning "false" is logged with the LMS error code and text; a throwing LMS never reaches the course', async () => {
  const r = await startedQuietly({}, {}, { fail: ['LMSSetValue cmi.core.lesson_status'] });
  const seen = await warnings(() => r.a.complete());
  assert.strictEqual(seen.length, 1);
  assert.match(seen[0], /LMSSetValue\(cmi\.core\.lesson_status\) failed: error 351 General Set Failure/);
  const t = await startedQuietly({}, {}, { throws: ['LMSSetValue', 'LMSCommit', 'LMSFinish'] });
  const thrown = await warnings(() => {
    t.a.saveState('B', '0.1');
    t.a.complete();
    t.a.commit();
    t.a.exit(true);
  });
  assert.ok(thrown.length >= 5);
  assert.match(thrown[0], /LMSSetValue\(cmi\.suspend_data\) failed: error 0 No error Error: LMS exploded/);
});

test('through the tracker: a hidden page commits, pagehide suspends and finishes once', async () => {
  const api = fakeApi('1.2', FRESH);
  const w = new EventTarget();
  w.document = new EventTarget();
  w.document.visibilityState = 'hidden';
  const t = tracking.create(scorm12({ window: win(null, { API: api }) }), w);
  await t.start();
  w.document.dispatchEvent(new Event('visibilitychange'));
  w.dispatchEvent(new Event('pagehide'));
  w.dispatchEvent(new Event('pagehide'));
  assert.deepStrictEqual(names(api).filter((n) => !/GetValue/.test(n)), ['LMSInitialize', 'LMSSetValue', 'LMSCommit',
    'LMSSetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']);
  assert.strictEqual(api.model['cmi.core.exit'], 'suspend');
});

// ---- interactions -----------------------------------------------------------------------------

const WHEN = new Date(2024, 4, 6, 9, 5, 7);
const ID = '7f0c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const base = { id: ID, description: 'Prompt', weighting: 1, latencyMs: 3450, timestamp: WHEN };
// [name, interaction, student_response, correct pattern, result]; undefined: not written.
const KINDS = [
  ['single choice', { type: 'choice', choices: ['A', 'B', 'C'], response: [1], correct: [2], result: 'incorrect' }, 'b', 'c', 'wrong'],
  ['multiple choice', { type: 'choice', choices: ['A', 'B', 'C'], response: [0, 2], correct: [0, 2], result: 'correct' }, 'a,c', 'a,c',
    'correct'],
  ['true-false', { type: 'true-false', response: false, correct: true, result: 'incorrect' }, 'f', 't', 'wrong'],
  ['fill-in', { type: 'fill-in', response: 'Impact, big', correct: 'impact', result: 'correct' }, 'Impact, big', 'impact', 'correct'],
  ['long-fill-in', { type: 'long-fill-in', response: 'Line one\nline\ttwo', correct: null, result: 'neutral', weighting: 0 },
    'Line one line two', undefined, 'neutral'],
  ['matching', { type: 'matching', source: ['a', 'b', 'c'], target: ['A', 'B', 'C'], response: [[0, 1], [1, 0], [2, 2]],
    correct: [[0, 0], [1, 1], [2, 2]], result: 'incorrect' }, '1.b,2.a,3.c', '1.a,2.b,3.c', 'wrong'],
  ['sequencing', { type: 'sequencing', choices: ['x', 'y', 'z'], response: [2, 0, 1], correct: [0, 1, 2], result: 'incorrect' },
    'c,a,b', 'a,b,c', 'wrong'],
  ['numeric exact', { type: 'numeric', response: 42, correct: { min: 42, max: 42 }, result: 'correct' }, '42', '42', 'correct'],
  ['numeric range', { type: 'numeric', response: 3.45, correct: { min: 3.4, max: 3.6 }, result: 'correct' }, '3.45', undefined,
    'correct'],
  ['likert', { type: 'likert', choices: ['no', 'maybe', 'yes'], response: 2, correct: null, result: 'neutral', weighting: 0 }, 'c',
    undefined, 'neutral'],
  ['scenario decision', { type: 'choice', choices: ['Ask', 'Tell'], response: [1], correct: null, result: 'neutral', weighting: 0 },
    'b', undefined, 'neutral'],
  ['unanswered', { type: 'choice', choices: ['A', 'B'], response: null, correct: [0], result: 'incorrect' }, undefined, 'a', 'wrong'],
  ['survey choice', { type: 'choice', choices: ['A', 'B'], response: [0], correct: null, result: 'neutral', weighting: 0 }, 'a',
    undefined, 'neutral'],
  ['survey true-false', { type: 'true-false', response: true, correct: null, result: 'neutral', weighting: 0 }, 't', undefined,
    'neutral'],
  ['37 choices', { type: 'choice', response: [0, 36], correct: [35], result: 'incorrect' }, undefined, '9', 'wrong'],
];

test('interactions: every kind in 1.2 syntax, at _count, id first then type', async () => {
  const r = await started();
  KINDS.forEach(([name, it, response, pattern, result], n) => {
    const before = r.api.calls.length;
    r.a.recordInteraction(Object.assign({}, base, it));
    const p = `cmi.interactions.${n}.`;
    const expected = [[p + 'id', ID], [p + 'type', it.type === 'long-fill-in' ? 'fill-in' : it.type], [p + 'time', '09:05:07'],
      [p + 'weighting', String(it.weighting === undefined ? 1 : it.weighting)]];
    if (response !== undefined) expected.push([p + 'student_response', response]);
    if (pattern !== undefined) expected.push([p + 'correct_responses.0.pattern', pattern]);
    expected.push([p + 'result', result], [p + 'latency', '0000:00:03.45']);
    assert.deepStrictEqual(sets({ calls: r.api.calls.slice(before) }), expected, name);
  });
  assert.deepStrictEqual(r.api.problems, []);
});

test('interactions: 1.2 results are correct, wrong or neutral (never "incorrect")', async () => {
  const r = await started();
  for (const result of ['correct', 'incorrect', 'neutral']) r.a.recordInteraction({ id: 'q', type: 'true-false', response: true, correct: null, result });
  assert.deepStrictEqual(setsAfter(r).filter(([k]) => k.endsWith('.result')).map(([, v]) => v), ['correct', 'wrong', 'neutral']);
});

test('interactions: ids fit [A-Za-z0-9._-] and 255 characters, the same every time', async () => {
  assert.strictEqual(S.ident('{7f0c2a9e 1b2c/é}'), '_7f0c2a9e_1b2c___');
  assert.strictEqual(S.ident('a'.repeat(300)).length, 255);
  const r = await started();
  r.a.recordInteraction({ id: 'q 1', type: 'true-false', response: true, correct: true, result: 'correct' });
  r.a.recordInteraction({ id: 'q 1', type: 'true-false', response: true, correct: true, result: 'correct' });
  const ids = setsAfter(r).filter(([k]) => /\.id$/.test(k));
  assert.deepStrictEqual(ids, [['cmi.interactions.0.id', 'q_1'], ['cmi.interactions.1.id', 'q_1']]);
});

test('interactions: a fill-in answer is cut at 255 without half a surrogate pair; weighting stays within 100', async () => {
  const r = await started();
  const long = 'a'.repeat(254) + '😀' + 'b';
  r.a.recordInteraction({ id: 'q', type: 'fill-in', response: long, correct: 'x'.repeat(300), result: 'incorrect', weighting: 500 });
  const got = Object.fromEntries(setsAfter(r));
  assert.strictEqual(got['cmi.interactions.0.student_response'], 'a'.repeat(254));
  assert.strictEqual(got['cmi.interactions.0.correct_responses.0.pattern'], 'x'.repeat(255));
  assert.strictEqual(got['cmi.interactions.0.weighting'], '100');
});

test('interactions: without a number from _count, a count of our own', async () => {
  const r = await started({}, {}, { noCount: true });
  r.a.recordInteraction({ id: 'q1', type: 'true-false', response: true, correct: true, result: 'correct' });
  r.a.recordInteraction({ id: 'q2', type: 'true-false', response: true, correct: true, result: 'correct' });
  const ids = setsAfter(r).filter(([k]) => /\.id$/.test(k)).map(([k]) => k);
  assert.deepStrictEqual(ids, ['cmi.interactions.0.id', 'cmi.interactions.1.id']);
  const counted = await started({ 'cmi.interactions.0.id': 'old', 'cmi.interactions.1.id': 'old' });
  counted.a.recordInteraction({ id: 'q', type: 'true-false', response: true, correct: true, result: 'correct' });
  assert.strictEqual(setsAfter(counted)[0][0], 'cmi.interactions.2.id');
});

test('decimals are plain digits: no exponent, nothing a CMIDecimal cannot hold', () => {
  assert.deepStrictEqual([0, 42, -2.5, 0.1 + 0.2, 1e-7, 1500.25, 1e15, NaN, Infinity].map(S.decimal),
    ['0', '42', '-2.5', '0.3', '0.0000001', '1500.25', null, null, null]);
});

test('a status or score the LMS refused goes again before the next commit and at exit, until it is taken', async () => {
  const r = await started({ 'cmi.student_data.mastery_score': '80' }, {},
    { fail: ['LMSSetValue cmi.core.lesson_status*3', 'LMSSetValue cmi.core.score.raw*1'] }); // start's "incomplete" is the first refusal
  await warnings(() => {
    r.a.setScore({ scaled: 0.9, raw: 90, min: 0, max: 100 });
    r.a.pass(); // score.raw and lesson_status refused
    r.a.commit(); // lesson_status refused once more, score.raw taken
  });
  assert.strictEqual(r.api.model['cmi.core.score.raw'], '90');
  assert.notStrictEqual(r.api.model['cmi.core.lesson_status'], 'passed');
  r.a.exit(false);
  assert.strictEqual(r.api.model['cmi.core.lesson_status'], 'passed');
  const order = names({ calls: r.api.calls.slice(r.calls) });
  assert.ok(order.lastIndexOf('LMSSetValue') < order.indexOf('LMSFinish'));
});
