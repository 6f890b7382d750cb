#!/usr/bin/env bash
# Sanitizer settings for the hardening runs (scripts/sanitize.sh, scripts/fuzz.sh): sourced, exports the
# *SAN_OPTIONS so that any report stops the process with a non-zero exit code (the test or the fuzzer
# then fails), with a symbolized stack. The suppression files next to this one are for third-party code
# only, every entry with the reason it is there.
SLUICE_SANITIZERS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

symbolizer="$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)"
if [ -n "$symbolizer" ]; then
    export ASAN_SYMBOLIZER_PATH="$symbolizer"
    export LLVM_SYMBOLIZER_PATH="$symbolizer"
fi
# detect_leaks: LeakSanitizer at exit (exit code 23 when it finds a leak); check_initialization_order and
# strict_init_order: static initialisers that read another file's globals.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_odr_violation=2:print_summary=1:symbolize=1:allocator_may_return_null=0"
export LSAN_OPTIONS="suppressions=$SLUICE_SANITIZERS_DIR/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:print_summary=1:suppressions=$SLUICE_SANITIZERS_DIR/ubsan.supp"
