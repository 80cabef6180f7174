// The e2e test modules (tests/e2e: the xAPI validator, the cmi5 rule checker) that the adapter
// tests use when they are installed. Under ctest (CW_E2E_MODULES=required, tests/CMakeLists.txt)
// they must be: a missing one fails the run instead of leaving its checks out. Not a test file.
'use strict';

function e2eModule(path) {
  try {
    return require(path);
  } catch (e) {
    if (process.env.CW_E2E_MODULES === 'required') {
      throw new Error(`${path} is missing (${e.message}); run npm ci in tests/e2e (scripts/test.sh does)`);
    }
    return null;
  }
}

module.exports = { e2eModule };
