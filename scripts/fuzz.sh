#!/usr/bin/env bash
# Builds the fuzz harnesses (tests/fuzz) with clang, libFuzzer, ASan and UBSan, then runs each for
# a bounded time on a copy of its seed corpus. Fails on any crash, leak, timeout, out-of-memory or
# broken invariant, and leaves the reproducer in build-fuzz/fuzz-run/<harness>/findings/.
#   scripts/fuzz.sh [SECONDS]    seconds per harness (default 60, or CW_FUZZ_SECONDS)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

seconds="${1:-${CW_FUZZ_SECONDS:-60}}"
case "$seconds" in '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;; esac

cw_install_packages "${CW_BUILD_PACKAGES[@]}" "${CW_FUZZ_PACKAGES[@]}"
cw_build fuzz

build="$(cw_build_dir fuzz)"
work="$build/fuzz-run"
rm -rf "$work"
failed=()
while read -r name; do
    [ -n "$name" ] || continue
    dir="$work/$name"
    mkdir -p "$dir/corpus" "$dir/findings"
    # libFuzzer adds what it learns to the first corpus folder: a copy, never the tree.
    cp -R "$CW_ROOT/tests/fuzz/corpus/$name/." "$dir/corpus/"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$dir/findings/")
    [ -f "$CW_ROOT/tests/fuzz/$name.dict" ] && options+=(-dict="$CW_ROOT/tests/fuzz/$name.dict")
    cw_log "Fuzzing $name for $seconds s"
    started=$SECONDS
    status=0
    ASAN_OPTIONS="detect_leaks=1:${ASAN_OPTIONS:-}" UBSAN_OPTIONS="print_stacktrace=1:${UBSAN_OPTIONS:-}" \
        "$build/tests/fuzz/fuzz_$name" "${options[@]}" "$dir/corpus" >"$dir/fuzz.log" 2>&1 || status=$?
    elapsed=$((SECONDS - started))
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/fuzz.log" | tail -n 1)"
    coverage="$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$dir/fuzz.log" | tail -n 1 || true)"
    findings="$(find "$dir/findings" -type f | wc -l)"
    inputs="$(find "$dir/corpus" -type f | wc -l)"
    echo "fuzz $name: ${runs:-?} runs in $elapsed s, ${coverage:-no coverage figures}, $inputs corpus inputs, $findings findings"
    if [ "$status" -ne 0 ] || [ "$findings" -ne 0 ]; then
        echo "fuzz $name FAILED (exit status $status); the end of $dir/fuzz.log:"
        tail -n 80 "$dir/fuzz.log"
        find "$dir/findings" -type f -printf 'reproducer: %p\n'
        failed+=("$name")
    fi
done <"$build/fuzz-targets.txt"

if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (replay one with: $build/tests/fuzz/fuzz_<name> FILE)"
    exit 1
fi
echo "fuzzing: no findings"
