#include "tests/test_support.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
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

}  // namespace

Json parse_json(const std::string& text) {
  Json v;
  std::string error;
  if (!nf::parse_json(text, v, error)) throw std::runtime_error("JSON: " + error);
  return v;
}

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

Process run_program_on_terminal(const std::vector<std::string>& args, const std::string& cwd) {
  TempDir io;
  int master = posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) throw std::runtime_error("no pseudo-terminal");
  int slave = open(ptsname(master), O_RDWR | O_NOCTTY);
  if (slave < 0) throw std::runtime_error("cannot open the pseudo-terminal");
  int out_fd = open((io / "out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  int pid = spawn(args, -1, out_fd, slave, cwd);
  close(slave);
  close(out_fd);
  Process p;
  char buf[4096];
  for (;;) {  // until the program's end closes the terminal (EIO)
    ssize_t n = read(master, buf, sizeof buf);
    if (n > 0) p.err.append(buf, static_cast<size_t>(n));
    else if (n < 0 && errno == EINTR) continue;
    else break;
  }
  close(master);
  p.status = wait_program(pid);
  p.out = read_file(io / "out");
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
