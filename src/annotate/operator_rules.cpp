// Arithmetic operators on instances (Python's data model): `a + b` where a's class defines
// __add__ is the call a.__add__(b); an operand of a builtin type on the left and an instance
// whose class defines __radd__ on the right is b.__radd__(a); `a += b` is a.__iadd__(b) where the
// class defines it, else a.__add__(b); `-a`, `+a`, `~a` call __neg__, __pos__, __invert__. The
// node is rewritten into the method call before inference goes on, as comparisons are
// (special_rules.cpp). Where Python would choose the method at run time in a way rpy does not (a
// method only some subclasses define, a subclass on the right that overrides the reflected
// method), rpy refuses with a message.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;
using syntax::BinOp;

// The stem of the special method of an operator: "add" for __add__, __radd__, __iadd__.
const char* binop_stem(BinOp op) {
  switch (op) {
    case BinOp::Add:
      return "add";
    case BinOp::Sub:
      return "sub";
    case BinOp::Mul:
      return "mul";
    case BinOp::Div:
      return "div";
    case BinOp::TrueDiv:
      return "truediv";
    case BinOp::FloorDiv:
      return "floordiv";
    case BinOp::Mod:
      return "mod";
    case BinOp::Pow:
      return "pow";
    case BinOp::LShift:
      return "lshift";
    case BinOp::RShift:
      return "rshift";
    case BinOp::BitOr:
      return "or";
    case BinOp::BitXor:
      return "xor";
    case BinOp::BitAnd:
      return "and";
    case BinOp::MatMul:
      return "matmul";
  }
  return nullptr;
}

namespace {

// The left operand's own operator handles any right operand (str % x formats it), so Python
// never tries the right operand's reflected method.
bool handles_any_right(TypeRef a, BinOp op) {
  return op == BinOp::Mod && (a->kind == TypeKind::Str || a->kind == TypeKind::Char || a->kind == TypeKind::Unicode);
}

ExprPtr method_call(ExprPtr receiver, const std::string& name, ExprPtr arg, Loc loc) {
  auto ga = std::make_unique<Expr>(ExprOp::GetAttr, loc);
  ga->attr = name;
  ga->args.push_back(std::move(receiver));
  auto call = std::make_unique<Expr>(ExprOp::Call, loc);
  call->args.push_back(std::move(ga));
  if (arg) call->args.push_back(std::move(arg));
  return call;
}

}  // namespace

TypeRef Annotator::special_binop(Expr& e, TypeRef a, TypeRef b, ir::Graph& g) {
  const char* stem = binop_stem(e.binop);
  if (!stem || (a->kind != TypeKind::Instance && b->kind != TypeKind::Instance)) return nullptr;
  const std::string name = std::string("__") + stem + "__", refl = std::string("__r") + stem + "__";
  const std::string sym = syntax::binop_symbol(e.binop);
  auto refuse = [&](const std::string& why) {
    error(e.loc, why);
    return tt_.impossible();
  };
  auto only_below = [&](TypeRef t, const std::string& method) {
    return refuse("some subclasses of " + t->cls->name + " define " + method + " and " + t->cls->name +
                  " does not: rpy cannot yet choose at run time between the method and the operator's other meanings; define " + method +
                  " in " + t->cls->name);
  };
  if (ClassDef* y = right_operand_first(a, b, refl))
    return refuse("when the right operand of " + sym + " is an instance of " + y->name + ", Python calls its " + refl +
                  " first (a subclass that overrides it wins): rpy does not choose the method at run time yet; call the method explicitly");
  // a op= b: __iop__ when the class defines it, else a op b.
  if (e.inplace) {
    const std::string iname = std::string("__i") + stem + "__";
    switch (special_method(a, iname)) {
      case Special::Defined: {
        ExprPtr call = method_call(std::move(e.args[0]), iname, std::move(e.args[1]), e.loc);
        e = std::move(*call);
        changed_ = true;
        return expr(e, g);
      }
      case Special::Below:
        return only_below(a, iname);
      case Special::None:
        break;
    }
  }
  switch (special_method(a, name)) {
    case Special::Defined: {
      ExprPtr call = method_call(std::move(e.args[0]), name, std::move(e.args[1]), e.loc);
      e = std::move(*call);
      changed_ = true;
      return expr(e, g);
    }
    case Special::Below:
      return only_below(a, name);
    case Special::None:
      break;
  }
  if (handles_any_right(a, e.binop)) return nullptr;
  switch (special_method(b, refl)) {
    case Special::Defined: {
      // Python evaluates the left operand first: keep it in a temporary unless reading it later
      // gives the same value.
      ExprPtr left = std::move(e.args[0]), right = std::move(e.args[1]);
      if (left->op == ExprOp::Const) {
        e = std::move(*method_call(std::move(right), refl, std::move(left), e.loc));
      } else {
        ir::Var* tmp = g.new_var("$left", e.loc);
        auto set = std::make_unique<Expr>(ExprOp::SetLocal, e.loc);
        set->var = tmp;
        set->args.push_back(std::move(left));
        auto read = std::make_unique<Expr>(ExprOp::Local, e.loc);
        read->var = tmp;
        ExprPtr call = method_call(std::move(right), refl, std::move(read), e.loc);
        Expr seq(ExprOp::Seq, e.loc);
        seq.args.push_back(std::move(set));
        seq.args.push_back(std::move(call));
        e = std::move(seq);
      }
      changed_ = true;
      return expr(e, g);
    }
    case Special::Below:
      return only_below(b, refl);
    case Special::None:
      break;
  }
  return nullptr;
}

TypeRef Annotator::special_unop(Expr& e, TypeRef a, ir::Graph& g) {
  if (a->kind != TypeKind::Instance) return nullptr;
  const char* name = nullptr;
  switch (e.unop) {
    case syntax::UnaryOp::Neg:
      name = "__neg__";
      break;
    case syntax::UnaryOp::Pos:
      name = "__pos__";
      break;
    case syntax::UnaryOp::Invert:
      name = "__invert__";
      break;
    case syntax::UnaryOp::Not:
      return nullptr;
  }
  switch (special_method(a, name)) {
    case Special::Defined: {
      ExprPtr call = method_call(std::move(e.args[0]), name, nullptr, e.loc);
      e = std::move(*call);
      changed_ = true;
      return expr(e, g);
    }
    case Special::Below:
      error(e.loc, "some subclasses of " + a->cls->name + " define " + name + " and " + a->cls->name + " does not: define " + name +
                       " in " + a->cls->name);
      return tt_.impossible();
    case Special::None:
      return nullptr;
  }
  return nullptr;
}

}  // namespace rpy::annotate

namespace rpy::annotate {

// sorted()/list.sort()/min()/max() of instances whose class defines the comparison method: the
// synthesized call `$a.__lt__($b)` (in a Seq node with attr "$lt", or "$lt_swapped" when the
// runtime's comparison of (x, y) is y.method(x)), kept in e.defaults as the key call of key= is; codegen makes it the
// comparison of the runtime's sort. Null (with an error when Python would call a method rpy
// cannot choose) when the items are not such instances.
Expr* Annotator::less_call(Expr& e, TypeRef item, ir::Graph& g, bool is_max) {
  if (!item || item->kind != TypeKind::Instance || !item->cls) return nullptr;
  const char* method = "__lt__";
  bool swapped = false;
  if (is_max) {  // Python's max() tests item > best: __gt__, else the reflected best.__lt__(item)
    if (special_method(item, "__gt__") != Special::None)
      method = "__gt__";
    else
      swapped = true;
  } else if (special_method(item, "__lt__") == Special::None && special_method(item, "__gt__") != Special::None) {
    method = "__gt__";  // sort() and min() test x < y: without __lt__, the reflected y.__gt__(x)
    swapped = true;
  }
  // IntEnum members (a class deriving from int, without a comparison of its own) compare as the
  // ints they are: `$a < $b`, which int_member_operand makes a comparison of their _value_s.
  bool int_members =
      special_method(item, "__lt__") == Special::None && special_method(item, "__gt__") == Special::None && int_member_class(item->cls);
  if (int_members) method = "<", swapped = is_max;
  switch (int_members ? Special::Defined : special_method(item, method)) {
    case Special::None:
      return nullptr;
    case Special::Below:
      error(e.loc, "some subclasses of " + item->cls->name + " define " + method + " and " + item->cls->name +
                       " does not: rpy cannot yet choose the comparison at run time; define " + method + " in " + item->cls->name);
      return nullptr;
    case Special::Defined:
      break;
  }
  // A Seq node marks it (a call's own attr is its method name once resolved).
  Expr* mark = nullptr;
  for (auto& d : e.defaults)
    if (d->op == ExprOp::Seq && (d->attr == "$lt" || d->attr == "$lt_swapped")) mark = d.get();
  if (!mark) {
    auto local = [&](const char* name) {
      auto l = std::make_unique<Expr>(ExprOp::Local, e.loc);
      l->var = g.new_var(name, e.loc);
      return l;
    };
    auto seq = std::make_unique<Expr>(ExprOp::Seq, e.loc);
    seq->attr = swapped ? "$lt_swapped" : "$lt";
    if (int_members) {
      auto lt = std::make_unique<Expr>(ExprOp::Compare, e.loc);
      lt->cmp = syntax::CmpOp::Lt;
      lt->args.push_back(local("$lt_a"));
      lt->args.push_back(local("$lt_b"));
      seq->args.push_back(std::move(lt));
    } else {
      seq->args.push_back(method_call(local("$lt_a"), method, local("$lt_b"), e.loc));
    }
    mark = seq.get();
    e.defaults.push_back(std::move(seq));
  }
  Expr& call = *mark->args[0];
  assign_var(ir::local_under(*call.args[0])->var, tt_.with_nullable(item, false), e.loc);
  assign_var(ir::local_under(*call.args[1])->var, item, e.loc);
  expr(*mark, g);
  return mark;
}

}  // namespace rpy::annotate
