// A fake LMS for the SCORM adapter tests: an API object that logs every call and keeps a data model,
// and stand-in windows to hang it on (frames, an opener, a cross-origin frame). Not a test file itself.
'use strict';

const NAMES = {
  '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString',
    'LMSGetDiagnostic'],
  2004: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
};

// data: the model the LMS starts with. options:
//   fail: calls that return "false" with error 351 ("SetValue cmi.suspend_data" names one key;
//         a number after "*" limits how often: "LMSCommit*1" fails once);
//   throws: the same, but the call throws;
//   noCount: cmi.interactions._count answers "" instead of a number.
function fakeApi(version, data, options) {
  const [INIT, FINISH, GET, SET, COMMIT, ERROR, TEXT, DIAG] = NAMES[version];
  const opts = options || {};
  const model = Object.assign({}, data);
  const calls = [];
  const problems = []; // what a strict LMS would refuse: calls after finish, non-strings, control characters
  const budget = {};
  let error = '0';
  let finished = false;

  const matches = (list, fn, key) => (list || []).find((rule) => {
    const [name, times] = rule.split('*');
    if (name !== fn && name !== fn + ' ' + key) return false;
    if (times === undefined) return true;
    budget[rule] = (budget[rule] || 0) + 1;
    return budget[rule] <= +times;
  });
  function call(fn, args, body) {
    calls.push([fn, ...args]);
    if (finished) problems.push('after finish: ' + fn);
    for (const a of args) {
      if (typeof a !== 'string') problems.push(`not a string: ${fn} ${a}`);
      else if (/[\u0000-\u001f\u007f]/.test(a)) problems.push(`control character: ${fn} ${JSON.stringify(a)}`);
    }
    if (matches(opts.throws, fn, args[0])) throw new Error('LMS exploded');
    if (matches(opts.fail, fn, args[0])) {
      error = '351';
      return 'false';
    }
    error = '0';
    return body();
  }
  const count = () => new Set(Object.keys(model).map((k) => /^cmi\.interactions\.(\d+)\./.exec(k)).filter(Boolean)
    .map((m) => m[1])).size;

  const api = {
    calls,
    problems,
    model,
    [INIT]: (...a) => call(INIT, a, () => 'true'),
    [FINISH]: (...a) => call(FINISH, a, () => {
      finished = true;
      return 'true';
    }),
    [GET]: (...a) => call(GET, a, () => {
      if (a[0] === 'cmi.interactions._count') return opts.noCount ? '' : String(count());
      return a[0] in model ? model[a[0]] : '';
    }),
    [SET]: (...a) => call(SET, a, () => {
      model[a[0]] = a[1];
      return 'true';
    }),
    [COMMIT]: (...a) => call(COMMIT, a, () => 'true'),
    // Error queries are not logged: they are the adapter asking why, not telling the LMS anything.
    [ERROR]: () => error,
    [TEXT]: (code) => (code === '351' ? 'General Set Failure' : 'No error'),
    [DIAG]: () => '',
  };
  return api;
}

// The SetValue calls as [key, value] (1.2 and 2004 alike); the names of every call.
const sets = (api) => api.calls.filter((c) => /SetValue$/.test(c[0])).map((c) => [c[1], c[2]]);
const names = (api) => api.calls.map((c) => c[0]);

// A window; its parent is itself when it is the top.
function win(parent, props) {
  const w = Object.assign({}, props);
  w.parent = parent || w;
  w.top = parent ? parent.top : w;
  return w;
}
// A window of another origin: any property read throws, as browsers do.
const foreign = () => new Proxy({}, { get() { throw new DOMException('Blocked a frame', 'SecurityError'); } });

// Captures console.warn while fn runs.
async function warnings(fn) {
  const seen = [];
  const original = console.warn;
  console.warn = (...args) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

module.exports = { fakeApi, sets, names, win, foreign, warnings };
