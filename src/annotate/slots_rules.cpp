// __slots__: a class whose every class along the MRO declares __slots__ (without '__dict__') has
// instances that can hold only those attributes; storing another one raises AttributeError in
// Python. rpy would store a field and go on (a wrong answer), so such a store is refused.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;

// The names a class's own __slots__ declares (private names unmangled, as rpy names attributes);
// false when it has no __slots__ or declares __dict__.
static bool own_slots(const m::ClassObj* c, std::vector<std::string>& out) {
  auto it = c->attrs.find("__slots__");
  if (it == c->attrs.end() || !it->second) return false;
  std::vector<m::Ref> items;
  const m::Ref& v = it->second;
  if (v->kind == m::ObjKind::Str || v->kind == m::ObjKind::Unicode)
    items.push_back(v);
  else if (v->kind == m::ObjKind::Tuple)
    items = v->as<m::TupleObj>()->items;
  else if (v->kind == m::ObjKind::List)
    items = v->as<m::ListObj>()->items;
  else
    return false;  // another iterable: not modelled, no refusal
  for (auto& item : items) {
    if (!item || (item->kind != m::ObjKind::Str && item->kind != m::ObjKind::Unicode)) return false;
    std::string name = item->as<m::StrObj>()->value;
    if (name == "__dict__") return false;
    out.push_back(name);
  }
  return true;
}

// Whether instances of c cannot hold `attr`: every class of its MRO has __slots__ without it.
static bool slots_exclude(const m::ClassObj* c, const std::string& attr) {
  if (!c->new_style || c->builtin_base || c->is_builtin_exception) return false;
  std::vector<std::string> names;
  for (const m::ClassObj* k : c->mro)
    if (k->is_builtin_exception || k->builtin_base || !own_slots(k, names)) return false;
  return std::find(names.begin(), names.end(), attr) == names.end();
}

bool Annotator::slots_refuse_store(ClassDef* cd, const std::string& attr, Loc loc) {
  if (!final_ || attr.starts_with("__rpy") || attr.starts_with("$")) return false;
  ClassDef* bad = nullptr;
  std::function<void(ClassDef*)> walk = [&](ClassDef* c) {
    if (!bad && c->instantiated && !c->builtin && c->obj() && slots_exclude(c->obj(), attr)) bad = c;
    for (ClassDef* s : c->subclasses) walk(s);
  };
  walk(cd);
  if (!bad) return false;
  Diagnostic* d = error(loc, "'" + bad->name + "' object has no attribute '" + attr + "': " + bad->name +
                                 " and its bases declare __slots__ without it, so Python raises AttributeError here; rpy "
                                 "refuses the store (add '" +
                                 attr + "' to __slots__, or remove __slots__)");
  if (d) d->notes.push_back({bad->obj()->loc, "class " + bad->name + " is defined here"});
  return true;
}

}  // namespace rpy::annotate
