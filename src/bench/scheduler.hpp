// Runs the benchmarks: setup/warmup/prepare/conclude/cleanup in hyperfine's order, the
// run-count estimate (at least --min-runs and --min-benchmarking-time), the shell spawn-time
// correction, and the extras: interleaved order and adaptive run counts.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "bench/commands.hpp"
#include "bench/options.hpp"
#include "bench/report.hpp"
#include "bench/result.hpp"

namespace rpy::bench {

struct BenchError {
  std::string message;
};

class HardwareCounters;

class Scheduler {
 public:
  Scheduler(const Options& o, std::vector<Command> commands, Report& report);
  ~Scheduler();
  // Throws BenchError on failures (the caller prints "Error: ..." and returns 1).
  void run();
  const std::vector<BenchmarkResult>& results() const { return results_; }

 private:
  struct State;
  void calibrate_shell();
  void run_sequential();
  void run_interleaved();
  void start_command(State& s);
  void finish_command(State& s);
  // One run (prepare, command, conclude). Returns the measured wall time + overheads.
  double run_once(State& s, bool record);
  void run_aux(const std::string& what, const std::vector<std::string>& cmds, const State& s);
  std::uint64_t estimate_count(const State& s, double first_cost) const;
  bool adaptive_done(const State& s) const;
  void report_result(State& s);

  const Options& o_;
  Report& report_;
  std::vector<std::unique_ptr<State>> states_;
  std::vector<BenchmarkResult> results_;
  double shell_wall_ = 0, shell_user_ = 0, shell_sys_ = 0;
  std::unique_ptr<HardwareCounters> counters_;
};

}  // namespace rpy::bench
