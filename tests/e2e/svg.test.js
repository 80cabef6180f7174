// Issue 7, point 1: hostile SVG media come out inert. Every file of tests/data/svg-hostile goes into
// a course through `coursewright-cli load` of a folder form (course.json + assets/ by hash), the
// course is exported as HTML, and each shipped SVG is opened in Chromium as an <img> in the player
// and directly as a document, over http and from file://. Every payload tries to write
// localStorage, document.title and window.name, to fetch from a recording server and to post a
// message; none of it may happen. The raw files, opened the same way, do run: the check can fail.
'use strict';
const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const {execFileSync} = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const {pathToFileURL} = require('url');
const {launch} = require('./lib/browser');
const {serve, recorder} = require('./lib/server');
const {Session} = require('./lib/session');
const {readCourseData, SCRATCH, ROOT} = require('./lib/package');

const HOSTILE = path.join(ROOT, 'tests/data/svg-hostile');
// Their DTD declares entities, or they use entities only an external DTD could define: refused by
// load, never stored.
const REFUSED = new Set(['billion-laughs.svg', 'xxe.svg', 'xxe-parameter-entity.svg', 'external-dtd-entity.svg']);

let hit;
let browser;
let work;
let pkg;
let shipped; // file name -> path of the shipped SVG inside pkg
let rawDir;

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

function cli(args, {fail = false} = {}) {
  const bin = process.env.CW_CLI;
  assert.ok(bin && fs.existsSync(bin), 'CW_CLI names coursewright-cli (ctest sets it)');
  try {
    const out = execFileSync(bin, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
      env: {...process.env, LC_ALL: 'C.UTF-8', QT_QPA_PLATFORM: 'offscreen'}});
    assert.ok(!fail, `coursewright-cli ${args.join(' ')} should have failed`);
    return {status: 0, output: out};
  } catch (e) {
    if (!fail || e.code === 'ERR_ASSERTION') throw e;
    return {status: e.status, output: e.stdout + e.stderr};
  }
}

// A folder form (course.json + assets/<hash>.svg) whose first page shows each file as an image.
function folderForm(dir, files) {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(path.join(dir, 'assets'), {recursive: true});
  const blank = path.join(dir, 'blank.cwcourse');
  cli(['new', '--template', 'blank', '--force', blank]);
  const course = JSON.parse(cli(['dump', blank]).output);
  fs.rmSync(blank);
  let page = null;
  const find = (n) => page || (n.kind === 'page' ? (page = n) : (n.children || []).forEach(find));
  find(course.course);
  assert.ok(page, 'the blank course has a page');
  for (const [name, bytes] of files) {
    const hash = sha256(bytes);
    fs.writeFileSync(path.join(dir, 'assets', hash + '.svg'), bytes);
    course.assets.push({hash, name, mimeType: 'image/svg+xml', size: bytes.length});
    (page.children ??= []).push({id: crypto.randomUUID(), kind: 'image', props: {asset: hash, alt: name}});
  }
  course.assets.sort((a, b) => a.hash.localeCompare(b.hash));
  fs.writeFileSync(path.join(dir, 'course.json'), JSON.stringify(course, null, 2));
}

before(async () => {
  hit = await recorder();
  browser = await launch();
  work = path.join(SCRATCH, 'svg');
  fs.rmSync(work, {recursive: true, force: true});
  rawDir = path.join(work, 'raw');
  fs.mkdirSync(rawDir, {recursive: true});
  const files = new Map();
  for (const name of fs.readdirSync(HOSTILE).filter((f) => f.endsWith('.svg')).sort()) {
    const bytes = Buffer.from(fs.readFileSync(path.join(HOSTILE, name), 'utf8').replaceAll('__HIT__', hit.url));
    fs.writeFileSync(path.join(rawDir, name), bytes);
    if (!REFUSED.has(name)) files.set(name, bytes);
  }
  assert.ok(files.size >= 20, 'every kind of hostile SVG is there');
  const form = path.join(work, 'form');
  folderForm(form, files);
  const project = path.join(work, 'hostile.cwcourse');
  cli(['load', form, project, '--force']);
  pkg = path.join(work, 'html');
  cli(['export', project, '--format', 'html', '--out', pkg, '--force']);
  // By the image blocks (their alt text is the file name): files that clean to the same bytes
  // share one asset.
  shipped = new Map();
  const data = readCourseData(pkg);
  const walk = (n) => {
    if (n.kind === 'image') shipped.set(n.props.alt, data.assets[n.props.asset].src);
    (n.children || []).forEach(walk);
  };
  walk(data.course);
  assert.deepEqual([...shipped.keys()].sort(), [...files.keys()].sort(), 'every image is in the package');
  for (const [name, src] of shipped) {
    assert.match(src, /^media\/[0-9a-f]{16}\.svg$/);
    assert.notDeepEqual(fs.readFileSync(path.join(pkg, src)), files.get(name), `${name} was cleaned`);
  }
});

after(async () => {
  await browser?.close();
  await hit?.close();
});

test('an SVG that declares or uses XML entities is refused by load with a clear message', () => {
  for (const name of REFUSED) {
    const form = path.join(work, 'refused');
    folderForm(form, [[name, fs.readFileSync(path.join(rawDir, name))]]);
    const result = cli(['load', form, path.join(work, 'refused.cwcourse'), '--force'], {fail: true});
    assert.equal(result.status, 3, result.output);
    assert.match(result.output, new RegExp(`"${name.replace('.', '\\.')}": .*entit(y|ies)`), result.output);
  }
});

// Opens `url` as a document in a fresh page, pokes it (load, click, hover, Tab), and returns what
// a payload would have left behind.
async function openDocument(context, url) {
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, {waitUntil: 'load'});
  await page.mouse.move(50, 50);
  await page.mouse.click(30, 30);
  await page.mouse.click(50, 75);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // A javascript: link replaces the document; give the page a settled state to read.
  await page.waitForLoadState('load');
  const left = await page.evaluate(() => ({
    title: document.title,
    name: window.name,
    stored: (() => { try { return localStorage.getItem('cw-pwned'); } catch (e) { return 'no storage: ' + e.message; } })(),
    messages: window.__cwMessages || [],
  }));
  await page.close();
  return left;
}

async function documentContext() {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__cwMessages = [];
    window.addEventListener('message', (e) => window.__cwMessages.push(String(e.data)));
  });
  return context;
}

function assertNothingRan(left, where) {
  assert.ok(!/pwned/.test(left.title), `${where}: document.title became ${left.title}`);
  assert.equal(left.name, '', `${where}: window.name became ${left.name}`);
  assert.equal(left.stored, null, `${where}: localStorage was written`);
  assert.deepEqual(left.messages, [], `${where}: a message was posted`);
}

test('the raw payloads do run when opened directly (so the checks below can fail)', async () => {
  const server = await serve(rawDir, 'raw');
  const context = await documentContext();
  try {
    const viaHttp = await openDocument(context, server.url + 'script-plain.svg');
    assert.equal(viaHttp.title, 'pwned script-plain');
    assert.equal(viaHttp.stored, 'script-plain');
    assert.deepEqual(viaHttp.messages, ['pwned script-plain']);
    const viaFile = await openDocument(context, pathToFileURL(path.join(rawDir, 'onload-root.svg')).href);
    assert.equal(viaFile.title, 'pwned onload-root');
    assert.equal(viaFile.name, 'pwned onload-root');
    const external = await openDocument(context, server.url + 'image-external.svg');
    assert.equal(external.title, '');
    await waitForHits(['script-plain', 'onload-root', 'image-external.png']);
  } finally {
    await context.close();
    await server.close();
  }
  hit.hits.length = 0;
});

// The recorder hears a fetch a moment after the page sent it.
async function waitForHits(expected) {
  for (let i = 0; i < 100 && !expected.every((e) => hit.hits.some((h) => h.includes(e))); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  for (const e of expected) assert.ok(hit.hits.some((h) => h.includes(e)), `the recorder heard ${e}: ${hit.hits}`);
}

for (const via of ['http', 'file']) {
  test(`every shipped SVG opened directly over ${via} runs nothing and loads nothing`, async () => {
    const server = via === 'http' ? await serve(pkg) : null;
    const base = server ? server.url : pathToFileURL(pkg).href + '/';
    const context = await documentContext();
    try {
      for (const [name, src] of shipped) {
        const left = await openDocument(context, base + src);
        assertNothingRan(left, `${name} (${src}) over ${via}`);
      }
      assert.deepEqual(hit.hits, [], 'no payload reached the recording server');
    } finally {
      await context.close();
      await server?.close();
    }
  });

  test(`the player shows every shipped SVG as an image over ${via}, within its CSP`, async () => {
    const s = await Session.open(pkg, {via, browser});
    try {
      await s.goto();
      const images = await s.page.evaluate(() => Promise.all([...document.querySelectorAll('main img')].map((img) =>
        img.decode().then(() => ({src: img.getAttribute('src'), ok: img.naturalWidth > 0}),
          () => ({src: img.getAttribute('src'), ok: false})))));
      assert.equal(images.length, shipped.size);
      assert.deepEqual(images.filter((i) => !i.ok), [], 'every cleaned SVG still decodes as an image');
      const left = await s.page.evaluate(() => ({title: document.title, name: window.name,
        stored: localStorage.getItem('cw-pwned')}));
      assert.ok(!/pwned/.test(left.title));
      assert.equal(left.name, '');
      assert.equal(left.stored, null);
      assert.deepEqual(hit.hits, []);
      s.assertClean(); // includes every CSP violation, reported as a console error
      // The policy is in force: an inline script added now is refused.
      const inline = await s.page.evaluate(() => new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', () => resolve(window.__cwInline ? 'ran' : 'refused'), {once: true});
        const script = document.createElement('script');
        script.textContent = 'window.__cwInline = 1';
        document.body.append(script);
        if (window.__cwInline) resolve('ran');
      }));
      assert.equal(inline, 'refused');
    } finally {
      await s.close();
    }
  });
}
