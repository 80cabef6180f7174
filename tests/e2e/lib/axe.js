// Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page and returns readable violations.
'use strict';

const axePath = require.resolve('axe-core');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({path: axePath});
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
