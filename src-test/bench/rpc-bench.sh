#!/usr/bin/env bash
# rpc-bench.sh -- the XML-RPC server and supervisorctl, ours (jsupervisor) against the reference
# (Supervisor 4.2.5), side by side in one run. A benchmark, not a test: Markdown tables
# (reference, ours, ratio, target, met?) on stdout, progress on stderr.
#
#   src-test/bench/rpc-bench.sh [--ours DIST_BIN_DIR] [--reference BIN_DIR] [--reps N]
#                               [--secs S] [--only ctl,rate,state,storm] [--keep]
#
# Each implementation is driven by its own supervisorctl for the ctl figures (our ctl against
# our daemon, the reference's against the reference's) and by the same C load generator
# (rpcload.c, keep-alive HTTP/1.1, one connection per client) for the server figures. Every
# load run is preceded by a warm-up run of the same length that is not counted (our daemon
# compiles its hot paths while it runs; a long-running daemon is warm). Needs bash 5,
# python3, gcc; everything lives in a mktemp -d dir and is killed on exit.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
CMDLINE="src-test/bench/rpc-bench.sh${*:+ $*}"
OURS_BIN=$here/../../packaging/target/dist/bin
REF_BIN=/usr/bin
REPS=10 SECS=5 KEEP=0 ONLY=ctl,rate,state,storm
while [ $# -gt 0 ]; do
    case $1 in
        --ours) OURS_BIN=$2; shift ;;
        --reference) REF_BIN=$2; shift ;;
        --reps) REPS=$2; shift ;;
        --secs) SECS=$2; shift ;;
        --only) ONLY=$2; shift ;;
        --keep) KEEP=1 ;;
        *) echo "usage: $0 [--ours DIR] [--reference DIR] [--reps N] [--secs S] [--only LIST] [--keep]" >&2; exit 2 ;;
    esac
    shift
done
OURS_BIN=$(cd "$OURS_BIN" 2>/dev/null && pwd -P || echo "$OURS_BIN")
. "$here/bench-common.sh"
LOAD=$WORK/rpcload
on() { [[ ",$ONLY," == *",$1,"* ]]; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# up IMPL N [EXTRA]: a daemon with N programs in $WORK/IMPL-N..., RUNNING; sets DIR.
up() {
    DIR=$WORK/$1-n$2-$RANDOM
    write_conf "$DIR" "$2" "${3:-}"
    start_daemon "$1" "$DIR"
    wait_running "$DIR" "$2" 120 > /dev/null || { log "$1 with $2 programs did not start (see $DIR)"; return 1; }
    sleep "$SETTLE"
}
down() { stop_daemon; [ "$KEEP" = 1 ] || rm -rf "$DIR"; }
# load TARGET CLIENTS METHOD: warm up, then one counted run; prints rpcload's line.
load() {
    "$LOAD" "$1" "$2" "$SECS" "$3" > /dev/null
    "$LOAD" "$1" "$2" "$SECS" "$3"
}
run_ns() { local s; read -r -a s <<< "$(stats)"; echo "${s[4]}"; }

# ---- supervisorctl: one-shot status, the interactive prompt ---------------------------------
measure_ctl() {
    local impl n i t
    for n in 10 100; do
        for impl in $IMPLS; do
            up "$impl" "$n" || { down; continue; }
            for ((i = 1; i <= REPS; i++)); do
                t=$EPOCHREALTIME
                "${BIN[$impl]}/supervisorctl" -c "$DIR/supervisord.conf" status > /dev/null 2>&1
                add "$impl.status.$n" "$(calc "($EPOCHREALTIME - $t) * 1000" 1)"
                if [ "$n" = 10 ] && t=$($U prompt-time 30 "supervisor> " \
                        "${BIN[$impl]}/supervisorctl" -c "$DIR/supervisord.conf" 2> /dev/null); then
                    add "$impl.prompt" "$(calc "$t * 1000" 1)"
                fi
            done
            log "$impl n=$n: status $(med "$impl.status.$n") ms, prompt $(med "$impl.prompt") ms"
            down
        done
    done
}
report_ctl() {
    local r n
    header "supervisorctl against its own daemon (wall time, ms; medians of $REPS)"
    for n in 10 100; do
        r=$(ratio ours.status.$n ref.status.$n)
        row "\`supervisorctl status\`, $n programs" "$(show ref.status.$n 1)" "$(show ours.status.$n 1)" "$r" "≤ 0.8" "$(met "$r" "$r <= 0.8")"
    done
    r=$(ratio ours.prompt ref.prompt)
    row "interactive: start to \`supervisor> \` on a pty" "$(show ref.prompt 1)" "$(show ours.prompt 1)" "$r" "≤ 1" "$(met "$r" "$r <= 1")"
}

# ---- getAllProcessInfo with 100 programs: unix and inet, 1 and 8 clients --------------------
measure_rate() {
    local impl port c out
    for impl in $IMPLS; do
        port=$(free_port)
        up "$impl" 100 "$(printf '[inet_http_server]\nport=127.0.0.1:%s\n' "$port")" || { down; continue; }
        for c in 1 8; do
            out=$(load "unix:$DIR/supervisor.sock" "$c" supervisor.getAllProcessInfo)
            add "$impl.gapi.unix.$c" "$(awk '{print $2}' <<< "$out")"
            out=$(load "tcp:127.0.0.1:$port" "$c" supervisor.getAllProcessInfo)
            add "$impl.gapi.inet.$c" "$(awk '{print $2}' <<< "$out")"
            log "$impl getAllProcessInfo, $c clients: unix $(med "$impl.gapi.unix.$c")/s, inet $(med "$impl.gapi.inet.$c")/s"
        done
        down
    done
}
report_rate() {
    local r t c
    header "getAllProcessInfo, 100 programs (requests/s, $SECS s after a $SECS s warm-up)"
    for t in unix inet; do
        for c in 1 8; do
            r=$(ratio ours.gapi.$t.$c ref.gapi.$t.$c)
            row "$t socket, $c client(s)" "$(show ref.gapi.$t.$c 0)" "$(show ours.gapi.$t.$c 0)" "$r" "≥ 10" "$(met "$r" "$r >= 10")"
        done
    done
}

# ---- getState: rate and daemon CPU per request with 0 / 100 / 500 programs ------------------
measure_state() {
    local impl n out before count
    for n in 0 100 500; do
        for impl in $IMPLS; do
            up "$impl" "$n" || { down; continue; }
            "$LOAD" "unix:$DIR/supervisor.sock" 1 "$SECS" supervisor.getState > /dev/null
            before=$(run_ns)
            out=$("$LOAD" "unix:$DIR/supervisor.sock" 1 "$SECS" supervisor.getState)
            count=$(awk '{print $1}' <<< "$out")
            add "$impl.state.rate.$n" "$(awk '{print $2}' <<< "$out")"
            [ "$count" -gt 0 ] && add "$impl.state.cpu.$n" "$(calc "($(run_ns) - $before) / 1000 / $count" 1)"
            log "$impl getState, $n programs: $(med "$impl.state.rate.$n")/s, $(med "$impl.state.cpu.$n") us CPU each"
            down
        done
    done
}
report_state() {
    local r n
    header "getState, one client on the unix socket ($SECS s after a $SECS s warm-up)"
    for n in 0 100 500; do
        row "daemon CPU per request, $n programs (µs)" "$(show ref.state.cpu.$n 1)" "$(show ours.state.cpu.$n 1)" "$(ratio ours.state.cpu.$n ref.state.cpu.$n)" "flat in n" "—"
    done
    for n in 0 100 500; do
        r=$(ratio ours.state.rate.$n ref.state.rate.$n)
        if [ "$n" = 500 ]; then row "requests/s, $n programs" "$(show ref.state.rate.$n 0)" "$(show ours.state.rate.$n 0)" "$r" "≥ 10" "$(met "$r" "$r >= 10")"
        else row "requests/s, $n programs" "$(show ref.state.rate.$n 0)" "$(show ours.state.rate.$n 0)" "$r" "—" "—"; fi
    done
}

# ---- getState latency during a restart storm of 50 programs ---------------------------------
# The storm: 50 programs that exit 0.2 s after each start and are restarted at once
# (autorestart=true, startsecs=0), about 250 spawns a second, while one client times getState.
storm_programs() {
    local i
    for ((i = 1; i <= 50; i++)); do
        printf '[program:crash%02d]\ncommand=/bin/sh -c "sleep 0.2; exit 1"\nstartsecs=0\nautorestart=true\n' "$i"
        printf 'startretries=1000000\nstdout_logfile=NONE\nstderr_logfile=NONE\n\n'
    done
}
measure_storm() {
    local impl out
    for impl in $IMPLS; do
        DIR=$WORK/$impl-storm-$RANDOM
        write_conf "$DIR" 0 "$(storm_programs)"
        start_daemon "$impl" "$DIR"
        if ! wait_running "$DIR" 0 60 > /dev/null; then log "$impl storm: daemon did not start"; down; continue; fi
        sleep 2
        "$LOAD" "unix:$DIR/supervisor.sock" 1 2 supervisor.getState > /dev/null
        out=$("$LOAD" "unix:$DIR/supervisor.sock" 1 "$((SECS * 2))" supervisor.getState)
        add "$impl.storm.p99" "$(awk '{print $4}' <<< "$out")"
        add "$impl.storm.p50" "$(awk '{print $3}' <<< "$out")"
        add "$impl.storm.spawns" "$(grep -c 'spawned:' "$DIR/supervisord.log")"
        log "$impl storm: getState p50 $(med "$impl.storm.p50") ms, p99 $(med "$impl.storm.p99") ms"
        down
    done
}
report_storm() {
    local r
    header "getState latency during a restart storm: 50 programs exiting 0.2 s after each start, autorestart (ms, $((SECS * 2)) s)"
    row "p50" "$(show ref.storm.p50 2)" "$(show ours.storm.p50 2)" "$(ratio ours.storm.p50 ref.storm.p50)" "—" "—"
    r=$(ratio ours.storm.p99 ref.storm.p99)
    row "p99" "$(show ref.storm.p99 2)" "$(show ours.storm.p99 2)" "$r" "≤ 0.1" "$(met "$r" "$r <= 0.1")"
    row "spawns during the whole run" "$(show ref.storm.spawns 0)" "$(show ours.storm.spawns 0)" "$(ratio ours.storm.spawns ref.storm.spawns)" "—" "—"
}

gcc -O2 -pthread -o "$LOAD" "$here/rpcload.c" || exit 1
log "work dir $WORK"
on ctl && measure_ctl
on rate && measure_rate
on state && measure_state
on storm && measure_storm

printf '## XML-RPC and supervisorctl benchmark, %(%Y-%m-%d %H:%M)T UTC\n\n' -1
printf 'Command: `%s`  \n' "$CMDLINE"
printf 'Machine: %s, %s cores, load average before the run %s  \n' "$(uname -sr)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
on ctl && report_ctl
on rate && report_rate
on state && report_state
on storm && report_storm
