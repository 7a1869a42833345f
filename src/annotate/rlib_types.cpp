// The value types of rpython.rlib that are not plain Python types: rarithmetic's sized integers
// (r_int8 ... r_uint32, r_int), r_singlefloat, and bytearray. Sized ints are Int types with a
// width: their values live in a machine word, always wrapped to that width (RPYTHON.md 5).
#include "annotate/rlib_rules.hpp"

namespace rpy::annotate {

TypeRef TypeTable::sized_int(int bits, bool is_signed) {
  if (bits == 64 && !is_signed) return uint_;
  Type t;
  t.kind = TypeKind::Int;
  t.bits = bits;
  t.is_unsigned = !is_signed;
  return intern(t);
}

TypeRef TypeTable::single_float() {
  Type t;
  t.kind = TypeKind::Float;
  t.bits = 32;
  return intern(t);
}

TypeRef TypeTable::bytearray(bool nullable) {
  Type t;
  t.kind = TypeKind::ByteArray;
  t.nullable = nullable;
  return intern(t);
}

bool is_sized_int(TypeRef t) { return t && t->kind == TypeKind::Int && t->bits != 0; }

std::string sized_int_name(TypeRef t) {
  if (t->kind == TypeKind::UInt) return "r_uint";
  if (t->bits == 64) return "r_int";
  return std::string(t->is_unsigned ? "r_uint" : "r_int") + std::to_string(t->bits);
}

namespace rlib {

// An integer type as RPython's knowntype: int (bits 0), bool, or a sized class.
struct IntKind {
  bool is_bool = false;
  int bits = 0;  // 0: int
  bool is_signed = true;
};

static bool int_kind(TypeRef t, IntKind& k) {
  switch (t->kind) {
    case TypeKind::Bool:
      k.is_bool = true;
      return true;
    case TypeKind::Int:
      k.bits = t->bits;
      k.is_signed = !t->is_unsigned;
      return true;
    case TypeKind::UInt:
      k.bits = 64;
      k.is_signed = false;
      return true;
    default:
      return false;
  }
}

TypeRef restype(TypeTable& tt, TypeRef a, TypeRef b, std::string& why) {
  IntKind x, y;
  if (!int_kind(a, x) || !int_kind(b, y)) return nullptr;
  auto plain = [](const IntKind& k) { return k.is_bool || k.bits == 0; };
  if (plain(x) && plain(y)) return tt.integer();
  if (plain(y)) return a;
  if (plain(x)) return b;
  if (x.is_signed != y.is_signed) {
    why = "operations mixing " + describe(a) + " and " + describe(b) +
          " are not supported (RPython: signed and unsigned sized integers do not mix; convert one explicitly)";
    return nullptr;
  }
  return tt.sized_int(std::max(x.bits, y.bits), x.is_signed);
}

}  // namespace rlib

UnionResult union_sized(TypeTable& tt, TypeRef a, TypeRef b) {
  bool single_a = a->kind == TypeKind::Float && a->bits, single_b = b->kind == TypeKind::Float && b->bits;
  if (single_a || single_b)
    return {nullptr,
            describe(a) + " and " + describe(b) + " cannot be merged (r_singlefloat converts only explicitly: float(x), r_singlefloat(x))"};
  if (a->kind == TypeKind::Float && is_sized_int(b)) return {a, ""};  // as int and float merge
  if (b->kind == TypeKind::Float && is_sized_int(a)) return {b, ""};
  rlib::IntKind x, y;
  if (rlib::int_kind(a, x) && rlib::int_kind(b, y)) {
    // RPython's union of SomeIntegers: the sized type wins over int and bool; two sized types
    // of one signedness give the wider. An int merged into an unsigned type must be known
    // non-negative (a bool is).
    if (x.is_signed != y.is_signed) {
      const rlib::IntKind& s = x.is_signed ? x : y;
      if (s.is_bool) return {x.is_signed ? b : a, ""};
      return {nullptr, "signed and unsigned integers do not merge (" + describe(a) + " and " + describe(b) +
                           "; convert one of them explicitly, e.g. r_uint(x) or intmask(x))"};
    }
    std::string why;
    TypeRef r = rlib::restype(tt, a, b, why);
    if (r) return {r, ""};
    return {nullptr, why};
  }
  return {nullptr, describe(a) + " and " + describe(b) + " cannot be merged"};
}

}  // namespace rpy::annotate
