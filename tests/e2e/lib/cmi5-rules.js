// The cmi5 rules of /work/shared/STANDARDS.md ("cmi5", the forbidden list) over the whole
// statement sequence of one registration, as the fake LRS (lib/lrs.js) received it. The
// validator there checks each statement against xAPI; this checks what cmi5 adds: order per
// session, verbs once, the categories, the context template, masteryScore, Browse/Review.
'use strict';
const {canonical} = require('./lrs');

const VERB = 'http://adlnet.gov/expapi/verbs/';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/';
const CAT_CMI5 = CMI5 + 'categories/cmi5';
const CAT_MOVEON = CMI5 + 'categories/moveon';
const EXT_SESSION = CMI5 + 'extensions/sessionid';
const EXT_MASTERY = CMI5 + 'extensions/masteryscore';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'];
const JUDGED = ['completed', 'passed', 'failed']; // the ones that change what the LMS records
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// UTC only: a "Z" or a zero offset (cmi5 9.7: timestamps are UTC).
const UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]00:?00)$/;

const verbOf = (s) => {
  const id = (s && s.verb && s.verb.id) || '';
  return id.startsWith(VERB) ? id.slice(VERB.length) : id;
};
const categories = (s) => ((s.context && s.context.contextActivities && s.context.contextActivities.category) || [])
  .map((a) => a && a.id);
const extension = (s, key) => s.context && s.context.extensions && s.context.extensions[key];

// The checks on one statement alone. label: "#3 passed" (position in the sequence and verb).
function checkOne(s, label, opts, out) {
  const verb = verbOf(s);
  const defined = DEFINED.includes(verb);
  const cats = categories(s);
  if (!UUID.test(s.id || '')) out.push(`${label}: id ${JSON.stringify(s.id)} is not a UUID`);
  if (!UTC.test(s.timestamp || '')) out.push(`${label}: timestamp ${JSON.stringify(s.timestamp)} is not a UTC ISO 8601 time`);
  if (opts.actor && canonical(s.actor) !== canonical(opts.actor)) out.push(`${label}: actor is not the launch actor`);
  if (!s.context || s.context.registration !== opts.registration) {
    out.push(`${label}: context.registration ${JSON.stringify(s.context && s.context.registration)} is not the launch registration`);
  }
  if (!extension(s, EXT_SESSION)) out.push(`${label}: no session id extension (contextTemplate not applied)`);
  if (defined && !cats.includes(CAT_CMI5)) out.push(`${label}: cmi5-defined statement without the cmi5 category`);
  if (!defined && cats.includes(CAT_CMI5)) out.push(`${label}: cmi5 category on a statement cmi5 does not define`);
  if (defined && s.object && s.object.id !== opts.launchActivityId) {
    out.push(`${label}: object id ${JSON.stringify(s.object.id)} is not the launch activityId`);
  }
  if (defined && s.result && s.result.score && verb !== 'passed' && verb !== 'failed') out.push(`${label}: score on a ${verb} statement`);
  if (!JUDGED.includes(verb)) return;
  if (!cats.includes(CAT_MOVEON)) out.push(`${label}: no moveon category`);
  if (!s.result || !s.result.duration) out.push(`${label}: no result.duration`);
  const mode = opts.launchMode || 'Normal';
  if (mode !== 'Normal') out.push(`${label}: ${verb} in ${mode} mode`);
  if (verb === 'completed') return;
  checkMastery(s, label, verb, opts, out);
}

// passed/failed: the masteryScore extension when the LMS set one, and a verdict that matches it.
function checkMastery(s, label, verb, opts, out) {
  if (opts.masteryScore === undefined || opts.masteryScore === null) return;
  const ext = extension(s, EXT_MASTERY);
  if (ext !== opts.masteryScore) out.push(`${label}: masteryscore extension ${JSON.stringify(ext)}, expected ${opts.masteryScore}`);
  const scaled = s.result && s.result.score && s.result.score.scaled;
  if (typeof scaled !== 'number') {
    out.push(`${label}: no result.score.scaled to judge against masteryScore ${opts.masteryScore}`);
  } else if (verb === 'passed' && scaled < opts.masteryScore) {
    out.push(`${label}: passed with ${scaled}, below masteryScore ${opts.masteryScore}`);
  } else if (verb === 'failed' && scaled >= opts.masteryScore) {
    out.push(`${label}: failed with ${scaled}, at or above masteryScore ${opts.masteryScore}`);
  }
}

// Order within each session: initialized first, terminated last, defined verbs once, not both
// passed and failed.
function checkSessions(labelled, out) {
  const sessions = new Map();
  for (const [s, label] of labelled) {
    const id = extension(s, EXT_SESSION) || '(no session)';
    if (!sessions.has(id)) sessions.set(id, {initialized: false, terminated: false, seen: new Set()});
    const session = sessions.get(id);
    const verb = verbOf(s);
    if (session.terminated) out.push(`${label}: after terminated in session ${id}`);
    else if (!session.initialized && verb !== 'initialized') out.push(`${label}: before initialized in session ${id}`);
    if (DEFINED.includes(verb) && session.seen.has(verb)) out.push(`${label}: ${verb} twice in session ${id}`);
    if ((verb === 'passed' && session.seen.has('failed')) || (verb === 'failed' && session.seen.has('passed'))) {
      out.push(`${label}: passed and failed in one session ${id}`);
    }
    session.seen.add(verb);
    if (verb === 'initialized') session.initialized = true;
    if (verb === 'terminated') session.terminated = true;
  }
}

// Across the registration: completed once, passed once (the LMS keeps them for good).
function checkRegistration(labelled, out) {
  const first = {};
  for (const [s, label] of labelled) {
    const verb = verbOf(s);
    if (verb !== 'completed' && verb !== 'passed') continue;
    if (first[verb]) out.push(`${label}: a second ${verb} in the registration (first: ${first[verb]})`);
    else first[verb] = label;
  }
}

// statements: the registration's statements in arrival order. opts: {launchActivityId,
// registration, actor, masteryScore (0..1 or null), launchMode ('Normal' | 'Browse' | 'Review'),
// moveOn (kept for the callers' records; the rules above do not depend on it)}.
// Returns the violations, one readable line each ([] when the sequence is clean).
function check(statements, opts) {
  const out = [];
  const labelled = statements.map((s, i) => [s, `#${i} ${verbOf(s)}`]);
  for (const [s, label] of labelled) checkOne(s, label, opts, out);
  checkSessions(labelled, out);
  checkRegistration(labelled, out);
  return out;
}

module.exports = {check, VERB, CAT_CMI5, CAT_MOVEON, EXT_SESSION, EXT_MASTERY, DEFINED};
