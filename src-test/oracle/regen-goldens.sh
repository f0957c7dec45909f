#!/bin/bash
# Regenerates config-corpus/*/expected.json with the reference oracle (dump_config.py).
#
# Usage: regen-goldens.sh [CASE-NAME...]     (no names = every case)
#
# Each case runs exactly as ConfigCorpusTest runs our loader:
#   * environment = config-corpus/ENVIRONMENT and nothing else (env -i),
#   * working directory = the case directory,
#   * config passed by its bare file name (supervisord.conf, or supervisorctl.conf => --ctl),
#   * extra arguments = the lines of the optional `args` file, one argument per line.
# Needs Debian's /usr/bin/python3 with the supervisor package (apt-get install supervisor).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
corpus="$here/../src/test/resources/config-corpus"
oracle="$here/dump_config.py"
python=${ORACLE_PYTHON:-/usr/bin/python3}

if ! "$python" -c 'import supervisor.options' 2>/dev/null; then
    echo "error: $python cannot import supervisor (install Debian's 'supervisor' package)" >&2
    exit 1
fi

# KEY=VALUE lines of ENVIRONMENT, comments and blank lines skipped.
envlist=()
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue ;; esac
    envlist+=("$line")
done < "$corpus/ENVIRONMENT"

if [ $# -gt 0 ]; then cases=("$@"); else
    cases=()
    for d in "$corpus"/*/; do cases+=("$(basename "$d")"); done
fi

for name in "${cases[@]}"; do
    dir="$corpus/$name"
    if [ -f "$dir/supervisorctl.conf" ]; then mode=(--ctl supervisorctl.conf)
    elif [ -f "$dir/supervisord.conf" ]; then mode=(supervisord.conf)
    else echo "skip $name: no supervisord.conf / supervisorctl.conf" >&2; continue
    fi
    extra=()
    if [ -f "$dir/args" ]; then mapfile -t extra < "$dir/args"; fi
    (cd "$dir" && env -i "${envlist[@]}" "$python" "$oracle" "${mode[@]}" "${extra[@]}") \
        > "$dir/expected.json.tmp"
    mv "$dir/expected.json.tmp" "$dir/expected.json"
    printf '%-48s %s\n' "$name" "$(head -c 300 "$dir/expected.json" | tr -d '\n ' | cut -c1-60)"
done
