// Python 3's Unicode character data for the import-time evaluator: the runtime's tables
// (rpy/unicode_tables.inc, from CPython's unicodedata), included once here.
#pragma once
#include <cstdint>
#include <vector>

namespace rpy::modules {

// str.isprintable() of one code point: what repr() of a Python 3 str keeps as it is.
bool unicode_printable(uint32_t cp);
// str.isdigit() and its kin of Python 3 text (Python 2 unicode, py2: python2.7's Unicode 5.2) given
// as code points, which: 0 isdigit, 1 isalpha, 2 isalnum, 3 isspace, 4 isupper, 5 islower,
// 7 isdecimal, 8 isnumeric, 9 istitle (the runtime's str_is3 numbering).
bool unicode_is(const std::vector<uint32_t>& cps, int which, bool py2);
// Whitespace of text (str.split() with no separator, strip()): Python 3's Unicode 14.0, or
// python2.7's 5.2 for Python 2 unicode (py2); both hold '\x1c'..'\x1f'.
bool unicode_space(uint32_t cp, bool py2);
// The decimal digit value of a code point in python2.7's Unicode 5.2, -1 if it is none.
int unicode_decimal27(uint32_t cp);
// Appends the text cps mapped by a case method (op: 0 upper, 1 lower, 2 swapcase, 3 title,
// 4 capitalize, 5 casefold) as the runtime maps it: Python 3's full mappings, or Python 2.7's simple
// ones (py2, ops 0-4).
void unicode_case(std::vector<uint32_t>& out, const std::vector<uint32_t>& cps, int op, bool py2);

}  // namespace rpy::modules
