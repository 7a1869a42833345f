// collections: deque, OrderedDict, defaultdict, Counter, namedtuple (dict and tuple subclasses
// built natively; namedtuple in namedtuple.cpp), and the abstract base classes (with abc.ABCMeta).
#include <algorithm>
#include <deque>
#include <set>

#include "modules/lib/modules.hpp"

namespace rpy::modules {

namespace {

DictObj* D(const Ref& r) { return Interp::unwrap(r)->as<DictObj>(); }

// A class implemented natively: methods are BuiltinObjs receiving self first.
std::shared_ptr<ClassObj> native_class(Interp& in, ModuleObj& m, const std::string& name, BuiltinType base) {
  auto c = std::make_shared<ClassObj>();
  c->name = c->qualname = name;
  c->module = &m;
  c->new_style = true;
  c->builtin_base = in.type_info(base);
  c->builtin_base_refs.push_back(in.type_info(base)->type_obj);
  c->mro.push_back(c.get());
  c->attrs["__module__"] = make_str(m.name);
  c->attr_order.push_back("__module__");
  return c;
}

void method(ClassObj& c, const std::string& name, BuiltinFn fn) {
  if (!c.attrs.count(name)) c.attr_order.push_back(name);
  c.attrs[name] = std::make_shared<BuiltinObj>(c.name + "." + name, std::move(fn));
}

struct Deque {
  std::deque<Ref> items;
  int64_t maxlen = -1;
};
using DequeObj = BoxObj<Deque>;
Deque& DQ(const Ref& r) { return static_cast<DequeObj*>(r.get())->value; }

void deque_trim(Deque& d, bool from_left) {
  if (d.maxlen < 0) return;
  while (static_cast<int64_t>(d.items.size()) > d.maxlen) {
    if (from_left)
      d.items.pop_front();
    else
      d.items.pop_back();
  }
}

void install_deque(Interp& in, ModuleObj& m) {
  TypeInfo* t = in.new_type("deque", nullptr, "collections");
  t->type_obj->as<BuiltinObj>()->fn = [t](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    auto d = std::make_shared<DequeObj>(t);
    Ref it = arg_or_kw(a, kw, 0, "iterable"), ml = arg_or_kw(a, kw, 1, "maxlen");
    if (ml && !is_none(ml)) {
      d->value.maxlen = in.to_int(ml, loc);
      if (d->value.maxlen < 0) in.raise("ValueError", "maxlen must be non-negative", loc);
    }
    if (it)
      for (auto& x : in.iterate(it, loc)) {
        d->value.items.push_back(x);
        deque_trim(d->value, true);
      }
    return d;
  };
  in.def_method(t, "append", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    DQ(a[0]).items.push_back(a.at(1));
    deque_trim(DQ(a[0]), true);
    return none();
  });
  in.def_method(t, "appendleft", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    DQ(a[0]).items.push_front(a.at(1));
    deque_trim(DQ(a[0]), false);
    return none();
  });
  in.def_method(t, "extend", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    for (auto& x : in.iterate(a.at(1), loc)) {
      DQ(a[0]).items.push_back(x);
      deque_trim(DQ(a[0]), true);
    }
    return none();
  });
  in.def_method(t, "extendleft", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    for (auto& x : in.iterate(a.at(1), loc)) {
      DQ(a[0]).items.push_front(x);
      deque_trim(DQ(a[0]), false);
    }
    return none();
  });
  for (auto [name, left] : {std::pair{"pop", false}, {"popleft", true}}) {
    bool l = left;
    in.def_method(t, name, [l](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      auto& d = DQ(a[0]).items;
      if (d.empty()) in.raise("IndexError", l ? "pop from an empty deque" : "pop from an empty deque", loc);
      Ref v = l ? d.front() : d.back();
      if (l)
        d.pop_front();
      else
        d.pop_back();
      return v;
    });
  }
  in.def_method(t, "rotate", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& d = DQ(a[0]).items;
    int64_t n = a.size() > 1 ? in.to_int(a[1], loc) : 1;
    if (d.empty()) return none();
    int64_t s = static_cast<int64_t>(d.size());
    n = ((n % s) + s) % s;
    std::rotate(d.begin(), d.begin() + (s - n), d.end());
    return none();
  });
  in.def_method(t, "clear", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    DQ(a[0]).items.clear();
    return none();
  });
  in.def_method(t, "reverse", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    std::reverse(DQ(a[0]).items.begin(), DQ(a[0]).items.end());
    return none();
  });
  in.def_method(t, "count", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    int64_t n = 0;
    for (auto& x : DQ(a[0]).items)
      if (in.eq(x, a.at(1), loc)) ++n;
    return make_int(n);
  });
  in.def_method(t, "remove", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& d = DQ(a[0]).items;
    for (auto it = d.begin(); it != d.end(); ++it)
      if (in.eq(*it, a.at(1), loc)) {
        d.erase(it);
        return none();
      }
    in.raise("ValueError", "deque.remove(x): x not in deque", loc);
  });
  in.def_method(t, "__len__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_int(static_cast<int64_t>(DQ(a[0]).items.size())); });
  in.def_method(t, "__getitem__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& d = DQ(a[0]).items;
    int64_t i = in.to_index(a.at(1), loc);
    if (i < 0) i += static_cast<int64_t>(d.size());
    if (i < 0 || i >= static_cast<int64_t>(d.size())) in.raise("IndexError", "deque index out of range", loc);
    return d[static_cast<size_t>(i)];
  });
  in.def_method(t, "__setitem__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& d = DQ(a[0]).items;
    int64_t i = in.to_index(a.at(1), loc);
    if (i < 0) i += static_cast<int64_t>(d.size());
    if (i < 0 || i >= static_cast<int64_t>(d.size())) in.raise("IndexError", "deque index out of range", loc);
    d[static_cast<size_t>(i)] = a.at(2);
    return none();
  });
  in.def_method(t, "__iter__", [](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
    Ref self = a[0];
    auto i = std::make_shared<size_t>(0);
    return new_iterator(in, [self, i](Interp&, Loc) -> Ref {
      auto& d = DQ(self).items;
      return *i < d.size() ? d[(*i)++] : nullptr;
    });
  });
  in.def_method(t, "__contains__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    for (auto& x : DQ(a[0]).items)
      if (in.eq(x, a.at(1), loc)) return make_bool(true);
    return make_bool(false);
  });
  in.def_method(t, "__eq__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* o = dynamic_cast<DequeObj*>(a.at(1).get());
    if (!o) return in.builtin_class("NotImplemented");
    auto& x = DQ(a[0]).items;
    auto& y = o->value.items;
    if (x.size() != y.size()) return make_bool(false);
    for (size_t i = 0; i < x.size(); ++i)
      if (!in.eq(x[i], y[i], loc)) return make_bool(false);
    return make_bool(true);
  });
  in.def_method(t, "__repr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& d = DQ(a[0]);
    std::string s = "deque(" + in.repr_of(make_list(std::vector<Ref>(d.items.begin(), d.items.end())), loc);
    if (d.maxlen >= 0) s += ", maxlen=" + std::to_string(d.maxlen);
    return make_str(s + ")");
  });
  in.def_method(t, "__copy__", [t](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    auto d = std::make_shared<DequeObj>(t);
    d->value = DQ(a[0]);
    return d;
  });
  t->attrs["copy"] = t->attrs["__copy__"];
  in.def_method(t, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a[1]->as<StrObj>()->value == "maxlen") return DQ(a[0]).maxlen < 0 ? none() : make_int(DQ(a[0]).maxlen);
    in.raise("AttributeError", "'collections.deque' object has no attribute '" + a[1]->as<StrObj>()->value + "'", loc);
  });
  m.set("deque", t->type_obj);
}

void install_ordered_dict(Interp& in, ModuleObj& m) {
  auto c = native_class(in, m, "OrderedDict", BuiltinType::Dict);
  method(*c, "__repr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* d = D(a[0]);
    std::string name = a[0]->as<InstanceObj>()->klass()->name;
    if (d->keys.empty()) return make_str(name + "()");
    std::vector<Ref> pairs;
    for (size_t i = 0; i < d->keys.size(); ++i) pairs.push_back(make_tuple({d->keys[i], d->values[i]}));
    return make_str(name + "(" + in.repr_of(make_list(pairs), loc) + ")");
  });
  method(*c, "popitem", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref last = arg_or_kw(a, kw, 1, "last");
    auto* d = D(a[0]);
    if (d->keys.empty()) in.raise("KeyError", "dictionary is empty", loc);
    size_t i = !last || in.truth(last, loc) ? d->keys.size() - 1 : 0;
    Ref r = make_tuple({d->keys[i], d->values[i]});
    d->erase_at(i);
    return r;
  });
  method(*c, "move_to_end", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref last = arg_or_kw(a, kw, 2, "last");
    auto* d = D(a[0]);
    long i = d->find(a.at(1), in.key_ops());
    if (i < 0) in.raise_value(in.call(in.builtin_class("KeyError"), {a[1]}, {}, loc), loc);
    Ref k = d->keys[static_cast<size_t>(i)], v = d->values[static_cast<size_t>(i)];
    d->erase_at(static_cast<size_t>(i));
    if (!last || in.truth(last, loc)) {
      d->set(k, v, in.key_ops());
    } else {
      std::vector<Ref> ks = d->keys, vs = d->values;
      d->clear();
      d->set(k, v, in.key_ops());
      for (size_t j = 0; j < ks.size(); ++j) d->set(ks[j], vs[j], in.key_ops());
    }
    return none();
  });
  method(*c, "__eq__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref o = a.at(1);
    bool both = o->kind == ObjKind::Instance && o->as<InstanceObj>()->klass()->lookup("move_to_end");
    if (!both) return make_bool(in.eq(Interp::unwrap(a[0]), Interp::unwrap(o), loc));
    auto *x = D(a[0]), *y = D(o);
    if (x->keys.size() != y->keys.size()) return make_bool(false);
    for (size_t i = 0; i < x->keys.size(); ++i)
      if (!in.eq(x->keys[i], y->keys[i], loc) || !in.eq(x->values[i], y->values[i], loc)) return make_bool(false);
    return make_bool(true);
  });
  method(*c, "__reversed__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::vector<Ref> ks = D(a[0])->keys;
    std::reverse(ks.begin(), ks.end());
    return in.iter(make_list(ks), loc);
  });
  method(*c, "copy", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref cls = a[0]->as<InstanceObj>()->cls;
    return in.call(cls, {Interp::unwrap(a[0])}, {}, loc);
  });
  m.set("OrderedDict", c);
}

void install_defaultdict(Interp& in, ModuleObj& m) {
  auto c = native_class(in, m, "defaultdict", BuiltinType::Dict);
  method(*c, "__init__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref factory = a.size() > 1 ? a[1] : none();
    if (!is_none(factory) && !in.call(in.builtin_class("callable"), {factory}, {}, loc)->as<BoolObj>()->value)
      in.raise("TypeError", "first argument must be callable", loc);
    auto* i = a[0]->as<InstanceObj>();
    i->attrs["default_factory"] = factory;
    i->attr_order.push_back("default_factory");
    Args rest{a[0]};
    rest.insert(rest.end(), a.begin() + std::min<size_t>(2, a.size()), a.end());
    in.call(in.type_info(BuiltinType::Dict)->attrs.at("__init__"), rest, kw, loc);
    return none();
  });
  method(*c, "__missing__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref factory = in.get_attr(a[0], "default_factory", loc);
    if (is_none(factory)) in.raise_value(in.call(in.builtin_class("KeyError"), {a.at(1)}, {}, loc), loc);
    Ref v = in.call(factory, {}, {}, loc);
    D(a[0])->set(a[1], v, in.key_ops());
    return v;
  });
  method(*c, "__repr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref factory = in.get_attr(a[0], "default_factory", loc);
    return make_str("defaultdict(" + in.repr_of(factory, loc) + ", " + in.repr_of(Interp::unwrap(a[0]), loc) + ")");
  });
  method(*c, "copy", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return in.call(a[0]->as<InstanceObj>()->cls, {in.get_attr(a[0], "default_factory", loc), Interp::unwrap(a[0])}, {}, loc);
  });
  c->attrs["__copy__"] = c->attrs["copy"];
  m.set("defaultdict", c);
}

void counter_update(Interp& in, const Ref& self, Args& a, KwArgs& kw, int sign, Loc loc) {
  auto* d = D(self);
  auto add = [&](const Ref& k, const Ref& n) {
    long i = d->find(k, in.key_ops());
    Ref cur = i >= 0 ? d->values[static_cast<size_t>(i)] : make_int(0);
    d->set(k, in.binary(sign > 0 ? syntax::BinOp::Add : syntax::BinOp::Sub, cur, n, loc), in.key_ops());
  };
  if (a.size() > 1 && !is_none(a[1])) {
    Ref src = Interp::unwrap(a[1]);
    if (src->kind == ObjKind::Dict) {
      std::vector<Ref> ks = D(src)->keys, vs = D(src)->values;
      for (size_t i = 0; i < ks.size(); ++i) add(ks[i], vs[i]);
    } else {
      for (auto& x : in.iterate(a[1], loc)) add(x, make_int(1));
    }
  }
  for (auto& [k, v] : kw) add(make_str(k), v);
}

std::vector<size_t> counter_order(Interp& in, DictObj* d, Loc loc) {
  std::vector<size_t> idx(d->keys.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::stable_sort(idx.begin(), idx.end(),
                   [&](size_t x, size_t y) { return in.compare(syntax::CmpOp::Gt, d->values[x], d->values[y], loc); });
  return idx;
}

void install_counter(Interp& in, ModuleObj& m) {
  auto c = native_class(in, m, "Counter", BuiltinType::Dict);
  method(*c, "__init__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    counter_update(in, a.at(0), a, kw, 1, loc);
    return none();
  });
  method(*c, "update", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    counter_update(in, a.at(0), a, kw, 1, loc);
    return none();
  });
  method(*c, "subtract", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    counter_update(in, a.at(0), a, kw, -1, loc);
    return none();
  });
  method(*c, "__missing__", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_int(0); });
  method(*c, "most_common", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* d = D(a[0]);
    auto idx = counter_order(in, d, loc);
    size_t n = a.size() > 1 && !is_none(a[1]) ? static_cast<size_t>(std::max<int64_t>(0, in.to_int(a[1], loc))) : idx.size();
    std::vector<Ref> out;
    for (size_t i = 0; i < idx.size() && i < n; ++i) out.push_back(make_tuple({d->keys[idx[i]], d->values[idx[i]]}));
    return make_list(out);
  });
  method(*c, "elements", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* d = D(a[0]);
    std::vector<Ref> out;
    for (size_t i = 0; i < d->keys.size(); ++i)
      for (int64_t k = 0; k < in.to_int(d->values[i], loc); ++k) out.push_back(d->keys[i]);
    return in.iter(make_list(out), loc);
  });
  method(*c, "__repr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto* d = D(a[0]);
    std::string name = a[0]->as<InstanceObj>()->klass()->name;
    if (d->keys.empty()) return make_str(name + "()");
    std::string s = name + "({";
    bool first = true;
    for (size_t i : counter_order(in, d, loc)) {
      s += (first ? "" : ", ") + in.repr_of(d->keys[i], loc) + ": " + in.repr_of(d->values[i], loc);
      first = false;
    }
    return make_str(s + "})");
  });
  for (auto [name, op] : {std::pair{"__add__", 0}, {"__sub__", 1}, {"__or__", 2}, {"__and__", 3}}) {
    int o = op;
    method(*c, name, [o](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      Ref other = a.at(1);
      if (other->kind != ObjKind::Instance || !Interp::unwrap(other) || Interp::unwrap(other)->kind != ObjKind::Dict)
        return in.builtin_class("NotImplemented");
      Ref result = in.call(a[0]->as<InstanceObj>()->cls, {}, {}, loc);
      auto *x = D(a[0]), *y = D(other), *r = D(result);
      auto get = [&](DictObj* d, const Ref& k) {
        long i = d->find(k, in.key_ops());
        return i >= 0 ? d->values[static_cast<size_t>(i)] : make_int(0);
      };
      std::vector<Ref> keys = x->keys;
      for (auto& k : y->keys)
        if (x->find(k, in.key_ops()) < 0) keys.push_back(k);
      for (auto& k : keys) {
        Ref p = get(x, k), q = get(y, k), v;
        if (o == 0)
          v = in.binary(syntax::BinOp::Add, p, q, loc);
        else if (o == 1)
          v = in.binary(syntax::BinOp::Sub, p, q, loc);
        else if (o == 2)
          v = in.compare(syntax::CmpOp::Lt, p, q, loc) ? q : p;
        else
          v = in.compare(syntax::CmpOp::Lt, p, q, loc) ? p : q;
        if (in.compare(syntax::CmpOp::Gt, v, make_int(0), loc)) r->set(k, v, in.key_ops());
      }
      return result;
    });
  }
  m.set("Counter", c);
}

}  // namespace

bool deque_contents(const Ref& v, std::vector<Ref>& items, int64_t& maxlen) {
  auto* d = v && v->kind == ObjKind::Native ? dynamic_cast<DequeObj*>(v.get()) : nullptr;
  if (!d) return false;
  items.assign(d->value.items.begin(), d->value.items.end());
  maxlen = d->value.maxlen;
  return true;
}

// Whether a class attribute is abstract (its __isabstractmethod__, as abc.abstractmethod sets it
// on a function; a staticmethod/classmethod or property of one is abstract too).
static bool is_abstract_value(const Ref& v) {
  if (!v) return false;
  if (v->kind == ObjKind::StaticMethod || v->kind == ObjKind::ClassMethod)
    return is_abstract_value(static_cast<WrapperObj*>(v.get())->func);
  if (v->kind == ObjKind::Property) {
    auto* p = v->as<PropertyObj>();
    return is_abstract_value(p->fget) || is_abstract_value(p->fset) || is_abstract_value(p->fdel);
  }
  if (v->kind != ObjKind::Function) return false;
  auto& attrs = v->as<FunctionObj>()->attrs;
  auto it = attrs.find("__isabstractmethod__");
  return it != attrs.end() && it->second && it->second->kind == ObjKind::Bool && it->second->as<BoolObj>()->value;
}

std::string abstract_instantiation_error(int python, const ClassObj& cls) {
  bool abc_meta = false;
  if (cls.metaclass && cls.metaclass->kind == ObjKind::Class)
    for (const ClassObj* k : cls.metaclass->as<ClassObj>()->mro)
      abc_meta = abc_meta || (k && k->name == "ABCMeta" && k->module && k->module->name == "abc");
  if (!abc_meta) return "";
  // ABCMeta.__new__'s set: the names abstract in the class or any base whose value, as the class
  // resolves it, is still abstract.
  // (NAME__getter__/NAME__setter__ are the translator's accessors of property NAME: not Python's.)
  auto accessor = [&](const std::string& name) {
    for (const char* suffix : {"__getter__", "__setter__"})
      if (name.size() > 10 && name.ends_with(suffix)) {
        Ref p = cls.lookup(name.substr(0, name.size() - 10));
        if (p && p->kind == ObjKind::Property) return true;
      }
    return false;
  };
  std::set<std::string> names;
  for (const ClassObj* k : cls.mro)
    if (k)
      for (auto& [name, v] : k->attrs)
        if (is_abstract_value(v) && is_abstract_value(cls.lookup(name)) && !accessor(name)) names.insert(name);
  if (names.empty()) return "";
  std::string list;
  for (auto& n : names) list += (list.empty() ? "" : ", ") + n;
  return "Can't instantiate abstract class " + cls.name + " with abstract method" + (python == 3 && names.size() == 1 ? "" : "s") + " " +
         list;
}

// The abstract base classes: isinstance() asks ABCMeta.__instancecheck__, which accepts classes
// registered with register(), subclasses, the builtin types listed for the ABC, and classes
// defining all its methods.
void install_module_abc(Interp& in, ModuleObj& m) {
  auto meta = std::make_shared<ClassObj>();
  meta->name = meta->qualname = "ABCMeta";
  meta->module = &m;
  meta->builtin_base = in.type_info(BuiltinType::Type);
  meta->builtin_base_refs.push_back(in.type_info(BuiltinType::Type)->type_obj);
  meta->mro.push_back(meta.get());
  method(*meta, "register", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref reg = in.get_attr_or_null(a.at(0), "_abc_registry", loc);
    if (!reg || reg->kind != ObjKind::List || !a[0]->as<ClassObj>()->attrs.count("_abc_registry")) {
      reg = make_list({});
      in.set_attr(a[0], "_abc_registry", reg, loc);
    }
    reg->as<ListObj>()->items.push_back(a.at(1));
    return a[1];
  });
  method(*meta, "__instancecheck__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref cls = a.at(0), v = a.at(1);
    auto* c = cls->as<ClassObj>();
    if (v->kind == ObjKind::Instance && v->as<InstanceObj>()->klass()->is_subclass_of(c)) return make_bool(true);
    for (auto* k : c->mro) {
      auto r = k->attrs.find("_abc_registry");
      if (r != k->attrs.end() && r->second->kind == ObjKind::List)
        for (auto& t : r->second->as<ListObj>()->items)
          if (in.isinstance(v, t, loc)) return make_bool(true);
      auto types = k->attrs.find("__abc_types__");
      if (types != k->attrs.end())
        for (auto& t : types->second->as<TupleObj>()->items)
          if (in.isinstance(v, t, loc)) return make_bool(true);
    }
    auto methods = c->attrs.find("__abc_methods__");
    if (methods != c->attrs.end() && !methods->second->as<TupleObj>()->items.empty()) {
      for (auto& mname : methods->second->as<TupleObj>()->items)
        if (!in.get_attr_or_null(in.type_of(v), mname->as<StrObj>()->value, loc)) return make_bool(false);
      return make_bool(true);
    }
    return make_bool(false);
  });
  m.set("ABCMeta", meta);
  def_function(m, "abstractmethod", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    try {
      in.set_attr(a.at(0), "__isabstractmethod__", make_bool(true), loc);
    } catch (PyException&) {
    }
    return a[0];
  });
  m.set("abstractproperty", in.type_info(BuiltinType::Property)->type_obj);
  if (in.python() == 3) {
    auto abc = std::make_shared<ClassObj>();
    abc->name = abc->qualname = "ABC";
    abc->module = &m;
    abc->metaclass = meta;
    abc->mro.push_back(abc.get());
    m.set("ABC", abc);
  }
}

void install_module_collections_abc(Interp& in, ModuleObj& m) {
  Ref meta = in.get_attr(in.loader().import_module("abc", {}), "ABCMeta", {});
  auto T = [&](BuiltinType t) { return in.type_info(t)->type_obj; };
  struct Abc {
    const char* name;
    std::vector<BuiltinType> types;
    std::vector<const char*> methods;
    std::vector<const char*> bases;
  };
  std::vector<Abc> abcs = {
      {"Hashable",
       {BuiltinType::Int, BuiltinType::Long, BuiltinType::Float, BuiltinType::Str, BuiltinType::Unicode, BuiltinType::Tuple,
        BuiltinType::FrozenSet},
       {"__hash__"},
       {}},
      {"Iterable",
       {BuiltinType::Str, BuiltinType::Unicode, BuiltinType::Tuple, BuiltinType::List, BuiltinType::Dict, BuiltinType::Set,
        BuiltinType::FrozenSet, BuiltinType::Range, BuiltinType::Iterator, BuiltinType::Generator, BuiltinType::DictKeys,
        BuiltinType::DictValues, BuiltinType::DictItems},
       {"__iter__"},
       {}},
      {"Iterator", {BuiltinType::Iterator, BuiltinType::Generator}, {"__iter__", in.python() == 2 ? "next" : "__next__"}, {"Iterable"}},
      {"Generator", {BuiltinType::Generator}, {}, {"Iterator"}},
      {"Sized",
       {BuiltinType::Str, BuiltinType::Unicode, BuiltinType::Tuple, BuiltinType::List, BuiltinType::Dict, BuiltinType::Set,
        BuiltinType::FrozenSet, BuiltinType::Range, BuiltinType::DictKeys, BuiltinType::DictValues, BuiltinType::DictItems},
       {"__len__"},
       {}},
      {"Container",
       {BuiltinType::Str, BuiltinType::Unicode, BuiltinType::Tuple, BuiltinType::List, BuiltinType::Dict, BuiltinType::Set,
        BuiltinType::FrozenSet, BuiltinType::Range},
       {"__contains__"},
       {}},
      {"Callable", {BuiltinType::Function, BuiltinType::BuiltinFunction, BuiltinType::Method, BuiltinType::Type}, {"__call__"}, {}},
      {"Sequence",
       {BuiltinType::Str, BuiltinType::Unicode, BuiltinType::Tuple, BuiltinType::List, BuiltinType::Range},
       {},
       {"Sized", "Iterable", "Container"}},
      {"MutableSequence", {BuiltinType::List}, {}, {"Sequence"}},
      {"Set",
       {BuiltinType::Set, BuiltinType::FrozenSet, BuiltinType::DictKeys, BuiltinType::DictItems},
       {},
       {"Sized", "Iterable", "Container"}},
      {"MutableSet", {BuiltinType::Set}, {}, {"Set"}},
      {"Mapping", {BuiltinType::Dict, BuiltinType::Namespace}, {}, {"Sized", "Iterable", "Container"}},
      {"MutableMapping", {BuiltinType::Dict, BuiltinType::Namespace}, {}, {"Mapping"}},
      {"MappingView", {BuiltinType::DictKeys, BuiltinType::DictValues, BuiltinType::DictItems}, {}, {"Sized"}},
      {"KeysView", {BuiltinType::DictKeys}, {}, {"MappingView", "Set"}},
      {"ItemsView", {BuiltinType::DictItems}, {}, {"MappingView", "Set"}},
      {"ValuesView", {BuiltinType::DictValues}, {}, {"MappingView"}},
  };
  for (auto& a : abcs) {
    std::vector<Ref> bases;
    for (auto* b : a.bases) bases.push_back(m.attrs.at(b));
    auto ns = std::make_shared<DictObj>();
    std::vector<Ref> types, methods;
    for (auto t : a.types) types.push_back(T(t));
    for (auto* mn : a.methods) methods.push_back(make_str(mn));
    ns->set(make_str("__abc_types__"), make_tuple(types));
    ns->set(make_str("__abc_methods__"), make_tuple(methods));
    ns->set(make_str("__module__"), make_str(m.name));
    Ref cls = in.create_class(meta, a.name, bases, *ns, &m, {});
    m.set(a.name, cls);
  }
}

void install_module_collections(Interp& in, ModuleObj& m) {
  install_deque(in, m);
  install_ordered_dict(in, m);
  install_defaultdict(in, m);
  install_counter(in, m);
  def_function(m, "namedtuple", make_namedtuple);
  if (in.python() == 2) {
    Ref abcs = in.loader().import_module("collections.abc", {});
    for (auto& [k, v] : abcs->as<ModuleObj>()->attrs)
      if (v->kind == ObjKind::Class) m.set(k, v);
  }
}

}  // namespace rpy::modules
