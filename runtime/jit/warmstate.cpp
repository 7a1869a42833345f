// The merge point protocol with the compiled interpreter (docs/JIT.md 4.3, 8) and the warm
// state: settings from RPY_JIT, counters, jitcells, statistics.
//
// By default (with a backend) hot green keys are traced, optimized, compiled and run; without a
// backend only when asked (RPY_JIT=trace, NAME=VALUE parameters, or a PYPYLOG naming jit
// sections): the traces are then logged and the compiled interpreter goes on. RPY_JIT=off: the
// compiled interpreter runs alone. RPY_JIT=blackhole: the blackhole interpreter runs each portal
// from its first merge point to its end; RPY_JIT=blackhole-step: from one merge point to the next
// (both prove the jitcode).
#include "jit/warmstate.hpp"

#include <gc/gc.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "jit/backend.hpp"
#include "jit/blackhole.hpp"
#include "jit/jit.hpp"
#include "jit/log.hpp"
#include "jit/tracer.hpp"
#include "rpy/rpy.hpp"

namespace rpy::jit {

static constexpr size_t kTableBits = 14;
static constexpr size_t kTableSize = size_t{1} << kTableBits;

bool Params::set(const std::string& name, const std::string& value) {
  if (name == "enable_opts") {
    enable_opts = value;
    return true;
  }
  char* end = nullptr;
  long long v = std::strtoll(value.c_str(), &end, 10);
  if (value.empty() || *end) return false;
  struct Entry {
    const char* name;
    int64_t Params::*field;
  };
  static const Entry kEntries[] = {
      {"threshold", &Params::threshold},
      {"function_threshold", &Params::function_threshold},
      {"trace_eagerness", &Params::trace_eagerness},
      {"decay", &Params::decay},
      {"trace_limit", &Params::trace_limit},
      {"inlining", &Params::inlining},
      {"loop_longevity", &Params::loop_longevity},
      {"retrace_limit", &Params::retrace_limit},
      {"max_retrace_guards", &Params::max_retrace_guards},
      {"max_unroll_loops", &Params::max_unroll_loops},
      {"disable_unrolling", &Params::disable_unrolling},
      {"max_unroll_recursion", &Params::max_unroll_recursion},
      {"call_assembler", &Params::call_assembler},
  };
  for (const Entry& e : kEntries)
    if (name == e.name) {
      this->*e.field = v;
      return true;
    }
  return false;
}

WarmState& WarmState::get() {
  static WarmState* ws = new WarmState();
  return *ws;
}

bool enabled = false;
static BaseException* g_pending = nullptr;  // in the data segment: the collector sees it

static void at_exit() {
  WarmState& ws = WarmState::get();
  if (Log::get().enabled("jit-summary")) ws.print_summary();
  if (Log::get().enabled("jit-backend-counts")) ws.print_backend_counts();
}

void WarmState::init(Program* p) {
  program = p;
  params.assign(p->num_drivers ? p->num_drivers : 1, Params());
  counters_.assign(kTableSize, Counter{0, 0});
  cells_.assign(kTableSize, nullptr);
  Log& log = Log::get();
  if (backend_available() || log.any("jit")) mode = Mode::Trace;
  if (const char* s = std::getenv("RPY_JIT")) {
    std::string text = s;
    size_t i = 0;
    while (i <= text.size()) {
      size_t j = text.find(',', i);
      if (j == std::string::npos) j = text.size();
      std::string item = text.substr(i, j - i);
      i = j + 1;
      if (item.empty()) continue;
      auto eq = item.find('=');
      if (item == "off") {
        mode = Mode::Off;
      } else if (item == "trace") {
        mode = Mode::Trace;
      } else if (item == "blackhole") {
        mode = Mode::Blackhole;
      } else if (item == "blackhole-step") {
        mode = Mode::BlackholeStep;
      } else if (item == "check_frames=1" || item == "check_frames=0") {
        check_frames = item.back() == '1';
      } else if (eq != std::string::npos && params[0].set(item.substr(0, eq), item.substr(eq + 1))) {
        for (auto& pr : params) pr.set(item.substr(0, eq), item.substr(eq + 1));
        if (mode == Mode::Off) mode = Mode::Trace;
      } else {
        std::fprintf(stderr,
                     "rpy JIT: RPY_JIT: unknown setting '%s' (off, trace, blackhole, blackhole-step, or NAME=VALUE of a JIT parameter)\n",
                     item.c_str());
      }
    }
  }
  portal_call_kinds_.clear();
  portal_calls_.clear();
  for (uint32_t i = 0; i < p->num_drivers; ++i) portal_call_kinds_.push_back(std::string("ii") + p->drivers[i].kinds);
  for (uint32_t i = 0; i < p->num_drivers; ++i)
    portal_calls_.push_back(
        CallDescr{call_portal_at_merge_point, portal_call_kinds_[i].c_str(), p->drivers[i].result_kinds, kCanRaise, "call_assembler", -1});
  enabled = mode != Mode::Off && p->num_drivers > 0;
  count_runs = log.enabled("jit-backend-counts");
  if (log.enabled("jit-summary") || log.enabled("jit-backend-counts")) std::atexit(at_exit);
}

static bool green_by_value(const DriverDescr* d, int k) { return d->green_values && d->green_values[k] == 's'; }

// A str green's contribution to its key's hash: its contents' (FNV-1a), None's 0.
static uint64_t str_green_hash(Word w) {
  const auto* s = reinterpret_cast<const rpy::Str*>(w);
  if (!s) return 0;
  uint64_t h = 0xcbf29ce484222325ull ^ static_cast<uint64_t>(s->len);
  for (int64_t i = 0; i < s->len; ++i) h = (h ^ static_cast<unsigned char>(s->data[i])) * 0x100000001b3ull;
  return h;
}

uint64_t WarmState::hash_greens(const DriverDescr* d, const Word* greens) const {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ driver_index(d);
  for (int i = 0; i < d->num_greens; ++i) {
    uint64_t g = green_by_value(d, i) ? str_green_hash(greens[i]) : greens[i];
    h ^= g + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdull;
  }
  return h ^ (h >> 29);
}

bool WarmState::same_greens(const DriverDescr* d, const Word* a, const Word* b) {
  for (int k = 0; k < d->num_greens; ++k)  // (a and b may be null when there are no greens)
    if (a[k] != b[k] &&
        !(green_by_value(d, k) && rpy::str_eq(reinterpret_cast<const rpy::Str*>(a[k]), reinterpret_cast<const rpy::Str*>(b[k]))))
      return false;
  return true;
}

JitCell* WarmState::lookup(const DriverDescr* d, const Word* greens, uint64_t hash, bool create) {
  JitCell*& head = cells_[hash & (kTableSize - 1)];
  for (JitCell* c = head; c; c = c->next)
    if (c->driver == d && c->hash == hash && same_greens(d, c->greens, greens)) return c;
  if (!create) return nullptr;
  auto* c = static_cast<JitCell*>(GC_MALLOC_UNCOLLECTABLE(sizeof(JitCell)));
  c->driver = d;
  c->hash = hash;
  c->greens = static_cast<Word*>(GC_MALLOC_UNCOLLECTABLE((d->num_greens ? d->num_greens : 1) * sizeof(Word)));
  if (d->num_greens) std::memcpy(c->greens, greens, d->num_greens * sizeof(Word));
  c->flags = 0;
  c->loop = nullptr;
  c->next = head;
  head = c;
  return c;
}

bool WarmState::tick(const DriverDescr* d, uint64_t hash) {
  static constexpr size_t kCounterWays = 4;
  const uint64_t tag = hash | 1;  // never 0
  const size_t base = (hash >> 7) & (kTableSize - 1);
  Counter* slot = nullptr;
  for (size_t k = 0; k < kCounterWays && !slot; ++k) {  // the key's own slot, else a free one
    Counter& c = counters_[(base + k) & (kTableSize - 1)];
    if (c.tag == tag || c.tag == 0) slot = &c;
  }
  if (!slot) {  // all taken by other keys: the least counted one starts over for this key
    slot = &counters_[base];
    for (size_t k = 1; k < kCounterWays; ++k) {
      Counter& c = counters_[(base + k) & (kTableSize - 1)];
      if (c.count < slot->count) slot = &c;
    }
  }
  if (slot->tag != tag) *slot = Counter{tag, 0};
  int64_t threshold = params[driver_index(d)].threshold;
  if (++slot->count < static_cast<uint64_t>(threshold > 0 ? threshold : 1)) return false;
  slot->count = 0;
  return true;
}

void WarmState::print_summary() {
  Log& log = Log::get();
  char buf[2048];
  std::snprintf(buf, sizeof buf,
                "Tracing:      \t%lld\t%f\n"
                "Backend:      \t%lld\t%f\n"
                "ops:             \t%lld\n"
                "recorded ops:    \t%lld\n"
                "  calls:         \t%lld\n"
                "guards:          \t%lld\n"
                "opt ops:         \t%lld\n"
                "opt guards:      \t%lld\n"
                "forcings:        \t0\n"
                "abort: trace too long:\t%lld\n"
                "abort: other:\t%lld\n"
                "Total # of loops:\t%lld\n"
                "Total # of bridges:\t%lld\n"
                "Freed # of loops:\t0\n"
                "Freed # of bridges:\t0\n",
                static_cast<long long>(stats.traces), stats.tracing_seconds, static_cast<long long>(loops.size()), stats.backend_seconds,
                static_cast<long long>(stats.recorded_ops), static_cast<long long>(stats.recorded_ops),
                static_cast<long long>(stats.recorded_calls), static_cast<long long>(stats.recorded_guards),
                static_cast<long long>(stats.opt_ops), static_cast<long long>(stats.opt_guards),
                static_cast<long long>(stats.aborts_too_long), static_cast<long long>(stats.aborts_other),
                static_cast<long long>(stats.loops), static_cast<long long>(stats.bridges));
  log.start("jit-summary");
  log.print(buf);
  log.stop("jit-summary");
}

void WarmState::print_backend_counts() {
  Log& log = Log::get();
  log.start("jit-backend-counts");
  for (CompiledLoop* l : loops)
    log.print((l->is_bridge ? "bridge " : "entry ") + std::to_string(l->number) + ":" + std::to_string(l->runs) + "\n");
  log.stop("jit-backend-counts");
}

int WarmState::count_and_trace(DriverDescr* d, Word* values, bool* traced) {
  *traced = false;
  if (tracing) return kGoOn;  // (compiled code run by a call the tracer makes: tracing is never nested)
  uint64_t h = hash_greens(d, values);
  JitCell* cell = lookup(d, values, h, false);
  if (cell && (cell->flags & (kCellTraced | kCellDontTrace | kCellTracing))) return kGoOn;
  if (!tick(d, h)) return kGoOn;
  *traced = true;
  cell = lookup(d, values, h, true);
  Tracer tracer(*this, d, cell);
  int status = tracer.run(values);
  if (status == kRaise) pending = tracer.exception();
  return status;
}

// check_frames: how many poisoned words follow each frame, and their value.
static constexpr size_t kFramePoisonWords = 16;
static constexpr Word kFramePoison = static_cast<Word>(0x5EA1ED0FF7A3E5EAull);

Word* WarmState::frame_at(size_t depth, size_t words) {
  if (depth >= frames_cap_) {
    size_t cap = frames_cap_ ? 2 * frames_cap_ : 8;
    auto** f = static_cast<Word**>(GC_MALLOC_UNCOLLECTABLE(cap * sizeof(Word*)));
    auto* sizes = static_cast<size_t*>(GC_MALLOC_ATOMIC_UNCOLLECTABLE(cap * sizeof(size_t)));
    for (size_t k = 0; k < cap; ++k) {
      f[k] = k < frames_cap_ ? frames_[k] : nullptr;
      sizes[k] = k < frames_cap_ ? frame_sizes_[k] : 0;
    }
    if (frames_) GC_FREE(frames_);
    if (frame_sizes_) GC_FREE(frame_sizes_);
    frames_ = f;
    frame_sizes_ = sizes;
    frames_cap_ = cap;
  }
  if (frame_sizes_[depth] < words) {  // (grown: the contents move along)
    size_t poison = check_frames ? kFramePoisonWords : 0;
    auto* block = static_cast<Word*>(GC_MALLOC((1 + words + poison) * sizeof(Word)));
    block[0] = static_cast<Word>(words);  // (read by the code on entry: frame[-1])
    for (size_t k = 0; k < poison; ++k) block[1 + words + k] = kFramePoison;
    if (frames_[depth]) {
      check_frame(depth);
      std::memcpy(block + 1, frames_[depth] + 1, frame_sizes_[depth] * sizeof(Word));
    }
    frames_[depth] = block;
    frame_sizes_[depth] = words;
  }
  return frames_[depth] + 1;
}

void WarmState::check_frame(size_t depth) const {
  if (!check_frames || depth >= frames_cap_ || !frames_[depth]) return;
  const Word* after = frames_[depth] + 1 + frame_sizes_[depth];
  for (size_t k = 0; k < kFramePoisonWords; ++k)
    if (after[k] != kFramePoison) {
      std::fprintf(stderr, "rpy JIT: internal error: machine code wrote past the frame of nesting level %zu (%zu words), at word %zu\n",
                   depth, frame_sizes_[depth], frame_sizes_[depth] + k);
      std::abort();
    }
}

// The code of a trace entered in a frame smaller than it needs (a bridge or loop compiled during
// a deeper nesting level, after this level's frame was sized): the frame of the level running it
// grows (docs/JIT.md 12.2). The code goes on with the new frame (its contents moved along).
Word* grow_running_frame(Word* frame, uint64_t words) {
  WarmState& ws = WarmState::get();
  for (size_t k = std::min(ws.depth_, ws.frames_cap_); k-- > 0;)
    if (ws.frames_[k] && ws.frames_[k] + 1 == frame) return ws.frame_at(k, static_cast<size_t>(words));
  std::fprintf(stderr, "rpy JIT: internal error: machine code runs in a frame of no nesting level (of %llu words, needs %llu)\n",
               static_cast<unsigned long long>(frame[-1]), static_cast<unsigned long long>(words));
  std::abort();
}

// A few words (reds, results): a loop the compiler keeps inline, where memcpy of a size known
// only at run time was a library call (18% of a recursive portal's time through call_assembler).
// (The empty asm keeps GCC from turning the loop back into that call.)
static inline void copy_words(Word* to, const Word* from, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    to[k] = from[k];
    __asm__ volatile("" ::: "memory");
  }
}

// How many bridges for one promoted value may follow each other (each from the guard_value of
// the one before, which failed for a new value) before the next is a generic one.
static constexpr uint32_t kValueBridgeChain = 4;

bool WarmState::enter_for_call(CompiledLoop* loop, DriverDescr* d, const Word* reds, Word* result, ExitDescr** exit) {
  size_t nr = d->num_reds, level = depth_;
  size_t words = std::max(static_cast<size_t>(frame_words_needed()), nr + 1);
  Word* frame = level < frames_cap_ && frame_sizes_[level] >= words ? frame_of(level) : frame_at(level, words);
  copy_words(frame, reds, nr);
  ++depth_;  // (the code may call the portal again: a deeper level's frame; it never throws)
  auto* e = reinterpret_cast<ExitDescr*>(loop->entry(frame));
  --depth_;
  frame = frame_of(level);  // (the code may have grown it)
  check_frame(level);
  if (e->finish && !e->loop->finish_greens[e->index]) {  // the portal returned: its result
    copy_words(result, frame, e->nvalues);
    return true;
  }
  *exit = e;
  return false;
}

int WarmState::run_compiled(CompiledLoop* loop, DriverDescr* d, Word* values, ExitDescr* taken) {
  int ng = d->num_greens, nr = d->num_reds;
  size_t level = depth_++;
  struct Leave {
    size_t& depth;
    ~Leave() { --depth; }
  } leave{depth_};
  Word* frame = nullptr;
  auto ensure = [&]() {  // big enough for every compiled loop
    size_t words = std::max(static_cast<size_t>(frame_words_needed()), static_cast<size_t>(nr) + 1);
    frame = level < frames_cap_ && frame_sizes_[level] >= words ? frame_of(level) : frame_at(level, words);
  };
  ensure();
  if (!taken) copy_words(frame, values + ng, nr);  // (else: enter_for_call ran the code in this frame)
  const int64_t eagerness = params[driver_index(d)].trace_eagerness;
  CompiledLoop* code = loop;
  for (;;) {
    // The code runs, from trace to trace, until an exit that has no code of its own.
    ensure();
    auto* exit = taken ? taken : reinterpret_cast<ExitDescr*>(code->entry(frame));
    frame = frame_of(level);  // (the code may have grown it)
    check_frame(level);
    taken = nullptr;
    code = exit->loop;
    int status;
    if (exit->finish) {  // a bridge reached a merge point without code (when it was compiled)
      size_t n = exit->index;
      if (!code->finish_greens[n]) {  // the portal returned: its result words
        copy_words(values, frame, exit->nvalues);
        return kReturn;
      }
      if (ng) std::memcpy(values, code->finish_greens[n], static_cast<size_t>(ng) * sizeof(Word));
      std::memcpy(values + ng, frame, static_cast<size_t>(nr) * sizeof(Word));
      JitCell* cell = lookup(d, values, hash_greens(d, values), false);
      if (cell && cell->loop) {  // it has code now: the frame holds its reds
        attach_exit(exit, cell->loop);
        code = cell->loop;
        continue;
      }
    } else {
      GuardInfo& g = code->guards[exit->index];
      ++g.failures;
      bool hot = static_cast<int64_t>(g.failures) >= eagerness, generic = false;
      if (g.value_index >= 0) {
        // A guard_value counts its failures per value, as RPython does: a bridge for a value that
        // keeps coming (trace_eagerness failures in a row). Values that change every few
        // iterations never get one; after twice that many failures in all, a generic bridge that
        // leaves the value unpromoted bounds their cost.
        Word v = frame[g.value_index];
        if (g.failures == 1 || v != g.last_value) {
          g.last_value = v;
          g.same_value = 0;
        }
        ++g.same_value;
        if (g.value_depth >= kValueBridgeChain) {  // a bridge per value already, kValueBridgeChain times over
          generic = true;
        } else {
          generic = static_cast<int64_t>(g.same_value) < eagerness;
          hot = !generic || static_cast<int64_t>(g.failures) >= 2 * eagerness;
        }
      }
      if (hot && !g.exception && !g.no_bridge && !tracing) {
        Tracer tracer(*this, d, nullptr);
        status = tracer.run_bridge(code, exit->index, frame, values, generic);
        if (status == kRaise) pending = tracer.exception();
      } else {
        BaseException* exc = nullptr;
        status = resume_from_guard(code, exit->index, frame, values, &exc);
        if (status == kRaise) pending = exc;
      }
      if (status != kReenter) return status;
    }
    // At a merge point again: code for it, or counting towards tracing it.
    JitCell* cell = lookup(d, values, hash_greens(d, values), false);
    if (!cell || !cell->loop) {
      bool traced = false;
      status = count_and_trace(d, values, &traced);
      if (!traced) return kReenter;
      if (status != kReenter) return status;
      cell = lookup(d, values, hash_greens(d, values), false);
      if (!cell || !cell->loop) return kReenter;
    }
    code = cell->loop;
    ensure();
    copy_words(frame, values + ng, nr);
  }
}

// ---------------------------------------------------------------- the protocol

// Runs the portal of d from its merge point (values: the greens and reds) until it returns
// (kReturn, its result in values) or raises (kRaise, g_pending): compiled code, tracing and
// counting as at any merge point, and the blackhole from one merge point to the next where none
// of them ran (the compiled portal cannot be entered in the middle).
// (taken: an exit of cell's loop already taken by enter_for_call, from which its runner goes on.)
static int run_from_merge_point(DriverDescr* d, Word* values, JitCell* cell, ExitDescr* taken) {
  WarmState& ws = WarmState::get();
  for (;;) {
    int status;
    if (!cell && ws.tracing && ws.mode == Mode::Trace) cell = ws.lookup(d, values, ws.hash_greens(d, values), false);
    if (cell && cell->loop && ws.mode == Mode::Trace) {  // (also while a trace records this call: no tracing in there)
      status = ws.run_compiled(cell->loop, d, values, taken);
      if (status == kRaise) {
        g_pending = ws.pending;
        ws.pending = nullptr;
      }
    } else {
      status = merge_point(d, values);
    }
    cell = nullptr;
    taken = nullptr;
    if (status == kReturn || status == kRaise) return status;
    Blackhole bh(ws.program);
    status = bh.run_portal(d, values, true);
    if (status == kRaise) {
      g_pending = bh.exception();
      return kRaise;
    }
    if (status == kReturn) return kReturn;
  }
}

// The rest of a call_portal_at_merge_point whose callee code left by `exit` (or was not entered:
// null): the runner goes on from there. With an exit, a's reds are not read (run_compiled goes on
// from the exit's frame), and machine code's call_assembler leaves them unstored (portal_call).
static void finish_portal_call(DriverDescr* d, JitCell* cell, const Word* a, Word* r, ExitDescr* exit) {
  Word values[64];
  copy_words(values, a + 2, size_t{d->num_greens} + d->num_reds);
  if (run_from_merge_point(d, values, cell, exit) == kRaise) reraise_pending();
  if (d->result_kind != 'v') r[0] = values[0];  // (one word: a tuple result is not called this way)
}

void call_portal_at_merge_point(const Word* a, Word* r) {
  rpy::check_stack();  // (the callee's code may call the portal again, without the portal's own check)
  WarmState& ws = WarmState::get();
  DriverDescr* d = &ws.program->drivers[a[0]];
  auto* cell = reinterpret_cast<JitCell*>(a[1]);
  ExitDescr* exit = nullptr;
  if (cell && cell->loop && ws.mode == Mode::Trace) {  // the key's loop, entered at once
    Word result[1];
    if (ws.enter_for_call(cell->loop, d, a + 2 + d->num_greens, result, &exit)) {
      if (d->result_kind != 'v') r[0] = result[0];
      return;
    }
    // (another exit: the runner goes on from it, as from any exit of the loop)
  }
  finish_portal_call(d, cell, a, r, exit);
}

void call_portal_after_exit(const Word* a, Word* r) {
  WarmState& ws = WarmState::get();
  finish_portal_call(&ws.program->drivers[a[0]], reinterpret_cast<JitCell*>(a[1]), a, r, reinterpret_cast<ExitDescr*>(r[1]));
}

uint64_t check_call_frame(uint64_t exit) {
  WarmState& ws = WarmState::get();
  ws.check_frame(ws.depth_);
  return exit;
}

void register_program(Program* p) { WarmState::get().init(p); }

int merge_point(DriverDescr* d, Word* values) {
  WarmState& ws = WarmState::get();
  if (ws.mode == Mode::Blackhole || ws.mode == Mode::BlackholeStep) {
    Blackhole bh(ws.program);
    int status = bh.run_portal(d, values, ws.mode == Mode::BlackholeStep);
    if (status == kRaise) g_pending = bh.exception();
    return status;
  }
  if (ws.tracing) return kGoOn;  // a merge point inside a residual call of the tracer: count later
  JitCell* cell = ws.lookup(d, values, ws.hash_greens(d, values), false);
  int status;
  if (cell && cell->loop) {
    status = ws.run_compiled(cell->loop, d, values);
  } else {
    bool traced = false;
    status = ws.count_and_trace(d, values, &traced);
    if (traced && status == kReenter) {  // a loop closed here: run it
      cell = ws.lookup(d, values, ws.hash_greens(d, values), false);
      if (cell && cell->loop) status = ws.run_compiled(cell->loop, d, values);
    }
  }
  if (status == kRaise) {
    g_pending = ws.pending;
    ws.pending = nullptr;
  }
  return status;
}

static void set_param_text(int driver, rpy::Str* name, const std::string& value) {
  WarmState& ws = WarmState::get();
  std::string n(name->data, static_cast<size_t>(name->len));
  for (size_t i = 0; i < ws.params.size(); ++i)
    if (driver < 0 || static_cast<size_t>(driver) == i) ws.params[i].set(n, value);
}

void set_param(int driver, rpy::Str* name, int64_t value) { set_param_text(driver, name, std::to_string(value)); }

void set_param_str(int driver, rpy::Str* name, rpy::Str* value) {
  set_param_text(driver, name, value ? std::string(value->data, static_cast<size_t>(value->len)) : std::string());
}

void reraise_pending() {
  BaseException* e = g_pending;
  g_pending = nullptr;
  e->raise_self();
  __builtin_unreachable();
}

}  // namespace rpy::jit
