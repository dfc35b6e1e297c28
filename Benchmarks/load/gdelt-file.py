#!/usr/bin/env python3
"""Writes a GDELT 1.0 daily-layout (58-column) event file of fresh events for the load benchmark.

It repeats the real 58-column rows of ../shared/data/gdelt/events.csv, each copy with a fresh GLOBALEVENTID and a
day drawn between FIRST and LAST (SQLDATE, MonthYear, Year and FractionDate recomputed); every other field is the
real row's, byte for byte. What `entente ingest` reads is then GDELT as published, only more of it.

Usage: gdelt-file.py SOURCE OUT ROWS FIRST_ID FIRST_DAY LAST_DAY [SEED]     (days as YYYY-MM-DD)
"""
import datetime
import os
import random
import sys


def main() -> None:
    source, out, count, first_id = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    first = datetime.date.fromisoformat(sys.argv[5])
    last = datetime.date.fromisoformat(sys.argv[6])
    rng = random.Random(sys.argv[7] if len(sys.argv) > 7 else first_id)
    tails = []
    with open(source, "rb") as f:
        for line in f:
            fields = line.rstrip(b"\n").split(b"\t")
            if len(fields) == 58:
                tails.append(b"\t".join(fields[5:]) + b"\n")
    if not tails:
        sys.exit(f"gdelt-file: no 58-column rows in {source}")
    span = (last - first).days
    parts = []
    for index in range(count):
        d = first + datetime.timedelta(days=rng.randint(0, span))
        fraction = d.year + (d.timetuple().tm_yday - 1) / 365
        parts.append(b"%d\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t" % (
            first_id + index, d.year, d.month, d.day, d.year, d.month, d.year, fraction))
        parts.append(tails[index % len(tails)])
    tmp = out + ".partial"
    with open(tmp, "wb") as f:
        f.write(b"".join(parts))
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
