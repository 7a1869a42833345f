// Type rules of class features: class attributes stored per instance, properties.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;
using ir::Graph;
using ir::Stmt;

static bool is_data(const m::Ref& v) {
  switch (v->kind) {
    case m::ObjKind::Function:
    case m::ObjKind::Property:
    case m::ObjKind::StaticMethod:
    case m::ObjKind::Builtin:
    case m::ObjKind::Method:
      return false;
    default:
      return v->kind != m::ObjKind::ClassMethod;
  }
}

void Annotator::merge_class_defaults(ClassDef* cd, const std::string& name, AttrDef* a, Loc loc) {
  ClassDef* decl = cd;
  for (ClassDef* c = cd; c; c = c->base)
    if (c->attrs.count(name)) decl = c;
  for (auto& [c, val] : method_family(decl, name)) {
    if (!val || !is_data(val)) continue;
    TypeRef t = type_of_const(val, loc);
    merge_into(a->type, a->origins, t, c->obj()->loc,
               "attribute '" + name + "' of " + decl->name + " (class-level value in " + c->name + ")");
  }
}

TypeRef Annotator::class_attr_field(Expr& e, ClassDef* where, const std::string& name) {
  m::Ref v = lookup_class_attr(where, name);
  setattr(tt_.instance(where), name, type_of_const(v, e.loc), e.loc);
  AttrDef* a = find_attr(where, name);
  e.value = nullptr;
  if (!a) return tt_.impossible();
  a->read = true;
  merge_class_defaults(where, name, a, e.loc);
  return a->type ? a->type : tt_.impossible();
}

// obj.prop -> fget(obj)
TypeRef Annotator::property_get(Expr& e, const m::Ref& prop, Graph& g) {
  auto* p = static_cast<m::PropertyObj*>(prop.get());
  if (!p->fget || p->fget->kind != m::ObjKind::Function) {
    error(e.loc, "property '" + e.attr + "' has no getter rpy can call");
    return tt_.impossible();
  }
  ExprPtr obj = std::move(e.args[0]);
  e.args.clear();
  auto callee = std::make_unique<Expr>(ExprOp::Const, e.loc);
  callee->value = p->fget;
  e.args.push_back(std::move(callee));
  e.args.push_back(std::move(obj));
  e.op = ExprOp::Call;
  e.attr.clear();
  e.value = nullptr;
  changed_ = true;
  return call(e, g);
}

// obj.prop = v -> fset(obj, v)
bool Annotator::property_set(Stmt& s, TypeRef obj, Graph& g) {
  if (obj->kind != TypeKind::Instance) return false;
  if (find_attr(obj->cls, s.attr)) return false;
  m::Ref v = lookup_class_attr(obj->cls, s.attr);
  if (!v || v->kind != m::ObjKind::Property) return false;
  auto* p = static_cast<m::PropertyObj*>(v.get());
  if (!p->fset || p->fset->kind != m::ObjKind::Function) {
    error(s.loc, "can't set attribute '" + s.attr + "' (a property without a setter)");
    return true;
  }
  auto call = std::make_unique<Expr>(ExprOp::Call, s.loc);
  auto callee = std::make_unique<Expr>(ExprOp::Const, s.loc);
  callee->value = p->fset;
  call->args.push_back(std::move(callee));
  call->args.push_back(std::move(s.exprs[0]));
  call->args.push_back(std::move(s.exprs[1]));
  s.exprs.clear();
  s.exprs.push_back(std::move(call));
  s.op = ir::StmtOp::ExprStmt;
  s.attr.clear();
  changed_ = true;
  expr(*s.exprs[0], g);
  return true;
}

}  // namespace rpy::annotate
