// The statements both xAPI adapters send (docs/player.md, xAPI and cmi5 adapters): ADL verbs,
// activities for the course's items, answered statements with a full cmi.interaction definition,
// results with ISO 8601 durations. Every statement gets its UUID and its timestamp when it is made.
(function (CW) {
  'use strict';

  const F = CW.cmiFormats || require('./cmi-formats.js');
  const C = CW.xapiClient || require('./xapi-client.js');
  const ADL = 'http://adlnet.gov/expapi/';
  // ADL activity types for what the learner meets: the course, a page, a quiz, a scenario.
  const TYPES = { course: 'course', page: 'lesson', quiz: 'assessment', scenario: 'simulation',
    interaction: 'cmi.interaction' };
  const type = (kind) => ADL + 'activities/' + (TYPES[kind] || 'module');
  const verb = (name) => ({ id: ADL + 'verbs/' + name, display: { 'en-US': name } });

  // A response in xAPI: the 2004 syntax; texts as typed (JSON carries line breaks), a leading
  // "{lang=...}"-like delimiter defused with a space.
  function response(kind, v) {
    if (kind === 'fill-in' || kind === 'long-fill-in') {
      return String(v).replace(/^\{(?=(case_matters|order_matters|lang)=)/, ' {');
    }
    return F.format(kind, v, F.XAPI);
  }

  // Makes statements for one learner: lang is the course language (the key of every name map),
  // base the activity IRI base, parent the activity child activities belong to, context(s) what
  // the adapter adds to every statement's context (registration, cmi5's template).
  function maker({ actor, lang, base, parent, context }) {
    lang = lang || 'und';
    const map = (s) => ({ [lang]: String(s || '') });
    let last = 0;
    // Timestamps never go back, so that an LRS (and cmi5, which orders by them) reads the
    // statements in the order they were made.
    const stamp = (t) => new Date((last = Math.max(last, +t || Date.now()))).toISOString();

    function make(name, object, result, extra, when) {
      const s = { id: C.uuid(), actor, verb: verb(name), object: Object.assign({ objectType: 'Activity' }, object),
        timestamp: stamp(when) };
      if (result) s.result = result;
      const ctx = context(s, extra || {});
      if (Object.keys(ctx).length) s.context = ctx;
      return s;
    }
    const child = (id) => base + '/' + id;
    const parentOf = () => ({ contextActivities: { parent: [{ objectType: 'Activity', id: parent }] } });

    // One question or scenario decision (docs/player.md, Interactions).
    function interaction(it) {
      // Ids as in the response syntax (c1, s1, t1): distinct, and a response reads back through them.
      const named = (list, prefix) => (list || []).map((t, i) => ({ id: prefix + (i + 1), description: map(t) }));
      const def = { name: map(it.description), description: map(it.description), type: type('interaction'),
        interactionType: it.type };
      if (it.correct != null) {
        const p = it.type === 'fill-in' || it.type === 'long-fill-in' ? response(it.type, it.correct).trim()
          : F.format(it.type, it.correct, F.XAPI);
        if (p) def.correctResponsesPattern = [p];
      }
      if (it.type === 'choice' || it.type === 'sequencing') def.choices = named(it.choices, 'c');
      if (it.type === 'likert') def.scale = named(it.choices, 'c');
      if (it.type === 'matching') {
        def.source = named(it.source, 's');
        def.target = named(it.target, 't');
      }
      const result = { duration: F.duration(it.latencyMs) };
      if (it.response != null) result.response = response(it.type, it.response);
      if (it.result === 'correct' || it.result === 'incorrect') result.success = it.result === 'correct';
      return make('answered', { id: child(it.id), definition: def }, result, parentOf(), it.timestamp);
    }

    return {
      make,
      // An item the shell shows: {id, title, kind}.
      experienced: (item) => make('experienced', { id: child(item.id),
        definition: { name: map(item.title), type: type(item.kind) } }, null, parentOf()),
      interaction,
    };
  }

  // A score as xAPI wants it: scaled -1..1, raw within min..max.
  function score(s) {
    if (!s) return undefined;
    const out = {};
    const n = (x) => (Number.isFinite(+x) ? +(+x).toFixed(4) : undefined);
    if (n(s.scaled) !== undefined) out.scaled = Math.max(-1, Math.min(1, n(s.scaled)));
    if (n(s.min) !== undefined && n(s.max) !== undefined && n(s.min) <= n(s.max)) {
      out.min = n(s.min);
      out.max = n(s.max);
      if (n(s.raw) !== undefined) out.raw = Math.max(out.min, Math.min(out.max, n(s.raw)));
    }
    return Object.keys(out).length ? out : undefined;
  }

  // A statement's context: the adapter's base (cmi5's contextTemplate, the registration) with
  // `extra` added; lists are joined and nothing the base says is overwritten (cmi5 10.0).
  function context(base, extra) {
    const out = JSON.parse(JSON.stringify(base || {}));
    for (const [k, v] of Object.entries(extra || {})) {
      if (k === 'contextActivities' || k === 'extensions') {
        const into = out[k] || (out[k] = {});
        for (const [name, list] of Object.entries(v)) {
          if (k === 'extensions') {
            if (!(name in into)) into[name] = list;
          } else {
            into[name] = [].concat(into[name] || [], list.filter((a) => ![].concat(into[name] || []).some((b) => b.id === a.id)));
          }
        }
      } else if (!(k in out)) {
        out[k] = v;
      }
    }
    return out;
  }

  CW.xapiStatements = { TYPES, type, verb, response, maker, score, context };
  if (typeof module === 'object' && module.exports) module.exports = CW.xapiStatements;
})(globalThis.Coursewright = globalThis.Coursewright || {});
