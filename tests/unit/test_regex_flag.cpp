// Python 3.11's text and inversion of re's flags (modules/objects/regex_flag.hpp), against what
// python3 prints for the same values.
#include <gtest/gtest.h>

#include "modules/objects/regex_flag.hpp"

namespace m = rpy::modules;

TEST(RegexFlag, TextNamesTheBitsInReOrder) {
  EXPECT_EQ(m::regex_flag_text(0), "re.NOFLAG");
  EXPECT_EQ(m::regex_flag_text(2), "re.IGNORECASE");
  EXPECT_EQ(m::regex_flag_text(24), "re.MULTILINE|re.DOTALL");
  EXPECT_EQ(m::regex_flag_text(258), "re.ASCII|re.IGNORECASE");
  EXPECT_EQ(m::regex_flag_text(3), "re.IGNORECASE|re.TEMPLATE");
  EXPECT_EQ(m::regex_flag_text(2 | 1024), "re.IGNORECASE|0x400");
  EXPECT_EQ(m::regex_flag_text(1536), "re.RegexFlag(1536)");
}

TEST(RegexFlag, InvertKeepsTheWidthOfTheMembersOrOfTheValue) {
  EXPECT_EQ(m::regex_flag_invert(2), 509);
  EXPECT_EQ(m::regex_flag_invert(0), 511);
  EXPECT_EQ(m::regex_flag_invert(514), 509);
  EXPECT_EQ(m::regex_flag_invert(int64_t{1} << 40), (int64_t{1} << 40) - 1);
}

TEST(RegexFlag, ANegativeValueKeepsNineBits) {
  EXPECT_EQ(m::make_regex_flag(-1)->as<m::IntObj>()->value, 511);
  EXPECT_EQ(m::make_regex_flag(-1000)->as<m::IntObj>()->value, 24);
  EXPECT_TRUE(m::is_regex_flag(m::make_regex_flag(2)));
  EXPECT_FALSE(m::is_regex_flag(m::make_int(2)));
}
