// An article as read by ingest: metadata plus the body text that every offset indexes.
//
//   nf::Article a;
//   a.id = "000_ab4a5320d3b9f4a3";
//   a.body = "Islamabad 23, Apr , 2025: Afghans leave Pakistan ...";
//
// The body is stored once and never changed after ingest (DESIGN.md: the document owns the text).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "extractor/model/text.h"

namespace nf {

struct Dateline {
  bool found = false;
  std::string place;  // as written ("Islamabad", "KABUL")
  std::string date;   // TIMEX3 date (YYYY-MM-DD, or with X for unknown parts), "" when none
  std::string wire;   // wire credit such as "Reuters", "AP"; "" when none
  Span span;          // the whole dateline, e.g. "Islamabad 23, Apr , 2025:"
  Span place_span;    // the place name inside it
  Span date_span;     // its date ("June 17", "4 mai"), empty when undated
};

struct Article {
  std::string id;         // stable id: file stem, feed guid, or JSON id
  std::string source;     // path, "-" for stdin, or feed URL
  std::string url;        // canonical URL where known
  std::string title;      // "" when unknown
  std::string published;  // YYYY-MM-DD where known, else ""
  std::string format;     // "text", "jsonl", "html", "rss", "atom", "nitf", "newsml"
  std::string body;       // the story text; offsets index these bytes
  Dateline dateline;      // filled by the dateline reader (extractor/ingest/dateline)
  size_t input_bytes = 0; // bytes of input it was read from (its share of a feed), for progress
};

}  // namespace nf
