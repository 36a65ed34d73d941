// `newsfacts facts`: the stored facts, filtered, as a terminal table, CSV or JSON lines.
#include <iostream>

#include "tools/cli/commands.h"
#include "tools/cli/options_cli.h"
#include "tools/cli/query_db.h"
#include "tools/cli/query_format.h"

namespace nf::cli {
namespace {

const char* const kHelp =
    "usage: newsfacts facts [--db FILE] [FILTERS] [--format table|csv|json] [--limit N]\n"
    "\n"
    "Lists the stored facts (count claims) with their article and span, oldest article first.\n"
    "\n"
    "  --db FILE          the database (default newsfacts.db), opened read-only\n"
    "  --format F         table (default; aligned, long cells cut with …, ids shortened to 12\n"
    "                     characters: `newsfacts trace` takes the prefix), csv (RFC 4180, with a\n"
    "                     header), json (JSON lines: DESIGN.md's fact record plus id, text, kind)\n"
    "  --limit N          at most N facts\n"
    "filters (all optional, combined with AND; values are bound, never pasted into SQL):\n"
    "  --source NAME      agency the fact is attributed to, case-insensitive; 'Interior Ministry'\n"
    "                     also matches 'Interior Ministry (PK)'\n"
    "  --article TEXT     article whose id, source path or URL contains TEXT\n"
    "  --country CC       fact location in country CC (ISO 3166-1 alpha-2; PK also matches its\n"
    "                     provinces, e.g. PK-BA), or exactly one ISO 3166-2 code (PK-BA)\n"
    "  --predicate P      event lemma (return, die, detain, ...)\n"
    "  --kind K           kind of the quantity: count, percent, money, quantity\n"
    "  --unit U           counted noun (individuals, cases, ...)\n"
    "  --from DATE        DATE is YYYY-MM-DD, YYYY-MM or YYYY; keeps facts whose time interval\n"
    "  --to DATE          overlaps [from, to] (facts without a time are left out)\n"
    "  --time fact|published  filter --from/--to on the fact's time (default) or the article date\n"
    "\n"
    "exit status: 0 ok (also when nothing matches), 1 database not found, 2 bad option or value\n"
    "example: newsfacts facts --db facts.db --country PK --from 2025-04 --format csv\n";

std::string bound_mark(const FactRow& f) {
  if (f.bound == "lower") return ">";
  if (f.bound == "upper") return "<";
  if (f.bound == "approx") return "~";
  return "";
}

void write_table_format(const std::vector<FactRow>& facts) {
  std::vector<std::vector<std::string>> rows;
  for (const FactRow& f : facts) {
    std::string value = bound_mark(f) + number_text(f.value);
    if (f.bound == "range") value = number_text(f.lower) + "-" + number_text(f.upper);
    rows.push_back({f.id.substr(0, 12), f.article_id, std::to_string(f.start) + "-" + std::to_string(f.end), value, f.unit,
                    f.predicate, f.time, f.location, f.source, f.text});
  }
  write_table(std::cout, {"id prefix", "article", "span", "value", "unit", "predicate", "time", "where", "source", "text"},
              rows, {12, 18, 0, 14, 16, 12, 12, 6, 24, 40});
  std::cout << facts.size() << (facts.size() == 1 ? " fact" : " facts") << "\n";
}

void write_csv(const std::vector<FactRow>& facts) {
  std::cout << "id,article,article_source,url,title,published,start,end,cstart,cend,text,kind,value,bound,lower,upper,"
               "unit,predicate,time,time_begin,time_end,location,source\r\n";
  for (const FactRow& f : facts) {
    const std::vector<std::string> cells = {
        f.id, f.article_id, f.article_source, f.article_url, f.article_title, f.published,
        std::to_string(f.start), std::to_string(f.end), std::to_string(f.cstart), std::to_string(f.cend),
        f.text, f.kind, number_text(f.value), f.bound, number_text(f.lower), number_text(f.upper),
        f.unit, f.predicate, f.time, f.time_begin, f.time_end, f.location, f.source};
    for (size_t i = 0; i < cells.size(); ++i) std::cout << (i ? "," : "") << csv_field(cells[i]);
    std::cout << "\r\n";
  }
}

void write_json(SQLite::Database& db, const std::vector<FactRow>& facts) {
  for (const FactRow& f : facts) {
    std::cout << "{\"record\":\"fact\",\"id\":" << json_string(f.id) << ",\"article\":" << json_string(f.article_id)
              << ",\"start\":" << f.start << ",\"end\":" << f.end << ",\"cstart\":" << f.cstart
              << ",\"cend\":" << f.cend << ",\"text\":" << json_string(f.text)
              << ",\"kind\":" << json_string_or_null(f.kind) << ",\"value\":" << json_number(f.value)
              << ",\"bound\":" << json_string_or_null(f.bound) << ",\"lower\":" << json_number(f.lower)
              << ",\"upper\":" << json_number(f.upper) << ",\"unit\":" << json_string_or_null(f.unit)
              << ",\"predicate\":" << json_string_or_null(f.predicate) << ",\"time\":" << json_string_or_null(f.time)
              << ",\"time_begin\":" << json_string_or_null(f.time_begin)
              << ",\"time_end\":" << json_string_or_null(f.time_end)
              << ",\"location\":" << json_string_or_null(f.location)
              << ",\"source\":" << json_string_or_null(f.source) << ",\"args\":[";
    bool first = true;
    for (const FactArgRow& a : load_fact_args(db, f.id)) {
      std::cout << (first ? "" : ",") << "{\"role\":" << json_string(a.role) << ",\"start\":" << a.start
                << ",\"end\":" << a.end << "}";
      first = false;
    }
    std::cout << "]}\n";
  }
}

}  // namespace

int cmd_facts(const Args& args) {
  return run_command("facts", [&] {
    Options o = parse_options(args,
                              {"--db", "--source", "--article", "--country", "--predicate", "--kind", "--unit",
                               "--from", "--to", "--time", "--format", "--limit"},
                              {"table", "csv", "json"});
    if (o.help) {
      std::cout << kHelp;
      return 0;
    }
    if (!o.positional.empty()) throw CliError(kExitUsage, "unexpected argument '" + o.positional[0] + "' (see --help)");
    SQLite::Database db = open_database(o.db);
    std::vector<FactRow> facts = load_facts(db, o.filters, o.limit);
    if (o.format == "csv")
      write_csv(facts);
    else if (o.format == "json")
      write_json(db, facts);
    else
      write_table_format(facts);
    return 0;
  });
}

}  // namespace nf::cli
