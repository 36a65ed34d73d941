// The subcommands of `newsfacts`. Each lives in its own file (tools/cli/cmd_NAME.cpp),
// takes the arguments after its name, prints its own --help, and returns the exit status.
//
//   newsfacts extract --jsonl corpus/   ->   cmd_extract({"--jsonl", "corpus/"})
#pragma once
#include <string>
#include <vector>

namespace nf::cli {

using Args = std::vector<std::string>;

int cmd_extract(const Args& args);  // articles -> SQLite or JSON lines (cmd_extract.cpp)
int cmd_facts(const Args& args);    // filtered facts (cmd_facts.cpp)
int cmd_trace(const Args& args);    // one fact back to its article, sentence and repeats (cmd_trace.cpp)
int cmd_series(const Args& args);   // time series, CSV or SVG (cmd_series.cpp)
int cmd_report(const Args& args);   // static HTML report (cmd_report.cpp)

}  // namespace nf::cli
