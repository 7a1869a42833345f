// Class attributes rebound at run time (`Shape.count += 1`, `Config.verbose = True`). Python lets
// a program do it; RPython refuses it (classes are constants after import). rpy gives it Python's
// meaning: each such attribute lives in a hidden prebuilt object (its field `value`), initialised
// with the value the class held after import, and every read through the class, its subclasses or
// their instances reads that object instead of the constant. What Python would make of the
// remaining forms (a subclass getting its own attribute by assignment, an instance attribute of
// the same name, a method rebound) is refused with a message rather than approximated.
#include <algorithm>
#include <set>
#include <tuple>

#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::Graph;
using ir::Stmt;

// A read that can be repeated or dropped without changing what the program does.
static bool pure_receiver(const Expr& x) { return x.op == ExprOp::Local || x.op == ExprOp::Const; }

m::Ref Annotator::class_var(ClassDef* owner, const std::string& name) const {
  auto it = class_vars_.find({owner, name});
  return it == class_vars_.end() ? nullptr : it->second;
}

// Points `e` (a GetAttr) or `s` (a SetAttr) at the holder's field.
static void retarget(ir::ExprPtr& receiver, const m::Ref& holder) {
  Loc l = receiver->loc;
  receiver = std::make_unique<Expr>(ExprOp::Const, l);
  receiver->value = holder;
}

bool Annotator::class_var_store(Stmt& s, TypeRef obj, TypeRef value) {
  if (obj->kind != TypeKind::Class || !obj->const_value || obj->const_value->kind != m::ObjKind::Class) return false;
  ClassDef* cd = classdef(obj->const_value);
  ClassDef* where = nullptr;
  m::Ref v = lookup_class_attr(cd, s.attr, &where);
  if (!v) {
    error(s.loc, "cannot create class attribute '" + s.attr + "' of " + cd->name +
                     " at run time: give the class a value for it in its body (rpy then lets the program rebind it)");
    return true;
  }
  if (where != cd) {
    error(s.loc, "assigning " + cd->name + "." + s.attr + " would give " + cd->name + " an attribute of its own, hiding " + where->name +
                     "." + s.attr + ": rpy rebinds a class attribute only through the class that defines it");
    return true;
  }
  if (!is_class_data(v)) {
    error(s.loc, "cannot rebind " + cd->name + "." + s.attr +
                     " at run time: it is a method (or a property), and methods are constants after import");
    return true;
  }
  m::Ref holder = class_var(cd, s.attr);
  if (!holder) {
    auto ns = std::make_shared<m::DictObj>();
    m::Interp& in = interp();
    m::Ref cls = in.create_class(nullptr, cd->name + "." + s.attr, {}, *ns, cd->obj()->module, cd->obj()->loc);
    m::Args args;
    m::KwArgs kwargs;
    holder = in.instantiate(cls, args, kwargs, s.loc);
    in.set_attr(holder, "value", v, s.loc);
    class_vars_[{cd, s.attr}] = holder;
    changed_ = true;  // reads annotated as constants so far are read again
  }
  retarget(s.exprs[0], holder);
  s.attr = "value";
  setattr(type_of_const(holder, s.loc), "value", value, s.loc);
  return true;
}

TypeRef Annotator::class_var_read(Expr& e, ClassDef* from, ClassDef* where, bool through_instance, Graph& g) {
  m::Ref holder = class_var(where, e.attr);
  if (!holder) return nullptr;
  // Through an instance whose class may be a subclass with its own value, Python reads that one.
  for (auto& [c, val] : method_family(from, e.attr))
    if (through_instance && c != where && c->obj()->attrs.count(e.attr)) {
      error(e.loc, "class attribute '" + e.attr + "' is rebound at run time in " + where->name + " and redefined in " + c->name +
                       ": rpy cannot tell which one this read sees; give the subclass another name");
      return tt_.impossible();
    }
  // Instance attributes of the same name may be found later: checked again at the end.
  if (through_instance) class_var_reads_.push_back({from, e.attr, e.loc});
  if (!pure_receiver(*e.args[0])) {
    error(e.loc, "read " + where->name + "." + e.attr + " (a class attribute rebound at run time) through the class or a variable");
    return tt_.impossible();
  }
  retarget(e.args[0], holder);
  e.attr = "value";
  e.value = nullptr;
  return getattr(e, type_of_const(holder, e.loc), g);
}

// The reads of rebound class attributes through instances, once every instance attribute is
// known: an instance attribute of the same name in the family would be read there.
void Annotator::check_class_var_reads() {
  std::set<std::tuple<ClassDef*, std::string, uint32_t, uint32_t, uint32_t>> seen;  // each pass recorded them again
  for (auto& [from, name, loc] : class_var_reads_)
    if (seen.insert({from, name, loc.file, loc.line, loc.col}).second) class_var_below_field(from, name, loc);
}

// An instance attribute whose class-level default (RPython's rule: merge_class_defaults) is a
// class attribute rebound at run time: Python reads the class's current value until the instance
// sets its own, a field initialised once cannot.
bool Annotator::class_var_below_field(ClassDef* cd, const std::string& name, Loc loc) {
  if (class_vars_.empty()) return false;
  std::vector<ClassDef*> family{cd};
  for (ClassDef* c = cd->base; c; c = c->base) family.push_back(c);
  for (size_t i = 0; i < family.size(); ++i)
    for (ClassDef* s : family[i]->subclasses)
      if (std::find(family.begin(), family.end(), s) == family.end()) family.push_back(s);
  bool field = false;
  for (ClassDef* c : family) field |= c->attrs.count(name) > 0;
  if (!field) return false;
  for (ClassDef* c : family)
    if (class_var(c, name)) {
      error(loc, "'" + name + "' is both an instance attribute and a class attribute rebound at run time (" + c->name + "." + name +
                     "): rpy keeps them apart only under different names");
      return true;
    }
  return false;
}

}  // namespace rpy::annotate
