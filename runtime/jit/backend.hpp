// The backend (docs/JIT.md 12): traces to x86-64 machine code with one register and frame
// convention shared by every trace (asmjit's Assembler encodes the instructions; the register
// allocation is our own), so that traces jump to each other directly; guard failures go back to
// the blackhole interpreter (resume.cpp).
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

// Where machine code leaves for the runner (warmstate.cpp): a guard's exit or a bridge's finish.
// The code jumps through `target`, which is the common return to the runner until the exit gets
// code of its own (a bridge attached to the guard, the loop of the finish's merge point): the
// runner then writes that code's address here, and the code jumps there directly from then on.
struct ExitDescr {
  CompiledLoop* loop;
  uint32_t index;  // guard: in loop->guards; finish: in loop->finish_greens
  bool finish;
  const void* target;
  uint32_t nvalues = 0;  // finish: how many values it leaves in frame[0...]
  // finish: the portal returns (its result words in frame[0...]), set once the loop's
  // finish_greens are known (mark_portal_returns); machine code's call_assembler tests it.
  bool returns = false;
};

struct GuardInfo {
  uint32_t snapshot;                // in the loop's trace
  bool exception;                   // guard_no_exception: the call raised, the exception is pending
  std::vector<TraceRef> fail_refs;  // the values the guard's exit stores, in dead-frame order
  uint64_t failures = 0;
  CompiledLoop* bridge = nullptr;  // the code that continues from this guard (its inputs: fail_refs)
  bool no_bridge = false;          // tracing a bridge from here was tried: do not retry
  // guard_value: where its value is in fail_refs, and the value of the last failures (how many
  // in a row): a bridge promotes a value that keeps failing, not one that changes every few times.
  int32_t value_index = -1;
  Word last_value = 0;
  uint64_t same_value = 0;
  // guard_value in a bridge traced from a guard_value (a bridge for one value, whose own
  // guard_value fails for the next): how many such bridges lead here. A chain this long gets
  // a generic bridge next (warmstate.cpp: kValueBridgeChain).
  uint32_t value_depth = 0;
};

// The frame convention: every trace's code expects its inputs in frame[0...], where frame is a
// GC-visible array of Words big enough for every compiled trace (frame_words_needed()); the code
// keeps its spilled values in the same frame above the exit area. A trace that jumps to another
// loop stores that loop's inputs into frame[0...] and jumps to its code; a guard's exit stores
// the guard's live values (fail_refs) into frame[0...] and jumps through its ExitDescr.
// `entry` is the C-callable way in: it returns the ExitDescr* of the exit taken.
using LoopEntry = uint64_t (*)(Word* frame);

struct CompiledLoop {
  LoopEntry entry = nullptr;   // (the first member: call_assembler's code calls [loop])
  const void* code = nullptr;  // where attached exits jump to (through the frame check, 12.2)
  // Where other traces' jumps go: after the frame check (the jumping trace was compiled later, so
  // its own check asked for at least what this one needs).
  const void* code_checked = nullptr;
  uint32_t frame_words = 0;
  uint32_t num_inputs = 0;
  int number = 0;
  const DriverDescr* driver = nullptr;
  Trace trace;  // kept: snapshots and constants for resuming, and the log
  std::vector<GuardInfo> guards;
  std::vector<ExitDescr> exits;      // guards first (by index), then finishes; never resized
  Word* gcrefs = nullptr;            // the ref constants the code embeds, kept alive
  Word* greens = nullptr;            // the green key the loop starts at (GC-visible); null for a bridge
  std::vector<Word*> finish_greens;  // of the finish exits (GC-visible); null: the portal returns frame[0...]
  int first_guard_number = 0;        // the <Guard0x...> number of guards[0] in the logs
  bool is_bridge = false;
  size_t code_size = 0;
  uint64_t runs = 0;  // entries, counted by the code when count_runs was set at compile time
};

bool backend_available();
// The code counts its entries (CompiledLoop::runs) when this is set while it is compiled.
extern bool count_runs;
// The frame size (in words) that every loop compiled so far can run in.
uint32_t frame_words_needed();
// The code of every trace starts by comparing the size of its frame (the word before it,
// frame[-1]) with what it and the traces it jumps to need (frame_words_needed() once it was
// compiled); a smaller frame (sized before the trace existed: a bridge attached, or a loop
// compiled, while the level running the frame was in a nested portal call) is grown by this
// function (warmstate.cpp), which returns the new frame (docs/JIT.md 12.2).
Word* grow_running_frame(Word* frame, uint64_t words);
// Compiles a trace whose last operation is a jump to its own (last) label, a jump to the start of
// one of `others` (by number), or a finish. Null (with *error set) if it cannot.
CompiledLoop* compile_loop(Trace&& trace, const DriverDescr* d, int number, const std::vector<CompiledLoop*>& others, std::string* error);
// Sets ExitDescr::returns of the loop's finishes from its finish_greens (null: the portal returns).
void mark_portal_returns(CompiledLoop* loop);
// From now on the exit jumps to `code` (the start of a loop or bridge) instead of returning.
void attach_exit(ExitDescr* exit, const CompiledLoop* code);

// Calls a uniform function, catching the rpy exception it raises: machine code never lets a C++
// exception unwind through it. The exception is also left in last_call_exception.
BaseException* call_catching(CallFn fn, const Word* args, Word* results);
extern BaseException* last_call_exception;

// The blackhole interpreter continues from a failed guard (its snapshot's frames, registers from
// the dead frame and the trace's constants) to the next merge point (kReenter), the portal's
// return (kReturn) or an exception leaving it (kRaise, *exc set).
int resume_from_guard(CompiledLoop* loop, uint32_t guard, const Word* deadframe, Word* values, BaseException** exc);

}  // namespace rpy::jit
