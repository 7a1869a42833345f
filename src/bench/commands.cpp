#include "bench/commands.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <map>

namespace rpy::bench {

std::string Command::substitute(const std::string& s) const {
  if (parameters.empty()) return s;
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    bool hit = false;
    if (s[i] == '{') {
      for (auto& [k, v] : parameters) {
        if (s.compare(i + 1, k.size(), k) == 0 && i + 1 + k.size() < s.size() && s[i + 1 + k.size()] == '}') {
          out += v;
          i += k.size() + 2;
          hit = true;
          break;
        }
      }
    }
    if (!hit) out += s[i++];
  }
  return out;
}

std::string Command::name_with_unused_parameters() const {
  std::string extra;
  for (auto& [k, v] : parameters)
    if (expression.find("{" + k + "}") == std::string::npos) extra += (extra.empty() ? "" : ", ") + k + " = " + v;
  return display_name() + (extra.empty() ? "" : " (" + extra + ")");
}

namespace {

bool parse_i32(const std::string& s, long long& out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (*end || errno || v < INT_MIN || v > INT_MAX) return false;
  size_t k = (s[0] == '-' || s[0] == '+') ? 1 : 0;
  if (k >= s.size()) return false;
  out = v;
  return true;
}

// A decimal number as an integer mantissa and a scale (digits after the point), like the
// rust_decimal values hyperfine uses, so "0.3 + 0.2" prints "0.5" and "1 + 0.5" prints "1.5".
struct Dec {
  __int128 mant = 0;
  int scale = 0;
};

bool parse_dec(const std::string& s, Dec& d) {
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  bool digits = false, point = false;
  d = Dec{};
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      digits = true;
      d.mant = d.mant * 10 + (c - '0');
      if (point) d.scale++;
      if (d.scale > 20 || d.mant > (__int128)1e30) return false;
    } else if (c == '.' && !point)
      point = true;
    else
      return false;
  }
  if (!digits) return false;
  if (neg) d.mant = -d.mant;
  return true;
}

__int128 pow10(int n) {
  __int128 p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

Dec rescale(Dec d, int scale) {
  d.mant *= pow10(scale - d.scale);
  d.scale = scale;
  return d;
}

std::string dec_str(const Dec& d) {
  __int128 m = d.mant < 0 ? -d.mant : d.mant;
  std::string digits;
  do {
    digits.insert(digits.begin(), char('0' + int(m % 10)));
    m /= 10;
  } while (m > 0);
  while ((int)digits.size() <= d.scale) digits.insert(digits.begin(), '0');
  if (d.scale > 0) digits.insert(digits.end() - d.scale, '.');
  return (d.mant < 0 ? "-" : "") + digits;
}

}  // namespace

RangeResult parameter_range(const std::string& min, const std::string& max, const std::optional<std::string>& step) {
  RangeResult r;
  long long a, b, st = 1;
  bool ints = parse_i32(min, a) && parse_i32(max, b) && (!step || parse_i32(*step, st));
  if (ints) {
    if (st == 0) {
      r.error = "Zero is not a valid parameter step";
      return r;
    }
    if (a > b) {
      r.error = "Empty parameter range";
      return r;
    }
    if (st < 0) {
      r.error = "Empty parameter range";
      return r;
    }
    if ((b - a) / st >= 100000) {
      r.error = "Parameter range is too large";
      return r;
    }
    for (long long v = a; v <= b; v += st) r.values.push_back(std::to_string(v));
    return r;
  }
  if (!step) {
    r.error =
        "A step size is required when the range bounds are floating point numbers. The step size can be specified with the "
        "'-D/--parameter-step-size <DELTA>' parameter";
    return r;
  }
  Dec dmin, dmax, dstep;
  for (auto [s, d] : {std::pair{&min, &dmin}, std::pair{&max, &dmax}, std::pair{&*step, &dstep}})
    if (!parse_dec(*s, *d)) {
      r.error = "Error while parsing parameter scan arguments (Invalid decimal: unknown character)";
      return r;
    }
  if (dstep.mant == 0) {
    r.error = "Zero is not a valid parameter step";
    return r;
  }
  int sc = std::max({dmin.scale, dmax.scale, dstep.scale});
  Dec m = rescale(dmin, sc), M = rescale(dmax, sc), S = rescale(dstep, sc);
  if (m.mant > M.mant || S.mant < 0) {
    r.error = "Empty parameter range";
    return r;
  }
  if ((M.mant - m.mant) / S.mant >= 100000) {
    r.error = "Parameter range is too large";
    return r;
  }
  // The first value keeps the scale it was written with; sums take the larger scale.
  int sum_scale = std::max(dmin.scale, dstep.scale);
  bool first = true;
  for (__int128 v = m.mant; v <= M.mant; v += S.mant) {
    Dec cur = first ? dmin : Dec{v / pow10(sc - sum_scale), sum_scale};
    r.values.push_back(dec_str(cur));
    first = false;
  }
  return r;
}

std::vector<std::string> split_parameter_list(const std::string& values) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < values.size(); ++i) {
    char c = values[i];
    if (c == '\\' && i + 1 < values.size() && (values[i + 1] == ',' || values[i + 1] == '\\')) {
      cur += values[++i];
    } else if (c == ',') {
      out.push_back(cur);
      cur.clear();
    } else
      cur += c;
  }
  out.push_back(cur);
  return out;
}

ExpandResult expand_commands(const Options& o) {
  ExpandResult r;
  std::vector<std::pair<std::string, std::vector<std::string>>> params;
  if (o.scan) {
    auto range = parameter_range(o.scan->min, o.scan->max, o.scan->step);
    if (!range.error.empty()) {
      r.error = range.error;
      return r;
    }
    params.emplace_back(o.scan->var, range.values);
  }
  for (auto& [var, vals] : o.lists) params.emplace_back(var, split_parameter_list(vals));
  {
    std::map<std::string, int> count;
    std::string dupes;
    for (auto& p : params)
      if (++count[p.first] == 2) dupes += (dupes.empty() ? "" : ", ") + p.first;
    if (!dupes.empty()) {
      r.error = "Duplicate parameter names: " + dupes;
      return r;
    }
  }
  if (params.empty()) {
    if (o.names.size() > o.commands.size()) {
      r.error = "Too many --command-name options: Expected " + std::to_string(o.commands.size()) + " at most";
      return r;
    }
    for (size_t i = 0; i < o.commands.size(); ++i) {
      Command c;
      c.expression = o.commands[i];
      if (i < o.names.size()) c.name = o.names[i];
      r.commands.push_back(c);
    }
    return r;
  }
  // Odometer over (command, param1, param2, ...): the command index varies fastest,
  // exactly like hyperfine.
  std::vector<size_t> dims{o.commands.size()};
  size_t total = o.commands.size();
  for (auto& p : params) {
    dims.push_back(p.second.size());
    total *= p.second.size();
  }
  if (total == 0) return r;
  if (o.names.size() > 1 && o.names.size() != total) {
    r.error = "'--command-name' has been specified " + std::to_string(o.names.size()) +
              " times. It has to appear exactly once, or exactly " + std::to_string(total) + " times (number of benchmarks)";
    return r;
  }
  std::vector<size_t> idx(dims.size(), 0);
  for (size_t n = 0; n < total; ++n) {
    Command c;
    c.expression = o.commands[idx[0]];
    for (size_t k = 0; k < params.size(); ++k) c.parameters.emplace_back(params[k].first, params[k].second[idx[k + 1]]);
    if (!o.names.empty()) c.name = o.names.size() == 1 ? o.names[0] : o.names[n];
    r.commands.push_back(c);
    for (size_t k = 0; k < dims.size(); ++k) {
      if (++idx[k] < dims[k]) break;
      idx[k] = 0;
    }
  }
  return r;
}

}  // namespace rpy::bench
