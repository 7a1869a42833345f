// Process spawning and timing: posix_spawn + wait4 + CLOCK_MONOTONIC.
// Everything (argv, file actions, descriptors) is prepared before the timed window; inside it
// there is only clock_gettime, posix_spawn, (pipe draining for --output=pipe), wait4,
// clock_gettime: no allocation, no formatting.
#pragma once
#include <spawn.h>
#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bench/options.hpp"

namespace rpy::bench {

// A fully prepared argv for one command (either `shell... -c CMD` or the split words).
struct Invocation {
  std::string exe;                // resolved path passed to posix_spawn
  std::vector<std::string> args;  // argv strings
  std::vector<char*> argv;        // pointers into args, NULL-terminated
  std::string error;              // non-empty: could not be prepared
};

// shell empty => no shell: split `cmd` into words. Otherwise shell + {"-c", cmd}.
Invocation make_invocation(const std::vector<std::string>& shell, const std::string& cmd);

struct Measurement {
  double wall = 0, user = 0, sys = 0;  // seconds
  int wait_status = 0;
  std::optional<int> exit_code;  // nullopt when killed by a signal
  long maxrss_kb = 0;            // wait4's ru_maxrss of this child (KiB)
  std::uint64_t instructions = 0, cycles = 0;
  bool counters_valid = false;
};

class HardwareCounters;

class Spawner {
 public:
  Spawner(const OutputPolicy& output, const std::optional<std::string>& input);
  ~Spawner();
  Spawner(const Spawner&) = delete;
  Spawner& operator=(const Spawner&) = delete;

  const std::string& setup_error() const { return setup_error_; }
  void set_counters(HardwareCounters* c) { counters_ = c; }
  // Runs once. Returns false and fills `error` (with errno text) if the spawn failed.
  bool run(const Invocation& inv, Measurement& m, std::string& error);
  // Moves the spawning of `inv` into a lean helper process (forked now, so its memory is only
  // this process's few hundred KiB of anonymous pages). The helper resets its RSS high-water
  // mark before each run, so a child's ru_maxrss (which includes the RSS of the address space
  // that exec replaced) reflects the child alone. The timed window is the same code, run in
  // the helper. Not used with --counters (inherited counters would not be folded back).
  bool start_helper(const Invocation& inv, std::string& error);
  // Runs an auxiliary command (prepare/conclude/setup/cleanup): output to /dev/null unless
  // the policy is inherit. Returns false on spawn failure.
  static bool run_aux(const Invocation& inv, const OutputPolicy& output, Measurement& m, std::string& error);

 private:
  bool run_local(const Invocation& inv, Measurement& m, std::string& error);
  [[noreturn]] void helper_loop(const Invocation& inv, int req, int resp);
  OutputPolicy policy_;
  pid_t helper_pid_ = -1;
  int req_fd_ = -1, resp_fd_ = -1;
  int errno_of_last_ = 0;
  int null_in_ = -1, null_out_ = -1, file_out_ = -1, input_fd_ = -1;
  std::string setup_error_;
  std::vector<char> pipe_buf_;
  HardwareCounters* counters_ = nullptr;
};

}  // namespace rpy::bench
