#include "syntax/ast.hpp"

namespace rpy::syntax {

const char* binop_symbol(BinOp op) {
  switch (op) {
    case BinOp::Add:
      return "+";
    case BinOp::Sub:
      return "-";
    case BinOp::Mul:
      return "*";
    case BinOp::Div:
    case BinOp::TrueDiv:
      return "/";
    case BinOp::FloorDiv:
      return "//";
    case BinOp::Mod:
      return "%";
    case BinOp::Pow:
      return "**";
    case BinOp::LShift:
      return "<<";
    case BinOp::RShift:
      return ">>";
    case BinOp::BitOr:
      return "|";
    case BinOp::BitXor:
      return "^";
    case BinOp::BitAnd:
      return "&";
    case BinOp::MatMul:
      return "@";
  }
  return "?";
}

const char* unaryop_symbol(UnaryOp op) {
  switch (op) {
    case UnaryOp::Neg:
      return "-";
    case UnaryOp::Pos:
      return "+";
    case UnaryOp::Not:
      return "not";
    case UnaryOp::Invert:
      return "~";
  }
  return "?";
}

const char* cmpop_symbol(CmpOp op) {
  switch (op) {
    case CmpOp::Eq:
      return "==";
    case CmpOp::NotEq:
      return "!=";
    case CmpOp::Lt:
      return "<";
    case CmpOp::LtE:
      return "<=";
    case CmpOp::Gt:
      return ">";
    case CmpOp::GtE:
      return ">=";
    case CmpOp::Is:
      return "is";
    case CmpOp::IsNot:
      return "is not";
    case CmpOp::In:
      return "in";
    case CmpOp::NotIn:
      return "not in";
  }
  return "?";
}

const char* cmpop_method(CmpOp op) {
  switch (op) {
    case CmpOp::Eq:
      return "__eq__";
    case CmpOp::NotEq:
      return "__ne__";
    case CmpOp::Lt:
      return "__lt__";
    case CmpOp::LtE:
      return "__le__";
    case CmpOp::Gt:
      return "__gt__";
    case CmpOp::GtE:
      return "__ge__";
    default:
      return nullptr;
  }
}

}  // namespace rpy::syntax
