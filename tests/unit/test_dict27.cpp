// Unit tests of the dicts and sets of Python 2 programs (rpy/dict27.hpp, rpy/hash27.hpp): the
// hashes against values printed by python2.7 (2.7.18, 64-bit, `hash(x)`), and the order CPython
// 2.7's table gives (`d.keys()`, `list(s)` of the same histories under python2.7).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rpy/rpy.hpp"

namespace {

rpy::Str* S(const std::string& s) { return rpy::str_new(s.data(), static_cast<int64_t>(s.size())); }

template <class T>
int64_t h27(const T& x) {
  return static_cast<int64_t>(rpy::Hash27<T>::hash(x));
}

template <class K, class V, class H>
std::vector<K> keys_of(const rpy::Dict27<K, V, H>* d) {
  rpy::List<K>* l = rpy::dict_keys(d);
  return std::vector<K>(l->items, l->items + l->len);
}

struct Python2 : ::testing::Test {
  void SetUp() override {
    GC_INIT();
    rpy::python2 = true;  // str_hash is 2.7's in Python 2 programs
  }
  void TearDown() override { rpy::python2 = false; }
};

}  // namespace

TEST_F(Python2, StringHashes) {
  EXPECT_EQ(h27(S("abc")), INT64_C(1453079729188098211));
  EXPECT_EQ(h27(S("a")), INT64_C(12416037344));
  EXPECT_EQ(h27(S("")), 0);
  EXPECT_EQ(h27(S("hello world")), INT64_C(-2324238377118044897));
  EXPECT_EQ(h27(S("\xff\xfe")), INT64_C(32640195839293889));
  EXPECT_EQ(h27('x'), INT64_C(15360046201));
  EXPECT_EQ(h27(int32_t{'x'}), INT64_C(15360046201));                                                         // u'x'
  EXPECT_EQ(static_cast<int64_t>(rpy::Hash27Unicode::hash(S("caf\xc3\xa9"))), INT64_C(5473382298129946391));  // u'caf\xe9'
  EXPECT_EQ(static_cast<int64_t>(rpy::Hash27Unicode::hash(S("\xe2\x98\x83"))), INT64_C(1245571728002));       // u'\u2603'
  EXPECT_EQ(static_cast<int64_t>(rpy::Hash27Unicode::hash(S("\xf0\x9f\x98\x80x"))), INT64_C(-1997109378905513350));
  EXPECT_EQ(static_cast<int64_t>(rpy::Hash27Unicode::hash(S("abc"))), INT64_C(1453079729188098211));
}

TEST_F(Python2, NumberHashes) {
  EXPECT_EQ(h27(int64_t{5}), 5);
  EXPECT_EQ(h27(int64_t{-1}), -2);
  EXPECT_EQ(h27(int64_t{-2}), -2);
  EXPECT_EQ(h27(INT64_MAX), INT64_MAX);
  EXPECT_EQ(h27(INT64_MIN), INT64_MIN);
  EXPECT_EQ(h27(UINT64_MAX), -2);  // hash(2**64 - 1): a long congruent to 0, shown as -1
  EXPECT_EQ(h27(UINT64_MAX - 1), -2);
  EXPECT_EQ(h27(uint64_t{1} << 63), INT64_MIN);
  EXPECT_EQ(h27(UINT64_C(12345678901234567890)), INT64_C(-6101065172474983726));
  EXPECT_EQ(h27(true), 1);
  EXPECT_EQ(h27(2.5), 1342242816);
  EXPECT_EQ(h27(-3.25), -1744764928);
  EXPECT_EQ(h27(0.1), INT64_C(2576882278));
  EXPECT_EQ(h27(1.5e-300), INT64_C(3016090952));
  EXPECT_EQ(h27(-1.0), -2);
  EXPECT_EQ(h27(1e20), INT64_C(7766279631452241925));
  EXPECT_EQ(h27(-1e20), INT64_C(-7766279631452241925));
  EXPECT_EQ(h27(1e300), INT64_C(8474648701417850880));
  EXPECT_EQ(h27(4611686018427389952.0), INT64_C(4611686018427389952));  // 2.0**62 + 2048
  EXPECT_EQ(h27(-9223372036854775808.0), INT64_MIN);
  EXPECT_EQ(h27(HUGE_VAL), 314159);
  EXPECT_EQ(h27(-HUGE_VAL), -271828);
}

TEST_F(Python2, TupleHashes) {
  EXPECT_EQ(h27(std::tuple<int64_t, int64_t>(1, 2)), INT64_C(3713081631934410656));
  EXPECT_EQ(h27(std::tuple<>()), 3527539);
  EXPECT_EQ(h27(std::tuple<int64_t, rpy::Str*, double>(1, S("a"), 2.5)), INT64_C(-7878324146350308376));
  EXPECT_EQ(h27(std::tuple<rpy::Str*>(S("x"))), INT64_C(15362987529921854));
  EXPECT_EQ(h27(std::tuple<std::tuple<int64_t, int64_t>, int64_t>({1, 2}, 3)), INT64_C(5314947466933101882));
  EXPECT_EQ(h27(std::tuple<bool, int64_t>(true, -1)), INT64_C(-3713081631936380644));
}

TEST_F(Python2, DictOrderAndPopitem) {
  auto* d = rpy::dict27_new<int64_t, int64_t>();
  for (int64_t k : {3, 1, 2, 40, 20, 30, 8}) rpy::dict_set(d, k, 0);
  EXPECT_EQ(keys_of(d), (std::vector<int64_t>{1, 2, 3, 40, 8, 20, 30}));
  rpy::dict_del(d, 40);
  EXPECT_EQ(rpy::dict_popitem(d), (std::tuple<int64_t, int64_t>(1, 0)));
  EXPECT_EQ(keys_of(d), (std::vector<int64_t>{2, 3, 8, 20, 30}));
}

TEST_F(Python2, StringKeysGrow) {
  auto* d = rpy::dict27_new<rpy::Str*, int64_t>();
  for (int i = 0; i < 30; ++i) rpy::dict_set(d, S("k" + std::to_string(i)), i);
  std::string got;
  for (rpy::Str* k : keys_of(d)) got += std::string(k->data, static_cast<size_t>(k->len)) + " ";
  EXPECT_EQ(got, "k13 k12 k11 k10 k17 k16 k15 k14 k19 k18 k3 k2 k1 k0 k7 k6 k5 k4 k9 k8 k28 k29 k22 k23 k20 k21 k26 k27 k24 k25 ");
}

TEST_F(Python2, SetOrder) {
  auto* s = rpy::dict27_new<int64_t, rpy::SetTag>();
  for (int64_t i = 0; i < 30; ++i) rpy::set_add(s, (i * 37) % 101);
  EXPECT_EQ(keys_of(s), (std::vector<int64_t>{0,  3,  6,  10, 13, 16, 20, 23, 26, 30, 33, 37, 40, 43, 47,
                                              50, 53, 57, 60, 63, 67, 70, 74, 77, 80, 84, 87, 90, 94, 97}));
  rpy::Buffer b;
  auto* t = rpy::dict27_new<int64_t, rpy::SetTag>();
  rpy::set_add(t, 9);
  rpy::set_add(t, 1);
  rpy::append_repr(b, t);
  EXPECT_EQ(std::string(b.data, static_cast<size_t>(b.len)), "set([9, 1])");
}
