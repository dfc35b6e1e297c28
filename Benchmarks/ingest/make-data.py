#!/usr/bin/env python3
"""Builds the ingest benchmark's input: a GDELT 1.0 daily-layout (58-column) event file of at least N MB.

It repeats the real 58-column rows of ../shared/data/gdelt/events.csv. Each repetition gets fresh
GLOBALEVENTIDs (one more than the last, as GDELT numbers them) and is shifted by one more day, with SQLDATE,
MonthYear, Year and FractionDate recomputed (FractionDate as year + (day of year - 1) / 365, close to GDELT's), so that the file holds many dyad-days and
dyad-months rather than one day copied. Every other field is the real row's, byte for byte.

Usage: make-data.py SOURCE OUT MEGABYTES
"""
import datetime
import os
import sys


def main() -> None:
    source, out, megabytes = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rows = []
    with open(source, "rb") as f:
        for line in f:
            fields = line.rstrip(b"\n").split(b"\t")
            if len(fields) == 58:
                rows.append(fields)
    if not rows:
        sys.exit(f"make-data: no 58-column rows in {source}")
    dates = [datetime.date(int(r[1][:4]), int(r[1][4:6]), int(r[1][6:8])) for r in rows]
    tails = [b"\t".join(r[5:]) + b"\n" for r in rows]
    target = megabytes * 1_000_000
    written = 0
    next_id = 1_000_000_000
    shift = 0
    tmp = out + ".partial"
    with open(tmp, "wb", buffering=8 << 20) as f:
        while written < target:
            delta = datetime.timedelta(days=shift)
            parts = []
            for day, tail in zip(dates, tails):
                d = day + delta
                fraction = d.year + (d.timetuple().tm_yday - 1) / 365
                head = b"%d\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t" % (
                    next_id, d.year, d.month, d.day, d.year, d.month, d.year, fraction)
                parts.append(head)
                parts.append(tail)
                next_id += 1
            chunk = b"".join(parts)
            f.write(chunk)
            written += len(chunk)
            shift += 1
    os.replace(tmp, out)
    print(f"make-data: {out}: {written / 1e6:.0f} MB, {next_id - 1_000_000_000} rows, {shift} repetitions")


if __name__ == "__main__":
    main()
