#!/usr/bin/env bash
# Link-cycle benchmark: one "Connect now" cycle moving 1,000 messages each way between Sluice and a
# private Postfix playing the provider (which holds the office's mail until ETRN), next to Postfix's
# own flush of 1,000 held messages into smtp-sink after ETRN (the same provider, smtp-sink listening
# where Sluice did).
# Run on demand (not by ctest):  tests/bench/link_bench.sh [path/to/sluice]
# Exit codes: 0 = ran (there is no target to miss), 2 = missing prerequisite, 3 = setup failure,
#             4 = invalid run (an ingest failed, the cycle or the flush timed out, a count does not match).
# Environment knobs: BENCH_MESSAGES (1000 each way), BENCH_SESSIONS (10, smtp-source sessions at
#   ingest), BENCH_SIZE (10240 bytes), BENCH_CONCURRENCY (10: Sluice's
#   outbound.max_connections_per_host; Postfix's default_destination_concurrency_limit is 10 in the
#   template), BENCH_IDLE (3 s: link.idle_timeout), BENCH_TIMEOUT (600 s for the cycle and the flush),
#   BENCH_KEEP=1 keeps the temp folder (logs, queues, Maildir) for inspection.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
sluice=${1:-$repo/build/bin/sluice}
messages=${BENCH_MESSAGES:-1000}
sessions=${BENCH_SESSIONS:-10}
size=${BENCH_SIZE:-10240}
concurrency=${BENCH_CONCURRENCY:-10}
idle=${BENCH_IDLE:-3}
timeout=${BENCH_TIMEOUT:-600}
office=office.example

bench_name=link_bench
# shellcheck source=bench-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"

# ---- 1. prerequisites -------------------------------------------------------------------------
[[ -x $sluice ]] || die 2 "sluice binary not found or not executable: $sluice (build it first, or pass its path as \$1)"
for tool in /usr/sbin/postfix /usr/sbin/smtp-source /usr/sbin/smtp-sink /usr/sbin/postqueue; do
    [[ -x $tool ]] || die 2 "$tool is missing: install the Debian package 'postfix' (apt-get install -y postfix)"
done
command -v python3 >/dev/null || die 2 "python3 is missing: install the Debian package 'python3' (apt-get install -y python3)"
python3 -c 'import sqlite3' 2>/dev/null \
    || die 2 "python3 cannot import sqlite3: install the Debian package 'libpython3-stdlib' (apt-get install -y python3)"
[[ $(id -u) == 0 ]] || die 2 "run as root: a private Postfix instance needs it"
id postfix >/dev/null 2>&1 || die 2 "no 'postfix' user: install the Debian package 'postfix'"

# ---- temp folder and cleanup ------------------------------------------------------------------
root=$(mktemp -d /tmp/sluice-link-bench.XXXXXX) || die 3 "mktemp failed"
chmod 755 "$root" # the postfix user must reach its queue inside
pfroot="$root/provider"
sluice_pid='' far_pid='' office_sink_pid='' postfix_started=''
cleanup() {
    local rc=$?
    [[ -n $postfix_started ]] && /usr/sbin/postfix -c "$pfroot/conf" stop >/dev/null 2>&1
    [[ -n $sluice_pid ]] && stop_pid "$sluice_pid"
    [[ -n $far_pid ]] && stop_pid "$far_pid"
    [[ -n $office_sink_pid ]] && stop_pid "$office_sink_pid"
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        note "kept $root"
    else
        rm -rf "$root"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bad=0
invalid() { echo "!!!! $*" >&2; bad=1; }
warnings=()
load=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$load" -v c="$(nproc)" 'BEGIN { exit !(l > c) }'; then
    note "WARNING: load average $load on $(nproc) CPUs: figures will be noisy"
    warnings+=("load average $load on $(nproc) CPUs at the start")
fi

# The timer: one long-lived process that records the start, runs a command, then polls every 20 ms
# until the conditions are met; prints "start EPOCH" (wall clock at the start), then "name seconds"
# per condition as it was met (-1: timed out).
#   sluice: outbound = no remote recipient left in DATA/queue/queue.db; accepted = the provider's
#           queue is empty (Sluice answered 250 for all held mail); inbound = N files in MAILDIR/new
#   postfix: first = a file has gone from QUEUE/{maildrop,incoming,active,deferred,hold}; empty = none left
cat >"$root/timer.py" <<'EOF'
import os, sqlite3, subprocess, sys, time

mode, timeout, queue = sys.argv[1], float(sys.argv[2]), sys.argv[3]
folders = [os.path.join(queue, name) for name in ("maildrop", "incoming", "active", "deferred", "hold")]
def count(path):
    n = 0
    with os.scandir(path) as entries:
        for entry in entries:
            n += count(entry.path) if entry.is_dir(follow_symlinks=False) else 1
    return n
def files():
    return sum(count(folder) for folder in folders if os.path.isdir(folder))
before = files()
if mode == "sluice":
    queue_db, maildir, expected = sys.argv[4], sys.argv[5], int(sys.argv[6])
    command = sys.argv[7:]
    db = sqlite3.connect(queue_db, timeout=5, isolation_level=None)
    def state():
        left = db.execute("SELECT COUNT(*) FROM recipients WHERE route = 1").fetchone()[0]
        arrived = sum(1 for _ in os.scandir(maildir)) if os.path.isdir(maildir) else 0
        return {"outbound": left == 0, "accepted": files() == 0, "inbound": arrived >= expected}
else:
    command = sys.argv[4:]
    def state():
        n = files()
        return {"first": n < before, "empty": n == 0}

done = {}
start = time.time()
t0 = time.monotonic()
result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
if result.returncode != 0:
    sys.stderr.write("%s failed (%d): %s%s\n" % (command, result.returncode, result.stdout, result.stderr))
    sys.exit(1)
while True:
    now = time.monotonic() - t0
    current = state()
    for name, met in current.items():
        if met and name not in done:
            done[name] = now
    if len(done) == len(current) or now > timeout:
        break
    time.sleep(0.02)
print("start %.3f" % start)
for name in current:
    print("%s %.3f" % (name, done.get(name, -1)))
sys.exit(0 if len(done) == len(current) else 2)
EOF

# After the cycle: the record's phases and the Maildir's file times (both wall clock).
cat >"$root/cycle.py" <<'EOF'
import datetime, json, os, sqlite3, sys, time

log_db, maildir, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
# The timer's wall-clock start and when the provider's queue became empty (seconds after it).
timer_start, accepted = float(sys.argv[4]), float(sys.argv[5])
deadline = time.monotonic() + timeout
row = None
while time.monotonic() < deadline:
    try:
        db = sqlite3.connect(log_db, timeout=5)
        row = db.execute("SELECT record FROM cycles WHERE finished IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()
        db.close()
    except sqlite3.Error:
        row = None
    if row:
        break
    time.sleep(0.1)
if not row:
    print("error no finished cycle in %s" % log_db)
    sys.exit(2)
record = json.loads(row[0])
def when(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
phases = {phase["name"]: phase for phase in record["phases"]}
times = sorted(entry.stat().st_mtime for entry in os.scandir(maildir))
etrn_reply = when(phases["retrieve"]["finished"])
print("ok %d" % (1 if record["ok"] else 0))
print("sent %d" % record["messagesSent"])
print("received %d" % record["messagesReceived"])
print("replies %s" % " | ".join(record["retrievalReplies"]).replace(" ", "_"))
print("errors %s" % (" | ".join(record["errors"]).replace(" ", "_") or "-"))
print("cycle %.3f" % (when(record["finished"]) - when(record["started"])))
print("phases %s" % ",".join("%s=%.3fs" % (p["name"], when(p["finished"]) - when(p["started"]))
                             for p in record["phases"]))
print("first %.3f" % (times[0] - etrn_reply if times else -1))
print("accepted %.3f" % (timer_start + accepted - etrn_reply if accepted >= 0 else -1))
print("last %.3f" % (times[-1] - etrn_reply if times else -1))
EOF

hold_count() { find "$pfroot/queue/$1" -type f 2>/dev/null | wc -l; }
wait_deferred() { # all messages tried, refused and deferred (nothing left in incoming or active)
    for _ in $(seq 600); do
        [[ $(hold_count deferred) == "$messages" && $(hold_count incoming) == 0 && $(hold_count active) == 0 ]] \
            && return 0
        sleep 0.1
    done
    return 1
}
ingest() { # label port from to
    /usr/sbin/smtp-source -s "$sessions" -m "$messages" -l "$size" -f "$3" -t "$4" "127.0.0.1:$2" \
        >"$root/smtp-source-$1.log" 2>&1 || { tail -5 "$root/smtp-source-$1.log" >&2; invalid "smtp-source ($1) failed"; }
}

# ---- 2. the far destination and the provider -------------------------------------------------
far_port=$(free_port)
office_port=$(free_port) # Sluice will listen here; later smtp-sink in its place
/usr/sbin/smtp-sink -c -u nobody "127.0.0.1:$far_port" 256 >"$root/far.counters" 2>"$root/far.log" &
far_pid=$!
wait_port "$far_port" || { cat "$root/far.log" >&2; die 3 "smtp-sink (far) does not listen on $far_port"; }
sink_count() { # messages an smtp-sink -c has received so far ('.' seen), from its counters file
    local n
    n=$(tail -c 200 "$1" 2>/dev/null | tr '\r' '\n' | sed -n 's/.*mesg=\([0-9][0-9]*\).*/\1/p' | tail -1)
    echo "${n:-0}"
}

provider_port=$(free_port)
mkdir -p "$pfroot/conf" "$pfroot/queue" "$pfroot/data" "$pfroot/log"
chown postfix "$pfroot/data"
for f in main.cf master.cf; do
    sed -e "s|@ROOT@|$pfroot|g" -e "s|@PORT@|$provider_port|g" \
        -e "s|@OFFICE_NEXTHOP@|smtp:[127.0.0.1]:$office_port|g" -e "s|@FAR_NEXTHOP@|[127.0.0.1]:$far_port|g" \
        "$here/postfix/provider-$f.in" >"$pfroot/conf/$f"
done
pf() { /usr/sbin/postfix -c "$pfroot/conf" "$@"; }
pf check >"$root/postfix-setup.log" 2>&1 || { cat "$root/postfix-setup.log" >&2; die 3 "postfix check failed"; }
pf start >>"$root/postfix-setup.log" 2>&1 \
    || { cat "$root/postfix-setup.log" "$pfroot/log/postfix.log" >&2; die 3 "postfix start failed"; }
postfix_started=1
wait_port "$provider_port" || { cat "$pfroot/log/postfix.log" >&2; die 3 "Postfix does not listen on $provider_port"; }

note "provider: ingesting $messages messages for $office (the office is offline: they are deferred)"
ingest provider-held "$provider_port" sender@remote.example "rcpt@$office"
wait_deferred || invalid "the provider did not defer $messages messages (deferred: $(hold_count deferred))"

# ---- 3. Sluice: 1,000 queued outbound, then one cycle -----------------------------------------
data="$root/sluice"
mkdir -p "$data/mail/rcpt"
set=("$sluice" --data-dir "$data" config set)
{
    "${set[@]}" smtp.listen "127.0.0.1:$office_port" &&
    "${set[@]}" general.hostname gateway.$office &&
    "${set[@]}" routing.local_domains $office &&
    "${set[@]}" connections.transfer_mode inbound_outbound &&
    "${set[@]}" delivery.mode smarthost &&
    "${set[@]}" delivery.smarthost "127.0.0.1:$provider_port" &&
    "${set[@]}" outbound.max_connections_per_host "$concurrency" &&
    "${set[@]}" retrieval.method etrn &&
    "${set[@]}" retrieval.domains $office &&
    "${set[@]}" schedule.mode manual &&
    "${set[@]}" link.idle_timeout "$idle" &&
    "${set[@]}" link.first_delivery_grace 30 &&
    "${set[@]}" dialup.retries 0 &&
    "$sluice" --data-dir "$data" profile add bench --connect "touch $root/link-up" \
        --disconnect "rm -f $root/link-up" --probe "command:test -e $root/link-up" &&
    "${set[@]}" dialup.profile custom:bench
} >"$root/sluice-config.log" 2>&1 || { cat "$root/sluice-config.log" >&2; die 3 "sluice configuration failed"; }
"$sluice" --data-dir "$data" --headless 2>"$root/sluice.log" >/dev/null &
sluice_pid=$!
for _ in $(seq 100); do
    grep -q 'running on data folder' "$root/sluice.log" && break
    kill -0 "$sluice_pid" 2>/dev/null || break
    sleep 0.1
done
grep -q "listening on 127\.0\.0\.1 port $office_port" "$root/sluice.log" \
    || { cat "$root/sluice.log" >&2; die 3 "Sluice does not listen on $office_port"; }

note "sluice: ingesting $messages messages for far.example (dial-up mode: they stay queued)"
ingest sluice-outbound "$office_port" "sender@$office" rcpt@far.example
queued=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM recipients WHERE route = 1").fetchone()[0])' \
    "$data/queue/queue.db" 2>&1)
[[ $queued == "$messages" ]] || invalid "Sluice queued '$queued' outbound recipients, expected $messages"
[[ $(sink_count "$root/far.counters") == 0 ]] || invalid "outbound mail left before the cycle"
[[ $(find "$data/mail/rcpt" -type f | wc -l) == 0 ]] || invalid "held mail arrived before the cycle"

note "sluice: connect-now"
timed=$(python3 "$root/timer.py" sluice "$timeout" "$pfroot/queue" "$data/queue/queue.db" "$data/mail/rcpt/new" "$messages" \
    "$sluice" --data-dir "$data" connect-now) || invalid "the cycle did not move everything within $timeout s: $timed"
outbound_secs=$(awk '$1 == "outbound" { print $2 }' <<<"$timed")
inbound_secs=$(awk '$1 == "inbound" { print $2 }' <<<"$timed")
accepted_secs=$(awk '$1 == "accepted" { print $2 }' <<<"$timed")
timer_start=$(awk '$1 == "start" { print $2 }' <<<"$timed")
both_secs=$(awk -v a="$outbound_secs" -v b="$inbound_secs" 'BEGIN { print (a < 0 || b < 0) ? -1 : (a > b ? a : b) }')
cycle=$(python3 "$root/cycle.py" "$data/log.db" "$data/mail/rcpt/new" $((idle + 60)) "${timer_start:-0}" \
    "${accepted_secs:--1}") || invalid "$cycle"
field() { awk -v k="$1" '$1 == k { print $2 }' <<<"$cycle"; }
[[ $(field ok) == 1 ]] || invalid "the cycle record says not ok: $(field errors | tr _ ' ')"
[[ $(field sent) == "$messages" ]] || invalid "the cycle record says $(field sent) sent, expected $messages"
[[ $(field received) == "$messages" ]] || invalid "the cycle record says $(field received) received, expected $messages"
[[ -e $root/link-up ]] && invalid "the link is still up (marker file) after the cycle"
for _ in $(seq 50); do [[ $(sink_count "$root/far.counters") -ge $messages ]] && break; sleep 0.1; done
far_got=$(sink_count "$root/far.counters")
[[ $far_got == "$messages" ]] || invalid "the far destination received $far_got messages, expected $messages"
left=$(/usr/sbin/postqueue -c "$pfroot/conf" -j 2>/dev/null | grep -c .)
[[ $left == 0 ]] || invalid "the provider still lists $left message(s) after the cycle"
hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$sluice_pid/status" 2>/dev/null)
stop_pid "$sluice_pid"
sluice_pid=''

# ---- 4. reference: Postfix flushes the same load into smtp-sink on ETRN ------------------------
note "reference: ingesting $messages messages for $office into the provider (deferred again)"
ingest provider-reference "$provider_port" sender@remote.example "rcpt@$office"
wait_deferred || invalid "the provider did not defer $messages messages (deferred: $(hold_count deferred))"
/usr/sbin/smtp-sink -c -u nobody "127.0.0.1:$office_port" 256 >"$root/office.counters" 2>"$root/office.log" &
office_sink_pid=$!
wait_port "$office_port" || { cat "$root/office.log" >&2; die 3 "smtp-sink (office) does not listen on $office_port"; }
note "reference: ETRN $office"
cat >"$root/etrn.py" <<'EOF'
import smtplib, sys
with smtplib.SMTP("127.0.0.1", int(sys.argv[1]), local_hostname="gateway.office.example", timeout=30) as client:
    client.ehlo()
    code, text = client.docmd("ETRN", sys.argv[2])
sys.exit(0 if code == 250 else 1)
EOF
flush=$(python3 "$root/timer.py" postfix "$timeout" "$pfroot/queue" python3 "$root/etrn.py" "$provider_port" $office) \
    || invalid "Postfix's flush did not finish within $timeout s: $flush"
flush_first=$(awk '$1 == "first" { print $2 }' <<<"$flush")
flush_secs=$(awk '$1 == "empty" { print $2 }' <<<"$flush")
for _ in $(seq 50); do [[ $(sink_count "$root/office.counters") -ge $messages ]] && break; sleep 0.1; done
office_got=$(sink_count "$root/office.counters")
[[ $office_got == "$messages" ]] || invalid "smtp-sink in Sluice's place received $office_got messages, expected $messages"

# ---- 5. report --------------------------------------------------------------------------------
rate() { awk -v n="$messages" -v s="$1" 'BEGIN { if (s > 0) printf "%.1f", n / s; else print "-" }'; }
echo
echo "link cycle: $messages messages of $size bytes each way (Sluice -> provider -> far smtp-sink; provider -> Sluice on ETRN)"
printf '%-56s %9s %12s\n' measure seconds msgs/second
printf '%-56s %9s %12s\n' "connect-now -> both directions done" "$both_secs" "-"
printf '%-56s %9s %12s\n' "  connect-now -> outbound queue empty" "$outbound_secs" "$(rate "$outbound_secs")"
printf '%-56s %9s %12s\n' "  connect-now -> provider's queue empty" "$accepted_secs" "-"
printf '%-56s %9s %12s\n' "  connect-now -> all inbound in the Maildir" "$inbound_secs" "-"
printf '%-56s %9s %12s\n' "ETRN reply -> first inbound message (Maildir)" "$(field first)" "-"
printf '%-56s %9s %12s\n' "ETRN reply -> provider's queue empty (Sluice took all)" "$(field accepted)" \
    "$(rate "$(field accepted)")"
printf '%-56s %9s %12s\n' "ETRN reply -> last inbound message (Maildir)" "$(field last)" "$(rate "$(field last)")"
printf '%-56s %9s %12s\n' "Postfix reference: ETRN -> first message gone" "$flush_first" "-"
printf '%-56s %9s %12s\n' "Postfix reference: ETRN -> queue empty (smtp-sink)" "$flush_secs" "$(rate "$flush_secs")"
echo
echo "cycle record: $(field cycle) s from start to hang-up (includes the idle time-out of $idle s)"
echo "phases: $(field phases)"
echo "retrieval: $(field replies | tr _ ' ')"
echo "concurrency: Sluice outbound.max_connections_per_host = $concurrency;" \
    "Postfix default_destination_concurrency_limit = $(/usr/sbin/postconf -c "$pfroot/conf" -h default_destination_concurrency_limit)"
echo "Sluice peak RSS (VmHWM): $(awk -v k="${hwm:-0}" 'BEGIN { printf "%.1f", k / 1024 }') MB"
ratio() { awk -v a="$1" -v b="$flush_secs" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "-" }'; }
echo "held mail, time taken relative to Postfix's flush into smtp-sink (ETRN -> queue empty):"
echo "  Sluice accepting it (ETRN reply -> provider's queue empty): $(ratio "$(field accepted)")x"
echo "  Sluice accepting and delivering it (ETRN reply -> last in the Maildir): $(ratio "$(field last)")x"
for w in "${warnings[@]}"; do echo "WARNING: $w"; done

if (( bad )); then
    echo "!!!! INVALID RUN: a transfer failed, timed out or a count does not match (see above)" >&2
    exit 4
fi
exit 0
