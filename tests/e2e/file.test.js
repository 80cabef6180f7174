// The HTML export as a zip, unpacked and opened straight from disk (file://): plays, saves and
// resumes, and asks for nothing outside the package folder.
'use strict';
const {test, before} = require('node:test');
const assert = require('node:assert/strict');
const {execFileSync} = require('child_process');
const fs = require('fs');
const path = require('path');
const {Session} = require('./lib/session');
const {exportCourse, readCourseData} = require('./lib/package');
const P = require('./lib/player');
const {items} = require('./lib/answers');

let dir;
before(() => {
  const zip = exportCourse('sample', 'sample-file.zip');
  const head = fs.readFileSync(zip).subarray(0, 4);
  assert.deepEqual([...head], [0x50, 0x4b, 0x03, 0x04], 'a .zip out path gives a zip archive');
  dir = zip.replace(/\.zip$/, '-unzipped');
  fs.rmSync(dir, {recursive: true, force: true});
  execFileSync('python3', ['-m', 'zipfile', '-e', zip, dir]);
  assert.ok(fs.existsSync(path.join(dir, 'index.html')), 'index.html at the top of the zip');
});

test('sample from file://: every item, a scenario ending, the quiz, then resume after reload', async () => {
  const s = await Session.open(dir, {via: 'file'});
  const page = s.page;
  try {
    await s.goto();
    assert.match(page.url(), /^file:\/\//);
    const all = items(readCourseData(dir).course);
    for (const it of all.slice(1)) await P.nextItem(page, it.node.props.title);
    // Images load from disk.
    await P.openFromMenu(page, all[1].node.props.title);
    const broken = await page.evaluate(() => Promise.all([...document.querySelectorAll('main img')].map((img) =>
      img.decode().then(() => null, () => img.getAttribute('src')))));
    assert.deepEqual(broken.filter(Boolean), [], 'every image decodes from file://');
    const sc = all.find((i) => i.node.kind === 'scenario').node;
    await P.openFromMenu(page, sc.props.title);
    await P.scenario.start(page);
    await P.scenario.choose(page, /while you’re here/);
    await P.scenario.continue(page);
    const quiz = all.find((i) => i.node.kind === 'quiz').node;
    await P.openFromMenu(page, quiz.props.title);
    await P.quiz.start(page);
    assert.match(await P.playQuiz(page, quiz), /\bPassed\b/);
    const before = await P.record(page);
    await s.reload();
    await P.expectTitle(page, quiz.props.title);
    await P.main(page).getByRole('heading', {level: 2, name: 'Results'}).waitFor();
    assert.equal((await P.record(page)).state, before.state, 'localStorage keeps the state on file://');
    await s.checkA11y('file:// quiz results');
    s.assertClean();
  } finally {
    await s.close();
  }
});
