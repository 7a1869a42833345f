// Hardware counters (instructions, cycles) through perf_event_open. The counters are opened
// on this process with inherit=1, so a benchmarked child's counts are folded into them when
// it is reaped; they are read before and after each run, outside the timed window.
#pragma once
#include <cstdint>
#include <string>

namespace rpy::bench {

struct Measurement;

class HardwareCounters {
 public:
  HardwareCounters();
  ~HardwareCounters();
  HardwareCounters(const HardwareCounters&) = delete;
  HardwareCounters& operator=(const HardwareCounters&) = delete;
  bool available() const { return fd_instr_ >= 0 && fd_cycles_ >= 0; }
  const std::string& why_unavailable() const { return why_; }
  void start();
  void stop(Measurement& m);

 private:
  int fd_instr_ = -1, fd_cycles_ = -1;
  std::uint64_t instr0_ = 0, cycles0_ = 0;
  std::string why_;
};

}  // namespace rpy::bench
