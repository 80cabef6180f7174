#!/usr/bin/env bash
# Installs what is missing, builds, and opens the editor on the bundled sample course.
#   scripts/run.sh               the editor on a fresh copy of the sample course
#   scripts/run.sh --export DIR  no window: writes the sample course to DIR instead: the project
#                                file, its canonical JSON and every package format
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export_dir=""
case "${1:-}" in
    --export)
        export_dir="${2:?usage: scripts/run.sh --export DIR}"
        ;;
    "") ;;
    -h|--help)
        sed -n '2,6p' "$0"; exit 0 ;;
    *)
        echo "usage: scripts/run.sh [--export DIR]" >&2; exit 2 ;;
esac

cw_install_packages "${CW_BUILD_PACKAGES[@]}"
cw_build default
bin="$(cw_build_dir default)/app"

if [ -n "$export_dir" ]; then
    mkdir -p "$export_dir"
    "$bin/coursewright-cli" new --template sample --force "$export_dir/sample.cwcourse"
    "$bin/coursewright-cli" dump "$export_dir/sample.cwcourse" --assets "$export_dir/assets" > "$export_dir/course.json"
    "$bin/coursewright-cli" info "$export_dir/sample.cwcourse"
    # Every package format: a folder to open from disk and a zip to upload.
    rm -rf "$export_dir/html"
    "$bin/coursewright-cli" export "$export_dir/sample.cwcourse" --format html --out "$export_dir/html"
    "$bin/coursewright-cli" export "$export_dir/sample.cwcourse" --format html --out "$export_dir/sample-html.zip"
    for format in scorm12 scorm2004-3 scorm2004-4 xapi cmi5; do
        "$bin/coursewright-cli" export "$export_dir/sample.cwcourse" --format "$format" --out "$export_dir/sample-$format.zip"
    done
    cw_log "Wrote $export_dir: sample.cwcourse, course.json, assets/, html/ (open html/index.html), sample-html.zip, the SCORM packages sample-scorm12.zip, sample-scorm2004-3.zip and sample-scorm2004-4.zip, and sample-xapi.zip and sample-cmi5.zip"
    exit 0
fi

work="${XDG_DATA_HOME:-$HOME/.local/share}/Coursewright"
mkdir -p "$work"
sample="$work/Sample course.cwcourse"
[ -f "$sample" ] || "$bin/coursewright-cli" new --template sample "$sample"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    cw_log "No display: running the editor under Xvfb"
    cw_install_packages xvfb xauth
    exec xvfb-run -a -s "-screen 0 1440x900x24" "$bin/coursewright" "$sample"
fi
exec "$bin/coursewright" "$sample"
