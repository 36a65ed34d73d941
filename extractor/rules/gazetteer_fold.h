// Folding of names for gazetteer keys: lower case, no diacritics, typographic apostrophes as
// ASCII, so "Côte d’Ivoire", "COTE D'IVOIRE" and "Cote d'Ivoire" share one key.
//
//   nf::fold_token("Pakistan’s") == "pakistan's"
//   nf::fold_phrase("Khyber  Pakhtunkhwa") == "khyber pakhtunkhwa"   // tokens joined by one space
//
// fold_phrase tokenizes with the pipeline's own tokenizer, so keys built from data and keys
// built from article tokens agree. Thread-safe.
#pragma once
#include <string>
#include <string_view>

namespace nf {

std::string fold_token(std::string_view token);
std::string fold_phrase(std::string_view phrase);

}  // namespace nf
