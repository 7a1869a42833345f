// functools: partial, reduce, wraps/update_wrapper, total_ordering, cmp_to_key, lru_cache.
#include "modules/lib/modules.hpp"

namespace rpy::modules {

namespace {

struct Partial {
  Ref func;
  Args args;
  KwArgs kwargs;
};
using PartialObj = BoxObj<Partial>;

struct Cached {
  Ref func;
  std::shared_ptr<DictObj> cache;
  int64_t hits = 0, misses = 0;
};
using CachedObj = BoxObj<Cached>;

const char* kWrapperAssignments[] = {"__module__", "__name__", "__qualname__", "__doc__"};

Ref update_wrapper(Interp& in, const Ref& wrapper, const Ref& wrapped, Loc loc) {
  for (const char* a : kWrapperAssignments) {
    if (std::string(a) == "__qualname__" && in.python() != 3) continue;  // Python 3 only
    Ref v = in.get_attr_or_null(wrapped, a, loc);
    if (v) {
      try {
        in.set_attr(wrapper, a, v, loc);
      } catch (PyException&) {
      }
    }
  }
  if (Ref d = in.get_attr_or_null(wrapped, "__dict__", loc)) {
    Ref wd = in.get_attr_or_null(wrapper, "__dict__", loc);
    if (wd) in.call_method(wd, "update", {d}, loc);
  }
  if (in.python() == 3) in.set_attr(wrapper, "__wrapped__", wrapped, loc);
  return wrapper;
}

}  // namespace

void install_module_functools(Interp& in, ModuleObj& m) {
  TypeInfo* pt = in.new_type("partial", nullptr, "functools");
  pt->type_obj->as<BuiltinObj>()->fn = [pt](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    if (a.empty()) in.raise("TypeError", "type 'partial' takes at least one argument", loc);
    auto p = std::make_shared<PartialObj>(pt);
    Ref f = a[0];
    if (auto* inner = dynamic_cast<PartialObj*>(f.get())) {  // partial(partial(f, a), b) flattens
      p->value = inner->value;
    } else {
      p->value.func = f;
    }
    p->value.args.insert(p->value.args.end(), a.begin() + 1, a.end());
    for (auto& [k, v] : kw) {
      bool replaced = false;
      for (auto& kv : p->value.kwargs)
        if (kv.first == k) kv.second = v, replaced = true;
      if (!replaced) p->value.kwargs.emplace_back(k, v);
    }
    return p;
  };
  in.def_method(pt, "__call__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    auto& p = static_cast<PartialObj*>(a[0].get())->value;
    Args args = p.args;
    args.insert(args.end(), a.begin() + 1, a.end());
    KwArgs kws = p.kwargs;
    for (auto& [k, v] : kw) {
      bool replaced = false;
      for (auto& kv : kws)
        if (kv.first == k) kv.second = v, replaced = true;
      if (!replaced) kws.emplace_back(k, v);
    }
    return in.call(p.func, args, kws, loc);
  });
  in.def_method(pt, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& p = static_cast<PartialObj*>(a[0].get())->value;
    const std::string& n = a[1]->as<StrObj>()->value;
    if (n == "func") return p.func;
    if (n == "args") return make_tuple(p.args);
    if (n == "keywords") {
      auto d = std::make_shared<DictObj>();
      for (auto& [k, v] : p.kwargs) d->set(make_str(k), v);
      return d;
    }
    in.raise("AttributeError", "'functools.partial' object has no attribute '" + n + "'", loc);
  });
  m.set("partial", pt->type_obj);
  def_function(m, "reduce", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "reduce", a, 2, 3, loc);
    Ref it = in.iter(a[1], loc);
    Ref acc = a.size() > 2 ? a[2] : in.next(it, loc);
    if (!acc) in.raise("TypeError", "reduce() of empty sequence with no initial value", loc);
    while (Ref x = in.next(it, loc)) acc = in.call(a[0], {acc, x}, {}, loc);
    return acc;
  });
  def_function(m, "update_wrapper", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return update_wrapper(in, a.at(0), a.at(1), loc); });
  def_function(m, "wraps", [](Interp&, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref wrapped = a.at(0);
    (void)loc;
    return std::make_shared<BuiltinObj>("functools.wraps.<decorator>", [wrapped](Interp& in, Args& b, KwArgs&, Loc loc) -> Ref {
      return update_wrapper(in, b.at(0), wrapped, loc);
    });
  });
  m.set("WRAPPER_ASSIGNMENTS", make_tuple({make_str("__module__"), make_str("__name__"), make_str("__doc__")}));
  m.set("WRAPPER_UPDATES", make_tuple({make_str("__dict__")}));
  def_function(m, "total_ordering", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref cls = a.at(0);
    if (cls->kind != ObjKind::Class) in.raise("TypeError", "total_ordering needs a class", loc);
    auto* c = cls->as<ClassObj>();
    const char* roots[] = {"__lt__", "__le__", "__gt__", "__ge__"};
    std::string root;
    for (const char* r : roots)
      if (c->attrs.count(r)) {
        root = r;
        break;
      }
    if (root.empty()) in.raise("ValueError", "must define at least one ordering operation: < > <= >=", loc);
    // Each missing comparison from the root one and equality, as functools defines them.
    auto derive = [&](const std::string& name, std::function<bool(Interp&, const Ref&, const Ref&, Loc)> f) {
      if (c->attrs.count(name)) return;
      c->attrs[name] = std::make_shared<BuiltinObj>(
          c->name + "." + name, [f](Interp& in, Args& x, KwArgs&, Loc loc) -> Ref { return make_bool(f(in, x.at(0), x.at(1), loc)); });
      c->attr_order.push_back(name);
    };
    auto op = [root](Interp& in, const Ref& a, const Ref& b, Loc loc) { return in.truth(in.call_method(a, root, {b}, loc), loc); };
    auto eq = [](Interp& in, const Ref& a, const Ref& b, Loc loc) { return in.eq(a, b, loc); };
    if (root == "__lt__") {
      derive("__gt__", [op, eq](Interp& in, const Ref& a, const Ref& b, Loc l) { return !op(in, a, b, l) && !eq(in, a, b, l); });
      derive("__le__", [op, eq](Interp& in, const Ref& a, const Ref& b, Loc l) { return op(in, a, b, l) || eq(in, a, b, l); });
      derive("__ge__", [op](Interp& in, const Ref& a, const Ref& b, Loc l) { return !op(in, a, b, l); });
    } else if (root == "__le__") {
      derive("__ge__", [op, eq](Interp& in, const Ref& a, const Ref& b, Loc l) { return !op(in, a, b, l) || eq(in, a, b, l); });
      derive("__lt__", [op, eq](Interp& in, const Ref& a, const Ref& b, Loc l) { return op(in, a, b, l) && !eq(in, a, b, l); });
      derive("__gt__", [op](Interp& in, const Ref& a, const Ref& b, Loc l) { return !op(in, a, b, l); });
    } else if (root == "__gt__") {
      derive("__lt__", [op, eq](Interp& in, const Ref& a, const Ref& b, Loc l) { return !op(in, a, b, l) && !eq(in, a, b, l); });
      derive("__ge__", [op, eq](Interp& in, const Ref& a, const Ref& b, Loc l) { return op(in, a, b, l) || eq(in, a, b, l); });
      derive("__le__", [op](Interp& in, const Ref& a, const Ref& b, Loc l) { return !op(in, a, b, l); });
    } else {
      derive("__le__", [op, eq](Interp& in, const Ref& a, const Ref& b, Loc l) { return !op(in, a, b, l) || eq(in, a, b, l); });
      derive("__gt__", [op, eq](Interp& in, const Ref& a, const Ref& b, Loc l) { return op(in, a, b, l) && !eq(in, a, b, l); });
      derive("__lt__", [op](Interp& in, const Ref& a, const Ref& b, Loc l) { return !op(in, a, b, l); });
    }
    return cls;
  });
  // cmp_to_key(cmp): a key class whose instances compare through cmp.
  def_function(m, "cmp_to_key", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref cmp = a.at(0);
    auto cls = std::make_shared<ClassObj>();
    cls->name = cls->qualname = "K";
    cls->mro.push_back(cls.get());
    cls->attrs["__init__"] = std::make_shared<BuiltinObj>("K.__init__", [](Interp& in, Args& x, KwArgs&, Loc loc) -> Ref {
      in.set_attr(x.at(0), "obj", x.at(1), loc);
      return none();
    });
    for (auto [name, op] : {std::pair{"__lt__", 0}, {"__gt__", 1}, {"__eq__", 2}, {"__le__", 3}, {"__ge__", 4}, {"__ne__", 5}}) {
      int o = op;
      cls->attrs[name] = std::make_shared<BuiltinObj>(std::string("K.") + name, [cmp, o](Interp& in, Args& x, KwArgs&, Loc loc) -> Ref {
        int64_t c = in.to_int(in.call(cmp, {in.get_attr(x.at(0), "obj", loc), in.get_attr(x.at(1), "obj", loc)}, {}, loc), loc);
        bool r = o == 0 ? c < 0 : o == 1 ? c > 0 : o == 2 ? c == 0 : o == 3 ? c <= 0 : o == 4 ? c >= 0 : c != 0;
        return make_bool(r);
      });
    }
    (void)in;
    (void)loc;
    return cls;
  });
  TypeInfo* ct = in.new_type("_lru_cache_wrapper", nullptr, "functools");
  auto make_cached = [ct](Interp& in, const Ref& f, Loc loc) -> Ref {
    auto w = std::make_shared<CachedObj>(ct);
    w->value.func = f;
    w->value.cache = std::make_shared<DictObj>();
    (void)in;
    (void)loc;
    return w;
  };
  in.def_method(ct, "__call__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    auto& c = static_cast<CachedObj*>(a[0].get())->value;
    std::vector<Ref> key(a.begin() + 1, a.end());
    for (auto& [k, v] : kw) {
      key.push_back(make_str(k));
      key.push_back(v);
    }
    Ref k = make_tuple(key);
    long i = c.cache->find(k, in.key_ops());
    if (i >= 0) {
      ++c.hits;
      return c.cache->values[static_cast<size_t>(i)];
    }
    ++c.misses;
    Ref r = in.call(c.func, Args(a.begin() + 1, a.end()), kw, loc);
    c.cache->set(k, r, in.key_ops());
    return r;
  });
  in.def_method(ct, "cache_clear", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    auto& c = static_cast<CachedObj*>(a[0].get())->value;
    c.cache->clear();
    c.hits = c.misses = 0;
    return none();
  });
  in.def_method(ct, "cache_info", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    auto& c = static_cast<CachedObj*>(a[0].get())->value;
    return make_tuple({make_int(c.hits), make_int(c.misses), none(), make_int(static_cast<int64_t>(c.cache->size()))});
  });
  in.def_method(ct, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return in.get_attr(static_cast<CachedObj*>(a[0].get())->value.func, a[1]->as<StrObj>()->value, loc);
  });
  def_function(m, "lru_cache", [make_cached](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (!a.empty() && (a[0]->kind == ObjKind::Function || a[0]->kind == ObjKind::Builtin)) return make_cached(in, a[0], loc);
    return std::make_shared<BuiltinObj>("functools.lru_cache.<decorator>", [make_cached](Interp& in, Args& b, KwArgs&, Loc loc) -> Ref {
      return make_cached(in, b.at(0), loc);
    });
  });
  def_function(m, "cache", [make_cached](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_cached(in, a.at(0), loc); });
}

}  // namespace rpy::modules
