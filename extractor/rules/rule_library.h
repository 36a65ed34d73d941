// The rules: patterns, macros, tables and examples read from the XML files of a rules
// directory, compiled once per process with RE2. Read-only after load: share one
// RuleLibrary between threads.
//
//   nf::RuleLibrary lib = nf::RuleLibrary::load("rules");
//   std::vector<nf::Mention> raw = lib.match(body, sentence_span, sentence_index);
//
// File format (any *.xml below the directory, read in path order; see rules/README.md):
//
//   <rules>
//     <macro name="month">January|February|...</macro>        %month in a pattern -> (?:January|...)
//     <macro name="month_abbr" file="lists/month_abbr.txt"/>  one alternative a line
//     <macro name="country" countries="/usr/share/iso-codes/json/iso_3166-1.json"
//            except="lists/not_countries.txt" file="lists/more_countries.txt"/>
//                                                             ISO 3166-1 names and common names as
//                                                             literals, less `except`, plus `file`
//     <table name="month_num" file="tables/month_num.tsv"/>   key<TAB>value a line, keys folded
//     <table name="unit"><entry key="weeks" value="W"/></table>
//     <rule id="date.month_name" kind="date" priority="0"
//           pattern="(?i)\bin (?P<span>%month)\b" value="UNDEF-year-{month_num(span)}">
//       <example text="in April" ref="2025-04-23" value="2025-04" span="April"/>
//     </rule>
//     <filter id="filter.product_numbers" kinds="count,date" pattern="\bBoeing \d+">
//       <example text="a Boeing 737"/>                          a filter's examples must yield no
//     </filter>                                                 mention of its kinds
//     <negative text="May I help?" kind="date"/>              no mention of that kind (any kind if absent)
//     <example text="in Balochistan" kind="location" value="Balochistan" admin1="PK-BA"/>
//                                                             file-level positive, for matchers that are
//                                                             not pattern rules (gazetteer, claims)
//   </rules>
//
// A rule's other attributes are templates: `{name}` is named group `name` (or `{2}`, group 2),
// `{table(name)}` looks the group's folded text up in a table (no entry: no mention). A group
// named `span` sets the mention's span; otherwise the whole match is the span.
#pragma once
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/model/mention.h"

namespace nf {

struct RuleError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// An example carried by a rule file: text in, expected fields out (or, for negatives, nothing).
struct RuleExample {
  std::string file;       // rule file, for messages
  int line = 0;
  std::string rule_id;    // the enclosing rule or filter, "" for file-level negatives
  bool negative = false;  // true: no mention of `kind` (any kind when empty) may come out
  std::string text;
  std::string ref;        // reference date, YYYY-MM-DD ("" = none)
  std::string kind;       // expected kind ("" = the rule's kind)
  std::map<std::string, std::string> expect;  // field -> expected printed value (see mention_fields)
};

// Case-folds and collapses runs of white space; trailing periods dropped. Used for table keys.
std::string fold_key(std::string_view s);
// The same into `out` (cleared first): reuses its capacity, so a scratch string makes it
// allocation-free on ASCII text.
void fold_key_to(std::string_view s, std::string& out);

// How a macro's alternatives are joined: longest first (the mention rules, which match
// leftmost-longest, where the order does not change what matches), or in the order written
// (for leftmost-first matchers, where the order is part of the meaning).
enum class MacroOrder { LongestFirst, AsWritten };

class RuleLibrary {
 public:
  // Reads and compiles every *.xml below dir. Throws RuleError naming file, line and reason.
  static RuleLibrary load(const std::string& dir);

  RuleLibrary(RuleLibrary&&) noexcept;
  RuleLibrary& operator=(RuleLibrary&&) noexcept;
  ~RuleLibrary();

  // Raw mentions of the pattern rules in one sentence (filters applied, overlaps NOT resolved).
  // Only the rules that RuleGate lets through are run (the literal words or digit they need).
  void match(std::string_view body, Span sentence, int sentence_index, std::vector<Mention>& out) const;
  // One sentence for match_batch: its mentions are appended to *out, as match() would.
  struct SentenceRef {
    std::string_view body;
    Span sentence;
    int index = 0;
    std::vector<Mention>* out = nullptr;
  };
  // match() for many sentences (of one or more articles) at once, with the same results in the
  // same order (appended to each sentence's `out` in the order of `sentences`), but run rule by
  // rule over the batch instead of sentence by sentence: on text they have not seen, the rules'
  // automata are bound by cache misses, and a rule run over many sentences in a row finds its
  // states in the caches.
  // Per-rule cost of match_batch calls, for bench_rules --rule-times (indexed like rule_ids()).
  struct RuleCosts {
    std::vector<double> seconds;   // thread CPU time of the rule's runs
    std::vector<size_t> runs;      // sentences the gate let through to it
    std::vector<size_t> matched;   // runs that gave at least one mention
  };
  // `costs` (optional) adds each rule's thread CPU time, runs and matches; results do not change.
  void match_batch(const std::vector<SentenceRef>& sentences, RuleCosts* costs = nullptr) const;
  // The same mentions, with the rules picked by one RE2::Set of every rule (the gate before
  // RuleGate; compiled on first use): for the test that both gates agree and for bench_rules.
  void match_set_gate(std::string_view body, Span sentence, int sentence_index, std::vector<Mention>& out) const;
  // The rules (indices into rule_ids()) that a gate lets through for one sentence: RuleGate,
  // or with set_gate the RE2::Set (exactly the rules that match). For tests and bench_rules.
  std::vector<int> candidates(std::string_view sentence, bool set_gate) const;
  // What the gate read from the rules, one line (atoms, rules no atom gates, digit-gated), and
  // how many rules are digit-blind (their groups cached with digits folded: group_cache.h).
  std::string gate_summary() const;

  // Table lookup for other stages (normalizers, claims): nullptr when absent.
  const std::string* lookup(std::string_view table, std::string_view key) const;
  bool has_table(std::string_view table) const;
  // A whole table (folded key -> value); throws RuleError when it does not exist.
  const std::map<std::string, std::string, std::less<>>& table(std::string_view name) const;
  // A macro's alternatives, as written (for stages that build their own matchers).
  const std::vector<std::string>& list(std::string_view macro) const;
  // A pattern with its %name macros expanded as the rules expand theirs (%% is a literal %).
  // Throws RuleError for an unknown or self-referring macro.
  std::string expand_macros(const std::string& pattern, MacroOrder order) const;

  const std::vector<RuleExample>& examples() const;
  std::vector<std::string> rule_ids() const;
  std::string directory() const;
  // Hash of every rule file's path and bytes: identifies the rules in the `runs` table.
  std::string content_hash() const;

 private:
  RuleLibrary();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Keeps the best of overlapping mentions within each family (temporal+numeric values; each
// entity kind on its own): longer span first, then earlier start, then higher priority,
// then lower rule order. Output sorted by start, then end.
void resolve_overlaps(std::vector<Mention>& mentions);

}  // namespace nf
