#include "extractor/ingest/reader.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <pugixml.hpp>
#include <sstream>

#include "extractor/ingest/format_detect.h"
#include "extractor/ingest/html_reader.h"
#include "extractor/ingest/json_line.h"
#include "extractor/ingest/published_date.h"
#include "extractor/ingest/utf8.h"
#include "extractor/ingest/wide_text.h"
#include "extractor/ingest/xml_readers.h"
#include "extractor/ingest/xml_util.h"

namespace fs = std::filesystem;

namespace nf {
namespace {

struct Input {
  std::string source;  // as reported in problems and stored in Article::source
  std::string stem;    // default id
  std::string bytes;
  size_t input_bytes = 0;  // as read, before any conversion
};

class Reader {
 public:
  Reader(const ReadOptions& o, const std::function<void(Article&&)>& a, const std::function<void(const InputProblem&)>& p)
      : options_(o), on_article_(a), on_problem_(p) {}

  void path(const std::string& p) {
    if (p == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      std::cin.clear();
      std::string bytes = ss.str();
      size_t n = bytes.size();
      process({"-", "stdin", std::move(bytes), n});
      return;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      fatal(p, 0, ec && ec != std::errc::no_such_file_or_directory ? "cannot read: " + ec.message()
                                                                     : "no such file or directory");
      return;
    }
    if (fs::is_directory(st)) {
      directory(p);
      return;
    }
    file(p);
  }

 private:
  const ReadOptions& options_;
  const std::function<void(Article&&)>& on_article_;
  const std::function<void(const InputProblem&)>& on_problem_;

  void fatal(const std::string& source, int line, const std::string& reason) { on_problem_({source, line, reason, true}); }
  void warn(const std::string& source, int line, const std::string& reason) { on_problem_({source, line, reason, false}); }

  void directory(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
    if (ec) {
      fatal(dir, 0, "cannot read directory: " + ec.message());
      return;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        fatal(dir, 0, "cannot read directory: " + ec.message());
        break;
      }
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {  // hidden files and directories
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) file(f);
  }

  void file(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      fatal(p, 0, std::string("cannot read: ") + std::strerror(errno));
      return;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
      fatal(p, 0, "read error");
      return;
    }
    size_t n = bytes.size();
    process({p, fs::path(p).stem().string(), std::move(bytes), n});
  }

  void process(Input in) {
    convert_wide_text(in.bytes);  // UTF-16 / UTF-32: to UTF-8 before anything looks at the bytes
    if (in.bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
      fatal(in.source, 0, in.bytes.empty() ? "empty file" : "file holds only white space");
      return;
    }
    if (looks_binary(in.bytes)) {
      fatal(in.source, 0, "binary file (NUL bytes or control characters), not text");
      return;
    }
    switch (detect_format(in.bytes)) {
      case InputFormat::Text: text(std::move(in)); break;
      case InputFormat::JsonLines: json_lines(in); break;
      case InputFormat::Html: html(std::move(in)); break;
      case InputFormat::Rss: xml(in, InputFormat::Rss); break;
      case InputFormat::Atom: xml(in, InputFormat::Atom); break;
      case InputFormat::Nitf: xml(in, InputFormat::Nitf); break;
      case InputFormat::NewsML: xml(in, InputFormat::NewsML); break;
    }
  }

  // Size limit and UTF-8 repair, then hand over. `line` locates the record (0 = whole file).
  void emit(Article&& a, int line, bool body_is_file = false) {
    if (a.body.size() > options_.max_article_bytes) {
      fatal(a.source, line, "article " + a.id + " has " + std::to_string(a.body.size()) + " bytes, over the limit of " +
                                std::to_string(options_.max_article_bytes));
      return;
    }
    Utf8Repair r = repair_utf8(a.body);
    if (r.replaced) {
      int where = body_is_file ? r.first_line : line;
      warn(a.source, where,
           "invalid UTF-8 at byte " + std::to_string(r.first_offset) +
               (body_is_file ? "" : " of the text of article " + a.id) + " (" +
               std::to_string(r.replaced) + " sequence" + (r.replaced > 1 ? "s" : "") + " replaced by U+FFFD)");
    }
    repair_utf8(a.title);
    repair_utf8(a.id);
    repair_utf8(a.url);
    on_article_(std::move(a));
  }

  void text(Input in) {
    Article a;
    a.id = in.stem;
    a.source = in.source;
    a.format = "text";
    a.body = std::move(in.bytes);  // unchanged: offsets index the file
    a.input_bytes = in.input_bytes;
    emit(std::move(a), 0, true);
  }

  void json_lines(const Input& in) {
    size_t pos = 0;
    int line_no = 0;
    // newsfacts' own records (--jsonl output) fed back as input: refused, reported once per file.
    int output_records = 0, first_output_record = 0;
    std::string first_record_kind;
    while (pos < in.bytes.size()) {
      size_t nl = in.bytes.find('\n', pos);
      if (nl == std::string::npos) nl = in.bytes.size();
      std::string_view line(in.bytes.data() + pos, nl - pos);
      pos = nl + 1;
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      JsonObject o;
      std::string err;
      if (!parse_json_object(line, o, err)) {
        fatal(in.source, line_no, "not a JSON object: " + err);
        continue;
      }
      if (const std::string* record = o.find("record");
          record && (*record == "article" || *record == "mention" || *record == "fact")) {
        if (output_records++ == 0) {
          first_output_record = line_no;
          first_record_kind = *record;
        }
        continue;
      }
      const std::string* body = o.find("text");
      if (!body) body = o.find("body");
      if (!body) body = o.find("content");
      if (!body || body->empty()) {
        fatal(in.source, line_no, "JSON record has no \"text\"");
        continue;
      }
      Article a;
      a.source = in.source;
      a.format = "jsonl";
      a.body = *body;
      a.input_bytes = line.size() + 1;
      const std::string* v;
      a.id = (v = o.find("id")) ? *v : in.stem + "#" + std::to_string(line_no);
      if ((v = o.find("url"))) a.url = *v;
      if ((v = o.find("title"))) a.title = *v;
      for (const char* key : {"published", "date", "published_at", "datePublished", "pubDate"})
        if ((v = o.find(key)) && !(a.published = normalize_published(*v)).empty()) break;
      if ((v = o.find("source")) && !v->empty()) a.source = *v;
      emit(std::move(a), line_no);
    }
    if (output_records)
      fatal(in.source, first_output_record,
            "a newsfacts output record (\"record\":\"" + first_record_kind +
                "\"), not an article: give newsfacts articles, not its own output (" + std::to_string(output_records) +
                (output_records > 1 ? " lines" : " line") + " of output records skipped, the first here)");
  }

  void html(Input in) {
    convert_declared_charset(in.bytes);
    HtmlPage page = read_html_page(in.bytes, "");
    if (page.body.empty()) {
      fatal(in.source, 0, "HTML page holds no text");
      return;
    }
    Article a;
    a.id = in.stem;
    a.source = in.source;
    a.format = "html";
    a.input_bytes = in.input_bytes;
    a.url = page.url;
    a.title = page.title;
    a.published = page.published;
    a.body = std::move(page.body);
    emit(std::move(a), 0);
  }

  // Pages in a legacy encoding (meta charset) are converted to UTF-8 with ICU when their bytes are
  // not UTF-8; gumbo reads UTF-8 only.
  static void convert_declared_charset(std::string& bytes) {
    if (valid_utf8(bytes)) return;
    std::string head = bytes.substr(0, 4096);
    for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t k = head.find("charset=");
    if (k == std::string::npos) return;
    k += 8;
    while (k < head.size() && (head[k] == '"' || head[k] == '\'')) ++k;
    size_t e = k;
    while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_')) ++e;
    std::string charset = head.substr(k, e - k);
    if (charset.empty() || charset == "utf-8" || charset == "utf8") return;
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
    if (u.isBogus() || U_FAILURE(status)) return;
    std::string out;
    u.toUTF8String(out);
    bytes.swap(out);
  }

  void xml(const Input& in, InputFormat format) {
    pugi::xml_document doc;
    pugi::xml_parse_result res = doc.load_buffer(in.bytes.data(), in.bytes.size(), pugi::parse_default, pugi::encoding_auto);
    if (!res) {
      fatal(in.source, xml::line_of(in.bytes, res.offset), std::string("malformed XML: ") + res.description());
      return;
    }
    XmlSource src{in.bytes, in.source, in.stem};
    std::vector<Article> items;
    ArticleSink sink = [&](Article&& a) { items.push_back(std::move(a)); };
    RecordProblem problem = [&](int line, const std::string& reason) { fatal(in.source, line, reason); };
    switch (format) {
      case InputFormat::Rss: read_rss(doc, src, sink, problem); break;
      case InputFormat::Atom: read_atom(doc, src, sink, problem); break;
      case InputFormat::Nitf: read_nitf(doc, src, sink, problem); break;
      case InputFormat::NewsML: read_newsml(doc, src, sink, problem); break;
      default: break;
    }
    for (size_t i = 0; i < items.size(); ++i)  // the file's bytes shared out, the rest to the last
      items[i].input_bytes = in.input_bytes / items.size() + (i + 1 == items.size() ? in.input_bytes % items.size() : 0);
    for (Article& a : items) emit(std::move(a), 0);
  }
};

}  // namespace

void read_inputs(const std::vector<std::string>& paths, const ReadOptions& options,
                 const std::function<void(Article&&)>& on_article,
                 const std::function<void(const InputProblem&)>& on_problem) {
  Reader reader(options, on_article, on_problem);
  for (const std::string& p : paths) reader.path(p);
}

}  // namespace nf
