// After import, Python 2 longs that fit a machine word become ints in the constant graph: the
// translator computes with machine ints, and a long constant such as 10L means the int 10 there.
// (A constant beyond a machine word stays a Long; the annotator refuses it where it is used.)
#include <unordered_set>

#include "modules/interp.hpp"
#include "modules/loader.hpp"

namespace rpy::modules {

namespace {

struct Canonicalizer {
  std::unordered_set<const Obj*> seen;
  std::vector<Obj*> todo;

  void fix(Ref& r) {
    if (!r) return;
    if (r->kind == ObjKind::Long && r->as<LongObj>()->value.fits_int64()) {
      r = make_int(r->as<LongObj>()->value.to_int64());
      return;
    }
    switch (r->kind) {  // only objects that hold references are walked
      case ObjKind::Tuple:
      case ObjKind::List:
      case ObjKind::Dict:
      case ObjKind::Set:
      case ObjKind::Module:
      case ObjKind::Class:
      case ObjKind::Instance:
      case ObjKind::Function:
      case ObjKind::Method:
      case ObjKind::StaticMethod:
      case ObjKind::ClassMethod:
      case ObjKind::Property:
        if (seen.insert(r.get()).second) todo.push_back(r.get());
        break;
      default:
        break;
    }
  }
  void fix_env(std::unordered_map<std::string, Ref>& env) {
    for (auto& [k, v] : env) fix(v);
  }
  void visit(Obj* o) {
    switch (o->kind) {
      case ObjKind::Tuple:
        for (auto& x : o->as<TupleObj>()->items) fix(x);
        break;
      case ObjKind::List:
        for (auto& x : o->as<ListObj>()->items) fix(x);
        break;
      case ObjKind::Dict:
      case ObjKind::Set: {
        auto* d = o->as<DictObj>();
        for (auto& x : d->keys) fix(x);  // equal values hash alike: the index stays valid
        for (auto& x : d->values) fix(x);
        break;
      }
      case ObjKind::Module:
        fix_env(o->as<ModuleObj>()->attrs);
        break;
      case ObjKind::Class:
        fix_env(o->as<ClassObj>()->attrs);
        break;
      case ObjKind::Instance:
        fix_env(o->as<InstanceObj>()->attrs);
        fix(o->as<InstanceObj>()->builtin_value);
        break;
      case ObjKind::Function: {
        auto* f = o->as<FunctionObj>();
        for (auto& x : f->defaults) fix(x);
        fix_env(f->kwonly_defaults);
        fix_env(f->attrs);
        for (auto& env : f->closure) fix_env(*env);
        break;
      }
      case ObjKind::Method:
        fix(o->as<MethodObj>()->self);
        fix(o->as<MethodObj>()->func);
        break;
      case ObjKind::StaticMethod:
      case ObjKind::ClassMethod:
        fix(static_cast<WrapperObj*>(o)->func);
        break;
      case ObjKind::Property:
        fix(o->as<PropertyObj>()->fget);
        fix(o->as<PropertyObj>()->fset);
        break;
      default:
        break;
    }
  }
};

}  // namespace

void canonicalize_ints(const std::vector<std::shared_ptr<ModuleObj>>& modules) {
  Canonicalizer c;
  for (auto& m : modules) {
    c.seen.insert(m.get());
    c.todo.push_back(m.get());
  }
  while (!c.todo.empty()) {
    Obj* o = c.todo.back();
    c.todo.pop_back();
    c.visit(o);
  }
}

}  // namespace rpy::modules
