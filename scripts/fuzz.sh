#!/usr/bin/env bash
# Runs every libFuzzer target of a SLUICE_FUZZ build for a bounded time, three at a time, each on a temporary
# copy of its seed corpus (tests/fuzz/corpus/<target>; new inputs never go back into the tree), with its
# dictionary. Fails on any crash, leak, time-out or sanitizer report, printing the artifact and its bytes.
#   scripts/fuzz.sh [build-dir]    (default: $SLUICE_SANITIZE_BUILD_DIR, else build-asan)
#   SLUICE_FUZZ_SECONDS            seconds per target (default 60)
#   SLUICE_FUZZ_JOBS               targets at a time (default 3: five targets in two rounds)
# Artifacts (crash-*, leak-*, timeout-* inputs and each target's log) go to <build-dir>/fuzz-artifacts.
set -euo pipefail

SLUICE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-${SLUICE_SANITIZE_BUILD_DIR:-$SLUICE_ROOT/build-asan}}"
seconds="${SLUICE_FUZZ_SECONDS:-60}"
jobs="${SLUICE_FUZZ_JOBS:-3}"
fuzz_dir="$SLUICE_ROOT/tests/fuzz"
artifacts="$build/fuzz-artifacts"
# shellcheck source=../tests/sanitizers/options.sh
source "$SLUICE_ROOT/tests/sanitizers/options.sh"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen

targets=()
for binary in "$build"/fuzz/fuzz_*; do
    [ -x "$binary" ] && targets+=("$(basename "$binary")")
done
if [ ${#targets[@]} -eq 0 ]; then
    echo "fuzz.sh: no fuzz targets in $build/fuzz (configure with -DSLUICE_FUZZ=ON and build)" >&2
    exit 1
fi

rm -rf "$artifacts"
mkdir -p "$artifacts"
work="$(mktemp -d "${TMPDIR:-/tmp}/sluice-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# <target>.dict when there is one; the SMTP targets share smtp.dict.
dictionary_for() {
    if [ -f "$fuzz_dir/$1.dict" ]; then
        echo "$fuzz_dir/$1.dict"
    elif [[ "$1" == fuzz_smtp* || "$1" == fuzz_serversession ]]; then
        echo "$fuzz_dir/smtp.dict"
    fi
}

run_target() {
    local target="$1" corpus="$work/$1" log="$artifacts/$1.log" dict
    mkdir -p "$corpus"
    if [ -d "$fuzz_dir/corpus/$target" ]; then cp -r "$fuzz_dir/corpus/$target/." "$corpus/"; fi
    local options=(-max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -detect_leaks=1
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-")
    dict="$(dictionary_for "$target")"
    [ -n "$dict" ] && options+=(-dict="$dict")
    local status=0
    "$build/fuzz/$target" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
    echo "$status" >"$work/$target.status"
}

echo "Fuzzing ${#targets[@]} target(s) for ${seconds}s each, $jobs at a time"
running=0
for target in "${targets[@]}"; do
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
    run_target "$target" &
    running=$((running + 1))
done
wait || true

failed=0
for target in "${targets[@]}"; do
    log="$artifacts/$target.log"
    status="$(cat "$work/$target.status" 2>/dev/null || echo 'no status')"
    runs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
    # A sanitizer report always ends the fuzzer with an error; the log is searched as well, in case a
    # report came from a child process or a thread that did not stop it.
    if [ "$status" = "0" ] && ! grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: (AddressSanitizer|UndefinedBehaviorSanitizer|LeakSanitizer)' "$log"; then
        echo "  $target: ok ($runs inputs)"
        continue
    fi
    failed=1
    echo "  $target: FAILED (exit status $status) after $runs inputs; log: $log"
    # The report (sanitizer stack, violated invariant), or the end of the log when there is none.
    if grep -qE 'ERROR:|runtime error:|fuzz invariant violated' "$log"; then
        grep -E 'ERROR:|runtime error:|SUMMARY:|fuzz invariant violated|detail|#[0-9]+ 0x' "$log" | head -40 | sed 's/^/    /' || true
    else
        tail -20 "$log" | sed 's/^/    /' || true
    fi
    for artifact in "$artifacts/$target"-*; do
        [ -f "$artifact" ] || continue
        echo "    artifact: $artifact ($(stat -c %s "$artifact") bytes); reproduce: $build/fuzz/$target $artifact"
        od -An -tx1 -v "$artifact" | head -64 | sed 's/^/     /' || true
    done
done
exit "$failed"
