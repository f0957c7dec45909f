#!/usr/bin/env bash
# daemon-bench.sh -- supervisord performance, ours (jsupervisor) against the reference
# (Supervisor 4.2.5), side by side in one run, plus this machine's own limits measured in the
# same run. A benchmark, not a test: it prints Markdown tables (reference, ours, ratio, target,
# met?) to stdout and progress to stderr.
#
#   src-test/bench/daemon-bench.sh [--ours DIST_BIN_DIR] [--reference BIN_DIR] [--quick]
#                                  [--reps N] [--only rss,stop,log,idle,machine] [--keep]
#
# --ours defaults to ../../packaging/target/dist/bin next to this script, --reference to
# /usr/bin. --quick: 15 s idle window instead of 60 s, two 1 GiB log runs per case instead of
# --reps. --reps: repetitions of every measure but idle (default 3; medians are reported).
# --only: run only some measures ("rss" covers RSS, fds and start-to-RUNNING). --keep: keep
# the temp dir. Needs bash 5, python3, gcc. Everything runs in a mktemp -d dir; every daemon
# gets its own config there (always "-n -c <temp config>", never a system config), and
# everything started is killed on exit (Ctrl-C acts at once; a SIGTERM sent to this script
# alone acts when the current wait ends, and every wait has a timeout).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
CMDLINE="src-test/bench/daemon-bench.sh${*:+ $*}"
OURS_BIN=$here/../../packaging/target/dist/bin
REF_BIN=/usr/bin
QUICK=0 REPS=3 KEEP=0 ONLY=rss,stop,log,idle,machine
while [ $# -gt 0 ]; do
    case $1 in
        --ours) OURS_BIN=$2; shift ;;
        --reference) REF_BIN=$2; shift ;;
        --quick) QUICK=1 ;;
        --reps) REPS=$2; shift ;;
        --only) ONLY=$2; shift ;;
        --keep) KEEP=1 ;;
        *) echo "usage: $0 [--ours DIR] [--reference DIR] [--quick] [--reps N] [--only LIST] [--keep]" >&2; exit 2 ;;
    esac
    shift
done
OURS_BIN=$(cd "$OURS_BIN" 2>/dev/null && pwd -P || echo "$OURS_BIN")
IDLE_SECS=60 LOG_REPS=$REPS
[ "$QUICK" = 1 ] && IDLE_SECS=15 LOG_REPS=2
GIB=1073741824
. "$here/bench-common.sh"

# ---- 1 + 2: RSS and fds with 0 / 100 / 500 programs, start to all RUNNING --------------------
measure_rss_start() {
    local rep n impl dir t s
    for ((rep = 1; rep <= REPS; rep++)); do
        for n in 0 100 500; do
            for impl in $IMPLS; do
                dir=$WORK/$impl-n$n-r$rep
                write_conf "$dir" "$n"
                start_daemon "$impl" "$dir"
                if t=$(wait_running "$dir" "$n" 120); then
                    add "$impl.start.$n" "$t"
                    sleep "$SETTLE"
                    read -r -a s <<< "$(stats)"
                    add "$impl.rss.$n" "$(calc "${s[0]} / 1024" 1)"
                    add "$impl.fds.$n" "${s[1]}"
                    log "$impl n=$n rep $rep: RUNNING after $t s, RSS ${s[0]} KiB, ${s[1]} fds"
                else
                    log "$impl n=$n rep $rep: failed (see $dir)"
                fi
                stop_daemon; [ "$KEEP" = 1 ] || rm -rf "$dir"
            done
        done
    done
    for impl in $IMPLS; do
        if has "$impl.rss.500" && has "$impl.rss.0"; then
            add "$impl.rss.per" "$(calc "($(med "$impl.rss.500") - $(med "$impl.rss.0")) * 1024 / 500" 1)"
            add "$impl.fds.per" "$(calc "($(med "$impl.fds.500") - $(med "$impl.fds.0")) / 500" 2)"
        fi
    done
}
report_rss_start() {
    local r n
    header "Memory and start-up (\`supervisord -n -c X\`, programs \`sleep 100000\` with startsecs=0; medians of $REPS)"
    for n in 0 100 500; do
        r=$(ratio ours.rss.$n ref.rss.$n)
        if [ $n = 0 ]; then row "RSS, $n programs (MiB)" "$(show ref.rss.$n 1)" "$(show ours.rss.$n 1)" "$r" "≤ 1.5" "$(met "$r" "$r <= 1.5")"
        else row "RSS, $n programs (MiB)" "$(show ref.rss.$n 1)" "$(show ours.rss.$n 1)" "$r" "—" "—"; fi
    done
    r=$(ratio ours.rss.per ref.rss.per)
    row "RSS per program (KiB, slope 0→500)" "$(show ref.rss.per 1)" "$(show ours.rss.per 1)" "$r" "< 1" "$(met "$r" "$r < 1")"
    for n in 0 500; do
        row "open fds, $n programs" "$(show ref.fds.$n 0)" "$(show ours.fds.$n 0)" "$(ratio ours.fds.$n ref.fds.$n)" "—" "—"
    done
    row "fds per program (slope 0→500)" "$(show ref.fds.per)" "$(show ours.fds.per)" "$(ratio ours.fds.per ref.fds.per)" "—" "—"
    row "exec to \"supervisord started\", 0 programs (s)" "$(show ref.start.0)" "$(show ours.start.0)" "$(ratio ours.start.0 ref.start.0)" "—" "—"
    row "exec to 100 RUNNING (s)" "$(show ref.start.100)" "$(show ours.start.100)" "$(ratio ours.start.100 ref.start.100)" "—" "—"
    r=$(ratio ours.start.500 ref.start.500)
    row "exec to 500 RUNNING (s)" "$(show ref.start.500)" "$(show ours.start.500)" "$r" "≤ 0.5" "$(met "$r" "$r <= 0.5")"
}

# ---- 3: stop all of 100 (reference ctl, if the daemon speaks XML-RPC); shutdown of 100 -------
measure_stop() {
    local rep impl dir t t1 stopped
    for ((rep = 1; rep <= REPS; rep++)); do
        for impl in $IMPLS; do
            dir=$WORK/$impl-stop-r$rep
            write_conf "$dir" 100
            if [ "$impl" = ref ] || [ "$OURS_RPC" = 1 ]; then
                start_daemon "$impl" "$dir"
                if wait_running "$dir" 100 > /dev/null; then
                    sleep "$SETTLE"; t=$EPOCHREALTIME
                    timeout 120 "$REF_BIN/supervisorctl" -c "$dir/supervisord.conf" stop all > "$dir/stop.out" 2>&1
                    t1=$EPOCHREALTIME; stopped=$(grep -c ': stopped$' "$dir/stop.out")
                    if [ "$stopped" = 100 ]; then add "$impl.stopall" "$(calc "$t1 - $t" 3)"
                    else log "$impl stop all: $stopped of 100 stopped (see $dir)"; fi
                fi
                stop_daemon
            fi
            [ "$KEEP" = 1 ] || rm -rf "$dir"
            dir=$WORK/$impl-shutdown-r$rep       # shutdown: SIGTERM to exit, 100 RUNNING
            write_conf "$dir" 100
            start_daemon "$impl" "$dir"
            if wait_running "$dir" 100 > /dev/null; then
                sleep "$SETTLE"; kill -TERM "$DPID"
                if t=$($U wait-exit "$EPOCHREALTIME" 60 "$DPID"); then add "$impl.shutdown" "$t"; fi
            fi
            stop_daemon
            log "$impl stop rep $rep: stop all $(med "$impl.stopall") s, shutdown $(med "$impl.shutdown") s"
            [ "$KEEP" = 1 ] || rm -rf "$dir"
        done
    done
}
report_stop() {
    local r ours_stop
    header "Stopping 100 programs (medians of $REPS)"
    ours_stop=$(show ours.stopall 2 "n/a (TODO: ours does not answer XML-RPC yet)")
    r=$(ratio ours.stopall ref.stopall)
    row "\`supervisorctl stop all\` (reference ctl), wall (s)" "$(show ref.stopall)" "$ours_stop" "$r" "≤ 0.3" "$(met "$r" "$r <= 0.3")"
    row "shutdown of 100: SIGTERM to daemon exit (s)" "$(show ref.shutdown)" "$(show ours.shutdown)" "$(ratio ours.shutdown ref.shutdown)" "—" "—"
}

# ---- 4: 1 GiB of child output logged, without and with rotation; the cat pipe rate ---------
cat_rate() {   # KEY SOURCE-COMMAND...: MiB/s of SOURCE | cat > file
    local key=$1 t; shift
    t=$EPOCHREALTIME
    "$@" | cat > "$WORK/cat.out"
    CAT_RATE=$(calc "1024 / ($EPOCHREALTIME - $t)" 0)
    add "$key" "$CAT_RATE"
    rm -f "$WORK/cat.out"; sync
}
log_run() {    # IMPL CASE: CASE is zero (gen --zero), rand, or rand-rot (100MB x 20 backups)
    local impl=$1 case=$2 dir=$WORK/$1-log-$2 flags="" max=0 backups=0 t s0 s1 files v
    [ "$case" = zero ] && flags=--zero
    [ "$case" = rand-rot ] && max=100MB backups=20
    write_conf "$dir" 0 "[program:spew]
command=$GEN gen $flags --wait $dir/go $GIB
startsecs=0
autorestart=false
stdout_logfile=$dir/spew.log
stdout_logfile_maxbytes=$max
stdout_logfile_backups=$backups"
    start_daemon "$impl" "$dir"
    if wait_running "$dir" 1 > /dev/null; then
        sleep "$SETTLE"
        read -r -a s0 <<< "$(stats)"
        t=$EPOCHREALTIME; touch "$dir/go"
        if t=$($U wait-size "$t" 600 "$DPID" "$GIB" "$dir/spew.log*"); then
            read -r -a s1 <<< "$(stats)"
            stop_daemon
            files=$(cd "$dir" && ls spew.log.* 2> /dev/null | sort -t. -k3,3nr | sed "s|^|$dir/|")
            if v=$("$GEN" verify $flags "$GIB" $files "$dir/spew.log"); then
                add "$impl.log.$case" "$(calc "1024 / $t" 0)"
                add "$impl.logrel.$case" "$(calc "1024 / $t / $CAT_RATE" 2)"   # to the cat run just before
                add "$impl.logcpu.$case" "$(calc "(${s1[2]} - ${s0[2]}) / $(getconf CLK_TCK)" 2)"
            fi
            log "$impl $case: 1 GiB in $t s, $(( $(wc -w <<< "$files") + 1 )) files, verify: $v"
        fi
    fi
    stop_daemon; rm -rf "$dir"; sync
}
measure_log() {
    local rep impl case
    for ((rep = 1; rep <= LOG_REPS; rep++)); do
        for case in zero rand rand-rot; do
            [ "$case" = zero ] && cat_rate cat.zero head -c "$GIB" /dev/zero
            [ "$case" = rand ] && cat_rate cat.rand "$GEN" gen "$GIB"
            for impl in $IMPLS; do log_run "$impl" "$case"; done
        done
    done
}
report_log() {
    local case catkey label r s c
    header "Child output to a log file, 1 GiB (bytes verified; medians of $LOG_REPS)"
    for case in zero rand rand-rot; do
        catkey=cat.rand; label="pseudo-random bytes"
        [ "$case" = zero ] && catkey=cat.zero label="zeros"
        [ "$case" = rand-rot ] && label="pseudo-random, rotating 100MB x 20"
        s=$(has ours.logrel.$case && calc "$(med ours.logrel.$case)" 2)
        c=$(ratio ours.logcpu.$case ref.logcpu.$case)
        row "$label: MiB/s (cat rate $(show $catkey 0))" "$(show ref.log.$case 0) ($(show ref.logrel.$case) of cat)" \
            "$(show ours.log.$case 0)${s:+ ($s of cat)}" "$(ratio ours.log.$case ref.log.$case)" "≥ 0.9 of cat" "$(met "${s:-—}" "${s:-0} >= 0.9")"
        row "$label: daemon CPU-s per GiB" "$(show ref.logcpu.$case)" "$(show ours.logcpu.$case)" "$c" "≤ 1" "$(met "$c" "$c <= 1")"
    done
}

# ---- 5: idle CPU and wake-ups, 10 sleeping programs, both daemons in the same window ---------
measure_idle() {
    local impl dir a b
    declare -A pid s0
    for impl in $IMPLS; do
        dir=$WORK/$impl-idle; write_conf "$dir" 10; start_daemon "$impl" "$dir"
        if wait_running "$dir" 10 > /dev/null; then pid[$impl]=$DPID; else stop_daemon; fi
    done
    sleep "$SETTLE"
    for impl in "${!pid[@]}"; do s0[$impl]=$($U stats "${pid[$impl]}"); done
    log "idle window of $IDLE_SECS s"
    sleep "$IDLE_SECS"
    for impl in "${!pid[@]}"; do
        read -r -a a <<< "${s0[$impl]}"; read -r -a b <<< "$($U stats "${pid[$impl]}")"
        add "$impl.idle.cpu" "$(calc "(${b[4]} - ${a[4]}) / 1e6 * 60 / $IDLE_SECS" 1)"
        add "$impl.idle.wake" "$(calc "(${b[3]} - ${a[3]}) / $IDLE_SECS" 2)"
        add "$impl.idle.threads" "${b[5]}"
    done
    for impl in "${!pid[@]}"; do DPID=${pid[$impl]}; stop_daemon; done
}
report_idle() {
    local r
    header "Idle, 10 sleeping programs, ${IDLE_SECS} s window"
    r=$(ratio ours.idle.cpu ref.idle.cpu)
    row "daemon CPU (ms per minute, all threads)" "$(show ref.idle.cpu 1)" "$(show ours.idle.cpu 1)" "$r" "≤ 1" "$(met "$r" "$r <= 1")"
    row "wake-ups per second (context switches, all threads)" "$(show ref.idle.wake)" "$(show ours.idle.wake)" "$(ratio ours.idle.wake ref.idle.wake)" "—" "—"
    row "threads" "$(show ref.idle.threads 0)" "$(show ours.idle.threads 0)" "—" "—" "—"
}

# ---- 6: the machine's own limits -------------------------------------------------------------
measure_machine() {
    local i
    for i in 1 2 3; do add spawn "$("$GEN" spawn 2000)"; done
    has cat.zero || cat_rate cat.zero head -c "$GIB" /dev/zero
    has cat.rand || cat_rate cat.rand "$GEN" gen "$GIB"
}
report_machine() {
    printf '\n### This machine, same run\n\n| measure | value |\n|---|---|\n'
    printf '| posix_spawn + waitpid of /bin/true per second (2000 in a loop, median of 3) | %s |\n' "$(show spawn 0)"
    printf '| `head -c 1G /dev/zero \\| cat > file`, MiB/s | %s |\n' "$(show cat.zero 0)"
    printf '| `benchgen gen 1G \\| cat > file` (pseudo-random), MiB/s | %s |\n' "$(show cat.rand 0)"
}

# ---- main ------------------------------------------------------------------------------------
gcc -O2 -o "$GEN" "$here/benchgen.c" || exit 1
[ -x "$REF_BIN/supervisord" ] || { echo "no reference at $REF_BIN/supervisord" >&2; exit 1; }
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
log "work dir $WORK; probing ours at $OURS_BIN"
probe_ours
if [ -n "$OURS_NOTE" ]; then IMPLS=ref; log "ours: n/a ($OURS_NOTE)"; else log "ours: up, XML-RPC: $OURS_RPC"; fi
on() { [[ ",$ONLY," == *",$1,"* ]]; }
on rss && measure_rss_start
on stop && measure_stop
on log && measure_log
on idle && measure_idle
on machine && measure_machine

printf '## supervisord benchmark, %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf 'Command: `%s`  \n' "$CMDLINE"
printf 'Machine: %s, %s cores, %s MiB RAM, load average before the run %s  \n' "$(uname -sr)" "$(nproc)" \
    "$(awk '/MemTotal/ { printf "%d", $2 / 1024 }' /proc/meminfo)" "$LOAD0"
printf 'Reference: `%s/supervisord` %s (%s); ours: `%s/supervisord` %s  \n' "$REF_BIN" \
    "$("$REF_BIN/supervisord" --version 2>&1)" "$($(head -n 1 "$REF_BIN/supervisord" | sed 's/^#! *//') --version 2>&1)" "$OURS_BIN" \
    "${OURS_NOTE:+— n/a: $OURS_NOTE}$( [ -z "$OURS_NOTE" ] && java -version 2>&1 | head -n 1)"
on rss && report_rss_start
on stop && report_stop
on log && report_log
on idle && report_idle
on machine && report_machine
exit 0
