# shellcheck shell=bash
# Helpers the benchmark scripts share (Benchmarks/*/run.sh, Benchmarks/ingest/formats.sh). A script sources it after
# `cd` to the repository's root and `root=$(pwd)`; `measure` also needs `work`, `runs` and `results` set.

# The script's name, as its messages begin.
bench_name=$(basename "$0")

# need_sqlite3, need_gnu_time: stop with a message when the tool is missing.
need_sqlite3() {
  command -v sqlite3 >/dev/null || { echo "$bench_name: needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 1; }
}
need_gnu_time() {
  [ -x /usr/bin/time ] || { echo "$bench_name: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
}

# build_entente: builds the release `entente` and sets `entente` to its path.
build_entente() {
  echo "$bench_name: building entente (release)" >&2
  swift build -c release --product entente >/dev/null
  entente="$(swift build -c release --show-bin-path)/entente"
}

# build_bench_product NAME: builds a benchmark product (behind ENABLE_ENTENTE_BENCHMARKS) into .build-bench.
build_bench_product() {
  ENABLE_ENTENTE_BENCHMARKS=1 swift build -c release --product "$1" --scratch-path .build-bench >/dev/null
}

# need_dataframes_venv: polars and DuckDB from PyPI in Benchmarks/.venv, installed when missing; sets `venv`.
need_dataframes_venv() {
  venv="$root/Benchmarks/.venv"
  if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import polars, duckdb' 2>/dev/null; then
    echo "$bench_name: installing polars and DuckDB from PyPI into Benchmarks/.venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q polars duckdb
  fi
}

# make_gdelt_file FILE MEGABYTES [SOURCE]: the GDELT 1.0 (58-column) benchmark file, made by
# Benchmarks/ingest/make-data.py from SOURCE's rows (default ../shared/data/gdelt/events.csv) when it is missing or
# smaller than MEGABYTES MB.
make_gdelt_file() {
  local file=$1 megabytes=$2 source=${3:-$root/../shared/data/gdelt/events.csv}
  if [ ! -f "$file" ] || [ "$(stat -c %s "$file")" -lt $((megabytes * 1000000)) ]; then
    python3 "$root/Benchmarks/ingest/make-data.py" "$source" "$file" "$megabytes"
  fi
}

# load_average: the 1, 5 and 15-minute load averages, as the results print them.
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# measure NAME COMMAND...: runs COMMAND $runs times (after evaluating $prepare, if set), keeps the fastest wall time
# and appends `NAME wall user system peak-KB` to $results. The last run's output is in $work/stdout.txt.
measure() {
  local name=$1; shift
  local best=""
  for _ in $(seq "$runs"); do
    if [ -n "${prepare:-}" ]; then eval "$prepare"; fi
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || {
      echo "$bench_name: $name failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
    read -r wall user system peak < "$work/time.txt"
    if [ -z "$best" ] || awk -v a="$wall" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
      best="$wall $user $system $peak"
    fi
  done
  echo "$name $best" >> "$results"
}

# elapsed_ms COMMAND...: runs COMMAND, its output dropped, and prints the milliseconds it took; fails as it fails.
elapsed_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null || return
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

# median: the median of the numbers on standard input, one a line (the lower of the two middle ones for an even count).
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
