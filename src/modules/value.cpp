#include "modules/value.hpp"

#include <functional>

#include "rpy/float_repr.hpp"

namespace rpy::modules {

Ref none() {
  static Ref n = std::make_shared<Obj>(ObjKind::None);
  return n;
}
Ref make_bool(bool v) {
  static Ref t = std::make_shared<BoolObj>(true), f = std::make_shared<BoolObj>(false);
  return v ? t : f;
}
Ref make_int(int64_t v) { return std::make_shared<IntObj>(v); }
Ref make_float(double v) { return std::make_shared<FloatObj>(v); }
Ref make_str(std::string v) { return std::make_shared<StrObj>(std::move(v), false); }
Ref make_unicode(std::string v) { return std::make_shared<StrObj>(std::move(v), true); }
Ref make_tuple(std::vector<Ref> items) { return std::make_shared<TupleObj>(std::move(items)); }
bool is_none(const Ref& r) { return !r || r->kind == ObjKind::None; }

const char* kind_name(ObjKind k) {
  switch (k) {
    case ObjKind::None:
      return "NoneType";
    case ObjKind::Bool:
      return "bool";
    case ObjKind::Int:
      return "int";
    case ObjKind::Float:
      return "float";
    case ObjKind::Str:
      return "str";
    case ObjKind::Unicode:
      return "unicode";
    case ObjKind::Tuple:
      return "tuple";
    case ObjKind::List:
      return "list";
    case ObjKind::Dict:
      return "dict";
    case ObjKind::Set:
      return "set";
    case ObjKind::Function:
      return "function";
    case ObjKind::Builtin:
      return "builtin_function_or_method";
    case ObjKind::Class:
      return "type";
    case ObjKind::Instance:
      return "instance";
    case ObjKind::Module:
      return "module";
    case ObjKind::Method:
      return "instancemethod";
    case ObjKind::StaticMethod:
      return "staticmethod";
    case ObjKind::ClassMethod:
      return "classmethod";
    case ObjKind::Property:
      return "property";
  }
  return "object";
}

std::string type_name(const Ref& r) {
  if (r->kind == ObjKind::Instance) return r->as<InstanceObj>()->klass()->name;
  return kind_name(r->kind);
}

static bool is_numeric(const Ref& r) { return r->kind == ObjKind::Int || r->kind == ObjKind::Bool || r->kind == ObjKind::Float; }
static double as_double(const Ref& r) {
  if (r->kind == ObjKind::Float) return r->as<FloatObj>()->value;
  if (r->kind == ObjKind::Bool) return r->as<BoolObj>()->value;
  return static_cast<double>(r->as<IntObj>()->value);
}

bool values_equal(const Ref& a, const Ref& b) {
  if (a.get() == b.get()) return true;
  if (is_numeric(a) && is_numeric(b)) {
    if (a->kind != ObjKind::Float && b->kind != ObjKind::Float) {
      int64_t x = a->kind == ObjKind::Bool ? a->as<BoolObj>()->value : a->as<IntObj>()->value;
      int64_t y = b->kind == ObjKind::Bool ? b->as<BoolObj>()->value : b->as<IntObj>()->value;
      return x == y;
    }
    return as_double(a) == as_double(b);
  }
  if ((a->kind == ObjKind::Str || a->kind == ObjKind::Unicode) && (b->kind == ObjKind::Str || b->kind == ObjKind::Unicode))
    return a->as<StrObj>()->value == b->as<StrObj>()->value;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case ObjKind::None:
      return true;
    case ObjKind::Tuple:
    case ObjKind::List: {
      const auto& x = a->kind == ObjKind::Tuple ? a->as<TupleObj>()->items : a->as<ListObj>()->items;
      const auto& y = b->kind == ObjKind::Tuple ? b->as<TupleObj>()->items : b->as<ListObj>()->items;
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i)
        if (!values_equal(x[i], y[i])) return false;
      return true;
    }
    case ObjKind::Dict:
    case ObjKind::Set: {
      auto* x = a->as<DictObj>();
      auto* y = b->as<DictObj>();
      if (x->keys.size() != y->keys.size()) return false;
      for (size_t i = 0; i < x->keys.size(); ++i) {
        long j = y->find(x->keys[i]);
        if (j < 0) return false;
        if (a->kind == ObjKind::Dict && !values_equal(x->values[i], y->values[j])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

size_t value_hash(const Ref& r) {
  switch (r->kind) {
    case ObjKind::Bool:
      return r->as<BoolObj>()->value;
    case ObjKind::Int:
      return std::hash<int64_t>()(r->as<IntObj>()->value);
    case ObjKind::Float: {
      double d = r->as<FloatObj>()->value;
      if (d == static_cast<double>(static_cast<int64_t>(d))) return std::hash<int64_t>()(static_cast<int64_t>(d));
      return std::hash<double>()(d);
    }
    case ObjKind::Str:
    case ObjKind::Unicode:
      return std::hash<std::string>()(r->as<StrObj>()->value);
    case ObjKind::Tuple: {
      size_t h = 0x345678;
      for (auto& i : r->as<TupleObj>()->items) h = h * 1000003 ^ value_hash(i);
      return h;
    }
    default:
      return std::hash<const void*>()(r.get());
  }
}

long DictObj::find(const Ref& key) const {
  for (size_t i = 0; i < keys.size(); ++i)
    if (values_equal(keys[i], key)) return static_cast<long>(i);
  return -1;
}
void DictObj::set(const Ref& key, Ref value) {
  long i = find(key);
  if (i >= 0) {
    values[i] = std::move(value);
  } else {
    keys.push_back(key);
    values.push_back(std::move(value));
  }
}
bool DictObj::erase(const Ref& key) {
  long i = find(key);
  if (i < 0) return false;
  keys.erase(keys.begin() + i);
  values.erase(values.begin() + i);
  return true;
}

Ref ClassObj::lookup(const std::string& n) const {
  auto it = attrs.find(n);
  if (it != attrs.end()) return it->second;
  for (auto* b : bases)
    if (Ref r = b->lookup(n)) return r;
  return nullptr;
}
bool ClassObj::is_subclass_of(const ClassObj* other) const {
  if (this == other) return true;
  for (auto* b : bases)
    if (b->is_subclass_of(other)) return true;
  return false;
}

static std::string str_repr(const std::string& s, bool unicode) {
  bool has_single = s.find('\'') != std::string::npos, has_double = s.find('"') != std::string::npos;
  char q = (has_single && !has_double) ? '"' : '\'';
  std::string out = unicode ? "u" : "";
  out += q;
  for (unsigned char c : s) {
    if (c == q || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\r')
      out += "\\r";
    else if (c < 32 || c >= 127) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else
      out += static_cast<char>(c);
  }
  out += q;
  return out;
}

std::string repr(const Ref& r) {
  switch (r->kind) {
    case ObjKind::Str:
      return str_repr(r->as<StrObj>()->value, false);
    case ObjKind::Unicode:
      return str_repr(r->as<StrObj>()->value, true);
    case ObjKind::Tuple: {
      auto& it = r->as<TupleObj>()->items;
      std::string s = "(";
      for (size_t i = 0; i < it.size(); ++i) s += (i ? ", " : "") + repr(it[i]);
      return s + (it.size() == 1 ? ",)" : ")");
    }
    case ObjKind::List: {
      auto& it = r->as<ListObj>()->items;
      std::string s = "[";
      for (size_t i = 0; i < it.size(); ++i) s += (i ? ", " : "") + repr(it[i]);
      return s + "]";
    }
    case ObjKind::Dict: {
      auto* d = r->as<DictObj>();
      std::string s = "{";
      for (size_t i = 0; i < d->keys.size(); ++i) s += (i ? ", " : "") + repr(d->keys[i]) + ": " + repr(d->values[i]);
      return s + "}";
    }
    default:
      return to_str(r);
  }
}

std::string to_str(const Ref& r) {
  switch (r->kind) {
    case ObjKind::None:
      return "None";
    case ObjKind::Bool:
      return r->as<BoolObj>()->value ? "True" : "False";
    case ObjKind::Int:
      return std::to_string(r->as<IntObj>()->value);
    case ObjKind::Float:
      return rt::float_repr(r->as<FloatObj>()->value);
    case ObjKind::Str:
    case ObjKind::Unicode:
      return r->as<StrObj>()->value;
    case ObjKind::Function:
      return "<function " + r->as<FunctionObj>()->name + ">";
    case ObjKind::Builtin:
      return "<built-in function " + r->as<BuiltinObj>()->name + ">";
    case ObjKind::Class:
      return "<class '" + r->as<ClassObj>()->name + "'>";
    case ObjKind::Module:
      return "<module '" + r->as<ModuleObj>()->name + "'>";
    case ObjKind::Instance:
      return "<" + r->as<InstanceObj>()->klass()->name + " instance>";
    default:
      return repr(r);
  }
}

bool truthy(const Ref& r) {
  switch (r->kind) {
    case ObjKind::None:
      return false;
    case ObjKind::Bool:
      return r->as<BoolObj>()->value;
    case ObjKind::Int:
      return r->as<IntObj>()->value != 0;
    case ObjKind::Float:
      return r->as<FloatObj>()->value != 0.0;
    case ObjKind::Str:
    case ObjKind::Unicode:
      return !r->as<StrObj>()->value.empty();
    case ObjKind::Tuple:
      return !r->as<TupleObj>()->items.empty();
    case ObjKind::List:
      return !r->as<ListObj>()->items.empty();
    case ObjKind::Dict:
    case ObjKind::Set:
      return !r->as<DictObj>()->keys.empty();
    default:
      return true;
  }
}

}  // namespace rpy::modules
