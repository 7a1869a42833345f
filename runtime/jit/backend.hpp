// The backend (docs/JIT.md 12): traces to x86-64 machine code (asmjit's x86::Compiler and its
// register allocator), and guard failures back to the blackhole interpreter (resume.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "jit/trace.hpp"

namespace rpy {
struct BaseException;
}

namespace rpy::jit {

struct CompiledLoop;

struct GuardInfo {
  uint32_t snapshot;                // in the loop's trace
  bool exception;                   // guard_no_exception: the call raised, the exception is pending
  std::vector<TraceRef> fail_refs;  // the values the guard's exit stores, in dead-frame order
  uint64_t failures = 0;
  CompiledLoop* bridge = nullptr;  // the code that continues from this guard (its inputs: fail_refs)
  bool no_bridge = false;          // tracing a bridge from here was tried: do not retry
};

// A compiled loop (or bridge) is a function of its frame: the inputs in frame[0...] on entry;
// when it leaves, frame holds the values of the exit, and the result says which exit it was: a
// guard index; kExitToLoop | n: a jump to the start of loop `targets[n]` (its inputs are in
// frame); kExitFinish | n: a bridge reached a merge point without code, whose greens are
// finish_greens[n] and whose reds are in frame.
using LoopEntry = uint64_t (*)(Word* frame);
constexpr uint64_t kExitToLoop = uint64_t{1} << 32;
constexpr uint64_t kExitFinish = uint64_t{2} << 32;

struct CompiledLoop {
  LoopEntry entry = nullptr;
  uint32_t frame_words = 0;
  uint32_t num_inputs = 0;
  int number = 0;
  const DriverDescr* driver = nullptr;
  Trace trace;  // kept: snapshots and constants for resuming, and the log
  std::vector<GuardInfo> guards;
  std::vector<CompiledLoop*> targets;         // of the exits to other loops
  Word* gcrefs = nullptr;                     // the ref constants the code embeds, kept alive
  Word* greens = nullptr;                     // the green key the loop starts at (GC-visible); null for a bridge
  std::vector<Word*> finish_greens;           // of the finish exits (GC-visible)
  std::vector<CompiledLoop*> finish_targets;  // the loop of each finish's key, once there is one
  int first_guard_number = 0;                 // the <Guard0x...> number of guards[0] in the logs
  bool is_bridge = false;
  size_t code_size = 0;
  uint64_t runs = 0;
};

bool backend_available();
// Compiles a trace whose last operation is a jump to its own label, or (targets given by
// trace_targets) to another loop's. Null (with *error set) if it cannot.
CompiledLoop* compile_loop(Trace&& trace, const DriverDescr* d, int number, const std::vector<CompiledLoop*>& other_targets,
                           std::string* error);

// Calls a uniform function, catching the rpy exception it raises: machine code never lets a C++
// exception unwind through it. The exception is also left in last_call_exception.
BaseException* call_catching(CallFn fn, const Word* args, Word* results);
extern BaseException* last_call_exception;

// The blackhole interpreter continues from a failed guard (its snapshot's frames, registers from
// the dead frame and the trace's constants) to the next merge point (kReenter), the portal's
// return (kReturn) or an exception leaving it (kRaise, *exc set).
int resume_from_guard(CompiledLoop* loop, uint32_t guard, const Word* deadframe, Word* values, BaseException** exc);

}  // namespace rpy::jit
