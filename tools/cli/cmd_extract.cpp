// PLACEHOLDER (foundation skeleton): replaced by the work that owns this command.
#include <iostream>

#include "tools/cli/commands.h"

namespace nf::cli {

int cmd_extract(const Args&) {
  std::cerr << "newsfacts extract: not implemented yet\n";
  return 2;
}

}  // namespace nf::cli
