// SCORM 2004 adapter (docs/player.md, The tracking interface): completion_status and
// success_status apart, scaled scores, progress_measure, the 2004 data formats. Without an LMS the
// course plays untracked.
(function (CW) {
  'use strict';

  const S = CW.scormApi || require('./scorm-api.js');
  const F = CW.cmiFormats || require('./cmi-formats.js');
  const FNS = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString'];
  const RESULTS = ['correct', 'incorrect', 'neutral'];
  const format = F.format; // the 2004 response syntax, SCORM2004 limits

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
          ['description', F.words(it.description || '', 250)]]);
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
