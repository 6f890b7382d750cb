#!/usr/bin/env bash
# Builds Sluice and starts it on its embedded default: configuration in an SQLite database in the
# user's data folder (~/.local/share/sluice), created with defaults on first start.
# With a display it opens the console; without one it runs the headless service (Ctrl+C stops it).
# Extra arguments go to sluice (e.g. --data-dir DIR).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$SLUICE_BUILD_DIR/bin/sluice" "$@"
fi
echo "No display: running the headless service. Stop it with Ctrl+C."
exec "$SLUICE_BUILD_DIR/bin/sluice" --headless "$@"
