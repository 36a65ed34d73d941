#include "extractor/rules/twin_regex.h"

#include "extractor/rules/ascii_variant.h"

namespace nf {

TwinRegex::TwinRegex(const std::string& pattern, const RE2::Options& options)
    : utf8_(std::make_unique<RE2>(pattern, options)) {
  if (!utf8_->ok() || options.encoding() != RE2::Options::EncodingUTF8) return;
  std::string twin = latin1_twin(pattern);
  if (twin.empty()) return;
  RE2::Options o = options;
  o.set_encoding(RE2::Options::EncodingLatin1);
  o.set_log_errors(false);
  auto latin1 = std::make_unique<RE2>(twin, o);
  // Groups must line up one for one, or callers reading them would get other text.
  if (!latin1->ok() || latin1->NumberOfCapturingGroups() != utf8_->NumberOfCapturingGroups() ||
      latin1->NamedCapturingGroups() != utf8_->NamedCapturingGroups())
    return;
  latin1_ = std::move(latin1);
}

const RE2& TwinRegex::for_text(std::string_view text) const {
  return latin1_ && is_ascii(text) ? *latin1_ : *utf8_;
}

}  // namespace nf
