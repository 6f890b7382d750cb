#!/usr/bin/env bash
# Builds Sluice and runs every test: unit tests, scripted SMTP conversations, the abuse and fault suites,
# the integration tests with real peers (swaks, Python's smtplib, Postfix, fetchmail) against the real
# sluice binary; then the hardening run (scripts/sanitize.sh): the engine and models tests again under
# AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer, and a minute of fuzzing per target.
# Every stage runs even when an earlier one failed; the exit status is 0 only when all passed.
set -euo pipefail
SLUICE_PACKAGES_EXTRA="swaks postfix fetchmail iproute2 python3 openssl dnsmasq-base gnome-keyring dbus-bin dbus-daemon libsecret-1-0 xauth xvfb trayer clang libclang-rt-14-dev llvm ${SLUICE_PACKAGES_EXTRA:-}"
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

# The tests spend most of their time waiting on sockets and timers (a quarter of the CPU at most), so the
# sanitizer build compiles meanwhile, at the lowest priority: the tests get the CPU whenever they want it.
sanitize_log="$(mktemp "${TMPDIR:-/tmp}/sluice-sanitize-build.XXXXXX")"
trap 'rm -f "$sanitize_log"' EXIT
nice -n 19 "$SLUICE_ROOT/scripts/sanitize.sh" --build-only >"$sanitize_log" 2>&1 &
sanitize_build=$!

status=0
(cd "$SLUICE_BUILD_DIR" && ctest --output-on-failure -j"$(nproc)" "$@") || status=$?
if wait "$sanitize_build"; then
    "$SLUICE_ROOT/scripts/sanitize.sh" --no-build "$@" || status=$?
else
    cat "$sanitize_log" >&2
    echo "test.sh: the sanitizer build failed" >&2
    status=1
fi
exit "$status"
