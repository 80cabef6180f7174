// Scenario conditions and effects: the grammar of core/model/expression.cpp (operators,
// precedence, parentheses, whitespace), the value rules, and malformed input that never throws.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const X = require('../expression.js');

const vars = { trust: 2, warned: false, met: true, zero: 0, neg: -1.5 };
const cond = (text, v = vars) => X.evaluateCondition(text, v);

test('comparison operators on numbers', () => {
  const table = [
    ['trust == 2', true], ['trust == 3', false], ['trust != 3', true], ['trust != 2', false],
    ['trust < 3', true], ['trust < 2', false], ['trust <= 2', true], ['trust <= 1', false],
    ['trust > 1', true], ['trust > 2', false], ['trust >= 2', true], ['trust >= 3', false],
    ['1 < trust', true], ['neg < 0', true], ['neg == -1.5', true], ['trust > -3', true],
    ['trust > - 3', true], ['.5 < 1', true], ['2. == 2', true], ['0.25 == .25', true],
  ];
  for (const [text, want] of table) assert.strictEqual(cond(text), want, text);
});

test('booleans: literals, == and !=, truthiness of a bare operand', () => {
  const table = [
    ['true', true], ['false', false], ['TRUE', true], ['False', false],
    ['met', true], ['warned', false], ['met == true', true], ['warned == false', true],
    ['warned != true', true], ['met != met', false], ['met == 1', true], ['warned == 0', true],
    ['trust', true], ['zero', false], ['0', false], ['3', true],
  ];
  for (const [text, want] of table) assert.strictEqual(cond(text), want, text);
});

test('ordering a boolean is a type error, so the condition is false', () => {
  assert.strictEqual(cond('met > 0'), false);
  assert.strictEqual(cond('not (met < 2)'), false, 'the error is not negated into true');
  assert.strictEqual(cond('trust >= true'), false);
});

test('and, or, not and their symbolic forms, in any case', () => {
  const table = [
    ['met and trust == 2', true], ['met and warned', false], ['met && warned', false],
    ['warned or met', true], ['warned || zero', false], ['not warned', true], ['!met', false],
    ['NOT warned AND met', true], ['Warned Or Met', false], // Warned, Met: unknown (names are case-sensitive)
    ['not not met', true], ['! ! met', true], ['not trust > 5', true],
  ];
  for (const [text, want] of table) assert.strictEqual(cond(text), want, text);
});

test('precedence: not binds tighter than and, and tighter than or', () => {
  // or(and) : true or (false and false) = true; (true or false) and false would be false.
  assert.strictEqual(cond('met or warned and warned'), true);
  assert.strictEqual(cond('warned and warned or met'), true);
  // not applies to the comparison, not only to its left operand.
  assert.strictEqual(cond('not trust == 3'), true);
  // not before and: (not met) and warned = false; not (met and warned) would be true.
  assert.strictEqual(cond('not met and warned'), false);
  assert.strictEqual(cond('not (met and warned)'), true);
});

test('parentheses group and nest', () => {
  assert.strictEqual(cond('(met or warned) and warned'), false);
  assert.strictEqual(cond('((met))'), true);
  assert.strictEqual(cond('(trust >= 2) and (not warned or zero)'), true);
  assert.strictEqual(cond('(trust == 2 or (warned and met)) and not (zero != 0)'), true);
});

test('whitespace: none, extra, tabs and newlines', () => {
  assert.strictEqual(cond('trust>=2&&!warned'), true);
  assert.strictEqual(cond('  trust\t>=\n2   and   not warned  '), true);
  assert.strictEqual(cond(''), true, 'an empty condition always holds');
  assert.strictEqual(cond('   \t\n'), true);
  assert.strictEqual(cond(null), true);
  assert.strictEqual(cond(undefined), true);
});

test('unknown variables make a condition false, even where the result would not depend on them', () => {
  assert.strictEqual(cond('missing'), false);
  assert.strictEqual(cond('not missing'), false);
  assert.strictEqual(cond('met or missing > 1'), false);
  assert.strictEqual(cond('constructor'), false, 'no prototype properties');
  assert.strictEqual(cond('toString == 1'), false);
  assert.strictEqual(X.evaluateCondition('trust >= 2', undefined), false);
  assert.strictEqual(X.evaluateCondition('trust >= 2', null), false);
});

test('malformed conditions are false and never throw', () => {
  const bad = ['trust >', '>= 2', '(trust', 'trust)', '()', 'trust = 2', 'trust == 2 == 2', '(trust) == 2',
    'trust 2', 'and', 'met and', 'or met', 'not', 'trust >= 2;', '1.2.3 > 1', 'trust => 1', 'trust =< 1',
    'trust + 1 > 2', '- trust < 0', '-', '$x', 'a.b', '.', 'trust == "2"', '1e3 > 1', 'met & met',
    'met | met', '&&', 'trust >== 1', '(met))', '٣ > 1', 'trust > 1 not'];
  for (const text of bad) assert.strictEqual(cond(text), false, text);
  for (const v of [{}, { x: 1 }, null, Object.create(null)])
    assert.doesNotThrow(() => X.evaluateCondition('x > 1 or (', v));
  assert.doesNotThrow(() => X.evaluateCondition({ toString: () => 'met' }, vars));
});

test('effects: = += -= with numbers, negatives, booleans and variables', () => {
  const v = { trust: 1, warned: false, other: 5 };
  assert.deepStrictEqual(X.applyEffects('trust += 1', v), { trust: 2, warned: false, other: 5 });
  assert.deepStrictEqual(X.applyEffects('trust -= 1', v).trust, 0);
  assert.deepStrictEqual(X.applyEffects('trust = -3', v).trust, -3);
  assert.deepStrictEqual(X.applyEffects('trust += -0.5', v).trust, 0.5);
  assert.deepStrictEqual(X.applyEffects('trust = other', v).trust, 5);
  assert.deepStrictEqual(X.applyEffects('trust += other', v).trust, 6);
  assert.deepStrictEqual(X.applyEffects('warned = true', v).warned, true);
  assert.deepStrictEqual(X.applyEffects('warned = TRUE; warned = not_a_var', v), v, 'all or nothing');
  assert.deepStrictEqual(X.applyEffects('trust += 1; warned = true; other -= 2', v),
    { trust: 2, warned: true, other: 3 });
  assert.deepStrictEqual(X.applyEffects('trust += 1; trust += 1;', v).trust, 3, 'trailing ;');
  assert.deepStrictEqual(X.applyEffects('trust += 2; other = trust', v).other, 3, 'statements run in order');
  assert.deepStrictEqual(X.applyEffects('  trust+=1 ;warned=true  ', v), { trust: 2, warned: true, other: 5 });
});

test('effects keep each variable its type', () => {
  const v = { n: 1, b: false };
  assert.strictEqual(X.applyEffects('b = 2', v).b, true);
  assert.strictEqual(X.applyEffects('b = 0', v).b, false);
  assert.strictEqual(X.applyEffects('n = true', v).n, 1);
  assert.strictEqual(X.applyEffects('n = b', v).n, 0);
});

test('effects: empty changes nothing; a new object is returned, the input never mutated', () => {
  const v = { trust: 1 };
  for (const text of ['', '   ', null, undefined]) {
    const out = X.applyEffects(text, v);
    assert.deepStrictEqual(out, v);
    assert.notStrictEqual(out, v);
  }
  X.applyEffects('trust += 5', v);
  assert.deepStrictEqual(v, { trust: 1 });
});

test('malformed effects, unknown targets and type errors change nothing and never throw', () => {
  const v = { trust: 1, warned: false };
  const bad = [';', 'trust = 1;;', 'trust', 'trust 1', 'trust =', 'trust == 1', 'trust += 1 warned = true',
    '1 = trust', 'missing = 1', 'trust = missing', 'warned += 1', 'trust += true', 'trust -= warned',
    'true = 1', 'and = 1', 'NOT = 1', 'trust = (1)', 'trust = 1 + 1', 'trust *= 2', 'trust = -', 'trust = --1',
    'trust = 1e999', 'trust += 1e308; trust += 1e308', 'constructor = 1', '__proto__ = 1', 'trust = 1, warned = true',
    'trust += 1; warned = maybe'];
  for (const text of bad) assert.deepStrictEqual(X.applyEffects(text, v), v, text);
  assert.doesNotThrow(() => X.applyEffects('x = 1', null));
  assert.deepStrictEqual(X.applyEffects('x = 1', null), {});
});

test('the conditions and effects of the sample course', () => {
  const course = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'starters', 'sample', 'course.json'), 'utf8'));
  const found = { condition: new Set(), effects: new Set() };
  (function walk(n) {
    if (n.kind === 'scenarioChoice') for (const k in found) if (n.props[k]) found[k].add(n.props[k]);
    (n.children || []).forEach(walk);
  })(course.course);
  const conditions = {
    'trust >= 3': [[{ trust: 1 }, false], [{ trust: 2 }, false], [{ trust: 3 }, true], [{ trust: 4 }, true]],
    'trust < 3': [[{ trust: 1 }, true], [{ trust: 2.5 }, true], [{ trust: 3 }, false], [{ trust: -1 }, true]],
  };
  const effects = {
    'trust += 1': [[{ trust: 1 }, { trust: 2 }], [{ trust: -1 }, { trust: 0 }]],
    'trust -= 1': [[{ trust: 1 }, { trust: 0 }], [{ trust: 0 }, { trust: -1 }]],
    'trust += 2': [[{ trust: 1 }, { trust: 3 }]],
  };
  // Every expression in the sample is covered here, so a new one there needs a row here.
  assert.deepStrictEqual([...found.condition].sort(), Object.keys(conditions).sort());
  assert.deepStrictEqual([...found.effects].sort(), Object.keys(effects).sort());
  for (const [text, rows] of Object.entries(conditions))
    for (const [v, want] of rows) assert.strictEqual(X.evaluateCondition(text, v), want, text + ' ' + JSON.stringify(v));
  for (const [text, rows] of Object.entries(effects))
    for (const [v, want] of rows) assert.deepStrictEqual(X.applyEffects(text, v), want, text);
});
