#!/usr/bin/env python3
"""Runs Microsoft Recognizers-Text's English spec files (number, range, percent, currency,
dimension, temperature, age) through `newsfacts extract --jsonl` and reports the share of
in-scope cases passed, plus value and value+unit precision/recall/F1 over results.

  python3 tools/eval/eval_recognizers.py --newsfacts build-numeric/newsfacts \
      --specs /work/shared/datasets/recognizers-text [--errors 20] [--fractions]

A case passes when every expected result is found (same value; for ranges the same ends;
for money, measures and temperatures also the same unit) and newsfacts states no other value
of the compared kinds. Out-of-scope cases are counted by reason and left out (see SCOPE).
"""
import argparse
import collections
import json
import math
import os
import re
import subprocess
import sys
import tempfile

# model file -> kinds of newsfacts mentions compared with its results
MODELS = {
    "Number-NumberModel": {"count", "percent", "money"},
    "Number-NumberRangeModel": {"count", "percent"},
    "Number-PercentModel": {"percent"},
    "NumberWithUnit-CurrencyModel": {"money"},
    "NumberWithUnit-DimensionModel": {"quantity"},
    "NumberWithUnit-TemperatureModel": {"quantity"},
    "NumberWithUnit-AgeModel": {"count", "quantity"},
}

# Recognizers-Text unit names -> newsfacts units (ISO 4217 codes, normalized measure units).
UNITS = {
    "Dollar": "USD", "United States dollar": "USD", "Euro": "EUR", "Chinese yuan": "CNY", "Pound": "GBP",
    "British pound": "GBP", "Canadian dollar": "CAD", "Japanese yen": "JPY", "Australian dollar": "AUD",
    "Turkish lira": "TRY", "Rupee": "INR", "Mexican peso": "MXN", "Hong Kong dollar": "HKD",
    "Swiss franc": "CHF", "Franc": "CHF", "Sri Lankan rupee": "LKR", "New Zealand dollar": "NZD",
    "Foot": "ft", "Meter": "m", "Mile": "mi", "Gallon": "gal", "Ton": "t", "Metric ton": "t",
    "Kilometer per hour": "km/h", "Kilogram": "kg", "Inch": "in", "Square meter": "m2", "Kilometer": "km",
    "Millimeter": "mm", "Milliliter": "ml", "Barrel": "bbl", "Ounce": "oz", "Acre": "acre",
    "Mile per hour": "mph", "Square kilometer": "km2", "Gram": "g", "C": "celsius", "F": "fahrenheit",
    "Megabyte": "MB", "Centimeter": "cm",
}
DIMENSION_POUND = "lb"  # "Pound" in the dimension model is a weight

# In scope with --fractions (newsfacts reads them since session 2; left out by default so the
# share stays comparable with the first figure, 310/466).
FRACTIONS = "fractions in digits or with 'and a half' ('1/4', '¾', 'two and a half')"

# (reason, test on the case) -> the case is out of scope for news counts and measures.
SCOPE = [
    ("results without a number (a bare unit or currency name: 'fahrenheit', 'dollar', 'percent')", lambda c: any((r.get("Resolution") or {}).get("value") in (None, "null") for r in c["Results"])),
    ("dates written in digits (temporal's: 5/17/2018)", lambda c: re.search(r"\d+/\d+/\d+", c["Input"])),
    ("chat or math notation (^, e-notation, 'over', x10^)", lambda c: any(re.search(r"\^|\d[eE][+-]?\d|\bover\b|x10", r["Text"]) for r in c["Results"])),
    ("negative numbers ('minus', 'negative', leading '-')", lambda c: any(re.search(r"(^|\s)-\s?\d|^-|minus|negative", r["Text"], re.I) for r in c["Results"])),
    ("spoken decimals and digit names ('point', 'nought', 'oh')", lambda c: re.search(r"\bpoint\b|nought|naught|\boh\b", c["Input"], re.I)),
    ("written fractions of fractions ('fifths', 'hundredths')", lambda c: any(re.search(r"(ths|firsts|seconds|fifths|eighths|ninths|thirds|fourths?|halves)\b", r["Text"], re.I) for r in c["Results"])),
    (FRACTIONS, lambda c: any(re.search(r"\d\s*/\s*\d|[¼½¾]|and (a|one|two|three) (half|quarter|third|fourth|fifth)|\band a half\b", r["Text"], re.I) for r in c["Results"])),
    ("digit strings that are not amounts (IP addresses, phone numbers, lists of figures)", lambda c: re.search(r"\d+\.\d+\.\d+|\+\d-\d|nrs\.|\d, \d", c["Input"])),
    ("units Recognizers-Text has and news counts do not (bitcoin, cents, pence, old currencies, cooking and SI micro units, angles)", lambda c: any(r.get("Resolution", {}).get("unit") in {"Bitcoin", "Satoshi", "Cent", "Pence", "Penny", "Sen", "Finnish markka", "Peseta", "Netherlands guilder", "Costa Rican colón", "Georgian lari", "Lao kip", "Microgram", "Picometer", "Decimeter", "Degree", "Turn", "Radian", "Tablespoon", "Teaspoon", "Cup", "Dram", "Bit", "Megabit", "Cubic foot", "Meter per millisecond", "Centimeter per millisecond", "Kilometer per millisecond"} for r in c["Results"])),
    ("one-word inputs without a sentence around them ('a', 'an', '1', 'three')", lambda c: len(c["Input"].split()) <= 1 and not re.search(r"\d[\d,.]*\d", c["Input"])),
    ("ages (attributes of a person, not counts: filtered on purpose)", lambda c: any(r.get("TypeName") == "age" for r in c["Results"])),
    ("ordinal ranges ('between the tenth and the fifteenth')", lambda c: any(re.search(r"(th|st|nd|rd)\b", r["Text"]) and re.search(r"tenth|first|second|third|\d(st|nd|rd|th)", r["Text"]) for r in c["Results"])),
]


def parse_value(v):
    try:
        return float(v.rstrip("%"))
    except (ValueError, AttributeError):
        return None


def parse_range(v):
    # "[10,15)", "(10,)", "(,20]"
    m = re.match(r"^[\[(]\s*([^,]*)\s*,\s*([^\])]*)\s*[\])]$", v or "")
    if not m:
        return None
    lo = float(m.group(1)) if m.group(1).strip() else None
    hi = float(m.group(2)) if m.group(2).strip() else None
    return lo, hi


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def expected_items(model, case):
    out = []
    for r in case["Results"]:
        res = r.get("Resolution") or {}
        if model == "Number-NumberRangeModel":
            rng = parse_range(res.get("value"))
            out.append({"range": rng, "unit": None, "text": r["Text"]})
            continue
        unit = res.get("unit")
        if model == "NumberWithUnit-DimensionModel" and unit == "Pound":
            unit_norm = DIMENSION_POUND
        else:
            unit_norm = UNITS.get(unit) if unit else None
        if model == "Number-PercentModel":
            unit_norm = "percent"
        out.append({"value": parse_value(res.get("value")), "unit": unit_norm, "raw_unit": unit, "text": r["Text"]})
    return out


def found(model, exp, m):
    if "range" in exp:
        if exp["range"] is None:
            return False, False
        lo, hi = exp["range"]
        ok = close(m.get("lower"), lo) and close(m.get("upper"), hi)
        return ok, ok
    v_ok = m.get("value") is not None and exp["value"] is not None and close(float(m["value"]), exp["value"])
    u_ok = v_ok and (exp["unit"] is None or m.get("unit") == exp["unit"])
    return v_ok, u_ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--newsfacts", default="build-numeric/newsfacts")
    ap.add_argument("--specs", default="/work/shared/datasets/recognizers-text")
    ap.add_argument("--errors", type=int, default=0, help="print this many failed cases per model")
    ap.add_argument("--fractions", action="store_true", help="count digit fractions and 'and a half' as in scope")
    args = ap.parse_args()

    totals = collections.Counter()
    for model, kinds in MODELS.items():
        cases = json.load(open(os.path.join(args.specs, model + ".json"), encoding="utf-8"))
        scope_out = collections.Counter()
        in_scope = []
        for i, c in enumerate(cases):
            reason = next((name for name, test in SCOPE if test(c) and not (args.fractions and name == FRACTIONS)), None)
            if reason:
                scope_out[reason] += 1
            else:
                in_scope.append((i, c))
        with tempfile.TemporaryDirectory() as d:
            for i, c in in_scope:
                with open(os.path.join(d, "case%04d.txt" % i), "w", encoding="utf-8") as f:
                    f.write(c["Input"])
            out = subprocess.run([args.newsfacts, "extract", "--jsonl", "--quiet", "--jobs", "1",
                                  "--reference-date", "2025-01-01", d],
                                 capture_output=True, text=True, check=False)
        got = collections.defaultdict(list)
        for line in out.stdout.splitlines():
            r = json.loads(line)
            if r.get("record") == "mention" and r.get("kind") in kinds:
                got[r["article"]].append(r)
        passed = 0
        tp_v = tp_u = n_exp = n_got = 0
        failures = []
        for i, c in in_scope:
            mine = got.get("case%04d" % i, [])
            exp = expected_items(model, c)
            used = set()
            all_ok = True
            for e in exp:
                best = None
                for k, m in enumerate(mine):
                    if k in used:
                        continue
                    v_ok, u_ok = found(model, e, m)
                    if u_ok or (v_ok and best is None):
                        best = (k, v_ok, u_ok)
                        if u_ok:
                            break
                if best:
                    used.add(best[0])
                    tp_v += best[1]
                    tp_u += best[2]
                    all_ok &= best[2]
                else:
                    all_ok = False
            n_exp += len(exp)
            n_got += len(mine)
            if all_ok and len(used) == len(mine):
                passed += 1
            else:
                failures.append((c, mine))

        def f1(tp):
            p = tp / n_got if n_got else 1.0
            r = tp / n_exp if n_exp else 1.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        pv, rv, fv = f1(tp_v)
        pu, ru, fu = f1(tp_u)
        n = len(in_scope)
        print("%-34s cases %3d  in scope %3d  passed %3d (%5.1f%%)  value P/R/F1 %5.1f/%5.1f/%5.1f  "
              "value+unit P/R/F1 %5.1f/%5.1f/%5.1f" % (model, len(cases), n, passed, 100.0 * passed / max(n, 1),
                                                     100 * pv, 100 * rv, 100 * fv, 100 * pu, 100 * ru, 100 * fu))
        for reason, k in scope_out.most_common():
            print("    out of scope %3d: %s" % (k, reason))
        for c, mine in failures[: args.errors]:
            print("    FAIL %r\n         want %s\n         got  %s" % (
                c["Input"][:120], [(r["Text"], r["Resolution"].get("value"), r["Resolution"].get("unit")) for r in c["Results"]],
                [(m["text"], m.get("value"), m.get("lower"), m.get("upper"), m.get("unit")) for m in mine]))
        totals["cases"] += len(cases)
        totals["in_scope"] += n
        totals["passed"] += passed
        totals["tp_v"] += tp_v
        totals["tp_u"] += tp_u
        totals["n_exp"] += n_exp
        totals["n_got"] += n_got
    t = totals
    p = t["tp_v"] / max(t["n_got"], 1)
    r = t["tp_v"] / max(t["n_exp"], 1)
    pu = t["tp_u"] / max(t["n_got"], 1)
    ru = t["tp_u"] / max(t["n_exp"], 1)
    print("ALL: %d cases, %d in scope, %d passed (%.1f%%); value F1 %.1f, value+unit F1 %.1f" % (
        t["cases"], t["in_scope"], t["passed"], 100.0 * t["passed"] / max(t["in_scope"], 1),
        100 * 2 * p * r / max(p + r, 1e-9), 100 * 2 * pu * ru / max(pu + ru, 1e-9)))


if __name__ == "__main__":
    sys.exit(main())
