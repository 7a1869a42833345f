// The warm state (docs/JIT.md 8): the JIT's parameters, the counters of green keys, the jitcells
// of the keys that were traced, and the statistics of jit-summary.
#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "jit/jitcode.hpp"

namespace rpy {
struct BaseException;
}

namespace rpy::jit {

// call_assembler's function (WarmState::portal_call_descr).
void call_portal_at_merge_point(const Word* a, Word* r);
// The same call, after machine code entered the callee key's loop itself (the backend's
// call_assembler, docs/JIT.md 7.7) and the loop left by an exit other than the portal's return:
// r[1] holds that ExitDescr* on entry; the runner goes on from it (the frame of nesting level
// depth holds its values), and the portal's result goes to r[0].
void call_portal_after_exit(const Word* a, Word* r);
// check_frames: machine code calls this after a call_assembler's callee code returned (rdi, rax:
// the ExitDescr*, returned unchanged), to check the callee level's frame.
uint64_t check_call_frame(uint64_t exit);

enum class Mode { Off, Trace, Blackhole, BlackholeStep };

// set_param's parameters, with PyPy's defaults.
struct Params {
  int64_t threshold = 1039;
  int64_t function_threshold = 1619;
  int64_t trace_eagerness = 200;
  int64_t decay = 40;
  int64_t trace_limit = 6000;
  int64_t inlining = 1;
  int64_t loop_longevity = 1000;
  int64_t retrace_limit = 0;
  int64_t max_retrace_guards = 15;
  int64_t max_unroll_loops = 0;
  int64_t disable_unrolling = 200;
  int64_t max_unroll_recursion = 7;
  // rpy's own: 0 keeps recursive portal calls residual calls of the compiled portal in traces
  // (as before call_assembler, docs/JIT.md 7.7), to compare the two.
  int64_t call_assembler = 1;
  std::string enable_opts = "all";
  // Sets a parameter by name; false for an unknown name.
  bool set(const std::string& name, const std::string& value);
};

enum CellFlag : uint8_t { kCellTracing = 1, kCellDontTrace = 2, kCellTraced = 4 };

struct CompiledLoop;
struct ExitDescr;

// A green key that was traced (or is being traced).
struct JitCell {
  const DriverDescr* driver;
  uint64_t hash;
  Word* greens;  // GC-visible copy (green refs are compared by identity, strs by value)
  uint8_t flags;
  JitCell* next;
  CompiledLoop* loop;  // the machine code that starts at this key, or null
};

struct Stats {
  int64_t traces = 0, loops = 0, bridges = 0, aborts_too_long = 0, aborts_other = 0;
  int64_t recorded_ops = 0, recorded_guards = 0, recorded_calls = 0;
  int64_t backend_failures = 0, opt_ops = 0, opt_guards = 0;
  double tracing_seconds = 0, backend_seconds = 0;
  int guard_numbers = 0;  // guards logged so far (their <Guard0x...> numbers)
};

class WarmState {
 public:
  static WarmState& get();
  void init(Program* p);  // reads RPY_JIT

  Program* program = nullptr;
  Mode mode = Mode::Off;       // until the backend exists, tracing is asked for (docs/JIT.md 18)
  std::vector<Params> params;  // per driver
  bool tracing = false;        // a trace is being recorded (tracing is never nested)
  // RPY_JIT=check_frames=1 (a test mode): every frame is followed by poisoned words that are
  // checked whenever machine code returns to the runner (and when a frame grows); machine code
  // that wrote past its frame stops the program with an internal error.
  bool check_frames = false;
  Stats stats;

  size_t driver_index(const DriverDescr* d) const { return static_cast<size_t>(d - program->drivers); }
  uint64_t hash_greens(const DriverDescr* d, const Word* greens) const;
  // Whether two green keys of d are the same key: words equal, or strs with equal contents.
  static bool same_greens(const DriverDescr* d, const Word* a, const Word* b);
  JitCell* lookup(const DriverDescr* d, const Word* greens, uint64_t hash, bool create);
  // Counts one more pass through the key; true when it reaches the driver's threshold.
  bool tick(const DriverDescr* d, uint64_t hash);
  // Runs compiled loops from the merge point of `values` (which has `loop`), through guard
  // failures (the blackhole finishes the iteration) and from loop to loop, while the merge points
  // reached have code; returns like merge_point().
  int run_compiled(CompiledLoop* loop, DriverDescr* d, Word* values, ExitDescr* taken = nullptr);
  // A recursive portal call's way into the callee key's loop (call_assembler, docs/JIT.md 7.7):
  // the reds straight from the call's words into the frame of this nesting level, and the
  // result of a finish that returns from the portal straight out; false with *exit the exit
  // taken otherwise (run_compiled goes on from there, values holding the greens and reds).
  bool enter_for_call(CompiledLoop* loop, DriverDescr* d, const Word* reds, Word* result, ExitDescr** exit);
  // Counts a pass through the merge point of `values` and traces it when it is hot.
  int count_and_trace(DriverDescr* d, Word* values, bool* traced);
  // call_assembler (docs/JIT.md 7.7): the descr of the residual call a trace makes where the
  // interpreter calls its portal recursively and the callee reached its merge point. The call's
  // words: the driver's index, the callee key's JitCell (or 0), the greens, the reds; its result:
  // the portal's. It runs the callee's compiled code directly, else as merge_point() would.
  const CallDescr* portal_call_descr(const DriverDescr* d) const { return &portal_calls_[driver_index(d)]; }
  // Recursive portal calls (jitcode, pc of the call) whose callee's key was found without code
  // and not to be traced: traces make them residual calls of the compiled portal (7.7).
  std::set<std::pair<const JitCode*, uint32_t>> residual_portal_calls;
  void print_summary();         // jit-summary, at exit
  void print_backend_counts();  // jit-backend-counts, at exit
  std::vector<CompiledLoop*> loops;
  // Where machine code finds the frames of the nesting levels (call_assembler, docs/JIT.md 7.7):
  // while code runs at level L, *depth is L + 1 and (*frames)[L + 1], if *cap > L + 1 and it is
  // not null, is the next level's block (its size word, then the frame).
  struct FrameRefs {
    Word*** frames;
    size_t* cap;
    size_t* depth;
  };
  FrameRefs frame_refs() { return {&frames_, &frames_cap_, &depth_}; }
  // Level `depth`'s frame, grown to `words` if smaller (the contents move along). A frame is
  // preceded by a word holding its size (frame[-1]): the code of each trace compares it on entry
  // with what it needs, and has it grown (grow_running_frame) when it is smaller (docs/JIT.md 12.2).
  Word* frame_at(size_t depth, size_t words);
  BaseException* pending = nullptr;  // the exception of a kRaise (reraise_pending)

 private:
  // The frames machine code runs in (docs/JIT.md 12.2), one per nesting level of run_compiled (a
  // residual call may reach a merge point again), kept for the next run. GC-visible: the array
  // of them is uncollectable memory. frames_[k] is the allocated block: the size word, the frame.
  Word** frames_ = nullptr;
  size_t* frame_sizes_ = nullptr;
  size_t frames_cap_ = 0, depth_ = 0;
  Word* frame_of(size_t depth) const { return frames_[depth] + 1; }
  // check_frames: stops the program if the poisoned words after a frame were written.
  void check_frame(size_t depth) const;
  friend Word* grow_running_frame(Word* frame, uint64_t words);
  friend uint64_t check_call_frame(uint64_t exit);
  // The counters of green keys: each key counts in a slot of its own (tagged with its hash) among
  // kCounterWays slots from where its hash points, so that keys whose hashes collide do not share
  // a count (which made a loop hot at a key whose address happened to collide with another's).
  struct Counter {
    uint64_t tag;  // the key's hash; 0: free
    uint32_t count;
  };
  std::vector<Counter> counters_;
  std::vector<JitCell*> cells_;
  std::vector<CallDescr> portal_calls_;         // per driver
  std::vector<std::string> portal_call_kinds_;  // their arg_kinds
};

}  // namespace rpy::jit
