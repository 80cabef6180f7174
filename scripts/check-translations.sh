#!/usr/bin/env bash
# Fails when a translation (translations/coursewright_{de,es,fr}.ts) is not complete for the current
# sources: runs lupdate (the same sources and options as translations/CMakeLists.txt) into a copy of each
# committed file and fails on any lupdate warning, any message lupdate adds or drops, and any unfinished
# translation.
# Usage: scripts/check-translations.sh [path/to/lupdate]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

lupdate="${1:-${LUPDATE:-}}"
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            lupdate="$candidate"
            break
        fi
    done
fi
[ -n "$lupdate" ] && [ -x "$lupdate" ] || { echo "lupdate not found (install qt6-l10n-tools)" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mapfile -t sources < <(find core widgets app -name '*.cpp' -o -name '*.h' | LC_ALL=C sort)

# Every language follows the same rules, so one that falls behind fails the check like German would.
failed=0
for language in de es fr; do
    committed="translations/coursewright_$language.ts"
    copy="$tmp/coursewright_$language.ts"
    log="$tmp/$language.log"
    incomplete=0
    cp "$committed" "$copy"
    "$lupdate" -no-obsolete -locations none -I core -I widgets -I app "${sources[@]}" \
        -ts "$copy" >"$log" 2>&1 || { cat "$log" >&2; echo "lupdate failed on $committed" >&2; exit 1; }

    # lupdate's normal output is only these lines; anything else is a warning (e.g. a tr() it cannot place).
    warnings="$(grep -v -E '^(Updating |[[:space:]]+Found [0-9]+ source text|[[:space:]]+Removed [0-9]+ obsolete|[[:space:]]+Kept [0-9]+ obsolete|[[:space:]]+Same-text heuristic|[[:space:]]+Number heuristic|[[:space:]]*$)' "$log" || true)"
    if [ -n "$warnings" ]; then
        echo "lupdate warnings (fix the tr() call so its context is known):" >&2
        echo "$warnings" >&2
        incomplete=1
    fi

    found="$(grep -E 'Found [0-9]+ source text' "$log" || true)"
    new="$(echo "$found" | sed -n -E 's/.*\(([0-9]+) new and.*/\1/p')"
    removed="$(sed -n -E 's/.*Removed ([0-9]+) obsolete.*/\1/p' "$log")"
    if [ -z "$found" ]; then
        echo "could not read lupdate's summary for $committed:" >&2
        cat "$log" >&2
        incomplete=1
    fi
    if [ "${new:-0}" != 0 ] || [ "${removed:-0}" != 0 ]; then
        echo "$committed is out of date: ${new:-0} new and ${removed:-0} removed message(s)." >&2
        echo "Run: cmake --build BUILD --target update_translations, then translate the new messages." >&2
        diff -u "$committed" "$copy" | grep -E '^[-+][[:space:]]*<source>' >&2 || true
        incomplete=1
    fi

    unfinished="$(grep -c 'type="unfinished"' "$copy" || true)"
    if [ "$unfinished" != 0 ]; then
        echo "$unfinished message(s) in $committed have no translation:" >&2
        grep -B1 'type="unfinished"' "$copy" | grep '<source>' >&2 || true
        incomplete=1
    fi

    total="$(grep -c '<source>' "$copy")"
    if [ "$incomplete" = 0 ]; then
        echo "$committed: all $total messages translated"
    else
        failed=1
    fi
done
[ "$failed" = 0 ] || exit 1
python3 scripts/update-english-plurals.py --check "$lupdate"
