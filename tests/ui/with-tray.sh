#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command on a private X server with a real XEmbed system tray: Xvfb on a free display (it picks
# the number itself with -displayfd), then trayer, which takes _NET_SYSTEM_TRAY_S0 (the test polls
# QSystemTrayIcon::isSystemTrayAvailable() until it has). Both are stopped afterwards; the command's exit
# status is the script's. Usage: with-tray.sh COMMAND [ARGUMENT...]
set -eu

work=$(mktemp -d "${TMPDIR:-/tmp}/sluice-tray.XXXXXX")
xvfb_pid=
trayer_pid=
cleanup() {
    [ -n "$trayer_pid" ] && kill "$trayer_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
tries=0
until [ -s "$work/display" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "with-tray.sh: Xvfb did not start:" >&2
        cat "$work/xvfb.log" >&2
        exit 1
    fi
    sleep 0.1
done
DISPLAY=":$(head -n 1 "$work/display")"
export DISPLAY

trayer --edge top --align right --widthtype request --height 24 --transparent false >"$work/trayer.log" 2>&1 &
trayer_pid=$!

status=0
QT_QPA_PLATFORM=xcb "$@" || status=$?
exit "$status"
