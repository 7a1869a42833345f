// The table of builtin types: creates each TypeInfo (with its name in the evaluator's dialect)
// and installs its methods; object, type, functions, methods, properties and modules are here.
#include "modules/interp.hpp"
#include "modules/objects/objects.hpp"

namespace rpy::modules {

using syntax::BinOp;
using syntax::CmpOp;

// Special methods every builtin value type answers through the protocols, so that
// `int.__add__(x, 1)`, `dict.__getitem__(self, k)` or `super().__eq__(o)` work.
static void install_dunders(Interp& in, TypeInfo* t, bool container, bool mutable_items) {
  for (auto [name, op] : {std::pair{"__eq__", CmpOp::Eq},
                          {"__ne__", CmpOp::NotEq},
                          {"__lt__", CmpOp::Lt},
                          {"__le__", CmpOp::LtE},
                          {"__gt__", CmpOp::Gt},
                          {"__ge__", CmpOp::GtE}}) {
    CmpOp o = op;
    in.def_method(t, name,
                  [o](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return in.rich_compare(o, a[0], Interp::unwrap(a.at(1)), loc); });
  }
  in.def_method(t, "__hash__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_int(in.hash(a[0], loc)); });
  in.def_method(t, "__repr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_str(in.repr_of(a[0], loc)); });
  in.def_method(t, "__str__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_str(in.str_of(a[0], loc)); });
  in.def_method(t, "__format__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return in.call(in.builtin_class("format"), {a[0], a.size() > 1 ? a[1] : make_str("")}, {}, loc);
  });
  in.def_method(t, in.python() == 2 ? "__nonzero__" : "__bool__",
                [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_bool(in.truth(a[0], loc)); });
  for (auto [name, op] : {std::pair{"__add__", BinOp::Add},
                          {"__sub__", BinOp::Sub},
                          {"__mul__", BinOp::Mul},
                          {"__mod__", BinOp::Mod},
                          {"__floordiv__", BinOp::FloorDiv},
                          {"__truediv__", BinOp::TrueDiv},
                          {"__div__", BinOp::Div},
                          {"__pow__", BinOp::Pow},
                          {"__and__", BinOp::BitAnd},
                          {"__or__", BinOp::BitOr},
                          {"__xor__", BinOp::BitXor},
                          {"__lshift__", BinOp::LShift},
                          {"__rshift__", BinOp::RShift}}) {
    BinOp o = op;
    in.def_method(t, name, [o](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      Ref b = Interp::unwrap(a.at(1));
      if (b->kind == ObjKind::Instance || b->kind == ObjKind::Native) return in.builtin_class("NotImplemented");
      try {
        return in.binary(o, a[0], b, loc);
      } catch (PyException& e) {
        if (!in.exception_matches(e.value, in.builtin_class("TypeError"))) throw;
      }
      return in.builtin_class("NotImplemented");
    });
  }
  if (!container) return;
  in.def_method(t, "__len__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_int(in.len(a[0], loc)); });
  in.def_method(t, "__getitem__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return in.subscript(a[0], a.at(1), loc); });
  in.def_method(t, "__contains__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_bool(in.contains(a[0], a.at(1), loc)); });
  in.def_method(t, "__iter__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return in.iter(a[0], loc); });
  if (!mutable_items) return;
  in.def_method(t, "__setitem__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    in.set_item(a[0], a.at(1), a.at(2), loc);
    return none();
  });
  in.def_method(t, "__delitem__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    in.del_item(a[0], a.at(1), loc);
    return none();
  });
}

static void install_object_type(Interp& in, TypeInfo* t) {
  t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (!a.empty()) in.raise("TypeError", "object() takes no parameters", loc);
    return std::make_shared<NativeObj>(in.type_info(BuiltinType::Object));
  };
  in.def_method(t, "__init__", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return none(); });
  in.def_method(t, "__new__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.empty() || a[0]->kind != ObjKind::Class) {
      if (!a.empty() && a[0]->kind == ObjKind::Builtin && a[0]->as<BuiltinObj>()->type_info == in.type_info(BuiltinType::Object))
        return std::make_shared<NativeObj>(in.type_info(BuiltinType::Object));
      in.raise("TypeError", "object.__new__(X): X is not a type object", loc);
    }
    auto inst = std::make_shared<InstanceObj>();
    inst->cls = a[0];
    auto* c = a[0]->as<ClassObj>();
    if (c->builtin_base) {
      const std::string& n = c->builtin_base->name;
      if (n == "dict")
        inst->builtin_value = std::make_shared<DictObj>();
      else if (n == "list")
        inst->builtin_value = std::make_shared<ListObj>();
      else if (n == "set")
        inst->builtin_value = std::make_shared<DictObj>(true);
    }
    return inst;
  });
  in.def_method(t, "__setattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "__setattr__", a, 3, 3, loc);
    Ref obj = a[0];
    const std::string& name = str_arg(in, a[1], "attribute name", loc);
    if (obj->kind == ObjKind::Instance) {
      auto* i = obj->as<InstanceObj>();
      if (!i->attrs.count(name)) i->attr_order.push_back(name);
      i->attrs[name] = a[2];
      return none();
    }
    in.set_attr(obj, name, a[2], loc);
    return none();
  });
  in.def_method(t, "__getattribute__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return in.get_attr(a[0], str_arg(in, a.at(1), "attribute name", loc), loc);
  });
  in.def_method(t, "__delattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& name = str_arg(in, a.at(1), "attribute name", loc);
    if (a[0]->kind == ObjKind::Instance) {
      auto* i = a[0]->as<InstanceObj>();
      if (!i->attrs.erase(name)) in.raise("AttributeError", name, loc);
      std::erase(i->attr_order, name);
      return none();
    }
    in.del_attr(a[0], name, loc);
    return none();
  });
  in.def_method(t, "__repr__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_str(repr_value(a[0], nullptr)); });
  in.def_method(t, "__str__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_str(in.repr_of(a[0], loc)); });
  in.def_method(t, "__eq__", [](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
    return a.at(1).get() == a[0].get() ? make_bool(true) : in.builtin_class("NotImplemented");
  });
  in.def_method(t, "__ne__", [](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
    return a.at(1).get() == a[0].get() ? make_bool(false) : in.builtin_class("NotImplemented");
  });
  in.def_method(t, "__hash__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_int(value_hash(a[0])); });
  in.def_method(t, "__format__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.size() > 1 && is_str(a[1]) && !a[1]->as<StrObj>()->value.empty())
      in.raise("TypeError", "unsupported format string passed to " + type_name(a[0]) + ".__format__", loc);
    return make_str(in.str_of(a[0], loc));
  });
  t->attrs["__init_subclass__"] = std::make_shared<WrapperObj>(
      ObjKind::ClassMethod, std::make_shared<BuiltinObj>("object.__init_subclass__", [](Interp&, Args&, KwArgs&, Loc) { return none(); }));
}

static void install_type_type(Interp& in, TypeInfo* t) {
  t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.size() == 1) return in.type_of(a[0]);
    if (a.size() != 3) in.raise("TypeError", "type() takes 1 or 3 arguments", loc);
    Ref ns = Interp::unwrap(a[2]);
    if (ns->kind != ObjKind::Dict) in.raise("TypeError", "type() argument 3 must be dict, not " + type_name(a[2]), loc);
    std::vector<Ref> bases = in.iterate(a[1], loc);
    ModuleObj* mod = in.module_of_frame();
    Ref metaclass;
    for (auto& b : bases)
      if (b->kind == ObjKind::Class && b->as<ClassObj>()->metaclass) metaclass = b->as<ClassObj>()->metaclass;
    if (metaclass) return in.call(metaclass, {a[0], a[1], a[2]}, {}, loc);
    Ref cls = in.create_class(nullptr, str_arg(in, a[0], "type() argument 1", loc), bases, *ns->as<DictObj>(), mod, loc);
    cls->as<ClassObj>()->new_style = true;
    if (cls->as<ClassObj>()->mro.size() == 1 && cls->as<ClassObj>()->bases.empty()) cls->as<ClassObj>()->mro = {cls->as<ClassObj>()};
    return cls;
  };
  in.def_method(t, "__new__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.size() == 2) return in.type_of(a[1]);
    check_args(in, "type.__new__", a, 4, 4, loc);
    Ref ns = Interp::unwrap(a[3]);
    if (ns->kind != ObjKind::Dict) in.raise("TypeError", "type.__new__() argument 3 must be dict", loc);
    Ref mc = a[0]->kind == ObjKind::Class ? a[0] : nullptr;
    return in.create_class(mc, str_arg(in, a[1], "type.__new__() argument 1", loc), in.iterate(a[2], loc), *ns->as<DictObj>(),
                           in.module_of_frame(), loc);
  });
  in.def_method(t, "__init__", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return none(); });
  in.def_method(t, "__call__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    if (a.empty() || a[0]->kind != ObjKind::Class) return in.call(a.at(0), Args(a.begin() + 1, a.end()), kw, loc);
    Args rest(a.begin() + 1, a.end());
    return in.instantiate(a[0], rest, kw, loc);
  });
  in.def_method(t, "mro",
                [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_list(in.iterate(in.get_attr(a[0], "__mro__", loc), loc)); });
  // A class of the program (or of rpy's library) knows its direct subclasses, in creation order.
  // Builtin types and exceptions are refused: Python's answer lists its own classes (and the
  // standard library's) that rpy does not have.
  in.def_method(t, "__subclasses__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.empty() || a[0]->kind != ObjKind::Class || a[0]->as<ClassObj>()->is_builtin_exception)
      in.unsupported(loc, "__subclasses__() of a builtin type or exception");
    if (a.size() > 1) in.raise("TypeError", "__subclasses__() takes no arguments (" + std::to_string(a.size() - 1) + " given)", loc);
    std::vector<Ref> out;
    for (auto& w : a[0]->as<ClassObj>()->subclasses) {
      Ref c = w.lock();
      // Python keeps a discarded class until its cycle collector runs: whether it is listed
      // depends on when that happens.
      if (!c)
        in.unsupported(loc, "C.__subclasses__() after a subclass of C was discarded (Python lists it until its garbage collector runs)");
      out.push_back(c);
    }
    return make_list(out);
  });
  in.def_method(t, "__instancecheck__",
                [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_bool(in.isinstance(a.at(1), a[0], loc)); });
  in.def_method(t, "__subclasscheck__",
                [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_bool(in.issubclass(a.at(1), a[0], loc)); });
}

static void install_property_type(Interp& in, TypeInfo* t) {
  t->type_obj->as<BuiltinObj>()->fn = [](Interp&, Args& a, KwArgs& kw, Loc) -> Ref {
    auto p = std::make_shared<PropertyObj>();
    if (Ref v = arg_or_kw(a, kw, 0, "fget")) p->fget = v;
    if (Ref v = arg_or_kw(a, kw, 1, "fset")) p->fset = v;
    if (Ref v = arg_or_kw(a, kw, 2, "fdel")) p->fdel = v;
    if (Ref v = arg_or_kw(a, kw, 3, "doc")) p->doc = v;
    return p;
  };
  auto with = [](int which) {
    return [which](Interp&, Args& a, KwArgs&, Loc) -> Ref {
      auto p = std::make_shared<PropertyObj>(*a[0]->as<PropertyObj>());
      (which == 0 ? p->fget : which == 1 ? p->fset : p->fdel) = a.at(1);
      return p;
    };
  };
  in.def_method(t, "getter", with(0));
  in.def_method(t, "setter", with(1));
  in.def_method(t, "deleter", with(2));
  in.def_method(t, "__get__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.size() < 2 || is_none(a[1])) return a[0];
    return in.call(a[0]->as<PropertyObj>()->fget, {a[1]}, {}, loc);
  });
  in.def_method(t, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* p = a[0]->as<PropertyObj>();
    const std::string& n = a[1]->as<StrObj>()->value;
    if (n == "fget") return p->fget ? p->fget : none();
    if (n == "fset") return p->fset ? p->fset : none();
    if (n == "fdel") return p->fdel ? p->fdel : none();
    if (n == "__doc__") return p->doc ? p->doc : none();
    in.raise("AttributeError", "'property' object has no attribute '" + n + "'", loc);
  });
}

static void install_callable_types(Interp& in) {
  auto* fn = const_cast<TypeInfo*>(in.type_info(BuiltinType::Function));
  fn->subclassable = false;
  in.def_method(fn, "__get__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    if (a.size() < 2 || is_none(a[1])) return a[0];
    return std::make_shared<MethodObj>(a[1], a[0]);
  });
  in.def_method(fn, "__call__",
                [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref { return in.call(a[0], Args(a.begin() + 1, a.end()), kw, loc); });
  auto* m = const_cast<TypeInfo*>(in.type_info(BuiltinType::Method));
  m->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "instancemethod", a, 2, 3, loc);
    return std::make_shared<MethodObj>(a[1], a[0]);
  };
  for (BuiltinType bt : {BuiltinType::StaticMethod, BuiltinType::ClassMethod}) {
    auto* t = const_cast<TypeInfo*>(in.type_info(bt));
    ObjKind k = bt == BuiltinType::StaticMethod ? ObjKind::StaticMethod : ObjKind::ClassMethod;
    t->type_obj->as<BuiltinObj>()->fn = [k](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, k == ObjKind::StaticMethod ? "staticmethod" : "classmethod", a, 1, 1, loc);
      return std::make_shared<WrapperObj>(k, a[0]);
    };
    in.def_method(t, "__get__", [k](Interp&, Args& a, KwArgs&, Loc) -> Ref {
      Ref f = static_cast<WrapperObj*>(a[0].get())->func;
      if (k == ObjKind::StaticMethod) return f;
      Ref cls = a.size() > 2 && !is_none(a[2]) ? a[2] : a.at(1);
      return std::make_shared<MethodObj>(cls, f);
    });
  }
  auto* mod = const_cast<TypeInfo*>(in.type_info(BuiltinType::Module));
  mod->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "module", a, 1, 2, loc);
    Ref m = in.new_module(str_arg(in, a[0], "module name", loc));
    m->as<ModuleObj>()->path = "";
    if (a.size() > 1) m->as<ModuleObj>()->set("__doc__", a[1]);
    return m;
  };
}

void Interp::install_types() {
  bool py2 = python_ == 2;
  struct Entry {
    BuiltinType id;
    const char* name;
    BuiltinType base;
  };
  const Entry entries[] = {
      {BuiltinType::Object, "object", BuiltinType::Count},
      {BuiltinType::Type, "type", BuiltinType::Count},
      {BuiltinType::NoneType, "NoneType", BuiltinType::Count},
      {BuiltinType::Int, "int", BuiltinType::Count},
      {BuiltinType::Bool, "bool", BuiltinType::Int},
      {BuiltinType::Long, py2 ? "long" : "int", BuiltinType::Count},
      {BuiltinType::Float, "float", BuiltinType::Count},
      {BuiltinType::Str, py2 ? "str" : "str", BuiltinType::Count},
      {BuiltinType::Unicode, py2 ? "unicode" : "str", BuiltinType::Count},
      {BuiltinType::Tuple, "tuple", BuiltinType::Count},
      {BuiltinType::List, "list", BuiltinType::Count},
      {BuiltinType::Dict, "dict", BuiltinType::Count},
      {BuiltinType::Set, "set", BuiltinType::Count},
      {BuiltinType::FrozenSet, "frozenset", BuiltinType::Count},
      {BuiltinType::Function, "function", BuiltinType::Count},
      {BuiltinType::BuiltinFunction, "builtin_function_or_method", BuiltinType::Count},
      {BuiltinType::Module, "module", BuiltinType::Count},
      {BuiltinType::Method, py2 ? "instancemethod" : "method", BuiltinType::Count},
      {BuiltinType::StaticMethod, "staticmethod", BuiltinType::Count},
      {BuiltinType::ClassMethod, "classmethod", BuiltinType::Count},
      {BuiltinType::Property, "property", BuiltinType::Count},
      {BuiltinType::Range, py2 ? "xrange" : "range", BuiltinType::Count},
      {BuiltinType::Slice, "slice", BuiltinType::Count},
      {BuiltinType::Iterator, "iterator", BuiltinType::Count},
      {BuiltinType::Generator, "generator", BuiltinType::Count},
      {BuiltinType::Namespace, py2 ? "dict" : "dict", BuiltinType::Count},
      {BuiltinType::DictKeys, "dict_keys", BuiltinType::Count},
      {BuiltinType::DictValues, "dict_values", BuiltinType::Count},
      {BuiltinType::DictItems, "dict_items", BuiltinType::Count},
      {BuiltinType::File, py2 ? "file" : "TextIOWrapper", BuiltinType::Count},
      {BuiltinType::Super, "super", BuiltinType::Count},
      {BuiltinType::Code, "code", BuiltinType::Count},
      {BuiltinType::ClassObj, "classobj", BuiltinType::Count},
      {BuiltinType::Bytes, "bytes", BuiltinType::Count},
  };
  for (auto& e : entries) {
    const TypeInfo* base = e.base == BuiltinType::Count ? nullptr : types_[static_cast<int>(e.base)];
    types_[static_cast<int>(e.id)] = new_type(e.name, base);
  }
  auto T = [&](BuiltinType b) { return const_cast<TypeInfo*>(types_[static_cast<int>(b)]); };
  T(BuiltinType::NoneType)->subclassable = false;
  install_object_type(*this, T(BuiltinType::Object));
  install_type_type(*this, T(BuiltinType::Type));
  install_int_type(*this, T(BuiltinType::Int), T(BuiltinType::Long), T(BuiltinType::Bool));
  install_float_type(*this, T(BuiltinType::Float));
  install_str_type(*this, T(BuiltinType::Str), T(BuiltinType::Unicode), T(BuiltinType::Bytes));
  install_list_type(*this, T(BuiltinType::List));
  install_tuple_type(*this, T(BuiltinType::Tuple));
  install_dict_type(*this, T(BuiltinType::Dict));
  install_set_type(*this, T(BuiltinType::Set), T(BuiltinType::FrozenSet));
  install_property_type(*this, T(BuiltinType::Property));
  install_callable_types(*this);
  install_function_types(*this);
  install_iter_types(*this);
  install_file_type(*this, T(BuiltinType::File));
  for (auto b : {BuiltinType::Int, BuiltinType::Long, BuiltinType::Bool, BuiltinType::Float}) install_dunders(*this, T(b), false, false);
  for (auto b : {BuiltinType::Str, BuiltinType::Unicode, BuiltinType::Bytes, BuiltinType::Tuple, BuiltinType::FrozenSet})
    install_dunders(*this, T(b), true, false);
  for (auto b : {BuiltinType::List, BuiltinType::Dict, BuiltinType::Set}) install_dunders(*this, T(b), true, true);
}

}  // namespace rpy::modules
