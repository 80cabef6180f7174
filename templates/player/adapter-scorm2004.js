// SCORM 2004 adapter (docs/player.md, The tracking interface): completion_status and
// success_status apart, scaled scores, progress_measure, the 2004 data formats. Without an LMS the
// course plays untracked.
(function (CW) {
  'use strict';

  const S = CW.scormApi || require('./scorm-api.js');
  const FNS = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString'];
  const RESULTS = ['correct', 'incorrect', 'neutral'];
  // Choices (c), matching sources (s) and targets (t) are named by their authoring number: short,
  // stable, URI-safe. 2004 allows 36 of them in one response.
  const ids = (list, name) => (list.length <= 36 ? list.map(name).join('[,]') : '');
  const choice = (i) => 'c' + (i + 1);
  // A leading "{" would read as a {lang=...} delimiter. (A correct pattern is trimmed instead:
  // LMSs refuse spaces at its ends.)
  const words = (s, max) => S.text(String(s).replace(/^\{/, ' {'), max);
  function range(v) {
    const [min, max] = [S.decimal(v.min), S.decimal(v.max)];
    return min && max ? min + '[:]' + max : '';
  }

  // A response or correct answer in 2004 syntax.
  function format(type, v) {
    switch (type) {
      case 'true-false': return String(!!v);
      case 'choice': case 'sequencing': return ids(v, choice);
      case 'likert': return choice(v);
      case 'matching': return ids(v, ([s, t]) => `s${s + 1}[.]t${t + 1}`);
      case 'numeric': return typeof v === 'object' ? range(v) : S.decimal(v);
      case 'long-fill-in': return words(v, 4000);
    }
    // fill-in answers are split at "[,]", by some LMSs (scorm-again) at a bare "," too: a comma
    // goes as U+201A, which looks the same.
    return words(String(v).replace(/,/g, '\u201a'), 250);
  }

  // options: {id, title, language, course, tracking: {resume}}; tests add the window to search from.
  function scorm2004(options) {
    options = options || {};
    const opts = options.tracking || {};
    let lms = S.connect(null, FNS);
    let success = '';
    let credit = true;
    let mastery = null;
    let held = null;
    let judged = false;
    let completed = false;
    let began = 0;

    const score = (s) => ['scaled', 'raw', 'min', 'max'].forEach((k) => lms.insist('cmi.score.' + k, S.decimal(s[k])));
    // With a passing score from the LMS the score waited for this moment: the LMS derives
    // success_status from any scaled score it gets.
    function judge(s) {
      judged = true;
      if (held) score(held);
      held = null;
      if (!credit || success === 'passed') return;
      success = s;
      lms.insist('cmi.success_status', s);
    }

    return {
      async start() {
        lms = S.connect(await S.find(options.window || globalThis, 'API_1484_11', 'Initialize'), FNS);
        if (!lms.init()) return { notice: 'no-lms' };
        began = Date.now();
        const get = lms.get;
        const info = { entry: get('cmi.entry') === 'resume' ? 'resume' : 'ab-initio', mode: S.mode(get('cmi.mode')),
          credit: get('cmi.credit') !== 'no-credit', masteryScore: S.fraction(get('cmi.scaled_passing_score')),
          completionThreshold: S.fraction(get('cmi.completion_threshold')), launchData: get('cmi.launch_data') || null,
          state: get('cmi.suspend_data') || null, location: get('cmi.location') || null };
        credit = info.credit;
        mastery = info.masteryScore;
        success = get('cmi.success_status');
        const completion = get('cmi.completion_status');
        if (info.mode === 'normal' && (!completion || completion === 'unknown' || completion === 'not attempted')) {
          lms.set('cmi.completion_status', 'incomplete');
        }
        return S.resume(info, opts.resume);
      },
      saveState(state, location) {
        lms.keep('cmi.suspend_data', state, 64000);
        lms.keep('cmi.location', location, 1000);
      },
      recordInteraction(it) {
        lms.record([['id', S.ident(it.id)], ['type', it.type], ['timestamp', S.stamp(S.date(it.timestamp))],
          ['weighting', S.decimal(it.weighting || 0)],
          ['learner_response', it.response == null ? null : format(it.type, it.response)],
          ['correct_responses.0.pattern', it.correct == null ? null : (format(it.type, it.correct) || '').trim()],
          ['result', RESULTS.includes(it.result) ? it.result : null],
          ['latency', it.latencyMs >= 0 ? S.duration(it.latencyMs) : null],
          ['description', words(it.description || '', 250)]]);
      },
      setProgress(measure) {
        if (!completed) lms.set('cmi.progress_measure', S.decimal(measure));
      },
      setScore(s) {
        if (mastery === null || judged) score(s);
        else held = s;
      },
      // Under a completion_threshold the LMS judges completion by progress_measure: a complete
      // course measures 1 from now on.
      complete() {
        completed = true;
        lms.insist('cmi.progress_measure', '1');
        lms.insist('cmi.completion_status', 'completed');
      },
      pass: () => judge('passed'),
      fail: () => judge('failed'),
      commit: () => lms.commit(),
      // No Commit before Terminate: Terminate commits, and some LMSs refuse a Commit during unload.
      exit(suspend) {
        lms.flush();
        lms.set('cmi.exit', suspend ? 'suspend' : 'normal');
        lms.set('cmi.session_time', S.duration(Date.now() - began));
        lms.finish();
      },
    };
  }

  (CW.adapters = CW.adapters || {}).scorm2004 = scorm2004;
  if (typeof module === 'object' && module.exports) module.exports = scorm2004;
})(globalThis.Coursewright = globalThis.Coursewright || {});
