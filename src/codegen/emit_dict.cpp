// C++ for dicts and sets (runtime/rpy/dict.hpp): literals, the constructors dict()/set(), their
// methods, set operators, `in`/== tests, for loops over them and prebuilt dicts and sets.
#include <functional>

#include <algorithm>

#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::BuiltinId;
using annotate::imp;
using annotate::is_set_type;
using annotate::TypeKind;
using ir::Expr;
using ir::ExprOp;
namespace m = rpy::modules;

namespace {
TypeRef key_of(TypeRef t) { return t->dictdef->find()->key; }
TypeRef value_of(TypeRef t) { return t->dictdef->find()->value; }
}  // namespace

// "K, V": the template arguments of rpy::Dict for a dict or set type.
static std::string kv_args(Emitter& em, TypeRef t) {
  annotate::DictDef* d = t->dictdef->find();
  return em.ctype(d->key) + ", " + (d->is_set ? std::string("rpy::SetTag") : em.ctype(d->value));
}

// Whether CPython 2.7 hashes values of type k as a function of the value (rpy/hash27.hpp).
static bool hashes_by_value27(TypeRef k, bool in_tuple) {
  if (!k || k->bits) return false;
  switch (k->kind) {
    case TypeKind::Int:
    case TypeKind::UInt:
    case TypeKind::Bool:
    case TypeKind::Char:
    case TypeKind::UniChar:
    case TypeKind::Float:
    case TypeKind::Number:
    case TypeKind::Str:
    case TypeKind::None:
      return true;
    case TypeKind::Unicode:
      return !in_tuple;  // hashed by code point: only as the whole key (rpy::Hash27Unicode)
    case TypeKind::Tuple:
      if (k->nullable) return false;
      for (TypeRef x : k->items)
        if (!hashes_by_value27(x, true)) return false;
      return true;
    case TypeKind::List:  // a tuple of unknown length (lists are not keys)
      return annotate::is_vtuple(k) && !k->nullable && hashes_by_value27(k->listdef->find()->item, true);
    case TypeKind::Dict:  // a frozenset (a set raises TypeError when hashed) of keys 2.7 hashes by value
      return !in_tuple && !k->nullable && k->dictdef->find()->is_set && !k->dictdef->find()->ordered &&
             hashes_by_value27(k->dictdef->find()->key, false);
    default:
      return false;  // instances hash by address
  }
}

// The hash policy of a Python 2 dict or set laid out as CPython 2.7's table (rpy/dict27.hpp), or
// "" for a table kept in insertion order (Python 3, r_dict, keys 2.7 hashes by address).
static std::string hash27_policy(Emitter& em, TypeRef t) {
  annotate::DictDef* d = t->dictdef->find();
  if (!em.is_python2() || d->ordered || !hashes_by_value27(d->key, false)) return "";
  if (d->key->kind == TypeKind::Unicode) return "rpy::Hash27Unicode";
  return "rpy::Hash27<" + em.ctype(d->key) + ">";
}

std::string Emitter::dict_type(TypeRef t) {
  std::string h = hash27_policy(*this, t);
  if (!h.empty()) return "rpy::Dict27<" + kv_args(*this, t) + ", " + h + ">";
  return "rpy::Dict<" + kv_args(*this, t) + ">";
}

// A new empty dict or set of type t; `presize` is a display's number of items (2.7 presizes for
// more than 5).
static std::string new_table(Emitter& em, TypeRef t, size_t presize = 0) {
  std::string h = hash27_policy(em, t);
  std::string n = presize ? std::to_string(presize) : "";
  if (!h.empty()) return "rpy::dict27_new<" + kv_args(em, t) + ", " + h + ">(" + n + ")";
  if (t->dictdef->find()->is_set) return "rpy::set_new<" + em.ctype(key_of(t)) + ">()";
  return "rpy::dict_new<" + kv_args(em, t) + ">(" + n + ")";
}
std::string Emitter::new_dict_code(TypeRef t) { return new_table(*this, t); }
// Whether t's C++ type is a table of slots in hash order (sets, Python 2's dicts), not entries.
static bool slot_table(Emitter& em, TypeRef t) { return is_set_type(t) || !hash27_policy(em, t).empty(); }

// Statements running `body(elem_code, elem_type)` for each element of the iterable `src` (C++
// code of type t). Empty when t cannot be iterated here.
static std::string for_each_code(Emitter& em, const std::string& src, TypeRef t,
                                 const std::function<std::string(const std::string&, TypeRef)>& body) {
  std::string c = em.fresh("rpy_it"), i = em.fresh("rpy_j");
  switch (t->kind) {
    case TypeKind::List:
      return "{ auto* " + c + " = " + src + "; for (int64_t " + i + " = 0; " + i + " < " + c + "->len; ++" + i + ") { " +
             body(c + "->items[" + i + "]", t->listdef->find()->item) + " } }";
    case TypeKind::Str:
      if (!em.is_python2()) {  // Python 3: code points, as strs
        std::string n = em.fresh("rpy_n");
        return "{ rpy::Str* " + c + " = " + src + "; int64_t " + n + " = 0; for (int64_t " + i + " = 0; " + i + " < " + c + "->len; " + i +
               " += " + n + ") { " + body("rpy::str_cp_at(" + c + ", " + i + ", &" + n + ")", em.tt.str()) + " } }";
      }
      return "{ rpy::Str* " + c + " = " + src + "; for (int64_t " + i + " = 0; " + i + " < " + c + "->len; ++" + i + ") { " +
             body(c + "->data[" + i + "]", em.tt.character()) + " } }";
    case TypeKind::Char:
      return "{ char " + c + " = " + src + "; " + body(c, em.tt.character()) + " }";
    case TypeKind::Bytes:  // Python 3 bytes: ints
      return "{ rpy::Bytes* " + c + " = " + src + "; for (int64_t " + i + " = 0; " + i + " < " + c + "->len; ++" + i + ") { " +
             body("static_cast<int64_t>(static_cast<unsigned char>(" + c + "->data[" + i + "]))", em.tt.int_nonneg()) + " } }";
    case TypeKind::Dict:
      if (slot_table(em, t))  // CPython's table order
        return "{ auto* " + c + " = " + src + "; auto* " + c + "t = " + c + "->table; int64_t " + c + "n = " + c +
               "->mask + 1; for (int64_t " + i + " = 0; " + i + " < " + c + "n; ++" + i + ") { if (" + c + "t[" + i +
               "].state != 1) continue; " + body(c + "t[" + i + "].key", key_of(t)) + " } }";
      return "{ auto* " + c + " = " + src + "; auto* " + c + "e = " + c + "->entries; int64_t " + c + "n = " + c + "->used; for (int64_t " +
             i + " = 0; " + i + " < " + c + "n; ++" + i + ") { if (!" + c + "e[" + i + "].live) continue; " +
             body(c + "e[" + i + "].key", key_of(t)) + " } }";
    case TypeKind::Tuple: {
      std::string s = "{ auto " + c + " = " + src + "; ";
      for (size_t k = 0; k < t->items.size(); ++k) s += body("std::get<" + std::to_string(k) + ">(" + c + ")", t->items[k]) + " ";
      return s + "}";
    }
    case TypeKind::Iterator: {  // one item at a time, as Python's set methods take them
      if (t->items.empty()) return "";
      std::string x = em.fresh("rpy_v");
      return "{ auto* " + c + " = " + src + "; " + em.ctype(t->items[0]) + " " + x + "{}; while (" + c + "->step(" + x + ")) { " +
             body(x, t->items[0]) + " } }";
    }
    default:
      return "";
  }
}

// A new set of key type `key` holding the elements of `src` (of type t).
static std::string set_from_code(Emitter& em, const std::string& src, TypeRef t, TypeRef set_t, Loc loc) {
  std::string s = em.fresh("rpy_set");
  TypeRef key = key_of(set_t);
  std::string loop = for_each_code(
      em, src, t, [&](const std::string& x, TypeRef xt) { return "rpy::set_add(" + s + ", " + em.convert(x, xt, key) + ");"; });
  if (loop.empty()) {
    em.fail(loc, "cannot build a set from " + annotate::describe(t));
    return "nullptr";
  }
  return "({ auto* " + s + " = " + new_table(em, set_t) + "; " + loop + " " + s + "; })";
}

// A constant as CPython's compiler folds it: literals, their negation, tuples of them.
static bool is_constant(const Expr& e) {
  if (e.op == ExprOp::Const) return true;
  if (e.op == ExprOp::UnaryOp) return is_constant(*e.args[0]);
  if (e.op == ExprOp::MakeTuple)
    return std::all_of(e.args.begin(), e.args.end(), [](const ir::ExprPtr& x) { return x && is_constant(*x); });
  return false;
}

std::string Emitter::emit_make_dict(Expr& e) {
  bool is_set = e.op == ExprOp::MakeSet;
  TypeRef t = e.type;
  if (imp(t) || t->kind != TypeKind::Dict) return "nullptr";
  if (e.args.empty()) return new_table(*this, t);
  std::string d = fresh("rpy_d");
  if (e.attr == "$kwargs" && e.args.size() == e.extra.size()) {
    // A **kw parameter's dict (annotate: bind_args): the call's keyword values, in order, into
    // temporaries (rooted under --gc=gen), then the dict.
    std::string s = "({ ";
    std::vector<std::string> vals;
    for (Expr* x : e.extra) {
      std::string v = fresh("rpy_a");
      s += ctype(value_of(t)) + " " + v + " = " + expr_as(*x, value_of(t)) + "; ";
      if (gen_ && GcGen::is_ref(t)) s += gen_root(v);
      vals.push_back(v);
    }
    s += "auto* " + d + " = " + new_table(*this, t, 0) + "; " + (gen_ && GcGen::is_ref(t) ? gen_root(d) : std::string());
    for (size_t i = 0; i < vals.size(); ++i) s += "rpy::dict_set(" + d + ", " + expr_as(*e.args[i], key_of(t)) + ", " + vals[i] + "); ";
    return s + d + "; })";
  }
  if (gen_ && is_set && GcGen::is_ref(t)) {
    // --gc=gen: the items in Python's order into rooted temporaries, then the set (rooted), then
    // the items added (set_add takes the barrier; a new set's table is allocated with it).
    std::string s = "({ ";
    std::vector<std::string> temps;
    for (auto& a : e.args) {
      std::string x = fresh("rpy_a");
      s += ctype(key_of(t)) + " " + x + " = " + expr_as(*a, key_of(t)) + "; " + gen_root(x);
      temps.push_back(x);
    }
    s += "auto* " + d + " = " + new_table(*this, t) + "; " + gen_root(d);
    for (auto& x : temps) s += "rpy::set_add(" + d + ", " + x + "); ";
    return s + d + "; })";
  }
  if (gen_ && GcGen::is_ref(t)) {
    // --gc=gen: the keys and values in Python's order into temporaries (the references rooted), then
    // the dict, then the items, stored with their write barriers (dict_set).
    std::string s = "({ ";
    std::vector<std::string> temps;
    for (size_t i = 0; i < e.args.size(); ++i) {
      TypeRef to = i % 2 == 0 ? key_of(t) : value_of(t);
      std::string x = fresh("rpy_a");
      s += ctype(to) + " " + x + " = " + expr_as(*e.args[i], to) + "; ";
      if (i % 2 == 1 || GcGen::is_rooted(to)) s += gen_root(x);
      temps.push_back(x);
    }
    s += "auto* " + d + " = " + new_table(*this, t, e.args.size() / 2) + "; " + gen_root(d);
    for (size_t i = 0; i + 1 < temps.size(); i += 2) s += "rpy::dict_set(" + d + ", " + temps[i] + ", " + temps[i + 1] + "); ";
    return s + d + "; })";
  }
  bool py2_table = !hash27_policy(*this, t).empty();
  // CPython 2.7 builds a set display item by item in an empty set; a dict display of n items
  // presizes for them (not the keyword dict of dict(a=1, ...): ir/lower.cpp).
  std::string s = "({ auto* " + d + " = " + new_table(*this, t, is_set || e.attr == "$kwargs" ? 0 : e.args.size() / 2) + "; ";
  for (size_t i = 0; i < e.args.size(); i += is_set ? 1 : 2) {
    if (is_set)
      s += "rpy::set_add(" + d + ", " + expr_as(*e.args[i], key_of(t)) + "); ";
    else
      s += "rpy::dict_set(" + d + ", " + expr_as(*e.args[i], key_of(t)) + ", " + expr_as(*e.args[i + 1], value_of(t)) + "); ";
  }
  // CPython compiles a display of three or more constants into a frozenset constant that it
  // copies into a new set (whose table is sized for it): the copy is what iterates and prints.
  if (is_set && !py2_table && e.args.size() > 2 &&
      std::all_of(e.args.begin(), e.args.end(), [](const ir::ExprPtr& x) { return is_constant(*x); }))
    return s + "rpy::dict_copy(" + d + "); })";
  return s + d + "; })";
}

std::string Emitter::call_dict_builtin(Expr& e) {
  auto id = static_cast<BuiltinId>(e.builtin_id);
  bool method = e.call_kind == ir::CallKind::BuiltinMethod;
  std::vector<Expr*> a = builtin_args(e);  // positional; for methods the receiver first
  TypeRef rt = e.type;
  TypeRef t0 = a.empty() ? nullptr : a[0]->type;
  // A mutating method of a set checks, as its attribute is looked up (before its arguments are
  // evaluated), that the receiver is not a frozenset (rpy/set.hpp).
  const char* mutator = nullptr;
  if (method && is_set_type(t0)) switch (id) {
      case BuiltinId::SetAdd:
        mutator = "add";
        break;
      case BuiltinId::SetRemove:
        mutator = "remove";
        break;
      case BuiltinId::SetDiscard:
        mutator = "discard";
        break;
      case BuiltinId::SetPop:
        mutator = "pop";
        break;
      case BuiltinId::SetClear:
      case BuiltinId::DictClear:
        mutator = "clear";
        break;
      case BuiltinId::SetUpdate:
        mutator = "update";
        break;
      case BuiltinId::SetIntersectionUpdate:
        mutator = "intersection_update";
        break;
      case BuiltinId::SetDifferenceUpdate:
        mutator = "difference_update";
        break;
      case BuiltinId::SetSymmetricDifferenceUpdate:
        mutator = "symmetric_difference_update";
        break;
      default:
        break;
    }
  auto arg = [&](size_t i) {
    if (i == 0 && mutator) return "rpy::set_mutable(" + expr(*a.at(0)) + ", \"" + mutator + "\")";
    return expr(*a.at(i));
  };
  // fn(receiver, args...) with the arguments converted to `to` and evaluated in order.
  auto in_order = [&](const std::string& fn, const std::vector<TypeRef>& to) {
    if (mutator) {  // the receiver checked first
      std::string r = fresh("rpy_s");
      std::string head = "({ auto* " + r + " = " + arg(0) + "; ";
      std::string call = fn + "(" + r;
      for (size_t i = 1; i < a.size(); ++i) call += ", " + expr_as(*a[i], to[i]);
      return head + call + "); })";
    }
    return ordered_call(*this, fn, a, to, "");
  };
  auto none_stmt = [&](const std::string& code) { return "(" + code + ", nullptr)"; };
  if (method && (imp(t0) || t0->kind != TypeKind::Dict)) return "(" + arg(0) + ", " + default_value(rt) + ")";
  TypeRef K = method ? key_of(t0) : nullptr;
  TypeRef V = method ? value_of(t0) : nullptr;
  // d.get(k, dflt) / d.pop(k, dflt): the result type may be wider than the values.
  auto lookup_default = [&](bool pop) {
    bool has_default = a.size() > 2;
    TypeRef dt = has_default ? a[2]->type : tt.none();
    if (ctype(rt) == ctype(V) && (has_default ? ctype(dt) == ctype(V) : true)) {
      if (!has_default) {
        if (imp(K)) return "(" + arg(0) + ", " + arg(1) + ", " + default_value(rt) + ")";
        return std::string(pop ? "rpy::dict_pop_default(" : "rpy::dict_get_default(") + arg(0) + ", " + expr_as(*a[1], K) + ", " +
               default_value(V) + ")";
      }
      return in_order(pop ? "rpy::dict_pop_default" : "rpy::dict_get_default", {t0, K, V});
    }
    std::string body = "int64_t rpy_ix = rpy::dict_lookup(rpy_d, rpy_k, rpy::dict_hash(rpy_d, rpy_k)); if (rpy_ix < 0) return " +
                       (has_default ? convert("rpy_x", dt, rt) : default_value(rt)) + "; " + ctype(rt) +
                       " rpy_r = " + convert("rpy::dict_value_at(rpy_d, rpy_ix)", V, rt) + "; " +
                       (pop ? "rpy::dict_remove_at(rpy_d, rpy_ix); " : "") + "return rpy_r;";
    std::string fn = "([&](auto* rpy_d, " + ctype(K) + " rpy_k" + (has_default ? ", " + ctype(dt) + " rpy_x" : std::string()) + ") -> " +
                     ctype(rt) + " { " + body + " })";
    return in_order(fn, has_default ? std::vector<TypeRef>{t0, K, dt} : std::vector<TypeRef>{t0, K});
  };
  // Lists from keys()/values()/items(), converted when the list's items are wider.
  auto listing = [&](const std::string& fn, TypeRef from_item) {
    TypeRef to_item = rt->listdef->find()->item;
    if (ctype(to_item) == ctype(from_item)) return fn + "(" + arg(0) + ")";
    // Items of no type: the table never had an entry (a dict that stays empty, as an attribute
    // set to {} and only iterated): read it (None raises there), give an empty list.
    if (imp(to_item)) return "({ (void)" + fn + "(" + arg(0) + "); rpy::list_new<" + ctype(to_item) + ">(0); })";
    std::string l = fresh("rpy_l");
    std::string loop =
        for_each_code(*this, fn + "(" + arg(0) + ")", tt.list(tt.new_listdef(from_item)),
                      [&](const std::string& x, TypeRef xt) { return "rpy::list_append(" + l + ", " + convert(x, xt, to_item) + ");"; });
    return "({ auto* " + l + " = rpy::list_new<" + ctype(to_item) + ">(0); " + loop + " " + l + "; })";
  };
  // The other operand of a set method as a set of the receiver's type.
  auto set_operand = [&](size_t i) {
    TypeRef o = a[i]->type;
    if (is_set_type(o)) return expr_as(*a[i], tt.with_nullable(t0, false));
    return set_from_code(*this, expr(*a[i]), o, t0, a[i]->loc);
  };

  switch (id) {
    case BuiltinId::DictNew: {
      if (imp(rt) || rt->kind != TypeKind::Dict) return "nullptr";
      if (a.empty() || imp(t0)) return new_table(*this, rt);
      if (t0->kind == TypeKind::Dict && (t0->dictdef->find()->factory || t0->dictdef->find()->counter || t0->dictdef->find()->odict)) {
        // dict(a_defaultdict): the table the defaultdict extends, copied as a plain dict
        if (dict_type(t0) == dict_type(rt)) return "rpy::dict_copy(static_cast<" + dict_type(rt) + "*>(" + arg(0) + "))";
        // Other key or value types, or another table (a Python 2 program's OrderedDict is
        // insertion-ordered, its dict() follows 2.7's table): item by item, converted.
        std::string d = fresh("rpy_d"), l = fresh("rpy_l");
        return "({ auto* " + d + " = " + new_table(*this, rt) + "; auto* " + l + " = rpy::dict_items(" + arg(0) +
               "); for (int64_t rpy_i = 0; rpy_i < " + l + "->len; ++rpy_i) rpy::dict_set(" + d + ", " +
               convert("std::get<0>(" + l + "->items[rpy_i])", key_of(t0), key_of(rt)) + ", " +
               convert("std::get<1>(" + l + "->items[rpy_i])", value_of(t0), value_of(rt)) + "); " + d + "; })";
      }
      if (t0->kind == TypeKind::Dict) return "rpy::dict_copy(" + expr_as(*a[0], rt) + ")";
      // --gc=gen: dict(pairs) of a list of (key, value) tuples: the list and the dict rooted while
      // the dict grows (GcGen's checker admits only pairs of the dict's own types)
      if (gen_ && GcGen::is_ref(rt) && t0->kind == TypeKind::List) {
        if (ctype(t0->listdef->find()->item) != "std::tuple<" + kv_args(*this, rt) + ">") {
          fail(e.loc, "internal: --gc=gen dict() of pairs of other types than the dict's");
          return "nullptr";
        }
        return "rpy::gen_dict_from_pairs(" + arg(0) + ")";
      }
      std::string d = fresh("rpy_d");
      std::string loop = for_each_code(*this, arg(0), t0, [&](const std::string& x, TypeRef xt) {
        if (xt->kind != TypeKind::Tuple || xt->items.size() != 2) return std::string("/* not a pair */");
        std::string p = fresh("rpy_p");
        return "auto " + p + " = " + x + "; rpy::dict_set(" + d + ", " + convert("std::get<0>(" + p + ")", xt->items[0], key_of(rt)) +
               ", " + convert("std::get<1>(" + p + ")", xt->items[1], value_of(rt)) + ");";
      });
      if (loop.empty()) break;
      return "({ auto* " + d + " = " + new_table(*this, rt) + "; " + loop + " " + d + "; })";
    }
    case BuiltinId::FrozenSetNew: {  // the set, made a frozenset
      if (imp(rt) || rt->kind != TypeKind::Dict) return "nullptr";
      e.builtin_id = static_cast<int>(BuiltinId::SetNew);
      std::string made = call_dict_builtin(e);
      e.builtin_id = static_cast<int>(BuiltinId::FrozenSetNew);
      return "rpy::set_freeze(" + made + ")";
    }
    case BuiltinId::SetNew: {
      if (imp(rt) || rt->kind != TypeKind::Dict) return "nullptr";
      if (a.empty() || imp(t0)) return new_table(*this, rt);
      if (is_set_type(t0)) return "rpy::dict_copy(" + expr_as(*a[0], rt) + ")";
      if (t0->kind == TypeKind::Dict && ctype(key_of(t0)) == ctype(key_of(rt)))
        return "rpy::set_from_dict_into(" + new_table(*this, rt) + ", " + arg(0) + ")";
      // --gc=gen: the list rooted while the set is made (rpy::gen_set_from_list)
      if (gen_ && GcGen::is_ref(rt) && t0->kind == TypeKind::List) return "rpy::set_from_list(" + expr_as(*a[0], t0) + ")";
      return set_from_code(*this, arg(0), t0, rt, e.loc);
    }
    case BuiltinId::RDictNew: {
      if (imp(rt) || rt->kind != TypeKind::Dict || e.targets.size() != 2) return "nullptr";
      TypeRef key = key_of(rt);
      std::string kc = ctype(key);
      ir::Graph* geq = e.targets[0];
      ir::Graph* gh = e.targets[1];
      auto result = [&](const std::string& call, TypeRef t, bool as_bool) {
        if (as_bool) return t && t->kind == TypeKind::Bool ? call : "(" + call + " != 0)";
        return convert(call, t, tt.integer());
      };
      std::string eqf =
          "+[](" + kc + " rpy_a, " + kc + " rpy_b) -> bool { return " +
          result(geq->c_name + "(" + convert("rpy_a", key, geq->params[0]->type) + ", " + convert("rpy_b", key, geq->params[1]->type) + ")",
                 geq->return_type, true) +
          "; }";
      std::string hf = "+[](" + kc + " rpy_a) -> int64_t { return " +
                       result(gh->c_name + "(" + convert("rpy_a", key, gh->params[0]->type) + ")", gh->return_type, false) + "; }";
      return "rpy::rdict_new<" + kv_args(*this, rt) + ">(" + eqf + ", " + hf + ")";
    }
    case BuiltinId::DictGet:
      return lookup_default(false);
    case BuiltinId::DictPop:
      if (a.size() == 2) return "rpy::dict_pop(" + arg(0) + ", " + expr_as(*a[1], K) + ")";
      return lookup_default(true);
    case BuiltinId::DictSetdefault:
      if (a.size() == 2) return "rpy::dict_setdefault(" + arg(0) + ", " + expr_as(*a[1], K) + ", " + default_value(V) + ")";
      return in_order("rpy::dict_setdefault", {t0, K, V});
    case BuiltinId::DictPopitem:
      return "rpy::dict_popitem(" + arg(0) + ")";
    case BuiltinId::DictUpdate:
      if (a[1]->type->kind == TypeKind::Dict && a[1]->type->dictdef->find()->odict != t0->dictdef->find()->odict) {
        // OrderedDict.update(a_dict), dict.update(an_ordered_dict): item by item, converted
        TypeRef src = a[1]->type;
        std::string d = fresh("rpy_d"), l = fresh("rpy_l");
        return "({ auto* " + d + " = " + arg(0) + "; auto* " + l + " = rpy::dict_items(" + arg(1) + "); for (int64_t rpy_i = 0; rpy_i < " +
               l + "->len; ++rpy_i) rpy::dict_set(" + d + ", " + convert("std::get<0>(" + l + "->items[rpy_i])", key_of(src), K) + ", " +
               convert("std::get<1>(" + l + "->items[rpy_i])", value_of(src), V) + "); nullptr; })";
      }
      return none_stmt(in_order("rpy::dict_update", {t0, tt.with_nullable(t0, false)}));
    case BuiltinId::DictCopy:
    case BuiltinId::SetCopy:
      if (t0->dictdef->find()->factory) return "rpy::defaultdict_copy(" + arg(0) + ")";
      if (t0->dictdef->find()->counter) return "rpy::counter_copy(" + arg(0) + ")";
      if (t0->dictdef->find()->odict) return "rpy::odict_copy(" + arg(0) + ")";
      if (is_set_type(t0)) return "rpy::set_copy_method(" + arg(0) + ")";  // a frozenset's copy() is itself
      return "rpy::dict_copy(" + arg(0) + ")";
    case BuiltinId::DictClear:
    case BuiltinId::SetClear:
      return none_stmt("rpy::dict_clear(" + arg(0) + ")");
    case BuiltinId::DictKeys:
    case BuiltinId::DictIterkeys:
      return listing("rpy::dict_keys", K);
    case BuiltinId::DictValues:
    case BuiltinId::DictItervalues:
      return listing("rpy::dict_values", V);
    case BuiltinId::DictItems:
    case BuiltinId::DictIteritems:
      return listing("rpy::dict_items", tt.tuple({K, V}));
    case BuiltinId::DictHasKey:
      return "rpy::dict_contains(" + arg(0) + ", " + expr_as(*a[1], K) + ")";
    case BuiltinId::SetAdd:
      return none_stmt("rpy::set_add(" + arg(0) + ", " + expr_as(*a[1], K) + ")");
    case BuiltinId::SetRemove:
      return none_stmt("rpy::set_remove(" + arg(0) + ", " + expr_as(*a[1], K) + ")");
    case BuiltinId::SetDiscard:
      return none_stmt("rpy::dict_discard(" + arg(0) + ", " + expr_as(*a[1], K) + ")");
    case BuiltinId::SetPop:
      return "rpy::set_pop(" + arg(0) + ")";
    case BuiltinId::SetUpdate: {
      TypeRef o = a[1]->type;
      if (imp(o)) return none_stmt(arg(0) + ", " + arg(1));
      if (is_set_type(o)) return none_stmt(in_order("rpy::dict_update", {t0, tt.with_nullable(t0, false)}));
      // --gc=gen: the set and the list rooted while the set grows (rpy::gen_set_update_list)
      if (gen_ && GcGen::is_ref(t0) && o->kind == TypeKind::List) return none_stmt(in_order("rpy::set_update_list", {t0, o}));
      std::string s = fresh("rpy_set");
      std::string loop = for_each_code(
          *this, arg(1), o, [&](const std::string& x, TypeRef xt) { return "rpy::set_add(" + s + ", " + convert(x, xt, K) + ");"; });
      if (loop.empty()) break;
      return "({ auto* " + s + " = " + arg(0) + "; " + loop + " nullptr; })";
    }
    case BuiltinId::SetUnion:
    case BuiltinId::SetIntersection:
    case BuiltinId::SetDifference:
    case BuiltinId::SetSymmetricDifference: {
      // --gc=gen: a list of the set's keys (GcGen::set_method_ok): the copy and the list rooted
      // while the copy grows (rpy::gen_set_union_list)
      if (gen_ && id == BuiltinId::SetUnion && GcGen::is_ref(t0) && a[1]->type && a[1]->type->kind == TypeKind::List)
        return in_order("rpy::set_union_list", {t0, a[1]->type});
      if (id == BuiltinId::SetUnion && !imp(a[1]->type) && !is_set_type(a[1]->type)) {
        // s.union(iterable): CPython copies s and adds the items one by one.
        std::string r = fresh("rpy_u");
        std::string loop = for_each_code(*this, arg(1), a[1]->type, [&](const std::string& x, TypeRef xt) {
          return "rpy::set_add(" + r + ", " + convert(x, xt, K) + ");";
        });
        std::string s0 = fresh("rpy_s");
        if (!loop.empty())
          return "({ auto* " + s0 + " = " + arg(0) + "; auto* " + r + " = rpy::set_like(" + s0 + ", rpy::dict_copy(" + s0 + ")); " + loop +
                 " " + r + "; })";
      }
      std::string fn = id == BuiltinId::SetUnion          ? "rpy::set_union"
                       : id == BuiltinId::SetIntersection ? "rpy::set_intersection"
                       : id == BuiltinId::SetDifference   ? "rpy::set_difference"
                                                          : "rpy::set_symmetric_difference";
      std::string x = fresh("rpy_x");
      return "({ auto* " + x + " = " + arg(0) + "; " + fn + "(" + x + ", " + set_operand(1) + "); })";
    }
    case BuiltinId::SetIntersectionUpdate:
    case BuiltinId::SetDifferenceUpdate:
    case BuiltinId::SetSymmetricDifferenceUpdate: {
      std::string fn = id == BuiltinId::SetIntersectionUpdate ? "rpy::set_intersection_update"
                       : id == BuiltinId::SetDifferenceUpdate ? "rpy::set_difference_update"
                                                              : "rpy::set_symmetric_difference_update";
      std::string x = fresh("rpy_x");
      return "({ auto* " + x + " = " + arg(0) + "; " + fn + "(" + x + ", " + set_operand(1) + "); nullptr; })";
    }
    case BuiltinId::SetIssubset:
    case BuiltinId::SetIssuperset:
    case BuiltinId::SetIsdisjoint: {
      std::string x = fresh("rpy_x"), y = fresh("rpy_y");
      TypeRef o = a[1]->type;
      if (o && o->kind == TypeKind::Iterator && !o->items.empty() &&
          (id == BuiltinId::SetIsdisjoint || (id == BuiltinId::SetIssuperset && !is_python2()))) {
        // isdisjoint(iterator), and Python 3's issuperset(iterator): item by item, stopping at
        // the first that decides (the rest stays in the iterator), as CPython's.
        std::string v = fresh("rpy_v"), r = fresh("rpy_r");
        std::string hit = id == BuiltinId::SetIsdisjoint ? "" : "!";
        return "({ auto* " + x + " = " + arg(0) + "; auto* " + y + " = " + expr(*a[1]) + "; " + ctype(o->items[0]) + " " + v + "{}; bool " +
               r + " = true; while (" + y + "->step(" + v + ")) if (" + hit + "rpy::dict_contains(" + x + ", " +
               convert(v, o->items[0], K) + ")) { " + r + " = false; break; } " + r + "; })";
      }
      std::string call = id == BuiltinId::SetIssubset     ? "rpy::set_issubset(" + x + ", " + y + ")"
                         : id == BuiltinId::SetIssuperset ? "rpy::set_issubset(" + y + ", " + x + ")"
                                                          : "rpy::set_isdisjoint(" + x + ", " + y + ")";
      return "({ auto* " + x + " = " + arg(0) + "; auto* " + y + " = " + set_operand(1) + "; " + call + "; })";
    }
    default:
      break;
  }
  fail(e.loc, std::string("cannot generate code for ") + annotate::builtin_name(id) + " on " + annotate::describe(t0));
  return "0";
}

std::string Emitter::emit_dict_binop(Expr& e) {
  TypeRef ta = e.args[0]->type, tb = e.args[1]->type;
  auto is_plain_dict = [](TypeRef t) { return t && t->kind == TypeKind::Dict && !t->dictdef->find()->is_set; };
  if (e.binop == syntax::BinOp::BitOr && is_plain_dict(ta) && is_plain_dict(tb) && is_plain_dict(e.type)) {
    // d1 | d2: a copy of d1 updated with d2 (both evaluated first); d1 |= d2 updates d1
    TypeRef t = tt.with_nullable(e.type, false);
    std::string a = fresh("rpy_x"), b = fresh("rpy_y");
    std::string head = "({ auto* " + a + " = " + expr_as(*e.args[0], t) + "; auto* " + b + " = " + expr_as(*e.args[1], t) + "; ";
    if (e.inplace) return head + "rpy::dict_update(" + a + ", " + b + "); " + a + "; })";
    std::string r = fresh("rpy_r");
    return head + "auto* " + r + " = rpy::dict_copy(" + a + "); rpy::dict_update(" + r + ", " + b + "); " + r + "; })";
  }
  if (!is_set_type(ta) || !is_set_type(tb) || !is_set_type(e.type)) return "";
  TypeRef t = tt.with_nullable(e.type, false);
  std::string x = expr_as(*e.args[0], t), y = expr_as(*e.args[1], t);
  const char* fn = nullptr;
  if (e.inplace) {
    // s |= t updates s in place (other names for the same set see the change).
    switch (e.binop) {
      case syntax::BinOp::BitOr:
        fn = "rpy::dict_update";
        break;
      case syntax::BinOp::BitAnd:
        fn = "rpy::set_intersection_update";
        break;
      case syntax::BinOp::Sub:
        fn = "rpy::set_difference_update";
        break;
      case syntax::BinOp::BitXor:
        fn = "rpy::set_symmetric_difference_update";
        break;
      default:
        return "";
    }
    // A frozenset has no in-place operators: fs |= t binds fs to the new frozenset fs | t.
    const char* made = e.binop == syntax::BinOp::BitOr    ? "rpy::set_union"
                       : e.binop == syntax::BinOp::BitAnd ? "rpy::set_intersection"
                       : e.binop == syntax::BinOp::Sub    ? "rpy::set_difference"
                                                          : "rpy::set_symmetric_difference";
    std::string a = fresh("rpy_x"), b = fresh("rpy_y");
    // --gc=gen: the update may allocate and move the set, which is the value afterwards
    std::string root = gen_ && GcGen::is_ref_set(e.type) ? gen_root(a) : "";
    return "({ auto* " + a + " = " + x + "; auto* " + b + " = " + y + "; " + root + a + "->frozen ? " + made + "(" + a + ", " + b +
           ") : (" + fn + "(" + a + ", " + b + "), " + a + "); })";
  }
  switch (e.binop) {
    case syntax::BinOp::BitOr:
      fn = "rpy::set_union";
      break;
    case syntax::BinOp::BitAnd:
      fn = "rpy::set_intersection";
      break;
    case syntax::BinOp::Sub:
      fn = "rpy::set_difference";
      break;
    case syntax::BinOp::BitXor:
      fn = "rpy::set_symmetric_difference";
      break;
    default:
      return "";
  }
  std::string a = fresh("rpy_x");
  return "({ auto* " + a + " = " + x + "; " + fn + "(" + a + ", " + y + "); })";
}

std::string Emitter::emit_dict_compare(Expr& e) {
  using syntax::CmpOp;
  Expr& a = *e.args[0];
  Expr& b = *e.args[1];
  TypeRef ta = a.type, tb = b.type;
  CmpOp op = e.cmp;
  if (op == CmpOp::In || op == CmpOp::NotIn) {
    if (tb->kind != TypeKind::Dict) return "";
    std::string neg = op == CmpOp::NotIn ? "!" : "";
    TypeRef K = key_of(tb);
    if (imp(K)) return "(" + expr(a) + ", " + expr(b) + ", " + (op == CmpOp::NotIn ? "true" : "false") + ")";
    std::string x = fresh("rpy_k");
    return "({ " + ctype(K) + " " + x + " = " + expr_as(a, K) + "; " + neg + "rpy::dict_contains(" + expr(b) + ", " + x + "); })";
  }
  if (ta->kind != TypeKind::Dict || tb->kind != TypeKind::Dict) return "";
  if (op == CmpOp::Is || op == CmpOp::IsNot) return "";
  bool same = dict_type(ta) == dict_type(tb);
  std::string x = fresh("rpy_x"), y = fresh("rpy_y");
  std::string pre = "({ auto* " + x + " = " + expr(a) + "; auto* " + y + " = " + expr(b) + "; ";
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::NotEq:
      if (!same) return "(" + expr(a) + ", " + expr(b) + ", " + (op == CmpOp::Eq ? "false" : "true") + ")";
      return pre + (op == CmpOp::NotEq ? "!" : "") + "rpy::dict_eq(" + x + ", " + y + "); })";
    case CmpOp::LtE:
      return pre + "rpy::set_issubset(" + x + ", " + y + "); })";
    case CmpOp::GtE:
      return pre + "rpy::set_issubset(" + y + ", " + x + "); })";
    case CmpOp::Lt:
      return pre + "(" + x + "->len < " + y + "->len && rpy::set_issubset(" + x + ", " + y + ")); })";
    case CmpOp::Gt:
      return pre + "(" + y + "->len < " + x + "->len && rpy::set_issubset(" + y + ", " + x + ")); })";
    default:
      return "";
  }
}

bool Emitter::emit_dict_for(Expr& it, const std::string& v, TypeRef vt) {
  TypeRef t = it.type;
  if (imp(t)) return false;
  Expr* src = nullptr;
  enum { Keys, Values, Items } what = Keys;
  if (t->kind == TypeKind::Dict) {
    src = &it;
  } else if (it.op == ExprOp::Call && it.call_kind == ir::CallKind::BuiltinMethod) {
    auto id = static_cast<BuiltinId>(it.builtin_id);
    switch (id) {
      case BuiltinId::DictKeys:
      case BuiltinId::DictIterkeys:
        what = Keys;
        break;
      case BuiltinId::DictValues:
      case BuiltinId::DictItervalues:
        what = Values;
        break;
      case BuiltinId::DictItems:
      case BuiltinId::DictIteritems:
        what = Items;
        break;
      default:
        return false;
    }
    src = it.args[0]->args[0].get();
    if (imp(src->type) || src->type->kind != TypeKind::Dict) return false;
    // Python 2's keys()/values()/items() are lists made when the loop starts: the loop sees every
    // entry of that moment, whatever its body adds or removes. The generic loop over the list.
    if (is_python2() && it.type && it.type->kind == TypeKind::List &&
        (id == BuiltinId::DictKeys || id == BuiltinId::DictValues || id == BuiltinId::DictItems))
      return false;
  } else {
    return false;
  }
  TypeRef dt = src->type;
  TypeRef K = key_of(dt), V = value_of(dt);
  std::string c = fresh("rpy_c"), i = fresh("rpy_i");
  // CPython's steps (rpy/dict_iter.hpp): each looks at the table as it is now, from where the
  // last one stopped, after checking the size (before every step and before leaving at the end;
  // not after a break) and, for a Python 3 dict, that no key came in place of a deleted one.
  line("{ auto* " + c + " = " + expr(*src) + "; rpy::TableCursor " + c + "c(" + c + ");");
  // --gc=gen: the dict is rooted (a collection in the body moves it and its table); each step
  // reads the table through it and copies the element before the body runs.
  if (gen_ && GcGen::is_ref(dt)) line("rpy::gc::Roots " + c + "r(*rpy::gen::heap, " + c + ");");
  line("for (int64_t " + i + "; (" + i + " = rpy::table_next(" + c + ", " + c + "c)) >= 0;) {");
  ++indent_;
  std::string ent = "rpy::table_at(" + c + ", " + i + ")";
  switch (what) {
    case Keys:
      line(v + " = " + convert(ent + ".key", K, vt) + ";");
      break;
    case Values:
      line(v + " = " + convert(ent + ".value", V, vt) + ";");
      break;
    case Items: {
      TypeRef pt = tt.tuple({K, V});
      line(v + " = " + convert(ctype(pt) + "(" + ent + ".key, " + ent + ".value)", pt, vt) + ";");
      break;
    }
  }
  return true;
}

void Emitter::emit_prebuilt_dict(const m::Ref& obj, TypeRef t, const std::string& name, bool fill) {
  auto* d = obj->as<m::DictObj>();
  annotate::DictDef* dd = t->dictdef->find();
  bool is_set = dd->is_set;
  if (!fill) {
    // Built again by inserting the items in their order, as a display of them would. A prebuilt
    // Counter or defaultdict (the dict part of a collections instance) is wrapped as its
    // constructor wraps a new one.
    std::string table = new_table(*this, t, is_set ? 0 : d->keys.size());
    if (dd->counter) table = "rpy::counter_new(" + table + ")";
    if (dd->odict) table = "rpy::odict_new(" + table + ")";
    if (dd->factory) {
      std::string repr = "nullptr";
      if (dd->factory->kind == m::ObjKind::Builtin)
        repr = "\"<" + std::string(is_python2() ? "type" : "class") + " '" + dd->factory->as<m::BuiltinObj>()->name + "'>\"";
      table = "rpy::defaultdict_new(" + table + ", " + repr + ")";
    }
    line(name + " = " + table + ";");
    return;
  }
  TypeRef K = key_of(t), V = value_of(t);
  std::string target = dd->counter || dd->factory || dd->odict ? "static_cast<" + dict_type(t) + "*>(" + name + ")" : name;
  // Many keys (and values) of numbers or strs: one loop over static arrays (emit_program.cpp).
  std::string keys = prebuilt_array(K, d->keys);
  std::string values = keys.empty() || is_set ? "" : prebuilt_array(V, d->values);
  if (!keys.empty() && (is_set || !values.empty())) {
    line("for (size_t rpy_i = 0; rpy_i < " + std::to_string(d->keys.size()) + "; ++rpy_i) " +
         (is_set ? "rpy::set_add(" + target + ", " + keys + "[rpy_i]);"
                 : "rpy::dict_set(" + target + ", " + keys + "[rpy_i], " + values + "[rpy_i]);"));
    return;
  }
  for (size_t i = 0; i < d->keys.size(); ++i) {
    TypeRef kt = ann.type_of_const(d->keys[i], {});
    std::string k = convert(const_value(d->keys[i], kt, {}), kt, K);
    if (is_set) {
      line("rpy::set_add(" + target + ", " + k + ");");
    } else {
      TypeRef vt = ann.type_of_const(d->values[i], {});
      line("rpy::dict_set(" + target + ", " + k + ", " + convert(const_value(d->values[i], vt, {}), vt, V) + ");");
    }
  }
}

// The counter idioms `d[k] = d.get(k, c) + x` and `d[k] += x` (lowered to `d[k] = d[k] + x`) look
// k up twice; when d and k are locals or constants, c and x locals or constants, and the
// operation one that cannot raise on machine ints or floats, nothing can be observed between
// the lookup and the store, so one lookup finds the value's slot (inserting k with c when it is
// missing, at the place the store would put it; d[k] raises KeyError as before). Dicts with
// their own eq/hash functions (r_dict) keep the two lookups: the caller tests
// rpy::dict_plain_lookup at run time.
std::string Emitter::dict_update_in_place(Expr& obj, Expr& key, Expr& value) {
  auto pure = [](Expr& x) { return x.op == ExprOp::Const || x.op == ExprOp::Local; };
  auto same = [&](Expr& x, Expr& y) {
    if (x.op != y.op || !pure(x)) return false;
    if (x.op == ExprOp::Local) return x.var && x.var == y.var;
    return expr(x) == expr(y);
  };
  auto plain = [](TypeRef t, TypeKind k) { return t && t->kind == k && !t->nullable && t->bits == 0 && !t->is_unsigned; };
  if (obj.op != ExprOp::Local || !obj.type || obj.type->kind != TypeKind::Dict || !pure(key)) return "";
  if (value.op != ExprOp::BinOp || value.args.size() != 2) return "";
  annotate::DictDef* d = obj.type->dictdef->find();
  if (d->is_set || !d->key || d->key->kind == TypeKind::Impossible) return "";
  if (!hash27_policy(*this, obj.type).empty()) return "";  // a CPython 2.7 table (no entry slots)
  TypeKind k = d->value && plain(d->value, TypeKind::Int) ? TypeKind::Int : TypeKind::Float;
  Expr& lhs = *value.args[0];
  Expr& x = *value.args[1];
  if (!plain(d->value, k) || !plain(value.type, k) || !plain(lhs.type, k) || !plain(x.type, k) || !pure(x)) return "";
  const char* fn;  // as emit_binop spells the operation
  const char* infix;
  switch (value.binop) {
    case syntax::BinOp::Add:
      fn = "add", infix = " + ";
      break;
    case syntax::BinOp::Sub:
      fn = "sub", infix = " - ";
      break;
    case syntax::BinOp::Mul:
      fn = "mul", infix = " * ";
      break;
    default:
      return "";
  }
  std::string arg = expr_as(x, d->value);
  auto apply = [&](const std::string& old) {
    return k == TypeKind::Int ? int_fn(fn, value) + "(" + old + ", " + arg + ")" : "(" + old + infix + arg + ")";
  };
  std::string missing;  // what happens when k is not in d
  if (lhs.op == ExprOp::GetItem && lhs.args.size() == 2 && same(*lhs.args[0], obj) && same(*lhs.args[1], key)) {
    if (d->factory)
      missing = "rpy::dict_set(rpy_d, rpy_k, " + apply(default_factory_code(obj.type)) + ");";
    else if (d->counter)
      missing = "rpy::dict_set(rpy_d, rpy_k, " + apply("INT64_C(0)") + ");";
    else
      missing = "rpy::raise_key_error_for(rpy_k);";
  } else if (lhs.op == ExprOp::Call && lhs.call_kind == ir::CallKind::BuiltinMethod &&
             static_cast<BuiltinId>(lhs.builtin_id) == BuiltinId::DictGet) {
    std::vector<Expr*> a = builtin_args(lhs);
    if (a.size() != 3 || !same(*a[0], obj) || !same(*a[1], key) || !pure(*a[2]) || !plain(a[2]->type, k)) return "";
    missing = "rpy::dict_set(rpy_d, rpy_k, " + apply(expr_as(*a[2], d->value)) + ");";
  } else {
    return "";
  }
  return "{ auto* rpy_d = " + expr(obj) + "; " + ctype(d->key) + " rpy_k = " + expr_as(key, d->key) + "; " + ctype(d->value) +
         "* rpy_p = rpy::dict_find(rpy_d, rpy_k); if (rpy_p) *rpy_p = " + apply("*rpy_p") + "; else " + missing + " }";
}

}  // namespace rpy::codegen
