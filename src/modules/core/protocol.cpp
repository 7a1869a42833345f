// The object protocols: str/repr, truth, equality, hashing, len, iteration, containment,
// subscripting, numeric conversions, type(), isinstance() -- each with the special methods of
// instances and the builtin value inside instances of subclasses of builtin types.
#include <cmath>

#include "modules/interp.hpp"
#include "modules/objects/objects.hpp"
#include "modules/support/text.hpp"

namespace rpy::modules {

namespace {

Ref own_special(Interp& in, const Ref& obj, const char* name) { return in.user_special(obj, name); }

struct InterpReprHook : ReprHook {
  Interp& in;
  Loc loc;
  InterpReprHook(Interp& i, Loc l) : in(i), loc(l) {}
  bool call_to(const Ref& m, std::string& out, const char* what) {
    Ref r = in.call(m, {}, {}, loc);
    if (!is_str(r)) in.raise("TypeError", std::string(what) + " returned non-string (type " + type_name(r) + ")", loc);
    out = r->as<StrObj>()->value;
    return true;
  }
  bool repr(const Ref& v, std::string& out) override {
    if (v->kind == ObjKind::Builtin && v->as<BuiltinObj>()->impl) {
      out = repr_value(v->as<BuiltinObj>()->impl, this);
      return true;
    }
    if (v->kind == ObjKind::Instance) {
      if (Ref m = own_special(in, v, "__repr__")) return call_to(m, out, "__repr__");
      if (Ref bv = v->as<InstanceObj>()->builtin_value) {
        out = repr_value(bv, this);
        return true;
      }
      return false;
    }
    if (v->kind == ObjKind::Class) {
      if (Ref m = in.special(v, "__repr__")) return call_to(m, out, "__repr__");
      return false;
    }
    if (v->kind == ObjKind::Native) {
      if (Ref m = in.special(v, "__repr__")) return call_to(m, out, "__repr__");
    }
    return false;
  }
  bool str(const Ref& v, std::string& out) override {
    if (v->kind == ObjKind::Instance) {
      if (Ref m = own_special(in, v, "__str__")) return call_to(m, out, "__str__");
      if (Ref bv = v->as<InstanceObj>()->builtin_value)
        if (!own_special(in, v, "__repr__")) {
          out = str_value(bv, this);
          return true;
        }
      return false;
    }
    if (v->kind == ObjKind::Native || v->kind == ObjKind::Class) {  // a class: its metaclass's __str__
      if (Ref m = in.special(v, "__str__")) return call_to(m, out, "__str__");
    }
    return false;
  }
};

}  // namespace

// A special method defined by the instance's class or its bases (not by object or a builtin base).
Ref Interp::user_special(const Ref& obj, const std::string& name) {
  auto* c = obj->as<InstanceObj>()->klass();
  if (!c->new_style) {
    auto* i = obj->as<InstanceObj>();
    auto it = i->attrs.find(name);
    if (it != i->attrs.end()) return it->second;
  }
  Ref v = c->lookup(name);
  if (!v) return nullptr;
  if (v->kind == ObjKind::Function) return std::make_shared<MethodObj>(obj, v);
  if (v->kind == ObjKind::Builtin) {
    auto b = std::make_shared<BuiltinObj>(*v->as<BuiltinObj>());
    b->self = obj;
    return b;
  }
  return special(obj, name);
}

std::string Interp::str_of(const Ref& v, Loc loc) {
  if (v->kind == ObjKind::Str || v->kind == ObjKind::Unicode) return v->as<StrObj>()->value;
  InterpReprHook hook(*this, loc);
  return str_value(v, &hook);
}

std::string Interp::repr_of(const Ref& v, Loc loc) {
  InterpReprHook hook(*this, loc);
  return repr_value(v, &hook);
}

bool Interp::truth(const Ref& v, Loc loc) {
  switch (v->kind) {
    case ObjKind::Instance: {
      if (Ref m = own_special(*this, v, python_ == 2 ? "__nonzero__" : "__bool__")) {
        Ref r = call(m, {}, {}, loc);
        if (r->kind == ObjKind::Bool) return r->as<BoolObj>()->value;
        if (is_integer(r)) return truthy(r);
        raise("TypeError",
              python_ == 2 ? "__nonzero__ should return bool or int, returned " + type_name(r)
                           : "__bool__ should return bool, returned " + type_name(r),
              loc);
      }
      if (Ref m = own_special(*this, v, "__len__")) return in_len_result(call(m, {}, {}, loc), loc) != 0;
      if (Ref bv = v->as<InstanceObj>()->builtin_value) return truth(bv, loc);
      return true;
    }
    case ObjKind::Native: {
      if (auto* r = dynamic_cast<RangeObj*>(v.get())) return r->length() != 0;
      if (Ref m = special(v, "__len__")) return to_int(call(m, {}, {}, loc), loc) != 0;
      if (Ref m = special(v, "__nonzero__")) return truth(call(m, {}, {}, loc), loc);
      return true;
    }
    default:
      return truthy(v);
  }
}

int64_t Interp::in_len_result(const Ref& r, Loc loc) {
  if (!is_integer(r)) raise("TypeError", "an integer is required", loc);
  int64_t n;
  if (!integer_fits_word(r, &n)) raise("OverflowError", "cannot fit 'long' into an index-sized integer", loc);
  if (n < 0) raise("ValueError", "__len__() should return >= 0", loc);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Equality and hashing

bool Interp::eq(const Ref& a, const Ref& b, Loc loc) {
  if (a.get() == b.get()) return a->kind != ObjKind::Float || !std::isnan(a->as<FloatObj>()->value);
  ObjKind ka = a->kind, kb = b->kind;
  if (ka == ObjKind::Instance || kb == ObjKind::Instance || ka == ObjKind::Native || kb == ObjKind::Native)
    return truth(rich_compare(syntax::CmpOp::Eq, a, b, loc), loc);
  if ((ka == ObjKind::Tuple || ka == ObjKind::List) && ka == kb) {
    const auto& x = ka == ObjKind::Tuple ? a->as<TupleObj>()->items : a->as<ListObj>()->items;
    const auto& y = kb == ObjKind::Tuple ? b->as<TupleObj>()->items : b->as<ListObj>()->items;
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i)
      if (!eq(x[i], y[i], loc)) return false;
    return true;
  }
  if ((ka == ObjKind::Dict && kb == ObjKind::Dict) || (ka == ObjKind::Set && kb == ObjKind::Set)) {
    auto* x = a->as<DictObj>();
    auto* y = b->as<DictObj>();
    if (x->keys.size() != y->keys.size()) return false;
    for (size_t i = 0; i < x->keys.size(); ++i) {
      long j = y->find(x->keys[i], key_ops());
      if (j < 0) return false;
      if (ka == ObjKind::Dict && !eq(x->values[i], y->values[static_cast<size_t>(j)], loc)) return false;
    }
    return true;
  }
  return values_equal(a, b);
}

int64_t Interp::hash(const Ref& v, Loc loc) {
  switch (v->kind) {
    case ObjKind::Instance: {
      auto* c = v->as<InstanceObj>()->klass();
      Ref h = c->lookup("__hash__");
      if (h && is_none(h)) raise("TypeError", "unhashable type: '" + c->name + "'", loc);
      if (h) {
        Ref r = call(own_special(*this, v, "__hash__"), {}, {}, loc);
        if (!is_integer(r)) raise("TypeError", "an integer is required", loc);
        int64_t x;
        if (integer_fits_word(r, &x)) return x == -1 ? -2 : x;
        return python_ == 2 ? integer_value(r).hash_py2() : integer_value(r).hash_py3();
      }
      if (python_ == 3 && (c->lookup("__eq__"))) raise("TypeError", "unhashable type: '" + c->name + "'", loc);
      if (Ref bv = v->as<InstanceObj>()->builtin_value) return hash(bv, loc);
      return value_hash(v);
    }
    case ObjKind::Tuple: {
      std::vector<int64_t> hs;
      for (auto& x : v->as<TupleObj>()->items) hs.push_back(hash(x, loc));
      return tuple_hash(hs);
    }
    case ObjKind::List:
    case ObjKind::Dict:
      raise("TypeError", "unhashable type: '" + type_name(v) + "'", loc);
    case ObjKind::Set:
      if (!v->as<DictObj>()->frozen) raise("TypeError", "unhashable type: 'set'", loc);
      return value_hash(v);
    case ObjKind::Native:
      if (dynamic_cast<NamespaceObj*>(v.get()) || dynamic_cast<DictViewObj*>(v.get()))
        raise("TypeError", "unhashable type: '" + type_name(v) + "'", loc);
      if (Ref m = special(v, "__hash__")) return to_int(call(m, {}, {}, loc), loc);
      return value_hash(v);
    default:
      return value_hash(v);
  }
}

// ---------------------------------------------------------------------------------------------
// Length, iteration, containment

int64_t Interp::len(const Ref& v, Loc loc) {
  if (v->kind == ObjKind::Builtin && v->as<BuiltinObj>()->impl) return len(v->as<BuiltinObj>()->impl, loc);
  switch (v->kind) {
    case ObjKind::Str:
      return static_cast<int64_t>(text_semantics(v) ? utf8_length(v->as<StrObj>()->value) : v->as<StrObj>()->value.size());
    case ObjKind::Unicode:
      return static_cast<int64_t>(utf8_length(v->as<StrObj>()->value));
    case ObjKind::List:
      return static_cast<int64_t>(v->as<ListObj>()->items.size());
    case ObjKind::Tuple:
      return static_cast<int64_t>(v->as<TupleObj>()->items.size());
    case ObjKind::Dict:
    case ObjKind::Set:
      return static_cast<int64_t>(v->as<DictObj>()->keys.size());
    case ObjKind::Instance: {
      if (Ref m = own_special(*this, v, "__len__")) return in_len_result(call(m, {}, {}, loc), loc);
      if (Ref bv = v->as<InstanceObj>()->builtin_value) return len(bv, loc);
      break;
    }
    case ObjKind::Native: {
      if (auto* r = dynamic_cast<RangeObj*>(v.get())) return r->length();
      if (Ref m = special(v, "__len__")) return in_len_result(call(m, {}, {}, loc), loc);
      break;
    }
    case ObjKind::Class:  // the metaclass's __len__ (an Enum's members)
      if (Ref m = special(v, "__len__")) return in_len_result(call(m, {}, {}, loc), loc);
      break;
    default:
      break;
  }
  raise("TypeError", "object of type '" + type_name(v) + "' has no len()", loc);
}

Ref Interp::iter(const Ref& v, Loc loc) {
  if (v->kind == ObjKind::Builtin && v->as<BuiltinObj>()->impl) return iter(v->as<BuiltinObj>()->impl, loc);
  const TypeInfo* it_t = type_info(BuiltinType::Iterator);
  switch (v->kind) {
    case ObjKind::List:
    case ObjKind::Tuple:
    case ObjKind::Str:
    case ObjKind::Unicode: {
      auto it = std::make_shared<SeqIterObj>(it_t, v);
      if (python_ == 3 && is_bytes(v)) it->what = 6;  // bytes iterate as ints
      if ((v->kind == ObjKind::Unicode || v->kind == ObjKind::Str) && text_semantics(v)) {
        const std::string& s = v->as<StrObj>()->value;
        bool ascii = true;
        for (unsigned char c : s)
          if (c >= 0x80) ascii = false;
        if (!ascii) it->cps = utf8_decode(s);
        it->what = ascii ? 0 : 5;
      }
      return it;
    }
    case ObjKind::Dict:
    case ObjKind::Set: {
      auto it = std::make_shared<SeqIterObj>(it_t, v);
      it->what = v->kind == ObjKind::Dict ? 1 : 4;
      it->dict_size = v->as<DictObj>()->keys.size();
      it->key_changes = v->as<DictObj>()->key_changes;
      return it;
    }
    case ObjKind::Instance: {
      if (Ref m = own_special(*this, v, "__iter__")) {
        Ref r = call(m, {}, {}, loc);
        if (dynamic_cast<IteratorObj*>(r.get())) return r;
        auto w = std::make_shared<InstanceIterObj>(it_t, r);
        w->next_fn = get_attr_or_null(r, python_ == 2 ? "next" : "__next__", loc);
        if (!w->next_fn) w->next_fn = get_attr_or_null(r, python_ == 2 ? "__next__" : "next", loc);
        if (!w->next_fn) raise("TypeError", "iter() returned non-iterator of type '" + type_name(r) + "'", loc);
        return w;
      }
      if (Ref bv = v->as<InstanceObj>()->builtin_value) return iter(bv, loc);
      if (own_special(*this, v, "__getitem__")) {
        auto w = std::make_shared<InstanceIterObj>(it_t, v);
        w->index = 0;
        return w;
      }
      break;
    }
    case ObjKind::Native: {
      if (dynamic_cast<IteratorObj*>(v.get())) return v;
      if (auto* r = dynamic_cast<RangeObj*>(v.get())) {
        auto i = std::make_shared<int64_t>(0);
        Ref keep = v;
        return new_iterator(*this, [r, i, keep](Interp&, Loc) -> Ref {
          if (*i >= r->length()) return nullptr;
          return make_int(r->at((*i)++));
        });
      }
      if (Ref m = special(v, "__iter__")) return iter(call(m, {}, {}, loc), loc);
      break;
    }
    case ObjKind::Class:  // the metaclass's __iter__ (for member in SomeEnum)
      if (Ref m = special(v, "__iter__")) return iter(call(m, {}, {}, loc), loc);
      break;
    default:
      break;
  }
  raise("TypeError", "'" + type_name(v) + "' object is not iterable", loc);
}

Ref Interp::next(const Ref& it, Loc loc) {
  if (auto* i = dynamic_cast<IteratorObj*>(it.get())) return i->next(*this, loc);
  Ref m = get_attr_or_null(it, python_ == 2 ? "next" : "__next__", loc);
  if (!m) raise("TypeError", "'" + type_name(it) + "' object is not an iterator", loc);
  try {
    return call(m, {}, {}, loc);
  } catch (PyException& e) {
    if (!exception_matches(e.value, builtin_class("StopIteration"))) throw;
  }
  return nullptr;
}

std::vector<Ref> Interp::iterate(const Ref& v, Loc loc) {
  if (v->kind == ObjKind::List) return v->as<ListObj>()->items;
  if (v->kind == ObjKind::Tuple) return v->as<TupleObj>()->items;
  std::vector<Ref> out;
  Ref it = iter(v, loc);
  while (Ref x = next(it, loc)) {
    out.push_back(std::move(x));
    if ((out.size() & 0xfffff) == 0) check_alloc(out.size() * 2, loc);
  }
  return out;
}

bool Interp::contains(const Ref& c, const Ref& item, Loc loc) {
  if (c->kind == ObjKind::Builtin && c->as<BuiltinObj>()->impl) return contains(c->as<BuiltinObj>()->impl, item, loc);
  switch (c->kind) {
    case ObjKind::Str:
    case ObjKind::Unicode:
      if (!is_str(item))
        raise("TypeError",
              python_ == 2 ? "'in <string>' requires string as left operand, not " + type_name(item)
                           : "'in <string>' requires string as left operand, not " + type_name(item),
              loc);
      return c->as<StrObj>()->value.find(item->as<StrObj>()->value) != std::string::npos;
    case ObjKind::Dict:
    case ObjKind::Set:
      hash(item, loc);  // unhashable items raise TypeError
      return c->as<DictObj>()->find(item, key_ops()) >= 0;
    case ObjKind::List:
    case ObjKind::Tuple: {
      const auto& items = c->kind == ObjKind::List ? c->as<ListObj>()->items : c->as<TupleObj>()->items;
      for (size_t i = 0; i < items.size(); ++i)
        if (eq(items[i], item, loc)) return true;
      return false;
    }
    case ObjKind::Instance:
      if (Ref m = own_special(*this, c, "__contains__")) return truth(call(m, {item}, {}, loc), loc);
      if (Ref bv = c->as<InstanceObj>()->builtin_value) return contains(bv, item, loc);
      break;
    case ObjKind::Native: {
      if (auto* r = dynamic_cast<RangeObj*>(c.get())) {
        int64_t x;
        if (!integer_fits_word(item, &x)) break;
        int64_t n = r->length();
        if (n == 0 || r->step == 0) return false;
        int64_t off = x - r->start;
        if (off % r->step != 0) return false;
        int64_t idx = off / r->step;
        return idx >= 0 && idx < n;
      }
      if (Ref m = special(c, "__contains__")) return truth(call(m, {item}, {}, loc), loc);
      break;
    }
    case ObjKind::Class:  // the metaclass's __contains__, else its __iter__
      if (Ref m = special(c, "__contains__")) return truth(call(m, {item}, {}, loc), loc);
      break;
    default:
      break;
  }
  Ref it = iter(c, loc);
  while (Ref x = next(it, loc))
    if (eq(x, item, loc)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Numeric conversions

int64_t Interp::to_index(const Ref& v, Loc loc) {
  int64_t x;
  if (integer_fits_word(v, &x)) return x;
  if (v->kind == ObjKind::Long) raise("IndexError", "cannot fit 'long' into an index-sized integer", loc);
  if (v->kind == ObjKind::Instance) {
    if (Ref m = own_special(*this, v, "__index__")) return to_index(call(m, {}, {}, loc), loc);
    if (Ref bv = v->as<InstanceObj>()->builtin_value) return to_index(bv, loc);
  }
  raise(
      "TypeError",
      python_ == 2 ? "list indices must be integers, not " + type_name(v) : "list indices must be integers or slices, not " + type_name(v),
      loc);
}

int64_t Interp::to_int(const Ref& v, Loc loc) {
  int64_t x;
  if (integer_fits_word(v, &x)) return x;
  if (v->kind == ObjKind::Long) raise("OverflowError", "Python int too large to convert to C long", loc);
  if (v->kind == ObjKind::Float) raise("TypeError", "integer argument expected, got float", loc);
  if (v->kind == ObjKind::Instance) {
    if (Ref m = own_special(*this, v, "__index__")) return to_int(call(m, {}, {}, loc), loc);
    if (Ref m = own_special(*this, v, "__int__")) return to_int(call(m, {}, {}, loc), loc);
    if (Ref bv = v->as<InstanceObj>()->builtin_value) return to_int(bv, loc);
  }
  raise("TypeError", "an integer is required" + (python_ == 3 ? " (got type " + type_name(v) + ")" : std::string()), loc);
}

double Interp::to_float(const Ref& v, Loc loc) {
  switch (v->kind) {
    case ObjKind::Float:
      return v->as<FloatObj>()->value;
    case ObjKind::Int:
      return static_cast<double>(v->as<IntObj>()->value);
    case ObjKind::Bool:
      return v->as<BoolObj>()->value ? 1.0 : 0.0;
    case ObjKind::Long: {
      auto d = v->as<LongObj>()->value.to_double();
      if (!d) raise("OverflowError", python_ == 2 ? "long int too large to convert to float" : "int too large to convert to float", loc);
      return *d;
    }
    case ObjKind::Instance:
      if (Ref m = own_special(*this, v, "__float__")) return to_float(call(m, {}, {}, loc), loc);
      if (Ref bv = v->as<InstanceObj>()->builtin_value) return to_float(bv, loc);
      break;
    default:
      break;
  }
  raise("TypeError", "a float is required", loc);
}

// ---------------------------------------------------------------------------------------------
// Types

const TypeInfo* Interp::type_of_builtin(const Ref& v) const {
  switch (v->kind) {
    case ObjKind::None:
      return type_info(BuiltinType::NoneType);
    case ObjKind::Bool:
      return type_info(BuiltinType::Bool);
    case ObjKind::Int:
      return type_info(BuiltinType::Int);
    case ObjKind::Long:
      return type_info(python_ == 2 ? BuiltinType::Long : BuiltinType::Int);
    case ObjKind::Float:
      return type_info(BuiltinType::Float);
    case ObjKind::Str:
      return type_info(v->as<StrObj>()->is_bytes ? BuiltinType::Bytes : BuiltinType::Str);
    case ObjKind::Unicode:
      return type_info(python_ == 2 ? BuiltinType::Unicode : BuiltinType::Str);
    case ObjKind::Tuple:
      return type_info(BuiltinType::Tuple);
    case ObjKind::List:
      return type_info(BuiltinType::List);
    case ObjKind::Dict:
      return type_info(BuiltinType::Dict);
    case ObjKind::Set:
      return type_info(v->as<DictObj>()->frozen ? BuiltinType::FrozenSet : BuiltinType::Set);
    case ObjKind::Function:
      return type_info(BuiltinType::Function);
    case ObjKind::Builtin:
      return v->as<BuiltinObj>()->type_info ? type_info(BuiltinType::Type) : type_info(BuiltinType::BuiltinFunction);
    case ObjKind::Module:
      return type_info(BuiltinType::Module);
    case ObjKind::Method:
      return type_info(BuiltinType::Method);
    case ObjKind::StaticMethod:
      return type_info(BuiltinType::StaticMethod);
    case ObjKind::ClassMethod:
      return type_info(BuiltinType::ClassMethod);
    case ObjKind::Property:
      return type_info(BuiltinType::Property);
    case ObjKind::Native:
      return v->as<NativeObj>()->type;
    case ObjKind::Class:
    case ObjKind::Instance:
      return nullptr;
  }
  return nullptr;
}

Ref Interp::type_of(const Ref& v) {
  if (v->kind == ObjKind::Instance) return v->as<InstanceObj>()->cls;
  if (v->kind == ObjKind::Class) {
    auto* c = v->as<ClassObj>();
    if (c->metaclass) return c->metaclass;
    return type_info(c->new_style ? BuiltinType::Type : BuiltinType::ClassObj)->type_obj;
  }
  return type_of_builtin(v)->type_obj;
}

bool Interp::isinstance(const Ref& v, const Ref& spec, Loc loc) {
  switch (spec->kind) {
    case ObjKind::Tuple:
      for (auto& s : spec->as<TupleObj>()->items)
        if (isinstance(v, s, loc)) return true;
      return false;
    case ObjKind::Class: {
      auto* sc = spec->as<ClassObj>();
      if (v->kind == ObjKind::Instance && v->as<InstanceObj>()->klass()->is_subclass_of(sc)) return true;
      if (v->kind == ObjKind::Class && v->as<ClassObj>()->metaclass && v->as<ClassObj>()->metaclass->kind == ObjKind::Class &&
          v->as<ClassObj>()->metaclass->as<ClassObj>()->is_subclass_of(sc))
        return true;
      if (Ref hook = sc->metaclass ? special(spec, "__instancecheck__") : nullptr) return truth(call(hook, {v}, {}, loc), loc);
      return false;
    }
    case ObjKind::Builtin: {
      const TypeInfo* t = spec->as<BuiltinObj>()->type_info;
      if (!t) break;
      if (t == type_info(BuiltinType::Object)) return true;
      if (v->kind == ObjKind::Instance) {
        auto* c = v->as<InstanceObj>()->klass();
        return c->builtin_base && c->builtin_base->is_subtype_of(t);
      }
      if (v->kind == ObjKind::Class) {
        if (t == type_info(BuiltinType::Type)) return v->as<ClassObj>()->new_style;
        if (t == type_info(BuiltinType::ClassObj)) return !v->as<ClassObj>()->new_style;
        return false;
      }
      const TypeInfo* vt = type_of_builtin(v);
      if (vt && vt->is_subtype_of(t)) return true;
      // basestring, and Python 3's int, which is also the type of big ints.
      if (t->name == "basestring") return v->kind == ObjKind::Str || v->kind == ObjKind::Unicode;
      return false;
    }
    default:
      break;
  }
  raise("TypeError", "isinstance() arg 2 must be a class, type, or tuple of classes and types", loc);
}

bool Interp::issubclass(const Ref& cls, const Ref& base, Loc loc) {
  if (base->kind == ObjKind::Tuple) {
    for (auto& b : base->as<TupleObj>()->items)
      if (issubclass(cls, b, loc)) return true;
    return false;
  }
  if (cls->kind == ObjKind::Class) {
    auto* c = cls->as<ClassObj>();
    if (base->kind == ObjKind::Class) return c->is_subclass_of(base->as<ClassObj>());
    if (base->kind == ObjKind::Builtin && base->as<BuiltinObj>()->type_info) {
      const TypeInfo* t = base->as<BuiltinObj>()->type_info;
      if (t == type_info(BuiltinType::Object)) return c->new_style;
      return c->builtin_base && c->builtin_base->is_subtype_of(t);
    }
  } else if (cls->kind == ObjKind::Builtin && cls->as<BuiltinObj>()->type_info) {
    const TypeInfo* ct = cls->as<BuiltinObj>()->type_info;
    if (base->kind == ObjKind::Builtin && base->as<BuiltinObj>()->type_info) {
      const TypeInfo* t = base->as<BuiltinObj>()->type_info;
      return t == type_info(BuiltinType::Object) || ct->is_subtype_of(t);
    }
    if (base->kind == ObjKind::Class) return false;
  }
  raise("TypeError", "issubclass() arg 1 must be a class", loc);
}

}  // namespace rpy::modules
