#!/bin/bash
# shell-prompt.sh -- how long until the interactive supervisorctl shows its prompt on a terminal.
#
#   src-test/bench/shell-prompt.sh CONF [RUNS]
#
# CONF is a supervisorctl config whose serverurl points at a running supervisord. For each of
# Debian's /usr/bin/supervisorctl and ours (packaging/target/dist/bin/supervisorctl), RUNS times
# (default 7), interleaved: start it in a fresh tmux pane (own tmux server), poll the pane every 5 ms until
# "supervisor>" is visible, record the milliseconds since launch, end it with Ctrl-D.
# Prints every run and the median per client. Also times one-shot "status" (wall, same runs).
# BENCH_TERM=xterm-256color runs both clients with that TERM inside the pane (tmux's own
# tmux-256color is not among JLine's built-in terminal descriptions: ours then runs infocmp).
set -eu
conf=$1
runs=${2:-7}
here=$(cd "$(dirname "$0")/../.." && pwd)
ours=$here/packaging/target/dist/bin/supervisorctl
tmp=$(mktemp -d)
sock=$tmp/sock # a tmux server of our own, its socket in our temp dir
trap 'tmux -S "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT

now_ms() { date +%s%3N; }

prompt_ms() {
    local cmd=$1 start t n=0
    start=$(now_ms)
    tmux -S "$sock" new-session -d -s p -x 120 -y 40 "${BENCH_TERM:+env TERM=$BENCH_TERM} $cmd -c $conf"
    while ! tmux -S "$sock" capture-pane -p -t p 2>/dev/null | grep -q 'supervisor>'; do
        sleep 0.005
        n=$((n + 1))
        [ $n -lt 2000 ] || { echo "no prompt from $cmd" >&2; exit 1; }
    done
    t=$(( $(now_ms) - start ))
    sleep 0.5 # let the line editor settle before ending the session
    tmux -S "$sock" send-keys -t p C-d
    sleep 0.3
    tmux -S "$sock" kill-server 2>/dev/null || true
    rm -f "$sock"
    echo "$t"
}

oneshot_ms() {
    local start
    start=$(now_ms)
    "$1" -c "$conf" status > /dev/null || true
    echo $(( $(now_ms) - start ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Interleaved (reference, ours, reference, ...) so that load from elsewhere hits both alike.
prompt_ms /usr/bin/supervisorctl > /dev/null # warm the page cache
prompt_ms "$ours" > /dev/null
rp=(); op=(); ro=(); oo=()
for i in $(seq 1 "$runs"); do
    rp+=("$(prompt_ms /usr/bin/supervisorctl)")
    op+=("$(prompt_ms "$ours")")
    ro+=("$(oneshot_ms /usr/bin/supervisorctl)")
    oo+=("$(oneshot_ms "$ours")")
done
report() { echo "$1: ${*:2}  median $(printf '%s\n' "${@:2}" | median)"; }
report "reference prompt ms" "${rp[@]}"
report "ours prompt ms" "${op[@]}"
report "reference one-shot status ms" "${ro[@]}"
report "ours one-shot status ms" "${oo[@]}"
