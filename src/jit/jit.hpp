// The JIT's translation-time half (docs/JIT.md): what the driver installs for --opt=jit.
#pragma once
#include <memory>

#include "annotate/annotator.hpp"
#include "codegen/jit_hooks.hpp"
#include "common/diagnostics.hpp"

namespace rpy::jit {

struct JitOptions {
  bool dump = false;  // --dump-jitcode: print the drivers, the policy and every jitcode to stdout
};

// The hooks codegen calls to add the jitcode, the descriptors and the merge point protocol to
// the program. Errors (a portal the JIT cannot handle) go to diags.
std::unique_ptr<codegen::JitHooks> make_hooks(annotate::Annotator& ann, const SourceManager& sm, Diagnostics& diags, JitOptions opts);

}  // namespace rpy::jit
