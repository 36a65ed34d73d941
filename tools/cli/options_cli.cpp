// Option parsing and validation shared by facts, trace, series and report (options_cli.h).
#include "tools/cli/options_cli.h"

#include <SQLiteCpp/Exception.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace nf::cli {
namespace {

const char* const kIso3166_1 = "/usr/share/iso-codes/json/iso_3166-1.json";
const char* const kIso3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json";

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Every string value of `key` in an iso-codes JSON file ("alpha_2": "PK" -> PK).
std::set<std::string> iso_codes(const char* path, const std::string& key) {
  std::set<std::string> codes;
  std::ifstream in(path);
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  const std::string needle = "\"" + key + "\"";
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    size_t open = text.find('"', text.find(':', at + needle.size()));
    if (open == std::string::npos) break;
    size_t close = text.find('"', open + 1);
    if (close == std::string::npos) break;
    codes.insert(text.substr(open + 1, close - open - 1));
  }
  return codes;
}

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

const std::vector<std::string> kValueOptions = {
    "--db", "--source", "--article", "--country", "--predicate", "--kind", "--unit", "--from", "--to",
    "--format", "--by", "--measure", "--time", "--spanning", "--out", "--limit"};

void check_choice(const std::string& option, const std::string& value, const std::vector<std::string>& choices) {
  if (std::find(choices.begin(), choices.end(), value) != choices.end()) return;
  std::string list;
  for (const std::string& c : choices) list += (list.empty() ? "" : "|") + c;
  throw CliError(kExitUsage, option + " must be one of " + list + ", not '" + value + "'");
}

void set_option(Options& o, const std::string& name, const std::string& value, const std::vector<std::string>& formats) {
  FactFilters& f = o.filters;
  if (name == "--db") {
    o.db = value;
  } else if (name == "--source") {
    f.source = value;
  } else if (name == "--article") {
    f.article = value;
  } else if (name == "--country") {
    f.country = upper(value);
    bool shape = (f.country.size() == 2 && std::isalpha(static_cast<unsigned char>(f.country[0])) &&
                  std::isalpha(static_cast<unsigned char>(f.country[1]))) ||
                 (f.country.size() > 3 && f.country.size() <= 6 && f.country[2] == '-');
    if (!shape)
      throw CliError(kExitUsage, "--country wants an ISO 3166-1 alpha-2 code (PK) or an ISO 3166-2 code (PK-BA), not '" +
                                     value + "'");
  } else if (name == "--predicate") {
    f.predicate = lower(value);
  } else if (name == "--kind") {
    f.kind = lower(value);
    check_choice(name, f.kind, {"count", "percent", "money", "quantity"});
  } else if (name == "--unit") {
    f.unit = lower(value);
  } else if (name == "--from") {
    f.from = normalize_date_bound(value, false, "--from");
  } else if (name == "--to") {
    f.to = normalize_date_bound(value, true, "--to");
  } else if (name == "--format") {
    check_choice(name, value, formats);
    o.format = value;
  } else if (name == "--by") {
    check_choice(name, value, {"day", "week", "month", "year"});
    o.by = value;
  } else if (name == "--measure") {
    check_choice(name, value, {"facts", "sum", "max"});
    o.measure = value;
  } else if (name == "--time") {
    check_choice(name, value, {"fact", "published"});
    f.time = value == "published" ? TimeBasis::Published : TimeBasis::Fact;
  } else if (name == "--spanning") {
    check_choice(name, value, {"skip", "start"});
    o.spanning = value;
  } else if (name == "--out") {
    o.out = value;
  } else if (name == "--limit") {
    if (!all_digits(value) || value.size() > 9) throw CliError(kExitUsage, "--limit wants a number, not '" + value + "'");
    o.limit = std::stol(value);
  }
}

}  // namespace

bool is_valid_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  std::string y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return false;
  int mi = std::stoi(m), di = std::stoi(d);
  return mi >= 1 && mi <= 12 && di >= 1 && di <= days_in_month(std::stoi(y), mi);
}

std::string normalize_date_bound(const std::string& text, bool upper_end, const char* option) {
  const std::string bad = std::string(option) + " wants a date YYYY-MM-DD, YYYY-MM or YYYY, not '" + text + "'";
  if (text.size() == 4 && all_digits(text)) return text + (upper_end ? "-12-31" : "-01-01");
  if (text.size() == 7 && text[4] == '-' && all_digits(text.substr(0, 4)) && all_digits(text.substr(5))) {
    int y = std::stoi(text.substr(0, 4)), m = std::stoi(text.substr(5));
    if (m < 1 || m > 12) throw CliError(kExitUsage, bad);
    if (!upper_end) return text + "-01";
    return text + "-" + std::to_string(days_in_month(y, m));
  }
  if (!is_valid_iso_date(text)) throw CliError(kExitUsage, bad);
  return text;
}

std::string known_country_code(const std::string& code) {
  static const std::set<std::string> alpha2 = iso_codes(kIso3166_1, "alpha_2");
  static const std::set<std::string> subdivisions = iso_codes(kIso3166_2, "code");
  std::string c = upper(code);
  return alpha2.count(c) || subdivisions.count(c) ? c : "";
}

Options parse_options(const Args& args, const std::vector<std::string>& allowed, const std::vector<std::string>& formats) {
  Options o;
  o.db = "newsfacts.db";
  if (!formats.empty()) o.format = formats.front();
  for (const std::string& a : args)
    if (a == "--help" || a == "-h") {
      o.help = true;  // help wins over anything else on the line
      return o;
    }
  for (size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i];
    if (a.size() < 2 || a[0] != '-' || a == "-") {
      o.positional.push_back(a);
      continue;
    }
    std::string value;
    bool inline_value = false;
    if (size_t eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
      value = a.substr(eq + 1);
      a = a.substr(0, eq);
      inline_value = true;
    }
    bool known = std::find(kValueOptions.begin(), kValueOptions.end(), a) != kValueOptions.end();
    if (!known || std::find(allowed.begin(), allowed.end(), a) == allowed.end())
      throw CliError(kExitUsage, "unknown option '" + a + "' (see --help)");
    if (!inline_value) {
      if (i + 1 >= args.size()) throw CliError(kExitUsage, a + " needs a value");
      value = args[++i];
    }
    set_option(o, a, value, formats);
  }
  const FactFilters& f = o.filters;
  if (!f.from.empty() && !f.to.empty() && f.from > f.to)
    throw CliError(kExitUsage, "--from " + f.from + " is after --to " + f.to);
  return o;
}

int run_command(const char* name, const std::function<int()>& body) {
  try {
    return body();
  } catch (const CliError& e) {
    std::cerr << "newsfacts " << name << ": " << e.what() << "\n";
    return e.status;
  } catch (const SQLite::Exception& e) {
    std::cerr << "newsfacts " << name << ": database error: " << e.what() << "\n";
    return kExitNotFound;
  } catch (const std::exception& e) {
    std::cerr << "newsfacts " << name << ": " << e.what() << "\n";
    return kExitNotFound;
  }
}

}  // namespace nf::cli
