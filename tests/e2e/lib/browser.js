// Launches Debian's Chromium through playwright-core (which never downloads a browser).
'use strict';
const fs = require('fs');

let chromium;
try {
  ({chromium} = require('playwright-core'));
} catch (e) {
  throw new Error('playwright-core is missing: run scripts/test.sh, or `npm ci` in tests/e2e');
}

const executablePath = process.env.CW_CHROMIUM ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p)) || '/usr/bin/chromium';

function launch() {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

module.exports = {launch, executablePath};
