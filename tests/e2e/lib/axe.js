// Runs axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) in the page and returns readable violations.
'use strict';

const fs = require('fs');

const axePath = require.resolve('axe-core');
let source;
const axeSource = () => (source ??= fs.readFileSync(axePath, 'utf8'));
// axe-core 4.14 has one WCAG 2.2 tag, wcag22aa (target-size, SC 2.5.8; off unless asked for by tag),
// and refuses unknown tags; wcag22.test.js checks that every A/AA tag the installed axe knows is here.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The whole axe result (violations, passes, incomplete, inapplicable) of the page as it is now.
async function axeRun(page) {
  // Evaluated through the DevTools protocol rather than added as an inline <script>, which the
  // package's Content-Security-Policy rightly refuses.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource());
  // axe reads the style sheets over XHR (for css-orientation-lock), which file:// forbids.
  const preload = !page.url().startsWith('file:');
  return page.evaluate(([tags, preload]) =>
    window.axe.run(document, {runOnly: {type: 'tag', values: tags}, preload}), [TAGS, preload]);
}

async function axeViolations(page) {
  return (await axeRun(page)).violations;
}

function formatViolations(violations) {
  return violations.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n` + v.nodes.map((node) =>
    `      ${node.target.join(' ')}\n        ${(node.failureSummary || '').replace(/\n/g, '\n        ')}`).join('\n'))
    .join('\n');
}

module.exports = {axeRun, axeViolations, formatViolations, TAGS};
