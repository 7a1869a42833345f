// inspect (the cheap part), traceback, warnings and weakref: modules real programs import at
// import time, whether or not their translated code uses them.
#include <algorithm>
#include <set>

#include "modules/lib/modules.hpp"

namespace rpy::modules {

// ---------------------------------------------------------------------------------------------
// inspect

static const syntax::Arguments* args_of(const Ref& f) {
  if (f->kind == ObjKind::Function) return f->as<FunctionObj>()->args;
  if (f->kind == ObjKind::Method && f->as<MethodObj>()->func->kind == ObjKind::Function)
    return f->as<MethodObj>()->func->as<FunctionObj>()->args;
  return nullptr;
}

void install_module_inspect(Interp&, ModuleObj& m) {
  auto pred = [&](const char* name, std::function<bool(Interp&, const Ref&)> p) {
    def_function(m, name, [p](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "inspect predicate", a, 1, 1, loc);
      return make_bool(p(in, a[0]));
    });
  };
  pred("isclass",
       [](Interp&, const Ref& v) { return v->kind == ObjKind::Class || (v->kind == ObjKind::Builtin && v->as<BuiltinObj>()->type_info); });
  pred("isfunction", [](Interp&, const Ref& v) { return v->kind == ObjKind::Function; });
  pred("ismethod", [](Interp&, const Ref& v) { return v->kind == ObjKind::Method; });
  pred("ismodule", [](Interp&, const Ref& v) { return v->kind == ObjKind::Module; });
  pred("isbuiltin", [](Interp&, const Ref& v) { return v->kind == ObjKind::Builtin && !v->as<BuiltinObj>()->type_info; });
  pred("isroutine", [](Interp&, const Ref& v) {
    return v->kind == ObjKind::Function || v->kind == ObjKind::Method || (v->kind == ObjKind::Builtin && !v->as<BuiltinObj>()->type_info);
  });
  pred("isgenerator", [](Interp&, const Ref& v) { return dynamic_cast<GeneratorObj*>(v.get()) != nullptr; });
  pred("isgeneratorfunction", [](Interp&, const Ref& v) {
    return v->kind == ObjKind::Function && v->as<FunctionObj>()->def && v->as<FunctionObj>()->def->is_generator;
  });
  def_function(m, "getmembers", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "getmembers", a, 1, 2, loc);
    Ref names = in.call(in.builtin_class("dir"), {a[0]}, {}, loc);
    std::vector<Ref> out;
    for (auto& n : in.iterate(names, loc)) {
      Ref v = in.get_attr_or_null(a[0], n->as<StrObj>()->value, loc);
      if (!v) continue;
      if (a.size() > 1 && !is_none(a[1]) && !in.truth(in.call(a[1], {v}, {}, loc), loc)) continue;
      out.push_back(make_tuple({n, v}));
    }
    return make_list(out);
  });
  def_function(m, "getmro", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref c = a.at(0);
    if (c->kind == ObjKind::Class && !c->as<ClassObj>()->new_style) {
      std::vector<Ref> out{c};
      for (auto& r : c->as<ClassObj>()->mro_refs) out.push_back(r);
      return make_tuple(out);
    }
    return in.get_attr(c, "__mro__", loc);
  });
  auto argspec = [](Interp& in, const Ref& f, bool full, Loc loc) -> Ref {
    const syntax::Arguments* A = args_of(f);
    if (!A) in.raise("TypeError", "<" + type_name(f) + "> is not a Python function", loc);
    std::vector<Ref> names;
    for (auto& p : A->args) names.push_back(make_str(p.name));
    FunctionObj* fn = f->kind == ObjKind::Function ? f->as<FunctionObj>() : f->as<MethodObj>()->func->as<FunctionObj>();
    Ref defaults = fn->defaults.empty() ? none() : make_tuple(fn->defaults);
    Ref varargs = A->vararg.empty() ? none() : make_str(A->vararg);
    Ref kwargs = A->kwarg.empty() ? none() : make_str(A->kwarg);
    if (!full) {
      // ArgSpec(args, varargs, keywords, defaults): a namedtuple, as inspect makes it.
      Ref nt = in.get_attr(in.loader().import_module("collections", loc), "namedtuple", loc);
      Ref cls = in.call(nt, {make_str("ArgSpec"), make_str("args varargs keywords defaults")}, {}, loc);
      return in.call(cls, {make_list(names), varargs, kwargs, defaults}, {}, loc);
    }
    std::vector<Ref> kwonly;
    for (auto& k : A->kwonly) kwonly.push_back(make_str(k.name));
    auto kwd = std::make_shared<DictObj>();
    for (auto& [k, v] : fn->kwonly_defaults) kwd->set(make_str(k), v);
    return make_tuple({make_list(names), varargs, kwargs, defaults, make_list(kwonly), kwd->keys.empty() ? none() : Ref(kwd),
                       std::make_shared<DictObj>()});
  };
  def_function(m, "getargspec", [argspec](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return argspec(in, a.at(0), false, loc); });
  def_function(m, "getfullargspec", [argspec](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return argspec(in, a.at(0), true, loc); });
  auto source_of = [](Interp& in, const Ref& v, Loc loc) -> std::pair<std::vector<std::string>, uint32_t> {
    Loc l;
    if (v->kind == ObjKind::Function)
      l = v->as<FunctionObj>()->loc;
    else if (v->kind == ObjKind::Class)
      l = v->as<ClassObj>()->loc;
    else if (v->kind == ObjKind::Method && v->as<MethodObj>()->func->kind == ObjKind::Function)
      l = v->as<MethodObj>()->func->as<FunctionObj>()->loc;
    if (!l.valid()) in.raise(in.python() == 2 ? "IOError" : "OSError", "could not get source code", loc);
    const SourceFile& f = in.sources().file(l.file);
    std::vector<std::string> lines;
    for (uint32_t i = l.line; i <= std::max(l.line, l.end_line); ++i) lines.push_back(std::string(f.line_text(i)) + "\n");
    return {lines, l.line};
  };
  def_function(m, "getsourcelines", [source_of](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto [lines, first] = source_of(in, a.at(0), loc);
    std::vector<Ref> out;
    for (auto& l : lines) out.push_back(make_str(l));
    return make_tuple({make_list(out), make_int(first)});
  });
  def_function(m, "getsource", [source_of](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto [lines, first] = source_of(in, a.at(0), loc);
    std::string s;
    for (auto& l : lines) s += l;
    (void)first;
    return make_str(s);
  });
  def_function(m, "getmodule", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref v = a.at(0);
    ModuleObj* mod = v->kind == ObjKind::Function ? v->as<FunctionObj>()->module
                     : v->kind == ObjKind::Class  ? v->as<ClassObj>()->module
                                                  : nullptr;
    if (v->kind == ObjKind::Module) return v;
    if (!mod) return none();
    Ref found = in.loader().try_import(mod->name, loc);
    return found ? found : none();
  });
  def_function(m, "getfile", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref v = a.at(0);
    ModuleObj* mod = v->kind == ObjKind::Module     ? v->as<ModuleObj>()
                     : v->kind == ObjKind::Function ? v->as<FunctionObj>()->module
                     : v->kind == ObjKind::Class    ? v->as<ClassObj>()->module
                                                    : nullptr;
    if (!mod || mod->path.empty()) in.raise("TypeError", "object is a built-in module, class or function", loc);
    return make_str(mod->path);
  });
  def_function(m, "getdoc", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref d = in.get_attr_or_null(a.at(0), "__doc__", loc);
    return d ? d : none();
  });
  def_function(m, "currentframe", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return none(); });
  def_function(m, "stack", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_list({}); });
}

// ---------------------------------------------------------------------------------------------
// traceback

static std::string exception_line(Interp& in, const Ref& e, Loc loc) {
  std::string s = in.str_of(e, loc);
  std::string name = e->kind == ObjKind::Instance ? e->as<InstanceObj>()->klass()->name : type_name(e);
  return s.empty() ? name + "\n" : name + ": " + s + "\n";
}

void install_module_traceback(Interp& in, ModuleObj& m) {
  (void)in;
  def_function(m, "format_exc", [](Interp& in, Args&, KwArgs&, Loc loc) -> Ref {
    Ref e = in.current_exception();
    if (!e) return make_str(in.python() == 2 ? "None\n" : "NoneType: None\n");
    return make_str("Traceback (most recent call last):\n" + exception_line(in, e, loc));
  });
  def_function(m, "print_exc", [](Interp& in, Args&, KwArgs&, Loc loc) -> Ref {
    Ref e = in.current_exception();
    in.write_stderr(e ? "Traceback (most recent call last):\n" + exception_line(in, e, loc) : "None\n");
    return none();
  });
  def_function(m, "format_exception_only", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return make_list({make_str(exception_line(in, a.size() > 1 ? a[1] : a.at(0), loc))});
  });
  def_function(m, "format_exception", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return make_list({make_str("Traceback (most recent call last):\n"), make_str(exception_line(in, a.size() > 1 ? a[1] : a.at(0), loc))});
  });
  def_function(m, "print_stack", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return none(); });
  def_function(m, "extract_stack", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_list({}); });
  def_function(m, "format_stack", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_list({}); });
}

// ---------------------------------------------------------------------------------------------
// warnings: printed once per place on rpy's stderr, with the filters of the module.

void install_module_warnings(Interp& in, ModuleObj& m) {
  m.set("filters", make_list({}));
  auto shown = std::make_shared<std::set<std::string>>();
  def_function(m, "warn", [shown](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref msg = arg_or_kw(a, kw, 0, "message"), cat = arg_or_kw(a, kw, 1, "category");
    if (!msg) in.raise("TypeError", "warn() missing required argument 'message'", loc);
    if (msg->kind == ObjKind::Instance) cat = in.type_of(msg);
    if (!cat || is_none(cat)) cat = in.builtin_class("UserWarning");
    std::string cname = cat->kind == ObjKind::Class ? cat->as<ClassObj>()->name : "UserWarning";
    // The first matching filter decides (simplefilter/filterwarnings insert at the front).
    std::string action = in.python() == 2 && (cname == "DeprecationWarning" || cname == "PendingDeprecationWarning") ? "ignore" : "default";
    Ref filters = in.get_attr(in.loader().import_module("warnings", loc), "filters", loc);
    for (auto& f : in.iterate(filters, loc)) {
      auto items = in.iterate(f, loc);
      if (items.size() < 3) continue;
      Ref fcat = items[2];
      if (fcat->kind == ObjKind::Class && cat->kind == ObjKind::Class && !cat->as<ClassObj>()->is_subclass_of(fcat->as<ClassObj>()))
        continue;
      action = in.str_of(items[0], loc);
      break;
    }
    if (action == "ignore") return none();
    if (action == "error") {
      if (msg->kind == ObjKind::Instance) in.raise_value(msg, loc);
      in.raise_value(in.call(cat, {msg}, {}, loc), loc);
    }
    // stacklevel=n blames the caller n-1 levels up (rply's build() warns at its caller's line).
    if (Ref lv = arg_or_kw(a, kw, 2, "stacklevel"); lv && lv->kind == ObjKind::Int) {
      int64_t n = lv->as<IntObj>()->value;
      Frame* fr = in.current_frame();
      for (; n > 1 && fr && fr->call_loc.valid(); --n) {
        loc = fr->call_loc;
        fr = fr->parent;
      }
    }
    const SourceFile& f = in.sources().file(loc.file ? loc.file : 0);
    std::string where = loc.valid() ? f.path + ":" + std::to_string(loc.line) : "<string>:0";
    if (action != "always" && !shown->insert(where + cname + in.str_of(msg, loc)).second) return none();
    std::string line = loc.valid() ? std::string(f.line_text(loc.line)) : "";
    size_t b = line.find_first_not_of(" \t");
    line = b == std::string::npos ? "" : "  " + line.substr(b) + "\n";
    in.write_stderr(where + ": " + cname + ": " + in.str_of(msg, loc) + "\n" + line);
    return none();
  });
  auto add_filter = [](Interp& in, const Ref& action, const Ref& category, Loc loc) {
    Ref filters = in.get_attr(in.loader().import_module("warnings", loc), "filters", loc);
    auto& items = filters->as<ListObj>()->items;
    items.insert(items.begin(), make_tuple({action, none(), category ? category : in.builtin_class("Warning"), none(), make_int(0)}));
  };
  def_function(m, "simplefilter", [add_filter](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    add_filter(in, arg_or_kw(a, kw, 0, "action"), arg_or_kw(a, kw, 1, "category"), loc);
    return none();
  });
  def_function(m, "filterwarnings", [add_filter](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    add_filter(in, arg_or_kw(a, kw, 0, "action"), arg_or_kw(a, kw, 2, "category"), loc);
    return none();
  });
  def_function(m, "resetwarnings", [](Interp& in, Args&, KwArgs&, Loc loc) -> Ref {
    in.get_attr(in.loader().import_module("warnings", loc), "filters", loc)->as<ListObj>()->items.clear();
    return none();
  });
  // catch_warnings(): saves the filters and restores them on exit.
  auto cls = std::make_shared<ClassObj>();
  cls->name = cls->qualname = "catch_warnings";
  cls->module = &m;
  cls->mro.push_back(cls.get());
  auto meth = [&](const std::string& n, BuiltinFn fn) {
    cls->attrs[n] = std::make_shared<BuiltinObj>("catch_warnings." + n, std::move(fn));
    cls->attr_order.push_back(n);
  };
  meth("__init__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref record = take_kwarg(kw, "record");
    in.set_attr(a.at(0), "_record", record ? record : make_bool(false), loc);
    return none();
  });
  meth("__enter__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref filters = in.get_attr(in.loader().import_module("warnings", loc), "filters", loc);
    in.set_attr(a.at(0), "_saved", make_list(filters->as<ListObj>()->items), loc);
    return in.truth(in.get_attr(a[0], "_record", loc), loc) ? make_list({}) : none();
  });
  meth("__exit__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref filters = in.get_attr(in.loader().import_module("warnings", loc), "filters", loc);
    filters->as<ListObj>()->items = in.get_attr(a.at(0), "_saved", loc)->as<ListObj>()->items;
    return make_bool(false);
  });
  m.set("catch_warnings", cls);
  (void)in;
}

// ---------------------------------------------------------------------------------------------
// weakref: real weak references (the object may go away), dictionaries as plain dicts.

using WeakObj = BoxObj<std::weak_ptr<Obj>>;

void install_module_weakref(Interp& in, ModuleObj& m) {
  TypeInfo* t = in.new_type(in.python() == 2 ? "weakref" : "ReferenceType", nullptr, "weakref");
  t->type_obj->as<BuiltinObj>()->fn = [t](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "ref", a, 1, 2, loc);
    return std::make_shared<WeakObj>(t, std::weak_ptr<Obj>(a[0]));
  };
  in.def_method(t, "__call__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    Ref r = static_cast<WeakObj*>(a[0].get())->value.lock();
    return r ? r : none();
  });
  in.def_method(t, "__eq__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    auto* o = dynamic_cast<WeakObj*>(a.at(1).get());
    return make_bool(o && o->value.lock() == static_cast<WeakObj*>(a[0].get())->value.lock());
  });
  in.def_method(t, "__hash__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref r = static_cast<WeakObj*>(a[0].get())->value.lock();
    if (!r) in.raise("TypeError", "weak object has gone away", loc);
    return make_int(in.hash(r, loc));
  });
  m.set("ref", t->type_obj);
  m.set("ReferenceType", t->type_obj);
  def_function(m, "proxy", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return a.at(0); });
  def_function(m, "getweakrefcount", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_int(0); });
  def_function(m, "getweakrefs", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_list({}); });
  m.set("WeakValueDictionary", in.type_info(BuiltinType::Dict)->type_obj);
  m.set("WeakKeyDictionary", in.type_info(BuiltinType::Dict)->type_obj);
  m.set("WeakSet", in.type_info(BuiltinType::Set)->type_obj);
}

}  // namespace rpy::modules
