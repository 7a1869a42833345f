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
// Also open() with a constant mode holding 'b' in a Python 3 script, and the reading and writing
// methods of the binary file it gives (bytes in and out).
bool handles(Annotator& an, BuiltinId id, const ir::Expr& e, const std::vector<TypeRef>& args, bool method);
// Whether a call of open() has a constant mode holding 'b' (Python 3: a binary file).
bool binary_mode(const ir::Expr& e, bool method);
bool is_binary_file(TypeRef t);
TypeRef call_builtin(Annotator& an, BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args);

}  // namespace rpy::annotate::bytes3
