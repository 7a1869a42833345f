// Class methods (`@classmethod`): a call `C.m(args)` or `obj.m(args)` where m is a classmethod
// is the call of its function with the class first: `m(C, args)`, `m(type(obj), args)`. The
// class argument is a constant class or a set of classes (class_values.cpp), so `cls(...)` in
// the method builds the class it was called through, as in Python.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;

bool Annotator::rewrite_classmethod_call(Expr& e, ir::Graph& g) {
  if (e.args.empty() || e.args[0]->op != ExprOp::GetAttr || e.args[0]->args.empty()) return false;
  Expr& ga = *e.args[0];
  TypeRef recv = expr(*ga.args[0], g);
  ClassDef* cd = nullptr;
  bool through_instance = false;
  if (recv->kind == TypeKind::Class) {
    cd = recv->const_value ? classdef(recv->const_value) : recv->cls;
  } else if (recv->kind == TypeKind::Instance) {
    cd = recv->cls;
    through_instance = true;
  }
  if (!cd || !cd->cls) return false;
  m::Ref v = lookup_class_attr(cd, ga.attr);
  if (!v || v->kind != m::ObjKind::ClassMethod) return false;
  m::Ref fn = static_cast<m::WrapperObj*>(v.get())->func;
  // A class set or an instance may hold a subclass that overrides the method.
  if (!recv->const_value)
    for (auto& [c, other] : method_family(cd, ga.attr))
      if (other != v) {
        error(e.loc, "class method '" + ga.attr + "' is overridden in " + c->name + ", and this call may reach either: rpy does " +
                         "not choose a class method at run time yet; call it through the class (" + cd->name + "." + ga.attr + "(...))");
        return false;
      }
  if (!fn || fn->kind != m::ObjKind::Function) return false;
  funcdesc(fn)->classmethod = true;
  ExprPtr receiver = std::move(ga.args[0]);
  Loc loc = ga.loc;
  if (through_instance) {
    auto type = std::make_unique<Expr>(ExprOp::Const, loc);  // type(obj)
    type->value = interp_.builtins()->attrs.at("type");
    auto cls = std::make_unique<Expr>(ExprOp::Call, loc);
    cls->args.push_back(std::move(type));
    cls->args.push_back(std::move(receiver));
    receiver = std::move(cls);
  }
  auto callee = std::make_unique<Expr>(ExprOp::Const, loc);
  callee->value = fn;
  e.args[0] = std::move(callee);
  e.args.insert(e.args.begin() + 1, std::move(receiver));
  changed_ = true;
  return true;
}

}  // namespace rpy::annotate
