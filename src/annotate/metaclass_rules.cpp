// A class's metaclass in translated code (Python's rule: an operation on a class is looked up on
// its type). For a constant class whose metaclass defines the method in Python (an Enum's
// EnumType, lib/std/enum.py):
//   C(args)              -> Meta.__call__(C, args)   (not a new instance)
//   C.m(args)            -> Meta.m(C, args)          (m not an attribute of C itself)
//   for x in C, list(C)  -> C.__iter__() -> Meta.__iter__(C)
//   len(C), x in C, C[k] -> Meta.__len__(C), Meta.__contains__(C, x), Meta.__getitem__(C, k)
// The metaclass's method is then an ordinary function whose first argument is the constant class.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;

m::Ref Annotator::metaclass_method(TypeRef t, const std::string& name) {
  if (!t || t->kind != TypeKind::Class || !t->const_value || t->const_value->kind != m::ObjKind::Class) return nullptr;
  const m::Ref& meta = t->const_value->as<m::ClassObj>()->metaclass;
  if (!meta || meta->kind != m::ObjKind::Class) return nullptr;
  m::Ref fn = meta->as<m::ClassObj>()->lookup(name);
  return fn && fn->kind == m::ObjKind::Function ? fn : nullptr;
}

bool Annotator::rewrite_metaclass_call(Expr& e, ir::Graph& g) {
  if (e.args.empty()) return false;
  Expr& callee = *e.args[0];
  m::Ref fn;
  ExprPtr receiver;
  if (callee.op == ExprOp::GetAttr && !callee.args.empty()) {
    TypeRef recv = expr(*callee.args[0], g);
    if (!recv->const_value || recv->kind != TypeKind::Class) return false;
    if (lookup_class_attr(classdef(recv->const_value), callee.attr)) return false;  // the class's own attribute
    fn = metaclass_method(recv, callee.attr);
    if (!fn) return false;
    receiver = std::move(callee.args[0]);
  } else {
    TypeRef cls = expr(callee, g);
    fn = metaclass_method(cls, "__call__");
    if (!fn) return false;
    receiver = std::move(e.args[0]);
  }
  Loc loc = e.args[0] ? e.args[0]->loc : e.loc;
  auto c = std::make_unique<Expr>(ExprOp::Const, loc);
  c->value = fn;
  e.args[0] = std::move(c);
  e.args.insert(e.args.begin() + 1, std::move(receiver));
  changed_ = true;
  return true;
}

}  // namespace rpy::annotate
