// Runs every example that the rule files carry (rules/**/*.xml): text and reference date in,
// expected mention fields out; negatives must produce no mention of their kind.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "extractor/rules/rule_library.h"
#include "tests/test_support.h"

namespace {

std::map<std::string, std::string> printed_fields(const nf::Mention& m, const std::string& body) {
  std::map<std::string, std::string> out;
  for (const nf::Field& f : nf::mention_fields(m)) out[f.name] = f.type == nf::Field::Null ? "null" : f.str;
  out["span"] = std::string(m.text(body));
  return out;
}

std::string describe(const nf::ArticleResult& r, const std::string& body) {
  std::string s;
  for (const nf::Mention& m : r.mentions) {
    s += "  [" + std::string(m.text(body)) + "]";
    for (const auto& [k, v] : printed_fields(m, body))
      if (v != "null" && k != "span") s += " " + k + "=" + v;
    s += "\n";
  }
  return s.empty() ? "  (no mentions)\n" : s;
}

// A mention satisfies an example when its kind matches and every expected field matches.
bool satisfies(const nf::Mention& m, const nf::RuleExample& ex, const std::string& body) {
  if (!ex.kind.empty() && ex.kind != nf::kind_name(m.kind)) return false;
  auto fields = printed_fields(m, body);
  for (const auto& [k, v] : ex.expect) {
    auto it = fields.find(k);
    if (it == fields.end() ? v != "null" : it->second != v) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("rule file examples: positives produce their mention, negatives produce none", "[rules]") {
  const auto& lib = nf::test::extractor().rules();
  int positives = 0, negatives = 0, failed = 0;
  for (const nf::RuleExample& ex : lib.examples()) {
    nf::ArticleResult r = nf::test::run_text(ex.text, ex.ref);
    bool ok;
    if (ex.negative) {
      ++negatives;
      ok = std::none_of(r.mentions.begin(), r.mentions.end(),
                        [&](const nf::Mention& m) { return ex.kind.empty() || ex.kind == nf::kind_name(m.kind); });
    } else {
      ++positives;
      ok = std::any_of(r.mentions.begin(), r.mentions.end(), [&](const nf::Mention& m) { return satisfies(m, ex, ex.text); });
    }
    if (!ok) {
      ++failed;
      std::string want;
      for (const auto& [k, v] : ex.expect) want += " " + k + "=" + v;
      FAIL_CHECK(ex.file << ":" << ex.line << ": " << (ex.negative ? "negative " : "") << "example \"" << ex.text
                         << "\" (ref " << ex.ref << ", rule " << ex.rule_id << ", kind " << ex.kind << ")"
                         << (ex.negative ? "" : " wants" + want) << "\n got:\n"
                         << describe(r, ex.text));
    }
  }
  INFO(positives << " positive and " << negatives << " negative examples, " << failed << " failed");
  CHECK(positives > 0);
}

TEST_CASE("every rule is exercised: one of its examples yields a mention with its id", "[rules]") {
  const auto& lib = nf::test::extractor().rules();
  std::set<std::string> exercised;
  std::set<std::string> filters_seen;
  for (const nf::RuleExample& ex : lib.examples()) {
    if (ex.rule_id.empty()) continue;
    if (ex.negative) {
      filters_seen.insert(ex.rule_id);  // filters (and negative-only rules) are exercised by negatives
      continue;
    }
    for (const nf::Mention& m : nf::test::run_text(ex.text, ex.ref).mentions)
      if (m.rule == ex.rule_id) exercised.insert(m.rule);
  }
  for (const std::string& id : lib.rule_ids()) {
    INFO("rule " << id);
    CHECK((exercised.count(id) > 0 || filters_seen.count(id) > 0));
  }
}
