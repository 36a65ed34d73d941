// newsfacts: turns news articles into a SQLite table of count claims (DESIGN.md).
// This file only dispatches to the subcommands in tools/cli/cmd_*.cpp.
#include <cstring>
#include <iostream>

#include "tools/cli/commands.h"

namespace {

struct Command {
  const char* name;
  int (*run)(const nf::cli::Args&);
  const char* summary;
};

const Command kCommands[] = {
    {"extract", nf::cli::cmd_extract, "read articles and store their mentions and facts (SQLite or JSON lines)"},
    {"facts", nf::cli::cmd_facts, "list stored facts, filtered by source, country, predicate, kind, dates"},
    {"trace", nf::cli::cmd_trace, "show where one fact comes from and which articles repeat it"},
    {"series", nf::cli::cmd_series, "time series of facts by day, week, month or year (CSV or SVG)"},
    {"report", nf::cli::cmd_report, "write a static HTML report of articles, mentions and facts"},
};

void usage(std::ostream& out) {
  out << "usage: newsfacts COMMAND [OPTIONS] ...\n\n"
         "newsfacts reads news articles and writes the claims they make (how many, of what, when,\n"
         "where, according to whom) into a SQLite fact table, each value linked to its span.\n\n"
         "commands:\n";
  for (const Command& c : kCommands) out << "  " << c.name << std::string(10 - std::strlen(c.name), ' ') << c.summary << "\n";
  out << "\n  newsfacts COMMAND --help   options of one command\n"
         "  newsfacts --version        program version\n"
         "\nenvironment:\n"
         "  NEWSFACTS_RULES            rules directory when --rules is not given (default: "
      << NEWSFACTS_DEFAULT_RULES << ")\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage(std::cerr);
    return 2;
  }
  std::string first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    usage(std::cout);
    return 0;
  }
  if (first == "--version") {
    std::cout << "newsfacts " << NEWSFACTS_VERSION << "\n";
    return 0;
  }
  for (const Command& c : kCommands)
    if (first == c.name) return c.run(nf::cli::Args(argv + 2, argv + argc));
  std::cerr << "newsfacts: unknown command '" << first << "' (see newsfacts --help)\n";
  return 2;
}
