#!/usr/bin/env python3
"""Checks the phrasing bank and prints its coverage.

    python3 src/test/resources/phrasings/check.py

Checks: every YAML file parses; ids are unique and [a-z0-9-]; cells use the grid's values; every
country code is ISO 3166-1 alpha-3; dates are valid ISO dates at day, month or year precision with
start <= end; status agrees with the dates and the publication date; roles fit the event type;
not-events have `events: []` and a `why`; timelines.yaml cells name a `timeline` form (and no other
file's do); every `distractors` phrase occurs in the text. Warnings (not errors): a weekday named in
the text that no dated event falls on. Prints entries per file, per grid cell, per lifecycle stage and
per timeline form, and the grid cells with fewer than two entries. Exit status 1 on any error.
"""
import datetime as dt
import glob
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

ALPHA3 = set("""
AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU
BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM
COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI
FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND
HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR
MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER
PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE
SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON
TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE
""".split())
assert len(ALPHA3) == 249, len(ALPHA3)

TYPES = ["visit", "meeting", "summit", "call"]
TENSES = ["past", "ongoing", "future", "planned", "conditional", "negated"]
VOICES = ["active", "passive"]
FORMS = ["verbal", "nominal"]
COUNTERPARTS = ["named", "none"]
STAGES = ["multi-leg", "cancelled", "postponed", "postponed-new-date", "invitation-accepted",
          "invitation-extended", "proposal"]
# How a timelines.yaml passage dates its event (README: Timelines).
TIMELINES = ["span-parts", "span-length", "arrival-departure", "reporting-frame", "relative", "itinerary",
             "rescheduled", "background"]
TIMELINES_FILE = "timelines.yaml"
STATUSES = {"planned", "ongoing", "occurred", "proposed", "cancelled"}
ROLES = {"visit": {"visitor", "host"}, "meeting": {"participant"}, "summit": {"participant"},
         "call": {"participant"}}
# Cells English does not allow; the README gives the reason for each.
NOT_ALLOWED = {("call", t, "passive", "verbal", "none") for t in TENSES} | {
    ("call", "ongoing", "passive", "verbal", "named")}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

errors, warnings = [], []


def err(eid, msg):
    errors.append(f"{eid}: {msg}")


def parse_date(v):
    """-> (first day, last day, precision) or None when invalid."""
    s = str(v)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            d = dt.date.fromisoformat(s)
            return d, d, "day"
        if re.fullmatch(r"\d{4}-\d{2}", s):
            y, m = map(int, s.split("-"))
            first = dt.date(y, m, 1)
            last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1))
            return first, last, "month"
        if re.fullmatch(r"\d{4}", s):
            y = int(s)
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    except ValueError:
        return None
    return None


def day_span(ev):
    """-> (first, last) of an event dated at day precision, else None."""
    date = ev.get("date")
    if not isinstance(date, dict) or set(date) != {"start", "end"}:
        return None
    a, b = parse_date(date["start"]), parse_date(date["end"])
    if a is None or b is None or a[2] != "day" or b[2] != "day" or a[0] > b[0]:
        return None
    return a[0], b[0]


def weekday_ok(status, delta):
    """Whether a named weekday `delta` days from publication fits an event of this status."""
    return {"occurred": -7 <= delta <= 0, "planned": 0 <= delta <= 7, "ongoing": -7 <= delta <= 7,
            "proposed": 0 <= delta <= 7, "cancelled": -7 <= delta <= 7}.get(status, True)


def check_event(eid, ev, published, text, others=()):
    """`others`: the passage's other events. A weekday named in the text that falls on one of their days
    (and there fits their status) is accounted for by that event and is no evidence against this one."""
    t = ev.get("type")
    if t not in TYPES:
        err(eid, f"bad type {t!r}")
        return
    st = ev.get("status")
    if st not in STATUSES:
        err(eid, f"bad status {st!r}")
    for p in ev.get("participants") or []:
        if not isinstance(p, dict) or not p.get("name"):
            err(eid, f"participant without name: {p!r}")
            continue
        if p.get("role") not in ROLES[t]:
            err(eid, f"role {p.get('role')!r} not allowed for {t}")
        c = p.get("country")
        if c is not None and c not in ALPHA3:
            err(eid, f"bad country {c!r} for {p['name']}")
        if str(p["name"]) not in text and str(p["name"]).split()[-1] not in text:
            err(eid, f"participant {p['name']!r} not in text")
    if t == "visit" and ev.get("participants") and not any(
            p.get("role") == "visitor" for p in ev["participants"]):
        err(eid, "visit without visitor")
    place = ev.get("place")
    if not isinstance(place, dict) or set(place) != {"name", "country"}:
        err(eid, f"place must be {{name, country}}: {place!r}")
    else:
        if place["country"] is not None and place["country"] not in ALPHA3:
            err(eid, f"bad place country {place['country']!r}")
        if place["name"] is not None and str(place["name"]) not in text:
            err(eid, f"place {place['name']!r} not in text")
    date = ev.get("date", "missing")
    if date == "missing":
        err(eid, "date missing (use date: null)")
        return
    if date is None:
        return
    if not isinstance(date, dict) or set(date) != {"start", "end"}:
        err(eid, f"date must be {{start, end}}: {date!r}")
        return
    a, b = parse_date(date["start"]), parse_date(date["end"])
    if a is None or b is None:
        err(eid, f"invalid date {date!r}")
        return
    first, last = a[0], b[1]
    if a[0] > b[0] or a[1] > b[1]:
        err(eid, f"start after end {date!r}")
    if st == "occurred" and first > published:
        err(eid, f"occurred but starts after publication {date!r}")
    if st == "occurred" and a[2] == "day" and b[2] == "day" and last > published:
        err(eid, f"occurred but ends after publication {date!r}")
    if st == "ongoing" and not (first <= published <= last):
        err(eid, f"ongoing but publication {published} outside {date!r}")
    if st in ("planned", "proposed") and last < published:
        err(eid, f"{st} but ended before publication {date!r}")
    if st == "planned" and a[2] == "day" and first < published:
        err(eid, f"planned but started before publication {date!r}")
    # A weekday in a reporting frame ("said on Tuesday") dates the report, not the event.
    unframed = re.sub(r"\b(said|says|announced|reported|confirmed|complained|recalled|added)"
                      r"(\s+\w+)?\s+on\s+(" + "|".join(WEEKDAYS) + ")", " ", text.lower())
    named = [w for w in WEEKDAYS if w in unframed]
    # "on Tuesday" resolves to the Tuesday in the seven days before publication for what has happened and
    # in the seven days after it for what is planned (publication day itself: what is under way today).
    # Weekdays that fall on a day (of less than a week) of another event of the passage, and those of them
    # that there also fit that event's status.
    on_others, accounted = set(), set()
    for o in others:
        span = day_span(o)
        if span is None or (span[1] - span[0]).days >= 7:
            continue
        for k in range((span[1] - span[0]).days + 1):
            day = span[0] + dt.timedelta(k)
            on_others.add(WEEKDAYS[day.weekday()])
            if weekday_ok(o.get("status"), (day - published).days):
                accounted.add(WEEKDAYS[day.weekday()])
    if a[2] == "day" and not re.search(r"next week|last week|this week|\d", unframed):
        for day in (first, last):
            w = WEEKDAYS[day.weekday()]
            if w not in named or w in accounted:
                continue
            delta = (day - published).days
            if not weekday_ok(st, delta):
                warnings.append(f"{eid}: {w} {day} is {delta} days from publication for a {st} event")
    if named and a[2] == "day" and b[2] == "day" and (last - first).days < 7:
        days = {WEEKDAYS[(first + dt.timedelta(k)).weekday()] for k in range((last - first).days + 1)}
        if not days & set(named) and set(named) - on_others:
            warnings.append(f"{eid}: text names {named} but {date['start']}..{date['end']} is {sorted(days)}")


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*.yaml")))
    ids = Counter()
    per_file, grid, stages, by_type = Counter(), Counter(), Counter(), Counter()
    timelines, with_distractors = Counter(), 0
    n_events = 0
    for f in files:
        name = os.path.basename(f)
        try:
            data = yaml.safe_load(open(f, encoding="utf-8"))
        except yaml.YAMLError as e:
            err(name, f"does not parse: {e}")
            continue
        if not isinstance(data, list):
            err(name, "not a list")
            continue
        per_file[name] = len(data)
        for e in data:
            eid = e.get("id", "?")
            ids[eid] += 1
            if not ID_RE.match(str(eid)):
                err(eid, "id not [a-z0-9-]")
            text = e.get("text")
            if not isinstance(text, str) or not text.strip():
                err(eid, "no text")
                continue
            sentences = len(re.findall(r"[.!?](\s|$)", text.strip()))
            if sentences > 3:
                err(eid, f"{sentences} sentences (1-3 allowed)")
            try:
                published = dt.date.fromisoformat(str(e.get("published")))
            except ValueError:
                err(eid, f"bad published {e.get('published')!r}")
                continue
            if not (dt.date(2023, 1, 1) <= published <= dt.date(2026, 12, 31)):
                err(eid, "published outside 2023-2026")
            events = e.get("events")
            if not isinstance(events, list):
                err(eid, "events must be a list")
                continue
            n_events += len(events)
            for i, ev in enumerate(events):
                check_event(eid, ev, published, text, events[:i] + events[i + 1:])
            distractors = e.get("distractors")
            if distractors is not None:
                if not isinstance(distractors, list) or not distractors:
                    err(eid, "distractors must be a non-empty list of phrases")
                else:
                    with_distractors += 1
                    for d in distractors:
                        if not isinstance(d, str) or d not in text:
                            err(eid, f"distractor {d!r} not in text")
            if name == "not-events.yaml":
                if events:
                    err(eid, "a not-event has events")
                if not e.get("why"):
                    err(eid, "a not-event needs why")
                continue
            cell = e.get("cell") or {}
            if cell.get("type") not in TYPES or cell.get("voice") not in VOICES \
                    or cell.get("form") not in FORMS or cell.get("counterpart") not in COUNTERPARTS:
                err(eid, f"bad cell {cell!r}")
                continue
            if name == TIMELINES_FILE:
                # A timelines passage names how it is dated; its tense or stage is checked, but it is
                # counted per timeline form, not in the grid or the lifecycle stages.
                if cell.get("timeline") not in TIMELINES:
                    err(eid, f"bad or missing timeline in cell {cell!r}")
                    continue
                if ("stage" in cell) == ("tense" in cell):
                    err(eid, f"cell needs a tense or a stage, not both: {cell!r}")
                elif "stage" in cell and cell["stage"] not in STAGES:
                    err(eid, f"bad stage {cell['stage']!r}")
                elif "tense" in cell:
                    if cell["tense"] not in TENSES:
                        err(eid, f"bad tense in cell {cell!r}")
                    elif (cell["type"], cell["tense"], cell["voice"], cell["form"],
                          cell["counterpart"]) in NOT_ALLOWED:
                        err(eid, f"cell {cell!r} is listed as not allowed")
                timelines[(cell["timeline"], cell["type"])] += 1
                continue
            if "timeline" in cell:
                err(eid, f"a timeline form is only for {TIMELINES_FILE}")
            if "stage" in cell:
                if cell["stage"] not in STAGES:
                    err(eid, f"bad stage {cell['stage']!r}")
                stages[(cell["type"], cell["stage"])] += 1
                continue
            if cell.get("tense") not in TENSES:
                err(eid, f"bad tense in cell {cell!r}")
                continue
            key = (cell["type"], cell["tense"], cell["voice"], cell["form"], cell["counterpart"])
            if key in NOT_ALLOWED:
                err(eid, f"cell {key} is listed as not allowed")
            grid[key] += 1
            by_type[cell["type"]] += 1
    for eid, n in ids.items():
        if n > 1:
            err(eid, f"id used {n} times")

    print("entries per file:")
    for f, n in sorted(per_file.items()):
        print(f"  {f:20s} {n}")
    print(f"  {'total':20s} {sum(per_file.values())}  ({n_events} events)")
    print("\ngrid cells (type tense voice form counterpart: entries):")
    thin = []
    for t in TYPES:
        for te in TENSES:
            row = []
            for v in VOICES:
                for fo in FORMS:
                    for c in COUNTERPARTS:
                        k = (t, te, v, fo, c)
                        if k in NOT_ALLOWED:
                            row.append(f"{v[0]}{fo[0]}{c[0:2]}:--")
                            continue
                        row.append(f"{v[0]}{fo[0]}{c[0:2]}:{grid[k]}")
                        if grid[k] < 2:
                            thin.append(k)
            print(f"  {t:8s}{te:12s}" + "  ".join(row))
    print("  (a=active p=passive, v=verbal n=nominal, na=named no=none, -- = not allowed)")
    allowed = len(TYPES) * len(TENSES) * 8 - len(NOT_ALLOWED)
    print(f"  {allowed} allowed cells, {len(NOT_ALLOWED)} not allowed; {sum(grid.values())} grid entries")
    print("\nlifecycle stages:")
    for k, n in sorted(stages.items()):
        print(f"  {k[0]:8s}{k[1]:22s}{n}")
    print("\ntimeline forms (timelines.yaml; visit meeting summit call: entries):")
    for form in TIMELINES:
        row = "  ".join(f"{t}:{timelines[(form, t)]}" for t in TYPES)
        print(f"  {form:20s}{row}  = {sum(timelines[(form, t)] for t in TYPES)}")
    print(f"  passages with distractors: {with_distractors}")
    if thin:
        print("\ncells with fewer than 2 entries:")
        for k in thin:
            print("  " + " ".join(k), grid[k])
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"\n{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors or thin else 0


if __name__ == "__main__":
    sys.exit(main())
