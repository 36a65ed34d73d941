#include "extractor/claims/fact_id.h"

#include "extractor/model/hash.h"
#include "extractor/model/mention.h"

namespace nf {

std::string fact_id(const std::string& content_hash, Span span, double normalized_value) {
  // The bytes hashed are fixed (ids are stored keys): "fact", the article's hash, start, end
  // and the value, each after a 0x1F. XXH3 gives the same value for them in one piece as
  // streamed, and one piece needs no heap-allocated hashing state.
  std::string bytes = "fact\x1f";
  bytes += content_hash;
  bytes += '\x1f';
  bytes += std::to_string(span.start);
  bytes += '\x1f';
  bytes += std::to_string(span.end);
  bytes += '\x1f';
  bytes += format_number(normalized_value);
  return nf::content_hash(bytes);
}

}  // namespace nf
