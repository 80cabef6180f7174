// Course data split per module (docs/player.md, "course.js"): course.js holds the skeleton and the
// learner-state shape the exporter computed, each module's items' children come in content/m<i>.js
// when the learner gets there (from file:// too, under the page's CSP), and the menu is updated in
// place rather than rebuilt on every step.
'use strict';
const {test, before} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {Session} = require('./lib/session');
const {exportCourse, readCourseData, COURSES, SCRATCH, ROOT} = require('./lib/package');
const P = require('./lib/player');
const kb = require('./lib/keyboard');
const CoursewrightState = require(path.join(ROOT, 'templates/player/state.js'));

const packages = {};
let source; // the two-module course as written
let titles;
before(() => {
  // The sample course, its module cut in two (pages 1-3; pages 4-5, scenario, quiz), sequential.
  source = JSON.parse(fs.readFileSync(COURSES.sample.json, 'utf8'));
  const module = source.course.children[0];
  const second = {...module, id: '0b6d3c1e-2f4a-5b6c-8d7e-9f0a1b2c3d4e', props: {...module.props, title: 'Second half'},
    children: module.children.slice(3)};
  module.children = module.children.slice(0, 3);
  source.course.children.push(second);
  source.course.props.navigation = 'sequential';
  fs.mkdirSync(SCRATCH, {recursive: true});
  const json = path.join(SCRATCH, 'split.json');
  fs.writeFileSync(json, JSON.stringify(source));
  packages.split = exportCourse({json, media: COURSES.sample.media}, 'split');
  packages.sample = exportCourse('sample', 'split-sample');
  packages.everyKind = exportCourse('every-kind', 'split-every-kind');
  titles = [].concat(...source.course.children.map((m) => m.children.map((n) => n.props.title)));
});

// One rule, one place: the shape course.js ships is StateBudget's (C++); the player's own reading
// of the same course must agree with it, or saved progress would be misread.
test('the shape the exporter ships equals CoursewrightState.shapeFromCourse of the course', () => {
  for (const [name, dir] of Object.entries(packages)) {
    const skeleton = readCourseData(dir, {split: true});
    const whole = readCourseData(dir);
    assert.ok(skeleton.shape && skeleton.shape.modules.length > 0, `${name}: course.js has a shape`);
    assert.deepEqual(skeleton.shape, CoursewrightState.shapeFromCourse(whole.course), name);
  }
});

test('course.js holds no blocks, questions or steps; each module\'s are in its own script', () => {
  const skeleton = readCourseData(packages.split, {split: true});
  assert.equal(skeleton.format, 2);
  assert.deepEqual(skeleton.parts, ['content/m0.js', 'content/m1.js']);
  const whole = readCourseData(packages.split).course;
  const full = new Map([].concat(...whole.children.map((m) => m.children)).map((it) => [it.id, it]));
  const kinds = new Set();
  for (const m of skeleton.course.children) {
    for (const it of m.children) {
      kinds.add(it.kind);
      if (it.kind !== 'quiz') {
        assert.deepEqual(it.children, [], `${it.props.title}: nothing of it in course.js but its props`);
        continue;
      }
      // What the course score needs of a quiz not yet opened: each question's kind and points.
      const questions = full.get(it.id).children;
      assert.ok(questions.length > 0 && questions.every((q) => q.props.points > 0 && q.props.prompt));
      assert.deepEqual(it.children, questions.map((q) => ({kind: q.kind, props: {points: q.props.points}})));
    }
  }
  assert.deepEqual([...kinds].sort(), ['page', 'quiz', 'scenario']);
  for (const file of skeleton.parts) assert.ok(fs.existsSync(path.join(packages.split, file)), file);
  // Put back together, every item has exactly the children of the course as written.
  const children = (course) => [].concat(...course.children.map((m) => m.children.map((it) => it.children.map((c) => c.id))));
  assert.deepEqual(children(whole), children(source.course));
  assert.ok(children(whole).some((ids) => ids.length > 0));
});

test('split data plays from file:// and resumes in the second module', async () => {
  const s = await Session.open(packages.split, {via: 'file'});
  const page = s.page;
  const parts = () => page.evaluate(() => Object.keys(Coursewright.parts || {}));
  const blocks = () => page.locator('main .cw-content > *').count();
  try {
    await s.goto();
    await P.expectTitle(page, titles[0]);
    assert.ok(await blocks() > 0, 'the first page shows its blocks');
    assert.deepEqual(await parts(), ['0'], 'the second module is not loaded while the first is read');
    await P.nextItem(page, titles[1]);
    await P.nextItem(page, titles[2]);
    await P.nextItem(page, titles[3]);
    assert.ok(await blocks() > 0, 'the first page of the second module shows its blocks');
    assert.deepEqual((await parts()).sort(), ['0', '1']);
    await s.reload();
    await P.expectTitle(page, titles[3]);
    assert.ok(await blocks() > 0, 'the resumed page shows its blocks');
    assert.equal((await P.record(page)).location, '1.0');
    // Sequential: the restored visits open exactly the item after them.
    await page.locator('#cw-nav button').first().waitFor({state: 'attached'});
    const disabled = await page.evaluate(() => [...document.querySelectorAll('#cw-nav button')].map((b) => b.disabled));
    assert.deepEqual(disabled, titles.map((_, i) => i > 4));
    // A scenario's steps and a quiz's questions come from the module's script as well.
    await P.nextItem(page, titles[4]);
    await P.nextItem(page, titles[5]);
    await P.scenario.start(page);
    assert.ok((await P.scenario.step(page)).length > 0, 'the scenario shows its first step');
    await P.nextItem(page, titles[6]);
    await kb.activate(page, P.button(page, 'Start quiz'));
    await P.main(page).getByText(/^Question 1 of \d+$/).waitFor();
    assert.ok(await P.main(page).getByRole('radio').count() > 0, 'the first question shows its choices');
    s.assertClean();
  } finally {
    await s.close();
  }
});

// A module script that does not load (a package missing a file, a network hiccup in an LMS) shows the
// item as unavailable, and the next visit asks for it again.
test('a module script that fails to load shows its item as unavailable and is asked for again', async () => {
  const dir = path.join(SCRATCH, 'split-missing');
  fs.rmSync(dir, {recursive: true, force: true});
  fs.cpSync(packages.split, dir, {recursive: true});
  const script = path.join(dir, 'content', 'm1.js');
  fs.renameSync(script, script + '.away');
  const s = await Session.open(dir);
  const page = s.page;
  try {
    await s.goto();
    await P.nextItem(page, titles[1]);
    await P.nextItem(page, titles[2]);
    await P.nextItem(page, titles[3]);
    await P.main(page).getByText('This part of the course cannot be shown.').waitFor();
    fs.renameSync(script + '.away', script);
    await P.previousItem(page, titles[2]);
    await P.nextItem(page, titles[3]);
    await page.locator('main .cw-content > *').first().waitFor();
    assert.equal(await P.main(page).getByText('This part of the course cannot be shown.').count(), 0);
    // The only trouble on the way was the missing script itself.
    assert.ok(s.errors.length > 0 && s.errors.every((e) => /content\/m1\.js/.test(e)), s.errors.join('\n'));
  } finally {
    await s.close();
  }
});

// Rebuilding the whole menu on every step made Next cost O(course) (issue 8, point 5).
test('a step updates the menu in place: the same buttons, with their marks moved', async () => {
  const s = await Session.open(packages.split);
  const page = s.page;
  try {
    await s.goto();
    await page.locator('#cw-nav button').first().waitFor({state: 'attached'}); // built after the first page
    const count = await page.evaluate(() => {
      const buttons = [...document.querySelectorAll('#cw-nav button')];
      buttons.forEach((b, i) => (b.cwTag = i));
      return buttons.length;
    });
    assert.equal(count, titles.length);
    await P.nextItem(page, titles[1]);
    const after = await page.evaluate(() => [...document.querySelectorAll('#cw-nav button')].map((b) => ({
      tag: b.cwTag, current: b.getAttribute('aria-current'), disabled: b.disabled, text: b.textContent})));
    assert.deepEqual(after.map((b) => b.tag), after.map((_, i) => i), 'no button was recreated');
    assert.deepEqual(after.map((b) => b.current), [null, 'page', ...Array(titles.length - 2).fill(null)]);
    assert.match(after[0].text, /\(visited\)/);
    assert.equal(after[2].disabled, false, 'visiting item 2 opens item 3');
    assert.equal(after[3].disabled, true);
    assert.match(after[3].text, /\(locked\)/);
    assert.doesNotMatch(after[2].text, /\(locked\)/);
    s.assertClean();
  } finally {
    await s.close();
  }
});

test('a module whose script is missing shows its pages as unavailable; the rest plays on', async () => {
  const broken = packages.split + '-broken';
  fs.rmSync(broken, {recursive: true, force: true});
  fs.cpSync(packages.split, broken, {recursive: true});
  fs.rmSync(path.join(broken, 'content/m1.js'));
  const s = await Session.open(broken, {via: 'file'});
  const page = s.page;
  try {
    await s.goto();
    for (let i = 1; i <= 3; i++) await P.nextItem(page, titles[i]);
    await page.getByText('This part of the course cannot be shown.').waitFor();
    await P.previousItem(page, titles[2]);
    assert.ok(await page.locator('main .cw-content > *').count() > 0);
  } finally {
    await s.close();
  }
});
