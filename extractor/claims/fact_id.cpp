#include "extractor/claims/fact_id.h"

#include "extractor/model/hash.h"
#include "extractor/model/mention.h"

namespace nf {

std::string fact_id(const std::string& content_hash, Span span, double normalized_value) {
  Hasher h;
  h.update("fact\x1f");
  h.update(content_hash);
  h.update("\x1f" + std::to_string(span.start) + "\x1f" + std::to_string(span.end) + "\x1f");
  h.update(format_number(normalized_value));
  return h.hex();
}

}  // namespace nf
