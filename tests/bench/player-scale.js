#!/usr/bin/env node
// How the player scales with course size (issue 8, point 5), run on demand; not a ctest.
//
//   node tests/bench/player-scale.js --cli build/app/coursewright-cli [--pages 10,500,2000]
//                                    [--runs 5] [--next 20] [--keep DIR] [--player DIR]
//
// For each size N it writes a sequential course of N pages (modules of 20 pages, each module with
// a quiz, every fourth a scenario too; every page five blocks of realistic text), exports it with
// `coursewright-cli load` + `export --format html`, and opens it in headless Chromium (a fresh
// context each run, so each is a first visit). It reports, as medians:
// - first content: ms from navigation start until the first page's heading and blocks are in
//   <main> and that frame has been rendered (a task queued from the next animation frame runs);
// - Next: ms from a click on Next until the next item is shown and painted (`--next` clicks a run,
//   from the first page on, crossing into the second module at N >= 20);
// - heap: JSHeapUsedSize (CDP Performance.getMetrics) after the clicks and a garbage collection;
//   DOM nodes likewise.
// Targets: first content <= 300 ms and Next <= 30 ms at every N, both roughly flat in N. The
// machine the figures come from is usually shared, so compare the ratio columns (each N against
// the smallest) within one run rather than absolute figures across runs.
// --player DIR plays each package with the runtime files in DIR instead (say, an older
// templates/player from `git worktree`), course.js rewritten as one whole course, so that two
// players can be compared on the same machine minutes apart.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const {execFileSync} = require('child_process');

const ROOT = path.resolve(__dirname, '../..');
const E2E = path.join(ROOT, 'tests/e2e');
const FIRST_BUDGET = 300;
const NEXT_BUDGET = 30;
const PER_MODULE = 20;

function option(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

// A stable UUID from a name, so each course is the same on every run.
function id(name) {
  const h = crypto.createHash('sha256').update('player-scale/' + name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// A copy of `node` with fresh ids (references inside it, such as scenario steps, follow).
function cloneWithIds(node, prefix) {
  let text = JSON.stringify(node);
  const ids = [];
  (function collect(n) {
    ids.push(n.id);
    (n.children || []).forEach(collect);
  })(node);
  for (const old of ids) text = text.split(old).join(id(prefix + old));
  return JSON.parse(text);
}

const SENTENCES = [
  'Feedback works best when it describes what happened and what it caused, so that the other person can decide what to do next.',
  'Keep the observation specific: name the meeting, the moment and the words, rather than a general impression of someone.',
  'Describe the impact on you, the team or the customer, and leave the judgement of intent out of it.',
  'Ask a question before you suggest anything; people act on conclusions they reached themselves.',
  'Agree on one next step and a time to look at it again, then follow up as promised.',
];

function paragraph(seed, count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(SENTENCES[(seed + i) % SENTENCES.length]);
  return out.join(' ');
}

function scaleCourse(pages) {
  const fixture = JSON.parse(fs.readFileSync(path.join(E2E, 'fixtures/every-kind.json'), 'utf8'));
  const firstModule = fixture.course.children[0];
  const quiz = firstModule.children.find((n) => n.kind === 'quiz');
  const scenario = firstModule.children.find((n) => n.kind === 'scenario');
  const image = fixture.assets.find((a) => a.mimeType === 'image/png');
  const node = (key, kind, props, children = []) => ({id: id(key), kind, props, children});
  const modules = [];
  for (let m = 0; m * PER_MODULE < pages; m++) {
    const items = [];
    for (let p = m * PER_MODULE; p < Math.min(pages, (m + 1) * PER_MODULE); p++) {
      const k = (i) => `p${p}b${i}`;
      items.push(node(`page${p}`, 'page', {title: `Page ${p + 1} of ${pages}`}, [
        node(k(0), 'heading', {text: `Section ${p + 1}`, level: 2}),
        node(k(1), 'text', {html: `<p>${paragraph(p, 4)}</p><ul><li>${SENTENCES[p % 5]}</li><li>${SENTENCES[(p + 2) % 5]}</li></ul>`}),
        p % 2 ? node(k(2), 'image', {asset: image.hash, alt: `Diagram ${p + 1}`, caption: 'How feedback travels.'})
          : node(k(2), 'quote', {text: SENTENCES[(p + 1) % 5], attribution: 'A team lead'}),
        node(k(3), 'callout', {style: ['info', 'tip', 'warning', 'important'][p % 4], title: 'Remember', html: `<p>${paragraph(p + 3, 2)}</p>`}),
        p % 3 ? node(k(4), 'accordion', {title: 'Questions'}, [
          node(k(5), 'panel', {title: 'Why?', html: `<p>${paragraph(p + 1, 2)}</p>`}),
          node(k(6), 'panel', {title: 'How?', html: `<p>${paragraph(p + 2, 2)}</p>`})])
          : node(k(4), 'tabs', {title: 'Parts'}, [
            node(k(5), 'panel', {title: 'Before', html: `<p>${paragraph(p + 1, 2)}</p>`}),
            node(k(6), 'panel', {title: 'After', html: `<p>${paragraph(p + 2, 2)}</p>`})]),
      ]));
    }
    items.push(cloneWithIds(quiz, `m${m}q/`));
    if (m % 4 === 3) items.push(cloneWithIds(scenario, `m${m}s/`));
    modules.push(node(`module${m}`, 'module', {title: `Module ${m + 1}`}, items));
  }
  const course = node('course', 'course', {title: `A course of ${pages} pages`, language: 'en',
    identifier: `player-scale-${pages}`, navigation: 'sequential'}, modules);
  return {format: fixture.format, formatVersion: fixture.formatVersion, assets: fixture.assets, course};
}

// Swaps the package's runtime for the files in `player` (an older templates/player: one file per
// script, index.html naming them) and course.js for the whole course.
function usePlayer(out, player) {
  const {readCourseData, writeCourseData} = require(path.join(E2E, 'lib/package'));
  fs.rmSync(path.join(out, 'player'), {recursive: true, force: true});
  fs.mkdirSync(path.join(out, 'player'));
  for (const f of fs.readdirSync(player).filter((f) => /\.(js|css)$/.test(f))) {
    fs.copyFileSync(path.join(player, f), path.join(out, 'player', f));
  }
  const title = /<title>(.*)<\/title>/.exec(fs.readFileSync(path.join(out, 'index.html'), 'utf8'))[1];
  fs.writeFileSync(path.join(out, 'index.html'), fs.readFileSync(path.join(player, 'index.html'), 'utf8')
    .replace('%ADAPTER%', '<script defer src="player/adapter-standalone.js"></script>')
    .replace('%LANG%', 'en').replace('%TITLE%', () => title));
  writeCourseData(out, readCourseData(out));
  fs.rmSync(path.join(out, 'content'), {recursive: true, force: true});
}

function exportCourse(cli, work, pages, player) {
  const source = path.join(work, `course-${pages}.json`);
  fs.writeFileSync(source, JSON.stringify(scaleCourse(pages)));
  const project = path.join(work, `course-${pages}.cwcourse`);
  const out = path.join(work, `html-${pages}`);
  const env = {...process.env, QT_QPA_PLATFORM: 'offscreen', LC_ALL: 'C.UTF-8'};
  execFileSync(cli, ['load', source, project, '--assets', path.join(E2E, 'fixtures/media'), '--force'], {env, stdio: ['ignore', 'ignore', 'inherit']});
  execFileSync(cli, ['export', project, '--format', 'html', '--out', out, '--force'], {env, stdio: ['ignore', 'ignore', 'inherit']});
  if (player) usePlayer(out, player);
  const content = path.join(out, 'content');
  const parts = fs.existsSync(content) ? fs.readdirSync(content).map((f) => path.join(content, f)) : [];
  const bytes = [path.join(out, 'course.js'), ...parts].reduce((s, f) => s + fs.statSync(f).size, 0);
  return {out, courseJs: fs.statSync(path.join(out, 'course.js')).size, bytes};
}

// Marks when the first item's heading and content are in <main>, and when that frame is painted.
function probe() {
  const mark = {};
  window.__cwProbe = mark;
  const seen = () => {
    const h = document.querySelector('main h1');
    const content = document.querySelector('main .cw-content');
    if (mark.inDom !== undefined || !h || !h.textContent || !content || !content.firstChild) return false;
    mark.inDom = performance.now();
    // A task queued in the next animation frame runs once that frame has been rendered.
    requestAnimationFrame(() => setTimeout(() => (mark.painted = performance.now())));
    return true;
  };
  const observer = new MutationObserver(() => seen() && observer.disconnect());
  observer.observe(document, {childList: true, subtree: true, characterData: true});
}

// In the page: clicks Next `count` times; each time, ms until the next item is shown and painted.
async function clickNext(count) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const times = [];
  for (let i = 0; i < count; i++) {
    const next = document.querySelector('.cw-pager .cw-button-primary');
    if (!next || next.disabled) break;
    const before = Coursewright.player.state().location;
    const t0 = performance.now();
    next.click();
    for (let tries = 0; tries < 500; tries++) {
      await frame();
      const now = Coursewright.player.state().location;
      const content = document.querySelector('main .cw-content');
      if ((now.module !== before.module || now.item !== before.item) && content && content.firstChild) break;
    }
    times.push(performance.now() - t0);
    await frame(); // let the idle work the click scheduled run outside the next measurement
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return times;
}

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length ? (s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2) : NaN;
};

async function measure(browser, server, runs, nexts) {
  const first = [];
  const next = [];
  const heap = [];
  const nodes = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.addInitScript(probe);
    await page.goto(server.url + 'index.html');
    await page.waitForFunction(() => window.__cwProbe && window.__cwProbe.painted !== undefined, null, {timeout: 30000});
    first.push(await page.evaluate(() => window.__cwProbe.painted));
    await page.waitForSelector('#cw-nav button', {state: 'attached'});
    await page.waitForTimeout(300);
    next.push(...await page.evaluate(clickNext, nexts));
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const metric = (name) => metrics.find((m) => m.name === name).value;
    heap.push(metric('JSHeapUsedSize'));
    nodes.push(metric('Nodes'));
    await context.close();
  }
  return {first: median(first), next: median(next), nextMax: Math.max(...next), heap: median(heap), nodes: median(nodes)};
}

(async () => {
  const cli = option('cli', process.env.CW_CLI);
  if (!cli) {
    console.error('Pass --cli PATH/TO/coursewright-cli.');
    process.exit(2);
  }
  const sizes = option('pages', '10,500,2000').split(',').map(Number);
  const runs = Number(option('runs', 5));
  const nexts = Number(option('next', 20));
  const keep = option('keep');
  const work = keep || fs.mkdtempSync(path.join(os.tmpdir(), 'cw-scale-'));
  const {launch} = require(path.join(E2E, 'lib/browser'));
  const {serve} = require(path.join(E2E, 'lib/server'));
  fs.mkdirSync(work, {recursive: true});
  const browser = await launch();
  const rows = [];
  try {
    for (const pages of sizes) {
      const pkg = exportCourse(path.resolve(cli), work, pages, option('player'));
      const server = await serve(pkg.out);
      try {
        rows.push({pages, ...pkg, ...await measure(browser, server, runs, nexts)});
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
    if (!keep) fs.rmSync(work, {recursive: true, force: true});
  }
  const base = rows[0];
  const num = (v, d = 1) => v.toFixed(d).padStart(9);
  const kb = (v) => (v / 1024).toFixed(0).padStart(9);
  const mb = (v) => (v / 1048576).toFixed(1).padStart(9);
  console.log(`\nPlayer scale: sequential course, modules of ${PER_MODULE} pages + quiz (+ scenario), headless Chromium` +
    (option('player') ? `, runtime of ${option('player')}` : ''));
  console.log(`medians of ${runs} first visits, Next: ${nexts} clicks a visit; x = ratio to N = ${base.pages}`);
  console.log(`${'pages'.padStart(6)} ${'course.js'.padStart(9)} ${'all data'.padStart(9)} ${'first ms'.padStart(9)} ${'x'.padStart(6)} ` +
    `${'Next ms'.padStart(9)} ${'x'.padStart(6)} ${'Next max'.padStart(9)} ${'heap MB'.padStart(9)} ${'x'.padStart(6)} ${'DOM nodes'.padStart(9)}`);
  console.log(`${''.padStart(6)} ${'KB'.padStart(9)} ${'KB'.padStart(9)}`);
  for (const r of rows) {
    const x = (a, b) => (a / b).toFixed(2).padStart(6);
    console.log(`${String(r.pages).padStart(6)} ${kb(r.courseJs)} ${kb(r.bytes)} ${num(r.first)} ${x(r.first, base.first)} ` +
      `${num(r.next)} ${x(r.next, base.next)} ${num(r.nextMax)} ${mb(r.heap)} ${x(r.heap, base.heap)} ${String(r.nodes).padStart(9)}`);
  }
  const ok = rows.every((r) => r.first <= FIRST_BUDGET && r.next <= NEXT_BUDGET);
  console.log(`targets: first content <= ${FIRST_BUDGET} ms, Next <= ${NEXT_BUDGET} ms at every N: ${ok ? 'met' : 'NOT met'}`);
  process.exitCode = ok ? 0 : 1;
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
