// A regex compiled twice: as written (UTF-8) and as its Latin-1 twin (ascii_variant.h), for
// code outside the rule library that runs its own RE2 patterns over article text (the claim
// finders). On pure-ASCII text the twin matches exactly what the UTF-8 regex matches, with the
// same groups, under any RE2 options, but its program is far smaller (\p{Lu} is two byte
// ranges), so its DFA builds fewer, smaller states on new text.
//
//   nf::TwinRegex re("^\\s*\\p{Lu}\\w+ said", RE2::Quiet);
//   if (!re.ok()) throw ...re.error()...;
//   RE2::PartialMatch(piece(text), re.for_text(text));   // the twin when `text` is ASCII
#pragma once
#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>

namespace nf {

class TwinRegex {
 public:
  explicit TwinRegex(const std::string& pattern, const RE2::Options& options = RE2::Options());
  bool ok() const { return utf8_->ok(); }
  const std::string& error() const { return utf8_->error(); }
  const RE2& utf8() const { return *utf8_; }
  // The regex to run over `text`: the Latin-1 twin when there is one and `text` is all ASCII.
  const RE2& for_text(std::string_view text) const;
  // Same, when the caller already knows whether the text is ASCII.
  const RE2& for_ascii(bool ascii) const { return ascii && latin1_ ? *latin1_ : *utf8_; }
  bool has_twin() const { return latin1_ != nullptr; }

 private:
  std::unique_ptr<RE2> utf8_, latin1_;
};

}  // namespace nf
