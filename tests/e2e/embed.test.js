// The package plays where LMSs put it: inside an iframe of a host page and in a popup window,
// sharing the learner's record (the popup resumes where the iframe left off).
'use strict';
const {test, before} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {Session} = require('./lib/session');
const {exportCourse, readCourseData} = require('./lib/package');
const P = require('./lib/player');
const {items} = require('./lib/answers');

let pkg;
let all;
before(() => {
  pkg = exportCourse('sample', 'sample-embed');
  all = items(readCourseData(pkg).course);
  // A stand-in for an LMS page: the course in a narrow iframe.
  fs.writeFileSync(path.join(pkg, 'lms-host.html'),
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LMS</title></head><body>' +
    '<main><h1>My LMS</h1><iframe src="index.html" title="Course" style="width:360px;height:640px"></iframe></main>' +
    '</body></html>');
});

test('plays inside an iframe and resumes in a popup window', async () => {
  const s = await Session.open(pkg);
  const page = s.page;
  try {
    await page.goto(s.base + 'lms-host.html');
    const frame = page.frameLocator('iframe');
    await frame.locator('main h1').waitFor();
    assert.equal(await frame.locator('main h1').innerText(), all[0].node.props.title);
    // 360 px wide: the menu is behind its toggle, and the pager works.
    await frame.getByRole('button', {name: 'Menu'}).waitFor();
    await frame.getByRole('button', {name: /^Next/}).last().click();
    await frame.locator('main h1', {hasText: all[1].node.props.title}).waitFor();

    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate(() => window.open('index.html', 'course', 'width=480,height=800')),
    ]);
    s.watch(popup);
    await popup.locator('main h1', {hasText: all[1].node.props.title}).waitFor();
    await popup.getByRole('button', {name: /^Next/}).last().click();
    await popup.locator('main h1', {hasText: all[2].node.props.title}).waitFor();
    await popup.close();
    s.assertClean();
  } finally {
    await s.close();
  }
});
