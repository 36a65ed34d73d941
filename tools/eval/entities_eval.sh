#!/usr/bin/env bash
# Places and agencies against MEANTIME's named entities (LOC / ORG / PER; agency -> ORG):
# runs `newsfacts extract --jsonl` over the documents and scores with the dataset's scorer.
#
#   tools/eval/entities_eval.sh [BUILD_DIR] [--errors]     # BUILD_DIR default: build
#
# Prints strict / overlap / untyped P/R/F1 per type; with --errors, also lists missed gold
# LOC/ORG names and spurious system ones (most frequent first), for looking, not for fitting.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$here/build}"
shared="${NEWSFACTS_SHARED:-$here/../shared}"
data="$shared/datasets/meantime-entities"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$build/newsfacts" extract --jsonl --quiet --rules "$here/rules" "$data/docs" > "$out/sys.jsonl"
python3 "$shared/datasets/score_entities.py" "$data/gold.jsonl" "$out/sys.jsonl"
if [ "${2:-}" = "--errors" ]; then
  python3 - "$data/gold.jsonl" "$out/sys.jsonl" <<'PY'
import collections, json, sys
K = {"location": "LOC", "agency": "ORG", "person": "PER"}
gold = [json.loads(l) for l in open(sys.argv[1])]
sysm = [json.loads(l) for l in open(sys.argv[2])]
sysm = [r for r in sysm if r.get("record") == "mention" and r.get("kind") in K]
g = {(r["doc"], r["start"], r["end"], r["type"]) for r in gold}
s = {(r["article"], r["start"], r["end"], K[r["kind"]]) for r in sysm}
for t in ("LOC", "ORG"):
    miss = collections.Counter(r["text"] for r in gold if r["type"] == t and (r["doc"], r["start"], r["end"], t) not in s)
    spur = collections.Counter(r["text"] for r in sysm if K[r["kind"]] == t and (r["article"], r["start"], r["end"], t) not in g)
    print(t, "missed:", miss.most_common(40))
    print(t, "spurious:", spur.most_common(40))
PY
fi
