// rpython.rlib.longlong2float in translated code: bit casts between double and int64_t.
#include "annotate/annotator.hpp"
#include "codegen/emitter.hpp"

namespace rpy::codegen {

std::string Emitter::call_float_bits_builtin(ir::Expr& e) {
  std::vector<ir::Expr*> a = builtin_args(e);
  if (static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::LongLong2Float)
    return "__builtin_bit_cast(double, static_cast<int64_t>(" + expr_as(*a.at(0), tt.integer()) + "))";
  return "__builtin_bit_cast(int64_t, static_cast<double>(" + expr_as(*a.at(0), tt.floating()) + "))";
}

}  // namespace rpy::codegen
