// dict: constructor and methods (Python 2's lists and iterators, Python 3's views).
#include "modules/objects/objects.hpp"

namespace rpy::modules {

static DictObj* D(const Ref& r) { return r->as<DictObj>(); }

// dict.update / dict(...): from a mapping (anything with keys()) or from pairs, then keywords.
static void update_from(Interp& in, DictObj* d, Args& a, size_t first, KwArgs& kw, const char* name, Loc loc) {
  if (a.size() > first + 1)
    in.raise("TypeError", std::string(name) + " expected at most 1 arguments, got " + std::to_string(a.size() - first), loc);
  if (a.size() > first) {
    Ref src = Interp::unwrap(a[first]);
    if (src->kind == ObjKind::Dict) {
      auto* s = D(src);
      std::vector<Ref> ks = s->keys, vs = s->values;
      for (size_t i = 0; i < ks.size(); ++i) d->set(ks[i], vs[i], in.key_ops());
    } else if (Ref keys = in.get_attr_or_null(a[first], "keys", loc)) {
      for (auto& k : in.iterate(in.call(keys, {}, {}, loc), loc)) d->set(k, in.subscript(a[first], k, loc), in.key_ops());
    } else {
      size_t i = 0;
      Ref it = in.iter(a[first], loc);
      while (Ref p = in.next(it, loc)) {
        std::vector<Ref> kv;
        try {
          kv = in.iterate(p, loc);
        } catch (PyException&) {
          in.raise("TypeError", "cannot convert dictionary update sequence element #" + std::to_string(i) + " to a sequence", loc);
        }
        if (kv.size() != 2)
          in.raise(
              "ValueError",
              "dictionary update sequence element #" + std::to_string(i) + " has length " + std::to_string(kv.size()) + "; 2 is required",
              loc);
        in.hash(kv[0], loc);
        d->set(kv[0], kv[1], in.key_ops());
        ++i;
      }
    }
  }
  for (auto& [k, v] : kw) d->set(make_str(k), v, in.key_ops());
}

static Ref key_error(Interp& in, const Ref& key, Loc loc) { in.raise_value(in.call(in.builtin_class("KeyError"), {key}, {}, loc), loc); }

void install_dict_type(Interp& in, TypeInfo* t) {
  t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    auto d = std::make_shared<DictObj>();
    update_from(in, d.get(), a, 0, kw, "dict", loc);
    return d;
  };
  in.def_method(t, "__init__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    update_from(in, D(a[0]), a, 1, kw, "dict", loc);
    return none();
  });
  in.def_method(t, "update", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    update_from(in, D(a[0]), a, 1, kw, "update", loc);
    return none();
  });
  in.def_method(t, "get", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "get", a, 2, 3, loc);
    in.hash(a[1], loc);
    long i = D(a[0])->find(a[1], in.key_ops());
    return i >= 0 ? D(a[0])->values[static_cast<size_t>(i)] : (a.size() > 2 ? a[2] : none());
  });
  in.def_method(t, "setdefault", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "setdefault", a, 2, 3, loc);
    in.hash(a[1], loc);
    long i = D(a[0])->find(a[1], in.key_ops());
    if (i >= 0) return D(a[0])->values[static_cast<size_t>(i)];
    Ref v = a.size() > 2 ? a[2] : none();
    D(a[0])->set(a[1], v, in.key_ops());
    return v;
  });
  in.def_method(t, "pop", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "pop", a, 2, 3, loc);
    long i = D(a[0])->find(a[1], in.key_ops());
    if (i < 0) {
      if (a.size() > 2) return a[2];
      return key_error(in, a[1], loc);
    }
    Ref v = D(a[0])->values[static_cast<size_t>(i)];
    D(a[0])->erase_at(static_cast<size_t>(i));
    return v;
  });
  in.def_method(t, "popitem", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* d = D(a[0]);
    if (d->keys.empty())
      in.raise("KeyError", in.python() == 2 ? "popitem(): dictionary is empty" : "'popitem(): dictionary is empty'", loc);
    size_t i = d->keys.size() - 1;
    Ref r = make_tuple({d->keys[i], d->values[i]});
    d->erase_at(i);
    return r;
  });
  in.def_method(t, "has_key", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    in.hash(a.at(1), loc);
    return make_bool(D(a[0])->find(a[1], in.key_ops()) >= 0);
  });
  in.def_method(t, "clear", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    D(a[0])->clear();
    return none();
  });
  in.def_method(t, "copy", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return std::make_shared<DictObj>(*D(a[0])); });
  auto lister = [](int what) {
    return [what](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
      if (in.python() == 3) return make_dict_view(in, a[0], what);
      auto* d = D(a[0]);
      if (what == 1) return make_list(d->keys);
      if (what == 2) return make_list(d->values);
      std::vector<Ref> out;
      out.reserve(d->keys.size());
      for (size_t i = 0; i < d->keys.size(); ++i) out.push_back(make_tuple({d->keys[i], d->values[i]}));
      return make_list(std::move(out));
    };
  };
  in.def_method(t, "keys", lister(1));
  in.def_method(t, "values", lister(2));
  in.def_method(t, "items", lister(3));
  if (in.python() == 2) {
    for (auto [name, what] : {std::pair{"iterkeys", 1}, {"itervalues", 2}, {"iteritems", 3}}) {
      int w = what;
      in.def_method(t, name, [w](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
        auto it = std::make_shared<SeqIterObj>(in.type_info(BuiltinType::Iterator), a[0]);
        it->what = w;
        it->dict_size = D(a[0])->keys.size();
        it->key_changes = D(a[0])->key_changes;
        return it;
      });
    }
    for (auto [name, what] : {std::pair{"viewkeys", 1}, {"viewvalues", 2}, {"viewitems", 3}}) {
      int w = what;
      in.def_method(t, name, [w](Interp& in, Args& a, KwArgs&, Loc) -> Ref { return make_dict_view(in, a[0], w); });
    }
  }
  t->attrs["fromkeys"] = std::make_shared<WrapperObj>(
      ObjKind::ClassMethod, std::make_shared<BuiltinObj>("dict.fromkeys", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
        check_args(in, "fromkeys", a, 2, 3, loc);
        Ref d = in.call(a[0], {}, {}, loc);
        Ref v = a.size() > 2 ? a[2] : none();
        for (auto& k : in.iterate(a[1], loc)) in.set_item(d, k, v, loc);
        return d;
      }));
  t->attr_order.push_back("fromkeys");
}

}  // namespace rpy::modules
