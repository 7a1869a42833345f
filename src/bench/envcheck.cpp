#include "bench/envcheck.hpp"

#include <dirent.h>
#include <sched.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "bench/format.hpp"

namespace rpy::bench {

namespace {
std::string read_first_line(const std::string& path) {
  std::ifstream f(path);
  std::string line;
  if (f) std::getline(f, line);
  return line;
}
}  // namespace

std::vector<std::string> environment_warnings(const std::vector<int>& pinned) {
  std::vector<std::string> w;
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  if (ncpu < 1) ncpu = 1;
  std::string load = read_first_line("/proc/loadavg");
  if (!load.empty()) {
    double l1 = std::atof(load.c_str());
    if (l1 > 0.5 * double(ncpu))
      w.push_back(printf_string("The machine is busy (1-minute load average %.2f on %ld CPUs); timings may be noisy.", l1, ncpu));
  }
  std::vector<int> cpus = pinned;
  if (cpus.empty()) cpus.push_back(0);
  for (int c : cpus) {
    std::string g = read_first_line("/sys/devices/system/cpu/cpu" + std::to_string(c) + "/cpufreq/scaling_governor");
    if (!g.empty() && g != "performance") {
      w.push_back("CPU " + std::to_string(c) + " uses the '" + g +
                  "' frequency governor (not 'performance'); timings may vary with the clock speed.");
      break;
    }
  }
  // Other runnable processes (state R), on the pinned CPUs when pinning.
  pid_t self = getpid();
  DIR* d = opendir("/proc");
  std::vector<std::string> others;
  if (d) {
    while (dirent* e = readdir(d)) {
      if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
      pid_t pid = std::atoi(e->d_name);
      if (pid == self) continue;
      std::string stat = read_first_line(std::string("/proc/") + e->d_name + "/stat");
      auto rp = stat.rfind(')');
      auto lp = stat.find('(');
      if (rp == std::string::npos || lp == std::string::npos || rp + 2 >= stat.size()) continue;
      std::string comm = stat.substr(lp + 1, rp - lp - 1);
      std::istringstream rest(stat.substr(rp + 2));
      std::string field;
      std::vector<std::string> f;
      while (rest >> field) f.push_back(field);
      if (f.empty() || f[0] != "R") continue;
      int cpu = f.size() > 36 ? std::atoi(f[36].c_str()) : -1;  // field 39 of stat
      bool on_ours = pinned.empty();
      for (int c : pinned) on_ours |= c == cpu;
      if (on_ours) others.push_back(printf_string("%s[%d]", comm.c_str(), int(pid)));
    }
    closedir(d);
  }
  if (!others.empty()) {
    std::string list;
    for (size_t i = 0; i < others.size() && i < 4; ++i) list += (i ? ", " : "") + others[i];
    if (others.size() > 4) list += ", ...";
    w.push_back(printf_string("%zu other process%s running%s (%s); %s may compete for the CPU.", others.size(),
                              others.size() == 1 ? " is" : "es are", pinned.empty() ? "" : " on the pinned CPU(s)", list.c_str(),
                              others.size() == 1 ? "it" : "they"));
  }
  return w;
}

std::string pin_to_cpus(const std::vector<int>& cpus) {
  if (cpus.empty()) return "";
  cpu_set_t set;
  CPU_ZERO(&set);
  for (int c : cpus) {
    if (c < 0 || c >= CPU_SETSIZE) return printf_string("Could not pin to CPU %d: no such CPU", c);
    CPU_SET(c, &set);
  }
  if (sched_setaffinity(0, sizeof set, &set) != 0)
    return std::string("Could not pin to the requested CPU(s) with sched_setaffinity: ") + std::strerror(errno);
  return "";
}

}  // namespace rpy::bench
