#!/usr/bin/env bash
# Coder benchmark: release build, one core, full Phoenix dictionaries, the seed brief and the sentences of the
# evaluation sets (PETRARCH's unit records, the CAMEO manual's examples) repeated to a few MB. Usage: Benchmarks/coder/run.sh [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${ENTENTE_SHARED:-../shared}"
ENABLE_ENTENTE_BENCHMARKS=1 swift build -c release --product entente-coder-bench --scratch-path .build-bench
ENABLE_ENTENTE_BENCHMARKS=1 taskset -c 0 .build-bench/release/entente-coder-bench "$DATA/data/cameo_dictionaries" \
  "$DATA/seed/000_57111fbd01a09451.txt" "$DATA/data/petrarch_validation/PETR.UnitTest.records.xml" \
  "$DATA/data/cameo_codebook/cameo-codes.csv" --megabytes "${1:-2}"
