#!/usr/bin/env python3
"""Per-rule accounting: how often each rule fired on a corpus, and how many of its candidates ended in an event
that matches a gold event.

    scripts/rule-report.py CORPUS_DIR GOLD.json [--docs 1-74] [--jar target/parley.jar]

Runs `parley extract CORPUS_DIR --explain`, reads which rules made each candidate and which event it ended in,
scores the output with ../shared/eval/score.py's matching (the scorer prints one row per gold event with the
system event it matched), and prints per rule: candidates, candidates that made or joined an event, those in an
event that matches a gold event (required or allowed), and the number of documents it fired in. A rule that fires
in one document only, or whose events never match, stands out.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "..", "shared", "eval", "score.py")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("gold")
    ap.add_argument("--docs", help="score only files numbered in this range, as score.py --docs")
    ap.add_argument("--jar", default=os.path.join(HERE, "..", "target", "parley.jar"))
    ap.add_argument("--scorer", default=SCORER)
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "events.json")
        run = subprocess.run(["java", "-Xmx4g", "-jar", a.jar, "extract", a.corpus, "--explain", "--progress", "never",
                              "-o", out], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit("parley failed:\n" + run.stderr[-2000:])
        events = json.load(open(out, encoding="utf-8"))["events"]
        cmd = ["python3", a.scorer, a.gold, out] + (["--docs", a.docs] if a.docs else [])
        rows = subprocess.run(cmd, capture_output=True, text=True).stdout

    # events that match a gold event: the scorer's rows name the system event by its label (truncated)
    matched_labels = []
    for line in rows.splitlines():
        m = re.match(r"\S+\s+(yes|no)\s+(.*?)\s{2,}", line)
        if m and "MISSING" not in m.group(2):
            matched_labels.append(m.group(2).strip())
    matched_ids = set()
    for e in events:
        if any(e["label"].startswith(l[:40]) for l in matched_labels):
            matched_ids.add(e["id"])

    doc_filter = None
    if a.docs:
        lo, hi = (int(x) for x in a.docs.split("-"))
        doc_filter = lambda d: d[:2].isdigit() and lo <= int(d[:2]) <= hi

    fired = collections.Counter()
    in_event = collections.Counter()
    good = collections.Counter()
    dropped = collections.Counter()
    docs = collections.defaultdict(set)
    doc = None
    rules = None
    for line in run.stderr.splitlines():
        m = re.match(r"^(\S.*?) sentence \d+: ", line)
        if m:
            doc = m.group(1)
            continue
        m = re.match(r'^  "[^"]*" \[([^\]]*)\] (candidate|dropped)', line)
        if m:
            rules = [r.strip() for r in m.group(1).split(",")]
            if doc_filter and not doc_filter(doc):
                rules = None
                continue
            for r in rules:
                fired[r] += 1
                docs[r].add(doc)
                if m.group(2) == "dropped":
                    dropped[r] += 1
            if m.group(2) == "dropped":
                rules = None
            continue
        m = re.match(r"^    -> (event (ev-[0-9a-f-]+)|no event)", line)
        if m and rules:
            if m.group(2):
                for r in rules:
                    in_event[r] += 1
                    if m.group(2) in matched_ids:
                        good[r] += 1
            rules = None

    print("| rule | fired | dropped by the detector | in an event | in a gold-matched event | documents |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r, n in sorted(fired.items(), key=lambda x: (-x[1], x[0])):
        flag = "  <- one document" if len(docs[r]) == 1 else ""
        print(f"| {r} | {n} | {dropped[r]} | {in_event[r]} | {good[r]} | {len(docs[r])}{flag} |")


if __name__ == "__main__":
    main()
