// C++ for numbers whose kind is known only at run time (TypeKind::Number, rpy::Num in
// runtime/rpy/num.hpp): conversions to and from the plain number types, arithmetic that follows
// the operands' kinds at run time, comparisons by value, and the builtins that look at the kind.
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::TypeKind;
using ir::Expr;
using syntax::BinOp;

static bool is_num(TypeRef t) { return t && t->kind == TypeKind::Number; }

// The Number type of every kind: what an operand converts to for rpy::Num's functions.
TypeRef Emitter::num_type() { return tt.number(annotate::kNumBool | annotate::kNumInt | annotate::kNumFloat); }

// Code of type `from` as a value of type `to` where either is a Number; "" otherwise.
std::string Emitter::number_convert(const std::string& code, TypeRef from, TypeRef to) {
  if (!is_num(from) && !is_num(to)) return "";
  if (is_num(from) && is_num(to)) {
    if (from->num_kinds & ~to->num_kinds) return "rpy::num_kinds_lost(" + code + ")";  // never: a union only widens (no such function)
    return code;
  }
  if (is_num(to)) {
    switch (from->kind) {
      case TypeKind::Bool:
        return "rpy::Num::of(static_cast<bool>(" + code + "))";
      case TypeKind::Int:
        return "rpy::Num::of(static_cast<int64_t>(" + code + "))";
      case TypeKind::Float:
        return "rpy::Num::of(static_cast<double>(" + code + "))";
      default:
        return "";
    }
  }
  // from a Number to one kind: only where the annotator knows the value has it (or converts as
  // Python does: a float of any number)
  switch (to->kind) {
    case TypeKind::Float:
      return "(" + code + ").as_float()";
    case TypeKind::Int:
      if (from->num_kinds & annotate::kNumFloat) return "rpy::num_kinds_lost(" + code + ")";  // never (no such function)
      return "(" + code + ").i";
    default:
      return "rpy::num_kinds_lost(" + code + ")";
  }
}

// The template argument of rpy::num_* for e: a script's int side stops on overflow (checks_ints).
std::string Emitter::num_chk(const Expr& e) { return checks_ints(e) ? "<true>" : ""; }

// `a op b` with a Number operand whose result is a Number or needs the operands' kinds at run
// time; "" when the plain rules print it (a result of one kind: the operands convert to it).
std::string Emitter::emit_number_binop(Expr& e) {
  Expr& a = *e.args[0];
  Expr& b = *e.args[1];
  if (!is_num(a.type) && !is_num(b.type)) return "";
  if (e.binop == BinOp::TrueDiv) return "rpy::num_truediv(" + expr_as(a, num_type()) + ", " + expr_as(b, num_type()) + ")";
  if (!is_num(e.type)) return "";  // an int (both operands ints) or a float (one always is)
  std::string x = expr_as(a, num_type()), y = expr_as(b, num_type());
  const std::string chk = num_chk(e);
  switch (e.binop) {
    case BinOp::Add:
      return "rpy::num_add" + chk + "(" + x + ", " + y + ")";
    case BinOp::Sub:
      return "rpy::num_sub" + chk + "(" + x + ", " + y + ")";
    case BinOp::Mul:
      return "rpy::num_mul" + chk + "(" + x + ", " + y + ")";
    case BinOp::Div:
      return "rpy::num_div2" + chk + "(" + x + ", " + y + ")";
    case BinOp::FloorDiv:
      return "rpy::num_floordiv" + chk + "(" + x + ", " + y + ")";
    case BinOp::Mod:
      return "rpy::num_mod(" + x + ", " + y + (is_python2() ? "" : ", \"integer modulo by zero\"") + ")";
    case BinOp::Pow:
      return "rpy::num_pow" + chk + "(" + x + ", " + y + ")";
    case BinOp::BitAnd:
      return "rpy::num_bitop(" + x + ", " + y + ", '&')";
    case BinOp::BitOr:
      return "rpy::num_bitop(" + x + ", " + y + ", '|')";
    case BinOp::BitXor:
      return "rpy::num_bitop(" + x + ", " + y + ", '^')";
    default:
      fail(e.loc, std::string("cannot generate code for ") + syntax::binop_symbol(e.binop) + " on " + annotate::describe(a.type) + " and " +
                      annotate::describe(b.type));
      return "rpy::Num{}";
  }
}

std::string Emitter::emit_number_unop(Expr& e) {
  Expr& a = *e.args[0];
  if (!is_num(a.type)) return "";
  switch (e.unop) {
    case syntax::UnaryOp::Neg:
      return is_num(e.type) ? "rpy::num_neg" + num_chk(e) + "(" + expr(a) + ")" : "";
    case syntax::UnaryOp::Pos:
      return is_num(e.type) ? "rpy::num_pos(" + expr(a) + ")" : "";
    default:
      return "";
  }
}

// `a < b`, `a == b`...: by value, an int and a float compared exactly.
std::string Emitter::emit_number_compare(Expr& e) {
  Expr& a = *e.args[0];
  Expr& b = *e.args[1];
  if (!is_num(a.type) && !is_num(b.type)) return "";
  if (!annotate::num_kinds(a.type) || !annotate::num_kinds(b.type)) {
    if (e.cmp == syntax::CmpOp::Eq || e.cmp == syntax::CmpOp::NotEq)  // a number is never equal to a str, a list...
      return "(" + expr(a) + ", " + expr(b) + ", " + (e.cmp == syntax::CmpOp::Eq ? "false" : "true") + ")";
    return "";
  }
  switch (e.cmp) {
    case syntax::CmpOp::Is:
    case syntax::CmpOp::IsNot:
    case syntax::CmpOp::In:
    case syntax::CmpOp::NotIn:
      return "";
    default:
      break;
  }
  return "(" + expr_as(a, num_type()) + " " + syntax::cmpop_symbol(e.cmp) + " " + expr_as(b, num_type()) + ")";
}

}  // namespace rpy::codegen

namespace rpy::codegen {

// A builtin applied to a Number that must look at its kind: int(x), abs(x), hash(x),
// isinstance(x, int), math.floor/ceil/trunc; "" for the others (they convert x: float(x), math.*).
std::string Emitter::number_builtin(Expr& e) {
  using annotate::BuiltinId;
  std::vector<Expr*> a = builtin_args(e);
  if (a.empty() || !is_num(a[0]->type) || e.call_kind == ir::CallKind::BuiltinMethod) return "";
  TypeRef t0 = a[0]->type;
  bool may_float = t0->num_kinds & annotate::kNumFloat;
  switch (static_cast<BuiltinId>(e.builtin_id)) {
    case BuiltinId::Int:
    case BuiltinId::Long:
    case BuiltinId::MathTrunc:
      if (a.size() != 1) return "";
      return "(" + expr(*a[0]) + (checks_ints(e) ? ").as_int_chk()" : ").as_int()");
    case BuiltinId::Abs:
      return is_num(e.type) ? "rpy::num_abs" + num_chk(e) + "(" + expr(*a[0]) + ")" : "";
    case BuiltinId::Hash:
    case BuiltinId::ComputeHash:
      return "rpy::num_hash(" + expr(*a[0]) + ")";
    case BuiltinId::MathFloor:
    case BuiltinId::MathCeil: {
      if (is_python2() || !may_float) return "";  // Python 2: a float of the value; of ints: the int itself
      const char* fn = static_cast<BuiltinId>(e.builtin_id) == BuiltinId::MathFloor ? "rpy::fm::floor" : "rpy::fm::ceil";
      return "([](rpy::Num v) { return v.is_float() ? rpy::float_to_int(" + std::string(fn) + "(v.f)) : v.i; }(" + expr(*a[0]) + "))";
    }
    case BuiltinId::IsInstance: {
      bool folded = false;
      if (e.type && annotate::const_truth(e.type, folded)) return "";
      // the kinds the classes cover, tested against the value's tag (Num::Tag: bool 0, int 1, float 2)
      std::vector<Expr*> classes;
      Expr& c = *builtin_args(e).at(1);
      if (c.op == ir::ExprOp::MakeTuple)
        for (auto& x : c.args) classes.push_back(x.get());
      else
        classes.push_back(&c);
      unsigned cover = 0;
      for (Expr* k : classes) {
        if (!k->value || k->value->kind != modules::ObjKind::Builtin) continue;
        const std::string& n = k->value->as<modules::BuiltinObj>()->name;
        if (n == "int") cover |= annotate::kNumBool | annotate::kNumInt;
        if (n == "bool") cover |= annotate::kNumBool;
        if (n == "float") cover |= annotate::kNumFloat;
        if (n == "object") cover |= annotate::kNumBool | annotate::kNumInt | annotate::kNumFloat;
      }
      return "(((" + std::to_string(cover) + "u >> (" + expr(*a[0]) + ").tag) & 1u) != 0)";
    }
    default:
      return "";
  }
}

}  // namespace rpy::codegen
