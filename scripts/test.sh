#!/usr/bin/env bash
# Builds Sluice and runs every test: unit tests, scripted SMTP conversations, the abuse and fault suites,
# the integration tests with real peers (swaks, Python's smtplib, Postfix, fetchmail) against the real
# sluice binary; then the hardening run (scripts/sanitize.sh): the engine and models tests again under
# AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer, and a minute of fuzzing per target.
set -euo pipefail
SLUICE_PACKAGES_EXTRA="swaks postfix fetchmail iproute2 python3 openssl dnsmasq-base gnome-keyring dbus-bin dbus-daemon libsecret-1-0 xauth xvfb trayer ${SLUICE_PACKAGES_EXTRA:-}"
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

(cd "$SLUICE_BUILD_DIR" && ctest --output-on-failure -j"$(nproc)" "$@")
"$SLUICE_ROOT/scripts/sanitize.sh" "$@"
