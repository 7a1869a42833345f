// Comparisons of instances whose classes define the comparison's special method: Python calls it
// (`a == b` is `a.__eq__(b)`), so rpy does too; instances of classes that define none compare by
// identity, as in Python; a left operand without the method calls the right operand's reflected
// one. What rpy cannot do yet (a method only some subclasses define, a subclass on the right that
// overrides it) is refused with a message instead of comparing by identity.
#include <functional>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

#include "annotate/annotator.hpp"

namespace rpy::annotate {

using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;
using syntax::CmpOp;

namespace {

// `receiver.method(arg)` as a call expression at `loc`.
ExprPtr method_call(ExprPtr receiver, const char* method, ExprPtr arg, Loc loc) {
  auto ga = std::make_unique<Expr>(ExprOp::GetAttr, loc);
  ga->attr = method;
  ga->args.push_back(std::move(receiver));
  auto call = std::make_unique<Expr>(ExprOp::Call, loc);
  call->args.push_back(std::move(ga));
  call->args.push_back(std::move(arg));
  return call;
}

// The method Python tries on the right operand when the left one does not decide.
const char* reflected_method(CmpOp op) {
  switch (op) {
    case CmpOp::Eq:
      return "__eq__";
    case CmpOp::NotEq:
      return "__ne__";
    case CmpOp::Lt:
      return "__gt__";
    case CmpOp::LtE:
      return "__ge__";
    case CmpOp::Gt:
      return "__lt__";
    case CmpOp::GtE:
      return "__le__";
    default:
      return nullptr;
  }
}

bool defined_below(Annotator& an, ClassDef* cd, const std::string& name) {
  for (ClassDef* s : cd->subclasses) {
    modules::Ref v = s->cls ? an.lookup_class_attr(s, name) : nullptr;
    if ((v && v->kind == modules::ObjKind::Function) || defined_below(an, s, name)) return true;
  }
  return false;
}

void subtree(ClassDef* c, std::vector<ClassDef*>& out) {
  out.push_back(c);
  for (ClassDef* s : c->subclasses) subtree(s, out);
}

bool is_proper_subclass(ClassDef* y, ClassDef* x) {
  for (ClassDef* c = y->base; c; c = c->base)
    if (c == x) return true;
  return false;
}

}  // namespace

// Python tries the right operand's reflected method first when the right operand is an instance
// of a proper subclass of the left operand's class that overrides it. Whether some pair of
// classes the two operands may hold is such a pair.
ClassDef* Annotator::right_operand_first(TypeRef a, TypeRef b, const std::string& refl) {
  if (a->kind != TypeKind::Instance || b->kind != TypeKind::Instance || !a->cls || !b->cls) return nullptr;
  std::vector<ClassDef*> xs, ys;
  subtree(a->cls, xs);
  subtree(b->cls, ys);
  for (ClassDef* y : ys)
    for (ClassDef* x : xs)
      if (x->cls && y->cls && is_proper_subclass(y, x) && lookup_class_attr(y, refl) != lookup_class_attr(x, refl)) return y;
  return nullptr;
}

Annotator::Special Annotator::special_method(TypeRef t, const std::string& name) {
  if (!t || t->kind != TypeKind::Instance || !t->cls) return Special::None;
  modules::Ref v = lookup_class_attr(t->cls, name);
  if (v && v->kind == modules::ObjKind::Function) return Special::Defined;
  return defined_below(*this, t->cls, name) ? Special::Below : Special::None;
}

// The class of an instance inside t (itself, or an item of a tuple) that defines one of `names`.
ClassDef* Annotator::class_defining(TypeRef t, std::initializer_list<const char*> names) {
  if (!t) return nullptr;
  if (t->kind == TypeKind::Tuple) {
    for (TypeRef item : t->items)
      if (ClassDef* c = class_defining(item, names)) return c;
    return nullptr;
  }
  for (const char* n : names)
    if (special_method(t, n) != Special::None) return t->cls;
  return nullptr;
}

// Dict keys and set items that are instances of a class defining __eq__ or __hash__: the tables
// call them (Object::rpy_eq and rpy_hash, which codegen overrides per class), so they are
// annotated for every instantiated class the keys may hold, like __str__ (implicit methods):
// __eq__(self, other) with both of the class that defines it, __hash__(self).
void Annotator::implicit_method(ClassDef* c, const char* name) {
  ClassDef* where = nullptr;
  modules::Ref fn = lookup_class_attr(c, name, &where);
  if (!fn || fn->kind != modules::ObjKind::Function || !where) return;
  auto* fo = fn->as<modules::FunctionObj>();
  size_t nargs = std::string(name) == "__eq__" ? 2 : 1;
  if (fo->args->args.size() != nargs || !fo->args->vararg.empty() || !fo->args->kwarg.empty()) {
    error(fo->loc, std::string(name) + (nargs == 2 ? " must take self and one other argument" : " must take only self") +
                       (receiver_in_vararg(*fo) ? " (a decorator's wrapper taking *args cannot be one: the runtime calls it with fixed "
                                                  "arguments; name them, def wrapper(self, ...): return fn(self, ...))"
                                                : ""));
    return;
  }
  FuncDesc* fd = funcdesc(fn);
  fd->method_of = where;
  std::vector<TypeRef> argtypes(nargs, tt_.instance(where));
  ir::Graph* g = graph_for(fd, argtypes, fo->loc);
  for (size_t i = 0; i < nargs && i < g->params.size(); ++i) assign_var(g->params[i], argtypes[i], fo->loc);
  c->implicit[name] = g;
  TypeRef rt = g->return_type;
  if (nargs == 1 && rt && rt->kind != TypeKind::Impossible && !is_intlike(rt))
    error(fo->loc, "__hash__ must return an int, but " + where->name + "'s returns " + describe(rt));
}

void Annotator::key_methods() {
  // Tuple keys holding such instances: their KeyOps hash and compare the items with the same
  // methods (method_of, below).
  std::vector<TypeRef> tuple_keys;
  for (DictDef* d : tt_.dictdefs())
    if (d->find() == d && !d->custom_keys && d->key && d->key->kind == TypeKind::Tuple) tuple_keys.push_back(d->key);
  for (DictDef* d : tt_.dictdefs()) {
    if (d->find() != d || d->custom_keys || !d->key || d->key->kind != TypeKind::Instance || !d->key->cls) continue;
    if (special_method(d->key, "__eq__") != Special::Defined && special_method(d->key, "__hash__") != Special::Defined) continue;
    std::vector<ClassDef*> classes;
    subtree(d->key->cls, classes);
    for (ClassDef* c : classes) {
      if (!c->instantiated || c->builtin || !c->cls) continue;
      for (const char* name : {"__eq__", "__hash__"}) implicit_method(c, name);
    }
  }
  // Lists searched with == (note_value_eq): the runtime compares instance items with their
  // class's __eq__ (Object::rpy_eq), inside tuples too.
  // hash() of tuples (note_hash): the runtime hashes their instances with Object::rpy_hash.
  // Compared with == (note_items_eq, note_value_eq): lists' items and dicts' values too, as the
  // runtime's rpy::eq and rpy::same compare them item by item.
  std::unordered_set<const void*> seen_defs;
  std::function<void(TypeRef, const char*)> method_of = [&](TypeRef t, const char* name) {
    if (!t) return;
    if (t->kind == TypeKind::Tuple) {
      for (TypeRef item : t->items) method_of(item, name);
      return;
    }
    const bool eq = std::string_view(name) == "__eq__";
    if (eq && t->kind == TypeKind::List && t->listdef) {
      ListDef* d = t->listdef->find();
      if (seen_defs.insert(d).second) method_of(d->item, name);
      return;
    }
    if (eq && t->kind == TypeKind::Dict && t->dictdef) {
      DictDef* d = t->dictdef->find();
      if (seen_defs.insert(d).second && !d->is_set) method_of(d->value, name);
      return;
    }
    if (t->kind != TypeKind::Instance || !t->cls || special_method(t, name) == Special::None) return;
    std::vector<ClassDef*> classes;
    subtree(t->cls, classes);
    for (ClassDef* c : classes)
      if (c->instantiated && !c->builtin && c->cls) implicit_method(c, name);
  };
  for (size_t i = 0; i < value_eq_lists_.size(); ++i) method_of(value_eq_lists_[i]->find()->item, "__eq__");
  for (size_t i = 0; i < eq_types_.size(); ++i) method_of(eq_types_[i], "__eq__");
  for (size_t i = 0; i < hash_types_.size(); ++i) method_of(hash_types_[i], "__hash__");
  for (TypeRef t : tuple_keys)
    for (const char* name : {"__eq__", "__hash__"}) method_of(t, name);
}

void Annotator::check_special_keys() {
  for (DictDef* d : tt_.dictdefs()) {
    if (d->find() != d || d->custom_keys) continue;
    // The instances a key may be or hold (in tuples): each is hashed and compared with its
    // class's methods (key_methods annotates them), which must be usable.
    std::vector<TypeRef> insts;
    std::function<void(TypeRef)> collect = [&](TypeRef t) {
      if (!t) return;
      if (t->kind == TypeKind::Tuple)
        for (TypeRef item : t->items) collect(item);
      else if (t->kind == TypeKind::Instance && class_defining(t, {"__eq__", "__hash__"}))
        insts.push_back(t);
    };
    collect(d->key);
    for (TypeRef key : insts) {
      ClassDef* c = class_defining(key, {"__eq__", "__hash__"});
      Loc where = d->key_origins.empty() ? c->obj()->loc : d->key_origins.front().first;
      const std::string what = d->is_set ? "set items" : "dict keys";
      std::string why;
      for (const char* name : {"__eq__", "__hash__"})
        if (special_method(key, name) == Special::Below)
          why = std::string("some subclasses of ") + c->name + " define " + name + " and " + c->name +
                " does not: rpy cannot yet choose between the method and identity at run time; define " + name + " in " + c->name;
      ClassDef* eq_where = nullptr;
      ClassDef* hash_where = nullptr;
      modules::Ref eq = lookup_class_attr(c, "__eq__", &eq_where);
      modules::Ref hash = lookup_class_attr(c, "__hash__", &hash_where);
      bool has_eq = eq && eq->kind == modules::ObjKind::Function;
      bool has_hash = hash && hash->kind == modules::ObjKind::Function;
      // Python 3 makes a class that defines __eq__ and not __hash__ unhashable.
      if (why.empty() && interp_.python() == 3 && has_eq && (!has_hash || (eq_where != hash_where && eq_where->is_subclass_of(hash_where))))
        why = "class " + c->name + " defines __eq__ and not __hash__, which makes its instances unhashable in Python 3 (a TypeError " +
              "when one is stored): define __hash__ in " + c->name;
      if (why.empty()) continue;
      if (Diagnostic* dg = error(where, what + " of class " + c->name + ", which defines __eq__ or __hash__: " + why))
        dg->notes.push_back({c->obj()->loc, "class " + c->name + " is defined here"});
    }
  }
}

TypeRef Annotator::special_compare(Expr& e, TypeRef a, TypeRef b, ir::Graph& g) {
  if ((e.cmp == CmpOp::In || e.cmp == CmpOp::NotIn) && b->kind == TypeKind::List) {
    note_value_eq(b->listdef->find());
    return nullptr;
  }
  auto container = [](TypeRef t) { return t->kind == TypeKind::List || t->kind == TypeKind::Tuple || t->kind == TypeKind::Dict; };
  if (e.cmp == CmpOp::In || e.cmp == CmpOp::NotIn) {
    if (b->kind == TypeKind::Tuple) note_items_eq(b);
    if (b->kind == TypeKind::Iterator && !b->items.empty()) note_items_eq(tt_.tuple({b->items[0], a}));  // item == x, x == item
  } else if (e.cmp != CmpOp::Is && e.cmp != CmpOp::IsNot && (container(a) || container(b))) {
    note_items_eq(a);
    note_items_eq(b);
  }
  const char* name = syntax::cmpop_method(e.cmp);
  if (!name) return nullptr;
  const bool py3 = interp_.python() == 3;
  auto refuse = [&](const std::string& why) {
    error(e.loc, why);
    return tt_.boolean();
  };
  auto rewrite = [&](const char* method, bool negate) {
    ExprPtr call = method_call(std::move(e.args[0]), method, std::move(e.args[1]), e.loc);
    e.args.clear();
    if (negate) {
      e.op = ExprOp::Not;
      e.args.push_back(std::move(call));
    } else {
      e = std::move(*call);
    }
    changed_ = true;
    return expr(e, g);
  };
  const std::string cls = a->kind == TypeKind::Instance ? a->cls->name : "";
  auto only_below = [&](const std::string& method) {
    return refuse("some subclasses of " + cls + " define " + method + " and " + cls +
                  " does not: rpy cannot yet choose between the method and the default comparison at run time; define " + method + " in " +
                  cls);
  };
  const char* refl = reflected_method(e.cmp);
  if (ClassDef* y = right_operand_first(a, b, refl))
    return refuse("when the right operand is an instance of " + y->name + ", Python calls its " + refl +
                  " first (a subclass that overrides it wins): rpy does not choose the method at run time yet; compare with the " +
                  "method called explicitly (a." + name + "(b))");
  switch (special_method(a, name)) {
    case Special::Defined:
      return rewrite(name, false);
    case Special::Below:
      return only_below(name);
    case Special::None:
      break;
  }
  // Python 3's default __ne__ is the negation of __eq__ (Python 2's compares identities).
  if (e.cmp == CmpOp::NotEq && py3) {
    switch (special_method(a, "__eq__")) {
      case Special::Defined:
        return rewrite("__eq__", true);
      case Special::Below:
        return only_below("__eq__");
      case Special::None:
        break;
    }
  }
  // The left operand does not define the method (object's default returns NotImplemented, as
  // do int's, str's... for an instance), so Python calls the right operand's reflected method:
  // `a < b` is b.__gt__(a), `a != b` in Python 3 b.__ne__(a), or not b.__eq__(a) from object's
  // default __ne__. a is evaluated first, as in Python.
  auto rewrite_reflected = [&](const char* method, bool negate) {
    ExprPtr lhs = std::move(e.args[0]), rhs = std::move(e.args[1]);
    auto seq = std::make_unique<Expr>(ExprOp::Seq, e.loc);
    ExprPtr left_value;
    if (lhs->op == ExprOp::Local || lhs->op == ExprOp::Const) {
      left_value = std::move(lhs);
    } else {
      ir::Var* t = g.new_var("$cmp_left", e.loc);
      auto set = std::make_unique<Expr>(ExprOp::SetLocal, e.loc);
      set->var = t;
      set->args.push_back(std::move(lhs));
      seq->args.push_back(std::move(set));
      left_value = std::make_unique<Expr>(ExprOp::Local, e.loc);
      left_value->var = t;
    }
    ExprPtr value = method_call(std::move(rhs), method, std::move(left_value), e.loc);
    if (negate) {
      auto n = std::make_unique<Expr>(ExprOp::Not, e.loc);
      n->args.push_back(std::move(value));
      value = std::move(n);
    }
    seq->args.push_back(std::move(value));
    e.args.clear();
    if (seq->args.size() == 1)
      e = std::move(*seq->args[0]);
    else
      e = std::move(*seq);
    changed_ = true;
    return expr(e, g);
  };
  if (b->kind == TypeKind::Instance && !b->nullable) {
    if (special_method(b, refl) == Special::Defined) return rewrite_reflected(refl, false);
    if (e.cmp == CmpOp::NotEq && py3 && special_method(b, refl) == Special::None && special_method(b, "__eq__") == Special::Defined)
      return rewrite_reflected("__eq__", true);
  }
  bool right = special_method(b, refl) != Special::None || (e.cmp == CmpOp::NotEq && py3 && special_method(b, "__eq__") != Special::None);
  if (right)
    return refuse(std::string("Python calls the right operand's ") + refl + " here (the left operand does not define " + name +
                  "): rpy does not call reflected comparison methods yet; put the instance of " + b->cls->name + " on the left");
  return nullptr;
}

}  // namespace rpy::annotate
