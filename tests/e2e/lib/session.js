// One browser page under watch: every console error, uncaught exception and request outside the
// package is recorded, and axe-core can be run over each state reached. finish() fails the test
// with everything found, so that one run reports every problem at once.
'use strict';
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const {pathToFileURL} = require('url');
const {launch} = require('./browser');
const {serve} = require('./server');
const {axeViolations, formatViolations} = require('./axe');

class Session {
  // packageDir: an exported package. via: 'http' (served from 127.0.0.1) or 'file'.
  // reducedMotion: what the page's prefers-reduced-motion says ('reduce' keeps screenshots still).
  static async open(packageDir, {via = 'http', width = 1280, height = 900, browser, reducedMotion = 'reduce'} = {}) {
    const s = new Session();
    s.ownBrowser = !browser;
    s.browser = browser || (await launch());
    if (via === 'http') {
      s.server = await serve(packageDir);
      s.base = s.server.url;
    } else {
      s.base = pathToFileURL(packageDir).href + '/';
    }
    s.context = await s.browser.newContext({viewport: {width, height}, reducedMotion});
    // Every Content-Security-Policy violation in any frame becomes a console error, which
    // assertClean() reports: the player must never trip its own policy.
    await s.context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)));
    s.page = await s.context.newPage();
    s.page.setDefaultTimeout(10000);
    s.watch(s.page);
    return s;
  }

  constructor() {
    this.errors = [];
    this.outside = [];
    this.a11y = [];
    this.statesChecked = 0;
  }

  allowed(url) {
    return url.startsWith(this.base) || url.startsWith('data:') || url.startsWith('blob:');
  }

  watch(page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(`console error: ${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (error) => this.errors.push(`uncaught: ${error.stack || error.message}`));
    page.on('request', (request) => {
      if (!this.allowed(request.url())) this.outside.push(request.url());
    });
    page.on('requestfailed', (request) => {
      // ERR_ABORTED: the browser cancelled it because the page went away (a reload while an image
      // was still loading, seen once under ASan), not a file the package lacks (that is a 404).
      const why = request.failure()?.errorText;
      if (why === 'net::ERR_ABORTED') return;
      if (this.allowed(request.url())) this.errors.push(`request failed: ${request.url()} ${why}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) this.errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    // Nothing outside the package may load: block it (and it is recorded above).
    return page.route('**', (route) => (this.allowed(route.request().url()) ? route.continue() : route.abort()));
  }

  // Opens the package's index.html and waits for the shell to render the first <h1> in <main>.
  async goto(file = 'index.html') {
    await this.page.goto(this.base + file);
    await this.ready();
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  async ready() {
    await this.page.locator('main h1').first().waitFor({state: 'visible'});
    // The course menu is built just after the first page is shown (docs/player.md).
    await this.page.waitForFunction(() => !document.getElementById('cw-nav') || document.querySelector('#cw-nav li'));
  }

  // Runs axe-core over the page as it is now; `label` names the state in the report.
  async checkA11y(label) {
    const violations = await axeViolations(this.page);
    this.statesChecked++;
    if (violations.length) this.a11y.push(`${label}:\n${formatViolations(violations)}`);
  }

  // Asserts that nothing has tripped so far (call at the end of each test).
  assertClean() {
    const problems = [];
    if (this.errors.length) problems.push('Console errors / exceptions / failed requests:\n  ' + this.errors.join('\n  '));
    if (this.outside.length) problems.push('Requests outside the package:\n  ' + [...new Set(this.outside)].join('\n  '));
    if (this.a11y.length) problems.push('axe-core violations:\n' + this.a11y.join('\n'));
    assert.ok(problems.length === 0, problems.join('\n\n'));
  }

  async screenshot(dir, name) {
    fs.mkdirSync(dir, {recursive: true});
    await this.page.screenshot({path: path.join(dir, name + '.png'), fullPage: true});
  }

  async close() {
    await this.context?.close().catch(() => {});
    if (this.ownBrowser) await this.browser?.close().catch(() => {});
    await this.server?.close();
  }
}

module.exports = {Session};
