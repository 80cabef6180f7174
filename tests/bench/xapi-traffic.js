#!/usr/bin/env node
// What an xAPI and a cmi5 package send to the LRS (issue 10, point 6), run on demand; not a ctest.
//
//   node tests/bench/xapi-traffic.js --cli build/app/coursewright-cli [--keep DIR]
//
// Exports the sample course (templates/starters/sample) with `--format xapi` and `--format cmi5`,
// plays it through in headless Chromium against the fake LRS of the e2e tests (tests/e2e/lib/lrs.js,
// on its own 127.0.0.1 port: cross-origin, so the browser sends CORS preflights too): every page,
// the scenario's passing route, the quiz answered right; then the learner leaves (xAPI: the tab
// goes elsewhere, pagehide; cmi5: the Exit button). Prints per format: statements stored, HTTP
// requests the LRS received (all of them; preflights apart), and bytes sent: request line,
// headers and body of every request as the LRS received them (statement POSTs apart).
// Needs the e2e modules (scripts/test.sh, or npm ci in tests/e2e).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const E2E = path.join(ROOT, 'tests/e2e');

function option(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

// A request's size on the wire as received: "METHOD /path?query HTTP/1.1", one "name: value" line
// per header, the blank line, the body.
function bytesOf(e) {
  const url = e.path + (Object.keys(e.query).length ? '?' + new URLSearchParams(e.query).toString() : '');
  const head = `${e.method} ${url} HTTP/1.1\r\n` + Object.entries(e.headers).map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n';
  return Buffer.byteLength(head) + Buffer.byteLength(e.body || '');
}

async function play(format, browser, dir) {
  const {startLrs} = require(path.join(E2E, 'lib/lrs'));
  const {readCourseData} = require(path.join(E2E, 'lib/package'));
  const L = require(path.join(E2E, 'lib/xapi-launch'));
  const site = await L.openSite(dir);
  const lrs = await startLrs({fetch: format === 'cmi5'});
  const learner = await L.Learner.open(browser, {site, lrs});
  try {
    const course = readCourseData(dir).course;
    const launch = format === 'cmi5' ? L.cmi5Launch(site, lrs, L.readCmi5(dir).aus[0], {masteryScore: 0.8})
      : L.xapiUrl(site, lrs, {activityId: L.readTincan(dir).launchable[0].id});
    const page = await learner.launch(launch.url);
    await L.playSample(page, course);
    await L.until(() => lrs.statements.some((s) => /\/completed$/.test(s.verb.id)), 'completed');
    if (format === 'cmi5') {
      await page.getByRole('button', {name: /^Exit\b/}).click();
      await page.waitForURL((u) => u.href.startsWith(site.returnUrl));
    } else {
      await L.leave(page);
    }
    await L.until(() => lrs.statements.some((s) => /\/terminated$/.test(s.verb.id)), 'terminated');
    await new Promise((r) => setTimeout(r, 1000)); // let late requests (state writes) land
    const log = lrs.log;
    const pre = log.filter((e) => e.method === 'OPTIONS');
    const posts = log.filter((e) => e.path.endsWith('/statements') && e.method !== 'OPTIONS' && e.method !== 'GET');
    const sum = (list) => list.reduce((n, e) => n + bytesOf(e), 0);
    return {format, statements: lrs.statements.length, requests: log.length, preflights: pre.length,
      statementRequests: posts.length, bytes: sum(log), statementBytes: sum(posts), violations: lrs.violations.length};
  } finally {
    await learner.close();
    await lrs.close();
    await site.close();
  }
}

(async () => {
  const cli = option('cli', process.env.CW_CLI);
  if (!cli) {
    console.error('Pass --cli PATH/TO/coursewright-cli.');
    process.exit(2);
  }
  const keep = option('keep');
  const work = keep || fs.mkdtempSync(path.join(os.tmpdir(), 'cw-xapi-traffic-'));
  fs.mkdirSync(work, {recursive: true});
  process.env.CW_CLI = path.resolve(cli);
  process.env.CW_E2E_SCRATCH = work;
  const {exportCourse} = require(path.join(E2E, 'lib/package'));
  const {launch} = require(path.join(E2E, 'lib/browser'));
  const browser = await launch();
  const rows = [];
  try {
    for (const format of ['xapi', 'cmi5']) {
      const dir = exportCourse('sample', 'traffic-' + format, [], {format, options: {}});
      rows.push(await play(format, browser, dir));
    }
  } finally {
    await browser.close();
    if (!keep) fs.rmSync(work, {recursive: true, force: true});
  }
  const cols = [['format', 'format'], ['statements', 'statements'], ['requests', 'requests'], ['preflights', 'of them OPTIONS'],
    ['statementRequests', 'statement POSTs'], ['bytes', 'bytes sent'], ['statementBytes', 'of them statements'],
    ['violations', 'LRS violations']];
  console.log('The sample course played through (every page, the scenario, the quiz right), sent to the LRS:');
  console.log('| ' + cols.map(([, h]) => h).join(' | ') + ' |');
  console.log('| ' + cols.map(([k]) => (k === 'format' ? '---' : '---:')).join(' | ') + ' |');
  for (const r of rows) console.log('| ' + cols.map(([k]) => String(r[k])).join(' | ') + ' |');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
