#!/bin/sh
# Scores newsfacts' temporal mentions on a TIMEX3 dataset (TempEval-3 measures):
# each document is extracted with its creation date (dct.tsv) as its reference date (given as
# the published date of a JSON-lines input, so one process reads the whole dataset), and score_timex.py compares them with gold.jsonl.
#
#   tools/eval/timex_eval.sh timebank                 # dataset under $DATASETS (default /work/shared/datasets)
#   tools/eval/timex_eval.sh meantime-timex --errors 30
#   NEWSFACTS=build-x/newsfacts RULES=rules tools/eval/timex_eval.sh timebank
#   tools/eval/timex_eval.sh timebank --categories    # then the errors grouped by category
#                                                     # (tools/eval/timex_errors.py)
#   TEXTS=corpus tools/eval/timex_eval.sh tests/data/timex_heldout
#       # a folder path (with a '/'): gold.jsonl, dct.tsv and docs.txt there, the texts in TEXTS
#       # (the stranger-written held-out stories of corpus/080-099, TIMEX3 gold by a third stranger)
#
# Environment: NEWSFACTS (the program, default build-temporal/newsfacts), RULES (rules dir,
# default: the program's own), DATASETS, TEXTS (folder of the .txt files, default the dataset's),
# OUT (where the combined JSON lines go).
set -eu
dataset=${1:?usage: timex_eval.sh DATASET [--categories] [score_timex.py options]}
shift
categories=""
for a in "$@"; do
  shift
  if [ "$a" = "--categories" ]; then categories=yes; else set -- "$@" "$a"; fi
done
here=$(cd "$(dirname "$0")/../.." && pwd)
DATASETS=${DATASETS:-/work/shared/datasets}
NEWSFACTS=${NEWSFACTS:-$here/build-temporal/newsfacts}
case $dataset in */*) dir=$dataset ;; *) dir=$DATASETS/$dataset ;; esac
TEXTS=${TEXTS:-$dir}
OUT=${OUT:-${TMPDIR:-/tmp}/newsfacts-timex-$(basename "$dataset").jsonl}
rules_opt=""
if [ -n "${RULES:-}" ]; then rules_opt="--rules $RULES"; fi

# One process for the whole dataset: a JSON-lines input with each document's text, its id
# and its creation date as the published date (the reference date of its relative
# expressions). Offsets are the same as in the .txt files: the body is the file's bytes.
python3 - "$dir" "$TEXTS" >"$OUT.in" <<'PY'
import json, os, sys
d, texts = sys.argv[1], sys.argv[2]
for line in open(os.path.join(d, "dct.tsv"), encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    path = os.path.join(texts, parts[0] + ".txt")
    if len(parts) >= 2 and os.path.exists(path):
        text = open(path, encoding="utf-8").read()
        print(json.dumps({"id": parts[0], "text": text, "published": parts[1]}, ensure_ascii=False))
PY
# shellcheck disable=SC2086
"$NEWSFACTS" extract --jsonl --quiet --jobs "${JOBS:-1}" $rules_opt "$OUT.in" >"$OUT"
python3 "$DATASETS/score_timex.py" "$dir/gold.jsonl" "$OUT" --name "$(basename "$dataset")" "$@"
if [ -n "$categories" ]; then python3 "$here/tools/eval/timex_errors.py" "$dir" "$OUT" 20; fi
