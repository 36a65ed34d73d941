#!/usr/bin/env python3
"""Groups the temporal errors of a newsfacts run on a TIMEX3 dataset into categories.

Reads the dataset's gold.jsonl and newsfacts' JSON lines (the file timex_eval.sh writes) and
counts, per category, the gold timexes that are missed or get a wrong value, the system
mentions that match no gold, and the span mismatches, with a few examples of each:

    python3 tools/eval/timex_errors.py /work/shared/datasets/timebank /tmp/newsfacts-timex-timebank.jsonl
    tools/eval/timex_eval.sh timebank --categories      # the same after scoring

Matching follows score_timex.py: a gold timex's best system mention is the one with the same
span, else the largest byte overlap (earliest on ties).
"""
import collections
import json
import os
import re
import sys

WEEKDAY = re.compile(r"^(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.I)
VAGUE = re.compile(r"\b(?:now|currently|recently|current|recent|future|soon|present|past|previously)\b", re.I)
EARNINGS = re.compile(r"\b(?:quarter|period|year[- ](?:ago|earlier)|fiscal)\b", re.I)


def shape(v):
    return re.sub(r"\d", "9", v or "")


def value_category(g, s):
    gv, sv, text = g["value"], s["value"], g["text"]
    gtype, skind = g["type"].lower(), s["kind"]
    if gtype != skind and {gtype, skind} <= {"date", "duration"}:
        return "duration vs date"
    if gtype != skind:
        return "type %s vs %s" % (gtype, skind)
    if WEEKDAY.match(text.strip()):
        return "weekday: which week"
    if re.search(r"W\d|WXX", gv) or re.search(r"W\d", sv):
        return "week values"
    if EARNINGS.search(text) or re.search(r"Q\d|QX", gv + sv):
        return "earnings periods (quarter, year-ago)"
    if re.search(r"T(?:MO|AF|EV|NI)|T\d", gv + sv):
        return "time of day"
    if shape(gv)[:4] == shape(sv)[:4] and len(gv) != len(sv):
        return "granularity (%s vs %s)" % (shape(gv), shape(sv))
    if shape(gv) == shape(sv) and re.match(r"\d{4}", gv):
        return "same granularity, other %s" % ("day" if len(gv) >= 10 else "month" if len(gv) == 7 else "year")
    if gv.endswith("_REF") or sv.endswith("_REF"):
        return "vague reference value"
    if gv.startswith("P") or sv.startswith("P"):
        return "duration value"
    return "other value"


def text_category(text, kind):
    if VAGUE.search(text):
        return "vague (now, recently, current...)"
    if WEEKDAY.match(text.strip()):
        return "weekday"
    if kind in ("duration", "set") or re.search(r"\b(?:days?|weeks?|months?|years?|hours?|minutes?|daily|annually)\b", text, re.I):
        return "duration or set"
    return "date or time"


def main():
    base, system = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    gold = collections.defaultdict(list)
    for line in open(os.path.join(base, "gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        gold[g["doc"]].append(g)
    sysm = collections.defaultdict(dict)
    for line in open(system, encoding="utf-8"):
        r = json.loads(line)
        if r.get("record") == "mention" and r["kind"] in ("date", "time", "duration", "set"):
            sysm[r["article"]][(r["start"], r["end"])] = r
    cats = collections.Counter()
    examples = collections.defaultdict(list)

    def add(cat, ex):
        cats[cat] += 1
        if len(examples[cat]) < 4:
            examples[cat].append(ex)

    for doc in set(gold) | set(sysm):
        ss = list(sysm[doc].values())
        matched = set()
        for g in gold[doc]:
            over = [s for s in ss if s["start"] < g["end"] and g["start"] < s["end"]]
            for s in over:
                matched.add((s["start"], s["end"]))
            if not over:
                add("MISS " + text_category(g["text"], g["type"].lower()), g["text"])
                continue
            same = [s for s in over if (s["start"], s["end"]) == (g["start"], g["end"])]
            best = same[0] if same else max(over, key=lambda s: (min(s["end"], g["end"]) - max(s["start"], g["start"]), -s["start"]))
            if not same:
                longer = best["end"] - best["start"] > g["end"] - g["start"]
                add("SPAN too " + ("long" if longer else "short"), "%r vs %r" % (g["text"], best["text"]))
            if best["value"] != g["value"]:
                add("VALUE " + value_category(g, best), "%r %s vs %s" % (g["text"], g["value"], best["value"]))
        for s in ss:
            if (s["start"], s["end"]) not in matched:
                add("FP " + text_category(s["text"], s["kind"]), s["text"])
    print("-- error categories (count, examples)")
    for cat, n in cats.most_common(top):
        print("%4d  %-45s %s" % (n, cat, "; ".join(examples[cat])))


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # piped into head
        sys.stderr.close()
