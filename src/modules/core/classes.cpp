// Classes: class statements, metaclasses (__metaclass__, metaclass=), type(name, bases, dict),
// the method resolution order (C3; depth-first for Python 2 classic classes), instantiation
// (__new__, __init__, subclasses of builtin types) and super().
#include <algorithm>

#include "modules/interp.hpp"
#include "modules/lib/modules.hpp"
#include "modules/objects/objects.hpp"

namespace rpy::modules {

using namespace syntax;

static std::vector<ClassObj*> c3_merge(std::vector<std::vector<ClassObj*>> seqs, bool& ok) {
  std::vector<ClassObj*> out;
  ok = true;
  for (;;) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }), seqs.end());
    if (seqs.empty()) return out;
    ClassObj* cand = nullptr;
    for (auto& s : seqs) {
      ClassObj* c = s[0];
      bool in_tail = false;
      for (auto& t : seqs)
        if (std::find(t.begin() + 1, t.end(), c) != t.end()) in_tail = true;
      if (!in_tail) {
        cand = c;
        break;
      }
    }
    if (!cand) {
      ok = false;
      return out;
    }
    out.push_back(cand);
    for (auto& s : seqs)
      if (s[0] == cand) s.erase(s.begin());
  }
}

static void classic_mro(ClassObj* c, std::vector<ClassObj*>& out) {
  if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  for (auto* b : c->bases) classic_mro(b, out);
}

Ref Interp::create_class(const Ref& metaclass, const std::string& name, const std::vector<Ref>& bases, DictObj& ns, ModuleObj* module,
                         Loc loc) {
  auto cls = std::make_shared<ClassObj>();
  cls->name = name;
  cls->qualname = name;
  cls->module = module;
  cls->loc = loc;
  cls->new_style = python_ == 3;
  for (auto& b : bases) {
    if (b->kind == ObjKind::Class) {
      auto* bc = b->as<ClassObj>();
      cls->bases.push_back(bc);
      cls->base_refs.push_back(b);
      bc->subclasses.push_back(cls);
      if (bc->new_style) cls->new_style = true;
      if (bc->builtin_base && !cls->builtin_base) cls->builtin_base = bc->builtin_base;
      if (bc->metaclass && !cls->metaclass) cls->metaclass = bc->metaclass;
    } else if (b->kind == ObjKind::Builtin && b->as<BuiltinObj>()->type_info) {
      const TypeInfo* t = b->as<BuiltinObj>()->type_info;
      cls->new_style = true;
      cls->builtin_base_refs.push_back(b);
      if (t != type_info(BuiltinType::Object)) {
        if (!t->subclassable) raise("TypeError", "type '" + t->name + "' is not an acceptable base type", loc);
        if (!cls->builtin_base || t->is_subtype_of(cls->builtin_base)) cls->builtin_base = t;
      }
    } else {
      raise("TypeError",
            python_ == 2 ? "Error when calling the metaclass bases\n    a base class must be a class, not " + type_name(b)
                         : "bases must be types",
            loc);
    }
  }
  if (metaclass && metaclass->kind == ObjKind::Class) {
    cls->metaclass = metaclass;
    cls->new_style = true;
  }
  for (size_t i = 0; i < ns.keys.size(); ++i) {
    if (!is_str(ns.keys[i])) continue;
    const std::string& k = ns.keys[i]->as<StrObj>()->value;
    Ref v = ns.values[i];
    // __new__ is a static method, __init_subclass__ a class method, without decorators.
    if (k == "__new__" && v->kind == ObjKind::Function) v = std::make_shared<WrapperObj>(ObjKind::StaticMethod, v);
    if (k == "__init_subclass__" && v->kind == ObjKind::Function) v = std::make_shared<WrapperObj>(ObjKind::ClassMethod, v);
    if (!cls->attrs.count(k)) cls->attr_order.push_back(k);
    cls->attrs[k] = v;
    if (v->kind == ObjKind::Function) {
      auto* fo = v->as<FunctionObj>();
      if (fo->qualname == fo->name) fo->qualname = name + "." + fo->name;
    }
  }
  if (cls->new_style) {
    std::vector<std::vector<ClassObj*>> seqs;
    for (auto* b : cls->bases) seqs.push_back(b->mro.empty() ? std::vector<ClassObj*>{b} : b->mro);
    seqs.push_back(cls->bases);
    bool ok;
    auto merged = c3_merge(seqs, ok);
    if (!ok) {
      std::string names;
      for (auto* b : cls->bases) names += (names.empty() ? "" : ", ") + b->name;
      raise("TypeError",
            "Error when calling the metaclass bases\n    Cannot create a consistent method resolution\norder (MRO) for bases " + names,
            loc);
    }
    cls->mro.push_back(cls.get());
    cls->mro.insert(cls->mro.end(), merged.begin(), merged.end());
  } else {
    classic_mro(cls.get(), cls->mro);
  }
  for (size_t i = 1; i < cls->mro.size(); ++i) {
    Ref r;
    for (auto& b : cls->base_refs) {
      if (b.get() == cls->mro[i]) r = b;
      for (auto& x : b->as<ClassObj>()->mro_refs)
        if (!r && x.get() == cls->mro[i]) r = x;
      if (r) break;
    }
    cls->mro_refs.push_back(r);
  }
  auto mix = cls->attrs.find("_mixin_");
  if (mix != cls->attrs.end() && truthy(mix->second)) cls->is_mixin = true;
  // Zero-argument super() in the class's functions finds the class here.
  for (auto& [k, v] : cls->attrs) {
    Ref f = v;
    if (f->kind == ObjKind::StaticMethod || f->kind == ObjKind::ClassMethod) f = static_cast<WrapperObj*>(f.get())->func;
    if (f->kind == ObjKind::Property && f->as<PropertyObj>()->fget) f = f->as<PropertyObj>()->fget;
    if (f->kind == ObjKind::Function && f->as<FunctionObj>()->module == module) f->as<FunctionObj>()->owner_class = cls;
  }
  // __init_subclass__ of a base (Python 3.6+).
  if (python_ == 3 && !cls->bases.empty()) {
    Ref hook = cls->bases[0]->lookup("__init_subclass__");
    if (hook && hook->kind == ObjKind::ClassMethod) call(static_cast<WrapperObj*>(hook.get())->func, {cls}, {}, loc);
  }
  return cls;
}

Ref Interp::make_class(const ClassDefStmt& def, Frame& f) {
  std::vector<Ref> bases;
  for (auto& b : def.bases) bases.push_back(eval(*b, f));
  Ref metaclass;
  for (auto& k : def.keywords)
    if (k.name == "metaclass") metaclass = eval(*k.value, f);
  auto ns = std::make_shared<DictObj>();
  ns->set(make_str("__module__"), make_str(f.module->name), key_ops());
  if (python_ == 3) ns->set(make_str("__qualname__"), make_str(def.name), key_ops());
  if (!def.docstring.empty()) ns->set(make_str("__doc__"), make_str(def.docstring), key_ops());
  ClassObj naming;  // gives the body's functions their qualified names
  naming.name = def.name;
  Frame cf;
  cf.module = f.module;
  cf.closure = f.closure;
  if (f.locals && !f.class_ns) cf.closure.push_back(f.locals);
  cf.building_class = &naming;
  cf.class_ns = ns.get();
  cf.class_ns_ref = ns;
  cf.parent = frame_;
  cf.function = f.function;
  Frame* saved = frame_;
  frame_ = &cf;
  try {
    exec_body(def.body, cf);
  } catch (...) {
    frame_ = saved;
    throw;
  }
  frame_ = saved;
  return make_class_from(def.name, bases, ns, metaclass, f.module, def.loc);
}

// The class statement's last step: pick the metaclass and call it.
Ref Interp::make_class_from(const std::string& name, const std::vector<Ref>& bases, const Ref& ns_ref, const Ref& explicit_meta,
                            ModuleObj* module, Loc loc) {
  DictObj& ns = *ns_ref->as<DictObj>();
  Ref metaclass = explicit_meta;
  if (!metaclass && python_ == 2) {
    long i = ns.find(make_str("__metaclass__"), key_ops());
    if (i >= 0) metaclass = ns.values[static_cast<size_t>(i)];
  }
  if (!metaclass) {
    for (auto& b : bases) {
      Ref t = b->kind == ObjKind::Class ? b->as<ClassObj>()->metaclass : nullptr;
      if (t) {
        metaclass = t;
        break;
      }
    }
  }
  if (!metaclass && python_ == 2 && bases.empty()) {
    auto it = module->attrs.find("__metaclass__");
    if (it != module->attrs.end()) metaclass = it->second;
  }
  bool is_type =
      !metaclass || (metaclass->kind == ObjKind::Builtin && (metaclass->as<BuiltinObj>()->type_info == type_info(BuiltinType::Type) ||
                                                             metaclass->as<BuiltinObj>()->type_info == type_info(BuiltinType::ClassObj)));
  if (is_type) {
    Ref cls = create_class(nullptr, name, bases, ns, module, loc);
    if (metaclass && metaclass->as<BuiltinObj>()->type_info == type_info(BuiltinType::Type)) cls->as<ClassObj>()->new_style = true;
    return cls;
  }
  // Any callable: a metaclass (a subclass of type) or a function.
  return call(metaclass, {make_str(name), make_tuple(bases), ns_ref}, {}, loc);
}

// ---------------------------------------------------------------------------------------------
// Instantiation

static Ref builtin_base_value(Interp& in, const TypeInfo* t, Args& args, KwArgs& kwargs, Loc loc) {
  // The empty value of a mutable builtin (its __init__ fills it); immutable ones are built now.
  if (t->name == "dict") return std::make_shared<DictObj>();
  if (t->name == "list") return std::make_shared<ListObj>();
  if (t->name == "set") return std::make_shared<DictObj>(true);
  Args a = args;
  KwArgs kw = kwargs;
  return in.call(t->type_obj, a, kw, loc);
}

Ref Interp::instantiate(const Ref& cls, Args& args, KwArgs& kwargs, Loc loc) {
  auto* c = cls->as<ClassObj>();
  if (c->builtin_base == type_info(BuiltinType::Type)) {
    // A metaclass called directly: Meta(name, bases, dict).
    Ref nw = c->lookup("__new__");
    Ref obj;
    if (nw) {
      Args full{cls};
      full.insert(full.end(), args.begin(), args.end());
      obj = call(nw, full, kwargs, loc);
    } else {
      if (args.size() != 3) raise("TypeError", "type() takes 1 or 3 arguments", loc);
      Ref ns = unwrap(args[2]);
      if (ns->kind != ObjKind::Dict) raise("TypeError", "type() argument 3 must be dict, not " + type_name(ns), loc);
      obj = create_class(cls, str_arg(*this, args[0], "type() argument 1", loc), iterate(args[1], loc), *ns->as<DictObj>(),
                         module_of_frame() ? module_of_frame() : c->module, loc);
    }
    if (obj->kind == ObjKind::Class && obj->as<ClassObj>()->metaclass.get() == cls.get()) {
      Ref init = c->lookup("__init__");
      if (init) {
        Args full{obj};
        full.insert(full.end(), args.begin(), args.end());
        call(init, full, kwargs, loc);
      }
    }
    return obj;
  }
  Ref obj;
  Ref nw = c->new_style ? c->lookup("__new__") : nullptr;
  if (nw) {
    Args full{cls};
    full.insert(full.end(), args.begin(), args.end());
    obj = call(nw, full, kwargs, loc);
    if (obj->kind != ObjKind::Instance || !obj->as<InstanceObj>()->klass()->is_subclass_of(c)) return obj;
  } else {
    // object.__new__ of a class that still has abstract methods (abc.ABCMeta)
    if (std::string why = abstract_instantiation_error(python_, *c); !why.empty()) raise("TypeError", why, loc);
    auto inst = std::make_shared<InstanceObj>();
    inst->cls = cls;
    if (c->builtin_base) inst->builtin_value = builtin_base_value(*this, c->builtin_base, args, kwargs, loc);
    obj = inst;
  }
  Ref init = c->lookup("__init__");
  if (init) {
    Args full{obj};
    full.insert(full.end(), args.begin(), args.end());
    Ref r = call(init, full, kwargs, loc);
    if (!is_none(r)) raise("TypeError", "__init__() should return None, not '" + type_name(r) + "'", loc);
  } else if (c->builtin_base) {
    Ref bi = c->builtin_base->attrs.count("__init__") ? c->builtin_base->attrs.at("__init__") : nullptr;
    if (bi) {
      Args full{obj};
      full.insert(full.end(), args.begin(), args.end());
      call(bi, full, kwargs, loc);
    }
  } else if ((!args.empty() || !kwargs.empty()) && !nw && !c->is_builtin_exception) {
    raise("TypeError",
          c->new_style ? (python_ == 2 ? "object() takes no parameters" : c->name + "() takes no arguments")
                       : "this constructor takes no arguments",
          loc);
  }
  return obj;
}

// ---------------------------------------------------------------------------------------------
// super()

Ref Interp::bind_super(const Ref& type, const Ref& obj, Loc loc) {
  if (type->kind != ObjKind::Class) raise("TypeError", "super() argument 1 must be type, not " + type_name(type), loc);
  auto s = std::make_shared<SuperObj>(type_info(BuiltinType::Super), type, obj);
  s->obj_type = type;
  if (obj && !is_none(obj)) {
    if (isinstance(obj, type, loc)) {
      s->bind = true;
      s->obj_type = type_of(obj);
    } else if (obj->kind == ObjKind::Class && obj->as<ClassObj>()->is_subclass_of(type->as<ClassObj>())) {
      s->obj_type = obj;
    } else {
      raise("TypeError", "super(type, obj): obj must be an instance or subtype of type", loc);
    }
  }
  return s;
}

}  // namespace rpy::modules
