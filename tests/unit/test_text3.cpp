// Unit tests of Python 3 text in the runtime: the UTF-8 helpers (rpy/utf8.hpp) and the code point
// functions of runtime/text3.cpp. Expected values are python3's.
#include <gtest/gtest.h>

#include <string>

#include "rpy/rpy.hpp"
#include "rpy/utf8.hpp"

namespace {

using namespace rpy;

Str* S(const char* p) { return str_from_cstr(p); }
std::string T(const Str* s) { return std::string(s->data, static_cast<size_t>(s->len)); }

class Text3 : public ::testing::Test {
 protected:
  void SetUp() override {
    GC_INIT();
    python2 = false;
  }
};

TEST(Utf8, CountOffsetDecodeEncode) {
  const std::string s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z";  // a é € 😀 z
  const int64_t n = static_cast<int64_t>(s.size());
  EXPECT_EQ(utf8::count(s.data(), n), 5);
  EXPECT_EQ(utf8::offset(s.data(), n, 0), 0);
  EXPECT_EQ(utf8::offset(s.data(), n, 2), 3);
  EXPECT_EQ(utf8::offset(s.data(), n, 4), 10);
  EXPECT_EQ(utf8::offset(s.data(), n, 9), n);  // past the end: the end
  EXPECT_EQ(utf8::seq_len(s.data(), 6, n), 4);
  EXPECT_EQ(utf8::decode(s.data() + 3, 3), 0x20ACu);
  EXPECT_EQ(utf8::decode(s.data() + 6, 4), 0x1F600u);
  char buf[4];
  for (uint32_t cp : {0x0u, 0x7Fu, 0x80u, 0x7FFu, 0x800u, 0xFFFFu, 0x10000u, 0x10FFFFu}) {
    int k = utf8::encode(cp, buf);
    EXPECT_EQ(k, cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
    EXPECT_TRUE(utf8::valid(buf, k));
    EXPECT_EQ(utf8::decode(buf, k), cp);
  }
}

TEST(Utf8, Valid) {
  EXPECT_TRUE(utf8::valid("", 0));
  EXPECT_FALSE(utf8::valid("\xc3", 1));              // truncated
  EXPECT_FALSE(utf8::valid("\xa9", 1));              // a lone continuation byte
  EXPECT_FALSE(utf8::valid("\xc0\xaf", 2));          // overlong '/'
  EXPECT_FALSE(utf8::valid("\xed\xa0\x80", 3));      // a surrogate
  EXPECT_FALSE(utf8::valid("\xf4\x90\x80\x80", 4));  // above 0x10FFFF
  EXPECT_TRUE(utf8::valid("\xf4\x8f\xbf\xbf", 4));
}

TEST_F(Text3, LengthIndexSlice) {
  Str* s = S("caf\xc3\xa9!");
  EXPECT_EQ(len3(s), 5);
  EXPECT_EQ(len3(S("abc")), 3);
  EXPECT_EQ(T(str_getitem3(s, 3)), "\xc3\xa9");
  EXPECT_EQ(T(str_getitem3_slow(s, -2)), "\xc3\xa9");
  EXPECT_EQ(T(str_slice3(s, 2, 4)), "f\xc3\xa9");
  EXPECT_EQ(T(str_slice_from3(s, -2)), "\xc3\xa9!");
  EXPECT_EQ(T(str_slice_step3(s, false, 0, false, 0, -2)), "!fc");
  EXPECT_EQ(str_ord3(S("\xe2\x82\xac")), 0x20AC);
  EXPECT_EQ(T(str_chr3(0x1F600)), "\xf0\x9f\x98\x80");
}

TEST_F(Text3, FindCount) {
  Str* s = S("\xc3\xa9t\xc3\xa9 \xc3\xa9t\xc3\xa9");  // "été été"
  Str* te = S("t\xc3\xa9");
  EXPECT_EQ(str_find3(s, te, 0, INT64_MAX), 1);
  EXPECT_EQ(str_find3(s, te, 2, INT64_MAX), 5);
  EXPECT_EQ(str_rfind3(s, S("\xc3\xa9"), 0, INT64_MAX), 6);
  EXPECT_EQ(str_count3(s, S("\xc3\xa9"), 1, -1), 2);
  EXPECT_EQ(str_count3(s, S(""), 0, INT64_MAX), 8);
  EXPECT_EQ(str_find3(s, S(""), 8, INT64_MAX), -1);
  EXPECT_EQ(str_find3(s, S(""), 7, INT64_MAX), 7);
}

TEST_F(Text3, CaseAndPredicates) {
  EXPECT_EQ(T(str_upper3(S("stra\xc3\x9f"
                           "e"))),
            "STRASSE");
  EXPECT_EQ(T(str_lower3(S("\xc3\x89"
                           "COLE"))),
            "\xc3\xa9"
            "cole");
  EXPECT_TRUE(str_is3(S("\xc3\xa9t\xc3\xa9"), 1));
  EXPECT_TRUE(str_is3(S("\xd9\xa1\xd9\xa2"), 0));  // Arabic-Indic digits
  EXPECT_TRUE(str_is3(S("\xc2\xa0\x1c"), 3));
  EXPECT_FALSE(str_is3(S("\xc7\x85"), 4));  // titlecase Dž is neither upper nor lower
  Buffer b;
  repr_text(b, S("\xc3\xa9\xe2\x80\x8b"));
  EXPECT_EQ(T(b.to_str()), "'\xc3\xa9\\u200b'");
}

}  // namespace
