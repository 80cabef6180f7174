// The xAPI / cmi5 harness's own checks, without a browser: the fake LRS (lib/lrs.js) answers and
// flags what a real LRS would, and the cmi5 checker (lib/cmi5-rules.js) reports each rule of
// STANDARDS.md exactly once on a sequence that breaks only that rule. The later xAPI/cmi5 runs
// trust both, so both are proven here first.
'use strict';
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const {test} = require('node:test');
const {startLrs} = require('./lib/lrs');
const cmi5 = require('./lib/cmi5-rules');

const ACTOR = {objectType: 'Agent', name: 'Tess Tester', account: {homePage: 'https://lms.example.com', name: 'learner-7'}};
const AU = 'https://example.com/course/au/1';

function statement(extra = {}) {
  return {id: crypto.randomUUID(), actor: ACTOR, verb: {id: 'http://adlnet.gov/expapi/verbs/experienced', display: {en: 'experienced'}},
    object: {objectType: 'Activity', id: AU + '/page/1'}, timestamp: new Date().toISOString(), ...extra};
}

// A client as a course would be: the launch's auth and the version header unless told otherwise.
function client(lrs) {
  return (path, {method = 'GET', body, headers = {}} = {}) => fetch(lrs.endpoint + path, {method,
    headers: {Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json', ...headers},
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)});
}

test('fake LRS: auth, version header, validation, ids once, documents, down/up, fail-next', async (t) => {
  const lrs = await startLrs();
  t.after(() => lrs.close());
  const call = client(lrs);

  // Preflight from another origin: CORS allows the course's headers without auth.
  const pre = await fetch(lrs.endpoint + 'statements', {method: 'OPTIONS', headers: {Origin: 'http://127.0.0.1:1'}});
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), 'http://127.0.0.1:1');
  assert.match(pre.headers.get('access-control-allow-headers'), /X-Experience-API-Version/);

  // A good statement, POST then GET by id.
  const good = statement();
  let r = await call('statements', {method: 'POST', body: good});
  assert.equal(r.status, 200);
  assert.deepEqual(await r.json(), [good.id]);
  r = await call('statements?statementId=' + good.id);
  assert.equal(r.status, 200);
  assert.deepEqual(await r.json(), good);
  assert.equal((await call('statements?statementId=' + crypto.randomUUID())).status, 404);
  assert.deepEqual(lrs.violations, []);

  // Wrong auth and a missing or wrong version header: refused and recorded.
  assert.equal((await call('statements', {method: 'POST', body: statement(), headers: {Authorization: 'Basic bm9wZQ=='}})).status, 401);
  assert.equal((await call('statements', {method: 'POST', body: statement(), headers: {'X-Experience-API-Version': ''}})).status, 400);
  assert.equal((await call('statements', {method: 'POST', body: statement(), headers: {'X-Experience-API-Version': '0.95'}})).status, 400);
  assert.equal(lrs.violations.length, 3);
  assert.match(lrs.violations[0], /Authorization "Basic bm9wZQ==" is not the one given at launch/);
  assert.match(lrs.violations[1], /X-Experience-API-Version null is not 1\.0\.x/);
  assert.match(lrs.violations[2], /X-Experience-API-Version "0\.95"/);
  lrs.violations.length = 0;

  // An invalid statement (mbox without mailto:, verb id not an IRI) in a batch: the whole batch
  // is refused and each problem named.
  const ok = statement();
  r = await call('statements', {method: 'POST', body: [ok, statement({actor: {mbox: 'tess@example.com'}, verb: {id: 'experienced'}})]});
  assert.equal(r.status, 400);
  assert.equal(lrs.violations.length, 2, lrs.violations.join('\n'));
  assert.match(lrs.violations[0], /statement 1 .*statement\.actor\.mbox/);
  assert.match(lrs.violations[1], /statement 1 .*statement\.verb\.id/);
  assert.equal(lrs.statements.length, 1, 'nothing of the bad batch stored');
  assert.equal((await call('statements', {method: 'POST', body: '{nope'})).status, 400);
  lrs.violations.length = 0;

  // Ids fixed by the client: PUT stores; the same again is accepted once (204/200, no second
  // copy); another body under the same id is a 409.
  const fixed = statement();
  assert.equal((await call('statements?statementId=' + fixed.id, {method: 'PUT', body: fixed})).status, 204);
  assert.equal((await call('statements?statementId=' + fixed.id, {method: 'PUT', body: fixed})).status, 204);
  r = await call('statements', {method: 'POST', body: [fixed, good]});
  assert.equal(r.status, 200);
  assert.deepEqual(await r.json(), [fixed.id, good.id]);
  assert.equal(lrs.duplicates, 3);
  assert.equal((await call('statements', {method: 'POST', body: {...fixed, timestamp: '2020-01-01T00:00:00Z'}})).status, 409);
  assert.equal((await call('statements?statementId=' + crypto.randomUUID(), {method: 'PUT', body: fixed})).status, 400);
  assert.equal(lrs.violations.length, 2);
  assert.match(lrs.violations[0], /different body \(409\)/);
  assert.match(lrs.violations[1], /differs from the statement's id/);
  assert.deepEqual(lrs.statements.map((s) => s.id), [good.id, fixed.id], 'arrival order, each once');
  lrs.violations.length = 0;

  // Activity state round trip: PUT, GET, POST merge, list, DELETE; agent key order irrelevant.
  const registration = crypto.randomUUID();
  const q = (agent, stateId) => `activities/state?activityId=${encodeURIComponent(AU)}&agent=${encodeURIComponent(JSON.stringify(agent))}` +
    `&registration=${registration}` + (stateId ? `&stateId=${stateId}` : '');
  const reordered = {account: {name: 'learner-7', homePage: 'https://lms.example.com'}, name: 'Tess Tester', objectType: 'Agent'};
  assert.equal((await call(q(ACTOR, 'bookmark'))).status, 404);
  assert.equal((await call(q(ACTOR, 'bookmark'), {method: 'PUT', body: {page: 3}})).status, 204);
  assert.deepEqual(await (await call(q(reordered, 'bookmark'))).json(), {page: 3});
  assert.equal((await call(q(ACTOR, 'bookmark'), {method: 'POST', body: {score: 0.5}})).status, 204);
  assert.deepEqual(await (await call(q(ACTOR, 'bookmark'))).json(), {page: 3, score: 0.5});
  assert.deepEqual(await (await call(q(ACTOR))).json(), ['bookmark']);
  assert.equal((await call(q(ACTOR, 'bookmark'), {method: 'DELETE'})).status, 204);
  assert.equal((await call(q(ACTOR, 'bookmark'))).status, 404);
  assert.equal((await call(`activities/state?stateId=x&activityId=${encodeURIComponent(AU)}`)).status, 400, 'agent missing');
  // LMS.LaunchData is the LMS's: readable, never writable.
  lrs.setDocument('/activities/state', {activityId: AU, agent: JSON.stringify(ACTOR), registration, stateId: 'LMS.LaunchData'},
    {launchMode: 'Normal', moveOn: 'Passed', masteryScore: 0.8, contextTemplate: {}});
  assert.equal((await (await call(q(ACTOR, 'LMS.LaunchData'))).json()).masteryScore, 0.8);
  assert.equal((await call(q(ACTOR, 'LMS.LaunchData'), {method: 'PUT', body: {}})).status, 403);
  assert.equal(lrs.violations.length, 2);
  assert.match(lrs.violations[0], /agent .*missing or invalid/);
  assert.match(lrs.violations[1], /LMS\.LaunchData is the LMS's/);
  lrs.violations.length = 0;

  // Agent profile (404 when absent, as cmi5LearnerPreferences often is) and activity profile.
  const ap = `agents/profile?agent=${encodeURIComponent(JSON.stringify(ACTOR))}&profileId=cmi5LearnerPreferences`;
  assert.equal((await call(ap)).status, 404);
  assert.equal((await call(ap, {method: 'PUT', body: {languagePreference: 'de-DE'}})).status, 204);
  assert.deepEqual(await (await call(ap)).json(), {languagePreference: 'de-DE'});
  const actp = `activities/profile?activityId=${encodeURIComponent(AU)}&profileId=p1`;
  assert.equal((await call(actp)).status, 404);
  assert.equal((await call(actp, {method: 'PUT', body: {a: 1}})).status, 204);
  assert.deepEqual(await (await call(actp)).json(), {a: 1});

  // Down (503, then refused connections) and up again.
  lrs.down();
  assert.equal((await call('statements', {method: 'POST', body: statement()})).status, 503);
  lrs.down('refuse');
  await assert.rejects(call('statements', {method: 'POST', body: statement()}), TypeError);
  lrs.up();
  assert.equal((await call('statements', {method: 'POST', body: statement()})).status, 200);

  // Fail the next N requests with given statuses, then answer normally; preflights don't count.
  lrs.failNext(2, 500);
  lrs.failNext(1, 401);
  assert.equal((await fetch(lrs.endpoint + 'statements', {method: 'OPTIONS'})).status, 204);
  const statuses = [];
  for (let i = 0; i < 4; i++) statuses.push((await call('statements', {method: 'POST', body: statement()})).status);
  assert.deepEqual(statuses, [500, 500, 401, 200]);
  assert.equal(lrs.statements.length, 4);
  assert.deepEqual(lrs.violations, []);

  // The log has every request with its answer.
  assert.equal(lrs.log.length, 38, "every request that reached it (the refused one did not)");
  assert.deepEqual(lrs.log.slice(-4).map((e) => e.status), [500, 500, 401, 200]);
  assert.ok(lrs.log.some((e) => e.status === 503));
});

test('fake LRS: cmi5 fetch URL hands out the token once', async (t) => {
  const lrs = await startLrs({fetch: true});
  t.after(() => lrs.close());
  let r = await fetch(lrs.fetchUrl, {method: 'POST'});
  assert.equal(r.status, 200);
  const token = (await r.json())['auth-token'];
  assert.ok(token);
  assert.equal(lrs.auth, 'Basic ' + token);
  r = await fetch(lrs.fetchUrl, {method: 'POST'});
  const again = await r.json();
  assert.equal(again['error-code'], '1');
  assert.equal(again['auth-token'], undefined);
  assert.match(lrs.violations[0], /POSTed 2 times/);
  const ok = await fetch(lrs.endpoint + 'statements', {method: 'POST', body: JSON.stringify(statement()),
    headers: {Authorization: 'Basic ' + token, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json'}});
  assert.equal(ok.status, 200);
});

test('fake LRS: a statement refused on purpose (reject) and a new fetch URL per launch (newFetch)', async (t) => {
  const lrs = await startLrs({fetch: true});
  t.after(() => lrs.close());
  const first = (await (await fetch(lrs.fetchUrl, {method: 'POST'})).json())['auth-token'];
  const call = client(lrs);
  const bad = statement({object: {objectType: 'Activity', id: AU + '/bad'}});
  lrs.reject((s) => s.object.id === AU + '/bad', 400);
  // A batch holding it is refused whole, every time; alone too; the others go through.
  const ok = statement();
  assert.equal((await call('statements', {method: 'POST', body: [ok, bad]})).status, 400);
  assert.equal((await call('statements', {method: 'POST', body: bad})).status, 400);
  assert.equal((await call('statements', {method: 'POST', body: ok})).status, 200);
  assert.deepEqual(lrs.rejected.map((r) => [r.id, r.status]), [[bad.id, 400], [bad.id, 400]]);
  assert.deepEqual(lrs.statements.map((s) => s.id), [ok.id]);
  assert.deepEqual(lrs.violations, [], 'a refusal the test chose is not the course\'s fault');
  // A new launch: a new one-time URL and token; the old token is refused from then on.
  const url = lrs.newFetch();
  assert.equal(url, lrs.fetchUrl);
  assert.equal(lrs.fetchUsed, 0);
  const second = (await (await fetch(url, {method: 'POST'})).json())['auth-token'];
  assert.ok(second && second !== first);
  assert.equal(lrs.auth, 'Basic ' + second);
  assert.equal((await call('statements', {method: 'POST', body: statement()})).status, 200);
  assert.equal((await call('statements', {method: 'POST', body: statement(), headers: {Authorization: 'Basic ' + first}})).status, 401);
  assert.equal(lrs.log.at(-1).at >= lrs.log[0].at, true, 'requests carry their arrival time');
});

// ---- cmi5 rules ----

const REG = crypto.randomUUID();
const SID = crypto.randomUUID();
const OPTS = {launchActivityId: AU, registration: REG, actor: ACTOR, masteryScore: 0.8, launchMode: 'Normal', moveOn: 'CompletedAndPassed'};

// A cmi5 statement: verb, session, extras merged into result/context. Defined verbs get the
// cmi5 category (and moveon for judged ones), a duration, and the masteryscore extension.
function c5(verb, {session = SID, scaled, extra = {}} = {}) {
  const defined = cmi5.DEFINED.includes(verb);
  const judged = ['completed', 'passed', 'failed'].includes(verb);
  const category = [...(defined ? [{id: cmi5.CAT_CMI5}] : []), ...(judged ? [{id: cmi5.CAT_MOVEON}] : [])];
  const s = {id: crypto.randomUUID(), actor: ACTOR, verb: {id: cmi5.VERB + verb},
    object: {id: defined ? AU : AU + '/q1'}, timestamp: new Date().toISOString(),
    context: {registration: REG, contextActivities: {grouping: [{id: AU}], ...(category.length ? {category} : {})},
      extensions: {[cmi5.EXT_SESSION]: session, ...(verb === 'passed' || verb === 'failed' ? {[cmi5.EXT_MASTERY]: 0.8} : {})}}};
  if (judged) s.result = {duration: 'PT1M', ...(verb === 'completed' ? {completion: true} : {success: verb === 'passed'})};
  if (scaled !== undefined) s.result.score = {scaled};
  return Object.assign(s, extra);
}

const good = () => [c5('initialized'), c5('answered'), c5('completed'), c5('passed', {scaled: 0.9}), c5('terminated')];

test('cmi5 rules: a clean registration passes, each broken rule is named once', async () => {
  assert.deepEqual(cmi5.check(good(), OPTS), []);
  // Two sessions: fail then pass, each bracketed; a failed before the pass is allowed.
  const s2 = crypto.randomUUID();
  const two = [c5('initialized'), c5('failed', {scaled: 0.5}), c5('terminated'),
    c5('initialized', {session: s2}), c5('passed', {session: s2, scaled: 0.85}), c5('completed', {session: s2}), c5('terminated', {session: s2})];
  assert.deepEqual(cmi5.check(two, OPTS), []);

  const expect = (seq, opts, res) => {
    const got = cmi5.check(seq, {...OPTS, ...opts});
    assert.equal(got.length, res.length, `expected ${res}; got ${JSON.stringify(got)}`);
    res.forEach((re, i) => assert.match(got[i], re));
  };
  const edit = (i, fn) => {
    const seq = good();
    fn(seq[i]);
    return seq;
  };
  expect([c5('answered'), ...good()], {}, [/#0 answered: before initialized/]);
  expect([...good(), c5('answered')], {}, [/#5 answered: after terminated/]);
  const twice = good();
  twice.splice(1, 0, c5('initialized'));
  expect(twice, {}, [/#1 initialized: initialized twice in session/]);
  const both = good();
  both.splice(4, 0, c5('failed', {scaled: 0.5}));
  expect(both, {}, [/#4 failed: passed and failed in one session/]);
  const s3 = crypto.randomUUID();
  expect([...good(), c5('initialized', {session: s3}), c5('completed', {session: s3}), c5('terminated', {session: s3})], {},
    [/#6 completed: a second completed in the registration/]);
  expect([...good(), c5('initialized', {session: s3}), c5('passed', {session: s3, scaled: 0.9}), c5('terminated', {session: s3})], {},
    [/#6 passed: a second passed in the registration/]);
  expect(good(), {launchMode: 'Browse'}, [/#2 completed: completed in Browse mode/, /#3 passed: passed in Browse mode/]);
  expect([c5('initialized'), c5('failed', {scaled: 0.1}), c5('terminated')], {launchMode: 'Review'}, [/#1 failed: failed in Review mode/]);
  expect(edit(4, (s) => delete s.context.contextActivities.category), {}, [/#4 terminated: cmi5-defined statement without the cmi5 category/]);
  expect(edit(1, (s) => (s.context.contextActivities.category = [{id: cmi5.CAT_CMI5}])), {}, [/#1 answered: cmi5 category on a statement/]);
  expect(edit(2, (s) => (s.context.contextActivities.category = [{id: cmi5.CAT_CMI5}])), {}, [/#2 completed: no moveon category/]);
  expect(edit(3, (s) => delete s.result.duration), {}, [/#3 passed: no result\.duration/]);
  expect(edit(3, (s) => delete s.context.extensions[cmi5.EXT_MASTERY]), {}, [/#3 passed: masteryscore extension undefined, expected 0\.8/]);
  expect(edit(3, (s) => (s.result.score.scaled = 0.7)), {}, [/#3 passed: passed with 0\.7, below masteryScore 0\.8/]);
  expect([c5('initialized'), c5('failed', {scaled: 0.8}), c5('terminated')], {}, [/#1 failed: failed with 0\.8, at or above/]);
  expect(edit(2, (s) => (s.result.score = {scaled: 1})), {}, [/#2 completed: score on a completed statement/]);
  expect(edit(0, (s) => (s.object.id = AU + '/other')), {}, [/#0 initialized: object id .* is not the launch activityId/]);
  expect(edit(1, (s) => delete s.context.registration), {}, [/#1 answered: context\.registration undefined is not the launch registration/]);
  // Without a session id the statement also falls in a session of its own, before initialized.
  expect(edit(1, (s) => delete s.context.extensions[cmi5.EXT_SESSION]), {},
    [/#1 answered: no session id extension/, /#1 answered: before initialized in session \(no session\)/]);
  expect(edit(1, (s) => (s.timestamp = '2026-12-03T10:00:00+01:00')), {}, [/#1 answered: timestamp .* is not a UTC/]);
  expect(edit(1, (s) => (s.id = 'q1-answer')), {}, [/#1 answered: id "q1-answer" is not a UUID/]);
  expect(edit(1, (s) => (s.actor = {...ACTOR, name: 'Someone'})), {}, [/#1 answered: actor is not the launch actor/]);
});
