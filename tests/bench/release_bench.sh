#!/usr/bin/env bash
# Release benchmark: how fast Sluice delivers a held queue of 5,000 messages to a smarthost, next to
# a private Postfix instance releasing the same held queue to the same relay (one smtp-sink).
# Run on demand (not by ctest):  tests/bench/release_bench.sh [path/to/sluice]
# Exit codes: 0 = ran and the target PASSed, 1 = ran but the target was MISSed,
#             2 = missing prerequisite, 3 = setup failure,
#             4 = invalid run (ingest failed, a count does not match, or a release timed out).
# Environment knobs: BENCH_MESSAGES (5000), BENCH_SESSIONS (10, smtp-source sessions at ingest),
#   BENCH_SIZE (10240 bytes), BENCH_CONCURRENCY (10: Sluice's outbound.max_connections_per_host
#   and Postfix's default_destination_concurrency_limit), BENCH_DEFAULTS (1: also release with
#   Sluice's default outbound limits; 0 skips that run), BENCH_TIMEOUT (600 s per release),
#   BENCH_KEEP=1 keeps the temp folder (logs, queues) for inspection.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
sluice=${1:-$repo/build/bin/sluice}
messages=${BENCH_MESSAGES:-5000}
sessions=${BENCH_SESSIONS:-10}
size=${BENCH_SIZE:-10240}
concurrency=${BENCH_CONCURRENCY:-10}
with_defaults=${BENCH_DEFAULTS:-1}
release_timeout=${BENCH_TIMEOUT:-600}
sender=sender@bench.example
rcpt=rcpt@bench.example

bench_name=release_bench
# shellcheck source=bench-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"

# ---- 1. prerequisites -------------------------------------------------------------------------
[[ -x $sluice ]] || die 2 "sluice binary not found or not executable: $sluice (build it first, or pass its path as \$1)"
for tool in /usr/sbin/postfix /usr/sbin/smtp-source /usr/sbin/smtp-sink /usr/sbin/postqueue /usr/sbin/postsuper \
    /usr/sbin/postconf; do
    [[ -x $tool ]] || die 2 "$tool is missing: install the Debian package 'postfix' (apt-get install -y postfix)"
done
command -v python3 >/dev/null || die 2 "python3 is missing: install the Debian package 'python3' (apt-get install -y python3)"
python3 -c 'import sqlite3' 2>/dev/null \
    || die 2 "python3 cannot import sqlite3: install the Debian package 'libpython3-stdlib' (apt-get install -y python3)"
[[ $(id -u) == 0 ]] || die 2 "run as root: a private Postfix instance needs it"
id postfix >/dev/null 2>&1 || die 2 "no 'postfix' user: install the Debian package 'postfix'"

# ---- temp folder and cleanup ------------------------------------------------------------------
root=$(mktemp -d /tmp/sluice-release-bench.XXXXXX) || die 3 "mktemp failed"
chmod 755 "$root" # the postfix user must reach its queue inside
sluice_pids=() sink_pid='' postfix_started=''
cleanup() {
    local rc=$? pid
    [[ -n $postfix_started ]] && /usr/sbin/postfix -c "$root/postfix/conf" stop >/dev/null 2>&1
    for pid in "${sluice_pids[@]}"; do stop_pid "$pid"; done
    [[ -n $sink_pid ]] && stop_pid "$sink_pid"
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        note "kept $root"
    else
        rm -rf "$root"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
load_check() { # the load average at the start: a CPU-starved run favours neither side reliably
    local load cpus
    load=$(cut -d' ' -f1 /proc/loadavg)
    cpus=$(nproc)
    if awk -v l="$load" -v c="$cpus" 'BEGIN { exit !(l > c) }'; then
        note "WARNING: load average $load on $cpus CPUs: figures will be noisy"
        warnings+=("load average $load on $cpus CPUs at the start")
    fi
}
cpu_busy_check() { # before each release: the load average still holds our own ingest, so sample
    # how busy the CPUs are for a second while everything measured is idle (others are running?)
    local a b busy
    a=$(awk '/^cpu / { print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6 }' /proc/stat)
    sleep 1
    b=$(awk '/^cpu / { print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6 }' /proc/stat)
    busy=$(awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); t = y[1] - x[1];
        printf "%d", (t > 0 ? 100 * (t - (y[2] - x[2])) / t : 0) }')
    if (( busy > 20 )); then
        note "WARNING: CPUs ${busy}% busy just before $1 (other processes?): figures will be noisy"
        warnings+=("CPUs ${busy}% busy by other processes just before $1")
    fi
}
warnings=()

# The release timer: records the start, runs the release command(s) (separated by ';;'), then
# polls the queue every 50 ms until nothing is left. One long-lived process, so polling costs
# little CPU next to the two programs measured. Prints "seconds first_seconds left".
cat >"$root/release_timer.py" <<'EOF'
import os, sqlite3, subprocess, sys, time

mode, target, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
commands, current = [], []
for argument in sys.argv[4:]:
    if argument == ";;":
        commands.append(current)
        current = []
    else:
        current.append(argument)
if current:
    commands.append(current)

if mode == "sluice":
    db = sqlite3.connect(target, timeout=5, isolation_level=None)
    def left():
        return db.execute("SELECT COUNT(*) FROM recipients").fetchone()[0]
else:
    folders = [os.path.join(target, name) for name in ("maildrop", "incoming", "active", "deferred", "hold")]
    def count(path):
        n = 0
        with os.scandir(path) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    n += count(entry.path)
                else:
                    n += 1
        return n
    def left():
        return sum(count(folder) for folder in folders if os.path.isdir(folder))

before = left()
t0 = time.monotonic()
for command in commands:
    result = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.stderr.write("release command %s failed (%d): %s\n" % (command, result.returncode, result.stderr))
        print("-1 -1 %d" % before)
        sys.exit(1)
first = -1.0
while True:
    n = left()
    now = time.monotonic() - t0
    if first < 0 and n < before:
        first = now
    if n == 0:
        print("%.3f %.3f 0" % (now, first))
        sys.exit(0)
    if now > timeout:
        print("%.3f %.3f %d" % (now, first, n))
        sys.exit(2)
    time.sleep(0.05)
EOF

# ---- 2. one smtp-sink for both ----------------------------------------------------------------
sink_port=$(free_port)
# -c: running counters (sess=, quit=, mesg=) on stdout, updated at every "."; read from the file.
/usr/sbin/smtp-sink -c -u nobody "127.0.0.1:$sink_port" 256 >"$root/smtp-sink.counters" 2>"$root/smtp-sink.log" &
sink_pid=$!
wait_port "$sink_port" || { cat "$root/smtp-sink.log" >&2; die 3 "smtp-sink does not listen on $sink_port"; }
sink_count() { # messages the sink has received so far ('.' seen)
    local n
    n=$(tail -c 200 "$root/smtp-sink.counters" | tr '\r' '\n' | sed -n 's/.*mesg=\([0-9][0-9]*\).*/\1/p' | tail -1)
    echo "${n:-0}"
}

ingest() { # name port
    local t0 t1 rc
    t0=$(date +%s.%N)
    /usr/sbin/smtp-source -s "$sessions" -m "$messages" -l "$size" -f "$sender" -t "$rcpt" \
        "127.0.0.1:$2" >"$root/smtp-source-$1.log" 2>&1
    rc=$?
    t1=$(date +%s.%N)
    ingest_secs[$1]=$(elapsed "$t0" "$t1")
    if [[ $rc != 0 ]]; then
        echo "!!!! smtp-source against $1 exited $rc:" >&2
        tail -5 "$root/smtp-source-$1.log" >&2
        bad=1
    fi
}

thread_cpu() { # pid -> "tid comm ticks" per thread
    local stat
    for stat in /proc/"$1"/task/*/stat; do
        # comm is in parentheses and may hold spaces: cut it out before splitting the rest.
        awk '{ line = $0; o = index(line, "("); c = index(line, ") ");
               comm = substr(line, o + 1, c - o - 1); split(substr(line, c + 2), f, " ");
               print substr(line, 1, o - 2), comm, f[12] + f[13] }' "$stat" 2>/dev/null
    done
}
thread_cpu_diff() { # before-file after-file -> "comm: seconds" summed per thread name, busiest first
    local hz
    hz=$(getconf CLK_TCK)
    awk -v hz="$hz" 'NR == FNR { before[$1] = $NF; next }
        { n = $NF - before[$1]; name = $0; sub(/^[0-9]+ /, "", name); sub(/ [0-9]+$/, "", name);
          sum[name] += n }
        END { for (k in sum) if (sum[k] > 0) printf "%s %.2f\n", k, sum[k] / hz }' "$1" "$2" \
        | sort -k2 -nr -t' ' | awk '{ printf "%s%s=%ss", (NR > 1 ? ", " : ""), $1, $2 }'
}

load_check
declare -A ingest_secs release_secs first_secs delivered sink_got hwm cpu_threads
bad=0
labels=()

# ---- 3. Sluice: ingest held (inbound_only), then release to the smarthost ---------------------
run_sluice() { # label per_host_limit(empty = default)
    local label=$1 per_host=$2 data="$root/$1" log="$root/$1.log" pid port set
    mkdir -p "$data"
    set=("$sluice" --data-dir "$data" config set)
    {
        "${set[@]}" smtp.listen 127.0.0.1:0 &&
        "${set[@]}" connections.transfer_mode inbound_only &&
        "${set[@]}" delivery.mode smarthost &&
        "${set[@]}" delivery.smarthost "127.0.0.1:$sink_port" &&
        if [[ -n $per_host ]]; then "${set[@]}" outbound.max_connections_per_host "$per_host"; fi
    } >"$root/$label-config.log" 2>&1 || { cat "$root/$label-config.log" >&2; die 3 "sluice config set failed"; }
    "$sluice" --data-dir "$data" config get outbound.max_connections >"$root/$label-limits" 2>/dev/null
    "$sluice" --data-dir "$data" config get outbound.max_connections_per_host >>"$root/$label-limits" 2>/dev/null
    "$sluice" --data-dir "$data" config get outbound.messages_per_connection >>"$root/$label-limits" 2>/dev/null
    limits[$label]=$(paste -sd/ "$root/$label-limits")

    "$sluice" --data-dir "$data" --headless 2>"$log" >/dev/null &
    pid=$!
    sluice_pids+=("$pid")
    port=
    for _ in $(seq 100); do
        port=$(sed -n 's/.*listening on 127\.0\.0\.1 port \([0-9][0-9]*\).*/\1/p' "$log" | tail -1)
        [[ -n $port ]] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    [[ -n $port ]] || { cat "$log" >&2; die 3 "Sluice ($label) did not report its listening port"; }

    note "$label: ingesting $messages messages (held: transfer_mode inbound_only)"
    local sink_at_ingest
    sink_at_ingest=$(sink_count)
    ingest "$label" "$port"
    local queued
    queued=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM recipients").fetchone()[0])' \
        "$data/queue/queue.db" 2>&1)
    if [[ $queued != "$messages" ]]; then
        echo "!!!! MISMATCH: Sluice ($label) queued '$queued' recipients, expected $messages" >&2
        bad=1
    fi
    if [[ $(sink_count) != "$sink_at_ingest" ]] || grep -q 'delivery job started' "$log"; then
        echo "!!!! Sluice ($label) delivered before the release (inbound_only not honoured?)" >&2
        bad=1
    fi

    cpu_busy_check "the $label release"
    local sink_before result rc
    sink_before=$(sink_count)
    thread_cpu "$pid" >"$root/$label-cpu-before"
    note "$label: releasing (connections.transfer_mode inbound_outbound)"
    result=$(python3 "$root/release_timer.py" sluice "$data/queue/queue.db" "$release_timeout" \
        "${set[@]}" connections.transfer_mode inbound_outbound)
    rc=$?
    thread_cpu "$pid" >"$root/$label-cpu-after"
    read -r "release_secs[$label]" "first_secs[$label]" _ <<<"$result"
    if [[ $rc != 0 ]]; then
        echo "!!!! Sluice ($label) release did not finish: $result (seconds first left); log tail:" >&2
        tail -5 "$log" >&2
        bad=1
    fi
    # The last 250 was read before the row went; the sink counted the '.' before answering it.
    local got
    for _ in $(seq 20); do
        got=$(( $(sink_count) - sink_before ))
        (( got >= messages )) && break
        sleep 0.1
    done
    sink_got[$label]=$got
    # The job's own summary (it may take a moment to be logged after the last row goes).
    for _ in $(seq 30); do grep -q 'delivery job finished' "$log" && break; sleep 0.1; done
    delivered[$label]=$(sed -n 's/.*delivery job finished: \([0-9][0-9]*\) delivered.*/\1/p' "$log" \
        | awk '{ s += $1 } END { print s + 0 }')
    hwm[$label]=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
    [[ -n ${hwm[$label]} ]] || { tail -5 "$log" >&2; die 3 "Sluice ($label) died during the run (see its log)"; }
    cpu_threads[$label]=$(thread_cpu_diff "$root/$label-cpu-before" "$root/$label-cpu-after")
    stop_pid "$pid"
    labels+=("$label")
}

declare -A limits
run_sluice sluice "$concurrency"
if [[ $with_defaults == 1 ]]; then
    run_sluice sluice-defaults ""
fi

# ---- 4. private Postfix: ingest held, then postsuper -H ALL + postqueue -f --------------------
pfroot="$root/postfix"
postfix_port=$(free_port)
mkdir -p "$pfroot/conf" "$pfroot/queue" "$pfroot/data" "$pfroot/log"
chown postfix "$pfroot/data"
for f in main.cf master.cf; do
    sed -e "s|@ROOT@|$pfroot|g" -e "s|@PORT@|$postfix_port|g" "$here/postfix/$f.in" >"$pfroot/conf/$f"
done
# The ingest templates have no SMTP client: add the delivery side (relay_domains mail goes through
# the 'relay' transport, the rest through 'smtp'; both to the sink via relayhost).
cat >>"$pfroot/conf/master.cf" <<'EOF'
smtp                  unix       -       -      n      -      -       smtp
relay                 unix       -       -      n      -      -       smtp
EOF
/usr/sbin/postconf -c "$pfroot/conf" -e \
    "relayhost = [127.0.0.1]:$sink_port" \
    "default_destination_concurrency_limit = $concurrency" \
    >"$root/postfix-setup.log" 2>&1 || { cat "$root/postfix-setup.log" >&2; die 3 "postconf -e failed"; }
pf() { /usr/sbin/postfix -c "$pfroot/conf" "$@"; }
pf check >>"$root/postfix-setup.log" 2>&1 || { cat "$root/postfix-setup.log" >&2; die 3 "postfix check failed"; }
pf start >>"$root/postfix-setup.log" 2>&1 \
    || { cat "$root/postfix-setup.log" "$pfroot/log/postfix.log" >&2; die 3 "postfix start failed"; }
postfix_started=1
wait_port "$postfix_port" || { cat "$pfroot/log/postfix.log" >&2; die 3 "Postfix does not listen on $postfix_port"; }
pf_concurrency=$(/usr/sbin/postconf -c "$pfroot/conf" -x -h relay_destination_concurrency_limit)
pf_concurrency="relay_destination_concurrency_limit=$pf_concurrency"

note "postfix: ingesting $messages messages (held: check_client_access static:HOLD)"
ingest postfix "$postfix_port"
# The last 250 may come just before cleanup has moved the file into hold: wait a moment.
for _ in $(seq 50); do
    held=$(find "$pfroot/queue/hold" -type f 2>/dev/null | wc -l)
    [[ $held == "$messages" ]] && break
    sleep 0.1
done
if [[ $held != "$messages" ]]; then
    echo "!!!! MISMATCH: Postfix held $held messages, expected $messages" >&2
    bad=1
fi

cpu_busy_check "the postfix release"
sink_before=$(sink_count)
note "postfix: releasing (postsuper -H ALL, postqueue -f)"
result=$(python3 "$root/release_timer.py" postfix "$pfroot/queue" "$release_timeout" \
    /usr/sbin/postsuper -c "$pfroot/conf" -H ALL ';;' /usr/sbin/postqueue -c "$pfroot/conf" -f)
rc=$?
read -r 'release_secs[postfix]' 'first_secs[postfix]' _ <<<"$result"
if [[ $rc != 0 ]]; then
    echo "!!!! Postfix release did not finish: $result (seconds first left)" >&2
    bad=1
fi
for _ in $(seq 20); do
    got=$(( $(sink_count) - sink_before ))
    (( got >= messages )) && break
    sleep 0.1
done
sink_got[postfix]=$got
left=$(/usr/sbin/postqueue -c "$pfroot/conf" -j 2>/dev/null | grep -c . )
delivered[postfix]=$(grep -c 'status=sent' "$pfroot/log/postfix.log")
if [[ $left != 0 ]]; then
    echo "!!!! Postfix still lists $left message(s) in postqueue -j" >&2
    bad=1
fi
labels+=(postfix)

# ---- 5. report --------------------------------------------------------------------------------
for label in "${labels[@]}"; do
    if [[ ${sink_got[$label]} != "$messages" || ${delivered[$label]} != "$messages" ]]; then
        echo "!!!! MISMATCH: $label: sink received ${sink_got[$label]}, sender reports ${delivered[$label]} delivered, expected $messages" >&2
        bad=1
    fi
done
rate() { awk -v n="$messages" -v s="$1" 'BEGIN { if (s > 0) printf "%.1f", n / s; else print "-" }'; }
echo
echo "release of $messages held messages of $size bytes (ingested by smtp-source -s $sessions) into one smtp-sink"
printf '%-16s %9s %9s %9s %12s %11s %10s %10s\n' sender delivered sink seconds msgs/second first-after \
    from-first ingest-s
for label in "${labels[@]}"; do
    printf '%-16s %9s %9s %9s %12s %11s %10s %10s\n' "$label" "${delivered[$label]}" "${sink_got[$label]}" \
        "${release_secs[$label]}" "$(rate "${release_secs[$label]}")" "${first_secs[$label]}" \
        "$(elapsed "${first_secs[$label]}" "${release_secs[$label]}")" "${ingest_secs[$label]}"
done
echo
echo "concurrency: sluice outbound.max_connections/max_connections_per_host/messages_per_connection = ${limits[sluice]}"
[[ -n ${limits[sluice-defaults]:-} ]] \
    && echo "             sluice-defaults (Sluice's default limits)                           = ${limits[sluice-defaults]}"
echo "             postfix default_destination_concurrency_limit = $concurrency ($pf_concurrency)"
echo "(seconds: from the release command to an empty queue; first-after: to the first message gone,"
echo " which for Sluice includes noticing the changed setting; from-first: the difference)"
for label in "${labels[@]}"; do
    [[ $label == postfix ]] && continue
    echo "$label peak RSS (VmHWM): $(awk -v k="${hwm[$label]}" 'BEGIN { printf "%.1f", k / 1024 }') MB;" \
        "CPU during release per thread: ${cpu_threads[$label]:-none}"
done
ratio=$(awk -v a="${release_secs[sluice]}" -v b="${release_secs[postfix]}" \
    'BEGIN { if (a > 0 && b > 0) printf "%.2f", b / a; else print "0" }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 2 ? "PASS" : "MISS") }')
echo "Sluice/Postfix release rate (same concurrency $concurrency): ${ratio}x"
if [[ -n ${release_secs[sluice-defaults]:-} ]]; then
    echo "Sluice with default limits/Postfix: $(awk -v a="${release_secs[sluice-defaults]}" -v b="${release_secs[postfix]}" \
        'BEGIN { if (a > 0 && b > 0) printf "%.2f", b / a; else print "0" }')x (informative)"
fi
echo "target Sluice release rate >= 2x Postfix: $verdict"
for w in "${warnings[@]}"; do echo "WARNING: $w"; done

if (( bad )); then
    echo "!!!! INVALID RUN: a transfer failed, timed out or a count does not match (see above)" >&2
    exit 4
fi
[[ $verdict == PASS ]] || exit 1
exit 0
