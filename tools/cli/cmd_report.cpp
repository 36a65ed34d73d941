// `newsfacts report`: a static HTML report (index + one page per article) that opens from disk.
#include <iostream>

#include "tools/cli/commands.h"
#include "tools/cli/options_cli.h"
#include "tools/cli/query_db.h"
#include "tools/cli/report_pages.h"

namespace nf::cli {
namespace {

const char* const kHelp =
    "usage: newsfacts report [--db FILE] --out DIR\n"
    "\n"
    "Writes a static HTML report that opens from disk (no server, no scripts, no other files):\n"
    "  DIR/index.html        every article (with its counts of mentions and facts), every fact,\n"
    "                        and a chart of the facts per month of their own time\n"
    "  DIR/article-N.html    one page per article: its text with every mention highlighted as\n"
    "                        <mark class=\"kind-KIND\" title=\"normalized value\">, boilerplate\n"
    "                        greyed, and its facts, each linked to the spans of its arguments and\n"
    "                        to the other articles that state the same claim\n"
    "Everything taken from the database is HTML-escaped. Pages of an earlier report in DIR\n"
    "are replaced (article-N.html pages this run does not write are removed; nothing else).\n"
    "\n"
    "  --db FILE   the database (default newsfacts.db), opened read-only\n"
    "  --out DIR   where to write (created if needed)\n"
    "\n"
    "exit status: 0 ok, 1 database not found or DIR not writable, 2 bad option\n"
    "example: newsfacts report --db facts.db --out report && xdg-open report/index.html\n";

}  // namespace

int cmd_report(const Args& args) {
  return run_command("report", [&] {
    Options o = parse_options(args, {"--db", "--out"});
    if (o.help) {
      std::cout << kHelp;
      return 0;
    }
    if (!o.positional.empty()) throw CliError(kExitUsage, "unexpected argument '" + o.positional[0] + "' (see --help)");
    if (o.out.empty()) throw CliError(kExitUsage, "--out DIR is required");
    SQLite::Database db = open_database(o.db);
    ReportStats s = write_report(db, o.out);
    std::cerr << "newsfacts report: wrote " << o.out << "/index.html and " << s.articles << " article pages ("
              << s.mentions << " mentions, " << s.facts << " facts)\n";
    return 0;
  });
}

}  // namespace nf::cli
