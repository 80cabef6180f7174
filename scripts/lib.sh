# Shared by run.sh and test.sh: install what is missing, then configure and build.
# Sourced, not run. Works on a fresh Debian 12 or Ubuntu 24.04 (Qt 6.4 or later).

CW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Packages the build needs; test.sh adds the test-only ones.
CW_BUILD_PACKAGES=(
    g++ cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libgl-dev libsqlite3-dev libzip-dev libgumbo-dev
)

# What the C++ tests run besides the build: unzip proves an exported zip extracts, xmllint
# validates SCORM manifests against the official schemas.
CW_TEST_PACKAGES=(unzip libxml2-utils)

# What the browser end-to-end tests (tests/e2e) need: Debian's Chromium and fonts for sane
# rendering. npm is installed only when missing: NodeSource's nodejs bundles it and conflicts
# with Debian's npm package.
CW_E2E_PACKAGES=(chromium fonts-dejavu-core fonts-liberation)

# What scripts/fuzz.sh needs: clang and its sanitizer runtimes (libFuzzer is in libclang-rt-dev,
# the default version's package, only recommended by clang and so not installed with it).
CW_FUZZ_PACKAGES=(clang libclang-rt-dev)

cw_log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

cw_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages given that are not installed yet (non-interactive).
cw_install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    cw_log "Installing ${missing[*]}"
    cw_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    cw_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures and builds with the given CMake preset (default, ci, asan or fuzz).
cw_build() {
    local preset="$1"
    cd "$CW_ROOT" || exit 1
    cw_log "Configuring (preset $preset)"
    cmake --preset "$preset" >/dev/null || cmake --preset "$preset" || exit 1
    cw_log "Building"
    cmake --build --preset "$preset" -j "$(nproc)" || exit 1
}

cw_build_dir() {
    case "$1" in
        asan) echo "$CW_ROOT/build-asan" ;;
        fuzz) echo "$CW_ROOT/build-fuzz" ;;
        *) echo "$CW_ROOT/build" ;;
    esac
}

# Installs the e2e tests' npm modules (exact versions from tests/e2e/package-lock.json; npm ci
# never downloads a browser for playwright-core). Skipped while the lock file is unchanged.
cw_install_e2e_modules() {
    command -v npm >/dev/null || cw_install_packages npm
    local dir="$CW_ROOT/tests/e2e"
    local stamp="$dir/node_modules/.coursewright-lock.sha256"
    local want
    want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
    [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && return 0
    cw_log "Installing the e2e test modules (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts) || return 1
    echo "$want" >"$stamp"
}
