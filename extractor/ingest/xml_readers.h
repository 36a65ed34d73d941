// Article readers for the XML formats, one function per format, over a parsed pugixml document:
// RSS 2.0 and 1.0 (feed_reader.cpp), Atom (feed_reader.cpp), NITF 3.x (nitf_reader.cpp) and
// NewsML-G2 newsItem / newsMessage (newsml_reader.cpp).
//
//   nf::XmlSource src{bytes, "feeds/world.xml", "world"};
//   nf::read_rss(doc, src, [&](nf::Article&& a) { ... }, [&](int line, std::string why) { ... });
//
// Each article's body is the item's text (HTML turned into lines by html_fragment_text), so
// offsets index that stored text. Ids: guid / id / doc-id, else the link, else "stem#N".
#pragma once
#include <pugixml.hpp>

#include <functional>
#include <string>
#include <string_view>

#include "extractor/model/article.h"

namespace nf {

struct XmlSource {
  std::string_view bytes;  // the file as parsed (for line numbers)
  std::string source;      // path or "-"
  std::string stem;        // file stem, for ids of items that have none
};

using ArticleSink = std::function<void(Article&&)>;
// A record that could not be read: its line in the file and why.
using RecordProblem = std::function<void(int line, const std::string& reason)>;

void read_rss(const pugi::xml_document& doc, const XmlSource& src, const ArticleSink& sink, const RecordProblem& problem);
void read_atom(const pugi::xml_document& doc, const XmlSource& src, const ArticleSink& sink, const RecordProblem& problem);
void read_nitf(const pugi::xml_document& doc, const XmlSource& src, const ArticleSink& sink, const RecordProblem& problem);
void read_newsml(const pugi::xml_document& doc, const XmlSource& src, const ArticleSink& sink, const RecordProblem& problem);

}  // namespace nf
