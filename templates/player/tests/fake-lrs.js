// A fake LRS for the xAPI and cmi5 adapter tests, reached through a fake fetch: statements (ids
// taken once, as an LRS does), State API and agent profile documents, a cmi5 fetch URL, outages
// and injected statuses; plus the browser parts the adapters use (localStorage, window events,
// location). Not a test file itself.
'use strict';

const ENDPOINT = 'https://lrs.example.com/xapi/';
const FETCH = 'https://lms.example.com/fetch/abc';

function response(status, body) {
  const text = body === undefined || body === null ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return { status, ok: status >= 200 && status < 300, text: async () => text, json: async () => JSON.parse(text) };
}

// opts: {auth: the Authorization it accepts, token: the cmi5 token the fetch URL hands out}.
function fakeLrs(opts) {
  opts = opts || {};
  const lrs = {
    statements: [], // accepted, in arrival order
    log: [], // {method, url, path, query, headers, body, keepalive, cache}
    docs: new Map(), // "resource stateId/profileId" -> body text
    down: 0, // answer every request with this status (0: a network error) while set to a number
    isDown: false,
    failures: [], // statuses (or 'network') for the next statement POSTs
    fetchCalls: 0, // POSTs to fetch URLs
    fetchUsed: new Set(), // fetch URLs that handed out their token
    token: opts.token || 'dG9rZW4=',
    auth: opts.auth || 'Basic Y291cnNlOnNlY3JldA==',
    rejectIds: new Set(), // statements answered 400 (a batch holding one: 400 for the whole batch)
  };
  if (opts.token) lrs.auth = 'Basic ' + opts.token;
  lrs.fetch = async (url, init) => {
    init = init || {};
    const u = new URL(url);
    const entry = { method: init.method || 'GET', url, path: u.pathname, query: Object.fromEntries(u.searchParams),
      headers: init.headers || {}, body: init.body, keepalive: !!init.keepalive, cache: init.cache || 'default' };
    lrs.log.push(entry);
    if (url.startsWith(FETCH)) {
      if (entry.method !== 'POST') return response(405, {});
      lrs.fetchCalls++;
      if (lrs.fetchUsed.has(url)) return response(200, { 'error-code': '1', 'error-text': 'already in use' });
      lrs.fetchUsed.add(url);
      return response(200, opts.fetchAnswer || { 'auth-token': lrs.token });
    }
    if (lrs.isDown) {
      if (lrs.down === 0) throw new TypeError('Failed to fetch');
      return response(lrs.down, { error: 'down' });
    }
    const resource = u.pathname.slice(new URL(ENDPOINT).pathname.length);
    if (resource === 'statements' && entry.method === 'POST' && lrs.failures.length) {
      const f = lrs.failures.shift();
      if (f === 'network') throw new TypeError('Failed to fetch');
      return response(f, { error: 'injected' });
    }
    if (entry.headers.Authorization !== lrs.auth) return response(401, { error: 'unauthorised' });
    if (resource === 'statements') {
      const list = JSON.parse(init.body);
      if (list.some((s) => lrs.rejectIds.has(s.id))) return response(400, { error: 'invalid statement' });
      for (const s of list) if (!lrs.statements.some((x) => x.id === s.id)) lrs.statements.push(s);
      return response(200, list.map((s) => s.id));
    }
    const id = entry.query.stateId || entry.query.profileId;
    const key = `${resource} ${entry.query.activityId || ''} ${entry.query.registration || ''} ${id}`;
    if (entry.method === 'GET') return lrs.docs.has(key) ? response(200, lrs.docs.get(key)) : response(404, { error: 'none' });
    if (entry.method === 'PUT') {
      lrs.docs.set(key, init.body);
      return response(204);
    }
    return response(405, {});
  };
  // A document as the LRS holds it (parsed JSON), or undefined.
  lrs.doc = (resource, activityId, registration, id) => {
    const text = lrs.docs.get(`${resource} ${activityId || ''} ${registration || ''} ${id}`);
    return text === undefined ? undefined : JSON.parse(text);
  };
  lrs.setDoc = (resource, activityId, registration, id, value) =>
    lrs.docs.set(`${resource} ${activityId || ''} ${registration || ''} ${id}`, JSON.stringify(value));
  lrs.requests = (method, resource) => lrs.log.filter((e) => e.method === method && e.path.endsWith('/' + resource));
  lrs.verbs = () => lrs.statements.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
  return lrs;
}

function fakeStorage() {
  const m = new Map();
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k),
    keys: () => [...m.keys()], map: m };
}

function fakeWindow() {
  const listeners = {};
  return {
    addEventListener: (name, fn) => (listeners[name] = listeners[name] || []).push(fn),
    dispatch: (name) => (listeners[name] || []).forEach((fn) => fn({ type: name })),
  };
}

function fakeLocation(params) {
  const q = Object.entries(params).filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`);
  return { search: '?' + q.join('&'), assigned: [], assign(url) {
    this.assigned.push(url);
  } };
}

// Waits until fn() is true (polled), failing after ms.
async function until(fn, ms = 2000) {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error('timed out waiting for ' + fn);
    await new Promise((r) => setTimeout(r, 2));
  }
}

// console.warn texts while fn runs (awaited).
async function warnings(fn) {
  const seen = [];
  const old = console.warn;
  console.warn = (...args) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = old;
  }
  return seen;
}

module.exports = { ENDPOINT, FETCH, fakeLrs, fakeStorage, fakeWindow, fakeLocation, until, warnings };
