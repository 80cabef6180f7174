// xAPI (Tin Can) adapter (docs/player.md, xAPI and cmi5 adapters): launched with the LRS in the
// query string, it reports initialized or resumed, experienced, answered, completed, passed or
// failed, then suspended or terminated, and keeps the learner state in the State API. Without an
// endpoint or an actor the course plays untracked.
(function (CW) {
  'use strict';

  const C = CW.xapiClient || require('./xapi-client.js');
  const X = CW.xapiStatements || require('./xapi-statements.js');
  const F = CW.cmiFormats || require('./cmi-formats.js');
  const resume = (CW.tracking || require('./tracking.js')).resume;
  const warn = (...args) => console.warn('Coursewright xAPI:', ...args);
  // The launch parameters of the TinCan launch guidelines; the LRS gets any other one back.
  const KNOWN = ['endpoint', 'auth', 'actor', 'registration', 'activity_id'];

  // options: {id, title, language, course, tracking: {resume, activityId, activityBase}}; tests add
  // env: {fetch, storage, window, location}.
  function xapi(options) {
    options = options || {};
    const opts = options.tracking || {};
    const env = C.environment(options.env);
    const launch = C.params(env.location.search);
    let queue = null;
    let docs = null;
    let make = null;
    let course = null;
    let score = null;
    let began = 0;
    let leaving = false;
    // Added before the tracker's own listener: an exit during pagehide must use keepalive requests.
    if (env.window.addEventListener) env.window.addEventListener('pagehide', () => (leaving = true));

    const push = (s) => queue && queue.push(s);
    const session = () => F.duration(Date.now() - began);
    // Only with a score: the shell calls a course without a graded quiz passed once it is complete,
    // which an LRS would read as an assessment passed.
    const verdict = (name, success) => queue && X.score(score) &&
      push(make.make(name, course, { success, score: X.score(score), duration: session() }));

    return {
      async start() {
        const actor = C.actor(launch.actor);
        const activityId = launch.activity_id || opts.activityId;
        if (!launch.endpoint || !actor || !activityId) {
          warn('the launch URL names no LRS (endpoint), learner (actor) or activity: progress is not recorded');
          return { notice: 'no-lms' };
        }
        const extra = {};
        for (const [k, v] of Object.entries(launch)) if (!KNOWN.includes(k)) extra[k] = v;
        const client = C.lrs(launch.endpoint, launch.auth || '', extra, env);
        const registration = launch.registration || undefined;
        // Statements an earlier launch left go first.
        queue = C.queue(client, env, env.window);
        queue.flush();
        docs = C.documents(client, { activityId, agent: actor, registration }, env);
        const [state, location] = await Promise.all([docs.load('learner-state'), docs.load('bookmark')]);
        docs.write();
        const base = String(opts.activityBase || activityId).replace(/\/+$/, '');
        make = X.maker({ actor, lang: options.language, base, parent: activityId,
          context: (s, extra) => X.context(registration ? { registration } : {}, extra) });
        course = { id: activityId, definition: { name: { [options.language || 'und']: options.title || '' },
          type: X.type('course') } };
        began = Date.now();
        const info = resume({ entry: state ? 'resume' : 'ab-initio', mode: 'normal', credit: true, masteryScore: null,
          state: state || null, location: location || null, exit: true }, opts.resume);
        push(make.make(info.entry === 'resume' ? 'resumed' : 'initialized', course));
        if (env.window.addEventListener) {
          env.window.addEventListener('pagehide', () => {
            queue.final();
            docs.write(true);
          });
        }
        return info;
      },
      visit: (item) => queue && push(make.experienced(item)),
      saveState: (state, location) => docs && docs.put({ 'learner-state': state, bookmark: location }),
      recordInteraction: (it) => queue && push(make.interaction(it)),
      setProgress() {}, // completion says enough; a progressed statement per page would double the traffic
      setScore: (s) => (score = s),
      complete: () => queue && push(make.make('completed', course, { completion: true, duration: session() })),
      pass: () => verdict('passed', true),
      fail: () => verdict('failed', false),
      commit() {
        if (!queue) return;
        docs.write();
        queue.flush();
      },
      // suspended keeps the attempt open (the State API has the learner state); terminated ends it.
      exit(suspend) {
        if (!queue) return;
        queue.push(make.make(suspend ? 'suspended' : 'terminated', course, { duration: session() }), leaving);
        docs.write(leaving);
        if (leaving) queue.final();
      },
    };
  }

  (CW.adapters = CW.adapters || {}).xapi = xapi;
  if (typeof module === 'object' && module.exports) module.exports = xapi;
})(globalThis.Coursewright = globalThis.Coursewright || {});
