// What xapi.test.js and cmi5.test.js expect of the statements a course sent (STANDARDS.md "xAPI
// 1.0.3 TinCan package" and "cmi5", the contract of issue 10): checks that return readable
// problems, one line each, so that one run reports everything wrong at once. Answered statements
// are read back through their own definition (a response id -> the component's description), so
// the check is on what the learner chose, not on how the adapter numbers its components.
'use strict';
const {canonical} = require('./lrs');
const {kids, plain} = require('./answers');

const VERB = 'http://adlnet.gov/expapi/verbs/';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const ADL_TYPE = /^http:\/\/adlnet\.gov\/expapi\/activities\//;
// ISO 8601 duration as xAPI uses it (seconds may have a fraction).
const DURATION = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const TYPE = {singleChoice: 'choice', multipleResponse: 'choice', trueFalse: 'true-false', fillBlank: 'fill-in',
  matching: 'matching', sequencing: 'sequencing', numeric: 'numeric', likert: 'likert', shortAnswer: 'long-fill-in'};

const verbOf = (s) => ((s.verb && s.verb.id) || '').replace(VERB, '');
const verbs = (list) => list.map(verbOf);
const text = (map) => (map && typeof map === 'object' ? Object.values(map)[0] : undefined);
const bare = (t) => String(t || '').replace(/\s+/g, '');
const seconds = (d) => {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(d || '');
  return m ? (+m[1] || 0) * 86400 + (+m[2] || 0) * 3600 + (+m[3] || 0) * 60 + (+m[4] || 0) : NaN;
};
const short = (s) => `${verbOf(s)} ${s.object && s.object.id}`;

// An agent as compared: objectType "Agent" is the default (xAPI 2.4.2.1), written or not.
const agent = (a) => {
  const {objectType, ...rest} = a || {};
  return objectType && objectType !== 'Agent' ? a : rest;
};

// The statements of one registration, in arrival order.
const ofRegistration = (lrs, registration) => lrs.statements.filter((s) => s.context && s.context.registration === registration);

// Checks every statement and request of a run: the validator's findings, the version header on
// every request, the launch actor, the registration, UUID ids, ISO 8601 durations, arrival in
// creation order (timestamps never go back), nothing stored twice under two ids.
function checkRun(lrs, statements, {registration, actor}) {
  const problems = lrs.violations.map((v) => 'LRS: ' + v);
  for (const e of lrs.log) {
    if (e.method === 'OPTIONS' || !e.path.startsWith('/xapi/')) continue;
    if (e.headers['x-experience-api-version'] !== '1.0.3') {
      problems.push(`${e.method} ${e.path}: X-Experience-API-Version ${JSON.stringify(e.headers['x-experience-api-version'])}`);
    }
  }
  const seen = new Map();
  let last = 0;
  statements.forEach((s, i) => {
    const label = `#${i} ${short(s)}`;
    if (!UUID.test(s.id || '')) problems.push(`${label}: id ${s.id} is not a UUID v4`);
    if (actor && canonical(agent(s.actor)) !== canonical(agent(actor))) problems.push(`${label}: actor ${JSON.stringify(s.actor)}, expected ${JSON.stringify(actor)}`);
    if (registration && (!s.context || s.context.registration !== registration)) problems.push(`${label}: context.registration missing or wrong`);
    if (s.result && s.result.duration !== undefined && !DURATION.test(s.result.duration)) {
      problems.push(`${label}: result.duration ${JSON.stringify(s.result.duration)} is not ISO 8601`);
    }
    const key = canonical({...s, id: undefined});
    if (seen.has(key)) problems.push(`${label}: the same statement as #${seen.get(key)} under another id`);
    seen.set(key, i);
    const when = Date.parse(s.timestamp);
    if (!(when >= last)) problems.push(`${label}: timestamp ${s.timestamp} before the previous one's (not in creation order)`);
    last = Math.max(last, when || 0);
  });
  return problems;
}

// The components of an interaction definition as {id: description text}.
function components(def, list) {
  const out = {};
  for (const c of def[list] || []) out[c.id] = text(c.description);
  return out;
}

// A response (or pattern) of a type, as the texts the learner sees: choice -> [texts] (sorted for
// a set), sequencing -> [texts in order], matching -> {source: target}, likert -> text, others as
// they are. `problems` gets the ids that name no component.
function decode(type, def, value, problems, label) {
  const look = (list, id) => {
    const t = components(def, list)[id];
    if (t === undefined) problems.push(`${label}: "${id}" is no ${list} id of the definition`);
    return t;
  };
  const parts = value === '' ? [] : String(value).split('[,]');
  switch (type) {
    case 'choice': return parts.map((id) => look('choices', id)).sort();
    case 'sequencing': return parts.map((id) => look('choices', id));
    case 'likert': return look('scale', value);
    case 'matching': return Object.fromEntries(parts.map((p) => p.split('[.]')).map(([s, t]) => [look('source', s), look('target', t)]));
    case 'numeric': {
      const [min, max] = String(value).split('[:]');
      return max === undefined ? Number(min) : {min: Number(min), max: Number(max)};
    }
    case 'fill-in': case 'long-fill-in': return String(value).replace(/^(\{(case_matters|order_matters|lang)=[^}]*\})+/, '');
  }
  return value;
}

// What the learner answered (answers.answer(q, right)) and the question's key, in decode()'s terms.
function expectedOf(q, a) {
  const c = kids(q);
  const p = q.props;
  switch (q.kind) {
    case 'singleChoice': return {response: [a.single], pattern: c.filter((x) => x.props.correct).map((x) => x.props.text).sort()};
    case 'multipleResponse': return {response: a.multiple.slice().sort(), pattern: c.filter((x) => x.props.correct).map((x) => x.props.text).sort()};
    case 'trueFalse': return {response: String(a.trueFalse), pattern: String(p.answer !== false)};
    case 'fillBlank': return {response: a.blank, pattern: p.accepted[0]};
    case 'matching': return {response: a.matching, pattern: Object.fromEntries(c.map((x) => [x.props.prompt, x.props.match]))};
    case 'sequencing': return {response: a.sequence, pattern: c.map((x) => x.props.text)};
    case 'numeric': return {response: Number(a.numeric), pattern: {min: p.answer - (p.tolerance || 0), max: p.answer + (p.tolerance || 0)}};
    case 'likert': return {response: a.likert, pattern: undefined};
    case 'shortAnswer': return {response: a.text, pattern: undefined};
  }
  throw new Error('no expectation for ' + q.kind);
}

// The components a question's definition must list, as texts.
function componentsOf(q) {
  const c = kids(q);
  switch (q.kind) {
    case 'singleChoice': case 'multipleResponse': case 'sequencing': return {choices: c.map((x) => x.props.text)};
    case 'matching': return {source: c.map((x) => x.props.prompt), target: c.map((x) => x.props.match)};
    case 'likert': return {scale: q.props.scale || ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree']};
  }
  return {};
}

function checkDefinitionBasics(s, label, objectId, parentId, problems) {
  if (!s.object || s.object.id !== objectId) problems.push(`${label}: object id ${s.object && s.object.id}, expected ${objectId}`);
  const def = (s.object && s.object.definition) || {};
  if (def.type !== INTERACTION) problems.push(`${label}: definition.type ${JSON.stringify(def.type)}, expected cmi.interaction`);
  const parents = ((s.context && s.context.contextActivities && s.context.contextActivities.parent) || []).map((a) => a.id);
  if (parentId && !parents.includes(parentId)) problems.push(`${label}: contextActivities.parent ${JSON.stringify(parents)} lacks ${parentId}`);
  if (!s.result || !DURATION.test(s.result.duration || '')) problems.push(`${label}: no ISO 8601 result.duration (latency)`);
  for (const list of ['choices', 'scale', 'source', 'target', 'steps']) {
    const ids = (def[list] || []).map((x) => x.id);
    if (new Set(ids).size !== ids.length) problems.push(`${label}: ${list} ids not distinct: ${ids.join(' ')}`);
  }
  return def;
}

// One answered statement against the question node q, the answer a (answers.answer) and whether
// it was right (true / false; null for an ungraded kind). base: the activity IRI base; parentId:
// the activity that must be the parent.
function checkAnswered(s, {q, a, right}, {base, parentId}, label = short(s)) {
  const problems = [];
  const def = checkDefinitionBasics(s, label, base + '/' + q.id, parentId, problems);
  const type = TYPE[q.kind];
  if (def.interactionType !== type) problems.push(`${label}: interactionType ${JSON.stringify(def.interactionType)}, expected ${type}`);
  if (bare(text(def.description)) !== bare(plain(q.props.prompt))) {
    problems.push(`${label}: description ${JSON.stringify(text(def.description))}, expected the prompt ${JSON.stringify(plain(q.props.prompt))}`);
  }
  for (const [list, texts] of Object.entries(componentsOf(q))) {
    const got = (def[list] || []).map((c) => text(c.description));
    if (JSON.stringify(got) !== JSON.stringify(texts)) problems.push(`${label}: ${list} ${JSON.stringify(got)}, expected ${JSON.stringify(texts)}`);
  }
  const want = expectedOf(q, a);
  const patterns = def.correctResponsesPattern;
  if (want.pattern === undefined) {
    if (patterns !== undefined) problems.push(`${label}: correctResponsesPattern ${JSON.stringify(patterns)} on an ungraded question`);
  } else if (!Array.isArray(patterns) || patterns.length !== 1) {
    problems.push(`${label}: correctResponsesPattern ${JSON.stringify(patterns)}, expected one pattern`);
  } else {
    const got = decode(type, def, patterns[0], problems, label);
    if (JSON.stringify(got) !== JSON.stringify(want.pattern)) {
      problems.push(`${label}: correctResponsesPattern ${JSON.stringify(patterns[0])} reads ${JSON.stringify(got)}, expected ${JSON.stringify(want.pattern)}`);
    }
  }
  const response = s.result && s.result.response;
  if (typeof response !== 'string') problems.push(`${label}: result.response ${JSON.stringify(response)} is not a string`);
  else {
    const got = decode(type, def, response, problems, label);
    if (JSON.stringify(got) !== JSON.stringify(want.response)) {
      problems.push(`${label}: result.response ${JSON.stringify(response)} reads ${JSON.stringify(got)}, expected ${JSON.stringify(want.response)}`);
    }
  }
  const success = s.result && s.result.success;
  if (right === null ? success !== undefined : success !== right) {
    problems.push(`${label}: result.success ${JSON.stringify(success)}, expected ${right === null ? 'none (ungraded)' : right}`);
  }
  return problems;
}

// A scenario decision ({step, index} from sco.passSampleScenario): a choice, no right answer.
function checkDecision(s, {step, index}, {base, parentId}, label = short(s)) {
  const problems = [];
  const def = checkDefinitionBasics(s, label, base + '/' + step.id, parentId, problems);
  if (def.interactionType !== 'choice') problems.push(`${label}: interactionType ${JSON.stringify(def.interactionType)}, expected choice`);
  if (text(def.description) !== step.props.title) problems.push(`${label}: description ${JSON.stringify(text(def.description))}, expected ${step.props.title}`);
  const texts = (step.children || []).map((c) => c.props.text);
  const got = (def.choices || []).map((c) => text(c.description));
  if (JSON.stringify(got) !== JSON.stringify(texts)) problems.push(`${label}: choices ${JSON.stringify(got)}, expected ${JSON.stringify(texts)}`);
  if (def.correctResponsesPattern !== undefined) problems.push(`${label}: correctResponsesPattern on a decision`);
  const chosen = decode('choice', def, (s.result && s.result.response) || '', problems, label);
  if (JSON.stringify(chosen) !== JSON.stringify([texts[index]])) problems.push(`${label}: response reads ${JSON.stringify(chosen)}, expected ${texts[index]}`);
  if (s.result && s.result.success !== undefined) problems.push(`${label}: result.success on a decision (neutral)`);
  return problems;
}

// Experienced statements for the items the learner opened, in order of first visit.
function checkExperienced(statements, visited, {base, parentId}) {
  const problems = [];
  const exp = statements.filter((s) => verbOf(s) === 'experienced');
  const first = [];
  for (const s of exp) if (!first.includes(s.object.id)) first.push(s.object.id);
  const want = visited.map((n) => base + '/' + n.id);
  if (JSON.stringify(first) !== JSON.stringify(want)) {
    problems.push(`experienced objects (first visits) ${JSON.stringify(first.map((id) => id.slice(base.length + 1)))}, expected ${JSON.stringify(visited.map((n) => n.id))}`);
  }
  for (const s of exp) {
    const node = visited.find((n) => base + '/' + n.id === s.object.id);
    const def = s.object.definition || {};
    if (node && text(def.name) !== node.props.title) problems.push(`experienced ${node.props.title}: definition.name ${JSON.stringify(def.name)}`);
    if (!ADL_TYPE.test(def.type || '')) problems.push(`experienced ${s.object.id}: definition.type ${JSON.stringify(def.type)} is not an ADL activity type`);
    const parents = ((s.context && s.context.contextActivities && s.context.contextActivities.parent) || []).map((a) => a.id);
    if (parentId && !parents.includes(parentId)) problems.push(`experienced ${s.object.id}: parent ${JSON.stringify(parents)} lacks ${parentId}`);
  }
  return problems;
}

// A verdict statement (passed / failed): success and score.
function checkVerdict(s, verb, {scaled, objectId}) {
  const problems = [];
  const label = short(s);
  if (verbOf(s) !== verb) return [`${label}: expected ${verb}`];
  if (objectId && s.object.id !== objectId) problems.push(`${label}: object ${s.object.id}, expected ${objectId}`);
  const r = s.result || {};
  if (r.success !== (verb === 'passed')) problems.push(`${label}: result.success ${JSON.stringify(r.success)}`);
  const sc = r.score || {};
  const raw = Math.round(scaled * 100);
  if (Math.abs(sc.scaled - scaled) > 0.006) problems.push(`${label}: score.scaled ${sc.scaled}, expected ${scaled}`);
  if (Math.abs(sc.raw - raw) > 0.6 || sc.min !== 0 || sc.max !== 100) {
    problems.push(`${label}: score ${JSON.stringify(sc)}, expected raw ${raw} of 0..100`);
  }
  return problems;
}

module.exports = {agent, VERB, INTERACTION, DURATION, TYPE, verbOf, verbs, text, seconds, ofRegistration, checkRun, checkAnswered,
  checkDecision, checkExperienced, checkVerdict, decode, expectedOf, short};
