// Python 3's Unicode character data for the import-time evaluator: the runtime's tables
// (rpy/unicode_tables.inc, from CPython's unicodedata), included once here.
#pragma once
#include <cstdint>
#include <vector>

namespace rpy::modules {

// str.isprintable() of one code point: what repr() of a Python 3 str keeps as it is.
bool unicode_printable(uint32_t cp);
// Appends c upper-cased (up) or lower-cased, possibly several code points ('ß'.upper() == 'SS').
// str.isdigit() and its kin of Python 3 text (Python 2 unicode) given as code points, which: 0 isdigit,
// 1 isalpha, 2 isalnum, 3 isspace, 4 isupper, 5 islower, 7 isdecimal, 8 isnumeric (the runtime's
// str_is3 numbering).
bool unicode_is(const std::vector<uint32_t>& cps, int which);
void unicode_map_case(std::vector<uint32_t>& out, uint32_t c, bool up);

}  // namespace rpy::modules
