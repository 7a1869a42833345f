// Environment checks (warnings only): machine load, CPU frequency governor where readable,
// other runnable processes sharing the CPU(s); and CPU pinning with sched_setaffinity.
#pragma once
#include <string>
#include <vector>

namespace rpy::bench {

std::vector<std::string> environment_warnings(const std::vector<int>& pinned_cpus);
// Pins this process (and so every command it spawns) to the CPUs. Returns "" or an error.
std::string pin_to_cpus(const std::vector<int>& cpus);

}  // namespace rpy::bench
