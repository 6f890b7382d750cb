#!/usr/bin/env bash
# The hardening run: builds Sluice's engine, models and their tests with clang, AddressSanitizer,
# UndefinedBehaviorSanitizer and LeakSanitizer (plus the libFuzzer targets), runs those tests and the
# seed corpus replays with any sanitizer report failing the test, then fuzzes every target
# (scripts/fuzz.sh). Installs clang, its runtime, lld and llvm-symbolizer when missing.
#   scripts/sanitize.sh [--build-only | --no-build] [ctest arguments...]
#     --build-only   configure and build, nothing more (scripts/test.sh builds while other tests run)
#     --no-build     run the tests and the fuzzers of an existing build
#   SLUICE_SANITIZE_BUILD_DIR   build folder (default: build-asan)
#   SLUICE_FUZZ_SECONDS         seconds of fuzzing per target (default 60; 0 skips fuzzing)
set -euo pipefail

SLUICE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SLUICE_SANITIZE_BUILD_DIR:-$SLUICE_ROOT/build-asan}"
phase=all
case "${1:-}" in
--build-only) phase=build; shift ;;
--no-build) phase=test; shift ;;
esac

# setup.sh's package list and installer, without its gcc build.
eval "$(sed -n '/^build_packages=(/,/)$/p; /^ensure_packages()/,/^}/p' "$SLUICE_ROOT/scripts/setup.sh")"
ensure_packages "${build_packages[@]}" clang libclang-rt-14-dev lld llvm

# Debug without optimisation builds fastest; line tables are enough for symbolized stacks. One
# precompiled header (SLUICE_PRECOMPILE_HEADERS, on for clang) and lld keep the build short.
cmake_options=(-G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug
    "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -gline-tables-only"
    -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld
    -DSLUICE_BUILD_UI=OFF -DSLUICE_FUZZ=ON)
if [ "$phase" != test ]; then
    if [ ! -f "$build/build.ninja" ] || [ "${CI:-}" = "true" ]; then
        cmake -S "$SLUICE_ROOT" -B "$build" "${cmake_options[@]}" >/dev/null
    fi
    cmake --build "$build" -j"$(nproc)"
fi
[ "$phase" = build ] && exit 0

# shellcheck source=../tests/sanitizers/options.sh
source "$SLUICE_ROOT/tests/sanitizers/options.sh"
status=0
(cd "$build" && ctest --output-on-failure -j"$(nproc)" "$@") || status=$?

if [ "${SLUICE_FUZZ_SECONDS:-60}" != "0" ]; then
    "$SLUICE_ROOT/scripts/fuzz.sh" "$build" || status=1
fi
exit "$status"
