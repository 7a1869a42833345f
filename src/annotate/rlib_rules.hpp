// Type rules for the rpython.rlib value types and library calls that translated code uses beyond
// plain Python values: rarithmetic's sized ints (build_int, r_uint16, widen...), r_singlefloat,
// bytearray, os.fdopen (rlib_rules.cpp, rlib_types.cpp). The annotator's generic rules call
// these hooks first; each returns null when the operation is not one of these types'.
#pragma once
#include <string>
#include <vector>

#include "annotate/annotator.hpp"

namespace rpy::annotate::rlib {

// Whether `id` is in the rlib block of builtins.def, or a core builtin applied to one of the
// rlib value types (len/str/repr of a bytearray, ...).
bool handles(BuiltinId id, const std::vector<TypeRef>& args);
TypeRef call_builtin(Annotator& an, BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);

// A call of a sized-int class (r_uint16(x), a class made by build_int): null if `callee` is not one.
TypeRef call_class(Annotator& an, ir::Expr& e, TypeRef callee, std::vector<TypeRef>& args);
// The width and signedness of a sized-int class of rarithmetic (a subclass of its _FixedInt).
bool sized_int_class(const modules::Ref& cls, int& bits, bool& is_signed);

// A prebuilt value of a sized-int class (K = r_uint(1) at module level): its type, or null when
// `v` is not one; its value as a machine word (the bits of an r_uint).
TypeRef const_type(Annotator& an, const modules::Ref& v, Loc loc);
bool sized_const_value(modules::Interp& interp, const modules::Ref& v, int64_t& out);

// @signature (signature_rules.cpp): a new graph of a function with one starts with the declared
// types; check_signatures() (after the final pass) reports what does not fit them.
void apply_signature(Annotator& an, FuncDesc* d, ir::Graph& g, Loc call_loc);
void check_signatures(Annotator& an);
// Forgets the declarations of a previous translation in this process (they name its graphs).
void reset_signatures();

// rpython.rtyper.lltypesystem (lltype_rules.cpp): its type objects (lltype.Signed, rffi.INT,
// lltype.Ptr(...)) and llop are constants of an opaque type; the values of a primitive type;
// llop.NAME; rffi.cast, cast_primitive, sizeof, llop calls and the refused raw-memory calls.
bool is_lltype_object(const modules::Ref& v);
TypeRef lltype_value_type(TypeTable& tt, const modules::Ref& T);
TypeRef lltype_getattr(Annotator& an, ir::Expr& e, TypeRef obj);
TypeRef call_lltype_builtin(Annotator& an, BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args);
std::string llop_name(ir::Expr& e);  // the NAME of a call of llop.NAME
inline bool is_lltype_builtin(BuiltinId id) { return id >= BuiltinId::RffiCast && id <= BuiltinId::RffiFreeCharp; }

// `a op b` when an operand is a sized int or an r_singlefloat (RPython's compute_restype).
TypeRef binop(Annotator& an, syntax::BinOp op, TypeRef a, TypeRef b, Loc loc);
// The knowntype of an operation on two integer types, or null (with why) when they do not mix.
TypeRef restype(TypeTable& tt, TypeRef a, TypeRef b, std::string& why);

// obj[idx], obj[lo:hi] and obj[idx] = v on a bytearray.
TypeRef getitem(Annotator& an, ir::Expr& e, TypeRef obj, TypeRef idx);
TypeRef getslice(Annotator& an, ir::Expr& e, TypeRef obj);
bool setitem(Annotator& an, TypeRef obj, TypeRef idx, TypeRef value, Loc loc);  // true: handled

}  // namespace rpy::annotate::rlib
