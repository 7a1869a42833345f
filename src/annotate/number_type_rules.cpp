// type(v) of a number whose kind is known only at run time (TypeKind::Number: an int or a float,
// maybe a bool): its class is one of the builtin classes int, float and bool, so the two uses a
// script makes of it have a clear meaning without a class value at run time:
// - `type(v) is C`, `type(v) == C` (and `is not`, `!=`) with C a constant class: a test of v's
//   kind, `isinstance(v, float)`, `isinstance(v, bool)`, or for int `isinstance(v, int)` and not
//   a bool (Python's bool is an int, but its type is bool); False for any other class;
// - `type(v).__name__`: 'int', 'float' or 'bool', chosen by the same tests.
// v must be a variable (read twice by the tests, with no effects). Other uses of type(v) stay
// refused by class_of (class_values.cpp).
#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;
using syntax::CmpOp;

namespace {

ExprPtr make_expr(ExprOp op, Loc loc) { return std::make_unique<Expr>(op, loc); }

ExprPtr make_const(m::Ref v, Loc loc) {
  ExprPtr c = make_expr(ExprOp::Const, loc);
  c->value = std::move(v);
  return c;
}

ExprPtr make_not(ExprPtr x) {
  ExprPtr n = make_expr(ExprOp::Not, x->loc);
  n->args.push_back(std::move(x));
  return n;
}

}  // namespace

// The variable v of `type(v)` when x is that call and v is a number of several kinds (annotated
// here); null otherwise.
Expr* Annotator::number_type_call(Expr& x, ir::Graph& g) {
  if (x.op != ExprOp::Call || x.args.size() != 2 || !x.kwnames.empty() || x.star) return nullptr;
  const Expr& callee = *x.args[0];
  if (callee.op != ExprOp::Const || !callee.value || callee.value != interp_.builtins()->attrs.at("type")) return nullptr;
  Expr& v = *x.args[1];
  if (v.op != ExprOp::Local || v.unbound || v.maybe_unbound) return nullptr;
  TypeRef t = expr(v, g);
  return t && t->kind == TypeKind::Number ? &v : nullptr;
}

// isinstance(v, cls) for the variable v (a new read of it).
ExprPtr Annotator::number_kind_test(const Expr& v, const char* cls) {
  ExprPtr read = make_expr(ExprOp::Local, v.loc);
  read->var = v.var;
  ExprPtr call = make_expr(ExprOp::Call, v.loc);
  call->args.push_back(make_const(interp_.builtins()->attrs.at("isinstance"), v.loc));
  call->args.push_back(std::move(read));
  call->args.push_back(make_const(interp_.builtins()->attrs.at(cls), v.loc));
  return call;
}

// v's type is the builtin class `cls` (int, float or bool): a test of its kind.
ExprPtr Annotator::number_is_class(const Expr& v, const std::string& cls, uint8_t kinds) {
  if (cls != "int") return number_kind_test(v, cls.c_str());
  ExprPtr t = number_kind_test(v, "int");
  if (!(kinds & kNumBool)) return t;
  ExprPtr both = make_expr(ExprOp::And, v.loc);
  both->args.push_back(std::move(t));
  both->args.push_back(make_not(number_kind_test(v, "bool")));
  return both;
}

bool Annotator::rewrite_number_type_test(Expr& e, ir::Graph& g) {
  if (e.cmp != CmpOp::Is && e.cmp != CmpOp::IsNot && e.cmp != CmpOp::Eq && e.cmp != CmpOp::NotEq) return false;
  for (int side = 0; side < 2; ++side) {
    Expr& other = *e.args[1 - side];
    if (other.op != ExprOp::Const || !other.value) continue;
    const char* number_class = nullptr;
    for (const char* cls : {"int", "float", "bool"})
      if (other.value == interp_.builtins()->attrs.at(cls)) number_class = cls;
    // Another class (str, one of the program's) is never v's type.
    bool other_class = other.value->kind == m::ObjKind::Class;
    for (const char* cls : {"str", "unicode", "bytes", "long", "complex", "list", "tuple", "dict", "set", "frozenset", "object", "type"})
      if (interp_.builtins()->attrs.count(cls) && other.value == interp_.builtins()->attrs.at(cls)) other_class = true;
    if (!number_class && !other_class) continue;
    Expr* v = number_type_call(*e.args[side], g);
    if (!v) continue;
    ExprPtr test = number_class ? number_is_class(*v, number_class, v->type->num_kinds) : make_const(m::make_bool(false), e.loc);
    if (e.cmp == CmpOp::IsNot || e.cmp == CmpOp::NotEq) test = make_not(std::move(test));
    test->loc = e.loc;
    e = std::move(*test);
    changed_ = true;
    return true;
  }
  return false;
}

bool Annotator::rewrite_number_type_name(Expr& e, ir::Graph& g) {
  if (e.attr != "__name__" || e.args.empty()) return false;
  Expr* v = number_type_call(*e.args[0], g);
  if (!v) return false;
  const uint8_t kinds = v->type->num_kinds;
  // The kinds in order; the last one is what remains when the others' tests fail.
  std::vector<const char*> names;
  if (kinds & kNumFloat) names.push_back("float");
  if (kinds & kNumBool) names.push_back("bool");
  if (kinds & kNumInt) names.push_back("int");
  ExprPtr result = make_const(m::make_str(names.back()), e.loc);
  for (size_t i = names.size() - 1; i-- > 0;) {
    ExprPtr pick = make_expr(ExprOp::IfExp, e.loc);
    pick->args.push_back(number_kind_test(*v, names[i]));
    pick->args.push_back(make_const(m::make_str(names[i]), e.loc));
    pick->args.push_back(std::move(result));
    result = std::move(pick);
  }
  e = std::move(*result);
  changed_ = true;
  return true;
}

}  // namespace rpy::annotate
