// PLACEHOLDER (foundation skeleton): replaced by the work that owns this command.
#include <iostream>

#include "tools/cli/commands.h"

namespace nf::cli {

int cmd_trace(const Args&) {
  std::cerr << "newsfacts trace: not implemented yet\n";
  return 2;
}

}  // namespace nf::cli
