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
