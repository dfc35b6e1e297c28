#!/usr/bin/env bash
# Coder benchmark: release build, one core, full Phoenix dictionaries, the seed brief and the sentences of the
# evaluation sets (PETRARCH's unit records, the CAMEO manual's examples) repeated to a few MB. Usage: Benchmarks/coder/run.sh [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
source "$root/Benchmarks/lib.sh"
DATA="${ENTENTE_SHARED:-../shared}"
build_bench_product entente-coder-bench
ENABLE_ENTENTE_BENCHMARKS=1 taskset -c 0 .build-bench/release/entente-coder-bench "$DATA/data/cameo_dictionaries" \
  "$DATA/seed/000_57111fbd01a09451.txt" "$DATA/data/petrarch_validation/PETR.UnitTest.records.xml" \
  "$DATA/data/cameo_codebook/cameo-codes.csv" --megabytes "${1:-2}"
# On a shared machine wall time varies with the others' work; the CPU time of `Coder.code` alone varies much less
# (instructions too, where the machine exposes the counter): COUNT_CPU=1 runs one round at 1 MB and one at 3 MB
# under `perf stat`; (task-clock at 3 MB − at 1 MB) / (sentences at 3 MB − at 1 MB) is the CPU time a sentence
# takes, loading cancelled out.
if command -v perf >/dev/null && [[ -n "${COUNT_CPU:-}" ]]; then
  for size in 1 3; do
    ENABLE_ENTENTE_BENCHMARKS=1 ENTENTE_BENCH_ONLY=end-to-end taskset -c 0 perf stat -x, -e task-clock,instructions:u \
      .build-bench/release/entente-coder-bench "$DATA/data/cameo_dictionaries" "$DATA/seed/000_57111fbd01a09451.txt" \
      "$DATA/data/petrarch_validation/PETR.UnitTest.records.xml" "$DATA/data/cameo_codebook/cameo-codes.csv" --megabytes $size
  done
fi
