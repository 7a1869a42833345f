// Facts about loop bodies that let the generated C++ keep a list's length and items pointer in
// locals across a `for x in lst` loop (issue 12: container data in registers where no call can
// change them). The test is syntactic and conservative: a body qualifies only when nothing in it
// can run code that might append to, delete from or otherwise resize any list.
#include "codegen/loop_facts.hpp"

#include "annotate/annotator.hpp"

namespace rpy::codegen {

using annotate::BuiltinId;
using annotate::TypeKind;
using annotate::TypeRef;
using ir::Expr;
using ir::ExprOp;
using ir::Stmt;
using ir::StmtOp;

namespace {

// Values whose operators, indexing and comparisons never run the program's code: numbers,
// strings, None, tuples of those, and lists (list operators that resize are refused apart).
bool inert(TypeRef t) {
  if (!t) return false;
  switch (t->kind) {
    case TypeKind::Int:
    case TypeKind::Float:
    case TypeKind::Bool:
    case TypeKind::Char:
    case TypeKind::Str:
    case TypeKind::None:
    case TypeKind::List:
      return true;
    case TypeKind::Tuple:
      for (TypeRef i : t->items)
        if (!inert(i)) return false;
      return true;
    default:
      return false;
  }
}

bool math_builtin(int id) {
  switch (static_cast<BuiltinId>(id)) {
    case BuiltinId::MathSqrt:
    case BuiltinId::MathFloor:
    case BuiltinId::MathCeil:
    case BuiltinId::MathFabs:
    case BuiltinId::MathExp:
    case BuiltinId::MathLog:
    case BuiltinId::MathSin:
    case BuiltinId::MathCos:
    case BuiltinId::MathPow:
    case BuiltinId::MathHypot:
    case BuiltinId::MathAtan2:
    case BuiltinId::MathTan:
    case BuiltinId::MathAtan:
    case BuiltinId::MathIsnan:
    case BuiltinId::MathIsinf:
      return true;
    default:
      return false;
  }
}

bool expr_keeps(const Expr& e);

bool all_keep(const std::vector<ir::ExprPtr>& xs) {
  for (const auto& x : xs)
    if (x && !expr_keeps(*x)) return false;
  return true;
}

bool expr_keeps(const Expr& e) {
  switch (e.op) {
    case ExprOp::Const:
    case ExprOp::Local:
      return true;
    case ExprOp::SetLocal:
    case ExprOp::Not:
    case ExprOp::And:
    case ExprOp::Or:
    case ExprOp::IfExp:
    case ExprOp::MakeTuple:
    case ExprOp::Narrow:
    case ExprOp::Seq:
      return all_keep(e.args);
    case ExprOp::BinOp:
    case ExprOp::UnaryOp:
      if (e.type && e.type->kind == TypeKind::List) return false;  // l += x extends l
      for (const auto& a : e.args)
        if (!inert(a->type)) return false;
      return all_keep(e.args);
    case ExprOp::Compare:
      if (e.cmp != syntax::CmpOp::Is && e.cmp != syntax::CmpOp::IsNot)
        for (const auto& a : e.args) {
          if (!inert(a->type)) return false;
          if (a->type->kind == TypeKind::List && !inert(a->type->listdef->find()->item)) return false;
        }
      return all_keep(e.args);
    case ExprOp::GetAttr:  // a plain attribute (properties were turned into calls)
      return e.args.size() == 1 && e.args[0]->type && e.args[0]->type->kind == TypeKind::Instance && all_keep(e.args);
    case ExprOp::GetItem:
      return e.args.size() == 2 && e.args[0]->type &&
             (e.args[0]->type->kind == TypeKind::List || e.args[0]->type->kind == TypeKind::Str ||
              e.args[0]->type->kind == TypeKind::Tuple) &&
             all_keep(e.args);
    case ExprOp::Call:
      if (e.call_kind != ir::CallKind::Builtin || !math_builtin(e.builtin_id)) return false;
      for (size_t i = 1; i < e.args.size(); ++i)
        if (!inert(e.args[i]->type) || !expr_keeps(*e.args[i])) return false;
      return true;
    default:  // calls, comprehensions, yields, displays of lists/dicts/sets, closures...
      return false;
  }
}

}  // namespace

bool block_keeps_lists(const ir::Block& b) {
  for (const auto& sp : b) {
    const Stmt& s = *sp;
    switch (s.op) {
      case StmtOp::ExprStmt:
      case StmtOp::Assign:
      case StmtOp::Return:
      case StmtOp::Raise:
        if (!all_keep(s.exprs)) return false;
        break;
      case StmtOp::SetAttr:
        if (s.exprs.empty() || !s.exprs[0]->type || s.exprs[0]->type->kind != TypeKind::Instance || !all_keep(s.exprs)) return false;
        break;
      case StmtOp::SetItem:  // an item of a list: its length and items pointer stay
        if (s.exprs.empty() || !s.exprs[0]->type || s.exprs[0]->type->kind != TypeKind::List || !all_keep(s.exprs)) return false;
        break;
      case StmtOp::If:
      case StmtOp::While:
        if (!all_keep(s.exprs) || !block_keeps_lists(s.body) || !block_keeps_lists(s.orelse)) return false;
        break;
      case StmtOp::UnpackCheck:  // of a tuple: known at compile time
        if (s.exprs.empty() || !s.exprs[0]->type || s.exprs[0]->type->kind != TypeKind::Tuple || !all_keep(s.exprs)) return false;
        break;
      case StmtOp::Break:
      case StmtOp::Continue:
      case StmtOp::Pass:
        break;
      default:  // for loops (iterators may be the program's), try, del, slices, unpacking checks
        return false;
    }
  }
  return true;
}

}  // namespace rpy::codegen
