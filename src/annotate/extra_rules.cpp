// Type rules of the builtins beyond RPython's core set (builtins.def, "more builtins" block):
// sorted/sum/zip/enumerate/reversed/any/all, numeric helpers, os.path, math, str.format, list.sort.
// enumerate/zip/reversed build lists (iterating over them is then a plain list loop).
#include <algorithm>
#include <functional>
#include <unordered_set>

#include "annotate/annotator.hpp"
#include "annotate/numbers.hpp"
#include "modules/lib/modules.hpp"
#include "modules/loader.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::Graph;

namespace {
ir::ExprPtr key_copy_leaf(const Expr& a) {
  auto x = std::make_unique<Expr>(a.op, a.loc);
  x->value = a.value;
  x->var = a.var;
  return x;
}

bool comparable(TypeRef t) {
  return is_number_kind(t) || is_stringlike(t) || t->kind == TypeKind::Unicode || t->kind == TypeKind::UniChar ||
         t->kind == TypeKind::Tuple || t->kind == TypeKind::List || t->kind == TypeKind::Bytes;
}
}  // namespace

// Tuples or lists compared item by item (sorted, min, max without key=) whose items include
// instances: Python compares two instances when the items before them are equal, which raises
// Python 3's TypeError for classes that define no order (rpy::lt of two instances raises it). A
// class with __eq__ or an order of its own, and Python 2 (which orders instances by address),
// are refused, saying to sort with key=; so is max(), whose TypeError names > (by_greater).
void Annotator::instances_in_order(TypeRef item, Loc loc, bool by_greater) {
  std::unordered_set<const void*> seen;
  std::function<bool(TypeRef)> walk = [&](TypeRef t) -> bool {
    if (!t) return true;
    if (t->kind == TypeKind::Tuple) {
      for (TypeRef x : t->items)
        if (!walk(x)) return false;
      return true;
    }
    if (t->kind == TypeKind::List) return !seen.insert(t->listdef->find()).second || walk(t->listdef->find()->item);
    if (t->kind != TypeKind::Instance) return true;
    std::string why;
    if (!interp_.sources().py3())
      why = "Python 2 orders instances by their address";
    else if (by_greater)
      why = "max() compares them with >";
    else if (!t->cls->subclasses.empty())
      why = "they may be of several classes, named in an order rpy does not follow";
    else
      for (const char* m : {"__eq__", "__lt__", "__gt__", "__le__", "__ge__"})
        if (special_method(t, m) != Special::None) {
          why = "class " + t->cls->name + " defines " + m;
          break;
        }
    if (why.empty()) return true;
    error(loc, "comparing items of type " + describe(item) + ", which hold instances, is not supported (" + why +
                   "): pass key= (a function giving what to compare, e.g. key=lambda t: t[0])");
    return false;
  };
  walk(item);
}

bool is_extra_builtin(BuiltinId id) {
  return static_cast<int>(id) >= static_cast<int>(BuiltinId::Sorted) && static_cast<int>(id) <= static_cast<int>(BuiltinId::StrFormat);
}

// key= given by an expression that names no variable (key=keys[k], key=make_key(n)): the
// argument becomes `$key_fn = expr` (SetLocal), which codegen evaluates once before the call runs
// (Emitter::key_prelude), and the key call reads $key_fn. The call's other operands run before it
// in Python: they must be variables or constants, whose reading has no effect to reorder.
ir::Var* Annotator::key_function_local(Expr& e, Expr& keyfn, Graph& g) {
  ir::ExprPtr* slot = nullptr;
  for (auto& a : e.args)
    if (a.get() == &keyfn) slot = &a;
  auto plain = [](const Expr* x) {
    while (x->op == ExprOp::GetAttr) x = x->args[0].get();
    return x->op == ExprOp::Const || x->op == ExprOp::Local;
  };
  bool ok = slot != nullptr;
  for (size_t i = 0; ok && i + e.kwnames.size() < e.args.size(); ++i) ok = plain(e.args[i].get());
  if (!ok) {
    error(keyfn.loc,
          "key= given by an expression, next to operands that are not variables, is not supported: assign the key function to a "
          "variable first (`by = keys[k]`, then key=by)");
    return nullptr;
  }
  Loc at = keyfn.loc;
  auto set = std::make_unique<Expr>(ExprOp::SetLocal, at);
  set->var = g.new_var("$key_fn", at);
  set->args.push_back(std::move(*slot));
  *slot = std::move(set);
  expr(**slot, g);
  return (*slot)->var;
}

// Synthesizes (once) the call `key(item)` for sorted/min/max/list.sort with key=: a node owned by
// `e` (in e.defaults), `Seq($key_item, key($key_item))` marked "$key" (the call's own attr names
// the method once it resolves to one), whose $key_item is a fresh local of the item type.
Expr* Annotator::key_call(Expr& e, Expr& keyfn, TypeRef item, Graph& g, bool is_max) {
  Expr* node = nullptr;
  for (auto& d : e.defaults)
    if (d->op == ExprOp::Seq && d->attr == "$key") node = d.get();
  if (!node) {
    ir::ExprPtr call;
    Loc at = keyfn.loc;
    auto item_local = std::make_unique<Expr>(ExprOp::Local, at);
    item_local->var = g.new_var("$key_item", at);
    auto read_item = [&] { return key_copy_leaf(*item_local); };
    auto same = [](const Expr& a, const Expr& b) {
      return a.op == b.op && ((a.op == ExprOp::Local && a.var == b.var) || (a.op == ExprOp::Const && a.value == b.value));
    };
    // `max(d, key=d.get)`: the items are d's own keys, so the get never misses: d[item] (a get
    // that may miss gives None, which the dict's values may not hold).
    if (keyfn.op == ExprOp::GetAttr && keyfn.attr == "get" && e.call_kind == ir::CallKind::Builtin && e.args.size() > 1 &&
        keyfn.args[0]->type && keyfn.args[0]->type->kind == TypeKind::Dict && !keyfn.args[0]->type->dictdef->find()->is_set &&
        same(*keyfn.args[0], *e.args[1])) {
      call = std::make_unique<Expr>(ExprOp::GetItem, at);
      call->args.push_back(key_copy_leaf(*keyfn.args[0]));
      call->args.push_back(read_item());
    } else {
      // A function (a name, a lambda with the locals it captures) or a bound method (`key=obj.weigh`,
      // `key=d.get`) of a local or a constant: the key call is the method call on it (reading the
      // receiver again gives the same object).
      const Expr* base = &keyfn;
      while (base->op == ExprOp::GetAttr) base = base->args[0].get();
      if (keyfn.op == ExprOp::GetAttr && base->op != ExprOp::Const && base->op != ExprOp::Local) base = &keyfn;
      if (base->op != ExprOp::Const && base->op != ExprOp::Local && base->op != ExprOp::MakeClosure) {
        // key=keys[k], key=make_key(n): evaluated once, before the sort, as Python does; the key
        // call reads it from a local of its own.
        ir::Var* fn = key_function_local(e, keyfn, g);
        if (!fn) return nullptr;
        auto read_fn = std::make_unique<Expr>(ExprOp::Local, at);
        read_fn->var = fn;
        call = std::make_unique<Expr>(ExprOp::Call, at);
        call->args.push_back(std::move(read_fn));
        call->args.push_back(read_item());
      } else {
        // The lambda is made again per item from what it captures: a default it computes (a call,
        // an operation) would be computed again each time, where Python computes it once.
        if (base->op == ExprOp::MakeClosure)
          for (auto& a : base->args)
            if (a->op != ExprOp::Const && a->op != ExprOp::Local) {
              error(a->loc,
                    "key= of a lambda whose default values are computed is not supported: assign the lambda to a variable first "
                    "(`k = lambda ...`, then key=k)");
              return nullptr;
            }
        std::function<ir::ExprPtr(const Expr&)> copy = [&](const Expr& k) {
          auto x = key_copy_leaf(k);
          x->attr = k.attr;
          for (auto& a : k.args) x->args.push_back(k.op == ExprOp::GetAttr ? copy(*a) : key_copy_leaf(*a));
          return x;
        };
        call = std::make_unique<Expr>(ExprOp::Call, at);
        call->args.push_back(copy(keyfn));
        call->args.push_back(read_item());
      }
    }
    auto seq = std::make_unique<Expr>(ExprOp::Seq, at);
    seq->attr = "$key";
    seq->args.push_back(std::move(item_local));
    seq->args.push_back(std::move(call));
    node = seq.get();
    e.defaults.push_back(std::move(seq));
  }
  assign_var(node->args[0]->var, item, e.loc);
  TypeRef kt = expr(*node, g);
  // Keys that are instances compare by their class's __lt__ (__gt__ for max), as items do.
  if (!imp(kt) && !comparable(kt) && !less_call(e, kt, g, is_max))
    error(keyfn.loc, "sort keys must be numbers, strings, tuples, lists or instances of a class defining __lt__, not " + describe(kt));
  return node;
}

// sum(items[, start]) of values that are not numbers: a call of _rpy_itertools.sum_N, which adds
// them with + as Python's sum() does (their __add__, list and tuple concatenation).
TypeRef Annotator::sum_by_add(Expr& e, Graph& g) {
  e.kwnames.clear();  // sum(xs, start=v) passes v second all the same
  m::Ref fn = interp_.get_attr_or_null(interp_.loader().import_module("_rpy_itertools", e.loc), "sum_2", e.loc);
  if (!fn) return tt_.impossible();
  auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
  c->value = fn;
  e.args[0] = std::move(c);
  e.builtin_id = -1;
  changed_ = true;
  return call(e, g);
}

TypeRef Annotator::call_extra_builtin(BuiltinId id, Expr& e, std::vector<TypeRef>& args, Graph& g) {
  TypeTable& tt = types();
  bool method = e.call_kind == ir::CallKind::BuiltinMethod;
  size_t nkw = e.kwnames.size();
  size_t npos = args.size() - nkw;
  std::string name = builtin_name(id);
  auto kwarg = [&](const std::string& k) -> int {
    for (size_t i = 0; i < nkw; ++i)
      if (e.kwnames[i] == k) return static_cast<int>(npos + i);
    return -1;
  };
  // Expression of positional argument i (methods: i = 0 is the receiver).
  auto arg_expr = [&](size_t i) -> Expr& { return method ? (i == 0 ? *e.args[0]->args[0] : *e.args[i]) : *e.args[i + 1]; };
  auto arity = [&](size_t lo, size_t hi, std::vector<std::string> kws = {}) {
    size_t shown = method ? npos - 1 : npos;
    size_t l = method ? lo - 1 : lo, h = method ? hi - 1 : hi;
    if (npos < lo || npos > hi) {
      std::string want = l == h ? std::to_string(l) : std::to_string(l) + " to " + std::to_string(h);
      error(e.loc, name + "() takes " + want + " argument" + (h == 1 ? "" : "s") + " (" + std::to_string(shown) + " given)");
      return false;
    }
    for (auto& k : e.kwnames)
      if (std::find(kws.begin(), kws.end(), k) == kws.end()) {
        error(e.loc, name + "() got an unexpected keyword argument '" + k + "'");
        return false;
      }
    return true;
  };
  auto expect = [&](size_t i, bool ok, const std::string& what) {
    if (imp(args[i]) || ok) return true;
    error(arg_expr(i).loc, name + "() argument " + std::to_string(i + 1) + " must be " + what + ", not " + describe(args[i]));
    return false;
  };
  auto elem = [&](size_t i) { return imp(args[i]) ? tt.impossible() : iter_element(args[i], arg_expr(i).loc, &arg_expr(i), g); };
  auto new_list = [&](TypeRef item) {
    ListDef* d = listdef_for(&e, nullptr);
    d->resized = true;
    if (item && !imp(item)) merge_into(d->item, d->origins, item, e.loc, "the items of this list");
    return tt.list(d->find());
  };
  auto num = [&](TypeRef a, TypeRef b) -> TypeRef {
    if (imp(a) || imp(b)) return tt.impossible();
    if (a->kind == TypeKind::Float || b->kind == TypeKind::Float) return tt.floating();
    if (a->kind == TypeKind::UInt || b->kind == TypeKind::UInt) return tt.uint();
    return tt.integer();
  };
  switch (id) {
    case BuiltinId::Sorted:
    case BuiltinId::ListSort: {
      if (!arity(1, 1, {"key", "reverse"})) break;
      TypeRef item = elem(0);
      int k = kwarg("key");
      Expr* by_cmp = nullptr;  // key=functools.cmp_to_key(f) (cmp_to_key_arg)
      for (auto& d : e.defaults)
        if (d->op == ExprOp::Seq && d->attr == "$lt_cmp") by_cmp = d.get();
      if (by_cmp) {
        if (!imp(item)) {
          assign_var(by_cmp->args[0]->var, item, e.loc);
          assign_var(by_cmp->args[1]->var, item, e.loc);
          expr(*by_cmp, g);
          // Python 2.7's sort raises "comparison function must return int, not float" for a cmp=
          // function returning another type (cmp_to_key's objects take any result < 0).
          Expr& lt = *by_cmp->args[2];
          TypeRef rt = lt.args[0]->type;
          if (lt.attr == "$cmp_int" && rt && !imp(rt) && !is_intlike(rt))
            error(lt.args[0]->loc, "the cmp= function returns " + describe(rt) +
                                       ", where Python 2's sort needs an int (it raises TypeError: comparison function must return int)");
        }
      } else if (k >= 0 && !imp(item) && args[static_cast<size_t>(k)]->kind != TypeKind::None)
        key_call(e, *e.args[static_cast<size_t>(k) + (method ? 0 : 1)], item, g);
      else if (!imp(item) && !comparable(item) && !less_call(e, item, g))
        error(e.loc, "cannot sort items of type " + describe(item) + " (only numbers, strings, tuples and lists compare)");
      else if (!imp(item) && (item->kind == TypeKind::Tuple || item->kind == TypeKind::List))
        instances_in_order(item, e.loc);
      if (id == BuiltinId::ListSort) {
        if (!imp(args[0])) args[0]->listdef->find()->mutated = true;
        return tt.none();
      }
      return new_list(item);
    }
    case BuiltinId::Reversed: {
      if (!arity(1, 1)) break;
      if (!imp(args[0]) && args[0]->kind == TypeKind::Instance && lookup_class_attr(args[0]->cls, "__reversed__"))
        return rewrite_as_method(e, "__reversed__", g);  // reversed(obj): obj.__reversed__(), as Python
      if (!imp(args[0]) && !(args[0]->kind == TypeKind::List || is_stringlike(args[0]) || args[0]->kind == TypeKind::Tuple))
        error(e.loc, "reversed() needs a list, a string or a tuple, not " + describe(args[0]));
      // An iterator, as in Python (next() takes it; len() and indexing do not).
      return tt.iterator(IterKind::List, elem(0));
    }
    case BuiltinId::Enumerate: {
      if (!arity(1, 2, {"start"})) break;
      // rpy's enumerate() builds its list at once: of a file, it would read every line before
      // the loop runs, which a loop that stops early and reads on would show.
      if (!imp(args[0]) && args[0]->kind == TypeKind::File) {
        error(e.args.size() > 1 ? e.args[1]->loc : e.loc,
              "enumerate() of a file is not supported (it would read all the lines at once): count the lines of `for line in f:` "
              "yourself, or enumerate(f.readlines())");
        break;
      }
      if (args.size() > 1) expect(1, is_intlike(args[1]), "an int");
      TypeRef item = elem(0);
      if (imp(item)) return new_list(nullptr);
      return new_list(tt.tuple({tt.integer(), item}));
    }
    case BuiltinId::Zip: {
      if (!arity(1, 8)) break;
      std::vector<TypeRef> items;
      for (size_t i = 0; i < npos; ++i) {
        TypeRef t = elem(i);
        if (imp(t)) return new_list(nullptr);
        items.push_back(t);
      }
      return new_list(tt.tuple(items));
    }
    case BuiltinId::Any:
    case BuiltinId::All:
      if (!arity(1, 1)) break;
      elem(0);
      return tt.boolean();
    case BuiltinId::Sum: {
      if (!arity(1, 2, {"start"})) break;
      TypeRef item = elem(0);
      // Members of an IntEnum/IntFlag add as the ints they are (`start + m` is int.__add__, an
      // int), unless their class reflects the addition itself (__radd__ of a subclass of int
      // comes first).
      if (TypeRef v = sum_int_member_item(item)) item = v;
      if (!imp(item) && !is_number_kind(item)) {
        bool text = item->kind == TypeKind::Str || item->kind == TypeKind::Char || item->kind == TypeKind::Unicode ||
                    item->kind == TypeKind::UniChar;
        if (!text && !e.star && e.args.size() == 3) return sum_by_add(e, g);  // instances with __add__, lists, tuples
        error(e.loc, "sum() of " + describe(args[0]) + " is not supported (" +
                         (text ? "Python raises TypeError for strings: use ''.join(...)"
                               : "only numbers; other values with a start value: sum(items, start), which adds them with +") +
                         ")");
        return tt.impossible();
      }
      TypeRef start = npos > 1 ? args[1] : kwarg("start") >= 0 ? args[static_cast<size_t>(kwarg("start"))] : tt.integer();
      if (imp(item)) return start->kind == TypeKind::Bool ? tt.integer() : start;
      if (TypeRef r = number_sum(tt, item, start)) return r;  // sum([1.5]) is a float, sum([]) the int 0 (numbers.cpp)
      return num(item, start);
    }
    case BuiltinId::Divmod: {
      if (!arity(2, 2)) break;
      expect(0, is_number_kind(args[0]), "a number");
      expect(1, is_number_kind(args[1]), "a number");
      std::string why;  // a number whose kind is known at run time: each item as `//` gives it (numbers.cpp)
      if (TypeRef t = number_binop(tt, syntax::BinOp::FloorDiv, args[0], args[1], why)) return why.empty() ? tt.tuple({t, t}) : t;
      TypeRef t = num(args[0], args[1]);
      return tt.tuple({t, t});
    }
    case BuiltinId::Pow: {
      if (!arity(2, 3)) break;
      for (size_t i = 0; i < npos; ++i) expect(i, npos == 3 ? is_numeric(args[i]) : is_number_kind(args[i]), "a number");
      if (npos == 3) return tt.integer();
      std::string why;  // pow(a, b) of a number whose kind is known at run time is a ** b (numbers.cpp)
      if (TypeRef t = number_binop(tt, syntax::BinOp::Pow, args[0], args[1], why)) return t;
      if (TypeRef t = int_pow_type(tt, args[0], args[1], &arg_expr(1))) return t;  // pow(2, -1) is 0.5
      return num(args[0], args[1]);
    }
    case BuiltinId::Hex:
    case BuiltinId::Oct:
    case BuiltinId::Bin:
      if (!arity(1, 1)) break;
      expect(0, is_intlike(args[0]) || args[0]->kind == TypeKind::UInt, "an int");
      return tt.str();
    case BuiltinId::Cmp:
      if (!arity(2, 2)) break;
      return tt.integer();
    case BuiltinId::IsSubclass: {
      if (!arity(2, 2)) break;
      for (size_t i = 0; i < 2; ++i) {
        Expr& c = arg_expr(i);
        if (i == 1 && c.op == ExprOp::MakeTuple) continue;
        // The first argument may be a class value: one of the classes its type lists.
        if (i == 0 && c.op != ExprOp::Const && args[0]->kind == TypeKind::Class && !args[0]->items.empty()) {
          if (args[0]->nullable)
            error(c.loc, "issubclass() of a class value that may be None (Python raises TypeError): test `is None` first");
          continue;
        }
        if (c.op != ExprOp::Const || c.value->kind != m::ObjKind::Class) error(c.loc, "issubclass() needs constant classes");
      }
      return tt.boolean();
    }
    case BuiltinId::Round:
      if (!arity(1, 2)) break;
      if (!interp_.sources().py3()) {  // Python 2.7: a float, ties away from zero (rpy::float_round2)
        expect(0, is_numeric(args[0]), "a number");
        if (npos == 2) expect(1, is_intlike(args[1]), "an int");
        return tt.floating();
      }
      if (args[0]->kind == TypeKind::Number && !(args[0]->num_kinds & kNumBool)) {  // an int or a float at run time
        if (npos == 2) expect(1, is_intlike(args[1]), "an int");
        return npos == 2 ? args[0] : tt.integer();
      }
      expect(0, is_numeric(args[0]), "a number");
      if (npos == 2) {
        expect(1, is_intlike(args[1]), "an int");
        return args[0]->kind == TypeKind::Float ? tt.floating() : tt.integer();
      }
      return tt.integer();
    case BuiltinId::HasAttr:
    case BuiltinId::GetAttrB:
    case BuiltinId::SetAttrB: {
      if (id == BuiltinId::HasAttr && !arity(2, 2)) break;
      if (id == BuiltinId::GetAttrB && !arity(2, 3)) break;
      if (id == BuiltinId::SetAttrB && !arity(3, 3)) break;
      Expr& n = arg_expr(1);
      if (n.op != ExprOp::Const || n.value->kind != m::ObjKind::Str) {
        error(n.loc, name + "() needs a constant attribute name");
        break;
      }
      const std::string& attr = n.value->as<m::StrObj>()->value;
      if (id == BuiltinId::GetAttrB && npos == 2 && !method) {
        // getattr(x, 'name') with a constant name is x.name: RPython's flow space records the same
        // getattr operation (a method as well as a field; `getattr(self, name)(arg)` with `name`
        // an unrolled loop's item is how interpreters dispatch on opcode names).
        Expr fresh(ExprOp::GetAttr, e.loc);
        fresh.attr = attr;
        fresh.args.push_back(std::move(e.args[1]));
        e = std::move(fresh);
        changed_ = true;
        return expr(e, g);
      }
      if (imp(args[0])) return id == BuiltinId::HasAttr ? tt.boolean() : id == BuiltinId::SetAttrB ? tt.none() : tt.impossible();
      if (args[0]->kind != TypeKind::Instance) {
        error(arg_expr(0).loc, name + "() is only supported on instances, not " + describe(args[0]));
        break;
      }
      ClassDef* cd = args[0]->cls;
      if (id == BuiltinId::HasAttr) return tt.boolean();
      if (id == BuiltinId::SetAttrB) {
        setattr(args[0], attr, args[2], e.loc);
        return tt.none();
      }
      AttrDef* a = find_attr(cd, attr);
      TypeRef t = a && a->type ? a->type : tt.impossible();
      if (a) a->read = true;
      if (npos == 3) {
        UnionResult u = union_types(tt, t, args[2], this);
        if (!u.type)
          error(e.loc, "getattr() default does not match the attribute's type: " + u.why);
        else
          t = u.type;
      } else if (!a && final_pass()) {
        error(e.loc, "'" + cd->name + "' instances have no attribute '" + attr + "'");
      }
      return t;
    }
    case BuiltinId::Id:
      if (!arity(1, 1)) break;
      return tt.integer();
    case BuiltinId::ExcInit:  // Exception.__init__(self, *args): the exception's message
      if (!arity(1, 16)) break;
      if (!imp(args[0]) && !(args[0]->kind == TypeKind::Instance && args[0]->cls->is_exception))
        error(arg_expr(0).loc, "Exception.__init__() needs an exception instance as self, not " + describe(args[0]));
      if (!imp(args[0]) && args[0]->kind == TypeKind::Instance && args[0]->cls->is_exception) {  // its args (exc_args_rules.cpp)
        note_exc_init_self(args[0]->cls);
        note_exc_args(e, args[0]->cls, false, e.star ? nullptr : tt.tuple(std::vector<TypeRef>(args.begin() + 1, args.end())), e.loc);
      }
      return tt.none();
    case BuiltinId::ExcStr:  // Exception.__str__(self): the message the base class shows, whatever self's class
      if (!arity(1, 1)) break;
      if (!imp(args[0]) && !(args[0]->kind == TypeKind::Instance && args[0]->cls->is_exception))
        error(arg_expr(0).loc, "Exception.__str__() needs an exception instance as self, not " + describe(args[0]));
      if (!imp(args[0]) && args[0]->kind == TypeKind::Instance) {
        // rpy keeps a KeyError's message as the repr of its key (str(e)), where the base's __str__
        // shows str() of it: refused wherever the object may be a KeyError.
        ClassDef* key_error = find_classdef(interp().builtin_class("KeyError").get());
        ClassDef* c = args[0]->cls;
        if (key_error && c && (c->is_subclass_of(key_error) || key_error->is_subclass_of(c)))
          error(arg_expr(0).loc, "Exception.__str__() of a value that may be a KeyError (" + describe(args[0]) +
                                     ") is not supported: rpy keeps a KeyError's message as the repr of its key; keep the key in an "
                                     "attribute of the exception, or call it on a class that is not related to KeyError");
      }
      return tt.str();
    case BuiltinId::RlibInstantiate: {  // instantiate(cls): an instance whose __init__ is not run
      if (!arity(1, 1, {"nonmovable"})) break;
      if (imp(args[0])) return tt.impossible();
      // A class known at translation time: a constant, or a class value that can only be one
      // class (`self.__class__` where no subclass of self's class exists).
      m::Ref known = args[0]->kind != TypeKind::Class ? nullptr
                     : args[0]->const_value           ? args[0]->const_value
                     : args[0]->items.size() == 1     ? args[0]->items[0]->const_value
                                                      : nullptr;
      if (!known) {
        error(arg_expr(0).loc, "instantiate() needs a class known at translation time, not " + describe(args[0]));
        break;
      }
      ClassDef* cd = classdef(known);
      mark_instantiated(cd);
      return tt.instance(cd);
    }
    case BuiltinId::DebugPrint:
      return tt.none();
    case BuiltinId::ObjectInit:  // object's __init__: does nothing (Python 2 ignores extra arguments)
      return tt.none();
    case BuiltinId::Unichr:
      if (!arity(1, 1)) break;
      expect(0, is_intlike(args[0]), "an int");
      return tt.unicode();
    case BuiltinId::Unicode:
      if (!arity(0, 1)) break;
      return tt.unicode();
    case BuiltinId::Format:
      if (!arity(1, 2)) break;
      if (npos == 2) {  // Python 2: a unicode spec makes the result unicode (translated for a unicode value)
        bool uni_value = args[0] && args[0]->kind == TypeKind::Unicode;
        expect(1, is_stringlike(args[1]) || (uni_value && args[1]->kind == TypeKind::Unicode),
               uni_value ? "a str or unicode (the format spec)" : "a str (the format spec)");
      }
      return args[0] && args[0]->kind == TypeKind::Unicode ? tt.unicode() : tt.str();  // Python 2: format(u, spec) is unicode
    case BuiltinId::OsPathJoin:
      if (!arity(1, 16)) break;
      for (size_t i = 0; i < npos; ++i) expect(i, is_stringlike(args[i]), "a str");
      return tt.str();
    case BuiltinId::OsPathExists:
    case BuiltinId::OsPathIsfile:
    case BuiltinId::OsPathIsdir:
      if (!arity(1, 1)) break;
      expect(0, is_stringlike(args[0]), "a str");
      return tt.boolean();
    case BuiltinId::OsPathBasename:
    case BuiltinId::OsPathDirname:
      if (!arity(1, 1)) break;
      expect(0, is_stringlike(args[0]), "a str");
      return tt.str();
    case BuiltinId::OsPathSplitext:
    case BuiltinId::OsPathSplit:
      if (!arity(1, 1)) break;
      expect(0, is_stringlike(args[0]), "a str");
      return tt.tuple({tt.str(), tt.str()});
    case BuiltinId::OsPathGetsize:
      if (!arity(1, 1)) break;
      expect(0, is_stringlike(args[0]), "a str");
      return tt.integer();
    case BuiltinId::OsLseek:
      if (!arity(3, 3)) break;
      for (size_t i = 0; i < 3; ++i) expect(i, is_intlike(args[i]), "an int");
      return tt.integer();
    case BuiltinId::OsFtruncate:  // os.ftruncate(fd, length), os.lockf(fd, cmd, length), os.fsync(fd): None
    case BuiltinId::OsLockf:
    case BuiltinId::OsFsync: {
      size_t n = id == BuiltinId::OsLockf ? 3 : id == BuiltinId::OsFtruncate ? 2 : 1;
      if (!arity(n, n)) break;
      for (size_t i = 0; i < n; ++i) expect(i, is_intlike(args[i]), "an int");
      return tt.none();
    }
    case BuiltinId::OsStat:
    case BuiltinId::OsFstat:
      if (!arity(1, 1)) break;
      if (id == BuiltinId::OsStat)
        expect(0, is_stringlike(args[0]), "a str");
      else
        expect(0, is_intlike(args[0]), "an int");
      // A stat result: (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime, st_mtime, st_ctime)
      return tt.tuple({tt.integer(), tt.integer(), tt.integer(), tt.integer(), tt.integer(), tt.integer(), tt.integer(), tt.floating(),
                       tt.floating(), tt.floating()});
    case BuiltinId::OsUnlink:
    case BuiltinId::OsRemove:
      if (!arity(1, 1)) break;
      expect(0, is_stringlike(args[0]), "a str");
      return tt.none();
    case BuiltinId::OsStrerror:
      if (!arity(1, 1)) break;
      expect(0, is_intlike(args[0]), "an int");
      return tt.str();
    case BuiltinId::OsGetcwd:
      if (!arity(0, 0)) break;
      return tt.str();
    case BuiltinId::OsGetpid:
      if (!arity(0, 0)) break;
      return tt.integer();
    case BuiltinId::OsGetenv:
    case BuiltinId::OsEnvironGet:
      if (!arity(1, 2)) break;
      expect(0, is_stringlike(args[0]), "a str");
      if (npos == 2 && !imp(args[1]) && is_stringlike(args[1])) return tt.str();
      return tt.str(true);
    case BuiltinId::TimeSleep:
      if (!arity(1, 1)) break;
      expect(0, is_number_kind(args[0]), "a number");
      return tt.none();
    case BuiltinId::TimePerfCounter:
    case BuiltinId::TimeProcessTime:
      if (!arity(0, 0)) break;
      return tt.floating();
    case BuiltinId::NamedTupleMake:
      return named_tuple_of(e, args);
    case BuiltinId::DatetimeUtcOffset:
      if (!arity(1, 1)) break;
      expect(0, is_intlike(args[0]), "an int");
      return tt.integer();
    case BuiltinId::SysSetrecursionlimit:
      // Accepted: translated code recurses as deep as its C stack allows (RecursionError beyond).
      if (!arity(1, 1)) break;
      expect(0, is_intlike(args[0]), "an int");
      return tt.none();
    case BuiltinId::SysGetrecursionlimit:
      if (!arity(0, 0)) break;
      return tt.integer();
    case BuiltinId::MathIsqrt:
      if (!arity(1, 1)) break;
      expect(0, is_intlike(args[0]), "an int");
      return tt.integer();
    case BuiltinId::MathComb:
    case BuiltinId::MathPerm:
      if (!arity(id == BuiltinId::MathPerm ? 1 : 2, 2)) break;
      for (size_t i = 0; i < npos; ++i) expect(i, is_intlike(args[i]) || (i == 1 && args[i]->kind == TypeKind::None), "an int");
      return tt.integer();
    case BuiltinId::MathIsnan:
    case BuiltinId::MathIsinf:
    case BuiltinId::MathIsfinite:
      if (!arity(1, 1)) break;
      expect(0, is_number_kind(args[0]), "a number");
      return tt.boolean();
    case BuiltinId::MathHypot:  // Python 3: any number of coordinates (rpy::vector_norm)
      if (!interp().sources().py3()) {
        if (!arity(2, 2)) break;
      } else if (!arity(0, 64)) {
        break;
      }
      for (size_t i = 0; i < npos; ++i) expect(i, is_number_kind(args[i]), "a number");
      return tt.floating();
    case BuiltinId::MathFmod:
    case BuiltinId::MathAtan2:
    case BuiltinId::MathCopysign:
      if (!arity(2, 2)) break;
      expect(0, is_number_kind(args[0]), "a number");
      expect(1, is_number_kind(args[1]), "a number");
      return tt.floating();
    case BuiltinId::MathLdexp:
      if (!arity(2, 2)) break;
      expect(0, is_number_kind(args[0]), "a number");
      expect(1, is_intlike(args[1]), "an int");
      return tt.floating();
    case BuiltinId::MathFrexp:
      if (!arity(1, 1)) break;
      expect(0, is_number_kind(args[0]), "a number");
      return tt.tuple({tt.floating(), tt.integer()});
    case BuiltinId::MathModf:
      if (!arity(1, 1)) break;
      expect(0, is_number_kind(args[0]), "a number");
      return tt.tuple({tt.floating(), tt.floating()});
    case BuiltinId::MathTrunc:
      if (!arity(1, 1)) break;
      expect(0, is_numeric(args[0]), "a number");
      return tt.integer();
    case BuiltinId::MathFactorial:
      if (!arity(1, 1)) break;
      expect(0, is_intlike(args[0]), "an int");
      return tt.integer();
    case BuiltinId::MathGcd:
      if (!arity(2, 2)) break;
      expect(0, is_intlike(args[0]), "an int");
      expect(1, is_intlike(args[1]), "an int");
      return tt.integer();
    case BuiltinId::MathLog10:
    case BuiltinId::MathLog2:
    case BuiltinId::MathTan:
    case BuiltinId::MathAsin:
    case BuiltinId::MathAcos:
    case BuiltinId::MathAtan:
    case BuiltinId::MathSinh:
    case BuiltinId::MathCosh:
    case BuiltinId::MathTanh:
    case BuiltinId::MathExpm1:
    case BuiltinId::MathLog1p:
    case BuiltinId::MathDegrees:
    case BuiltinId::MathRadians:
    case BuiltinId::MathAcosh:
    case BuiltinId::MathAsinh:
    case BuiltinId::MathAtanh:
    case BuiltinId::MathCbrt:
    case BuiltinId::MathErf:
    case BuiltinId::MathErfc:
    case BuiltinId::MathExp2:
      if (!arity(1, 1)) break;
      expect(0, is_number_kind(args[0]), "a number");
      return tt.floating();
    case BuiltinId::StrFormat:  // Python 2's u'...'.format(...) gives unicode (str arguments decoded as ASCII)
      return !args.empty() && args[0] && args[0]->kind == TypeKind::Unicode ? tt.unicode() : tt.str();
    case BuiltinId::StrFormatMap: {  // "{a}-{b}".format_map(d): codegen/emit_format.cpp looks each name up in d
      if (!interp().sources().py3()) {
        error(e.loc, "AttributeError: 'str' object has no attribute 'format_map' in Python 2 (a Python 3 method)");
        return tt.impossible();
      }
      if (!arity(2, 2)) break;  // the receiver and the dict
      Expr& recv = *e.args[0]->args[0];
      if (recv.op != ExprOp::Const || recv.value->kind != m::ObjKind::Str) {
        error(e.loc, "str.format_map() needs a literal (constant) format string");
        return tt.impossible();
      }
      if (imp(args[1])) return tt.str();
      const DictDef* d = args[1]->kind == TypeKind::Dict ? args[1]->dictdef->find() : nullptr;
      if (!d || d->is_set || d->factory || d->counter || d->odict || d->custom_keys || args[1]->nullable) {
        error(e.args[1]->loc,
              "str.format_map() in translated code takes a dict (not None, a defaultdict or a Counter), not " + describe(args[1]));
        return tt.impossible();
      }
      if (imp(d->key) || imp(d->value)) return tt.str();
      if (!is_stringlike(d->key) || d->key->nullable) {
        error(e.args[1]->loc,
              "str.format_map() in translated code takes a dict with str keys (python looks the field names up), not " + describe(args[1]));
        return tt.impossible();
      }
      if (d->value->kind == TypeKind::Instance) {
        error(e.args[1]->loc, "str.format_map() of a dict of instances is not supported in translated code: use str.format()");
        return tt.impossible();
      }
      wants_str(d->value);
      return tt.str();
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      bool py3 = interp().sources().py3();
      if (!arity(1, 16, py3 ? std::vector<std::string>{"key", "default"} : std::vector<std::string>{"key"})) break;
      int dflt = kwarg("default");
      if (dflt >= 0 && npos != 1) {
        error(e.loc, "Cannot specify a default for " + name + "() with multiple positional arguments (TypeError)");
        break;
      }
      TypeRef item = tt.impossible();
      if (npos == 1) {
        item = elem(0);
      } else {
        for (size_t i = 0; i < npos; ++i) {
          UnionResult u = union_types(tt, item, args[i], this);
          if (!u.type) {
            error(arg_expr(i).loc, name + "() arguments must have compatible types: " + u.why);
            return tt.impossible();
          }
          item = u.type;
        }
      }
      int k = kwarg("key");
      if (k >= 0 && !imp(item))
        key_call(e, *e.args[static_cast<size_t>(k) + 1], item, g, id == BuiltinId::Max);
      else if (!imp(item) && !comparable(item) && !less_call(e, item, g, id == BuiltinId::Max))
        error(e.loc,
              name + "() of items of type " + describe(item) + " is not supported (only numbers, strings, tuples and lists compare)");
      else if (!imp(item) && (item->kind == TypeKind::Tuple || item->kind == TypeKind::List))
        instances_in_order(item, e.loc, id == BuiltinId::Max);
      if (dflt >= 0) {  // max(xs, default=d): d when xs is empty, so either type
        TypeRef d = args[static_cast<size_t>(dflt)];
        UnionResult u = union_types(tt, item, d, this);
        if (!u.type) {
          error(e.args[static_cast<size_t>(dflt) + 1]->loc, name + "()'s default and the items must have compatible types: " + u.why);
          return tt.impossible();
        }
        return u.type;
      }
      return item;
    }
    default:
      break;
  }
  return tt.impossible();
}

// `e.__str__()` where the class of e (its static class) does not define __str__ and inherits
// BaseException's: Python looks __str__ up on the object's class, so a subclass's own __str__ runs
// when the object has one, else the base's (the message). That is str(e), which rpy dispatches the
// same way: the call becomes str(e). (Exception.__str__(e) through the class is the builtin ExcStr.)
TypeRef Annotator::inherited_exc_str_call(Expr& e, TypeRef callee, const std::vector<TypeRef>& args, Graph& g) {
  if (callee->const_value->as<m::BuiltinObj>()->name != "BaseException.__str__") return nullptr;
  Expr& fn = *e.args[0];
  if (fn.op != ExprOp::GetAttr || fn.args.size() != 1 || !fn.args[0]->type) return nullptr;
  TypeRef recv = fn.args[0]->type;
  if (recv->kind != TypeKind::Instance || !recv->cls->is_exception) return nullptr;
  if (!args.empty() || !e.kwnames.empty() || e.star) {
    error(e.loc, "__str__() takes no arguments");
    return tt_.impossible();
  }
  ir::ExprPtr obj = std::move(fn.args[0]);
  auto str_fn = std::make_unique<Expr>(ExprOp::Const, fn.loc);
  str_fn->value = interp().builtins()->attrs.at("str");
  e.args[0] = std::move(str_fn);
  e.args.push_back(std::move(obj));
  reset_call(e);
  changed_ = true;
  return call(e, g);
}

// sorted(xs, key=functools.cmp_to_key(f)) and xs.sort(key=functools.cmp_to_key(f)) (and Python 2's
// cmp=f, whose sort tests f(x, y) < 0 itself): Python's key
// objects order by `f(a, b) < 0` (their __lt__), and the sort compares only with <, so the sort
// is that of the items themselves compared by f: the key argument is dropped and the call gets
// Seq($lt_a, $lt_b, f($lt_a, $lt_b) < 0), marked "$lt_cmp", which the Sorted rule types and the
// emitter makes the comparison of list_sort_less. f is read again per comparison, so it must be
// a read without effects (a name, a constant, a method of one, a lambda of such), as for key=.
void Annotator::cmp_to_key_arg(Expr& e, TypeRef callee, Graph& g) {
  if (!callee || e.kwnames.empty()) return;
  bool sort_call = (callee->kind == TypeKind::Builtin && callee->const_value &&
                    builtin_id_of(callee->const_value) == static_cast<int>(BuiltinId::Sorted)) ||
                   (callee->kind == TypeKind::BuiltinMethod && callee->name == "sort" && !callee->items.empty() && callee->items[0] &&
                    callee->items[0]->kind == TypeKind::List);
  if (!sort_call) return;
  const bool py2 = !interp_.sources().py3();
  size_t first_kw = e.args.size() - e.kwnames.size();
  for (size_t k = 0; k < e.kwnames.size(); ++k) {
    Expr* fp = nullptr;  // the comparison function
    Expr& kc = *e.args[first_kw + k];
    if (e.kwnames[k] == "key") {
      if (kc.op == ExprOp::Const && kc.value)
        if (m::Ref cmp = m::cmp_to_key_function(kc.value)) {
          // KEY = functools.cmp_to_key(f) made at import time: as key=functools.cmp_to_key(f)
          m::Ref maker;
          try {
            maker = interp_.get_attr_or_null(interp_.loader().import_module("functools", kc.loc), "cmp_to_key", kc.loc);
          } catch (const m::PyException&) {
          } catch (const m::EvalError&) {
          }
          if (maker) {
            Loc at = kc.loc;
            Expr c(ExprOp::Call, at);
            for (const m::Ref& v : {maker, cmp}) {
              auto x = std::make_unique<Expr>(ExprOp::Const, at);
              x->value = v;
              c.args.push_back(std::move(x));
            }
            kc = std::move(c);
            changed_ = true;
          }
        }
      if (kc.op != ExprOp::Call || kc.args.size() != 2 || !kc.kwnames.empty() || kc.star) continue;
      TypeRef ct = expr(*kc.args[0], g);
      if (!ct || ct->kind != TypeKind::Builtin || !ct->const_value || ct->const_value->as<m::BuiltinObj>()->name != "functools.cmp_to_key")
        continue;
      fp = kc.args[1].get();
    } else if (py2 && e.kwnames[k] == "cmp") {
      // Python 2's sorted(xs, cmp=f) / xs.sort(cmp=f): its sort tests cmp(x, y) < 0, the same
      // comparison (cmp=None: the items' own order).
      if (kc.op == ExprOp::Const && kc.value && kc.value->kind == m::ObjKind::None) {
        e.args.erase(e.args.begin() + static_cast<std::ptrdiff_t>(first_kw + k));
        e.kwnames.erase(e.kwnames.begin() + static_cast<std::ptrdiff_t>(k));
        changed_ = true;
        return cmp_to_key_arg(e, callee, g);
      }
      for (size_t j = 0; j < e.kwnames.size(); ++j)
        if (e.kwnames[j] == "key") {
          Expr& other = *e.args[first_kw + j];
          if (!(other.op == ExprOp::Const && other.value && other.value->kind == m::ObjKind::None)) {
            error(e.loc, "sorting with both cmp= and key= is not supported: compare the keys in the cmp function");
            return;
          }
        }
      fp = &kc;
    } else {
      continue;
    }
    Expr& f = *fp;
    const Expr* base = &f;  // a name, a constant, or a method of one (`r.cmp`)
    while (base->op == ExprOp::GetAttr && base->args.size() == 1) base = base->args[0].get();
    bool plain = base->op == ExprOp::Local || base->op == ExprOp::Const;
    if (f.op == ExprOp::MakeClosure) {
      plain = true;
      for (auto& a : f.args) plain = plain && (a->op == ExprOp::Local || a->op == ExprOp::Const);
    }
    if (!plain) {
      error(f.loc, "a comparison function given by this expression is not supported: assign it to a variable first");
      return;
    }
    Loc at = kc.loc;
    auto local = [&](ir::Var* v) {
      auto l = std::make_unique<Expr>(ExprOp::Local, at);
      l->var = v;
      return l;
    };
    ir::Var* va = g.new_var("$lt_a", at);
    ir::Var* vb = g.new_var("$lt_b", at);
    auto cmp_call = std::make_unique<Expr>(ExprOp::Call, at);
    cmp_call->args.push_back(fp == &kc ? std::move(e.args[first_kw + k]) : std::move(kc.args[1]));
    cmp_call->args.push_back(local(va));
    cmp_call->args.push_back(local(vb));
    auto lt = std::make_unique<Expr>(ExprOp::Compare, at);
    lt->cmp = syntax::CmpOp::Lt;
    if (fp == &kc) lt->attr = "$cmp_int";  // Python 2's cmp=: its result must be an int (the Sorted rule)
    lt->args.push_back(std::move(cmp_call));
    auto zero = std::make_unique<Expr>(ExprOp::Const, at);
    zero->value = m::make_int(0);
    lt->args.push_back(std::move(zero));
    auto seq = std::make_unique<Expr>(ExprOp::Seq, at);
    seq->attr = "$lt_cmp";
    seq->args.push_back(local(va));
    seq->args.push_back(local(vb));
    seq->args.push_back(std::move(lt));
    e.defaults.push_back(std::move(seq));
    e.args.erase(e.args.begin() + static_cast<std::ptrdiff_t>(first_kw + k));
    e.kwnames.erase(e.kwnames.begin() + static_cast<std::ptrdiff_t>(k));
    changed_ = true;
    return;
  }
}

}  // namespace rpy::annotate
