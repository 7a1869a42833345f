#include "annotate/types.hpp"

#include <algorithm>

#include "annotate/annotator.hpp"
#include "annotate/descs.hpp"

namespace rpy::annotate {

ListDef* ListDef::find() {
  ListDef* d = this;
  while (d->parent) d = d->parent;
  return d;
}
DictDef* DictDef::find() {
  DictDef* d = this;
  while (d->parent) d = d->parent;
  return d;
}

TypeTable::TypeTable() {
  auto simple = [&](TypeKind k, bool n = false) {
    Type t;
    t.kind = k;
    t.nullable = n;
    return intern(t);
  };
  impossible_ = simple(TypeKind::Impossible);
  none_ = simple(TypeKind::None);
  bool_ = simple(TypeKind::Bool);
  int_ = simple(TypeKind::Int);
  {
    Type t;
    t.kind = TypeKind::Int;
    t.nonneg = true;
    nnint_ = intern(t);
  }
  uint_ = simple(TypeKind::UInt);
  float_ = simple(TypeKind::Float);
  char_ = simple(TypeKind::Char);
  str_ = simple(TypeKind::Str);
  nstr_ = simple(TypeKind::Str, true);
  unichar_ = simple(TypeKind::UniChar);
  unicode_ = simple(TypeKind::Unicode);
  nunicode_ = simple(TypeKind::Unicode, true);
}

TypeRef TypeTable::intern(Type t) {
  std::string key = std::to_string(static_cast<int>(t.kind)) + (t.nullable ? "?" : "") + (t.nonneg ? "+" : "") + ":" +
                    std::to_string(reinterpret_cast<uintptr_t>(t.listdef)) + ":" + std::to_string(reinterpret_cast<uintptr_t>(t.dictdef)) +
                    ":" + std::to_string(reinterpret_cast<uintptr_t>(t.cls)) + ":" +
                    std::to_string(reinterpret_cast<uintptr_t>(t.const_value.get())) + ":" + t.name + ":" +
                    std::to_string(static_cast<int>(t.iter_kind)) + ":" + std::to_string(t.bits) + (t.is_unsigned ? "u" : "") + "#" +
                    std::to_string(t.num_kinds) + "~" + std::to_string(t.reflag) + "[";
  for (auto i : t.items) key += std::to_string(reinterpret_cast<uintptr_t>(i)) + ",";
  key += "]{";
  for (auto f : t.funcs) key += std::to_string(reinterpret_cast<uintptr_t>(f)) + ",";
  auto it = by_key_.find(key);
  if (it != by_key_.end()) return it->second;
  all_.push_back(std::make_unique<Type>(std::move(t)));
  by_key_[key] = all_.back().get();
  return all_.back().get();
}

TypeRef TypeTable::list(ListDef* def, bool nullable) {
  Type t;
  t.kind = TypeKind::List;
  t.listdef = def->find();
  t.nullable = nullable;
  return intern(t);
}
TypeRef TypeTable::dict(DictDef* def, bool nullable) {
  Type t;
  t.kind = TypeKind::Dict;
  t.dictdef = def->find();
  t.nullable = nullable;
  return intern(t);
}
TypeRef TypeTable::tuple(std::vector<TypeRef> items, modules::Ref named) {
  Type t;
  t.kind = TypeKind::Tuple;
  t.items = std::move(items);
  t.const_value = std::move(named);
  return intern(t);
}
TypeRef TypeTable::instance(ClassDef* cls, bool nullable) {
  Type t;
  t.kind = TypeKind::Instance;
  t.cls = cls;
  t.nullable = nullable;
  return intern(t);
}
TypeRef TypeTable::iterator(IterKind k, TypeRef elem, TypeRef source) {
  Type t;
  t.kind = TypeKind::Iterator;
  t.iter_kind = k;
  t.items = {elem};
  if (source) t.items.push_back(source);
  return intern(t);
}
TypeRef TypeTable::functions(std::vector<FuncDesc*> fs, bool nullable) {
  std::sort(fs.begin(), fs.end(), [](FuncDesc* a, FuncDesc* b) { return a->id < b->id; });
  fs.erase(std::unique(fs.begin(), fs.end()), fs.end());
  Type t;
  t.kind = TypeKind::Function;
  t.funcs = std::move(fs);
  t.nullable = nullable;
  return intern(t);
}
TypeRef TypeTable::constant(TypeKind k, modules::Ref value) {
  Type t;
  t.kind = k;
  t.const_value = std::move(value);
  return intern(t);
}
TypeRef TypeTable::bool_const(bool v) {
  Type t;
  t.kind = TypeKind::Bool;
  t.const_value = modules::make_bool(v);
  return intern(t);
}
bool const_truth(TypeRef t, bool& value) {
  if (!t) return false;
  if (t->kind == TypeKind::None) return value = false, true;
  if (t->kind == TypeKind::Bool && t->const_value) return value = t->const_value->as<modules::BoolObj>()->value, true;
  // A tuple's length is part of its type: `if not args:` of a *args tuple is decided per arity.
  if (t->kind == TypeKind::Tuple && !t->nullable) return value = !t->items.empty(), true;
  return false;
}
TypeRef TypeTable::builtin_method(TypeRef receiver, const std::string& name) {
  Type t;
  t.kind = TypeKind::BuiltinMethod;
  t.items = {receiver};
  t.name = name;
  return intern(t);
}
TypeRef TypeTable::method(TypeRef receiver, const std::string& name) {
  Type t;
  t.kind = TypeKind::Method;
  t.items = {receiver};
  t.name = name;
  return intern(t);
}
TypeRef TypeTable::with_nullable(TypeRef t, bool nullable) {
  if (t->nullable == nullable) return t;
  Type c = *t;
  c.nullable = nullable;
  if (c.listdef) c.listdef = c.listdef->find();
  if (c.dictdef) c.dictdef = c.dictdef->find();
  return intern(c);
}
ListDef* TypeTable::new_listdef(TypeRef item) {
  listdefs_.push_back(std::make_unique<ListDef>());
  listdefs_.back()->item = item ? item : impossible_;
  listdefs_.back()->id = static_cast<int>(listdefs_.size());
  return listdefs_.back().get();
}
DictDef* TypeTable::new_dictdef(TypeRef key, TypeRef value, bool is_set) {
  dictdefs_.push_back(std::make_unique<DictDef>());
  auto* d = dictdefs_.back().get();
  d->key = key ? key : impossible_;
  d->value = value ? value : impossible_;
  d->is_set = is_set;
  d->id = static_cast<int>(dictdefs_.size());
  return d;
}

std::vector<std::string> method_names(TypeRef t) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= t->name.size()) {
    size_t j = t->name.find('|', i);
    if (j == std::string::npos) j = t->name.size();
    out.push_back(t->name.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

bool same_type(TypeRef a, TypeRef b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind || a->nullable != b->nullable) return false;
  switch (a->kind) {
    case TypeKind::List:
      return a->listdef->find() == b->listdef->find();
    case TypeKind::Dict:
      return a->dictdef->find() == b->dictdef->find();
    case TypeKind::Tuple:
    case TypeKind::Iterator:
      if (a->items.size() != b->items.size() || a->iter_kind != b->iter_kind || a->const_value != b->const_value) return false;
      for (size_t i = 0; i < a->items.size(); ++i)
        if (!same_type(a->items[i], b->items[i])) return false;
      return true;
    case TypeKind::BuiltinMethod:
    case TypeKind::Method:
      return a->name == b->name && same_type(a->items[0], b->items[0]);
    default:
      return false;
  }
}

bool is_numeric(TypeRef t) {
  return t->kind == TypeKind::Bool || t->kind == TypeKind::Int || t->kind == TypeKind::UInt || t->kind == TypeKind::Float;
}
bool is_intlike(TypeRef t) { return t->kind == TypeKind::Bool || t->kind == TypeKind::Int; }
bool is_index(TypeRef t) { return is_intlike(t) || t->kind == TypeKind::UInt; }
bool is_stringlike(TypeRef t) { return t->kind == TypeKind::Char || t->kind == TypeKind::Str; }
bool is_pointer_kind(TypeKind k) {
  switch (k) {
    case TypeKind::Str:
    case TypeKind::Unicode:
    case TypeKind::List:
    case TypeKind::Dict:
    case TypeKind::Instance:
    case TypeKind::Function:
    case TypeKind::File:
    case TypeKind::Method:
    case TypeKind::ByteArray:
    case TypeKind::Bytes:
      return true;
    default:
      return false;
  }
}

std::string describe(TypeRef t) {
  if (!t) return "?";
  std::string s;
  switch (t->kind) {
    case TypeKind::Impossible:
      s = "<no value>";
      break;
    case TypeKind::None:
      return "None";
    case TypeKind::Bool:
      s = "bool";
      break;
    case TypeKind::Int:
      s = t->bits ? sized_int_name(t) : "int";
      break;
    case TypeKind::UInt:
      s = "r_uint";
      break;
    case TypeKind::Float:
      s = t->bits ? "r_singlefloat" : "float";
      break;
    case TypeKind::Number:
      s = std::string(t->num_kinds & kNumBool ? "bool" : "") +
          (t->num_kinds & kNumInt ? (t->num_kinds & kNumBool ? " or int" : "int") : "") + (t->num_kinds & kNumFloat ? " or float" : "");
      break;
    case TypeKind::Char:
      s = "str (a single character)";
      break;
    case TypeKind::Str:
      s = "str";
      break;
    case TypeKind::UniChar:
      s = "unicode (a single character)";
      break;
    case TypeKind::Unicode:
      s = "unicode";
      break;
    case TypeKind::List:
    case TypeKind::Dict: {
      // A container that holds itself (an environment dict of (expr, env) pairs) is shown once.
      static thread_local std::vector<const void*> open;
      const void* def = t->kind == TypeKind::List ? static_cast<const void*>(t->listdef->find()) : t->dictdef->find();
      if (std::find(open.begin(), open.end(), def) != open.end())
        return t->kind == TypeKind::List ? "<the list itself>" : "<the dict itself>";
      open.push_back(def);
      if (t->kind == TypeKind::List)
        s = (t->listdef->find()->deque    ? "deque of "
             : t->listdef->find()->vtuple ? "variable-length tuple of "
                                          : "list of ") +
            describe(t->listdef->find()->item);
      else
        s = t->dictdef->find()->is_set ? "set of " + describe(t->dictdef->find()->key)
                                       : std::string(t->dictdef->find()->factory   ? "defaultdict"
                                                     : t->dictdef->find()->counter ? "Counter"
                                                     : t->dictdef->find()->odict   ? "OrderedDict"
                                                                                   : "dict") +
                                             " of " + describe(t->dictdef->find()->key) + " to " + describe(t->dictdef->find()->value);
      open.pop_back();
      break;
    }
    case TypeKind::Tuple: {
      s = t->const_value ? "namedtuple " + t->const_value->as<modules::ClassObj>()->name + " (" : "tuple (";
      for (size_t i = 0; i < t->items.size(); ++i) s += (i ? ", " : "") + describe(t->items[i]);
      s += t->items.size() == 1 ? ",)" : ")";
      break;
    }
    case TypeKind::Instance:
      s = "instance of " + t->cls->name;
      break;
    case TypeKind::Iterator:
      s = "iterator over " + describe(t->items[0]);
      break;
    case TypeKind::Function: {
      s = "function ";
      for (size_t i = 0; i < t->funcs.size(); ++i) s += (i ? " or " : "") + t->funcs[i]->qualname;
      break;
    }
    case TypeKind::Class:
      if (t->const_value) {
        s = "class " + t->const_value->as<modules::ClassObj>()->name;
      } else {
        s = "class ";
        for (size_t i = 0; i < t->items.size(); ++i) s += (i ? " or " : "") + t->items[i]->const_value->as<modules::ClassObj>()->name;
      }
      break;
    case TypeKind::Module:
      s = "module " + t->const_value->as<modules::ModuleObj>()->name;
      break;
    case TypeKind::Builtin:
      s = "builtin " + t->const_value->as<modules::BuiltinObj>()->name;
      break;
    case TypeKind::BuiltinMethod:
      s = "method " + t->name + " of " + describe(t->items[0]);
      break;
    case TypeKind::Method: {
      auto names = method_names(t);
      s = "method ";
      for (size_t i = 0; i < names.size(); ++i) s += (i ? " or " : "") + names[i];
      s += " of " + describe(t->items[0]);
      break;
    }
    case TypeKind::Object:
      s = "prebuilt object";
      break;
    case TypeKind::File:
      s = t->bits == 8 ? "binary file" : "file";
      break;
    case TypeKind::ByteArray:
      s = "bytearray";
      break;
    case TypeKind::Bytes:
      s = "bytes";
      break;
  }
  if (t->nullable) s += " or None";
  return s;
}

static ClassDef* common_base(ClassDef* a, ClassDef* b) {
  for (ClassDef* x = a; x; x = x->base)
    if (b->is_subclass_of(x)) return x;
  return nullptr;
}

UnionResult union_types(TypeTable& tt, TypeRef a, TypeRef b, Annotator* ann) {
  if (!a || a->kind == TypeKind::Impossible) return {b, ""};
  if (!b || b->kind == TypeKind::Impossible) return {a, ""};
  if (same_type(a, b)) return {a, ""};
  if (UnionResult r; union_optional(tt, a, b, ann, r)) return r;        // numbers and tuples that may be None
  if (UnionResult r; union_builtin_values(tt, a, b, ann, r)) return r;  // [min, max] (builtin_values.cpp)
  // None merges into nullable kinds.
  if (a->kind == TypeKind::None || b->kind == TypeKind::None) {
    TypeRef other = a->kind == TypeKind::None ? b : a;
    if (other->kind == TypeKind::None) return {a, ""};
    if (other->kind == TypeKind::Char) return {tt.str(true), ""};
    if (other->kind == TypeKind::UniChar) return {tt.unicode(true), ""};
    if (is_pointer_kind(other->kind)) return {tt.with_nullable(other, true), ""};
    return {nullptr,
            "None cannot be merged with " + describe(other) + " (only instances, strings, lists, dicts and functions may be None)"};
  }
  bool nullable = a->nullable || b->nullable;
  if (a->kind == TypeKind::Bool && b->kind == TypeKind::Bool) return {tt.boolean(), ""};  // constants differ
  if (UnionResult r; union_regex_flags(tt, a, b, r)) return r;                            // re's flags (regex_flags.cpp)
  // rarithmetic's sized ints (rlib_types.cpp); a binary file's bits (8) say bytes, not a width
  if ((a->bits || b->bits) && a->kind != TypeKind::File && b->kind != TypeKind::File) return union_sized(tt, a, b);
  if (UnionResult r; union_numbers(tt, a, b, r)) return r;  // bool, int and float keep their kind (numbers.cpp)
  // Non-negative ints (bools are) stay so only when both are; with r_uint they become r_uint.
  auto nonneg = [](TypeRef t) { return t->kind == TypeKind::Bool || (t->kind == TypeKind::Int && t->nonneg); };
  if ((a->kind == TypeKind::Int || a->kind == TypeKind::Bool) && (b->kind == TypeKind::Int || b->kind == TypeKind::Bool))
    return {tt.integer(nonneg(a) && nonneg(b)), ""};
  if ((a->kind == TypeKind::UInt && nonneg(b)) || (b->kind == TypeKind::UInt && nonneg(a))) return {tt.uint(), ""};
  auto rank = [](TypeKind k) { return k == TypeKind::Bool ? 0 : k == TypeKind::Int ? 1 : k == TypeKind::Float ? 2 : -1; };
  if (rank(a->kind) >= 0 && rank(b->kind) >= 0) return {rank(a->kind) > rank(b->kind) ? a : b, ""};
  if (a->kind == TypeKind::UInt && b->kind == TypeKind::UInt) return {a, ""};
  if ((a->kind == TypeKind::UInt && is_intlike(b)) || (b->kind == TypeKind::UInt && is_intlike(a)))
    return {nullptr, "signed and unsigned integers do not merge (use r_uint(x) or intmask(x) explicitly)"};
  if (is_stringlike(a) && is_stringlike(b)) return {tt.str(nullable), ""};
  if ((a->kind == TypeKind::UniChar || a->kind == TypeKind::Unicode) && (b->kind == TypeKind::UniChar || b->kind == TypeKind::Unicode))
    return {tt.unicode(nullable), ""};
  if (UnionResult v; union_vtuple(tt, a, b, ann, v)) return v;
  if (a->kind != b->kind) {
    std::string why = describe(a) + " and " + describe(b) + " cannot be merged";
    if (is_range_object(a) || is_range_object(b))  // range_rules.cpp
      why += " (Python 3's range() makes a range object, not a list: write list(range(...)) where a list is meant)";
    return {nullptr, why};
  }
  switch (a->kind) {
    case TypeKind::List: {
      ListDef* x = a->listdef->find();
      ListDef* y = b->listdef->find();
      if (x != y) {
        if (x->deque != y->deque) return {nullptr, "a deque and a list cannot be merged"};
        if (x->vtuple != y->vtuple) return {nullptr, "a tuple of unknown length and a list cannot be merged"};
        UnionResult item = union_types(tt, x->item, y->item, ann);
        if (!item.type) return {nullptr, "the lists' items cannot be merged: " + item.why};
        y->parent = x;
        x->item = item.type;
        x->resized |= y->resized;
        x->mutated |= y->mutated;
        x->range &= y->range;
        x->range3 &= y->range3;
        x->origins.insert(x->origins.end(), y->origins.begin(), y->origins.end());
        if (ann) ann->mark_changed();
      }
      return {tt.list(x, nullable), ""};
    }
    case TypeKind::Dict: {
      DictDef* x = a->dictdef->find();
      DictDef* y = b->dictdef->find();
      if (x != y) {
        if (x->is_set != y->is_set) return {nullptr, "a set and a dict cannot be merged"};
        if (x->counter != y->counter) return {nullptr, "a Counter and a dict cannot be merged"};
        if (x->odict != y->odict) return {nullptr, "an OrderedDict and a dict cannot be merged"};
        if (x->factory != y->factory)
          return {nullptr, x->factory && y->factory ? "defaultdicts with different default factories cannot be merged"
                                                    : "a defaultdict and a dict cannot be merged"};
        UnionResult k = union_types(tt, x->key, y->key, ann);
        if (!k.type) return {nullptr, "the keys cannot be merged: " + k.why};
        UnionResult v = union_types(tt, x->value, y->value, ann);
        if (!v.type) return {nullptr, "the values cannot be merged: " + v.why};
        x->may_freeze |= y->may_freeze;
        y->parent = x;
        x->key = k.type;
        x->value = v.type;
        x->ordered |= y->ordered;
        if (ann) ann->mark_changed();
      }
      return {tt.dict(x, nullable), ""};
    }
    case TypeKind::Tuple: {
      if (a->items.size() != b->items.size())
        return {nullptr, "tuples of different lengths (" + std::to_string(a->items.size()) + " and " + std::to_string(b->items.size()) +
                             ") cannot be merged"};
      if (a->const_value != b->const_value)  // they print differently
        return {nullptr, describe(a) + " and " + describe(b) + " print differently (a named tuple with its field names)"};
      std::vector<TypeRef> items;
      for (size_t i = 0; i < a->items.size(); ++i) {
        UnionResult r = union_types(tt, a->items[i], b->items[i], ann);
        if (!r.type) return {nullptr, "item " + std::to_string(i) + " of the tuples: " + r.why};
        items.push_back(r.type);
      }
      return {tt.tuple(items, a->const_value), ""};
    }
    case TypeKind::Instance: {
      ClassDef* c = common_base(a->cls, b->cls);
      if (!c && ann && !a->cls->is_exception && !b->cls->is_exception) {
        ann->object_root();  // Python's common base of every class (class_root.cpp)
        c = common_base(a->cls, b->cls);
      }
      if (!c) return {nullptr, "instances of " + a->cls->name + " and " + b->cls->name + " have no common base class"};
      return {tt.instance(c, nullable), ""};
    }
    case TypeKind::Class:
      return union_classes(tt, a, b, ann);
    case TypeKind::Function: {
      std::vector<FuncDesc*> fs = a->funcs;
      fs.insert(fs.end(), b->funcs.begin(), b->funcs.end());
      return {tt.functions(fs, nullable), ""};
    }
    case TypeKind::Iterator: {
      if (a->items.size() != b->items.size()) break;
      UnionResult r = union_types(tt, a->items[0], b->items[0], ann);
      if (!r.type) return r;
      // Iterators of different kinds share one C++ type (rpy::Iterator<T>).
      if (a->iter_kind != b->iter_kind) return {tt.iterator(IterKind::Custom, r.type), ""};
      if (a->items.size() > 1) {
        UnionResult s = union_types(tt, a->items[1], b->items[1], ann);
        if (!s.type) return s;
        return {tt.iterator(a->iter_kind, r.type, s.type), ""};
      }
      return {tt.iterator(a->iter_kind, r.type), ""};
    }
    case TypeKind::File:
      if (a->bits != b->bits) break;  // a binary file (bytes) and a text file (str)
      return {tt.file(nullable, a->bits == 8), ""};
    case TypeKind::Method: {
      UnionResult r = union_types(tt, tt.with_nullable(a->items[0], false), tt.with_nullable(b->items[0], false), ann);
      if (!r.type || r.type->kind != TypeKind::Instance) break;
      std::vector<std::string> names = method_names(a), more = method_names(b);
      names.insert(names.end(), more.begin(), more.end());
      std::sort(names.begin(), names.end());
      names.erase(std::unique(names.begin(), names.end()), names.end());
      std::string joined;
      for (auto& n : names) joined += (joined.empty() ? "" : "|") + n;
      return {tt.with_nullable(tt.method(r.type, joined), nullable), ""};
    }
    case TypeKind::ByteArray:
      return {tt.bytearray(nullable), ""};
    case TypeKind::Bytes:
      return {tt.bytes(nullable), ""};
    default:
      break;
  }
  return {nullptr, describe(a) + " and " + describe(b) + " cannot be merged"};
}

}  // namespace rpy::annotate
