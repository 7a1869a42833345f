#include "modules/support/unicode_data.hpp"

#include <algorithm>
#include <iterator>

#include "rpy/unicode_ranges.hpp"

namespace rpy::modules {

namespace {

using unicode::in_ranges;
using unicode::UniMap;
using unicode::UniRange;
#include "rpy/unicode_tables.inc"

}  // namespace

bool unicode_printable(uint32_t cp) { return in_ranges(kPrintable, cp); }

bool unicode_is(const std::vector<uint32_t>& cps, int which) {
  if (which == 4 || which == 5) {  // isupper / islower: no character of the other case (or title), one cased
    bool cased = false;
    for (uint32_t c : cps) {
      bool up = in_ranges(kUpper, c), low = in_ranges(kLower, c);
      if (in_ranges(kTitle, c) || (which == 4 ? low : up)) return false;
      if (which == 4 ? up : low) cased = true;
    }
    return cased;
  }
  if (cps.empty()) return false;
  for (uint32_t c : cps) {
    bool ok;
    switch (which) {
      case 0:
        ok = in_ranges(kDigit, c);
        break;
      case 1:
        ok = in_ranges(kAlpha, c);
        break;
      case 2:
        ok = in_ranges(kAlpha, c) || in_ranges(kDecimal, c) || in_ranges(kDigit, c) || in_ranges(kNumeric, c);
        break;
      case 7:
        ok = in_ranges(kDecimal, c);
        break;
      case 8:
        ok = in_ranges(kDecimal, c) || in_ranges(kDigit, c) || in_ranges(kNumeric, c);
        break;
      default:
        ok = in_ranges(kSpace, c);
        break;
    }
    if (!ok) return false;
  }
  return true;
}

void unicode_map_case(std::vector<uint32_t>& out, uint32_t c, bool up) {
  const UniMap* t = up ? kToUpper : kToLower;
  const UniMap* end = t + (up ? std::size(kToUpper) : std::size(kToLower));
  const UniMap* m = std::lower_bound(t, end, c, [](const UniMap& x, uint32_t v) { return x.cp < v; });
  if (m == end || m->cp != c) {
    out.push_back(c);
    return;
  }
  for (uint32_t x : m->to)
    if (x) out.push_back(x);
}

}  // namespace rpy::modules
