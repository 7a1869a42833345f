// Builtins about objects: len, repr, isinstance, attributes, dir, vars, globals, locals, id, hash,
// iter, next, callable.
#include <algorithm>
#include <set>

#include "modules/builtins/builtins.hpp"
#include "modules/support/text.hpp"

namespace rpy::modules {

static std::vector<std::string> dir_of(Interp& in, const Ref& v, Loc loc) {
  std::set<std::string> names;
  auto add_class = [&](const ClassObj* c) {
    for (auto* k : c->mro.empty() ? std::vector<ClassObj*>{const_cast<ClassObj*>(c)} : c->mro)
      for (auto& [n, x] : k->attrs) names.insert(n);
  };
  auto add_type = [&](const TypeInfo* t) {
    for (; t; t = t->base)
      for (auto& [n, x] : t->attrs)
        if (n != "__getattr__" && n != "__setattr__") names.insert(n);
  };
  switch (v->kind) {
    case ObjKind::Module:
      for (auto& [n, x] : v->as<ModuleObj>()->attrs) names.insert(n);
      break;
    case ObjKind::Class:
      add_class(v->as<ClassObj>());
      names.insert({"__doc__", "__module__"});
      if (v->as<ClassObj>()->builtin_base) add_type(v->as<ClassObj>()->builtin_base);
      break;
    case ObjKind::Instance: {
      auto* i = v->as<InstanceObj>();
      for (auto& [n, x] : i->attrs) names.insert(n);
      add_class(i->klass());
      names.insert({"__doc__", "__module__"});
      if (i->klass()->builtin_base) add_type(i->klass()->builtin_base);
      break;
    }
    case ObjKind::Function:
      for (auto& [n, x] : v->as<FunctionObj>()->attrs) names.insert(n);
      for (auto n : {"__call__", "__class__", "__closure__", "__code__", "__defaults__", "__dict__", "__doc__", "__get__", "__globals__",
                     "__module__", "__name__"})
        names.insert(n);
      if (in.python() == 2)
        for (auto n : {"func_closure", "func_code", "func_defaults", "func_dict", "func_doc", "func_globals", "func_name"}) names.insert(n);
      break;
    case ObjKind::Builtin:
      if (v->as<BuiltinObj>()->type_info) {
        add_type(v->as<BuiltinObj>()->type_info);
        break;
      }
      [[fallthrough]];
    default:
      add_type(in.type_of_builtin(v));
      break;
  }
  (void)loc;
  return std::vector<std::string>(names.begin(), names.end());
}

static Ref string_list(const std::vector<std::string>& names) {
  std::vector<Ref> out;
  for (auto& n : names) out.push_back(make_str(n));
  return make_list(out);
}

// locals(): the frame's names as a dict (a snapshot in functions, the namespace elsewhere).
static Ref frame_locals(Interp& in, Loc loc) {
  Frame* f = in.current_frame();
  if (!f || (!f->locals && !f->class_ns)) return in.module_namespace(f ? f->module : in.builtins());
  if (f->class_ns) return f->class_ns_ref;
  auto d = std::make_shared<DictObj>();
  std::vector<std::string> names;
  for (auto& [k, v] : *f->locals) names.push_back(k);
  std::sort(names.begin(), names.end());
  for (auto& k : names) d->set(make_str(k), f->locals->at(k));
  (void)loc;
  return d;
}

void install_builtins_core(Interp& in, ModuleObj& B) {
  (void)in;
  def_builtin(B, "bytearray", nullptr);  // translated code only (annotate/rlib_rules.cpp)
  def_builtin(B, "len", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "len", a, 1, 1, loc);
    return make_int(in.len(a[0], loc));
  });
  def_builtin(B, "repr", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "repr", a, 1, 1, loc);
    return make_str(in.repr_of(a[0], loc));
  });
  def_builtin(B, "ascii", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_str(ascii_escape(in.repr_of(a.at(0), loc))); });
  def_builtin(B, "isinstance", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "isinstance", a, 2, 2, loc);
    return make_bool(in.isinstance(a[0], a[1], loc));
  });
  def_builtin(B, "issubclass", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "issubclass", a, 2, 2, loc);
    return make_bool(in.issubclass(a[0], a[1], loc));
  });
  def_builtin(B, "hasattr", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "hasattr", a, 2, 2, loc);
    const std::string& name = str_arg(in, a[1], "hasattr(): attribute name", loc);
    try {
      return make_bool(in.get_attr_or_null(a[0], name, loc) != nullptr);
    } catch (PyException& e) {
      // Python 2's hasattr swallows every exception; Python 3's only AttributeError.
      if (in.python() == 3 && !in.exception_matches(e.value, in.builtin_class("AttributeError"))) throw;
    }
    return make_bool(false);
  });
  def_builtin(B, "getattr", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "getattr", a, 2, 3, loc);
    const std::string& name = str_arg(in, a[1], "getattr(): attribute name", loc);
    if (a.size() == 2) return in.get_attr(a[0], name, loc);
    try {
      if (Ref v = in.get_attr_or_null(a[0], name, loc)) return v;
    } catch (PyException& e) {
      if (!in.exception_matches(e.value, in.builtin_class("AttributeError"))) throw;
    }
    return a[2];
  });
  def_builtin(B, "setattr", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "setattr", a, 3, 3, loc);
    in.set_attr(a[0], str_arg(in, a[1], "attribute name", loc), a[2], loc);
    return none();
  });
  def_builtin(B, "delattr", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "delattr", a, 2, 2, loc);
    in.del_attr(a[0], str_arg(in, a[1], "attribute name", loc), loc);
    return none();
  });
  def_builtin(B, "callable", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "callable", a, 1, 1, loc);
    switch (a[0]->kind) {
      case ObjKind::Function:
      case ObjKind::Builtin:
      case ObjKind::Class:
      case ObjKind::Method:
        return make_bool(true);
      case ObjKind::Instance:
      case ObjKind::Native:
        return make_bool(in.special(a[0], "__call__") != nullptr);
      default:
        return make_bool(false);
    }
  });
  def_builtin(B, "id", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "id", a, 1, 1, loc);
    return in.make_integer(BigInt::from_u64(reinterpret_cast<uintptr_t>(a[0].get())), false);
  });
  def_builtin(B, "hash", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "hash", a, 1, 1, loc);
    return make_int(in.hash(a[0], loc));
  });
  def_builtin(B, "iter", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "iter", a, 1, 2, loc);
    if (a.size() == 1) return in.iter(a[0], loc);
    Ref fn = a[0], sentinel = a[1];
    return new_iterator(in, [fn, sentinel](Interp& in, Loc loc) -> Ref {
      Ref v = in.call(fn, {}, {}, loc);
      return in.eq(v, sentinel, loc) ? nullptr : v;
    });
  });
  def_builtin(B, "next", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "next", a, 1, 2, loc);
    if (!dynamic_cast<IteratorObj*>(a[0].get()) && !in.get_attr_or_null(a[0], in.python() == 2 ? "next" : "__next__", loc))
      in.raise("TypeError", type_name(a[0]) + " object is not an iterator", loc);
    Ref v = in.next(a[0], loc);
    if (v) return v;
    if (a.size() > 1) return a[1];
    in.raise("StopIteration", "", loc);
  });
  def_builtin(B, "dir", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "dir", a, 0, 1, loc);
    if (a.empty()) {
      Ref l = frame_locals(in, loc);
      std::vector<std::string> names;
      for (auto& k : in.iterate(l, loc)) names.push_back(k->as<StrObj>()->value);
      std::sort(names.begin(), names.end());
      return string_list(names);
    }
    if (a[0]->kind == ObjKind::Instance || a[0]->kind == ObjKind::Class)
      if (Ref m = a[0]->kind == ObjKind::Instance ? in.user_special(a[0], "__dir__") : nullptr) {
        Ref l = make_list(in.iterate(in.call(m, {}, {}, loc), loc));
        std::vector<Ref>& items = l->as<ListObj>()->items;
        sort_list(in, items, nullptr, nullptr, false, loc);
        return l;
      }
    return string_list(dir_of(in, a[0], loc));
  });
  def_builtin(B, "vars", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "vars", a, 0, 1, loc);
    if (a.empty()) return frame_locals(in, loc);
    Ref d = in.get_attr_or_null(a[0], "__dict__", loc);
    if (!d) in.raise("TypeError", "vars() argument must have __dict__ attribute", loc);
    return d;
  });
  def_builtin(B, "globals", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "globals", a, 0, 0, loc);
    ModuleObj* m = in.module_of_frame();
    return in.module_namespace(m ? m : in.builtins());
  });
  def_builtin(B, "locals", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "locals", a, 0, 0, loc);
    return frame_locals(in, loc);
  });
  def_builtin(B, "intern", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "intern", a, 1, 1, loc);
    if (a[0]->kind != ObjKind::Str) in.raise("TypeError", "intern() argument 1 must be string, not " + type_name(a[0]), loc);
    return a[0];
  });
  if (in.python() == 3) B.attrs.erase("intern"), std::erase(B.attr_order, std::string("intern"));
}

}  // namespace rpy::modules
