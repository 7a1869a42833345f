// Unit tests of rpy::Num (runtime/rpy/num.hpp), a number whose kind is known at run time: its
// arithmetic keeps Python's kinds, comparisons are exact between ints and floats, and equal
// numbers hash equal.
#include <gtest/gtest.h>

#include <cmath>

#include "rpy/num.hpp"

using rpy::Num;

TEST(Num, ArithmeticKeepsKinds) {
  Num two = Num::of(INT64_C(2)), half = Num::of(0.5), yes = Num::of(true);
  EXPECT_EQ(rpy::num_add(two, two).tag, Num::kInt);
  EXPECT_EQ(rpy::num_add(yes, yes).tag, Num::kInt);  // True + True is the int 2
  EXPECT_EQ(rpy::num_add(yes, yes).i, 2);
  EXPECT_EQ(rpy::num_add(two, half).tag, Num::kFloat);
  EXPECT_EQ(rpy::num_div2(Num::of(INT64_C(7)), two).i, 3);  // Python 2's / floors two ints
  EXPECT_EQ(rpy::num_truediv(Num::of(INT64_C(7)), two), 3.5);
  Num p = rpy::num_pow(two, Num::of(INT64_C(-1)));  // int ** negative int is a float
  EXPECT_EQ(p.tag, Num::kFloat);
  EXPECT_EQ(p.f, 0.5);
  EXPECT_EQ(rpy::num_bitop(yes, Num::of(false), '|').tag, Num::kBool);
  EXPECT_EQ(rpy::num_bitop(yes, two, '|').tag, Num::kInt);
  EXPECT_EQ(rpy::num_neg(yes).tag, Num::kInt);
  EXPECT_EQ(rpy::num_pos(yes).tag, Num::kInt);
}

TEST(Num, IntsStayExact) {
  int64_t big = (INT64_C(1) << 53) + 1;  // not a double
  Num n = Num::of(big);
  EXPECT_EQ(rpy::num_add(n, Num::of(INT64_C(1))).i, big + 1);
  EXPECT_FALSE(n == Num::of(9007199254740992.0));
  EXPECT_TRUE(n > Num::of(9007199254740992.0));
  EXPECT_TRUE(Num::of(INT64_MAX) < Num::of(9223372036854775808.0));  // 2**63
  EXPECT_FALSE(Num::of(INT64_C(1)) == Num::of(std::nan("")));
  EXPECT_FALSE(Num::of(INT64_C(1)) < Num::of(std::nan("")));
  EXPECT_TRUE(Num::of(INT64_C(1)) != Num::of(std::nan("")));
  EXPECT_TRUE(Num::of(INT64_C(3)) == Num::of(3.0));
  EXPECT_TRUE(Num::of(true) == Num::of(INT64_C(1)));
}

TEST(Num, EqualNumbersHashEqual) {
  EXPECT_EQ(rpy::num_hash(Num::of(INT64_C(1))), rpy::num_hash(Num::of(1.0)));
  EXPECT_EQ(rpy::num_hash(Num::of(true)), rpy::num_hash(Num::of(1.0)));
  EXPECT_EQ(rpy::num_hash(Num::of(INT64_C(-1))), rpy::num_hash(Num::of(-1.0)));
}
