// Resume: the learner state in localStorage survives a reload, which reopens the same item with
// every answer and scenario step kept (sample course, keyboard only).
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
  pkg = exportCourse('sample', 'sample-resume');
  all = items(readCourseData(pkg).course);
});

// Reloads and checks that the stored record is read back as it was (and written back unchanged).
async function reloadKeepsRecord(s) {
  const before = await P.record(s.page);
  await s.reload();
  const after = await P.record(s.page);
  assert.equal(after.state, before.state, 'the learner-state string round-trips through a reload');
  assert.equal(after.location, before.location);
  return after;
}

test('reload resumes at the same page with visited pages kept', async () => {
  const s = await Session.open(pkg);
  try {
    await s.goto();
    await P.nextItem(s.page, all[1].node.props.title);
    await P.nextItem(s.page, all[2].node.props.title);
    const rec = await reloadKeepsRecord(s);
    assert.equal(rec.location, '0.2');
    await P.expectTitle(s.page, all[2].node.props.title);
    const nav = s.page.getByRole('navigation', {name: 'Course menu'});
    for (const i of [0, 1, 2]) {
      await nav.getByRole('button', {name: `${all[i].node.props.title} (visited)`}).waitFor();
    }
    assert.equal(await nav.getByRole('button', {name: `${all[3].node.props.title} (visited)`}).count(), 0);
    await s.checkA11y('resumed page');
    s.assertClean();
  } finally {
    await s.close();
  }
});

test('reload resumes a quiz in progress with its answers kept', async () => {
  const s = await Session.open(pkg);
  const page = s.page;
  try {
    await s.goto();
    const quizNode = all.find((i) => i.node.kind === 'quiz').node;
    await P.openFromMenu(page, quizNode.props.title);
    await P.quiz.start(page);
    const [q1, q2] = kids(quizNode);
    await P.quiz.answer(page, answer(q1, true));
    await P.quiz.check(page);
    await P.quiz.next(page);
    await P.quiz.answer(page, answer(q2, false));
    await P.quiz.check(page);
    await P.quiz.next(page);
    await reloadKeepsRecord(s);
    await P.expectTitle(page, quizNode.props.title);
    // Resumes at the first unanswered question.
    await P.main(page).getByRole('heading', {level: 2, name: /^Question 3 of/}).waitFor();
    await s.checkA11y('resumed quiz');
    await kb.activate(page, P.button(page, /^Previous( question)?$/));
    await P.main(page).getByRole('heading', {level: 2, name: /^Question 2 of/}).waitFor();
    const m = P.main(page);
    const chosen = answer(q2, false).multiple;
    for (const c of kids(q2, 'choice')) {
      const box = m.getByRole('checkbox', {name: new RegExp('^' + c.props.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))});
      assert.equal(await box.isChecked(), chosen.includes(c.props.text), `question 2 "${c.props.text}" kept`);
    }
    assert.match(await m.locator('.cw-feedback').first().innerText(), /^Not quite/, 'checked answer keeps its feedback');
    await kb.activate(page, P.button(page, /^Previous( question)?$/));
    const right = m.getByRole('radio', {name: new RegExp('^' + answer(q1, true).single.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))});
    assert.ok(await right.isChecked(), 'question 1 answer kept');
    s.assertClean();
  } finally {
    await s.close();
  }
});

test('reload resumes a scenario at the step reached, path kept', async () => {
  const s = await Session.open(pkg);
  const page = s.page;
  try {
    await s.goto();
    const sc = all.find((i) => i.node.kind === 'scenario').node;
    await P.openFromMenu(page, sc.props.title);
    await P.scenario.start(page);
    await P.scenario.choose(page, /Could we take ten minutes/);
    await P.scenario.continue(page);
    assert.equal(await P.scenario.step(page), 'In the meeting room');
    await reloadKeepsRecord(s);
    await P.expectTitle(page, sc.props.title);
    // The view may show the step at once or offer to resume first.
    if (await P.button(page, 'Resume').count()) await kb.activate(page, P.button(page, 'Resume'));
    await P.main(page).getByRole('heading', {level: 2, name: 'In the meeting room'}).waitFor();
    await s.checkA11y('resumed scenario');
    await P.scenario.choose(page, /I need you to be more reliable/);
    await P.scenario.continue(page);
    await P.scenario.choose(page, /This isn’t about me/);
    await P.scenario.continue(page);
    const path = await P.main(page).locator('.cw-scenario-path').innerText();
    assert.match(path, /Friday morning[\s\S]*In the meeting room[\s\S]*Jordan pushes back/, 'the path taken spans the reload');
    s.assertClean();
  } finally {
    await s.close();
  }
});

test('a finished course reopens finished', async () => {
  const s = await Session.open(pkg);
  const page = s.page;
  try {
    await s.goto();
    // Complete it by the shortest keyboard route: every item, scenario passed, quiz passed.
    const quizNode = all.find((i) => i.node.kind === 'quiz').node;
    for (const [i, it] of all.entries()) {
      if (i > 0) await P.nextItem(page, it.node.props.title);
      if (it.node.kind === 'scenario') {
        await P.scenario.start(page);
        for (const c of [/Could we take ten minutes/, /On Tuesday the draft/, /What made it hard/, /If a deadline is at risk/]) {
          await P.scenario.choose(page, c);
          await P.scenario.continue(page);
        }
      }
      if (it.node.kind === 'quiz') {
        await P.quiz.start(page);
        await P.playQuiz(page, quizNode);
      }
    }
    const done = await P.record(page);
    assert.equal(done.completion, 'completed');
    assert.equal(done.success, 'passed');
    const after = await reloadKeepsRecord(s);
    assert.equal(after.completion, 'completed');
    await P.expectTitle(page, quizNode.props.title);
    await P.main(page).getByRole('heading', {level: 2, name: 'Results'}).waitFor();
    s.assertClean();
  } finally {
    await s.close();
  }
});
