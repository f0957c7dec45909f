# bench-common.sh -- what daemon-bench.sh and rpc-bench.sh share: a work dir whose every process
# carries a tag and is killed on exit, median/ratio arithmetic, Markdown rows, and starting and
# stopping either supervisord on a generated config. Sourced, not run; the caller sets here,
# OURS_BIN, REF_BIN and KEEP first.
SETTLE=2            # seconds of idling before RSS / idle samples
IMPLS="ref ours"
declare -A BIN=([ref]=$REF_BIN [ours]=$OURS_BIN) R=()

WORK=$(mktemp -d "${TMPDIR:-/tmp}/daemon-bench.XXXXXX")
TAG=${WORK##*/}     # every daemon gets BENCH_TAG=$TAG in its environment; children inherit it
U="python3 $here/benchutil.py"
GEN=$WORK/benchgen

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

# Kill everything carrying our tag: TERM first (daemons then stop their children), then KILL,
# each by pid and by process group (supervisor's children lead their own groups).
kill_tagged() {
    local pids pid i
    for sig in TERM KILL; do
        pids=$($U tagged "$TAG")
        [ -z "$pids" ] && return 0
        [ "$sig" = KILL ] && log "killing leftovers: $pids"
        for pid in $pids; do kill -$sig -- "-$pid" 2>/dev/null; kill -$sig "$pid" 2>/dev/null; done
        for i in $(seq 50); do [ -z "$($U tagged "$TAG")" ] && return 0; sleep 0.1; done
    done
}
cleanup() {
    trap - EXIT INT TERM
    kill_tagged
    if [ "$KEEP" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- arithmetic and results ----------------------------------------------------------------
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
add() { R[$1]="${R[$1]:-} $2"; }                     # add KEY VALUE: one more sample
med() {                                              # median of KEY's samples, "" if none
    printf '%s\n' ${R[$1]:-} | sort -g | awk 'NF { a[++n] = $1 }
        END { if (n) print (n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2) }'
}
has() { [ -n "$(med "$1")" ]; }
show() { local v; v=$(med "$1"); [ -n "$v" ] && calc "$v" "${2:-2}" || echo "${3:-n/a}"; }
ratio() { if has "$1" && has "$2"; then calc "$(med "$1") / $(med "$2")" 2; else echo "—"; fi; }
met() { if [ "$1" = "—" ] || [ -z "$1" ]; then echo "—"; elif awk "BEGIN { exit !($2) }"; then echo yes; else echo no; fi; }
header() { printf '\n### %s\n\n| measure | reference | ours | ours/ref | target | met? |\n|---|---|---|---|---|---|\n' "$1"; }
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@"; }

# ---- daemons ---------------------------------------------------------------------------------
# write_conf DIR N [EXTRA]: a config with the socket, rpcinterface, ctl and logs in DIR and N
# programs "sleep 100000" (startsecs=0), then EXTRA appended verbatim.
write_conf() {
    local dir=$1 n=$2 i
    mkdir -p "$dir/childlogs"
    {
        printf '[unix_http_server]\nfile=%s/supervisor.sock\n\n' "$dir"
        printf '[supervisord]\nlogfile=%s/supervisord.log\npidfile=%s/supervisord.pid\n' "$dir" "$dir"
        printf 'childlogdir=%s/childlogs\n\n' "$dir"
        printf '[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n'
        printf '[supervisorctl]\nserverurl=unix://%s/supervisor.sock\n\n' "$dir"
        for ((i = 1; i <= n; i++)); do
            printf '[program:p%04d]\ncommand=sleep 100000\nstartsecs=0\nautorestart=false\n\n' "$i"
        done
        printf '%s\n' "${3:-}"
    } > "$dir/supervisord.conf"
}
# start_daemon IMPL DIR: exec "supervisord -n -c DIR/supervisord.conf" in its own session;
# sets DPID and T0 (epoch seconds just before the exec).
start_daemon() {
    T0=$EPOCHREALTIME
    BENCH_TAG=$TAG setsid "${BIN[$1]}/supervisord" -n -c "$2/supervisord.conf" \
        > "$2/stdout" 2>&1 < /dev/null &
    DPID=$!
}
# wait_running DIR N [TIMEOUT]: seconds from T0 until N "entered RUNNING state" lines
# (N=0: until "supervisord started"); prints nothing and fails on timeout or daemon exit.
wait_running() {
    if [ "$2" = 0 ]; then $U wait-log "$T0" "${3:-60}" "$DPID" "$1/supervisord.log" "supervisord started" 1
    else $U wait-log "$T0" "${3:-60}" "$DPID" "$1/supervisord.log" "entered RUNNING state" "$2"; fi
}
stop_daemon() {   # SIGTERM, up to 60 s for it to stop its programs and exit, then kill all
    [ -n "${DPID:-}" ] || return 0
    kill -TERM "$DPID" 2>/dev/null
    $U wait-exit "$EPOCHREALTIME" 60 "$DPID" > /dev/null || log "daemon $DPID did not exit on SIGTERM"
    kill_tagged
    wait "$DPID" 2>/dev/null
    DPID=
}
stats() { $U stats "$DPID"; }   # rss_kib fds cpu_ticks ctx_switches run_ns threads

# Is ours a daemon yet? Start it with no programs; it must log "supervisord started".
OURS_NOTE="" OURS_RPC=0
probe_ours() {
    local dir=$WORK/probe-ours pid
    if [ ! -x "$OURS_BIN/supervisord" ]; then OURS_NOTE="no $OURS_BIN/supervisord"; return; fi
    write_conf "$dir" 0
    start_daemon ours "$dir"
    if ! wait_running "$dir" 0 60 > /dev/null 2>&1; then
        OURS_NOTE="did not start: $(head -c 200 "$dir/stdout" | head -n 1)"
        stop_daemon; return
    fi
    pid=$(timeout 15 "$REF_BIN/supervisorctl" -c "$dir/supervisord.conf" pid 2> /dev/null)
    [ "$pid" = "$DPID" ] && OURS_RPC=1
    stop_daemon
}
