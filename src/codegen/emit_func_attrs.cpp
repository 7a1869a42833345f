// Attributes of a value that may be one of several functions (annotate/func_attrs.cpp): each
// function's attribute lives in a hidden prebuilt object; the value (an index among its type's
// functions, or an rpy_Closure whose id names its function) picks the object.
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::TypeKind;

std::string Emitter::func_attr_holder(ir::Expr& fn, const std::string& name, Loc loc) {
  TypeRef ft = fn.type;
  std::string holder_type, cases;
  for (size_t i = 0; i < ft->funcs.size(); ++i) {
    modules::Ref h = ann.func_attr_holder(ft->funcs[i], name);
    if (!h) {
      fail(loc, "no holder for function attribute '" + name + "'");
      return "nullptr";
    }
    TypeRef ht = ann.type_of_const(h, loc);
    if (holder_type.empty()) holder_type = ctype(ht);
    std::string key = is_closure_type(ft) ? std::to_string(ft->funcs[i]->id) : std::to_string(i);
    cases += "case " + key + ": return " + const_value(h, ht, loc) + "; ";
  }
  std::string sel = is_closure_type(ft) ? "rpy_f ? rpy_f->id : -1" : "rpy_f";
  std::string param = is_closure_type(ft) ? "rpy_Closure* rpy_f" : "int32_t rpy_f";
  // None (index -1, a null closure) picks no holder: rpy::nonnull raises AttributeError.
  return nonnull("([&](" + param + ") -> " + holder_type + " { switch (" + sel + ") { " + cases + "} return nullptr; }(" + expr(fn) + "))",
                 ft, name);
}

}  // namespace rpy::codegen
