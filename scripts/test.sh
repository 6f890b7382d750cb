#!/usr/bin/env bash
# Builds Sluice and runs every test: unit tests, scripted SMTP conversations, and the integration
# tests with real peers (swaks, Python's smtplib) against the real sluice binary.
set -euo pipefail
SLUICE_PACKAGES_EXTRA="swaks postfix fetchmail iproute2 python3 openssl dnsmasq-base gnome-keyring dbus-bin dbus-daemon libsecret-1-0 xauth xvfb trayer ${SLUICE_PACKAGES_EXTRA:-}"
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

cd "$SLUICE_BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" "$@"
