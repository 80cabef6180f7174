// What keyboard and screen reader users rely on beyond axe-core's rules: focus lands on the new
// title after every page change, quiz and scenario feedback is spoken through a live region, and
// motion stops when the learner asks for reduced motion.
'use strict';
const {test, before} = require('node:test');
const assert = require('node:assert/strict');
const {Session} = require('./lib/session');
const {exportCourse, readCourseData} = require('./lib/package');
const kb = require('./lib/keyboard');
const P = require('./lib/player');
const {items, answer, kids} = require('./lib/answers');

let pkg;
let all;
before(() => {
  pkg = exportCourse('sample', 'sample-focus');
  all = items(readCourseData(pkg).course);
});

// The text of the live regions, once one of them matches `pattern`.
async function spoken(page, pattern) {
  await page.waitForFunction((re) => [...document.querySelectorAll('[aria-live]')]
    .some((r) => new RegExp(re).test(r.textContent)), pattern.source);
  return page.evaluate(() => [...document.querySelectorAll('[aria-live]')].map((r) => r.textContent).join(' | '));
}

test('focus moves to the new title after Next and after a menu choice', async () => {
  const s = await Session.open(pkg);
  const page = s.page;
  try {
    await s.goto();
    await P.nextItem(page, all[1].node.props.title);
    assert.ok(await kb.focused(page.locator('main h1')), 'Next focuses the new page title');
    await P.openFromMenu(page, all[3].node.props.title);
    assert.ok(await kb.focused(page.locator('main h1')), 'the menu focuses the chosen page title');
    s.assertClean();
  } finally {
    await s.close();
  }
});

test('quiz and scenario feedback is announced through a live region', async () => {
  const s = await Session.open(pkg);
  const page = s.page;
  try {
    await s.goto();
    const quizNode = all.find((i) => i.node.kind === 'quiz').node;
    await P.openFromMenu(page, quizNode.props.title);
    await P.quiz.start(page);
    await P.quiz.answer(page, answer(kids(quizNode)[0], false));
    await P.quiz.check(page);
    assert.match(await spoken(page, /Not quite/), /Not quite/);

    const scenarioNode = all.find((i) => i.node.kind === 'scenario').node;
    await P.openFromMenu(page, scenarioNode.props.title);
    await P.scenario.start(page);
    const first = kids(scenarioNode, 'scenarioNode')[0];
    const choice = kids(first, 'scenarioChoice')[0].props;
    await P.scenario.choose(page, choice.text);
    assert.ok((await spoken(page, new RegExp(choice.feedback.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))))
      .includes(choice.feedback), 'the choice feedback is spoken');
    s.assertClean();
  } finally {
    await s.close();
  }
});

// A quiz option's border colour fades; with reduced motion it changes at once.
async function optionTransition(reducedMotion) {
  const s = await Session.open(pkg, {reducedMotion});
  try {
    await s.goto();
    const quizNode = all.find((i) => i.node.kind === 'quiz').node;
    await P.openFromMenu(s.page, quizNode.props.title);
    await P.quiz.start(s.page);
    const seconds = await s.page.locator('.cw-option').first()
      .evaluate((e) => parseFloat(getComputedStyle(e).transitionDuration));
    s.assertClean();
    return seconds;
  } finally {
    await s.close();
  }
}

test('motion stops under prefers-reduced-motion', async () => {
  assert.ok(await optionTransition('no-preference') > 0.05, 'options animate by default');
  assert.ok(await optionTransition('reduce') < 0.001, 'no animation with reduced motion');
});
