#include "bench/counters.hpp"

#include <linux/perf_event.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "bench/spawn.hpp"

namespace rpy::bench {

namespace {
int open_counter(std::uint64_t config, int& err) {
  perf_event_attr attr;
  std::memset(&attr, 0, sizeof attr);
  attr.size = sizeof attr;
  attr.type = PERF_TYPE_HARDWARE;
  attr.config = config;
  attr.inherit = 1;
  attr.exclude_kernel = 1;
  attr.exclude_hv = 1;
  long fd = syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0);
  if (fd < 0) err = errno;
  return int(fd);
}
bool read_u64(int fd, std::uint64_t& v) { return read(fd, &v, sizeof v) == ssize_t(sizeof v); }
}  // namespace

HardwareCounters::HardwareCounters() {
  int err = 0;
  fd_instr_ = open_counter(PERF_COUNT_HW_INSTRUCTIONS, err);
  if (fd_instr_ >= 0) fd_cycles_ = open_counter(PERF_COUNT_HW_CPU_CYCLES, err);
  if (!available()) {
    why_ = std::string("perf_event_open: ") + std::strerror(err);
    if (fd_instr_ >= 0) close(fd_instr_);
    fd_instr_ = -1;
  }
}

HardwareCounters::~HardwareCounters() {
  if (fd_instr_ >= 0) close(fd_instr_);
  if (fd_cycles_ >= 0) close(fd_cycles_);
}

void HardwareCounters::start() {
  if (!available()) return;
  read_u64(fd_instr_, instr0_);
  read_u64(fd_cycles_, cycles0_);
}

void HardwareCounters::stop(Measurement& m) {
  if (!available()) return;
  std::uint64_t i1 = 0, c1 = 0;
  if (read_u64(fd_instr_, i1) && read_u64(fd_cycles_, c1)) {
    m.instructions = i1 - instr0_;
    m.cycles = c1 - cycles0_;
    m.counters_valid = true;
  }
}

}  // namespace rpy::bench
