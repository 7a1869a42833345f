#include "bench/format.hpp"

#include <charconv>
#include <cmath>
#include <cstdarg>
#include <cstdio>

namespace rpy::bench {

TimeUnit choose_unit(double seconds, TimeUnit forced) {
  if (forced != TimeUnit::Auto) return forced;
  if (seconds < 0.001) return TimeUnit::MicroSecond;
  if (seconds < 1.0) return TimeUnit::MilliSecond;
  return TimeUnit::Second;
}

const char* unit_short_name(TimeUnit u) {
  switch (u) {
    case TimeUnit::MicroSecond:
      return "µs";
    case TimeUnit::MilliSecond:
      return "ms";
    default:
      return "s";
  }
}

std::string printf_string(const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return "";
  if (size_t(n) < sizeof buf) return std::string(buf, size_t(n));
  std::string s(size_t(n) + 1, '\0');
  va_start(ap, fmt);
  std::vsnprintf(s.data(), s.size(), fmt, ap);
  va_end(ap);
  s.resize(size_t(n));
  return s;
}

std::string format_value(double seconds, TimeUnit u) {
  switch (u) {
    case TimeUnit::MicroSecond:
      return printf_string("%.1f", seconds * 1e6);
    case TimeUnit::MilliSecond:
      return printf_string("%.1f", seconds * 1e3);
    default:
      return printf_string("%.3f", seconds);
  }
}

std::string format_duration(double seconds, TimeUnit u) {
  TimeUnit unit = choose_unit(seconds, u);
  return format_value(seconds, unit) + " " + unit_short_name(unit);
}

std::string format_bytes(double bytes) {
  if (bytes >= 1024.0 * 1024 * 1024) return printf_string("%.2f GiB", bytes / (1024.0 * 1024 * 1024));
  if (bytes >= 1024.0 * 1024) return printf_string("%.1f MiB", bytes / (1024.0 * 1024));
  return printf_string("%.1f KiB", bytes / 1024.0);
}

std::string json_number(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  std::string s(buf, r.ptr);
  if (s.find_first_of(".e") == std::string::npos) s += ".0";  // keep it a float like serde
  return s;
}

std::string fixed_number(double v) {
  if (!std::isfinite(v)) return "NaN";
  char buf[512];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return std::string(buf, r.ptr);
}

std::string json_string(const std::string& s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        o += "\\\"";
        break;
      case '\\':
        o += "\\\\";
        break;
      case '\n':
        o += "\\n";
        break;
      case '\r':
        o += "\\r";
        break;
      case '\t':
        o += "\\t";
        break;
      case '\b':
        o += "\\b";
        break;
      case '\f':
        o += "\\f";
        break;
      default:
        if (c < 0x20)
          o += printf_string("\\u%04x", c);
        else
          o += char(c);
    }
  }
  return o + "\"";
}

}  // namespace rpy::bench
