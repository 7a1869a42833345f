// Guard failures (docs/JIT.md 9.2): the blackhole interpreter continues from the frames of the
// guard's snapshot, their live registers rebuilt from the dead frame and the trace's constants.
#include <gc/gc.h>

#include <algorithm>

#include "jit/backend.hpp"
#include "jit/blackhole.hpp"
#include "jit/ops.hpp"
#include "jit/semantics.hpp"
#include "jit/warmstate.hpp"

namespace rpy::jit {

int resume_from_guard(CompiledLoop* loop, uint32_t gi, const Word* deadframe, Word* values, BaseException** exc) {
  const GuardInfo& g = loop->guards[gi];
  const Trace& t = loop->trace;
  const Snapshot& s = t.snapshots[g.snapshot];
  Program* prog = WarmState::get().program;
  // The register images of all the frames, and the virtual objects (11.3) the guard's resume
  // data describes, in one block that the GC scans as a root and never collects: `states` lives
  // in malloc'ed memory, which the GC does not scan, so an image allocated by GC_MALLOC for one
  // frame could be collected (and reused) while the next frame's was allocated, or while the
  // blackhole's frames were made (jit7 found it with deep inlining); a virtual allocated before
  // the next would be collected the same way.
  size_t words = 1 + s.virtuals.size();
  for (const Snapshot::Frame& sf : s.frames) {
    const JitCode* code = &prog->codes[sf.code];
    words += size_t{code->num_regs[0]} + code->num_regs[1] + code->num_regs[2];
  }
  struct Images {
    Word* block;
    ~Images() { GC_FREE(block); }
  } images{static_cast<Word*>(GC_MALLOC_UNCOLLECTABLE(words * sizeof(Word)))};
  Word* virtuals = images.block;
  Word* next_image = images.block + s.virtuals.size();
  auto value_of = [&](TraceRef r) -> Word {
    if (r.is_const()) return t.const_value(r);
    if (r.is_virtual()) return virtuals[r.index()];
    auto it = std::find(g.fail_refs.begin(), g.fail_refs.end(), r);
    return deadframe[it - g.fail_refs.begin()];
  };
  auto store = [&](Word obj, const FieldDescr* d, Word value) {
    char* p = reinterpret_cast<char*>(obj) + d->offset;
    if (d->kind == kInt)
      store_int(p, d->size, value);
    else
      *reinterpret_cast<Word*>(p) = value;
  };
  // The virtuals: all allocated (their fields at their defaults), then their fields written (a
  // field may hold any of them, itself included).
  for (size_t k = 0; k < s.virtuals.size(); ++k) virtuals[k] = reinterpret_cast<Word>(s.virtuals[k].cls->alloc());
  for (size_t k = 0; k < s.virtuals.size(); ++k)
    for (const Snapshot::Field& f : s.virtuals[k].fields) store(virtuals[k], f.descr, value_of(f.value));
  for (const Snapshot::Write& wr : s.pending)  // the field writes the trace delayed past the guard
    store(value_of(wr.obj), wr.descr, value_of(wr.value));
  std::vector<Blackhole::FrameState> states;
  for (const Snapshot::Frame& sf : s.frames) {
    const JitCode* code = &prog->codes[sf.code];
    size_t total = size_t{code->num_regs[0]} + code->num_regs[1] + code->num_regs[2];
    Word* img = next_image;
    next_image += total;
    Word* regs[3] = {img, img + code->num_regs[0], img + code->num_regs[0] + code->num_regs[1]};
    uint32_t b = sf.first;
    if (const LiveEntry* le = find_live(code, sf.pc)) {
      const uint16_t* counts = code->live_regs + le->at;
      const uint16_t* r = counts + 3;
      for (int k = 0; k < 3; ++k)
        for (uint16_t i = 0; i < counts[k]; ++i) regs[k][*r++] = value_of(s.boxes[b++]);
    } else {
      for (int k = 0; k < 3; ++k)
        for (uint16_t r = 0; r < code->num_regs[k]; ++r) regs[k][r] = value_of(s.boxes[b++]);
    }
    // (a guard is never recorded between an except clause's start and its last_exception)
    states.push_back({code, sf.pc, {regs[0], regs[1], regs[2]}, nullptr});
  }
  BaseException* pending = g.exception ? last_call_exception : nullptr;
  if (g.exception && !pending && s.call_result_kind >= 0) {  // guard_exception: the call returned
    Blackhole::FrameState& top = states.back();
    const_cast<Word*>(top.regs[s.call_result_kind])[s.call_result_reg] = value_of(s.call_result);
  }
  if (g.exception && !pending) {  // the top frame continues after its call
    Blackhole::FrameState& top = states.back();
    const uint8_t* code = top.code->code;
    uint8_t op = code[top.pc];
    uint32_t next = skip_lists(code, top.pc + 3, 3);
    top.pc = op == OP_residual_call_v ? next : next + 2;
  }
  last_call_exception = nullptr;
  Blackhole bh(prog);
  int status = bh.resume(const_cast<DriverDescr*>(loop->driver), states, pending, values, true);
  if (status == kRaise) *exc = bh.exception();
  return status;
}

}  // namespace rpy::jit
