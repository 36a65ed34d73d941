// NewsML-G2: a newsItem, or a newsMessage holding several, each with an inline body and, from
// contentMeta, its headline, dates and dateline (or located place).
#include "extractor/ingest/html_reader.h"
#include "extractor/ingest/metadata_dateline.h"
#include "extractor/ingest/published_date.h"
#include "extractor/ingest/xml_readers.h"
#include "extractor/ingest/xml_util.h"

namespace nf {
namespace {

void read_item(const pugi::xml_node& item, int index, const XmlSource& src, const ArticleSink& sink,
               const RecordProblem& problem) {
  pugi::xml_node item_meta = xml::child(item, "itemMeta");
  pugi::xml_node content_meta = xml::child(item, "contentMeta");
  pugi::xml_node content_set = xml::child(item, "contentSet");
  Article a;
  a.source = src.source;
  a.format = "newsml";
  a.id = item.attribute("guid").value();
  if (a.id.empty()) a.id = src.stem + (index > 1 ? "#" + std::to_string(index) : "");
  a.title = xml::text(xml::child(content_meta, "headline"));
  for (const char* field : {"contentCreated", "firstCreated", "versionCreated"}) {
    pugi::xml_node meta = std::string(field) == "contentCreated" ? content_meta : item_meta;
    if (!(a.published = normalize_published(xml::text(xml::child(meta, field)))).empty()) break;
  }
  for (pugi::xml_node link : xml::children(item_meta, "link"))
    if (std::string(link.attribute("rel").value()).find("canonical") != std::string::npos || a.url.empty())
      a.url = link.attribute("href").value();
  if (pugi::xml_node inline_xml = xml::child(content_set, "inlineXML")) {
    pugi::xml_node body = xml::descendant(inline_xml, "body");
    a.body = html_fragment_text(xml::inner_markup(body ? body : inline_xml));
  } else if (pugi::xml_node inline_data = xml::child(content_set, "inlineData")) {
    a.body = xml::text(inline_data);
  }
  if (a.body.empty()) {
    problem(xml::line_of(src.bytes, item.offset_debug()), "newsItem " + a.id + " has no inline text");
    return;
  }
  std::string dateline = xml::text(xml::child(content_meta, "dateline"));
  std::string located = xml::text(xml::child(xml::child(content_meta, "located"), "name"));
  if (!dateline.empty() || !located.empty()) attach_metadata_dateline(a, dateline, located, "");
  sink(std::move(a));
}

}  // namespace

void read_newsml(const pugi::xml_document& doc, const XmlSource& src, const ArticleSink& sink, const RecordProblem& problem) {
  pugi::xml_node root = doc.document_element();
  if (xml::local_name(root.name()) == "newsItem") {
    read_item(root, 1, src, sink, problem);
    return;
  }
  int index = 0;
  for (pugi::xml_node set : xml::children(root, "itemSet"))
    for (pugi::xml_node item : xml::children(set, "newsItem")) read_item(item, ++index, src, sink, problem);
  if (index == 0) problem(xml::line_of(src.bytes, root.offset_debug()), "newsMessage holds no newsItem");
}

}  // namespace nf
