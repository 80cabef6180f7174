// A fake xAPI 1.0.3 LRS on 127.0.0.1 for the xAPI / cmi5 end-to-end tests (issue 10): the
// resources a course uses (statements, activity state, agent and activity profiles) plus an
// optional cmi5 fetch URL. It is strict where a real LRS is (Authorization, the version header,
// statement validity through @learninglocker/xapi-validation, statement ids accepted once) and
// records every problem in `violations` instead of throwing, so that a test can assert on them.
// Controls: down()/up() and failNext() make it misbehave the way a real network does, and `log`
// keeps every request so that a test can prove order and "nothing twice".
'use strict';
const crypto = require('crypto');
const http = require('http');
const validate = require('@learninglocker/xapi-validation').default;

const VERSION = '1.0.3';
const CORS = {
  'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through',
  'Access-Control-Max-Age': '600',
};

// JSON with sorted keys: two statements "match" (xAPI 2.2.4.1) when they say the same thing,
// whatever order their keys were written in.
function canonical(value) {
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  if (value && typeof value === 'object') {
    return '{' + Object.keys(value).sort().map((k) => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
  }
  return JSON.stringify(value);
}

// The validator's warnings as one line each: "statement.actor.mbox: TypeWarning".
function describeWarnings(warnings) {
  return warnings.map((w) => `${(w.path || []).join('.')}: ${w.typeName || w.name || w.constructor.name}` +
    (w.message && w.message !== 'Validation Error' ? ` (${w.message})` : ''));
}

function parseJson(text) {
  try {
    return {value: JSON.parse(text)};
  } catch (e) {
    return {error: e.message};
  }
}

// A document's key: resource plus the parameters that identify it (the agent canonicalised so
// that key order in the query does not create a second document).
function docKey(resource, q, idParam) {
  const agent = q.agent ? canonical(JSON.parse(q.agent)) : '';
  return [resource, q.activityId || '', agent, q.registration || '', q[idParam] || ''].join('\n');
}

const DOCS = {
  '/activities/state': {idParam: 'stateId', required: ['activityId', 'agent']},
  '/activities/profile': {idParam: 'profileId', required: ['activityId']},
  '/agents/profile': {idParam: 'profileId', required: ['agent']},
};

class Lrs {
  // opts: {auth: expected Authorization (default a Basic pair), fetch: true for a cmi5 fetch URL
  // whose token then becomes the expected Authorization, readOnlyStates: stateIds the course must
  // never write (cmi5's LMS.LaunchData)}.
  constructor({auth = 'Basic ' + Buffer.from('course:secret').toString('base64'), fetch = false,
    readOnlyStates = ['LMS.LaunchData']} = {}) {
    this.auth = auth;
    this.readOnlyStates = readOnlyStates;
    this.statements = []; // accepted statements, arrival order, as sent (id added when missing)
    this.violations = []; // human-readable problems with what the course sent
    this.log = []; // {method, path, query, status, headers, body, at (ms)} of every request
    this.docs = new Map(); // docKey -> {contentType, body (string)}
    this.duplicates = 0; // identical statements sent again (accepted, not stored twice)
    this.state = 'up'; // 'up' | '503' | 'refuse'
    this.failures = []; // statuses for the next requests, one each
    this.fetchToken = fetch ? crypto.randomBytes(18).toString('base64') : null;
    this.fetchPath = fetch ? '/fetch/' + crypto.randomUUID() : null;
    this.fetchUsed = 0;
    if (fetch) this.auth = 'Basic ' + this.fetchToken;
    this.rejects = []; // {match, status}: statements this LRS refuses whatever their validity
    this.rejected = []; // {id, status} of each statement refused that way, per request
  }

  async start() {
    this.sockets = new Set();
    this.server = http.createServer((req, res) => this.receive(req, res));
    // "Connection refused" cannot be faked on a listening port; dropping every new connection at
    // once gives the browser the same network error.
    this.server.on('connection', (socket) => {
      if (this.state === 'refuse') {
        socket.destroy();
        return;
      }
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${this.server.address().port}`;
    this.endpoint = this.origin + '/xapi/';
    this.fetchUrl = this.fetchPath ? this.origin + this.fetchPath : null;
    return this;
  }

  // ---- controls for tests ----

  // mode '503': every request answered 503; 'refuse': connections dropped (open ones too).
  down(mode = '503') {
    this.state = mode;
    if (mode === 'refuse') for (const s of this.sockets) s.destroy();
  }

  up() {
    this.state = 'up';
  }

  // The next n xAPI requests (not preflights, not the fetch URL) are answered with `status`.
  failNext(n, status = 500) {
    for (let i = 0; i < n; i++) this.failures.push(status);
  }

  // Statements for which match(statement) holds are refused with `status` (a POST batch holding
  // one is refused whole, as xAPI wants), every time they come: a statement the LRS will never
  // take, whatever the course does. Not recorded as a violation (the test chose it).
  reject(match, status = 400) {
    this.rejects.push({match, status});
  }

  // A new cmi5 launch (an LMS makes a fetch URL per launch): a fresh one-time fetch URL whose
  // token becomes the expected Authorization from now on.
  newFetch() {
    this.fetchToken = crypto.randomBytes(18).toString('base64');
    this.fetchPath = '/fetch/' + crypto.randomUUID();
    this.fetchUrl = this.origin + this.fetchPath;
    this.fetchUsed = 0;
    this.auth = 'Basic ' + this.fetchToken;
    return this.fetchUrl;
  }

  // Seeds a document as an LMS would (cmi5's LMS.LaunchData, learner preferences).
  setDocument(resource, query, body) {
    const spec = DOCS[resource];
    this.docs.set(docKey(resource, query, spec.idParam),
      {contentType: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body)});
  }

  getDocument(resource, query) {
    const doc = this.docs.get(docKey(resource, query, DOCS[resource].idParam));
    return doc ? JSON.parse(doc.body) : undefined;
  }

  close() {
    return new Promise((done) => {
      this.server.closeAllConnections?.();
      this.server.close(done);
    });
  }

  // ---- the server ----

  receive(req, res) {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url, 'http://127.0.0.1');
      const entry = {method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams),
        headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status: 0, at: Date.now()};
      this.log.push(entry);
      const send = (status, body = null, headers = {}) => {
        entry.status = status;
        const payload = body === null ? '' : typeof body === 'string' ? body : JSON.stringify(body);
        res.writeHead(status, {...CORS, 'Access-Control-Allow-Origin': req.headers.origin || '*',
          'X-Experience-API-Version': VERSION, 'Cache-Control': 'no-store',
          ...(payload && typeof body !== 'string' ? {'Content-Type': 'application/json'} : {}), ...headers});
        res.end(payload);
      };
      try {
        this.route(req.method, url, entry, send);
      } catch (e) {
        // A bug here must show up in the test, not as a hung request.
        this.violations.push(`LRS internal error on ${req.method} ${url.pathname}: ${e.stack}`);
        send(500, {error: e.message});
      }
    });
  }

  route(method, url, entry, send) {
    if (this.state !== 'up') return send(503, {error: 'LRS down'});
    if (method === 'OPTIONS') return send(204);
    if (this.fetchPath && url.pathname === this.fetchPath) return this.fetch(method, send);
    if (!url.pathname.startsWith('/xapi/')) return send(404, {error: 'not an LRS path'});
    const resource = url.pathname.slice('/xapi'.length).replace(/\/$/, '');
    if (resource === '/about' && method === 'GET') return send(200, {version: [VERSION]}); // no auth (xAPI 7.7)
    if (this.failures.length) return send(this.failures.shift(), {error: 'failure injected by the test'});
    const what = `${method} ${resource}`;
    if (entry.headers.authorization !== this.auth) {
      this.violations.push(`${what}: Authorization ${JSON.stringify(entry.headers.authorization || null)} is not the one given at launch`);
      return send(401, {error: 'unauthorised'});
    }
    const version = entry.headers['x-experience-api-version'];
    if (!version || !/^1\.0(\.\d+)?$/.test(version)) {
      this.violations.push(`${what}: X-Experience-API-Version ${JSON.stringify(version || null)} is not 1.0.x`);
      return send(400, {error: 'X-Experience-API-Version header missing or not 1.0.x'});
    }
    const q = entry.query;
    if (resource === '/statements') return this.statementsResource(method, q, entry.body, send);
    if (DOCS[resource]) return this.documents(method, resource, q, entry, send);
    this.violations.push(`${what}: no such xAPI resource`);
    return send(404, {error: 'no such resource'});
  }

  // cmi5 8.2.3: the token is handed out once; a second POST of the fetch URL gets the
  // "already in use" error (error-code 1) and no token.
  fetch(method, send) {
    if (method !== 'POST') {
      this.violations.push(`fetch URL called with ${method}, cmi5 requires POST`);
      return send(405, {'error-code': '3', 'error-text': 'POST only'});
    }
    if (this.fetchUsed++) {
      this.violations.push(`fetch URL POSTed ${this.fetchUsed} times; cmi5 allows one (keep the token across reloads)`);
      return send(200, {'error-code': '1', 'error-text': 'already in use'});
    }
    return send(200, {'auth-token': this.fetchToken});
  }

  statementsResource(method, q, text, send) {
    if (method === 'GET') {
      if (q.statementId) {
        const found = this.statements.find((s) => s.id === q.statementId);
        return found ? send(200, found) : send(404, {error: 'no such statement'});
      }
      return send(200, {statements: this.statements, more: ''});
    }
    if (method !== 'POST' && method !== 'PUT') return send(405, {error: 'method not allowed'});
    const parsed = parseJson(text);
    if (parsed.error) {
      this.violations.push(`${method} /statements: body is not JSON (${parsed.error})`);
      return send(400, {error: 'body is not JSON'});
    }
    let batch = parsed.value;
    if (method === 'PUT') {
      if (!q.statementId || Array.isArray(batch)) {
        this.violations.push('PUT /statements needs a statementId parameter and a single statement');
        return send(400, {error: 'statementId and one statement required'});
      }
      if (batch.id !== undefined && batch.id !== q.statementId) {
        this.violations.push(`PUT /statements: statementId ${q.statementId} differs from the statement's id ${batch.id}`);
        return send(400, {error: 'statementId does not match id'});
      }
      batch = {...batch, id: q.statementId};
    }
    const list = Array.isArray(batch) ? batch : [batch];
    for (const {match, status} of this.rejects) {
      const bad = list.filter((s) => s && typeof s === 'object' && match(s));
      if (bad.length) {
        for (const s of bad) this.rejected.push({id: s.id, status});
        return send(status, {error: 'statement refused by the test: ' + bad.map((s) => s.id).join(', ')});
      }
    }
    const result = this.accept(list, method);
    if (result.status !== 200) return send(result.status, {error: result.error});
    return method === 'PUT' ? send(204) : send(200, result.ids);
  }

  // All or nothing (xAPI: a batch with one bad statement is rejected whole). Ids fixed by the
  // client are accepted once: identical again -> accepted without a second copy; different -> 409.
  accept(list, method) {
    const problems = [];
    const seen = new Map();
    list.forEach((s, i) => {
      const warnings = s && typeof s === 'object' && !Array.isArray(s) ? validate(s) : [{path: ['statement'], typeName: 'not an object'}];
      for (const w of describeWarnings(warnings)) problems.push(`statement ${i}${s && s.id ? ' ' + s.id : ''}: ${w}`);
      if (s && s.id && seen.has(s.id) && seen.get(s.id) !== canonical(s)) problems.push(`statement ${i}: id ${s.id} twice in one batch`);
      if (s && s.id) seen.set(s.id, canonical(s));
    });
    if (problems.length) {
      for (const p of problems) this.violations.push(`${method} /statements: invalid ${p}`);
      return {status: 400, error: problems.join('; ')};
    }
    const fresh = [];
    for (const s of list) {
      const old = s.id && this.statements.find((x) => x.id === s.id);
      if (old && canonical(old) !== canonical(s)) {
        this.violations.push(`${method} /statements: id ${s.id} re-sent with a different body (409)`);
        return {status: 409, error: `statement ${s.id} exists with another body`};
      }
    }
    const ids = [];
    for (const s of list) {
      if (s.id && (this.statements.some((x) => x.id === s.id) || fresh.some((x) => x.id === s.id))) {
        this.duplicates++;
        ids.push(s.id);
        continue;
      }
      const stored = s.id ? s : {...s, id: crypto.randomUUID()};
      fresh.push(stored);
      ids.push(stored.id);
    }
    this.statements.push(...fresh);
    return {status: 200, ids};
  }

  documents(method, resource, q, entry, send) {
    const {idParam, required} = DOCS[resource];
    const missing = required.filter((p) => !q[p]);
    if (missing.length || (q.agent && parseJson(q.agent).error)) {
      this.violations.push(`${method} ${resource}: parameter(s) ${missing.join(', ') || 'agent (not JSON)'} missing or invalid`);
      return send(400, {error: 'missing or invalid parameters'});
    }
    if (method !== 'GET' && resource === '/activities/state' && this.readOnlyStates.includes(q.stateId)) {
      this.violations.push(`${method} ${resource}: ${q.stateId} is the LMS's and must never be written`);
      return send(403, {error: 'read-only document'});
    }
    const key = docKey(resource, q, idParam);
    const doc = this.docs.get(key);
    if (method === 'GET') {
      if (!q[idParam]) {
        const prefix = docKey(resource, {...q, [idParam]: ''}, idParam);
        return send(200, [...this.docs.keys()].filter((k) => k.startsWith(prefix) && k !== prefix)
          .map((k) => k.slice(prefix.length)));
      }
      return doc ? send(200, doc.body, {'Content-Type': doc.contentType}) : send(404, {error: 'no such document'});
    }
    if (method === 'DELETE') {
      if (q[idParam]) this.docs.delete(key);
      else for (const k of [...this.docs.keys()]) if (k.startsWith(key)) this.docs.delete(k);
      return send(204);
    }
    if (!q[idParam]) {
      this.violations.push(`${method} ${resource}: ${idParam} missing`);
      return send(400, {error: `${idParam} required`});
    }
    const contentType = entry.headers['content-type'] || 'application/octet-stream';
    if (method === 'PUT') {
      this.docs.set(key, {contentType, body: entry.body});
      return send(204);
    }
    if (method === 'POST') return this.merge(resource, key, doc, contentType, entry.body, send);
    return send(405, {error: 'method not allowed'});
  }

  // xAPI 2.3 (documents): POST merges JSON objects key by key; anything else is a 400.
  merge(resource, key, doc, contentType, text, send) {
    const incoming = parseJson(text);
    const json = (v) => v && typeof v === 'object' && !Array.isArray(v);
    if (!/json/.test(contentType) || incoming.error || !json(incoming.value)) {
      this.violations.push(`POST ${resource}: only JSON objects can be merged`);
      return send(400, {error: 'POST needs a JSON object'});
    }
    const old = doc ? parseJson(doc.body) : {value: {}};
    if (old.error || !json(old.value)) return send(400, {error: 'stored document is not a JSON object'});
    this.docs.set(key, {contentType: 'application/json', body: JSON.stringify({...old.value, ...incoming.value})});
    return send(204);
  }
}

// Starts an LRS; see the Lrs constructor for opts.
async function startLrs(opts) {
  return new Lrs(opts).start();
}

module.exports = {startLrs, Lrs, canonical, VERSION};
