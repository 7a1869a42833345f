// Type rules of dicts and sets: the constructors dict()/set(), their methods (builtins.def) and
// the set operators | & - ^. A set is a dict whose DictDef has is_set (its value type is None).
#include "annotate/annotator.hpp"

namespace rpy::annotate {

using ir::Expr;
using ir::Graph;

namespace {
bool is_dict_type(TypeRef t) { return t && t->kind == TypeKind::Dict && !t->dictdef->find()->is_set; }
}  // namespace

bool is_dict_builtin(BuiltinId id) {
  switch (id) {
    case BuiltinId::DictNew:
    case BuiltinId::SetNew:
    case BuiltinId::FrozenSetNew:
    case BuiltinId::DictGet:
    case BuiltinId::DictSetdefault:
    case BuiltinId::DictPop:
    case BuiltinId::DictPopitem:
    case BuiltinId::DictUpdate:
    case BuiltinId::DictCopy:
    case BuiltinId::DictClear:
    case BuiltinId::DictKeys:
    case BuiltinId::DictValues:
    case BuiltinId::DictItems:
    case BuiltinId::DictIterkeys:
    case BuiltinId::DictItervalues:
    case BuiltinId::DictIteritems:
    case BuiltinId::DictHasKey:
    case BuiltinId::SetAdd:
    case BuiltinId::SetRemove:
    case BuiltinId::SetDiscard:
    case BuiltinId::SetPop:
    case BuiltinId::SetClear:
    case BuiltinId::SetUpdate:
    case BuiltinId::SetCopy:
    case BuiltinId::SetUnion:
    case BuiltinId::SetIntersection:
    case BuiltinId::SetDifference:
    case BuiltinId::SetSymmetricDifference:
    case BuiltinId::SetIntersectionUpdate:
    case BuiltinId::SetDifferenceUpdate:
    case BuiltinId::SetSymmetricDifferenceUpdate:
    case BuiltinId::SetIssubset:
    case BuiltinId::SetIssuperset:
    case BuiltinId::SetIsdisjoint:
    case BuiltinId::RDictNew:
      return true;
    default:
      return false;
  }
}

TypeRef Annotator::call_dict_builtin(BuiltinId id, Expr& e, std::vector<TypeRef>& args, Graph& g) {
  TypeTable& tt = types();
  bool method = e.call_kind == ir::CallKind::BuiltinMethod;
  std::string name = builtin_name(id);
  if (method) name = name.substr(name.find('.') + 1);
  size_t npos = args.size() - e.kwnames.size();
  // Location of positional argument i (receiver excluded for methods).
  auto arg_loc = [&](size_t i) -> Loc {
    size_t k = method ? i : i + 1;
    return e.args.size() > k ? e.args[k]->loc : e.loc;
  };
  // dict(it), set(it), frozenset(it) of an iterator (a generator, map()): built from list(it),
  // which consumes it in the same order.
  if ((id == BuiltinId::DictNew || id == BuiltinId::SetNew || id == BuiltinId::FrozenSetNew) && !method && npos == 1 && args[0] &&
      args[0]->kind == TypeKind::Iterator)
    args[0] = as_list_arg(e, 1, g);
  auto arity = [&](size_t lo, size_t hi) {
    size_t n = npos - (method ? 1 : 0);
    if (!e.kwnames.empty()) {
      error(e.loc, name + "() does not take keyword arguments");
      return false;
    }
    if (n < lo || n > hi) {
      std::string want = lo == hi ? std::to_string(lo) : std::to_string(lo) + " to " + std::to_string(hi);
      error(e.loc, name + "() takes " + want + " argument" + (hi == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
      return false;
    }
    return true;
  };
  TypeRef recv = method ? args[0] : nullptr;
  DictDef* d = recv && recv->kind == TypeKind::Dict ? recv->dictdef->find() : nullptr;
  auto merge_key = [&](TypeRef k, Loc loc) {
    DictDef* r = d->find();
    merge_into(r->key, r->key_origins, k, loc, r->is_set ? "the items of this set" : "the keys of this dict");
  };
  // A key used for a lookup generalizes the keys, as in RPython (a str looked up among chars).
  auto check_key = [&](size_t i) {
    if (d) merge_key(args[i], arg_loc(i));
  };
  auto merge_value = [&](TypeRef v, Loc loc) {
    DictDef* r = d->find();
    merge_into(r->value, r->value_origins, v, loc, "the values of this dict");
  };
  // Unifies two containers (they flow together: same key and value types).
  auto unify = [&](TypeRef a, TypeRef b, Loc loc) {
    UnionResult u = union_types(tt, tt.with_nullable(a, false), tt.with_nullable(b, false), this);
    if (!u.type) error(loc, "these " + std::string(is_set_type(a) ? "sets" : "dicts") + " cannot be mixed: " + u.why);
    return u.type ? u.type : tt.impossible();
  };
  auto value_or = [&](TypeRef dflt, Loc loc) -> TypeRef {
    DictDef* r = d->find();
    UnionResult u = union_types(tt, r->value, dflt, this);
    if (!u.type) {
      error(loc,
            "the default value (" + describe(dflt) + ") is incompatible with the dict's values (" + describe(r->value) + "): " + u.why);
      return r->value;
    }
    return u.type;
  };
  auto set_arg = [&](size_t i, bool allow_list) -> bool {
    TypeRef o = args[i];
    if (imp(o)) return true;
    if (is_set_type(o)) {
      unify(recv, o, arg_loc(i));
      return true;
    }
    // Any iterable, as Python's set methods take (s.difference(a_list), s.issubset(gen())): its
    // items are the set's keys or looked up among them (a lookup generalizes the keys, as
    // check_key). `allow_list`: the method stores them (union, update, symmetric_difference).
    (void)allow_list;
    if (o->kind == TypeKind::List || o->kind == TypeKind::Str || o->kind == TypeKind::Char || o->kind == TypeKind::Tuple ||
        o->kind == TypeKind::Iterator || (o->kind == TypeKind::Bytes && interp_.sources().py3()) || is_dict_type(o)) {
      merge_key(iter_element(o, arg_loc(i), nullptr, g), arg_loc(i));
      return true;
    }
    error(arg_loc(i), "set." + name + "() needs a set or an iterable (a list, a tuple, a str, a dict or an iterator), not " + describe(o));
    return false;
  };

  switch (id) {
    case BuiltinId::DictNew: {
      if (!arity(0, 1)) break;
      DictDef* nd = dictdef_for(&e, nullptr, nullptr, false);
      if (!args.empty() && !imp(args[0])) {
        TypeRef a = args[0];
        if (is_dict_type(a)) {
          DictDef* src = a->dictdef->find();
          if (!src->factory && !src->counter && !src->odict) return unify(tt.dict(nd), a, arg_loc(0));
          // dict(a_defaultdict), dict(a_counter), dict(an_ordered_dict): a plain dict with the same items (its own
          // table, without the default factory or the counting).
          DictDef* r = nd->find();
          merge_into(r->key, r->key_origins, src->key, arg_loc(0), "the keys of this dict");
          r = r->find();
          merge_into(r->value, r->value_origins, src->value, arg_loc(0), "the values of this dict");
          return tt.dict(nd->find());
        }
        TypeRef item = iter_element(a, arg_loc(0), nullptr, g);
        if (imp(item)) return tt.dict(nd->find());
        if (item->kind != TypeKind::Tuple || item->items.size() != 2) {
          error(arg_loc(0), "dict() needs a dict or a list of (key, value) pairs, not " + describe(a));
          break;
        }
        DictDef* r = nd->find();
        merge_into(r->key, r->key_origins, item->items[0], arg_loc(0), "the keys of this dict");
        r = r->find();
        merge_into(r->value, r->value_origins, item->items[1], arg_loc(0), "the values of this dict");
      }
      return tt.dict(nd->find());
    }
    case BuiltinId::SetNew:
    case BuiltinId::FrozenSetNew: {
      if (!arity(0, 1)) break;
      DictDef* nd = dictdef_for(&e, nullptr, tt.none(), true);
      if (id == BuiltinId::FrozenSetNew && !nd->find()->may_freeze) {
        nd->find()->may_freeze = true;
        mark_changed();
      }
      if (!args.empty() && !imp(args[0])) {
        TypeRef a = args[0];
        if (is_set_type(a)) return unify(tt.dict(nd), a, arg_loc(0));
        if (a->kind == TypeKind::Instance) a = as_list_arg(e, 1, g);  // set(obj): of its items, list(obj)
        TypeRef item = iter_element(a, arg_loc(0), nullptr, g);
        DictDef* r = nd->find();
        merge_into(r->key, r->key_origins, item, arg_loc(0), "the items of this set");
      }
      return tt.dict(nd->find());
    }

    case BuiltinId::RDictNew: {
      // r_dict(key_eq, key_hash): a dict whose keys are compared and hashed by the program's
      // functions; the two graphs are kept in e.targets for codegen.
      if (npos != 2) {
        error(e.loc, "r_dict() takes 2 arguments (key_eq, key_hash)");
        break;
      }
      DictDef* nd = dictdef_for(&e, nullptr, nullptr, false);
      nd->find()->ordered = true;
      nd->find()->custom_keys = true;
      TypeRef K = nd->find()->key;
      std::vector<Graph*> targets;
      for (size_t i = 0; i < 2; ++i) {
        TypeRef f = args[i];
        if (imp(f)) return tt.dict(nd->find());
        if (f->kind != TypeKind::Function || f->funcs.size() != 1 || f->nullable) {
          error(arg_loc(i), std::string("r_dict() needs a function as its ") + (i ? "key_hash" : "key_eq") + ", not " + describe(f));
          return tt.dict(nd->find());
        }
        std::vector<TypeRef> argtypes(i == 0 ? 2 : 1, K);
        Graph* tg = graph_for(f->funcs[0], argtypes, arg_loc(i));
        if (tg->params.size() != argtypes.size()) {
          error(arg_loc(i), std::string("the ") + (i ? "key_hash" : "key_eq") + " function of r_dict() must take " +
                                std::to_string(argtypes.size()) + " argument" + (i ? "" : "s"));
          return tt.dict(nd->find());
        }
        for (auto* p : tg->params) assign_var(p, K, arg_loc(i));
        TypeRef rt = tg->return_type;
        if (!imp(rt) && !is_intlike(rt))
          error(arg_loc(i), std::string("the ") + (i ? "key_hash" : "key_eq") + " function of r_dict() must return " +
                                (i ? "an int" : "a bool") + ", not " + describe(rt));
        targets.push_back(tg);
      }
      e.targets = targets;
      return tt.dict(nd->find());
    }

    // ---- dict methods (args[0] is the receiver)
    case BuiltinId::DictGet:
      if (!arity(1, 2)) break;
      check_key(1);
      if (npos == 3) return value_or(args[2], arg_loc(2));
      return value_or(tt.none(), e.loc);
    case BuiltinId::DictSetdefault:
      if (!arity(1, 2)) break;
      merge_key(args[1], arg_loc(1));
      merge_value(npos == 3 ? args[2] : tt.none(), npos == 3 ? arg_loc(2) : e.loc);
      return d->find()->value;
    case BuiltinId::DictPop:
      if (!arity(1, 2)) break;
      check_key(1);
      if (npos == 3) return value_or(args[2], arg_loc(2));
      return d->find()->value;
    case BuiltinId::DictPopitem:
      if (!arity(0, 0)) break;
      return tt.tuple({d->find()->key, d->find()->value});
    case BuiltinId::DictUpdate:
      if (!arity(1, 1)) break;
      if (!imp(args[1])) {
        if (is_dict_type(args[1]) && (recv->dictdef->find()->odict || args[1]->dictdef->find()->odict)) {
          // An OrderedDict updated from a dict (or the other way): the items are copied, the
          // two stay different kinds of dict.
          merge_key(args[1]->dictdef->find()->key, arg_loc(1));
          merge_value(args[1]->dictdef->find()->value, arg_loc(1));
        } else if (is_dict_type(args[1])) {
          unify(recv, args[1], arg_loc(1));
        } else
          error(arg_loc(1), "dict.update() needs a dict, not " + describe(args[1]));
      }
      return tt.none();
    case BuiltinId::DictCopy:
    case BuiltinId::SetCopy:
      if (!arity(0, 0)) break;
      return tt.with_nullable(recv, false);
    case BuiltinId::DictClear:
    case BuiltinId::SetClear:
      if (!arity(0, 0)) break;
      return tt.none();
    case BuiltinId::DictKeys:
    case BuiltinId::DictIterkeys:
    case BuiltinId::DictValues:
    case BuiltinId::DictItervalues:
    case BuiltinId::DictItems:
    case BuiltinId::DictIteritems: {
      if (!arity(0, 0)) break;
      // A new list (Python 2); a for loop over it iterates the dict directly (codegen).
      DictDef* r = d->find();
      TypeRef item = id == BuiltinId::DictKeys || id == BuiltinId::DictIterkeys       ? r->key
                     : id == BuiltinId::DictValues || id == BuiltinId::DictItervalues ? r->value
                                                                                      : tt.tuple({r->key, r->value});
      if (imp(r->key) && (id == BuiltinId::DictItems || id == BuiltinId::DictIteritems)) item = tt.impossible();
      ListDef* ld = listdef_for(&e, nullptr);
      ld->resized = true;
      merge_into(ld->item, ld->origins, item, e.loc, "the items of this list");
      return tt.list(ld->find());
    }
    case BuiltinId::DictHasKey:
      if (!arity(1, 1)) break;
      check_key(1);
      return tt.boolean();

    // ---- set methods
    case BuiltinId::SetAdd:
      if (!arity(1, 1)) break;
      merge_key(args[1], arg_loc(1));
      return tt.none();
    case BuiltinId::SetRemove:
    case BuiltinId::SetDiscard:
      if (!arity(1, 1)) break;
      check_key(1);
      return tt.none();
    case BuiltinId::SetPop:
      if (!arity(0, 0)) break;
      return d->find()->key;
    case BuiltinId::SetUpdate:
      if (!arity(1, 1)) break;
      set_arg(1, true);
      return tt.none();
    case BuiltinId::SetIntersectionUpdate:
    case BuiltinId::SetDifferenceUpdate:
    case BuiltinId::SetSymmetricDifferenceUpdate:
      if (!arity(1, 1)) break;
      set_arg(1, id == BuiltinId::SetSymmetricDifferenceUpdate);
      return tt.none();
    case BuiltinId::SetUnion:
    case BuiltinId::SetIntersection:
    case BuiltinId::SetDifference:
    case BuiltinId::SetSymmetricDifference:
      if (!arity(1, 1)) break;
      set_arg(1, id == BuiltinId::SetUnion);
      return tt.dict(d->find());
    case BuiltinId::SetIssubset:
    case BuiltinId::SetIssuperset:
    case BuiltinId::SetIsdisjoint:
      if (!arity(1, 1)) break;
      set_arg(1, false);
      return tt.boolean();
    default:
      break;
  }
  return tt.impossible();
}

TypeRef Annotator::dict_binop(syntax::BinOp op, TypeRef a, TypeRef b, Loc loc, bool inplace) {
  (void)inplace;
  using syntax::BinOp;
  if (is_set_type(a) && is_set_type(b) && (op == BinOp::BitOr || op == BinOp::BitAnd || op == BinOp::Sub || op == BinOp::BitXor)) {
    UnionResult u = union_types(types(), types().with_nullable(a, false), types().with_nullable(b, false), this);
    if (!u.type) {
      error(loc, std::string("the sets of '") + syntax::binop_symbol(op) + "' cannot be mixed: " + u.why);
      return types().impossible();
    }
    return u.type;
  }
  // Python 3.9's d1 | d2 (a new dict: d1's items updated with d2's) and d1 |= d2 (d1.update(d2));
  // a {**d1, **d2} display is lowered to it. Python 2 dicts have no '|'.
  auto is_plain_dict = [](TypeRef t) { return t && t->kind == TypeKind::Dict && !t->dictdef->find()->is_set; };
  if (op == BinOp::BitOr && is_plain_dict(a) && is_plain_dict(b) && interp_.sources().py3()) {
    UnionResult u = union_types(types(), types().with_nullable(a, false), types().with_nullable(b, false), this);
    if (!u.type) {
      error(loc, "the dicts of '|' cannot be mixed: " + u.why);
      return types().impossible();
    }
    return u.type;
  }
  return nullptr;  // not a set or dict operation
}

}  // namespace rpy::annotate
