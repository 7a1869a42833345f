// Unit tests of the type lattice's merge rules (RPython's union) and of CPython's float repr.
#include <gtest/gtest.h>

#include "annotate/descs.hpp"
#include "annotate/types.hpp"
#include "rpy/float_repr.hpp"

using namespace rpy::annotate;

// bool, int and float keep their kinds when they merge (not RPython's bool < int < float: the kind
// shows in str(), type() and arithmetic): a Number of the kinds merged, one kind its plain type.
TEST(Union, NumbersKeepTheirKinds) {
  TypeTable tt;
  TypeRef bi = union_types(tt, tt.boolean(), tt.integer(), nullptr).type;
  ASSERT_NE(bi, nullptr);
  EXPECT_EQ(bi->kind, TypeKind::Number);
  EXPECT_EQ(bi->num_kinds, kNumBool | kNumInt);
  TypeRef inf = union_types(tt, tt.integer(), tt.floating(), nullptr).type;
  EXPECT_EQ(inf, tt.number(kNumInt | kNumFloat));
  EXPECT_EQ(union_types(tt, inf, tt.boolean(), nullptr).type, tt.number(kNumBool | kNumInt | kNumFloat));
  EXPECT_EQ(union_types(tt, inf, tt.floating(), nullptr).type, inf);
  EXPECT_EQ(union_types(tt, tt.integer(), tt.int_nonneg(), nullptr).type, tt.integer());
  EXPECT_EQ(tt.number(kNumFloat), tt.floating());
  EXPECT_EQ(union_types(tt, tt.impossible(), tt.integer(), nullptr).type, tt.integer());
  EXPECT_EQ(union_types(tt, tt.uint(), inf, nullptr).type, nullptr);
  EXPECT_EQ(describe(inf), "int or float");
  EXPECT_EQ(describe(bi), "bool or int");
}

TEST(Union, CharIsAStr) {
  TypeTable tt;
  EXPECT_EQ(union_types(tt, tt.character(), tt.str(), nullptr).type, tt.str());
  EXPECT_EQ(union_types(tt, tt.character(), tt.character(), nullptr).type, tt.character());
}

TEST(Union, NoneIntoNullableKindsAndValues) {
  TypeTable tt;
  TypeRef s = union_types(tt, tt.none(), tt.str(), nullptr).type;
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->nullable);
  // A number or a tuple merged with None keeps its kind and may be None (optional_rules.cpp).
  TypeRef oi = union_types(tt, tt.none(), tt.integer(), nullptr).type;
  ASSERT_NE(oi, nullptr);
  EXPECT_EQ(oi->kind, TypeKind::Int);
  EXPECT_TRUE(is_optional_value(oi));
  EXPECT_EQ(describe(oi), "int or None");
  EXPECT_EQ(union_types(tt, oi, tt.integer(), nullptr).type, oi);
  EXPECT_EQ(union_types(tt, tt.integer(), oi, nullptr).type, oi);
  TypeRef of = union_types(tt, oi, tt.floating(), nullptr).type;  // None, int or float: a number that may be None
  ASSERT_NE(of, nullptr);
  EXPECT_TRUE(is_optional_value(of));
  EXPECT_EQ(strip_optional(tt, of)->kind, TypeKind::Number);
  TypeRef ot = union_types(tt, tt.tuple({tt.integer(), tt.str()}), tt.none(), nullptr).type;
  ASSERT_NE(ot, nullptr);
  EXPECT_TRUE(is_optional_value(ot));
  EXPECT_EQ(strip_optional(tt, ot), tt.tuple({tt.integer(), tt.str()}));
  EXPECT_EQ(union_types(tt, tt.none(), tt.bool_const(true), nullptr).type, tt.with_nullable(tt.boolean(), true));
  UnionResult bad = union_types(tt, oi, tt.str(), nullptr);  // still no merge of an int and a str
  EXPECT_EQ(bad.type, nullptr);
  UnionResult it = union_types(tt, tt.none(), tt.iterator(IterKind::List, tt.integer()), nullptr);
  EXPECT_EQ(it.type, nullptr);
  EXPECT_NE(it.why.find("None cannot be merged with"), std::string::npos);
}

TEST(Union, IncompatibleKindsExplainWhy) {
  TypeTable tt;
  UnionResult r = union_types(tt, tt.integer(), tt.str(), nullptr);
  EXPECT_EQ(r.type, nullptr);
  EXPECT_EQ(r.why, "int and str cannot be merged");
  EXPECT_EQ(union_types(tt, tt.uint(), tt.integer(), nullptr).type, nullptr);
}

TEST(Union, ListsShareOneItemType) {
  TypeTable tt;
  ListDef* a = tt.new_listdef(tt.integer());
  ListDef* b = tt.new_listdef(tt.boolean());
  TypeRef u = union_types(tt, tt.list(a), tt.list(b), nullptr).type;
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(a->find(), b->find());
  EXPECT_EQ(a->find()->item, tt.number(kNumBool | kNumInt));
  ListDef* c = tt.new_listdef(tt.str());
  EXPECT_EQ(union_types(tt, tt.list(a), tt.list(c), nullptr).type, nullptr);
}

TEST(Union, TuplesMergeItemwise) {
  TypeTable tt;
  TypeRef a = tt.tuple({tt.integer(), tt.character()});
  TypeRef b = tt.tuple({tt.floating(), tt.str()});
  TypeRef u = union_types(tt, a, b, nullptr).type;
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->items[0], tt.number(kNumInt | kNumFloat));
  EXPECT_EQ(u->items[1], tt.str());
  EXPECT_EQ(union_types(tt, a, tt.tuple({tt.integer()}), nullptr).type, nullptr);
}

TEST(Describe, ReadsLikePython) {
  TypeTable tt;
  EXPECT_EQ(describe(tt.list(tt.new_listdef(tt.str()))), "list of str");
  EXPECT_EQ(describe(tt.str(true)), "str or None");
  EXPECT_EQ(describe(tt.tuple({tt.integer(), tt.floating()})), "tuple (int, float)");
}

TEST(FloatRepr, MatchesCPython) {
  // Expected strings are CPython 3.11's repr() of the same doubles.
  EXPECT_EQ(rpy::rt::float_repr(0.1), "0.1");
  EXPECT_EQ(rpy::rt::float_repr(1e16), "1e+16");
  EXPECT_EQ(rpy::rt::float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(rpy::rt::float_repr(1e-5), "1e-05");
  EXPECT_EQ(rpy::rt::float_repr(0.0001), "0.0001");
  EXPECT_EQ(rpy::rt::float_repr(-0.0), "-0.0");
  EXPECT_EQ(rpy::rt::float_repr(1.0 / 3.0), "0.3333333333333333");
  EXPECT_EQ(rpy::rt::float_repr(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(rpy::rt::float_repr(5e-324), "5e-324");
  EXPECT_EQ(rpy::rt::float_repr(1.0 / 0.0), "inf");
}
