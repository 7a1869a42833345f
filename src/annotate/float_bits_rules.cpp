// rpython.rlib.longlong2float in translated code: the bits of a float as a 64-bit int and back
// (NaN payloads kept, as the C casts RPython emits keep them).
#include "annotate/annotator.hpp"

namespace rpy::annotate {

using ir::Expr;

bool is_float_bits_builtin(BuiltinId id) { return id == BuiltinId::LongLong2Float || id == BuiltinId::Float2LongLong; }

TypeRef Annotator::call_float_bits_builtin(BuiltinId id, Expr& e, std::vector<TypeRef>& args) {
  bool to_float = id == BuiltinId::LongLong2Float;
  std::string name = to_float ? "longlong2float" : "float2longlong";
  if (!e.kwnames.empty() || args.size() != 1) {
    error(e.loc, name + "() takes exactly one argument");
    return tt_.impossible();
  }
  TypeRef t = args[0];
  bool ok = imp(t) || (to_float ? is_intlike(t) || is_sized_int(t) : t->kind == TypeKind::Float || is_intlike(t));
  if (!ok) {
    error(e.args.size() > 1 ? e.args[1]->loc : e.loc, name + "() takes " + (to_float ? "an int" : "a float") + ", not " + describe(t));
    return tt_.impossible();
  }
  return to_float ? tt_.floating() : tt_.integer();
}

}  // namespace rpy::annotate
