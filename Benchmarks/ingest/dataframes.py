#!/usr/bin/env python3
"""The dyad-month aggregates of a GDELT 1.0 event file, computed by polars or DuckDB, for the ingest benchmark.

Usage: dataframes.py polars|duckdb FILE OUT.csv

Both read the 58-column tab-separated file (no header), keep events whose two actors have country codes that
differ, and count per (Actor1CountryCode, Actor2CountryCode, month of SQLDATE): events, events per quad class,
the Goldstein sum, and the mention, source and article sums — what `entente ingest` keeps per dyad-day, rolled up
to months. Both run on 2 threads (POLARS_MAX_THREADS / SET threads) and write the result sorted, so that the
benchmark can compare them with Entente's aggregates.
"""
import os
import sys

COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_Lat",
    "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_Lat",
    "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat",
    "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]


def run_polars(path: str, out: str) -> None:
    os.environ["POLARS_MAX_THREADS"] = "2"
    import polars as pl

    schema = {name: pl.Utf8 for name in COLUMNS}
    for name in ("SQLDATE", "QuadClass", "NumMentions", "NumSources", "NumArticles"):
        schema[name] = pl.Int64
    schema["GoldsteinScale"] = pl.Float64
    frame = (
        pl.scan_csv(path, separator="\t", has_header=False, new_columns=COLUMNS, schema=schema, quote_char=None)
        .select("SQLDATE", "Actor1CountryCode", "Actor2CountryCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles")
        .filter(pl.col("Actor1CountryCode").is_not_null() & pl.col("Actor2CountryCode").is_not_null()
                & (pl.col("Actor1CountryCode") != pl.col("Actor2CountryCode")))
        .with_columns((pl.col("SQLDATE") // 100).alias("month"))
        .group_by("Actor1CountryCode", "Actor2CountryCode", "month")
        .agg(
            pl.len().alias("events"),
            (pl.col("QuadClass") == 1).sum().alias("q1"),
            (pl.col("QuadClass") == 2).sum().alias("q2"),
            (pl.col("QuadClass") == 3).sum().alias("q3"),
            (pl.col("QuadClass") == 4).sum().alias("q4"),
            pl.col("GoldsteinScale").sum().alias("goldstein"),
            pl.col("NumMentions").sum().alias("mentions"),
            pl.col("NumSources").sum().alias("sources"),
            pl.col("NumArticles").sum().alias("articles"),
        )
        .sort("Actor1CountryCode", "Actor2CountryCode", "month")
        .collect()
    )
    frame.write_csv(out)


def run_duckdb(path: str, out: str) -> None:
    import duckdb

    connection = duckdb.connect()
    connection.execute("SET threads = 2")
    columns = ", ".join(f"'{name}': 'VARCHAR'" for name in COLUMNS)
    connection.execute(f"""
        COPY (
          SELECT Actor1CountryCode, Actor2CountryCode, CAST(SQLDATE AS BIGINT) // 100 AS month,
                 count(*) AS events,
                 count(*) FILTER (WHERE QuadClass = '1') AS q1, count(*) FILTER (WHERE QuadClass = '2') AS q2,
                 count(*) FILTER (WHERE QuadClass = '3') AS q3, count(*) FILTER (WHERE QuadClass = '4') AS q4,
                 sum(CAST(GoldsteinScale AS DOUBLE)) AS goldstein,
                 sum(CAST(NumMentions AS BIGINT)) AS mentions, sum(CAST(NumSources AS BIGINT)) AS sources,
                 sum(CAST(NumArticles AS BIGINT)) AS articles
          FROM read_csv('{path}', delim = '\t', header = false, quote = '', escape = '', columns = {{{columns}}})
          WHERE Actor1CountryCode IS NOT NULL AND Actor2CountryCode IS NOT NULL
            AND Actor1CountryCode <> Actor2CountryCode
          GROUP BY ALL ORDER BY ALL
        ) TO '{out}' (HEADER, DELIMITER ',')
    """)


if __name__ == "__main__":
    engine, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
    {"polars": run_polars, "duckdb": run_duckdb}[engine](path, out)
