// The optimizer (docs/JIT.md 11): one forward pass over a trace that folds constants, shares
// repeated pure operations (CSE), keeps a heap cache (fields and list items read once, writes of
// the value already there dropped), and removes guards whose outcome is already known. Every
// removed operation has a replacement value, which the following operations and the guards'
// snapshots use instead. A loop is peeled (unroll): optimized once as its preamble, then again as
// the loop proper, starting from the preamble's heap cache, so that its invariants are read once.
#pragma once
#include <string>

#include "jit/trace.hpp"

namespace rpy::jit {

struct OptOptions {
  bool fold = true;        // constant folding and CSE of pure operations ("pure")
  bool heap = true;        // the heap cache ("heap")
  bool guards = true;      // known guards, promoted values as constants ("rewrite", "intbounds")
  bool intbounds = true;   // comparisons decided by the integer bounds of the guards passed ("intbounds")
  bool unroll = true;      // loop peeling: a loop's invariants read once, in its preamble ("unroll")
  bool virtualize = true;  // allocation removal: objects that do not escape are not allocated ("virtualize")
  // From the enable_opts parameter: "all", or names separated by ':'.
  static OptOptions from(const std::string& enable_opts);
};

struct OptResult {
  size_t ops_before = 0, ops_after = 0, guards_before = 0, guards_after = 0;
  size_t allocations_removed = 0;  // new_with_vtable operations the trace no longer does
};

OptResult optimize(Trace& trace, const OptOptions& opts);

}  // namespace rpy::jit
