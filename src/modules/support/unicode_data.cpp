#include "modules/support/unicode_data.hpp"

#include <algorithm>
#include <iterator>

namespace rpy::modules {

namespace {

struct UniRange {
  uint32_t first, last;
};
struct UniMap {
  uint32_t cp;
  uint32_t to[3];
};
#include "rpy/unicode_tables.inc"

template <size_t N>
bool unicode_in_ranges(const UniRange (&t)[N], uint32_t cp) {
  const UniRange* r = std::upper_bound(t, t + N, cp, [](uint32_t c, const UniRange& x) { return c < x.first; });
  return r != t && cp <= (r - 1)->last;
}

}  // namespace

bool unicode_printable(uint32_t cp) { return unicode_in_ranges(kPrintable, cp); }

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
