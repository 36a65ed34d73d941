// The dateline that a feed gives as metadata (NITF body.head/dateline, NewsML-G2
// contentMeta/dateline or located) rather than in the story text.
//
//   nf::attach_metadata_dateline(article, "KABUL, March 3", "KABUL", "2025-03-03");
//   // article.body now begins "KABUL, March 3\n", article.dateline spans it
//
// When the story text does not open with that place, the dateline text becomes the body's
// first line, so that it has a span like any dateline (offsets index the stored body). The
// pipeline's dateline reader reads that line again; when it cannot (a bare place name), the
// article keeps this dateline.
#pragma once
#include <string>

#include "extractor/model/article.h"

namespace nf {

// text: the dateline as written ("" = the place alone); place: the place name ("" = the text
// up to its first comma); date: YYYY-MM-DD or "".
void attach_metadata_dateline(Article& article, std::string text, std::string place, const std::string& date);

}  // namespace nf
