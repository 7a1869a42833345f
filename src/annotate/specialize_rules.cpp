// RPython's specialisations that depend on constant arguments (rpython/annotator/specialize.py):
// - a specialize.memo() function called with arguments that are all constants runs while
//   translating, and the call becomes its result, a constant (memo tables, generated functions);
// - a specialize.arg(N) function gets one graph per constant value of argument N, in which the
//   parameter is that constant, so tests on it are decided and calls with it can fold in turn.
// Arguments that are not constants keep the type-based specialisation of graph_for.
#include <cstdio>
#include <set>

#include "annotate/annotator.hpp"
#include "ir/lower.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;

namespace {

// The constants a specialisation may depend on: plain values, classes and functions.
bool specializable(const m::Ref& v) {
  switch (v->kind) {
    case m::ObjKind::None:
    case m::ObjKind::Bool:
    case m::ObjKind::Int:
    case m::ObjKind::Float:
    case m::ObjKind::Str:
    case m::ObjKind::Unicode:
    case m::ObjKind::Class:
    case m::ObjKind::Function:
      return true;
    default:
      return false;
  }
}

m::Ref const_of(const Expr* x) {
  if (!x) return nullptr;
  m::Ref v;
  if ((x->op == ExprOp::Const || x->op == ExprOp::GetAttr) && x->value) v = x->value;
  bool b;
  if (!v && x->type && x->type->kind == TypeKind::Bool && const_truth(x->type, b)) v = m::make_bool(b);
  return v && specializable(v) ? v : nullptr;
}

// Whether a statement or expression of the graph rebinds `v`.
bool assigns(const Expr& e, const ir::Var* v);
bool assigns(const ir::Block& b, const ir::Var* v);
bool assigns(const ir::Stmt& s, const ir::Var* v) {
  if (s.var == v) return true;
  for (auto& x : s.exprs)
    if (x && assigns(*x, v)) return true;
  for (auto& h : s.handlers)
    if (h.var == v || assigns(h.body, v)) return true;
  return assigns(s.body, v) || assigns(s.orelse, v) || assigns(s.finalbody, v);
}
bool assigns(const ir::Block& b, const ir::Var* v) {
  for (auto& s : b)
    if (assigns(*s, v)) return true;
  return false;
}
bool assigns(const Expr& e, const ir::Var* v) {
  if (e.op == ExprOp::SetLocal && e.var == v) return true;
  for (auto& x : e.args)
    if (x && assigns(*x, v)) return true;
  return assigns(e.body, v);
}

// Every read of `v` (and every narrowing of it) becomes the constant `value`.
void substitute(ir::ExprPtr& x, const ir::Var* v, const m::Ref& value);
void substitute(ir::Block& b, const ir::Var* v, const m::Ref& value) {
  for (auto& s : b) {
    for (auto& x : s->exprs) substitute(x, v, value);
    for (auto& h : s->handlers) substitute(h.body, v, value);
    substitute(s->body, v, value);
    substitute(s->orelse, v, value);
    substitute(s->finalbody, v, value);
  }
}
void substitute(ir::ExprPtr& x, const ir::Var* v, const m::Ref& value) {
  if (!x) return;
  bool read = x->op == ExprOp::Local && x->var == v;
  bool narrowed = x->op == ExprOp::Narrow && !x->args.empty() && x->args[0]->op == ExprOp::Local && x->args[0]->var == v;
  if (read || narrowed) {
    // In place: reads of other variables keep pointers to assigned values (ir/webs.cpp's
    // `reaching`), and this expression may be one of them.
    Expr c(ExprOp::Const, x->loc);
    c.value = value;
    *x = std::move(c);
    return;
  }
  for (auto& a : x->args) substitute(a, v, value);
  substitute(x->body, v, value);
}

}  // namespace

std::vector<m::Ref> Annotator::const_args(const Expr& call) {
  std::vector<m::Ref> out;
  for (const Expr* b : call.bound) out.push_back(const_of(b));
  return out;
}

// A constant as part of a key: classes and functions by identity, plain values by kind and repr.
static std::string const_key(m::Interp& interp, const m::Ref& v) {
  if (v->kind == m::ObjKind::Class || v->kind == m::ObjKind::Function) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", static_cast<const void*>(v.get()));
    return buf;
  }
  return std::to_string(static_cast<int>(v->kind)) + ":" + interp.repr_of(v);
}

std::string Annotator::const_arg_key(FuncDesc* d, const std::vector<m::Ref>* consts) {
  if (d->specialize != "arg" || !consts) return "";
  std::string key;
  for (int i : d->spec_args) {
    if (i < 0 || i >= static_cast<int>(consts->size()) || !(*consts)[i]) continue;
    key += "#" + std::to_string(i) + "=" + const_key(interp_, (*consts)[i]);
  }
  return key;
}

void Annotator::bind_const_params(FuncDesc* d, ir::Graph& g, const std::vector<m::Ref>* consts) {
  if (d->specialize != "arg" || !consts) return;
  for (int i : d->spec_args) {
    if (i < 0 || i >= static_cast<int>(consts->size()) || i >= static_cast<int>(g.params.size()) || !(*consts)[i]) continue;
    const ir::Var* p = g.params[i];
    if (assigns(g.body, p)) continue;  // rebound in the body: stays a variable
    substitute(g.body, p, (*consts)[i]);
  }
}

// A type not known yet: no value, or a tuple with an item of no value (the *args of a call whose
// arguments are not typed yet).
static bool type_unknown(TypeRef t) {
  if (imp(t)) return true;
  if (t->kind == TypeKind::Tuple)
    for (TypeRef item : t->items)
      if (type_unknown(item)) return true;
  return false;
}

bool Annotator::waits_for_spec_args(FuncDesc* d, const std::vector<TypeRef>& argtypes) const {
  if (d->specialize != "argtype" && d->specialize != "arg") return false;
  for (int i : d->spec_args)
    if (i >= 0 && i < static_cast<int>(argtypes.size()) && type_unknown(argtypes[i])) return true;
  return false;
}

TypeRef Annotator::fold_memo_call(Expr& e, FuncDesc* d, ir::Graph& g) {
  if (d->specialize != "memo" || e.star || d->is_closure()) return nullptr;
  std::vector<m::Ref> args;
  for (const Expr* b : e.bound) {
    m::Ref v = const_of(b);
    if (!v) return nullptr;  // a variable argument: the body is translated, specialised by type
    args.push_back(v);
  }
  // One call per function and arguments, as RPython's memo table: every call site with the same
  // constants gets the same object.
  std::string key = std::to_string(d->id);
  for (const m::Ref& v : args) key += "#" + const_key(interp_, v);
  m::Ref result;
  try {
    auto known = memo_results_.find(key);
    result = known != memo_results_.end() ? known->second : interp_.call(d->func, args, {}, e.loc);
    memo_results_[key] = result;
  } catch (m::PyException& exc) {
    std::string what = exc.value ? interp_.str_of(exc.value) : std::string();
    std::string cls = exc.value ? m::type_name(exc.value) : "an exception";
    error(e.loc, "the specialize.memo function " + d->qualname + " raised " + cls + (what.empty() ? "" : ": " + what) +
                     " when called with this call's constant arguments while translating");
    return tt_.impossible();
  }
  // The call is its result from now on.
  e.op = ExprOp::Const;
  e.value = result;
  e.args.clear();
  e.bound.clear();
  e.defaults.clear();
  e.kwnames.clear();
  e.call_kind = ir::CallKind::Unresolved;
  changed_ = true;
  return expr(e, g);
}

// isinstance(x, cls) where cls is a parameter: RPython tests an instance against a class that is
// only known at run time (rclass.ll_isinstance); rpy gives the function one graph per constant class
// passed to it, in which the test is against a constant class, so it narrows and folds as usual.
// A parameter rebound in the body, or a function specialised otherwise, is left alone.
namespace {
bool is_isinstance(const Expr& c) {
  return c.op == ExprOp::Call && c.args.size() == 3 && c.kwnames.empty() && c.args[0]->op == ExprOp::Const && c.args[0]->value &&
         c.args[0]->value->kind == m::ObjKind::Builtin && c.args[0]->value->as<m::BuiltinObj>()->name == "isinstance";
}
void class_tests(const ir::Block& b, std::set<const ir::Var*>& out);
void class_tests(const Expr& e, std::set<const ir::Var*>& out) {
  if (is_isinstance(e)) {
    const Expr& k = *e.args[2];
    if (k.op == ExprOp::Local && k.var && k.var->is_param) out.insert(k.var);
    if (k.op == ExprOp::MakeTuple)
      for (auto& x : k.args)
        if (x->op == ExprOp::Local && x->var && x->var->is_param) out.insert(x->var);
  }
  for (auto& a : e.args)
    if (a) class_tests(*a, out);
  class_tests(e.body, out);
}
void class_tests(const ir::Block& b, std::set<const ir::Var*>& out) {
  for (auto& s : b) {
    for (auto& x : s->exprs)
      if (x) class_tests(*x, out);
    for (auto& h : s->handlers) class_tests(h.body, out);
    class_tests(s->body, out);
    class_tests(s->orelse, out);
    class_tests(s->finalbody, out);
  }
}
}  // namespace

void Annotator::specialize_class_params(FuncDesc* d) {
  d->class_params_scanned = true;
  if (!d->specialize.empty() || d->is_closure()) return;
  auto* fo = d->fn();
  if (!fo->def || fo->not_rpython || fo->attrs.count("_not_rpython_")) return;
  d->prelowered = ir::lower_function(*fo, interp_, diags_);
  std::set<const ir::Var*> tested;
  class_tests(d->prelowered->body, tested);
  // A class method's class: Python runs its body with the class it was called through, whose
  // constructor and attributes may take other types than its siblings' (Const.make(1),
  // Var.make('x')).
  if (d->classmethod && !d->prelowered->params.empty()) tested.insert(d->prelowered->params[0]);
  if (tested.empty()) return;
  std::vector<int> args;
  for (size_t i = 0; i < d->prelowered->params.size(); ++i) {
    const ir::Var* p = d->prelowered->params[i];
    if (tested.count(p) && !assigns(d->prelowered->body, p)) args.push_back(static_cast<int>(i));
  }
  if (args.empty()) return;
  d->specialize = "arg";
  d->spec_args = args;
}

}  // namespace rpy::annotate
