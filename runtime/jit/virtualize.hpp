// Allocation removal (docs/JIT.md 11.3; Bolz et al. 2011, "Allocation removal by partial
// evaluation in a tracing JIT"): objects a trace allocates and that do not escape are never
// allocated; their fields live in the trace's values, and guards describe them in their resume
// data (Snapshot::virtuals), from which a failing guard allocates them.
#pragma once

#include "jit/trace.hpp"

namespace rpy::jit {

// Rewrites t: each new_with_vtable becomes a virtual object until something the pass does not
// understand uses it (it escapes): there the allocation and its field writes are emitted
// (recursively for the virtuals its fields hold). Returns the number of allocations removed.
size_t virtualize(Trace& t);

}  // namespace rpy::jit
