// The test LMS (lms.html; driven by tests/e2e/lib/lms.js): scorm-again's runtime as the API of
// SCORM 1.2 (window.API) or 2004 (window.API_1484_11), seeded with what the LMS kept from earlier
// sessions. Every call the SCO makes is logged in order (name, arguments, return value, error
// code); faults make chosen calls fail the way an LMS does ("false" and an error code); the data
// is taken at each successful commit and at finish (scorm-again's finish listener).
(function () {
  'use strict';

  const NAMES = {
    '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError',
      'LMSGetErrorString', 'LMSGetDiagnostic'],
    '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString',
      'GetDiagnostic'],
  };
  // One name per call for both versions.
  const KIND = { LMSInitialize: 'Initialize', LMSFinish: 'Finish', Terminate: 'Finish', LMSGetValue: 'GetValue',
    LMSSetValue: 'SetValue', LMSCommit: 'Commit', LMSGetLastError: 'GetLastError', LMSGetErrorString: 'GetErrorString',
    LMSGetDiagnostic: 'GetDiagnostic' };
  const ERROR_QUERIES = ['GetLastError', 'GetErrorString', 'GetDiagnostic'];

  // {cmi: {core: {lesson_status: 'passed'}}} -> {'cmi.core.lesson_status': 'passed'}
  function flatten(value, prefix, out) {
    if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) flatten(value[key], prefix ? prefix + '.' + key : key, out);
    } else if (value !== undefined && value !== null) {
      out[prefix] = String(value);
    }
    return out;
  }

  const LMS = (window.LMS = { log: [], commits: [], finish: null, finished: false, started: 0 });

  // cfg: {version: '1.2' | '2004', href, via: 'iframe' | 'popup', seed: {flattened cmi},
  //       faults: [{fn: 'SetValue' | 'GetValue' | 'Commit' | ..., element: RegExp source,
  //                 value: RegExp source, times: n (-1: always), code: '405'}],
  //       apiDelayMs: the API appears only this long after the SCO was opened}
  LMS.start = function (cfg) {
    const version = cfg.version;
    const Api = version === '1.2' ? window.Scorm12API : window.Scorm2004API;
    // logLevel 5: scorm-again says nothing; every call and its error code is in LMS.log.
    const api = new Api(Object.assign({ logLevel: 5, autocommit: false }, cfg.settings || {}));
    if (cfg.seed && Object.keys(cfg.seed).length) api.loadFromFlattenedJSON(cfg.seed);
    const faults = (cfg.faults || []).map((f) => Object.assign({ used: 0, times: 1 }, f));
    let injected = null;
    const t0 = (LMS.started = Date.now());
    const snapshot = () => flatten(JSON.parse(JSON.stringify(api.renderCommitCMI(true))), '', {});

    for (const fn of NAMES[version]) {
      const own = api[fn].bind(api);
      const kind = KIND[fn] || fn;
      api[fn] = function (...args) {
        const entry = { n: LMS.log.length, fn, kind, args: args.map((a) => (a === undefined ? null : a)),
          t: Date.now() - t0, afterFinish: LMS.finished };
        LMS.log.push(entry);
        let ret;
        if (injected && kind === 'GetLastError') ret = injected;
        else if (injected && kind === 'GetErrorString') ret = 'Refused by the test LMS';
        else if (injected && kind === 'GetDiagnostic') ret = 'fault injected by tests/e2e/lms/lms.js';
        else {
          if (!ERROR_QUERIES.includes(kind)) injected = null;
          const fault = !ERROR_QUERIES.includes(kind) && faults.find((f) => f.fn === kind &&
            (f.times < 0 || f.used < f.times) &&
            (!f.element || new RegExp(f.element).test(String(args[0]))) &&
            (!f.value || new RegExp(f.value).test(String(args[1]))));
          if (fault) {
            fault.used++;
            injected = String(fault.code);
            entry.injected = true;
            ret = kind === 'GetValue' ? '' : 'false';
          } else {
            ret = own(...args);
          }
        }
        entry.ret = ret;
        entry.error = injected || String(api.lastErrorCode);
        if (kind === 'Commit' && ret === 'true') LMS.commits.push({ n: entry.n, data: snapshot() });
        return ret;
      };
    }
    // The data as the LMS has it when the SCO finishes (read after, api.cmi may have moved on).
    api.on(version === '1.2' ? 'LMSFinish' : 'Terminate', () => {
      LMS.finish = snapshot();
      LMS.finished = true;
    });
    LMS.api = api;
    const expose = () => (window[version === '1.2' ? 'API' : 'API_1484_11'] = api);
    if (!(cfg.apiDelayMs > 0)) expose();

    if (cfg.via === 'popup') {
      LMS.window = window.open(cfg.href, 'cw-sco', 'popup,width=1280,height=900');
    } else {
      const frame = document.createElement('iframe');
      frame.id = 'sco';
      frame.title = 'Course';
      frame.width = '1280';
      frame.height = '900';
      frame.src = cfg.href;
      document.getElementById('stage').append(frame);
    }
    if (cfg.apiDelayMs > 0) setTimeout(expose, cfg.apiDelayMs);
  };

  // What a learner does to leave: the LMS navigates its frame away, or the popup is closed.
  LMS.close = function () {
    if (LMS.window) LMS.window.close();
    else document.getElementById('sco').src = 'about:blank';
  };
})();
