// The direct subexpressions of an expression, for walkers over the syntax tree that collect names
// or effects (modules/core/scope.cpp, modules/script.cpp).
#pragma once
#include "syntax/ast.hpp"

namespace rpy::syntax {

// Calls f on each direct subexpression of e, in evaluation order, for the kinds whose parts are
// all evaluated in e's own scope and bind nothing: operators, comparisons, conditional
// expressions, calls, attribute and item access, slices, displays, f-strings and starred items.
// Returns false, calling nothing, for the other kinds (names, literals, comprehensions, lambdas,
// yield), which each walker treats in its own way.
template <class F>
bool for_each_plain_child(const Expr& e, F&& f) {
  auto opt = [&](const Expr* x) {
    if (x) f(*x);
  };
  switch (e.kind) {
    case ExprKind::FString:
      for (auto& p : e.as<FStringExpr>()->parts) {
        opt(p.expr.get());
        opt(p.format_spec.get());
      }
      return true;
    case ExprKind::BinOp:
      f(*e.as<BinOpExpr>()->left);
      f(*e.as<BinOpExpr>()->right);
      return true;
    case ExprKind::UnaryOp:
      f(*e.as<UnaryOpExpr>()->operand);
      return true;
    case ExprKind::BoolOp:
      for (auto& v : e.as<BoolOpExpr>()->values) f(*v);
      return true;
    case ExprKind::Compare:
      f(*e.as<CompareExpr>()->left);
      for (auto& v : e.as<CompareExpr>()->comparators) f(*v);
      return true;
    case ExprKind::IfExp:
      f(*e.as<IfExpExpr>()->test);
      f(*e.as<IfExpExpr>()->body);
      f(*e.as<IfExpExpr>()->orelse);
      return true;
    case ExprKind::Call: {
      auto* c = e.as<CallExpr>();
      f(*c->func);
      for (auto& a : c->args) f(*a);
      for (auto& k : c->keywords) f(*k.value);
      return true;
    }
    case ExprKind::Attribute:
      f(*e.as<AttributeExpr>()->value);
      return true;
    case ExprKind::Subscript:
      f(*e.as<SubscriptExpr>()->value);
      f(*e.as<SubscriptExpr>()->index);
      return true;
    case ExprKind::Slice:
      opt(e.as<SliceExpr>()->lower.get());
      opt(e.as<SliceExpr>()->upper.get());
      opt(e.as<SliceExpr>()->step.get());
      return true;
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::Set:
      for (auto& x : e.as<SeqExpr>()->elts) f(*x);
      return true;
    case ExprKind::Dict:
      for (auto& x : e.as<DictExpr>()->keys) opt(x.get());
      for (auto& x : e.as<DictExpr>()->values) f(*x);
      return true;
    case ExprKind::Starred:
      f(*e.as<StarredExpr>()->value);
      return true;
    default:
      return false;
  }
}

}  // namespace rpy::syntax
