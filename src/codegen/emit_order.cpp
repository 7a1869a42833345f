// Python's evaluation order. Python evaluates the operands of every construct left to right (a
// Python 2 dict display evaluates each value before its key; an assignment its value before its
// target); C++ leaves the order of function arguments and of most operands unspecified (g++
// evaluates std::tuple's constructor arguments right to left, clang left to right). Where two or
// more operands of one node could observe each other -- calls, reads of the heap, operations
// that may raise -- all but the last of them are evaluated into temporaries first, in Python's
// order. Operands that nothing can change or that cannot raise (constants, locals, arithmetic on
// them) stay where they are, so the common case prints exactly as before.
#include <algorithm>

#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::TypeKind;
using ir::Expr;
using ir::ExprOp;
using syntax::BinOp;

namespace {

bool is_number(TypeRef t) {
  return t && (t->kind == TypeKind::Int || t->kind == TypeKind::Bool || t->kind == TypeKind::Float || t->kind == TypeKind::UInt);
}

// An operand whose value no other operand can change, and whose evaluation cannot raise or
// have effects: it may be evaluated at any point of the node.
bool is_stable(const Expr& x) {
  switch (x.op) {
    case ExprOp::Const:
      return true;
    case ExprOp::Local:
      // a closure's cell may change under a call; a script's read that may find its variable
      // unbound may raise UnboundLocalError (ir::Expr::defined)
      return x.var && !x.var->boxed && !x.defined;
    case ExprOp::GetAttr:
      // resolved to a constant; its receiver still runs (`C(k()).class_attr`)
      return x.value != nullptr && std::none_of(x.args.begin(), x.args.end(), [](const ir::ExprPtr& a) { return a && has_effects(*a); });
    case ExprOp::MakeTuple:
      for (auto& a : x.args)
        if (!is_stable(*a)) return false;
      return x.extra.empty();
    case ExprOp::UnaryOp:
      return is_number(x.type) && is_stable(*x.args[0]);
    case ExprOp::Not:
      return is_stable(*x.args[0]) && is_number(x.args[0]->type);
    case ExprOp::BinOp:
      switch (x.binop) {
        case BinOp::Add:
        case BinOp::Sub:
        case BinOp::Mul:
        case BinOp::BitAnd:
        case BinOp::BitOr:
        case BinOp::BitXor:
          return is_number(x.type) && is_stable(*x.args[0]) && is_stable(*x.args[1]);
        default:
          return false;
      }
    case ExprOp::Compare:
      return x.cmp != syntax::CmpOp::In && x.cmp != syntax::CmpOp::NotIn && is_number(x.args[0]->type) && is_number(x.args[1]->type) &&
             is_stable(*x.args[0]) && is_stable(*x.args[1]);
    default:
      return false;
  }
}

// An operand whose value the annotator knows (None, a call that never returns, a constant class,
// function or bool): the code of its node may print that value instead of the operand.
bool static_valued(const Expr& x) {
  if (!x.type) return false;
  if (x.type->kind == TypeKind::None || x.type->kind == TypeKind::Impossible) return true;
  // A namedtuple's type names its class in const_value: its values are not known.
  if (x.type->const_value && x.type->kind != TypeKind::Tuple) return true;
  return x.op == ExprOp::GetAttr && x.value;
}

// Nodes whose operands are not all evaluated (a decided `and`/`or`/ternary leaves its dead operands
// out, as Python does) or are statements.
bool evaluates_all_operands(const Expr& e) {
  return e.op != ExprOp::And && e.op != ExprOp::Or && e.op != ExprOp::IfExp && e.op != ExprOp::Comp;
}

// Python 2's print statement writes each item as soon as it is evaluated: its emitter sequences
// the items itself (emit_builtins.cpp), and none of them may be evaluated ahead.
bool prints_item_by_item(const Expr& e) {
  if (e.op != ExprOp::Call || e.call_kind != ir::CallKind::Builtin ||
      static_cast<annotate::BuiltinId>(e.builtin_id) != annotate::BuiltinId::Print)
    return false;
  for (auto& k : e.kwnames)
    if (k == "$softspace") return true;
  return false;
}

}  // namespace

std::vector<Expr*> Emitter::operand_order(Expr& e, std::vector<OperandUse>* uses) {
  std::vector<Expr*> order;
  auto all = [&](size_t from) {
    for (size_t i = from; i < e.args.size(); ++i)
      if (e.args[i]) order.push_back(e.args[i].get());
  };
  switch (e.op) {
    case ExprOp::BinOp:
      order.push_back(e.args[0].get());
      // fmt % (a, b): the tuple's items are the formatter's operands
      if (e.binop == BinOp::Mod && e.args[1]->op == ExprOp::MakeTuple && e.type && e.type->kind != TypeKind::Tuple && !is_number(e.type))
        for (auto& a : e.args[1]->args) order.push_back(a.get());
      else
        order.push_back(e.args[1].get());
      break;
    case ExprOp::Compare:
    case ExprOp::GetItem:
    case ExprOp::GetSlice:
    case ExprOp::MakeTuple:
    case ExprOp::MakeSet:
    case ExprOp::FString:
      all(0);
      break;
    case ExprOp::MakeDict:
      for (size_t i = 0; i + 1 < e.args.size(); i += 2) {
        Expr* k = e.args[i].get();
        Expr* v = e.args[i + 1].get();
        if (is_python2()) std::swap(k, v);  // Python 2 evaluates a display's value first
        order.push_back(k);
        order.push_back(v);
      }
      break;
    case ExprOp::Call:
      if (prints_item_by_item(e)) break;
      // The receiver of obj.m(...) first, then the arguments as written (positional, keywords).
      if (e.args[0]->op == ExprOp::GetAttr && !e.args[0]->value)
        order.push_back(e.args[0]->args[0].get());
      else if (e.args[0]->op != ExprOp::Const)
        order.push_back(e.args[0].get());
      all(1);
      break;
    default:
      break;
  }
  // A checked read of a value that may be None raises after every operand ran, as in Python:
  // what is held in order is the value itself (emit_optional.cpp), and hoist_operands sequences
  // the operands so that no check runs before any of them. A slice bound that may be None is read
  // twice (emit_expr.cpp).
  if (uses) uses->assign(order.size(), OperandUse::Value);
  // A method looked up on a list, str or dict that may be None raises AttributeError before any
  // argument runs: that check stays in order, where the receiver is.
  for (size_t i = 0; i < order.size(); ++i) {
    while (order[i]->op == ExprOp::Narrow && order[i]->narrow == ir::NarrowKind::NoneCheck && !order[i]->attribute_error) {
      order[i] = order[i]->args[0].get();
      if (uses) (*uses)[i] = OperandUse::Checked;
    }
    if (uses && e.op == ExprOp::GetSlice && i > 0 && slice_bound_may_be_none(*order[i])) (*uses)[i] = OperandUse::ReadTwice;
  }
  // obj.m(...) looks m up on obj (AttributeError for None) before any argument runs (emit_call.cpp).
  if (uses && e.op == ExprOp::Call && !order.empty() && e.args[0]->op == ExprOp::GetAttr && order[0] == e.args[0]->args[0].get()) {
    TypeRef t = order[0]->type;
    if (t && t->nullable && !(t->kind == TypeKind::Instance && ann.find_attr(t->cls, e.args[0]->attr))) (*uses)[0] = OperandUse::Looked;
  }
  return order;
}

Emitter::HeldOperands::~HeldOperands() {
  for (auto it = held.rbegin(); it != held.rend(); ++it) *it->first = std::move(*it->second);
}

std::string Emitter::hoist_operands(const std::vector<Expr*>& order, HeldOperands& h, const std::vector<OperandUse>* uses,
                                    const Expr* node) {
  auto use = [&](size_t i) { return uses && i < uses->size() ? (*uses)[i] : OperandUse::Value; };
  // Operands before `last` that could observe or affect another are evaluated into temporaries, in
  // order; the others are evaluated by the node's code, in an order C++ leaves unspecified.
  size_t last = 0, last_unstable = 0, unstable = 0, checks = 0, checked_at = 0;
  for (size_t i = 0; i < order.size(); ++i) {
    if (!is_stable(*order[i])) ++unstable, last_unstable = i;
    if (use(i) == OperandUse::Checked) ++checks, checked_at = i;
  }
  if (unstable >= 2) last = last_unstable;  // all but the last such one
  for (size_t i = 0; i < order.size(); ++i) {
    // An operand with effects whose value its node may print without it: evaluated, then its
    // known value stands in for it.
    if (has_effects(*order[i]) && static_valued(*order[i])) last = std::max(last, i + 1);
    // An operand the node reads twice is held, unless reading it cannot change anything.
    if (use(i) == OperandUse::ReadTwice && !is_stable(*order[i])) last = std::max(last, i + 1);
  }
  // A receiver that may be None is looked up (and checked) before a later operand that can observe
  // anything: it is held through its check.
  bool looked = false;
  if (use(0) == OperandUse::Looked && node && node->op == ExprOp::Call)
    for (size_t i = 1; i < order.size(); ++i)
      if (!is_stable(*order[i])) looked = true, last = std::max<size_t>(last, 1);
  // The node checks operands that may be None (Python's TypeError once every operand ran): C++
  // may run a check before an operand left in place, so none is left there, not even the last,
  // unless it is the one operand that can observe anything and the one checked (its check
  // follows it anyway).
  if (checks > 0 && unstable > 0 && !(unstable == 1 && checks == 1 && checked_at == last_unstable)) last = order.size();
  // --gc=gen: a reference evaluated before an operand that can collect would be left pointing at
  // the object's old place when the collector moves it (C++ may even read a rooted local before
  // the later operand runs): such operands are held in rooted temporaries, in order, and the last
  // operand that can collect is evaluated before the node (docs/GC.md, "Roots in generated C++").
  // A reference operand after the last one that can collect needs that one evaluated before the
  // node as well: the node's C++ may read the reference first (a statement's target precedes its
  // value in the call rpy::list_setslice(l, lo, hi, v), and g++ evaluates arguments right to
  // left), so the operand that collects runs first, alone.
  size_t collect_at = 0;
  bool collects = false;
  if (gen_)
    for (size_t i = 0; i < order.size(); ++i)
      if (gen_->can_collect(*order[i])) collect_at = i, collects = true;
  auto held_for_gc = [&](size_t i) { return i < collect_at && GcGen::is_rooted(order[i]->type); };
  bool gc_hold = false;
  for (size_t i = 0; i < collect_at; ++i) gc_hold = gc_hold || held_for_gc(i);
  for (size_t i = collect_at + 1; collects && i < order.size(); ++i) gc_hold = gc_hold || GcGen::is_rooted(order[i]->type);
  if (last == 0 && !gc_hold) return "";
  std::string pre;
  // The last operand that can collect is evaluated before the node too: C++ may read the held
  // operands' values first (clang evaluates arguments left to right), and a collection in that
  // last operand would then leave those copies pointing at the objects' old places.
  size_t end = std::max(last, collect_at);
  if (gc_hold) end = std::max(end, collect_at + 1);
  for (size_t i = 0; i < end; ++i) {
    Expr* x = order[i];
    bool gc_last = gc_hold && i == collect_at;
    bool hold = held_for_gc(i) || (gc_last && GcGen::is_rooted(x->type));
    if (!hold && !gc_last && !(looked && i == 0) && (i >= last || is_stable(*x))) continue;
    auto v = std::make_unique<ir::Var>();
    v->id = 1000000 + ++counter_;
    v->name = hold ? "in_order_rooted" : "in_order";  // gen_instantiate reads a rooted one late
    v->type = x->type;
    bool no_value = x->type && (x->type->kind == TypeKind::None || x->type->kind == TypeKind::Impossible);
    std::string code = no_value ? "((void)(" + expr(*x) + "), nullptr)" : expr(*x);
    if (looked && i == 0) code = nonnull(code, x->type, node->attr);
    pre += "auto " + var_name(v.get()) + " = " + code + "; ";
    if (hold) pre += gen_root(var_name(v.get()));
    auto saved = std::make_unique<Expr>(std::move(*x));
    *x = Expr(ExprOp::Local, saved->loc);
    x->var = v.get();
    x->type = saved->type;
    h.held.emplace_back(x, std::move(saved));
    h.temps.push_back(std::move(v));
  }
  return pre;
}

// An operand that never produces a value (a call of a function that always raises): the node's
// code runs its operands in Python's order up to that one, and nothing of the node after it
// (RPython's annotator stops at such a call too: what follows it in its block is never annotated).
// The value it stands for is never reached. A call's own arguments are the call's (emit_call.cpp).
std::string Emitter::no_value_operand(Expr& e, const std::vector<Expr*>& order) {
  auto no_value = [](const Expr* x) { return x->type && x->type->kind == TypeKind::Impossible; };
  switch (e.op) {
    case ExprOp::BinOp:
    case ExprOp::UnaryOp:
    case ExprOp::Not:
    case ExprOp::Compare:
    case ExprOp::GetItem:
    case ExprOp::GetSlice:
    case ExprOp::GetAttr:
    case ExprOp::MakeTuple:
    case ExprOp::MakeList:
    case ExprOp::MakeDict:
    case ExprOp::MakeSet:
    case ExprOp::FString:
    case ExprOp::Yield:  // `yield next(iter([]))`: the generator ends there, it yields nothing
      break;
    case ExprOp::Call:  // obj.m(...) where obj has no value: m is never looked up
      if (e.args[0]->op == ExprOp::GetAttr && !e.args[0]->value && no_value(e.args[0]->args[0].get())) break;
      return "";
    default:
      return "";
  }
  if (!std::any_of(order.begin(), order.end(), no_value)) return "";
  mark_emitted(e);
  std::string s = "(";
  for (Expr* x : order) {
    s += "(void)(" + expr(*x) + "), ";
    if (no_value(x)) break;
  }
  bool typed = e.type && e.type->kind != TypeKind::Impossible && e.type->kind != TypeKind::None;
  return s + (typed ? "static_cast<" + ctype(e.type) + ">(" + default_value(e.type) + ")" : "nullptr") + ")";
}

// The outermost parts of x with effects that were not printed (x is an operand of a node just printed).
void Emitter::collect_dropped(Expr& x, std::vector<Expr*>& dropped, uint64_t since) {
  if (auto it = emitted_.find(&x); (it != emitted_.end() && it->second >= since) || !has_effects(x)) return;
  if (x.op == ExprOp::Call || x.op == ExprOp::SetLocal || x.op == ExprOp::Yield || !evaluates_all_operands(x)) {
    dropped.push_back(&x);
    return;
  }
  for (auto& a : x.args)
    if (a) collect_dropped(*a, dropped, since);
}

std::string Emitter::expr(Expr& e) {
  // A non-consumed node owns the consumed zip()/enumerate()/map() objects under it: the fresh
  // generators given to them that need closing die with them, when this node is done.
  if (!jit_operands && !lazy_consumed(e)) {
    std::vector<Expr*> closers;
    fresh_closers(e, closers);
    if (!closers.empty()) {
      std::string decls = drop_slot_decls(closers);
      return "({ " + decls + "(" + expr_owned(e) + "); })";
    }
  }
  return expr_owned(e);
}

std::string Emitter::expr_owned(Expr& e) {
  if (jit_operands) {  // printing a JIT helper: operands are the helper's arguments
    auto it = jit_operands->codes.find(&e);
    if (it != jit_operands->codes.end()) return it->second;
    if (jit_operands->forbidden.count(&e)) jit_operands->failed = true;
  }
  mark_masked_operands(e);  // before any operand is printed (emit_int_checks.cpp)
  std::vector<OperandUse> uses;
  std::vector<Expr*> order = operand_order(e, &uses);
  bool ordered = order.size() >= 2;  // a node whose operands could observe each other
  if (order.empty() && evaluates_all_operands(e) && !prints_item_by_item(e))
    for (auto& a : e.args)
      if (a) order.push_back(a.get());
  bool forced = false;
  for (Expr* x : order) forced = forced || (has_effects(*x) && static_valued(*x));
  if (std::string c = no_value_operand(e, order); !c.empty()) return c;
  HeldOperands held;
  uint64_t since = ++print_count_;  // what is printed from here on is printed for this node
  std::string pre = ordered || forced ? hoist_operands(order, held, &uses, &e) : "";
  note_none_peer(e);  // emit_optional.cpp
  // A yield's held operands go into its co_yield's operand (yield_code, emit_iter.cpp).
  std::string code = e.op == ExprOp::Yield ? yield_value(e) : expr_node(e);
  if (!jit_operands && evaluates_all_operands(e)) {
    // What the node's code left out still runs (before it: what it left out never reaches it).
    std::vector<Expr*> dropped;
    for (auto& a : e.args)
      if (a) collect_dropped(*a, dropped, since);
    for (Expr* d : dropped) pre += "(void)(" + expr(*d) + "); ";
  }
  if (e.op == ExprOp::Yield) return yield_code(pre, code);  // emit_iter.cpp
  if (pre.empty()) return code;
  // In parentheses: `T(v);` as a statement would declare v (C++'s most vexing parse).
  return "({ " + pre + "(" + code + "); })";
}

}  // namespace rpy::codegen
