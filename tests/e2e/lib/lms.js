// A test LMS around scorm-again (an independent LMS-side SCORM 1.2 / 2004 runtime, npm), for the
// SCORM end-to-end tests (scorm12/scorm2004/scorm-errors.test.js). One 127.0.0.1 origin serves
// the LMS page (tests/e2e/lms/), scorm-again's build and the packages (API discovery needs one
// origin). Each launch opens a fresh LMS page in a fresh browser context that seeds the API with
// what the LMS kept, opens the SCO in an iframe or a popup, and logs every API call.
//
// scorm-again is lenient on purpose (it normalises 1.2 exit "normal" and result "incorrect",
// keeps an over-long 1.2 suspend_data, ...): violations() adds the checks /work/shared/
// STANDARDS.md asks for on top of what it rejects.
'use strict';
const {execFileSync} = require('child_process');
const fs = require('fs');
const http = require('http');
const path = require('path');
const {TYPES} = require('./server');
const {SCRATCH} = require('./package');

const HERE = path.resolve(__dirname, '..');
const SCORM_AGAIN = path.join(HERE, 'node_modules/scorm-again/dist');

// ---------------------------------------------------------------------------------------------
// The server: /lms/ (the LMS page), /lms/scorm-again/ (its runtime), /pkg/<n>/ (each package).

function site() {
  const mounts = [['/lms/scorm-again/', SCORM_AGAIN], ['/lms/', path.join(HERE, 'lms')]];
  const missing = [];
  const served = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const rel = decodeURIComponent(url.pathname);
    const mount = mounts.find(([prefix]) => rel.startsWith(prefix));
    const file = mount && path.join(mount[1], rel.slice(mount[0].length) || 'index.html');
    if (!file || !file.startsWith(path.resolve(mount[1]) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      if (!rel.endsWith('/favicon.ico')) missing.push(rel);
      res.writeHead(404, {'Content-Type': 'text/plain'});
      res.end('not found');
      return;
    }
    served.push(rel);
    res.writeHead(200, {'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'Cache-Control': 'no-store', 'Content-Length': fs.statSync(file).size});
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({origin, missing, served,
        mount(prefix, dir) {
          mounts.unshift([prefix, dir]);
          return origin + prefix;
        },
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(done);
        })});
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Packages: the manifest says what to launch.

const unxml = (s) => String(s).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&amp;/g, '&');
const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unxml(m[1]) : null;
};

// {version: '1.2' | '2004', schemaversion, identifier, items: [{identifier, title, href,
// mastery (1.2: 0..100; 2004: 0..1; null), scormType}] in the default organization's order,
// files: every <file href>}.
function readManifest(dir) {
  const xml = fs.readFileSync(path.join(dir, 'imsmanifest.xml'), 'utf8');
  const schemaversion = (/<schemaversion>([^<]*)<\/schemaversion>/.exec(xml) || [])[1];
  const version = /^2004/.test(schemaversion) ? '2004' : '1.2';
  const resources = {};
  for (const m of xml.matchAll(/<resource\b([^>]*)>/g)) {
    resources[attr(m[1], 'identifier')] = {href: attr(m[1], 'href'),
      scormType: attr(m[1], 'adlcp:scormtype') || attr(m[1], 'adlcp:scormType')};
  }
  const def = attr(/<organizations\b[^>]*>/.exec(xml)[0], 'default');
  const org = new RegExp(`<organization\\b[^>]*identifier="${def}"[^>]*>([\\s\\S]*?)</organization>`).exec(xml);
  if (!org) throw new Error(`imsmanifest.xml: the default organization ${def} is missing`);
  const items = [];
  for (const m of org[1].matchAll(/<item\b([^>]*)>([\s\S]*?)<\/item>/g)) {
    const ref = attr(m[1], 'identifierref');
    if (!ref) continue;
    const res = resources[ref];
    if (!res) throw new Error(`imsmanifest.xml: item ${attr(m[1], 'identifier')} refers to no resource (${ref})`);
    let mastery = null;
    if (version === '1.2') {
      const ms = /<adlcp:masteryscore>([^<]*)<\/adlcp:masteryscore>/.exec(m[2]);
      if (ms) mastery = Number(ms[1]);
    } else {
      const po = /<imsss:primaryObjective\b([^>]*)>([\s\S]*?)<\/imsss:primaryObjective>/.exec(m[2]);
      const mm = po && /<imsss:minNormalizedMeasure>([^<]*)</.exec(po[2]);
      if (po && attr(po[1], 'satisfiedByMeasure') === 'true' && mm) mastery = Number(mm[1]);
    }
    items.push({identifier: attr(m[1], 'identifier'), title: unxml((/<title>([^<]*)<\/title>/.exec(m[2]) || [])[1] || ''),
      href: res.href, scormType: res.scormType, mastery});
  }
  const files = [...xml.matchAll(/<file\b([^>]*)\/?>/g)].map((m) => attr(m[1], 'href'));
  return {version, schemaversion, identifier: attr(/<manifest\b[^>]*>/.exec(xml)[0], 'identifier'), items, files};
}

// Extracts a zip (package-per-module) into dir, with the system's unzip.
function unzip(zip, dir) {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// What the LMS gives the SCO.

// A first launch: the learner, normal mode, credit, and the mastery score the manifest item
// carries (an LMS reads adlcp:masteryscore / the primary objective's minNormalizedMeasure).
function firstSeed(version, item, extra = {}) {
  const mastery = item && item.mastery !== null && item.mastery !== undefined ? item.mastery : null;
  const seed = version === '1.2'
    ? {'cmi.core.student_id': 'learner-7', 'cmi.core.student_name': 'Tester, Tess', 'cmi.core.entry': 'ab-initio',
      'cmi.core.lesson_mode': 'normal', 'cmi.core.credit': 'credit'}
    : {'cmi.learner_id': 'learner-7', 'cmi.learner_name': 'Tess Tester', 'cmi.entry': 'ab-initio', 'cmi.mode': 'normal',
      'cmi.credit': 'credit'};
  if (mastery !== null) seed[version === '1.2' ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score'] = String(mastery);
  return Object.assign(seed, extra);
}

// The next launch of the same learner, from the data the LMS had at finish: after exit
// "suspend" the attempt goes on (entry resume, everything kept: location, suspend_data, status,
// score, interactions, total time); otherwise a new attempt starts afresh.
function keptSeed(version, seed, finish) {
  const out = {};
  const identity = version === '1.2'
    ? /^cmi\.(core\.(student_id|student_name|lesson_mode|credit)|student_data\.mastery_score)$/
    : /^cmi\.(learner_id|learner_name|mode|credit|scaled_passing_score|completion_threshold)$/;
  for (const [k, v] of Object.entries(seed)) if (identity.test(k)) out[k] = v;
  const exit = finish[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit'];
  if (exit !== 'suspend') {
    out[version === '1.2' ? 'cmi.core.entry' : 'cmi.entry'] = 'ab-initio';
    return out;
  }
  const keep = version === '1.2'
    ? /^cmi\.(core\.(lesson_location|lesson_status|score\.(raw|min|max)|total_time)|suspend_data|interactions\.\d+\..+)$/
    : /^cmi\.(location|completion_status|success_status|progress_measure|score\.(scaled|raw|min|max)|total_time|suspend_data|interactions\.\d+\..+)$/;
  for (const [k, v] of Object.entries(finish)) {
    if (keep.test(k) && v !== '' && !/\._(count|children)$/.test(k)) out[k] = v;
  }
  out[version === '1.2' ? 'cmi.core.entry' : 'cmi.entry'] = 'resume';
  return out;
}

// ---------------------------------------------------------------------------------------------
// The LMS.

class Lms {
  static async open(browser) {
    fs.rmSync(path.join(SCRATCH, 'lms-sessions'), {recursive: true, force: true}); // logs of an earlier run
    const lms = new Lms();
    lms.browser = browser;
    lms.site = await site();
    lms.count = 0;
    return lms;
  }

  // Serves a package folder; returns its base URL (ends in /).
  mount(dir) {
    return this.site.mount(`/pkg/${++this.count}/`, dir);
  }

  // Opens a new LMS page and launches the SCO at `href` (absolute URL). opts: {version, via:
  // 'iframe' | 'popup', seed, faults, apiDelayMs, settings}. Resolves once the player shows its
  // first item (pass ready: false for a SCO that waits on the learner, e.g. "resume?").
  async launch(href, opts) {
    const run = new Launch(this, href, opts);
    await run.start();
    return run;
  }

  async close() {
    await this.site.close();
  }
}

let sessions = 0;

class Launch {
  // base, files: the package's URL and the files its manifest lists (what the SCO loads must be
  // among them).
  constructor(lms, href, {version, via = 'iframe', seed = {}, faults = [], apiDelayMs = 0, settings = {}, ready = true,
    base = null, files = null}) {
    Object.assign(this, {lms, href, version, via, seed, faults, apiDelayMs, settings, waitReady: ready, base, files});
    this.console = []; // {type, text, url} from the SCO (and the LMS page)
    this.errors = []; // uncaught exceptions, console errors, failed requests
  }

  watch(page) {
    page.on('console', (m) => {
      this.console.push({type: m.type(), text: m.text(), url: m.location().url});
      // The browser asks a top-level page (a popup) for /favicon.ico by itself.
      if (m.type() === 'error' && !/favicon\.ico/.test(m.location().url)) this.errors.push(`console error: ${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => this.errors.push(`uncaught: ${e.stack || e.message}`));
    // ERR_ABORTED: a load cut short because the learner moved on (or the SCO was closed).
    page.on('requestfailed', (r) => {
      const why = r.failure()?.errorText;
      if (!r.url().startsWith('data:') && why !== 'net::ERR_ABORTED') this.errors.push(`request failed: ${r.url()} ${why}`);
    });
  }

  async start() {
    this.missingFrom = this.lms.site.missing.length; // 404s before this launch are not ours
    this.servedFrom = this.lms.site.served.length;
    this.context = await this.lms.browser.newContext({viewport: {width: 1400, height: 1000}, reducedMotion: 'reduce'});
    this.page = await this.context.newPage();
    this.page.setDefaultTimeout(20000);
    this.watch(this.page);
    await this.page.goto(this.lms.site.origin + '/lms/lms.html');
    const cfg = {version: this.version, href: this.href, via: this.via, seed: this.seed, faults: this.faults,
      apiDelayMs: this.apiDelayMs, settings: this.settings};
    this.launchedAt = Date.now();
    if (this.via === 'popup') {
      const [popup] = await Promise.all([this.page.waitForEvent('popup'), this.page.evaluate((c) => window.LMS.start(c), cfg)]);
      popup.setDefaultTimeout(20000);
      this.watch(popup);
      this.popup = popup;
      this.sco = popup;
    } else {
      await this.page.evaluate((c) => window.LMS.start(c), cfg);
      this.sco = await (await this.page.waitForSelector('#sco')).contentFrame();
    }
    if (this.waitReady) await this.ready();
  }

  async ready() {
    await this.sco.locator('main#cw-main h1').first().waitFor({state: 'visible', timeout: 30000});
    await this.sco.waitForFunction(() => document.querySelector('#cw-nav li'), null, {timeout: 20000});
  }

  // The LMS's log so far (the SCO may still be running).
  log() {
    return this.page.evaluate(() => window.LMS.log);
  }

  // The learner leaves: the LMS unloads the SCO (frame navigated away, popup closed) and waits
  // for LMSFinish / Terminate. Returns result().
  async close() {
    const closed = this.popup ? this.popup.waitForEvent('close') : null;
    await this.page.evaluate(() => window.LMS.close());
    if (closed) await closed;
    try {
      await this.page.waitForFunction(() => window.LMS.finished, null, {timeout: 20000});
    } catch (e) {
      throw new Error(`the SCO did not finish after it was closed; the LMS log ends with:\n${
        (await this.log()).slice(-8).map(show).join('\n')}`);
    }
    // The SCO's document is gone now: any call after finish was made during its unload, and is
    // in the log (violations() reports it).
    return this.result();
  }

  async result() {
    const r = await this.page.evaluate(() => ({log: window.LMS.log, finish: window.LMS.finish, commits: window.LMS.commits,
      started: window.LMS.started}));
    this.closedAt = Date.now();
    Object.assign(r, {version: this.version, href: this.href, via: this.via, seed: this.seed, faults: this.faults,
      console: this.console.slice(), errors: this.errors.slice(), missing: this.lms.site.missing.slice(this.missingFrom),
      launchedAt: this.launchedAt, closedAt: this.closedAt});
    if (this.base && this.files) {
      const prefix = new URL(this.base).pathname;
      r.unlisted = [...new Set(this.lms.site.served.slice(this.servedFrom).filter((p) => p.startsWith(prefix))
        .map((p) => p.slice(prefix.length)).filter((p) => !this.files.includes(p)))];
    }
    // For humans: every session's log and data, in the scratch folder.
    const dir = path.join(SCRATCH, 'lms-sessions');
    fs.mkdirSync(dir, {recursive: true});
    fs.writeFileSync(path.join(dir, `${process.pid}-${++sessions}.json`), JSON.stringify(r, null, 1));
    this.last = r;
    return r;
  }

  async dispose() {
    await this.context?.close().catch(() => {});
  }
}

const show = (c) => `#${c.n} ${c.fn}(${c.args.map((a) => JSON.stringify(a).slice(0, 80)).join(', ')}) -> ${JSON.stringify(c.ret).slice(0, 80)}` +
  (c.error && c.error !== '0' ? ` [error ${c.error}${c.injected ? ', injected' : ''}]` : '');

// ---------------------------------------------------------------------------------------------
// Reading the result.

// The interactions in the finish data, by index: {id, type, response, pattern, result, ...}.
function interactions(result) {
  const f = result.finish || {};
  const out = [];
  for (const [k, v] of Object.entries(f)) {
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(k);
    if (!m) continue;
    const it = (out[+m[1]] = out[+m[1]] || {});
    it[m[2]] = v;
  }
  return out.map((it) => it && Object.assign(it, {
    response: result.version === '1.2' ? it.student_response : it.learner_response,
    pattern: it['correct_responses.0.pattern'],
  }));
}

// The values the SCO set for an element, in order (the log's SetValue calls).
const sets = (result, element) => result.log.filter((c) => c.kind === 'SetValue' && c.args[0] === element).map((c) => c.args[1]);
const gets = (result, element) => result.log.filter((c) => c.kind === 'GetValue' && c.args[0] === element);

// ---------------------------------------------------------------------------------------------
// Data formats (SCORM 1.2 RTE 3.4; SCORM 2004 4th ed. RTE 4.1), written from the specifications,
// not from the adapters.

const TYPES12 = ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'];
const TYPES2004 = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert',
  'numeric', 'other'];
const DECIMAL = /^-?\d+(\.\d+)?$/;
const TIMESPAN12 = /^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
const TIME12 = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
// ISO 8601 duration as 2004 takes it: no W, at least one part, T only before a time part, at
// most two decimals on seconds.
const DURATION = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
const STAMP = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,2})?)?)?(Z|[+-]\d{2}(:\d{2})?)?)?)?)?$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const ID12 = /^[A-Za-z0-9._-]{1,255}$/;
// A 2004 long identifier: a URI-safe string without spaces, at most 4000 characters.
const ID2004 = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]{1,4000}$/;
const SHORT_ID = /^[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]{1,250}$/; // no brackets: they delimit

function seconds12(s) {
  const m = TIMESPAN12.exec(s);
  return m ? +m[1] * 3600 + +m[2] * 60 + +m[3] + (m[4] ? +m[4] : 0) : NaN;
}
function seconds2004(s) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(s);
  if (!m || !DURATION.test(s)) return NaN;
  return ((+m[1] || 0) * 365 + (+m[2] || 0) * 30 + (+m[3] || 0)) * 86400 + (+m[4] || 0) * 3600 + (+m[5] || 0) * 60 + (+m[6] || 0);
}
const seconds = (version, s) => (version === '1.2' ? seconds12(s) : seconds2004(s));

// Why a 1.2 response or pattern is malformed for its type ('' when fine).
function bad12(type, v) {
  const one = /^[0-9a-z]$/;
  const list = (re) => v.split(',').every((x) => re.test(x));
  switch (type) {
    case 'true-false': return /^[01tf]$/.test(v) ? '' : 'true-false takes 0, 1, t or f';
    case 'choice': case 'sequencing': return v === '' || list(one) ? '' : `${type} takes single characters joined by commas (a,b)`;
    case 'likert': return v === '' || one.test(v) ? '' : 'likert takes one character';
    case 'matching': return list(/^[0-9a-z]\.[0-9a-z]$/) ? '' : 'matching takes 1.a,2.b';
    case 'numeric': return DECIMAL.test(v) ? '' : 'numeric takes a decimal';
    case 'fill-in': case 'performance': return v.length <= 255 ? '' : `${type} is at most 255 characters`;
  }
  return 'unknown type ' + type;
}

// Why a 2004 learner_response (pattern: false) or correct_responses pattern is malformed.
function bad2004(type, v, pattern) {
  const ids = (s) => s.split('[,]');
  const unique = (a) => new Set(a).size === a.length;
  switch (type) {
    case 'true-false': return /^(true|false)$/.test(v) ? '' : 'true-false takes true or false';
    case 'choice': case 'sequencing': {
      if (v === '') return type === 'choice' ? '' : 'sequencing needs at least one id';
      const a = ids(v);
      return a.every((x) => SHORT_ID.test(x)) && (type === 'sequencing' || unique(a)) ? '' : `${type} takes ids joined by [,]`;
    }
    case 'likert': return SHORT_ID.test(v) ? '' : 'likert takes one id';
    case 'matching': return ids(v).every((p) => /^[^[\]]+\[\.\][^[\]]+$/.test(p) && p.split('[.]').every((x) => SHORT_ID.test(x)))
      ? '' : 'matching takes source[.]target joined by [,]';
    case 'performance': return ids(v).every((p) => /^([^[\]]*)\[\.\]([^[\]]*)$/.test(p)) ? '' : 'performance takes step[.]answer joined by [,]';
    case 'numeric': return pattern
      ? (/^(-?\d+(\.\d+)?)?\[:\](-?\d+(\.\d+)?)?$/.test(v) && v !== '[:]' ? '' : 'a numeric pattern is min[:]max')
      : (DECIMAL.test(v) ? '' : 'a numeric response is a decimal');
    case 'fill-in': {
      const body = pattern ? v.replace(/^(\{(case_matters|order_matters)=(true|false)\})+/, '') : v;
      return ids(body).every((s) => s.replace(/^\{lang=[^}]*\}/, '').length <= 250) ? '' : 'fill-in strings are at most 250 characters';
    }
    case 'long-fill-in': return v.replace(/^\{lang=[^}]*\}/, '').length <= 4000 ? '' : 'long-fill-in is at most 4000 characters';
    case 'other': return v.length <= 4000 ? '' : 'other is at most 4000 characters';
  }
  return 'unknown type ' + type;
}

// ---------------------------------------------------------------------------------------------
// The checks beyond scorm-again (STANDARDS.md: SCORM 1.2, SCORM 2004, Pitfalls, Testing).
// Returns a list of problems, each naming the call.

// verdicts: the statuses a pass and a fail are reported as (1.2 status mapping).
function violations(result, {finished = true, verdicts = ['passed', 'failed']} = {}) {
  const v = result.version;
  const is12 = v === '1.2';
  const log = result.log;
  const out = [];
  const say = (c, text) => out.push(c ? `${text}: ${show(c)}` : text);
  const seed = result.seed || {};

  // The browser side: nothing broke, nothing of the package is missing.
  for (const e of result.errors) out.push(e);
  for (const m of result.missing) out.push(`404 for ${m}`);
  for (const u of result.unlisted || []) out.push(`the SCO loaded ${u}, which imsmanifest.xml does not list`);

  // Initialize first and once; finish once; nothing after finish.
  const inits = log.filter((c) => c.kind === 'Initialize');
  const finishes = log.filter((c) => c.kind === 'Finish');
  if (inits.length !== 1) out.push(`${is12 ? 'LMSInitialize' : 'Initialize'} called ${inits.length} times (expected once)`);
  if (log.length && log[0].kind !== 'Initialize') say(log[0], 'the first call is not Initialize');
  if (inits[0] && inits[0].args[0] !== '') say(inits[0], 'Initialize takes ""');
  if (finished && finishes.length !== 1) out.push(`${is12 ? 'LMSFinish' : 'Terminate'} called ${finishes.length} times (expected once)`);
  if (finished && !result.finish) out.push('no finish data: the LMS never saw a successful finish');
  for (const c of log) if (c.afterFinish) say(c, 'call after finish');
  const finishAt = finishes.length ? finishes[0].n : Infinity;

  // Every call got strings, every SetValue was accepted (unless the test LMS refused it), every
  // GetValue answered (2004: 403 "not initialized" is how a first launch answers location).
  const interactionType = {};
  let expectIndex = +((seed['cmi.interactions._count']) || Object.keys(seed).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length);
  const seen = new Set();
  for (const c of log) {
    if (c.args.some((a) => typeof a !== 'string')) say(c, 'an argument is not a string');
    if (c.kind === 'GetValue' && c.error !== '0' && !c.injected && !(v === '2004' && c.error === '403')) say(c, 'GetValue failed');
    if (c.kind === 'Commit' && c.ret !== 'true' && !c.injected) say(c, 'Commit failed');
    if (c.kind !== 'SetValue') continue;
    const [el, val] = c.args;
    if (c.ret !== 'true' && !c.injected) say(c, `the LMS refused ${el}`);
    if (typeof val === 'string' && CONTROL.test(val)) say(c, 'control character in a value');
    const im = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(el);
    if (im) {
      const [, n, field] = im;
      if (!seen.has(n)) {
        seen.add(n);
        if (field !== 'id') say(c, `interaction ${n}: ${field} is set before its id`);
        if (+n !== expectIndex) say(c, `interaction written at index ${n}, expected ${expectIndex} (_count)`);
        expectIndex = +n + 1;
      }
      checkInteraction(c, n, field, val);
      continue;
    }
    checkElement(c, el, val);
  }

  function checkInteraction(c, n, field, val) {
    if (field === 'id') {
      if (!(is12 ? ID12 : ID2004).test(val)) {
        say(c, `interaction id is not a ${v} identifier (no spaces; ${is12 ? '[A-Za-z0-9._-], <= 255' : 'URI characters, <= 4000'})`);
      }
    } else if (field === 'type') {
      if (!(is12 ? TYPES12 : TYPES2004).includes(val)) say(c, 'unknown interaction type');
      interactionType[n] = val;
    } else if (field === 'result') {
      const ok = is12 ? ['correct', 'wrong', 'unanticipated', 'neutral'] : ['correct', 'incorrect', 'unanticipated', 'neutral'];
      if (!ok.includes(val) && !DECIMAL.test(val)) say(c, `interaction result must be one of ${ok.join(', ')} or a decimal`);
    } else if (field === 'weighting') {
      if (!DECIMAL.test(val)) say(c, 'weighting is not a decimal');
    } else if (field === 'latency') {
      if (is12 ? !TIMESPAN12.test(val) : !DURATION.test(val)) say(c, `latency is not a ${is12 ? 'CMITimespan' : 'duration'}`);
    } else if (field === 'time' && is12) {
      if (!TIME12.test(val)) say(c, 'interaction time is not HH:MM:SS');
    } else if (field === 'timestamp' && !is12) {
      if (!STAMP.test(val)) say(c, 'interaction timestamp is not an ISO 8601 time');
    } else if (field === 'description' && !is12) {
      if (val.length > 250) say(c, 'description over 250 characters');
    } else if (field === 'student_response' && is12 || field === 'learner_response' && !is12 || /^correct_responses\.\d+\.pattern$/.test(field)) {
      const type = interactionType[n];
      if (!type) return say(c, `interaction ${n}: ${field} before its type`);
      const why = is12 ? bad12(type, val) : bad2004(type, val, field !== 'learner_response');
      if (why) say(c, why);
    } else if (!/^objectives\.\d+\.id$/.test(field)) {
      say(c, `unexpected interaction field ${field}`);
    }
  }

  function checkElement(c, el, val) {
    if (is12) {
      switch (el) {
        case 'cmi.core.lesson_status':
          if (!['passed', 'completed', 'failed', 'incomplete', 'browsed'].includes(val)) say(c, 'lesson_status written as ' + JSON.stringify(val));
          break;
        case 'cmi.core.exit': if (!['', 'suspend'].includes(val)) say(c, `1.2 exit must be "" or "suspend" (never "normal")`); break;
        case 'cmi.core.session_time': if (!TIMESPAN12.test(val)) say(c, 'session_time is not HHHH:MM:SS.SS'); break;
        case 'cmi.core.score.raw': case 'cmi.core.score.min': case 'cmi.core.score.max':
          if (!DECIMAL.test(val) || +val < 0 || +val > 100) say(c, 'score not a decimal in 0..100');
          break;
        case 'cmi.suspend_data': if (val.length > 4096) say(c, `suspend_data of ${val.length} characters (1.2 allows 4,096)`); break;
        case 'cmi.core.lesson_location': if (val.length > 255) say(c, 'lesson_location over 255 characters'); break;
        default: say(c, 'unexpected element');
      }
    } else {
      switch (el) {
        case 'cmi.completion_status':
          if (!['completed', 'incomplete'].includes(val)) say(c, 'completion_status written as ' + JSON.stringify(val));
          break;
        case 'cmi.success_status': if (!['passed', 'failed'].includes(val)) say(c, 'success_status written as ' + JSON.stringify(val)); break;
        case 'cmi.exit': if (!['suspend', 'normal'].includes(val)) say(c, 'exit must be suspend or normal'); break;
        case 'cmi.session_time': if (!DURATION.test(val)) say(c, 'session_time is not an ISO 8601 duration (no W, <= 2 decimals)'); break;
        case 'cmi.score.scaled': if (!DECIMAL.test(val) || +val < -1 || +val > 1) say(c, 'score.scaled not in -1..1'); break;
        case 'cmi.score.raw': case 'cmi.score.min': case 'cmi.score.max': if (!DECIMAL.test(val)) say(c, 'score not a decimal'); break;
        case 'cmi.progress_measure': if (!DECIMAL.test(val) || +val < 0 || +val > 1) say(c, 'progress_measure not in 0..1'); break;
        case 'cmi.suspend_data': if (val.length > 64000) say(c, 'suspend_data over 64,000 characters'); break;
        case 'cmi.location': if (val.length > 1000) say(c, 'location over 1000 characters'); break;
        default: say(c, 'unexpected element');
      }
    }
  }

  // 2004: no Commit right before Terminate (Terminate commits; LMSs refuse a Commit in unload).
  if (!is12 && finishes.length) {
    const before = log.slice(0, finishAt).filter((c) => !['GetLastError', 'GetErrorString', 'GetDiagnostic'].includes(c.kind)).pop();
    if (before && before.kind === 'Commit') say(before, 'Commit immediately before Terminate');
  }

  // Statuses only move forward; never "not attempted".
  const rank = is12 ? {incomplete: 0, browsed: 0, completed: 1, failed: 1, passed: 2} : {incomplete: 0, completed: 1, failed: 0, passed: 1};
  for (const el of is12 ? ['cmi.core.lesson_status'] : ['cmi.completion_status', 'cmi.success_status']) {
    const values = sets(result, el);
    if (values.includes('not attempted')) out.push(`${el} written as "not attempted"`);
    let top = -1;
    for (const x of values) {
      if (rank[x] < top) out.push(`${el} downgraded: ${values.join(' -> ')}`);
      top = Math.max(top, rank[x] ?? -1);
    }
  }

  // Credit and mode: no-credit reports no verdict; browse and review report nothing.
  const credit = seed[is12 ? 'cmi.core.credit' : 'cmi.credit'];
  const mode = seed[is12 ? 'cmi.core.lesson_mode' : 'cmi.mode'];
  const judged = is12 ? sets(result, 'cmi.core.lesson_status').filter((x) => x === 'passed' || x === 'failed')
    : sets(result, 'cmi.success_status');
  if (credit === 'no-credit' && judged.length) out.push(`no-credit, yet the verdict ${judged.join(', ')} was written`);
  if (mode === 'browse' || mode === 'review') {
    const allowed = is12 ? ['cmi.core.exit', 'cmi.core.session_time'] : ['cmi.exit', 'cmi.session_time'];
    for (const c of log) if (c.kind === 'SetValue' && !allowed.includes(c.args[0])) say(c, `${mode} mode, yet data was written`);
  }

  // With a mastery score (and credit), no intermediate score reaches the LMS (an LMS turns any
  // score into passed/failed): when the first score is committed, the status is a verdict.
  const mastery = seed[is12 ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score'];
  if (mastery !== undefined && credit !== 'no-credit' && mode !== 'browse' && mode !== 'review') {
    const scoreRe = is12 ? /^cmi\.core\.score\./ : /^cmi\.score\./;
    const first = log.find((c) => c.kind === 'SetValue' && scoreRe.test(c.args[0]) && c.ret === 'true');
    const commit = first && log.find((c) => c.n > first.n && (c.kind === 'Commit' || c.kind === 'Finish'));
    if (commit) {
      const statusEl = is12 ? 'cmi.core.lesson_status' : 'cmi.success_status';
      const status = log.filter((c) => c.n < commit.n && c.kind === 'SetValue' && c.args[0] === statusEl && c.ret === 'true').pop();
      if (!status || !verdicts.includes(status.args[1])) say(first, 'a score reached the LMS without a verdict although the LMS has a mastery score');
    }
  }

  // Session time: this session only, in the version's format, not longer than the session.
  const st = sets(result, is12 ? 'cmi.core.session_time' : 'cmi.session_time');
  if (finished && !st.length) out.push('no session_time written');
  const wall = ((result.closedAt || Date.now()) - result.launchedAt) / 1000 + 2;
  for (const s of st) if (!(seconds(v, s) <= wall)) out.push(`session_time ${s} is longer than the session (${wall.toFixed(1)} s)`);
  return out;
}

module.exports = {Lms, readManifest, unzip, firstSeed, keptSeed, interactions, sets, gets, violations, show, seconds,
  bad12, bad2004, DURATION, TIMESPAN12, TIME12, STAMP};
