#!/usr/bin/env bash
# The formats benchmark: Entente's own CSV and JSON Lines, and a table of counts (outside the test suite; it never
# gates a test).
#
# Makes, in Benchmarks/work/:
#   events.csv, events.jsonl  $ENTENTE_BENCH_EVENTS rows (default 1,000,000): the GDELT events of the ingest benchmark's
#                             file (run.sh makes it; ENTENTE_BENCH_MB sets its size) ingested, written by
#                             `entente events --format csv|json`, and repeated with fresh ids
#   counts.csv                $ENTENTE_BENCH_COUNTS rows (default 1,000,000) of counts per pair and year: the real ICEWS
#                             dyad-years of ../shared/data, repeated 13 years earlier each time
# then times on each, in one run, each the best of $ENTENTE_BENCH_RUNS runs (default 3), with the file in the page
# cache:
#   wc -l                                  the floor
#   DuckDB, polars (pip, Benchmarks/.venv) the file read and summed per pair and year, 2 threads each
#   entente ingest --keep-actors none      aggregates only (a counts table has nothing else)
#   entente ingest                         aggregates and every event kept raw (events only)
# and prints wall and CPU seconds, rows/s, peak memory and the ratios to the peers. The target: own CSV, JSON Lines
# and counts at >= 150,000 rows/s. ENTENTE_BENCH_BEFORE=/path/to/entente times another build beside it on the events
# (an older one, which reads no counts tables), as "before-aggregates" and "before-raw".
#
# Usage: Benchmarks/ingest/formats.sh      (from anywhere; needs python3 and swift)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
source "$root/Benchmarks/lib.sh"
work="$root/Benchmarks/work"
megabytes="${ENTENTE_BENCH_MB:-420}"
event_rows="${ENTENTE_BENCH_EVENTS:-1000000}"
count_rows="${ENTENTE_BENCH_COUNTS:-1000000}"
runs="${ENTENTE_BENCH_RUNS:-3}"
gdelt="$work/gdelt-58.tsv"
mkdir -p "$work"

need_gnu_time
need_dataframes_venv
build_entente

make_gdelt_file "$gdelt" "$megabytes"
if [ ! -f "$work/events.csv" ] || [ "$(($(wc -l < "$work/events.csv") - 1))" -lt "$event_rows" ]; then
  echo "formats.sh: ingesting $gdelt and exporting its events" >&2
  rm -f "$work/formats-source.sqlite"* "$work/formats-source.quarantine.txt"
  "$entente" ingest "$gdelt" --db "$work/formats-source.sqlite" >/dev/null 2>&1
  "$entente" events --db "$work/formats-source.sqlite" --format csv --limit 100000000 > "$work/export.csv"
  "$entente" events --db "$work/formats-source.sqlite" --format jsonl --limit 100000000 > "$work/export.jsonl"
  python3 "$root/Benchmarks/ingest/make-formats.py" events "$work/export.csv" "$work/export.jsonl" \
    "$work/events.csv" "$work/events.jsonl" "$event_rows"
fi
if [ ! -f "$work/counts.csv" ] || [ "$(($(wc -l < "$work/counts.csv") - 1))" -lt "$count_rows" ]; then
  python3 "$root/Benchmarks/ingest/make-formats.py" counts \
    "$root/../shared/data/icews_dyad_years/icews-dyad-years-2002-2014.dev.csv" "$work/counts.csv" "$count_rows"
fi

results="$work/formats-results.txt"
: > "$results"
load=$(load_average)
for input in events-csv events-jsonl counts; do
  case $input in
    events-csv) file="$work/events.csv" ;;
    events-jsonl) file="$work/events.jsonl" ;;
    counts) file="$work/counts.csv" ;;
  esac
  cat "$file" > /dev/null  # into the page cache: every tool reads it from memory
  db="$work/formats.sqlite"
  prepare="" measure "$input wc-l" wc -l "$file"
  prepare="" measure "$input duckdb" "$venv/bin/python" "$root/Benchmarks/ingest/formats-peer.py" duckdb "$input" "$file"
  prepare="" measure "$input polars" "$venv/bin/python" "$root/Benchmarks/ingest/formats-peer.py" polars "$input" "$file"
  prepare="rm -f '$db'* '$work/formats.quarantine.txt'" \
    measure "$input entente-aggregates" "$entente" ingest "$file" --db "$db" --keep-actors none --format json
  grep -q '"quarantined":0' "$work/stdout.txt" || { echo "formats.sh: rows were rejected:" >&2; cat "$work/stdout.txt" >&2; exit 1; }
  if [ "$input" != counts ]; then
    prepare="rm -f '$db'* '$work/formats.quarantine.txt'" \
      measure "$input entente-raw" "$entente" ingest "$file" --db "$db" --keep-actors all --format json
    if [ -n "${ENTENTE_BENCH_BEFORE:-}" ]; then
      prepare="rm -f '$db'* '$work/formats.quarantine.txt'" \
        measure "$input before-aggregates" "$ENTENTE_BENCH_BEFORE" ingest "$file" --db "$db" --keep-actors none --format json
      prepare="rm -f '$db'* '$work/formats.quarantine.txt'" \
        measure "$input before-raw" "$ENTENTE_BENCH_BEFORE" ingest "$file" --db "$db" --keep-actors all --format json
    fi
  fi
done

python3 - "$results" "$work" "$load" "$runs" <<'EOF'
import os, sys
path, work, load, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
files = {"events-csv": "events.csv", "events-jsonl": "events.jsonl", "counts": "counts.csv"}
rows = {}
for kind, name in files.items():
    with open(os.path.join(work, name), "rb") as handle:
        rows[kind] = sum(1 for _ in handle) - (1 if kind != "events-jsonl" else 0)
results = {}
for line in open(path):
    kind, tool, wall, user, system, peak = line.split()
    results[(kind, tool)] = (float(wall), float(user) + float(system), int(peak))
print(f"Formats benchmark: best of {runs} runs; load average before: {load} on {os.cpu_count()} cores")
print(f"{'input':<14}{'tool':<20}{'rows':>11}{'MB':>7}{'wall s':>8}{'CPU s':>8}{'rows/s':>12}{'peak MB':>9}")
for (kind, tool), (wall, cpu, peak) in results.items():
    size = os.path.getsize(os.path.join(work, files[kind])) / 1e6
    speed = f"{rows[kind] / wall:>12,.0f}" if wall > 0 else f"{'(< 0.01 s)':>12}"  # /usr/bin/time counts in hundredths
    print(f"{kind:<14}{tool:<20}{rows[kind]:>11,}{size:>7.0f}{wall:>8.2f}{cpu:>8.2f}{speed}{peak / 1024:>9.0f}")
for kind in files:
    ours = rows[kind] / results[(kind, "entente-aggregates")][0]
    line = f"{kind}: entente (aggregates) {ours:,.0f} rows/s (target >= 150,000)"
    for peer in ("duckdb", "polars"):
        line += f"; {ours / (rows[kind] / results[(kind, peer)][0]):.2f}x {peer}"
    if (kind, "entente-raw") in results:
        line += f"; keeping every event raw {rows[kind] / results[(kind, 'entente-raw')][0]:,.0f} rows/s"
    for mode in ("aggregates", "raw"):
        if (kind, f"before-{mode}") in results:
            line += f"; {mode}: {results[(kind, f'before-{mode}')][0] / results[(kind, f'entente-{mode}')][0]:.1f}x the build before"
    print(line)
EOF
