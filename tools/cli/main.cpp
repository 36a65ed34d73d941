// PLACEHOLDER (foundation skeleton): the command line is written by the foundation work.
#include <iostream>

#include "extractor/pipeline.h"

int main() {
  std::cout << "newsfacts " << NEWSFACTS_VERSION << "\n";
  return 0;
}
