// Numbers whose kind is known only at run time (TypeKind::Number, rpy::Num at run time).
//
// RPython merges bool into int into float (SomeBool < SomeInteger < SomeFloat: binaryop.py's
// union of two SomeIntegers, of SomeInteger and SomeFloat), which loses the kind of the value:
// `x = 0` merged with `x = 1.5` is a float, and the translated program prints 0.0 where the
// interpreter prints 0. The kind shows in str/repr/print/%/format, type() and isinstance(), and in
// arithmetic (int + int stays an int, Python 2's `/` floors two ints), so rpy keeps it: values of
// different numeric kinds merge into a Number that remembers which kinds it may hold, and whose
// run-time value carries its kind (docs/ARCHITECTURE.md, "Numbers of several kinds"). Values that
// never merge keep their plain type (int64_t, double, bool).
#include "annotate/numbers.hpp"

namespace rpy::annotate {

uint8_t num_kinds(TypeRef t) {
  if (!t || t->bits) return 0;  // rarithmetic's sized ints and r_singlefloat keep RPython's rules
  switch (t->kind) {
    case TypeKind::Bool:
      return kNumBool;
    case TypeKind::Int:
      return kNumInt;
    case TypeKind::Float:
      return kNumFloat;
    case TypeKind::Number:
      return t->num_kinds;
    default:
      return 0;
  }
}

bool is_number_kind(TypeRef t) { return is_numeric(t) || t->kind == TypeKind::Number; }

TypeRef TypeTable::number(uint8_t kinds) {
  if (kinds == kNumBool) return boolean();
  if (kinds == kNumInt) return integer();
  if (kinds == kNumFloat) return floating();
  Type t;
  t.kind = TypeKind::Number;
  t.num_kinds = kinds;
  return intern(t);
}

bool union_numbers(TypeTable& tt, TypeRef a, TypeRef b, UnionResult& out) {
  uint8_t ka = num_kinds(a), kb = num_kinds(b);
  if (!ka || !kb || ka == kb) return false;  // one kind: the plain rules (int with a non-negative int...)
  out = {tt.number(static_cast<uint8_t>(ka | kb)), ""};
  return true;
}

TypeRef number_binop(TypeTable& tt, syntax::BinOp op, TypeRef a, TypeRef b, std::string& why) {
  using syntax::BinOp;
  if (a->kind != TypeKind::Number && b->kind != TypeKind::Number) return nullptr;
  uint8_t ka = num_kinds(a), kb = num_kinds(b);
  if (!ka || !kb) return nullptr;  // str * n, list * n, r_uint...: the other rules (which refuse a Number)
  bool may_float = ((ka | kb) & kNumFloat) != 0, must_float = ka == kNumFloat || kb == kNumFloat;
  switch (op) {
    case BinOp::Add:
    case BinOp::Sub:
    case BinOp::Mul:
    case BinOp::FloorDiv:
    case BinOp::Mod:
    case BinOp::Div:  // Python 2's `/`: floors two ints
      return must_float ? tt.floating() : may_float ? tt.number(kNumInt | kNumFloat) : tt.integer();
    case BinOp::TrueDiv:
      return tt.floating();
    case BinOp::Pow:  // int ** negative int is a float
      return must_float ? tt.floating() : tt.number(kNumInt | kNumFloat);
    case BinOp::LShift:
    case BinOp::RShift:
    case BinOp::BitAnd:
    case BinOp::BitOr:
    case BinOp::BitXor:
      if (may_float) break;
      // bool & bool is a bool; with an int, an int
      if (op != BinOp::LShift && op != BinOp::RShift && (ka & kNumBool) && (kb & kNumBool)) return tt.number(kNumBool | kNumInt);
      return tt.integer();
    default:
      break;
  }
  why = std::string("unsupported operand types for ") + syntax::binop_symbol(op) + ": " + describe(a) + " and " + describe(b);
  return tt.impossible();
}

TypeRef number_sum(TypeTable& tt, TypeRef item, TypeRef start) {
  uint8_t ki = num_kinds(item), ks = num_kinds(start);
  if (!ki || !ks) return nullptr;
  // start + x1 + ... + xn: a float when any operand always is one, an int when none may be, else
  // either; start itself when the list is empty (sum([1.5]) is 1.5, sum([]) the int 0).
  uint8_t nonempty = ki == kNumFloat || ks == kNumFloat ? kNumFloat : ((ki | ks) & kNumFloat) ? kNumInt | kNumFloat : kNumInt;
  return tt.number(static_cast<uint8_t>(nonempty | ks));
}

TypeRef number_unop(TypeTable& tt, syntax::UnaryOp op, TypeRef a, std::string& why) {
  if (a->kind != TypeKind::Number) return nullptr;
  uint8_t k = a->num_kinds;
  switch (op) {
    case syntax::UnaryOp::Neg:
    case syntax::UnaryOp::Pos:  // -True is the int -1
      return tt.number(static_cast<uint8_t>((k & ~kNumBool) | (k & kNumBool ? kNumInt : 0)));
    case syntax::UnaryOp::Invert:
      if (!(k & kNumFloat)) return tt.integer();
      why = "bad operand type for unary ~: " + describe(a);
      return tt.impossible();
    case syntax::UnaryOp::Not:
      return tt.boolean();
  }
  return nullptr;
}

// The value of an int constant expression (a literal, or `-` of one).
static bool const_int_value(const ir::Expr& e, int64_t& v) {
  if (e.op == ir::ExprOp::Const && e.value && e.value->kind == modules::ObjKind::Int) {
    v = e.value->as<modules::IntObj>()->value;
    return true;
  }
  if (e.op == ir::ExprOp::Const && e.value && e.value->kind == modules::ObjKind::Bool) {
    v = e.value->as<modules::BoolObj>()->value ? 1 : 0;
    return true;
  }
  if (e.op == ir::ExprOp::UnaryOp && e.unop == syntax::UnaryOp::Neg && const_int_value(*e.args[0], v))
    return v != INT64_MIN && (v = -v, true);
  return false;
}

TypeRef int_pow_type(TypeTable& tt, TypeRef a, TypeRef b, const ir::Expr* exponent) {
  auto plain_int = [](TypeRef t) { return !t->bits && (t->kind == TypeKind::Int || t->kind == TypeKind::Bool); };
  if (!plain_int(a) || !plain_int(b)) return nullptr;
  int64_t v = 0;
  // A Number when the exponent may be negative at run time would be exact, but every `2 ** (n - k)`
  // used as a count or an index would then be refused (binary_trees' iterations).
  if (exponent && const_int_value(*exponent, v) && v < 0) return tt.floating();
  return nullptr;
}

}  // namespace rpy::annotate
