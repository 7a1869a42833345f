// C++ for the rpython.rlib value types (rarithmetic's sized ints, r_singlefloat, bytearray) and
// the rlib block of builtins.def (emit_rlib.cpp). The generic emitters call these hooks first;
// each returns "" when the node is not one of these types'.
#pragma once
#include <string>

#include "codegen/emitter.hpp"

namespace rpy::codegen::rlib {

// An expression node on these types: sized-int arithmetic (wrapped to the width), bytearray
// indexing, slicing, concatenation and comparison.
std::string expr_node(Emitter& em, ir::Expr& e);
// obj[idx] = value on a bytearray (a statement, without the final ';').
std::string setitem(Emitter& em, ir::Expr& obj, ir::Expr& idx, ir::Expr& value);
// A value of type `from` as one of type `to` when `to` is a sized int or an r_singlefloat.
std::string convert(Emitter& em, const std::string& code, TypeRef from, TypeRef to);
// A prebuilt sized int (K = r_uint(1)) as a constant of type t.
std::string const_code(Emitter& em, const modules::Ref& v, TypeRef t);
// The calls annotate::rlib::handles() accepted.
bool handles(annotate::BuiltinId id, ir::Expr& e);
std::string call_builtin(Emitter& em, ir::Expr& e);
// The value to take the repr of: a sized int in Python 2 is a long (repr 5L).
std::string repr_arg(Emitter& em, const std::string& code, TypeRef t);
// code, or (Python 2) code wrapped so that the unicode items of a container print as u'...'
std::string shown_arg(Emitter& em, const std::string& code, TypeRef t);
// False (with an error) for a container holding sized ints in Python 2: their repr ends in L
// there, which the runtime's container reprs cannot show.
bool check_printable(Emitter& em, TypeRef t, Loc loc);
// rffi.cast, lltype.cast_primitive, rffi.sizeof, llop.NAME (emit_lltype.cpp).
std::string call_lltype_builtin(Emitter& em, ir::Expr& e);
// `code` (an int64_t or uint64_t) wrapped to the sized int type t.
std::string wrap(const std::string& code, TypeRef t);

}  // namespace rpy::codegen::rlib
