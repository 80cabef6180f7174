// The SCORM 2004 adapter against a fake LMS: start, resume policies, completion and success apart,
// scores and mastery, progress, interactions in 2004 syntax, exit without a Commit before Terminate,
// and an LMS that fails. Discovery and the shared helpers are tested in scorm12.test.js too.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const S = require('../scorm-api.js');
const scorm2004 = require('../adapter-scorm2004.js');
const tracking = require('../tracking.js');
const { fakeApi, sets, names, win, warnings } = require('./fake-lms.js');

S.timing.poll = 5;
S.timing.polls = 4;
S.timing.retry = 20;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const FRESH = { 'cmi.entry': 'ab-initio', 'cmi.mode': 'normal', 'cmi.credit': 'credit', 'cmi.completion_status': 'unknown',
  'cmi.success_status': 'unknown' };
async function started(data, opts, apiOptions) {
  const api = fakeApi(2004, Object.assign({}, FRESH, data), apiOptions);
  const a = scorm2004({ id: 'c', window: win(win(null, { API_1484_11: api })), tracking: opts });
  const info = await a.start();
  return { api, a, info, calls: api.calls.length };
}
const setsAfter = (r) => sets({ calls: r.api.calls.slice(r.calls) });
const written = (r, key) => setsAfter(r).filter(([k]) => k === key).map(([, v]) => v);

// ---- start ------------------------------------------------------------------------------------

test('start: finds API_1484_11 (not a 1.2 API), initializes with "" and reads what the course needs', async () => {
  const api = fakeApi(2004, Object.assign({}, FRESH, { 'cmi.entry': 'resume', 'cmi.mode': 'browse', 'cmi.credit': 'no-credit',
    'cmi.scaled_passing_score': '0.8', 'cmi.completion_threshold': '0.75', 'cmi.launch_data': 'level=2',
    'cmi.location': '2.0', 'cmi.suspend_data': 'Bsaved' }));
  const a = scorm2004({ window: win(win(null, { API_1484_11: api }), { API: fakeApi('1.2') }) });
  const info = await a.start();
  assert.deepStrictEqual(api.calls[0], ['Initialize', '']);
  assert.deepStrictEqual(info, { entry: 'resume', mode: 'browse', credit: false, masteryScore: 0.8, completionThreshold: 0.75,
    launchData: 'level=2', state: 'Bsaved', location: '2.0' });
  assert.deepStrictEqual(sets(api), []); // browse mode writes nothing
});

test('start: completion "unknown" or "not attempted" becomes "incomplete"; a known one is left alone', async () => {
  for (const [was, expected] of [['unknown', ['incomplete']], ['not attempted', ['incomplete']], ['incomplete', []],
    ['completed', []]]) {
    const r = await started({ 'cmi.completion_status': was });
    assert.deepStrictEqual(written({ api: r.api, calls: 0 }, 'cmi.completion_status'), expected, was);
    assert.deepStrictEqual(r.info, { entry: 'ab-initio', mode: 'normal', credit: true, masteryScore: null,
      completionThreshold: null, launchData: null, state: null, location: null });
  }
});

test('start: resume "never" starts afresh, "ask" asks, "always" resumes', async () => {
  const saved = { 'cmi.entry': 'resume', 'cmi.suspend_data': 'Bsaved', 'cmi.location': '0.3' };
  const never = (await started(saved, { resume: 'never' })).info;
  assert.deepStrictEqual([never.entry, never.state, never.location, never.askResume], ['ab-initio', null, null, undefined]);
  const ask = (await started(saved, { resume: 'ask' })).info;
  assert.deepStrictEqual([ask.entry, ask.state, ask.location, ask.askResume], ['resume', 'Bsaved', '0.3', true]);
  const always = (await started(saved, { resume: 'always' })).info;
  assert.deepStrictEqual([always.state, always.askResume], ['Bsaved', undefined]);
});

test('no API: notice "no-lms", the course plays and nothing is called', async () => {
  const only12 = fakeApi('1.2');
  const a = scorm2004({ window: win(null, { API: only12 }) });
  const seen = await warnings(async () => {
    assert.deepStrictEqual(await a.start(), { notice: 'no-lms' });
    a.saveState('B', '0.1');
    a.setProgress(0.5);
    a.complete();
    a.exit(false);
  });
  assert.deepStrictEqual([seen, only12.calls], [[], []]);
});

// ---- status, score, progress ------------------------------------------------------------------

test('completion and success are separate: complete, then pass or fail', async () => {
  let r = await started();
  r.a.complete();
  r.a.pass();
  assert.deepStrictEqual(setsAfter(r), [['cmi.progress_measure', '1'], ['cmi.completion_status', 'completed'],
    ['cmi.success_status', 'passed']]);
  r = await started();
  r.a.fail();
  assert.deepStrictEqual(setsAfter(r), [['cmi.success_status', 'failed']]);
});

test('passed is never replaced; no-credit reports no success_status', async () => {
  let r = await started();
  r.a.pass();
  r.a.fail();
  assert.deepStrictEqual(written(r, 'cmi.success_status'), ['passed']);
  r = await started({ 'cmi.success_status': 'passed' });
  r.a.fail();
  assert.deepStrictEqual(written(r, 'cmi.success_status'), []);
  r = await started({ 'cmi.success_status': 'failed' });
  r.a.pass();
  assert.deepStrictEqual(written(r, 'cmi.success_status'), ['passed']);
  r = await started({ 'cmi.credit': 'no-credit' });
  r.a.complete();
  r.a.pass();
  r.a.fail();
  assert.deepStrictEqual(written(r, 'cmi.success_status'), []);
  assert.deepStrictEqual(written(r, 'cmi.completion_status'), ['completed']);
});

test('progress_measure as it grows; once complete it stays 1 (a completion_threshold must not undo completion)', async () => {
  const r = await started({ 'cmi.completion_threshold': '1' });
  r.a.setProgress(0.25);
  r.a.setProgress(2 / 3);
  r.a.complete();
  r.a.setProgress(0.9);
  assert.deepStrictEqual(written(r, 'cmi.progress_measure'), ['0.25', '0.666666666667', '1']);
});

test('score without a passing score from the LMS: scaled, raw, min, max as they come', async () => {
  const r = await started();
  r.a.setScore({ scaled: 0.45, raw: 45, min: 0, max: 100 });
  assert.deepStrictEqual(setsAfter(r), [['cmi.score.scaled', '0.45'], ['cmi.score.raw', '45'], ['cmi.score.min', '0'],
    ['cmi.score.max', '100']]);
});

test('score with scaled_passing_score: held while the course runs, written with the verdict before success_status', async () => {
  for (const verdict of ['pass', 'fail']) {
    const r = await started({ 'cmi.scaled_passing_score': '0.7' });
    r.a.setScore({ scaled: 0.3, raw: 30, min: 0, max: 100 });
    r.a.setScore({ scaled: 0.75, raw: 75, min: 0, max: 100 });
    r.a.setProgress(0.5);
    assert.deepStrictEqual(setsAfter(r), [['cmi.progress_measure', '0.5']]);
    r.a[verdict]();
    assert.deepStrictEqual(setsAfter(r).slice(1), [['cmi.score.scaled', '0.75'], ['cmi.score.raw', '75'], ['cmi.score.min', '0'],
      ['cmi.score.max', '100'], ['cmi.success_status', verdict === 'pass' ? 'passed' : 'failed']]);
  }
});

// ---- state, exit, commit ----------------------------------------------------------------------

test('suspend data up to 64,000 and location up to 1,000 are sent; longer ones never, cut or not', async () => {
  const r = await started();
  r.a.saveState('B'.repeat(64000), '9'.repeat(1000));
  const seen = await warnings(() => r.a.saveState('C'.repeat(64001), '8'.repeat(1001)));
  assert.deepStrictEqual(setsAfter(r).map(([k, v]) => [k, v.length]), [['cmi.suspend_data', 64000], ['cmi.location', 1000]]);
  assert.strictEqual(seen.length, 2);
});

test('a refused suspend_data or location goes again with the next save', async () => {
  const r = await started({}, {}, { fail: ['SetValue cmi.location*1'] });
  await warnings(() => {
    r.a.saveState('B1', '0.1');
    r.a.saveState('B1', '0.1');
  });
  assert.deepStrictEqual(setsAfter(r), [['cmi.suspend_data', 'B1'], ['cmi.location', '0.1'], ['cmi.location', '0.1']]);
});

test('time formats: ISO 8601 durations (no W, two decimals at most, never ending in P or T) and local timestamps', () => {
  const cases = [[0, 'PT0S'], [4, 'PT0S'], [5, 'PT0.01S'], [65250, 'PT1M5.25S'], [60000, 'PT1M'], [3600000, 'PT1H'],
    [3723450, 'PT1H2M3.45S'], [90000000, 'PT25H'], [59999, 'PT1M'], [1234, 'PT1.23S'], [-1, 'PT0S']];
  for (const [ms, text] of cases) assert.strictEqual(S.duration(ms), text, String(ms));
  assert.strictEqual(S.stamp(new Date(2024, 0, 2, 3, 4, 5)), '2024-01-02T03:04:05');
});

test('exit(true): cmi.exit "suspend", session time, then Terminate with no Commit just before it', async (t) => {
  let now = 5000;
  t.mock.method(Date, 'now', () => now);
  const r = await started();
  now += 65250;
  r.a.exit(true);
  assert.deepStrictEqual(r.api.calls.slice(r.calls), [['SetValue', 'cmi.exit', 'suspend'],
    ['SetValue', 'cmi.session_time', 'PT1M5.25S'], ['Terminate', '']]);
});

test('exit(false): cmi.exit "normal"; Terminate once and nothing after it', async () => {
  const r = await started();
  r.a.exit(false);
  r.a.exit(true);
  r.a.commit();
  r.a.saveState('B', '0.1');
  r.a.pass();
  assert.deepStrictEqual(written(r, 'cmi.exit'), ['normal']);
  assert.deepStrictEqual(names(r.api).slice(r.calls), ['SetValue', 'SetValue', 'Terminate']);
  assert.deepStrictEqual(r.api.problems, []);
});

test('a refused Commit is retried until one succeeds, not after Terminate', async () => {
  const r = await started({}, {}, { fail: ['Commit*1'] });
  const commits = () => names(r.api).filter((n) => n === 'Commit').length;
  await warnings(async () => {
    r.a.commit();
    for (let i = 0; i < 100 && commits() < 2; i++) await sleep(10);
  });
  assert.strictEqual(commits(), 2);
  const broken = await started({}, {}, { fail: ['Commit'] });
  await warnings(async () => {
    broken.a.commit();
    broken.a.exit(true);
    await sleep(60);
  });
  assert.deepStrictEqual(names(broken.api).slice(broken.calls), ['Commit', 'SetValue', 'SetValue', 'Terminate']);
});

test('through the tracker: commit on hidden page, pagehide terminates once with suspend', async () => {
  const api = fakeApi(2004, FRESH);
  const w = new EventTarget();
  w.document = new EventTarget();
  w.document.visibilityState = 'hidden';
  const t = tracking.create(scorm2004({ window: win(null, { API_1484_11: api }) }), w);
  await t.start();
  w.document.dispatchEvent(new Event('visibilitychange'));
  w.dispatchEvent(new Event('pagehide'));
  w.dispatchEvent(new Event('pagehide'));
  assert.deepStrictEqual(names(api).filter((n) => n !== 'GetValue'), ['Initialize', 'SetValue', 'Commit', 'SetValue', 'SetValue',
    'Terminate']);
  assert.strictEqual(api.model['cmi.exit'], 'suspend');
});

// ---- interactions -----------------------------------------------------------------------------

const WHEN = new Date(2024, 4, 6, 9, 5, 7);
const ID = '7f0c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const base = { id: ID, description: 'Prompt', weighting: 1, latencyMs: 3450, timestamp: WHEN };
// [name, interaction, learner_response, correct pattern, result]; undefined: not written.
const KINDS = [
  ['single choice', { type: 'choice', choices: ['A', 'B', 'C'], response: [1], correct: [2], result: 'incorrect' }, 'c2', 'c3',
    'incorrect'],
  ['multiple choice', { type: 'choice', choices: ['A', 'B', 'C'], response: [0, 2], correct: [0, 2], result: 'correct' },
    'c1[,]c3', 'c1[,]c3', 'correct'],
  ['true-false', { type: 'true-false', response: false, correct: true, result: 'incorrect' }, 'false', 'true', 'incorrect'],
  // A comma goes as U+201A (one answer, not several); a leading "{" is no {lang=} delimiter; no spaces end a pattern.
  ['fill-in', { type: 'fill-in', response: 'Impact, big', correct: 'impact', result: 'correct' }, 'Impact\u201a big', 'impact',
    'correct'],
  ['fill-in with delimiters', { type: 'fill-in', response: '{x}[,]y', correct: '{x} [,] ', result: 'incorrect' }, ' {x}[\u201a]y',
    '{x} [\u201a]', 'incorrect'],
  ['long-fill-in', { type: 'long-fill-in', response: 'Line one\nline\ttwo', correct: null, result: 'neutral', weighting: 0 },
    'Line one line two', undefined, 'neutral'],
  ['matching', { type: 'matching', source: ['a', 'b', 'c'], target: ['A', 'B', 'C'], response: [[0, 1], [1, 0], [2, 2]],
    correct: [[0, 0], [1, 1], [2, 2]], result: 'incorrect' }, 's1[.]t2[,]s2[.]t1[,]s3[.]t3', 's1[.]t1[,]s2[.]t2[,]s3[.]t3',
  'incorrect'],
  ['sequencing', { type: 'sequencing', choices: ['x', 'y', 'z'], response: [2, 0, 1], correct: [0, 1, 2], result: 'incorrect' },
    'c3[,]c1[,]c2', 'c1[,]c2[,]c3', 'incorrect'],
  ['numeric exact', { type: 'numeric', response: 42, correct: { min: 42, max: 42 }, result: 'correct' }, '42', '42[:]42', 'correct'],
  ['numeric range', { type: 'numeric', response: 3.45, correct: { min: 3.4, max: 3.6 }, result: 'correct' }, '3.45', '3.4[:]3.6',
    'correct'],
  ['likert', { type: 'likert', choices: ['no', 'maybe', 'yes'], response: 2, correct: null, result: 'neutral', weighting: 0 }, 'c3',
    undefined, 'neutral'],
  ['scenario decision', { type: 'choice', choices: ['Ask', 'Tell'], response: [1], correct: null, result: 'neutral', weighting: 0 },
    'c2', undefined, 'neutral'],
  ['unanswered', { type: 'choice', choices: ['A', 'B'], response: null, correct: [0], result: 'incorrect' }, undefined, 'c1',
    'incorrect'],
  ['survey choice', { type: 'choice', choices: ['A', 'B'], response: [0], correct: null, result: 'neutral', weighting: 0 }, 'c1',
    undefined, 'neutral'],
  ['survey true-false', { type: 'true-false', response: true, correct: null, result: 'neutral', weighting: 0 }, 'true', undefined,
    'neutral'],
  ['37 selected', { type: 'choice', response: [...Array(37).keys()], correct: [36], result: 'incorrect' }, undefined, 'c37',
    'incorrect'],
];

test('interactions: every kind in 2004 syntax, at _count, id first, then type, then the rest', async () => {
  const r = await started();
  KINDS.forEach(([name, it, response, pattern, result], n) => {
    const before = r.api.calls.length;
    r.a.recordInteraction(Object.assign({}, base, it));
    const p = `cmi.interactions.${n}.`;
    const expected = [[p + 'id', ID], [p + 'type', it.type], [p + 'timestamp', '2024-05-06T09:05:07'],
      [p + 'weighting', String(it.weighting === undefined ? 1 : it.weighting)]];
    if (response !== undefined) expected.push([p + 'learner_response', response]);
    if (pattern !== undefined) expected.push([p + 'correct_responses.0.pattern', pattern]);
    expected.push([p + 'result', result], [p + 'latency', 'PT3.45S'], [p + 'description', 'Prompt']);
    assert.deepStrictEqual(sets({ calls: r.api.calls.slice(before) }), expected, name);
  });
  assert.deepStrictEqual(r.api.problems, []);
});

test('interactions: long texts fit 2004 (fill-in 250, long-fill-in 4,000, description 250) and keep no control characters', async () => {
  const r = await started();
  r.a.recordInteraction({ id: 'q', type: 'fill-in', description: '{lang}\u0007' + 'd'.repeat(300), response: 'f'.repeat(300),
    correct: null, result: 'neutral', weighting: 0 });
  r.a.recordInteraction({ id: 'q', type: 'long-fill-in', response: 'l'.repeat(5000), correct: null, result: 'neutral', weighting: 0 });
  const got = Object.fromEntries(setsAfter(r));
  assert.strictEqual(got['cmi.interactions.0.learner_response'], 'f'.repeat(250));
  assert.strictEqual(got['cmi.interactions.0.description'], ' {lang} ' + 'd'.repeat(242));
  assert.strictEqual(got['cmi.interactions.1.learner_response'], 'l'.repeat(4000));
  assert.deepStrictEqual(r.api.problems, []);
});

test('interactions: without a number from _count, a count of our own', async () => {
  const r = await started({}, {}, { noCount: true });
  r.a.recordInteraction({ id: 'a', type: 'true-false', response: true, correct: true, result: 'correct' });
  r.a.recordInteraction({ id: 'b', type: 'true-false', response: true, correct: true, result: 'correct' });
  assert.deepStrictEqual(setsAfter(r).filter(([k]) => /\.id$/.test(k)),
    [['cmi.interactions.0.id', 'a'], ['cmi.interactions.1.id', 'b']]);
});

test('interactions: a refused id stops that interaction, the next one takes its index', async () => {
  const r = await started({}, {}, { fail: ['SetValue cmi.interactions.0.id*1'], noCount: true });
  await warnings(() => {
    r.a.recordInteraction({ id: 'a', type: 'true-false', response: true, correct: true, result: 'correct' });
    r.a.recordInteraction({ id: 'b', type: 'true-false', response: true, correct: true, result: 'correct' });
  });
  assert.deepStrictEqual(setsAfter(r).map(([k]) => k).slice(0, 3), ['cmi.interactions.0.id', 'cmi.interactions.0.id',
    'cmi.interactions.0.type']);
});

test('a completion, success or score the LMS refused goes again before the next commit and at exit', async () => {
  const r = await started({}, {}, { fail: ['SetValue cmi.completion_status*3', 'SetValue cmi.success_status*1', // start's "incomplete" first
    'SetValue cmi.score.scaled*1'] });
  await warnings(() => {
    r.a.setScore({ scaled: 0.9, raw: 90, min: 0, max: 100 });
    r.a.complete();
    r.a.pass();
    r.a.commit(); // success_status and score.scaled taken now; completion_status refused again
  });
  assert.strictEqual(r.api.model['cmi.success_status'], 'passed');
  assert.strictEqual(r.api.model['cmi.score.scaled'], '0.9');
  assert.notStrictEqual(r.api.model['cmi.completion_status'], 'completed');
  r.a.exit(false); // no Commit before Terminate: the resend is a SetValue of its own
  assert.strictEqual(r.api.model['cmi.completion_status'], 'completed');
  const after = r.api.calls.slice(r.calls).map((c) => c[0]);
  assert.strictEqual(after[after.length - 2], 'SetValue');
  assert.strictEqual(after.pop(), 'Terminate');
});
