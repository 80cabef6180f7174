// What a learner sees and keeps (issue 8), by keyboard: numbers read and written the way the
// course's language writes them (en, de, fr, es); a wrong true/false answer called "Not quite" in
// each language, never "False"; typed and half-made answers kept, unchecked, across a reload, a
// closed tab, a pause and a hidden page; a survey that is thanked for, not scored
// (fixtures/learner-*.json, written by make-fixtures.py).
'use strict';
const {test, before} = require('node:test');
const assert = require('node:assert/strict');
const {Session} = require('./lib/session');
const {exportCourse, readCourseData} = require('./lib/package');
const kb = require('./lib/keyboard');
const P = require('./lib/player');
const {items} = require('./lib/answers');

// The player's words in each language (templates/player/quiz.js), as a learner reads them.
const WORDS = {
  en: {start: 'Start quiz', check: 'Check answer', next: 'Next question', submit: 'Submit answers', results: 'Results',
    passed: 'Passed', score: 'Your score', notQuite: 'Not quite', yes: 'True', no: 'False', right: 'Correct answer',
    answer: 'Your answer', q: (n, m) => `Question ${n} of ${m}`},
  de: {start: 'Quiz starten', check: 'Antwort prüfen', next: 'Nächste Frage', submit: 'Antworten abschicken', results: 'Ergebnis',
    passed: 'Bestanden', score: 'Ihr Ergebnis', notQuite: 'Nicht richtig', yes: 'Wahr', no: 'Falsch', right: 'Richtige Antwort',
    answer: 'Ihre Antwort', q: (n, m) => `Frage ${n} von ${m}`},
  fr: {start: 'Commencer le quiz', check: 'Vérifier la réponse', next: 'Question suivante', submit: 'Envoyer les réponses',
    results: 'Résultats', passed: 'Réussi', score: 'Votre score', notQuite: 'Pas tout à fait', yes: 'Vrai', no: 'Faux',
    right: 'Bonne réponse', answer: 'Votre réponse', q: (n, m) => `Question ${n} sur ${m}`},
  es: {start: 'Empezar el cuestionario', check: 'Comprobar respuesta', next: 'Siguiente pregunta', submit: 'Enviar respuestas',
    results: 'Resultados', passed: 'Aprobado', score: 'Tu puntuación', notQuite: 'No es correcto', yes: 'Verdadero', no: 'Falso',
    right: 'Respuesta correcta', answer: 'Tu respuesta', q: (n, m) => `Pregunta ${n} de ${m}`},
};

// The numeric questions of fixtures/learner-<lang>.json: what the learner types, the number it
// means, and how the review writes the answer given and the right one (Intl's marks; Spanish
// groups only from five digits, so 1500 stays "1500").
const NUMBERS = {
  en: [{typed: '1,500', value: 1500, yours: '1,500 euros', right: '1,500 euros'},
    {typed: '1.5', value: 1.5, yours: '1.5 hours', right: '1.5 ± 0.5 hours'}],
  de: [{typed: '1.500', value: 1500, yours: '1.500 Euro', right: '1.500 Euro'},
    {typed: '3,5', value: 3.5, yours: '3,5 Minuten', right: '3,5 ± 0,5 Minuten'}],
  fr: [{typed: '1 500', value: 1500, yours: '1 500 euros', right: '1 500 euros'},
    {typed: '3,5', value: 3.5, yours: '3,5 minutes', right: '3,5 ± 0,5 minutes'}],
  es: [{typed: '1.500', value: 1500, yours: '1500 euros', right: '1500 euros'},
    {typed: '3,5', value: 3.5, yours: '3,5 minutos', right: '3,5 ± 0,5 minutos'}],
};

const LANGS = Object.keys(WORDS);
const pkg = {};
const course = {};
before(() => {
  for (const name of [...LANGS, 'drafts', 'survey']) {
    pkg[name] = exportCourse('learner-' + name);
    course[name] = items(readCourseData(pkg[name]).course).map((i) => i.node);
  }
});

// French writes thousands with a narrow no-break space: compare texts with plain spaces.
const squash = (s) => String(s).replace(/\s+/g, ' ').trim();
const m = P.main;
const heading = (page, name) => m(page).getByRole('heading', {level: 2, name, exact: true}).waitFor();

// The review's rows of question k (0-based): [[term, value], ...], spaces squashed.
const reviewRows = (page, k) => m(page).locator('.cw-review > ol > li').nth(k).locator('dl.cw-facts > div')
  .evaluateAll((rows) => rows.map((r) => [r.querySelector('dt').textContent, r.querySelector('dd').textContent]))
  .then((rows) => rows.map((r) => r.map(squash)));

for (const lang of LANGS) {
  const W = WORDS[lang];

  test(`${lang}: numbers typed the way the language writes them score, and the review writes them so`, async () => {
    const s = await Session.open(pkg[lang]);
    const page = s.page;
    try {
      await P.watchInteractions(s.context);
      await s.goto();
      const [quiz] = course[lang];
      await P.expectTitle(page, quiz.props.title);
      await kb.activate(page, P.button(page, W.start));
      const nums = NUMBERS[lang];
      for (const [k, n] of nums.entries()) {
        await heading(page, W.q(k + 1, nums.length));
        const field = m(page).getByRole('textbox');
        await kb.typeInto(page, field, n.typed);
        assert.notEqual(await field.getAttribute('aria-invalid'), 'true', `"${n.typed}" is a number in ${lang}`);
        await kb.activate(page, P.button(page, k === nums.length - 1 ? W.submit : W.next));
      }
      await heading(page, W.results);
      const results = m(page).locator('.cw-quiz');
      assert.equal(await results.locator('.cw-feedback strong').first().innerText(), W.passed);
      assert.match(squash(await results.innerText()), new RegExp(`${W.score} 100 ?%`), 'scored 100%');

      // The interactions the adapter was given: each answer read as its number, and right.
      const all = await P.interactions(page);
      assert.ok(all && all.length, 'interactions were captured (P.watchInteractions wraps Coursewright.adapters.standalone)');
      const reported = all.filter((i) => i.type === 'numeric');
      assert.deepEqual(reported.map((i) => [i.response, i.result]), nums.map((n) => [n.value, 'correct']),
        `the numbers typed in ${lang} reach the adapter as ${nums.map((n) => n.value).join(' and ')}, correct`);

      for (const [k, n] of nums.entries()) {
        const rows = await reviewRows(page, k);
        assert.deepEqual(rows.find(([term]) => term === W.answer), [W.answer, n.yours], `review of question ${k + 1}: the answer`);
        assert.deepEqual(rows.find(([term]) => term === W.right), [W.right, n.right], `review of question ${k + 1}: the right answer`);
      }
      await s.checkA11y(`${lang} numbers reviewed`);
      s.assertClean();
    } finally {
      await s.close();
    }
  });

  test(`${lang}: a wrong true/false answer is "${W.notQuite}", never the option's word`, async () => {
    const s = await Session.open(pkg[lang]);
    const page = s.page;
    try {
      await s.goto();
      const truth = course[lang][1];
      await P.openFromMenu(page, truth.props.title);
      await kb.activate(page, P.button(page, W.start));
      await heading(page, W.q(1, 1));
      // The statement is true; the learner says it is not.
      await kb.chooseRadio(page, m(page).getByRole('radio', {name: W.no, exact: true}));
      await kb.activate(page, P.button(page, W.check));
      const verdict = m(page).locator('.cw-feedback').first();
      await verdict.waitFor();
      assert.equal(await verdict.locator('strong').innerText(), W.notQuite, 'the verdict word');
      const said = squash(await verdict.innerText());
      assert.ok(said.startsWith(W.notQuite), `the feedback opens with "${W.notQuite}": ${said}`);
      assert.ok(said.includes(truth.children[0].props.incorrectFeedback.replace(/<[^>]+>/g, '')), 'the author\'s feedback follows');
      // Screen readers hear the same word.
      await page.waitForFunction((w) => [...document.querySelectorAll('[aria-live]')].some((r) => r.textContent.startsWith(w + '.')),
        W.notQuite);
      // Beside the chosen option: the verdict; beside the right one: "Correct answer". Neither
      // is an option's word.
      const mark = (option) => m(page).locator('label.cw-option', {has: page.getByText(option, {exact: true})}).locator('.cw-mark');
      const chosen = squash(await mark(W.no).innerText());
      const right = squash(await mark(W.yes).innerText());
      assert.equal(chosen, W.notQuite, 'the mark beside the chosen option');
      assert.equal(right, W.right, 'the mark beside the right option');
      for (const word of [W.yes, W.no]) {
        for (const text of [chosen, right, await verdict.locator('strong').innerText()]) {
          assert.ok(!new RegExp(`^${word}\\b`).test(text), `"${text}" could be read as the option "${word}"`);
        }
      }
      await s.checkA11y(`${lang} true/false, not quite`);
      s.assertClean();
    } finally {
      await s.close();
    }
  });
}

// ---- answers kept while typing (learner-drafts: immediate feedback) -----------------------------

const D = WORDS.en;
const at = async (page) => Number(/^Question (\d+) of/.exec(await P.quiz.questionHeading(page))[1]);
const select = (page, prompt) => m(page).getByRole('combobox', {name: prompt, exact: true});
const chosen = (page, prompt) => select(page, prompt).evaluate((e) => e.selectedOptions[0].textContent);

// The answers as stored (localStorage, decoded with the page's own CoursewrightState).
const stored = (page) => page.evaluate(() => {
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (!k.startsWith('coursewright:')) continue;
    const rec = JSON.parse(localStorage.getItem(k));
    if (!rec.state) return null;
    const r = CoursewrightState.decode(rec.state, Coursewright.data.shape);
    if (r.error) return {error: r.error};
    const cur = r.state.quizzes[0].current;
    return cur && {answers: cur.answers, checked: cur.checked || null};
  }
  return null;
});

// Moves to question n of the quiz with Previous / Next.
async function goToQuestion(page, n) {
  for (let guard = 0; guard < 8; guard++) {
    const now = await at(page);
    if (now === n) return;
    await kb.activate(page, P.button(page, now > n ? /^Previous( question)?$/ : /^Next( question)?$/), {back: now > n});
    await heading(page, new RegExp(`^Question ${now > n ? now - 1 : now + 1} of`));
  }
  throw new Error('question ' + n + ' not reached');
}

// Answers all four without checking any: types into the fill-in, the numeric and the short
// answer, and matches two of the three animals. The short answer is typed last when
// `shortLast` (and its field is left focused).
async function draft(page, {shortLast = false} = {}) {
  await kb.activate(page, P.button(page, D.start));
  await heading(page, 'Question 1 of 4');
  await kb.typeInto(page, m(page).getByRole('textbox'), 'Paris');
  await P.quiz.next(page);
  await heading(page, 'Question 2 of 4');
  await kb.typeInto(page, m(page).getByRole('textbox'), '1,000');
  await P.quiz.next(page);
  await heading(page, 'Question 3 of 4');
  if (!shortLast) await kb.typeInto(page, m(page).getByRole('textbox'), 'Buses are slow.');
  await P.quiz.next(page);
  await heading(page, 'Question 4 of 4');
  await kb.chooseOption(page, select(page, 'Dog'), 'Bark');
  await kb.chooseOption(page, select(page, 'Cat'), 'Meow');
  if (shortLast) {
    await goToQuestion(page, 3);
    await kb.typeInto(page, m(page).getByRole('textbox'), 'Buses are slow.');
  }
}

// After a resume: every drafted answer is there, open (no verdict, Check answer offered), and is
// checked now; the matching is finished first. Ends on the passed results.
async function expectDrafts(page) {
  await goToQuestion(page, 1);
  const open = async (what) => {
    assert.equal(await m(page).locator('.cw-feedback').count(), 0, `${what}: no verdict before checking`);
    assert.equal(await P.button(page, D.check).count(), 1, `${what}: Check answer is offered`);
  };
  const field = m(page).getByRole('textbox');
  assert.equal(await field.inputValue(), 'Paris', 'the fill-in text is kept');
  assert.ok(await field.isEnabled(), 'the fill-in is open');
  await open('fill-in');
  assert.match(await P.quiz.check(page), /^Correct/);
  await P.quiz.next(page);
  await heading(page, 'Question 2 of 4');
  assert.equal(await field.inputValue(), '1,000', 'the number is kept, written as typed');
  assert.ok(await field.isEnabled(), 'the number is open');
  await open('numeric');
  assert.match(await P.quiz.check(page), /^Correct/);
  await P.quiz.next(page);
  await heading(page, 'Question 3 of 4');
  assert.equal(await field.inputValue(), 'Buses are slow.', 'the short answer is kept');
  assert.ok(await field.isEnabled(), 'the short answer is open');
  await P.quiz.next(page);
  await heading(page, 'Question 4 of 4');
  assert.deepEqual([await chosen(page, 'Dog'), await chosen(page, 'Cat'), await chosen(page, 'Cow')], ['Bark', 'Meow', 'Choose…'],
    'the half-made matching is kept');
  for (const prompt of ['Dog', 'Cat', 'Cow']) assert.ok(await select(page, prompt).isEnabled(), `the ${prompt} match is open`);
  await open('matching');
  await kb.chooseOption(page, select(page, 'Cow'), 'Moo');
  assert.match(await P.quiz.check(page), /^Correct/);
  await P.quiz.submit(page);
  await heading(page, 'Results');
  assert.match(await m(page).locator('.cw-quiz').innerText(), /\bPassed\b[\s\S]*Your score\s*100%/);
}

test('typed answers and a half-made matching survive a reload, unchecked, and can be checked then', async () => {
  const s = await Session.open(pkg.drafts);
  const page = s.page;
  try {
    await s.goto();
    await draft(page);
    await s.reload();
    await P.expectTitle(page, 'Drafts');
    await s.checkA11y('drafts resumed');
    await expectDrafts(page);
    s.assertClean();
  } finally {
    await s.close();
  }
});

test('a tab closed while typing keeps every answer: a new tab opens them unchecked', async () => {
  const s = await Session.open(pkg.drafts);
  try {
    await s.goto();
    // The short answer is typed last, and the tab closed at once: no debounce has run yet.
    await draft(s.page, {shortLast: true});
    await s.page.close();
    s.page = await s.context.newPage();
    s.page.setDefaultTimeout(10000);
    await s.watch(s.page);
    await s.goto();
    await P.expectTitle(s.page, 'Drafts');
    await expectDrafts(s.page);
    s.assertClean();
  } finally {
    await s.close();
  }
});

test('typing is saved about a second after the last key, and at once when the page is hidden', async () => {
  const s = await Session.open(pkg.drafts);
  const page = s.page;
  try {
    await s.goto();
    await kb.activate(page, P.button(page, D.start));
    await heading(page, 'Question 1 of 4');

    // Debounced: not at every key, but within a second or so of the last one, focus staying put.
    const field = m(page).getByRole('textbox');
    await kb.typeInto(page, field, 'Paris');
    const typed = Date.now();
    let saved = null;
    while (Date.now() - typed < 4000) {
      const st = await stored(page);
      assert.ok(!st || !st.error, 'the stored state reads back: ' + JSON.stringify(st && st.error));
      if (st && st.answers[0] === 'Paris') {
        saved = Date.now() - typed;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(saved !== null, 'the typed fill-in is saved without leaving the field');
    assert.ok(saved >= 400, `saved ${saved} ms after the last key: debounced, not at every key`);
    assert.ok(await kb.focused(field), 'focus stayed in the field');
    // A second tab opens on the same answer, still open.
    const other = await s.context.newPage();
    await s.watch(other);
    await other.goto(s.base + 'index.html');
    await other.getByRole('main').getByRole('heading', {level: 2, name: /^Question \d of 4$/}).waitFor();
    await goToQuestion(other, 1);
    assert.equal(await other.getByRole('main').getByRole('textbox').inputValue(), 'Paris', 'a second tab shows the saved text');
    assert.ok(await other.getByRole('main').getByRole('textbox').isEnabled(), 'a second tab shows it open, unchecked');
    await other.close();

    // Hidden (another tab, a locked phone): saved at once. Headless Chromium never hides a page,
    // so the page is told it is hidden the way the browser tells it.
    await P.quiz.next(page);
    await heading(page, 'Question 2 of 4');
    await kb.typeInto(page, m(page).getByRole('textbox'), '1,000');
    const hidden = await page.evaluate(() => {
      const read = () => {
        const rec = JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('coursewright:'))));
        const r = CoursewrightState.decode(rec.state, Coursewright.data.shape);
        return r.error ? r.error : r.state.quizzes[0].current.answers[1];
      };
      const before = read();
      Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});
      document.dispatchEvent(new Event('visibilitychange'));
      const after = read();
      delete document.visibilityState;
      return {before, after};
    });
    assert.equal(hidden.before, null, 'not saved yet right after typing (the debounce is still waiting)');
    assert.equal(hidden.after, 1000, 'saved the moment the page is hidden');
    s.assertClean();
  } finally {
    await s.close();
  }
});

// ---- a survey is not a test (learner-survey) ------------------------------------------------------

test('a survey beside a graded quiz: thanked for, not scored; the course score is the quiz\'s', async () => {
  const s = await Session.open(pkg.survey);
  const page = s.page;
  try {
    await s.goto();
    const [survey, quiz] = course.survey;
    await P.expectTitle(page, survey.props.title);
    const intro = await m(page).locator('.cw-quiz').innerText();
    assert.doesNotMatch(intro, /Passing score/, 'the survey intro shows no passing score');
    assert.match(intro, /Questions\s*2/);
    await s.checkA11y('survey intro');
    await P.quiz.start(page);
    const thanks = await P.playQuiz(page, survey);
    assert.match(thanks, /Submitted, thank you/);
    assert.equal(await m(page).locator('.cw-review h3').innerText(), 'Your answers', 'the answers are listed');
    assert.match(thanks, /Agree/);
    assert.match(thanks, /A considered answer\./);
    assert.doesNotMatch(thanks, /passed|Passing score|Your score|Best score/i, 'no verdict, no score');
    assert.equal(await P.button(page, 'Try again').count(), 0, 'no second try at a survey');
    await s.checkA11y('survey submitted');

    // The graded quiz: three of four right, 75%, passed at 75.
    await P.nextItem(page, quiz.props.title);
    await P.quiz.start(page);
    const results = await P.playQuiz(page, quiz, {right: (q) => !/Snow/.test(q.props.prompt)});
    assert.match(results, /\bPassed\b/);
    assert.match(results, /Your score\s*75%/);
    const rec = await P.record(page);
    assert.equal(rec.score.raw, 75, 'the course score is the graded quiz\'s alone');
    assert.equal(rec.completion, 'completed');
    assert.equal(rec.success, 'passed');

    // The survey still reads as submitted after a reload.
    await s.reload();
    await P.openFromMenu(page, survey.props.title);
    assert.match(await m(page).locator('.cw-quiz').innerText(), /Submitted, thank you/);
    s.assertClean();
  } finally {
    await s.close();
  }
});
