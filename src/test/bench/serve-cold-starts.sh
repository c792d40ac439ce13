#!/usr/bin/env bash
# Starts `newsbrief serve` cold (a new JVM each time) N times in a row on the sample content and
# checks that every first build succeeds; prints each first build's time as serve reports it.
#   bash src/test/bench/serve-cold-starts.sh [N=20] [JAR=target/newsbrief.jar]
# Run from the repository root after `mvn package`. Exits non-zero if any start fails to build.
set -euo pipefail
runs=${1:-20}
jar=${2:-target/newsbrief.jar}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
ok=0
times=()
for i in $(seq 1 "$runs"); do
    java -jar "$jar" serve --port 0 --color=never >"$log" 2>&1 &
    pid=$!
    line=""
    for _ in $(seq 1 300); do
        line=$(grep -m1 -E '^(rebuilt|build failed)' "$log" || true)
        [ -n "$line" ] && break
        sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    # serve stops on SIGTERM as on Ctrl-C; one that does not within 10 s is a failure.
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "start $i did not stop on SIGTERM" >&2
        kill -9 "$pid" 2>/dev/null || true
        line="did not stop"
    fi
    wait "$pid" 2>/dev/null || true
    if [[ "$line" == rebuilt* ]]; then
        ok=$((ok + 1))
        times+=("$(sed -E 's/.* in ([0-9]+) ms.*/\1/' <<<"$line")")
    else
        echo "start $i did not build:" >&2
        cat "$log" >&2
    fi
done
sorted=$(printf '%s\n' "${times[@]:-0}" | sort -n)
median=$(sed -n "$(( (${#times[@]} + 1) / 2 ))p" <<<"$sorted")
echo "$ok of $runs cold starts built; first build: median ${median:-?} ms, all: $(tr '\n' ' ' <<<"$sorted")"
[ "$ok" -eq "$runs" ]
