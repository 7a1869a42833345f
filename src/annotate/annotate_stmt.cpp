// Type rules for statements, and for calls to the program's own functions, methods and classes.
#include "annotate/annotator.hpp"
#include "annotate/call_notes.hpp"
#include "annotate/rlib_rules.hpp"
#include "ir/flow.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::Graph;
using ir::Stmt;
using ir::StmtOp;

// Whether a call to the program's functions was found never to return (its result is impossible:
// every function it may call raises on every path, or only calls such functions).
static bool never_returns(const Expr& e) {
  if (e.op != ExprOp::Call || !e.type || e.type->kind != TypeKind::Impossible || e.targets.empty()) return false;
  switch (e.call_kind) {
    case ir::CallKind::Direct:
    case ir::CallKind::Indirect:
    case ir::CallKind::Method:
      return true;
    default:
      return false;
  }
}

// `while 1:` and `while True:` (a constant int has no constant type).
static bool true_constant(const ir::Expr& e) {
  if (e.op != ir::ExprOp::Const || !e.value) return false;
  if (e.value->kind == m::ObjKind::Bool) return e.value->as<m::BoolObj>()->value;
  if (e.value->kind == m::ObjKind::Int) return e.value->as<m::IntObj>()->value != 0;
  return false;
}

// Whether a break of the loop whose body is `b` can run, given the constant tests the annotator
// decided: a break after a statement that cannot fall through (`if True: return`), or in the dead
// branch of a constant test, is never reached, and RPython's flow space builds no block for it.
static bool live_break(const ir::Block& b) {
  bool v;
  for (auto& s : b) {
    switch (s->op) {
      case StmtOp::Break:
        return true;
      case StmtOp::While:
      case StmtOp::For:
        if (live_break(s->orelse)) return true;  // a break in the loop body belongs to that loop
        break;
      case StmtOp::If:
        if (s->exprs[0]->type && const_truth(s->exprs[0]->type, v)) {
          if (live_break(v ? s->body : s->orelse)) return true;
        } else if (live_break(s->body) || live_break(s->orelse)) {
          return true;
        }
        break;
      default:
        if (live_break(s->body) || live_break(s->orelse) || live_break(s->finalbody)) return true;
        for (auto& h : s->handlers)
          if (live_break(h.body)) return true;
    }
    if (!live_falls_through(*s)) return false;
  }
  return false;
}

// Whether control can continue after `s`, given the constant tests the annotator decided: code
// after a return, a raise, a call that never returns (RPython stops following a block at an
// operation whose result is impossible), or an if whose live branches all leave is unreachable
// and is neither annotated nor emitted, as in RPython's flow graphs.
bool live_falls_through(const Stmt& s) {
  bool v;
  switch (s.op) {
    case StmtOp::Return:
    case StmtOp::Raise:
    case StmtOp::Break:
    case StmtOp::Continue:
      return false;
    case StmtOp::ExprStmt:
    case StmtOp::Assign:
      return s.exprs.empty() || !never_returns(*s.exprs[0]);
    case StmtOp::If:
      if (s.exprs[0]->type && const_truth(s.exprs[0]->type, v)) return live_falls_through(v ? s.body : s.orelse);
      return live_falls_through(s.body) || live_falls_through(s.orelse);
    case StmtOp::While:
      if ((s.exprs[0]->type && const_truth(s.exprs[0]->type, v) && v) || true_constant(*s.exprs[0])) return live_break(s.body);
      return ir::falls_through_stmt(s);  // `while 1:` without a break
    case StmtOp::Try:
      return ir::falls_through_stmt(s);
    default:
      return true;
  }
}
bool live_falls_through(const ir::Block& b) {
  for (auto& s : b)
    if (!live_falls_through(*s)) return false;
  return true;
}

void Annotator::block(ir::Block& b, Graph& g) {
  for (auto& s : b) {
    stmt(*s, g);
    if (!live_falls_through(*s)) break;  // the rest of the block is unreachable
  }
}

// A field of a frozen dataclass (lib/std/dataclasses.py gives the class `_rpy_frozen_`, the tuple
// of its field names) assigned outside the __init__ the decorator wrote (`_rpy_dataclass_init_`):
// the class holding the marker, else null.
static const ClassDef* frozen_dataclass_field(TypeRef obj, const std::string& attr, const Graph& g) {
  if (!obj || obj->kind != TypeKind::Instance || !obj->cls) return nullptr;
  m::Ref marker = obj->cls->obj()->lookup("_rpy_frozen_");
  if (!marker || marker->kind != m::ObjKind::Tuple) return nullptr;
  bool field = false;
  for (auto& n : marker->as<m::TupleObj>()->items)
    if ((n->kind == m::ObjKind::Str || n->kind == m::ObjKind::Unicode) && n->as<m::StrObj>()->value == attr) field = true;
  if (!field) return nullptr;
  if (g.desc && g.desc->fn()->attrs.count("_rpy_dataclass_init_")) return nullptr;
  const ClassDef* c = obj->cls;
  while (c->base && c->base->obj()->lookup("_rpy_frozen_")) c = c->base;
  return c;
}

// A string unpacks into its characters (`a, b = "xy"`; `*init, last = s` makes a list of them).
static bool unpackable_text(TypeRef t) {
  return t->kind == TypeKind::Str || t->kind == TypeKind::Char || t->kind == TypeKind::Unicode || t->kind == TypeKind::UniChar;
}

void Annotator::stmt(Stmt& s, Graph& g) {
  switch (s.op) {
    case StmtOp::ExprStmt:
      expr(*s.exprs[0], g);
      return;
    case StmtOp::Assign: {
      TypeRef t = expr(*s.exprs[0], g);
      bool iterable = t && (t->kind == TypeKind::Iterator || t->kind == TypeKind::Dict ||
                            (t->kind == TypeKind::Instance && t->cls && t->cls->obj()->lookup("__iter__")));
      if (iterable && s.exprs[0]->unpacked != -1) {
        // `a, b = map(int, line.split())`, `x, *rest = gen()`, `x, y = vec` (a class with
        // __iter__), `k1, k2 = d` (a dict's keys, a set's items): the items, read into a
        // list (exactly as many as the targets and one more, as Python reads them, unless a
        // starred target takes the rest), then unpacked as a list is
        auto call = std::make_unique<Expr>(ExprOp::Call, s.exprs[0]->loc);
        auto fn = std::make_unique<Expr>(ExprOp::Const, s.exprs[0]->loc);
        fn->value = interp_.builtins()->attrs.at("list");
        call->args.push_back(std::move(fn));
        call->unpacked = s.exprs[0]->unpacked;
        s.exprs[0]->unpacked = -1;
        call->args.push_back(std::move(s.exprs[0]));
        s.exprs[0] = std::move(call);
        changed_ = true;
        t = expr(*s.exprs[0], g);
      }
      assign_var(s.var, t, s.exprs[0]->loc);
      return;
    }
    case StmtOp::SetAttr: {
      TypeRef obj = expr(*s.exprs[0], g);
      TypeRef v = expr(*s.exprs[1], g);
      if (const ClassDef* frozen = frozen_dataclass_field(obj, s.attr, g))
        error(s.loc, "cannot assign to field '" + s.attr + "' of " + frozen->name +
                         ", a frozen dataclass: Python raises dataclasses.FrozenInstanceError here, which rpy does not model; "
                         "make a new instance instead (dataclasses.replace at import time, or a call of the class)");
      if (property_set(s, obj, g)) return;
      if (class_var_store(s, obj, v)) return;
      if (func_setattr(s, obj, v)) return;
      setattr(obj, s.attr, v, s.loc);
      return;
    }
    case StmtOp::SetItem: {
      TypeRef obj = expr(*s.exprs[0], g);
      TypeRef idx = expr(*s.exprs[1], g);
      if (obj && obj->kind == TypeKind::List && int_member_operand(s.exprs[1], g, nullptr)) idx = s.exprs[1]->type;  // int_members.cpp
      TypeRef v = expr(*s.exprs[2], g);
      // A list or dict that may be None (optional_rules.cpp): Python's TypeError.
      if (obj && obj->nullable && (obj->kind == TypeKind::List || obj->kind == TypeKind::Dict))
        obj = none_checked(s.exprs[0], "'NoneType' object does not support item assignment");
      if (rlib::setitem(*this, obj, idx, v, s.loc)) return;  // bytearray
      if (is_vtuple(obj)) {
        error(s.loc, "'tuple' object does not support item assignment");
      } else if (obj->kind == TypeKind::List) {
        if (!is_index(idx) && idx->kind != TypeKind::Impossible)
          error(s.exprs[1]->loc, "list indices must be integers, not " + describe(idx));
        ListDef* d = obj->listdef->find();
        d->mutated = true;
        merge_into(d->item, d->origins, v, s.exprs[2]->loc, "the items of this list");
      } else if (obj->kind == TypeKind::Dict) {
        DictDef* d = obj->dictdef->find();
        merge_into(d->key, d->key_origins, idx, s.exprs[1]->loc, "the keys of this dict");
        d = d->find();
        merge_into(d->value, d->value_origins, v, s.exprs[2]->loc, "the values of this dict");
      } else if (obj->kind == TypeKind::Instance) {
        // obj[i] = v  ->  obj.__setitem__(i, v): annotated through a synthesized call.
        if (s.handlers.empty()) {
          // nothing: handled by codegen via method call; annotate the method now.
        }
        std::vector<TypeRef> args{idx, v};
        auto fam = method_family(obj->cls, "__setitem__");
        if (fam.empty()) error(s.loc, "instances of " + obj->cls->name + " do not support item assignment (no __setitem__)");
        if (fam.size() > 1) {
          // Overridden: `$value = v; obj.__setitem__(i, $value)`, a method call (Python evaluates
          // the value before the object and the index).
          ir::Var* tmp = g.new_var("$value", s.loc);
          auto hold = std::make_unique<Expr>(ExprOp::SetLocal, s.loc);
          hold->var = tmp;
          hold->args.push_back(std::move(s.exprs[2]));
          auto ga = std::make_unique<Expr>(ExprOp::GetAttr, s.loc);
          ga->attr = "__setitem__";
          ga->args.push_back(std::move(s.exprs[0]));
          auto call = std::make_unique<Expr>(ExprOp::Call, s.loc);
          call->args.push_back(std::move(ga));
          call->args.push_back(std::move(s.exprs[1]));
          auto value = std::make_unique<Expr>(ExprOp::Local, s.loc);
          value->var = tmp;
          call->args.push_back(std::move(value));
          auto seq = std::make_unique<Expr>(ExprOp::Seq, s.loc);
          seq->args.push_back(std::move(hold));
          seq->args.push_back(std::move(call));
          s.exprs.clear();
          s.exprs.push_back(std::move(seq));
          s.op = ir::StmtOp::ExprStmt;
          changed_ = true;
          expr(*s.exprs[0], g);
          return;
        }
        for (auto& [cd, fn] : fam) {
          if (fn->kind != m::ObjKind::Function) continue;
          Graph* tg = graph_for(funcdesc(fn), {obj, idx, v}, s.loc);
          if (tg->params.size() != 3) {
            error(s.loc, "__setitem__ must take (self, index, value)");
            continue;
          }
          assign_var(tg->params[0], types().instance(cd), s.loc);
          assign_var(tg->params[1], idx, s.exprs[1]->loc);
          assign_var(tg->params[2], v, s.exprs[2]->loc);
        }
      } else if (obj->kind != TypeKind::Impossible) {
        error(s.loc, "'" + describe(obj) + "' does not support item assignment");
      }
      return;
    }
    case StmtOp::SetSlice: {
      TypeRef obj = expr(*s.exprs[0], g);
      for (int i = 1; i <= 2; ++i)
        if (s.exprs[i]) slice_index(*s.exprs[i], g);
      TypeRef v = expr(*s.exprs[3], g);
      if (s.exprs.size() > 4 && s.exprs[4]) slice_index(*s.exprs[4], g);
      if (is_vtuple(obj)) {
        error(s.loc, "'tuple' object does not support item assignment");
      } else if (obj->kind == TypeKind::List && v->kind == TypeKind::List) {
        UnionResult r = union_types(types(), types().with_nullable(obj, false), types().with_nullable(v, false), this);
        if (!r.type)
          error(s.exprs[3]->loc, "slice assignment would put the items of " + describe(v) + " into " + describe(obj) + ": " + r.why);
        obj->listdef->find()->resized = true;
      } else if (obj->kind != TypeKind::Impossible && v->kind != TypeKind::Impossible) {
        error(s.loc, "slice assignment needs a list on both sides, not " + describe(obj) + " and " + describe(v));
      }
      return;
    }
    case StmtOp::DelItem: {
      TypeRef obj = expr(*s.exprs[0], g);
      TypeRef idx = expr(*s.exprs[1], g);
      if (is_vtuple(obj))
        error(s.loc, "'tuple' object doesn't support item deletion");
      else if (obj->kind == TypeKind::List)
        obj->listdef->find()->resized = true;
      else if (obj->kind == TypeKind::Dict) {
        DictDef* d = obj->dictdef->find();
        merge_into(d->key, d->key_origins, idx, s.exprs[1]->loc, "the keys of this dict");
      } else if (obj->kind == TypeKind::Instance) {
        // del obj[i] -> obj.__delitem__(i)
        auto call = std::make_unique<Expr>(ExprOp::Call, s.loc);
        auto ga = std::make_unique<Expr>(ExprOp::GetAttr, s.loc);
        ga->attr = "__delitem__";
        ga->args.push_back(std::move(s.exprs[0]));
        call->args.push_back(std::move(ga));
        call->args.push_back(std::move(s.exprs[1]));
        s.exprs.clear();
        s.exprs.push_back(std::move(call));
        s.op = StmtOp::ExprStmt;
        changed_ = true;
        expr(*s.exprs[0], g);
      } else if (obj->kind != TypeKind::Impossible)
        error(s.loc, "'" + describe(obj) + "' does not support item deletion");
      return;
    }
    case StmtOp::DelSlice: {
      TypeRef obj = expr(*s.exprs[0], g);
      for (int i = 1; i <= 3; ++i)
        if (s.exprs[i]) slice_index(*s.exprs[i], g);
      if (is_vtuple(obj))
        error(s.loc, "'tuple' object doesn't support item deletion");
      else if (obj->kind == TypeKind::List)
        obj->listdef->find()->resized = true;
      else if (obj->kind != TypeKind::Impossible)
        error(s.loc, "'" + describe(obj) + "' does not support slice deletion");
      return;
    }
    case StmtOp::UnpackCheck: {
      TypeRef t = expr(*s.exprs[0], g);
      if (is_optional_value(t) || is_nullable_container(t) || s.exprs[0]->op == ir::ExprOp::Narrow)
        t = none_checked_unpack(s.exprs[0]);  // optional_rules.cpp
      const int size = static_cast<int>(t->items.size());
      if (t->kind == TypeKind::Tuple && (s.at_least ? size < s.n : size != s.n))
        error(s.loc, "cannot unpack a tuple of " + std::to_string(size) + " items into " + std::to_string(s.n) + " targets" +
                         (s.at_least ? " and a starred one" : ""));
      else if (t->kind != TypeKind::Tuple && t->kind != TypeKind::List && t->kind != TypeKind::Impossible && !unpackable_text(t))
        error(s.loc, "cannot unpack " + describe(t) + " (only tuples, lists and strings can be unpacked)");
      return;
    }
    case StmtOp::If: {
      mark_condition(*s.exprs[0]);
      bool v;
      if (const_truth(tested(*s.exprs[0], g), v)) {  // a constant test: only one branch exists
        block(v ? s.body : s.orelse, g);
        return;
      }
      block(s.body, g);
      block(s.orelse, g);
      return;
    }
    case StmtOp::While: {
      mark_condition(*s.exprs[0]);
      bool v, known = const_truth(tested(*s.exprs[0], g), v);
      if (!known || v) block(s.body, g);
      if (!known || !v) block(s.orelse, g);  // `while True:` ends only through break
      return;
    }
    case StmtOp::For: {
      TypeRef elem = for_iterable(s, g);
      assign_var(s.var, elem, s.loc);
      block(s.body, g);
      block(s.orelse, g);
      return;
    }
    case StmtOp::Break:
    case StmtOp::Continue:
    case StmtOp::Pass:
    case StmtOp::DelLocal:  // lowered by ir/webs.cpp
      return;
    case StmtOp::Return: {
      if (g.is_generator) {  // ends the generator
        if (!s.exprs.empty()) expr(*s.exprs[0], g);
        return;
      }
      TypeRef t = s.exprs.empty() ? types().none() : expr(*s.exprs[0], g);
      merge_into(g.return_type, g.return_origins, t, s.exprs.empty() ? s.loc : s.exprs[0]->loc, "the return value of " + g.name);
      return;
    }
    case StmtOp::Raise: {
      if (s.exprs.empty()) return;
      TypeRef t = expr(*s.exprs[0], g);
      if (t->kind == TypeKind::Class) {
        ClassDef* cd = classdef(t->const_value);
        if (!cd->is_exception) error(s.exprs[0]->loc, "exceptions must derive from BaseException, not class " + cd->name);
        mark_instantiated(cd);
      } else if (t->kind == TypeKind::Instance) {
        if (!t->cls->is_exception) error(s.exprs[0]->loc, "exceptions must derive from BaseException, not " + describe(t));
      } else if (t->kind != TypeKind::Impossible) {
        error(s.exprs[0]->loc, "can only raise an exception class or instance, not " + describe(t));
      }
      if (s.exprs.size() > 1) {  // raise X from Y: Y an exception (class or instance) or None
        TypeRef c = expr(*s.exprs[1], g);
        if (c->kind == TypeKind::Class && classdef(c->const_value)->is_exception)
          mark_instantiated(classdef(c->const_value));
        else if (!(c->kind == TypeKind::None || c->kind == TypeKind::Impossible || (c->kind == TypeKind::Instance && c->cls->is_exception)))
          error(s.exprs[1]->loc, "exception causes must derive from BaseException (or be None), not " + describe(c));
      }
      return;
    }
    case StmtOp::Try: {
      block(s.body, g);
      for (auto& h : s.handlers) {
        TypeRef caught = nullptr;
        for (auto& c : h.classes) {
          TypeRef ct = expr(*c, g);
          if (ct->kind != TypeKind::Class) {
            error(c->loc, "except clauses must name exception classes (constants), not " + describe(ct));
            continue;
          }
          ClassDef* cd = classdef(ct->const_value);
          if (!cd->is_exception) error(c->loc, "class " + cd->name + " is not an exception class");
          caught = union_types(types(), caught, types().instance(cd), this).type;
        }
        if (h.var) assign_var(h.var, caught ? caught : types().instance(classdef(interp().builtin_class("BaseException"))), h.loc);
        block(h.body, g);
      }
      block(s.orelse, g);
      block(s.finalbody, g);
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Calls

bool Annotator::spread_star_tuple(Expr& e, std::vector<TypeRef>& args, const std::string& callee, Graph& g) {
  size_t at = e.args.size() - e.kwnames.size() - 1;  // the starred positional, in e.args
  ir::ExprPtr tup = std::move(e.args[at]);
  TypeRef tt = tup->type;
  if (tt && tt->kind == TypeKind::Impossible) {
    e.args[at] = std::move(tup);
    return false;
  }
  // A read without effects (a local, a constant, an attribute of one) is repeated per item.
  std::function<ir::ExprPtr(const Expr&)> reread = [&](const Expr& x) -> ir::ExprPtr {
    if (x.op != ExprOp::Local && x.op != ExprOp::Const && !(x.op == ExprOp::GetAttr && x.args.size() == 1)) return nullptr;
    auto r = std::make_unique<Expr>(x.op, x.loc);
    r->var = x.var;
    r->value = x.value;
    r->attr = x.attr;
    r->type = x.type;
    if (x.op == ExprOp::GetAttr) {
      ir::ExprPtr base = reread(*x.args[0]);
      if (!base) return nullptr;
      r->args.push_back(std::move(base));
    }
    return r;
  };
  ir::ExprPtr probe = tup->op == ExprOp::MakeTuple ? nullptr : reread(*tup);
  if (!tt || tt->kind != TypeKind::Tuple || (tup->op != ExprOp::MakeTuple && !probe)) {
    error(tup->loc, "f(*args) in a call of " + callee + "() needs a tuple variable or a tuple display (of known length), not " +
                        (tt && tt->kind != TypeKind::Tuple ? describe(tt) : std::string("this expression")));
    e.args[at] = std::move(tup);
    return false;
  }
  std::vector<ir::ExprPtr> items;
  if (tup->op == ExprOp::MakeTuple) {
    items = std::move(tup->args);
  } else {
    for (size_t i = 0; i < tt->items.size(); ++i) {
      auto item = std::make_unique<Expr>(ExprOp::GetItem, tup->loc);
      item->args.push_back(reread(*tup));
      auto idx = std::make_unique<Expr>(ExprOp::Const, tup->loc);
      idx->value = m::make_int(static_cast<int64_t>(i));
      item->args.push_back(std::move(idx));
      items.push_back(std::move(item));
    }
  }
  e.args.erase(e.args.begin() + static_cast<std::ptrdiff_t>(at));
  args.erase(args.begin() + static_cast<std::ptrdiff_t>(at - 1));
  for (size_t i = 0; i < items.size(); ++i) {
    TypeRef t = expr(*items[i], g);
    args.insert(args.begin() + static_cast<std::ptrdiff_t>(at - 1 + i), t);
    e.args.insert(e.args.begin() + static_cast<std::ptrdiff_t>(at + i), std::move(items[i]));
  }
  e.star = false;
  return true;
}

bool Annotator::bind_args(Expr& e, const m::FunctionObj& fn, bool has_self, Graph& g) {
  const syntax::Arguments& A = *fn.args;
  const std::string& fname = called_name(e, fn);  // the program's name for a library replacement
  // A method taking no positional parameter but *args (a decorator's `def wrapper(*args,
  // **kwargs)`): the receiver is item 0 of args; its graph takes it as a hidden first parameter
  // (ir::Graph::receiver_in_vararg), bound here as any method's self.
  const size_t hidden = has_self && receiver_in_vararg(fn) ? 1 : 0;
  size_t nparams = A.args.size() + hidden;
  auto param_name = [&](size_t i) -> const std::string& {
    static const std::string none;
    return i < hidden ? none : i < nparams ? A.args[i - hidden].name : A.kwonly[i - nparams].name;
  };
  size_t nkw = e.kwnames.size();
  size_t npos_given = e.args.size() - 1 - nkw;
  Expr* dstar = nullptr;  // f(**d): the mapping, the call's last argument (ir/lower.cpp)
  if (nkw && e.kwnames.back() == "**") {
    dstar = e.args.back().get();
    --nkw;
  }
  if (has_self && nparams == 0) {  // no parameter could hold the receiver
    note_definition(error(e.loc, "calling " + fname + "() as a method is not supported: it takes no parameter for the instance"), fn,
                    fname);
    return false;
  }
  if (hidden && dstar) {
    note_definition(error(dstar->loc, "f(**d) in a call of " + fname + "() as a method is not supported: it takes the instance in its *" +
                                          A.vararg + " (pass each argument by name, f(a=..., b=...))"),
                    fn, fname);
    return false;
  }
  std::vector<Expr*> pos;
  if (has_self) pos.push_back(nullptr);  // filled by the caller (receiver)
  for (size_t i = 0; i < npos_given; ++i) pos.push_back(e.args[1 + i].get());
  if (e.star) {
    // f(*tup): expand a tuple argument of known length into GetItem nodes.
    Expr* tup = pos.back();
    pos.pop_back();
    TypeRef tt = tup->type;
    // f(*xs) of a list: Python passes its items as they are when the call runs, as for a tuple
    // of unknown length (its length checked first).
    bool star_list =
        tt && tt->kind == TypeKind::List && !is_vtuple(tt) && !tt->listdef->find()->deque && tup->op == ExprOp::Local && A.vararg.empty();
    if (is_vtuple(tt) || star_list) {
      if (!spread_vtuple_args(e, *tup, fn, pos, g)) return false;  // star_args_rules.cpp
    } else if (!tt || tt->kind != TypeKind::Tuple) {
      if (tt && tt->kind != TypeKind::Impossible)
        error(tup->loc, tt->kind == TypeKind::List && A.vararg.empty()
                            ? "f(*xs) of a list that is not a variable (" + describe(tt) +
                                  ") is not supported: assign it to a variable first (`xs = ...; f(*xs)`), whose items rpy then passes "
                                  "after checking their number"
                            : "f(*args) needs a tuple, not " + describe(tt) +
                                  " (RPython refuses it too: the * argument of a call must be a tuple, whose length the code fixes; "
                                  "pass the " +
                                  (tt->kind == TypeKind::List ? std::string("list itself") : std::string("value")) + " as one argument)");
      return false;
    }
    if (is_vtuple(tt) || star_list) {
      // the items were read above
    } else if (tup->op == ExprOp::MakeTuple && !tup->args.empty()) {
      // f(*(a, b)): the display's items are the arguments.
      for (auto& a : tup->args) pos.push_back(a.get());
    } else {
      // f(*t) and f(*t[i:j]) of a tuple variable: one item read per argument.
      const Expr* var = tup->op == ExprOp::GetSlice ? tup->args[0].get() : tup;
      std::vector<size_t> positions;
      if (var->op != ExprOp::Local || !var->type || var->type->kind != TypeKind::Tuple ||
          (tup->op == ExprOp::GetSlice && !tuple_slice_positions(*tup, var->type->items.size(), positions))) {
        error(tup->loc, "f(*args) needs a tuple variable, a slice of one with constant bounds, or a tuple display");
        return false;
      }
      if (tup->op != ExprOp::GetSlice)
        for (size_t i = 0; i < tt->items.size(); ++i) positions.push_back(i);
      if (e.defaults.empty() || e.defaults[0]->op != ExprOp::GetItem) {
        e.defaults.clear();
        for (size_t i : positions) {
          auto item = std::make_unique<Expr>(ExprOp::GetItem, tup->loc);
          auto ref = std::make_unique<Expr>(ExprOp::Local, tup->loc);
          ref->var = var->var;
          ref->type = var->type;
          item->args.push_back(std::move(ref));
          auto idx = std::make_unique<Expr>(ExprOp::Const, tup->loc);
          idx->value = m::make_int(static_cast<int64_t>(i));
          item->args.push_back(std::move(idx));
          item->type = var->type->items[i];
          e.defaults.push_back(std::move(item));
        }
      }
      for (auto& d : e.defaults)
        if (d->op == ExprOp::GetItem) pos.push_back(d.get());
    }
  }
  const size_t nkwonly = A.kwonly.size();  // bound[nparams + j]: keyword-only parameter j
  std::vector<Expr*> bound(nparams + nkwonly, nullptr);
  std::vector<Expr*> extra;
  std::vector<size_t> kwextra;  // the keywords a **kw parameter takes (indexes into e.kwnames)
  for (size_t i = 0; i < pos.size(); ++i) {
    if (i < nparams)
      bound[i] = pos[i];
    else if (!A.vararg.empty())
      extra.push_back(pos[i]);
    else {
      note_definition(
          error(e.loc, fname + "() takes " + std::to_string(nparams - has_self) + " argument" + (nparams - has_self == 1 ? "" : "s") +
                           " but " + std::to_string(pos.size() - has_self) + " were given"),
          fn, fname);
      return false;
    }
  }
  for (size_t k = 0; k < nkw; ++k) {
    const std::string& name = e.kwnames[k];
    bool found = false;
    for (size_t i = 0; i < nparams + nkwonly; ++i)
      if (i >= hidden && param_name(i) == name) {
        if (bound[i]) {
          note_definition(error(e.args[1 + npos_given + k]->loc, fname + "() got multiple values for argument '" + name + "'"), fn, fname);
          return false;
        }
        bound[i] = e.args[1 + npos_given + k].get();
        found = true;
      }
    if (!found && !A.kwarg.empty()) {
      kwextra.push_back(k);
      continue;
    }
    if (!found) {
      note_definition(error(e.args[1 + npos_given + k]->loc, unexpected_keyword_message(fname, name)), fn, fname);
      return false;
    }
  }
  if (dstar && !spread_dstar_args(e, *dstar, fn, bound, has_self)) return false;  // star_args_rules.cpp
  size_t first_default = nparams - fn.defaults.size();
  // Default values become constant nodes owned by the call (created once).
  size_t ndefaults_owned = 0;
  for (auto& d : e.defaults)
    if (d->op == ExprOp::Const) ++ndefaults_owned;
  size_t next_default = 0;
  std::vector<Expr*> owned_consts;
  for (auto& d : e.defaults)
    if (d->op == ExprOp::Const || d->op == ExprOp::ClosureDefault) owned_consts.push_back(d.get());
  // A default the def computed (a nested function's, held in its environment) is read from the
  // function value called, which must then be that one function (ir ClosureDefault).
  auto computed_default = [&](int slot, const std::string& param) -> std::unique_ptr<Expr> {
    TypeRef ft = e.args[0]->type;
    if (!ft || ft->kind != TypeKind::Function || ft->funcs.size() != 1 || ft->funcs[0]->fn() != &fn) {
      note_definition(error(e.loc, "this call leaves '" + param + "' to its default, which " + fname +
                                       "() computes when its def runs; rpy reads it from the function called, and this call may "
                                       "call one of several functions: pass '" +
                                       param + "'"),
                      fn, fname);
      return nullptr;
    }
    auto c = std::make_unique<Expr>(ExprOp::ClosureDefault, e.loc);
    c->value = ft->funcs[0]->func;
    c->env_slot = slot;
    return c;
  };
  auto take_default = [&](size_t i, const m::Ref& value, int slot, const std::string& param) -> bool {
    if (next_default < owned_consts.size()) {
      bound[i] = owned_consts[next_default++];
      return true;
    }
    std::unique_ptr<Expr> c;
    if (slot >= 0) {
      c = computed_default(slot, param);
      if (!c) return false;
    } else {
      c = std::make_unique<Expr>(ExprOp::Const, e.loc);
      c->value = value;
    }
    bound[i] = c.get();
    e.defaults.push_back(std::move(c));
    ++next_default;
    return true;
  };
  for (size_t i = 0; i < nparams; ++i) {
    if (bound[i] || (has_self && i == 0)) continue;
    if (i < first_default) {
      note_definition(error(e.loc, fname + "() missing required argument '" + param_name(i) + "'"), fn, fname);
      return false;
    }
    size_t k = i - first_default;
    if (!take_default(i, fn.defaults[k], k < fn.default_slots.size() ? fn.default_slots[k] : -1, param_name(i))) return false;
  }
  for (size_t j = 0; j < nkwonly; ++j) {
    size_t i = nparams + j;
    if (bound[i]) continue;
    auto d = fn.kwonly_defaults.find(A.kwonly[j].name);
    if (d == fn.kwonly_defaults.end()) {
      note_definition(error(e.loc, fname + "() missing 1 required keyword-only argument: '" + A.kwonly[j].name + "'"), fn, fname);
      return false;
    }
    auto s = fn.kwonly_default_slots.find(A.kwonly[j].name);
    if (!take_default(i, d->second, s == fn.kwonly_default_slots.end() ? -1 : s->second, A.kwonly[j].name)) return false;
  }
  (void)ndefaults_owned;
  if (!A.kwarg.empty()) {
    // **kw: a new dict of the keywords no parameter names, in the call's order (CPython inserts
    // them so, in both dialects); its values are the call's own argument nodes.
    Expr* dict_node = nullptr;
    Expr* rest = nullptr;  // f(**d): kw_rest(d, fill, dict) (star_args_rules.cpp) takes the dict as its last argument
    for (auto& d : e.defaults) {
      if (d->op == ExprOp::MakeDict) dict_node = d.get();
      if (d->op == ExprOp::Call && d->attr == "$kwrest") rest = d.get();
    }
    if (rest && rest->args.size() > 3) dict_node = rest->args[3].get();
    if (!dict_node) {
      auto d = std::make_unique<Expr>(ExprOp::MakeDict, e.loc);
      d->attr = "$kwargs";
      for (size_t k : kwextra) {
        auto key = std::make_unique<Expr>(ExprOp::Const, e.args[1 + npos_given + k]->loc);
        key->value = m::make_str(e.kwnames[k]);
        d->args.push_back(std::move(key));
        d->extra.push_back(e.args[1 + npos_given + k].get());
      }
      dict_node = d.get();
      if (rest)
        rest->args.push_back(std::move(d));
      else
        e.defaults.push_back(std::move(d));
    }
    bound.push_back(rest ? rest : dict_node);
  }
  if (!A.vararg.empty()) {
    // The extra positional arguments form a tuple (one graph per arity).
    Expr* tuple_node = nullptr;
    for (auto& d : e.defaults)
      if (d->op == ExprOp::MakeTuple) tuple_node = d.get();
    if (!tuple_node) {
      auto t = std::make_unique<Expr>(ExprOp::MakeTuple, e.loc);
      tuple_node = t.get();
      e.defaults.push_back(std::move(t));
    }
    bound.push_back(tuple_node);
    tuple_node->extra = extra;
    std::vector<TypeRef> items;
    for (auto* x : extra) items.push_back(x->type ? x->type : types().impossible());
    tuple_node->type = types().tuple(items);
  }
  for (auto& d : e.defaults)
    if (d->op != ExprOp::MakeTuple) expr(*d, g);
  e.bound = bound;
  return true;
}

// Whether the argument bound to parameter i of a call is a default value (a constant the call owns).
bool is_default_arg(const Expr& e, size_t i) {
  if (i >= e.bound.size() || !e.bound[i]) return false;
  for (auto& d : e.defaults)
    if (d.get() == e.bound[i] && d->op == ExprOp::Const) return true;
  return false;
}

// A method call reaching several overrides, or a call of a function value that may be one of
// several functions, binds its arguments once; a parameter it leaves to its default takes each
// function's own default value (Python looks them up per function).
m::Ref Annotator::own_default(const Expr& e, size_t i, const Graph& t) {
  if (e.call_kind != ir::CallKind::Method && e.call_kind != ir::CallKind::MethodSet && e.call_kind != ir::CallKind::Indirect)
    return nullptr;
  if (!is_default_arg(e, i) || !t.desc) return nullptr;
  if (t.receiver_in_vararg) {  // params[0] is the receiver, not one of the function's parameters
    if (i == 0) return nullptr;
    --i;
  }
  const m::FunctionObj& fn = *t.desc->fn();
  size_t nparams = fn.args->args.size();
  size_t first_default = nparams - fn.defaults.size();
  if (i >= nparams && i - nparams < fn.args->kwonly.size()) {  // a keyword-only parameter
    auto d = fn.kwonly_defaults.find(fn.args->kwonly[i - nparams].name);
    if (d != fn.kwonly_defaults.end()) return d->second;
  }
  if (i >= nparams || i < first_default) {
    std::string where = t.desc->method_of ? t.desc->method_of->name + "." : std::string();
    error(e.loc, "this call leaves '" + (i < nparams ? fn.args->args[i].name : std::string("?")) + "' to its default, but " + where +
                     fn.name + "(), which it may call, has no default for it");
    return nullptr;
  }
  return fn.defaults[i - first_default];
}

TypeRef Annotator::call_graphs(Expr& e, std::vector<Graph*> targets, TypeRef self_type, Graph& g) {
  (void)g;
  TypeRef result = types().impossible();
  for (Graph* t : targets) {
    size_t nb = e.bound.size();
    size_t np = t->params.size() + (t->vararg ? 1 : 0);
    if (spreads_into_star_args(e, t->desc)) {  // min(*args) among functions of fixed parameters (builtin_values.cpp)
      std::vector<TypeRef> argtypes;
      for (Expr* a : e.bound) argtypes.push_back(a ? a->type : nullptr);
      assign_var(t->vararg, star_argtypes(e, argtypes)[0], e.loc);
      nb = np;
    } else if (nb != np) {
      // the call's arguments were bound to the first function's parameters (bind_args): an
      // override or member taking **kw (or *args) where that one does not, or the reverse
      const m::FunctionObj* first = nullptr;
      if (e.call_kind == ir::CallKind::Method && !e.targets.empty() && e.targets[0]->desc) first = e.targets[0]->desc->fn();
      if (e.call_kind == ir::CallKind::Indirect && e.args[0]->type && !e.args[0]->type->funcs.empty())
        first = e.args[0]->type->funcs[0]->fn();
      const m::FunctionObj* own = t->desc ? t->desc->fn() : nullptr;
      std::string why;
      auto shown = [](const m::FunctionObj* f) { return (f->qualname.empty() ? f->name : f->qualname) + "()"; };
      if (first && own && first != own)
        for (auto [star, a, b] :
             {std::tuple{"**", first->args->kwarg, own->args->kwarg}, std::tuple{"*", first->args->vararg, own->args->vararg}})
          if (why.empty() && a.empty() != b.empty())
            why = ": " + shown(a.empty() ? own : first) + " takes " + star + (a.empty() ? b : a) + " and " +
                  shown(a.empty() ? first : own) + " does not; the " + (e.call_kind == ir::CallKind::Method ? "overrides" : "functions") +
                  " a call may reach must take the same parameters";
      error(e.loc, "call to " + t->name + " does not match its parameters" + why);
      continue;
    }
    for (size_t i = 0; i < t->params.size(); ++i) {
      if (self_type && i == 0) {
        assign_var(t->params[0], self_type, e.loc);
        continue;
      }
      Expr* a = e.bound[i];
      if (m::Ref own = own_default(e, i, *t); own)  // an override's own default value
        assign_var(t->params[i], type_of_const(own, e.loc), e.loc);
      else if (a && a->type)
        assign_var(t->params[i], a->type, a->loc);
      else if (a && a->op == ExprOp::Const)
        assign_var(t->params[i], type_of_const(a->value, a->loc), a->loc);
    }
    if (t->vararg && !spreads_into_star_args(e, t->desc)) assign_var(t->vararg, e.bound.back()->type, e.loc);
    UnionResult r = union_types(types(), result, t->return_type, this);
    if (!r.type) {
      error(e.loc, "the functions this call may reach return incompatible types: " + r.why);
      continue;
    }
    result = r.type;
  }
  return result;
}

// Whether an object of cls (or below) whose class takes method `name` from cd's definition is
// ever made: a class at or below cd (and cls), not overriding it on the way, instantiated.
bool Annotator::definition_reached(ClassDef* cls, ClassDef* cd, const std::string& name) {
  std::function<bool(ClassDef*)> walk = [&](ClassDef* c) {
    if (c->instantiated || c->is_exception || c->builtin) return true;
    for (ClassDef* s : c->subclasses)
      if (!defined_here(s, name) && walk(s)) return true;
    return false;
  };
  return walk(cd->is_subclass_of(cls) ? cd : cls);
}

TypeRef Annotator::call_method_by_name(Expr& e, TypeRef receiver, const std::string& name, Graph& g) {
  ClassDef* cls = receiver->cls;
  auto fam = method_family(cls, name);
  if (fam.empty()) {
    error(e.loc, "'" + cls->name + "' object has no method '" + name + "'");
    return types().impossible();
  }
  // As RPython types self by the receivers a method actually gets, an override no object can
  // reach (TimSort.lt, where only a subclass overriding lt is instantiated) is not a target.
  std::vector<std::pair<ClassDef*, m::Ref>> reached;
  for (auto& member : fam)
    if (definition_reached(cls, member.first, name)) reached.push_back(member);
  if (!reached.empty()) fam = std::move(reached);
  e.call_kind = ir::CallKind::Method;
  e.cls = cls;
  e.attr = name;
  std::vector<Graph*> targets;
  bool bound_ok = false;
  for (auto& [cd, fn] : fam) {
    if (fn->kind == m::ObjKind::StaticMethod || fn->kind != m::ObjKind::Function) {
      error(e.loc, "method '" + name + "' of " + cd->name + " is not a plain method");
      return types().impossible();
    }
    if (!bound_ok) {
      if (!bind_args(e, *fn->as<m::FunctionObj>(), true, g)) return types().impossible();
      bound_ok = true;
    }
    std::vector<TypeRef> argtypes{types().instance(cd)};
    for (size_t i = 1; i < e.bound.size(); ++i) argtypes.push_back(e.bound[i] ? e.bound[i]->type : nullptr);
    FuncDesc* fd = funcdesc(fn);
    fd->method_of = cd;
    if (waits_for_spec_args(fd, argtypes)) {  // specialised on an argument with no value yet
      e.call_kind = ir::CallKind::Unresolved;
      e.targets.clear();
      return types().impossible();
    }
    Graph* tg = graph_for(fd, argtypes, e.loc, nullptr, receiver_in_vararg(*fn->as<m::FunctionObj>()));
    targets.push_back(tg);
    // self has the type of the class that defines the method.
    assign_var(tg->params.empty() ? nullptr : tg->params[0], types().instance(cd), e.loc);
  }
  e.targets = targets;
  TypeRef result = types().impossible();
  for (Graph* t : targets) {
    // Bind arguments; self is the receiver.
    std::vector<Graph*> one{t};
    TypeRef r = call_graphs(e, one, types().instance(t->desc->method_of ? t->desc->method_of : cls), g);
    UnionResult u = union_types(types(), result, r, this);
    if (u.type)
      result = u.type;
    else
      error(e.loc, "overriding methods '" + name + "' return incompatible types: " + u.why);
  }
  return result;
}

// Whether `callee`, a bound method of a builtin type with receiver type `recv`, is spelt as the
// method of that receiver (`l.append`), so that the call can use the receiver directly.
static bool calls_on_receiver(const Expr& callee, TypeRef recv) {
  if (callee.op != ExprOp::GetAttr || callee.args.empty() || !callee.args[0]->type) return false;
  return callee.args[0]->type->kind == recv->kind;
}

// f(**d) of a function value (ir/lower.cpp lets a local callee through): the functions it may be
// must bind d's keys alike, so each must name its parameters as the first does and have the same
// defaults (kw_default reads the first's). Other callees (methods, builtins, classes) are refused.
bool Annotator::dstar_callee_ok(Expr& e, TypeRef callee) {
  const Loc& at = e.args.back()->loc;
  if (callee->kind == TypeKind::Impossible) return true;
  if (callee->kind != TypeKind::Function || callee->funcs.empty()) {
    error(at, "f(**kwargs) of " + describe(callee) +
                  " is not supported (RPython refuses f(**kwargs): the keywords of a call must be known statically); rpy supports "
                  "it as the last argument of a call of one of the program's functions, or a variable holding one, and in "
                  "dict(**d): here pass each argument by name, f(a=..., b=...)");
    return false;
  }
  const m::FunctionObj& first = *callee->funcs[0]->fn();
  auto names = [](const m::FunctionObj& f) {
    std::string s;
    for (auto& a : f.args->args) s += a.name + ",";
    s += "*" + f.args->vararg + ",";
    for (auto& a : f.args->kwonly) s += a.name + ",";
    return s + "**" + f.args->kwarg;
  };
  for (FuncDesc* d : callee->funcs) {
    const m::FunctionObj& f = *d->fn();
    std::string why;
    if (names(f) != names(first))
      why = "its parameters are not named as " + first.name + "()'s";
    else if (f.defaults.size() != first.defaults.size() || f.kwonly_defaults.size() != first.kwonly_defaults.size())
      why = "its defaults differ from " + first.name + "()'s";
    else {
      for (size_t i = 0; i < f.defaults.size() && why.empty(); ++i)
        if (f.defaults[i] != first.defaults[i]) why = "its defaults differ from " + first.name + "()'s";
      for (auto& [k, v] : f.kwonly_defaults)
        if (why.empty() && (!first.kwonly_defaults.count(k) || first.kwonly_defaults.at(k) != v))
          why = "its defaults differ from " + first.name + "()'s";
    }
    if (!why.empty()) {
      error(at, "f(**d) of a value that may be " + first.name + "() or " + f.name + "() is not supported: " + why +
                    " (d's keys would bind differently)");
      return false;
    }
  }
  return true;
}

// A call with no value (refused, or waiting for its arguments' types): its arguments are still
// annotated, the callee is not (it would only repeat the refusal).
TypeRef Annotator::refused_call(Expr& e, Graph& g) {
  for (size_t i = 1; i < e.args.size(); ++i) expr(*e.args[i], g);
  return types().impossible();
}

TypeRef Annotator::call(Expr& e, Graph& g) {
  if (!rewrite_classmethod_call(e, g)) rewrite_metaclass_call(e, g);
  // p._replace(x=1), p._asdict(), P._make(it) (namedtuple_rules.cpp)
  if (replace_namedtuple_method(e, g) == Replacement::Refused) return refused_call(e, g);
  TypeRef callee = expr(*e.args[0], g);
  if (replace_namedtuple_class(e, callee)) callee = expr(*e.args[0], g);  // Point(1, 2)
  const TypeRef builtin = callee;
  switch (replace_with_python(e, callee)) {  // functools.reduce, itertools (replacement_rules.cpp)
    case Replacement::Replaced: {
      const std::string& called = builtin->const_value->as<m::BuiltinObj>()->name;  // "itertools.zip_longest"
      called_as_[&e] = called.substr(called.rfind('.') + 1);
      callee = expr(*e.args[0], g);
      break;
    }
    case Replacement::Refused:
    case Replacement::Pending:
      return refused_call(e, g);
    case Replacement::None:
      break;
  }
  consuming_call_args(e, callee);  // list(zip(a, b)): built whole (iter_rules.cpp)
  cmp_to_key_arg(e, callee, g);    // sorted(xs, key=functools.cmp_to_key(f)) (extra_rules.cpp)
  std::vector<TypeRef> args;
  for (size_t i = 1; i < e.args.size(); ++i) args.push_back(expr(*e.args[i], g));
  if (!e.kwnames.empty() && e.kwnames.back() == "**" && !dstar_callee_ok(e, callee)) return types().impossible();
  switch (callee->kind) {
    case TypeKind::Impossible:
      return types().impossible();
    case TypeKind::Function: {
      if (callee->funcs.size() == 1 && refuse_library_function(*callee->funcs[0]->fn(), e.loc)) return types().impossible();
      if (callee->funcs.size() > 1 || callee->nullable)
        e.call_kind = ir::CallKind::Indirect;
      else
        e.call_kind = ir::CallKind::Direct;
      // Builtin-table functions implemented in Python (rlib intrinsics).
      if (callee->funcs.size() == 1) {
        int bid = builtin_id_of(callee->funcs[0]->func);
        if (bid >= 0) {
          e.call_kind = ir::CallKind::Builtin;
          e.builtin_id = bid;
          return call_builtin(static_cast<BuiltinId>(bid), e, args, g);
        }
      }
      FuncDesc* binder = binding_function(callee->funcs);  // builtin_values.cpp
      if (!bind_args(e, *binder->fn(), false, g)) return types().impossible();
      if (callee->funcs.size() == 1 && !callee->nullable)
        if (TypeRef folded = fold_memo_call(e, callee->funcs[0], g)) return folded;
      std::vector<TypeRef> argtypes;
      for (auto* b : e.bound) argtypes.push_back(b ? b->type : nullptr);
      std::vector<m::Ref> consts = const_args(e);
      // A function specialised on an argument whose value is not known yet: wait for it (a graph
      // made now would be keyed on no value, and stay in the program with nothing reaching it).
      std::vector<std::vector<TypeRef>> own_argtypes;  // per function: a builtin's wrapper gets a tuple (builtin_values.cpp)
      for (FuncDesc* d : callee->funcs) {
        own_argtypes.push_back(spreads_into_star_args(e, d) ? star_argtypes(e, argtypes) : argtypes);
        if (waits_for_spec_args(d, own_argtypes.back())) {
          e.call_kind = ir::CallKind::Unresolved;
          e.targets.clear();
          return types().impossible();
        }
      }
      std::vector<Graph*> targets;
      for (size_t k = 0; k < callee->funcs.size(); ++k) targets.push_back(graph_for(callee->funcs[k], own_argtypes[k], e.loc, &consts));
      e.targets = targets;
      return call_graphs(e, targets, nullptr, g);
    }
    case TypeKind::Class: {
      if (!callee->const_value) return instantiate_any(e, callee, g);
      if (TypeRef r = rlib::call_class(*this, e, callee, args)) return r;  // r_uint16(x)...
      if (int bid = builtin_id_of(callee->const_value); bid >= 0) {        // r_uint(x)...
        e.call_kind = ir::CallKind::Builtin;
        e.builtin_id = bid;
        return call_builtin(static_cast<BuiltinId>(bid), e, args, g);
      }
      if (refuse_library_class(callee->const_value, e.loc)) return types().impossible();
      if (callee->const_value->kind == m::ObjKind::Class && refuse_own_new(callee->const_value->as<m::ClassObj>(), e.loc))
        return types().impossible();
      ClassDef* cd = classdef(callee->const_value);
      mark_instantiated(cd);
      e.call_kind = ir::CallKind::Instantiate;
      e.cls = cd;
      TypeRef inst = types().instance(cd);
      ClassDef* where = nullptr;
      m::Ref init = lookup_class_attr(cd, "__init__", &where);
      if (init && init->kind == m::ObjKind::Function) {
        if (!bind_args(e, *init->as<m::FunctionObj>(), true, g)) return inst;
        FuncDesc* fd = funcdesc(init);
        fd->method_of = where;
        std::vector<TypeRef> argtypes{types().instance(where)};
        for (size_t i = 1; i < e.bound.size(); ++i) argtypes.push_back(e.bound[i] ? e.bound[i]->type : nullptr);
        Graph* tg = graph_for(fd, argtypes, e.loc, nullptr, receiver_in_vararg(*init->as<m::FunctionObj>()));
        e.targets = {tg};
        call_graphs(e, {tg}, types().instance(where), g);
      } else if (e.star && !spread_star_tuple(e, args, cd->name, g)) {
        return inst;
      } else if (cd->is_exception) {
        // Builtin exception constructor: an optional message (any value, shown with str()).
        // SystemExit's argument is also its code, the exit status (exit_rules.cpp).
        if (is_system_exit(cd)) {
          if (args.size() > 1 || !e.kwnames.empty())
            error(e.loc, cd->name + "() with several arguments (a tuple as its code) is not supported");
          else
            note_exit_code(args.empty() ? types().none() : args[0], e.loc);
        }
      } else if (!args.empty()) {
        error(e.loc, cd->name + "() takes no arguments (the class has no __init__)");
      }
      if (cd->is_exception) note_exc_construction(e, cd, init && init->kind == m::ObjKind::Function ? init->as<m::FunctionObj>() : nullptr);
      return inst;
    }
    case TypeKind::Builtin: {
      if (callee->const_value->as<m::BuiltinObj>()->name == "type" && args.size() == 1 && e.kwnames.empty()) return class_of(e, args[0]);
      if (TypeRef r = inherited_exc_str_call(e, callee, args, g)) return r;
      int bid = builtin_id_of(callee->const_value);
      if (bid < 0) {
        const std::string& n = callee->const_value->as<m::BuiltinObj>()->name;
        // A builtin type's method taken from the type (`str.upper`, `list.append`), given its
        // receiver as the first argument: `map(str.upper, words)`, `key=str.lower`; also
        // through a builtin's wrapper, `str.upper(*args)` (builtin_values.cpp).
        if (e.star && !spread_star_tuple(e, args, n, g)) return types().impossible();
        if (std::string method = unbound_builtin_method(n, e, args); !method.empty()) return rewrite_as_method(e, method, g);
        error(e.args[0]->loc, unsupported_builtin_message(n));
        return types().impossible();
      }
      e.call_kind = ir::CallKind::Builtin;
      e.builtin_id = bid;
      if ((bid != static_cast<int>(BuiltinId::Min) && bid != static_cast<int>(BuiltinId::Max)) || args.size() == 1)
        check_none_args(e, callee->const_value->as<m::BuiltinObj>()->name, args);  // optional_rules.cpp (min/max: builtin_rules.cpp)
      return call_builtin(static_cast<BuiltinId>(bid), e, args, g);
    }
    case TypeKind::BuiltinMethod: {
      TypeRef recv = callee->items[0];
      if (!calls_on_receiver(*e.args[0], recv)) {
        // A bound method of a builtin type kept in a variable or a field (`ins = l.insert`, as
        // RPython allows): the call becomes a call on its receiver, the value it holds.
        Loc at = e.args[0]->loc;
        auto n = std::make_unique<Expr>(ExprOp::Narrow, at);
        n->narrow = ir::NarrowKind::Receiver;
        n->args.push_back(std::move(e.args[0]));
        auto m = std::make_unique<Expr>(ExprOp::GetAttr, at);
        m->attr = callee->name;
        m->args.push_back(std::move(n));
        e.args[0] = std::move(m);
        expr(*e.args[0], g);
      }
      std::string kind = recv->kind == TypeKind::List ? (recv->listdef->find()->deque ? "Deque" : "List")
                         : (recv->kind == TypeKind::Str || recv->kind == TypeKind::Char || recv->kind == TypeKind::Unicode) ? "Str"
                         : recv->kind == TypeKind::File                                                                     ? "File"
                         : recv->kind == TypeKind::Bytes                                                                    ? "Bytes"
                         : recv->kind == TypeKind::Int                                                                      ? "Int"
                         : recv->kind == TypeKind::Dict     ? (recv->dictdef->find()->is_set    ? "Set"
                                                               : recv->dictdef->find()->counter ? "Counter"
                                                               : recv->dictdef->find()->odict   ? "OrderedDict"
                                                                                                : "Dict")
                         : recv->kind == TypeKind::Iterator ? "Iter"
                                                            : "?";
      if (kind == "Counter" && callee->name == "elements") return counter_elements_call(e, g);  // replacement_rules.cpp
      auto it = builtin_ids_.find(kind + "." + callee->name);
      if (it == builtin_ids_.end() && (kind == "Counter" || kind == "OrderedDict"))
        it = builtin_ids_.find("Dict." + callee->name);  // a Counter is a dict
      if (it == builtin_ids_.end()) {
        error(e.loc, "'" + describe(recv) + "' has no method '" + callee->name + "' that rpy can translate");
        return types().impossible();
      }
      e.call_kind = ir::CallKind::BuiltinMethod;
      e.builtin_id = it->second;
      check_none_method_args(e, recv, callee->name, args);  // optional_rules.cpp
      args.insert(args.begin(), recv);
      return call_builtin(static_cast<BuiltinId>(it->second), e, args, g);
    }
    case TypeKind::Method: {
      std::vector<std::string> names = method_names(callee);
      if (names.size() > 1) {
        // One of several methods of the receiver (a dispatch table): each is called with the
        // same arguments; the result is their union.
        TypeRef result = types().impossible();
        std::vector<std::pair<std::string, std::vector<Graph*>>> set;
        for (auto& n : names) {
          TypeRef r = call_method_by_name(e, callee->items[0], n, g);
          set.push_back({n, e.targets});
          UnionResult u = union_types(types(), result, r, this);
          if (u.type)
            result = u.type;
          else
            error(e.loc, "the methods this value may be return incompatible types: " + u.why);
        }
        e.targets.clear();  // every graph the call may reach (call graph, escape analysis)
        for (auto& [n, ts] : set) e.targets.insert(e.targets.end(), ts.begin(), ts.end());
        e.method_set = std::move(set);
        e.call_kind = ir::CallKind::MethodSet;
        e.cls = callee->items[0]->cls;
        return result;
      }
      // Methods of rlib classes that are intrinsics (JitDriver.jit_merge_point...).
      m::Ref fn = lookup_class_attr(callee->items[0]->cls, callee->name);
      int bid = fn ? builtin_id_of(fn) : -1;
      if (bid >= 0) {
        e.call_kind = ir::CallKind::Builtin;
        e.builtin_id = bid;
        return call_builtin(static_cast<BuiltinId>(bid), e, args, g);
      }
      return call_method_by_name(e, callee->items[0], callee->name, g);
    }
    case TypeKind::Instance:
      // obj(args) calls obj.__call__(args).
      if (special_method(callee, "__call__") == Special::Defined) {
        auto ga = std::make_unique<ir::Expr>(ir::ExprOp::GetAttr, e.args[0]->loc);
        ga->attr = "__call__";
        ga->args.push_back(std::move(e.args[0]));
        e.args[0] = std::move(ga);
        changed_ = true;
        return call(e, g);
      }
      [[fallthrough]];
    default:
      error(e.args[0]->loc, "'" + describe(callee) + "' is not callable");
      return types().impossible();
  }
}

}  // namespace rpy::annotate
