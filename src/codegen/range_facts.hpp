// Int locals whose range is known from the loops that bind them (range_facts.cpp), so that some
// of a script's overflow checks can be left out where they cannot fire.
#pragma once
#include <unordered_map>

#include "ir/ir.hpp"

namespace rpy::codegen {

// The locals of a graph bound only as the variable of `for v in range(...)` with a positive
// constant step: every value of v is below the range's stop, so v <= 2**63 - 2. The flag says
// whether each range's start is a constant >= 0 as well (then v >= 0).
using RangeIndices = std::unordered_map<const ir::Var*, bool>;
RangeIndices range_indices(const ir::Graph& g);

// True when the 64-bit int `v + c` or `v - c` (v such a local, c an int constant, in either
// order for +) cannot leave 64 bits: v + c for c <= 1 (v <= 2**63 - 2), and for c < 0 when v >= 0.
bool add_sub_cannot_overflow(const ir::Expr& e, const RangeIndices& facts);

}  // namespace rpy::codegen
