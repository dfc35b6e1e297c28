#!/usr/bin/env python3
"""Inputs for the formats benchmark (formats.sh): Entente CSV and JSON Lines events, and a table of counts.

Usage:
  make-formats.py events EXPORT.csv EXPORT.jsonl OUT.csv OUT.jsonl ROWS
  make-formats.py counts DYAD_YEARS.csv OUT.csv ROWS

events: repeats the GDELT events of an `entente events --format csv|json` export (the built-in case's events left
out) until ROWS rows, each repetition with fresh ids (the GLOBALEVENTID + k * 10^10), so that every row is a new
event — what a big export of ingested GDELT reads like.

counts: repeats the real ICEWS dyad-years (../shared/data/icews_dyad_years) until ROWS rows, each repetition 13 years
earlier (2002-2014, 1989-2001, ...), so that every row is a new pair-year: a counts table of real rows at any size.
"""
import csv
import re
import sys

ID_STEP = 10_000_000_000


def events(export_csv: str, export_jsonl: str, out_csv: str, out_jsonl: str, rows: int) -> None:
    with open(export_csv, encoding="utf-8") as source:
        header = source.readline()
        lines = [line for line in source if line.startswith("gdelt:")]
    with open(export_jsonl, encoding="utf-8") as source:
        objects = [line for line in source if '"id":"gdelt:' in line]
    if not lines or len(lines) != len(objects):
        sys.exit(f"make-formats.py: expected the same GDELT events in both exports, found {len(lines)} and {len(objects)}")
    pattern = re.compile(r'"id":"gdelt:(\d+)"')
    with open(out_csv, "w", encoding="utf-8") as csv_out, open(out_jsonl, "w", encoding="utf-8") as jsonl_out:
        csv_out.write(header)
        written, repetition = 0, 0
        while written < rows:
            offset = repetition * ID_STEP
            for line, obj in zip(lines, objects):
                number, rest = line[len("gdelt:"):].split(",", 1)
                csv_out.write(f"gdelt:{int(number) + offset},{rest}")
                jsonl_out.write(pattern.sub(lambda m: f'"id":"gdelt:{int(m.group(1)) + offset}"', obj, count=1))
                written += 1
                if written >= rows:
                    break
            repetition += 1
    print(f"{out_csv}, {out_jsonl}: {written:,} events")


def counts(dyad_years: str, out: str, rows: int) -> None:
    with open(dyad_years, encoding="utf-8", newline="") as source:
        reader = csv.reader(source)
        header = next(reader)
        records = list(reader)
    year = header.index("year")
    with open(out, "w", encoding="utf-8", newline="") as target:
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(header)
        written, shift = 0, 0
        while written < rows:
            for record in records:
                copy = list(record)
                copy[year] = str(int(record[year]) - shift)
                writer.writerow(copy)
                written += 1
                if written >= rows:
                    break
            shift += 13
    print(f"{out}: {written:,} rows of counts")


if __name__ == "__main__":
    if sys.argv[1] == "events":
        events(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6]))
    else:
        counts(sys.argv[2], sys.argv[3], int(sys.argv[4]))
