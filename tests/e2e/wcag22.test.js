// WCAG 2.2 AA beyond axe-core's 2.1 rules (issue 8, points 7 and 4), over fixtures/every-kind.json
// with sequential navigation (so the menu has locked items), played through by keyboard at 320 and
// 1280 px: axe's 2.2 rules; SC 2.5.8 target size; forced colours (Windows High Contrast); SC 1.4.12
// text spacing; the pager unlike the activity's buttons; locked answers readable; the focused
// results heading unlike an input field. One test per criterion. Screenshots (not asserted) of the
// forced-colours and text-spacing runs land in <build>/e2e-screenshots/wcag22-*.
'use strict';
const {test, before} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {Session} = require('./lib/session');
const {exportCourse, COURSES, SCRATCH, SCREENSHOTS} = require('./lib/package');
const {axeRun, formatViolations, TAGS} = require('./lib/axe');
const kb = require('./lib/keyboard');
const P = require('./lib/player');
const {items} = require('./lib/answers');

const WIDTHS = [320, 1280];
let pkg;
let course;
const item = (title) => items(course).find((i) => i.node.props.title === title).node;

before(() => {
  const json = JSON.parse(fs.readFileSync(COURSES['every-kind'].json, 'utf8'));
  json.course.props.navigation = 'sequential';
  fs.mkdirSync(SCRATCH, {recursive: true});
  const file = path.join(SCRATCH, 'wcag22.json');
  fs.writeFileSync(file, JSON.stringify(json));
  pkg = exportCourse({json: file, media: COURSES['every-kind'].media}, 'wcag22');
  course = json.course;
});

// Plays the course in order by keyboard and calls visit(label) at every state: each page (menu
// open on narrow screens, transcripts and an accordion panel open), the quiz intro, every
// question answered wrongly and checked (feedback, marks, locked answers), the results with the
// review, the scenario's first step, a choice's feedback and the ending.
async function tour(s, visit) {
  const page = s.page;
  const m = P.main(page);
  await s.goto();
  await visit('text blocks');
  const toggle = page.locator('.cw-menu-toggle');
  if (await toggle.isVisible()) {
    await kb.activate(page, toggle);
    await visit('menu open');
    await page.keyboard.press('Escape');
  }
  await P.nextItem(page, 'Media');
  for (const summary of await m.locator('details summary').all()) await kb.activate(page, summary);
  await visit('media, transcripts open');
  await P.nextItem(page, 'Accordion and tabs');
  await kb.activate(page, m.getByRole('button', {name: 'First question'}));
  await visit('accordion and tabs');
  await P.nextItem(page, 'Every question kind');
  await visit('quiz intro');
  await P.quiz.start(page);
  await P.playQuiz(page, item('Every question kind'), {right: () => false, state: visit});
  await visit('quiz results');
  await P.nextItem(page, 'A small dilemma');
  await P.scenario.start(page);
  await visit('scenario step');
  for (const choice of ['Take the left path', 'Walk on']) {
    await P.scenario.choose(page, choice);
    if (await P.button(page, 'Continue').count()) {
      await visit('scenario feedback: ' + choice);
      await P.scenario.continue(page);
    }
  }
  await m.getByText('You passed this scenario').waitFor();
  await visit('scenario ending');
}

// Runs `check(page, label)` (returning a list of problems) at every state of the tour at both
// widths; fails with every problem found. `setup(s)` runs on each fresh session first.
async function everywhere(name, check, {setup = async () => {}, forcedColors = 'none', shots} = {}) {
  const problems = [];
  for (const width of WIDTHS) {
    const s = await Session.open(pkg, {width, height: 800});
    try {
      await s.page.emulateMedia({forcedColors});
      await setup(s);
      let n = 0;
      await tour(s, async (label) => {
        for (const p of await check(s.page, label)) problems.push(`${width} px, ${label}: ${p}`);
        if (shots) await s.screenshot(path.join(SCREENSHOTS, `wcag22-${shots}-${width}`), String(++n).padStart(2, '0') + '-' + label.replace(/[^\w-]+/g, '-'));
      });
      s.assertClean();
    } finally {
      await s.close();
    }
  }
  assert.deepEqual(problems, [], `${name}:\n  ${problems.join('\n  ')}`);
}

// In-page helpers, installed before each check (the page never reloads during a tour).
function helpers() {
  if (window.__cw) return;
  const parse = (c) => {
    const m = c.match(/[\d.]+/g).map(Number);
    return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1};
  };
  const lum = ({r, g, b}) => {
    const f = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (x, y) => {
    const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p);
    return (a + 0.05) / (b + 0.05);
  };
  const over = (top, under) => ({r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a), a: 1});
  // The colour painted behind an element: its own and its ancestors' backgrounds, composed.
  const background = (e) => {
    const layers = [];
    for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c.a > 0) layers.push(c);
      if (c.a >= 1) break;
    }
    return layers.reverse().reduce((under, top) => over(top, under), {r: 255, g: 255, b: 255, a: 1});
  };
  // Opacity of the element and its ancestors, multiplied.
  const opacity = (e) => {
    let o = 1;
    for (let n = e; n && n.nodeType === 1; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
    return o;
  };
  const shown = (e) => {
    if (e.closest('[hidden], .cw-visually-hidden, [aria-hidden=true]')) return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  };
  const name = (e) => {
    const t = (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''}${e.type ? ' type=' + e.type : ''}> "${t}"`;
  };
  window.__cw = {parse, contrast, over, background, opacity, shown, name};
}

// The rendered pixels of a box of the page (from a screenshot), as [r, g, b, a] rows.
async function pixels(page, box) {
  const png = await page.screenshot({clip: box});
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const rows = [];
    for (let y = 0; y < c.height; y++) {
      const row = [];
      for (let x = 0; x < c.width; x++) row.push({r: d[(y * c.width + x) * 4], g: d[(y * c.width + x) * 4 + 1], b: d[(y * c.width + x) * 4 + 2], a: 1});
      rows.push(row);
    }
    return rows;
  }, png.toString('base64'));
}

test('axe-core runs every WCAG 2.2 A/AA rule it has, target size included, at 320 and 1280 px', async () => {
  // Every wcag2x A/AA tag that the installed axe-core knows is asked for by lib/axe.js.
  const s0 = await Session.open(pkg);
  let known;
  try {
    await s0.goto();
    await axeRun(s0.page);
    known = await s0.page.evaluate(() => [...new Set(window.axe.getRules().flatMap((r) => r.tags))]
      .filter((t) => /^wcag2\d*a{1,2}$/.test(t)).sort());
  } finally {
    await s0.close();
  }
  assert.ok(known.includes('wcag22aa'), 'the installed axe-core has WCAG 2.2 rules');
  assert.deepEqual(known.filter((t) => !TAGS.includes(t)), [], 'lib/axe.js asks for every WCAG A/AA tag axe-core knows');
  const ran = new Set();
  await everywhere('axe-core (WCAG 2.0, 2.1, 2.2 A and AA)', async (page) => {
    const r = await axeRun(page);
    for (const kind of ['passes', 'violations', 'incomplete']) for (const rule of r[kind]) ran.add(rule.id);
    return r.violations.length ? [formatViolations(r.violations)] : [];
  });
  assert.ok(ran.has('target-size'), 'axe-core checked target sizes (SC 2.5.8)');
});

// SC 2.5.8: every target is at least 24 by 24 CSS px, or its 24 px circle (centred on its box)
// meets no other target and no other small target's circle. Inline links inside a sentence and the
// browser's own media controls are exempt. A radio or checkbox inside its label: the label is the
// target (a click anywhere on it chooses).
function targetProblems() {
  const {shown, name} = window.__cw;
  const SEL = 'a[href], button, input:not([type=hidden]), select, textarea, summary, audio[controls], video[controls], [tabindex]:not([tabindex="-1"]), [role=tab]';
  const inSentence = (e) => e.tagName === 'A' && getComputedStyle(e).display === 'inline' &&
    e.parentElement.textContent.trim().length > e.textContent.trim().length;
  const targets = [...new Set([...document.querySelectorAll(SEL)].filter((e) => shown(e) && !inSentence(e))
    .map((e) => (e.matches('input[type=radio], input[type=checkbox]') && e.closest('label')) || e))];
  const boxes = targets.map((e) => e.getBoundingClientRect());
  const small = boxes.map((r) => r.width < 23.95 || r.height < 23.95);
  const centre = (r) => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
  const distance = (r, [x, y]) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const problems = [];
  targets.forEach((e, i) => {
    if (!small[i]) return;
    const c = centre(boxes[i]);
    const j = targets.findIndex((o, k) => k !== i && !o.contains(e) && !e.contains(o) &&
      (small[k] ? Math.hypot(c[0] - centre(boxes[k])[0], c[1] - centre(boxes[k])[1]) < 24 : distance(boxes[k], c) < 12));
    const size = `${boxes[i].width.toFixed(1)}×${boxes[i].height.toFixed(1)} px`;
    if (j >= 0) problems.push(`${name(e)} is ${size}, too close to ${name(targets[j])}`);
  });
  return problems;
}

test('SC 2.5.8: every control is at least 24×24 px or spaced enough, at 320 and 1280 px', async () => {
  let measured = 0;
  await everywhere('targets smaller than 24×24 px without the spacing SC 2.5.8 allows', async (page) => {
    await page.evaluate(helpers);
    measured += await page.evaluate(() => document.querySelectorAll('button, input, select, textarea, a[href], summary').length);
    return page.evaluate(targetProblems);
  });
  assert.ok(measured > 300, `controls measured: ${measured}`);
  // The measure itself catches two 20 px buttons side by side (and only them).
  const s = await Session.open(pkg);
  try {
    await s.goto();
    await s.page.evaluate(helpers);
    await s.page.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'crowded';
      for (const t of ['a', 'b']) {
        const b = box.appendChild(document.createElement('button'));
        Object.assign(b.style, {width: '20px', height: '20px', padding: '0', margin: '0'});
        b.textContent = t;
      }
      document.querySelector('main').append(box);
    });
    const caught = await s.page.evaluate(targetProblems);
    await s.page.evaluate(() => document.getElementById('crowded').remove());
    assert.equal(caught.length, 2, 'the check flags crowded small targets: ' + caught.join('; '));
  } finally {
    await s.close();
  }
});

// Under forced colours the browser replaces colours and drops box shadows and background images:
// whatever told states apart by those alone disappears.
function forcedColourProblems() {
  const {parse, contrast, background, shown, name} = window.__cw;
  const problems = [];
  const visible = (e, what) => {
    const c = getComputedStyle(e);
    if (contrast(parse(c.color), background(e)) < 3) problems.push(`${what} ${name(e)}: text ${c.color} on its background`);
  };
  // Correct and incorrect marks and feedback: a sign (✓ ✗ i) and words, readable.
  for (const e of document.querySelectorAll('.cw-mark, .cw-feedback')) {
    if (!shown(e)) continue;
    const sign = getComputedStyle(e, '::before').content;
    if (!/[✓✗i]/.test(sign)) problems.push(`${name(e)} has no sign under forced colours (::before ${sign})`);
    visible(e, 'mark');
  }
  // Locked menu items: readable, and say so in words.
  for (const e of document.querySelectorAll('.cw-menu-item:disabled')) {
    if (!shown(e)) continue;
    visible(e, 'locked item');
    if (!e.querySelector('.cw-locked')) problems.push(`${name(e)} does not say it is locked`);
  }
  // The current menu item and the selected tab differ from their siblings by more than weight.
  const look = (e) => {
    const c = getComputedStyle(e);
    const bg = background(e);
    return [`rgb(${bg.r}, ${bg.g}, ${bg.b})`, c.color, c.outlineStyle === 'none' ? '' : c.outlineStyle + c.outlineWidth,
      ['Top', 'Right', 'Bottom', 'Left'].map((s) => (c[`border${s}Style`] === 'none' || parse(c[`border${s}Color`]).a === 0 ? 0 : c[`border${s}Width`])).join()].join(' | ');
  };
  for (const [current, other] of [['.cw-menu-item[aria-current]', '.cw-menu-item:not([aria-current]):not(:disabled)'],
    ['.cw-tab[aria-selected=true]', '.cw-tab[aria-selected=false]']]) {
    const a = document.querySelector(current);
    const b = document.querySelector(other);
    if (a && b && shown(a) && shown(b) && look(a) === look(b)) problems.push(`${name(a)} looks like ${name(b)}: ${look(a)}`);
  }
  return problems;
}

// Tabs through every control from the top of the page; returns those whose focus ring (the
// control's outline, or its option label's) is missing or invisible.
async function focusRingProblems(page) {
  const problems = [];
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  const seen = new Set();
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const {parse, contrast, background, name} = window.__cw;
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const key = name(e) + e.getBoundingClientRect().top;
      const owner = (e.matches('input[type=radio], input[type=checkbox]') && e.closest('.cw-option')) || e;
      const c = getComputedStyle(owner);
      const ok = c.outlineStyle !== 'none' && parseFloat(c.outlineWidth) >= 2 && parse(c.outlineColor).a > 0 &&
        contrast(parse(c.outlineColor), background(owner.parentElement)) >= 3;
      return {key, problem: ok ? null : `${name(e)} has no visible focus ring (outline ${c.outlineStyle} ${c.outlineWidth} ${c.outlineColor})`};
    });
    if (!r || seen.has(r.key)) break;
    seen.add(r.key);
    if (r.problem) problems.push(r.problem);
  }
  return problems;
}

test('forced colours: focus rings, marks, progress, current, selected and locked items stay visible', async () => {
  let progressChecked = false;
  await everywhere('invisible under forced colours', async (page, label) => {
    await page.evaluate(helpers);
    const problems = await page.evaluate(forcedColourProblems);
    // The progress bar: its filled part and its track differ (1 of 5 items seen at the start).
    if (label === 'text blocks') {
      const box = await page.locator('.cw-progress progress').boundingBox();
      const row = (await pixels(page, box))[Math.floor(box.height / 2)];
      const c = await page.evaluate(([a, b]) => window.__cw.contrast(a, b), [row[Math.floor(row.length * 0.08)], row[Math.floor(row.length * 0.7)]]);
      if (c < 3) problems.push(`the progress bar's value and track differ by ${c.toFixed(2)}:1 only`);
      progressChecked = true;
    }
    if (!/answered$/.test(label)) problems.push(...await focusRingProblems(page));
    return problems;
  }, {forcedColors: 'active', shots: 'forced-colours'});
  assert.ok(progressChecked);
});

// SC 1.4.12: with line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em and word
// spacing 0.16 em, nothing is cut off (no clipping box whose content overflows, no sideways
// scrolling) and no text runs into other text.
const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } ' +
  'p { margin-bottom: 2em !important; }';

function spacingProblems() {
  const {shown, name} = window.__cw;
  const problems = [];
  if (document.documentElement.scrollWidth > innerWidth + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide`);
  for (const e of document.querySelectorAll('body *')) {
    if (!shown(e) || /^(VIDEO|AUDIO|IMG|PROGRESS|SELECT|INPUT|TEXTAREA)$/.test(e.tagName)) continue;
    const c = getComputedStyle(e);
    const x = /hidden|clip/.test(c.overflowX) && e.scrollWidth > e.clientWidth + 1;
    const y = /hidden|clip/.test(c.overflowY) && e.scrollHeight > e.clientHeight + 1;
    if (x || y) problems.push(`${name(e)} cuts its content off (${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight})`);
  }
  // Text that overlaps other text: the boxes of every visible text run, pairwise.
  const runs = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n; (n = walker.nextNode());) {
    if (!n.textContent.trim() || !shown(n.parentElement) || n.parentElement.closest('select, script, style, video, audio')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) runs.push({n, r});
  }
  const cut = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      if (runs[i].n !== runs[j].n && cut(runs[i].r, runs[j].r)) {
        problems.push(`text "${runs[i].n.textContent.trim().slice(0, 30)}" overlaps "${runs[j].n.textContent.trim().slice(0, 30)}" (${name(runs[i].n.parentElement)})`);
      }
    }
  }
  // Text must stay inside the control that holds it.
  for (const e of document.querySelectorAll('button, summary, .cw-option, label, .cw-tab')) {
    if (!shown(e)) continue;
    const b = e.getBoundingClientRect();
    const out = runs.filter(({n, r}) => e.contains(n) && !n.parentElement.closest('.cw-visually-hidden') &&
      (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1));
    if (out.length) problems.push(`${name(e)}: its text "${out[0].n.textContent.trim().slice(0, 30)}" runs outside it`);
  }
  return [...new Set(problems)];
}

test('SC 1.4.12: text spacing overrides cut nothing off and overlap nothing, at 320 and 1280 px', async () => {
  let selfTest = false;
  await everywhere('clipped or overlapping under text spacing overrides', async (page) => {
    await page.evaluate(helpers);
    if (!selfTest) {
      // The check itself catches a fixed-height box that hides the text it holds.
      selfTest = true;
      await page.evaluate(() => {
        const p = document.querySelector('main').appendChild(document.createElement('p'));
        p.id = 'clipped';
        Object.assign(p.style, {height: '1em', overflow: 'hidden'});
        p.textContent = 'Two lines of text\nin one line of room';
        p.style.whiteSpace = 'pre';
      });
      const caught = await page.evaluate(spacingProblems);
      await page.evaluate(() => document.getElementById('clipped').remove());
      assert.ok(caught.some((c) => /cuts its content off/.test(c)), 'the check flags clipped text: ' + caught.join('; '));
    }
    return page.evaluate(spacingProblems);
  }, {
    // A constructed style sheet: the package's Content-Security-Policy refuses an inline <style>.
    setup: (s) => s.page.addInitScript((css) => document.addEventListener('DOMContentLoaded', () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }), SPACING),
    shots: 'text-spacing',
  });
});

// Point 4a: an activity's own buttons ("Next question", scenario "Continue") do not look like the
// page navigation beside them, which lives in its own labelled <nav>.
test('the pager is its own navigation landmark and looks unlike the activity buttons', async () => {
  for (const width of WIDTHS) {
    const s = await Session.open(pkg, {width});
    const page = s.page;
    const m = P.main(page);
    try {
      await s.goto();
      const pager = page.getByRole('navigation', {name: 'Pages'});
      assert.equal(await pager.count(), 1, 'one navigation landmark named "Pages"');
      assert.equal(await page.getByRole('navigation', {name: 'Course menu', includeHidden: true}).count(), 1, 'the course menu keeps its own name');
      const pagerNext = pager.getByRole('button', {name: /^Next\b/});
      for (const title of ['Media', 'Accordion and tabs', 'Every question kind']) await P.nextItem(page, title);
      await P.quiz.start(page);
      await P.quiz.answer(page, {single: 'Mars'});
      const styles = (l) => l.evaluate((e) => {
        const c = getComputedStyle(e);
        return {background: c.backgroundColor, radius: c.borderTopLeftRadius, color: c.color, inActivity: !!e.closest('.cw-view')};
      });
      const compare = async (activity, what) => {
        const a = await styles(activity);
        const n = await styles(pagerNext);
        assert.ok(a.inActivity && !n.inActivity, `${what} is inside the activity, the pager outside it`);
        assert.notEqual(a.background, n.background, `${what} and the pager's Next differ in fill (${width} px)`);
        assert.notEqual(a.radius, n.radius, `${what} and the pager's Next differ in shape (${width} px)`);
      };
      await compare(P.button(page, 'Check answer'), 'Check answer');
      await P.quiz.check(page);
      await compare(P.button(page, 'Next question'), 'Next question');
      const card = await m.locator('.cw-view').evaluate((e) => getComputedStyle(e).borderTopStyle);
      assert.notEqual(card, 'none', 'the activity is a card with a border');
      await page.evaluate(() => Coursewright.player.go(4));
      await P.expectTitle(page, 'A small dilemma');
      await P.scenario.start(page);
      await P.scenario.choose(page, 'Take the left path');
      await compare(P.button(page, 'Continue'), 'the scenario\'s Continue');
      await s.screenshot(path.join(SCREENSHOTS, 'wcag22-pager-' + width), 'scenario-continue');
      s.assertClean();
    } finally {
      await s.close();
    }
  }
});

// Point 4b: a locked (checked, disabled) answer stays readable: its text at 4.5:1 at least, and
// the radio or checkbox that shows what was chosen at 3:1 against the option.
test('locked answers stay readable, not greyed out', async () => {
  const s = await Session.open(pkg);
  const page = s.page;
  const problems = [];
  let locked = 0;
  try {
    await s.goto();
    for (const title of ['Media', 'Accordion and tabs', 'Every question kind']) await P.nextItem(page, title);
    await P.quiz.start(page);
    await P.playQuiz(page, item('Every question kind'), {right: () => false, state: async (label) => {
      if (!/checked$/.test(label)) return;
      await page.evaluate(helpers);
      const found = await page.evaluate(() => {
        const {parse, contrast, background, opacity, name} = window.__cw;
        const out = {problems: [], chosen: [], count: 0};
        for (const e of document.querySelectorAll('main :is(input, select, textarea):disabled')) {
          out.count++;
          const text = e.matches('input[type=radio], input[type=checkbox]') ? e.closest('label').querySelector('span') : e;
          const c = getComputedStyle(text);
          const fg = window.__cw.over({...parse(c.color), a: parse(c.color).a * opacity(text)}, background(text));
          const k = contrast(fg, background(text));
          if (k < 4.5) out.problems.push(`${name(e.closest('label') || e)}: text at ${k.toFixed(2)}:1`);
          if (opacity(e) < 1) out.problems.push(`${name(e)} is faded to opacity ${opacity(e)}`);
          // What is painted counts (the browser greys disabled controls beyond their computed colour):
          // the chosen radio or checkbox, and the text inside a field or select.
          const r = e.getBoundingClientRect();
          const pad = parseFloat(getComputedStyle(e).paddingLeft) + 1;
          const box = e.checked ? {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height}
            : {x: r.left + scrollX + pad, y: r.top + scrollY + 3, width: Math.min(r.width * 0.6 - pad, 120), height: r.height - 6};
          if (e.checked) out.chosen.push({box, bg: background(e.parentElement), need: 3, what: `the chosen ${name(e.closest('label'))} shows its state`});
          else if (!e.matches('input[type=radio], input[type=checkbox]') && (e.value || '').trim()) out.chosen.push({box, bg: background(e), need: 4.5, what: `${name(e)} shows its text`});
        }
        return out;
      });
      locked += found.count;
      problems.push(...found.problems.map((p) => `${label}: ${p}`));
      // The pixel that stands out most against the background behind the control.
      for (const c of found.chosen) {
        const px = (await pixels(page, c.box)).flat();
        const best = Math.max(...await page.evaluate(([px, bg]) => px.map((p) => window.__cw.contrast(p, bg)), [px, c.bg]));
        if (best < c.need) problems.push(`${label}: ${c.what} at ${best.toFixed(2)}:1 only`);
      }
    }});
    s.assertClean();
  } finally {
    await s.close();
  }
  assert.ok(locked >= 10, `locked answers measured: ${locked}`);
  assert.deepEqual(problems, [], 'greyed-out locked answers:\n  ' + problems.join('\n  '));
});

// Point 4c: a heading that gets focus only so that screen readers start there (the quiz results)
// does not look like an input field; keyboard controls keep their rings.
test('the focused results heading shows no input-like box; controls keep their focus rings', async () => {
  const s = await Session.open(pkg);
  const page = s.page;
  try {
    await s.goto();
    for (const title of ['Media', 'Accordion and tabs', 'Every question kind']) await P.nextItem(page, title);
    await P.quiz.start(page);
    await P.playQuiz(page, item('Every question kind'), {right: () => false});
    const heading = await page.evaluate(() => {
      const e = document.activeElement;
      const c = getComputedStyle(e);
      return {tag: e.tagName, text: e.textContent, outline: c.outlineStyle === 'none' || parseFloat(c.outlineWidth) === 0 ? 'none' : `${c.outlineStyle} ${c.outlineWidth}`,
        borders: ['Top', 'Right', 'Bottom', 'Left'].filter((side) => c[`border${side}Style`] !== 'none' && parseFloat(c[`border${side}Width`]) > 0).length};
    });
    assert.equal(heading.tag, 'H2');
    assert.equal(heading.text, 'Results');
    assert.equal(heading.outline, 'none', 'no outline box around the focused results heading');
    assert.ok(heading.borders < 4, 'no border box around the focused results heading');
    await s.screenshot(path.join(SCREENSHOTS, 'wcag22-results-focus'), 'results');
    await kb.tabTo(page, P.button(page, 'Try again'));
    const ring = await P.button(page, 'Try again').evaluate((e) => getComputedStyle(e).outlineStyle);
    assert.notEqual(ring, 'none', 'a keyboard-focused button still has its ring');
    s.assertClean();
  } finally {
    await s.close();
  }
});
