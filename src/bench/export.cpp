#include "bench/export.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>

#include "bench/compare.hpp"
#include "bench/format.hpp"

namespace rpy::bench {

namespace {
std::map<std::string, std::string> sorted_params(const Command& c) {
  return std::map<std::string, std::string>(c.parameters.begin(), c.parameters.end());
}
}  // namespace

std::string export_json(const std::vector<BenchmarkResult>& results, const Options& o) {
  std::string s = "{\n  \"results\": [";
  auto ref = reference_index(results);
  std::vector<Relative> rel;
  if (ref) rel = relative_speeds(results, *ref, o.confidence, o.significance);
  for (size_t i = 0; i < results.size(); ++i) {
    const auto& r = results[i];
    s += i ? ",\n    {\n" : "\n    {\n";
    s += "      \"command\": " + json_string(r.name) + ",\n";
    s += "      \"mean\": " + json_number(r.mean) + ",\n";
    s += "      \"stddev\": " + (r.has_stddev ? json_number(r.stddev) : std::string("null")) + ",\n";
    s += "      \"median\": " + json_number(r.median) + ",\n";
    s += "      \"user\": " + json_number(r.user) + ",\n";
    s += "      \"system\": " + json_number(r.system) + ",\n";
    s += "      \"min\": " + json_number(r.min) + ",\n";
    s += "      \"max\": " + json_number(r.max) + ",\n";
    s += "      \"times\": [";
    for (size_t k = 0; k < r.times.size(); ++k) s += (k ? ",\n        " : "\n        ") + json_number(r.times[k]);
    s += r.times.empty() ? "],\n" : "\n      ],\n";
    s += "      \"memory_usage_byte\": [";
    for (size_t k = 0; k < r.memory_bytes.size(); ++k) s += (k ? ",\n        " : "\n        ") + std::to_string(r.memory_bytes[k]);
    s += r.memory_bytes.empty() ? "],\n" : "\n      ],\n";
    s += "      \"exit_codes\": [";
    for (size_t k = 0; k < r.exit_codes.size(); ++k)
      s += (k ? ",\n        " : "\n        ") + (r.exit_codes[k] ? std::to_string(*r.exit_codes[k]) : std::string("null"));
    s += r.exit_codes.empty() ? "]" : "\n      ]";
    auto params = sorted_params(r.command);
    if (!params.empty()) {
      s += ",\n      \"parameters\": {";
      bool first = true;
      for (auto& [k, v] : params) {
        s += (first ? "\n        " : ",\n        ") + json_string(k) + ": " + json_string(v);
        first = false;
      }
      s += "\n      }";
    }
    // Extras (rpy bench only); hyperfine's keys above are unchanged.
    s += ",\n      \"user_times\": [";
    for (size_t k = 0; k < r.user_times.size(); ++k) s += (k ? ", " : "") + json_number(r.user_times[k]);
    s += "],\n      \"system_times\": [";
    for (size_t k = 0; k < r.system_times.size(); ++k) s += (k ? ", " : "") + json_number(r.system_times[k]);
    s += "],\n      \"confidence_level\": " + json_number(o.confidence);
    s += ",\n      \"mean_ci\": " +
         (r.mean_ci.bounded ? "[" + json_number(r.mean_ci.lo) + ", " + json_number(r.mean_ci.hi) + "]" : std::string("null"));
    if (!r.instructions.empty()) {
      s += ",\n      \"instructions\": [";
      for (size_t k = 0; k < r.instructions.size(); ++k) s += (k ? ", " : "") + std::to_string(r.instructions[k]);
      s += "],\n      \"cycles\": [";
      for (size_t k = 0; k < r.cycles.size(); ++k) s += (k ? ", " : "") + std::to_string(r.cycles[k]);
      s += "]";
    }
    if (ref && i < rel.size()) {
      const auto& q = rel[i];
      s += ",\n      \"relative\": {\"is_reference\": " + std::string(q.is_reference ? "true" : "false") +
           ", \"ratio\": " + json_number(q.ratio) + ", \"ratio_stddev\": " + json_number(q.ratio_stddev) + ", \"ratio_ci\": " +
           (q.ratio_ci.bounded ? "[" + json_number(q.ratio_ci.lo) + ", " + json_number(q.ratio_ci.hi) + "]" : std::string("null"));
      if (!q.is_reference)
        s += ", \"welch_p\": " + json_number(q.welch_p) + ", \"mann_whitney_p\": " + json_number(q.mann_whitney_p) +
             ", \"significant\": " + (q.significant ? "true" : "false");
      s += "}";
    }
    s += "\n    }";
  }
  s += results.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return s;
}

std::string export_csv(const std::vector<BenchmarkResult>& results) {
  auto field = [](const std::string& v) {
    if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
    std::string q = "\"";
    for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
  };
  std::string s = "command,mean,stddev,median,user,system,min,max";
  if (!results.empty())
    for (auto& [k, v] : sorted_params(results[0].command)) s += "," + field("parameter_" + k);
  s += "\n";
  for (auto& r : results) {
    s += field(r.name);
    for (double v : {r.mean, r.has_stddev ? r.stddev : 0.0, r.median, r.user, r.system, r.min, r.max}) s += "," + fixed_number(v);
    for (auto& [k, v] : sorted_params(r.command)) s += "," + field(v);
    s += "\n";
  }
  return s;
}

std::string export_markup(ExportFormat f, const std::vector<BenchmarkResult>& results, const Options& o) {
  if (results.empty()) return "";
  TimeUnit unit = choose_unit(results[0].mean, o.unit);
  if (unit == TimeUnit::MicroSecond && o.unit == TimeUnit::Auto) unit = TimeUnit::MilliSecond;
  std::string un = unit_short_name(unit);
  std::vector<std::string> head = {"Command", "Mean [" + un + "]", "Min [" + un + "]", "Max [" + un + "]", "Relative"};
  auto ref = reference_index(results);
  std::vector<Relative> rel;
  if (ref) rel = relative_speeds(results, *ref, o.confidence, o.significance);
  std::vector<size_t> order(results.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (o.sort == SortOrder::MeanTime)
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return results[a].mean < results[b].mean; });
  std::vector<std::vector<std::string>> rows;
  for (size_t i : order) {
    const auto& r = results[i];
    std::string cmd;
    switch (f) {
      case ExportFormat::OrgMode:
        cmd = "=" + r.name + "=";
        break;
      default:
        cmd = "`" + r.name + "`";
    }
    std::string mean = format_value(r.mean, unit) + (r.has_stddev ? " ± " + format_value(r.stddev, unit) : "");
    std::string relative = "";
    if (ref) {
      relative = printf_string("%.2f", rel[i].ratio);
      if (!rel[i].is_reference && r.has_stddev) relative += printf_string(" ± %.2f", rel[i].ratio_stddev);
    }
    rows.push_back({cmd, mean, format_value(r.min, unit), format_value(r.max, unit), relative});
  }
  auto join = [](const std::vector<std::string>& v, const std::string& sep) {
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
    return s;
  };
  std::string s;
  if (f == ExportFormat::Markdown) {
    s += "| " + join(head, " | ") + " |\n|:---|---:|---:|---:|---:|\n";
    for (auto& row : rows) s += "| " + join(row, " | ") + " |\n";
  } else if (f == ExportFormat::AsciiDoc) {
    s += "[cols=\"<,>,>,>,>\"]\n|===";
    s += "\n| " + join(head, " \n| ") + " \n";
    for (auto& row : rows) s += "\n| " + join(row, " \n| ") + " \n";
    s += "|===\n";
  } else {
    auto line = [&](const std::vector<std::string>& c) {
      return "| " + c[0] + "  |  " + join(std::vector<std::string>(c.begin() + 1, c.end()), " |  ") + " |\n";
    };
    s += line(head) + "|--+--+--+--+--|\n";
    for (auto& row : rows) s += line(row);
  }
  return s;
}

std::string render_export(ExportFormat f, const std::vector<BenchmarkResult>& results, const Options& o) {
  switch (f) {
    case ExportFormat::Json:
      return export_json(results, o);
    case ExportFormat::Csv:
      return export_csv(results);
    default:
      return export_markup(f, results, o);
  }
}

std::string write_file(const std::string& path, const std::string& text) {
  FILE* f = std::fopen(path.c_str(), "w");
  if (!f) return "Could not create export file '" + path + "': " + std::strerror(errno) + " (os error " + std::to_string(errno) + ")";
  size_t n = std::fwrite(text.data(), 1, text.size(), f);
  int e = errno;
  if (std::fclose(f) != 0 || n != text.size())
    return "Could not write export file '" + path + "': " + std::strerror(e) + " (os error " + std::to_string(e) + ")";
  return "";
}

std::string create_export_files(const Options& o) {
  for (auto& e : o.exports)
    if (e.path != "-") {
      auto err = write_file(e.path, "");
      if (!err.empty()) return err;
    }
  if (o.save_baseline) {
    auto err = write_file(*o.save_baseline, "");
    if (!err.empty()) return err;
  }
  return "";
}

std::string write_exports(const std::vector<BenchmarkResult>& results, const Options& o, bool final) {
  for (auto& e : o.exports) {
    std::string text = render_export(e.format, results, o);
    if (e.path == "-") {
      if (final) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
      }
    } else {
      auto err = write_file(e.path, text);
      if (!err.empty()) return err;
    }
  }
  return "";
}

}  // namespace rpy::bench
