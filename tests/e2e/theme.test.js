// Theme, language and navigation settings of the course reach the learner: the player's own words
// in the course language, the accent colour (darkened when too light to read), the font and the
// logo, and sequential navigation that opens an item only after the ones before it.
'use strict';
const {test} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {Session} = require('./lib/session');
const {exportCourse, COURSES, SCRATCH} = require('./lib/package');
const kb = require('./lib/keyboard');
const P = require('./lib/player');

// The sample course with other course settings, exported with the CLI.
function exportVariant(tag, settings) {
  const course = JSON.parse(fs.readFileSync(COURSES.sample.json, 'utf8'));
  Object.assign(course.course.props, settings);
  fs.mkdirSync(SCRATCH, {recursive: true});
  const json = path.join(SCRATCH, tag + '.json');
  fs.writeFileSync(json, JSON.stringify(course));
  return {pkg: exportCourse({json, media: COURSES.sample.media}, tag), course};
}

// WCAG 2.1 contrast of an "rgb(r, g, b)" colour against white.
function contrastWithWhite(rgb) {
  const [r, g, b] = rgb.match(/\d+/g).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

const WORDS = {
  de: {next: 'Weiter', skip: 'Zum Inhalt springen', menu: 'Kursmenü', locked: 'gesperrt'},
  fr: {next: 'Suivant', skip: 'Aller au contenu', menu: 'Menu du cours', locked: 'verrouillé'},
  es: {next: 'Siguiente', skip: 'Saltar al contenido', menu: 'Menú del curso', locked: 'bloqueado'},
};

for (const [language, words] of Object.entries(WORDS)) {
  test(`the player speaks the course language (${language}) and locks items in sequential navigation`, async () => {
    const {pkg, course} = exportVariant('theme-' + language, {language, navigation: 'sequential'});
    const titles = course.course.children[0].children.map((n) => n.props.title);
    const s = await Session.open(pkg);
    const page = s.page;
    try {
      await s.goto();
      assert.equal(await page.evaluate(() => document.documentElement.lang), language);
      await page.getByRole('link', {name: words.skip}).waitFor({state: 'attached'});
      const menu = page.getByRole('navigation', {name: words.menu});
      const item = (i) => menu.getByRole('button', {name: new RegExp('^' + titles[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))});
      // Only the first item and the next one are open at the start.
      assert.equal(await item(1).isDisabled(), false);
      assert.equal(await item(2).isDisabled(), true);
      assert.match(await item(2).innerText(), new RegExp(`\\(${words.locked}\\)`));
      await kb.activate(page, P.main(page).getByRole('button', {name: new RegExp('^' + words.next)}).last());
      await P.expectTitle(page, titles[1]);
      assert.equal(await item(2).isDisabled(), false, 'visiting item 2 opens item 3');
      assert.equal(await item(3).isDisabled(), true);
      await s.checkA11y(`sequential menu in ${language}`);
      s.assertClean();
    } finally {
      await s.close();
    }
  });
}

test('accent colour, font and logo come from the course settings', async () => {
  const logo = Object.keys(JSON.parse(fs.readFileSync(COURSES.sample.json, 'utf8')).assets.reduce(
    (m, a) => ({...m, [a.hash]: a}), {}))[0];
  const {pkg} = exportVariant('theme-look', {themeColor: '#ffcc00', font: 'serif', logo, logoAlt: 'Acme Learning'});
  const s = await Session.open(pkg);
  const page = s.page;
  try {
    await s.goto();
    const look = await page.evaluate(() => {
      const css = getComputedStyle(document.documentElement);
      const img = document.querySelector('header img');
      const next = document.querySelector('.cw-pager .cw-button-primary');
      return {
        accent: css.getPropertyValue('--cw-accent').trim(),
        font: getComputedStyle(document.body).fontFamily,
        logoAlt: img && img.alt,
        logoLoaded: !!img && img.complete && img.naturalWidth > 0,
        buttonColour: next && getComputedStyle(next).color,
      };
    });
    // #ffcc00 is 1.6:1 on white; the player keeps its hue but darkens it until text can be read.
    assert.ok(contrastWithWhite(look.accent) >= 4.5, `accent ${look.accent} reads on white`);
    assert.notEqual(look.accent.replace(/\s/g, ''), 'rgb(31,95,153)', 'not the default accent');
    // The pager's buttons are outlined in the accent (activity buttons are filled with it).
    assert.equal(look.buttonColour.replace(/\s/g, ''), look.accent.replace(/\s/g, ''), 'the pager\'s Next is drawn in the accent');
    assert.match(look.font, /Georgia|Liberation Serif|serif/);
    assert.equal(look.logoAlt, 'Acme Learning');
    assert.ok(look.logoLoaded, 'the logo image loads from the package');
    await s.checkA11y('custom theme');
    s.assertClean();
  } finally {
    await s.close();
  }
});
