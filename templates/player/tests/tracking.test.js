'use strict';
const test = require('node:test');
const assert = require('node:assert');
const tracking = require('../tracking.js');
const standalone = require('../adapter-standalone.js');

// An adapter that logs every call; start() answers with info, a method named in `broken` throws
// (or rejects, when async).
function fakeAdapter(info, broken, async) {
  const calls = [];
  const adapter = { calls };
  for (const name of ['saveState', 'recordInteraction', 'setProgress', 'setScore', 'complete', 'pass', 'fail', 'commit', 'exit']) {
    adapter[name] = (...args) => {
      calls.push([name, ...args]);
      if ((broken || []).includes(name)) {
        if (async) return Promise.reject(new Error(name + ' failed'));
        throw new Error(name + ' failed');
      }
      return undefined;
    };
  }
  adapter.start = () => ((broken || []).includes('start') ? Promise.reject(new Error('no LMS')) : Promise.resolve(info || {}));
  return adapter;
}
// A stand-in window: events dispatched by hand.
function fakeWindow() {
  const win = new EventTarget();
  win.document = new EventTarget();
  win.document.visibilityState = 'visible';
  return win;
}
// Captures console.warn while fn runs.
async function warnings(fn) {
  const seen = [];
  const original = console.warn;
  console.warn = (...args) => seen.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}
const names = (adapter) => adapter.calls.map((c) => c[0]);

test('start fills in defaults and passes adapter answers through', async () => {
  const t = tracking.create(fakeAdapter({ entry: 'resume', state: 'Babc', location: '0.3', masteryScore: 0.7 }), fakeWindow());
  assert.deepStrictEqual(await t.start(), { entry: 'resume', mode: 'normal', credit: true, masteryScore: 0.7, state: 'Babc', location: '0.3' });
});

test('a failing start is logged and plays as a fresh attempt', async () => {
  let info;
  const seen = await warnings(async () => {
    info = await tracking.create(fakeAdapter(null, ['start']), fakeWindow()).start();
  });
  assert.strictEqual(info.entry, 'ab-initio');
  assert.strictEqual(info.state, null);
  assert.strictEqual(seen.length, 1);
});

test('statuses are never downgraded and repeated calls reach the adapter once', async () => {
  const a = fakeAdapter();
  const t = tracking.create(a, fakeWindow());
  await t.start();
  t.complete();
  t.complete();
  t.pass();
  t.fail();
  t.pass();
  assert.deepStrictEqual(names(a), ['complete', 'pass']);
  assert.strictEqual(t.finished, true);
});

test('fail then pass is allowed, a second fail is not', async () => {
  const a = fakeAdapter();
  const t = tracking.create(a, fakeWindow());
  await t.start();
  t.fail();
  t.fail();
  t.pass();
  t.fail();
  assert.deepStrictEqual(names(a), ['fail', 'pass']);
});

test('progress only grows; state, score and interactions pass through', async () => {
  const a = fakeAdapter();
  const t = tracking.create(a, fakeWindow());
  await t.start();
  t.setProgress(0.5);
  t.setProgress(0.25);
  t.setProgress(0.5);
  t.setProgress(1);
  t.saveState('Bxyz', '0.1');
  t.setScore({ scaled: 0.5, raw: 50, min: 0, max: 100 });
  t.recordInteraction({ id: 'q' });
  assert.deepStrictEqual(a.calls, [['setProgress', 0.5], ['setProgress', 1], ['saveState', 'Bxyz', '0.1'],
    ['setScore', { scaled: 0.5, raw: 50, min: 0, max: 100 }], ['recordInteraction', { id: 'q' }]]);
});

test('review and browse modes report nothing but may commit and exit', async () => {
  for (const mode of ['review', 'browse']) {
    const a = fakeAdapter({ mode });
    const t = tracking.create(a, fakeWindow());
    assert.strictEqual((await t.start()).mode, mode);
    t.saveState('B', '0.0');
    t.recordInteraction({});
    t.setProgress(1);
    t.setScore({ scaled: 1, raw: 100, min: 0, max: 100 });
    t.complete();
    t.pass();
    t.fail();
    t.commit();
    t.exit(true);
    assert.deepStrictEqual(names(a), ['commit', 'exit']);
  }
});

test('exit happens once and every call after it is ignored', async () => {
  const a = fakeAdapter();
  const t = tracking.create(a, fakeWindow());
  await t.start();
  t.exit(true);
  t.exit(false);
  t.commit();
  t.complete();
  t.saveState('B', '0.0');
  assert.deepStrictEqual(a.calls, [['exit', true]]);
});

test('adapter exceptions and rejections are caught and logged, the next call still works', async () => {
  for (const async of [false, true]) {
    const a = fakeAdapter({}, ['saveState', 'complete'], async);
    const t = tracking.create(a, fakeWindow());
    const seen = await warnings(async () => {
      await t.start();
      t.saveState('B', '0.0');
      t.complete();
      t.commit();
      await new Promise((r) => setTimeout(r, 0));
    });
    assert.deepStrictEqual(names(a), ['saveState', 'complete', 'commit']);
    assert.strictEqual(seen.length, 2);
  }
});

test('commit when the page is hidden, not when it becomes visible', async () => {
  const a = fakeAdapter();
  const win = fakeWindow();
  await tracking.create(a, win).start();
  win.document.dispatchEvent(new Event('visibilitychange'));
  assert.deepStrictEqual(names(a), []);
  win.document.visibilityState = 'hidden';
  win.document.dispatchEvent(new Event('visibilitychange'));
  assert.deepStrictEqual(names(a), ['commit']);
});

test('pagehide exits once with suspend while the course is unfinished', async () => {
  const a = fakeAdapter();
  const win = fakeWindow();
  await tracking.create(a, win).start();
  win.dispatchEvent(new Event('pagehide'));
  win.dispatchEvent(new Event('pagehide'));
  assert.deepStrictEqual(a.calls, [['exit', true]]);
});

test('pagehide after completion exits without suspend', async () => {
  const a = fakeAdapter();
  const win = fakeWindow();
  const t = tracking.create(a, win);
  await t.start();
  t.complete();
  win.dispatchEvent(new Event('pagehide'));
  assert.deepStrictEqual(a.calls, [['complete'], ['exit', false]]);
});

// ---- the standalone adapter ---------------------------------------------------------------------

function fakeStorage() {
  const data = new Map();
  return { data, getItem: (k) => (data.has(k) ? data.get(k) : null), setItem: (k, v) => data.set(k, String(v)) };
}
function withStorage(storage, fn) {
  const had = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  Object.defineProperty(globalThis, 'localStorage', typeof storage === 'function'
    ? { get: storage, configurable: true } : { value: storage, configurable: true, writable: true });
  return Promise.resolve().then(fn).finally(() => {
    if (had) Object.defineProperty(globalThis, 'localStorage', had);
    else delete globalThis.localStorage;
  });
}

test('standalone: a fresh course starts ab-initio in normal mode with credit', () => withStorage(fakeStorage(), async () => {
  assert.deepStrictEqual(await standalone({ id: 'c1' }).start(),
    { entry: 'ab-initio', mode: 'normal', credit: true, masteryScore: null, state: null, location: null });
}));

test('standalone: state, location and statuses persist under the course identifier and resume', () => {
  const storage = fakeStorage();
  return withStorage(storage, async () => {
    const a = standalone({ id: 'c1' });
    a.saveState('Bstate', '0.2');
    a.setProgress(0.5);
    a.setScore({ scaled: 0.9, raw: 90, min: 0, max: 100 });
    a.complete();
    a.pass();
    assert.deepStrictEqual(JSON.parse(storage.data.get('coursewright:c1')), { state: 'Bstate', location: '0.2',
      progress: 0.5, score: { scaled: 0.9, raw: 90, min: 0, max: 100 }, completion: 'completed', success: 'passed' });
    const info = await standalone({ id: 'c1' }).start();
    assert.deepStrictEqual([info.entry, info.state, info.location], ['resume', 'Bstate', '0.2']);
    assert.strictEqual((await standalone({ id: 'other' }).start()).entry, 'ab-initio');
  });
});

test('standalone: garbage in storage starts fresh', () => {
  const storage = fakeStorage();
  storage.data.set('coursewright:c1', '{not json');
  storage.data.set('coursewright:c2', '{"state": 42}');
  return withStorage(storage, async () => {
    assert.strictEqual((await standalone({ id: 'c1' }).start()).entry, 'ab-initio');
    assert.strictEqual((await standalone({ id: 'c2' }).start()).state, null);
  });
});

test('standalone: storage that throws (privacy mode, quota) keeps the record in memory, silently', async () => {
  const refusing = { getItem() { throw new Error('SecurityError'); }, setItem() { throw new Error('QuotaExceededError'); } };
  for (const storage of [refusing, () => { throw new Error('SecurityError'); }, null]) {
    const seen = await warnings(() => withStorage(storage, async () => {
      const a = standalone({ id: 'c1' });
      a.saveState('Bmem', '0.1');
      a.complete();
      a.commit();
      a.exit(true);
      const info = await a.start();
      assert.deepStrictEqual([info.entry, info.state, info.location], ['resume', 'Bmem', '0.1']);
    }));
    assert.deepStrictEqual(seen, []);
  }
});

test('standalone through the tracker: a reload resumes where the learner left', () => {
  const storage = fakeStorage();
  return withStorage(storage, async () => {
    const win = fakeWindow();
    const t = tracking.create(standalone({ id: 'c9' }), win);
    await t.start();
    t.saveState('Bhere', '0.4');
    win.dispatchEvent(new Event('pagehide'));
    const again = await tracking.create(standalone({ id: 'c9' }), fakeWindow()).start();
    assert.deepStrictEqual([again.entry, again.state, again.location], ['resume', 'Bhere', '0.4']);
  });
});
