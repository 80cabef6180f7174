// Issue 3, point 2: an XSS payload in every text property comes out inert. fixtures/xss.json puts
// <img onerror>, <script>, "><svg onload> and a javascript: link into every title, rich text,
// feedback, alt text, choice, match, sequence item, scale entry, accepted answer and scenario text.
// Each property group is visited in every state, twice: as exported by the CLI (which sanitises
// rich text itself), and with course.js rewritten from the raw fixture, so that the player alone
// has to keep the payloads inert.
'use strict';
const {test, before} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const {Session} = require('./lib/session');
const {exportCourse, readCourseData, writeCourseData, loadFixture} = require('./lib/package');
const kb = require('./lib/keyboard');
const P = require('./lib/player');
const {items} = require('./lib/answers');

const packages = {};
before(() => {
  packages.exported = exportCourse('xss');
  packages.raw = packages.exported + '-raw';
  fs.rmSync(packages.raw, {recursive: true, force: true});
  fs.cpSync(packages.exported, packages.raw, {recursive: true});
  // The exported tree has every property (defaults filled in); put the fixture's texts back as
  // they were typed, before the exporter sanitised the rich text.
  const data = readCourseData(packages.raw);
  const raw = new Map();
  const index = (n) => raw.set(n.id, n) && (n.children || []).forEach(index);
  index(loadFixture('xss').course);
  const restore = (n) => {
    Object.assign(n.props, raw.get(n.id).props);
    (n.children || []).forEach(restore);
  };
  restore(data.course);
  writeCourseData(packages.raw, data);
});

// Everything that would show a payload ran or could run.
async function assertInert(page, where) {
  const problems = await page.evaluate(() => {
    const out = [];
    if (window.__xss !== undefined) out.push('window.__xss was set');
    for (const s of document.querySelectorAll('script')) {
      if (!/\/(course\.js|content\/m\d+\.js|player\/coursewright\.js)$/.test(s.src)) out.push('script element: ' + s.outerHTML.slice(0, 100));
    }
    for (const e of document.querySelectorAll('*')) {
      for (const a of e.attributes) {
        if (/^on/i.test(a.name)) out.push(`<${e.localName} ${a.name}="${a.value}">`);
        if (/^\s*javascript:/i.test(a.value)) out.push(`<${e.localName} ${a.name}="${a.value}">`);
      }
    }
    for (const e of document.querySelectorAll('svg, iframe, object, embed')) out.push('element: ' + e.outerHTML.slice(0, 100));
    for (const img of document.querySelectorAll('img')) {
      if (!/^media\//.test(img.getAttribute('src') || '')) out.push('img: ' + img.outerHTML.slice(0, 100));
    }
    return out;
  });
  assert.deepEqual(problems, [], `payload not inert at ${where}`);
}

// A plain-text property shows its payload as text, literally.
async function assertShownAsText(page, locator, label) {
  const text = await locator.innerText();
  assert.ok(text.includes(label + ' <img src=x onerror="window.__xss=1"><script>window.__xss=1</script>'),
    `"${label}" is shown as text, got: ${text.slice(0, 200)}`);
}

const T = (label) => new RegExp('^' + label + ' <img');

// The raw variant hands the player payloads the exporter would have removed. Parsing them (inertly,
// in a <template>) makes Chromium check their inline event handlers against the page's
// Content-Security-Policy, which refuses and reports each one: the second wall at work. Those
// reports are expected there and nowhere else; every other error still fails the test.
function assertClean(s, variant) {
  if (variant === 'raw') {
    const blocked = /Executing inline event handler violates|CSP violation: script-src-attr blocked inline/;
    assert.ok(s.errors.some((e) => blocked.test(e)), 'the CSP refused the raw payloads\' event handlers');
    s.errors = s.errors.filter((e) => !blocked.test(e));
  }
  s.assertClean();
}

for (const variant of ['exported', 'raw']) {
  test(`${variant}: course, module, page, quiz and scenario titles`, async () => {
    const s = await Session.open(packages[variant]);
    const page = s.page;
    try {
      await s.goto();
      await assertInert(page, 'first page');
      await assertShownAsText(page, page.locator('header'), 'Course');
      await assertShownAsText(page, page.getByRole('navigation', {name: 'Course menu'}), 'Module');
      await assertShownAsText(page, page.locator('main h1'), 'Page');
      await P.nextItem(page, T('Quiz'));
      await assertInert(page, 'quiz intro');
      await P.nextItem(page, T('Scenario'));
      await assertInert(page, 'scenario intro');
      assertClean(s, variant);
    } finally {
      await s.close();
    }
  });

  test(`${variant}: every block kind (text, alt, captions, transcripts, callout, panels, quote)`, async () => {
    const s = await Session.open(packages[variant]);
    const page = s.page;
    const m = P.main(page);
    try {
      await s.goto();
      await assertInert(page, 'page');
      for (const label of ['Heading', 'Caption', 'Video', 'Audio', 'Callout', 'Accordion', 'Tabs', 'Quote', 'Attribution']) {
        await assertShownAsText(page, m, label);
      }
      assert.match(await m.locator('img').first().getAttribute('alt'), /^Alt <img src=x onerror=/);
      await m.getByText(/^Text\b/).first().waitFor();
      for (const summary of await m.locator('details summary').all()) {
        await kb.activate(page, summary);
      }
      await m.getByText(/Video transcript/).waitFor();
      await m.getByText(/Audio transcript/).waitFor();
      await assertInert(page, 'transcripts open');
      await kb.activate(page, m.getByRole('button', {name: T('Accordion panel')}));
      await m.getByText(/Accordion text/).waitFor();
      await assertShownAsText(page, m, 'Accordion panel');
      await assertInert(page, 'accordion open');
      await kb.tabTo(page, m.getByRole('tab', {name: T('Tab one')}));
      await page.keyboard.press('ArrowRight');
      await m.getByText(/Tab two text/).waitFor();
      await assertInert(page, 'second tab');
      assertClean(s, variant);
    } finally {
      await s.close();
    }
  });

  test(`${variant}: quiz intro, prompts, choices, feedback, matches, items, unit, scale, review`, async () => {
    const s = await Session.open(packages[variant]);
    const page = s.page;
    try {
      await s.goto();
      const quiz = items(readCourseData(packages[variant]).course).find((i) => i.node.kind === 'quiz').node;
      await P.nextItem(page, T('Quiz'));
      await P.main(page).getByText(/Quiz intro/).waitFor();
      await assertInert(page, 'quiz intro');
      await P.quiz.start(page);
      const state = (label) => assertInert(page, label);
      for (const right of [false, true]) {
        const results = await P.playQuiz(page, quiz, {right: () => right, state});
        await assertInert(page, 'results');
        for (const label of ['Single A', 'Match prompt one', 'Item one', right ? 'Scale three' : 'Scale two']) {
          assert.ok(results.includes(label + ' <img src=x onerror='), `the review shows "${label}" as text`);
        }
        assert.ok(results.includes('Accepted one <img src=x onerror='), 'the review shows the accepted answer as text');
        if (!right) await P.quiz.retry(page);
      }
      assertClean(s, variant);
    } finally {
      await s.close();
    }
  });

  test(`${variant}: scenario intro, step, image alt, choices, feedback, both endings, path`, async () => {
    const s = await Session.open(packages[variant]);
    const page = s.page;
    const m = P.main(page);
    try {
      await s.goto();
      await P.nextItem(page, T('Quiz'));
      await P.nextItem(page, T('Scenario'));
      await m.getByText(/Scenario intro/).waitFor();
      for (const choice of ['Choice fail', 'Choice pass']) {
        await P.scenario.start(page).catch(() => P.scenario.restart(page));
        await assertInert(page, 'scenario step');
        await assertShownAsText(page, m, 'Step');
        assert.match(await m.locator('img').getAttribute('alt'), /^Step alt <img src=x onerror=/);
        await P.scenario.choose(page, T(choice));
        await assertShownAsText(page, m, choice + ' feedback');
        await assertInert(page, 'choice feedback');
        await P.scenario.continue(page);
        await assertShownAsText(page, m, choice === 'Choice pass' ? 'Ending pass' : 'Ending fail');
        await m.getByText(choice === 'Choice pass' ? /Ending pass feedback/ : /Ending fail feedback/).waitFor();
        await assertInert(page, 'ending');
      }
      assertClean(s, variant);
    } finally {
      await s.close();
    }
  });
}
