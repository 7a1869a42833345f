// Unit tests of the import-time evaluator's arbitrary-precision integers (values checked against
// CPython).
#include <gtest/gtest.h>

#include <cmath>

#include "modules/support/bigint.hpp"

using rpy::modules::BigInt;

static BigInt big(const std::string& s) { return *BigInt::parse(s, 10); }
static std::string str(const BigInt& b) { return b.to_string(); }

TEST(BigInt, ParseAndPrint) {
  EXPECT_EQ(str(big("0")), "0");
  EXPECT_EQ(str(big("-0")), "0");
  EXPECT_EQ(str(big("717897987691852588770249")), "717897987691852588770249");
  EXPECT_EQ(str(big("-000123")), "-123");
  EXPECT_FALSE(BigInt::parse("12a", 10).has_value());
  EXPECT_FALSE(BigInt::parse("", 10).has_value());
  EXPECT_FALSE(BigInt::parse("-", 10).has_value());
  EXPECT_EQ(str(*BigInt::parse("ffffffffffffffffffffffffff", 16)), "20282409603651670423947251286015");
  EXPECT_EQ(str(*BigInt::parse("zz", 36)), "1295");
  EXPECT_EQ(BigInt(INT64_MIN).to_string(), "-9223372036854775808");
  EXPECT_TRUE(BigInt(-8).fits_int64());
  EXPECT_EQ(BigInt(-8).to_int64(), -8);
  EXPECT_TRUE(BigInt(INT64_MIN).fits_int64());
  EXPECT_FALSE((BigInt(INT64_MIN) - BigInt(1)).fits_int64());
  EXPECT_FALSE((BigInt(INT64_MAX) + BigInt(1)).fits_int64());
}

TEST(BigInt, Arithmetic) {
  EXPECT_EQ(str(BigInt::pow(BigInt(3), 50)), "717897987691852588770249");
  EXPECT_EQ(str(BigInt::pow(BigInt(10), 100) + BigInt(1)), "1" + std::string(99, '0') + "1");
  EXPECT_EQ(str(BigInt(1).shl(70)), "1180591620717411303424");
  EXPECT_EQ(str(big("1180591620717411303424") - big("1180591620717411303425")), "-1");
  EXPECT_EQ(str(big("-99999999999999999999") * big("99999999999999999999")), "-9999999999999999999800000000000000000001");
}

TEST(BigInt, FloorDivision) {
  BigInt q, r;
  BigInt::divmod(-BigInt::pow(BigInt(10), 30), BigInt(7), q, r);
  EXPECT_EQ(str(q), "-142857142857142857142857142858");
  EXPECT_EQ(str(r), "6");
  BigInt::divmod(BigInt::pow(BigInt(10), 30), BigInt(-7), q, r);
  EXPECT_EQ(str(q), "-142857142857142857142857142858");
  EXPECT_EQ(str(r), "-6");
  BigInt::divmod(-BigInt::pow(BigInt(10), 30), -BigInt::pow(BigInt(7), 20), q, r);
  EXPECT_EQ(str(q), "12532542894196");
  EXPECT_EQ(str(r), "-67743503997153804");
}

TEST(BigInt, BitwiseIsTwosComplement) {
  BigInt a = -BigInt::pow(BigInt(3), 40);
  EXPECT_EQ(str(a & (BigInt(1).shl(70) - BigInt(1))), "1168433955258354374623");
  EXPECT_EQ(str(a | BigInt(12345)), "-12157665459056920577");
  EXPECT_EQ(str(BigInt::pow(BigInt(3), 40) ^ -BigInt::pow(BigInt(5), 30)), "-937616447256522416010");
  EXPECT_EQ(str(~BigInt::pow(BigInt(10), 25)), "-10000000000000000000000001");
  BigInt t = BigInt::pow(BigInt(10), 30);
  EXPECT_EQ(str((-t).shr(3)), "-125000000000000000000000000000");
  EXPECT_EQ(str(t.shr(70)), "847032947");
  EXPECT_EQ(str((-t).shr(200)), "-1");
}

TEST(BigInt, ToDoubleRoundsHalfToEven) {
  BigInt p80 = BigInt(1).shl(80);
  EXPECT_EQ(*(p80 + BigInt(1).shl(27)).to_double(), std::ldexp(1.0, 80));
  EXPECT_EQ(*(p80 + BigInt(1).shl(27) + BigInt(1)).to_double(), std::ldexp(1.0, 80) + std::ldexp(1.0, 28));
  EXPECT_EQ(*(BigInt(1).shl(64) + BigInt(1)).to_double(), 18446744073709551616.0);
  EXPECT_FALSE(BigInt(1).shl(1024).to_double().has_value());
  EXPECT_EQ(*BigInt::true_divide(BigInt::pow(BigInt(10), 40), BigInt(3) * BigInt::pow(BigInt(10), 20)), 3.333333333333333e+19);
  EXPECT_EQ(*BigInt::true_divide(BigInt(1).shl(70) + BigInt(1), BigInt(3)), 3.935305402391371e+20);
  EXPECT_EQ(str(BigInt::from_double(-1e25)), "-10000000000000000905969664");
  EXPECT_EQ(BigInt::pow(BigInt(10), 30).compare_double(1e30), -1);  // 1e30 is 10**30 + 19884624838656
  EXPECT_EQ(BigInt::from_double(1e30).compare_double(1e30), 0);
  EXPECT_EQ(BigInt::from_double(1e30).compare_double(1e30 + 1e15), -1);
  EXPECT_EQ(BigInt(3).compare_double(2.5), 1);
  EXPECT_EQ(BigInt(-3).compare_double(-2.5), -1);
}

TEST(BigInt, Bases) {
  EXPECT_EQ((BigInt(1).shl(100) - BigInt(1)).to_string(16), "fffffffffffffffffffffffff");
  EXPECT_EQ(BigInt::pow(BigInt(8), 30).to_string(8), "1000000000000000000000000000000");
  EXPECT_EQ((-BigInt(1).shl(77)).to_string(2), "-1" + std::string(77, '0'));
}

TEST(BigInt, PowMod) {
  EXPECT_EQ(str(BigInt::powmod(BigInt(3), BigInt(100000), BigInt(1000000007))), "916902199");
  EXPECT_EQ(str(BigInt::powmod(BigInt(-7), BigInt(123456789), big("100000000000000000039"))), "7675282534085306513");
}

TEST(BigInt, HashesMatchCPython) {
  BigInt p100 = BigInt(1).shl(100);
  EXPECT_EQ(p100.hash_py2(), 68719476736);
  EXPECT_EQ((-p100).hash_py2(), -68719476736);
  EXPECT_EQ(BigInt::pow(BigInt(3), 50).hash_py2(), 6048575297968569294);
  EXPECT_EQ((BigInt(1).shl(64) - BigInt(1)).hash_py2(), -2);
  EXPECT_EQ(BigInt(1).shl(63).hash_py2(), INT64_MIN);
  EXPECT_EQ(p100.hash_py3(), 549755813888);
  EXPECT_EQ(BigInt::pow(BigInt(3), 50).hash_py3(), 1436889279541453811);
  EXPECT_EQ((BigInt(1).shl(61) - BigInt(1)).hash_py3(), 0);
}
