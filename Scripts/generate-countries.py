#!/usr/bin/env python3
"""Writes Sources/Model/Countries/Countries+Table.swift: the states Entente resolves names to.

Facts taken from ../shared/data/cameo_dictionaries: each state's ISO 3166-1 alpha-3 code, English name,
FIPS 10-4 and ISO alpha-2 codes, Correlates of War number, its usual adjectival form and its capital
(CountryInfo.120116.txt, the first entry of each list only), and the country names ICEWS writes
(countrynames.txt). Short names, common names and the historical states on a successor's lineage are
written here in EXTRA below. Run it again only if those facts change; ModelTests checks the result.
"""
import os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "..", "..", "shared", "data", "cameo_dictionaries")

SMALL = {"of", "the", "and", "da", "de", "du", "es", "al"}

def title(token):
    words = token.strip("_").replace("_", " ").split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in SMALL:
            out.append(lw)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in lw.split("-")))
    return " ".join(out)

# Names as people write them, where CountryInfo's formal or upper-case name would read oddly.
NAME = {
    "USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "KOR": "South Korea",
    "PRK": "North Korea", "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "IRN": "Iran", "SYR": "Syria", "LAO": "Laos", "VNM": "Vietnam", "TZA": "Tanzania", "BOL": "Bolivia",
    "VEN": "Venezuela", "MDA": "Moldova", "MKD": "North Macedonia", "CIV": "Côte d'Ivoire", "CZE": "Czechia",
    "FSM": "Micronesia", "BRN": "Brunei", "PSE": "Palestine", "TWN": "Taiwan", "VAT": "Holy See",
    "SRB": "Serbia",
}
# Other names, short forms, capitals' other spellings, and what news writes for a government.
EXTRA = {
    "USA": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "Washington", "Washington DC",
            "Washington D.C.", "the White House", "the Pentagon"],
    "RUS": ["Russian Federation", "Kremlin", "the Kremlin"],
    "IND": ["Delhi", "Bharat"],
    "PAK": ["Islamic Republic of Pakistan"],
    "CHN": ["People's Republic of China", "PRC", "Sino", "Peking"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "British"],
    "AFG": ["Afghan"],
    "IRN": ["Persia"],
    "ARE": ["UAE", "U.A.E.", "Emirates", "Emirati"],
    "KOR": ["Republic of Korea", "Seoul"],
    "PRK": ["DPRK", "Pyongyang"],
    "TUR": ["Turkiye", "Türkiye"],
    "ZAF": ["South Africa", "South African", "Pretoria"],
    # The SIPRI Arms Transfers Database's own spellings (trade register and TIV tables).
    "BIH": ["Bosnia-Herzegovina"],
    "COD": ["DR Congo"],
    "CPV": ["Cabo Verde"],
    "LBY": ["Libya GNC"],
    "SRB": ["Serbia and Montenegro"],
    "SWZ": ["Eswatini"],
    "VCT": ["Saint Vincent"],
    "VNM": ["Viet Nam"],
}
# Where CountryInfo's first capital reads oddly once title-cased, or its number is missing.
CAPITAL = {"USA": ["Washington, D.C."], "MNE": ["Podgorica"]}
# Where CountryInfo's first adjectival form is another state's ("SERB_" heads Montenegro's list).
DEMONYM = {"MNE": ["Montenegrin"]}
# The forms news writes that CountryInfo's first form is not: the adjective, where that first form is a noun for a
# person ("SWEDE_", "FINN_"), misspelt ("DANNISH_") or another form ("NEPALESE_") and the Phoenix actor dictionaries
# lack it too ("Swedish troops" named no state); and the nouns for its people, with their plurals, where they are not
# the adjective plus "s" ("Thousands of Turks rallied" named no one).
ADJECTIVE = {
    "SWE": ["Swedish", "Swede", "Swedes"], "DNK": ["Danish", "Dane", "Danes"], "FIN": ["Finnish", "Finns"],
    "ESP": ["Spanish", "Spaniards"], "ISL": ["Icelandic", "Icelanders"], "KAZ": ["Kazakh", "Kazakhs"], "NPL": ["Nepali"],
    "MDV": ["Maldivian"], "LUX": ["Luxembourgish"], "DJI": ["Djiboutian"], "BWA": ["Botswanan"], "IRL": ["Irish"],
    "POL": ["Polish", "Poles"], "NLD": ["Dutch"], "TUR": ["Turkish", "Turk", "Turks"], "GBR": ["Briton", "Britons"],
}
COW = {"USA": 2, "SRB": 345}
# States CountryInfo lacks, written here: code, name, aliases, demonyms, capitals, FIPS, ISO alpha-2.
MISSING = [
    ("VAT", "Holy See", ["Vatican", "Vatican City", "Vatican City State"], [], ["Vatican City"], "VT", "VA"),
]
# Historical states: code (ISO 3166-3 where there is one), names, successor on whose lineage their events count.
HISTORICAL = [
    ("SUN", "Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics", "Soviet", "Soviets", "USR"], "RUS"),
    ("YUG", "Yugoslavia", ["Yugoslav", "Socialist Federal Republic of Yugoslavia"], "SRB"),
    ("CSK", "Czechoslovakia", ["Czechoslovak"], "CZE"),
    ("DDR", "East Germany", ["German Democratic Republic", "GDR", "East Germany (GDR)"], "DEU"),
    # No ISO 3166-3 code of their own: Correlates of War's.
    ("YAR", "North Yemen", ["Yemen Arab Republic"], "YEM"),
    ("YPR", "South Yemen", ["People's Democratic Republic of Yemen"], "YEM"),
    ("RVN", "South Vietnam", ["Republic of Vietnam"], "VNM"),
]

text = open(os.path.join(data, "CountryInfo.120116.txt"), encoding="utf-8", errors="replace").read()
text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
def field(block, tag):
    # A tag at the start of a line only: CountryInfo keeps old codes in lines commented out with '#'
    # ("#<CountryCode>[YUGHRV <20910625]..."), which must not hide the state's own code.
    m = re.search(rf"^[ \t]*<{tag}>(.*?)</{tag}>", block, re.S | re.M)
    return m.group(1).strip() if m else ""
def entries(block, tag):
    lines = []
    for line in field(block, tag).splitlines():
        line = line.split("#")[0].strip()
        if line:
            lines.append(line)
    return lines

states = {}
for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
    code = field(block, "CountryCode")
    if not re.fullmatch(r"[A-Z]{3}", code) or code in states:
        continue
    name = NAME.get(code, title(field(block, "CountryName")))
    fips = field(block, "FIPS-10")
    iso2 = field(block, "ISO3166-alpha2")
    cow = field(block, "COW-Numeric")
    nationality = entries(block, "Nationality")
    capitals = entries(block, "Capital")
    states[code] = {
        "name": name,
        "fips": fips if re.fullmatch(r"[A-Z]{2}", fips) else None,
        "iso2": iso2 if re.fullmatch(r"[A-Z]{2}", iso2) else None,
        "cow": COW.get(code, int(cow) if cow.isdigit() and int(cow) > 0 else None),
        "demonyms": DEMONYM.get(code, [title(nationality[0])] if nationality else [])
            + [adjective for adjective in ADJECTIVE.get(code, []) if nationality[:1] != [adjective.upper() + "_"]],
        "capitals": CAPITAL.get(code, [title(capitals[0])] if capitals else []),
        "aliases": [],
    }

for line in open(os.path.join(data, "countrynames.txt"), encoding="utf-8").read().splitlines():
    parts = line.split("\t")
    if len(parts) < 2 or not re.fullmatch(r"[A-Z]{3}", parts[1]) or parts[1] not in states:
        continue
    if parts[0] != states[parts[1]]["name"] and parts[0] not in states[parts[1]]["aliases"]:
        states[parts[1]]["aliases"].append(parts[0])
for code, name, aliases, demonyms, capitals, fips, iso2 in MISSING:
    if code not in states:
        states[code] = {"name": name, "fips": fips, "iso2": iso2, "cow": None, "demonyms": demonyms,
                        "capitals": capitals, "aliases": list(aliases)}
for code, names in EXTRA.items():
    for n in names:
        if n not in states[code]["aliases"]:
            states[code]["aliases"].append(n)

def swift_list(items):
    return "[" + ", ".join('"' + i.replace('"', '\\"') + '"' for i in items) + "]"
def opt(value):
    return "nil" if value is None else (f'"{value}"' if isinstance(value, str) else str(value))

out = ["// Generated by Scripts/generate-countries.py from the facts named there. Do not edit by hand.", "",
       "extension Country {", "    static let table: [Country] = ["]
for code in sorted(states):
    s = states[code]
    out.append(f'        Country(code: "{code}", name: "{s["name"]}", aliases: {swift_list(s["aliases"])}, '
               f'demonyms: {swift_list(s["demonyms"])}, capitals: {swift_list(s["capitals"])}, '
               f'fips: {opt(s["fips"])}, iso2: {opt(s["iso2"])}, cow: {opt(s["cow"])}),')
for code, name, aliases, successor in HISTORICAL:
    out.append(f'        Country(code: "{code}", name: "{name}", aliases: {swift_list(aliases)}, demonyms: [], '
               f'capitals: [], fips: nil, iso2: nil, cow: nil, successor: "{successor}"),')
out += ["    ]", "}", ""]
target = os.path.join(here, "..", "Sources", "Model", "Countries", "Countries+Table.swift")
open(target, "w").write("\n".join(out))
print(f"{len(states)} states and {len(HISTORICAL)} historical states -> {target}")
