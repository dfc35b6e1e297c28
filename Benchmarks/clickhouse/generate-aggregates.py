#!/usr/bin/env python3
"""Generates per-dyad-per-day aggregates of N events for the read benchmark, as Entente's aggregates-only ingest keeps
them (one row per directed dyad, dataset and day): tab-separated rows of

    source target dataset start_day end_day events q1 q2 q3 q4 goldstein_sum mentions sources articles

Events are spread over 1979-01-01 .. 2024-12-31 and over the directed dyads of 180 states, by weights that fall as
Zipf's law over the dyads (the largest pairs - USA-CHN, RUS-PAK, IND-PAK ... - are always among the heavy ones), as
in GDELT, where a few hundred dyads carry most events. Quad classes and Goldstein values are drawn as GDELT's are
distributed (mostly verbal cooperation: 60 % verbal cooperation, 10 % material cooperation, 20 % verbal conflict, 10 %
material conflict). The same N and seed give the same file.

Usage: generate-aggregates.py EVENTS OUT [SEED]
"""
import datetime
import random
import sys

# 180 ISO-3 codes Entente knows, the focal ones first.
STATES = """RUS PAK IND CHN USA AFG IRN GBR FRA DEU JPN KOR PRK ISR PSE SYR IRQ TUR SAU EGY UKR BLR POL ITA ESP CAN MEX
BRA ARG AUS IDN MYS SGP THA VNM PHL BGD LKA NPL MMR KAZ UZB TKM KGZ TJK AZE ARM GEO MDA ROU BGR SRB HRV BIH SVN SVK CZE
HUN AUT CHE NLD BEL LUX DNK NOR SWE FIN EST LVA LTU IRL PRT GRC CYP MLT ISL ALB MKD MNE LBN JOR KWT QAT ARE OMN YEM BHR
LBY TUN DZA MAR SDN SSD ETH ERI DJI SOM KEN UGA TZA RWA BDI COD COG CAF CMR NGA NER MLI BFA SEN GIN SLE LBR CIV GHA TGO
BEN GAB GNQ AGO ZMB ZWE MOZ MWI BWA NAM ZAF LSO SWZ MDG MUS SYC COM CPV GMB GNB MRT TCD CUB HTI DOM JAM TTO BHS BRB GTM
HND SLV NIC CRI PAN COL VEN ECU PER BOL CHL PRY URY GUY SUR NZL PNG FJI MNG LAO KHM BRN TLS BTN MDV TWN""".split()


def main() -> None:
    events, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1979)
    states = STATES[:180]
    dyads = [(a, b) for a in states for b in states if a != b]
    rng.shuffle(dyads)
    focal = [("USA", "CHN"), ("CHN", "USA"), ("RUS", "PAK"), ("PAK", "RUS"), ("IND", "PAK"), ("PAK", "IND"),
             ("RUS", "IND"), ("IND", "RUS"), ("CHN", "PAK"), ("PAK", "CHN"), ("USA", "RUS"), ("RUS", "USA"),
             ("USA", "AFG"), ("AFG", "USA"), ("CHN", "RUS"), ("RUS", "CHN"), ("IND", "CHN"), ("CHN", "IND")]
    dyads = focal + [d for d in dyads if d not in set(focal)]
    # Zipf weights over dyads, s = 1.1: the first few hundred carry most events.
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(dyads))]
    total = sum(weights)
    first = datetime.date(1979, 1, 1).toordinal()
    days = datetime.date(2024, 12, 31).toordinal() - first + 1
    dates = [datetime.date.fromordinal(first + day).strftime("%Y%m%d") for day in range(days)]
    written = 0
    rows = 0
    with open(out, "w", buffering=8 << 20) as f:
        for index, (source, target) in enumerate(dyads):
            share = round(events * weights[index] / total) if index < len(dyads) - 1 else events - written
            share = min(share, events - written)
            if share <= 0:
                continue
            written += share
            # The dyad's events fall on up to `share` days drawn at random (a heavy dyad's on every day), spread evenly
            # with the remainder on the first days drawn; per row, quad classes in GDELT's proportions.
            active = sorted(rng.sample(range(days), min(days, share)))
            base, extra = divmod(share, len(active))
            for position, day in enumerate(active):
                count = base + (1 if position < extra else 0)
                q2 = count // 10 + (1 if rng.random() < (count % 10) / 10 else 0)
                q3 = min(count - q2, count * 2 // 10 + (1 if rng.random() < (count * 2 % 10) / 10 else 0))
                q4 = min(count - q2 - q3, count // 10 + (1 if rng.random() < (count % 10) / 10 else 0))
                q1 = count - q2 - q3 - q4
                gold = q1 * 3.4 + q2 * 7.4 + q3 * -4.0 + q4 * -9.0
                key = dates[day]
                mentions = count * (1 + day % 9)
                f.write(f"{source}\t{target}\tgen\t{key}\t{key}\t{count}\t{q1}\t{q2}\t{q3}\t{q4}\t{gold:.1f}\t"
                        f"{mentions}\t{count}\t{mentions}\n")
                rows += 1
            if written >= events:
                break
    print(f"generate-aggregates: {out}: {written:,} events in {rows:,} dyad-day rows over {index + 1:,} directed dyads")


if __name__ == "__main__":
    main()
