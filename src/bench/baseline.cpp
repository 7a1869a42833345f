#include "bench/baseline.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "bench/format.hpp"
#include "bench/json.hpp"
#include "bench/stats.hpp"

namespace rpy::bench {

std::string load_baseline(const std::string& path, std::vector<BaselineEntry>& out) {
  std::ifstream f(path);
  if (!f) return "Could not read baseline file '" + path + "'";
  std::stringstream ss;
  ss << f.rdbuf();
  json::Value v;
  std::string err;
  if (!json::parse(ss.str(), v, err)) return "Could not parse baseline file '" + path + "': " + err;
  const json::Value* results = v.get("results");
  if (!results || results->kind != json::Value::Array) return "Baseline file '" + path + "' has no \"results\" array";
  for (auto& r : results->arr) {
    const json::Value* c = r.get("command");
    const json::Value* t = r.get("times");
    if (!c || c->kind != json::Value::String || !t || t->kind != json::Value::Array) continue;
    BaselineEntry e;
    e.command = c->str;
    for (auto& x : t->arr)
      if (x.kind == json::Value::Number) e.times.push_back(x.num);
    if (!e.times.empty()) out.push_back(e);
  }
  return "";
}

size_t compare_with_baseline(const std::vector<BenchmarkResult>& results, const std::vector<BaselineEntry>& base, const Options& o,
                             Report& report, const std::string& path) {
  size_t compared = 0;
  std::string text;
  for (auto& r : results) {
    const BaselineEntry* b = nullptr;
    for (auto& e : base)
      if (e.command == r.name) b = &e;
    if (!b) {
      text += "  " + r.name_with_unused + ": not in the baseline\n";
      continue;
    }
    ++compared;
    auto ratio = stats::ratio_of_means(r.times, b->times, o.confidence);
    double wp = stats::welch_t_test(r.times, b->times).p;
    double mp = stats::mann_whitney_u(r.times, b->times).p;
    bool sig = wp < o.significance && mp < o.significance;
    bool slower = ratio.value >= 1;
    double v = slower ? ratio.value : 1 / ratio.value;
    std::string ci = "CI unbounded";
    if (ratio.ci.bounded) {
      double lo = slower ? ratio.ci.lo : 1 / ratio.ci.hi, hi = slower ? ratio.ci.hi : 1 / ratio.ci.lo;
      ci = printf_string("%g%% CI %.2f–%.2f", o.confidence * 100, lo, hi);
    }
    text += "  " + report.cyan(r.name_with_unused) + ": " + report.bold_green(printf_string("%.2f", v)) +
            printf_string(" ± %.2f", slower ? ratio.stddev : ratio.stddev / (ratio.value * ratio.value)) + " times " +
            (slower ? "slower" : "faster") + " than the baseline (" + format_duration(stats::mean(b->times), o.unit) + " → " +
            format_duration(r.mean, o.unit) + "), " + ci + ", " +
            (sig ? report.yellow("significant") : std::string("no significant difference")) +
            printf_string(" (Welch p=%.2g, Mann-Whitney p=%.2g)\n", wp, mp);
  }
  if (!report.quiet()) {
    std::printf("%s\n%s", report.bold("Comparison with baseline '" + path + "'").c_str(), text.c_str());
    std::fflush(stdout);
  }
  return compared;
}

}  // namespace rpy::bench
