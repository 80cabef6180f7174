// Issue 7, point 2: the player and the editor read rich text the same way. Every case of
// tests/data/richtext-agreement.json (whose expected output tests/core/tst_richtext.cpp checks
// against RichText::sanitize) goes through the player's Coursewright.dom.rich() in Chromium; the
// DOM it builds must be the one Chromium builds from the expected text. Compared as structure
// (tags, href, text), without the target/rel the player adds to links.
'use strict';
const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {launch} = require('./lib/browser');

const root = path.join(__dirname, '..', '..');
const fixture = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'data', 'richtext-agreement.json'), 'utf8'));
const domJs = fs.readFileSync(path.join(root, 'templates', 'player', 'dom.js'), 'utf8');

let browser;
let page;
before(async () => {
  browser = await launch();
  page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><html><head><title>rich text</title></head><body></body></html>');
  await page.addScriptTag({content: domJs});
});
after(async () => {
  if (browser) await browser.close();
});

// Runs in the page: both DOMs as JSON trees.
function shapes({input, expected}) {
  const shape = (parent) => Array.from(parent.childNodes, (n) => {
    if (n.nodeType === 3) return n.nodeValue;
    const href = n.getAttribute('href');
    return {tag: n.localName, ...(href === null ? {} : {href}), children: shape(n)};
  });
  // Adjacent text nodes read as one, as they do after a round trip through HTML.
  const merged = (fragment) => {
    const holder = document.createElement('div');
    holder.appendChild(fragment);
    holder.normalize();
    return holder;
  };
  const template = document.createElement('template');
  template.innerHTML = expected;
  return {
    player: shape(merged(Coursewright.dom.rich(input))),
    expected: shape(merged(template.content.cloneNode(true))),
  };
}

test('the fixture has cases of every kind', () => {
  assert.ok(fixture.cases.length >= 30);
});

for (const c of fixture.cases) {
  test(`player agrees with RichText::sanitize: ${c.name}`, async () => {
    const {player, expected} = await page.evaluate(shapes, c);
    assert.deepEqual(player, expected, `input: ${JSON.stringify(c.input)}`);
  });
}

test('the player keeps no relative link and sets target and rel on the others', async () => {
  const links = await page.evaluate(() => {
    const f = Coursewright.dom.rich('<a href="assets/x.svg">1</a><a href="https://a.b/">2</a>');
    return Array.from(f.querySelectorAll('a'), (a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]);
  });
  assert.deepEqual(links, [[null, null, null], ['https://a.b/', '_blank', 'noopener noreferrer']]);
});
