// Launching xAPI (TinCan) and cmi5 packages the way an LMS does, for xapi.test.js and
// cmi5.test.js: the package on one 127.0.0.1 origin (lib/server.js, with an LMS "return" page
// that records each visit), the fake LRS (lib/lrs.js) on another (cross-origin, as in real life),
// launch URLs with their query parameters, and for cmi5 the LMS's part: a registration, the
// LMS.LaunchData state document (contextTemplate with the publisher id and a session id,
// launchMode, masteryScore, moveOn, returnURL), optional learner preferences and a fetch URL.
// A Learner is one browser context (one localStorage: the statement queue, the cmi5 token) whose
// pages are watched: uncaught exceptions and console errors fail a test, except the LRS's own
// refusals, which are kept apart (lrsConsole) so that a test can say which ones it expects.
'use strict';
const assert = require('node:assert/strict');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const {serve} = require('./server');

const ACTOR = {objectType: 'Agent', name: 'Tess Tester', mbox: 'mailto:tess@example.com'};
const ACCOUNT_ACTOR = {objectType: 'Agent', name: 'Tess Tester', account: {homePage: 'https://lms.example.com', name: 'learner-7'}};
const EXT_SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

// ---------------------------------------------------------------------------------------------
// Manifests.

const unxml = (s) => String(s).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&amp;/g, '&');
const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unxml(m[1]) : null;
};
const langstring = (xml, element) => {
  const m = new RegExp(`<${element}>\\s*<langstring[^>]*>([^<]*)</langstring>`).exec(xml);
  return m ? unxml(m[1]) : null;
};

// tincan.xml: {activities: [{id, type, name, description, launch, lang}], launchable: the ones with
// <launch>}.
function readTincan(dir) {
  const xml = fs.readFileSync(path.join(dir, 'tincan.xml'), 'utf8');
  assert.match(xml, /xmlns="http:\/\/projecttincan\.com\/tincan\.xsd"/, 'tincan.xml namespace');
  const activities = [...xml.matchAll(/<activity\b([^>]*)>([\s\S]*?)<\/activity>/g)].map((m) => {
    const launch = /<launch\b([^>]*)>([^<]*)<\/launch>/.exec(m[2]);
    return {id: attr(m[1], 'id'), type: attr(m[1], 'type'),
      name: unxml((/<name\b[^>]*>([^<]*)<\/name>/.exec(m[2]) || [])[1] || ''),
      description: (/<description\b[^>]*>([^<]*)<\/description>/.exec(m[2]) || [])[1],
      launch: launch ? unxml(launch[2]) : null, lang: launch ? attr(launch[1], 'lang') : null};
  });
  return {xml, activities, launchable: activities.filter((a) => a.launch)};
}

// cmi5.xml: {course: {id, title}, aus: [{id, moveOn, masteryScore (number | null), launchMethod,
// title, url, block (its block's id or null)}], blocks: [{id, title, aus}]}.
function readCmi5(dir) {
  const xml = fs.readFileSync(path.join(dir, 'cmi5.xml'), 'utf8');
  assert.match(xml, /xmlns="https:\/\/w3id\.org\/xapi\/profiles\/cmi5\/v1\/CourseStructure\.xsd"/, 'cmi5.xml namespace');
  const courseTag = /<course\b([^>]*)>([\s\S]*?)<\/course>/.exec(xml);
  const au = (m, block) => ({id: attr(m[1], 'id'), moveOn: attr(m[1], 'moveOn'),
    masteryScore: attr(m[1], 'masteryScore') === null ? null : Number(attr(m[1], 'masteryScore')),
    launchMethod: attr(m[1], 'launchMethod'), title: langstring(m[2], 'title'),
    url: unxml((/<url>([^<]*)<\/url>/.exec(m[2]) || [])[1] || ''), block});
  const blocks = [...xml.matchAll(/<block\b([^>]*)>([\s\S]*?)<\/block>/g)].map((b) => {
    const id = attr(b[1], 'id');
    return {id, title: langstring(b[2].replace(/<au\b[\s\S]*<\/au>/, ''), 'title'),
      aus: [...b[2].matchAll(/<au\b([^>]*)>([\s\S]*?)<\/au>/g)].map((m) => au(m, id))};
  });
  const outside = xml.replace(/<block\b[\s\S]*?<\/block>/g, '');
  const top = [...outside.matchAll(/<au\b([^>]*)>([\s\S]*?)<\/au>/g)].map((m) => au(m, null));
  return {xml, course: {id: attr(courseTag[1], 'id'), title: langstring(courseTag[2], 'title')},
    aus: [...top, ...blocks.flatMap((b) => b.aus)], blocks};
}

// ---------------------------------------------------------------------------------------------
// The package's site: /course/ is the package, /lms/return is the LMS's return page.

async function openSite(dir) {
  const returns = [];
  const site = await serve(dir, 'course', {handle(req, res, url) {
    if (url.pathname !== '/lms/return') return false;
    returns.push({at: Date.now(), url: url.href});
    res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'});
    res.end('<!doctype html><html lang="en"><title>LMS</title><h1>Back at the learning platform</h1></html>');
    return true;
  }});
  site.returns = returns;
  site.returnUrl = site.origin + '/lms/return';
  return site;
}

// ---------------------------------------------------------------------------------------------
// Launch URLs.

function query(params) {
  return Object.entries(params).filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`).join('&');
}

// xAPI (the TinCan launch "guidelines"): endpoint, auth, actor, registration, activity_id, plus
// anything in `extra` (which the course must echo on its LRS calls).
function xapiUrl(site, lrs, {file = 'index.html', endpoint = lrs.endpoint, auth = lrs.auth, actor = ACTOR,
  registration = crypto.randomUUID(), activityId, extra = {}} = {}) {
  return {url: site.url + file + '?' + query({endpoint, auth, actor, registration, activity_id: activityId, ...extra}),
    registration, actor, activityId};
}

// cmi5 (8.1, 10.0): the LMS writes LMS.LaunchData for the AU, registration and actor, makes a
// fetch URL for this launch and opens the AU's url with endpoint, fetch, actor, registration and
// activityId. Returns {url, registration, actor, activityId, sessionId, launchData, fetchUrl}.
function cmi5Launch(site, lrs, au, {actor = ACCOUNT_ACTOR, registration = crypto.randomUUID(), launchMode = 'Normal',
  masteryScore, moveOn = au.moveOn || 'NotApplicable', returnURL = site.returnUrl, preferences, newFetch = false,
  sessionId = crypto.randomUUID()} = {}) {
  const launchData = {contextTemplate: {contextActivities: {grouping: [{objectType: 'Activity', id: au.id}]},
    extensions: {[EXT_SESSION]: sessionId}}, launchMode, launchMethod: au.launchMethod || 'AnyWindow', moveOn};
  if (masteryScore !== undefined && masteryScore !== null) launchData.masteryScore = masteryScore;
  if (returnURL) launchData.returnURL = returnURL;
  const agent = JSON.stringify(actor);
  lrs.setDocument('/activities/state', {activityId: au.id, agent, registration, stateId: 'LMS.LaunchData'}, launchData);
  if (preferences) lrs.setDocument('/agents/profile', {agent, profileId: 'cmi5LearnerPreferences'}, preferences);
  const fetchUrl = newFetch ? lrs.newFetch() : lrs.fetchUrl;
  assert.ok(fetchUrl, 'a cmi5 launch needs startLrs({fetch: true})');
  const url = site.url + au.url + '?' + query({endpoint: lrs.endpoint, fetch: fetchUrl, actor, registration, activityId: au.id});
  return {url, registration, actor, activityId: au.id, sessionId, launchData, fetchUrl, masteryScore: launchData.masteryScore,
    launchMode};
}

// ---------------------------------------------------------------------------------------------
// The learner's browser.

class Learner {
  // One browser context: its pages share localStorage, like tabs of one browser profile.
  static async open(browser, {site, lrs, width = 1280, height = 900} = {}) {
    const l = new Learner();
    Object.assign(l, {browser, site, lrs});
    l.context = await browser.newContext({viewport: {width, height}, reducedMotion: 'reduce'});
    await l.context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)));
    return l;
  }

  constructor() {
    this.errors = []; // fail the test
    this.outside = []; // requests to neither the package nor the LRS
    this.lrsConsole = []; // console errors about LRS requests (refusals, outages): {text, url}
    this.lrsFailed = []; // LRS requests that failed at the network level: {url, why}
    this.warnings = []; // console.warn texts (dropped statements are logged there)
    this.pages = [];
  }

  isLrs(url) {
    return !!this.lrs && String(url).startsWith(this.lrs.origin);
  }

  watch(page) {
    page.on('console', (m) => {
      const url = m.location().url || '';
      if (m.type() === 'warning') this.warnings.push(m.text());
      if (m.type() !== 'error') return;
      if (this.isLrs(url) || (this.lrs && m.text().includes(this.lrs.origin))) this.lrsConsole.push({text: m.text(), url});
      else if (!/favicon\.ico/.test(url)) this.errors.push(`console error: ${m.text()} (${url})`);
    });
    page.on('pageerror', (e) => this.errors.push(`uncaught: ${e.stack || e.message}`));
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(this.site.origin) && !this.isLrs(u) && !/^(data|blob|about):/.test(u)) this.outside.push(u);
    });
    page.on('requestfailed', (r) => {
      const why = r.failure()?.errorText;
      if (this.isLrs(r.url())) this.lrsFailed.push({url: r.url(), why});
      else if (!r.url().startsWith('data:') && why !== 'net::ERR_ABORTED') this.errors.push(`request failed: ${r.url()} ${why}`);
    });
  }

  // Opens a launch URL in a new tab and waits for the shell (unless ready: false).
  async launch(url, {ready = true} = {}) {
    const page = await this.context.newPage();
    page.setDefaultTimeout(20000);
    this.watch(page);
    this.pages.push(page);
    await page.goto(url);
    if (ready) await shellReady(page);
    return page;
  }

  // LRS console errors other than a 404 (a document not there yet: bookmark, preferences).
  unexpectedLrsErrors() {
    return this.lrsConsole.filter((e) => !/status of 404/.test(e.text));
  }

  assertClean({lrsErrors = false} = {}) {
    const problems = [...this.errors];
    if (this.outside.length) problems.push('requests outside the package and the LRS: ' + [...new Set(this.outside)].join(' '));
    if (!lrsErrors) {
      for (const e of this.unexpectedLrsErrors()) problems.push(`LRS console error: ${e.text} (${e.url})`);
      for (const f of this.lrsFailed.filter((x) => x.why !== 'net::ERR_ABORTED')) problems.push(`LRS request failed: ${f.url} ${f.why}`);
    }
    assert.ok(problems.length === 0, 'browser problems:\n  ' + problems.join('\n  '));
  }

  async close() {
    await this.context?.close().catch(() => {});
  }
}

async function shellReady(page) {
  await page.locator('main#cw-main h1').first().waitFor({state: 'visible', timeout: 30000});
  await page.waitForFunction(() => document.querySelector('#cw-nav li'), null, {timeout: 20000});
}

// Waits until fn() is truthy (polled every 100 ms); fails with `what` and describe() after `ms`.
async function until(fn, what, {ms = 20000, describe = () => ''} = {}) {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${describe() ? ': ' + describe() : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Leaves the course the way a learner going elsewhere does: the tab goes to another page
// (pagehide), and the course must flush with keepalive requests.
async function leave(page) {
  await page.goto('about:blank');
}

module.exports = {ACTOR, ACCOUNT_ACTOR, EXT_SESSION, readTincan, readCmi5, openSite, xapiUrl, cmi5Launch, Learner, shellReady,
  until, leave, query};

// ---------------------------------------------------------------------------------------------
// Playing (by mouse, lib/sco.js; the keyboard route is tested elsewhere).

const S = require('./sco');
const {items, kids, answer} = require('./answers');

// Plays the whole sample course from its first item: every page, the scenario's pass route, the
// quiz (right(q, k) says which answers are right). Returns {visited: item nodes in order,
// decisions: [{step, index}], given: [{q, a, right}], results}.
async function playSample(page, course, {right = () => true} = {}) {
  const all = items(course);
  const out = {visited: [], decisions: [], given: [], results: null};
  for (const [i, it] of all.entries()) {
    if (i > 0) await S.next(page, it.node.props.title);
    else await S.expectTitle(page, it.node.props.title);
    out.visited.push(it.node);
    if (it.node.kind === 'scenario') {
      await S.scenario.start(page);
      out.decisions.push(...(await S.passSampleScenario(page, it.node)));
    }
    if (it.node.kind === 'quiz') {
      await S.quiz.start(page);
      const played = await S.playQuiz(page, it.node, {right});
      out.given.push(...played.given);
      out.results = played.results;
    }
  }
  return out;
}

// Plays one module of fixtures/scorm-modules.json from its first item (pages, the scenario's
// first choice to its pass ending, the quiz right). Returns {visited, decisions, given}.
async function playModule(page, moduleNode) {
  const out = {visited: [], decisions: [], given: []};
  for (const [i, it] of moduleNode.children.entries()) {
    if (i > 0) await S.next(page, it.props.title);
    else await S.expectTitle(page, it.props.title);
    out.visited.push(it);
    if (it.kind === 'scenario') {
      await S.scenario.start(page);
      const step = kids(it, 'scenarioNode').find((s) => s.id === it.props.start);
      await S.scenario.choose(page, step.children[0].props.text, {cont: false});
      await S.main(page).getByText('You passed this scenario').waitFor();
      out.decisions.push({step, index: 0});
    }
    if (it.kind === 'quiz') {
      await S.quiz.start(page);
      out.given.push(...(await S.playQuiz(page, it)).given);
    }
  }
  return out;
}

// The sample course part way: items 1-3, the scenario's first decision, the quiz's first question
// right and the second wrong (both checked), left on question 3. Returns {visited, decisions, given}.
async function partWay(page, course) {
  const all = items(course).map((i) => i.node);
  const quiz = all.find((n) => n.kind === 'quiz');
  const scenario = all.find((n) => n.kind === 'scenario');
  const [q1, q2] = kids(quiz);
  await S.expectTitle(page, all[0].props.title);
  await S.next(page, all[1].props.title);
  await S.next(page, all[2].props.title);
  await S.open(page, scenario.props.title);
  await S.scenario.start(page);
  await S.scenario.choose(page, S.SAMPLE_PASS[0].choice);
  await S.scenario.expectStep(page, S.SAMPLE_PASS[0].next);
  await S.open(page, quiz.props.title);
  await S.quiz.start(page);
  await S.quiz.answer(page, answer(q1, true));
  await S.quiz.check(page);
  await S.quiz.next(page);
  await S.quiz.answer(page, answer(q2, false));
  await S.quiz.check(page);
  await S.quiz.next(page);
  await S.quiz.question(page, 3);
  const step = kids(scenario, 'scenarioNode').find((s) => s.id === scenario.props.start);
  return {visited: [all[0], all[1], all[2], scenario, quiz], decisions: [{step, index: 0}],
    given: [{q: q1, a: answer(q1, true), right: true}, {q: q2, a: answer(q2, false), right: false}]};
}

Object.assign(module.exports, {playSample, playModule, partWay});
