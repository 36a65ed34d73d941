// The country a people's word names ("Afghans", "Zambian", "Somali", "Tajiks" -> AF, ZM, SO, TJ), read from
// the places' geo_demonym table: the one lookup the claim finders share for a place mention
// tagged on a demonym, for the demonyms of a sentence and for those of a whole story. A demonym
// before a language noun of claim_demonym_language_noun ("its Spanish initials") names a language
// and is passed over by each().
//
//   nf::DemonymReader demonyms(rules);
//   if (const std::string* cc = demonyms.country("Zambian")) ...  // "ZM"
//   demonyms.each(ctx.body, tokens, 0, tokens.size(), [&](const Token& t, const std::string& cc) { ... });
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "extractor/claims/lexicon.h"
#include "extractor/claims/word_table.h"
#include "extractor/model/text.h"

namespace nf {

class RuleLibrary;

class DemonymReader {
 public:
  explicit DemonymReader(const RuleLibrary& rules)
      : table_(rules, "geo_demonym"), language_nouns_(macro_words(rules, "claim_demonym_language_noun")) {}
  // The ISO 3166-1 alpha-2 code the word names; nullptr when it names no one country.
  // A plural the table lacks names what its singular does ("Tajiks", "Nepalis").
  const std::string* country(std::string_view text) const {
    const std::string* c = table_.find(text);
    if (!c && text.size() > 4 && text.back() == 's' && text[text.size() - 2] != 's') c = table_.find(text.substr(0, text.size() - 1));
    return c && c->size() == 2 ? c : nullptr;
  }
  // Calls f(token, code) for every capitalized word token in [from, to) that names a country
  // (not a language: "Spanish initials").
  template <typename F>
  void each(std::string_view body, const std::vector<Token>& tokens, size_t from, size_t to, F&& f) const {
    for (size_t i = from; i < to && i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      if (!t.is(kTokWord) || !t.is(kTokUpper)) continue;
      if (i + 1 < tokens.size() && tokens[i + 1].is(kTokWord) &&
          language_nouns_.count(ascii_lower(tokens[i + 1].text(body))))
        continue;
      if (const std::string* c = country(body.substr(t.start, t.end - t.start))) f(t, *c);
    }
  }

 private:
  WordTable table_;
  WordSet language_nouns_;  // lower case
};

}  // namespace nf
