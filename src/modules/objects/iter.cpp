// Iterators and generators, xrange/range, slices, and the views of namespaces and dicts.
#include "modules/objects/objects.hpp"
#include "modules/support/text.hpp"

namespace rpy::modules {

// ---------------------------------------------------------------------------------------------
// Iterators

Ref SeqIterObj::next(Interp& in, Loc loc) {
  switch (seq->kind) {
    case ObjKind::List: {
      auto& items = seq->as<ListObj>()->items;
      if (pos >= items.size()) return nullptr;
      return items[pos++];
    }
    case ObjKind::Tuple: {
      auto& items = seq->as<TupleObj>()->items;
      if (pos >= items.size()) return nullptr;
      return items[pos++];
    }
    case ObjKind::Str:
    case ObjKind::Unicode: {
      if (what == 5) {
        if (pos >= cps.size()) return nullptr;
        std::string s;
        utf8_append(s, cps[pos++]);
        return same_kind_str(seq, s);
      }
      const std::string& s = seq->as<StrObj>()->value;
      if (pos >= s.size()) return nullptr;
      if (what == 6) return make_int(static_cast<unsigned char>(s[pos++]));
      return same_kind_str(seq, std::string(1, s[pos++]));
    }
    case ObjKind::Dict:
    case ObjKind::Set: {
      auto* d = seq->as<DictObj>();
      if (d->keys.size() != dict_size) {
        dict_size = SIZE_MAX;  // every later step fails too, as CPython's
        in.raise("RuntimeError", std::string(seq->kind == ObjKind::Dict ? "dictionary" : "Set") + " changed size during iteration", loc);
      }
      // The same size, other keys: which keys Python visits then, and whether Python 3 raises
      // "dictionary keys changed during iteration", follows its table's positions, which the
      // evaluator's dense arrays do not keep (compiled code does: rpy/dict_iter.hpp).
      // A script's statement doing it runs in the binary instead (its cut).
      if (d->key_changes != key_changes) {
        in.run_time_only(loc, "replaces a key of a dict or set a loop runs over");
        in.unsupported(loc, "a loop over a dict or set going on after its body replaced a key (deleted one, added another: the same size)");
      }
      if (pos >= d->keys.size()) return nullptr;
      size_t i = pos++;
      if (what == 2) return d->values[i];
      if (what == 3) return make_tuple({d->keys[i], d->values[i]});
      return d->keys[i];
    }
    default:
      return nullptr;
  }
}

Ref FuncIterObj::next(Interp& in, Loc loc) {
  if (done) return nullptr;
  Ref r = fn(in, loc);
  if (!r) done = true;
  return r;
}

Ref InstanceIterObj::next(Interp& in, Loc loc) {
  if (index >= 0) {
    try {
      return in.subscript(obj, make_int(index++), loc);
    } catch (PyException& e) {
      if (in.exception_matches(e.value, in.builtin_class("IndexError")) || in.exception_matches(e.value, in.builtin_class("StopIteration")))
        return nullptr;
      throw;
    }
  }
  try {
    return in.call(next_fn, {}, {}, loc);
  } catch (PyException& e) {
    if (!in.exception_matches(e.value, in.builtin_class("StopIteration"))) throw;
  }
  return nullptr;
}

Ref new_iterator(Interp& in, std::function<Ref(Interp&, Loc)> fn) {
  return std::make_shared<FuncIterObj>(in.type_info(BuiltinType::Iterator), std::move(fn));
}

// ---------------------------------------------------------------------------------------------
// Generators

GeneratorObj::~GeneratorObj() = default;

Ref GeneratorObj::send(Interp& in, Ref value, Loc loc) {
  if (running) in.raise("ValueError", "generator already executing", loc);
  if (!co || co->finished()) return nullptr;
  if (!co->started() && value && !is_none(value)) in.raise("TypeError", "can't send non-None value to a just-started generator", loc);
  sent = value;
  Frame* resumer = in.frame_;
  if (frame) frame->parent = resumer;
  in.frame_ = saved_frame ? saved_frame : frame ? frame.get() : resumer;
  running = true;
  bool alive;
  try {
    alive = co->resume();
  } catch (...) {
    running = false;
    in.frame_ = resumer;
    throw;
  }
  running = false;
  in.frame_ = resumer;
  if (!alive) return nullptr;
  return yielded;
}

Ref GeneratorObj::next(Interp& in, Loc loc) { return send(in, none(), loc); }

Ref GeneratorObj::yield(Interp& in, Ref value, Loc loc) {
  yielded = std::move(value);
  saved_frame = in.frame_;
  co->suspend();
  if (thrown) {
    Ref e = thrown;
    thrown = nullptr;
    throw PyException{e, loc, {}};
  }
  Ref s = sent ? sent : none();
  sent = nullptr;
  return s;
}

Ref GeneratorObj::throw_in(Interp& in, Ref exc, Loc loc) {
  if (!co || co->finished() || !co->started()) {
    if (co && !co->started()) co.reset();
    throw PyException{exc, loc, {}};
  }
  thrown = exc;
  return send(in, none(), loc);
}

void GeneratorObj::close(Interp& in, Loc loc) {
  if (!co || !co->started() || co->finished()) {
    co.reset();
    return;
  }
  Ref exit = in.call(in.builtin_class("GeneratorExit"), {}, {}, loc);
  Ref r;
  try {
    r = throw_in(in, exit, loc);
  } catch (PyException& e) {
    if (in.exception_matches(e.value, in.builtin_class("GeneratorExit")) ||
        in.exception_matches(e.value, in.builtin_class("StopIteration")))
      return;
    throw;
  }
  if (r) in.raise("RuntimeError", "generator ignored GeneratorExit", loc);
}

Ref new_generator(Interp& in, const std::string& name, std::function<void(GeneratorObj&)> body) {
  auto g = std::make_shared<GeneratorObj>(in.type_info(BuiltinType::Generator), name);
  g->interp = &in;
  GeneratorObj* raw = g.get();
  g->co = std::make_unique<Coroutine>([raw, body = std::move(body)] { body(*raw); });
  return g;
}

// ---------------------------------------------------------------------------------------------
// xrange / range

int64_t RangeObj::length() const {
  if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
  if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
  return 0;
}

Ref new_range(Interp& in, int64_t a, int64_t b, int64_t s) { return std::make_shared<RangeObj>(in.type_info(BuiltinType::Range), a, b, s); }

// ---------------------------------------------------------------------------------------------
// Namespace views

std::vector<std::string> NamespaceObj::live_keys() const {
  std::vector<std::string> out;
  for (auto& k : *order)
    if (attrs->count(k)) out.push_back(k);
  // Names set without going through the order (rare) come last.
  if (out.size() != attrs->size())
    for (auto& [k, v] : *attrs)
      if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  return out;
}

void NamespaceObj::set(const std::string& k, Ref v) {
  auto it = attrs->find(k);
  if (it == attrs->end()) {
    std::erase(*order, k);
    order->push_back(k);
    attrs->emplace(k, std::move(v));
  } else {
    it->second = std::move(v);
  }
}

bool NamespaceObj::erase(const std::string& k) {
  if (!attrs->erase(k)) return false;
  std::erase(*order, k);
  return true;
}

Ref make_dict_view(Interp& in, const Ref& d, int what) {
  BuiltinType t = what == 1 ? BuiltinType::DictKeys : what == 2 ? BuiltinType::DictValues : BuiltinType::DictItems;
  return std::make_shared<DictViewObj>(in.type_info(t), d, what);
}

// ---------------------------------------------------------------------------------------------
// The types

static Ref ns_key(Interp& in, const Ref& k, Loc loc) {
  if (!is_str(k)) in.raise("TypeError", "attribute name must be string", loc);
  return k;
}

static NamespaceObj* ns(const Ref& r) { return static_cast<NamespaceObj*>(r.get()); }

static void install_namespace_type(Interp& in, TypeInfo* t) {
  in.def_method(t, "__getitem__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& k = ns_key(in, a.at(1), loc)->as<StrObj>()->value;
    auto it = ns(a[0])->attrs->find(k);
    if (it == ns(a[0])->attrs->end()) in.raise_value(in.call(in.builtin_class("KeyError"), {a[1]}, {}, loc), loc);
    return it->second;
  });
  in.def_method(t, "__setitem__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (ns(a[0])->read_only) in.raise("TypeError", "'dictproxy' object does not support item assignment", loc);
    ns(a[0])->set(ns_key(in, a.at(1), loc)->as<StrObj>()->value, a.at(2));
    return none();
  });
  in.def_method(t, "__delitem__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (!ns(a[0])->erase(ns_key(in, a.at(1), loc)->as<StrObj>()->value))
      in.raise_value(in.call(in.builtin_class("KeyError"), {a[1]}, {}, loc), loc);
    return none();
  });
  in.def_method(t, "__contains__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    return make_bool(is_str(a.at(1)) && ns(a[0])->attrs->count(a[1]->as<StrObj>()->value));
  });
  in.def_method(t, "__len__",
                [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_int(static_cast<int64_t>(ns(a[0])->attrs->size())); });
  in.def_method(t, "__iter__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::vector<Ref> keys;
    for (auto& k : ns(a[0])->live_keys()) keys.push_back(make_str(k));
    return in.iter(make_list(keys), loc);
  });
  in.def_method(t, "get", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    auto it = is_str(a.at(1)) ? ns(a[0])->attrs->find(a[1]->as<StrObj>()->value) : ns(a[0])->attrs->end();
    if (it == ns(a[0])->attrs->end()) return a.size() > 2 ? a[2] : none();
    return it->second;
  });
  in.def_method(t, "setdefault", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& k = ns_key(in, a.at(1), loc)->as<StrObj>()->value;
    auto it = ns(a[0])->attrs->find(k);
    if (it != ns(a[0])->attrs->end()) return it->second;
    Ref v = a.size() > 2 ? a[2] : none();
    ns(a[0])->set(k, v);
    return v;
  });
  in.def_method(t, "pop", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& k = ns_key(in, a.at(1), loc)->as<StrObj>()->value;
    auto it = ns(a[0])->attrs->find(k);
    if (it == ns(a[0])->attrs->end()) {
      if (a.size() > 2) return a[2];
      in.raise_value(in.call(in.builtin_class("KeyError"), {a[1]}, {}, loc), loc);
    }
    Ref v = it->second;
    ns(a[0])->erase(k);
    return v;
  });
  auto listing = [](int what) {
    return [what](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
      std::vector<Ref> out;
      for (auto& k : ns(a[0])->live_keys()) {
        Ref v = ns(a[0])->attrs->at(k);
        out.push_back(what == 1 ? make_str(k) : what == 2 ? v : make_tuple({make_str(k), v}));
      }
      (void)in;
      return make_list(out);
    };
  };
  in.def_method(t, "keys", listing(1));
  in.def_method(t, "values", listing(2));
  in.def_method(t, "items", listing(3));
  for (auto [name, what] : {std::pair{"iterkeys", 1}, {"itervalues", 2}, {"iteritems", 3}}) {
    auto l = listing(what);
    in.def_method(t, name, [l](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref { return in.iter(l(in, a, kw, loc), loc); });
  }
  in.def_method(t, "has_key", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    return make_bool(is_str(a.at(1)) && ns(a[0])->attrs->count(a[1]->as<StrObj>()->value));
  });
  in.def_method(t, "update", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    if (a.size() > 1) {
      Ref src = Interp::unwrap(a[1]);
      if (src->kind == ObjKind::Dict) {
        auto* d = src->as<DictObj>();
        for (size_t i = 0; i < d->keys.size(); ++i) ns(a[0])->set(ns_key(in, d->keys[i], loc)->as<StrObj>()->value, d->values[i]);
      } else {
        Ref keys = in.get_attr_or_null(a[1], "keys", loc);
        if (keys) {
          for (auto& k : in.iterate(in.call(keys, {}, {}, loc), loc))
            ns(a[0])->set(ns_key(in, k, loc)->as<StrObj>()->value, in.subscript(a[1], k, loc));
        } else {
          for (auto& p : in.iterate(a[1], loc)) {
            auto kv = in.iterate(p, loc);
            if (kv.size() != 2) in.raise("ValueError", "dictionary update sequence element has wrong length", loc);
            ns(a[0])->set(ns_key(in, kv[0], loc)->as<StrObj>()->value, kv[1]);
          }
        }
      }
    }
    for (auto& [k, v] : kw) ns(a[0])->set(k, v);
    return none();
  });
  in.def_method(t, "copy", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    auto d = std::make_shared<DictObj>();
    for (auto& k : ns(a[0])->live_keys()) d->set(make_str(k), ns(a[0])->attrs->at(k));
    return d;
  });
  in.def_method(t, "__repr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::string s = "{";
    bool first = true;
    for (auto& k : ns(a[0])->live_keys()) {
      s += (first ? "" : ", ") + repr(make_str(k)) + ": " + in.repr_of(ns(a[0])->attrs->at(k), loc);
      first = false;
    }
    return make_str(s + "}");
  });
  in.def_method(t, "__eq__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto d = in.call(in.special(a[0], "copy"), {}, {}, loc);
    Ref other = a.at(1);
    if (auto* o = dynamic_cast<NamespaceObj*>(other.get())) other = in.call(in.special(other, "copy"), {}, {}, loc), (void)o;
    return make_bool(in.eq(d, other, loc));
  });
}

static void install_view_types(Interp& in) {
  for (BuiltinType bt : {BuiltinType::DictKeys, BuiltinType::DictValues, BuiltinType::DictItems}) {
    auto* t = const_cast<TypeInfo*>(in.type_info(bt));
    in.def_method(t, "__iter__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      auto* v = static_cast<DictViewObj*>(a[0].get());
      Ref d = Interp::unwrap(v->dict);
      auto it = std::make_shared<SeqIterObj>(in.type_info(BuiltinType::Iterator), d);
      it->what = v->what;
      it->dict_size = d->as<DictObj>()->keys.size();
      it->key_changes = d->as<DictObj>()->key_changes;
      (void)loc;
      return it;
    });
    in.def_method(t, "__len__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
      return make_int(static_cast<int64_t>(Interp::unwrap(static_cast<DictViewObj*>(a[0].get())->dict)->as<DictObj>()->keys.size()));
    });
    in.def_method(t, "__contains__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      auto* v = static_cast<DictViewObj*>(a[0].get());
      auto* d = Interp::unwrap(v->dict)->as<DictObj>();
      if (v->what == 1) return make_bool(d->find(a.at(1), in.key_ops()) >= 0);
      for (size_t i = 0; i < d->keys.size(); ++i) {
        Ref x = v->what == 2 ? d->values[i] : make_tuple({d->keys[i], d->values[i]});
        if (in.eq(x, a[1], loc)) return make_bool(true);
      }
      return make_bool(false);
    });
    in.def_method(t, "__repr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      auto* v = static_cast<DictViewObj*>(a[0].get());
      std::string items = in.repr_of(make_list(in.iterate(a[0], loc)), loc);
      return make_str(v->type->name + "(" + items + ")");
    });
    for (auto op : {std::pair{"__and__", syntax::BinOp::BitAnd},
                    {"__or__", syntax::BinOp::BitOr},
                    {"__sub__", syntax::BinOp::Sub},
                    {"__xor__", syntax::BinOp::BitXor}}) {
      auto bop = op.second;
      in.def_method(t, op.first, [bop](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
        Ref x = in.call(in.builtin_class("set"), {a[0]}, {}, loc);
        Ref y = in.call(in.builtin_class("set"), {a.at(1)}, {}, loc);
        return in.binary(bop, x, y, loc);
      });
    }
  }
}

static void install_range_type(Interp& in, TypeInfo* t) {
  t->subclassable = false;
  in.def_method(t, "__repr__", [](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
    auto* r = static_cast<RangeObj*>(a[0].get());
    std::string name = in.python() == 2 ? "xrange" : "range";
    if (in.python() == 2) {
      // Python 2 shows the normalised bounds.
      int64_t n = r->length();
      int64_t stop = r->start + n * r->step;
      if (r->start == 0 && r->step == 1) return make_str(name + "(" + std::to_string(stop) + ")");
      if (r->step == 1) return make_str(name + "(" + std::to_string(r->start) + ", " + std::to_string(stop) + ")");
      return make_str(name + "(" + std::to_string(r->start) + ", " + std::to_string(stop) + ", " + std::to_string(r->step) + ")");
    }
    if (r->step == 1) return make_str(name + "(" + std::to_string(r->start) + ", " + std::to_string(r->stop) + ")");
    return make_str(name + "(" + std::to_string(r->start) + ", " + std::to_string(r->stop) + ", " + std::to_string(r->step) + ")");
  });
  in.def_method(t, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* r = static_cast<RangeObj*>(a[0].get());
    const std::string& n = a[1]->as<StrObj>()->value;
    if (in.python() == 3) {
      if (n == "start") return make_int(r->start);
      if (n == "stop") return make_int(r->stop);
      if (n == "step") return make_int(r->step);
    }
    in.raise("AttributeError", "'" + r->type->name + "' object has no attribute '" + n + "'", loc);
  });
  in.def_method(t, "__reversed__", [](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
    auto* r = static_cast<RangeObj*>(a[0].get());
    int64_t n = r->length();
    return new_range(in, r->at(n - 1), r->at(n - 1) - n * r->step, -r->step);
  });
  in.def_method(t, "index", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* r = static_cast<RangeObj*>(a[0].get());
    for (int64_t i = 0; i < r->length(); ++i)
      if (in.eq(make_int(r->at(i)), a.at(1), loc)) return make_int(i);
    in.raise("ValueError", in.repr_of(a[1], loc) + " is not in range", loc);
  });
  in.def_method(t, "count", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_int(in.contains(a[0], a.at(1), loc) ? 1 : 0); });
  in.def_method(t, "__eq__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* r = dynamic_cast<RangeObj*>(a.at(1).get());
    if (!r) return in.builtin_class("NotImplemented");
    return make_bool(in.eq(make_list(in.iterate(a[0], loc)), make_list(in.iterate(a[1], loc)), loc));
  });
}

void install_iter_types(Interp& in) {
  auto* it = const_cast<TypeInfo*>(in.type_info(BuiltinType::Iterator));
  auto* gen = const_cast<TypeInfo*>(in.type_info(BuiltinType::Generator));
  for (TypeInfo* t : {it, gen}) {
    t->subclassable = false;
    in.def_method(t, "__iter__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return a[0]; });
    auto next_fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      Ref r = static_cast<IteratorObj*>(a[0].get())->next(in, loc);
      if (!r) in.raise("StopIteration", "", loc);
      return r;
    };
    in.def_method(t, in.python() == 2 ? "next" : "__next__", next_fn);
  }
  in.def_method(gen, "send", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref r = static_cast<GeneratorObj*>(a[0].get())->send(in, a.at(1), loc);
    if (!r) in.raise("StopIteration", "", loc);
    return r;
  });
  in.def_method(gen, "throw", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    // throw(type[, value[, tb]]) makes the exception as `raise type, value` does: value itself
    // when it is an instance of type, else type(*value) for a tuple, type(value), or type().
    Ref e = a.at(1);
    if (e->kind == ObjKind::Class) {
      Ref v = a.size() > 2 ? a[2] : nullptr;
      if (v && !is_none(v) && in.isinstance(v, e, loc))
        e = v;
      else if (v && !is_none(v) && v->kind == ObjKind::Tuple)
        e = in.call(e, v->as<TupleObj>()->items, {}, loc);
      else
        e = in.call(e, v && !is_none(v) ? Args{v} : Args{}, {}, loc);
    }
    Ref r = static_cast<GeneratorObj*>(a[0].get())->throw_in(in, e, loc);
    if (!r) in.raise("StopIteration", "", loc);
    return r;
  });
  in.def_method(gen, "close", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    static_cast<GeneratorObj*>(a[0].get())->close(in, loc);
    return none();
  });
  in.def_method(gen, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* g = static_cast<GeneratorObj*>(a[0].get());
    const std::string& n = a[1]->as<StrObj>()->value;
    if (n == "__name__" || n == "gi_name") return make_str(g->name);
    if (n == "gi_running") return make_bool(g->running);
    in.raise("AttributeError", "'generator' object has no attribute '" + n + "'", loc);
  });
  install_range_type(in, const_cast<TypeInfo*>(in.type_info(BuiltinType::Range)));
  install_namespace_type(in, const_cast<TypeInfo*>(in.type_info(BuiltinType::Namespace)));
  install_view_types(in);
  auto* sl = const_cast<TypeInfo*>(in.type_info(BuiltinType::Slice));
  sl->subclassable = false;
  sl->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "slice", a, 1, 3, loc);
    if (a.size() == 1) return std::make_shared<SliceObj>(in.type_info(BuiltinType::Slice), none(), a[0], none());
    return std::make_shared<SliceObj>(in.type_info(BuiltinType::Slice), a[0], a[1], a.size() > 2 ? a[2] : none());
  };
  in.def_method(sl, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* s = static_cast<SliceObj*>(a[0].get());
    const std::string& n = a[1]->as<StrObj>()->value;
    if (n == "start") return s->start;
    if (n == "stop") return s->stop;
    if (n == "step") return s->step;
    in.raise("AttributeError", "'slice' object has no attribute '" + n + "'", loc);
  });
  in.def_method(sl, "indices", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* s = static_cast<SliceObj*>(a[0].get());
    int64_t start, stop, step, count;
    slice_indices(in, s->start, s->stop, s->step, in.to_int(a.at(1), loc), start, stop, step, count, loc);
    return make_tuple({make_int(start), make_int(stop), make_int(step)});
  });
  in.def_method(sl, "__repr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* s = static_cast<SliceObj*>(a[0].get());
    return make_str("slice(" + in.repr_of(s->start, loc) + ", " + in.repr_of(s->stop, loc) + ", " + in.repr_of(s->step, loc) + ")");
  });
}

}  // namespace rpy::modules
