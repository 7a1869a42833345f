// The truth of an instance (Python's data model): bool(x) calls the __bool__ (Python 2:
// __nonzero__) that x's class finds along its MRO, else its __len__ (true when not 0), else it
// is true. The class of x decides at run time: where a variable's classes do not all agree (only
// some subclasses define the methods, or some define __nonzero__ and others only __len__), the
// test becomes a chain of isinstance tests, deepest classes first, each calling the method that
// decides for that part of the hierarchy on the narrowed value. (RPython's own annotator makes
// every non-None instance true and ignores these methods; rpy gives the interpreter's answer.)
#include "annotate/annotator.hpp"

namespace rpy::annotate {

using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;

namespace {

ExprPtr new_expr(ExprOp op, Loc loc) { return std::make_unique<Expr>(op, loc); }

ExprPtr read_local(ir::Var* v, Loc loc) {
  auto l = new_expr(ExprOp::Local, loc);
  l->var = v;
  return l;
}

ExprPtr const_expr(modules::Ref value, Loc loc) {
  auto c = new_expr(ExprOp::Const, loc);
  c->value = std::move(value);
  return c;
}

// receiver.name()
ExprPtr call_method(ExprPtr receiver, const char* name, Loc loc) {
  auto ga = new_expr(ExprOp::GetAttr, loc);
  ga->attr = name;
  ga->args.push_back(std::move(receiver));
  auto call = new_expr(ExprOp::Call, loc);
  call->args.push_back(std::move(ga));
  return call;
}

void collect_subtree(ClassDef* c, std::vector<ClassDef*>& out) {
  out.push_back(c);
  for (ClassDef* s : c->subclasses) collect_subtree(s, out);
}

}  // namespace

// The method that decides the truth of an instance of exactly `c`, or null (always true).
const char* Annotator::truth_method(ClassDef* c) {
  for (const char* name : {interp_.python() == 3 ? "__bool__" : "__nonzero__", "__len__"}) {
    modules::Ref v = c->cls ? lookup_class_attr(c, name) : nullptr;
    if (v && v->kind == modules::ObjKind::Function) return name;
  }
  return nullptr;
}

// A tested expression (if, while, not, a ternary's test, and/or in a test) of an instance type is
// rewritten into the truth test its classes call (see the top of this file); a value that may be
// None is tested `x is not None and <truth of x>`.
TypeRef Annotator::tested(Expr& c, ir::Graph& g) {
  TypeRef t = expr(c, g);
  if (!t || t->kind != TypeKind::Instance || !t->cls) return t;
  const char* top = truth_method(t->cls);
  // The classes below t's where the deciding method changes (their subtrees call another one).
  std::vector<ClassDef*> classes, switches;
  collect_subtree(t->cls, classes);
  for (ClassDef* k : classes)
    if (k != t->cls && k->base) {
      const char* mine = truth_method(k);
      const char* parent = truth_method(k->base);
      if ((mine == nullptr) != (parent == nullptr) || (mine && parent && std::string(mine) != parent)) switches.push_back(k);
    }
  if (!top && switches.empty()) return t;
  if (switches.empty() && !t->nullable) {
    wrap_method_call(c, top);
    return expr(c, g);
  }
  Loc loc = c.loc;
  // The value, read more than once: a local as it is, anything else through a temporary.
  ir::Var* v = nullptr;
  ExprPtr set;
  if (c.op == ExprOp::Local && c.var) {
    v = c.var;
  } else {
    v = g.new_var("$truth", loc);
    set = new_expr(ExprOp::SetLocal, loc);
    set->var = v;
    set->args.push_back(std::make_unique<Expr>(std::move(c)));
  }
  // The truth of the value as an instance of k (narrowed to k unless k is t's class).
  auto truth_as = [&](ClassDef* k) -> ExprPtr {
    const char* m = truth_method(k);
    if (!m) return const_expr(modules::make_bool(true), loc);
    ExprPtr recv = read_local(v, loc);
    if (k != t->cls) {
      auto n = new_expr(ExprOp::Narrow, loc);
      n->narrow = ir::NarrowKind::IsInstance;
      n->args.push_back(std::move(recv));
      n->args.push_back(const_expr(k->cls, loc));
      recv = std::move(n);
    }
    ExprPtr call = call_method(std::move(recv), m, loc);
    if (std::string(m) != "__len__") return call;
    auto nonzero = new_expr(ExprOp::Compare, loc);
    nonzero->cmp = syntax::CmpOp::NotEq;
    nonzero->args.push_back(std::move(call));
    nonzero->args.push_back(const_expr(modules::make_int(0), loc));
    return nonzero;
  };
  // Deepest classes tested first: each class's truth is that of its nearest switching ancestor.
  std::stable_sort(switches.begin(), switches.end(), [](ClassDef* a, ClassDef* b) { return a->depth < b->depth; });
  ExprPtr chain = truth_as(t->cls);
  for (ClassDef* k : switches) {
    auto isinst = new_expr(ExprOp::Call, loc);
    isinst->args.push_back(const_expr(interp_.builtins()->attrs.at("isinstance"), loc));
    isinst->args.push_back(read_local(v, loc));
    isinst->args.push_back(const_expr(k->cls, loc));
    auto ifexp = new_expr(ExprOp::IfExp, loc);
    ifexp->args.push_back(std::move(isinst));
    ifexp->args.push_back(truth_as(k));
    ifexp->args.push_back(std::move(chain));
    chain = std::move(ifexp);
  }
  if (t->nullable) {
    auto is_not_none = new_expr(ExprOp::Compare, loc);
    is_not_none->cmp = syntax::CmpOp::IsNot;
    is_not_none->args.push_back(read_local(v, loc));
    is_not_none->args.push_back(const_expr(modules::none(), loc));
    auto both = new_expr(ExprOp::And, loc);
    both->condition = true;
    both->args.push_back(std::move(is_not_none));
    both->args.push_back(std::move(chain));
    chain = std::move(both);
  }
  if (set) {
    Expr seq(ExprOp::Seq, loc);
    seq.args.push_back(std::move(set));
    seq.args.push_back(std::move(chain));
    c = std::move(seq);
  } else {
    c = std::move(*chain);
  }
  changed_ = true;
  return expr(c, g);
}

// A value whose truth calls a method, used where `and`/`or` give one of their operands as their
// value: rpy refuses it (the value would need the truth test and the operand at once).
void Annotator::refuse_truth_value(Expr& operand, TypeRef t, const char* op) {
  if (!t || t->kind != TypeKind::Instance || !t->cls) return;
  for (const char* name : {interp_.python() == 3 ? "__bool__" : "__nonzero__", "__len__"})
    if (special_method(t, name) != Special::None) {
      error(operand.loc, std::string("the truth of this operand of '") + op + "' calls " + name + " of " + t->cls->name +
                             ", and the value of '" + op + "' is used here: rpy does not translate that yet (test it in an if statement)");
      return;
    }
}

}  // namespace rpy::annotate
