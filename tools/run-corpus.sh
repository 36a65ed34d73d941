#!/usr/bin/env bash
# The main job in one command: installs the Debian packages, builds newsfacts, extracts every
# article of corpus/ into a SQLite database and prints what was found and where it is.
#
#   tools/run-corpus.sh                        # corpus/ -> newsfacts-corpus.db
#   NEWSFACTS_DB=x.db tools/run-corpus.sh my/articles/ feed.xml
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
db="${NEWSFACTS_DB:-$root/newsfacts-corpus.db}"
if [ $# -gt 0 ]; then inputs=("$@"); else inputs=("$root/corpus"); fi

"$root/tools/install-deps.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build "$root/build" -j"$(nproc)"

status=0
"$root/build/newsfacts" extract --db "$db" "${inputs[@]}" || status=$?

echo
echo "== mentions by kind"
sqlite3 -column -header "$db" \
  "SELECT kind, count(*) AS mentions, count(DISTINCT value) AS distinct_values FROM mentions GROUP BY kind ORDER BY mentions DESC"
echo
echo "== facts (count claims): value, unit, event, time, place, source"
sqlite3 -column -header "$db" \
  "SELECT a.article_id AS article, f.text, f.bound, f.unit, f.predicate, f.time, f.location, f.source
     FROM facts f JOIN articles a ON a.id = f.article ORDER BY a.article_id, f.start LIMIT 40"
echo
echo "database: $db  (articles: $(sqlite3 "$db" 'SELECT count(*) FROM articles'), facts: $(sqlite3 "$db" 'SELECT count(*) FROM facts'))"
echo "next: $root/build/newsfacts facts --db $db   |   $root/build/newsfacts report --db $db --out report/"
exit "$status"
