// cmi5 adapter (docs/player.md, xAPI and cmi5 adapters): an assignable unit launched by an LMS.
// The fetch URL's token is asked for once and kept; LMS.LaunchData (read, never written) gives the
// context template, launch mode, mastery score and returnURL; the learner preferences pick the
// language. A session runs from initialized to terminated within one page: the cmi5-defined
// statements obey the specification's order and "once" rules across reloads, and a reload after
// terminated shows the course in review mode, since nothing may follow terminated.
(function (CW) {
  'use strict';

  const C = CW.xapiClient || require('./xapi-client.js');
  const X = CW.xapiStatements || require('./xapi-statements.js');
  const F = CW.cmiFormats || require('./cmi-formats.js');
  const resume = (CW.tracking || require('./tracking.js')).resume;
  const warn = (...args) => console.warn('Coursewright cmi5:', ...args);
  const CMI5 = 'https://w3id.org/xapi/cmi5/context/';
  const CATEGORY = { cmi5: CMI5 + 'categories/cmi5', moveon: CMI5 + 'categories/moveon' };
  const MASTERY = CMI5 + 'extensions/masteryscore';
  const MODES = { Normal: 'normal', Browse: 'browse', Review: 'review' };
  const category = (...names) => names.map((n) => ({ objectType: 'Activity', id: CATEGORY[n] }));

  // The token of a fetch URL, asked for once ever: a second POST would get "already in use". null
  // when there is none (the LMS's error is logged).
  async function token(env, fetchUrl, sessionStore, sessionKey) {
    const kept = sessionStore.get(sessionKey);
    if (kept && kept.token) return kept.token;
    let answer = null;
    try {
      const r = await env.fetch(fetchUrl, { method: 'POST', cache: 'no-store' });
      answer = await r.json();
    } catch (e) {
      warn('the fetch URL did not answer, so no statement can be sent:', e);
      return null;
    }
    if (!answer || typeof answer['auth-token'] !== 'string') {
      warn(`the fetch URL answered error ${answer && answer['error-code']} (${answer && answer['error-text']}):` +
        ' no token, so no statement can be sent. Launch the course again from the learning platform.');
      return null;
    }
    sessionStore.set(sessionKey, Object.assign(kept || {}, { token: answer['auth-token'] }));
    return answer['auth-token'];
  }

  // options: {id, title, language, course, tracking: {resume, activityId, activityBase}}; tests add
  // env: {fetch, storage, window, location}.
  function cmi5(options) {
    options = options || {};
    const opts = options.tracking || {};
    const env = C.environment(options.env);
    const launch = C.params(env.location.search);
    const s = C.store(env);
    // This launch's session (its fetch URL is one-time: a new launch brings a new one): the token,
    // the defined verbs sent, when it began, whether it ended. Per registration and AU, what may be
    // said once ever: completed, passed.
    const sessionKey = 'coursewright:cmi5-session:' + launch.fetch;
    const onceKey = `coursewright:cmi5-once:${launch.registration} ${launch.activityId}`;
    const session = () => s.get(sessionKey) || {};
    const mark = (key, verb) => s.set(key, Object.assign(s.get(key) || {}, { [verb]: true }));
    let queue = null;
    let docs = null;
    let make = null;
    let mode = 'normal';
    let mastery = null;
    let returnURL = null;
    let score = null;
    let began = 0;
    let leaving = false;
    if (env.window.addEventListener) env.window.addEventListener('pagehide', () => (leaving = true));

    const au = () => ({ id: launch.activityId });
    const duration = () => F.duration(Date.now() - began);
    // A cmi5-defined statement, at most once per session (and the caller's rules on top).
    function defined(verb, result, extra, hold) {
      if (!queue || session()[verb] || session().terminated) return false;
      mark(sessionKey, verb);
      queue.push(make.make(verb, au(), result, extra), hold);
      return true;
    }
    // Completed, passed, failed: only in Normal mode, with the moveon category and the duration.
    function judged(verb, result) {
      if (mode !== 'normal') return false;
      const extra = { contextActivities: { category: category('cmi5', 'moveon') } };
      if (verb !== 'completed' && mastery !== null) extra.extensions = { [MASTERY]: mastery };
      return defined(verb, Object.assign(result, { duration: duration() }), extra);
    }
    // A verdict agrees with the LMS's masteryScore, or it is not sent (cmi5 9.3.4, 9.3.5).
    function verdict(verb) {
      const once = s.get(onceKey) || {};
      const sc = X.score(score);
      if (once.passed || (verb === 'passed' ? session().failed : session().passed)) return;
      // No score, no assessment: the shell calls a course without a graded quiz passed once it is
      // complete, but a passed from it would satisfy an LMS's moveOn Passed with nothing assessed.
      if (!sc) return;
      if (mastery !== null && sc && sc.scaled !== undefined && (sc.scaled >= mastery) !== (verb === 'passed')) {
        return warn(`${verb} not sent: the score ${sc.scaled} contradicts the masteryScore ${mastery}`);
      }
      const result = { success: verb === 'passed' };
      if (sc) result.score = sc;
      if (judged(verb, result) && verb === 'passed') mark(onceKey, 'passed');
    }

    return {
      async start() {
        const actor = C.actor(launch.actor);
        if (!launch.endpoint || !launch.fetch || !actor || !launch.registration || !launch.activityId) {
          warn('the launch URL lacks endpoint, fetch, actor, registration or activityId: progress is not recorded');
          return { notice: 'no-lms' };
        }
        const auth = await token(env, launch.fetch, s, sessionKey);
        if (!auth) return { notice: 'no-lms' };
        const client = C.lrs(launch.endpoint, 'Basic ' + auth, {}, env);
        // Statements an earlier launch left go first, with the token they were made with.
        queue = C.queue(client, env, env.window);
        queue.flush();
        const scope = { activityId: launch.activityId, agent: actor, registration: launch.registration };
        docs = C.documents(client, scope, env);
        const [data, prefs, state, location] = await Promise.all([docs.get('LMS.LaunchData'),
          C.profile(client, actor, 'cmi5LearnerPreferences'), docs.load('learner-state'), docs.load('bookmark')]);
        docs.write();
        let launchData = null;
        try {
          launchData = data ? JSON.parse(data) : null;
        } catch (e) {
          // reported below
        }
        // Kept with the session: a reload while the LRS is away still has it.
        if (launchData && typeof launchData === 'object') s.set(sessionKey, Object.assign(session(), { launchData }));
        else launchData = session().launchData;
        if (!launchData || typeof launchData !== 'object') {
          warn('LMS.LaunchData is missing or unreadable: Normal mode, no context template (the LMS may refuse the statements)');
          launchData = {};
        }
        mode = MODES[launchData.launchMode] || 'normal';
        const m = parseFloat(launchData.masteryScore);
        mastery = Number.isFinite(m) && m >= 0 && m <= 1 ? m : null;
        returnURL = typeof launchData.returnURL === 'string' && launchData.returnURL ? launchData.returnURL : null;
        const template = Object.assign({}, launchData.contextTemplate, { registration: launch.registration });
        make = X.maker({ actor, lang: options.language, base: String(opts.activityBase || launch.activityId).replace(/\/+$/, ''),
          parent: launch.activityId, context: (st, extra) => X.context(template, extra) });
        const info = resume({ entry: state ? 'resume' : 'ab-initio', mode, credit: mode === 'normal', masteryScore: mastery,
          state: state || null, location: location || null, returnURL }, opts.resume);
        if (prefs && typeof prefs.languagePreference === 'string') info.language = prefs.languagePreference;
        if (session().terminated) {
          // cmi5 forbids statements after terminated: this page shows the course and sends nothing new.
          queue = null;
          return Object.assign(info, { mode: 'review', notice: 'ended', askResume: undefined });
        }
        began = session().began || Date.now();
        s.set(sessionKey, Object.assign(session(), { began }));
        defined('initialized', null, { contextActivities: { category: category('cmi5') } });
        if (env.window.addEventListener) {
          env.window.addEventListener('pagehide', () => {
            if (queue) queue.final();
            docs.write(true);
          });
        }
        return Object.assign(info, { exit: true });
      },
      visit: (item) => queue && !session().terminated && queue.push(make.experienced(item)),
      saveState: (state, location) => docs && docs.put({ 'learner-state': state, bookmark: location }),
      recordInteraction: (it) => queue && !session().terminated && queue.push(make.interaction(it)),
      setProgress() {},
      setScore: (sc) => (score = sc),
      complete() {
        if ((s.get(onceKey) || {}).completed) return;
        if (judged('completed', { completion: true })) mark(onceKey, 'completed');
      },
      pass: () => verdict('passed'),
      fail: () => verdict('failed'),
      commit() {
        if (!queue) return;
        docs.write();
        queue.flush();
      },
      // Terminated ends the session (whether or not the course is complete: cmi5 has no suspend;
      // the State API keeps the learner state for the next launch), then the LMS gets the learner
      // back at its returnURL.
      async exit() {
        if (!queue || session().terminated) return;
        s.set(sessionKey, Object.assign(session(), { terminated: true }));
        queue.push(make.make('terminated', au(), { duration: duration() },
          { contextActivities: { category: category('cmi5') } }), leaving);
        if (leaving) {
          docs.write(true);
          return queue.final();
        }
        let timer;
        // Navigating away would cut the requests under way short.
        await Promise.race([Promise.all([queue.flush(), docs.write()]),
          new Promise((done) => (timer = setTimeout(done, C.timing.exit)))]);
        clearTimeout(timer);
        if (returnURL) env.location.assign(returnURL);
      },
    };
  }

  (CW.adapters = CW.adapters || {}).cmi5 = cmi5;
  if (typeof module === 'object' && module.exports) module.exports = cmi5;
})(globalThis.Coursewright = globalThis.Coursewright || {});
