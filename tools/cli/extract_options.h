// The command line of `newsfacts extract`, parsed and checked before anything is opened,
// so that a bad option or a missing path fails without leaving a database behind.
//
//   nf::cli::ExtractOptions o;
//   std::string error = nf::cli::parse_extract_options({"--jsonl", "corpus/"}, o);  // "" = fine
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "tools/cli/commands.h"

namespace nf::cli {

struct ExtractCommand {
  bool help = false;
  bool jsonl = false;
  std::string db = "newsfacts.db";
  std::string reference_date;  // YYYY-MM-DD or ""
  std::string rules;           // "" = NEWSFACTS_RULES, else the compiled-in default
  bool quiet = false;
  unsigned jobs = 0;           // 0 = every core
  size_t max_bytes = 16u << 20;
  std::vector<std::string> paths;
};

// Returns "" when the arguments are good, else a one-line reason naming the bad argument.
std::string parse_extract_options(const Args& args, ExtractCommand& out);

// The text of `newsfacts extract --help`.
const char* extract_help();

}  // namespace nf::cli
