// set and frozenset.
#include "modules/objects/objects.hpp"

namespace rpy::modules {

static DictObj* D(const Ref& r) { return r->as<DictObj>(); }

static std::shared_ptr<DictObj> new_set(bool frozen) {
  auto s = std::make_shared<DictObj>(true);
  s->frozen = frozen;
  return s;
}

static void add_all(Interp& in, DictObj* s, const Ref& src, Loc loc) {
  Ref u = Interp::unwrap(src);
  if (u->kind == ObjKind::Set || u->kind == ObjKind::Dict) {
    std::vector<Ref> keys = D(u)->keys;
    for (auto& k : keys) s->set(k, none(), in.key_ops());
    return;
  }
  Ref it = in.iter(src, loc);
  while (Ref x = in.next(it, loc)) {
    in.hash(x, loc);
    s->set(x, none(), in.key_ops());
  }
}

static std::shared_ptr<DictObj> as_set(Interp& in, const Ref& v, Loc loc) {
  Ref u = Interp::unwrap(v);
  if (u->kind == ObjKind::Set) return std::static_pointer_cast<DictObj>(u);
  auto s = new_set(false);
  add_all(in, s.get(), v, loc);
  return s;
}

static Ref combine(Interp& in, Args& a, Loc loc, int op) {  // 0 union, 1 intersection, 2 difference, 3 symmetric difference
  auto* self = D(a[0]);
  auto out = new_set(self->frozen);
  if (op == 0 || op == 2 || op == 3)
    for (auto& k : self->keys) out->set(k, none(), in.key_ops());
  if (op == 1) {
    std::vector<Ref> cur = self->keys;
    for (size_t i = 1; i < a.size(); ++i) {
      auto other = as_set(in, a[i], loc);
      std::vector<Ref> next;
      for (auto& k : cur)
        if (other->find(k, in.key_ops()) >= 0) next.push_back(k);
      cur = std::move(next);
    }
    for (auto& k : cur) out->set(k, none(), in.key_ops());
    return out;
  }
  for (size_t i = 1; i < a.size(); ++i) {
    auto other = as_set(in, a[i], loc);
    for (auto& k : other->keys) {
      if (op == 0)
        out->set(k, none(), in.key_ops());
      else if (op == 2)
        out->erase(k, in.key_ops());
      else if (!out->erase(k, in.key_ops()))
        out->set(k, none(), in.key_ops());
    }
  }
  return out;
}

static void install_common(Interp& in, TypeInfo* t) {
  in.def_method(t, "union", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return combine(in, a, loc, 0); });
  in.def_method(t, "intersection", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return combine(in, a, loc, 1); });
  in.def_method(t, "difference", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return combine(in, a, loc, 2); });
  in.def_method(t, "symmetric_difference", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return combine(in, a, loc, 3); });
  in.def_method(t, "issubset", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto other = as_set(in, a.at(1), loc);
    for (auto& k : D(a[0])->keys)
      if (other->find(k, in.key_ops()) < 0) return make_bool(false);
    return make_bool(true);
  });
  in.def_method(t, "issuperset", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto other = as_set(in, a.at(1), loc);
    for (auto& k : other->keys)
      if (D(a[0])->find(k, in.key_ops()) < 0) return make_bool(false);
    return make_bool(true);
  });
  in.def_method(t, "isdisjoint", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto other = as_set(in, a.at(1), loc);
    for (auto& k : D(a[0])->keys)
      if (other->find(k, in.key_ops()) >= 0) return make_bool(false);
    return make_bool(true);
  });
  in.def_method(t, "copy", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    auto s = std::make_shared<DictObj>(*D(a[0]));
    s->frozen = D(a[0])->frozen;
    return s;
  });
}

void install_set_type(Interp& in, TypeInfo* set_t, TypeInfo* frozenset_t) {
  set_t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "set", a, 0, 1, loc);
    auto s = new_set(false);
    if (!a.empty()) add_all(in, s.get(), a[0], loc);
    return s;
  };
  frozenset_t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "frozenset", a, 0, 1, loc);
    if (!a.empty() && a[0]->kind == ObjKind::Set && D(a[0])->frozen) return a[0];
    auto s = new_set(true);
    if (!a.empty()) add_all(in, s.get(), a[0], loc);
    return s;
  };
  install_common(in, set_t);
  install_common(in, frozenset_t);
  in.def_method(set_t, "__init__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.size() > 1) add_all(in, D(a[0]), a[1], loc);
    return none();
  });
  in.def_method(set_t, "add", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "add", a, 2, 2, loc);
    in.hash(a[1], loc);
    D(a[0])->set(a[1], none(), in.key_ops());
    return none();
  });
  in.def_method(set_t, "discard", [](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
    D(a[0])->erase(a.at(1), in.key_ops());
    return none();
  });
  in.def_method(set_t, "remove", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (!D(a[0])->erase(a.at(1), in.key_ops())) in.raise_value(in.call(in.builtin_class("KeyError"), {a[1]}, {}, loc), loc);
    return none();
  });
  in.def_method(set_t, "pop", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* s = D(a[0]);
    if (s->keys.empty()) in.raise("KeyError", "pop from an empty set", loc);
    Ref k = s->keys[0];
    s->erase_at(0);
    return k;
  });
  in.def_method(set_t, "clear", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    D(a[0])->clear();
    return none();
  });
  for (auto [name, op] :
       {std::pair{"update", 0}, {"intersection_update", 1}, {"difference_update", 2}, {"symmetric_difference_update", 3}}) {
    int o = op;
    in.def_method(set_t, name, [o](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      Ref r = combine(in, a, loc, o);
      auto* s = D(a[0]);
      s->clear();
      for (auto& k : D(r)->keys) s->set(k, none(), in.key_ops());
      return none();
    });
  }
}

}  // namespace rpy::modules
