#!/usr/bin/env bash
# The scale benchmark (outside the test suite; it never gates a test).
#
# Builds a store of $ENTENTE_SCALE_EVENTS synthetic events (default 10 million) between 150 states over 30 years —
# drawn by EntenteSynthetic, whose model was measured on the real ICEWS counts — as daily counts for every pair and
# raw events for the pairs among the three busiest states, then times from a release build, each the median of
# $ENTENTE_SCALE_RUNS runs (default 5) after the first (the first, cold, is shown apart: it fits and keeps the
# baseline of what is expected of every pair):
#   entente brief --pair A:B --focal C          target < 1 s
#   entente dyad A B                            target < 100 ms
# beside the sqlite3 shell reading the same dyad's yearly counts from the same file (a floor: no analysis at all).
#
# Usage: Benchmarks/scale/run.sh        (needs swift and the sqlite3 shell)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
source "$root/Benchmarks/lib.sh"
events="${ENTENTE_SCALE_EVENTS:-10000000}"
runs="${ENTENTE_SCALE_RUNS:-5}"
work="$root/Benchmarks/work/scale-$events"
mkdir -p "$work"
need_sqlite3

build_bench_product entente-scale-data
build_entente
[ -f "$work/counts.csv" ] || .build-bench/release/entente-scale-data "$work" "$events" 150 30
IFS=, read -r a b c < "$work/watched.txt" || [ -n "${c:-}" ]  # the file may end without a newline
db="$work/store.sqlite"
if [ ! -f "$db" ]; then
  start=$(date +%s.%N)
  "$entente" ingest "$work/counts.csv" "$work/events.jsonl" --db "$db" --keep-actors "$a,$b,$c" --dataset synthetic >/dev/null
  echo "ingest: $(echo "$(date +%s.%N) - $start" | bc) s ($(du -h "$db" | cut -f1) on disk)"
fi
# Forget any kept baseline, so that the first run is cold.
sqlite3 "$db" "DELETE FROM meta WHERE key LIKE 'baseline.%'"

# Times a command $runs + 1 times; prints the first run's seconds and the median of the rest.
time_runs() {
  local label=$1; shift
  local first="" times=()
  for i in $(seq 0 "$runs"); do
    local ms
    ms=$(elapsed_ms "$@")
    if [ "$i" -eq 0 ]; then first=$ms; else times+=("$ms"); fi
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | median)
  printf '%-44s first %6d ms   median of %d %6d ms\n' "$label" "$first" "$runs" "$median"
  eval "${label//[^a-z]/_}_median=$median"
}

echo "store: $events events, 150 states, 30 years; raw events for $a, $b, $c"
time_runs "entente brief --pair $a:$b --focal $c" "$entente" brief --pair "$a:$b" --focal "$c" --db "$db"
time_runs "entente dyad $a $b" "$entente" dyad "$a" "$b" --db "$db"
time_runs "entente dyad $a $b --by month" "$entente" dyad "$a" "$b" --by month --db "$db"
time_runs "sqlite3: $a–$b yearly counts (floor)" sqlite3 "$db" \
  "SELECT start_day / 10000, SUM(q1), SUM(q2), SUM(q3), SUM(q4) FROM dyad_month WHERE (source = '$a' AND target = '$b') OR (source = '$b' AND target = '$a') GROUP BY 1"
echo "lines in the text brief: $("$entente" brief --pair "$a:$b" --focal "$c" --db "$db" | wc -l)"
