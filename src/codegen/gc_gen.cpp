// --gc=gen's view of a program (docs/GC.md, step 3). Instances of the program's classes live on
// rpy's own moving collector; everything else (strings, the runtime's containers, exceptions)
// stays on Boehm's. Neither collector sees references held by the other's objects, so a program
// is supported only where a reference to a moving object is held by a rooted local, a rooted
// temporary, a parameter, or a field of another such object: the checker below refuses the rest,
// construct by construct, until step 4 gives the runtime's types their descriptors.
#include "codegen/gc_gen.hpp"

#include <algorithm>
#include <functional>

namespace rpy::codegen {

using annotate::TypeKind;
using ir::CallKind;
using ir::Expr;
using ir::ExprOp;
using ir::Stmt;
using ir::StmtOp;

bool GcGen::is_ref(TypeRef t) {
  if (!t) return false;
  if (t->kind == TypeKind::Instance) return t->cls && !t->cls->is_exception;
  if (t->kind == TypeKind::Dict) return is_ref_dict(t) || is_ref_set(t);
  return t->kind == TypeKind::List && is_rooted(t->listdef->find()->item);
}

bool GcGen::is_ref_dict(TypeRef t) {
  if (!t || t->kind != TypeKind::Dict) return false;
  annotate::DictDef* d = t->dictdef->find();
  if (d->is_set || d->counter || d->factory || d->odict) return false;
  // Python 2's dicts keyed by values 2.7 hashes (str, int...) are rpy::Dict27 (step 3g); keyed
  // by instances (hashed by address) they are rpy::Dict, as in Python 3.
  if (!holds_ref(d->key)) return !d->custom_keys && is_rooted(d->value);
  // r_dict's own key functions are the program's code, called inside the lookup (as __eq__)
  return !d->custom_keys && identity_key(d->key) && (is_rooted(d->value) || !holds_ref(d->value));
}

bool GcGen::is_ref_set(TypeRef t) {
  if (!t || t->kind != TypeKind::Dict) return false;
  annotate::DictDef* d = t->dictdef->find();
  return d->is_set && !d->counter && !d->factory && !d->odict && !d->custom_keys && holds_ref(d->key) && identity_key(d->key);
}

// A list whose items have the set's key type (the runtime adds them as they are).
static bool list_of_set_keys(TypeRef l, TypeRef set) {
  if (!GcGen::is_ref_list(l)) return false;
  TypeRef i = l->listdef->find()->item, k = set->dictdef->find()->key;
  if (!i || !k || i->kind != k->kind) return false;
  if (k->kind == TypeKind::Instance) return i->cls == k->cls;
  return annotate::describe(i) == annotate::describe(k);
}

bool GcGen::set_method_ok(const Expr& call) {
  if (call.op != ExprOp::Call || call.call_kind != CallKind::BuiltinMethod || call.args.empty()) return false;
  const Expr& m = *call.args[0];
  if (m.op != ExprOp::GetAttr || m.args.empty() || !is_ref_set(m.args[0]->type)) return false;
  switch (static_cast<annotate::BuiltinId>(call.builtin_id)) {
    case annotate::BuiltinId::SetAdd:
    case annotate::BuiltinId::SetRemove:
    case annotate::BuiltinId::SetDiscard:
    case annotate::BuiltinId::SetPop:
    case annotate::BuiltinId::SetClear:
    case annotate::BuiltinId::SetCopy:
      return true;
    case annotate::BuiltinId::SetUpdate:  // rpy::set_merge, rpy::set_update_list
      return call.args.size() == 2 && (is_ref_set(call.args[1]->type) || list_of_set_keys(call.args[1]->type, m.args[0]->type));
    case annotate::BuiltinId::SetUnion:  // with a set, or a list of its items (rpy::gen_set_union_list)
      return call.args.size() == 2 && (is_ref_set(call.args[1]->type) || list_of_set_keys(call.args[1]->type, m.args[0]->type));
    case annotate::BuiltinId::SetIssubset:  // lookups only
    case annotate::BuiltinId::SetIssuperset:
    case annotate::BuiltinId::SetIsdisjoint:
    // the set algebra with one other set (rpy::gen_set_union...: every set it holds rooted)
    case annotate::BuiltinId::SetIntersection:
    case annotate::BuiltinId::SetDifference:
    case annotate::BuiltinId::SetSymmetricDifference:
    case annotate::BuiltinId::SetIntersectionUpdate:
    case annotate::BuiltinId::SetDifferenceUpdate:
    case annotate::BuiltinId::SetSymmetricDifferenceUpdate:
      return call.args.size() == 2 && is_ref_set(call.args[1]->type);
    default:
      return false;
  }
}

bool GcGen::set_algebra_ok(const Expr& e) {
  if (e.op != ExprOp::BinOp || e.args.size() != 2 || !is_ref_set(e.type) || !is_ref_set(e.args[0]->type) || !is_ref_set(e.args[1]->type))
    return false;
  switch (e.binop) {
    case syntax::BinOp::BitOr:
    case syntax::BinOp::BitAnd:
    case syntax::BinOp::Sub:
    case syntax::BinOp::BitXor:
      return true;
    default:
      return false;
  }
}

// Whether a set method allocates on the collector (set_method_ok's: add and update may grow the
// table, clear and copy make one).
static bool set_method_allocates(const Expr& call) {
  switch (static_cast<annotate::BuiltinId>(call.builtin_id)) {
    case annotate::BuiltinId::SetAdd:
    case annotate::BuiltinId::SetClear:
    case annotate::BuiltinId::SetCopy:
    case annotate::BuiltinId::SetUpdate:
    case annotate::BuiltinId::SetUnion:  // the algebra makes sets, or grows or purges one
    case annotate::BuiltinId::SetIntersection:
    case annotate::BuiltinId::SetDifference:
    case annotate::BuiltinId::SetSymmetricDifference:
    case annotate::BuiltinId::SetIntersectionUpdate:
    case annotate::BuiltinId::SetDifferenceUpdate:
    case annotate::BuiltinId::SetSymmetricDifferenceUpdate:
      return true;
    default:
      return false;
  }
}

// set(), set(s) and set(xs) of a set of references (a copy, rpy::set_from_list).
static bool set_new_ok(const Expr& e) {
  if (e.op != ExprOp::Call || e.call_kind != CallKind::Builtin || !GcGen::is_ref_set(e.type)) return false;
  auto id = static_cast<annotate::BuiltinId>(e.builtin_id);
  if (id != annotate::BuiltinId::SetNew && id != annotate::BuiltinId::FrozenSetNew) return false;
  if (e.args.size() <= 1) return true;
  return e.args.size() == 2 && e.args[1] && (GcGen::is_ref_set(e.args[1]->type) || list_of_set_keys(e.args[1]->type, e.type));
}

// dict(pairs) of a dict of references, from a list of (key, value) tuples of the dict's key and
// value types (rpy::gen_dict_from_pairs roots the list and the dict while the dict grows).
static bool dict_from_pairs_ok(const Expr& e) {
  if (e.op != ExprOp::Call || e.call_kind != CallKind::Builtin || !GcGen::is_ref_dict(e.type) ||
      static_cast<annotate::BuiltinId>(e.builtin_id) != annotate::BuiltinId::DictNew || e.args.size() != 2 || !e.args[1] ||
      !e.args[1]->type || e.args[1]->type->kind != TypeKind::List || !e.kwnames.empty())
    return false;
  TypeRef p = e.args[1]->type->listdef->find()->item;
  const annotate::DictDef* d = e.type->dictdef->find();
  return p && p->kind == TypeKind::Tuple && !p->const_value && p->items.size() == 2 && d->key && d->value &&
         annotate::describe(p->items[0]) == annotate::describe(d->key) && annotate::describe(p->items[1]) == annotate::describe(d->value);
}

// A dict of references given to list(), sorted() or set(): each reads the keys into a new list
// first (rpy::dict_keys: Boehm's list for keys holding no reference; for instance keys
// gen_dict_keys, which roots the dict); sorted() and set() only of keys holding none (a set of
// instances is not built from a dict; sorting instances runs the program's __lt__), with no
// argument but a constant reverse=.
static bool dict_to_builtin_ok(const Expr& p, const Expr& c) {
  if (p.op != ExprOp::Call || p.call_kind != CallKind::Builtin || p.args.size() < 2 || &c != p.args[1].get() || !GcGen::is_ref_dict(c.type))
    return false;
  bool ref_keys = GcGen::holds_ref(c.type->dictdef->find()->key);
  switch (static_cast<annotate::BuiltinId>(p.builtin_id)) {
    case annotate::BuiltinId::List:
      return p.args.size() == 2 && p.kwnames.empty();
    case annotate::BuiltinId::SetNew:
    case annotate::BuiltinId::FrozenSetNew:
      return !ref_keys && p.args.size() == 2 && p.kwnames.empty();
    case annotate::BuiltinId::Sorted:
      if (ref_keys || p.args.size() != 2 + p.kwnames.size()) return false;
      for (size_t i = 0; i < p.kwnames.size(); ++i) {
        const Expr* v = p.args[2 + i].get();
        if (p.kwnames[i] != "reverse" || !v || v->op != ExprOp::Const) return false;
      }
      return true;
    default:
      return false;
  }
}

bool GcGen::identity_key(TypeRef t) {
  if (!t) return false;
  if (t->kind == TypeKind::Instance) {
    if (!is_ref(t)) return false;
    for (const annotate::ClassDef* c : key_method_classes)
      if (c->is_subclass_of(t->cls) || t->cls->is_subclass_of(c)) return false;
    return true;
  }
  if (t->kind != TypeKind::Tuple || !is_ref_tuple(t)) return false;
  for (TypeRef i : t->items)
    if (holds_ref(i) && !identity_key(i)) return false;
  return true;
}

bool GcGen::dict_method_ok(const Expr& call) {
  if (call.op != ExprOp::Call || call.call_kind != CallKind::BuiltinMethod || call.args.empty()) return false;
  const Expr& m = *call.args[0];
  if (m.op != ExprOp::GetAttr || m.args.empty() || !is_ref_dict(m.args[0]->type)) return false;
  switch (static_cast<annotate::BuiltinId>(call.builtin_id)) {
    case annotate::BuiltinId::DictGet:
    case annotate::BuiltinId::DictHasKey:  // Python 2: a lookup
    case annotate::BuiltinId::DictPop:
    case annotate::BuiltinId::DictPopitem:  // a tuple (key, value), held by value: no allocation
    case annotate::BuiltinId::DictSetdefault:
    case annotate::BuiltinId::DictKeys:
    case annotate::BuiltinId::DictValues:
    case annotate::BuiltinId::DictItems:
    case annotate::BuiltinId::DictCopy:
    case annotate::BuiltinId::DictUpdate:
    case annotate::BuiltinId::DictClear:
      return true;
    default:
      return false;
  }
}

// Whether a dict method allocates on the collector (dict_method_ok's: all but get, pop, popitem,
// and keys, unless the keys are instances: a list of references, rpy::gen_dict_keys).
static bool dict_method_allocates(const Expr& call) {
  switch (static_cast<annotate::BuiltinId>(call.builtin_id)) {
    case annotate::BuiltinId::DictGet:
    case annotate::BuiltinId::DictHasKey:
    case annotate::BuiltinId::DictPop:
    case annotate::BuiltinId::DictPopitem:
      return false;
    case annotate::BuiltinId::DictKeys:
      return GcGen::holds_ref(call.args[0]->args[0]->type->dictdef->find()->key);
    default:
      return true;
  }
}

bool GcGen::holds_boehm(TypeRef t) {
  if (!t || scalar_type(t)) return false;
  switch (t->kind) {
    case TypeKind::Instance:
      return !is_ref(t);
    case TypeKind::List:
      if (!is_ref(t)) return true;
      return holds_boehm(t->listdef->find()->item);
    case TypeKind::Dict:
      if (!is_ref(t)) return true;
      if (t->dictdef->find()->is_set) return holds_boehm(t->dictdef->find()->key);
      if (holds_ref(t->dictdef->find()->key))  // keyed by instances: what its keys and values hold
        return holds_boehm(t->dictdef->find()->key) || holds_boehm(t->dictdef->find()->value);
      return true;  // its keys: a string, or a number (never scanned, but the table is small)
    case TypeKind::Tuple:
      for (TypeRef i : t->items)
        if (holds_boehm(i)) return true;
      return false;
    default:
      return true;
  }
}

bool GcGen::is_ref_tuple(TypeRef t) {
  if (!t || t->kind != TypeKind::Tuple || t->const_value) return false;
  bool any = false;
  for (TypeRef i : t->items) {
    if (is_ref(i) || is_ref_tuple(i))
      any = true;
    else if (holds_ref(i))  // a container of Boehm's heap holding instances
      return false;
    // numbers, and values of Boehm's heap (strings...): Boehm scans the collector's memory for
    // those (boehm_fields), gen::Layout does not count them
  }
  return any;
}

bool GcGen::is_ref_iter(TypeRef t) {
  if (!t || t->kind != TypeKind::Iterator || !holds_ref(t)) return false;
  for (TypeRef i : t->items)
    if (holds_ref(i) && !is_rooted(i)) return false;
  return true;
}

bool GcGen::is_ref_list(TypeRef t) { return t && t->kind == TypeKind::List && is_ref(t); }

// The list methods --gc=gen supports on a list of references (rpy/list.hpp: each has its write
// barrier, and the two that may grow the list root it and the item across the allocation).
bool GcGen::list_method_ok(const Expr& call) {
  if (call.op != ExprOp::Call || call.call_kind != CallKind::BuiltinMethod || call.args.empty()) return false;
  const Expr& m = *call.args[0];
  if (m.op != ExprOp::GetAttr || m.args.empty() || !is_ref_list(m.args[0]->type)) return false;
  switch (static_cast<annotate::BuiltinId>(call.builtin_id)) {
    case annotate::BuiltinId::ListAppend:
    case annotate::BuiltinId::ListPop:
    case annotate::BuiltinId::ListInsert:
    case annotate::BuiltinId::ListReverse:
      return true;
    case annotate::BuiltinId::ListExtend:  // with a list of the same items (rpy::gen_list_setslice)
      return call.args.size() == 2 && call.args[1] && is_ref_list(call.args[1]->type) &&
             annotate::describe(call.args[1]->type) == annotate::describe(m.args[0]->type);
    default:
      return false;
  }
}

// holds_ref, with the functions whose captured values are being looked at: a nested function
// may capture itself or another that captures it (mutual recursion), and the types it captures
// then lead back to it. A function met again adds nothing it did not add the first time.
static bool holds_ref_in(TypeRef t, std::unordered_set<const annotate::FuncDesc*>& seen) {
  if (!t) return false;
  switch (t->kind) {
    case TypeKind::Instance:
      return GcGen::is_ref(t);
    case TypeKind::List:
      return holds_ref_in(t->listdef->find()->item, seen);
    case TypeKind::Dict:
      return holds_ref_in(t->dictdef->find()->key, seen) || holds_ref_in(t->dictdef->find()->value, seen);
    case TypeKind::Tuple:
    case TypeKind::Iterator:
    case TypeKind::Method:
    case TypeKind::BuiltinMethod:
      for (TypeRef i : t->items)
        if (holds_ref_in(i, seen)) return true;
      return false;
    case TypeKind::Function:
      for (const annotate::FuncDesc* f : t->funcs) {
        if (!f || !seen.insert(f).second) continue;
        for (TypeRef c : f->captured_types)
          if (holds_ref_in(c, seen)) return true;
      }
      return false;
    default:
      return false;
  }
}

bool GcGen::holds_ref(TypeRef t) {
  if (!t) return false;
  switch (t->kind) {  // the common cases, without a set
    case TypeKind::Instance:
      return is_ref(t);
    case TypeKind::Function:
    case TypeKind::List:
    case TypeKind::Dict:
    case TypeKind::Tuple:
    case TypeKind::Iterator:
    case TypeKind::Method:
    case TypeKind::BuiltinMethod: {
      std::unordered_set<const annotate::FuncDesc*> seen;
      return holds_ref_in(t, seen);
    }
    default:
      return false;
  }
}

// Whether stepping a value of type t may run the program's code: an iterator (a generator's
// body, lib/std's lazy map() calling its function, an iterator over an iterator...).
static bool steps_code(TypeRef t) { return t && t->kind == TypeKind::Iterator; }

// A call that may run the program's code or allocate an instance on the collector, by itself
// (not counting its operands).
bool GcGen::collects_here(const Expr& e) const {
  if (e.op == ExprOp::MakeClosure || e.op == ExprOp::Yield) return true;
  // x in it: steps the iterator
  if (e.op == ExprOp::Compare && (e.cmp == syntax::CmpOp::In || e.cmp == syntax::CmpOp::NotIn) && e.args.size() == 2 &&
      steps_code(e.args[1]->type))
    return true;
  // '%' and f-strings run the __str__ or __repr__ of the instances they format
  if (e.op == ExprOp::BinOp && e.binop == syntax::BinOp::Mod && e.args.size() == 2 && holds_ref(e.args[1]->type)) return true;
  if (e.op == ExprOp::FString)
    for (auto& a : e.args)
      if (a && holds_ref(a->type)) return true;
  // a list of references is allocated on the collector: a display, [None] * n
  if ((e.op == ExprOp::MakeList || e.op == ExprOp::BinOp || e.op == ExprOp::GetSlice) && is_ref_list(e.type)) return true;
  if (e.op == ExprOp::MakeDict && is_ref_dict(e.type)) return true;
  if (e.op == ExprOp::MakeSet && is_ref_set(e.type)) return true;
  if (e.op == ExprOp::BinOp && is_ref_set(e.type)) return true;  // a | b, a -= b...
  if (e.op != ExprOp::Call) return false;
  switch (e.call_kind) {
    case CallKind::Instantiate:
      if (e.cls && !e.cls->is_exception) return true;
      break;
    case CallKind::Builtin:
    case CallKind::BuiltinMethod:
      // A method of a list of references that may grow it (append, insert) allocates on the
      // collector; pop and reverse do not.
      if (list_method_ok(e)) {
        auto id = static_cast<annotate::BuiltinId>(e.builtin_id);
        return id == annotate::BuiltinId::ListAppend || id == annotate::BuiltinId::ListInsert || id == annotate::BuiltinId::ListExtend;
      }
      if (dict_method_ok(e)) return dict_method_allocates(e);
      if (set_method_ok(e)) return set_method_allocates(e);
      if (is_ref_list(e.type) || is_ref_dict(e.type) || is_ref_set(e.type)) return true;
      if (is_ref_iter(e.type)) return true;  // reversed(xs) copies the list on the collector
      // A builtin calls back into the program when given something callable or an instance
      // (its __str__, __eq__...), or an iterator, which it steps (a generator's body, a lazy
      // map's function: the program's code); otherwise it allocates only on Boehm's heap.
      for (auto& a : e.args)
        if (a && a->type &&
            (a->type->kind == TypeKind::Function || a->type->kind == TypeKind::Method || a->type->kind == TypeKind::Class ||
             a->type->kind == TypeKind::Instance || a->type->kind == TypeKind::Object || a->type->kind == TypeKind::Iterator))
          return true;
      // it.next(), it.__next__(), gen.throw(e): a step of the iterator
      if (e.call_kind == CallKind::BuiltinMethod && !e.args.empty() && e.args[0] && e.args[0]->op == ExprOp::GetAttr &&
          !e.args[0]->args.empty() && steps_code(e.args[0]->args[0]->type))
        return true;
      return false;
    case CallKind::Method:
      // A virtual call may reach any override: by name, whichever class defines it.
      if (collecting_methods_.count(e.attr)) return true;
      break;
    case CallKind::Direct:
      break;
    default:
      return true;  // indirect calls, class values, bound method sets: any function they may call
  }
  for (ir::Graph* g : e.targets)
    if (!g || collecting_.count(g)) return true;
  return false;
}

bool GcGen::expr_collects(const Expr& e) const {
  if (collects_here(e)) return true;
  for (auto& a : e.args)
    if (a && expr_collects(*a)) return true;
  for (auto& d : e.defaults)
    if (d && expr_collects(*d)) return true;
  return block_collects(e.body);
}

bool GcGen::block_collects(const ir::Block& b) const {
  for (auto& s : b) {
    // d[k] = v on a dict of references may grow it (docs/GC.md, step 3e)
    if (s->op == StmtOp::SetItem && !s->exprs.empty() && s->exprs[0] && is_ref_dict(s->exprs[0]->type)) return true;
    // l[a:b] = v on a list of references may grow it (rpy::gen_list_setslice)
    if (s->op == StmtOp::SetSlice && !s->exprs.empty() && s->exprs[0] && is_ref_list(s->exprs[0]->type)) return true;
    // for x in it: each step may run the program's code (a generator's body)
    if (s->op == StmtOp::For && !s->exprs.empty() && s->exprs[0] && steps_code(s->exprs[0]->type)) return true;
    for (auto& e : s->exprs)
      if (e && expr_collects(*e)) return true;
    if (block_collects(s->body) || block_collects(s->orelse) || block_collects(s->finalbody)) return true;
    for (auto& h : s->handlers)
      if (block_collects(h.body)) return true;
  }
  return false;
}

void GcGen::find_collecting() {
  collecting_.clear();
  collecting_methods_.clear();
  memo_.clear();
  for (bool changed = true; changed;) {
    changed = false;
    for (ir::Graph* g : ann_.graphs())
      if (!collecting_.count(g) && (g->is_generator || block_collects(g->body))) {
        collecting_.insert(g);
        if (g->desc && g->desc->method_of) collecting_methods_.insert(g->desc->fn()->name);
        changed = true;
      }
  }
}

// The classes whose __eq__ or __hash__ (the graphs the tables call, ClassDef::implicit) may
// collect under the current fixpoint.
std::vector<const annotate::ClassDef*> GcGen::collecting_key_classes() const {
  std::vector<const annotate::ClassDef*> r;
  for (const annotate::ClassDef* c : ann_.classes())
    for (const char* m : {"__eq__", "__hash__"})
      if (auto it = c->implicit.find(m); it != c->implicit.end() && (!it->second || collecting_.count(it->second))) {
        r.push_back(c);
        break;
      }
  return r;
}

GcGen::GcGen(annotate::Annotator& ann) : ann_(ann) {
  // Keys of a class defining __eq__ or __hash__: a lookup calls them while it holds the dict's
  // tables by raw pointers. They are admitted when those methods cannot collect. Whether they can
  // depends on which dicts live on the collector (a store into one may grow it), which depends on
  // the keys admitted: first every such class is left out, then only those whose methods collect;
  // if the methods of one more class collect then, every such class is left out again.
  key_method_classes.clear();
  std::vector<const annotate::ClassDef*> all;
  for (const annotate::ClassDef* c : ann.classes())
    if (c->implicit.count("__eq__") || c->implicit.count("__hash__")) all.push_back(c);
  key_method_classes = all;
  find_collecting();
  if (all.empty()) return;
  std::vector<const annotate::ClassDef*> first = collecting_key_classes();
  if (first.size() == all.size()) return;
  key_method_classes = first;
  find_collecting();
  for (const annotate::ClassDef* c : collecting_key_classes())
    if (std::find(first.begin(), first.end(), c) == first.end()) {
      key_method_classes = all;
      find_collecting();
      return;
    }
}

bool GcGen::boehm_fields() const {
  // A value on the collector holding Boehm's: a field of an instance, or an item of a list, dict
  // or tuple on the collector (a dict's str keys, a list of (str, instance) tuples).
  auto on_collector_holds_boehm = [](TypeRef t) { return is_rooted(t) && holds_boehm(t); };
  for (annotate::ClassDef* c : ann_.classes()) {
    if (c->builtin || c->is_exception) continue;
    for (auto& [name, a] : c->attrs)
      if ((!is_ref(a.type) && !holds_ref(a.type) && !scalar_type(a.type)) || on_collector_holds_boehm(a.type)) return true;
  }
  std::function<bool(const ir::Expr&)> in_expr = [&](const ir::Expr& e) {
    if (on_collector_holds_boehm(e.type)) return true;
    for (auto& a : e.args)
      if (a && in_expr(*a)) return true;
    return false;
  };
  std::function<bool(const ir::Block&)> in_block = [&](const ir::Block& b) {
    for (auto& s : b) {
      for (auto& e : s->exprs)
        if (e && in_expr(*e)) return true;
      if (in_block(s->body) || in_block(s->orelse) || in_block(s->finalbody)) return true;
      for (auto& h : s->handlers)
        if (in_block(h.body)) return true;
    }
    return false;
  };
  for (ir::Graph* g : ann_.graphs()) {
    if (on_collector_holds_boehm(g->return_type)) return true;
    for (auto& v : g->vars)
      if (on_collector_holds_boehm(v->type)) return true;
    if (in_block(g->body)) return true;
  }
  return false;
}

bool GcGen::can_collect(const Expr& e) {
  auto it = memo_.find(&e);
  if (it != memo_.end()) return it->second;
  bool r = expr_collects(e);
  memo_[&e] = r;
  return r;
}

namespace {

// Whether converting a value of type t to text (str(), repr(), print...) is safe under
// --gc=gen: every __str__/__repr__ it runs (generated code, which may collect) leaves what the
// conversion still holds rooted. An instance: the runtime holds nothing else. A list of references:
// rpy::gen_append_list_repr roots the list and the item it converts. A tuple of references only
// where it is read by reference from a rooted variable (`held`: print's and format's rooted
// temporaries, the rooted holder of '%'): each item is read from it after the previous one's
// conversion. Dicts and sets of instances are not (the runtime holds their tables).
bool text_safe(TypeRef t, bool held) {
  if (!GcGen::holds_ref(t)) return true;
  if (t->kind == TypeKind::Instance) return GcGen::is_ref(t);
  if (GcGen::is_ref_list(t)) return text_safe(t->listdef->find()->item, true);
  if (GcGen::is_ref_tuple(t)) {
    if (!held) return false;
    for (TypeRef i : t->items)
      if (!text_safe(i, true)) return false;
    return true;
  }
  return false;
}

// A value c holding instances turned into text by its parent p, which calls their __str__ or
// __repr__ and holds nothing else of the collector's meanwhile (text_safe): str(x), repr(x), an
// item of print(...), the right operand of a str '%' (or an item of the tuple there), an argument
// of str.format(), a value of an f-string. Codegen evaluates each operand of such a node into a
// temporary first, in order, the references rooted (emit_builtins.cpp, emit_format.cpp), and
// converts each from there.
bool converted_to_text(const Expr& p, const Expr& c) {
  auto positional = [&](size_t from) {
    for (size_t i = from; i + p.kwnames.size() < p.args.size(); ++i)
      if (p.args[i].get() == &c) return true;
    return false;
  };
  switch (p.op) {
    case ExprOp::Call:
      if (p.call_kind != CallKind::Builtin && p.call_kind != CallKind::BuiltinMethod) return false;
      switch (static_cast<annotate::BuiltinId>(p.builtin_id)) {
        case annotate::BuiltinId::Str:
        case annotate::BuiltinId::Repr:
          return p.call_kind == CallKind::Builtin && p.args.size() == 2 && p.args[1].get() == &c && text_safe(c.type, false);
        case annotate::BuiltinId::Print:
          return p.call_kind == CallKind::Builtin && !p.star && positional(1) && text_safe(c.type, true);
        case annotate::BuiltinId::StrFormat:  // "...".format(x, k=y): args[0] is the method
          for (size_t i = 1; i < p.args.size(); ++i)
            if (p.args[i].get() == &c) return p.call_kind == CallKind::BuiltinMethod && text_safe(c.type, true);
          return false;
        default:
          return false;
      }
    case ExprOp::BinOp:
      return p.binop == syntax::BinOp::Mod && p.args.size() == 2 && p.args[1].get() == &c && p.type &&
             (p.type->kind == TypeKind::Str || p.type->kind == TypeKind::Unicode) && text_safe(c.type, true);
    case ExprOp::FString:
      return text_safe(c.type, true);
    default:
      return false;
  }
}

// An instance given alone to a builtin that reads it and holds nothing else of the collector's:
// bool(x) (its __bool__ or __len__, generated code), id(x), hash(x), compute_hash(x),
// compute_identity_hash(x) (its identity address, which never collects), getattr(x, 'name'),
// hasattr(x, 'name'); object.__init__(x), which does nothing; and setattr(x, 'name', v), whose
// code roots x while v is evaluated and stores v with the write barrier (emit_extra.cpp).
bool read_by_builtin(const Expr& p, const Expr& c) {
  if (!c.type || c.type->kind != TypeKind::Instance || p.op != ExprOp::Call || p.call_kind != CallKind::Builtin || !p.kwnames.empty())
    return false;
  switch (static_cast<annotate::BuiltinId>(p.builtin_id)) {
    case annotate::BuiltinId::Bool:
    case annotate::BuiltinId::Id:
    case annotate::BuiltinId::Hash:
    case annotate::BuiltinId::ComputeHash:
    case annotate::BuiltinId::ComputeIdentityHash:
      return p.args.size() == 2 && p.args[1].get() == &c;
    case annotate::BuiltinId::GetAttrB:
    case annotate::BuiltinId::HasAttr:
      return p.args.size() >= 3 && p.args[1].get() == &c && p.args[2]->op == ExprOp::Const;
    case annotate::BuiltinId::SetAttrB:
      return p.args.size() == 4 && p.args[2]->op == ExprOp::Const && (p.args[1].get() == &c || p.args[3].get() == &c);
    case annotate::BuiltinId::ObjectInit:  // Base.__init__(self) where no class defines it: does nothing
      return true;
    default:
      return false;
  }
}

// A tuple display of instances that is the right operand of a str '%' (converted item by item
// from its rooted holder, emit_format.cpp).
bool percent_operands(const Expr& p, const Expr& t) {
  return t.op == ExprOp::MakeTuple && p.op == ExprOp::BinOp && p.binop == syntax::BinOp::Mod && p.args.size() == 2 &&
         p.args[1].get() == &t && p.type && (p.type->kind == TypeKind::Str || p.type->kind == TypeKind::Unicode);
}

// driver.jit_merge_point(...), can_enter_jit, loop_header, set_param(driver, ...): hints that
// --gc=gen's code (never with --opt=jit: translate.cpp) emits as nothing; neither the driver (a
// prebuilt instance) nor the variables named are evaluated or kept.
bool jit_hint(const Expr& e) {
  if (e.op != ExprOp::Call || (e.call_kind != CallKind::Builtin && e.call_kind != CallKind::BuiltinMethod)) return false;
  switch (static_cast<annotate::BuiltinId>(e.builtin_id)) {
    case annotate::BuiltinId::JitMergePoint:
    case annotate::BuiltinId::CanEnterJit:
    case annotate::BuiltinId::LoopHeader:
    case annotate::BuiltinId::JitSetParam:
      return true;
    default:
      return false;
  }
}

// hint(x, ...), promote(x): without --opt=jit (which --gc=gen refuses) the value is x itself
// (emit_builtins.cpp: arg(0)); its use is its parent's, checked as that of x.
bool identity_hint(const Expr& e) {
  if (e.op != ExprOp::Call || e.call_kind != CallKind::Builtin || e.args.size() < 2) return false;
  auto id = static_cast<annotate::BuiltinId>(e.builtin_id);
  return id == annotate::BuiltinId::JitHint || id == annotate::BuiltinId::JitPromote;
}

const char* kind_words(TypeRef t) {
  switch (t->kind) {
    case TypeKind::List:
      return "a list holding instances";
    case TypeKind::Dict:
      if (t->dictdef->find()->is_set) {
        if (GcGen::holds_ref(t->dictdef->find()->key) && !GcGen::identity_key(t->dictdef->find()->key))
          return "a set of instances of a class whose __eq__ or __hash__ may allocate";
        return "a set holding instances";
      }
      if (const annotate::DictDef* d = t->dictdef->find(); d->factory || d->counter || d->odict)
        return d->counter   ? "a Counter holding instances"
               : d->factory ? "a defaultdict holding instances"
                            : "an OrderedDict holding instances";
      if (GcGen::holds_ref(t->dictdef->find()->key)) {
        if (!GcGen::identity_key(t->dictdef->find()->key))
          return "a dict keyed by instances of a class whose __eq__ or __hash__ may allocate";
        if (t->dictdef->find()->custom_keys) return "an r_dict keyed by instances (its key functions run inside lookups)";
        return "a dict keyed by instances whose values are containers of Boehm's heap holding instances";
      }
      if (GcGen::python2) return "a Python 2 dict holding instances";
      return "a dict holding instances";
    case TypeKind::Tuple:
      return "a tuple holding instances and strings, containers or other values of Boehm's heap (or a namedtuple of "
             "instances)";
    case TypeKind::Iterator:
      return "an iterator over instances";
    case TypeKind::Method:
      return "a bound method kept as a value";
    case TypeKind::Function:
      return "a nested function capturing an instance";
    default:
      return "a value holding instances";
  }
}

}  // namespace

bool GcGen::scalar_type(TypeRef t) {
  if (!t) return true;
  switch (t->kind) {
    case TypeKind::Impossible:
    case TypeKind::None:
    case TypeKind::Bool:
    case TypeKind::Int:
    case TypeKind::UInt:
    case TypeKind::Float:
    case TypeKind::Number:
    case TypeKind::Char:
    case TypeKind::UniChar:
      return true;
    default:
      return false;
  }
}

namespace {

// [c] * n or n * [c] with a constant item: rpy::list_filled (emit_expr.cpp), which roots its item.
bool filled(const Expr& e) {
  if (e.op != ExprOp::BinOp || e.binop != syntax::BinOp::Mul || !GcGen::is_ref_list(e.type)) return false;
  for (auto& a : e.args)
    if (a->op == ExprOp::MakeList && a->args.size() == 1 && a->args[0]->op == ExprOp::Const) return true;
  return false;
}

// enumerate(xs) of a list of references, or of an iterator over them (turned into a list first,
// rpy::gen_list_from_iter), with a constant start if any (rpy::gen_list_enumerate roots xs; a
// start evaluated after xs must not collect).
bool enumerate_ok(const Expr& e) {
  if (e.op != ExprOp::Call || e.call_kind != CallKind::Builtin ||
      static_cast<annotate::BuiltinId>(e.builtin_id) != annotate::BuiltinId::Enumerate || e.args.size() < 2 || !e.args[1] ||
      !(GcGen::is_ref_list(e.args[1]->type) || GcGen::is_ref_iter(e.args[1]->type)))
    return false;
  for (size_t i = 2; i < e.args.size(); ++i)
    if (e.args[i] && e.args[i]->op != ExprOp::Const) return false;
  return true;
}

struct Checker {
  GcGen& gc;
  Loc loc;
  std::string what;
  ir::Graph* in = nullptr;     // the graph being checked
  ir::Graph* where = nullptr;  // the graph of the refusal
  bool found() const { return !what.empty(); }
  void refuse(Loc l, const std::string& w) {
    if (!found()) loc = l, what = w, where = in;
  }

  // A key given to a lookup in a dict keyed by instances (d[k], k in d, d.get(k), d.pop(k),
  // del d[k]): the lookup itself never collects (an identity hash reserves the key's stable
  // address without collecting), but C++ may read the dict before evaluating the key, so the key
  // must be an expression whose evaluation cannot collect (GcGen::can_collect: reads of locals,
  // fields, list items, tuples of them...).
  bool plain_key(const Expr& k) { return !gc.can_collect(k); }
  static bool keyed_by_refs(TypeRef d) {
    return (GcGen::is_ref_dict(d) && GcGen::holds_ref(d->dictdef->find()->key)) || GcGen::is_ref_set(d);
  }
  // c is the key of the lookup p in a dict keyed by instances.
  static bool is_lookup_key(const Expr& p, const Expr& c) {
    if (p.op == ExprOp::GetItem && p.args.size() == 2 && &c == p.args[1].get()) return keyed_by_refs(p.args[0]->type);
    if (p.op == ExprOp::Compare && (p.cmp == syntax::CmpOp::In || p.cmp == syntax::CmpOp::NotIn) && p.args.size() == 2 &&
        &c == p.args[0].get())
      return keyed_by_refs(p.args[1]->type);
    if (GcGen::dict_method_ok(p) && p.args.size() >= 2 && &c == p.args[1].get()) return keyed_by_refs(p.args[0]->args[0]->type);
    return false;
  }
  // Such a key, and a plain one (else refused with a message).
  bool lookup_key(const Expr& p, const Expr& c) {
    if (!is_lookup_key(p, c)) return false;
    if (!plain_key(c))
      refuse(c.loc, p.op == ExprOp::Compare && GcGen::is_ref_set(p.args[1]->type)
                        ? "an item of a set of instances computed in the lookup (assign it to a variable first)"
                        : "a key of a dict keyed by instances computed in the lookup (assign it to a variable first)");
    return true;
  }

  static const char* what_of(TypeRef t) {
    return GcGen::is_ref_list(t)   ? "a list of instances"
           : GcGen::is_ref_dict(t) ? "a dict of instances"
           : GcGen::is_ref_set(t)  ? "a set of instances"
                                   : "an instance";
  }

  void type(Loc l, TypeRef t) {
    if (GcGen::holds_ref(t) && !GcGen::is_rooted(t) && !GcGen::is_ref_iter(t)) refuse(l, kind_words(t));
  }

  // next(it), next(it, default), it.next(), it.__next__(), gen.throw(e) of an iterator over
  // references: the step copies the item into a local of its own, returned at once (a default is
  // evaluated only when the iterator has ended).
  static bool iter_step(const Expr& e) {
    if (e.op != ExprOp::Call || e.args.empty()) return false;
    auto id = static_cast<annotate::BuiltinId>(e.builtin_id);
    if (e.call_kind == CallKind::Builtin)
      return id == annotate::BuiltinId::Next && e.args.size() >= 2 && GcGen::is_ref_iter(e.args[1]->type);
    if (e.call_kind != CallKind::BuiltinMethod || e.args[0]->op != ExprOp::GetAttr || e.args[0]->args.empty()) return false;
    return (id == annotate::BuiltinId::IterNext || id == annotate::BuiltinId::IterDunderNext || id == annotate::BuiltinId::IterThrow) &&
           GcGen::is_ref_iter(e.args[0]->args[0]->type);
  }
  // list(it) (and the unpacking `a, b = it`) of an iterator over references: rpy::gen_list_from_iter.
  static bool list_of_iter(const Expr& e) {
    return e.op == ExprOp::Call && e.call_kind == CallKind::Builtin && e.args.size() == 2 && e.kwnames.empty() &&
           static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::List && GcGen::is_ref_iter(e.args[1]->type);
  }
  // iter(xs), reversed(xs) of a list of references: a rpy::ListIter whose list is a root while
  // Boehm keeps the iterator (rpy::gen::iter_list_held; reversed's copy by gen_list_slice).
  static bool list_iter(const Expr& e) {
    if (e.op != ExprOp::Call || e.call_kind != CallKind::Builtin || e.args.size() != 2 || !e.kwnames.empty() ||
        !GcGen::is_ref_list(e.args[1]->type))
      return false;
    auto id = static_cast<annotate::BuiltinId>(e.builtin_id);
    return id == annotate::BuiltinId::Iter || id == annotate::BuiltinId::Reversed;
  }

  // An iterator over references (GcGen::is_ref_iter) is made by the program's functions (a
  // generator, or a function returning one: the iterators made inside are checked there) or by
  // iter() of such an iterator, or iter()/reversed() of a list of references (list_iter); it is
  // held, passed and returned (a Boehm pointer in a local: no
  // root), iterated by a for loop, stepped by next() or its methods, turned into a list (list(),
  // unpacking, enumerate(): rpy::gen_list_from_iter roots the list across the steps, and the
  // list's own use is checked as any list's). Anything else is refused: iterators over a dict or
  // set (the runtime's iterator holds the moving table where only Boehm sees it), and the
  // consumers that hold what they build unrooted across the steps.
  void iter_expr(const Expr& e, const Expr* p) {
    auto builtin_is = [](const Expr& x, annotate::BuiltinId id) {
      return x.op == ExprOp::Call && (x.call_kind == CallKind::Builtin || x.call_kind == CallKind::BuiltinMethod) &&
             static_cast<annotate::BuiltinId>(x.builtin_id) == id;
    };
    switch (e.op) {
      case ExprOp::Local:
      case ExprOp::SetLocal:
      case ExprOp::Narrow:
      case ExprOp::IfExp:
      case ExprOp::Seq:
        break;
      case ExprOp::Call:
        if (e.call_kind == CallKind::Direct || e.call_kind == CallKind::Method || e.call_kind == CallKind::Indirect ||
            e.call_kind == CallKind::MethodSet)
          break;
        if (list_iter(e) || (builtin_is(e, annotate::BuiltinId::Iter) && e.args.size() == 2 && GcGen::is_ref_iter(e.args[1]->type))) break;
        refuse(e.loc, std::string("this call returning an iterator over instances (") +
                          (builtin_is(e, annotate::BuiltinId::Iter) || builtin_is(e, annotate::BuiltinId::Reversed)
                               ? "an iterator over a dict or set of instances"
                               : "a builtin iterator") +
                          ")");
        return;
      default:
        refuse(e.loc, "this operation producing an iterator over instances");
        return;
    }
    if (!p) return;
    switch (p->op) {
      case ExprOp::SetLocal:
      case ExprOp::Narrow:
      case ExprOp::IfExp:
      case ExprOp::Seq:
      case ExprOp::GetAttr:  // it.next, it.__next__, it.throw: a method of the iterator (called at once)
        return;
      case ExprOp::Call:
        if (p->call_kind == CallKind::Direct || p->call_kind == CallKind::Method || p->call_kind == CallKind::Instantiate ||
            ((p->call_kind == CallKind::Indirect || p->call_kind == CallKind::InstantiateAny) && &e != p->args[0].get()))
          return;
        if (p->args.size() >= 2 && &e == p->args[1].get() &&
            (builtin_is(*p, annotate::BuiltinId::Next) || builtin_is(*p, annotate::BuiltinId::Iter) ||
             builtin_is(*p, annotate::BuiltinId::List) || enumerate_ok(*p)))
          return;
        refuse(e.loc, "passing an iterator over instances to a builtin function or a function value");
        return;
      default:
        refuse(e.loc, "this operation on an iterator over instances");
    }
  }

  // A tuple of references (GcGen::is_ref_tuple) is made, held in a local or a field, passed,
  // returned, put in a list of such tuples, indexed (unpacking is indexing): nothing else.
  void tuple_expr(const Expr& e, const Expr* p) {
    switch (e.op) {
      case ExprOp::Local:
      case ExprOp::SetLocal:
      case ExprOp::Narrow:
      case ExprOp::IfExp:
      case ExprOp::Seq:
      case ExprOp::MakeTuple:
        break;
      case ExprOp::GetAttr:
        if (!e.args[0]->type || e.args[0]->type->kind != TypeKind::Instance || e.value)
          refuse(e.loc, "a module-level variable or class attribute holding a tuple of instances");
        break;
      case ExprOp::Call:
        if ((e.call_kind != CallKind::Direct && e.call_kind != CallKind::Method && e.call_kind != CallKind::Indirect &&
             !(GcGen::list_method_ok(e) && static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::ListPop) &&
             !(GcGen::dict_method_ok(e) && static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::DictPopitem) &&
             !(GcGen::set_method_ok(e) && static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::SetPop)))
          refuse(e.loc, "this call returning a tuple of instances");
        break;
      case ExprOp::GetItem:
        if (!GcGen::is_ref_list(e.args[0]->type) && !GcGen::is_ref_tuple(e.args[0]->type))
          refuse(e.loc, "this operation producing a tuple of instances");
        break;
      default:
        refuse(e.loc, "this operation producing a tuple of instances");
    }
    if (!p) return;
    if (lookup_key(*p, e)) return;
    if (converted_to_text(*p, e)) return;
    if (percent_operands(*p, e)) {  // its items converted one by one from the rooted holder
      for (auto& i : e.args)
        if (i && !text_safe(i->type, true)) refuse(i->loc, "formatting a dict or set of instances with '%'");
      return;
    }
    switch (p->op) {
      case ExprOp::SetLocal:
      case ExprOp::Narrow:
      case ExprOp::IfExp:
      case ExprOp::Seq:
      case ExprOp::Yield:  // as an instance (parent_use)
        return;
      case ExprOp::GetItem:  // t[0], and unpacking
        if (&e == p->args[0].get()) return;
        break;
      case ExprOp::MakeTuple:  // nested, rooted by the enclosing tuple's holder
        if (GcGen::is_ref_tuple(p->type)) return;
        break;
      case ExprOp::MakeList:  // an item of a list display (rooted by gen_make_list)
        if (GcGen::is_ref_list(p->type)) return;
        break;
      case ExprOp::MakeSet:  // an item of a set display (rooted by emit_make_dict)
        if (GcGen::is_ref_set(p->type)) return;
        break;
      case ExprOp::Call:
        if (p->call_kind == CallKind::Direct || p->call_kind == CallKind::Method || p->call_kind == CallKind::Instantiate ||
            ((p->call_kind == CallKind::Indirect || p->call_kind == CallKind::InstantiateAny) && &e != p->args[0].get()))
          return;
        if (GcGen::list_method_ok(*p)) return;  // the item given to append or insert
        if (GcGen::set_method_ok(*p)) return;   // the item given to add, remove or discard
        refuse(e.loc, "passing a tuple of instances to a builtin function or a function value");
        return;
      default:
        break;
    }
    refuse(e.loc, "this operation on a tuple of instances");
  }

  // May a reference produced by child `c` be used by its parent `p` as it is? The parent's code
  // uses it before anything can collect (a field read, a test, an assignment), or passes it to a
  // call whose operands codegen evaluates into rooted temporaries and whose callee roots it.
  void parent_use(const Expr& p, const Expr& c) {
    if (lookup_key(p, c)) return;
    if (converted_to_text(p, c) || read_by_builtin(p, c)) return;
    switch (p.op) {
      case ExprOp::GetAttr:
      case ExprOp::Narrow:
      case ExprOp::SetLocal:
      case ExprOp::IfExp:
      case ExprOp::And:
      case ExprOp::Or:
      case ExprOp::Not:
      case ExprOp::Seq:
      case ExprOp::Yield:  // stored into the promise at once; the consumer's step copies it out before anything collects
        return;
      case ExprOp::Call:
        if (p.call_kind == CallKind::Direct || p.call_kind == CallKind::Method || p.call_kind == CallKind::Instantiate) return;
        // an argument of a class value's instantiation: held in a rooted temporary (emit_instantiate_any)
        if (p.call_kind == CallKind::InstantiateAny && &c != p.args[0].get()) return;
        // an argument of a function value: held in a rooted temporary (emit_call.cpp), rooted by the callee
        if (p.call_kind == CallKind::Indirect && &c != p.args[0].get()) return;
        // type(o), o.__class__: the class read from o's vtable (rpy_cls_id(), rpy_class_name()), at once
        if (p.call_kind == CallKind::ClassOf) return;
        if (identity_hint(p) && &c == p.args[1].get()) return;  // hint(x, ...), promote(x): x itself
        if (p.call_kind == CallKind::Builtin && static_cast<annotate::BuiltinId>(p.builtin_id) == annotate::BuiltinId::IsInstance &&
            &c == p.args[1].get())
          return;
        if (p.call_kind == CallKind::Builtin && static_cast<annotate::BuiltinId>(p.builtin_id) == annotate::BuiltinId::Len &&
            (GcGen::is_ref_list(c.type) || GcGen::is_ref_dict(c.type) || GcGen::is_ref_set(c.type)))
          return;
        if (GcGen::list_method_ok(p)) return;  // the item given to append or insert
        if (enumerate_ok(p) && &c == p.args[1].get()) return;
        if (list_iter(p)) return;  // iter(xs), reversed(xs)
        if (iter_step(p) && p.call_kind == CallKind::Builtin && p.args.size() == 3 && &c == p.args[2].get())
          return;                                                    // next(it, default): read when the iterator has ended
        if (GcGen::dict_method_ok(p)) return;                        // a default given to get, pop or setdefault; update's dict
        if (GcGen::set_method_ok(p)) return;                         // the item given to add, remove or discard; update's set or list
        if (set_new_ok(p) && &c == p.args[1].get()) return;          // set(xs), set(s): rooted by the runtime
        if (dict_to_builtin_ok(p, c)) return;                        // list(d), sorted(d), set(d)
        if (dict_from_pairs_ok(p) && &c == p.args[1].get()) return;  // dict(pairs)
        refuse(c.loc, std::string("passing ") + what_of(c.type) + " to a builtin function or a function value");
        return;
      case ExprOp::MakeList:  // an item of a list display (rooted by gen_make_list)
        if (GcGen::is_ref_list(p.type)) return;
        refuse(c.loc, std::string("this operation on ") + what_of(c.type));
        return;
      case ExprOp::MakeSet:                     // an item of a set display (rooted by emit_make_dict)
        if (GcGen::is_ref_set(p.type)) return;  // its items in rooted temporaries
        refuse(c.loc, std::string("this operation on ") + what_of(c.type));
        return;
      case ExprOp::MakeDict:                     // a value of a dict display (rooted by emit_make_dict)
        if (GcGen::is_ref_dict(p.type)) return;  // its keys and values in temporaries, the references rooted
        refuse(c.loc, std::string("this operation on ") + what_of(c.type));
        return;
      case ExprOp::MakeTuple:  // an item of a tuple of references (its holder roots it)
        if (GcGen::is_ref_tuple(p.type)) return;
        refuse(c.loc, std::string("this operation on ") + what_of(c.type));
        return;
      case ExprOp::BinOp:
        if (filled(p) && c.op == ExprOp::MakeList) return;
        if (GcGen::set_algebra_ok(p)) return;  // its operands held by rooted temporaries, rooted by the runtime
        refuse(c.loc, std::string("this operation on ") + what_of(c.type));
        return;
      case ExprOp::GetItem:
        if (&c == p.args[0].get() && (GcGen::is_ref_list(c.type) || GcGen::is_ref_dict(c.type))) return;
        refuse(c.loc, std::string("this operation on ") + what_of(c.type));
        return;
      case ExprOp::GetSlice:  // xs[a:b:c]: rpy::gen_list_slice roots xs
        if (&c == p.args[0].get() && GcGen::is_ref_list(c.type)) return;
        refuse(c.loc, std::string("this operation on ") + what_of(c.type));
        return;
      case ExprOp::Compare:
        if (p.cmp == syntax::CmpOp::Is || p.cmp == syntax::CmpOp::IsNot) return;
        if ((p.cmp == syntax::CmpOp::In || p.cmp == syntax::CmpOp::NotIn) && p.args.size() == 2 && &c == p.args[1].get() &&
            (GcGen::is_ref_dict(c.type) || GcGen::is_ref_set(c.type)))
          return;  // k in d: a lookup
        refuse(c.loc, GcGen::is_ref_list(c.type) ? "comparing lists of instances other than with 'is'"
                                                 : "comparing instances other than with 'is' (or 'in' on a list of them)");
        return;
      default:
        refuse(c.loc, std::string("this operation on ") + what_of(c.type));
    }
  }

  // cls(args) of a class value that may be one of several classes (emit_instantiate_any): the
  // arguments in rooted temporaries, then the allocation of the class the value names, then its
  // __init__ with the new object rooted, as C(args) does. A class value that may also be an
  // exception class (allocated on Boehm's heap) makes an instance of either heap: refused.
  void instantiate_any(const Expr& e) {
    TypeRef t = e.args[0]->type;
    if (!t || t->kind != TypeKind::Class) return refuse(e.loc, std::string("this call returning ") + what_of(e.type));
    for (TypeRef m : t->items) {
      const annotate::ClassDef* cd = m && m->const_value ? gc.annotator().classdef(m->const_value) : nullptr;
      if (!cd || cd->is_exception)
        return refuse(e.loc, "instantiating a class value that may be an exception class or another (two heaps)");
    }
  }
  // rpython.rlib.objectmodel.instantiate(C): an allocation, no __init__ (emit_extra.cpp).
  static bool rlib_instantiate(const Expr& e) {
    return e.call_kind == CallKind::Builtin && static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::RlibInstantiate;
  }

  void expr(const Expr& e, const Expr* parent, bool method_callee) {
    if (found()) return;
    if (jit_hint(e)) return;  // emitted as nothing
    if (!method_callee) type(e.loc, e.type);
    if (GcGen::is_ref(e.type)) {
      switch (e.op) {
        case ExprOp::Const:  // a prebuilt object: a read of its rooted static variable
          break;
        case ExprOp::GetAttr:  // a field, or a constant (a prebuilt object) read through a class or module
          if (!e.value && (!e.args[0]->type || e.args[0]->type->kind != TypeKind::Instance))
            refuse(e.loc, "a module-level variable or class attribute holding an instance");
          break;
        case ExprOp::Call:
          if (e.call_kind == CallKind::InstantiateAny) {
            instantiate_any(e);
            break;
          }
          if (e.call_kind != CallKind::Direct && e.call_kind != CallKind::Method && e.call_kind != CallKind::Instantiate &&
              e.call_kind != CallKind::Indirect && !identity_hint(e) && !rlib_instantiate(e) && !iter_step(e) && !list_of_iter(e) &&
              !(GcGen::list_method_ok(e) && static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::ListPop) &&
              !GcGen::dict_method_ok(e) && !GcGen::set_method_ok(e) && !set_new_ok(e) && !enumerate_ok(e) &&
              !(e.call_kind == CallKind::Builtin && static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::DictNew &&
                e.args.size() <= 1 && GcGen::is_ref_dict(e.type)) &&
              !dict_from_pairs_ok(e) &&
              // getattr(x, 'name'): a field read
              !(e.call_kind == CallKind::Builtin && static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::GetAttrB &&
                e.args.size() == 3 && e.args[2]->op == ExprOp::Const) &&
              !(e.call_kind == CallKind::Builtin && static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::List &&
                e.args.size() == 2 && dict_to_builtin_ok(e, *e.args[1])))
            refuse(e.loc, std::string("this call returning ") + what_of(e.type));
          break;
        case ExprOp::Local:
        case ExprOp::SetLocal:
        case ExprOp::Narrow:
        case ExprOp::IfExp:
        case ExprOp::And:
        case ExprOp::Or:
        case ExprOp::Seq:
          break;
        case ExprOp::MakeList:  // built item by item (emit_expr.cpp)
          if (!GcGen::is_ref_list(e.type)) refuse(e.loc, "this operation producing an instance");
          break;
        case ExprOp::MakeDict:  // emit_make_dict
          if (!GcGen::is_ref_dict(e.type)) refuse(e.loc, "this operation producing an instance");
          break;
        case ExprOp::MakeSet:  // emit_make_dict
          if (!GcGen::is_ref_set(e.type)) refuse(e.loc, "this operation producing an instance");
          break;
        case ExprOp::GetItem:  // xs[i], t[0], d[k]
          if (!GcGen::is_ref_list(e.args[0]->type) && !GcGen::is_ref_tuple(e.args[0]->type) && !GcGen::is_ref_dict(e.args[0]->type))
            refuse(e.loc, std::string("this operation producing ") + what_of(e.type));
          break;
        case ExprOp::GetSlice:  // xs[a:b:c] (rpy::gen_list_slice)
          if (!GcGen::is_ref_list(e.type) || !GcGen::is_ref_list(e.args[0]->type))
            refuse(e.loc, std::string("this operation producing ") + what_of(e.type));
          break;
        case ExprOp::Comp:  // a comprehension: its loop appends to a local of the function (rooted), its value
          if (!GcGen::is_ref_list(e.type) && !GcGen::is_ref_set(e.type) && !GcGen::is_ref_dict(e.type))
            refuse(e.loc, std::string("this operation producing ") + what_of(e.type));
          break;
        case ExprOp::BinOp:  // [None] * n (rpy::list_filled), a | b of sets (rpy::gen_set_union...)
          if (!filled(e) && !GcGen::set_algebra_ok(e)) refuse(e.loc, std::string("this operation producing ") + what_of(e.type));
          break;
        default:
          refuse(e.loc, std::string("this operation producing ") + what_of(e.type));
      }
      if (parent) parent_use(*parent, e);
    } else if (GcGen::is_ref_tuple(e.type) && !method_callee) {
      tuple_expr(e, parent);
    } else if (GcGen::is_ref_iter(e.type) && !method_callee) {
      iter_expr(e, parent);
    }
    if (e.op == ExprOp::Call && e.call_kind == CallKind::Builtin &&
        annotate::is_atexit_builtin(static_cast<annotate::BuiltinId>(e.builtin_id)))
      refuse(e.loc, "atexit (its handlers' arguments are kept where only Boehm's collector sees them)");
    if (e.op == ExprOp::Call && e.call_kind == CallKind::BuiltinMethod && e.args[0] && e.args[0]->op == ExprOp::GetAttr &&
        GcGen::is_ref_list(e.args[0]->args[0]->type) && !GcGen::list_method_ok(e))
      refuse(e.loc, "the list method " + e.args[0]->attr + "() on a list of instances");
    if (e.op == ExprOp::Call && e.call_kind == CallKind::BuiltinMethod && e.args[0] && e.args[0]->op == ExprOp::GetAttr &&
        GcGen::is_ref_dict(e.args[0]->args[0]->type) && !GcGen::dict_method_ok(e))
      refuse(e.loc, "the dict method " + e.args[0]->attr + "() on a dict of instances");
    if (e.op == ExprOp::Call && e.call_kind == CallKind::BuiltinMethod && e.args[0] && e.args[0]->op == ExprOp::GetAttr &&
        GcGen::is_ref_set(e.args[0]->args[0]->type) && !GcGen::set_method_ok(e))
      refuse(e.loc, "the set method " + e.args[0]->attr + "() on a set of instances (or with this argument)");
    if (e.op == ExprOp::Call && e.call_kind == CallKind::Instantiate && e.stack_slot >= 0)
      refuse(e.loc, "an instance in its function's frame (translate with --no-stack-alloc)");
    for (size_t i = 0; i < e.args.size(); ++i) {
      if (!e.args[i]) continue;
      // obj.m(...): the callee is the method looked up on obj, not a bound method value
      bool callee = e.op == ExprOp::Call && i == 0 && e.args[0]->op == ExprOp::GetAttr &&
                    (e.call_kind == CallKind::Method || GcGen::list_method_ok(e) || GcGen::dict_method_ok(e) || GcGen::set_method_ok(e));
      expr(*e.args[i], &e, callee);
    }
    block(e.body, nullptr);
  }

  void block(const ir::Block& b, const ir::Graph* g) {
    for (auto& s : b) {
      if (found()) return;
      for (auto& e : s->exprs)
        if (e) expr(*e, nullptr, false);
      // A list of references used by a statement: stored, returned, iterated, tested, an item set.
      for (size_t i = 0; i < s->exprs.size() && !found(); ++i) {
        if (!s->exprs[i] || !GcGen::is_ref(s->exprs[i]->type) || s->exprs[i]->type->kind == TypeKind::Instance) continue;
        bool dict = GcGen::is_ref_dict(s->exprs[i]->type), set = GcGen::is_ref_set(s->exprs[i]->type);
        // l[a:b] = v, del l[a:b], del l[i] (rpy::gen_list_setslice; the others move items after the
        // barrier): their operands held in rooted temporaries when a later one can collect
        // (hoist_operands)
        bool list = GcGen::is_ref_list(s->exprs[i]->type);
        bool ok = s->op == StmtOp::ExprStmt || s->op == StmtOp::Assign || s->op == StmtOp::Return || s->op == StmtOp::For ||
                  s->op == StmtOp::If || s->op == StmtOp::While || (s->op == StmtOp::SetAttr && i == 1) ||
                  (s->op == StmtOp::SetItem && i == 0) || ((dict || list) && s->op == StmtOp::DelItem && i == 0) ||
                  (list && s->op == StmtOp::SetSlice && (i == 0 || i == 3)) || (list && s->op == StmtOp::DelSlice && i == 0);
        if (!ok)
          refuse(s->loc, dict  ? "this statement on a dict of instances"
                         : set ? "this statement on a set of instances"
                               : "this statement on a list of instances (unpacking it)");
      }
      for (size_t i = 0; i < s->exprs.size() && !found(); ++i) {  // iterated, returned, kept in a local
        if (!s->exprs[i] || !GcGen::is_ref_iter(s->exprs[i]->type)) continue;
        if (s->op != StmtOp::ExprStmt && s->op != StmtOp::Assign && s->op != StmtOp::Return && !(s->op == StmtOp::For && i == 0) &&
            !((s->op == StmtOp::If || s->op == StmtOp::While) && i == 0))
          refuse(s->loc, "this statement on an iterator over instances");
      }
      for (size_t i = 0; i < s->exprs.size() && !found(); ++i) {
        if (!s->exprs[i] || !GcGen::is_ref_tuple(s->exprs[i]->type)) continue;
        bool ok = s->op == StmtOp::ExprStmt || s->op == StmtOp::Assign || s->op == StmtOp::Return || s->op == StmtOp::UnpackCheck ||
                  (s->op == StmtOp::SetAttr && i == 1) || (s->op == StmtOp::SetItem && i == 2) ||
                  ((s->op == StmtOp::SetItem || s->op == StmtOp::DelItem) && i == 1 && keyed_by_refs(s->exprs[0]->type));
        if (!ok) refuse(s->loc, "this statement on a tuple of instances");
      }
      if (s->op == StmtOp::DelItem && s->exprs.size() >= 2 && s->exprs[1] && keyed_by_refs(s->exprs[0]->type) && !plain_key(*s->exprs[1]))
        refuse(s->exprs[1]->loc, "a key of a dict keyed by instances computed in the lookup (assign it to a variable first)");
      if (s->op == StmtOp::SetAttr && GcGen::holds_ref(s->exprs[1]->type) &&
          !(s->exprs[0]->type && s->exprs[0]->type->kind == TypeKind::Instance))
        refuse(s->loc, "a module-level variable or class attribute holding an instance");
      if (s->op == StmtOp::Try && !s->finalbody.empty() && g && GcGen::holds_ref(g->return_type))
        refuse(s->loc, "try/finally (or with) in a function returning an instance");
      for (auto& h : s->handlers) {
        if (h.var) type(h.loc, h.var->type);
        block(h.body, g);
      }
      // A branch that a constant condition rules out is never emitted (emit_stmt.cpp): `if
      // self.handler is not None:` where no handler is ever set.
      bool v = false;
      bool folded = s->op == StmtOp::If && !s->exprs.empty() && s->exprs[0] && annotate::const_truth(s->exprs[0]->type, v);
      if (!folded || v) block(s->body, g);
      if (!folded || !v) block(s->orelse, g);
      block(s->finalbody, g);
    }
  }

  void graph(const ir::Graph& g) {
    // A generator body's references are roots while it runs and while it is suspended
    // (rpy/gen_generator.hpp); lib/std's lazy zip, map and filter run their body again from a
    // copy of their arguments kept in Boehm's memory (rpy::ResumingGenerator): none may be one.
    if (g.is_generator && g.desc && g.desc->fn()->attrs.count("_rpy_resumes"))
      for (auto& v : g.vars)
        if (v->is_param && GcGen::holds_ref(v->type))
          refuse(v->loc,
                 "a lazy zip(), map() or filter() given an instance (its arguments are kept where only Boehm's collector sees them)");
    for (auto& v : g.vars) {
      type(v->loc, v->type);
      if (v->boxed && GcGen::holds_ref(v->type)) refuse(v->loc, "an instance variable shared with a nested function");
    }
    type(g.loc, g.return_type);
    block(g.body, &g);
  }

  void cls(annotate::ClassDef* c) {
    if (c->is_exception)  // e.args (annotate/exc_args_rules.cpp): a box of Boehm's heap
      if (annotate::TypeRef t = gc.annotator().exc_args_stored(c); t && GcGen::holds_ref(t))
        refuse(c->obj()->loc, "e.args of the exception class " + c->name + " holding an instance (" + annotate::describe(t) + ")");
    if (c->builtin) return;
    if (auto d = c->implicit.find("__del__"); d != c->implicit.end())
      refuse(d->second ? d->second->loc : Loc{}, "__del__ (class " + c->name + ")");
    for (auto& [name, a] : c->attrs) {
      // An instance on the collector may hold a value of Boehm's heap (a string, a list of numbers,
      // a tuple, a dict...) that holds no reference back: Boehm scans the collector's memory then
      // (GcGen::boehm_fields). What Boehm allocates must hold nothing that moves.
      if (GcGen::holds_ref(a.type) && !GcGen::is_rooted(a.type)) {
        std::string t = a.type ? annotate::describe(a.type) : "?";
        refuse(a.origins.empty() ? Loc{} : a.origins.front().first,
               "the attribute " + c->name + "." + name + " of type " + t +
                   (c->is_exception ? " (an exception holding an instance)" : " (a value of Boehm's heap holding an instance)"));
      }
    }
  }
};

}  // namespace

GcGen::Refusal GcGen::unsupported() {
  Checker ck{*this, {}, {}};
  for (annotate::ClassDef* c : ann_.classes()) ck.cls(c);
  // A prebuilt instance, list, dict or set on the collector is allocated there at start-up and
  // held by a static variable registered as a root (emit_main): the collector updates it when it
  // moves the object. A prebuilt container of Boehm's heap holding instances (a deque, a tuple, a
  // Counter...) is not one.
  for (auto& [obj, t] : ann_.prebuilt())
    if (holds_ref(t) && (!is_ref(t) || (t->kind == TypeKind::List && (t->listdef->find()->deque || t->listdef->find()->vtuple))))
      ck.refuse(Loc{}, "a prebuilt " + annotate::describe(t) + " (a value of Boehm's heap holding instances, built at import time)");
  if (!ann_.exit_handler_graphs.empty()) ck.refuse(Loc{}, "atexit handlers registered at import time");
  for (ir::Graph* g : ann_.graphs()) {
    ck.in = g;
    ck.graph(*g);
  }
  return {ck.loc, ck.where, ck.what};
}

}  // namespace rpy::codegen
