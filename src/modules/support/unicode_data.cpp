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
using unicode::map1;
using unicode::UniMap1;
#include "rpy/unicode27_tables.inc"
#include "rpy/unicode_is.inc"
#include "rpy/unicode_case.inc"

}  // namespace

bool unicode_printable(uint32_t cp) { return in_ranges(kPrintable, cp); }

bool unicode_space(uint32_t cp, bool py2) { return py2 ? in_ranges(k27Space, cp) : in_ranges(kSpace, cp); }

int unicode_decimal27(uint32_t cp) {
  for (const UniRange& r : k27Decimal)  // runs of ten digits, 0 first; U+19DA (one) follows its run
    if (cp >= r.first && cp <= r.last) return cp == 0x19DA ? 1 : static_cast<int>((cp - r.first) % 10);
  return -1;
}

bool unicode_is(const std::vector<uint32_t>& cps, int which, bool py2) {
  return py2 ? code_points_are27(cps, which) : code_points_are(cps, which);
}

void unicode_case(std::vector<uint32_t>& out, const std::vector<uint32_t>& cps, int op, bool py2) {
  auto put = [&out](uint32_t c) { out.push_back(c); };
  if (py2)
    case_map27(op, cps, put);
  else
    case_map3(op, cps, put);
}

}  // namespace rpy::modules
