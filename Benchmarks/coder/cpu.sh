#!/usr/bin/env bash
# The coder's CPU time a sentence, end to end (tokenise, tag, parse, code), as COUNT_CPU=1 Benchmarks/coder/run.sh
# measures it, printed as sentences per CPU-second: one round at 1 MB and one at 3 MB under `perf stat`, the
# difference of their task-clocks over the difference of their sentences (loading cancelled out). Builds the
# benchmark first; ENTENTE_PARSER_MODEL names another parser model (a trial's), to compare in the same minutes.
# Usage: Benchmarks/coder/cpu.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
source "$root/Benchmarks/lib.sh"
DATA="${ENTENTE_SHARED:-../shared}"
command -v perf >/dev/null || { echo "$bench_name: needs perf" >&2; exit 1; }
build_bench_product entente-coder-bench
declare -A clock sentences
for size in 1 3; do
  out=$(ENABLE_ENTENTE_BENCHMARKS=1 ENTENTE_BENCH_ONLY=end-to-end taskset -c 0 perf stat -x, -e task-clock \
      .build-bench/release/entente-coder-bench "$DATA/data/cameo_dictionaries" "$DATA/seed/000_57111fbd01a09451.txt" \
      "$DATA/data/petrarch_validation/PETR.UnitTest.records.xml" "$DATA/data/cameo_codebook/cameo-codes.csv" --megabytes $size 2>&1)
  clock[$size]=$(echo "$out" | grep task-clock | cut -d, -f1)
  sentences[$size]=$(echo "$out" | grep "end to end, one round" | sed -E 's/.*round: ([0-9]+) sentences.*/\1/')
done
python3 -c "print(f'{(${sentences[3]}-${sentences[1]})/((${clock[3]}-${clock[1]})/1000):.0f} sentences per CPU-second (parser model: ${ENTENTE_PARSER_MODEL:-shipped})')"
