// A dateline the dateline reader did not recognise: a body that opens on a place followed by a
// comma, a bracket or a dash ("Bogota, Mar 5 (EFE).-", "New Delhi, May 30 (PTI) At least ...").
// The claim finders treat its place like a dateline's (the story's country, not a claim's place)
// and leave its date out (the day of filing, not of the events).
//
//   nf::OpeningDateline od = nf::opening_dateline(ctx, mentions);
//   if (od.place >= 0 && m.span.overlaps(od.span)) { /* part of the dateline */ }
#pragma once
#include <vector>

#include "extractor/model/mention.h"
#include "extractor/normalize/context.h"

namespace nf {

struct OpeningDateline {
  int place = -1;  // the location mention that opens the body; -1: none (or the reader found one)
  Span span;       // the place, a date right after it and a bracketed agency
};

OpeningDateline opening_dateline(const ArticleContext& ctx, const std::vector<Mention>& mentions);

}  // namespace nf
