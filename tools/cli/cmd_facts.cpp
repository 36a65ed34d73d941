// PLACEHOLDER (foundation skeleton): replaced by the work that owns this command.
#include <iostream>

#include "tools/cli/commands.h"

namespace nf::cli {

int cmd_facts(const Args&) {
  std::cerr << "newsfacts facts: not implemented yet\n";
  return 2;
}

}  // namespace nf::cli
