#!/usr/bin/env python3
"""Copies a folder of articles with typographic punctuation, for measuring the non-ASCII path.

    tools/bench/typographic_copy.py SRC DST

Every .txt file under SRC is written under DST with ' as ’ (U+2019), straight double quotes as
alternating “ and ” (U+201C, U+201D), and " - " as " — " (U+2014); other files are copied as
they are. Much wire copy is distributed this way, and each such sentence is no longer ASCII:
the rule engine reads it with its narrow regexes (extractor/rules/narrow_classes.h) instead of
the Latin-1 twins, and other stages leave their ASCII fast paths.
"""
import os
import sys


def typographic(text):
    text = text.replace("'", "\u2019").replace(" - ", " \u2014 ")
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def main(src, dst):
    for root, _, files in os.walk(src):
        for name in files:
            path = os.path.join(root, name)
            target = os.path.join(dst, os.path.relpath(path, src))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(path, encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
            if name.endswith(".txt"):
                text = typographic(text)
            with open(target, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(text)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
