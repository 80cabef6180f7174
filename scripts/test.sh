#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite.
#   scripts/test.sh          warnings are errors when CI is set
#   scripts/test.sh --asan   the same under AddressSanitizer + UBSan
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

preset=default
[ -n "${CI:-}" ] && preset=ci
[ "${1:-}" = "--asan" ] && preset=asan

cw_install_packages "${CW_BUILD_PACKAGES[@]}" "${CW_TEST_PACKAGES[@]}" clang-format python3 nodejs "${CW_E2E_PACKAGES[@]}"
cw_install_e2e_modules
cw_build "$preset"

cw_log "Testing"
cd "$(cw_build_dir "$preset")"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure -j "$(nproc)" --timeout 600
