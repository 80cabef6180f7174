// What a SCORM test expects of a course it played: the interactions each answer and scenario
// decision must become, in each version's syntax (written from the specifications: 1.2 single
// characters "a,b", "1.a,2.b", t/f; 2004 "[,]", "[.]", true/false; choices named c1, c2, ...,
// matching sources s1.. and targets t1.., the adapters' documented ids), and routines that play
// the sample course and the two-module fixture inside an LMS.
'use strict';
const assert = require('node:assert/strict');
const S = require('./sco');
const {kids, plain, items} = require('./answers');
const {DURATION, TIMESPAN12, TIME12, STAMP, seconds} = require('./lms');

const TYPE = {singleChoice: 'choice', multipleResponse: 'choice', trueFalse: 'true-false', fillBlank: 'fill-in',
  matching: 'matching', sequencing: 'sequencing'};

// The response of answers.answer(q, ...) in authoring index space.
function responseOf(q, a) {
  const c = kids(q);
  const at = (f, text) => c.findIndex((x) => x.props[f] === text);
  switch (q.kind) {
    case 'singleChoice': return [at('text', a.single)];
    case 'multipleResponse': return c.map((x, i) => (a.multiple.includes(x.props.text) ? i : -1)).filter((i) => i >= 0);
    case 'trueFalse': return a.trueFalse;
    case 'fillBlank': return a.blank;
    case 'matching': return c.map((x, i) => [i, at('match', a.matching[x.props.prompt])]);
    case 'sequencing': return a.sequence.map((t) => at('text', t));
  }
  throw new Error('no response for ' + q.kind);
}
function correctOf(q) {
  const c = kids(q);
  switch (q.kind) {
    case 'singleChoice': case 'multipleResponse': return c.map((x, i) => (x.props.correct ? i : -1)).filter((i) => i >= 0);
    case 'trueFalse': return q.props.answer !== false;
    case 'fillBlank': return q.props.accepted[0];
    case 'matching': return c.map((x, i) => [i, i]);
    case 'sequencing': return c.map((x, i) => i);
  }
  throw new Error('no key for ' + q.kind);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
function format(version, type, r) {
  if (version === '1.2') {
    switch (type) {
      case 'true-false': return r ? 't' : 'f';
      case 'choice': case 'sequencing': return r.map((i) => LETTERS[i]).join(',');
      case 'matching': return r.map(([s, t]) => `${s + 1}.${LETTERS[t]}`).join(',');
    }
    return String(r);
  }
  switch (type) {
    case 'true-false': return String(!!r);
    case 'choice': case 'sequencing': return r.map((i) => `c${i + 1}`).join('[,]');
    case 'matching': return r.map(([s, t]) => `s${s + 1}[.]t${t + 1}`).join('[,]');
  }
  return String(r);
}

// The interaction a quiz answer becomes ({q, a, right} from sco.playQuiz).
function quizInteraction(version, {q, a, right}) {
  const type = TYPE[q.kind];
  return {id: q.id, type, response: format(version, type, responseOf(q, a)), pattern: format(version, type, correctOf(q)),
    result: right ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect', weighting: q.props.points,
    description: plain(q.props.prompt)};
}
// A scenario decision ({step, index}): a choice with no right answer.
function decisionInteraction(version, {step, index}) {
  return {id: step.id, type: 'choice', response: format(version, 'choice', [index]), pattern: undefined, result: 'neutral',
    weighting: 0, description: step.props.title};
}

// Checks the interactions the LMS holds at finish from index `from` on against `expected`
// (values, not counts): id, type, response, pattern, result, weighting, description (2004),
// time / timestamp within the session, latency no longer than the session.
function checkInteractions(result, got, expected, {from = 0} = {}) {
  const v = result.version;
  const problems = [];
  const session = (result.closedAt - result.launchedAt) / 1000 + 2;
  if (got.length - from !== expected.length) {
    problems.push(`${got.length - from} interactions written from index ${from}, expected ${expected.length}: ` +
      JSON.stringify(got.slice(from).map((x) => x && x.id)));
  }
  expected.forEach((e, k) => {
    const n = from + k;
    const it = got[n];
    if (!it) return problems.push(`interaction ${n} (${e.id}) missing`);
    const want = {id: e.id, type: e.type, response: e.response, pattern: e.pattern, result: e.result};
    for (const [key, value] of Object.entries(want)) {
      if ((it[key] || undefined) !== value) problems.push(`interaction ${n} ${key}: ${JSON.stringify(it[key])}, expected ${JSON.stringify(value)}`);
    }
    if (Number(it.weighting) !== e.weighting) problems.push(`interaction ${n} weighting: ${it.weighting}, expected ${e.weighting}`);
    if (v === '1.2') {
      if (!TIME12.test(it.time || '')) problems.push(`interaction ${n} time: ${JSON.stringify(it.time)}`);
      if (!TIMESPAN12.test(it.latency || '') || !(seconds('1.2', it.latency) <= session)) {
        problems.push(`interaction ${n} latency: ${JSON.stringify(it.latency)}`);
      }
    } else {
      // The prompt's text: spacing around inline markup may differ (answers.plain spaces out tags).
      const bare = (t) => String(t || '').replace(/\s+/g, '');
      if (bare(it.description) !== bare(e.description) || it.description.length > 250) {
        problems.push(`interaction ${n} description: ${JSON.stringify(it.description)}, expected ${JSON.stringify(e.description)}`);
      }
      const when = new Date(it.timestamp).getTime();
      if (!STAMP.test(it.timestamp || '') || !(when >= result.launchedAt - 2000 && when <= result.closedAt + 2000)) {
        problems.push(`interaction ${n} timestamp ${JSON.stringify(it.timestamp)} is not a time within the session`);
      }
      if (!DURATION.test(it.latency || '') || !(seconds('2004', it.latency) <= session)) {
        problems.push(`interaction ${n} latency: ${JSON.stringify(it.latency)}`);
      }
    }
  });
  return problems;
}

// Plays the whole sample course in the SCO: every page, the scenario's pass route, the quiz
// (right(q, k) says which answers are right). Returns the expected interactions in order.
async function playSample(root, course, version, {right = () => true, quiz = true} = {}) {
  const all = items(course);
  const expected = [];
  let results = null;
  for (const [i, it] of all.entries()) {
    if (i > 0) await S.next(root, it.node.props.title);
    if (it.node.kind === 'scenario') {
      await S.scenario.start(root);
      for (const d of await S.passSampleScenario(root, it.node)) expected.push(decisionInteraction(version, d));
    }
    if (it.node.kind === 'quiz' && quiz) {
      await S.quiz.start(root);
      const played = await S.playQuiz(root, it.node, {right});
      results = played.results;
      for (const g of played.given) expected.push(quizInteraction(version, g));
    }
  }
  return {expected, results};
}

// Problems as one assertion, so that one run reports all of them.
function assertNone(problems, what) {
  assert.ok(problems.length === 0, `${what}:\n  ${problems.join('\n  ')}`);
}

const near = (a, b) => Math.abs(Number(a) - b) < 0.01;

module.exports = {responseOf, correctOf, format, quizInteraction, decisionInteraction, checkInteractions, playSample,
  assertNone, near, TYPE};

// Plays one module of the two-module fixture (fixtures/scorm-modules.json) from its first item:
// pages, the scenario's pass ending, the quiz right. `first`: the SCO opens on this module's
// first item. Returns the expected interactions.
async function playModule(root, moduleNode, version, {right = () => true} = {}) {
  const expected = [];
  for (const [i, it] of moduleNode.children.entries()) {
    if (i > 0) await S.next(root, it.props.title);
    else await S.expectTitle(root, it.props.title);
    if (it.kind === 'scenario') {
      await S.scenario.start(root);
      const step = kids(it, 'scenarioNode').find((s) => s.id === it.props.start);
      await S.scenario.choose(root, step.children[0].props.text, {cont: false});
      await S.main(root).getByText('You passed this scenario').waitFor();
      expected.push(decisionInteraction(version, {step, index: 0}));
    }
    if (it.kind === 'quiz') {
      await S.quiz.start(root);
      const played = await S.playQuiz(root, it, {right});
      for (const g of played.given) expected.push(quizInteraction(version, g));
    }
  }
  return expected;
}
module.exports.playModule = playModule;

// Compares finish data with the values wanted.
function expectValues(f, want, problems) {
  for (const [k, v] of Object.entries(want)) {
    if ((f || {})[k] !== v) problems.push(`${k} = ${JSON.stringify((f || {})[k])}, expected ${JSON.stringify(v)}`);
  }
}
// The value the SCO itself wrote last for an element (scorm-again, like LMSs, may derive a status
// from score and mastery at finish: the SCO must not rely on it).
function expectWritten(r, element, value, problems) {
  const last = r.log.filter((c) => c.kind === 'SetValue' && c.args[0] === element && c.ret === 'true').map((c) => c.args[1]).pop();
  if (last !== value) problems.push(`the SCO last wrote ${element} ${JSON.stringify(last)}, expected ${JSON.stringify(value)}`);
}

// start(dir, {item, via, seed, extra, faults, ready, settings}): launches a package's item-th SCO
// (manifest order) in `lms` with the LMS's first-launch data (plus `extra`) or `seed`.
function starter(lmsOf, version) {
  const {readManifest, firstSeed} = require('./lms');
  return async function start(dir, {item = 0, via = 'iframe', seed, extra = {}, faults, ready, settings, apiDelayMs} = {}) {
    const m = readManifest(dir);
    assert.equal(m.version, version, `${dir} is a SCORM ${version} package`);
    const it = m.items[item];
    const base = lmsOf().mount(dir);
    const run = await lmsOf().launch(base + it.href, {version, via, seed: seed || firstSeed(version, it, extra), faults, ready,
      settings, apiDelayMs, base, files: m.files});
    run.item = it;
    run.manifest = m;
    return run;
  };
}
Object.assign(module.exports, {expectValues, expectWritten, starter});
