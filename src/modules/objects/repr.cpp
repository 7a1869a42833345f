// repr() and str() of every kind of value, in the evaluator's dialect.
#include <cstdio>
#include <unordered_set>

#include "modules/objects/objects.hpp"
#include "modules/objects/regex_flag.hpp"
#include "modules/support/text.hpp"

namespace rpy::modules {

namespace {

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)));
  return buf;
}

// Containers being printed (a list that contains itself prints as [...]).
thread_local std::unordered_set<const Obj*> g_printing;

struct Guard {
  const Obj* o;
  bool active;
  explicit Guard(const Obj* p) : o(p), active(g_printing.insert(p).second) {}
  ~Guard() {
    if (active) g_printing.erase(o);
  }
};

std::string class_display(const ClassObj* c) {
  std::string mod = c->module ? c->module->name : "__builtin__";
  if (c->is_builtin_exception) mod = python_version() == 2 ? "exceptions" : "builtins";
  return mod + "." + c->name;
}

}  // namespace

std::string repr_value(const Ref& r, ReprHook* hook) {
  bool py2 = python_version() == 2;
  switch (r->kind) {
    case ObjKind::None:
      return "None";
    case ObjKind::Bool:
      return r->as<BoolObj>()->value ? "True" : "False";
    case ObjKind::Int:
      if (is_regex_flag(r)) return regex_flag_text(r->as<IntObj>()->value);  // re.IGNORECASE (regex_flag.hpp)
      return std::to_string(r->as<IntObj>()->value);
    case ObjKind::Long:
      return r->as<LongObj>()->value.to_string() + (py2 ? "L" : "");
    case ObjKind::Float:
      return float_repr_text(r->as<FloatObj>()->value);
    case ObjKind::Str:
      if (r->as<StrObj>()->is_bytes) return "b" + bytes_repr(r->as<StrObj>()->value);
      return py2 ? bytes_repr(r->as<StrObj>()->value) : unicode_repr(r->as<StrObj>()->value, true);
    case ObjKind::Unicode:
      return py2 ? "u" + unicode_repr(r->as<StrObj>()->value, false) : unicode_repr(r->as<StrObj>()->value, true);
    case ObjKind::Tuple: {
      Guard g(r.get());
      if (!g.active) return "(...)";
      auto& it = r->as<TupleObj>()->items;
      std::string s = "(";
      for (size_t i = 0; i < it.size(); ++i) s += (i ? ", " : "") + repr_value(it[i], hook);
      return s + (it.size() == 1 ? ",)" : ")");
    }
    case ObjKind::List: {
      Guard g(r.get());
      if (!g.active) return "[...]";
      auto& it = r->as<ListObj>()->items;
      std::string s = "[";
      for (size_t i = 0; i < it.size(); ++i) s += (i ? ", " : "") + repr_value(it[i], hook);
      return s + "]";
    }
    case ObjKind::Dict: {
      Guard g(r.get());
      if (!g.active) return "{...}";
      auto* d = r->as<DictObj>();
      std::string s = "{";
      for (size_t i = 0; i < d->keys.size(); ++i)
        s += (i ? ", " : "") + repr_value(d->keys[i], hook) + ": " + repr_value(d->values[i], hook);
      return s + "}";
    }
    case ObjKind::Set: {
      Guard g(r.get());
      auto* d = r->as<DictObj>();
      std::string name = d->frozen ? "frozenset" : "set";
      if (!g.active) return name + "(...)";
      std::string items;
      for (size_t i = 0; i < d->keys.size(); ++i) items += (i ? ", " : "") + repr_value(d->keys[i], hook);
      if (py2) return name + "([" + items + "])";
      if (d->keys.empty()) return name + "()";
      return d->frozen ? name + "({" + items + "})" : "{" + items + "}";
    }
    case ObjKind::Function: {
      auto* f = r->as<FunctionObj>();
      return "<function " + (py2 ? f->name : f->qualname) + " at " + address(f) + ">";
    }
    case ObjKind::Builtin: {
      auto* b = r->as<BuiltinObj>();
      if (b->impl) {
        std::string out;
        if (hook && hook->repr(r, out)) return out;
        return repr_value(b->impl, hook);
      }
      if (const TypeInfo* t = b->type_info) {
        std::string n = t->module == "__builtin__" ? t->name : t->module + "." + t->name;
        return (py2 ? "<type '" : "<class '") + n + "'>";
      }
      auto dot = b->name.rfind('.');
      std::string short_name = dot == std::string::npos ? b->name : b->name.substr(dot + 1);
      if (b->self) return "<built-in method " + short_name + " of " + type_name(b->self) + " object at " + address(b->self.get()) + ">";
      return "<built-in function " + short_name + ">";
    }
    case ObjKind::Class: {
      auto* c = r->as<ClassObj>();
      if (hook) {
        std::string out;
        if (hook->repr(r, out)) return out;
      }
      if (!c->new_style) return "<class " + class_display(c) + " at " + address(c) + ">";
      if (c->is_builtin_exception && py2) return "<type '" + class_display(c) + "'>";
      return "<class '" + class_display(c) + "'>";
    }
    case ObjKind::Module: {
      auto* m = r->as<ModuleObj>();
      if (m->path.empty()) return "<module '" + m->name + "' (built-in)>";
      return "<module '" + m->name + "' from '" + m->path + "'>";
    }
    case ObjKind::Method: {
      auto* m = r->as<MethodObj>();
      std::string fname = m->func->kind == ObjKind::Function ? m->func->as<FunctionObj>()->qualname : "?";
      std::string self = Guard(m->self.get()).active ? repr_value(m->self, hook) : "...";
      if (py2 && m->func->kind == ObjKind::Function) {
        auto dot = fname.rfind('.');
        std::string cls = m->self->kind == ObjKind::Class ? m->self->as<ClassObj>()->name : type_name(m->self);
        fname = cls + "." + (dot == std::string::npos ? fname : fname.substr(dot + 1));
      }
      return "<bound method " + fname + " of " + self + ">";
    }
    case ObjKind::StaticMethod:
      return "<staticmethod object at " + address(r.get()) + ">";
    case ObjKind::ClassMethod:
      return "<classmethod object at " + address(r.get()) + ">";
    case ObjKind::Property:
      return "<property object at " + address(r.get()) + ">";
    case ObjKind::Instance: {
      if (hook) {
        Guard g(r.get());
        if (!g.active) return "...";
        std::string out;
        if (hook->repr(r, out)) return out;
      }
      auto* c = r->as<InstanceObj>()->klass();
      if (!c->new_style) return "<" + class_display(c) + " instance at " + address(r.get()) + ">";
      return "<" + class_display(c) + " object at " + address(r.get()) + ">";
    }
    case ObjKind::Native: {
      if (hook) {
        std::string out;
        if (hook->repr(r, out)) return out;
      }
      auto* t = r->as<NativeObj>()->type;
      return "<" + t->name + " object at " + address(r.get()) + ">";
    }
  }
  return "<object>";
}

std::string str_value(const Ref& r, ReprHook* hook) {
  if (is_bytes(r)) return repr_value(r, hook);
  switch (r->kind) {
    case ObjKind::Str:
    case ObjKind::Unicode:
      return r->as<StrObj>()->value;
    case ObjKind::Float:
      return float_str_text(r->as<FloatObj>()->value, python_version());
    case ObjKind::Long:
      return r->as<LongObj>()->value.to_string();
    case ObjKind::Class: {
      auto* c = r->as<ClassObj>();
      if (!c->new_style && !(hook && c->metaclass)) return class_display(c);
      std::string out;  // the metaclass's __str__
      if (hook && c->metaclass && hook->str(r, out)) return out;
      return repr_value(r, hook);
    }
    case ObjKind::Instance:
    case ObjKind::Native:
      if (hook) {
        std::string out;
        if (hook->str(r, out)) return out;
      }
      return repr_value(r, hook);
    default:
      return repr_value(r, hook);
  }
}

}  // namespace rpy::modules
