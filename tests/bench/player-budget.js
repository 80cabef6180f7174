#!/usr/bin/env node
// The player's budget (issue 3, point 13), run on demand; not a ctest.
//
//   node tests/bench/player-budget.js --cli build/app/coursewright-cli [--runs 10] [--keep DIR]
//
// 1. Size: raw and gzip -9 size of every runtime source file, and of the runtime as the HTML package
//    carries it (player/coursewright.js and .css: the sources without comment lines, one adapter).
//    Budget: 40 KB (40,960 bytes) gzipped for the package's files, summed file by file as a server
//    would send them.
// 2. Speed: writes a one-module course of 50 pages (5 blocks each, mixed kinds), exports it with
//    `coursewright-cli load` + `export --format html`, opens it in headless Chromium (a fresh
//    context each run, so each is a first visit) and reports median/min/max of the time from
//    DOMContentLoaded (domContentLoadedEventStart) until the first page's <h1> is in <main>, and
//    until the frame holding it has been painted (two requestAnimationFrame callbacks later).
//    Budget: 150 ms to painted. Needs the e2e modules (scripts/test.sh, or npm ci in tests/e2e).
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const {execFileSync} = require('child_process');

const ROOT = path.resolve(__dirname, '../..');
const E2E = path.join(ROOT, 'tests/e2e');
const SIZE_BUDGET = 40 * 1024;
const TIME_BUDGET = 150;

function option(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

// The runtime as a package carries it (player/ of the export: one script and one style sheet, the
// sources without their comment lines, only this target's adapter), below its sources' sizes.
function sizes(packaged) {
  const sources = path.join(ROOT, 'templates/player');
  const gz = (data) => zlib.gzipSync(data, {level: 9}).length;
  const row = (dir, f) => {
    const data = fs.readFileSync(path.join(dir, f));
    return {file: f, raw: data.length, gzip: gz(data)};
  };
  const source = fs.readdirSync(sources).filter((f) => /\.(js|css)$/.test(f)).sort().map((f) => row(sources, f));
  const shipped = fs.readdirSync(packaged).filter((f) => /\.(js|css)$/.test(f)).sort().map((f) => row(packaged, f));
  const sum = (rows, k) => rows.reduce((t, r) => t + r[k], 0);
  const width = Math.max(...source.map((r) => r.file.length + 17), ...shipped.map((r) => r.file.length + 16));
  const line = (a, b, c) => console.log(`${a.padEnd(width)}  ${String(b).padStart(8)}  ${String(c).padStart(8)}`);
  console.log('Runtime size, gzip -9 per file');
  line('file', 'raw', 'gzip');
  for (const r of source) line('templates/player/' + r.file, r.raw, r.gzip);
  line('sources, total', sum(source, 'raw'), sum(source, 'gzip'));
  for (const r of shipped) line('package: player/' + r.file, r.raw, r.gzip);
  const total = sum(shipped, 'gzip');
  line('package, total', sum(shipped, 'raw'), total);
  const ok = total <= SIZE_BUDGET;
  console.log(`budget ${SIZE_BUDGET} bytes gzipped (the package): ${ok ? 'within' : 'OVER'} (${(total / 1024).toFixed(1)} KB)\n`);
  return ok;
}

// A stable UUID from a name, so the benchmark course is the same on every run.
function id(name) {
  const h = crypto.createHash('sha256').update('player-budget/' + name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function benchCourse(pages) {
  const media = path.join(E2E, 'fixtures/media');
  const png = fs.readFileSync(path.join(media, 'poster.png'));
  const asset = {hash: crypto.createHash('sha256').update(png).digest('hex'), name: 'poster.png',
    mimeType: 'image/png', size: png.length, width: png.readUInt32BE(16), height: png.readUInt32BE(20)};
  const node = (key, kind, props, children = []) => ({id: id(key), kind, props, children});
  const words = 'Feedback works when it describes what happened and what it caused so the other person can decide';
  const children = [];
  for (let p = 0; p < pages; p++) {
    const k = (i) => `p${p}b${i}`;
    const blocks = [
      node(k(0), 'heading', {text: `Section ${p + 1}`, level: 2}),
      node(k(1), 'text', {html: `<p>${words} what to do next.</p><ul><li>${words}</li><li>Second point</li></ul>`}),
      p % 2 ? node(k(2), 'image', {asset: asset.hash, alt: `Diagram ${p + 1}`, caption: 'A diagram.'})
        : node(k(2), 'quote', {text: words, attribution: 'Someone'}),
      node(k(3), 'callout', {style: ['info', 'tip', 'warning', 'important'][p % 4], title: 'Remember', html: `<p>${words}.</p>`}),
      p % 3 ? node(k(4), 'accordion', {title: 'Questions'}, [
        node(k(5), 'panel', {title: 'First', html: `<p>${words}.</p>`}),
        node(k(6), 'panel', {title: 'Second', html: `<p>${words}.</p>`})])
        : node(k(4), 'tabs', {title: 'Parts'}, [
          node(k(5), 'panel', {title: 'One', html: `<p>${words}.</p>`}),
          node(k(6), 'panel', {title: 'Two', html: `<p>${words}.</p>`})]),
    ];
    children.push(node(`page${p}`, 'page', {title: `Page ${p + 1} of ${pages}`}, blocks));
  }
  const course = node('course', 'course', {title: 'Budget benchmark', language: 'en', identifier: 'player-budget'},
    [node('module', 'module', {title: `A module of ${pages} pages`}, children)]);
  return {json: {format: 'coursewright-course', formatVersion: 1, assets: [asset], course}, media};
}

function exportBench(cli, work) {
  const {json, media} = benchCourse(50);
  fs.mkdirSync(work, {recursive: true});
  const source = path.join(work, 'bench.json');
  fs.writeFileSync(source, JSON.stringify(json, null, 1));
  const project = path.join(work, 'bench.cwcourse');
  const out = path.join(work, 'html');
  const env = {...process.env, QT_QPA_PLATFORM: 'offscreen'};
  execFileSync(cli, ['load', source, project, '--assets', media, '--force'], {env, stdio: 'inherit'});
  execFileSync(cli, ['export', project, '--format', 'html', '--out', out, '--force'], {env, stdio: 'inherit'});
  return out;
}

// Records, relative to domContentLoadedEventStart, when main h1 appears and when it is painted.
function probe() {
  const mark = {};
  window.__cwProbe = mark;
  const seen = () => {
    // The heading is there, empty, before the page's blocks have arrived (content/m0.js).
    const h = document.querySelector('main h1');
    if (mark.inDom !== undefined || !h || !h.textContent) return false;
    mark.inDom = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => (mark.painted = performance.now())));
    return true;
  };
  const observer = new MutationObserver(() => seen() && observer.disconnect());
  observer.observe(document, {childList: true, subtree: true});
}

async function speed(dir, runs) {
  const {launch} = require(path.join(E2E, 'lib/browser'));
  const {serve} = require(path.join(E2E, 'lib/server'));
  const server = await serve(dir);
  const browser = await launch();
  const inDom = [];
  const painted = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({viewport: {width: 1280, height: 900}});
      const page = await context.newPage();
      await page.addInitScript(probe);
      await page.goto(server.url + 'index.html');
      await page.waitForFunction(() => window.__cwProbe && window.__cwProbe.painted !== undefined, null, {timeout: 10000});
      const t = await page.evaluate(() => ({dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart, ...window.__cwProbe}));
      inDom.push(t.inDom - t.dcl);
      painted.push(t.painted - t.dcl);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const stats = (a) => {
    const s = [...a].sort((x, y) => x - y);
    const mid = s.length >> 1;
    return {median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1]};
  };
  const f = (v) => v.toFixed(1).padStart(8);
  console.log(`First page of a 50-page module, ms after DOMContentLoaded (${runs} runs, headless Chromium)`);
  console.log(`${'event'.padEnd(16)}  ${'median'.padStart(8)}  ${'min'.padStart(8)}  ${'max'.padStart(8)}`);
  for (const [name, values] of [['h1 in the DOM', inDom], ['h1 painted', painted]]) {
    const s = stats(values);
    console.log(`${name.padEnd(16)}  ${f(s.median)}  ${f(s.min)}  ${f(s.max)}`);
  }
  const ok = stats(painted).median <= TIME_BUDGET;
  console.log(`budget ${TIME_BUDGET} ms (median, painted): ${ok ? 'within' : 'OVER'}`);
  return ok;
}

(async () => {
  const cli = option('cli', process.env.CW_CLI);
  if (!cli) {
    console.error('Pass --cli PATH/TO/coursewright-cli to measure the size and speed.');
    process.exit(2);
  }
  const keep = option('keep');
  const work = keep || fs.mkdtempSync(path.join(os.tmpdir(), 'cw-budget-'));
  try {
    const html = exportBench(path.resolve(cli), work);
    const sizeOk = sizes(path.join(html, 'player'));
    const speedOk = await speed(html, Number(option('runs', 10)));
    process.exitCode = sizeOk && speedOk ? 0 : 1;
  } finally {
    if (!keep) fs.rmSync(work, {recursive: true, force: true});
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
