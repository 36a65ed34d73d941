#!/usr/bin/env python3
"""Score newsfacts on a held-out folder of wire stories written with their gold before any run.

The folder holds, per story NN_name:
  NN_name.txt           the story (plain UTF-8)
  NN_name.gold.tsv      entity gold: TYPE<TAB>text<TAB>country-or-value, TYPE LOC, ORG or AGY
                        (conventions: tests/data/entities_heldout/README.md)
  NN_name.facts.jsonl   claims gold: an article record (reference_date) then fact records
                        (conventions: rules/claims/README.md, as tests/expected_facts/)

It runs `newsfacts extract --jsonl` on each story and scores as the test suite does
(tests/test_entities_heldout.cpp and tests/test_claims_corpus.cpp), so a held-out folder can be
scored before it is stored in the tree:

  tools/eval/score_heldout.py DIR build/newsfacts [--rules DIR] [--errors]
  tools/eval/score_heldout.py --check DIR          # gold format only; runs nothing
"""
import argparse
import json
import os
import subprocess
import sys


def word_char(b):
    return chr(b).isalnum() or b >= 0x80


def read_gold(path, body):
    """Gold lines located in the body (bytes): the first whole-word occurrence at or after the
    start of the previous line that no earlier line of the same type took."""
    out, problems, cursor = [], [], 0
    for n, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in ("LOC", "ORG", "AGY") or not parts[1] or not parts[2]:
            problems.append(f"{path}:{n}: want TYPE<TAB>text<TAB>country-or-value, TYPE LOC/ORG/AGY")
            continue
        typ, text, third = parts
        needle = text.encode()
        p = body.find(needle, cursor)
        while p >= 0:
            q = p + len(needle)
            clash = (p > 0 and word_char(body[p - 1])) or (q < len(body) and word_char(body[q]))
            taken = any(o["type"] == typ and o["start"] == p for o in out)
            if not clash and not taken:
                break
            p = body.find(needle, p + 1)
        if p < 0:
            problems.append(f"{path}:{n}: '{text}' not found at or after the previous line's start")
            continue
        out.append({"type": typ, "start": p, "end": p + len(needle), "third": third, "text": text})
        cursor = p
    return out, problems


def read_facts(path, body):
    article, facts, problems = None, [], []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{path}:{n}: not JSON ({e})")
            continue
        if o.get("record") == "article":
            article = o
            continue
        for key in ("start", "end", "text", "value", "bound", "unit", "predicate", "time", "location", "source"):
            if key not in o:
                problems.append(f"{path}:{n}: no '{key}'")
        if isinstance(o.get("start"), int) and isinstance(o.get("end"), int):
            got = body[o["start"]:o["end"]].decode("utf-8", "replace")
            if got != o.get("text"):
                problems.append(f"{path}:{n}: bytes {o['start']}-{o['end']} are '{got}', not '{o.get('text')}'")
        facts.append(o)
    if article is None or not article.get("reference_date"):
        problems.append(f"{path}: no article record with a reference_date")
    return article, facts, problems


def stories(folder):
    return sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".txt"))


def run(newsfacts, rules, path, ref):
    cmd = [newsfacts, "extract", "--jsonl", "--quiet", "--reference-date", ref]
    if rules:
        cmd += ["--rules", rules]
    out = subprocess.run(cmd + [path], capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


# Agency names compared as sets of words, as tests/test_claims_corpus.cpp does.
def agency_words(s):
    if len(s) > 5 and s[-1] == ")" and s[-5] == " " and s[-4] == "(":
        s = s[:-5]
    return {w.lower() for w in s.split() if w.lower() not in ("of", "the", "and")}


def same_source(want, got):
    if not want or not got:
        return not want and not got
    b = agency_words(got)
    return any(a <= b or b <= a for a in (agency_words(x) for x in want.split("|")))


def same_time(want, got):
    return want == got or (bool(want) and bool(got) and got.startswith(want))


def score(folder, newsfacts, rules, show_errors):
    ent = {t: dict(gold=0, sys=0, strict=0, sys_over=0, gold_over=0) for t in ("LOC", "ORG")}
    country = [0, 0]
    agy = dict(gold=0, sys=0, sys_right=0, gold_found=0)
    cl = dict(expected=0, produced=0, matched=0, relaxed=0, source=0, time=0, location=0, predicate=0)
    errors = []
    for stem in stories(folder):
        path = os.path.join(folder, stem + ".txt")
        body = open(path, "rb").read()
        # Entities: as the fixture test, with a fixed reference date.
        gold, _ = read_gold(os.path.join(folder, stem + ".gold.tsv"), body)
        recs = run(newsfacts, rules, path, "2025-01-01")
        sys_ents = [dict(type="LOC" if r["kind"] == "location" else "ORG", start=r["start"], end=r["end"],
                         country=r.get("country") or "-", value=r.get("value") or "", text=r["text"])
                    for r in recs if r.get("record") == "mention" and r.get("kind") in ("location", "agency")]
        for t in ("LOC", "ORG"):
            g_t = [g for g in gold if g["type"] == t]
            s_t = [s for s in sys_ents if s["type"] == t]
            for s in s_t:
                ent[t]["sys"] += 1
                exact = [g for g in g_t if g["start"] == s["start"] and g["end"] == s["end"]]
                if exact and t == "LOC" and exact[0]["third"] != "-":
                    country[1] += 1
                    if exact[0]["third"] == s["country"]:
                        country[0] += 1
                    else:
                        errors.append(f"country {stem}: {s['text']} {s['country']} (gold {exact[0]['third']})")
                ent[t]["strict"] += bool(exact)
                ent[t]["sys_over"] += any(g["start"] < s["end"] and s["start"] < g["end"] for g in g_t)
                if not exact:
                    errors.append(f"spurious {t} {stem}: {s['text']}")
            for g in g_t:
                ent[t]["gold"] += 1
                ent[t]["gold_over"] += any(g["start"] < s["end"] and s["start"] < g["end"] for s in s_t)
                if not any(g["start"] == s["start"] and g["end"] == s["end"] for s in s_t):
                    errors.append(f"missed {t} {stem}: {g['text']}")
        g_agy = [g for g in gold if g["type"] == "AGY"]
        if g_agy:
            orgs = [s for s in sys_ents if s["type"] == "ORG"]
            for s in orgs:
                agy["sys"] += 1
                over = [g for g in g_agy if g["start"] < s["end"] and s["start"] < g["end"]]
                right = any(g["third"] == s["value"] for g in over)
                agy["sys_right"] += right
                if not right:
                    errors.append(f"AGY {'wrong value' if over else 'spurious'} {stem}: {s['text']} = {s['value']}")
            for g in g_agy:
                agy["gold"] += 1
                over = [s for s in orgs if g["start"] < s["end"] and s["start"] < g["end"]]
                agy["gold_found"] += any(g["third"] == s["value"] for s in over)
                if not over:
                    errors.append(f"AGY missed {stem}: {g['text']} = {g['third']}")
        # Claims: with the story's own reference date.
        facts_path = os.path.join(folder, stem + ".facts.jsonl")
        if not os.path.exists(facts_path):
            continue
        article, want, _ = read_facts(facts_path, body)
        recs = run(newsfacts, rules, path, article["reference_date"])
        got = [r for r in recs if r.get("record") == "fact"]
        cl["expected"] += len(want)
        cl["produced"] += len(got)
        used = [False] * len(got)
        for w in want:
            value = float(w["value"])
            hit, strict = -1, False
            for i, f in enumerate(got):
                if used[i] or abs(float(f["value"]) - value) > 1e-9 * max(1.0, abs(value)):
                    continue
                if f["start"] == w["start"] and f["end"] == w["end"]:
                    hit, strict = i, True
                    break
                if hit < 0 and f["start"] < w["end"] and w["start"] < f["end"]:
                    hit = i
            if hit < 0:
                errors.append(f"fact missed {stem}: \"{w['text']}\"")
                continue
            used[hit] = True
            f = got[hit]
            cl["relaxed"] += 1
            cl["matched"] += strict
            if not strict:
                errors.append(f"fact span {stem}: \"{w['text']}\" got \"{f['text']}\"")
            for role, ok in (("source", same_source(w.get("source") or "", f.get("source") or "")),
                             ("time", same_time(w.get("time") or "", f.get("time") or "")),
                             ("location", (w.get("location") or "") == (f.get("location") or "")),
                             ("predicate", (w.get("predicate") or "") == (f.get("predicate") or ""))):
                if ok:
                    cl[role] += 1
                else:
                    errors.append(f"fact {role} {stem}: \"{w['text']}\" want [{w.get(role)}] got [{f.get(role)}]")
        for i, f in enumerate(got):
            if not used[i]:
                errors.append(f"fact extra {stem}: \"{f['text']}\"")

    for t in ("LOC", "ORG"):
        e = ent[t]
        sp, sr = pct(e["strict"], e["sys"]), pct(e["strict"], e["gold"])
        op, orr = pct(e["sys_over"], e["sys"]), pct(e["gold_over"], e["gold"])
        print(f"{t} gold {e['gold']} sys {e['sys']} | strict P {sp:.1f} R {sr:.1f} F1 {f1(sp, sr):.1f}"
              f" | overlap P {op:.1f} R {orr:.1f} F1 {f1(op, orr):.1f}")
    print(f"LOC country right {country[0]}/{country[1]} = {pct(*country):.1f}%")
    ap, ar = pct(agy["sys_right"], agy["sys"]), pct(agy["gold_found"], agy["gold"])
    print(f"AGY gold {agy['gold']} sys {agy['sys']} | overlap+value P {ap:.1f} R {ar:.1f} F1 {f1(ap, ar):.1f}")
    cp, cr = pct(cl["matched"], cl["produced"]), pct(cl["matched"], cl["expected"])
    print(f"facts expected {cl['expected']} produced {cl['produced']} | fact F1 {f1(cp, cr):.1f} (P {cp:.1f} R {cr:.1f})")
    n = cl["relaxed"]
    print(f"on {n} matched facts: source {pct(cl['source'], n):.1f}%, time {pct(cl['time'], n):.1f}%, "
          f"location {pct(cl['location'], n):.1f}%, predicate {pct(cl['predicate'], n):.1f}%")
    if show_errors:
        print("\n".join(errors))


def check(folder):
    problems = []
    names = stories(folder)
    if not names:
        problems.append(f"{folder}: no *.txt story")
    for stem in names:
        body = open(os.path.join(folder, stem + ".txt"), "rb").read()
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(f"{stem}.txt: not UTF-8 ({e})")
        gold_path = os.path.join(folder, stem + ".gold.tsv")
        facts_path = os.path.join(folder, stem + ".facts.jsonl")
        for p in (gold_path, facts_path):
            if not os.path.exists(p):
                problems.append(f"{p}: missing")
        if os.path.exists(gold_path):
            problems += read_gold(gold_path, body)[1]
        if os.path.exists(facts_path):
            problems += read_facts(facts_path, body)[2]
    print("\n".join(problems) if problems else f"{folder}: {len(names)} stories, gold well-formed")
    return 1 if problems else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="check the gold files' format only")
    ap.add_argument("--rules", help="rules directory passed to newsfacts")
    ap.add_argument("--errors", action="store_true", help="list every miss after the figures")
    ap.add_argument("folder")
    ap.add_argument("newsfacts", nargs="?")
    a = ap.parse_args()
    if a.check:
        return check(a.folder)
    if not a.newsfacts:
        ap.error("give the newsfacts binary (or --check)")
    score(a.folder, a.newsfacts, a.rules, a.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
