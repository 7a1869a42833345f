// Type rules of collections.deque in translated code (builtins.def, collections block).
//
// A deque is a list whose ListDef is marked `deque` when deque() makes it: it has one item type
// shared with every deque it flows with, as a list has, and never merges with a plain list (the
// two are different objects at run time). Reading it (len, indexing, iteration, `in`, str) goes
// through the list's rules; its methods are the ones below.
#include "annotate/annotator.hpp"
#include "annotate/descs.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::Graph;

bool is_collections_builtin(BuiltinId id) {
  return static_cast<int>(id) >= static_cast<int>(BuiltinId::DequeNew) &&
         static_cast<int>(id) <= static_cast<int>(BuiltinId::DefaultDictNew);
}

namespace {}  // namespace

TypeRef Annotator::call_collections_builtin(BuiltinId id, Expr& e, std::vector<TypeRef>& args, Graph& g) {
  TypeTable& tt = tt_;
  const size_t npos = args.size() - e.kwnames.size();
  // The name Python gives: "deque", "deque.append", "Counter.update"...
  std::string name = builtin_name(id);
  if (name.rfind("collections.", 0) == 0) name = name.substr(12);
  if (name.rfind("Deque.", 0) == 0) name = "deque." + name.substr(6);
  auto arg_loc = [&](size_t i) { return e.args.size() > i + 1 ? e.args[i + 1]->loc : e.loc; };
  auto arity = [&](size_t lo, size_t hi) {
    if (!e.kwnames.empty() && id != BuiltinId::DequeNew) {
      error(e.loc, name + "() does not take keyword arguments");
      return false;
    }
    if (npos < lo || npos > hi) {
      error(e.loc, name + "() takes " + (lo == hi ? std::to_string(lo) : std::to_string(lo) + " to " + std::to_string(hi)) +
                       " arguments (" + std::to_string(npos) + " given)");
      return false;
    }
    return true;
  };
  auto expect_int = [&](size_t i) {
    if (!imp(args[i]) && !is_intlike(args[i]))
      error(arg_loc(i - 1), name + "() argument " + std::to_string(i + 1) + " must be an int, not " + describe(args[i]));
  };
  if (id == BuiltinId::DequeNew) {
    // deque([iterable[, maxlen]]); iterable= and maxlen= by keyword too.
    ListDef* d = listdef_for(&e, nullptr)->find();
    d->deque = true;
    d->resized = true;
    d->mutated = true;
    if (!arity(0, 2)) return tt.list(d->find());
    int iterable = npos > 0 ? 0 : -1, maxlen = npos > 1 ? 1 : -1;
    for (size_t k = 0; k < e.kwnames.size(); ++k) {
      int at = static_cast<int>(npos + k);
      if (e.kwnames[k] == "iterable" && iterable < 0)
        iterable = at;
      else if (e.kwnames[k] == "maxlen" && maxlen < 0)
        maxlen = at;
      else
        error(e.loc, "deque() got an unexpected keyword argument '" + e.kwnames[k] + "'");
    }
    if (iterable >= 0 && !imp(args[iterable])) {
      TypeRef item = iter_element(args[iterable], arg_loc(iterable), e.args[iterable + 1].get(), g);
      merge_into(d->find()->item, d->find()->origins, item, e.loc, "the items of this deque");
    }
    if (maxlen >= 0 && !imp(args[maxlen]) && !is_intlike(args[maxlen]) && args[maxlen]->kind != TypeKind::None)
      error(arg_loc(maxlen), "deque() maxlen must be an int or None, not " + describe(args[maxlen]));
    return tt.list(d->find());
  }
  if (id == BuiltinId::DefaultDictNew) return defaultdict_new(e, args, g);
  if (id == BuiltinId::OrderedDictNew || id == BuiltinId::OrderedDictMoveToEnd || id == BuiltinId::OrderedDictPopitem)
    return call_ordered_dict(id, e, args, g);
  if (id == BuiltinId::CounterNew) {
    // Counter([iterable]): counts of the iterable's items (a mapping argument is not supported).
    DictDef* d = dictdef_for(&e, nullptr, nullptr, false)->find();
    d->counter = true;
    merge_into(d->find()->value, d->find()->value_origins, tt.integer(), e.loc, "the counts of this Counter");
    if (!arity(0, 1)) return tt.dict(d->find());
    if (npos == 1 && !imp(args[0])) {
      if (args[0]->kind == TypeKind::Dict && !args[0]->dictdef->find()->is_set) {
        error(arg_loc(0), "Counter() of a mapping is not supported in translated code: count an iterable of keys");
      } else {
        TypeRef item = iter_element(args[0], arg_loc(0), e.args[1].get(), g);
        merge_into(d->find()->key, d->find()->key_origins, item, arg_loc(0), "the keys of this Counter");
      }
    }
    return tt.dict(d->find());
  }
  if (args.empty() || imp(args[0])) return tt.impossible();
  // The receiver is a Counter or deque made by its constructor (or prebuilt); an instance of a
  // class deriving from one is an instance type, which these rules do not describe.
  bool counter_method = id == BuiltinId::CounterMostCommon || id == BuiltinId::CounterUpdate || id == BuiltinId::CounterTotal;
  if (args[0]->kind != (counter_method ? TypeKind::Dict : TypeKind::List)) {
    error(e.loc, name + "() is supported in translated code on a " + std::string(counter_method ? "Counter" : "deque") +
                     " itself, not on an instance of a class derived from it");
    return tt.impossible();
  }
  if (id == BuiltinId::CounterMostCommon || id == BuiltinId::CounterUpdate || id == BuiltinId::CounterTotal) {
    DictDef* c = args[0]->dictdef->find();
    switch (id) {
      case BuiltinId::CounterMostCommon:
        if (!arity(1, 2)) break;
        if (npos > 1 && !imp(args[1]) && !is_intlike(args[1]) && args[1]->kind != TypeKind::None)
          error(arg_loc(0), "most_common() argument must be an int or None, not " + describe(args[1]));
        {
          // The Counter's key type may grow after this call was first annotated (keys added
          // later in the program, or from a generator annotated later): merged on every pass.
          ListDef* d = listdef_for(&e, nullptr);
          if (!imp(c->key)) merge_into(d->item, d->origins, tt.tuple({c->key, tt.integer()}), e.loc, "the items of this list");
          return tt.list(d->find());
        }
      case BuiltinId::CounterUpdate:
        if (!arity(2, 2)) break;
        if (!imp(args[1])) {
          if (args[1]->kind == TypeKind::Dict && !args[1]->dictdef->find()->is_set) {
            error(arg_loc(0), "Counter.update() of a mapping is not supported in translated code: update from an iterable of keys");
          } else {
            TypeRef item = iter_element(args[1], arg_loc(0), e.args[1].get(), g);
            merge_into(c->key, c->key_origins, item, arg_loc(0), "the keys of this Counter");
          }
        }
        return tt.none();
      default:
        if (!arity(1, 1)) break;
        return tt.integer();
    }
    return tt.impossible();
  }
  if (args.empty() || imp(args[0])) return tt.impossible();
  ListDef* d = args[0]->listdef->find();
  switch (id) {
    case BuiltinId::DequeAppend:
    case BuiltinId::DequeAppendleft:
      if (!arity(2, 2)) break;
      merge_into(d->item, d->origins, args[1], arg_loc(0), "the items of this deque");
      return tt.none();
    case BuiltinId::DequeExtend:
    case BuiltinId::DequeExtendleft:
      if (!arity(2, 2)) break;
      if (!imp(args[1])) {
        TypeRef item = iter_element(args[1], arg_loc(0), e.args[1].get(), g);
        merge_into(d->item, d->origins, item, arg_loc(0), "the items of this deque");
      }
      return tt.none();
    case BuiltinId::DequePop:
    case BuiltinId::DequePopleft:
      if (!arity(1, 1)) break;
      return d->item;
    case BuiltinId::DequeRotate:
      if (!arity(1, 2)) break;
      if (npos > 1) expect_int(1);
      return tt.none();
    case BuiltinId::DequeClear:
      if (!arity(1, 1)) break;
      return tt.none();
    case BuiltinId::DequeIndex:
    case BuiltinId::DequeCount:
    case BuiltinId::DequeRemove:
      if (!arity(2, 2)) break;
      note_value_eq(d);
      return id == BuiltinId::DequeRemove ? tt.none() : tt.integer();
    case BuiltinId::DequeCopy:
      if (!arity(1, 1)) break;
      return tt.list(d);
    default:
      break;
  }
  return tt.impossible();
}

// defaultdict(factory): factory is int, float, bool, str, list, set, dict or a function of no
// arguments that is not a closure (codegen calls it wherever d[k] misses).
TypeRef Annotator::defaultdict_new(Expr& e, std::vector<TypeRef>& args, Graph& g) {
  (void)g;
  TypeTable& tt = tt_;
  if (args.size() != 1 || !e.kwnames.empty()) {
    error(e.loc, "defaultdict() takes its default factory as its one argument in translated code");
    return tt.impossible();
  }
  if (imp(args[0])) return tt.impossible();
  DictDef* d = dictdef_for(&e, nullptr, nullptr, false);
  return defaultdict_of(d, args[0], e.args[1].get(), e.args[1]->loc, e.loc);
}

// OrderedDict([items]) and its methods of its own. An OrderedDict is an insertion-ordered dict
// (`ordered`, in Python 2 programs too) marked `odict`: it merges only with OrderedDicts (its
// repr and its == differ from a dict's), and a dict argument gives its items, not its identity.
TypeRef Annotator::call_ordered_dict(BuiltinId id, Expr& e, std::vector<TypeRef>& args, Graph& g) {
  TypeTable& tt = tt_;
  const size_t npos = args.size() - e.kwnames.size();
  auto arg_loc = [&](size_t i) { return e.args.size() > i + 1 ? e.args[i + 1]->loc : e.loc; };
  if (id == BuiltinId::OrderedDictNew) {
    DictDef* d = dictdef_for(&e, nullptr, nullptr, false)->find();
    d->odict = true;
    d->ordered = true;
    if (!e.kwnames.empty() || npos > 1) {
      error(e.loc, "OrderedDict() takes a dict or an iterable of (key, value) pairs in translated code, without keyword arguments");
      return tt.dict(d->find());
    }
    if (npos == 1 && !imp(args[0])) {
      TypeRef a = args[0];
      TypeRef k = nullptr, v = nullptr;
      if (a->kind == TypeKind::Dict && !a->dictdef->find()->is_set) {
        k = a->dictdef->find()->key;
        v = a->dictdef->find()->value;
      } else {
        TypeRef item = iter_element(a, arg_loc(0), nullptr, g);
        if (imp(item)) return tt.dict(d->find());
        if (item->kind != TypeKind::Tuple || item->items.size() != 2) {
          error(arg_loc(0), "OrderedDict() needs a dict or an iterable of (key, value) pairs, not " + describe(a));
          return tt.dict(d->find());
        }
        k = item->items[0];
        v = item->items[1];
      }
      merge_into(d->find()->key, d->find()->key_origins, k, arg_loc(0), "the keys of this OrderedDict");
      merge_into(d->find()->value, d->find()->value_origins, v, arg_loc(0), "the values of this OrderedDict");
    }
    return tt.dict(d->find());
  }
  if (args.empty() || imp(args[0])) return tt.impossible();
  const bool move = id == BuiltinId::OrderedDictMoveToEnd;
  const std::string name = move ? "move_to_end" : "popitem";
  if (args[0]->kind != TypeKind::Dict || !args[0]->dictdef->find()->odict) {
    error(e.loc, "OrderedDict." + name + "() is supported in translated code on an OrderedDict itself");
    return tt.impossible();
  }
  if (move && interp_.python() == 2) {
    error(e.loc, "'OrderedDict' object has no attribute 'move_to_end' in Python 2.7 (it is Python 3's)");
    return tt.impossible();
  }
  // move_to_end(key, last=True), popitem(last=True): `last` by position or keyword, as a bool.
  const size_t before_last = move ? 2 : 1;  // positional arguments before `last`, the receiver included
  int last = npos > before_last ? static_cast<int>(before_last) : -1;
  for (size_t k = 0; k < e.kwnames.size(); ++k) {
    if (e.kwnames[k] != "last" || last >= 0) {
      error(e.loc, name + "() got an unexpected keyword argument '" + e.kwnames[k] + "'");
      return tt.impossible();
    }
    last = static_cast<int>(npos + k);
  }
  if (npos < before_last || npos > before_last + 1) {
    error(e.loc, name + "() takes " + std::to_string(before_last - 1) + " to " + std::to_string(before_last) + " positional arguments (" +
                     std::to_string(npos - 1) + " given)");
    return tt.impossible();
  }
  if (last >= 0 && !imp(args[last]) && !is_intlike(args[last]))
    error(e.loc, name + "() argument 'last' must be a bool, not " + describe(args[last]));
  DictDef* d = args[0]->dictdef->find();
  if (move) {
    if (!imp(args[1])) {
      UnionResult u = union_types(tt, d->key, args[1], this);
      if (!u.type) error(arg_loc(0), "move_to_end() key must be " + describe(d->key) + ", not " + describe(args[1]));
    }
    return tt.none();
  }
  return tt.tuple({d->key, d->value});
}

// A prebuilt Counter, defaultdict or OrderedDict (a module-level `COUNTS = Counter()`): the dict it holds,
// typed as the constructor types a new one; codegen rebuilds it as one before entry_point.
TypeRef Annotator::prebuilt_collection(const m::Ref& v, Loc loc) {
  auto* inst = v->as<m::InstanceObj>();
  if (TypeRef t = prebuilt_namedtuple(v, loc)) return t;
  if (refuse_library_class(inst->cls, loc)) return tt_.impossible();
  if (!inst->builtin_value || inst->builtin_value->kind != m::ObjKind::Dict || !inst->cls || inst->cls->kind != m::ObjKind::Class)
    return nullptr;
  auto* co = inst->cls->as<m::ClassObj>();
  if (!co->module || co->module->name != "collections" || (co->name != "Counter" && co->name != "defaultdict" && co->name != "OrderedDict"))
    return nullptr;
  TypeRef t = type_of_const(inst->builtin_value, loc);
  if (t->kind != TypeKind::Dict) return t;
  DictDef* d = t->dictdef->find();
  if (co->name == "OrderedDict") {
    d->odict = true;
    d->ordered = true;
  } else if (co->name == "Counter") {
    d->counter = true;
    merge_into(d->find()->value, d->find()->value_origins, tt_.integer(), loc, "the counts of this Counter");
    t = tt_.dict(d->find());
  } else {
    auto f = inst->attrs.find("default_factory");
    if (f == inst->attrs.end() || f->second->kind == m::ObjKind::None) {
      error(loc, "a prebuilt defaultdict without a default factory cannot be used in translated code: use a dict");
      return tt_.impossible();
    }
    t = defaultdict_of(d, type_of_const(f->second, loc), nullptr, loc, loc);
  }
  prebuilt_[v.get()] = t;
  return t;
}

// The defaultdict d with the factory of type ftype (fx: the factory's expression, null for a
// prebuilt one).
TypeRef Annotator::defaultdict_of(DictDef* d, TypeRef ftype, const Expr* fx, Loc floc, Loc loc) {
  TypeTable& tt = tt_;
  TypeRef value = nullptr;
  m::Ref factory;
  const void* graph = nullptr;
  if (ftype->kind == TypeKind::Builtin && ftype->const_value) {
    factory = ftype->const_value;
    const std::string& n = factory->as<m::BuiltinObj>()->name;
    if (n == "int")
      value = tt.integer();
    else if (n == "float")
      value = tt.floating();
    else if (n == "bool")
      value = tt.boolean();
    else if (n == "str")
      value = tt.str();
    else if (n == "list")  // a prebuilt one's default lists get a ListDef of their own
      value = tt.list(fx ? listdef_for(fx, nullptr) : tt.new_listdef(nullptr));
    else if (n == "set" || n == "dict")
      value = tt.dict(fx ? dictdef_for(fx, nullptr, nullptr, n == "set")
                         : tt.new_dictdef(nullptr, n == "set" ? tt.none() : nullptr, n == "set"));
  } else if (ftype->kind == TypeKind::Function && ftype->funcs.size() == 1 && !ftype->nullable) {
    FuncDesc* fd = ftype->funcs[0];
    auto* fo = fd->fn();
    if (!fd->is_closure() && fo->args && fo->args->args.empty() && fo->args->vararg.empty() && fo->args->kwarg.empty()) {
      factory = fd->func;
      ir::Graph* fg = graph_for(fd, {}, loc);
      graph = fg;
      value = fg && fg->return_type ? fg->return_type : tt.impossible();
    }
  }
  if (!factory) {
    error(floc,
          "defaultdict()'s factory must be int, float, bool, str, list, set, dict or a function of no arguments that "
          "reads no local variables of its caller, not " +
              describe(ftype));
    return tt.impossible();
  }
  DictDef* root = d->find();
  if (!root->factory) {
    root->factory = factory;
    root->factory_graph = graph;
  } else if (root->factory != factory) {
    error(loc, "defaultdicts with different default factories cannot be merged");
  }
  merge_into(root->value, root->value_origins, value, floc, "the values of this defaultdict");
  return tt.dict(root);
}

}  // namespace rpy::annotate
