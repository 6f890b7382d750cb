#!/usr/bin/env bash
# Ingest benchmark: Sluice vs. a private Postfix instance vs. smtp-sink (no storage).
# Run on demand (not by ctest):  tests/bench/ingest_bench.sh [path/to/sluice]
# Exit codes: 0 = ran and all targets PASS, 1 = ran but a target was MISSed,
#             2 = missing prerequisite, 3 = setup failure, 4 = message count mismatch.
# Environment knobs: BENCH_MESSAGES (5000), BENCH_SESSIONS (10), BENCH_SIZE (10240 bytes),
#                    BENCH_KEEP=1 keeps the temp folder (logs, queues) for inspection.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
sluice=${1:-$repo/build/bin/sluice}
messages=${BENCH_MESSAGES:-5000}
sessions=${BENCH_SESSIONS:-10}
size=${BENCH_SIZE:-10240}
sender=sender@bench.example
rcpt=rcpt@bench.example

bench_name=ingest_bench
# shellcheck source=bench-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"

# ---- 1. prerequisites -------------------------------------------------------------------------
[[ -x $sluice ]] || die 2 "sluice binary not found or not executable: $sluice (build it first, or pass its path as \$1)"
for tool in /usr/sbin/postfix /usr/sbin/smtp-source /usr/sbin/smtp-sink /usr/sbin/postqueue; do
    [[ -x $tool ]] || die 2 "$tool is missing: install the Debian package 'postfix' (apt-get install -y postfix)"
done
if command -v sqlite3 >/dev/null; then
    count_sluice() { sqlite3 "$1" 'SELECT COUNT(*) FROM messages'; }
elif command -v python3 >/dev/null; then
    count_sluice() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM messages").fetchone()[0])' "$1"; }
else
    die 2 "need sqlite3 (apt-get install -y sqlite3) or python3 to count Sluice's queue"
fi
command -v python3 >/dev/null || die 2 "python3 is needed to pick free ports (apt-get install -y python3)"
[[ $(id -u) == 0 ]] || die 2 "run as root: a private Postfix instance needs it"
id postfix >/dev/null 2>&1 || die 2 "no 'postfix' user: install the Debian package 'postfix'"

# ---- temp folder and cleanup ------------------------------------------------------------------
root=$(mktemp -d /tmp/sluice-ingest-bench.XXXXXX) || die 3 "mktemp failed"
chmod 755 "$root" # the postfix user must reach its queue inside
sluice_pid= sink_pid= postfix_started=
cleanup() {
    local rc=$?
    [[ -n $sink_pid ]] && kill "$sink_pid" 2>/dev/null && wait "$sink_pid" 2>/dev/null
    if [[ -n $sluice_pid ]] && kill -0 "$sluice_pid" 2>/dev/null; then
        kill -TERM "$sluice_pid" 2>/dev/null
        for _ in $(seq 50); do kill -0 "$sluice_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$sluice_pid" 2>/dev/null
        wait "$sluice_pid" 2>/dev/null
    fi
    [[ -n $postfix_started ]] && /usr/sbin/postfix -c "$root/postfix-conf" stop >/dev/null 2>&1
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        echo "ingest_bench: kept $root" >&2
    else
        rm -rf "$root"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM


# ---- 2. Sluice --------------------------------------------------------------------------------
mkdir -p "$root/sluice"
"$sluice" --data-dir "$root/sluice" config set smtp.listen 127.0.0.1:0 >"$root/sluice-config.log" 2>&1 \
    || { cat "$root/sluice-config.log" >&2; die 3 "sluice config set failed"; }
# Ingest only, like the held Postfix: outbound mail stays queued (and nothing leaves this machine).
"$sluice" --data-dir "$root/sluice" config set connections.transfer_mode inbound_only >>"$root/sluice-config.log" 2>&1 \
    || { cat "$root/sluice-config.log" >&2; die 3 "sluice config set failed"; }
"$sluice" --data-dir "$root/sluice" --headless 2>"$root/sluice.log" >/dev/null &
sluice_pid=$!
sluice_port=
for _ in $(seq 100); do
    sluice_port=$(sed -n 's/.*listening on 127\.0\.0\.1 port \([0-9][0-9]*\).*/\1/p' "$root/sluice.log" | tail -1)
    [[ -n $sluice_port ]] && break
    kill -0 "$sluice_pid" 2>/dev/null || break
    sleep 0.1
done
[[ -n $sluice_port ]] || { cat "$root/sluice.log" >&2; die 3 "Sluice did not report its listening port"; }

# ---- 3. private Postfix -----------------------------------------------------------------------
postfix_port=$(free_port)
mkdir -p "$root/postfix-conf" "$root/queue" "$root/data" "$root/log"
chown postfix "$root/data"
for f in main.cf master.cf; do
    sed -e "s|@ROOT@|$root|g" -e "s|@PORT@|$postfix_port|g" "$here/postfix/$f.in" >"$root/postfix-conf/$f"
done
pf() { /usr/sbin/postfix -c "$root/postfix-conf" "$@"; }
# `postfix check` creates the missing queue subdirectories (post-install create-missing) with
# their owners and modes, and checks the configuration.
pf check >"$root/postfix-setup.log" 2>&1 \
    || { cat "$root/postfix-setup.log" >&2; die 3 "postfix check failed"; }
pf start >>"$root/postfix-setup.log" 2>&1 \
    || { cat "$root/postfix-setup.log" "$root/log/postfix.log" >&2; die 3 "postfix start failed"; }
postfix_started=1
wait_port "$postfix_port" || { cat "$root/log/postfix.log" >&2; die 3 "Postfix does not listen on $postfix_port"; }

# ---- 4. smtp-sink -----------------------------------------------------------------------------
sink_port=$(free_port)
/usr/sbin/smtp-sink -u nobody "127.0.0.1:$sink_port" 256 >"$root/smtp-sink.log" 2>&1 &
sink_pid=$!
wait_port "$sink_port" || { cat "$root/smtp-sink.log" >&2; die 3 "smtp-sink does not listen on $sink_port"; }

# ---- 5. the runs ------------------------------------------------------------------------------
declare -A secs
failed=0
run() { # name port
    local t0 t1
    t0=$(date +%s.%N)
    /usr/sbin/smtp-source -s "$sessions" -m "$messages" -l "$size" -f "$sender" -t "$rcpt" \
        "127.0.0.1:$2" >"$root/smtp-source-$1.log" 2>&1
    local rc=$?
    t1=$(date +%s.%N)
    secs[$1]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    if [[ $rc != 0 ]]; then
        echo "!!!! smtp-source against $1 exited $rc (its time is not valid):" >&2
        tail -5 "$root/smtp-source-$1.log" >&2
        failed=1
    fi
}
echo "ingest_bench: $messages messages of $size bytes, $sessions sessions; sluice=$sluice" >&2
load=$(cut -d' ' -f1 /proc/loadavg)
cpus=$(nproc)
if awk -v l="$load" -v c="$cpus" 'BEGIN { exit !(l > c) }'; then
    # A CPU-starved machine favours many processes (Postfix) over one event loop (Sluice).
    echo "ingest_bench: WARNING: load average $load on $cpus CPUs: figures will be noisy" >&2
fi
run sluice "$sluice_port"
run postfix "$postfix_port"
run smtp-sink "$sink_port"

# ---- 6. Sluice peak RSS (before it stops) -----------------------------------------------------
hwm_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$sluice_pid/status" 2>/dev/null)
[[ -n $hwm_kb ]] || die 3 "Sluice died during the run (see its log)"

# ---- verify counts ----------------------------------------------------------------------------
bad=$failed
n_sluice=$(count_sluice "$root/sluice/queue/queue.db" 2>&1)
n_postfix=$(find "$root/queue/hold" -type f 2>/dev/null | wc -l)
if [[ $n_sluice != "$messages" ]]; then
    echo "!!!! MISMATCH: Sluice queued '$n_sluice' messages, expected $messages" >&2
    bad=1
fi
if [[ $n_postfix != "$messages" ]]; then
    echo "!!!! MISMATCH: Postfix held $n_postfix messages, expected $messages" >&2
    bad=1
fi

# ---- 7. report --------------------------------------------------------------------------------
rate() { awk -v n="$messages" -v s="$1" 'BEGIN { printf "%.1f", n / s }'; }
r_sluice=$(rate "${secs[sluice]}")
r_postfix=$(rate "${secs[postfix]}")
r_sink=$(rate "${secs[smtp-sink]}")
printf '\n(load average at start: %s on %s CPUs)\n' "$load" "$cpus"
printf '%-10s %9s %9s %12s\n' target messages seconds msgs/second
printf '%-10s %9s %9s %12s\n' sluice "$n_sluice" "${secs[sluice]}" "$r_sluice"
printf '%-10s %9s %9s %12s\n' postfix "$n_postfix" "${secs[postfix]}" "$r_postfix"
printf '%-10s %9s %9s %12s\n' smtp-sink "$messages" "${secs[smtp-sink]}" "$r_sink"
ratio_pf=$(awk -v a="$r_sluice" -v b="$r_postfix" 'BEGIN { printf "%.2f", a / b }')
ratio_sink=$(awk -v a="$r_sluice" -v b="$r_sink" 'BEGIN { printf "%.2f", a / b }')
rss_mb=$(awk -v k="$hwm_kb" 'BEGIN { printf "%.1f", k / 1024 }')
pass_rate=$(awk -v r="$ratio_pf" 'BEGIN { print (r >= 2 ? "PASS" : "MISS") }')
pass_rss=$(awk -v m="$rss_mb" 'BEGIN { print (m < 60 ? "PASS" : "MISS") }')
echo
echo "Sluice/Postfix rate:   ${ratio_pf}x"
echo "Sluice/smtp-sink rate: ${ratio_sink}x"
echo "Sluice peak RSS:       ${rss_mb} MB"
echo "target Sluice >= 2x Postfix ingest rate: $pass_rate"
echo "target Sluice peak RSS < 60 MB:          $pass_rss"

if (( bad )); then
    echo "!!!! INVALID RUN: a transfer failed or a count does not match (see above)" >&2
    exit 4
fi
[[ $pass_rate == PASS && $pass_rss == PASS ]] || exit 1
exit 0
