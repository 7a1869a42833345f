#include "bench/scheduler.hpp"

#include <algorithm>
#include <sys/wait.h>

#include <algorithm>
#include <cmath>

#include "bench/counters.hpp"
#include "bench/export.hpp"
#include "bench/format.hpp"
#include "bench/spawn.hpp"

namespace rpy::bench {

struct Scheduler::State {
  size_t index = 0;
  Command command;
  Invocation inv;
  std::unique_ptr<Spawner> spawner;
  OutputPolicy output;
  BenchmarkResult result;
  std::uint64_t target = 0;  // planned number of timing runs
  double spent = 0;          // seconds spent on timing runs (for --time-budget)
  bool started = false;
};

namespace {
template <typename T>
const T* pick_for(const std::vector<T>& v, size_t i) {
  if (v.empty()) return nullptr;
  return v.size() == 1 ? &v[0] : &v[i];
}

std::string shell_display(const std::vector<std::string>& shell) {
  std::string s;
  for (auto& w : shell) s += (s.empty() ? "" : " ") + w;
  return s;
}
}  // namespace

Scheduler::Scheduler(const Options& o, std::vector<Command> commands, Report& report) : o_(o), report_(report) {
  size_t n = commands.size();
  auto check_count = [&](size_t count, const char* opt) {
    if (count > 1 && count != n)
      throw BenchError{std::string("The '") + opt +
                       "' option has to be provided just once or N times, where N is the number of benchmark commands."};
  };
  check_count(o.prepare.size(), "--prepare");
  check_count(o.conclude.size(), "--conclude");
  check_count(o.setup.size(), "--setup");
  check_count(o.cleanup.size(), "--cleanup");
  check_count(o.outputs.size(), "--output");
  if (o.counters) {
    counters_ = std::make_unique<HardwareCounters>();
    if (!counters_->available()) {
      report_.note("hardware counters unavailable on this machine (" + counters_->why_unavailable() +
                   "); instructions and cycles are omitted.");
      counters_.reset();
    }
  }
  for (size_t i = 0; i < n; ++i) {
    auto s = std::make_unique<State>();
    s->index = i;
    s->command = commands[i];
    s->result.command = commands[i];
    s->result.name = commands[i].display_name();
    s->result.name_with_unused = commands[i].name_with_unused_parameters();
    s->result.is_reference = commands[i].is_reference;
    const OutputPolicy* out = pick_for(o.outputs, i);
    s->output = out ? *out : OutputPolicy{};
    states_.push_back(std::move(s));
  }
}

Scheduler::~Scheduler() = default;

void Scheduler::calibrate_shell() {
  if (o_.shell_is_none) return;
  std::string fail = "Could not measure shell execution time. Make sure you can run '" + shell_display(o_.shell) + " -c \"\"'.";
  Invocation inv = make_invocation(o_.shell, "");
  if (!inv.error.empty()) throw BenchError{fail};
  Spawner sp(states_.empty() ? OutputPolicy{} : states_[0]->output, o_.input);
  if (!sp.setup_error().empty()) throw BenchError{sp.setup_error()};
  std::string herr;
  if (!counters_ && !sp.start_helper(inv, herr)) throw BenchError{"Could not start the spawning helper: " + herr};
  const int count = 50;
  std::vector<double> w, u, s;
  report_.progress_start("Measuring shell spawning time", count);
  for (int i = 0; i < count; ++i) {
    Measurement m;
    std::string err;
    if (!sp.run(inv, m, err) || !m.exit_code || *m.exit_code != 0) {
      report_.progress_clear();
      throw BenchError{fail};
    }
    w.push_back(m.wall);
    u.push_back(m.user);
    s.push_back(m.sys);
    report_.progress_update(uint64_t(i + 1), "Measuring shell spawning time");
  }
  report_.progress_clear();
  shell_wall_ = stats::mean(w);
  shell_user_ = stats::mean(u);
  shell_sys_ = stats::mean(s);
}

void Scheduler::run_aux(const std::string& what, const std::vector<std::string>& cmds, const State& s) {
  const std::string* tmpl = pick_for(cmds, s.index);
  if (!tmpl) return;
  std::string cmd = s.command.substitute(*tmpl);
  Invocation inv = make_invocation(o_.shell_is_none ? std::vector<std::string>{} : o_.shell, cmd);
  if (!inv.error.empty()) {
    if (inv.error.rfind("Failed", 0) == 0) throw BenchError{inv.error};
    throw BenchError{"Failed to run " + what + " command '" + cmd + "': " + inv.error};
  }
  Measurement m;
  std::string err;
  if (!Spawner::run_aux(inv, s.output, m, err)) throw BenchError{"Failed to run " + what + " command '" + cmd + "': " + err};
  if (!m.exit_code || *m.exit_code != 0)
    throw BenchError{
        "The " + what +
        " command terminated with a non-zero exit code. Append ' || true' to the command if you are sure that this can be ignored."};
}

double Scheduler::run_once(State& s, bool record) {
  double t_prepare = monotonic_seconds();
  run_aux("preparation", o_.prepare, s);
  double overhead = monotonic_seconds() - t_prepare;
  Measurement m;
  std::string err;
  if (!s.spawner->run(s.inv, m, err)) throw BenchError{"Failed to run command '" + s.command.command() + "': " + err};
  bool ok = m.exit_code && *m.exit_code == 0;
  bool ignored =
      o_.ignore == Options::Ignore::All || (o_.ignore == Options::Ignore::Codes && m.exit_code && o_.ignore_codes.count(*m.exit_code));
  if (!ok && !ignored) {
    report_.progress_clear();
    if (m.exit_code)
      throw BenchError{"Command terminated with non-zero exit code: " + std::to_string(*m.exit_code) +
                       ". Use the '-i'/'--ignore-failure' option if you want to ignore this. Alternatively, use the '--show-output' option "
                       "to debug what went wrong."};
    throw BenchError{"Command terminated by signal " + std::to_string(WTERMSIG(m.wait_status)) +
                     ". Use the '-i'/'--ignore-failure' option if you want to ignore this. Alternatively, use the '--show-output' option "
                     "to debug what went wrong."};
  }
  double t_conclude = monotonic_seconds();
  run_aux("conclusion", o_.conclude, s);
  overhead += monotonic_seconds() - t_conclude;
  if (record) {
    auto& r = s.result;
    r.times.push_back(std::max(0.0, m.wall - shell_wall_));
    r.user_times.push_back(std::max(0.0, m.user - shell_user_));
    r.system_times.push_back(std::max(0.0, m.sys - shell_sys_));
    r.exit_codes.push_back(m.exit_code);
    r.memory_bytes.push_back(std::int64_t(m.maxrss_kb) * 1024);
    if (m.counters_valid) {
      r.instructions.push_back(m.instructions);
      r.cycles.push_back(m.cycles);
    }
    s.spent += m.wall + overhead;
  }
  return m.wall + overhead;
}

std::uint64_t Scheduler::estimate_count(const State&, double first_cost) const {
  double per = std::max(first_cost, 1e-9);
  double in_time = o_.min_time / per;
  std::uint64_t runs = in_time > 1e12 ? std::uint64_t(1e12) : std::uint64_t(in_time);
  std::uint64_t count = std::max(runs, o_.min_runs);
  if (o_.max_runs) count = std::min(count, *o_.max_runs);
  if (o_.adaptive && !o_.max_runs) count = std::max<std::uint64_t>(o_.min_runs, 2);
  return std::max<std::uint64_t>(count, 1);
}

bool Scheduler::adaptive_done(const State& s) const {
  const auto& t = s.result.times;
  std::uint64_t n = t.size();
  if (o_.max_runs && n >= *o_.max_runs) return true;
  if (n < std::max<std::uint64_t>(o_.min_runs, 3)) return false;
  if (s.spent >= o_.time_budget) return true;
  auto ci = stats::mean_ci(t, o_.confidence);
  double m = stats::mean(t);
  return ci.bounded && m > 0 && (ci.hi - ci.lo) / m <= *o_.adaptive;
}

void Scheduler::start_command(State& s) {
  s.inv = make_invocation(o_.shell_is_none ? std::vector<std::string>{} : o_.shell, s.command.command());
  if (!s.inv.error.empty()) {
    if (s.inv.error.rfind("Failed", 0) == 0) throw BenchError{s.inv.error};
    throw BenchError{"Failed to run command '" + s.command.command() + "': " + s.inv.error};
  }
  s.spawner = std::make_unique<Spawner>(s.output, o_.input);
  if (!s.spawner->setup_error().empty()) throw BenchError{s.spawner->setup_error()};
  s.spawner->set_counters(counters_.get());
  if (!counters_) {
    std::string err;
    if (!s.spawner->start_helper(s.inv, err)) throw BenchError{"Could not start the spawning helper: " + err};
  }
  run_aux("setup", o_.setup, s);
  s.started = true;
}

void Scheduler::finish_command(State& s) {
  run_aux("cleanup", o_.cleanup, s);
  s.result.summarize(o_.confidence);
}

void Scheduler::report_result(State& s) {
  report_.result(s.result);
  report_.warnings(s.result, !o_.shell_is_none);
  if (o_.adaptive) {
    auto ci = s.result.mean_ci;
    double w = ci.bounded && s.result.mean > 0 ? (ci.hi - ci.lo) / s.result.mean : INFINITY;
    if (!(w <= *o_.adaptive) && !(o_.max_runs && s.result.times.size() >= *o_.max_runs))
      report_.warning(
          printf_string("'%s' did not converge within the time budget of %g s: the %g%% CI is %.2f%% of the mean (target %.2f%%).",
                        s.result.name_with_unused.c_str(), o_.time_budget, o_.confidence * 100, w * 100, *o_.adaptive * 100));
  }
  report_.blank_line();
}

void Scheduler::run_sequential() {
  for (auto& sp : states_) {
    State& s = *sp;
    report_.header(s.index + 1, s.result.name_with_unused);
    start_command(s);
    if (o_.warmup > 0) {
      report_.progress_start("Performing warmup runs", o_.warmup);
      for (std::uint64_t i = 0; i < o_.warmup; ++i) {
        run_once(s, false);
        report_.progress_update(i + 1, "Performing warmup runs");
      }
      report_.progress_clear();
    }
    report_.progress_start("Initial time measurement", 1);
    double first = run_once(s, true);
    s.target = estimate_count(s, first);
    report_.progress_start("", s.target);
    for (std::uint64_t done = 1;; ++done) {
      if (o_.adaptive ? adaptive_done(s) : done >= s.target) break;
      if (o_.adaptive && done >= s.target) report_.progress_set_total(done + 1);
      report_.progress_update(done, "Current estimate: " + report_.green(format_duration(stats::mean(s.result.times), o_.unit)));
      run_once(s, true);
    }
    report_.progress_clear();
    finish_command(s);
    results_.push_back(s.result);
    report_result(s);
    auto err = write_exports(results_, o_, false);
    if (!err.empty()) throw BenchError{err};
  }
}

void Scheduler::run_interleaved() {
  for (auto& s : states_) start_command(*s);
  std::uint64_t total_warm = o_.warmup * states_.size();
  if (total_warm) {
    report_.progress_start("Performing warmup runs", total_warm);
    std::uint64_t k = 0;
    for (std::uint64_t i = 0; i < o_.warmup; ++i)
      for (auto& s : states_) {
        run_once(*s, false);
        report_.progress_update(++k, "Performing warmup runs");
      }
    report_.progress_clear();
  }
  report_.progress_start("Initial time measurement", states_.size());
  for (auto& s : states_) s->target = estimate_count(*s, run_once(*s, true));
  std::uint64_t total = 0, done = states_.size();
  for (auto& s : states_) total += s->target;
  report_.progress_start("", total);
  while (true) {
    bool any = false;
    for (auto& sp : states_) {
      State& s = *sp;
      bool finished = o_.adaptive ? adaptive_done(s) : s.result.times.size() >= s.target;
      if (finished) continue;
      any = true;
      run_once(s, true);
      ++done;
      if (done > total) report_.progress_set_total(done + 1);
      report_.progress_update(done, "Interleaved runs");
    }
    if (!any) break;
  }
  report_.progress_clear();
  for (auto& s : states_) finish_command(*s);
  for (auto& sp : states_) {
    report_.header(sp->index + 1, sp->result.name_with_unused);
    results_.push_back(sp->result);
    report_result(*sp);
  }
  auto err = write_exports(results_, o_, false);
  if (!err.empty()) throw BenchError{err};
}

void Scheduler::run() {
  calibrate_shell();
  if (o_.interleave && states_.size() > 1)
    run_interleaved();
  else
    run_sequential();
}

}  // namespace rpy::bench
