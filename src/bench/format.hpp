// Number and time formatting shared by the terminal report and the exports.
#pragma once
#include <string>

#include "bench/options.hpp"

namespace rpy::bench {

// Chooses the unit like hyperfine: µs below 1 ms, ms below 1 s, s otherwise (unless forced).
TimeUnit choose_unit(double seconds, TimeUnit forced);
const char* unit_short_name(TimeUnit u);  // "s", "ms", "µs"
// The number only: "%.3f" for s, "%.1f" for ms and µs.
std::string format_value(double seconds, TimeUnit u);
// Value and unit, e.g. "11.0 ms"; picks the unit from `seconds` when u is Auto.
std::string format_duration(double seconds, TimeUnit u);
std::string format_bytes(double bytes);  // "12.3 MiB"
// Shortest round-trip representations (for JSON: may use exponents; for CSV: fixed notation).
std::string json_number(double v);
std::string fixed_number(double v);
std::string json_string(const std::string& s);
std::string printf_string(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

}  // namespace rpy::bench
