// Unit tests of a script's int arithmetic (rpy::chk_* in rpy/ints.hpp): every result that fits 64
// bits is exact, up to the edges; every one that does not stops the process with exit status 1 and
// the overflow message, whatever handlers the program has (not an exception it can catch).
#include <cmath>
#include <gtest/gtest.h>

#include <climits>

#include "rpy/rpy.hpp"

namespace {

constexpr int64_t kMax = INT64_MAX;
constexpr int64_t kMin = INT64_MIN;

TEST(IntChecks, ResultsThatFitAreExact) {
  EXPECT_EQ(rpy::chk_add(kMax - 1, 1), kMax);
  EXPECT_EQ(rpy::chk_add(kMin, kMax), -1);
  EXPECT_EQ(rpy::chk_sub(kMin + 1, 1), kMin);
  EXPECT_EQ(rpy::chk_mul(-(int64_t{1} << 62), 2), kMin);
  EXPECT_EQ(rpy::chk_mul(kMin, 1), kMin);
  EXPECT_EQ(rpy::chk_neg(kMax), kMin + 1);
  EXPECT_EQ(rpy::chk_abs(kMin + 1), kMax);
  EXPECT_EQ(rpy::chk_lshift(1, 62), int64_t{1} << 62);
  EXPECT_EQ(rpy::chk_lshift(-1, 63), kMin);
  EXPECT_EQ(rpy::chk_lshift(0, 1000), 0);
  EXPECT_EQ(rpy::chk_lshift(-3, 61), -3 * (int64_t{1} << 61));
  EXPECT_EQ(rpy::chk_pow(-2, 63), kMin);
  EXPECT_EQ(rpy::chk_pow(3, 39), 4052555153018976267);
  EXPECT_EQ(rpy::chk_pow(2, 0), 1);
  EXPECT_EQ(rpy::chk_pow(-1, kMax), -1);
  EXPECT_EQ(rpy::chk_pow(0, kMax), 0);
  EXPECT_EQ(rpy::chk_floordiv(kMin, 1), kMin);
  EXPECT_EQ(rpy::chk_floordiv(kMin, -2), int64_t{1} << 62);
  EXPECT_EQ(rpy::chk_divmod(-7, 2), std::make_tuple(int64_t{-4}, int64_t{1}));
  EXPECT_EQ(rpy::chk_float_to_int(-9223372036854775808.0), kMin);
  EXPECT_EQ(rpy::chk_float_to_int(9.2e18), 9200000000000000000);
  EXPECT_EQ(rpy::chk_float_to_int(-2.5), -2);
  EXPECT_EQ(rpy::chk_float_range(-9223372036854775808.0), -9223372036854775808.0);
  EXPECT_EQ(rpy::chk_factorial_arg(20), 20);
}

TEST(IntChecks, ErrorsPythonRaisesStayExceptions) {
  EXPECT_THROW(rpy::chk_lshift(1, -1), rpy::ValueError*);
  EXPECT_THROW(rpy::chk_floordiv(1, 0), rpy::ZeroDivisionError*);
  EXPECT_THROW(rpy::chk_float_to_int(std::nan("")), rpy::ValueError*);
  EXPECT_THROW(rpy::chk_float_to_int(HUGE_VAL), rpy::OverflowError*);
}

// What a translated script does on overflow: the message, status 1, and no handler runs.
void expect_stops(void (*f)()) {
  EXPECT_EXIT(
      {
        try {
          f();
        } catch (...) {
          std::_Exit(3);  // a handler ran: the stop was catchable
        }
        std::_Exit(4);  // no stop at all
      },
      testing::ExitedWithCode(1), "OverflowError: integer overflow: Python's int is unbounded, a translated script's int is 64-bit");
}

volatile int64_t g_sink;

TEST(IntChecksDeathTest, OverflowStopsTheProgram) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  expect_stops([] { g_sink = rpy::chk_add(kMax, 1); });
  expect_stops([] { g_sink = rpy::chk_sub(kMin, 1); });
  expect_stops([] { g_sink = rpy::chk_mul(int64_t{1} << 32, int64_t{1} << 31); });
  expect_stops([] { g_sink = rpy::chk_neg(kMin); });
  expect_stops([] { g_sink = rpy::chk_abs(kMin); });
  expect_stops([] { g_sink = rpy::chk_lshift(1, 63); });
  expect_stops([] { g_sink = rpy::chk_lshift(3, 62); });
  expect_stops([] { g_sink = rpy::chk_lshift(-1, 64); });
  expect_stops([] { g_sink = rpy::chk_pow(2, 63); });
  expect_stops([] { g_sink = rpy::chk_pow(-3, 40); });
  expect_stops([] { g_sink = rpy::chk_floordiv(kMin, -1); });
  expect_stops([] { g_sink = std::get<0>(rpy::chk_divmod(kMin, -1)); });
  expect_stops([] { g_sink = rpy::chk_float_to_int(9223372036854775808.0); });
  expect_stops([] { g_sink = rpy::chk_float_to_int(-1e19); });
  expect_stops([] { g_sink = static_cast<int64_t>(rpy::chk_float_range(1e19)); });
  expect_stops([] { g_sink = rpy::chk_factorial_arg(21); });
}

// The stops whose reason is not an overflow of the script's int arithmetic, in every program.
void expect_stops_with(void (*f)(), const char* message) {
  EXPECT_EXIT(
      {
        try {
          f();
        } catch (...) {
          std::_Exit(3);
        }
        std::_Exit(4);
      },
      testing::ExitedWithCode(1), message);
}

TEST(IntChecksDeathTest, NegativePowerAndLargeFloatStop) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  const char* pow_msg = "ValueError: int \\*\\* negative int: Python's result is a float";
  expect_stops_with([] { g_sink = rpy::chk_pow(2, -1); }, pow_msg);
  expect_stops_with([] { g_sink = rpy::int_pow(2, -1); }, pow_msg);
  const char* f2i_msg = "OverflowError: int\\(\\) of a float beyond 64 bits";
  expect_stops_with([] { g_sink = rpy::float_to_int(1e19); }, f2i_msg);
  expect_stops_with([] { g_sink = rpy::float_to_int(-9223372036854777856.0); }, f2i_msg);
}

TEST(IntChecks, FloatToIntEdges) {
  EXPECT_EQ(rpy::float_to_int(-9223372036854775808.0), kMin);  // -2**63 itself fits
  EXPECT_EQ(rpy::float_to_int(9223372036854774784.0), int64_t{9223372036854774784});
  EXPECT_EQ(rpy::float_to_int(-1.9), -1);
  EXPECT_THROW(rpy::float_to_int(-HUGE_VAL), rpy::OverflowError*);
  EXPECT_THROW(rpy::float_to_int(std::nan("")), rpy::ValueError*);
}

}  // namespace
