#!/usr/bin/env bash
# Installs the Debian 12 packages Sluice needs that are missing, then configures and builds it.
# Sourced by run.sh and test.sh; quiet when everything is already there.
#   SLUICE_PACKAGES_EXTRA   more packages to ensure (test.sh adds the test peers)
#   SLUICE_BUILD_DIR        build folder (default: build)
set -euo pipefail

SLUICE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SLUICE_BUILD_DIR="${SLUICE_BUILD_DIR:-$SLUICE_ROOT/build}"

build_packages=(cmake ninja-build g++ ccache lld pkg-config libgl-dev openssl
    qt6-base-dev libqt6sql6-sqlite libqt6svg6 qtkeychain-qt6-dev qt6-l10n-tools qt6-tools-dev
    qt6-tools-dev-tools)

ensure_packages() {
    local missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    # The postfix package (benchmark peer) asks questions unless told not to.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# shellcheck disable=SC2206
ensure_packages "${build_packages[@]}" ${SLUICE_PACKAGES_EXTRA:-}

# Optimised, with the line tables and function names a backtrace needs (-g1): full debug information
# makes every compilation a fifth slower and every link far slower. lld links the hundred test programs
# in a fraction of ld.bfd's time.
cmake_options=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
    -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld)
# CI treats every compiler warning as an error.
if [ "${CI:-}" = "true" ]; then cmake_options+=(-DSLUICE_WERROR=ON); fi
if [ ! -f "$SLUICE_BUILD_DIR/build.ninja" ] || [ "${CI:-}" = "true" ]; then
    cmake -S "$SLUICE_ROOT" -B "$SLUICE_BUILD_DIR" "${cmake_options[@]}" >/dev/null
fi
cmake --build "$SLUICE_BUILD_DIR" -j"$(nproc)"
