// Type rules of Python 3 bytes (bytes_rules.cpp; docs/TYPES.md): an immutable byte string whose
// items are ints. The annotator's generic rules call these hooks first; each returns null (false)
// when the operation involves no bytes value. Python 2 programs never see a bytes type (`b'x'`
// is their str).
#pragma once
#include <vector>

#include "annotate/annotator.hpp"

namespace rpy::annotate::bytes3 {

bool is_bytes(TypeRef t);
// `a op b` with a bytes operand; `a cmp b` likewise (== and != of any types stay generic).
TypeRef binop(Annotator& an, syntax::BinOp op, TypeRef a, TypeRef b, Loc loc);
TypeRef compare(Annotator& an, syntax::CmpOp op, TypeRef a, TypeRef b, Loc loc);
// b[i] (an int), b[lo:hi:step] (bytes).
TypeRef getitem(Annotator& an, ir::Expr& e, TypeRef obj, TypeRef idx);
TypeRef getslice(Annotator& an, TypeRef obj);
// b.method / n.to_bytes: the bound method's type, or null when obj is neither.
TypeRef getattr(Annotator& an, ir::Expr& e, TypeRef obj, const std::string& name);
// Builtins and methods of the bytes block of builtins.def, and the core builtins applied to
// bytes (len, bytes(...), str, repr, hash) or making them (str.encode in Python 3).
bool is_bytes_builtin(BuiltinId id);
bool handles(Annotator& an, BuiltinId id, const std::vector<TypeRef>& args, bool method);
TypeRef call_builtin(Annotator& an, BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args);

}  // namespace rpy::annotate::bytes3
