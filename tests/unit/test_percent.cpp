// Unit tests of run-time `%` formatting (rpy::PercentFormat): conversions, flags, '*' widths and
// precisions, and Python's errors.
#include <gtest/gtest.h>

#include "rpy/rpy.hpp"

namespace {

rpy::Str* s(const char* c) { return rpy::str_from_cstr(c); }
std::string text(const rpy::Str* x) { return std::string(x->data, static_cast<size_t>(x->len)); }

template <class... A>
std::string fmt(const char* f, A... args) {
  rpy::PercentFormat p(s(f), false);
  (p.arg(args), ...);
  return text(p.finish());
}

template <class E, class... A>
std::string error_of(const char* f, A... args) {
  try {
    fmt(f, args...);
  } catch (E* e) {
    return text(rpy::exc_message(e));
  }
  return "no error";
}

}  // namespace

TEST(PercentFormat, ConversionsAndFlags) {
  GC_INIT();
  EXPECT_EQ(fmt("%d|%5d|%-5d|%05d|%+d", int64_t{42}, int64_t{42}, int64_t{42}, int64_t{42}, int64_t{42}), "42|   42|42   |00042|+42");
  EXPECT_EQ(fmt("%x %X %o %#x %#o", int64_t{255}, int64_t{255}, int64_t{8}, int64_t{255}, int64_t{8}), "ff FF 10 0xff 0o10");
  EXPECT_EQ(fmt("%.2f %e %g", 3.14159, 2.5, 1e20), "3.14 2.500000e+00 1e+20");
  EXPECT_EQ(fmt("%s and %r", static_cast<const rpy::Str*>(s("x")), static_cast<const rpy::Str*>(s("y"))), "x and 'y'");
  EXPECT_EQ(fmt("%s %s %d", true, false, true), "True False 1");
  EXPECT_EQ(fmt("%c%c", int64_t{65}, 'b'), "Ab");
  EXPECT_EQ(fmt("100%% %d", int64_t{1}), "100% 1");
  EXPECT_EQ(fmt("%d", 7.9), "7");  // %d truncates a float
}

TEST(PercentFormat, StarWidthAndPrecision) {
  GC_INIT();
  EXPECT_EQ(fmt("[%*d]", int64_t{5}, int64_t{42}), "[   42]");
  EXPECT_EQ(fmt("[%*d]", int64_t{-5}, int64_t{42}), "[42   ]");  // a negative width left-aligns
  EXPECT_EQ(fmt("[%.*f]", int64_t{2}, 3.14159), "[3.14]");
  EXPECT_EQ(fmt("[%*.*f]", int64_t{8}, int64_t{1}, 2.25), "[     2.2]");
}

TEST(PercentFormat, PythonErrors) {
  GC_INIT();
  EXPECT_EQ(error_of<rpy::TypeError>("%d %d", int64_t{1}), "not enough arguments for format string");
  EXPECT_EQ(error_of<rpy::TypeError>("%d", int64_t{1}, int64_t{2}), "not all arguments converted during string formatting");
  EXPECT_EQ(error_of<rpy::ValueError>("%q", int64_t{1}), "unsupported format character 'q' (0x71) at index 1");
  EXPECT_EQ(error_of<rpy::TypeError>("%x", 2.5), "%x format: an integer is required, not float");
  EXPECT_EQ(error_of<rpy::TypeError>("%d", static_cast<const rpy::Str*>(s("a"))), "%d format: a real number is required, not str");
  EXPECT_EQ(error_of<rpy::TypeError>("%*d", static_cast<const rpy::Str*>(s("a")), int64_t{1}), "* wants int");
}
