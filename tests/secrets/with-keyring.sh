#!/bin/sh
# Runs a test program against a private GNOME Keyring:
#   dbus-run-session --config-file=session-bus.conf -- sh with-keyring.sh PROGRAM [ARGUMENTS...]
# The keyring lives in a fresh temporary HOME, so the user's real keyring is never read or written,
# and is removed afterwards. Needs gnome-keyring and dbus-send (Debian: gnome-keyring, dbus-bin).
set -eu

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh: no session bus; run it under dbus-run-session" >&2
    exit 1
fi
for tool in gnome-keyring-daemon dbus-send; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (install gnome-keyring and dbus-bin)" >&2
        exit 1
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/sluice-keyring.XXXXXX")
daemon=
cleanup() {
    if [ -n "$daemon" ]; then
        kill "$daemon" 2>/dev/null || true
        wait "$daemon" 2>/dev/null || true
    fi
    rm -rf "$home"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

export HOME="$home"
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export XDG_RUNTIME_DIR="$home/run"
mkdir -m 700 "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"

# --unlock reads the login keyring's password from standard input and, the HOME being new, creates
# that keyring with it; --foreground keeps the daemon our child so that it is stopped by its own id.
printf 'sluice-test' | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$home/daemon.out" 2>"$home/daemon.err" &
daemon=$!
export GNOME_KEYRING_CONTROL="$XDG_RUNTIME_DIR/keyring"

has_secret_service() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
tries=0
until has_secret_service; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ] || ! kill -0 "$daemon" 2>/dev/null; then
        echo "with-keyring.sh: gnome-keyring-daemon did not offer org.freedesktop.secrets:" >&2
        cat "$home/daemon.err" >&2
        exit 1
    fi
    sleep 0.1
done

export SLUICE_PRIVATE_KEYRING=1
status=0
"$@" || status=$?
exit "$status"
