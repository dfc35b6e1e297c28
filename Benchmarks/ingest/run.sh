#!/usr/bin/env bash
# The ingest benchmark (outside the test suite; it never gates a test).
#
# Builds a GDELT 1.0 daily-layout (58-column) file of at least $ENTENTE_BENCH_MB MB (default 420) in
# Benchmarks/work/ by repeating the real 58-column rows of ../shared/data/gdelt/events.csv with fresh ids, then
# times in one run, each the best of $ENTENTE_BENCH_RUNS runs (default 3), with the file in the page cache:
#   wc -l                                   the floor: reading the bytes and finding line ends
#   polars, DuckDB (pip, Benchmarks/.venv)  the same dyad-month aggregates, 2 threads each
#   sqlite3 .import                         the file into a 58-column table
#   entente ingest --keep-actors none       aggregates only
#   entente ingest                          aggregates and raw events (--keep-actors all)
# and prints wall and CPU seconds, MB/s, rows/s, peak memory (/usr/bin/time -v's maximum resident set) and the
# ratios the issue sets as targets: aggregates-only ≥ 1.5 × polars' MB/s; raw ≥ 2 × sqlite3 .import's rows/s.
# It also checks that Entente's aggregates, rolled up to months, equal polars' for every pair of states.
#
# Usage: Benchmarks/ingest/run.sh            (from anywhere; needs python3, sqlite3, swift)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
source "$root/Benchmarks/lib.sh"
work="$root/Benchmarks/work"
source_rows="${ENTENTE_BENCH_SOURCE:-$root/../shared/data/gdelt/events.csv}"
megabytes="${ENTENTE_BENCH_MB:-420}"
runs="${ENTENTE_BENCH_RUNS:-3}"
file="$work/gdelt-58.tsv"
mkdir -p "$work"

need_sqlite3
need_gnu_time

make_gdelt_file "$file" "$megabytes" "$source_rows"
need_dataframes_venv
build_entente

bytes=$(stat -c %s "$file")
rows=$(wc -l < "$file")
cat "$file" > /dev/null  # into the page cache: every tool reads it from memory
columns=$(python3 -c "print(', '.join('c%d TEXT' % i for i in range(58)))")

results="$work/results.txt"
: > "$results"
load=$(load_average)
prepare="" measure "wc-l" wc -l "$file"
prepare="" measure "polars" "$venv/bin/python" "$root/Benchmarks/ingest/dataframes.py" polars "$file" "$work/polars.csv"
prepare="" measure "duckdb" "$venv/bin/python" "$root/Benchmarks/ingest/dataframes.py" duckdb "$file" "$work/duckdb.csv"
printf 'CREATE TABLE events(%s);\n.mode tabs\n.import %s events\n' "$columns" "$file" > "$work/import.sql"
prepare="rm -f '$work/import.sqlite'" measure "sqlite3-import" sh -c "sqlite3 '$work/import.sqlite' < '$work/import.sql'"
prepare="rm -f '$work/aggregates.sqlite'* '$work/aggregates.quarantine.txt'" \
  measure "entente-aggregates" "$entente" ingest "$file" --db "$work/aggregates.sqlite" --keep-actors none
prepare="rm -f '$work/raw.sqlite'* '$work/raw.quarantine.txt'" \
  measure "entente-raw" "$entente" ingest "$file" --db "$work/raw.sqlite" --keep-actors all
stored=$(sqlite3 "$work/raw.sqlite" "SELECT COUNT(*) FROM event WHERE dataset = 'gdelt1'")

# Entente's dyad-day aggregates of the file's dataset (gdelt1: the built-in case, which every new database holds,
# is a dataset of its own) rolled up to months must equal polars' for every pair of states.
sqlite3 -csv -header "$work/aggregates.sqlite" "
  SELECT source AS Actor1CountryCode, target AS Actor2CountryCode, start_day / 100 AS month, SUM(events) AS events,
         SUM(q1) AS q1, SUM(q2) AS q2, SUM(q3) AS q3, SUM(q4) AS q4, SUM(goldstein_sum) AS goldstein,
         SUM(mentions) AS mentions, SUM(sources) AS sources, SUM(articles) AS articles
  FROM dyad_day WHERE dataset = 'gdelt1' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3" > "$work/entente.csv"
check=$(python3 - "$work/entente.csv" "$work/polars.csv" <<'EOF'
import csv, sys
entente = {(r["Actor1CountryCode"], r["Actor2CountryCode"], r["month"]): r for r in csv.DictReader(open(sys.argv[1]))}
polars = {(r["Actor1CountryCode"], r["Actor2CountryCode"], r["month"]): r for r in csv.DictReader(open(sys.argv[2]))}
bad = 0
for key, row in entente.items():
    other = polars.get(key)
    if other is None or any(int(row[c]) != int(other[c]) for c in ("events", "q1", "q2", "q3", "q4", "mentions", "sources", "articles")) \
            or abs(float(row["goldstein"]) - float(other["goldstein"])) > 1e-6 * max(1.0, abs(float(other["goldstein"]))):
        bad += 1
states = {k[0] for k in entente} | {k[1] for k in entente}
others = sum(1 for k in polars if k[0] not in states or k[1] not in states)
print(f"{len(entente)} dyad-months of states, {bad} differ from polars'; polars has {others} more with a region or "
      f"unknown code (AFR, EUR, ...) that Entente counts as non-state")
EOF
)

PYTHONPATH="$root/Benchmarks" python3 - "$results" "$bytes" "$rows" "$stored" "$load" "$runs" "$check" <<'EOF'
import sys
import results as measured
path, size, rows, stored, load, runs, check = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7]
results = measured.read(path)
print(f"Ingest benchmark: {size / 1e6:.0f} MB, {rows:,} rows of GDELT 1.0 (58 columns); best of {runs} runs; "
      f"load average before: {load} on {__import__('os').cpu_count()} cores")
measured.print_table(results, size, rows, "tool")
mbps = lambda n: size / 1e6 / results[n][0]
rps = lambda n: rows / results[n][0]
print(f"aggregates only vs polars (MB/s):        {mbps('entente-aggregates') / mbps('polars'):.2f}x (target >= 1.5)")
print(f"aggregates only vs DuckDB (MB/s):        {mbps('entente-aggregates') / mbps('duckdb'):.2f}x")
print(f"aggregates only vs wc -l (MB/s):         {mbps('entente-aggregates') / mbps('wc-l'):.2f}x of the floor")
print(f"raw events vs sqlite3 .import (rows/s):  {rps('entente-raw') / rps('sqlite3-import'):.2f}x (target >= 2)")
print(f"raw events stored: {stored:,} of {rows:,} rows (the others lack a state on one side: not events between states)")
print(f"check: {check}")
EOF
