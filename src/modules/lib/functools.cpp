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
  // [hits, misses]: a list the translated wrapper shares, so that cache_info() in translated code
  // counts the calls made while the program was imported too.
  std::shared_ptr<ListObj> stats = std::make_shared<ListObj>(std::vector<Ref>{make_int(0), make_int(0)});
  void count(size_t which) { stats->items[which] = make_int(stats->items[which]->as<IntObj>()->value + 1); }
  int64_t counted(size_t which) const { return stats->items[which]->as<IntObj>()->value; }
  int64_t maxsize = -1;  // lru_cache(maxsize=None) and cache(): -1, unbounded
  Ref translated;        // the wrapper translated code calls (lru_cache_translation), made once
  std::string why_not;   // or why there is none
};
using CachedObj = BoxObj<Cached>;

// The class cmp_to_key(cmp) makes, which keeps cmp for translated code (cmp_to_key_function).
struct CmpKeyClass : ClassObj {
  Ref cmp;
};

// The wrapper translated code calls in place of an lru_cache object (which is native): a Python
// function with the wrapped function's parameters, written here and run through exec, that
// keeps CPython's caching rules in the same dict the import-time calls filled (so a result
// computed while the program was imported is not computed again). Only functions with plain
// positional parameters: the key of a call is then the tuple of its arguments however it spells
// them, as CPython's key is for positional calls.
Ref lru_translated_wrapper(Interp& in, Cached& c, Loc loc) {
  auto* f = c.func->kind == ObjKind::Function ? c.func->as<FunctionObj>() : nullptr;
  if (!f || !f->args) {
    c.why_not = "it wraps a builtin";
    return nullptr;
  }
  const syntax::Arguments& sig = *f->args;
  if (!sig.vararg.empty() || !sig.kwarg.empty() || !sig.kwonly.empty()) {
    c.why_not = "the wrapped function has *args, **kwargs or keyword-only parameters";
    return nullptr;
  }
  std::string params;
  for (auto& p : sig.args) {
    if (p.default_value || p.unpack) {
      c.why_not = "the wrapped function has parameters with default values (the cache's keys then depend on how calls spell them)";
      return nullptr;
    }
    params += (params.empty() ? "" : ", ") + p.name;
  }
  std::string key = "(" + params + (sig.args.size() == 1 ? ",)" : ")");
  std::string src = "def " + f->name + "(" + params + "):\n    _rpy_key = " + key + "\n";
  if (c.maxsize == 0) {
    src += "    _rpy_stats[1] += 1\n    return _rpy_wrapped(" + params + ")\n";
  } else if (c.maxsize < 0) {
    src +=
        "    if _rpy_key in _rpy_cache:\n        _rpy_stats[0] += 1\n        return _rpy_cache[_rpy_key]\n"
        "    _rpy_stats[1] += 1\n    _rpy_result = _rpy_wrapped(" +
        params +
        ")\n"
        "    _rpy_cache[_rpy_key] = _rpy_result\n    return _rpy_result\n";
  } else {
    src +=
        "    if _rpy_key in _rpy_cache:\n        _rpy_result = _rpy_cache.pop(_rpy_key)\n"
        "        _rpy_cache[_rpy_key] = _rpy_result\n        _rpy_stats[0] += 1\n        return _rpy_result\n"
        "    _rpy_stats[1] += 1\n    _rpy_result = _rpy_wrapped(" +
        params +
        ")\n"
        "    if _rpy_key in _rpy_cache:\n        return _rpy_result\n"
        "    if len(_rpy_cache) >= " +
        std::to_string(c.maxsize) +
        ":\n"
        "        for _rpy_oldest in _rpy_cache:\n            del _rpy_cache[_rpy_oldest]\n            break\n"
        "    _rpy_cache[_rpy_key] = _rpy_result\n    return _rpy_result\n";
  }
  src += "def _rpy_cache_clear():\n    _rpy_cache.clear()\n    _rpy_stats[0] = 0\n    _rpy_stats[1] = 0\n" + f->name +
         ".cache_clear = _rpy_cache_clear\n";
  // cache_info(): CPython's named tuple CacheInfo(hits, misses, maxsize, currsize).
  src +=
      "from collections import namedtuple as _rpy_namedtuple\n"
      "_rpy_CacheInfo = _rpy_namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])\n"
      "def _rpy_cache_info():\n    return _rpy_CacheInfo(_rpy_stats[0], _rpy_stats[1], " +
      (c.maxsize < 0 ? std::string("None") : std::to_string(c.maxsize)) + ", len(_rpy_cache))\n" + f->name +
      ".cache_info = _rpy_cache_info\n";
  auto globals = std::make_shared<DictObj>();
  globals->set(make_str("__name__"), make_str(f->module ? f->module->name : "__main__"), in.key_ops());
  globals->set(make_str("_rpy_wrapped"), c.func, in.key_ops());
  globals->set(make_str("_rpy_cache"), c.cache, in.key_ops());
  globals->set(make_str("_rpy_stats"), c.stats, in.key_ops());
  in.run_code(in.compile_source(src, "<functools.lru_cache>", "exec", loc), globals, nullptr, false, loc);
  long i = globals->find(make_str(f->name), in.key_ops());
  return i < 0 ? nullptr : globals->values[static_cast<size_t>(i)];
}

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
    // Each missing comparison from the root one and equality, as functools defines them: Python
    // functions (lib/std/_rpy_functools.py), fresh for this class, so translated code calls them.
    Ref made = in.call(in.get_attr(in.loader().import_module("_rpy_functools", loc), "ordering_methods", loc), {make_str(root)}, {}, loc);
    for (const Ref& pair : made->as<ListObj>()->items) {
      auto& items = pair->as<TupleObj>()->items;
      std::string name = items.at(0)->as<StrObj>()->value;
      if (c->attrs.count(name)) continue;
      c->attrs[name] = items.at(1);
      c->attr_order.push_back(name);
    }
    return cls;
  });
  // cmp_to_key(cmp): a key class whose instances compare through cmp.
  def_function(m, "cmp_to_key", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref cmp = a.at(0);
    auto cls = std::make_shared<CmpKeyClass>();
    cls->cmp = cmp;
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
  auto make_cached = [ct](Interp& in, const Ref& f, int64_t maxsize, Loc loc) -> Ref {
    auto w = std::make_shared<CachedObj>(ct);
    w->value.func = f;
    w->value.cache = std::make_shared<DictObj>();
    w->value.maxsize = maxsize;
    try {
      w->value.translated = lru_translated_wrapper(in, w->value, loc);
    } catch (PyException&) {
      w->value.why_not = "its wrapper could not be built";
    }
    return w;
  };
  // CPython's lru_cache wrappers: the unbounded one caches every result; the bounded one keeps the
  // maxsize most recently used (a hit makes its key the most recent; a miss that fills the cache
  // evicts the least recent, unless the call itself added its key); maxsize=0 caches nothing.
  in.def_method(ct, "__call__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    auto& c = static_cast<CachedObj*>(a[0].get())->value;
    std::vector<Ref> key(a.begin() + 1, a.end());
    for (auto& [k, v] : kw) {
      key.push_back(make_str(k));
      key.push_back(v);
    }
    Ref k = make_tuple(key);
    if (c.maxsize == 0) {
      c.count(1);
      return in.call(c.func, Args(a.begin() + 1, a.end()), kw, loc);
    }
    long i = c.cache->find(k, in.key_ops());
    if (i >= 0) {
      c.count(0);
      Ref r = c.cache->values[static_cast<size_t>(i)];
      if (c.maxsize > 0) {  // now the most recently used
        c.cache->erase_at(static_cast<size_t>(i));
        c.cache->set(k, r, in.key_ops());
      }
      return r;
    }
    c.count(1);
    Ref r = in.call(c.func, Args(a.begin() + 1, a.end()), kw, loc);
    if (c.maxsize > 0) {
      if (c.cache->find(k, in.key_ops()) >= 0) return r;  // the call cached its own key
      if (static_cast<int64_t>(c.cache->size()) >= c.maxsize) c.cache->erase_at(0);
    }
    c.cache->set(k, r, in.key_ops());
    return r;
  });
  in.def_method(ct, "cache_clear", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    auto& c = static_cast<CachedObj*>(a[0].get())->value;
    c.cache->clear();
    c.stats->items = {make_int(0), make_int(0)};
    return none();
  });
  in.def_method(ct, "cache_info", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    auto& c = static_cast<CachedObj*>(a[0].get())->value;
    return make_tuple({make_int(c.counted(0)), make_int(c.counted(1)), c.maxsize < 0 ? none() : make_int(c.maxsize),
                       make_int(static_cast<int64_t>(c.cache->size()))});
  });
  in.def_method(ct, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return in.get_attr(static_cast<CachedObj*>(a[0].get())->value.func, a[1]->as<StrObj>()->value, loc);
  });
  // lru_cache(func), lru_cache(), lru_cache(maxsize), lru_cache(maxsize=None, typed=False).
  def_function(m, "lru_cache", [make_cached](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    if (!a.empty() && (a[0]->kind == ObjKind::Function || a[0]->kind == ObjKind::Builtin)) return make_cached(in, a[0], 128, loc);
    Ref size = a.empty() ? nullptr : a[0];
    for (auto& [k, v] : kw)
      if (k == "maxsize")
        size = v;
      else if (k != "typed")
        in.raise("TypeError", "lru_cache() got an unexpected keyword argument '" + k + "'", loc);
    int64_t maxsize = 128;
    if (size && size->kind == ObjKind::None)
      maxsize = -1;
    else if (size && size->kind == ObjKind::Int)
      maxsize = std::max<int64_t>(0, size->as<IntObj>()->value);
    else if (size)
      in.raise("TypeError", "Expected first argument to be an integer, a callable, or None", loc);
    return std::make_shared<BuiltinObj>(
        "functools.lru_cache.<decorator>",
        [make_cached, maxsize](Interp& in, Args& b, KwArgs&, Loc loc) -> Ref { return make_cached(in, b.at(0), maxsize, loc); });
  });
  def_function(m, "cache", [make_cached](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_cached(in, a.at(0), -1, loc); });
}

}  // namespace rpy::modules

namespace rpy::modules {

Ref cmp_to_key_function(const Ref& v) {
  auto* k = dynamic_cast<const CmpKeyClass*>(v.get());
  return k ? k->cmp : nullptr;
}

Ref lru_cache_translation(const Ref& v, std::string& why_not) {
  auto* c = dynamic_cast<CachedObj*>(v.get());
  if (!c) return nullptr;
  if (!c->value.translated) why_not = c->value.why_not;
  return c->value.translated;
}

}  // namespace rpy::modules
