#include "tools/cli/extract_options.h"

#include <cctype>
#include <cstdlib>

namespace nf::cli {
namespace {

bool is_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  int month = std::atoi(s.substr(5, 2).c_str()), day = std::atoi(s.substr(8, 2).c_str());
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool parse_size(const std::string& s, size_t& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  if (s.size() > 15) return false;
  out = std::strtoull(s.c_str(), nullptr, 10);
  return true;
}

}  // namespace

const char* extract_help() {
  return "usage: newsfacts extract [--db FILE | --jsonl] [OPTIONS] PATH...\n"
         "\n"
         "Reads articles and stores their mentions (dates, durations, counts, places, agencies)\n"
         "and count facts, each linked to its byte span, in a SQLite database or as JSON lines.\n"
         "PATH is a file, a directory (read recursively, in sorted order) or - for standard input.\n"
         "Formats are told from the content: plain text, JSON lines (id, url, title, published,\n"
         "text), HTML, RSS, Atom, NITF, NewsML-G2; UTF-8 (bad bytes replaced, with a warning),\n"
         "UTF-16 or UTF-32 (converted). newsfacts' own --jsonl output is refused as input.\n"
         "\n"
         "options:\n"
         "  --db FILE               SQLite database to write (default newsfacts.db); created if missing.\n"
         "                          An article whose text is already stored is not stored again.\n"
         "  --jsonl                 write JSON lines (article, mention, fact records) to standard\n"
         "                          output instead, in input order whatever --jobs is\n"
         "  --reference-date DATE   YYYY-MM-DD to resolve relative dates against when an article has\n"
         "                          neither a published date nor a dated dateline\n"
         "  --rules DIR             rules directory (default: $NEWSFACTS_RULES, else the rules/ of\n"
         "                          the source tree this program was built from)\n"
         "  --jobs N                extraction threads (default: every core); one writer\n"
         "  --max-bytes N           refuse articles larger than N bytes (default 16777216)\n"
         "  --quiet                 no progress line and no summary on standard error\n"
         "  -h, --help              this text\n"
         "\n"
         "Standard output carries records only. Each bad input (missing, unreadable, binary, empty,\n"
         "malformed, too large) is one line on standard error naming the file (and line) and the\n"
         "reason, invalid UTF-8 a warning; the rest of the batch goes on. On a terminal a progress\n"
         "line shows articles, MB, rate and ETA; a summary follows at the end.\n"
         "\n"
         "exit status: 0 every input was read; 1 some input failed (the others were processed);\n"
         "2 bad command line, none of the paths exists, rules or database that cannot be opened\n(nothing done).\n";
}

std::string parse_extract_options(const Args& args, ExtractCommand& o) {
  bool db_given = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i];
    std::string inline_value;
    bool has_inline = false;
    if (a.size() > 2 && a[0] == '-' && a[1] == '-') {
      size_t eq = a.find('=');
      if (eq != std::string::npos) {
        inline_value = a.substr(eq + 1);
        a = a.substr(0, eq);
        has_inline = true;
      }
    }
    auto value = [&](std::string& v) -> bool {
      if (has_inline) {
        v = inline_value;
        return true;
      }
      if (i + 1 >= args.size()) return false;
      v = args[++i];
      return true;
    };
    auto flag = [&]() { return !has_inline; };
    std::string v;
    if (a == "-h" || a == "--help") {
      o.help = true;
    } else if (a == "--jsonl" && flag()) {
      o.jsonl = true;
    } else if (a == "--quiet" && flag()) {
      o.quiet = true;
    } else if (a == "--db") {
      if (!value(v) || v.empty()) return "option --db needs a file name";
      o.db = v;
      db_given = true;
    } else if (a == "--reference-date") {
      if (!value(v)) return "option --reference-date needs a date (YYYY-MM-DD)";
      if (!is_date(v)) return "option --reference-date: '" + v + "' is not a date (YYYY-MM-DD)";
      o.reference_date = v;
    } else if (a == "--rules") {
      if (!value(v) || v.empty()) return "option --rules needs a directory";
      o.rules = v;
    } else if (a == "--jobs" || a == "-j") {
      size_t n = 0;
      if (!value(v) || !parse_size(v, n) || n == 0 || n > 1024)
        return "option --jobs needs a number of threads (1-1024)";
      o.jobs = static_cast<unsigned>(n);
    } else if (a == "--max-bytes") {
      size_t n = 0;
      if (!value(v) || !parse_size(v, n) || n == 0) return "option --max-bytes needs a positive number of bytes";
      o.max_bytes = n;
    } else if (a == "--") {
      for (++i; i < args.size(); ++i) o.paths.push_back(args[i]);
    } else if (a.size() > 1 && a[0] == '-') {
      return "unknown option '" + args[i] + "' (see newsfacts extract --help)";
    } else {
      o.paths.push_back(a);
    }
  }
  if (o.help) return "";
  if (o.jsonl && db_given) return "--db and --jsonl exclude each other";
  if (o.paths.empty()) return "no input: give files, directories or - (see newsfacts extract --help)";
  return "";
}

}  // namespace nf::cli
