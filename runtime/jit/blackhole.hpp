// The blackhole interpreter (docs/JIT.md 8.2, 9.2): runs jitcode on concrete values. It proves
// the codewriter right (RPY_JIT=blackhole runs whole portals on it) and, once the tracer and the
// backend exist, finishes the work of a failed guard up to the next merge point.
#pragma once
#include <vector>

#include "jit/jitcode.hpp"

namespace rpy {
struct BaseException;
}

namespace rpy::jit {

// Register files of the frames, in GC-scanned memory (refs must stay visible to the collector).
// Frames are allocated and released in stack order across nested runs.
class RegisterStack {
 public:
  Word* push(size_t n);
  void pop(Word* p, size_t n);

 private:
  struct Chunk {
    Word* base;
    size_t size, used;
  };
  std::vector<Chunk> chunks_;
  size_t top_ = 0;  // index of the chunk in use + 1
};
RegisterStack& register_stack();

struct BhFrame {
  const JitCode* code;
  uint32_t pc;             // the instruction being executed (a call's own pc while its callee runs)
  Word* regs[3];           // per kind: variables and temporaries, then constants
  size_t nwords;           // size of the block holding the three files
  BaseException* handled;  // the exception an except clause of this frame is handling
};

class Blackhole {
 public:
  explicit Blackhole(Program* prog) : prog_(prog) {}
  ~Blackhole();
  // Runs the portal of `d` from just after its merge point, with the greens and reds in
  // `values`. stop_at_merge_point: hand back at the next merge point (kReenter, the values
  // updated); else run until the portal returns (kReturn, result in values) or raises (kRaise).
  int run_portal(DriverDescr* d, Word* values, bool stop_at_merge_point);
  // Continues from frames another interpreter built (the tracer, a guard's resume data),
  // outermost first: each at its pc (a caller at its call instruction), with its registers.
  // With `pending`, that exception is being raised at the top frame's pc. `handled` is the
  // exception an except clause of the frame is handling (its last_exception), if the frame
  // stopped inside one before reading it.
  struct FrameState {
    const JitCode* code;
    uint32_t pc;
    const Word* regs[3];
    BaseException* handled;
  };
  int resume(DriverDescr* d, const std::vector<FrameState>& frames, BaseException* pending, Word* values, bool stop_at_merge_point);
  BaseException* exception() const { return exc_; }

 private:
  void push_frame(const JitCode* code);
  void pop_frame();
  int dispatch(DriverDescr* d, Word* values, bool stop);
  bool unwind(BaseException* e);  // to the innermost handler; false if it left the portal

  Program* prog_;
  std::vector<BhFrame> frames_;
  BaseException* exc_ = nullptr;
};

// The .py line of a pc (for tracebacks and logs).
int line_of(const JitCode* code, uint32_t pc);

}  // namespace rpy::jit
