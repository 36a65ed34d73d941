// Deterministic fact ids: the same claim in the same article text always gets the same id,
// so reruns and merged databases never duplicate a fact.
//
//   f.id = nf::fact_id(content_hash, f.span, f.number);   // 32 hex digits (XXH3-128)
#pragma once
#include <string>

#include "extractor/model/text.h"

namespace nf {

std::string fact_id(const std::string& content_hash, Span span, double normalized_value);

}  // namespace nf
