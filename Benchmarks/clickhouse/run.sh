#!/usr/bin/env bash
# The ClickHouse benchmark (outside the test suite; it never gates a test), on a two-shard cluster that
# Scripts/clickhouse starts on free loopback ports under Benchmarks/work/clickhouse and stops at the end.
#
# 1. Ingest. The GDELT 1.0 benchmark file (Benchmarks/ingest/make-data.py, $ENTENTE_BENCH_MB MB, default 476) loaded
#    into the cluster, each the best of $ENTENTE_BENCH_RUNS runs (default 3) into fresh tables, the file in the page
#    cache:
#      clickhouse-client INSERT … FORMAT TabSeparated   the engine's own loader: every row into a 58-column table
#                                                        (a Distributed table over both shards, written synchronously)
#      entente ingest --keep-actors none                  dyad-day aggregates, deduplicated by GDELT's ids, quarantine
#      entente ingest --keep-actors all                   the same and every event between two states, raw
# 2. Reads. Aggregates of 1, 5, 20 and 50 million generated events (generate-aggregates.py; $ENTENTE_BENCH_SIZES
#    overrides, in millions) loaded into a SQLite file and into the cluster, then `entente dyad RUS PAK --by month`
#    and `entente brief`, each the median of 5 runs after one warm-up, on each store: the time a user waits, process
#    start included.
#
# Usage: Benchmarks/clickhouse/run.sh [ingest|reads]   (both by default; needs python3, sqlite3, curl, swift)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
source "$root/Benchmarks/lib.sh"
work="$root/Benchmarks/work"
megabytes="${ENTENTE_BENCH_MB:-476}"
runs="${ENTENTE_BENCH_RUNS:-3}"
sizes="${ENTENTE_BENCH_SIZES:-1 5 20 50}"
parts="${1:-ingest reads}"
file="$work/gdelt-58-$megabytes.tsv"
mkdir -p "$work"
need_sqlite3
need_gnu_time

# The cluster: Scripts/clickhouse's two shards (installs Debian's packages when missing).
servers="$work/clickhouse"
export ENTENTE_CLICKHOUSE_PORT=${ENTENTE_CLICKHOUSE_PORT:-$(Scripts/clickhouse free-port)}
trap 'Scripts/clickhouse stop "$servers"' EXIT
eval "$(Scripts/clickhouse start "$servers")"
shard1=$((ENTENTE_CLICKHOUSE_PORT + 1))
shard2=$((ENTENTE_CLICKHOUSE_PORT + 2))
native=$((ENTENTE_CLICKHOUSE_PORT + 1001))
cluster() { echo "clickhouse://127.0.0.1:$shard1/$1?cluster=entente"; }
# on_shards SQL: runs a statement on both shards (ClickHouse 18.16 has no ON CLUSTER without ZooKeeper).
on_shards() {
  local port
  for port in $shard1 $shard2; do curl -sS --fail-with-body "http://127.0.0.1:$port/" --data-binary "$1" >/dev/null; done
}
ask() { curl -sS --fail-with-body "http://127.0.0.1:$shard1/" --data-binary "$1"; }
drop() { on_shards "DROP DATABASE IF EXISTS $1"; }

build_entente
load=$(load_average)
results="$work/clickhouse-results.txt"

if [[ " $parts " == *" ingest "* ]]; then
  make_gdelt_file "$file" "$megabytes"
  bytes=$(stat -c %s "$file")
  rows=$(wc -l < "$file")
  cat "$file" > /dev/null
  : > "$results"

  # The engine's own loader, into GDELT's 58 columns (numbers where GDELT's are, text elsewhere), sharded by the pair of
  # countries as Entente shards its tables.
  columns="c0 UInt64, c1 UInt32, c2 UInt32, c3 UInt16, c4 Float64"
  for i in $(seq 5 57); do columns="$columns, c$i String"; done
  key="cityHash64(if(c7 < c17, c7, c17), if(c7 < c17, c17, c7))"
  prepare="drop peer; on_shards 'CREATE DATABASE peer'; \
    on_shards 'CREATE TABLE peer.gdelt_local ($columns) ENGINE = MergeTree ORDER BY (c7, c17, c1)'; \
    on_shards 'CREATE TABLE peer.gdelt ($columns) ENGINE = Distributed(entente, peer, gdelt_local, $key)'"
  measure "clickhouse-client" sh -c "clickhouse-client --port $native --insert_distributed_sync=1 \
    --query 'INSERT INTO peer.gdelt FORMAT TabSeparated' < '$file'"
  peer_rows=$(ask "SELECT count() FROM peer.gdelt")

  prepare="drop bench; '$entente' store init --no-case --store '$(cluster bench)' >/dev/null; rm -f '$work/bench.quarantine.txt'"
  measure "entente-aggregates" "$entente" ingest "$file" --store "$(cluster bench)" --keep-actors none \
    --quarantine "$work/bench.quarantine.txt"
  measure "entente-raw" "$entente" ingest "$file" --store "$(cluster bench)" --keep-actors all \
    --quarantine "$work/bench.quarantine.txt"
  stored=$(ask "SELECT count() FROM bench.event")

  # The cluster's aggregates of the file must equal those of an ingest into SQLite, pair by pair and month by month.
  rm -f "$work/check.sqlite"* "$work/check.quarantine.txt"
  "$entente" ingest "$file" --db "$work/check.sqlite" --keep-actors none >/dev/null 2>&1
  sqlite3 -separator $'\t' "$work/check.sqlite" "SELECT source, target, start_day / 100, SUM(events), SUM(q1), SUM(q2), SUM(q3),
    SUM(q4), printf('%.3f', SUM(goldstein_sum)), SUM(mentions) FROM dyad_day WHERE dataset = 'gdelt1' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3" \
    > "$work/check-sqlite.tsv"
  ask "SELECT source, target, intDiv(start_day, 100) AS month, sum(events), sum(q1), sum(q2), sum(q3), sum(q4),
    toString(round(sum(goldstein_sum), 3)), sum(mentions) FROM bench.dyad_day WHERE dataset = 'gdelt1'
    GROUP BY source, target, month ORDER BY source, target, month FORMAT TabSeparated" > "$work/check-cluster.tsv"
  if python3 - "$work/check-sqlite.tsv" "$work/check-cluster.tsv" <<'EOF2'
import sys
def rows(path):
    out = {}
    for line in open(path):
        f = line.rstrip("\n").split("\t")
        out[tuple(f[:3])] = (tuple(int(x) for x in f[3:8]) + (int(f[9]),), float(f[8]))
    return out
a, b = rows(sys.argv[1]), rows(sys.argv[2])
bad = [k for k in a.keys() | b.keys() if k not in a or k not in b or a[k][0] != b[k][0] or abs(a[k][1] - b[k][1]) > 1e-6 * max(1, abs(a[k][1]))]
print(f"check: {len(a)} dyad-months of gdelt1, {len(bad)} differ between the cluster and SQLite", file=sys.stderr)
sys.exit(1 if bad else 0)
EOF2
  then check="the cluster's dyad-month aggregates equal SQLite's"; else check="the cluster's aggregates DIFFER from SQLite's"; fi

  PYTHONPATH="$root/Benchmarks" python3 - "$results" "$bytes" "$rows" "$peer_rows" "$stored" "$load" "$runs" "$check" <<'EOF'
import os, sys
import results as measured
path, size, rows, peer, stored, load, runs, check = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7], sys.argv[8]
results = measured.read(path)
print(f"ClickHouse ingest: {size / 1e6:.0f} MB, {rows:,} rows of GDELT 1.0 (58 columns) into a two-shard cluster "
      f"(ClickHouse 18.16, loopback); best of {runs}; load average before: {load} on {os.cpu_count()} cores")
measured.print_table(results, size, rows, "loader")
peer_wall = results["clickhouse-client"][0]
for name in ("entente-aggregates", "entente-raw"):
    print(f"{name} vs clickhouse-client (rows/s): {peer_wall / results[name][0]:.2f}x (target >= 1)")
print(f"rows: clickhouse-client stored {peer:,}; entente kept {stored:,} events raw (the rest lack a state on a side)")
print(f"check: {check}")
EOF
fi

if [[ " $parts " == *" reads "* ]]; then
  echo "Reads: the median of 5 runs after a warm-up, in ms, process start included (entente's own start: see 'help')"
  printf '%-10s %-12s %10s %12s %12s %10s\n' "events" "rows" "store" "dyad month" "brief" "help"
  for millions in $sizes; do
    events=$((millions * 1000000))
    generated="$work/aggregates-${millions}m.tsv"
    [ -f "$generated" ] || python3 "$root/Benchmarks/clickhouse/generate-aggregates.py" "$events" "$generated" >&2
    rows_generated=$(wc -l < "$generated")

    # SQLite: the schema and the built-in case as any store gets them, then the rows, as an ingest writes them.
    sqlite="$work/reads-${millions}m.sqlite"
    if [ ! -f "$sqlite" ]; then
      "$entente" store init --db "$sqlite" >/dev/null
      sqlite3 "$sqlite" <<EOF
CREATE TEMP TABLE generated (source TEXT, target TEXT, dataset TEXT, start_day INTEGER, end_day INTEGER, events INTEGER,
  q1 INTEGER, q2 INTEGER, q3 INTEGER, q4 INTEGER, goldstein_sum REAL, mentions INTEGER, sources INTEGER, articles INTEGER);
.mode tabs
.import $generated generated
INSERT INTO dyad_day (source, target, dataset, start_day, end_day, events, q1, q2, q3, q4, goldstein_sum, mentions, sources, articles)
  SELECT * FROM generated;
INSERT INTO dyad_month (source, target, dataset, start_day, end_day, first_day, last_day, events, q1, q2, q3, q4, goldstein_sum,
  mentions, sources, articles)
  SELECT source, target, dataset, start_day / 100 * 100 + 1, start_day / 100 * 100 + 31, MIN(start_day), MAX(end_day),
    SUM(events), SUM(q1), SUM(q2), SUM(q3), SUM(q4), SUM(goldstein_sum), SUM(mentions), SUM(sources), SUM(articles)
  FROM generated GROUP BY source, target, dataset, start_day / 100;
INSERT INTO dataset_summary SELECT 'gen', 0, SUM(events), MIN(start_day), MAX(end_day) FROM generated;
EOF
    fi

    # The cluster: the same rows as one committed batch.
    database="reads${millions}m"
    if [ "$(ask "SELECT count() FROM system.databases WHERE name = '$database'")" != "1" ]; then
      "$entente" store init --store "$(cluster "$database")" >/dev/null
      batch=$(($(date +%s) * 1000000))
      ask "INSERT INTO $database.ingest_batch (batch, run, kind, quarantine_path, quarantine_bytes) VALUES ($batch, 0, 'begin', '', 0)" >/dev/null
      awk -v batch="$batch" '{ print $0 "\t" batch }' "$generated" | clickhouse-client --port "$native" --insert_distributed_sync=1 \
        --query "INSERT INTO $database.dyad_day FORMAT TabSeparated"
      ask "INSERT INTO $database.dataset_tally SELECT 'gen', 0, sum(events), min(start_day), max(end_day), $batch FROM $database.dyad_day WHERE batch = $batch" >/dev/null
      ask "INSERT INTO $database.ingest_batch (batch, run, kind, quarantine_path, quarantine_bytes) VALUES ($batch, 0, 'write', '', 0)" >/dev/null
    fi

    for store in "sqlite:$sqlite" "$(cluster "$database")"; do
      times() {
        local samples=() ms
        "$@" >/dev/null 2>&1 || true
        for _ in 1 2 3 4 5; do
          ms=$(elapsed_ms "$@" 2>/dev/null) || { echo "run.sh: failed: $*" >&2; "$@" >&2; exit 1; }
          samples+=("$ms")
        done
        printf '%s\n' "${samples[@]}" | median
      }
      series=$(times "$entente" dyad RUS PAK --by month --format json --store "$store")
      brief=$(times "$entente" brief --format json --store "$store")
      start=$(times "$entente" --help)
      name=$([[ "$store" == sqlite:* ]] && echo sqlite || echo cluster)
      printf '%-10s %-12s %10s %12s %12s %10s\n' "${millions}M" "$rows_generated" "$name" "$series" "$brief" "$start"
    done
  done
fi
