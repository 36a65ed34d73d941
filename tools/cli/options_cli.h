// Option parsing shared by the commands that read the database (facts, trace, series, report):
// one parser, one set of filters, one place that validates their values.
//
//   nf::cli::Options o = nf::cli::parse_options(args, {"--db", "--country", "--format"}, {"table", "csv", "json"});
//   if (o.help) { print_help(); return 0; }      // a bad value throws nf::cli::CliError{2, "..."}
//
// Errors are thrown as CliError (exit status + one line); run_command() turns them into the
// message on stderr and the status, so every command reports them the same way.
#pragma once
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "tools/cli/commands.h"

namespace nf::cli {

// Exit statuses of the query commands.
constexpr int kExitNotFound = 1;  // missing database file, unknown fact id, not a newsfacts database
constexpr int kExitUsage = 2;     // bad option, malformed value

struct CliError : std::runtime_error {
  int status;
  CliError(int status_, const std::string& message) : std::runtime_error(message), status(status_) {}
};

// Which date a filter or a series uses: the fact's own time interval, or the article's date.
enum class TimeBasis { Fact, Published };

// Filters on facts; empty = no filter. Values are validated and normalized by parse_options.
struct FactFilters {
  std::string source;     // agency the fact is attributed to (case-insensitive; "X" matches "X (PK)")
  std::string article;    // substring of the article's id, source path or URL
  std::string country;    // ISO 3166-1 alpha-2 (matches its admin1 codes too) or ISO 3166-2 code
  std::string predicate;  // event lemma, case-insensitive
  std::string kind;       // kind of the quantity mention: count, percent, money, quantity
  std::string unit;       // counted noun, case-insensitive
  std::string from;       // YYYY-MM-DD (a YYYY or YYYY-MM given on the command line is widened)
  std::string to;         // YYYY-MM-DD, inclusive
  TimeBasis time = TimeBasis::Fact;
};

struct Options {
  bool help = false;
  std::string db;                  // --db FILE (default newsfacts.db)
  FactFilters filters;
  std::string format;              // --format
  std::string by;                  // --by day|week|month|year
  std::string measure = "facts";   // --measure facts|sum|max
  std::string spanning = "skip";   // --spanning skip|start
  std::string out;                 // --out DIR
  std::optional<long> limit;       // --limit N
  std::vector<std::string> positional;
};

// Parses `args`, accepting only the options in `allowed` (plus --help/-h) and, for --format,
// only the values in `formats` (the first one is the default). Throws CliError{2, ...}.
Options parse_options(const Args& args, const std::vector<std::string>& allowed,
                      const std::vector<std::string>& formats = {});

// Validators, exposed for the commands' own checks. Each throws CliError{2, ...}.
std::string normalize_date_bound(const std::string& text, bool upper_end, const char* option);
bool is_valid_iso_date(const std::string& ymd);
// Upper-cased code if it is an ISO 3166-1 alpha-2 or ISO 3166-2 code (iso-codes data), else "".
std::string known_country_code(const std::string& code);

// Runs `body`, turning CliError and database errors into "newsfacts NAME: message" on stderr
// and their exit status.
int run_command(const char* name, const std::function<int()>& body);

}  // namespace nf::cli
