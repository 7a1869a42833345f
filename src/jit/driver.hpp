// The JitDriver a jit_merge_point or can_enter_jit call names, and its green and red names: read
// by the portal analysis (docs/JIT.md 4.1) and by escape analysis (a green escapes: the JIT keeps
// it in its green keys).
#pragma once
#include <string>
#include <vector>

#include "ir/ir.hpp"
#include "modules/value.hpp"

namespace rpy::jit {

// The JitDriver instance a jit_merge_point / can_enter_jit call is made on, or null.
const modules::InstanceObj* driver_of_call(const ir::Expr& e);
// The names listed in the driver's attribute `attr` ("greens" or "reds").
std::vector<std::string> driver_names(const modules::InstanceObj* d, const char* attr);
// Whether argument k of a jit_merge_point call (an element of e.args) is one of its greens.
bool is_green_argument(const ir::Expr& e, size_t k);

}  // namespace rpy::jit
