#include "bench/report.hpp"

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>

#include "bench/compare.hpp"
#include "bench/format.hpp"

namespace rpy::bench {

double monotonic_seconds() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

Report::Report(const Options& o) : o_(o) {
  bool tty = isatty(1);
  quiet_ = o.style == Style::None;
  switch (o.style) {
    case Style::Auto:
      color_ = tty && !std::getenv("NO_COLOR");
      interactive_ = tty;
      break;
    case Style::Full:
      color_ = true;
      interactive_ = true;
      break;
    case Style::NoColor:
      color_ = false;
      interactive_ = true;
      break;
    case Style::Color:
      color_ = true;
      interactive_ = false;
      break;
    default:
      color_ = false;
      interactive_ = false;
  }
}

namespace {
std::string wrap(bool on, const char* code, const std::string& s) { return on ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s; }
}  // namespace

std::string Report::bold(const std::string& s) const { return wrap(color_, "1", s); }
std::string Report::green(const std::string& s) const { return wrap(color_, "32", s); }
std::string Report::bold_green(const std::string& s) const { return wrap(color_, "1;32", s); }
std::string Report::blue(const std::string& s) const { return wrap(color_, "34", s); }
std::string Report::cyan(const std::string& s) const { return wrap(color_, "36", s); }
std::string Report::magenta(const std::string& s) const { return wrap(color_, "35", s); }
std::string Report::yellow(const std::string& s) const { return wrap(color_, "33", s); }
std::string Report::red(const std::string& s) const { return wrap(color_, "31", s); }
std::string Report::dim(const std::string& s) const { return wrap(color_, "2", s); }

void Report::header(size_t number, const std::string& name) {
  if (quiet_) return;
  std::printf("%s%s: %s\n", bold("Benchmark ").c_str(), bold(std::to_string(number)).c_str(), name.c_str());
  std::fflush(stdout);
}

static std::string pad_left(const std::string& s, size_t w) {
  // Width in characters (µ is two bytes in UTF-8, one column).
  size_t cols = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++cols;
  return cols >= w ? s : std::string(w - cols, ' ') + s;
}

void Report::result(const BenchmarkResult& r) {
  if (quiet_) return;
  progress_clear();
  TimeUnit unit = choose_unit(r.mean, o_.unit);
  auto d = [&](double v) { return format_duration(v, unit); };
  std::string user = d(r.user), sys = d(r.system);
  if (r.times.size() == 1) {
    std::printf("  Time (%s ≡):        %s  %s     [User: %s, System: %s]\n", bold_green("abs").c_str(),
                bold_green(pad_left(d(r.mean), 8)).c_str(), "        ", blue(user).c_str(), blue(sys).c_str());
  } else {
    std::printf("  Time (%s ± %s):     %s ± %s    [User: %s, System: %s]\n", bold_green("mean").c_str(), green("σ").c_str(),
                bold_green(pad_left(d(r.mean), 8)).c_str(), green(pad_left(d(r.stddev), 8)).c_str(), blue(user).c_str(), blue(sys).c_str());
    std::printf("  Range (%s … %s):   %s … %s    %s\n", cyan("min").c_str(), magenta("max").c_str(), cyan(pad_left(d(r.min), 8)).c_str(),
                magenta(pad_left(d(r.max), 8)).c_str(), dim(std::to_string(r.times.size()) + " runs").c_str());
  }
  if (o_.show_ci && r.mean_ci.bounded) {
    std::string lvl = printf_string("%g%%", o_.confidence * 100);
    std::printf("  Mean %s CI:   %s %s … %s    (Student t, %zu runs)\n", lvl.c_str(),
                std::string(lvl.size() < 3 ? 3 - lvl.size() : 0, ' ').c_str(), green(pad_left(d(r.mean_ci.lo), 8)).c_str(),
                green(pad_left(d(r.mean_ci.hi), 8)).c_str(), r.times.size());
  }
  if (o_.memory && !r.memory_bytes.empty()) {
    std::vector<double> mem(r.memory_bytes.begin(), r.memory_bytes.end());
    double mm = stats::mean(mem);
    std::string sd = mem.size() > 1 ? format_bytes(stats::stddev(mem)) : std::string("0.0 KiB");
    std::printf("  Memory (peak RSS): %s ± %s    [min: %s, max: %s]\n", pad_left(format_bytes(mm), 9).c_str(), pad_left(sd, 9).c_str(),
                format_bytes(stats::min(mem)).c_str(), format_bytes(stats::max(mem)).c_str());
  }
  if (!r.instructions.empty()) {
    std::vector<double> ins(r.instructions.begin(), r.instructions.end()), cyc(r.cycles.begin(), r.cycles.end());
    double mi = stats::mean(ins), mc = stats::mean(cyc);
    std::printf("  Counters (mean):   %.4g instructions, %.4g cycles, IPC %.2f\n", mi, mc, mc > 0 ? mi / mc : 0.0);
  }
  std::fflush(stdout);
}

void Report::warnings(const BenchmarkResult& r, bool shell_mode) {
  if (quiet_ || r.times.empty()) return;
  std::vector<std::string> w;
  if (shell_mode) {
    for (double t : r.times)
      if (t < 0.005) {
        w.push_back(
            "Command took less than 5 ms to complete. Note that the results might be inaccurate because rpy bench can not calibrate the "
            "shell startup time much more precise than this limit. You can try to use the `-N`/`--shell=none` option to disable the shell "
            "completely.");
        break;
      }
  }
  for (auto& c : r.exit_codes)
    if (!c || *c != 0) {
      w.push_back("Ignoring non-zero exit code.");
      break;
    }
  bool warmup = o_.warmup > 0, prepare = !o_.prepare.empty();
  auto z = stats::modified_zscores(r.times);
  if (z.size() > 1 && z[0] > stats::kOutlierThreshold) {
    std::string hint;
    if (warmup && prepare)
      hint =
          "You are already using both the '--warmup' option as well as the '--prepare' option. Consider re-running the benchmark on a "
          "quiet system. Maybe it was a random outlier. Alternatively, consider increasing the warmup count.";
    else if (warmup)
      hint =
          "You are already using the '--warmup' option which helps to fill these caches before the actual benchmark. You can either try to "
          "increase the warmup count further or re-run this benchmark on a quiet system in case it was a random outlier. Alternatively, "
          "consider using the '--prepare' option to clear the caches before each timing run.";
    else if (prepare)
      hint =
          "You are already using the '--prepare' option which can help to either clear caches or fill them (e.g. with warmup runs). "
          "Consider re-running the benchmark on a quiet system or use the '--warmup' option to fill caches before the actual benchmark. "
          "Maybe it was a random outlier.";
    else
      hint =
          "You should consider using the '--warmup' option to fill those caches before the actual benchmark. Alternatively, use the "
          "'--prepare' option to clear the caches before each timing run.";
    w.push_back("The first benchmarking run for this command was significantly slower than the rest (" +
                format_duration(r.times[0], o_.unit) +
                "). This could be caused by (filesystem) caches that were not filled until after the first run. " + hint);
  } else {
    for (double s : z)
      if (std::fabs(s) > stats::kOutlierThreshold) {
        w.push_back(std::string("Statistical outliers were detected. Consider re-running this benchmark on a quiet system without any "
                                "interferences from other programs.") +
                    (warmup && prepare ? "" : " It might help to use the '--warmup' or '--prepare' options."));
        break;
      }
  }
  if (w.empty()) return;
  std::fflush(stdout);
  std::fprintf(stderr, " \n");
  for (auto& m : w) std::fprintf(stderr, "  %s: %s\n", yellow("Warning").c_str(), m.c_str());
  std::fflush(stderr);
}

void Report::blank_line() {
  if (quiet_) return;
  std::printf(" \n");
  std::fflush(stdout);
}

void Report::summary(const std::vector<BenchmarkResult>& results) {
  if (quiet_ || results.size() < 2) return;
  auto ref = reference_index(results);
  if (!ref) {
    note(
        "The benchmark comparison could not be computed as some benchmark times are zero. This could be caused by background interference "
        "during the initial calibration phase of rpy bench, in combination with very fast commands (faster than a few milliseconds). Try "
        "to re-run the benchmark on a quiet system. If it does not help, your command is most likely too fast to be accurately "
        "benchmarked.");
    return;
  }
  auto rel = relative_speeds(results, *ref, o_.confidence, o_.significance);
  auto extras = [&](const Relative& q, bool inverted) {
    if (!o_.show_ci && !o_.show_significance) return;
    std::string line = "      ";
    if (o_.show_ci) {
      std::string lvl = printf_string("%g%%", o_.confidence * 100);
      if (q.ratio_ci.bounded) {
        double lo = inverted ? 1 / q.ratio_ci.hi : q.ratio_ci.lo, hi = inverted ? 1 / q.ratio_ci.lo : q.ratio_ci.hi;
        line += printf_string("%s CI %.2f–%.2f (Fieller)", lvl.c_str(), lo, hi);
      } else
        line += lvl + " CI unbounded (too few runs or too much noise)";
    }
    if (o_.show_significance) {
      if (o_.show_ci) line += ", ";
      line += q.significant ? green("significant") : yellow("no significant difference");
      line += printf_string(" (Welch p=%.2g, Mann-Whitney p=%.2g, alpha=%g)", q.welch_p, q.mann_whitney_p, o_.significance);
    }
    std::printf("%s\n", line.c_str());
  };
  bool by_command = o_.sort == SortOrder::Command;
  if (by_command) {
    std::printf("%s\n", bold("Relative speed comparison").c_str());
    for (auto& q : rel) {
      std::string sd = q.is_reference || !results[q.index].has_stddev ? std::string("        ")
                                                                      : " ± " + green(printf_string("%.2f", q.ratio_stddev)) + "  ";
      std::printf("  %s%s  %s%s\n", bold_green(printf_string("%10.2f", q.ratio)).c_str(), sd.c_str(),
                  results[q.index].name_with_unused.c_str(), q.is_reference ? "  (reference)" : "");
      if (!q.is_reference) extras(q, false);
    }
  } else {
    std::printf("%s\n", bold("Summary").c_str());
    std::printf("  %s ran\n", cyan(results[*ref].name_with_unused).c_str());
    std::vector<const Relative*> others;
    for (auto& q : rel)
      if (!q.is_reference) others.push_back(&q);
    std::stable_sort(others.begin(), others.end(), [&](auto* a, auto* b) { return a->ratio < b->ratio; });
    for (auto* q : others) {
      const auto& r = results[q->index];
      bool slower = q->ratio < 1;  // only possible with --reference
      double v = slower ? 1 / q->ratio : q->ratio;
      double sd = slower ? q->ratio_stddev / (q->ratio * q->ratio) : q->ratio_stddev;
      std::string sds = r.has_stddev || results[*ref].has_stddev ? " ± " + green(printf_string("%.2f", sd)) : "";
      std::printf("%s%s times %s than %s\n", bold_green(printf_string("%8.2f", v)).c_str(), sds.c_str(),
                  slower ? "slower" : (q->ratio == 1 ? "faster" : "faster"), magenta(r.name_with_unused).c_str());
      extras(*q, slower);
    }
  }
  std::fflush(stdout);
}

void Report::error(const std::string& msg) {
  progress_clear();
  std::fflush(stdout);
  bool c = isatty(2) && o_.style != Style::Basic && o_.style != Style::NoColor && !std::getenv("NO_COLOR");
  std::fprintf(stderr, "%s %s\n", wrap(c, "31", "Error:").c_str(), msg.c_str());
}

void Report::warning(const std::string& msg) {
  if (quiet_) return;
  progress_clear();
  std::fflush(stdout);
  std::fprintf(stderr, "%s: %s\n", yellow("Warning").c_str(), msg.c_str());
}

void Report::note(const std::string& msg) {
  if (quiet_) return;
  progress_clear();
  std::fflush(stdout);
  std::fprintf(stderr, "%s: %s\n", bold("Note").c_str(), msg.c_str());
}

void Report::progress_start(const std::string& label, std::uint64_t total) {
  label_ = label;
  total_ = total;
  bar_start_ = monotonic_seconds();
  progress_update(0, "");
}

void Report::progress_update(std::uint64_t done, const std::string& message) {
  if (quiet_ || !interactive_) return;
  static const char* spinner[] = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
  const int width = 40;
  std::uint64_t total = total_ ? total_ : 1;
  int filled = int(double(width) * double(std::min(done, total)) / double(total));
  std::string bar;
  for (int i = 0; i < width; ++i) bar += i < filled ? "█" : "░";
  double el = monotonic_seconds() - bar_start_;
  double eta = done ? el / double(done) * double(total - std::min(done, total)) : 0;
  int e = int(eta + 0.5);
  std::printf("\r\x1b[2K%s %s %s ETA %02d:%02d:%02d", green(spinner[spin_++ % 10]).c_str(), (message.empty() ? label_ : message).c_str(),
              bar.c_str(), e / 3600, e / 60 % 60, e % 60);
  std::fflush(stdout);
  bar_visible_ = true;
}

void Report::progress_clear() {
  if (!bar_visible_) return;
  std::printf("\r\x1b[2K");
  std::fflush(stdout);
  bar_visible_ = false;
}

}  // namespace rpy::bench
