// Issue 3, point 12: the exported sample course, played start to end by keyboard only, at 1280 px
// and at 375 px: every page (tabs and accordion operated), both scenario endings, the quiz failed
// then passed, course completion recorded; axe-core over every state; screenshots for humans in
// <build>/e2e-screenshots/sample-<width>/.
'use strict';
const {test, before} = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const {Session} = require('./lib/session');
const {exportCourse, readCourseData, SCREENSHOTS} = require('./lib/package');
const kb = require('./lib/keyboard');
const P = require('./lib/player');
const {items} = require('./lib/answers');

let pkg;
let course;
before(() => {
  pkg = exportCourse('sample');
  course = readCourseData(pkg).course;
});

async function play(width) {
  const s = await Session.open(pkg, {width});
  const page = s.page;
  const dir = path.join(SCREENSHOTS, `sample-${width}`);
  let shot = 0;
  const state = async (label) => {
    await s.checkA11y(`${width}px ${label}`);
    await s.screenshot(dir, `${String(++shot).padStart(2, '0')}-${label}`);
  };
  try {
    await s.goto();
    const first = await P.record(page);
    assert.equal(first.location, '0.0', 'a first visit starts at the first page');
    assert.equal(first.completion, undefined);
    const all = items(course);
    const pages = all.filter((i) => i.node.kind === 'page');
    const scenarioNode = all.find((i) => i.node.kind === 'scenario').node;
    const quizNode = all.find((i) => i.node.kind === 'quiz').node;

    // The skip link is the first stop and moves focus to the page heading.
    await kb.activate(page, page.getByRole('link', {name: 'Skip to content'}));
    assert.ok(await kb.focused(page.locator('main h1')), 'skip link focuses the page title');

    for (const [i, item] of all.entries()) {
      if (i > 0) await P.nextItem(page, item.node.props.title);
      await P.expectTitle(page, item.node.props.title);
      const slug = item.node.props.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      await state(`item${i + 1}-${slug}`);
      if (item.node.kind === 'page') await operateWidgets(page, item.node, (l) => state(`item${i + 1}-${l}`));
      if (item.node.kind === 'scenario') await playScenario(page, (l) => state(`item${i + 1}-${l}`));
      if (item.node.kind === 'quiz') {
        await P.quiz.start(page);
        const failed = await P.playQuiz(page, quizNode, {right: () => false, state: (l) => state(`item${i + 1}-try1-${l}`)});
        assert.match(failed, /Not passed/, 'all answers wrong: not passed');
        await state(`item${i + 1}-try1-results`);
        assert.notEqual((await P.record(page)).completion, 'completed', 'course not complete before the quiz is passed');
        await P.quiz.retry(page);
        const passed = await P.playQuiz(page, quizNode, {state: (l) => state(`item${i + 1}-try2-${l}`)});
        assert.match(passed, /\bPassed\b/);
        assert.match(passed, /Your score\s*100%/);
        await state(`item${i + 1}-try2-results`);
      }
    }
    assert.equal(pages.length + 2, all.length);

    // Completion: every page seen, scenario ended with a pass, quiz passed.
    const rec = await P.record(page);
    assert.equal(rec.completion, 'completed', 'standalone record: completion');
    assert.equal(rec.success, 'passed', 'standalone record: success');
    assert.equal(rec.progress, 1, 'standalone record: progress');
    assert.equal(rec.score.scaled, 1, 'standalone record: score');
    assert.match(await page.locator('header').innerText(), new RegExp(`${all.length} of ${all.length}`));
    await P.previousItem(page);
    await state('after-completion-previous');
    s.assertClean();
    assert.ok(s.statesChecked > 30, `axe ran over ${s.statesChecked} states`);
  } finally {
    await s.close();
  }
}

// Tabs: arrow keys move the selection; accordion: Enter opens each panel.
async function operateWidgets(page, node, state) {
  const m = P.main(page);
  for (const block of node.children) {
    if (block.kind === 'tabs') {
      const titles = block.children.map((p) => p.props.title);
      await kb.tabTo(page, m.getByRole('tab', {name: titles[0], exact: true}));
      for (let t = 1; t < titles.length; t++) {
        await page.keyboard.press('ArrowRight');
        const tab = m.getByRole('tab', {name: titles[t], exact: true});
        assert.ok(await kb.focused(tab), `ArrowRight focuses tab ${titles[t]}`);
        assert.equal(await tab.getAttribute('aria-selected'), 'true');
        assert.ok(await m.getByRole('tabpanel', {name: titles[t]}).isVisible());
        await state(`tab-${t + 1}`);
      }
    }
    if (block.kind === 'accordion') {
      for (const panel of block.children) {
        const b = m.getByRole('button', {name: panel.props.title, exact: true});
        await kb.activate(page, b);
        assert.equal(await b.getAttribute('aria-expanded'), 'true', `Enter opens "${panel.props.title}"`);
        assert.ok(await m.getByRole('region', {name: panel.props.title}).isVisible());
      }
      await state('accordion-open');
    }
  }
}

// The fail ending first, then Restart and the pass ending (which needs a condition to hold).
async function playScenario(page, state) {
  const S = P.scenario;
  await S.start(page);
  await state('scenario-step1');
  await S.choose(page, /while you’re here/);
  await state('scenario-choice-feedback');
  await S.continue(page);
  assert.equal(await S.step(page), 'Jordan pushes back');
  await S.choose(page, /This isn’t about me/);
  await S.continue(page);
  await P.main(page).getByText('Not passed').waitFor();
  assert.equal(await S.step(page), '“Fine. Got it.”');
  await state('scenario-fail-ending');
  assert.notEqual((await P.record(page)).completion, 'completed');

  await S.restart(page);
  for (const [choice, next] of [[/Could we take ten minutes/, 'In the meeting room'],
    [/On Tuesday the draft was due/, 'Jordan explains'], [/What made it hard/, 'Next steps']]) {
    await S.choose(page, choice);
    await S.continue(page);
    assert.equal(await S.step(page), next);
  }
  // trust is 4 here: the "trust >= 3" choice shows, the "trust < 3" one does not.
  assert.equal(await P.button(page, /I came in harder/).count(), 0, 'a choice whose condition fails is hidden');
  await state('scenario-condition');
  await S.choose(page, /If a deadline is at risk/);
  await S.continue(page);
  await P.main(page).getByText('You passed this scenario').waitFor();
  assert.equal(await S.step(page), 'A plan you both own');
  await state('scenario-pass-ending');
}

test('sample course by keyboard at 1280 px: pages, scenario endings, quiz failed then passed, completion', () => play(1280));
test('sample course by keyboard at 375 px: the same at phone width', () => play(375));
