// Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page and returns readable violations.
'use strict';

const fs = require('fs');

const axePath = require.resolve('axe-core');
let source;
const axeSource = () => (source ??= fs.readFileSync(axePath, 'utf8'));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page) {
  // Evaluated through the DevTools protocol rather than added as an inline <script>, which the
  // package's Content-Security-Policy rightly refuses.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource());
  // axe reads the style sheets over XHR (for css-orientation-lock), which file:// forbids.
  const preload = !page.url().startsWith('file:');
  const result = await page.evaluate(([tags, preload]) =>
    window.axe.run(document, {runOnly: {type: 'tag', values: tags}, preload}), [TAGS, preload]);
  return result.violations;
}

function formatViolations(violations) {
  return violations.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n` + v.nodes.map((node) =>
    `      ${node.target.join(' ')}\n        ${(node.failureSummary || '').replace(/\n/g, '\n        ')}`).join('\n'))
    .join('\n');
}

module.exports = {axeViolations, formatViolations};
