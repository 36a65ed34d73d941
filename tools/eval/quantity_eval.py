#!/usr/bin/env python3
"""Scores newsfacts' numeric mentions against hand-annotated news sentences (CQE-style value F1 and value+unit F1).

  python3 tools/eval/quantity_eval.py --newsfacts build-numeric/newsfacts [--errors] [--durations]

Gold: tools/eval/quantity_gold.tsv (dataset, document, byte start, byte end, kind, value, bound,
unit; no dataset text) over the sentences of tools/eval/quantity_sentences.tsv (drawn by
quantity_sample.py: a seeded random sample of sentences with a digit or number word).
Kinds: count, percent, money, quantity are scored; `duration` rows are temporal's (scored only
with --durations, against duration mentions); `not` rows are numbers that must not be
quantities (years, ages, names, ordinals ...: a mention on them is a false positive);
`skip` rows are ambiguous and neither rewarded nor punished. A predicted numeric mention
(count, percent, money, quantity) inside a sampled sentence matches a gold row when the spans
overlap and the values are equal (ranges: both ends); value+unit also needs the unit: ISO code
or normalized measure unit equal, or for counts the same head word (last word, case-insensitive).
"""
import argparse
import collections
import json
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NUMERIC = {"count", "percent", "money", "quantity"}
SCORED = set(NUMERIC)
DURATION_UNIT = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "TM": "minute"}


def read_tsv(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


def run_newsfacts(exe, datasets, docs):
    """docs: {(dataset, doc)} -> {(dataset, doc): [mention records]}, one newsfacts run over all of them.

    Numeric mentions do not depend on the reference date, so the documents share one run
    (loading the rules once); durations only need their length (P3W), not an anchor."""
    out = collections.defaultdict(list)
    paths = {os.path.join(datasets, ds, doc + ".txt"): (ds, doc) for ds, doc in docs}
    cmd = [exe, "extract", "--jsonl", "--quiet", "--jobs", "1", "--reference-date", "2000-01-01"]
    res = subprocess.run(cmd + sorted(paths), capture_output=True, text=True)
    if res.returncode not in (0, 1):
        sys.exit(f"newsfacts failed: {res.stderr.strip()}")
    ids = {doc: key for key in paths.values() for ds, doc in [key]}
    for line in res.stdout.splitlines():
        r = json.loads(line)
        if r.get("record") == "mention" and r.get("article") in ids:
            out[ids[r["article"]]].append(r)
    return out


def close(a, b):
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-3, abs_tol=1e-9)


def gold_value(v):
    if "-" in v[1:]:
        lo, hi = v.split("-", 1) if not v.startswith("-") else (v, None)
        return float(lo), float(hi)
    return float(v), None


def value_equal(g, p):
    lo, hi = g["value"]
    if hi is not None:
        return close(p.get("lower"), lo) and close(p.get("upper"), hi)
    if close(p.get("value"), lo):
        return True
    return False


def head(u):
    words = re.findall(r"[\w$%²³/.-]+", (u or "").lower())
    return words[-1] if words else ""


def unit_equal(g, p):
    gu = g["unit"]
    pu = p.get("unit") or ""
    if gu == "-":
        return pu == ""
    if g["kind"] in ("money", "percent", "quantity", "duration"):
        return gu.lower() == pu.lower()
    return head(gu) == head(pu)


def duration_pred(r):
    """A duration mention as a numeric record: P4M -> value 4, unit month."""
    m = re.fullmatch(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])", r.get("value") or "")
    if not m:
        return None
    unit = DURATION_UNIT.get(("T" if m.group(1) and m.group(3) == "M" else "") + m.group(3),
                             {"S": "second"}.get(m.group(3), m.group(3)))
    if m.group(1) and m.group(3) == "H":
        unit = "hour"
    return dict(r, value=float(m.group(2)), unit=unit, kind="duration")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--newsfacts", default="build-numeric/newsfacts")
    ap.add_argument("--datasets", default="/work/shared/datasets")
    ap.add_argument("--gold", default=os.path.join(HERE, "quantity_gold.tsv"))
    ap.add_argument("--sentences", default=os.path.join(HERE, "quantity_sentences.tsv"))
    ap.add_argument("--errors", action="store_true", help="print every miss and false positive")
    ap.add_argument("--durations", action="store_true", help="also score durations (temporal mentions)")
    args = ap.parse_args()

    scored = SCORED | ({"duration"} if args.durations else set())
    sentences = collections.defaultdict(list)
    for ds, doc, s, e in read_tsv(args.sentences):
        sentences[(ds, doc)].append((int(s), int(e)))
    gold = collections.defaultdict(list)
    for ds, doc, s, e, kind, value, bound, unit in read_tsv(args.gold):
        g = {"start": int(s), "end": int(e), "kind": kind, "bound": bound, "unit": unit, "raw": value}
        g["value"] = gold_value(value) if kind in SCORED | {"duration"} else None
        gold[(ds, doc)].append(g)

    preds = run_newsfacts(args.newsfacts, args.datasets, sentences.keys())

    def text(ds, doc, s, e):
        with open(os.path.join(args.datasets, ds, doc + ".txt"), "rb") as f:
            return f.read()[s:e].decode("utf-8", "replace")

    tp_v = tp_vu = n_pred = n_gold = 0
    bound_ok = 0
    per_kind = collections.defaultdict(lambda: [0, 0, 0])  # gold, value hits, value+unit hits
    errors = []
    fp_reasons = collections.Counter()
    for key, spans in sorted(sentences.items()):
        ds, doc = key
        inside = lambda a, b: any(a < e and s < b for s, e in spans)
        ps = []
        for r in preds.get(key, []):
            if not inside(r["start"], r["end"]):
                continue
            if r["kind"] in NUMERIC:
                ps.append(r)
            elif args.durations and r["kind"] == "duration":
                d = duration_pred(r)
                if d:
                    ps.append(d)
        gs = [g for g in gold[key] if g["kind"] in scored]
        used = set()
        for g in gs:
            n_gold += 1
            per_kind[g["kind"]][0] += 1
            best = None
            for i, p in enumerate(ps):
                if i in used or not (p["start"] < g["end"] and g["start"] < p["end"]):
                    continue
                if value_equal(g, p):
                    if best is None or (unit_equal(g, p) and not unit_equal(g, ps[best])):
                        best = i
            if best is None:
                errors.append(("MISS", ds, doc, g, None))
                continue
            used.add(best)
            p = ps[best]
            tp_v += 1
            per_kind[g["kind"]][1] += 1
            if unit_equal(g, p):
                tp_vu += 1
                per_kind[g["kind"]][2] += 1
            else:
                errors.append(("UNIT", ds, doc, g, p))
            if g["bound"] == (p.get("bound") or "exact") or g["bound"] == "-":
                bound_ok += 1
        for i, p in enumerate(ps):
            if i in used:
                continue
            hit = [g for g in gold[key] if p["start"] < g["end"] and g["start"] < p["end"]]
            if any(g["kind"] == "skip" for g in hit) or (not args.durations and any(g["kind"] == "duration" for g in hit) and p["kind"] == "duration"):
                continue
            n_pred += 1
            reason = hit[0]["kind"] if hit else "unannotated"
            if reason in scored:
                reason = "wrong value"
            fp_reasons[reason] += 1
            errors.append(("FP(" + reason + ")", ds, doc, None, p))
        n_pred += len(used)

    def prf(tp):
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f

    print(f"sentences {sum(len(v) for v in sentences.values())}, gold quantities {n_gold}, predicted {n_pred}")
    print("value       P %.1f  R %.1f  F1 %.1f" % prf(tp_v))
    print("value+unit  P %.1f  R %.1f  F1 %.1f" % prf(tp_vu))
    print(f"bound right on {bound_ok}/{tp_v} value matches")
    for k, (n, v, vu) in sorted(per_kind.items()):
        print(f"  {k:9s} gold {n:3d}  value {v:3d}  value+unit {vu:3d}")
    print("false positives by gold row under them:", dict(fp_reasons))
    if args.errors:
        for tag, ds, doc, g, p in errors:
            gs = f"gold {g['kind']} {g['raw']} {g['unit']} [{text(ds, doc, g['start'], g['end'])}]" if g else ""
            pv = (p.get("value") if p.get("bound") != "range" else f"{p.get('lower')}-{p.get('upper')}") if p else None
            ps_ = f"pred {p['kind']} {pv} {p.get('unit')} [{text(ds, doc, p['start'], p['end'])}] {p.get('rule')}" if p else ""
            print(f"{tag:22s} {doc}  {gs}  {ps_}")


if __name__ == "__main__":
    main()
