#include "tests/test_support.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string_view>

namespace nf::test {
namespace {

int decode_status(int raw) {
  if (WIFEXITED(raw)) return WEXITSTATUS(raw);
  if (WIFSIGNALED(raw)) return 128 + WTERMSIG(raw);
  return -1;
}

// fork + exec of the newsfacts binary with the given file descriptors (-1: /dev/null).
int spawn(const std::vector<std::string>& args, int in_fd, int out_fd, int err_fd, const std::string& cwd) {
  std::vector<std::string> argv_s;
  argv_s.push_back(binary());
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int null_fd = open("/dev/null", O_RDWR);
    dup2(in_fd >= 0 ? in_fd : null_fd, 0);
    dup2(out_fd >= 0 ? out_fd : null_fd, 1);
    dup2(err_fd >= 0 ? err_fd : null_fd, 2);
    if (!cwd.empty() && chdir(cwd.c_str()) != 0) _exit(126);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

class JsonParser {
 public:
  explicit JsonParser(const std::string& t) : t_(t) {}
  Json document() {
    Json v = value();
    space();
    if (i_ != t_.size()) fail("trailing characters");
    return v;
  }

 private:
  [[noreturn]] void fail(const std::string& why) {
    throw std::runtime_error("JSON: " + why + " at " + std::to_string(i_));
  }
  void space() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n' || t_[i_] == '\r')) ++i_;
  }
  bool literal(const char* word) {
    size_t n = std::char_traits<char>::length(word);
    if (t_.compare(i_, n, word) != 0) return false;
    i_ += n;
    return true;
  }
  Json value() {
    space();
    if (i_ >= t_.size()) fail("unexpected end");
    Json v;
    char c = t_[i_];
    if (c == '{') {
      v.type = Json::Object;
      ++i_;
      space();
      if (i_ < t_.size() && t_[i_] == '}') return ++i_, v;
      for (;;) {
        space();
        if (i_ >= t_.size() || t_[i_] != '"') fail("expected a key");
        std::string k = string();
        space();
        if (i_ >= t_.size() || t_[i_++] != ':') fail("expected ':'");
        v.fields[k] = value();
        space();
        if (i_ < t_.size() && t_[i_] == ',') { ++i_; continue; }
        if (i_ < t_.size() && t_[i_] == '}') return ++i_, v;
        fail("expected ',' or '}'");
      }
    }
    if (c == '[') {
      v.type = Json::Array;
      ++i_;
      space();
      if (i_ < t_.size() && t_[i_] == ']') return ++i_, v;
      for (;;) {
        v.items.push_back(value());
        space();
        if (i_ < t_.size() && t_[i_] == ',') { ++i_; continue; }
        if (i_ < t_.size() && t_[i_] == ']') return ++i_, v;
        fail("expected ',' or ']'");
      }
    }
    if (c == '"') {
      v.type = Json::String;
      v.str = string();
      return v;
    }
    if (literal("null")) return v;
    if (literal("true")) { v.type = Json::Bool; v.boolean = true; return v; }
    if (literal("false")) { v.type = Json::Bool; return v; }
    size_t start = i_;
    if (t_[i_] == '-') ++i_;
    while (i_ < t_.size() && std::string_view("0123456789.eE+-").find(t_[i_]) != std::string_view::npos) ++i_;
    if (start == i_) fail("unexpected character");
    v.type = Json::Number;
    v.num = std::strtod(t_.substr(start, i_ - start).c_str(), nullptr);
    return v;
  }
  unsigned hex4() {
    if (i_ + 4 > t_.size()) fail("short \\u escape");
    unsigned u = static_cast<unsigned>(std::stoul(t_.substr(i_, 4), nullptr, 16));
    i_ += 4;
    return u;
  }
  void put_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 63)); }
    else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 63));
      out += static_cast<char>(0x80 | (cp & 63));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 63));
      out += static_cast<char>(0x80 | ((cp >> 6) & 63));
      out += static_cast<char>(0x80 | (cp & 63));
    }
  }
  std::string string() {
    ++i_;  // opening quote
    std::string out;
    while (i_ < t_.size() && t_[i_] != '"') {
      unsigned char c = static_cast<unsigned char>(t_[i_]);
      if (c < 0x20) fail("raw control character in a string");
      if (c != '\\') { out += t_[i_++]; continue; }
      if (++i_ >= t_.size()) fail("unfinished escape");
      char e = t_[i_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && t_.compare(i_, 2, "\\u") == 0) {
            i_ += 2;
            unsigned lo = hex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          put_utf8(out, cp);
          break;
        }
        default: fail("bad escape");
      }
    }
    if (i_ >= t_.size()) fail("unterminated string");
    ++i_;
    return out;
  }
  const std::string& t_;
  size_t i_ = 0;
};

}  // namespace

const Json& Json::operator[](const std::string& key) const {
  static const Json null_value;
  auto it = fields.find(key);
  return it == fields.end() ? null_value : it->second;
}

Json parse_json(const std::string& text) { return JsonParser(text).document(); }

std::vector<Json> parse_json_lines(const std::string& text) {
  std::vector<Json> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    if (!line.empty()) out.push_back(parse_json(line));
    pos = nl + 1;
  }
  return out;
}

const Extractor& extractor() {
  static const Extractor ex = Extractor::load(rules_dir());
  return ex;
}

ArticleResult run_text(const std::string& text, const std::string& reference_date, Article* out_article) {
  Article a;
  a.id = "test";
  a.source = "test";
  a.format = "text";
  a.body = text;
  ArticleResult r = extractor().extract(a, ExtractOptions{reference_date});
  if (out_article) *out_article = a;
  return r;
}

Process run_program(const std::vector<std::string>& args, const std::string& input, const std::string& cwd) {
  // Files rather than pipes: no deadlock however much the program writes.
  TempDir io;
  write_file(io / "in", input);
  int in_fd = open((io / "in").c_str(), O_RDONLY);
  int out_fd = open((io / "out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  int err_fd = open((io / "err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  int pid = spawn(args, in_fd, out_fd, err_fd, cwd);
  close(in_fd);
  close(out_fd);
  close(err_fd);
  Process p;
  p.status = wait_program(pid);
  p.out = read_file(io / "out");
  p.err = read_file(io / "err");
  return p;
}

int start_program(const std::vector<std::string>& args, const std::string& cwd) {
  return spawn(args, -1, -1, -1, cwd);
}

int wait_program(int pid) {
  int raw = 0;
  while (waitpid(pid, &raw, 0) < 0)
    if (errno != EINTR) return -1;
  return decode_status(raw);
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "newsfacts-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path);
}

}  // namespace nf::test
