// Attribute access with Python's rules: data descriptors, the instance dict, methods, class and
// static methods, properties, user descriptors, __getattr__/__setattr__, __slots__, metaclass
// attributes, and the attributes of builtin objects.
#include "modules/interp.hpp"
#include "modules/loader.hpp"
#include "modules/objects/objects.hpp"

namespace rpy::modules {

// An attribute of a class: along its MRO, then in its builtin base type and in object.
static Ref class_lookup(Interp& in, const ClassObj* c, const std::string& name) {
  if (Ref v = c->lookup(name)) return v;
  for (const TypeInfo* t = c->builtin_base; t; t = t->base) {
    auto it = t->attrs.find(name);
    if (it != t->attrs.end()) return it->second;
  }
  if (c->new_style) {
    const TypeInfo* o = in.type_info(BuiltinType::Object);
    auto it = o->attrs.find(name);
    if (it != o->attrs.end()) return it->second;
  }
  return nullptr;
}

static Ref type_attr(const TypeInfo* t, const std::string& name) {
  for (; t; t = t->base) {
    auto it = t->attrs.find(name);
    if (it != t->attrs.end()) return it->second;
  }
  return nullptr;
}

static Ref bind_builtin(const Ref& m, const Ref& self) {
  auto b = std::make_shared<BuiltinObj>(*m->as<BuiltinObj>());
  b->self = self;
  return b;
}

// A user-defined descriptor: an instance of a new-style class with __get__ (and __set__ for a
// data descriptor).
static bool is_descriptor(const Ref& v, const char* method) {
  if (v->kind != ObjKind::Instance) return false;
  auto* c = v->as<InstanceObj>()->klass();
  return c->new_style && c->lookup(method) != nullptr;
}

static bool is_data_descriptor(const Ref& v) {
  return v->kind == ObjKind::Property || is_descriptor(v, "__set__") || is_descriptor(v, "__delete__");
}

Ref Interp::special(const Ref& obj, const std::string& name) {
  switch (obj->kind) {
    case ObjKind::Instance: {
      auto* c = obj->as<InstanceObj>()->klass();
      if (!c->new_style) return get_attr_or_null(obj, name, {});
      Ref v = class_lookup(*this, c, name);
      if (!v) return nullptr;
      if (v->kind == ObjKind::Function) return std::make_shared<MethodObj>(obj, v);
      if (v->kind == ObjKind::Builtin) return bind_builtin(v, obj);
      if (v->kind == ObjKind::StaticMethod) return static_cast<WrapperObj*>(v.get())->func;
      if (v->kind == ObjKind::ClassMethod)
        return std::make_shared<MethodObj>(obj->as<InstanceObj>()->cls, static_cast<WrapperObj*>(v.get())->func);
      if (is_descriptor(v, "__get__")) return call(special(v, "__get__"), {obj, obj->as<InstanceObj>()->cls}, {}, {});
      return v;
    }
    case ObjKind::Class: {
      auto* c = obj->as<ClassObj>();
      if (c->metaclass && c->metaclass->kind == ObjKind::Class) {
        Ref v = c->metaclass->as<ClassObj>()->lookup(name);
        if (v && v->kind == ObjKind::Function) return std::make_shared<MethodObj>(obj, v);
        if (v && v->kind == ObjKind::Builtin && !v->as<BuiltinObj>()->type_info) return bind_builtin(v, obj);
      }
      return nullptr;
    }
    default: {
      const TypeInfo* t = type_of_builtin(obj);
      Ref v = t ? type_attr(t, name) : nullptr;
      if (!v) return nullptr;
      if (v->kind == ObjKind::Builtin) return bind_builtin(v, obj);
      return v;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

static Ref instance_getattr(Interp& in, const Ref& obj, const std::string& name, Loc loc) {
  auto* inst = obj->as<InstanceObj>();
  auto* c = inst->klass();
  Ref v = class_lookup(in, c, name);
  if (v && c->new_style && is_data_descriptor(v)) {
    if (v->kind == ObjKind::Property) {
      auto* p = v->as<PropertyObj>();
      if (!p->fget || is_none(p->fget)) in.raise("AttributeError", "unreadable attribute", loc);
      return in.call(p->fget, {obj}, {}, loc);
    }
    return in.call(in.special(v, "__get__"), {obj, inst->cls}, {}, loc);
  }
  auto it = inst->attrs.find(name);
  if (it != inst->attrs.end()) return it->second;
  if (name == "__class__") return inst->cls;
  if (name == "__dict__") return std::make_shared<NamespaceObj>(in.type_info(BuiltinType::Namespace), obj, &inst->attrs, &inst->attr_order);
  if (v) {
    switch (v->kind) {
      case ObjKind::Function:
        return std::make_shared<MethodObj>(obj, v);
      case ObjKind::Builtin:
        if (v->as<BuiltinObj>()->type_info) return v;
        return bind_builtin(v, obj);
      case ObjKind::StaticMethod:
        return static_cast<WrapperObj*>(v.get())->func;
      case ObjKind::ClassMethod:
        return std::make_shared<MethodObj>(inst->cls, static_cast<WrapperObj*>(v.get())->func);
      case ObjKind::Property: {
        auto* p = v->as<PropertyObj>();
        if (!p->fget || is_none(p->fget)) in.raise("AttributeError", "unreadable attribute", loc);
        return in.call(p->fget, {obj}, {}, loc);
      }
      case ObjKind::Instance:
        if (is_descriptor(v, "__get__")) return in.call(in.special(v, "__get__"), {obj, inst->cls}, {}, loc);
        return v;
      default:
        return v;
    }
  }
  if (name == "__module__" || name == "__doc__") return none();
  if (Ref ga = class_lookup(in, c, "__getattr__")) {
    if (ga->kind == ObjKind::Function) return in.call(std::make_shared<MethodObj>(obj, ga), {make_str(name)}, {}, loc);
  }
  return nullptr;
}

static Ref class_getattr(Interp& in, const Ref& obj, const std::string& name, Loc loc) {
  auto* c = obj->as<ClassObj>();
  if (name == "__name__") return make_str(c->name);
  if (name == "__qualname__") return make_str(c->qualname);
  if (name == "__bases__") {
    std::vector<Ref> b = c->base_refs;
    b.insert(b.end(), c->builtin_base_refs.begin(), c->builtin_base_refs.end());
    if (b.empty() && c->new_style) b.push_back(in.type_info(BuiltinType::Object)->type_obj);
    return make_tuple(b);
  }
  if (name == "__mro__" && c->new_style) {
    std::vector<Ref> out{obj};
    for (auto& r : c->mro_refs)
      if (r) out.push_back(r);
    if (c->builtin_base)
      for (const TypeInfo* t = c->builtin_base; t; t = t->base) out.push_back(t->type_obj);
    out.push_back(in.type_info(BuiltinType::Object)->type_obj);
    return make_tuple(out);
  }
  if (name == "__dict__") {
    auto ns = std::make_shared<NamespaceObj>(in.type_info(BuiltinType::Namespace), obj, &c->attrs, &c->attr_order);
    return ns;
  }
  if (name == "__class__") return in.type_of(obj);
  Ref v = class_lookup(in, c, name);
  if (v) {
    switch (v->kind) {
      case ObjKind::StaticMethod:
        return static_cast<WrapperObj*>(v.get())->func;
      case ObjKind::ClassMethod:
        return std::make_shared<MethodObj>(obj, static_cast<WrapperObj*>(v.get())->func);
      case ObjKind::Instance:
        if (c->new_style && is_descriptor(v, "__get__")) return in.call(in.special(v, "__get__"), {none(), obj}, {}, loc);
        return v;
      default:
        return v;
    }
  }
  if (name == "__doc__") return none();
  if (c->metaclass && c->metaclass->kind == ObjKind::Class) {
    auto* mc = c->metaclass->as<ClassObj>();
    Ref mv = class_lookup(in, mc, name);
    if (mv) {
      if (mv->kind == ObjKind::Function) return std::make_shared<MethodObj>(obj, mv);
      if (mv->kind == ObjKind::Property) return in.call(mv->as<PropertyObj>()->fget, {obj}, {}, loc);
      if (mv->kind == ObjKind::Builtin && !mv->as<BuiltinObj>()->type_info) return bind_builtin(mv, obj);
      return mv;
    }
  }
  if (c->new_style) {
    Ref tv = type_attr(in.type_info(BuiltinType::Type), name);
    if (tv && tv->kind == ObjKind::Builtin) return bind_builtin(tv, obj);
  }
  return nullptr;
}

static Ref super_getattr(Interp& in, SuperObj* s, const std::string& name, Loc loc) {
  auto* start = s->type->as<ClassObj>();
  Ref obj = s->obj;
  const ClassObj* mro_owner = s->obj_type && s->obj_type->kind == ObjKind::Class ? s->obj_type->as<ClassObj>() : start;
  const auto& mro = mro_owner->mro;
  size_t i = 0;
  while (i < mro.size() && mro[i] != start) ++i;
  Ref v;
  for (++i; i < mro.size() && !v; ++i) {
    auto it = mro[i]->attrs.find(name);
    if (it != mro[i]->attrs.end()) v = it->second;
  }
  if (!v) {
    for (const TypeInfo* t = mro_owner->builtin_base; t && !v; t = t->base) {
      auto it = t->attrs.find(name);
      if (it != t->attrs.end()) v = it->second;
    }
    if (!v) {
      auto it = in.type_info(BuiltinType::Object)->attrs.find(name);
      if (it != in.type_info(BuiltinType::Object)->attrs.end()) v = it->second;
    }
  }
  if (!v) return nullptr;
  switch (v->kind) {
    case ObjKind::Function:
      return s->bind ? std::make_shared<MethodObj>(obj, v) : v;
    case ObjKind::Builtin: {
      const std::string& n = v->as<BuiltinObj>()->name;
      if (n.size() > 7 && n.compare(n.size() - 7, 7, "__new__") == 0) return v;
      return s->bind ? bind_builtin(v, obj) : v;
    }
    case ObjKind::StaticMethod:
      return static_cast<WrapperObj*>(v.get())->func;
    case ObjKind::ClassMethod: {
      Ref cls = s->bind ? in.type_of(obj) : obj && !is_none(obj) ? obj : s->type;
      return std::make_shared<MethodObj>(cls, static_cast<WrapperObj*>(v.get())->func);
    }
    case ObjKind::Property:
      if (s->bind) return in.call(v->as<PropertyObj>()->fget, {obj}, {}, loc);
      return v;
    default:
      return v;
  }
}

static Ref function_getattr(Interp& in, const Ref& obj, const std::string& name) {
  auto* fn = obj->as<FunctionObj>();
  if (name == "__name__" || name == "func_name") return make_str(fn->name);
  if (name == "__qualname__") return make_str(fn->py_qualname.empty() ? fn->qualname : fn->py_qualname);
  if (name == "__module__") return make_str(fn->module ? fn->module->name : "__builtin__");
  if (name == "__defaults__" || name == "func_defaults") return fn->defaults.empty() ? none() : make_tuple(fn->defaults);
  if (name == "__globals__" || name == "func_globals") return fn->module ? in.module_namespace(fn->module) : none();
  if (name == "__dict__" || name == "func_dict")
    return std::make_shared<NamespaceObj>(in.type_info(BuiltinType::Namespace), obj, &fn->attrs, &fn->attr_order);
  if (name == "__closure__" || name == "func_closure") return none();
  if (name == "__code__" || name == "func_code") {
    // The function's code: types.FunctionType(code, ...) copies the function from it.
    auto code = std::make_shared<CodeObj>(in.type_info(BuiltinType::Code));
    code->func = obj;
    code->filename = fn->module ? fn->module->path : "";
    code->mode = "exec";
    return code;
  }
  auto it = fn->attrs.find(name);
  if (it != fn->attrs.end()) return it->second;
  if (name == "__doc__" || name == "func_doc") return none();
  Ref v = type_attr(in.type_info(BuiltinType::Function), name);
  if (v && v->kind == ObjKind::Builtin) return bind_builtin(v, obj);
  return v;
}

Ref Interp::get_attr_or_null(const Ref& obj, const std::string& name, Loc loc) {
  switch (obj->kind) {
    case ObjKind::Instance:
      return instance_getattr(*this, obj, name, loc);
    case ObjKind::Class:
      return class_getattr(*this, obj, name, loc);
    case ObjKind::Module: {
      auto* m = obj->as<ModuleObj>();
      if (m->is_builtin && ((m->name == "sys" && name == "argv") || (m->name == "os" && name == "environ")))
        run_time_only(loc, "reads " + m->name + "." + name);
      auto it = m->attrs.find(name);
      if (it != m->attrs.end()) return it->second;
      if (name == "__dict__") return module_namespace(m);
      if (name == "__name__") return make_str(m->name);
      if (m->is_package && !m->path.empty()) {
        try {
          return loader_.import_module(m->name + "." + name, loc);
        } catch (PyException&) {
          return nullptr;
        }
      }
      return nullptr;
    }
    case ObjKind::Function:
      return function_getattr(*this, obj, name);
    case ObjKind::Method: {
      auto* m = obj->as<MethodObj>();
      if (name == "im_func" || name == "__func__") return m->func;
      if (name == "im_self" || name == "__self__") return m->self;
      if (name == "im_class") return type_of(m->self);
      if (Ref v = type_attr(type_info(BuiltinType::Method), name)) return v->kind == ObjKind::Builtin ? bind_builtin(v, obj) : v;
      return get_attr_or_null(m->func, name, loc);
    }
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
      if (name == "__func__") return static_cast<WrapperObj*>(obj.get())->func;
      break;
    case ObjKind::Builtin: {
      auto* b = obj->as<BuiltinObj>();
      if (b->impl) return get_attr_or_null(b->impl, name, loc);
      if (const TypeInfo* t = b->type_info) {
        if (name == "__name__") return make_str(t->name);
        if (name == "__module__") return make_str(t->module);
        if (name == "__dict__")
          return std::make_shared<NamespaceObj>(type_info(BuiltinType::Namespace), obj, const_cast<Env*>(&t->attrs),
                                                const_cast<std::vector<std::string>*>(&t->attr_order));
        if (name == "__bases__") {  // object itself has none
          if (t->base) return make_tuple({t->base->type_obj});
          if (t == type_info(BuiltinType::Object)) return make_tuple(std::vector<Ref>{});
          return make_tuple({type_info(BuiltinType::Object)->type_obj});
        }
        if (name == "__mro__") {
          std::vector<Ref> m;
          for (const TypeInfo* k = t; k; k = k->base) m.push_back(k->type_obj);
          if (t != type_info(BuiltinType::Object)) m.push_back(type_info(BuiltinType::Object)->type_obj);
          return make_tuple(m);
        }
        Ref v = type_attr(t, name);
        if (!v && t != type_info(BuiltinType::Object)) v = type_attr(type_info(BuiltinType::Object), name);
        if (v && v->kind == ObjKind::ClassMethod) return std::make_shared<MethodObj>(obj, static_cast<WrapperObj*>(v.get())->func);
        if (v) return v;
        if (name == "__doc__") return none();
        Ref tv = type_attr(type_info(BuiltinType::Type), name);
        if (tv && tv->kind == ObjKind::Builtin) return bind_builtin(tv, obj);
        return nullptr;
      }
      if (name == "__name__") {
        auto dot = b->name.rfind('.');
        return make_str(dot == std::string::npos ? b->name : b->name.substr(dot + 1));
      }
      if (name == "__self__") return b->self ? b->self : none();
      if (name == "__module__") {
        auto dot = b->name.rfind('.');
        return dot == std::string::npos ? make_str("__builtin__") : make_str(b->name.substr(0, dot));
      }
      if (name == "__doc__") return none();
      break;
    }
    case ObjKind::Native:
      if (auto* s = dynamic_cast<SuperObj*>(obj.get())) return super_getattr(*this, s, name, loc);
      break;
    default:
      break;
  }
  if (name == "__class__") return type_of(obj);
  const TypeInfo* t = type_of_builtin(obj);
  if (!t) return nullptr;
  Ref v = type_attr(t, name);
  if (!v) v = type_attr(type_info(BuiltinType::Object), name);
  if (v) {
    if (v->kind == ObjKind::Builtin && !v->as<BuiltinObj>()->type_info) return bind_builtin(v, obj);
    if (v->kind == ObjKind::ClassMethod) return std::make_shared<MethodObj>(t->type_obj, static_cast<WrapperObj*>(v.get())->func);
    return v;
  }
  // Data attributes of native objects (range.start, match.string...).
  if (Ref hook = type_attr(t, "__getattr__")) {
    try {
      return call(bind_builtin(hook, obj), {make_str(name)}, {}, loc);
    } catch (PyException& e) {
      if (!exception_matches(e.value, builtin_class("AttributeError"))) throw;
    }
    return nullptr;
  }
  if (name == "__doc__") return none();
  return nullptr;
}

Ref Interp::get_attr(const Ref& obj, const std::string& name, Loc loc) {
  if (Ref v = get_attr_or_null(obj, name, loc)) return v;
  std::string msg;
  switch (obj->kind) {
    case ObjKind::Instance: {
      auto* c = obj->as<InstanceObj>()->klass();
      msg =
          c->new_style ? "'" + c->name + "' object has no attribute '" + name + "'" : c->name + " instance has no attribute '" + name + "'";
      break;
    }
    case ObjKind::Class: {
      auto* c = obj->as<ClassObj>();
      msg = c->new_style ? "type object '" + c->name + "' has no attribute '" + name + "'"
                         : "class " + c->name + " has no attribute '" + name + "'";
      break;
    }
    case ObjKind::Module:
      msg = python_ == 2 ? "'module' object has no attribute '" + name + "'"
                         : "module '" + obj->as<ModuleObj>()->name + "' has no attribute '" + name + "'";
      break;
    case ObjKind::Builtin:
      if (obj->as<BuiltinObj>()->type_info) {
        msg = "type object '" + obj->as<BuiltinObj>()->type_info->name + "' has no attribute '" + name + "'";
        break;
      }
      [[fallthrough]];
    default:
      msg = "'" + type_name(obj) + "' object has no attribute '" + name + "'";
  }
  raise("AttributeError", msg, loc);
}

// ---------------------------------------------------------------------------------------------
// Writing and deleting

static bool slots_allow(const ClassObj* c, const std::string& name, bool& has_slots) {
  has_slots = false;
  bool any_dict = false;
  for (auto* k : c->mro) {
    auto it = k->attrs.find("__slots__");
    if (it == k->attrs.end()) {
      any_dict = true;  // a class without __slots__ gives instances a __dict__
      continue;
    }
    has_slots = true;
    const Ref& s = it->second;
    std::vector<Ref> names;
    if (s->kind == ObjKind::Str || s->kind == ObjKind::Unicode)
      names.push_back(s);
    else if (s->kind == ObjKind::Tuple)
      names = s->as<TupleObj>()->items;
    else if (s->kind == ObjKind::List)
      names = s->as<ListObj>()->items;
    for (auto& n : names)
      if (is_str(n) && (n->as<StrObj>()->value == name || n->as<StrObj>()->value == "__dict__")) return true;
  }
  return !has_slots || any_dict;
}

void Interp::set_attr(const Ref& obj, const std::string& name, Ref value, Loc loc) {
  if (obj->kind == ObjKind::Builtin && obj->as<BuiltinObj>()->impl)
    return set_attr(obj->as<BuiltinObj>()->impl, name, std::move(value), loc);
  switch (obj->kind) {
    case ObjKind::Instance: {
      auto* i = obj->as<InstanceObj>();
      auto* c = i->klass();
      if (c->new_style) {
        Ref d = class_lookup(*this, c, name);
        if (d && d->kind == ObjKind::Property) {
          auto* p = d->as<PropertyObj>();
          if (!p->fset || is_none(p->fset)) raise("AttributeError", "can't set attribute", loc);
          call(p->fset, {obj, value}, {}, loc);
          return;
        }
        if (d && is_descriptor(d, "__set__")) {
          call(special(d, "__set__"), {obj, value}, {}, loc);
          return;
        }
        Ref sa = c->lookup("__setattr__");
        if (sa && sa->kind == ObjKind::Function) {
          call(std::make_shared<MethodObj>(obj, sa), {make_str(name), value}, {}, loc);
          return;
        }
        bool has_slots;
        if (!slots_allow(c, name, has_slots)) raise("AttributeError", "'" + c->name + "' object has no attribute '" + name + "'", loc);
      } else {
        Ref sa = c->lookup("__setattr__");
        if (sa && sa->kind == ObjKind::Function) {
          call(std::make_shared<MethodObj>(obj, sa), {make_str(name), value}, {}, loc);
          return;
        }
      }
      if (name == "__class__" && value->kind == ObjKind::Class) {
        i->cls = value;
        return;
      }
      auto it = i->attrs.find(name);
      if (it == i->attrs.end()) {
        i->attr_order.push_back(name);
        i->attrs.emplace(name, std::move(value));
      } else {
        it->second = std::move(value);
      }
      return;
    }
    case ObjKind::Class: {
      auto* c = obj->as<ClassObj>();
      if (name == "__name__") {
        c->name = str_arg(*this, value, "__name__", loc);
        return;
      }
      if (!c->attrs.count(name)) c->attr_order.push_back(name);
      c->attrs[name] = std::move(value);
      return;
    }
    case ObjKind::Module:
      obj->as<ModuleObj>()->set(name, std::move(value));
      return;
    case ObjKind::Function: {
      auto* fn = obj->as<FunctionObj>();
      if (name == "__name__" || name == "func_name") {
        fn->name = str_arg(*this, value, "__name__", loc);
        return;
      }
      if (name == "__qualname__" && python_ == 3) {
        fn->py_qualname = str_arg(*this, value, "__qualname__", loc);
        return;
      }
      if (name == "__defaults__" || name == "func_defaults") {
        fn->defaults = is_none(value) ? std::vector<Ref>{} : iterate(value, loc);
        return;
      }
      if (!fn->attrs.count(name)) fn->attr_order.push_back(name);
      fn->attrs[name] = std::move(value);
      return;
    }
    case ObjKind::Native: {
      const TypeInfo* t = type_of_builtin(obj);
      if (Ref hook = type_attr(t, "__setattr__")) {
        call(bind_builtin(hook, obj), {make_str(name), value}, {}, loc);
        return;
      }
      break;
    }
    default:
      break;
  }
  if (type_of_builtin(obj) && type_attr(type_of_builtin(obj), name))
    raise("AttributeError", "'" + type_name(obj) + "' object attribute '" + name + "' is read-only", loc);
  raise("AttributeError", "'" + type_name(obj) + "' object has no attribute '" + name + "'", loc);
}

void Interp::del_attr(const Ref& obj, const std::string& name, Loc loc) {
  switch (obj->kind) {
    case ObjKind::Instance: {
      auto* i = obj->as<InstanceObj>();
      auto* c = i->klass();
      Ref d = class_lookup(*this, c, name);
      if (c->new_style && d && d->kind == ObjKind::Property) {
        auto* p = d->as<PropertyObj>();
        if (!p->fdel || is_none(p->fdel)) raise("AttributeError", "can't delete attribute", loc);
        call(p->fdel, {obj}, {}, loc);
        return;
      }
      Ref da = c->lookup("__delattr__");
      if (da && da->kind == ObjKind::Function) {
        call(std::make_shared<MethodObj>(obj, da), {make_str(name)}, {}, loc);
        return;
      }
      if (!i->attrs.erase(name)) break;
      std::erase(i->attr_order, name);
      return;
    }
    case ObjKind::Class: {
      auto* c = obj->as<ClassObj>();
      if (!c->attrs.erase(name)) break;
      std::erase(c->attr_order, name);
      return;
    }
    case ObjKind::Module: {
      auto* m = obj->as<ModuleObj>();
      if (!m->attrs.erase(name)) break;
      std::erase(m->attr_order, name);
      return;
    }
    case ObjKind::Function: {
      auto* fn = obj->as<FunctionObj>();
      if (!fn->attrs.erase(name)) break;
      std::erase(fn->attr_order, name);
      return;
    }
    default:
      break;
  }
  get_attr(obj, name, loc);  // raises the right AttributeError when missing
  raise("AttributeError", "'" + type_name(obj) + "' object attribute '" + name + "' is read-only", loc);
}

}  // namespace rpy::modules
