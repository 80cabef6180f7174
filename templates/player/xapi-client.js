// What the xAPI and cmi5 adapters share (docs/player.md, xAPI and cmi5 adapters): the launch
// parameters, requests to the LRS, the statement queue that never loses a statement, and the State
// API documents. Nothing here throws at the course: a misbehaving LRS is logged and waited out.
(function (CW) {
  'use strict';

  // Tests shorten these: the first pause before a failed send is tried again (doubled each time up
  // to `most`), how long start waits for the LRS, the pause that gathers state saves into one
  // write, and how long an Exit waits for the last statements before going to the returnURL.
  const timing = { retry: 1000, most: 60000, start: 8000, save: 1500, exit: 3000 };
  const VERSION = '1.0.3';
  // keepalive requests may carry 64 KiB in all; a batch stays well below.
  const BATCH_BYTES = 30000;
  const BATCH_COUNT = 50;
  const warn = (...args) => console.warn('Coursewright xAPI:', ...args);

  // The browser by default; tests pass {fetch, storage, window, location}.
  function environment(env) {
    env = env || {};
    let storage = env.storage;
    if (storage === undefined) {
      try {
        storage = globalThis.localStorage; // reading it throws in some privacy modes
      } catch (e) {
        storage = null;
      }
    }
    const win = env.window || globalThis;
    return { fetch: env.fetch || (globalThis.fetch && globalThis.fetch.bind(globalThis)), storage, window: win,
      location: env.location || win.location || { search: '' } };
  }

  // localStorage as JSON. A key storage is missing for or refuses (quota, privacy mode) lives in
  // memory from then on, shared by every adapter in this page: nothing kept is lost for this visit.
  const memory = new Map();
  function store(env) {
    return {
      get(key) {
        if (memory.has(key)) return memory.get(key);
        try {
          return JSON.parse(env.storage.getItem(key)) || null;
        } catch (e) {
          return null;
        }
      },
      set(key, value) {
        try {
          if (value === null) env.storage.removeItem(key);
          else env.storage.setItem(key, JSON.stringify(value));
          memory.delete(key);
        } catch (e) {
          memory.set(key, value);
        }
      },
    };
  }

  // UUID v4 from the platform's random source: statement ids must not collide across learners.
  function uuid() {
    const b = new Uint8Array(16);
    globalThis.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  // The launch actor. Old launchers send every property as an array ({"name": ["A"], "mbox":
  // ["mailto:a@b"], "account": [{"accountServiceHomePage": ..., "accountName": ...}]}); they become
  // a 1.0 Agent. null when there is no usable actor.
  function actor(text) {
    let a;
    try {
      a = JSON.parse(text);
    } catch (e) {
      return null;
    }
    if (!a || typeof a !== 'object' || Array.isArray(a)) return null;
    const first = (v) => (Array.isArray(v) ? v[0] : v);
    if (!Object.values(a).some(Array.isArray)) return a;
    const out = { objectType: 'Agent' };
    for (const k of ['name', 'mbox', 'mbox_sha1sum', 'openid']) if (first(a[k])) out[k] = first(a[k]);
    const acc = first(a.account);
    if (acc) out.account = { homePage: acc.homePage || acc.accountServiceHomePage, name: acc.name || acc.accountName };
    return out;
  }

  // The query string as an object ("?a=1&b=2" -> {a: '1', b: '2'}).
  function params(search) {
    const out = {};
    for (const [k, v] of new URLSearchParams(search || '')) out[k] = v;
    return out;
  }

  // One LRS: endpoint ending in "/", Authorization sent verbatim, `extra` launch parameters echoed
  // on every call. request() answers {status, body} or {status: 0} for a network error.
  function lrs(endpoint, auth, extra, env) {
    endpoint = endpoint.replace(/\/?$/, '/');
    async function request(method, resource, query, body, opts) {
      opts = opts || {};
      const q = new URLSearchParams(Object.assign({}, query, extra)).toString();
      const headers = { 'X-Experience-API-Version': VERSION };
      const authorization = opts.auth !== undefined ? opts.auth : auth;
      if (authorization) headers.Authorization = authorization;
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      try {
        const r = await env.fetch(endpoint + resource + (q ? '?' + q : ''), { method, headers,
          body: body === undefined ? undefined : JSON.stringify(body), keepalive: !!opts.keepalive,
          // A read must reach the LRS, not a cache. Only reads: Chromium skips its CORS preflight
          // cache for a no-store request, which would double every write to an LRS elsewhere.
          cache: method === 'GET' ? 'no-store' : 'default',
          signal: opts.signal });
        const text = await r.text().catch(() => '');
        let json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (e) {
          // not JSON: keep the text for the log
        }
        return { status: r.status, body: json, text };
      } catch (e) {
        return { status: 0, error: e };
      }
    }
    return { endpoint, auth, request };
  }

  // A request that must not hold the course up for long (start with a slow LRS): {status: 0} after
  // timing.start.
  function limited(run) {
    const abort = typeof AbortController === 'function' ? new AbortController() : null;
    let timer;
    return Promise.race([run(abort && abort.signal),
      new Promise((done) => (timer = setTimeout(() => {
        if (abort) abort.abort();
        done({ status: 0, error: 'timed out' });
      }, timing.start)))]).finally(() => clearTimeout(timer));
  }

  // Retried: the LRS is unreachable or overloaded, or refuses these credentials for now.
  const transient = (s) => s === 0 || s >= 500 || s === 401 || s === 403 || s === 429 || s === 408;
  const ok = (s) => s >= 200 && s < 300;

  // The statement queue of one endpoint (localStorage "coursewright:xapi-queue:<endpoint>"): every
  // statement is written there before any send and removed only once the LRS answered 2xx. Sent
  // in order, one request at a time; a statement keeps the Authorization it was made with (a closed
  // tab's statements go with that launch's credentials), and takes today's if those are refused.
  function queue(client, env, window) {
    const key = 'coursewright:xapi-queue:' + client.endpoint;
    const s = store(env);
    const flying = new Set(); // in a request under way
    const parting = new Set(); // sent by final()
    let running = null;
    let again = false;
    let timer = null;
    let delay = 0;
    let single = 0; // after a batch answered 400: how many to send one at a time
    const read = () => s.get(key) || [];
    const drop = (ids) => s.set(key, read().filter((e) => !ids.includes(e.id)));

    // Queued first, then sent (with what is ahead of it); `hold`: only queued (final() sends it).
    function push(statement, hold) {
      const list = read();
      list.push({ id: statement.id, auth: client.auth, statement });
      s.set(key, list);
      return hold ? Promise.resolve(false) : flush();
    }

    // The head of the queue that can go in one request: same credentials, under the size limits,
    // none of `skip`.
    function batch(list, limit, skip) {
      const out = [];
      let bytes = 2;
      for (const e of list) {
        if (skip.has(e.id)) continue;
        const size = JSON.stringify(e.statement).length + 1;
        if (out.length && (e.auth !== out[0].auth || bytes + size > BATCH_BYTES || out.length >= limit)) break;
        out.push(e);
        bytes += size;
      }
      return out;
    }

    // true: the queue is empty; false: waiting for a retry.
    async function drain() {
      for (;;) {
        const list = read();
        const out = batch(list, single ? 1 : BATCH_COUNT, { has: (id) => flying.has(id) || parting.has(id) });
        if (!out.length) return true;
        out.forEach((e) => flying.add(e.id));
        const r = await client.request('POST', 'statements', {}, out.map((e) => e.statement), { auth: out[0].auth });
        out.forEach((e) => flying.delete(e.id));
        if (ok(r.status)) {
          drop(out.map((e) => e.id));
          delay = 0;
          if (single) single--;
        } else if ((r.status === 401 || r.status === 403) && out[0].auth !== client.auth) {
          // Old credentials (a previous launch's): today's may be accepted.
          const ids = out.map((e) => e.id);
          s.set(key, read().map((e) => (ids.includes(e.id) ? Object.assign(e, { auth: client.auth }) : e)));
        } else if (transient(r.status)) {
          warn(`the LRS answered ${r.status || 'nothing (' + r.error + ')'}; ${list.length} statement(s) kept to send later`);
          retry();
          return false;
        } else if (out.length > 1) {
          // The LRS refuses a batch whole: one at a time finds the statement it cannot take.
          single = out.length;
        } else {
          warn(`statement ${out[0].id} refused (${r.status}) and dropped:`, r.text, out[0].statement);
          drop([out[0].id]);
          if (single) single--;
        }
      }
    }

    function retry() {
      clearTimeout(timer);
      delay = Math.min(timing.most, delay ? delay * 2 : timing.retry);
      timer = setTimeout(flush, delay);
    }

    // One flush at a time; asked during one, it runs once more when that one ends.
    function flush() {
      if (running) {
        again = true;
        return running;
      }
      clearTimeout(timer);
      running = (async () => {
        let done;
        do {
          again = false;
          done = await drain();
        } while (again && done);
        return done;
      })().finally(() => (running = null));
      return running;
    }

    // The page is going away, and with it any request under way: the head of the queue (those under
    // way included: an LRS takes a statement id again as a no-op) goes in one keepalive request,
    // which outlives the page. Whatever does not arrive stays for the next launch.
    function final() {
      const out = batch(read(), BATCH_COUNT, parting);
      if (!out.length) return;
      out.forEach((e) => parting.add(e.id));
      client.request('POST', 'statements', {}, out.map((e) => e.statement), { auth: out[0].auth, keepalive: true })
        .then((r) => ok(r.status) && drop(out.map((e) => e.id)));
    }

    if (window && window.addEventListener) window.addEventListener('online', () => flush());
    return { key, push, flush, final, get length() { return read().length; } };
  }

  // The State API documents of one activity, agent and registration, mirrored in localStorage
  // ("coursewright:xapi-state:<endpoint> <activity> <registration>"): saves wait a moment
  // (timing.save) so that a burst of changes is one write; one the LRS did not take stays marked
  // and is written by the next save, commit or launch; and a launch the LRS does not answer
  // resumes from the mirror.
  function documents(client, scope, env) {
    const key = `coursewright:xapi-state:${client.endpoint} ${scope.activityId} ${scope.registration || ''}`;
    const s = store(env);
    const agent = JSON.stringify(scope.agent);
    const query = (stateId) => Object.assign({ activityId: scope.activityId, agent },
      scope.registration ? { registration: scope.registration } : {}, { stateId });
    const read = () => {
      const m = s.get(key);
      return m && m.agent === agent ? m : { agent, docs: {}, dirty: [] };
    };
    let timer = null;

    // A document as text, null when there is none; undefined when the LRS could not be asked.
    async function get(stateId) {
      const r = await limited((signal) => client.request('GET', 'activities/state', query(stateId), undefined, { signal }));
      if (ok(r.status)) return typeof r.body === 'string' ? r.body : r.text;
      if (r.status === 404) return null;
      warn(`reading state ${stateId}: the LRS answered ${r.status || 'nothing (' + r.error + ')'}`);
      return undefined;
    }
    // What the LRS says, unless this browser holds a newer copy it never got.
    async function load(stateId) {
      const m = read();
      const lrs = await get(stateId);
      if (m.dirty.includes(stateId) || lrs === undefined) return stateId in m.docs ? m.docs[stateId] : lrs === undefined ? null : lrs;
      return lrs;
    }
    function put(docs) {
      const m = read();
      for (const [id, text] of Object.entries(docs)) {
        if (m.docs[id] === text && !m.dirty.includes(id)) continue;
        m.docs[id] = text;
        if (!m.dirty.includes(id)) m.dirty.push(id);
      }
      s.set(key, m);
      clearTimeout(timer);
      if (m.dirty.length) timer = setTimeout(write, timing.save);
    }
    // Documents go as JSON strings, all at once: at pagehide only requests started now get out.
    // Kept on failure, retried by the next save, commit or launch.
    async function write(keepalive) {
      clearTimeout(timer);
      await Promise.all(read().dirty.map(async (stateId) => {
        const text = read().docs[stateId];
        const r = await client.request('PUT', 'activities/state', query(stateId), text, { keepalive });
        if (!ok(r.status)) return warn(`saving state ${stateId}: the LRS answered ${r.status || 'nothing (' + r.error + ')'}; kept to send again`);
        const m = read();
        if (m.docs[stateId] === text) m.dirty = m.dirty.filter((id) => id !== stateId);
        s.set(key, m);
      }));
    }
    return { get, load, put, write };
  }

  // An agent profile document as JSON; null when missing or unreadable (a 404 is no problem).
  async function profile(client, agent, profileId) {
    const r = await limited((signal) => client.request('GET', 'agents/profile',
      { agent: JSON.stringify(agent), profileId }, undefined, { signal }));
    if (ok(r.status) && r.body && typeof r.body === 'object') return r.body;
    if (r.status !== 404) warn(`reading ${profileId}: the LRS answered ${r.status || 'nothing (' + r.error + ')'}`);
    return null;
  }

  CW.xapiClient = { timing, VERSION, environment, store, uuid, actor, params, lrs, limited, queue, documents, profile };
  if (typeof module === 'object' && module.exports) module.exports = CW.xapiClient;
})(globalThis.Coursewright = globalThis.Coursewright || {});
