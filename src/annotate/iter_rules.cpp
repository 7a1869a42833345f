// Type rules of the iteration protocol: generators (yield), iter() / next() / .next() on
// iterators, and the protocol of instances (__iter__, next/__next__, __len__, __contains__),
// which is rewritten into ordinary method calls in the IR.
#include <set>

#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;
using ir::Graph;
using ir::Stmt;

std::string Annotator::next_method_name(ClassDef* cls) {
  if (lookup_class_attr(cls, "next")) return "next";
  return "__next__";
}

void reset_call(Expr& e) {
  e.call_kind = ir::CallKind::Unresolved;
  e.builtin_id = -1;
  e.targets.clear();
  e.bound.clear();
  e.extra.clear();
  e.defaults.clear();
  e.cls = nullptr;
}

TypeRef Annotator::rewrite_as_method(Expr& e, const std::string& name, Graph& g) {
  ExprPtr obj = std::move(e.args[1]);
  auto ga = std::make_unique<Expr>(ExprOp::GetAttr, obj->loc);
  ga->attr = name;
  ga->args.push_back(std::move(obj));
  e.args.erase(e.args.begin() + 1);
  e.args[0] = std::move(ga);
  reset_call(e);
  changed_ = true;
  return call(e, g);
}

TypeRef Annotator::as_list_arg(Expr& e, size_t k, Graph& g) {
  ExprPtr& x = e.args[k];
  Loc l = x->loc;
  auto lst = std::make_unique<Expr>(ExprOp::Call, l);
  auto fn = std::make_unique<Expr>(ExprOp::Const, l);
  fn->value = interp().builtins()->attrs.at("list");
  lst->args.push_back(std::move(fn));
  lst->args.push_back(std::move(x));
  x = std::move(lst);
  changed_ = true;
  return expr(*x, g);
}

void Annotator::wrap_method_call(Expr& node, const std::string& name) {
  Loc loc = node.loc;
  auto inner = std::make_unique<Expr>(std::move(node));
  Expr fresh(ExprOp::Call, loc);
  auto ga = std::make_unique<Expr>(ExprOp::GetAttr, loc);
  ga->attr = name;
  ga->args.push_back(std::move(inner));
  fresh.args.push_back(std::move(ga));
  node = std::move(fresh);
  changed_ = true;
}

TypeRef Annotator::rewrite_contains(Expr& e, Graph& g) {
  bool negate = e.cmp == syntax::CmpOp::NotIn;
  ExprPtr a = std::move(e.args[0]);
  ExprPtr b = std::move(e.args[1]);
  auto ga = std::make_unique<Expr>(ExprOp::GetAttr, e.loc);
  ga->attr = "__contains__";
  ga->args.push_back(std::move(b));
  e.args.clear();
  if (negate) {
    auto c = std::make_unique<Expr>(ExprOp::Call, e.loc);
    c->args.push_back(std::move(ga));
    c->args.push_back(std::move(a));
    e.op = ExprOp::Not;
    e.args.push_back(std::move(c));
  } else {
    e.op = ExprOp::Call;
    e.args.push_back(std::move(ga));
    e.args.push_back(std::move(a));
  }
  changed_ = true;
  return expr(e, g);
}

TypeRef Annotator::yield_expr(Expr& e, Graph& g) {
  TypeRef t = e.args.empty() ? tt_.none() : expr(*e.args[0], g);
  if (!g.is_generator) {
    error(e.loc, "'yield' outside a generator function");
    return tt_.impossible();
  }
  merge_into(g.yield_type, g.yield_origins, t, e.args.empty() ? e.loc : e.args[0]->loc, "the values yielded by " + g.name);
  return tt_.none();
}

// zip() and enumerate() (and Python 3's map()/filter(), always lazy) are iterators: one kept in a
// variable, returned, or given to a function may be partly consumed and then read on (`(1, 'y')
// in e` then list(e) gives only the rest). rpy builds the list whole only where the call's value
// is iterated at once by what it is made for, which nothing else can observe: these places mark
// the call consumed, and replace_lazy_zip (replacement_rules.cpp) makes every other call the lazy
// generator of lib/std/_rpy_itertools.py. `for i, x in enumerate(xs)` stays an indexed loop.
void Annotator::consumed_at_once(Expr& x) {
  if (x.op == ExprOp::Call) x.consumed = true;
}

void Annotator::consuming_call_args(Expr& e, TypeRef callee) {
  if (!callee || !callee->const_value || (callee->kind != TypeKind::Builtin && callee->kind != TypeKind::Class)) {
    // "sep".join(zip-free iterables), l.extend(...), s.update(...), s.union(...)...: methods
    // reading their argument whole.
    static const std::set<std::string> whole_readers = {"join",
                                                        "extend",
                                                        "update",
                                                        "union",
                                                        "intersection",
                                                        "difference",
                                                        "symmetric_difference",
                                                        "intersection_update",
                                                        "difference_update",
                                                        "symmetric_difference_update",
                                                        "issubset",
                                                        "issuperset",
                                                        "isdisjoint"};
    if (callee && callee->kind == TypeKind::BuiltinMethod && whole_readers.count(callee->name))
      for (size_t i = 1; i < e.args.size(); ++i) consumed_at_once(*e.args[i]);
    return;
  }
  const int bid = builtin_id_of(callee->const_value);
  if (bid < 0) return;
  const bool py2 = !interp_.sources().py3();
  bool whole = false;
  switch (static_cast<BuiltinId>(bid)) {
    case BuiltinId::List:
    case BuiltinId::Tuple:
    case BuiltinId::Sorted:
    case BuiltinId::Sum:
    case BuiltinId::Min:
    case BuiltinId::Max:
    case BuiltinId::Any:
    case BuiltinId::All:
    case BuiltinId::DictNew:
    case BuiltinId::SetNew:
    case BuiltinId::FrozenSetNew:
    case BuiltinId::Bytes:  // bytes(range(256)), bytearray(range(n)): of the items
    case BuiltinId::ByteArrayNew:
    case BuiltinId::Reversed:  // reversed(range(n)): an iterator either way
      whole = true;
      break;
    case BuiltinId::Zip:  // Python 2's zip() is a list; a consumed zip()/enumerate() consumes its arguments
      whole = py2 || e.consumed;
      break;
    case BuiltinId::Enumerate:
      whole = e.consumed;
      break;
    default:
      break;
  }
  if (!whole) return;
  // Only the iterable is read whole: the first positional argument (sum's start, dict's and
  // zip's others are values or iterables of their own), and min()/max() only of one argument
  // (min(zip(a, b), zip(c, d)) compares the two zip objects: python3's TypeError).
  const size_t npos = e.args.size() - 1 - e.kwnames.size();
  const BuiltinId id = static_cast<BuiltinId>(bid);
  if ((id == BuiltinId::Min || id == BuiltinId::Max) && npos != 1) return;
  if (id == BuiltinId::Zip) {  // each argument of a consumed zip() is read as the loop goes
    for (size_t i = 1; i <= npos; ++i) consumed_at_once(*e.args[i]);
    return;
  }
  if (npos >= 1) consumed_at_once(*e.args[1]);
}

TypeRef Annotator::for_iterable(Stmt& s, Graph& g) {
  Loc loc = s.exprs[0]->loc;
  consumed_at_once(*s.exprs[0]);
  TypeRef it = expr(*s.exprs[0], g);
  // A tuple, list, str or dict that may be None: iterated through a check raising Python's
  // TypeError for None.
  if (is_optional_value(it) || is_nullable_container(it) ||
      (s.exprs[0]->op == ExprOp::Narrow && s.exprs[0]->narrow == ir::NarrowKind::NoneCheck))
    it = none_checked(s.exprs[0], "'NoneType' object is not iterable");
  if (is_range_object(it)) {  // a local holding a range object: a counted loop (range_rules.cpp)
    range_counted_loop(s, g);
    it = s.exprs[0]->type;
  }
  if (s.exprs.size() < 2 && by_index(it) && wrap_in_items_generator(*s.exprs[0], "sequence_items", loc)) it = expr(*s.exprs[0], g);
  if (s.exprs.size() < 2 && it->kind == TypeKind::Instance) {
    // for x in obj: iterate over obj.__iter__()
    wrap_method_call(*s.exprs[0], "__iter__");
    auto placeholder = std::make_unique<Expr>(ExprOp::Const, loc);
    placeholder->value = m::none();
    s.exprs.push_back(std::move(placeholder));
    it = expr(*s.exprs[0], g);
  }
  if (s.exprs.size() >= 2 && it->kind == TypeKind::Instance) {
    // An iterator instance: call its next() until StopIteration (exprs[1] is that call on $iter).
    if (s.exprs[1]->op != ExprOp::Call) {
      ir::Var* v = g.new_var("$iter", loc);
      auto call = std::make_unique<Expr>(ExprOp::Call, loc);
      auto ga = std::make_unique<Expr>(ExprOp::GetAttr, loc);
      ga->attr = next_method_name(it->cls);
      auto l = std::make_unique<Expr>(ExprOp::Local, loc);
      l->var = v;
      ga->args.push_back(std::move(l));
      call->args.push_back(std::move(ga));
      s.exprs[1] = std::move(call);
      changed_ = true;
    }
    ir::Var* v = s.exprs[1]->args[0]->args[0]->var;
    assign_var(v, tt_.with_nullable(it, false), loc);
    return expr(*s.exprs[1], g);
  }
  return iter_element(it, loc, s.exprs[0].get(), g);
}

TypeRef Annotator::call_iter_builtin(BuiltinId id, Expr& e, std::vector<TypeRef>& args, Graph& g) {
  size_t n = args.size() - e.kwnames.size();
  auto arity = [&](size_t lo, size_t hi, const char* name) {
    if (n < lo || n > hi || !e.kwnames.empty()) {
      error(e.loc, std::string(name) + "() takes " + (lo == hi ? std::to_string(lo) : std::to_string(lo) + " or " + std::to_string(hi)) +
                       " arguments (" + std::to_string(n) + " given)");
      return false;
    }
    return true;
  };
  switch (id) {
    case BuiltinId::Iter: {
      if (!arity(1, 1, "iter")) break;
      TypeRef t = args[0];
      if (imp(t)) break;
      switch (t->kind) {
        case TypeKind::List:
          return tt_.iterator(IterKind::List, t->listdef->find()->item);
        case TypeKind::Tuple: {  // iter((a, b)): its items, read as a list's (of one type)
          TypeRef l = as_list_arg(e, 1, g);
          if (l->kind != TypeKind::List) break;
          return tt_.iterator(IterKind::List, l->listdef->find()->item);
        }
        case TypeKind::Str:
          if (interp_.sources().py3()) return tt_.iterator(IterKind::Str, tt_.str());  // code points, as strs
          return tt_.iterator(IterKind::Str, tt_.character());
        case TypeKind::Char:
          return tt_.iterator(IterKind::Str, tt_.character());
        case TypeKind::Dict:
          return tt_.iterator(IterKind::Dict, t->dictdef->find()->key);
        case TypeKind::Iterator:
          return t;
        case TypeKind::File:  // a file is its own iterator (its lines)
          return tt_.with_nullable(t, false);
        case TypeKind::Instance:
          if (by_index(t) && wrap_in_items_generator(*e.args[1], "sequence_items", e.loc)) {
            reset_call(e);
            return call(e, g);
          }
          return rewrite_as_method(e, "__iter__", g);
        default:
          error(e.loc, "iter() of " + describe(t) + " is not supported");
          break;
      }
      break;
    }
    case BuiltinId::Next: {
      if (!arity(1, 2, "next")) break;
      TypeRef t = args[0];
      if (imp(t)) break;
      if (t->kind == TypeKind::Instance) {
        if (n == 2) {
          error(e.loc, "next(obj, default) on an instance is not supported; catch StopIteration instead");
          break;
        }
        return rewrite_as_method(e, next_method_name(t->cls), g);
      }
      if (t->kind != TypeKind::Iterator && t->kind != TypeKind::File) {
        error(e.loc, "next() needs an iterator, not " + describe(t));
        break;
      }
      // next(file): its next line (bytes from a binary file), StopIteration at the end
      TypeRef r = t->kind == TypeKind::File ? (t->bits == 8 ? tt_.bytes() : tt_.str()) : t->items[0];
      if (n == 2) {
        UnionResult u = union_types(tt_, r, args[1], this);
        if (!u.type) {
          error(e.loc, "the default of next() must have the iterator's element type: " + u.why);
          break;
        }
        r = u.type;
      }
      return r;
    }
    case BuiltinId::IterNext:
    case BuiltinId::IterDunderNext:
      if (!arity(1, 1, "next")) break;
      if (imp(args[0]) || args[0]->kind != TypeKind::Iterator) break;
      return args[0]->items[0];
    case BuiltinId::IterThrow: {
      // generator.throw(exc), or throw(type, value, tb) of which the value is raised (an instance,
      // as a with statement's __exit__ receives it): raised at the suspended yield; the value it
      // yields next is the result, StopIteration when it finishes.
      if (!arity(2, 4, "throw")) break;
      if (imp(args[0]) || args[0]->kind != TypeKind::Iterator) break;
      if (args[0]->iter_kind != IterKind::Generator) {
        error(e.loc, "throw() of " + describe(args[0]) + ": only a generator has throw()");
        break;
      }
      TypeRef exc = n == 2 ? args[1] : args[2];
      if (!imp(exc) && (exc->kind != TypeKind::Instance || !exc->cls->is_exception)) {
        error(e.loc, "throw() in translated code takes an exception instance" + std::string(n == 2 ? "" : " as its second argument") +
                         ", not " + describe(exc));
        break;
      }
      return args[0]->items[0];
    }
    default:
      break;
  }
  return tt_.impossible();
}

}  // namespace rpy::annotate
