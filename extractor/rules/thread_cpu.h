// CPU time of the calling thread, in seconds (CLOCK_THREAD_CPUTIME_ID): what the benchmarks
// and RuleLibrary::match_batch's per-rule costs measure, undisturbed by other processes.
//
//   double t = nf::thread_cpu_seconds();
//   work();
//   double spent = nf::thread_cpu_seconds() - t;
#pragma once
#include <ctime>

namespace nf {

inline double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

}  // namespace nf
