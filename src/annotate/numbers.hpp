// Type rules of numbers whose kind is known only at run time (TypeKind::Number; numbers.cpp).
#pragma once
#include <string>

#include "annotate/types.hpp"
#include "ir/ir.hpp"
#include "syntax/ast.hpp"

namespace rpy::annotate {

// The type of `a op b` when an operand is a Number and the other a bool, int, float or Number
// (Python's: an int when both may only be ints, a float when either is always one, else a
// Number). Null when the rule does not apply; impossible() with `why` set when Python would raise.
TypeRef number_binop(TypeTable& tt, syntax::BinOp op, TypeRef a, TypeRef b, std::string& why);
// The type of sum(items, start) of numbers (null when an operand is not a bool, int, float or Number).
TypeRef number_sum(TypeTable& tt, TypeRef item, TypeRef start);
// The type of `-a`, `+a`, `~a` of a Number (null when a is not one).
TypeRef number_unop(TypeTable& tt, syntax::UnaryOp op, TypeRef a, std::string& why);

// `a ** b` and pow(a, b) of two ints (bools count) whose exponent is a negative constant: a float,
// as Python gives (2 ** -1 == 0.5); null otherwise (the plain int rule: an exponent that turns out
// negative at run time stops the program with the reason, rpy::stop_int_pow_negative).
// `exponent` is b's expression, or null when it is not known.
TypeRef int_pow_type(TypeTable& tt, TypeRef a, TypeRef b, const ir::Expr* exponent);

}  // namespace rpy::annotate
