#!/usr/bin/env python3
"""The peers of the formats benchmark (formats.sh): DuckDB or polars read an input and sum it per directed pair and
year, on 2 threads — the work `entente ingest --keep-actors none` does on the same file, less the checks and the
store.

Usage: formats-peer.py duckdb|polars events-csv|events-jsonl|counts FILE

events-*: Entente's events (`entente events --format csv|json`): per source, target and year of the date, the events
          per quad class and the Goldstein sum, for events between two different states.
counts:   a counts table (source, target, year and the four counts): per source, target and year, the four sums.
Prints the number of groups, so that a run is seen to have read the file.
"""
import os
import sys


def run_duckdb(kind: str, path: str) -> int:
    import duckdb

    connection = duckdb.connect()
    connection.execute("SET threads = 2")
    if kind == "counts":
        source = f"read_csv('{path}', header = true)"
        query = f"""
            SELECT source, target, year, sum(verbalCooperation), sum(materialCooperation), sum(verbalConflict),
                   sum(materialConflict)
            FROM {source} WHERE source <> target GROUP BY ALL"""
    else:
        source = (f"read_csv('{path}', header = true, all_varchar = true)" if kind == "events-csv"
                  else f"read_json('{path}', format = 'newline_delimited')")
        query = f"""
            SELECT source, target, substr(CAST(date AS VARCHAR), 1, 4) AS year,
                   count(*) FILTER (WHERE CAST(quadClass AS INTEGER) = 1), count(*) FILTER (WHERE CAST(quadClass AS INTEGER) = 2),
                   count(*) FILTER (WHERE CAST(quadClass AS INTEGER) = 3), count(*) FILTER (WHERE CAST(quadClass AS INTEGER) = 4),
                   sum(CAST(goldstein AS DOUBLE))
            FROM {source} WHERE source <> target GROUP BY ALL"""
    return len(connection.execute(query).fetchall())


def run_polars(kind: str, path: str) -> int:
    os.environ["POLARS_MAX_THREADS"] = "2"
    import polars as pl

    if kind == "counts":
        frame = (
            pl.scan_csv(path)
            .filter(pl.col("source") != pl.col("target"))
            .group_by("source", "target", "year")
            .agg(pl.col("verbalCooperation").sum(), pl.col("materialCooperation").sum(),
                 pl.col("verbalConflict").sum(), pl.col("materialConflict").sum())
        )
    else:
        # Numbers such as goldstein are whole in the first rows and not later: their types are given, not guessed.
        numbers = {"goldstein": pl.Float64}
        scan = (pl.scan_csv(path, infer_schema=False) if kind == "events-csv"
                else pl.scan_ndjson(path, schema_overrides=numbers))
        quad = pl.col("quadClass").cast(pl.Int64)
        frame = (
            scan.filter(pl.col("source") != pl.col("target"))
            .with_columns(pl.col("date").cast(pl.Utf8).str.slice(0, 4).alias("year"))
            .group_by("source", "target", "year")
            .agg((quad == 1).sum(), (quad == 2).sum().alias("q2"), (quad == 3).sum().alias("q3"),
                 (quad == 4).sum().alias("q4"), pl.col("goldstein").cast(pl.Float64).sum())
        )
    return frame.collect().height


if __name__ == "__main__":
    engine, kind, path = sys.argv[1], sys.argv[2], sys.argv[3]
    print({"duckdb": run_duckdb, "polars": run_polars}[engine](kind, path))
