// What the SCORM 1.2 and 2004 adapters share (docs/player.md, SCORM adapters): finding the LMS's
// API object, calling it so that a misbehaving LMS never stops the course, and the values both
// versions write (decimals, text and 2004 durations come from cmi-formats.js, which xAPI uses too).
(function (CW) {
  'use strict';

  const F = CW.cmiFormats || require('./cmi-formats.js');
  const resume = (CW.tracking || require('./tracking.js')).resume;

  // Tests shorten these: polls for an API that appears late, and the pause between retries of a
  // failed commit.
  const timing = { poll: 100, polls: 15, retry: 4000 };
  const warn = (...args) => console.warn('Coursewright SCORM:', ...args);
  // A cross-origin frame throws SecurityError on any property read.
  function prop(o, key) {
    try {
      return o ? o[key] : null;
    } catch (e) {
      return null;
    }
  }

  // ADL's walk up the parents, given up after 500 steps. Another library's `API` global is not
  // the LMS: the object must have the version's Initialize.
  function scan(win, name, init) {
    for (let n = 0; win && n <= 500; n++) {
      const api = prop(win, name);
      if (api && typeof prop(api, init) === 'function') return api;
      const up = prop(win, 'parent');
      if (up === win) break;
      win = up;
    }
    return null;
  }
  // Our frames, then the window that opened us (a popup, or a frame in one); the LMS frame may
  // set its API a moment after our page loads.
  async function find(win, name, init) {
    for (let i = 0; ; i++) {
      for (const w of [win, prop(win, 'opener'), prop(prop(win, 'top'), 'opener')]) {
        const api = scan(w, name, init);
        if (api) return api;
      }
      if (i >= timing.polls) return null;
      await new Promise((done) => setTimeout(done, timing.poll));
    }
  }

  // One session with the API. fns: the version's names of [Initialize, Terminate, GetValue,
  // SetValue, Commit, GetLastError, GetErrorString]. Without an API, or once finished, nothing is
  // called and every call answers as failed.
  function connect(api, fns) {
    const [INIT, FINISH, GET, SET, COMMIT, ERROR, TEXT] = fns;
    let done = !api;
    let timer;
    let count = 0;
    const sent = {};

    // Strings in and out. "false" or a throw is logged with the LMS's error code; the course goes on.
    function call(fn, ...args) {
      if (done) return null;
      let r;
      try {
        r = api[fn](...args);
        if (r !== false && r !== 'false') return r === undefined || r === null ? '' : String(r);
      } catch (e) {
        r = e;
      }
      let code = '';
      let text = '';
      try {
        code = String(api[ERROR]());
        text = String(api[TEXT](code));
      } catch (e) {
        // the error itself is unknown: log what we have
      }
      warn(`${fn}(${args.length ? args[0] : ''}) failed: error ${code} ${text}`, r === false || r === 'false' ? '' : r);
      return null;
    }
    const set = (key, value) => value !== null && value !== undefined && call(SET, key, String(value)) !== null;

    // A value the LMS must end up with (a status, a score): one it refused goes again before every
    // commit and at exit until it is taken, since the course reports it only once.
    const pending = new Map();
    function insist(key, value) {
      pending.delete(key);
      if (!set(key, value) && value !== null && value !== undefined && !done) pending.set(key, String(value));
    }
    function flush() {
      for (const [key, value] of [...pending]) if (set(key, value)) pending.delete(key);
    }

    // A commit that fails is tried again until one succeeds or the session ends (a retry due
    // after finish calls nothing and stops).
    function commit() {
      clearTimeout(timer);
      flush();
      if (call(COMMIT, '') === null && !done) timer = setTimeout(commit, timing.retry);
    }

    return {
      init() {
        if (call(INIT, '') === null) done = true;
        return !done;
      },
      get: (key) => call(GET, key) || '',
      set,
      insist,
      flush,
      // Sends a value once it changed; one the LMS refused goes again with the next save; one over
      // the limit is never sent cut (a cut state cannot be decoded): the last one that fitted stays.
      keep(key, value, max) {
        value = String(value);
        if (value === sent[key]) return;
        if (value.length > max) return warn(`${key} not sent: ${value.length} characters, the limit is ${max}`);
        if (set(key, value)) sent[key] = value;
      },
      // Writes one interaction at _count (a count of our own when the LMS gives none): id first,
      // then type, then the rest, as 2004 requires (error 408). fields: [[name, value]], null skipped.
      record(fields) {
        const lms = parseInt(call(GET, 'cmi.interactions._count'), 10);
        const n = lms >= 0 ? lms : count;
        if (!set(`cmi.interactions.${n}.id`, fields[0][1])) return;
        count = n + 1;
        for (const [name, value] of fields.slice(1)) set(`cmi.interactions.${n}.${name}`, value || null);
      },
      commit,
      finish() {
        call(FINISH, '');
        done = true;
      },
    };
  }

  const mode = (m) => (m === 'review' || m === 'browse' ? m : 'normal');
  // An LMS's 0..1 figure (1.2 mastery_score: 0..100, per = 100); null when it gives none.
  function fraction(text, per) {
    const n = parseFloat(text) / (per || 1);
    return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : null;
  }

  const pad = (n, width) => String(n).padStart(width || 2, '0');
  const centis = (ms) => Math.round(Math.max(0, +ms || 0) / 10);
  // 1.2 CMITimespan HHHH:MM:SS.SS (at most 9999 hours).
  function timespan(ms) {
    const cs = Math.min(centis(ms), 3599999999);
    return `${pad(Math.floor(cs / 360000), 4)}:${pad(Math.floor(cs / 6000) % 60)}:${pad(Math.floor(cs / 100) % 60)}.${pad(cs % 100)}`;
  }
  // Local time, as LMSs show it: 1.2 CMITime HH:MM:SS, 2004 YYYY-MM-DDThh:mm:ss.
  const clock = (d) => `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  const stamp = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${clock(d)}`;
  const date = (t) => new Date(+t || Date.now());

  // A node id (a UUID) as both versions' identifier: [A-Za-z0-9._-], at most 255, stable.
  const ident = (id) => String(id).replace(/[^\w.-]/g, '_').slice(0, 255) || 'item';

  CW.scormApi = { timing, find, connect, resume, mode, fraction, timespan, duration: F.duration, clock, stamp, date,
    decimal: F.decimal, text: F.text, ident };
  if (typeof module === 'object' && module.exports) module.exports = CW.scormApi;
})(globalThis.Coursewright = globalThis.Coursewright || {});
