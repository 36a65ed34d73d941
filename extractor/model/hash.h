// Content hashes (xxHash XXH3, 128 bits, as 32 lowercase hex digits): article identity for
// dedupe, rules identity for the runs table, deterministic fact ids.
//
//   std::string h = nf::content_hash(article.body);   // "9f1c...": same bytes, same hash
#pragma once
#include <string>
#include <string_view>

namespace nf {

std::string content_hash(std::string_view bytes);

// Incremental form, for hashing several pieces (e.g. every rule file) into one value.
class Hasher {
 public:
  Hasher();
  ~Hasher();
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;
  void update(std::string_view bytes);
  std::string hex() const;

 private:
  void* state_;
};

}  // namespace nf
