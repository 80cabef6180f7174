# Shared by run.sh and test.sh: install what is missing, then configure and build.
# Sourced, not run. Works on a fresh Debian 12 or Ubuntu 24.04 (Qt 6.4 or later).

CW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Packages the build needs; test.sh adds the test-only ones.
CW_BUILD_PACKAGES=(
    g++ cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libsqlite3-dev libzip-dev
)

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

# Configures and builds with the given CMake preset (default, ci or asan).
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
        *) echo "$CW_ROOT/build" ;;
    esac
}
