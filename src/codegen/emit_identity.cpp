// `a is b` / `a is not b` between values whose C++ types differ (a list of Jobs and a list of
// ints, two dicts of different key types, a str and a list, an int and a float): distinct
// objects, unless both are None. RPython gives each such pair its own low-level type, and the
// identity of two values of different types holds only for two null pointers. Both operands
// still run, in Python's order.
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::TypeKind;

// Kinds whose values are objects of one Python type each (a Number may be an int, a bool or a
// float at run time: not one of them).
static bool identity_kind(TypeKind k) {
  switch (k) {
    case TypeKind::Bool:
    case TypeKind::Int:
    case TypeKind::UInt:
    case TypeKind::Float:
    case TypeKind::Char:
    case TypeKind::Str:
    case TypeKind::UniChar:
    case TypeKind::Unicode:
    case TypeKind::List:
    case TypeKind::Dict:
    case TypeKind::Tuple:
    case TypeKind::Instance:
    case TypeKind::File:
    case TypeKind::ByteArray:
    case TypeKind::Bytes:
      return true;
    default:
      return false;
  }
}

static bool stringlike(TypeKind k) { return k == TypeKind::Char || k == TypeKind::Str || k == TypeKind::UniChar || k == TypeKind::Unicode; }

std::string Emitter::emit_distinct_identity(ir::Expr& e) {
  ir::Expr& a = *e.args[0];
  ir::Expr& b = *e.args[1];
  TypeRef ta = a.type, tb = b.type;
  if (!ta || !tb || !identity_kind(ta->kind) || !identity_kind(tb->kind)) return "";
  if (ta->kind == TypeKind::Instance && tb->kind == TypeKind::Instance) return "";  // compared as rpy::Object*
  if (stringlike(ta->kind) && stringlike(tb->kind)) return "";                      // one str type in Python
  if (annotate::is_optional_value(ta) || annotate::is_optional_value(tb)) return "";
  if (ta->kind == tb->kind && ctype(ta) == ctype(tb)) return "";
  bool is = e.cmp == syntax::CmpOp::Is;
  if (ta->nullable && tb->nullable) {  // the same object only when both are None
    std::string x = fresh("rpy_ia"), y = fresh("rpy_ib");
    return "({ auto " + x + " = " + expr(a) + "; auto " + y + " = " + expr(b) + "; " + (is ? "" : "!") + "(" + x +
           " == " + default_value(ta) + " && " + y + " == " + default_value(tb) + "); })";
  }
  return "((void)(" + expr(a) + "), (void)(" + expr(b) + "), " + (is ? "false" : "true") + ")";
}

}  // namespace rpy::codegen
