// Type rules of class features: class attributes stored per instance, properties.
#include <optional>

#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;
using ir::Graph;
using ir::Stmt;

bool is_class_data(const m::Ref& v) {
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
    if (!val || !is_class_data(val)) continue;
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

// A class attribute (data) that only subclasses define, read through their base: RPython moves it
// up to the base (classdesc's generalization), a field each class's constructor initialises with
// its own class-level value (emit_class_init.cpp). The base is not recorded as storing it: an
// instance of a class without a value raises AttributeError when read, as in Python
// (classes_lacking). Null when the family is not all data (methods, properties: elsewhere).
TypeRef Annotator::subclass_data_attr(Expr& e, ClassDef* cd, const std::string& name,
                                      const std::vector<std::pair<ClassDef*, m::Ref>>& fam) {
  if (fam.empty() || cd->builtin) return nullptr;
  for (auto& [c, v] : fam)
    if (!v || !is_class_data(v)) return nullptr;
  AttrDef* a = find_attr(cd, name);
  if (!a) a = generalize_attr(cd, name, e.loc);
  e.value = nullptr;
  a->read = true;
  merge_class_defaults(cd, name, a, e.loc);
  return a->type ? a->type : tt_.impossible();
}

// A property that a subclass redefines is read and set through the receiver's class: as in
// RPython, each class that defines the property gets methods NAME__getter__ and NAME__setter__
// (its fget and fset), and obj.prop becomes obj.NAME__getter__(), a method call. Returns the
// accessor's name, "" when one property serves the whole family (then fget is called directly;
// not when only subclasses of cls define it: a class without it raises AttributeError), or
// nothing when a class redefines it as something else (reported in the final pass; the expression
// is left as it is until then).
std::optional<std::string> Annotator::property_accessor(ClassDef* cls, const std::string& name, const m::Ref& prop, bool setter, Loc loc) {
  auto fam = method_family(cls, name);
  bool redefined = !lookup_class_attr(cls, name);  // only subclasses define it: dispatch on the class
  for (auto& [c, v] : fam)
    if (v.get() != prop.get()) redefined = true;
  if (!redefined) return "";
  std::string accessor = name + (setter ? "__setter__" : "__getter__");
  for (auto& [c, v] : fam) {
    m::Ref fn;
    if (v->kind == m::ObjKind::Property) fn = setter ? v->as<m::PropertyObj>()->fset : v->as<m::PropertyObj>()->fget;
    if (!fn || fn->kind != m::ObjKind::Function) {
      std::string how = v->kind != m::ObjKind::Property ? "as something that is not a property"
                        : setter                        ? "as a property without a setter rpy can call"
                                                        : "as a property without a getter rpy can call";
      error(loc, "property '" + name + "' of " + fam.front().first->name + " is redefined in " + c->name + " " + how +
                     ": rpy cannot translate " + (setter ? "setting" : "reading") + " it through " + cls->name);
      return std::nullopt;
    }
    c->obj()->attrs[accessor] = fn;
  }
  return accessor;
}

// obj.prop -> fget(obj), or obj.prop__getter__() when subclasses redefine the property
TypeRef Annotator::property_get(Expr& e, ClassDef* cls, const m::Ref& prop, Graph& g) {
  auto* p = static_cast<m::PropertyObj*>(prop.get());
  if (!p->fget || p->fget->kind != m::ObjKind::Function) {
    error(e.loc, "property '" + e.attr + "' has no getter rpy can call");
    return tt_.impossible();
  }
  std::optional<std::string> found = property_accessor(cls, e.attr, prop, false, e.loc);
  if (!found) return tt_.impossible();
  std::string accessor = *found;
  ExprPtr obj = std::move(e.args[0]);
  e.args.clear();
  std::unique_ptr<Expr> callee;
  if (accessor.empty()) {
    callee = std::make_unique<Expr>(ExprOp::Const, e.loc);
    callee->value = p->fget;
  } else {
    callee = std::make_unique<Expr>(ExprOp::GetAttr, e.loc);
    callee->attr = accessor;
    callee->args.push_back(std::move(obj));
  }
  e.args.push_back(std::move(callee));
  if (obj) e.args.push_back(std::move(obj));
  e.op = ExprOp::Call;
  e.attr.clear();
  e.value = nullptr;
  changed_ = true;
  return call(e, g);
}

// obj.prop = v -> fset(obj, v), or obj.prop__setter__(v) when subclasses redefine the property
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
  std::optional<std::string> found = property_accessor(obj->cls, s.attr, v, true, s.loc);
  if (!found) return true;
  std::string accessor = *found;
  // Python evaluates the value before the object (`a.p = v()` calls v first): a value that is
  // not a constant goes to a temporary first.
  ExprPtr hold;
  if (s.exprs[1]->op != ExprOp::Const && s.exprs[0]->op != ExprOp::Const) {
    ir::Var* tmp = g.new_var("$value", s.loc);
    hold = std::make_unique<Expr>(ExprOp::SetLocal, s.loc);
    hold->var = tmp;
    hold->args.push_back(std::move(s.exprs[1]));
    s.exprs[1] = std::make_unique<Expr>(ExprOp::Local, s.loc);
    s.exprs[1]->var = tmp;
  }
  auto call = std::make_unique<Expr>(ExprOp::Call, s.loc);
  if (accessor.empty()) {
    auto callee = std::make_unique<Expr>(ExprOp::Const, s.loc);
    callee->value = p->fset;
    call->args.push_back(std::move(callee));
    call->args.push_back(std::move(s.exprs[0]));
  } else {
    auto callee = std::make_unique<Expr>(ExprOp::GetAttr, s.loc);
    callee->attr = accessor;
    callee->args.push_back(std::move(s.exprs[0]));
    call->args.push_back(std::move(callee));
  }
  call->args.push_back(std::move(s.exprs[1]));
  s.exprs.clear();
  if (hold) {
    auto seq = std::make_unique<Expr>(ExprOp::Seq, s.loc);
    seq->args.push_back(std::move(hold));
    seq->args.push_back(std::move(call));
    call = std::move(seq);
  }
  s.exprs.push_back(std::move(call));
  s.op = ir::StmtOp::ExprStmt;
  s.attr.clear();
  changed_ = true;
  expr(*s.exprs[0], g);
  return true;
}

}  // namespace rpy::annotate
