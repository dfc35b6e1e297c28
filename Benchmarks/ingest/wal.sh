#!/usr/bin/env bash
# One raw load (every event kept) of Entente's own CSV (Benchmarks/work/events.csv, made by formats.sh) or of another
# input, timed, with the peak size of the write-ahead log sampled every 0.2 s.
# Usage: Benchmarks/ingest/wal.sh ENTENTE_BINARY LABEL [INPUT [INGEST OPTIONS…]]
#   (INPUT: e.g. Benchmarks/work/events.jsonl, counts.csv; options go to `entente ingest`, e.g. --checkpoint-mb 64)
# Interleave builds to compare them: for i in 1 2; do wal.sh before-binary before; wal.sh .build/release/entente after; done
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
( /usr/bin/time -f "%e %U %S" -o "$work/time" "$1" ingest "${3:-Benchmarks/work/events.csv}" --db "$work/store.sqlite" \
    --keep-actors all "${@:4}" > "$work/out" 2>&1 ) &
max=0
while jobs -r | grep -q .; do
  size=$(stat -c %s "$work/store.sqlite-wal" 2>/dev/null || echo 0)
  (( size > max )) && max=$size
  sleep 0.2
done
wait
read -r wall user system < "$work/time"
echo "$2 wall $wall cpu $(echo "$user + $system" | bc) peak-wal-MB $((max / 1048576)) $(uptime | sed 's/.*load/load/')"
