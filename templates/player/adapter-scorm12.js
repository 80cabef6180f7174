// SCORM 1.2 adapter (docs/player.md, The tracking interface): one lesson_status for completion and
// success, scores in 0..100, the 1.2 data formats. Without an LMS the course plays untracked.
(function (CW) {
  'use strict';

  const S = CW.scormApi || require('./scorm-api.js');
  const FNS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError',
    'LMSGetErrorString'];
  // 1.2 names a choice by one character: index 0 is a, 25 is z, then 0-9. Matching sources are
  // numbered from 1 as in the specification's "1.a,2.b", then lettered.
  const CHOICES = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const SOURCES = '123456789abcdefghijklmnopqrstuvwxyz';
  const RESULTS = { correct: 'correct', incorrect: 'wrong', neutral: 'neutral' };
  // A list naming a choice beyond those characters would be wrong: it is not written.
  const list = (names) => (names.every(Boolean) ? names.join(',') : '');

  // A response or correct answer in 1.2 syntax; empty when 1.2 cannot say it (a numeric range).
  function format(type, v) {
    switch (type) {
      case 'true-false': return v ? 't' : 'f';
      case 'choice': case 'sequencing': return list(v.map((i) => CHOICES[i]));
      case 'likert': return CHOICES[v];
      case 'matching': return list(v.map(([s, t]) => SOURCES[s] && CHOICES[t] && SOURCES[s] + '.' + CHOICES[t]));
      case 'numeric': return typeof v !== 'object' ? S.decimal(v) : v.min === v.max ? S.decimal(v.min) : '';
    }
    return S.text(v, 255);
  }

  // options: {id, title, language, course, tracking: {resume, successStatus, failureStatus}}; tests add
  // the window to search from.
  function scorm12(options) {
    options = options || {};
    const opts = options.tracking || {};
    const success = opts.successStatus === 'completed' ? 'completed' : 'passed';
    const failure = opts.failureStatus === 'incomplete' ? 'incomplete' : 'failed';
    let lms = S.connect(null, FNS);
    let status = '';
    let credit = true;
    let mastery = null;
    let held = null;
    let judged = false;
    let began = 0;

    // Passed is final: nothing replaces it.
    function setStatus(s) {
      if (status === 'passed' || s === status) return;
      status = s;
      lms.insist('cmi.core.lesson_status', s);
    }
    const score = (s) => ['raw', 'min', 'max'].forEach((k) => lms.insist('cmi.core.score.' + k, S.decimal(s[k])));
    // With an LMS mastery score the score waited for this moment: LMSs derive the status from any
    // score they get (Moodle makes a low one "failed" while the course is still under way).
    function judge(s) {
      judged = true;
      if (held) score(held);
      held = null;
      if (credit) setStatus(s);
    }

    return {
      async start() {
        lms = S.connect(await S.find(options.window || globalThis, 'API', 'LMSInitialize'), FNS);
        if (!lms.init()) return { notice: 'no-lms' };
        began = Date.now();
        const get = lms.get;
        const info = { entry: get('cmi.core.entry') === 'resume' ? 'resume' : 'ab-initio',
          mode: S.mode(get('cmi.core.lesson_mode')), credit: get('cmi.core.credit') !== 'no-credit',
          masteryScore: S.fraction(get('cmi.student_data.mastery_score'), 100),
          state: get('cmi.suspend_data') || null, location: get('cmi.core.lesson_location') || null };
        credit = info.credit;
        mastery = info.masteryScore;
        status = get('cmi.core.lesson_status');
        if (info.mode === 'normal' && (!status || status === 'not attempted')) setStatus('incomplete');
        return S.resume(info, opts.resume);
      },
      saveState(state, location) {
        lms.keep('cmi.suspend_data', state, 4096);
        lms.keep('cmi.core.lesson_location', location, 255);
      },
      recordInteraction(it) {
        const type = it.type === 'long-fill-in' ? 'fill-in' : it.type;
        lms.record([['id', S.ident(it.id)], ['type', type], ['time', S.clock(S.date(it.timestamp))],
          ['weighting', S.decimal(Math.min(100, it.weighting || 0))],
          ['student_response', it.response == null ? null : format(type, it.response)],
          ['correct_responses.0.pattern', it.correct == null ? null : format(type, it.correct)],
          ['result', RESULTS[it.result]], ['latency', it.latencyMs >= 0 ? S.timespan(it.latencyMs) : null]]);
      },
      setProgress() {}, // 1.2 has no progress measure
      setScore(s) {
        if (mastery === null || judged) score(s);
        else held = s;
      },
      // A verdict (pass or fail, as mapped) stands; completion does not overwrite it.
      complete() {
        if (!(judged && credit) && status !== 'failed') setStatus('completed');
      },
      pass: () => judge(success),
      fail: () => judge(failure),
      commit: () => lms.commit(),
      // "" (the attempt is over) makes the next launch ab-initio; 1.2 has no "normal".
      exit(suspend) {
        lms.set('cmi.core.exit', suspend ? 'suspend' : '');
        lms.set('cmi.core.session_time', S.timespan(Date.now() - began));
        lms.commit();
        lms.finish();
      },
    };
  }

  (CW.adapters = CW.adapters || {}).scorm12 = scorm12;
  if (typeof module === 'object' && module.exports) module.exports = scorm12;
})(globalThis.Coursewright = globalThis.Coursewright || {});
