#!/usr/bin/env bash
# Load on loopback: wrk (Debian's package), 64 connections for 30 s over the dyad and events routes of a release
# `entente serve`, with the built-in case, the real GDELT and ICEWS samples and 100,000 synthetic events loaded,
# while uploads (POST /api/events, the server's ingest route) write new events to the same database every second.
# Prints requests/s, p50/p99 latency, and any failed request or upload. Outside the test suite; never gates it.
#
#   Benchmarks/load/run.sh            # DURATION=30s CONNECTIONS=64 PORT=8765 to change; INGEST=0 reads only
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work="$root/Benchmarks/work/load"
duration=${DURATION:-30s}
connections=${CONNECTIONS:-64}
port=${PORT:-8765}
data=${ENTENTE_DATA:-$root/../shared/data}
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || sudo apt-get install -y -qq wrk; }

swift build -c release --product entente >/dev/null
entente="$root/.build/release/entente"
rm -rf "$work" && mkdir -p "$work"
db="$work/load.sqlite"
token="load-$(date +%s)-$RANDOM"

python3 Benchmarks/load/events.py gdelt "$data/gdelt/events.csv" > "$work/gdelt1.jsonl"
python3 Benchmarks/load/events.py gdelt "$data/gdelt/events2samp.tsv" > "$work/gdelt2.jsonl"
python3 Benchmarks/load/events.py icews "$data/icews/events.2018.sample.tab" > "$work/icews.jsonl"
for part in 1 2 3 4; do python3 Benchmarks/load/events.py synthetic 25000 "base$part" > "$work/synthetic-$part.jsonl"; done

ENTENTE_TOKEN="$token" "$entente" serve --db "$db" --port "$port" --log-level warning > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.1; done

upload() {  # file -> prints the summary; fails on anything but 200
  curl -sf -X POST -H "Authorization: Bearer $token" -H "Content-Type: application/x-ndjson" \
    --data-binary "@$1" "http://127.0.0.1:$port/api/events"
}
for file in gdelt1 gdelt2 icews synthetic-1 synthetic-2 synthetic-3 synthetic-4; do
  printf 'loaded %-12s %s\n' "$file" "$(upload "$work/$file.jsonl" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("read %d, stored %d, quarantined %d" % (d["read"], d["stored"], d["quarantined"]))')"
done
total=$(curl -sf "http://127.0.0.1:$port/api/events?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "events in the store: $total"

# The ingest that runs meanwhile: a new batch of 2,000 events every second, through the upload route.
(
  failures=0; batches=0
  end=$((SECONDS + ${duration%s}))
  [ "${INGEST:-1}" = 0 ] && end=0
  while [ $SECONDS -lt $end ]; do
    batches=$((batches + 1))
    python3 Benchmarks/load/events.py synthetic 2000 "during$batches" > "$work/during.jsonl"
    upload "$work/during.jsonl" >/dev/null || failures=$((failures + 1))
    sleep 1
  done
  echo "$batches $failures" > "$work/ingest.result"
) &
ingest=$!

wrk -t2 -c"$connections" -d"$duration" --latency -s Benchmarks/load/mix.lua "http://127.0.0.1:$port" | tee "$work/wrk.txt"
wait $ingest
read -r batches failures < "$work/ingest.result"

requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
errors=$(awk '/Non-2xx/ {print $NF} /Socket errors/ {print}' "$work/wrk.txt")
after=$(curl -sf "http://127.0.0.1:$port/api/events?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo
echo "load: $requests requests, $rps requests/s, p50 $p50, p99 $p99 (target p99 < 20ms), $connections connections, $duration"
echo "ingest meanwhile: $batches uploads of 2,000 events, $failures failed; events $total -> $after"
if [ -n "$errors" ]; then echo "FAILED requests: $errors"; exit 1; fi
if [ "$failures" != 0 ]; then echo "FAILED uploads: $failures"; exit 1; fi
echo "no request failed"
