#include "extractor/rules/gazetteer_mo.h"

#include <glob.h>

#include <cstdint>
#include <fstream>
#include <sstream>

namespace nf {

bool read_mo_catalog(std::string_view bytes, MoTranslations& out) {
  auto u32 = [&](size_t at, bool swap) -> uint64_t {
    if (at + 4 > bytes.size()) return UINT64_MAX;
    auto b = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + i])); };
    return swap ? (b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3)) : (b(3) << 24 | b(2) << 16 | b(1) << 8 | b(0));
  };
  uint64_t magic = u32(0, false);
  bool swap;
  if (magic == 0x950412de) swap = false;
  else if (magic == 0xde120495) swap = true;
  else return false;
  uint64_t n = u32(8, swap), orig = u32(12, swap), trans = u32(16, swap);
  if (n == UINT64_MAX || orig == UINT64_MAX || trans == UINT64_MAX) return false;
  auto str = [&](uint64_t table, uint64_t i, std::string_view& s) {
    uint64_t len = u32(static_cast<size_t>(table + 8 * i), swap), off = u32(static_cast<size_t>(table + 8 * i + 4), swap);
    if (len == UINT64_MAX || off == UINT64_MAX || off + len > bytes.size()) return false;
    s = bytes.substr(static_cast<size_t>(off), static_cast<size_t>(len));
    return true;
  };
  for (uint64_t i = 0; i < n; ++i) {
    std::string_view o, t;
    if (!str(orig, i, o) || !str(trans, i, t)) return false;
    if (o.empty() || t.empty() || o == t) continue;
    out[std::string(o)].emplace_back(t);  // one per catalog: how many languages agree counts
  }
  return true;
}

int read_mo_files(const std::string& pattern, MoTranslations& out) {
  glob_t g{};
  int read = 0;
  if (glob(pattern.c_str(), 0, nullptr, &g) == 0) {
    for (size_t i = 0; i < g.gl_pathc; ++i) {
      std::ifstream in(g.gl_pathv[i], std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      read += read_mo_catalog(ss.str(), out) ? 1 : 0;
    }
  }
  globfree(&g);
  return read;
}

}  // namespace nf
