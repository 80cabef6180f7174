// Playing a Coursewright package by keyboard: the shell (pager, menu), quiz questions of every
// kind, scenario choices. getByRole(...) only tells where focus must go; keys do the rest.
'use strict';
const assert = require('node:assert/strict');
const kb = require('./keyboard');

const main = (page) => page.getByRole('main');
const title = (page) => page.locator('main h1').innerText();
const button = (page, name) => main(page).getByRole('button', {name, exact: typeof name === 'string'});

// Waits until the page's <h1> reads `text` (string or RegExp).
async function expectTitle(page, text) {
  await page.waitForFunction((t) => {
    const h = document.querySelector('main h1');
    const s = h ? h.textContent.trim() : '';
    return t.re ? new RegExp(t.re).test(s) : s === t.s;
  }, text instanceof RegExp ? {re: text.source} : {s: text});
}

// The pager's Next/Previous buttons ("Next →", "← Previous").
async function nextItem(page, expected) {
  await kb.activate(page, button(page, /^Next\b/).last());
  if (expected) await expectTitle(page, expected);
}
async function previousItem(page, expected) {
  await kb.activate(page, button(page, /Previous$/).last(), {back: true});
  if (expected) await expectTitle(page, expected);
}

// Opens an item from the course menu (Shift+Tab back to it from the content).
async function openFromMenu(page, name) {
  const item = page.getByRole('navigation').getByRole('button', {name: new RegExp('^' + escape(name))});
  await kb.activate(page, item, {back: true});
  await expectTitle(page, name);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The current question's text inputs, by role.
const quiz = {
  // answers: {single: 'text'} | {multiple: ['a', 'b']} | {trueFalse: true} | {blank: 'x'} |
  // {matching: {prompt: match}} | {sequence: ['first', ...]} | {numeric: '42'} | {likert: 'Agree'} |
  // {text: 'free text'}
  async answer(page, a) {
    const m = main(page);
    if ('single' in a) await kb.chooseRadio(page, m.getByRole('radio', {name: a.single, exact: true}));
    else if ('likert' in a) await kb.chooseRadio(page, m.getByRole('radio', {name: a.likert, exact: true}));
    else if ('trueFalse' in a) await kb.chooseRadio(page, m.getByRole('radio', {name: a.trueFalse ? 'True' : 'False', exact: true}));
    else if ('multiple' in a) {
      const boxes = m.getByRole('checkbox');
      for (let i = 0; i < (await boxes.count()); i++) {
        const name = await boxes.nth(i).evaluate((e) => (e.labels[0] || e).textContent.trim());
        await kb.setCheckbox(page, boxes.nth(i), a.multiple.includes(name));
      }
    } else if ('blank' in a) await kb.typeInto(page, m.getByRole('textbox'), a.blank);
    else if ('numeric' in a) await kb.typeInto(page, m.getByRole('textbox'), a.numeric);
    else if ('text' in a) await kb.typeInto(page, m.getByRole('textbox'), a.text);
    else if ('matching' in a) {
      for (const [prompt, match] of Object.entries(a.matching)) {
        await kb.chooseOption(page, m.getByRole('combobox', {name: prompt, exact: true}), match);
      }
    } else if ('sequence' in a) await quiz.order(page, a.sequence);
    else throw new Error('unknown answer ' + JSON.stringify(a));
  },

  // Reorders a sequencing question with its "Move up: <item>" buttons.
  async order(page, wanted) {
    const items = () => page.locator('main ol.cw-seq > li').evaluateAll((lis) =>
      lis.map((li) => li.firstElementChild.firstChild.textContent.trim()));
    for (let i = 0; i < wanted.length; i++) {
      for (let guard = 0; guard < wanted.length; guard++) {
        const now = await items();
        const at = now.indexOf(wanted[i]);
        assert.ok(at >= 0, `sequence item "${wanted[i]}" not found in ${now.join(' | ')}`);
        if (at <= i) break;
        const up = main(page).getByRole('button', {name: 'Move up: ' + wanted[i], exact: true});
        // Focus may stay on the moved item's button: then Enter again; else Tab (either way) to it.
        if (!(await kb.focused(up))) {
          try {
            await kb.tabTo(page, up, {max: 40});
          } catch (e) {
            await kb.tabTo(page, up, {back: true, max: 40});
          }
        }
        await page.keyboard.press('Enter');
      }
    }
    assert.deepEqual(await items(), wanted);
  },

  // Checks the answer (immediate feedback); returns the feedback text.
  async check(page) {
    await kb.activate(page, button(page, 'Check answer'));
    const fb = main(page).locator('.cw-feedback').first();
    await fb.waitFor();
    return fb.innerText();
  },
  next: (page) => kb.activate(page, button(page, /^Next( question)?$/)),
  submit: (page) => kb.activate(page, button(page, 'Submit answers')),
  start: (page) => kb.activate(page, button(page, 'Start quiz')),
  retry: (page) => kb.activate(page, button(page, 'Try again')),
  questionHeading: (page) => main(page).getByRole('heading', {level: 2}).first().innerText(),
};

// Plays the quiz from its first question to the results by keyboard. `right(q)` says whether to
// answer question node q correctly; `state(label)` runs at each state reached (axe, screenshots).
// Returns the results panel text.
async function playQuiz(page, quizNode, {right = () => true, state = async () => {}} = {}) {
  const {answer, graded, byPrompt} = require('./answers');
  for (let k = 0; ; k++) {
    const heading = await main(page).getByRole('heading', {level: 2, name: /^Question \d+ of \d+$/}).innerText();
    const [, at, of] = /Question (\d+) of (\d+)/.exec(heading).map(Number);
    assert.equal(at, k + 1, 'question number');
    const q = byPrompt(quizNode, await main(page).locator('.cw-prompt').innerText());
    const good = right(q);
    try {
      await step(q, good, at, of);
    } catch (e) {
      e.message += `\nat question ${at} (${q.kind}); main is:\n${await main(page).ariaSnapshot()}`;
      throw e;
    }
    if (at === of) break;
  }
  await quiz.submit(page);
  const results = main(page).locator('.cw-quiz');
  await main(page).getByRole('heading', {level: 2, name: 'Results'}).waitFor();
  return results.innerText();

  async function step(q, good, at, of) {
    await quiz.answer(page, answer(q, good));
    await state(`q${at}-${q.kind}-answered`);
    if (graded(q) && (await button(page, 'Check answer').count())) {
      const fb = await quiz.check(page);
      assert.match(fb, good ? /^Correct/ : /^Not quite/, `feedback on ${q.kind} after a ${good ? 'right' : 'wrong'} answer`);
      await state(`q${at}-${q.kind}-checked`);
    }
    if (at === of) return;
    await quiz.next(page);
    await main(page).getByRole('heading', {level: 2, name: `Question ${at + 1} of ${of}`}).waitFor();
  }
}

const scenario = {
  start: (page) => kb.activate(page, button(page, 'Start')),
  // Picks a choice (a button named by its text), then Continue past its feedback if shown.
  async choose(page, text) {
    await kb.activate(page, button(page, text));
  },
  continue: (page) => kb.activate(page, button(page, 'Continue')),
  restart: (page) => kb.activate(page, button(page, 'Restart')),
  step: (page) => main(page).getByRole('heading', {level: 2}).first().innerText(),
};

// The standalone adapter's record in localStorage (adapter-standalone.js).
function record(page) {
  return page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith('coursewright:')) return {key: k, ...JSON.parse(localStorage.getItem(k))};
    }
    return null;
  });
}

// The standalone adapter keeps no interactions: watchInteractions(context) wraps the adapter the
// shell makes (Coursewright.adapters.standalone, docs/player.md) in every page of the context, so
// that interactions(page) returns what the player reported (JSON copies), in order.
function watchInteractions(context) {
  return context.addInitScript(() => {
    const got = (window.__cwInteractions = []);
    const adapters = {};
    let make = null;
    Object.defineProperty(adapters, 'standalone', {enumerable: true, configurable: true,
      set(f) {
        make = f;
      },
      get() {
        return make && ((options) => {
          const a = make(options);
          const own = a.recordInteraction;
          a.recordInteraction = (it) => {
            got.push(JSON.parse(JSON.stringify(it)));
            return own && own.call(a, it);
          };
          return a;
        });
      }});
    window.Coursewright = Object.assign(window.Coursewright || {}, {adapters});
  });
}
const interactions = (page) => page.evaluate(() => window.__cwInteractions || null);

module.exports = {main, title, button, expectTitle, nextItem, previousItem, openFromMenu, quiz, playQuiz, scenario, record,
  watchInteractions, interactions};
