#include "extractor/rules/rule_library.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "extractor/model/hash.h"
#include "extractor/rules/ascii_variant.h"
#include "extractor/rules/digit_mark.h"
#include "extractor/rules/gazetteer_json.h"
#include "extractor/rules/group_cache.h"
#include "extractor/rules/narrow_classes.h"
#include "extractor/rules/rule_gate.h"
#include "extractor/rules/thread_cpu.h"

namespace fs = std::filesystem;

namespace nf {
namespace {

// A parsed attribute template: literal text, a group, or a table lookup of a group.
struct TemplatePart {
  enum Type { Literal, Group, Lookup } type = Literal;
  std::string text;   // Literal: the text; Lookup: the table name
  int group = 0;      // Group/Lookup: capture group index (0 = whole match)
};

struct CompiledTemplate {
  std::string name;
  std::vector<TemplatePart> parts;
};

struct CompiledRule {
  std::string id;
  Kind kind = Kind::Date;
  bool filter = false;
  std::vector<Kind> filter_kinds;  // filter: the kinds it removes
  int priority = 0;
  int span_group = -1;  // index of the group named "span", -1 if none
  // 1 + the highest group that the span or a template reads: RE2 fills no more (asking for
  // the whole match only lets it answer from its DFAs alone).
  int groups_read = 1;
  // The pattern cannot tell one digit from another (digit_mark.h): group_cache folds digits.
  bool digit_blind = false;
  std::unique_ptr<RE2> re;
  std::unique_ptr<RE2> ascii_re;  // Latin-1 twin of `re` for ASCII sentences (null: none)
  // `re` with its letter, mark and number classes cut to ASCII (narrow_classes.h), for
  // sentences whose non-ASCII characters are none of those (null: none)
  std::unique_ptr<RE2> narrow_re;
  std::vector<CompiledTemplate> attrs;
};

struct SourceFile {
  std::string path;
  std::string bytes;
  pugi::xml_document doc;
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw RuleError(p.string() + ": cannot read");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A macro's country names read from iso-codes' ISO 3166-1 JSON: each country's name and
// common name as regex literals ("Kenya", "Syrian Arab Republic", "Bolivia"), not the
// inverted forms no text writes ("Korea, Republic of", "Holy See (Vatican City State)"),
// nor the names in `except`. A real source instead of a typed copy of it.
std::vector<std::string> iso_country_names(const std::string& json_path, const std::vector<std::string>& except) {
  std::vector<std::string> out;
  const std::set<std::string> skip(except.begin(), except.end());
  std::vector<JsonRecord> rows;
  try {
    rows = read_json_records(read_file(json_path), "3166-1");
  } catch (const JsonError& e) {
    throw RuleError(json_path + ": " + e.what());
  }
  for (const JsonRecord& r : rows)
    for (const char* field : {"name", "common_name"}) {
      auto it = r.find(field);
      if (it == r.end() || it->second.empty() || skip.count(it->second)) continue;
      if (it->second.find_first_of(",(") != std::string::npos) continue;
      out.push_back(RE2::QuoteMeta(it->second));
    }
  return out;
}

// ISO 4217 currencies read from iso-codes' JSON: (alpha_3 code, name) pairs, e.g. ("KZT",
// "Tenge"). `except` lines that are a code leave out that code as written ("ALL", "TOP": words
// in capitals), other lines leave out that name ("Won", "Gold": words after a number); names
// with a parenthesis are descriptions no text writes ("US Dollar (Next day)").
struct IsoCurrency {
  std::string code, name;  // name empty when left out
  bool code_kept = true;
};
std::vector<IsoCurrency> iso_currencies(const std::string& json_path, const std::vector<std::string>& except) {
  const std::set<std::string> skip(except.begin(), except.end());
  std::vector<JsonRecord> rows;
  try {
    rows = read_json_records(read_file(json_path), "4217");
  } catch (const JsonError& e) {
    throw RuleError(json_path + ": " + e.what());
  }
  std::vector<IsoCurrency> out;
  for (const JsonRecord& r : rows) {
    auto code = r.find("alpha_3"), name = r.find("name");
    if (code == r.end() || code->second.empty()) continue;
    IsoCurrency c{code->second, name == r.end() ? "" : name->second};
    c.code_kept = !skip.count(c.code);
    if (skip.count(c.name) || c.name.find('(') != std::string::npos) c.name.clear();
    out.push_back(std::move(c));
  }
  return out;
}

int line_of(const std::string& bytes, ptrdiff_t offset) {
  if (offset < 0) return 0;
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + std::min<size_t>(offset, bytes.size()), '\n'));
}

std::string where(const SourceFile& f, const pugi::xml_node& n) {
  return f.path + ":" + std::to_string(line_of(f.bytes, n.offset_debug()));
}

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// One alternative a line (blank lines and lines starting with # skipped).
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    std::string t = trim(line);
    if (!t.empty() && t[0] != '#') out.push_back(t);
  }
  return out;
}

RE2::Options regex_options() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_longest_match(true);  // the longest match at the leftmost position: no alternative ordering games
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  return o;
}

// The Latin-1 twin of a rule's regex (see ascii_variant.h), or null when it has none or its
// groups would not line up with the UTF-8 regex's.
std::unique_ptr<RE2> compile_ascii_twin(const RE2& re) {
  std::string twin = latin1_twin(re.pattern());
  if (twin.empty()) return nullptr;
  RE2::Options o = regex_options();
  o.set_encoding(RE2::Options::EncodingLatin1);
  auto ascii = std::make_unique<RE2>(twin, o);
  if (!ascii->ok() || ascii->NumberOfCapturingGroups() != re.NumberOfCapturingGroups() ||
      ascii->NamedCapturingGroups() != re.NamedCapturingGroups())
    return nullptr;
  return ascii;
}

// The narrow variant of a rule's regex (see narrow_classes.h), or null when it has none or its
// groups would not line up with the UTF-8 regex's.
std::unique_ptr<RE2> compile_narrow(const RE2& re) {
  std::string narrow = narrow_classes(re.pattern());
  if (narrow.empty()) return nullptr;
  auto out = std::make_unique<RE2>(narrow, regex_options());
  if (!out->ok() || out->NumberOfCapturingGroups() != re.NumberOfCapturingGroups() ||
      out->NamedCapturingGroups() != re.NamedCapturingGroups())
    return nullptr;
  return out;
}

// Which of a rule's regexes reads a sentence (RuleLibrary::Impl::run_rule).
enum Variant : char { kUtf8 = 0, kAscii = 1, kNarrow = 2 };

}  // namespace

std::string fold_key(std::string_view s) {
  std::string out;
  fold_key_to(s, out);
  return out;
}

void fold_key_to(std::string_view s, std::string& out) {
  out.clear();
  std::string folded;  // non-ASCII text only: ICU's case folding first
  if (!is_ascii(s)) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.foldCase();
    u.toUTF8String(folded);
    // Typographic apostrophes fold to ASCII so "Pakistan’s" and "Pakistan's" share keys.
    for (size_t p; (p = folded.find("\xE2\x80\x99")) != std::string::npos;) folded.replace(p, 3, "'");
    s = folded;
  }
  // Lower-cases ASCII (a no-op after ICU's folding) and collapses white space.
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c));
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
}

struct RuleLibrary::Impl {
  std::string dir;
  std::string hash;
  std::map<std::string, std::vector<std::string>, std::less<>> macros;  // name -> alternatives
  std::map<std::string, std::string, std::less<>> expanded;             // name -> expanded regex
  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> tables;
  std::vector<CompiledRule> rules;
  uint64_t serial = 0;  // this library's number in the process (group_cache keys)
  bool all_twins = false;  // every rule has a Latin-1 twin: ASCII sentences run the twins
  std::unique_ptr<RuleGate> gate;
  // The RE2::Set gate (match_set_gate only), compiled on first use.
  mutable std::once_flag sets_once;
  mutable std::unique_ptr<RE2::Set> set;
  mutable std::unique_ptr<RE2::Set> ascii_set;  // the twins, when every rule has one: for ASCII sentences
  std::vector<RuleExample> examples;

  // `cache` memoizes whole macros (the load passes `expanded`, for LongestFirst only).
  using Cache = std::map<std::string, std::string, std::less<>>;
  std::string expand(const std::string& pattern, const std::string& at, std::set<std::string>& stack,
                     MacroOrder order = MacroOrder::LongestFirst, Cache* cache = nullptr) const;
  std::string expand_macro(const std::string& name, const std::string& at, std::set<std::string>& stack,
                           MacroOrder order, Cache* cache) const;
  void read_definitions(const SourceFile& f);
  void read_rules(const SourceFile& f);
  void read_example(const SourceFile& f, const pugi::xml_node& n, const std::string& rule_id,
                    bool negative, const std::string& default_ref, const std::string& default_kind);
  std::vector<TemplatePart> parse_template(const std::string& tpl, const RE2& re, const std::string& at);
  void compile_sets() const;
  // Runs the rules `hits` (ascending indices) over one sentence, appending their mentions.
  void run_rules(const std::vector<int>& hits, std::string_view body, Span sentence, int sentence_index,
                 char variant, const RuleLibrary& lib, std::vector<Mention>& out) const;
  // Runs rule h over one sentence: its mentions go to `out`, a filter's spans to `filters`.
  void run_rule(int h, std::string_view body, Span sentence, int sentence_index, char variant, const RuleLibrary& lib,
                std::vector<Mention>& out, std::vector<std::pair<Span, const CompiledRule*>>& filters) const;
  // The variant of the rules' regexes for a sentence: the twins for ASCII text (when every rule
  // has one), the narrow regexes where no non-ASCII character is a letter, mark or number.
  char variant(std::string_view text) const {
    if (is_ascii(text)) return all_twins ? kAscii : kUtf8;
    return has_non_ascii_word_char(text) ? kUtf8 : kNarrow;
  }
};

std::string RuleLibrary::Impl::expand_macro(const std::string& name, const std::string& at,
                                            std::set<std::string>& stack, MacroOrder order, Cache* cache) const {
  if (cache) {
    auto done = cache->find(name);
    if (done != cache->end()) return done->second;
  }
  auto it = macros.find(name);
  if (it == macros.end()) throw RuleError(at + ": unknown macro %" + name);
  if (!stack.insert(name).second) throw RuleError(at + ": macro %" + name + " refers to itself");
  std::vector<std::string> alts = it->second;
  // Longest alternative first: under leftmost-longest matching order does not change what
  // matches, but it keeps the expanded patterns readable and stable.
  if (order == MacroOrder::LongestFirst)
    std::stable_sort(alts.begin(), alts.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = "(?:";
  for (size_t i = 0; i < alts.size(); ++i) {
    if (i) out += "|";
    out += expand(alts[i], at + " (in %" + name + ")", stack, order, cache);
  }
  out += ")";
  stack.erase(name);
  if (cache) (*cache)[name] = out;
  return out;
}

std::string RuleLibrary::Impl::expand(const std::string& pattern, const std::string& at, std::set<std::string>& stack,
                                      MacroOrder order, Cache* cache) const {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += c;
      out += pattern[++i];
      continue;
    }
    if (c != '%') {
      out += c;
      continue;
    }
    if (i + 1 < pattern.size() && pattern[i + 1] == '%') {
      out += '%';
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < pattern.size() && (std::isalnum(static_cast<unsigned char>(pattern[j])) || pattern[j] == '_')) ++j;
    if (j == i + 1) throw RuleError(at + ": '%' must start a macro name (write %% for a literal %)");
    out += expand_macro(pattern.substr(i + 1, j - i - 1), at, stack, order, cache);
    i = j - 1;
  }
  return out;
}

void RuleLibrary::Impl::read_definitions(const SourceFile& f) {
  fs::path base = fs::path(f.path).parent_path();
  for (pugi::xml_node n : f.doc.child("rules").children()) {
    std::string tag = n.name();
    if (tag != "macro" && tag != "table") continue;
    std::string name = n.attribute("name").as_string();
    if (name.empty()) throw RuleError(where(f, n) + ": <" + tag + "> without a name");
    std::string file = n.attribute("file").as_string();
    std::string content = file.empty() ? n.text().as_string() : read_file(base / file);
    if (tag == "macro") {
      if (macros.count(name)) throw RuleError(where(f, n) + ": macro %" + name + " defined twice");
      macros[name] = split_lines(content);
      if (std::string countries = n.attribute("countries").as_string(); !countries.empty()) {
        std::string except = n.attribute("except").as_string();
        for (std::string& c : iso_country_names(countries, except.empty() ? std::vector<std::string>{}
                                                                          : split_lines(read_file(base / except))))
          macros[name].push_back(std::move(c));
      }
      // keys="list.tsv": the first column of a TSV table file as literals (a table's words
      // that a pattern must also find: "emalangeni", "CFA francs").
      if (std::string keys = n.attribute("keys").as_string(); !keys.empty())
        for (const std::string& line : split_lines(read_file(base / keys)))
          macros[name].push_back(RE2::QuoteMeta(trim(line.substr(0, line.find('\t')))));
      // currencies="iso_4217.json" currency_field="name|code": ISO 4217 names (with or without a
      // plural s: "tenge", "Armenian drams") or codes as literals.
      if (std::string currencies = n.attribute("currencies").as_string(); !currencies.empty()) {
        std::string except = n.attribute("except").as_string();
        bool codes = std::string(n.attribute("currency_field").as_string()) == "code";
        for (const IsoCurrency& c : iso_currencies(currencies, except.empty() ? std::vector<std::string>{}
                                                                             : split_lines(read_file(base / except)))) {
          if (codes && c.code_kept) macros[name].push_back(RE2::QuoteMeta(c.code));
          if (!codes && !c.name.empty()) macros[name].push_back(RE2::QuoteMeta(c.name) + "s?");
        }
      }
      if (macros[name].empty()) throw RuleError(where(f, n) + ": macro %" + name + " is empty");
    } else {
      if (tables.count(name)) throw RuleError(where(f, n) + ": table " + name + " defined twice");
      auto& t = tables[name];
      if (!file.empty()) {
        int line_no = 0;
        for (const std::string& line : split_lines(content)) {
          ++line_no;
          size_t tab = line.find('\t');
          if (tab == std::string::npos)
            throw RuleError((base / file).string() + ": entry " + std::to_string(line_no) + " has no TAB: " + line);
          t[fold_key(line.substr(0, tab))] = trim(line.substr(tab + 1));
        }
      }
      for (pugi::xml_node e : n.children("entry")) t[fold_key(e.attribute("key").as_string())] = e.attribute("value").as_string();
      // currencies="iso_4217.json": each ISO 4217 code, name and name + s -> code, where the
      // file and entries (read first) have no row for it.
      if (std::string currencies = n.attribute("currencies").as_string(); !currencies.empty()) {
        std::string except = n.attribute("except").as_string();
        for (const IsoCurrency& c : iso_currencies(currencies, except.empty() ? std::vector<std::string>{}
                                                                             : split_lines(read_file(base / except)))) {
          t.emplace(fold_key(c.code), c.code);
          if (c.name.empty()) continue;
          t.emplace(fold_key(c.name), c.code);
          t.emplace(fold_key(c.name + "s"), c.code);
        }
      }
    }
  }
}

std::vector<TemplatePart> RuleLibrary::Impl::parse_template(const std::string& tpl, const RE2& re, const std::string& at) {
  std::vector<TemplatePart> parts;
  const auto& names = re.NamedCapturingGroups();
  auto group_index = [&](const std::string& g) {
    if (!g.empty() && std::all_of(g.begin(), g.end(), ::isdigit)) {
      int i = std::stoi(g);
      if (i > re.NumberOfCapturingGroups()) throw RuleError(at + ": template names group " + g + ", the pattern has fewer");
      return i;
    }
    auto it = names.find(g);
    if (it == names.end()) throw RuleError(at + ": template names group '" + g + "', the pattern has none");
    return it->second;
  };
  std::string lit;
  for (size_t i = 0; i < tpl.size(); ++i) {
    if (tpl[i] == '{' && i + 1 < tpl.size() && tpl[i + 1] == '{') {
      lit += '{';
      ++i;
      continue;
    }
    if (tpl[i] != '{') {
      lit += tpl[i];
      continue;
    }
    size_t close = tpl.find('}', i);
    if (close == std::string::npos) throw RuleError(at + ": unclosed '{' in template " + tpl);
    if (!lit.empty()) parts.push_back({TemplatePart::Literal, lit, 0});
    lit.clear();
    std::string inner = tpl.substr(i + 1, close - i - 1);
    size_t paren = inner.find('(');
    if (paren != std::string::npos && inner.back() == ')') {
      std::string table = inner.substr(0, paren);
      if (!tables.count(table)) throw RuleError(at + ": unknown table " + table);
      parts.push_back({TemplatePart::Lookup, table, group_index(inner.substr(paren + 1, inner.size() - paren - 2))});
    } else {
      parts.push_back({TemplatePart::Group, "", group_index(inner)});
    }
    i = close;
  }
  if (!lit.empty()) parts.push_back({TemplatePart::Literal, lit, 0});
  return parts;
}

void RuleLibrary::Impl::read_example(const SourceFile& f, const pugi::xml_node& n, const std::string& rule_id,
                                     bool negative, const std::string& default_ref, const std::string& default_kind) {
  RuleExample ex;
  ex.file = f.path;
  ex.line = line_of(f.bytes, n.offset_debug());
  ex.rule_id = rule_id;
  ex.negative = negative;
  ex.kind = default_kind;
  ex.ref = default_ref;
  for (pugi::xml_attribute a : n.attributes()) {
    std::string k = a.name();
    if (k == "text") ex.text = a.value();
    else if (k == "ref") ex.ref = a.value();
    else if (k == "kind") ex.kind = a.value();
    else if (k == "note") continue;
    else if (negative) throw RuleError(where(f, n) + ": a negative example takes only text, ref, kind and note");
    else ex.expect[k] = a.value();
  }
  if (ex.text.empty()) throw RuleError(where(f, n) + ": example without text");
  if (!ex.kind.empty() && !kind_from_name(ex.kind)) throw RuleError(where(f, n) + ": unknown kind " + ex.kind);
  examples.push_back(std::move(ex));
}

void RuleLibrary::Impl::read_rules(const SourceFile& f) {
  pugi::xml_node root = f.doc.child("rules");
  std::string file_ref = root.attribute("ref").as_string();
  static const std::set<std::string> reserved = {"id", "kind", "kinds", "pattern", "priority"};
  for (pugi::xml_node n : root.children()) {
    std::string tag = n.name();
    if (tag == "macro" || tag == "table" || n.type() != pugi::node_element) continue;
    if (tag == "negative" || tag == "example") {  // file-level: for matchers that are not pattern rules
      read_example(f, n, "", tag == "negative", file_ref, "");
      if (tag == "example" && examples.back().kind.empty())
        throw RuleError(where(f, n) + ": a file-level <example> needs kind=\"...\"");
      continue;
    }
    if (tag != "rule" && tag != "filter") throw RuleError(where(f, n) + ": unknown element <" + tag + ">");
    CompiledRule r;
    r.id = n.attribute("id").as_string();
    std::string at = where(f, n) + " (" + (r.id.empty() ? tag : r.id) + ")";
    if (r.id.empty()) throw RuleError(at + ": <" + tag + "> without an id");
    r.filter = tag == "filter";
    r.priority = n.attribute("priority").as_int(0);
    if (r.filter) {
      std::stringstream kinds(n.attribute("kinds").as_string());
      for (std::string k; std::getline(kinds, k, ',');) {
        auto kk = kind_from_name(trim(k));
        if (!kk) throw RuleError(at + ": unknown kind '" + trim(k) + "' in kinds");
        r.filter_kinds.push_back(*kk);
      }
      if (r.filter_kinds.empty()) throw RuleError(at + ": a filter needs kinds=\"...\"");
    } else {
      auto k = kind_from_name(n.attribute("kind").as_string());
      if (!k) throw RuleError(at + ": unknown or missing kind '" + n.attribute("kind").as_string() + "'");
      r.kind = *k;
    }
    std::string pattern = n.attribute("pattern").as_string();
    if (pattern.empty()) pattern = trim(n.child_value("pattern"));
    if (pattern.empty()) throw RuleError(at + ": no pattern");
    std::set<std::string> stack;
    std::string regex = expand(pattern, at, stack, MacroOrder::LongestFirst, &expanded);
    r.re = std::make_unique<RE2>(regex, regex_options());
    if (!r.re->ok()) throw RuleError(at + ": bad pattern: " + r.re->error());
    r.ascii_re = compile_ascii_twin(*r.re);
    r.narrow_re = compile_narrow(*r.re);
    auto span_it = r.re->NamedCapturingGroups().find("span");
    if (span_it != r.re->NamedCapturingGroups().end()) r.span_group = span_it->second;
    for (pugi::xml_attribute a : n.attributes()) {
      if (reserved.count(a.name())) continue;
      r.attrs.push_back({a.name(), parse_template(a.value(), *r.re, at + " attribute " + a.name())});
    }
    r.groups_read = 1 + std::max(r.span_group, 0);
    r.digit_blind = digit_blind(r.re->pattern());
    for (const auto& t : r.attrs)
      for (const auto& part : t.parts)
        if (part.type != TemplatePart::Literal) r.groups_read = std::max(r.groups_read, part.group + 1);
    std::string kind_name_s = r.filter ? "" : kind_name(r.kind);
    int n_examples = 0;
    for (pugi::xml_node e : n.children()) {
      std::string et = e.name();
      if (e.type() != pugi::node_element || et == "pattern") continue;
      if (et != "example" && et != "negative") throw RuleError(where(f, e) + ": unknown element <" + et + "> in a rule");
      bool neg = r.filter || et == "negative";
      if (r.filter && e.attribute("kind").empty()) {
        for (Kind k : r.filter_kinds) {  // a filter's example: none of its kinds may come out
          pugi::xml_node copy = e;
          read_example(f, copy, r.id, true, file_ref, kind_name(k));
        }
      } else {
        read_example(f, e, r.id, neg, file_ref, kind_name_s);
      }
      ++n_examples;
    }
    if (n_examples == 0) throw RuleError(at + ": every rule and filter carries at least one <example>");
    rules.push_back(std::move(r));
  }
}

RuleLibrary::RuleLibrary() : impl_(std::make_unique<Impl>()) {}
RuleLibrary::RuleLibrary(RuleLibrary&&) noexcept = default;
RuleLibrary& RuleLibrary::operator=(RuleLibrary&&) noexcept = default;
RuleLibrary::~RuleLibrary() = default;

RuleLibrary RuleLibrary::load(const std::string& dir) {
  if (!fs::is_directory(dir)) throw RuleError(dir + ": rules directory not found");
  RuleLibrary lib;
  Impl& im = *lib.impl_;
  im.dir = dir;
  static std::atomic<uint64_t> libraries{0};
  im.serial = ++libraries;
  std::vector<fs::path> all, xml;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) all.push_back(e.path());
  std::sort(all.begin(), all.end());
  Hasher hasher;
  for (const auto& p : all) {
    hasher.update(fs::relative(p, dir).generic_string());
    hasher.update(std::string(1, '\0'));
    hasher.update(read_file(p));
    if (p.extension() == ".xml") xml.push_back(p);
  }
  im.hash = hasher.hex();
  std::vector<std::unique_ptr<SourceFile>> files;
  for (const auto& p : xml) {
    auto f = std::make_unique<SourceFile>();
    f->path = p.string();
    f->bytes = read_file(p);
    pugi::xml_parse_result res = f->doc.load_buffer(f->bytes.data(), f->bytes.size());
    if (!res)
      throw RuleError(f->path + ":" + std::to_string(line_of(f->bytes, res.offset)) + ": " + res.description());
    if (!f->doc.child("rules")) throw RuleError(f->path + ": root element must be <rules>");
    files.push_back(std::move(f));
  }
  for (const auto& f : files) im.read_definitions(*f);
  for (const auto& f : files) im.read_rules(*f);

  im.all_twins = std::all_of(im.rules.begin(), im.rules.end(), [](const CompiledRule& r) { return r.ascii_re != nullptr; });
  std::vector<std::string> patterns;
  for (const auto& r : im.rules) patterns.push_back(r.re->pattern());
  try {
    im.gate = std::make_unique<RuleGate>(patterns, regex_options());
  } catch (const std::exception& e) {
    throw RuleError(std::string("the rule gate: ") + e.what());
  }
  return lib;
}

void RuleLibrary::Impl::compile_sets() const {
  // One automaton of every rule at once (the reference gate of tests and bench_rules, never the
  // extraction path): it needs more room than any single rule's 64 MB.
  RE2::Options set_options = regex_options();
  set_options.set_max_mem(256 << 20);
  set = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
  for (const auto& r : rules) {
    std::string err;
    if (set->Add(r.re->pattern(), &err) < 0) throw RuleError(r.id + ": cannot add to the rule set: " + err);
  }
  if (!set->Compile()) throw RuleError("the rule set is too large to compile");
  // The twins' set, same indices; without a twin for every rule, every sentence takes the UTF-8 path.
  if (all_twins) {
    RE2::Options o = set_options;
    o.set_encoding(RE2::Options::EncodingLatin1);
    ascii_set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
    for (const auto& r : rules)
      if (ascii_set->Add(r.ascii_re->pattern(), nullptr) < 0) {
        ascii_set.reset();
        break;
      }
    if (ascii_set && !ascii_set->Compile()) ascii_set.reset();
  }
}

void RuleLibrary::match(std::string_view body, Span sentence, int sentence_index, std::vector<Mention>& out) const {
  const Impl& im = *impl_;
  std::string_view text = body.substr(sentence.start, sentence.size());
  thread_local std::vector<int> hits;  // scratch, reused from call to call
  im.gate->candidates(text, hits);
  if (hits.empty()) return;
  // Pure ASCII (most sentences of English news): the Latin-1 twins, same results, less work.
  im.run_rules(hits, body, sentence, sentence_index, im.variant(text), *this, out);
}

void RuleLibrary::match_set_gate(std::string_view body, Span sentence, int sentence_index, std::vector<Mention>& out) const {
  const Impl& im = *impl_;
  std::string_view text = body.substr(sentence.start, sentence.size());
  std::vector<int> hits = candidates(text, true);  // compiles the sets on first use
  if (hits.empty()) return;
  // The reference path: no narrow regexes (every non-ASCII sentence reads the UTF-8 ones).
  im.run_rules(hits, body, sentence, sentence_index, im.ascii_set && is_ascii(text) ? kAscii : kUtf8, *this, out);
}

std::vector<int> RuleLibrary::candidates(std::string_view sentence, bool set_gate) const {
  const Impl& im = *impl_;
  std::vector<int> hits;
  if (!set_gate) {
    im.gate->candidates(sentence, hits);
    return hits;
  }
  std::call_once(im.sets_once, [&] { im.compile_sets(); });
  bool ascii = im.ascii_set && is_ascii(sentence);
  (ascii ? im.ascii_set : im.set)->Match(re2::StringPiece(sentence.data(), sentence.size()), &hits);
  std::sort(hits.begin(), hits.end());
  return hits;
}

std::string RuleLibrary::gate_summary() const {
  const RuleGate& g = *impl_->gate;
  return std::to_string(impl_->rules.size()) + " rules and filters, " + std::to_string(g.atoms()) + " atoms, " +
         std::to_string(g.ungated()) + " rules without atoms (" + std::to_string(g.digit_gated()) + " of them need a digit), " +
         std::to_string(std::count_if(impl_->rules.begin(), impl_->rules.end(), [](const CompiledRule& r) { return r.digit_blind; })) +
         " digit-blind";
}

namespace {

// Drops the mentions from out[first_new] on that a filter's span overlaps, for the filter's kinds.
void apply_filters(std::vector<Mention>& out, size_t first_new, const std::vector<std::pair<Span, const CompiledRule*>>& filters) {
  if (filters.empty()) return;
  auto filtered = [&](const Mention& m) {
    for (const auto& [span, f] : filters)
      if (span.overlaps(m.span) && std::find(f->filter_kinds.begin(), f->filter_kinds.end(), m.kind) != f->filter_kinds.end())
        return true;
    return false;
  };
  out.erase(std::remove_if(out.begin() + first_new, out.end(), filtered), out.end());
}

}  // namespace

void RuleLibrary::Impl::run_rules(const std::vector<int>& hits, std::string_view body, Span sentence, int sentence_index,
                                  char variant, const RuleLibrary& lib, std::vector<Mention>& out) const {
  thread_local std::vector<std::pair<Span, const CompiledRule*>> filters;
  size_t first_new = out.size();
  filters.clear();
  for (int h : hits) run_rule(h, body, sentence, sentence_index, variant, lib, out, filters);
  apply_filters(out, first_new, filters);
}

void RuleLibrary::Impl::run_rule(int h, std::string_view body, Span sentence, int sentence_index, char variant,
                                 const RuleLibrary& lib, std::vector<Mention>& out,
                                 std::vector<std::pair<Span, const CompiledRule*>>& filters) const {
  re2::StringPiece text(body.data() + sentence.start, sentence.size());
  thread_local std::vector<re2::StringPiece> groups;
  const CompiledRule& r = rules[h];
  if (variant == kNarrow && !r.narrow_re) variant = kUtf8;
  const RE2& re = variant == kAscii ? *r.ascii_re : variant == kNarrow ? *r.narrow_re : *r.re;
  int ngroups = r.groups_read;
  groups.assign(ngroups, re2::StringPiece());
  size_t pos = 0;
  // One cache id per compiled regex: this library, the rule's index, which of its three programs.
  const uint64_t regex_id = (serial << 32) | (static_cast<uint64_t>(h) * 3 + static_cast<uint64_t>(variant));
  while (pos <= text.size() && match_cached(re, regex_id, r.digit_blind, text, pos, groups.data(), ngroups)) {
    const re2::StringPiece& whole = groups[0];
    size_t mstart = whole.data() - text.data(), mend = mstart + whole.size();
    pos = whole.empty() ? mend + 1 : mend;
    const re2::StringPiece& sp = (r.span_group >= 0 && groups[r.span_group].data()) ? groups[r.span_group] : whole;
    if (sp.empty()) continue;
    Span span{sentence.start + (sp.data() - text.data()), sentence.start + (sp.data() - text.data()) + sp.size()};
    if (r.filter) {
      filters.push_back({span, &r});
      continue;
    }
    Mention m;
    m.kind = r.kind;
    m.span = span;
    m.rule = r.id;
    m.sentence = sentence_index;
    m.priority = r.priority;
    m.attrs.reserve(r.attrs.size());
    bool ok = true;
    for (const auto& t : r.attrs) {
      std::string v;
      for (const auto& part : t.parts) {
        if (part.type == TemplatePart::Literal) {
          v += part.text;
          continue;
        }
        const re2::StringPiece& g = groups[part.group];
        if (part.type == TemplatePart::Group) {
          v.append(g.data() ? g.data() : "", g.size());
          continue;
        }
        if (!g.data()) continue;  // group did not take part: lookup of nothing is nothing
        const std::string* hit = lib.lookup(part.text, std::string_view(g.data(), g.size()));
        if (!hit) {
          ok = false;
          break;
        }
        v += *hit;
      }
      if (!ok) break;
      m.attrs.emplace_back(t.name, std::move(v));
    }
    if (ok) out.push_back(std::move(m));
  }
}

void RuleLibrary::match_batch(const std::vector<SentenceRef>& sentences, RuleCosts* costs) const {
  const Impl& im = *impl_;
  // Scratch, reused from call to call: each sentence's candidates, then (rule, sentence) pairs
  // in rule order; each sentence's mentions and filter spans until they are appended in order.
  thread_local std::vector<std::vector<int>> hits;
  thread_local std::vector<std::pair<int, int>> work;
  thread_local std::vector<std::vector<Mention>> found;
  thread_local std::vector<std::vector<std::pair<Span, const CompiledRule*>>> filters;
  thread_local std::vector<char> variant;  // each sentence's variant of the regexes
  thread_local std::vector<size_t> first;  // rule -> its first slot in `work`
  size_t n = sentences.size(), rules = im.rules.size();
  if (hits.size() < n) hits.resize(n), found.resize(n), filters.resize(n);
  variant.assign(n, kUtf8);
  first.assign(rules + 1, 0);
  for (size_t k = 0; k < n; ++k) {
    const SentenceRef& s = sentences[k];
    std::string_view text = s.body.substr(s.sentence.start, s.sentence.size());
    im.gate->candidates(text, hits[k]);
    if (!hits[k].empty()) variant[k] = im.variant(text);
    for (int h : hits[k]) ++first[h + 1];
  }
  // Rule by rule: one rule's automata stay in the caches over the whole batch. The (rule,
  // sentence) pairs in ascending order, placed by counting (as std::sort would order them:
  // sentences are visited in order), which costs less than sorting them.
  for (size_t h = 0; h < rules; ++h) first[h + 1] += first[h];
  work.resize(first[rules]);
  for (size_t k = 0; k < n; ++k)
    for (int h : hits[k]) work[first[h]++] = {h, static_cast<int>(k)};
  for (size_t k = 0; k < n; ++k) found[k].clear(), filters[k].clear();
  if (costs) {
    costs->seconds.resize(rules), costs->runs.resize(rules), costs->matched.resize(rules);
  }
  double started = costs ? thread_cpu_seconds() : 0;
  for (size_t w = 0; w < work.size(); ++w) {
    const auto [h, k] = work[w];
    const SentenceRef& s = sentences[k];
    size_t before = found[k].size() + filters[k].size();
    im.run_rule(h, s.body, s.sentence, s.index, variant[k], *this, found[k], filters[k]);
    if (!costs) continue;
    ++costs->runs[h];
    costs->matched[h] += found[k].size() + filters[k].size() > before;
    if (w + 1 == work.size() || work[w + 1].first != h) {  // the rule's last run in this batch
      double now = thread_cpu_seconds();
      costs->seconds[h] += now - started;
      started = now;
    }
  }
  for (size_t k = 0; k < n; ++k) {
    apply_filters(found[k], 0, filters[k]);
    std::vector<Mention>& out = *sentences[k].out;
    for (Mention& m : found[k]) out.push_back(std::move(m));
  }
}

const std::string* RuleLibrary::lookup(std::string_view table, std::string_view key) const {
  auto t = impl_->tables.find(table);
  if (t == impl_->tables.end()) return nullptr;
  thread_local std::string folded;  // scratch: no allocation per lookup
  fold_key_to(key, folded);
  auto it = t->second.find(folded);
  return it == t->second.end() ? nullptr : &it->second;
}

bool RuleLibrary::has_table(std::string_view table) const { return impl_->tables.count(table) > 0; }

const std::map<std::string, std::string, std::less<>>& RuleLibrary::table(std::string_view name) const {
  auto t = impl_->tables.find(name);
  if (t == impl_->tables.end()) throw RuleError("no table named " + std::string(name));
  return t->second;
}

const std::vector<std::string>& RuleLibrary::list(std::string_view macro) const {
  auto it = impl_->macros.find(macro);
  if (it == impl_->macros.end()) throw RuleError("no macro named " + std::string(macro));
  return it->second;
}

std::string RuleLibrary::expand_macros(const std::string& pattern, MacroOrder order) const {
  std::set<std::string> stack;
  return impl_->expand(pattern, "pattern " + pattern, stack, order);
}

const std::vector<RuleExample>& RuleLibrary::examples() const { return impl_->examples; }

std::vector<std::string> RuleLibrary::rule_ids() const {
  std::vector<std::string> ids;
  for (const auto& r : impl_->rules) ids.push_back(r.id);
  return ids;
}

std::string RuleLibrary::directory() const { return impl_->dir; }
std::string RuleLibrary::content_hash() const { return impl_->hash; }

namespace {
int family(Kind k) {
  if (is_temporal(k) || is_numeric(k)) return 0;
  return 1 + static_cast<int>(k);
}
}  // namespace

void resolve_overlaps(std::vector<Mention>& mentions) {
  std::vector<size_t> order(mentions.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Mention& x = mentions[a];
    const Mention& y = mentions[b];
    if (x.span.size() != y.span.size()) return x.span.size() > y.span.size();
    if (x.span.start != y.span.start) return x.span.start < y.span.start;
    if (x.priority != y.priority) return x.priority > y.priority;
    return x.rule < y.rule;
  });
  // Indices and compact (family, span) pairs: the clash test reads no Mention, nothing moves twice.
  struct Taken {
    int family;
    Span span;
  };
  std::vector<size_t> kept;
  std::vector<Taken> taken;
  for (size_t i : order) {
    const Mention& m = mentions[i];
    int f = family(m.kind);
    bool clash = std::any_of(taken.begin(), taken.end(), [&](const Taken& k) { return k.family == f && k.span.overlaps(m.span); });
    if (clash) continue;
    kept.push_back(i);
    taken.push_back({f, m.span});
  }
  // std::sort on the indices makes the same comparisons and moves as on the mentions themselves,
  // so ties come out in the same order as before.
  std::sort(kept.begin(), kept.end(), [&](size_t a, size_t b) {
    const Span& x = mentions[a].span;
    const Span& y = mentions[b].span;
    return x.start != y.start ? x.start < y.start : x.end < y.end;
  });
  std::vector<Mention> out;
  out.reserve(kept.size());
  for (size_t i : kept) out.push_back(std::move(mentions[i]));
  mentions = std::move(out);
}

}  // namespace nf
