// The tracking interface (docs/player.md): wraps one adapter (standalone, SCORM, xAPI, cmi5) with
// the rules every standard shares, so adapters stay thin and a broken LMS never stops the course.
(function (CW) {
  'use strict';

  const FRESH = { entry: 'ab-initio', mode: 'normal', credit: true, masteryScore: null, state: null, location: null };
  const warn = (e) => console.warn('Coursewright tracking:', e);

  // win: the window whose events end the session (a fake window in tests).
  function create(adapter, win) {
    win = win || globalThis;
    let mode = 'normal';
    let exited = false;
    let completed = false;
    let passed = false;
    let failed = false;
    let progress = -1;

    // Sync throws and async rejections alike are logged and forgotten.
    function call(name, ...args) {
      if (exited || !adapter || typeof adapter[name] !== 'function') return;
      try {
        const r = adapter[name](...args);
        if (r && typeof r.catch === 'function') r.catch(warn);
      } catch (e) {
        warn(e);
      }
    }
    // Review and browse show the course; only normal mode records anything.
    const report = (name, ...args) => mode === 'normal' && call(name, ...args);

    const tracker = {
      async start() {
        let info = null;
        try {
          info = await adapter.start();
        } catch (e) {
          warn(e);
        }
        info = Object.assign({}, FRESH, info);
        mode = info.mode;
        return info;
      },
      // An item the shell shows ({id, title, kind}): xAPI's "experienced"; SCORM has no word for it.
      visit: (item) => report('visit', item),
      saveState: (state, location) => report('saveState', state, location),
      recordInteraction: (interaction) => report('recordInteraction', interaction),
      setProgress(measure) {
        if (measure > progress) report('setProgress', (progress = measure));
      },
      setScore: (score) => report('setScore', score),
      // Statuses only move forward: complete stays, passed stays, fail after pass is ignored.
      complete() {
        if (mode !== 'normal' || completed) return;
        completed = true;
        call('complete');
      },
      pass() {
        if (mode !== 'normal' || passed) return;
        passed = true;
        call('pass');
      },
      fail() {
        if (mode !== 'normal' || passed || failed) return;
        failed = true;
        call('fail');
      },
      commit: () => call('commit'),
      exit(suspend) {
        call('exit', !!suspend); // ignored once exited, like every call
        exited = true;
      },
      get finished() {
        return completed;
      },
      get mode() {
        return mode;
      },
    };

    const doc = win.document;
    if (doc && doc.addEventListener) {
      doc.addEventListener('visibilitychange', () => doc.visibilityState === 'hidden' && tracker.commit());
    }
    // Leaving an unfinished course keeps the attempt open for resume.
    if (win.addEventListener) win.addEventListener('pagehide', () => tracker.exit(!completed));
    return tracker;
  }

  // The start info the export's resume option asks for (every adapter that can resume): "never"
  // starts afresh, "ask" lets the shell ask the learner first.
  function resume(info, policy) {
    if (policy === 'never') return Object.assign(info, { entry: 'ab-initio', state: null, location: null });
    if (policy === 'ask' && info.state && info.mode === 'normal') info.askResume = true;
    return info;
  }

  CW.tracking = { create, resume };
  if (typeof module === 'object' && module.exports) module.exports = CW.tracking;
})(globalThis.Coursewright = globalThis.Coursewright || {});
