// Playing a Coursewright SCO by mouse inside an LMS: `root` is the Playwright Frame of the LMS's
// iframe or the Page of its popup (both have locator, getByRole, waitForFunction, evaluate). The
// keyboard route is tested elsewhere (player.js); here the subject is what reaches the LMS.
'use strict';
const assert = require('node:assert/strict');
const {answer, graded, byPrompt, kids} = require('./answers');

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const main = (root) => root.locator('main#cw-main');
const button = (root, name) => main(root).getByRole('button', {name, exact: typeof name === 'string'});

// Waits until the item title (<h1> in <main>) reads `text`.
async function expectTitle(root, text) {
  try {
    await root.waitForFunction((t) => {
      const h = document.querySelector('main#cw-main h1');
      return !!h && h.textContent.trim() === t;
    }, text, {timeout: 20000});
  } catch (e) {
    const now = await root.evaluate(() => (document.querySelector('main h1') || {}).textContent).catch(() => '?');
    throw new Error(`expected the title "${text}", the SCO shows "${now}"`);
  }
}
const title = (root) => root.locator('main#cw-main h1').first().innerText();

// The shell is up: a title and the course menu (built just after the first page).
async function ready(root) {
  await root.locator('main#cw-main h1').first().waitFor({state: 'visible', timeout: 30000});
  await root.waitForFunction(() => document.querySelector('#cw-nav li'), null, {timeout: 20000});
}

async function next(root, expected) {
  await root.getByRole('navigation', {name: 'Pages'}).getByRole('button', {name: /^Next\b/}).click();
  if (expected) await expectTitle(root, expected);
}

// Opens an item from the course menu.
async function open(root, name) {
  await root.getByRole('navigation', {name: 'Course menu'}).getByRole('button', {name: new RegExp('^' + escape(name))}).click();
  await expectTitle(root, name);
}

const quiz = {
  start: (root) => button(root, 'Start quiz').click(),
  // a: what answers.answer() returns for the question.
  async answer(root, a) {
    const m = main(root);
    if ('single' in a) await m.getByRole('radio', {name: a.single, exact: true}).check();
    else if ('likert' in a) await m.getByRole('radio', {name: a.likert, exact: true}).check();
    else if ('trueFalse' in a) await m.getByRole('radio', {name: a.trueFalse ? 'True' : 'False', exact: true}).check();
    else if ('multiple' in a) {
      const boxes = m.getByRole('checkbox');
      for (let i = 0; i < (await boxes.count()); i++) {
        const name = await boxes.nth(i).evaluate((e) => (e.labels[0] || e).textContent.trim());
        await boxes.nth(i).setChecked(a.multiple.includes(name));
      }
    } else if ('blank' in a) await m.getByRole('textbox').fill(a.blank);
    else if ('numeric' in a) await m.getByRole('textbox').fill(a.numeric);
    else if ('text' in a) await m.getByRole('textbox').fill(a.text);
    else if ('matching' in a) {
      for (const [prompt, match] of Object.entries(a.matching)) {
        await m.getByRole('combobox', {name: prompt, exact: true}).selectOption({label: match});
      }
    } else if ('sequence' in a) await quiz.order(root, a.sequence);
    else throw new Error('unknown answer ' + JSON.stringify(a));
  },
  async order(root, wanted) {
    const items = () => root.locator('main ol.cw-seq > li').evaluateAll((lis) =>
      lis.map((li) => li.firstElementChild.firstChild.textContent.trim()));
    for (let i = 0; i < wanted.length; i++) {
      for (let guard = 0; guard < wanted.length; guard++) {
        const now = await items();
        const at = now.indexOf(wanted[i]);
        assert.ok(at >= 0, `sequence item "${wanted[i]}" not found in ${now.join(' | ')}`);
        if (at <= i) break;
        await button(root, 'Move up: ' + wanted[i]).click();
      }
    }
    assert.deepEqual(await items(), wanted);
  },
  async check(root) {
    await button(root, 'Check answer').click();
    const fb = main(root).locator('.cw-feedback').first();
    await fb.waitFor();
    return fb.innerText();
  },
  heading: (root) => main(root).getByRole('heading', {level: 2}).first().innerText(),
  async question(root, n) {
    await main(root).getByRole('heading', {level: 2, name: new RegExp(`^Question ${n} of \\d+$`)}).waitFor();
  },
  next: (root) => button(root, /^Next( question)?$/).click(),
  previous: (root) => button(root, /^Previous( question)?$/).click(),
  submit: (root) => button(root, 'Submit answers').click(),
  retry: (root) => button(root, 'Try again').click(),
};

// Plays a quiz from its current question to the results. right(q, k): answer question node q
// (k-th shown, 0-based) correctly? Returns [{q, a, right}] in the order answered, and the
// results panel text.
async function playQuiz(root, quizNode, {right = () => true, from = 1} = {}) {
  const given = [];
  for (let k = from - 1; ; k++) {
    const heading = await main(root).getByRole('heading', {level: 2, name: /^Question \d+ of \d+$/}).innerText();
    const [, at, of] = /Question (\d+) of (\d+)/.exec(heading).map(Number);
    assert.equal(at, k + 1, 'question number');
    const q = byPrompt(quizNode, await main(root).locator('.cw-prompt').innerText());
    const good = right(q, k);
    const a = answer(q, good);
    await quiz.answer(root, a);
    if (graded(q) && (await button(root, 'Check answer').count())) {
      const fb = await quiz.check(root);
      assert.match(fb, good ? /^Correct/ : /^Not quite/, `feedback on ${q.kind} after a ${good ? 'right' : 'wrong'} answer`);
    }
    given.push({q, a, right: good});
    if (at === of) break;
    await quiz.next(root);
    await quiz.question(root, at + 1);
  }
  await quiz.submit(root);
  await main(root).getByRole('heading', {level: 2, name: 'Results'}).waitFor();
  return {given, results: await main(root).locator('.cw-quiz').innerText()};
}

const scenario = {
  start: (root) => button(root, 'Start').click(),
  resume: (root) => button(root, 'Resume').click(),
  // Picks a choice by its text; `cont`: press Continue after its feedback.
  async choose(root, text, {cont = true} = {}) {
    await button(root, text).click();
    if (cont) await button(root, 'Continue').click();
  },
  step: (root) => main(root).getByRole('heading', {level: 2}).first().innerText(),
  async expectStep(root, name) {
    await main(root).getByRole('heading', {level: 2, name, exact: true}).waitFor();
  },
};

// The sample course's scenario, by the choices' texts: the route to the pass ending, and the
// step each choice leads to. Index: the choice's position among its step's children.
const SAMPLE_PASS = [
  {choice: /Could we take ten minutes/, index: 0, next: 'In the meeting room'},
  {choice: /On Tuesday the draft was due/, index: 0, next: 'Jordan explains'},
  {choice: /What made it hard/, index: 0, next: 'Next steps'},
  {choice: /If a deadline is at risk/, index: 0, next: 'A plan you both own'},
];

// Plays the sample course's scenario from its first step (or from `from`, an index into
// SAMPLE_PASS) to the pass ending; returns the decisions taken [{step node id, index}].
async function passSampleScenario(root, scenarioNode, {from = 0} = {}) {
  const steps = kids(scenarioNode, 'scenarioNode');
  const taken = [];
  let at = from === 0 ? scenarioNode.props.start : steps.find((s) => s.props.title === SAMPLE_PASS[from - 1].next).id;
  for (const hop of SAMPLE_PASS.slice(from)) {
    const step = steps.find((s) => s.id === at);
    await scenario.expectStep(root, step.props.title);
    await scenario.choose(root, hop.choice);
    taken.push({step, index: hop.index});
    at = step.children[hop.index].props.target;
  }
  await main(root).getByText('You passed this scenario').waitFor();
  return taken;
}

module.exports = {main, button, title, ready, expectTitle, next, open, quiz, playQuiz, scenario, SAMPLE_PASS,
  passSampleScenario, escape, kids};
