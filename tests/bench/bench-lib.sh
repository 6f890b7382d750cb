# Shell helpers shared by the benchmark scripts (sourced; set bench_name first).
# shellcheck shell=bash

die() { echo "$bench_name: $2" >&2; exit "$1"; }
note() { echo "$bench_name: $*" >&2; }
stop_pid() { # pid: TERM, up to 5 s, then KILL
    kill -0 "$1" 2>/dev/null || return 0
    kill -TERM "$1" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$1" 2>/dev/null
    wait "$1" 2>/dev/null
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { # wait until something accepts on 127.0.0.1:$1
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}
