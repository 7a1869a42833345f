// Which generated functions are declared `inline` (inline_hint.cpp).
#pragma once
#include "ir/ir.hpp"

namespace rpy::codegen {

// True for a function as small as those RPython's backend optimiser inlines into their callers
// (translation.backendopt.inline_threshold, 32.4: about one unit per low-level operation): no
// loop, no try, no generator, not recursive, at most kInlineWeight statements and expression
// nodes. Such a function is declared `inline`, so the C++ compiler weighs it against its limit for
// functions declared inline (g++ -O2: 70 instructions, not the 15-30 of other functions), as a C++
// programmer marks a small helper.
bool declare_inline(const ir::Graph& g);

}  // namespace rpy::codegen
