// Every block kind and every question kind (fixtures/every-kind.json), by keyboard: media with
// captions, poster and transcript; all nine question kinds answered right, then wrong; attempts
// run out; both scenario endings and a condition; completion recorded. axe-core over each state.
'use strict';
const {test, before} = require('node:test');
const assert = require('node:assert/strict');
const {Session} = require('./lib/session');
const {exportCourse, readCourseData} = require('./lib/package');
const kb = require('./lib/keyboard');
const P = require('./lib/player');
const {items} = require('./lib/answers');

let pkg;
let all;
const item = (title) => all.find((i) => i.node.props.title === title).node;
before(() => {
  pkg = exportCourse('every-kind');
  all = items(readCourseData(pkg).course);
});

test('every block kind renders with its semantics', async () => {
  const s = await Session.open(pkg);
  const page = s.page;
  const m = P.main(page);
  try {
    await s.goto();
    await P.expectTitle(page, 'Text blocks');
    for (const [level, name] of [[2, 'A level two heading'], [3, 'A level three heading'], [4, 'A level four heading']]) {
      await m.getByRole('heading', {level, name}).waitFor();
    }
    assert.equal(await m.getByRole('link', {name: 'a link'}).getAttribute('href'), 'https://example.org/');
    assert.match(await m.locator('blockquote').innerText(), /Simplicity is prerequisite/);
    assert.match(await m.locator('figure figcaption').first().innerText(), /Dijkstra/);
    for (const [word, title] of [['Note', 'An info callout'], ['Tip', 'A tip callout'], ['Warning', 'A warning callout'], ['Important', 'An important callout']]) {
      assert.match(await m.getByRole('note').filter({hasText: title}).innerText(), new RegExp(`^${word}`, 'i'), `${title} says ${word} in words`);
    }
    assert.equal(await m.getByRole('separator').count(), 1);
    await s.checkA11y('text blocks');

    await P.nextItem(page, 'Media');
    await m.getByRole('img', {name: 'A checkerboard of blue and white squares'}).waitFor();
    assert.equal(await m.locator('img[alt=""]').count(), 1, 'the decorative image has an empty alt');
    const video = m.locator('video');
    assert.equal(await video.getAttribute('aria-label'), 'A sliding square');
    assert.match(await video.getAttribute('poster'), /^media\/.+\.png$/);
    assert.equal(await video.locator('track[kind="captions"]').count(), 1);
    assert.equal(await m.locator('audio track[kind="captions"]').count(), 1);
    // The media and their captions load from the package (served with the right types).
    const loaded = await page.evaluate(() => Promise.all([...document.querySelectorAll('main video, main audio')].map((el) =>
      new Promise((resolve) => {
        const track = el.querySelector('track');
        const ready = () => el.readyState >= 1 && (!track || track.readyState === 2);
        if (ready()) return resolve(true);
        const poll = setInterval(() => ready() && (clearInterval(poll), resolve(true)), 50);
        setTimeout(() => (clearInterval(poll), resolve(`${el.tagName} readyState ${el.readyState}, track ${track && track.readyState}`)), 5000);
      }))));
    assert.deepEqual(loaded, [true, true], 'video and audio metadata and captions load');
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('main track')].map((t) => t.track.cues.length)), [2, 1],
      'every caption cue is read from the .vtt files');
    // Native controls are keyboard operable: Tab reaches the video and audio.
    await kb.tabTo(page, video);
    await kb.tabTo(page, m.locator('audio'));
    // Transcripts open with the keyboard.
    for (const text of ['slides to the right', '440 hertz']) {
      const summary = m.locator('details', {hasText: text}).locator('summary');
      await kb.activate(page, summary);
      await m.getByText(text).waitFor();
    }
    await s.checkA11y('media, transcripts open');

    await P.nextItem(page, 'Accordion and tabs');
    for (const name of ['First question', 'Second question']) {
      await kb.activate(page, m.getByRole('button', {name}));
      assert.equal(await m.getByRole('button', {name}).getAttribute('aria-expanded'), 'true');
    }
    await m.getByText('Second answer.').waitFor();
    await kb.activate(page, m.getByRole('button', {name: 'First question'}), {back: true});
    assert.equal(await m.getByRole('button', {name: 'First question'}).getAttribute('aria-expanded'), 'false', 'Enter closes a panel again');
    await kb.tabTo(page, m.getByRole('tab', {name: 'Alpha'}));
    await page.keyboard.press('End');
    assert.ok(await kb.focused(m.getByRole('tab', {name: 'Gamma'})), 'End moves to the last tab');
    await m.getByText('Gamma content.').waitFor();
    await page.keyboard.press('Home');
    assert.ok(await kb.focused(m.getByRole('tab', {name: 'Alpha'})), 'Home moves to the first tab');
    await page.keyboard.press('ArrowLeft');
    assert.ok(await kb.focused(m.getByRole('tab', {name: 'Gamma'})), 'ArrowLeft wraps around');
    await s.checkA11y('accordion and tabs');
    s.assertClean();
  } finally {
    await s.close();
  }
});

test('every question kind by keyboard: wrong, then right, then no attempts left', async () => {
  const s = await Session.open(pkg);
  const page = s.page;
  try {
    await s.goto();
    const quiz = item('Every question kind');
    await P.openFromMenu(page, quiz.props.title);
    await s.checkA11y('quiz intro');
    await P.quiz.start(page);
    const state = (l) => s.checkA11y(l);
    const failed = await P.playQuiz(page, quiz, {right: () => false, state});
    assert.match(failed, /Not passed/);
    assert.match(failed, /Your score\s*0%/);
    await s.checkA11y('results, not passed');
    await P.quiz.retry(page);
    const passed = await P.playQuiz(page, quiz, {state});
    assert.match(passed, /\bPassed\b/);
    assert.match(passed, /Your score\s*100%/);
    assert.equal(await P.button(page, 'Try again').count(), 0, 'two attempts used: no retry');
    // The review lists the ungraded answers too.
    assert.match(passed, /A considered answer\./);
    assert.match(passed, /Agree/);
    await s.checkA11y('results, passed, review');
    const rec = await P.record(page);
    assert.equal(rec.score.raw, 100);
    s.assertClean();
  } finally {
    await s.close();
  }
});

test('scenario: a hidden conditional choice, both endings, then completion', async () => {
  const s = await Session.open(pkg);
  const page = s.page;
  const S = P.scenario;
  try {
    await s.goto();
    // Visit every page first, so the scenario and the quiz are what completion waits for.
    for (const it of all.slice(1)) await P.nextItem(page, it.node.props.title);
    await P.openFromMenu(page, 'A small dilemma');
    await S.start(page);
    await s.checkA11y('scenario start');
    await S.choose(page, 'Take the right path');
    await S.continue(page);
    await P.main(page).getByText('Not passed').waitFor();
    await s.checkA11y('scenario fail ending');
    await S.restart(page);
    await S.choose(page, 'Take the left path');
    await S.continue(page);
    assert.equal(await S.step(page), 'A quiet detour');
    assert.equal(await P.button(page, 'Never shown').count(), 0, 'the choice whose condition is false is hidden');
    await S.choose(page, 'Walk on');
    if (await P.button(page, 'Continue').count()) await S.continue(page);
    await P.main(page).getByText('You passed this scenario').waitFor();
    await s.checkA11y('scenario pass ending');
    assert.notEqual((await P.record(page)).completion, 'completed', 'the quiz is not passed yet');

    await P.openFromMenu(page, 'Every question kind');
    await P.quiz.start(page);
    await P.playQuiz(page, item('Every question kind'));
    const rec = await P.record(page);
    assert.equal(rec.completion, 'completed');
    assert.equal(rec.success, 'passed');
    s.assertClean();
  } finally {
    await s.close();
  }
});

// Keyboard users often step a closed <select> with the arrow keys; Chromium then fires a change
// event at every step. Passing over a match on the way must not take it from another prompt.
test('matching: arrow keys on a closed select leave the other prompts alone', async () => {
  const s = await Session.open(pkg);
  const page = s.page;
  const m = P.main(page);
  try {
    await s.goto();
    await P.openFromMenu(page, 'Every question kind');
    await P.quiz.start(page);
    for (let k = 1; k < 5; k++) {
      await P.quiz.next(page);
      await m.getByRole('heading', {level: 2, name: `Question ${k + 1} of 9`}).waitFor();
    }
    const want = {Dog: 'Bark', Cat: 'Meow', Cow: 'Moo'};
    for (const [prompt, match] of Object.entries(want)) {
      await kb.stepOption(page, m.getByRole('combobox', {name: prompt, exact: true}), match);
    }
    const got = {};
    for (const prompt of Object.keys(want)) {
      got[prompt] = await m.getByRole('combobox', {name: prompt, exact: true}).evaluate((e) => e.selectedOptions[0].textContent);
    }
    assert.deepEqual(got, want);
    s.assertClean();
  } finally {
    await s.close();
  }
});
