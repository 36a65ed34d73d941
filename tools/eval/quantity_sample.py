#!/usr/bin/env python3
"""Draws the seeded random sample of dataset sentences behind tools/eval/quantity_gold.tsv.

  python3 tools/eval/quantity_sample.py [--datasets /work/shared/datasets] [--seed 4] > /tmp/sample.tsv

A sentence qualifies when it holds a digit or a number word (NUMBER_WORDS); the draw does not
look at newsfacts' output. Prints dataset, document, byte start, byte end of each sentence and,
with --text, the sentence itself (for annotating; never commit the text).
"""
import argparse
import os
import random
import re

NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|third|quarter|percent)\b",
    re.IGNORECASE)
DIGIT = re.compile(rb"[0-9]")
# Sentence ends: end of line, or . ! ? (with closing quotes) before a space and a capital/quote.
BOUNDARY = re.compile(rb"\n+|(?<=[.!?])[\"')]*[ ]+(?=[\"'(A-Z0-9])")


def sentences(data):
    pos = 0
    for m in BOUNDARY.finditer(data):
        yield pos, m.start() if data[m.start():m.start() + 1] == b"\n" else m.start()
        pos = m.end()
    yield pos, len(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", default="/work/shared/datasets")
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--per", default="timebank=100,meantime-timex=50")
    ap.add_argument("--text", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    for part in args.per.split(","):
        name, n = part.split("=")
        folder = os.path.join(args.datasets, name)
        pool = []
        for fn in sorted(os.listdir(folder)):
            if not fn.endswith(".txt") or fn == "docs.txt":
                continue
            data = open(os.path.join(folder, fn), "rb").read()
            for s, e in sentences(data):
                seg = data[s:e]
                if len(seg.strip()) < 20:
                    continue
                if DIGIT.search(seg) or NUMBER_WORDS.search(seg.decode("utf-8", "replace")):
                    pool.append((fn[:-4], s, e, seg))
        for doc, s, e, seg in sorted(rng.sample(pool, int(n)), key=lambda r: (r[0], r[1])):
            row = [name, doc, str(s), str(e)]
            if args.text:
                row.append(seg.decode("utf-8", "replace").replace("\t", " ").replace("\n", " "))
            print("\t".join(row))


if __name__ == "__main__":
    main()
