// Blocks: the player's words exist in every language, and every block kind and callout style of
// the C++ schema has a renderer and a word (the DOM itself is checked in the browser tests).
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const i18n = require('../i18n.js');
require('../dom.js');
const blocks = require('../blocks.js');

const root = path.resolve(__dirname, '..', '..', '..');
const schema = fs.readFileSync(path.join(root, 'core', 'model', 'schema.cpp'), 'utf8');
const kinds = fs.readFileSync(path.join(root, 'core', 'model', 'nodekind.cpp'), 'utf8');
const source = fs.readFileSync(path.join(__dirname, '..', 'blocks.js'), 'utf8');

test('every word is translated into de, fr and es', () => {
  const keys = Object.keys(blocks.words.en);
  assert.ok(keys.length > 0);
  for (const key of keys) assert.match(key, /^block\./);
  for (const lang of ['de', 'fr', 'es']) {
    assert.deepStrictEqual(Object.keys(blocks.words[lang]).sort(), [...keys].sort(), lang);
    for (const key of keys) assert.ok(blocks.words[lang][key].trim(), `${lang} ${key}`);
  }
});

test('words are registered with i18n', () => {
  i18n.setLanguage('de-CH');
  assert.strictEqual(i18n.t('block.tip'), 'Tipp');
  i18n.setLanguage('fr');
  assert.strictEqual(i18n.t('block.transcript'), 'Transcription');
  i18n.setLanguage('en');
  assert.strictEqual(i18n.t('block.warning'), 'Warning');
});

test('every callout style of the schema has a word', () => {
  const styles = schema.match(/choice\("style"[^{]*\{([^}]*)\}/)[1].match(/"(\w+)"/g).map((s) => s.slice(1, -1));
  assert.deepStrictEqual(styles, ['info', 'tip', 'warning', 'important']);
  for (const style of styles) assert.ok(blocks.words.en['block.' + style], style);
});

test('every block kind of the schema has a renderer', () => {
  const list = schema.match(/kBlockKinds = \{([^}]*)\}/)[1].match(/NodeKind::(\w+)/g);
  assert.strictEqual(list.length, 10);
  for (const entry of list) {
    const name = kinds.match(new RegExp(entry + ', u"(\\w+)"'))[1];
    assert.ok(source.includes(`case '${name}'`), name);
  }
});

test('unknown kinds and missing nodes render nothing', () => {
  assert.strictEqual(blocks.render({ kind: 'singleChoice', props: {} }, {}), null);
  assert.strictEqual(blocks.render({ kind: 'panel', props: {} }, {}), null);
  assert.strictEqual(blocks.render(null, {}), null);
});
