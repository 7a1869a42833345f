// The C++ the JIT adds to the translation unit: merge points and tables (tables.cpp).
#pragma once
#include <string>

#include "jit/codewriter.hpp"

namespace rpy::jit {

// The expression replacing the jit_merge_point call of driver `driver` in its portal.
std::string merge_point_code(Codewriter& cw, size_t driver);
// The helpers, jitcodes, descriptors and drivers, and rpy_jit_init().
std::string emit_tables(Codewriter& cw);

}  // namespace rpy::jit
