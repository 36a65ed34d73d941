// NITF 3.x documents: one article (hedline, date.publication, dateline, body.content paragraphs).
#include "extractor/ingest/html_reader.h"
#include "extractor/ingest/metadata_dateline.h"
#include "extractor/ingest/published_date.h"
#include "extractor/ingest/xml_readers.h"
#include "extractor/ingest/xml_util.h"

namespace nf {

void read_nitf(const pugi::xml_document& doc, const XmlSource& src, const ArticleSink& sink, const RecordProblem& problem) {
  pugi::xml_node nitf = doc.document_element();
  pugi::xml_node head = xml::child(nitf, "head");
  pugi::xml_node body = xml::child(nitf, "body");
  pugi::xml_node docdata = xml::child(head, "docdata");
  Article a;
  a.source = src.source;
  a.format = "nitf";
  a.id = xml::child(docdata, "doc-id").attribute("id-string").value();
  if (a.id.empty()) a.id = nitf.attribute("uno").value();
  if (a.id.empty()) a.id = src.stem;
  a.title = xml::text(xml::descendant(xml::child(body, "body.head"), "hl1"));
  if (a.title.empty()) a.title = xml::text(xml::child(head, "title"));
  for (std::string d : {std::string(xml::child(head, "pubdata").attribute("date.publication").value()),
                        std::string(xml::child(docdata, "date.issue").attribute("norm").value()),
                        std::string(xml::child(docdata, "date.release").attribute("norm").value())})
    if (!(a.published = normalize_published(d)).empty()) break;
  a.url = xml::child(head, "pubdata").attribute("ex-ref").value();
  pugi::xml_node content = xml::child(body, "body.content");
  a.body = html_fragment_text(xml::inner_markup(content));
  if (a.body.empty()) {
    problem(xml::line_of(src.bytes, (content ? content : nitf).offset_debug()), "NITF document has no body.content text");
    return;
  }
  if (pugi::xml_node dl = xml::descendant(xml::child(body, "body.head"), "dateline")) {
    pugi::xml_node location = xml::descendant(dl, "location");
    pugi::xml_node city = xml::descendant(location, "city");
    attach_metadata_dateline(a, xml::text(dl), xml::text(city ? city : location),
                             normalize_published(xml::descendant(dl, "story.date").attribute("norm").value()));
  }
  sink(std::move(a));
}

}  // namespace nf
