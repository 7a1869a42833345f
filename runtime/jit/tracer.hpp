// The meta-interpreter (docs/JIT.md 7): interprets jitcode on concrete values from a hot merge
// point while recording the operations the interpreter performs, with the green values as
// constants and the branches taken as guards, until the same green key comes back (the loop is
// closed), the portal ends, or the trace is abandoned (the blackhole interpreter then finishes the
// iteration from the tracer's frames: no work is repeated).
#pragma once
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jit/trace.hpp"
#include "jit/warmstate.hpp"

namespace rpy {
struct BaseException;
}

namespace rpy::jit {

struct CompiledLoop;

class Tracer {
 public:
  Tracer(WarmState& ws, DriverDescr* d, JitCell* cell);
  ~Tracer();
  // Traces from the merge point of d (values: greens then reds); returns like merge_point(),
  // values updated (kReenter: continue at the merge point with them).
  int run(Word* values);
  // Traces a bridge from a guard of `loop` that failed (its live values in deadframe) up to the
  // next merge point, and attaches the compiled bridge to the guard; returns like run().
  // generic: the guard is a guard_value whose values change too often to promote; the bridge
  // leaves that value a variable.
  int run_bridge(CompiledLoop* loop, uint32_t guard, const Word* deadframe, Word* values, bool generic = false);
  BaseException* exception() const { return exc_; }
  const Trace& trace() const { return trace_; }

 private:
  struct Frame {
    const JitCode* code;
    uint16_t index;
    uint32_t pc;
    Word* regs[3];
    size_t nwords;
    std::vector<TraceRef> boxes;
    size_t base[3];
    Word handled = 0;  // the exception the frame's current handler handles (last_exception)
    TraceRef handled_box;
    TraceRef& box(int k, uint16_t r) { return boxes[base[k] + r]; }
  };
  enum class End { Closed, Returned, Abort };

  void push_frame(uint16_t index);
  Frame* enter_callee(uint16_t callee, const uint8_t* code, uint32_t pc);
  void pop_frame();
  End interpret(Word* values);
  TraceRef record(int rop, std::vector<TraceRef> args, DescrKind dk = DescrKind::None, const void* descr = nullptr);
  TraceRef konst(Kind k, Word v) { return trace_.add_const(k, v); }
  TraceRef guard(int rop, std::vector<TraceRef> args);  // with a snapshot of the frames
  // An exception raised at the top frame's pc that a handler of that same frame catches: the
  // frame continues in the handler (the exception is `box` in the trace); false otherwise.
  bool catch_in_frame(BaseException* e, TraceRef box);
  void guard_true(TraceRef cond, bool value);  // a guard on a condition unless it is constant
  TraceRef promote_green(int k);
  TraceRef promote_box(int kind, uint16_t reg, bool by_value);
  void residual_call(const CallDescr& cd, const Word* args, std::vector<TraceRef> boxes, bool all_const, uint32_t pc, uint32_t q);
  TraceRef record_new(const ClassDescr& cd, Word obj);
  void residual_call_tuple(const CallDescr& cd, const Word* args, std::vector<TraceRef> boxes, bool all_const, uint32_t q);
  bool call_assembler();  // false: the trace is abandoned (soft_abort_)
  TraceRef fold_or_record(int rop, Kind k, Word result, std::vector<TraceRef> args);
  int finish_in_blackhole(Word* values, BaseException* pending);
  int conclude(End end, BaseException* pending, Word* values);  // compile or abandon the trace
  std::string location_text(const Word* greens);
  void log_trace(const char* section);
  void log_optimized();  // jit-log-opt-loop / jit-log-opt-bridge
  void abort(const char* reason);

  WarmState& ws_;
  Program* prog_;
  DriverDescr* d_;
  JitCell* cell_;
  std::vector<Frame> frames_;
  Trace trace_;
  std::vector<Word> start_greens_;
  std::unordered_map<size_t, std::string> merge_texts_;  // op index -> debug_merge_point text
  bool seen_loop_header_ = false;
  bool wants_texts_ = false;  // the logs show debug_merge_point texts
  std::string abort_reason_;
  bool soft_abort_ = false;  // abandoned without marking the key (or the guard) as not to trace
  BaseException* exc_ = nullptr;
  int loop_number_ = 0;
  CompiledLoop* target_ = nullptr;     // the trace ended in the code of this other loop
  CompiledLoop* bridge_of_ = nullptr;  // a bridge: from this loop's guard bridge_guard_
  uint32_t bridge_guard_ = 0;
  TraceRef unpromoted_;  // a generic bridge's guard_value value: not promoted again in it
  bool has_unpromoted_ = false;
  std::vector<Word> finish_greens_;                 // a bridge ending at a merge point without code
  std::unordered_map<uint32_t, Word> known_class_;  // boxes whose class (vtable) a guard fixed
  std::unordered_set<Word> immutable_lists_;        // constant lists read from 'name[*]' fields
  // new_scoped allocations of the frames on the stack: (op index, frame depth), until the frame
  // is left (a call_assembler then gives them Trace::scope_end)
  std::vector<std::pair<uint32_t, size_t>> scoped_news_;
  std::unordered_set<uint32_t> scoped_lists_;  // new_list ops of new_list_scoped (owned lists)
  void own_scoped_list(TraceRef owner, TraceRef list);
};

}  // namespace rpy::jit
