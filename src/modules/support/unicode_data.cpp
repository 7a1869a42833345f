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
#include "rpy/unicode_is.inc"

}  // namespace

bool unicode_printable(uint32_t cp) { return in_ranges(kPrintable, cp); }

bool unicode_is(const std::vector<uint32_t>& cps, int which) { return code_points_are(cps, which); }

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
