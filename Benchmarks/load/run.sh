#!/usr/bin/env bash
# Load on loopback: wrk (Debian's package), 64 connections for 30 s over the dyad and events routes of a release
# `entente serve`, with the built-in case, the real GDELT 1.0 and 2.0 and ICEWS samples (../shared/data) and a base of
# generated GDELT 1.0 files loaded by `entente ingest`, while another process runs `entente ingest` on a fresh
# generated GDELT file every second, into the same database. Prints requests/s, p50/p99 latency, and any failed
# request or ingest. Outside the test suite; never gates it.
#
#   Benchmarks/load/run.sh     # DURATION=30s CONNECTIONS=64 PORT=8765 BASE_ROWS=450000 BATCH_ROWS=2000 to change;
#                              # BASE_ROWS=0 the built-in case and the real samples only; INGEST=0 reads only;
#                              # ENTENTE_BIN=path runs that build of entente instead of building one;
#                              # BATCH_DATES=spread dates the writer's events over 1990-2015
#                              # (default: the latest days, as GDELT's 15-minute files are); WARM=0 skips the
#                              # warm-up pass (one request per URL, one at a time, before the measured run)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
source "$root/Benchmarks/lib.sh"
work="$root/Benchmarks/work/load"
duration=${DURATION:-30s}
connections=${CONNECTIONS:-64}
port=${PORT:-8765}
base_rows=${BASE_ROWS:-450000}
batch_rows=${BATCH_ROWS:-2000}
data=${ENTENTE_DATA:-$root/../shared/data}
if ! command -v wrk >/dev/null; then  # Debian's package; as root, or through sudo
  as_root=""; [ "$(id -u)" = 0 ] || as_root=sudo
  $as_root apt-get install -y -qq wrk >/dev/null 2>&1 || { $as_root apt-get update -qq && $as_root apt-get install -y -qq wrk >/dev/null; }
fi

if [ -n "${ENTENTE_BIN:-}" ]; then  # another build of entente, to compare two builds on the same machine
  entente=$ENTENTE_BIN
else
  build_entente
fi
rm -rf "$work" && mkdir -p "$work"
db="$work/load.sqlite"
generate() {  # out rows first-id first-day last-day
  python3 Benchmarks/load/gdelt-file.py "$data/gdelt/events.csv" "$@"
}

# The data: the built-in case (every new database holds it), the real samples, and the generated base.
generate "$work/base.tsv" "$base_rows" 3000000000 1990-01-01 2015-12-31
for input in "$data/gdelt/events.csv" "$data/gdelt/events2samp.tsv" "$data/icews/events.2018.sample.tab" "$work/base.tsv"; do
  "$entente" ingest "$input" --db "$db" --max-errors 1000000 --format json 2>/dev/null \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print("loaded %-28s read %d, stored %d, non-state %d, quarantined %d" % (sys.argv[1], d["read"], d["stored"], d["nonState"], d["quarantined"]))' "$(basename "$input")"
done

"$entente" serve --db "$db" --port "$port" --log-level warning > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.1; done
if [ "${WARM:-1}" = 1 ]; then  # every URL of the mix once, one at a time: the cache as a team's server has it
  SEQUENTIAL=1 wrk -t1 -c1 -d4s -s Benchmarks/load/mix.lua "http://127.0.0.1:$port" > "$work/warm.txt"
  echo "warm-up: $(awk '/requests in/ {print $1}' "$work/warm.txt") requests, one at a time"
fi
total=$(curl -sf "http://127.0.0.1:$port/api/events?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "events in the store: $total"

# The ingest that runs meanwhile, in its own process: `entente ingest` on a fresh generated GDELT file every second.
(
  failures=0; batches=0; stored=0
  end=$((SECONDS + ${duration%s}))
  [ "${INGEST:-1}" = 0 ] && end=0
  while [ $SECONDS -lt $end ]; do
    batches=$((batches + 1))
    if [ "${BATCH_DATES:-latest}" = spread ]; then
      first=1990-01-01; last=2015-12-31
    else
      first=$(date -d "2016-01-01 + $batches days" +%F); last=$first
    fi
    generate "$work/batch.tsv" "$batch_rows" $((4000000000 + batches * batch_rows)) "$first" "$last"
    if summary=$("$entente" ingest "$work/batch.tsv" --db "$db" --max-errors 1000000 --format json 2>>"$work/ingest.log"); then
      stored=$((stored + $(echo "$summary" | python3 -c 'import json,sys; print(json.load(sys.stdin)["stored"])')))
    else
      failures=$((failures + 1))
    fi
    sleep 1
  done
  echo "$batches $failures $stored" > "$work/ingest.result"
) &
ingest=$!

wrk -t2 -c"$connections" -d"$duration" --latency -s Benchmarks/load/mix.lua "http://127.0.0.1:$port" | tee "$work/wrk.txt"
wait $ingest
read -r batches failures stored < "$work/ingest.result"

requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
errors=$(awk '/Non-2xx/ {print $NF} /Socket errors/ {print}' "$work/wrk.txt")
after=$(curl -sf "http://127.0.0.1:$port/api/events?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo
echo "load: $requests requests, $rps requests/s, p50 $p50, p99 $p99 (target p99 < 20ms), $connections connections, $duration"
echo "ingest meanwhile: $batches runs of entente ingest on $batch_rows GDELT rows each, $failures failed, $stored events stored; events $total -> $after"
if [ -n "$errors" ]; then echo "FAILED requests: $errors"; exit 1; fi
if [ "$failures" != 0 ]; then echo "FAILED ingests: $failures (see $work/ingest.log)"; exit 1; fi
echo "no request failed"
