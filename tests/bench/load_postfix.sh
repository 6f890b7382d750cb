#!/usr/bin/env bash
# The private Postfix instance of the load benchmark (tests/bench/load_bench), set up from the ingest
# templates in postfix/ with the delivery side added: the local domain to Maildirs (virtual(8)),
# everything else to the benchmark's sink (relayhost).
#   load_postfix.sh start ROOT PORT SINKPORT   set up ROOT/{conf,queue,data,log,mail} and start
#   load_postfix.sh stop ROOT                  stop it (waits for the master to exit)
# Exit codes: 0 done, 2 missing prerequisite, 3 setup failure.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench_name=load_postfix
# shellcheck source=bench-lib.sh
source "$here/bench-lib.sh"

mailboxes=(alice bob carol dave) # LoadTarget::mailboxes()
local_domain=local.example      # LoadTarget::localDomain()

case ${1:-} in
start)
    [[ $# == 4 ]] || die 3 "usage: $0 start ROOT PORT SINKPORT"
    root=$2 port=$3 sink_port=$4
    for tool in /usr/sbin/postfix /usr/sbin/postconf; do
        [[ -x $tool ]] || die 2 "$tool is missing: install the Debian package 'postfix' (apt-get install -y postfix)"
    done
    [[ $(id -u) == 0 ]] || die 2 "run as root: a private Postfix instance needs it"
    id postfix >/dev/null 2>&1 || die 2 "no 'postfix' user: install the Debian package 'postfix'"
    chmod 755 "$root"
    mkdir -p "$root/conf" "$root/queue" "$root/data" "$root/log" "$root/mail"
    chown postfix "$root/data"
    chown nobody:nogroup "$root/mail" # virtual(8) delivers as nobody and creates the Maildirs
    for f in main.cf master.cf; do
        sed -e "s|@ROOT@|$root|g" -e "s|@PORT@|$port|g" "$here/postfix/$f.in" >"$root/conf/$f"
    done
    cat >>"$root/conf/master.cf" <<'EOT'
smtp                  unix       -       -      n      -      -       smtp
relay                 unix       -       -      n      -      -       smtp
virtual               unix       -       n      n      -      -       virtual
EOT
    maps=
    for m in "${mailboxes[@]}"; do maps+="${maps:+, }$m@$local_domain=$m/"; done
    # smtpd_recipient_restrictions: the ingest templates HOLD everything; here mail moves on.
    # default_process_limit: 100 by default, fewer than the 200 sessions (and the daemons).
    # Connection count and rate limits do not apply to mynetworks (smtpd_client_event_limit_exceptions).
    /usr/sbin/postconf -c "$root/conf" -e \
        "smtpd_recipient_restrictions =" \
        "relayhost = [127.0.0.1]:$sink_port" \
        "virtual_mailbox_domains = $local_domain" \
        "virtual_mailbox_base = $root/mail" \
        "virtual_mailbox_maps = inline:{$maps}" \
        "virtual_uid_maps = static:$(id -u nobody)" \
        "virtual_gid_maps = static:$(id -g nobody)" \
        "default_process_limit = 300" \
        "default_destination_concurrency_limit = 20" \
        >"$root/log/setup.log" 2>&1 || { cat "$root/log/setup.log" >&2; die 3 "postconf -e failed"; }
    /usr/sbin/postfix -c "$root/conf" check >>"$root/log/setup.log" 2>&1 \
        || { cat "$root/log/setup.log" >&2; die 3 "postfix check failed"; }
    /usr/sbin/postfix -c "$root/conf" start >>"$root/log/setup.log" 2>&1 \
        || { cat "$root/log/setup.log" "$root/log/postfix.log" >&2; die 3 "postfix start failed"; }
    wait_port "$port" || { cat "$root/log/postfix.log" >&2; die 3 "Postfix does not listen on $port"; }
    ;;
stop)
    [[ $# == 2 ]] || die 3 "usage: $0 stop ROOT"
    root=$2
    pid=$(tr -d ' ' <"$root/queue/pid/master.pid" 2>/dev/null)
    /usr/sbin/postfix -c "$root/conf" stop >/dev/null 2>&1
    if [[ -n $pid ]]; then
        for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && /usr/sbin/postfix -c "$root/conf" abort >/dev/null 2>&1
    fi
    ;;
*)
    die 3 "usage: $0 start ROOT PORT SINKPORT | stop ROOT"
    ;;
esac
exit 0
