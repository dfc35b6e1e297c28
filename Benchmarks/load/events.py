#!/usr/bin/env python3
"""Writes Entente's JSON Lines event form for the load benchmark (standard library only).

  events.py gdelt FILE      GDELT 1.0 (57/58 columns) or 2.0 (61 columns) export rows, tab-separated
  events.py icews FILE      ICEWS Dataverse rows (tab-separated, header, country names)
  events.py synthetic N SEED  N made-up events among 24 states over 1990-2015, ids synthetic:SEED-i

Only rows between two different states with a known CAMEO code are written; the product's own readers
(entente ingest) do this properly, this is just enough to load the real samples over the upload route.
"""
import json, random, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
CODES = set(re.findall(r'Entry\(code: "(\d+)"', (ROOT / "Sources/Model/CAMEO/Codebook+Table.swift").read_text()))
COUNTRIES = {}
for code, name, aliases, demonyms in re.findall(
        r'Country\(code: "([A-Z]{3})", name: "([^"]+)", aliases: \[([^\]]*)\], demonyms: \[([^\]]*)\]',
        (ROOT / "Sources/Model/Countries/Countries+Table.swift").read_text()):
    for word in [name] + re.findall(r'"([^"]+)"', aliases):
        COUNTRIES.setdefault(word.lower(), code)
    COUNTRIES.setdefault(code.lower(), code)

def write(event):
    sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")

def gdelt(path):
    for line in open(path, encoding="utf-8", errors="replace"):
        f = line.rstrip("\n").split("\t")
        if len(f) not in (57, 58, 61):
            continue
        source, target, code, day = f[7], f[17], f[26], f[1]
        if not source or not target or source == target or code not in CODES or len(day) != 8:
            continue
        event = {"id": ("gdelt2:" if len(f) == 61 else "gdelt1:") + f[0], "date": f"{day[:4]}-{day[4:6]}-{day[6:]}",
                 "source": source, "target": target, "cameo": code, "summary": "",
                 "dataset": "gdelt2" if len(f) == 61 else "gdelt1", "document": path, "goldstein": float(f[30] or 0),
                 "mentions": int(f[31] or 0), "sources": int(f[32] or 0), "articles": int(f[33] or 0)}
        if len(f) >= 58 and f[-1].startswith("http"):
            event["url"] = f[-1]
        write(event)

def icews(path):
    rows = open(path, encoding="utf-8", errors="replace").read().splitlines()
    header = rows[0].split("\t")
    at = {name: i for i, name in enumerate(header)}
    for number, line in enumerate(rows[1:], start=2):
        f = line.split("\t")
        if len(f) != len(header):
            continue
        source = COUNTRIES.get(f[at["Source Country"]].lower())
        target = COUNTRIES.get(f[at["Target Country"]].lower())
        code = f[at["CAMEO Code"]]
        if not source or not target or source == target or code not in CODES:
            continue
        write({"id": f"icews:{f[at['Event ID']]}:{f[at['Event Date']]}", "date": f[at["Event Date"]], "source": source,
               "target": target, "cameo": code, "summary": f[at["Event Text"]], "dataset": "icews", "document": path,
               "locator": f"line {number}"})

def synthetic(count, seed):
    states = ["RUS", "PAK", "IND", "USA", "CHN", "AFG", "IRN", "GBR", "FRA", "DEU", "JPN", "TUR", "SAU", "ISR", "EGY",
              "BRA", "ZAF", "NGA", "KOR", "PRK", "UKR", "BGD", "LKA", "NPL"]
    codes = sorted(c for c in CODES if len(c) == 3)
    rng = random.Random(seed)
    for i in range(count):
        a, b = rng.sample(states[:8] if rng.random() < 0.6 else states, 2)
        write({"id": f"synthetic:{seed}-{i}", "date": f"{rng.randint(1990, 2015)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
               "source": a, "target": b, "cameo": rng.choice(codes), "summary": f"Synthetic event {i}", "dataset": "synthetic"})

if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "gdelt": gdelt(sys.argv[2])
    elif kind == "icews": icews(sys.argv[2])
    else: synthetic(int(sys.argv[2]), sys.argv[3])
