// The meta-interpreter (docs/JIT.md 7): the jitcode instructions on boxes (a concrete word and
// the trace value it is), recording trace operations.
#include "jit/tracer.hpp"

#include <algorithm>
#include <gc/gc.h>

#include <chrono>
#include <cstdio>
#include <cstring>

#include "jit/backend.hpp"
#include "jit/blackhole.hpp"
#include "jit/log.hpp"
#include "jit/optimizer.hpp"
#include "jit/semantics.hpp"

namespace rpy::jit {

// The fields of the runtime's structures that traces read (rpy::List's length and items).
const FieldDescr kListLenField = {static_cast<uint32_t>(offsetof(AnyList, len)), 8, kInt, true, "List.len", 0};
static const FieldDescr kListItems = {static_cast<uint32_t>(offsetof(AnyList, items)), 8, kRef, false, "List.items", 0};
// A bytearray's length is read with kListLenField (the same offset: one descr for both, so the
// bounds pass sees a length); its bytes array, fixed once made, and the bytes in it.
static_assert(offsetof(rpy::ByteArray, len) == offsetof(AnyList, len), "a bytearray's length where a list's is");
static const FieldDescr kByteArrayData = {static_cast<uint32_t>(offsetof(rpy::ByteArray, data)), 8, kRef, false, "ByteArray.data", 0};
static const ListDescr kByteArrayItems = {1, kInt, false, "bytearray"};

static constexpr size_t kMaxDepth = 100000;

// The tracer maps jitcode operations to trace operations by offset within these families.
static_assert(OP_int_ge - OP_int_add == ROP_int_ge - ROP_int_add, "int operations in the same order");
static_assert(OP_float_mod - OP_float_add == ROP_float_mod - ROP_float_add, "float operations in the same order");
static_assert(OP_float_ge - OP_float_lt == ROP_float_ge - ROP_float_lt, "float comparisons in the same order");
static_assert(ROP_getfield_gc_f - ROP_getfield_gc_i == kFloat && ROP_getarrayitem_gc_f - ROP_getarrayitem_gc_i == kFloat,
              "memory reads by kind");
static_assert(ROP_call_n - ROP_call_i == kVoid && ROP_call_pure_n - ROP_call_pure_i == kVoid, "calls by result kind");

Tracer::Tracer(WarmState& ws, DriverDescr* d, JitCell* cell) : ws_(ws), prog_(ws.program), d_(d), cell_(cell) {}

Tracer::~Tracer() {
  while (!frames_.empty()) pop_frame();
}

// A call's callee gets a new frame whose argument registers are the caller's registers the call
// lists (from pc + 3: for each kind, a count and that many register numbers). Returns the
// caller's frame, which push_frame may have moved.
Tracer::Frame* Tracer::enter_callee(uint16_t callee, const uint8_t* code, uint32_t pc) {
  push_frame(callee);
  Frame* f = &frames_[frames_.size() - 2];
  Frame& c = frames_.back();
  uint32_t at = pc + 3;
  for (int k = 0; k < 3; ++k) {
    uint8_t cnt = code[at++];
    for (uint8_t i = 0; i < cnt; ++i, at += 2) {
      uint16_t r = rd16(code + at);
      c.regs[k][i] = f->regs[k][r];
      c.box(k, i) = f->box(k, r);
    }
  }
  c.pc = 0;
  return f;
}

void Tracer::push_frame(uint16_t index) {
  if (frames_.size() >= kMaxDepth) rpy::raise_recursion_error();
  const JitCode* code = &prog_->codes[index];
  size_t n[3], total = 0;
  for (int k = 0; k < 3; ++k) {
    n[k] = size_t{code->num_regs[k]} + code->num_consts[k];
    total += n[k];
  }
  Word* block = register_stack().push(total ? total : 1);
  Frame f{code, index, 0, {block, block + n[0], block + n[0] + n[1]}, total ? total : 1, {}, {0, n[0], n[0] + n[1]}, 0, TraceRef{}};
  f.boxes.resize(total);
  for (int k = 0; k < 3; ++k) {
    for (uint16_t r = 0; r < code->num_regs[k]; ++r) f.box(k, r) = konst(static_cast<Kind>(k), 0);
    for (uint16_t c = 0; c < code->num_consts[k]; ++c) {
      Word v = code->consts[k][c];
      f.regs[k][code->num_regs[k] + c] = v;
      f.box(k, static_cast<uint16_t>(code->num_regs[k] + c)) = konst(static_cast<Kind>(k), v);
    }
  }
  frames_.push_back(std::move(f));
}

void Tracer::pop_frame() {
  size_t depth = frames_.size() - 1;
  std::erase_if(scoped_news_, [&](const std::pair<uint32_t, size_t>& s) { return s.second >= depth; });
  Frame& f = frames_.back();
  register_stack().pop(f.regs[0], f.nwords);
  frames_.pop_back();
}

TraceRef Tracer::record(int rop, std::vector<TraceRef> args, DescrKind dk, const void* descr) {
  ResOp op;
  op.opnum = static_cast<uint8_t>(rop);
  op.kind = rop_result(rop);
  op.dkind = dk;
  op.descr = descr;
  op.args = std::move(args);
  trace_.ops.push_back(std::move(op));
  ++ws_.stats.recorded_ops;
  if (rop_is_call(rop)) ++ws_.stats.recorded_calls;
  return TraceRef::op(static_cast<uint32_t>(trace_.ops.size() - 1));
}

TraceRef Tracer::fold_or_record(int rop, Kind k, Word result, std::vector<TraceRef> args) {
  bool all_const = std::all_of(args.begin(), args.end(), [](TraceRef r) { return r.is_const(); });
  if (all_const && rop_is_pure(rop)) return konst(k, result);
  return record(rop, std::move(args));
}

TraceRef Tracer::guard(int rop, std::vector<TraceRef> args) {
  Snapshot s;
  for (Frame& f : frames_) {
    Snapshot::Frame sf{f.index, f.pc, static_cast<uint32_t>(s.boxes.size()), 0};
    if (const LiveEntry* le = find_live(f.code, f.pc)) {
      const uint16_t* counts = f.code->live_regs + le->at;
      const uint16_t* regs = counts + 3;
      for (int k = 0; k < 3; ++k)
        for (uint16_t i = 0; i < counts[k]; ++i) s.boxes.push_back(f.box(k, *regs++));
    } else {  // not a resume point the codewriter knows: keep every register
      for (int k = 0; k < 3; ++k)
        for (uint16_t r = 0; r < f.code->num_regs[k]; ++r) s.boxes.push_back(f.box(k, r));
    }
    sf.count = static_cast<uint32_t>(s.boxes.size()) - sf.first;
    s.frames.push_back(sf);
  }
  trace_.snapshots.push_back(std::move(s));
  TraceRef g = record(rop, std::move(args), DescrKind::Guard);
  trace_.ops[g.index()].snapshot = static_cast<int32_t>(trace_.snapshots.size() - 1);
  ++ws_.stats.recorded_guards;
  return g;
}

bool Tracer::catch_in_frame(BaseException* e, TraceRef box) {
  Frame& f = frames_.back();
  for (uint16_t i = 0; i < f.code->num_handlers; ++i) {
    const Handler& h = f.code->handlers[i];
    if (h.start <= f.pc && f.pc < h.end) {
      f.pc = h.handler;
      f.handled = w(e);
      f.handled_box = box;
      return true;
    }
  }
  return false;
}

// str == str of a promoted str and its value while tracing (elidable, cannot raise).
static void str_green_equal(const Word* a, Word* r) {
  r[0] = rpy::str_eq(reinterpret_cast<const rpy::Str*>(a[0]), reinterpret_cast<const rpy::Str*>(a[1])) ? 1 : 0;
}
static const CallDescr kStrGreenEqual{str_green_equal, "rr", "i", kElidable, "str ==", -1};

// Green k of the top frame at a merge point becomes a constant of the trace (7.2): a
// guard_value on its word or, for a str green (compared by value: DriverDescr::green_values),
// a guard on the equality of its contents with the current value's, as RPython's
// str_guard_value does; then its register holds that constant, which it returns.
TraceRef Tracer::promote_green(int k) {
  return promote_box(kind_of_char(d_->kinds[k]), d_->regs[k], d_->green_values && d_->green_values[k] == 's');
}

// Register reg (of kind) of the top frame becomes a constant: guard_value, or for a str
// (by_value) a guard on its contents.
TraceRef Tracer::promote_box(int kind, uint16_t reg, bool by_value) {
  TraceRef b = frames_.back().box(kind, reg);
  if (b.is_const()) return b;
  TraceRef c = konst(static_cast<Kind>(kind), frames_.back().regs[kind][reg]);
  if (by_value) {
    TraceRef fn = konst(kInt, reinterpret_cast<Word>(kStrGreenEqual.fn));
    trace_.const_names[fn.index()] = kStrGreenEqual.name;
    guard(ROP_guard_true, {record(ROP_call_pure_i, {fn, b, c}, DescrKind::Call, &kStrGreenEqual)});
  } else
    guard(ROP_guard_value, {b, c});
  frames_.back().box(kind, reg) = c;
  return c;
}

void Tracer::guard_true(TraceRef cond, bool value) {
  if (cond.is_const()) return;
  guard(value ? ROP_guard_true : ROP_guard_false, {cond});
}

std::string Tracer::location_text(const Word* greens) {
  if (d_->printable_location) {
    const CallDescr& cd = *d_->printable_location;
    Word res[4] = {0, 0, 0, 0};
    try {
      cd.fn(greens, res);
      if (cd.result_kinds[0] == 'r' && res[0]) {
        auto* s = unw<rpy::Str*>(res[0]);
        return std::string(s->data, static_cast<size_t>(s->len));
      }
      if (cd.result_kinds[0] == 'i') return std::string(1, static_cast<char>(res[0]));
    } catch (BaseException*) {
      return "<get_printable_location raised>";
    }
  }
  std::string s;
  for (int i = 0; i < d_->num_greens; ++i) {
    s += (i ? " " : "") + std::string(d_->names[i]) + "=";
    s += d_->kinds[i] == 'i' ? std::to_string(static_cast<int64_t>(greens[i])) : std::string("<ref>");
  }
  return s;
}

void Tracer::log_trace(const char* section) {
  Log& log = Log::get();
  if (!log.enabled(section)) return;
  log.start(section);
  log.print("# Loop " + std::to_string(loop_number_) + " (" + location_text(start_greens_.data()) + ") : noopt with " +
            std::to_string(trace_.ops.size()) + " ops\n");
  log.print(format_trace(trace_, merge_texts_, ws_.stats.guard_numbers));
  log.stop(section);
}

void Tracer::log_optimized() {
  const char* section = bridge_of_ ? "jit-log-opt-bridge" : "jit-log-opt-loop";
  Log& log = Log::get();
  if (!log.enabled(section)) return;
  std::string head;
  if (bridge_of_) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "# bridge out of Guard 0x%x with %zu ops\n",
                  static_cast<unsigned>(bridge_of_->first_guard_number + static_cast<int>(bridge_guard_)), trace_.ops.size());
    head = buf;
  } else {
    head = "# Loop " + std::to_string(loop_number_) + " (" + location_text(start_greens_.data()) + ") : loop with " +
           std::to_string(trace_.ops.size()) + " ops\n";
  }
  log.start(section);
  log.print(head);
  // the optimized trace's debug_merge_points keep their texts: renumber them in order
  std::unordered_map<size_t, std::string> texts;
  std::vector<std::pair<size_t, std::string>> sorted(merge_texts_.begin(), merge_texts_.end());
  std::sort(sorted.begin(), sorted.end());
  size_t next = 0;  // (a peeled loop has them twice: the preamble's, then the loop's)
  for (size_t i = 0; i < trace_.ops.size() && !sorted.empty(); ++i)
    if (trace_.ops[i].opnum == ROP_debug_merge_point) texts[i] = sorted[next++ % sorted.size()].second;
  log.print(format_trace(trace_, texts, ws_.stats.guard_numbers));
  log.stop(section);
}

void Tracer::abort(const char* reason) { abort_reason_ = reason; }

int Tracer::finish_in_blackhole(Word* values, BaseException* pending) {
  // The frames' registers are in the register stack, which the GC scans; the exceptions their
  // except clauses handle are only in frames_ and states (malloc'ed, not scanned) and in the
  // blackhole's frames: a block the GC scans keeps them alive while the blackhole allocates its
  // frames, until each clause's last_exception has read its exception into a register.
  struct Roots {
    Word* block;
    ~Roots() { GC_FREE(block); }
  } roots{static_cast<Word*>(GC_MALLOC_UNCOLLECTABLE((frames_.size() + 1) * sizeof(Word)))};
  std::vector<Blackhole::FrameState> states;
  for (Frame& f : frames_) {  // (a trace abandoned at an except clause's start: its exception goes along)
    roots.block[states.size()] = f.handled;
    states.push_back({f.code, f.pc, {f.regs[0], f.regs[1], f.regs[2]}, rpy::jit::unw<BaseException*>(f.handled)});
  }
  Blackhole bh(prog_);
  int status = bh.resume(d_, states, pending, values, true);
  if (status == kRaise) exc_ = bh.exception();
  return status;
}

int Tracer::run(Word* values) {
  auto t0 = std::chrono::steady_clock::now();
  wants_texts_ = Log::get().enabled("jit-log-noopt-loop") || Log::get().enabled("jit-log-opt-loop");  // (the optimizer keeps them)
  ws_.tracing = true;
  cell_->flags |= kCellTracing;
  loop_number_ = static_cast<int>(ws_.stats.traces++);
  push_frame(d_->portal);
  Frame& f = frames_[0];
  int ng = d_->num_greens, n = d_->num_greens + d_->num_reds;
  std::vector<TraceRef> reds;
  for (int k = 0; k < n; ++k) {
    int kind = kind_of_char(d_->kinds[k]);
    f.regs[kind][d_->regs[k]] = values[k];
    TraceRef b = k < ng ? konst(static_cast<Kind>(kind), values[k]) : trace_.add_input(static_cast<Kind>(kind));
    f.box(kind, d_->regs[k]) = b;
    if (k >= ng) reds.push_back(b);
  }
  start_greens_.assign(values, values + ng);
  f.pc = d_->after_pc;
  record(ROP_label, reds, DescrKind::Target, reinterpret_cast<const void*>(static_cast<intptr_t>(loop_number_)));
  std::vector<TraceRef> dmp = {konst(kInt, ws_.driver_index(d_)), konst(kInt, 0)};
  for (int k = 0; k < ng; ++k) dmp.push_back(konst(static_cast<Kind>(kind_of_char(d_->kinds[k])), values[k]));
  if (wants_texts_) merge_texts_[trace_.ops.size()] = location_text(values);
  record(ROP_debug_merge_point, dmp);

  BaseException* pending = nullptr;
  End end;
  try {
    end = interpret(values);
  } catch (BaseException* e) {  // the interpreter's code raised: the blackhole takes the exception over
    pending = e;
    abort_reason_ = "an exception is raised";
    end = End::Abort;
  }
  int status = conclude(end, pending, values);
  ws_.stats.tracing_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return status;
}

int Tracer::conclude(End end, BaseException* pending, Word* values) {
  ws_.tracing = false;
  if (cell_) cell_->flags &= static_cast<uint8_t>(~kCellTracing);
  int guards_in_trace = static_cast<int>(trace_.num_guards());  // (the trace moves to the backend)
  int status = kReenter;
  switch (end) {
    case End::Returned:  // compiled like a closed trace; the portal's result is in values
      status = kReturn;
      [[fallthrough]];
    case End::Closed: {
      if (bridge_of_) {
        ++ws_.stats.bridges;
        GuardInfo& g = bridge_of_->guards[bridge_guard_];
        Log& log = Log::get();
        if (log.enabled("jit-log-noopt-bridge")) {
          char head[96];
          std::snprintf(head, sizeof head, "# bridge out of Guard 0x%x with %zu ops\n",
                        static_cast<unsigned>(bridge_of_->first_guard_number + static_cast<int>(bridge_guard_)), trace_.ops.size());
          log.start("jit-log-noopt-bridge");
          log.print(head);
          log.print(format_trace(trace_, merge_texts_, ws_.stats.guard_numbers));
          log.stop("jit-log-noopt-bridge");
        }
        g.no_bridge = true;  // one attempt per guard
      } else {
        ++ws_.stats.loops;
        cell_->flags |= kCellTraced;
        log_trace("jit-log-noopt-loop");
      }
      if (!backend_available()) break;
      OptResult opt = optimize(trace_, OptOptions::from(ws_.params[ws_.driver_index(d_)].enable_opts));
      ws_.stats.opt_ops += static_cast<int64_t>(opt.ops_after);
      ws_.stats.opt_guards += static_cast<int64_t>(opt.guards_after);
      // (a peeled loop may have more guards than it recorded: numbers stay unique)
      guards_in_trace = std::max(guards_in_trace, static_cast<int>(opt.guards_after));
      log_optimized();
      auto c0 = std::chrono::steady_clock::now();
      std::string error;
      std::vector<CompiledLoop*> others;
      if (target_) others.push_back(target_);
      CompiledLoop* loop = compile_loop(std::move(trace_), d_, loop_number_, others, &error);
      ws_.stats.backend_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - c0).count();
      if (!loop) {
        ++ws_.stats.backend_failures;
        Log& log = Log::get();
        if (log.enabled("jit-abort")) {
          log.start("jit-abort");
          log.print("~~~ BACKEND FAILED: " + error + "\n");
          log.stop("jit-abort");
        }
        break;
      }
      loop->first_guard_number = ws_.stats.guard_numbers;
      if (end == End::Returned) {
        loop->finish_greens.push_back(nullptr);  // its finish returns from the portal
      } else if (!finish_greens_.empty() || (bridge_of_ && !target_)) {
        auto* g = static_cast<Word*>(GC_MALLOC_UNCOLLECTABLE((finish_greens_.size() + 1) * sizeof(Word)));
        if (!finish_greens_.empty()) std::memcpy(g, finish_greens_.data(), finish_greens_.size() * sizeof(Word));
        loop->finish_greens.push_back(g);
      }
      mark_portal_returns(loop);
      if (bridge_of_) {
        loop->is_bridge = true;
        const GuardInfo& from = bridge_of_->guards[bridge_guard_];
        if (from.value_index >= 0 && !has_unpromoted_)  // a bridge for one value: its guard_values follow in the chain
          for (GuardInfo& g : loop->guards)
            if (g.value_index >= 0) g.value_depth = from.value_depth + 1;
        bridge_of_->guards[bridge_guard_].bridge = loop;
        attach_exit(&bridge_of_->exits[bridge_guard_], loop);  // the guard jumps to it from now on
      } else {
        loop->greens = static_cast<Word*>(GC_MALLOC_UNCOLLECTABLE((start_greens_.size() + 1) * sizeof(Word)));
        if (!start_greens_.empty()) std::memcpy(loop->greens, start_greens_.data(), start_greens_.size() * sizeof(Word));
        cell_->loop = loop;
      }
      ws_.loops.push_back(loop);
      break;
    }
    case End::Abort: {
      if (abort_reason_ == "trace too long")
        ++ws_.stats.aborts_too_long;
      else
        ++ws_.stats.aborts_other;
      if (cell_ && !soft_abort_) cell_->flags |= kCellDontTrace;
      if (bridge_of_ && !soft_abort_) bridge_of_->guards[bridge_guard_].no_bridge = true;
      Log& log = Log::get();
      if (log.enabled("jit-abort")) {
        log.start("jit-abort");
        std::string where = bridge_of_ ? "a bridge" : location_text(start_greens_.data());
        log.print("~~~ ABORTING TRACING: " + abort_reason_ + " (" + where + ", " + std::to_string(trace_.ops.size()) + " ops)\n");
        log.stop("jit-abort");
      }
      ws_.stats.guard_numbers += static_cast<int>(trace_.num_guards());
      if (end == End::Abort) status = finish_in_blackhole(values, pending);
      break;
    }
  }
  if (end != End::Abort) ws_.stats.guard_numbers += guards_in_trace;
  return status;
}

int Tracer::run_bridge(CompiledLoop* loop, uint32_t gi, const Word* deadframe, Word* values, bool generic) {
  auto t0 = std::chrono::steady_clock::now();
  wants_texts_ = Log::get().enabled("jit-log-noopt-bridge") || Log::get().enabled("jit-log-opt-bridge");
  ws_.tracing = true;
  bridge_of_ = loop;
  bridge_guard_ = gi;
  loop_number_ = static_cast<int>(ws_.stats.traces++);
  const GuardInfo& g = loop->guards[gi];
  const Trace& lt = loop->trace;
  const Snapshot& s = lt.snapshots[g.snapshot];
  // The bridge's inputs: the guard's fail values, in order.
  std::vector<TraceRef> inputs;
  for (const TraceRef& r : g.fail_refs) inputs.push_back(trace_.add_input(lt.kind_of(r)));
  if (generic && g.value_index >= 0) {
    unpromoted_ = inputs[static_cast<size_t>(g.value_index)];
    has_unpromoted_ = true;
  }
  // The guard's virtual objects (11.3): allocated now, and recorded as the bridge's first
  // operations (its optimizer removes them again unless they escape). Their words are in a
  // block the GC scans until the frames hold them.
  struct Objects {
    Word* block;
    ~Objects() { GC_FREE(block); }
  } objects{static_cast<Word*>(GC_MALLOC_UNCOLLECTABLE((s.virtuals.size() + 1) * sizeof(Word)))};
  std::vector<TraceRef> virtual_boxes;
  for (const Snapshot::Virtual& v : s.virtuals) {
    Word obj = reinterpret_cast<Word>(v.cls->alloc());
    objects.block[virtual_boxes.size()] = obj;
    virtual_boxes.push_back(record_new(*v.cls, obj));
  }
  auto value_of = [&](TraceRef r, Kind k, Word* word) -> TraceRef {
    if (r.is_const()) {
      *word = lt.const_value(r);
      return konst(k, *word);
    }
    if (r.is_virtual()) {
      *word = objects.block[r.index()];
      return virtual_boxes[r.index()];
    }
    size_t j = static_cast<size_t>(std::find(g.fail_refs.begin(), g.fail_refs.end(), r) - g.fail_refs.begin());
    *word = deadframe[j];
    return inputs[j];
  };
  for (size_t k = 0; k < s.virtuals.size(); ++k)
    for (const Snapshot::Field& fd : s.virtuals[k].fields) {
      Word value;
      TraceRef bv = value_of(fd.value, fd.descr->kind, &value);
      char* p = reinterpret_cast<char*>(objects.block[k]) + fd.descr->offset;
      if (fd.descr->kind == kInt)
        store_int(p, fd.descr->size, value);
      else
        *reinterpret_cast<Word*>(p) = value;
      record(ROP_setfield_gc, {virtual_boxes[k], bv}, DescrKind::Field, fd.descr);
    }
  for (const Snapshot::Write& wr : s.pending) {  // the field writes the loop delayed past the guard
    Word obj, value;
    TraceRef bo = value_of(wr.obj, kRef, &obj), bv = value_of(wr.value, wr.descr->kind, &value);
    char* p = reinterpret_cast<char*>(obj) + wr.descr->offset;
    if (wr.descr->kind == kInt)
      store_int(p, wr.descr->size, value);
    else
      *reinterpret_cast<Word*>(p) = value;
    record(ROP_setfield_gc, {bo, bv}, DescrKind::Field, wr.descr);
  }
  for (const Snapshot::Frame& sf : s.frames) {
    push_frame(sf.code);
    Frame& f = frames_.back();
    f.pc = sf.pc;
    uint32_t b = sf.first;
    auto fill = [&](int k, uint16_t reg) {
      Word word;
      f.box(k, reg) = value_of(s.boxes[b++], static_cast<Kind>(k), &word);
      f.regs[k][reg] = word;
    };
    if (const LiveEntry* le = find_live(f.code, sf.pc)) {
      const uint16_t* counts = f.code->live_regs + le->at;
      const uint16_t* r = counts + 3;
      for (int k = 0; k < 3; ++k)
        for (uint16_t i = 0; i < counts[k]; ++i) fill(k, *r++);
    } else {
      for (int k = 0; k < 3; ++k)
        for (uint16_t r = 0; r < f.code->num_regs[k]; ++r) fill(k, r);
    }
  }
  BaseException* pending = nullptr;
  End end;
  try {
    end = interpret(values);
  } catch (BaseException* e) {
    pending = e;
    abort_reason_ = "an exception is raised";
    end = End::Abort;
  }
  int status = conclude(end, pending, values);
  ws_.stats.tracing_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return status;
}

// A residual call of the top frame's call instruction at pc (its result register at q), made
// now and recorded (6.5, 7.2); an exception that no handler of this frame catches propagates.
void Tracer::residual_call(const CallDescr& cd, const Word* args, std::vector<TraceRef> boxes, bool all_const, uint32_t pc, uint32_t q) {
  Frame* f = &frames_.back();
  const uint8_t* code = f->code->code;
  Word res[32] = {0};
  TraceRef fn = konst(kInt, reinterpret_cast<Word>(cd.fn));
  trace_.const_names[fn.index()] = cd.name;
  boxes.insert(boxes.begin(), fn);
  int rk = cd.result_kinds[0] ? kind_of_char(cd.result_kinds[0]) : kVoid;
  try {
    cd.fn(args, res);
  } catch (BaseException* e) {
    // Caught in this frame: the trace records the call and that it raised this class, and
    // goes on in the handler. Otherwise the blackhole continues from this call.
    bool here = false;
    for (uint16_t h = 0; h < f->code->num_handlers && !here; ++h) here = f->code->handlers[h].start <= pc && pc < f->code->handlers[h].end;
    if (!here || (cd.flags & kElidable) || !(cd.flags & kCanRaise)) throw;
    TraceRef call = record(ROP_call_i + (rk == kVoid ? 3 : rk), boxes, DescrKind::Call, &cd);
    Word vtable = *reinterpret_cast<const Word*>(e);
    TraceRef exc = guard(ROP_guard_exception, {konst(kInt, vtable)});
    f = &frames_.back();
    if (rk != kVoid) {  // for a resume where the call returned after all
      Snapshot& s = trace_.snapshots.back();
      s.call_result = call;
      s.call_result_kind = static_cast<int8_t>(rk);
      s.call_result_reg = rd16(code + q);
    }
    known_class_[exc.bits] = vtable;
    catch_in_frame(e, exc);
    return;
  }
  TraceRef result;
  if ((cd.flags & (kElidable | kFoldable)) && all_const) {
    if (rk != kVoid) result = konst(static_cast<Kind>(rk), res[0]);
  } else {
    int base = (cd.flags & kElidable) ? ROP_call_pure_i : ROP_call_i;
    result = record(base + (rk == kVoid ? 3 : rk), boxes, DescrKind::Call, &cd);
    if (!(cd.flags & kElidable) && (cd.flags & kCanRaise)) guard(ROP_guard_no_exception, {});
  }
  if (rk != kVoid) {
    uint16_t r = rd16(code + q);
    f->regs[rk][r] = res[0];
    f->box(rk, r) = result;
  }
  f->pc = rk != kVoid ? q + 2 : q;
}

// new_with_vtable of obj, an instance of cd just allocated. Its class is known: a method call on
// it needs no guard_class. The class's vtable is noted in cd (ClassDescr::vtable): allocation
// removal drops a guard_class of a virtual object, which always comes from one of these.
TraceRef Tracer::record_new(const ClassDescr& cd, Word obj) {
  TraceRef r = record(ROP_new_with_vtable, {}, DescrKind::Class, &cd);
  Word vtable = *reinterpret_cast<const Word*>(obj);
  known_class_[r.bits] = vtable;
  if (!cd.vtable) cd.vtable = reinterpret_cast<const void*>(vtable);
  return r;
}

// A new_list_scoped list stored into a field of a new_scoped object: the list is reachable only
// through it (docs/JIT.md 16, invariant O1), so its life ends with its owner's (Trace::scope_end),
// and allocation removal may build it in the machine frame too.
void Tracer::own_scoped_list(TraceRef owner, TraceRef list) {
  if (list.tag() != TraceRef::kOp || owner.tag() != TraceRef::kOp || !scoped_lists_.count(list.index())) return;
  for (auto [at, depth] : scoped_news_)
    if (at == owner.index()) {
      scoped_news_.push_back({list.index(), depth});
      return;
    }
}

// A residual call returning a tuple (OP_residual_call_t; e.g. a for loop's step, (more, item)):
// call_t leaves the words in its result area, call_result_* read them right after its guard
// (docs/JIT.md 10). q: the call's result lists (one per kind, each taking the items of its kind
// in order). A call that raises leaves the trace to the blackhole, whether or not this frame
// catches it (a guard_exception's resume knows one result register, not a tuple's).
void Tracer::residual_call_tuple(const CallDescr& cd, const Word* args, std::vector<TraceRef> boxes, bool all_const, uint32_t q) {
  Frame* f = &frames_.back();
  const uint8_t* code = f->code->code;
  Word res[32] = {0};
  cd.fn(args, res);
  size_t n = std::strlen(cd.result_kinds);
  TraceRef rbox[32];
  if ((cd.flags & (kElidable | kFoldable)) && all_const) {
    for (size_t i = 0; i < n; ++i) rbox[i] = konst(static_cast<Kind>(kind_of_char(cd.result_kinds[i])), res[i]);
  } else {
    // (not call_pure even when elidable: a call_t shared with an earlier one would leave its
    // reads nothing to read)
    TraceRef fn = konst(kInt, reinterpret_cast<Word>(cd.fn));
    trace_.const_names[fn.index()] = cd.name;
    boxes.insert(boxes.begin(), fn);
    record(ROP_call_t, std::move(boxes), DescrKind::Call, &cd);
    if (cd.flags & kCanRaise) guard(ROP_guard_no_exception, {});
    for (size_t i = 0; i < n; ++i)
      rbox[i] = record(ROP_call_result_i + kind_of_char(cd.result_kinds[i]), {konst(kInt, static_cast<Word>(i))});
    f = &frames_.back();
  }
  uint32_t lists[3];
  for (int k = 0; k < 3; ++k) {
    lists[k] = q;
    q += 1 + 2u * code[q];
  }
  size_t idx[3] = {0, 0, 0};
  for (size_t i = 0; i < n; ++i) {
    int k = kind_of_char(cd.result_kinds[i]);
    uint16_t r = rd16(code + lists[k] + 1 + 2 * idx[k]++);
    f->regs[k][r] = res[i];
    f->box(k, r) = rbox[i];
  }
  f->pc = q;
}

// The merge point of a recursive portal call traced inline up to here (7.7): the greens are
// promoted, the frame is left, and the call instruction of the caller becomes a call of the
// callee's code at that merge point (RPython's call_assembler; here a residual call of
// call_portal_at_merge_point, which enters the key's compiled loop directly).
bool Tracer::call_assembler() {
  Frame* f = &frames_.back();
  int ng = d_->num_greens, n = ng + d_->num_reds;
  Word args[64];
  std::vector<TraceRef> boxes;
  for (int k = 0; k < n; ++k) {
    int kind = kind_of_char(d_->kinds[k]);
    Word v = f->regs[kind][d_->regs[k]];
    TraceRef b = f->box(kind, d_->regs[k]);
    if (k < ng) {
      b = promote_green(k);
      f = &frames_.back();
    }
    args[2 + k] = v;
    boxes.push_back(b);
  }
  JitCell* cell = ws_.lookup(d_, args + 2, ws_.hash_greens(d_, args + 2), true);
  if ((cell->flags & kCellDontTrace) && !cell->loop) {
    // The callee's key will not get code: call_portal_at_merge_point would run it in the
    // blackhole each time, where the compiled portal runs it compiled. This call site becomes a
    // residual call in the traces to come, and this trace is abandoned without marking its key.
    const Frame& caller = frames_[frames_.size() - 2];
    ws_.residual_portal_calls.insert({caller.code, caller.pc});
    abort("a recursive portal call whose callee has no code");
    soft_abort_ = true;
    return false;
  }
  args[0] = static_cast<Word>(ws_.driver_index(d_));
  args[1] = reinterpret_cast<Word>(cell);
  TraceRef cell_box = konst(kInt, args[1]);
  trace_.const_names[cell_box.index()] =
      wants_texts_ ? "JitCell " + location_text(args + 2) : std::string("JitCell");  // (logs: no address)
  boxes.insert(boxes.begin(), {konst(kInt, args[0]), cell_box});
  // The callee frame's new_scoped objects (not its greens, which the key keeps) end with it.
  std::vector<uint32_t> scoped;
  for (auto [at, depth] : scoped_news_)
    if (depth == frames_.size() - 1 && std::find(boxes.begin() + 2, boxes.begin() + 2 + ng, TraceRef::op(at)) == boxes.begin() + 2 + ng)
      scoped.push_back(at);
  pop_frame();
  f = &frames_.back();
  uint32_t pc = f->pc;
  auto call_at = static_cast<uint32_t>(trace_.ops.size());
  residual_call(*ws_.portal_call_descr(d_), args, std::move(boxes), false, pc, skip_lists(f->code->code, pc + 3, 3));
  for (uint32_t at : scoped) trace_.scope_end[at] = call_at;
  return true;
}

Tracer::End Tracer::interpret(Word* values) {
  const int64_t limit = ws_.params[ws_.driver_index(d_)].trace_limit;
  for (;;) {
    Frame* f = &frames_.back();
    const uint8_t* code = f->code->code;
    uint32_t pc = f->pc;
    if (static_cast<int64_t>(trace_.ops.size()) > limit) {
      abort("trace too long");
      return End::Abort;
    }
    auto u16 = [&](uint32_t at) { return rd16(code + at); };
    auto W = [&](int k, uint32_t at) -> Word& { return f->regs[k][u16(at)]; };
    auto B = [&](int k, uint32_t at) -> TraceRef& { return f->box(k, u16(at)); };
    auto set = [&](int k, uint32_t at, Word w, TraceRef b) {
      f->regs[k][u16(at)] = w;
      f->box(k, u16(at)) = b;
    };
    uint8_t op = code[pc];
    switch (op) {
      case OP_int_copy:
      case OP_ref_copy:
      case OP_float_copy: {
        int k = op == OP_int_copy ? kInt : op == OP_ref_copy ? kRef : kFloat;
        set(k, pc + 3, W(k, pc + 1), B(k, pc + 1));
        f->pc = pc + 5;
        break;
      }
      case OP_int_add:
      case OP_int_sub:
      case OP_int_mul:
      case OP_int_floordiv:
      case OP_int_mod:
      case OP_int_and:
      case OP_int_or:
      case OP_int_xor:
      case OP_int_lshift:
      case OP_int_rshift:
      case OP_int_pow:
      case OP_int_lt:
      case OP_int_le:
      case OP_int_eq:
      case OP_int_ne:
      case OP_int_gt:
      case OP_int_ge: {
        Word a = W(kInt, pc + 1), b = W(kInt, pc + 3);
        TraceRef ba = B(kInt, pc + 1), bb = B(kInt, pc + 3);
        Word r = eval_int2(op, a, b);  // raises as the interpreter would (the trace is then abandoned)
        if (op == OP_int_floordiv || op == OP_int_mod)
          guard_true(fold_or_record(ROP_int_is_true, kInt, 1, {bb}), true);
        else if (op == OP_int_lshift || op == OP_int_rshift || op == OP_int_pow)
          guard_true(fold_or_record(ROP_int_ge, kInt, 1, {bb, konst(kInt, 0)}), true);
        // the jitcode's int operations and the trace's share names
        set(kInt, pc + 5, r, fold_or_record(ROP_int_add + (op - OP_int_add), kInt, r, {ba, bb}));
        f->pc = pc + 7;
        break;
      }
      case OP_int_neg:
      case OP_int_invert:
      case OP_int_is_true:
      case OP_int_is_zero: {
        Word r = eval_int1(op, W(kInt, pc + 1));
        set(kInt, pc + 3, r, fold_or_record(ROP_int_neg + (op - OP_int_neg), kInt, r, {B(kInt, pc + 1)}));
        f->pc = pc + 5;
        break;
      }
      case OP_float_add:
      case OP_float_sub:
      case OP_float_mul:
      case OP_float_truediv:
      case OP_float_floordiv:
      case OP_float_mod: {
        Word r = eval_float2(op, W(kFloat, pc + 1), W(kFloat, pc + 3));
        TraceRef bb = B(kFloat, pc + 3);
        if (op == OP_float_truediv || op == OP_float_floordiv || op == OP_float_mod)
          guard_true(fold_or_record(ROP_float_ne, kInt, 1, {bb, konst(kFloat, w(0.0))}), true);
        set(kFloat, pc + 5, r, fold_or_record(ROP_float_add + (op - OP_float_add), kFloat, r, {B(kFloat, pc + 1), bb}));
        f->pc = pc + 7;
        break;
      }
      case OP_float_lt:
      case OP_float_le:
      case OP_float_eq:
      case OP_float_ne:
      case OP_float_gt:
      case OP_float_ge: {
        Word r = eval_float2(op, W(kFloat, pc + 1), W(kFloat, pc + 3));
        set(kInt, pc + 5, r, fold_or_record(ROP_float_lt + (op - OP_float_lt), kInt, r, {B(kFloat, pc + 1), B(kFloat, pc + 3)}));
        f->pc = pc + 7;
        break;
      }
      case OP_float_neg: {
        Word r = w(-unw<double>(W(kFloat, pc + 1)));
        set(kFloat, pc + 3, r, fold_or_record(ROP_float_neg, kFloat, r, {B(kFloat, pc + 1)}));
        f->pc = pc + 5;
        break;
      }
      case OP_float_is_true: {
        Word r = unw<double>(W(kFloat, pc + 1)) != 0.0;
        set(kInt, pc + 3, r, fold_or_record(ROP_float_ne, kInt, r, {B(kFloat, pc + 1), konst(kFloat, w(0.0))}));
        f->pc = pc + 5;
        break;
      }
      case OP_cast_int_to_float: {
        Word r = w(static_cast<double>(static_cast<int64_t>(W(kInt, pc + 1))));
        set(kFloat, pc + 3, r, fold_or_record(ROP_cast_int_to_float, kFloat, r, {B(kInt, pc + 1)}));
        f->pc = pc + 5;
        break;
      }
      case OP_ptr_eq:
      case OP_ptr_ne: {
        Word a = W(kRef, pc + 1), b = W(kRef, pc + 3);
        Word r = op == OP_ptr_eq ? a == b : a != b;
        set(kInt, pc + 5, r, fold_or_record(op == OP_ptr_eq ? ROP_ptr_eq : ROP_ptr_ne, kInt, r, {B(kRef, pc + 1), B(kRef, pc + 3)}));
        f->pc = pc + 7;
        break;
      }
      case OP_ptr_iszero:
      case OP_ptr_nonzero: {
        Word a = W(kRef, pc + 1);
        Word r = op == OP_ptr_iszero ? a == 0 : a != 0;
        set(kInt, pc + 3, r, fold_or_record(op == OP_ptr_iszero ? ROP_ptr_eq : ROP_ptr_ne, kInt, r, {B(kRef, pc + 1), konst(kRef, 0)}));
        f->pc = pc + 5;
        break;
      }
      case OP_getfield_i:
      case OP_getfield_r:
      case OP_getfield_f: {
        const FieldDescr& fd = prog_->fields[u16(pc + 3)];
        const char* obj = reinterpret_cast<const char*>(W(kRef, pc + 1));
        int k = op == OP_getfield_i ? kInt : op == OP_getfield_r ? kRef : kFloat;
        Word v = k == kInt ? load_int(obj + fd.offset, fd.size, fd.is_signed) : *reinterpret_cast<const Word*>(obj + fd.offset);
        if (fd.immutable && B(kRef, pc + 1).is_const()) {  // an immutable field of a constant: a constant
          if (fd.immutable == 2 && v) immutable_lists_.insert(v);
          set(k, pc + 5, v, konst(static_cast<Kind>(k), v));
        } else {
          set(k, pc + 5, v, record(ROP_getfield_gc_i + k, {B(kRef, pc + 1)}, DescrKind::Field, &fd));
        }
        f->pc = pc + 7;
        break;
      }
      case OP_setfield_i:
      case OP_setfield_r:
      case OP_setfield_f: {
        const FieldDescr& fd = prog_->fields[u16(pc + 5)];
        char* obj = reinterpret_cast<char*>(W(kRef, pc + 1));
        int k = op == OP_setfield_i ? kInt : op == OP_setfield_r ? kRef : kFloat;
        Word v = W(k, pc + 3);
        if (k == kInt)
          store_int(obj + fd.offset, fd.size, v);
        else
          *reinterpret_cast<Word*>(obj + fd.offset) = v;
        record(ROP_setfield_gc, {B(kRef, pc + 1), B(k, pc + 3)}, DescrKind::Field, &fd);
        if (k == kRef) own_scoped_list(B(kRef, pc + 1), B(kRef, pc + 3));
        f->pc = pc + 7;
        break;
      }
      case OP_strlen: {
        Word r = w(reinterpret_cast<const rpy::Str*>(W(kRef, pc + 1))->len);
        set(kInt, pc + 3, r, fold_or_record(ROP_strlen, kInt, r, {B(kRef, pc + 1)}));
        f->pc = pc + 5;
        break;
      }
      case OP_strgetitem:
      case OP_getlistitem_i:
      case OP_getlistitem_r:
      case OP_getlistitem_f:
      case OP_setlistitem_i:
      case OP_setlistitem_r:
      case OP_setlistitem_f: {
        bool is_str = op == OP_strgetitem;
        bool is_set = op >= OP_setlistitem_i && op <= OP_setlistitem_f;
        TraceRef bo = B(kRef, pc + 1), bi = B(kInt, pc + 3);
        auto i = static_cast<int64_t>(W(kInt, pc + 3));
        int64_t len;
        Word item = 0;
        const char* obj = reinterpret_cast<const char*>(W(kRef, pc + 1));
        const ListDescr* ld = nullptr;
        // The concrete access first: it raises IndexError as the interpreter would.
        if (is_str) {
          const auto* s = reinterpret_cast<const rpy::Str*>(obj);
          len = s->len;
          item = w(rpy::str_getitem(s, i));
        } else {
          const auto* l = reinterpret_cast<const AnyList*>(obj);
          len = l->len;
          ld = &prog_->lists[u16(pc + (is_set ? 7 : 5))];
          int64_t at = list_index(l, i, is_set ? "list assignment index out of range" : "list index out of range");
          char* p = reinterpret_cast<char*>(l->items) + at * ld->item_size;
          if (is_set) {
            int k = op - OP_setlistitem_i;
            store_int(p, ld->item_size, W(k, pc + 5));
          } else {
            item = load_int(p, ld->item_size, ld->is_signed);
          }
        }
        if (is_str && bo.is_const() && bi.is_const()) {
          set(kInt, pc + 5, item, konst(kInt, item));
          f->pc = pc + 7;
          break;
        }
        if (!is_set && bo.is_const() && bi.is_const() && immutable_lists_.count(w(obj))) {  // 'name[*]' items
          int k = op - OP_getlistitem_i;
          set(k, pc + 7, item, konst(static_cast<Kind>(k), item));
          f->pc = pc + 9;
          break;
        }
        // The index's guards, then the access.
        TraceRef blen =
            is_str ? fold_or_record(ROP_strlen, kInt, w(len), {bo}) : record(ROP_getfield_gc_i, {bo}, DescrKind::Field, &kListLenField);
        TraceRef idx = bi;
        if (i >= 0) {
          guard_true(fold_or_record(ROP_uint_lt, kInt, 1, {bi, blen}), true);
        } else {
          guard_true(fold_or_record(ROP_int_lt, kInt, 1, {bi, konst(kInt, 0)}), true);
          idx = fold_or_record(ROP_int_add, kInt, w(i + len), {bi, blen});
          guard_true(fold_or_record(ROP_int_ge, kInt, 1, {idx, konst(kInt, 0)}), true);
        }
        if (is_str) {
          set(kInt, pc + 5, item, record(ROP_strgetitem, {bo, idx}));
          f->pc = pc + 7;
          break;
        }
        TraceRef items = record(ROP_getfield_gc_r, {bo}, DescrKind::Field, &kListItems);
        if (is_set) {
          int k = op - OP_setlistitem_i;
          record(ROP_setarrayitem_gc, {items, idx, B(k, pc + 5)}, DescrKind::Array, ld);
        } else {
          int k = op - OP_getlistitem_i;
          set(k, pc + 7, item, record(ROP_getarrayitem_gc_i + k, {items, idx}, DescrKind::Array, ld));
        }
        f->pc = pc + 9;
        break;
      }
      case OP_bytes_getitem:
      case OP_bytearray_getitem:
      case OP_bytearray_setitem: {
        bool is_ba = op != OP_bytes_getitem;
        bool is_set = op == OP_bytearray_setitem;
        TraceRef bo = B(kRef, pc + 1), bi = B(kInt, pc + 3);
        auto i = static_cast<int64_t>(W(kInt, pc + 3));
        int64_t len;
        Word item = 0;
        // The concrete access first: it raises IndexError as the interpreter would.
        if (is_ba) {
          auto* b = reinterpret_cast<rpy::ByteArray*>(W(kRef, pc + 1));
          len = b->len;
          if (is_set)
            rpy::bytearray_setitem(b, i, static_cast<int64_t>(W(kInt, pc + 5)));
          else
            item = w(rpy::bytearray_getitem(b, i));
        } else {
          const auto* b = reinterpret_cast<const rpy::Bytes*>(W(kRef, pc + 1));
          len = b->len;
          item = w(rpy::bytes_getitem(b, i));
          if (bo.is_const() && bi.is_const()) {  // bytes never change
            set(kInt, pc + 5, item, konst(kInt, item));
            f->pc = pc + 7;
            break;
          }
        }
        // The index's guards (Python's meaning of a negative index), then the access.
        TraceRef blen =
            is_ba ? record(ROP_getfield_gc_i, {bo}, DescrKind::Field, &kListLenField) : fold_or_record(ROP_strlen, kInt, w(len), {bo});
        TraceRef idx = bi;
        if (i >= 0) {
          guard_true(fold_or_record(ROP_uint_lt, kInt, 1, {bi, blen}), true);
        } else {
          guard_true(fold_or_record(ROP_int_lt, kInt, 1, {bi, konst(kInt, 0)}), true);
          idx = fold_or_record(ROP_int_add, kInt, w(i + len), {bi, blen});
          guard_true(fold_or_record(ROP_int_ge, kInt, 1, {idx, konst(kInt, 0)}), true);
        }
        if (!is_ba) {
          set(kInt, pc + 5, item, record(ROP_strgetitem, {bo, idx}));
        } else {
          TraceRef data = record(ROP_getfield_gc_r, {bo}, DescrKind::Field, &kByteArrayData);
          if (is_set) {
            // The value modulo 256, as bytearray_setitem stores it: the one-byte store would keep
            // only that byte anyway, but the heap cache hands the stored value to a later read.
            Word v = W(kInt, pc + 5);
            TraceRef byte = fold_or_record(ROP_int_and, kInt, v & 0xFF, {B(kInt, pc + 5), konst(kInt, 0xFF)});
            record(ROP_setarrayitem_gc, {data, idx, byte}, DescrKind::Array, &kByteArrayItems);
          } else
            set(kInt, pc + 5, item, record(ROP_getarrayitem_gc_i, {data, idx}, DescrKind::Array, &kByteArrayItems));
        }
        f->pc = pc + 7;
        break;
      }
      case OP_listlen: {
        Word r = w(reinterpret_cast<const AnyList*>(W(kRef, pc + 1))->len);
        if (B(kRef, pc + 1).is_const() && immutable_lists_.count(W(kRef, pc + 1)))
          set(kInt, pc + 3, r, konst(kInt, r));
        else
          set(kInt, pc + 3, r, record(ROP_getfield_gc_i, {B(kRef, pc + 1)}, DescrKind::Field, &kListLenField));
        f->pc = pc + 5;
        break;
      }
      case OP_new_with_vtable:
      case OP_new_scoped: {
        const ClassDescr& cd = prog_->classes[u16(pc + 1)];
        Word obj = w(cd.alloc());
        TraceRef r = record_new(cd, obj);
        if (op == OP_new_scoped && cd.construct_at) scoped_news_.push_back({r.index(), frames_.size() - 1});
        set(kRef, pc + 3, obj, r);
        f->pc = pc + 5;
        break;
      }
      case OP_new_list_scoped_i:
      case OP_new_list_scoped_r: {
        int k = op == OP_new_list_scoped_i ? kInt : kRef;
        Word l = new_word_list(W(kInt, pc + 1), W(k, pc + 3));
        TraceRef r = record(ROP_new_list, {B(kInt, pc + 1), B(k, pc + 3)});
        scoped_lists_.insert(r.index());
        set(kRef, pc + 5, l, r);
        f->pc = pc + 7;
        break;
      }
      case OP_inline_call_v:
      case OP_inline_call_i:
      case OP_inline_call_r:
      case OP_inline_call_f:
      case OP_inline_call_t: {
        f = enter_callee(u16(pc + 1), code, pc);
        break;
      }
      case OP_residual_call_v:
      case OP_residual_call_i:
      case OP_residual_call_r:
      case OP_residual_call_f:
      case OP_residual_call_t: {
        const CallDescr& cd = prog_->calls[u16(pc + 1)];
        if (op != OP_residual_call_t && cd.portal >= 0 && static_cast<size_t>(cd.portal) == ws_.driver_index(d_) &&
            d_->result_kind != 't' && ws_.params[ws_.driver_index(d_)].call_assembler && !ws_.residual_portal_calls.count({f->code, pc}) &&
            d_->num_greens + d_->num_reds + 2 <= 64) {
          // A recursive call of the portal (7.7): its code up to its merge point is traced as an
          // inline call; at the merge point the trace calls the callee's code (call_assembler).
          f = enter_callee(d_->portal, code, pc);
          break;
        }
        Word args[64];
        std::vector<TraceRef> boxes;
        uint32_t lists[3], q = pc + 3;
        for (int k = 0; k < 3; ++k) {
          lists[k] = q;
          q += 1 + 2u * code[q];
        }
        size_t idx[3] = {0, 0, 0};
        bool all_const = true;
        for (size_t i = 0; cd.arg_kinds[i]; ++i) {
          int k = kind_of_char(cd.arg_kinds[i]);
          uint16_t r = rd16(code + lists[k] + 1 + 2 * idx[k]++);
          args[i] = f->regs[k][r];
          boxes.push_back(f->box(k, r));
          all_const = all_const && boxes.back().is_const();
        }
        if (op == OP_residual_call_t)
          residual_call_tuple(cd, args, std::move(boxes), all_const, q);
        else
          residual_call(cd, args, std::move(boxes), all_const, pc, q);
        break;
      }
      case OP_ret_v:
      case OP_ret_i:
      case OP_ret_r:
      case OP_ret_f:
      case OP_ret_t: {
        Word res[32];
        TraceRef rbox[32];
        size_t nres = 0;
        if (op == OP_ret_i || op == OP_ret_r || op == OP_ret_f) {
          int k = op - OP_ret_i;
          res[0] = W(k, pc + 1);
          rbox[0] = B(k, pc + 1);
          nres = 1;
        } else if (op == OP_ret_t) {
          const char* kinds = f->code->result_kinds;
          uint32_t lists[3], q = pc + 1;
          for (int k = 0; k < 3; ++k) {
            lists[k] = q;
            q += 1 + 2u * code[q];
          }
          size_t idx[3] = {0, 0, 0};
          for (size_t i = 0; kinds[i]; ++i, ++nres) {
            int k = kind_of_char(kinds[i]);
            uint16_t r = rd16(code + lists[k] + 1 + 2 * idx[k]++);
            res[i] = f->regs[k][r];
            rbox[i] = f->box(k, r);
          }
        }
        if (frames_.size() == 1) {  // the portal returned: the trace ends in a finish with its result
          for (size_t i = 0; i < nres; ++i) values[i] = res[i];
          record(ROP_finish, std::vector<TraceRef>(rbox, rbox + nres), DescrKind::None, nullptr);
          return End::Returned;
        }
        pop_frame();
        f = &frames_.back();
        code = f->code->code;
        // the caller's call instruction says where the results go
        uint32_t cpc = f->pc;
        uint8_t cop = code[cpc];
        uint32_t at = skip_lists(code, cpc + 3, 3);
        if (cop == OP_inline_call_i || cop == OP_inline_call_r || cop == OP_inline_call_f || cop == OP_residual_call_i ||
            cop == OP_residual_call_r || cop == OP_residual_call_f) {
          // (a residual call: a recursive portal call that returned before its merge point, 7.7)
          int k = cop >= OP_inline_call_i && cop <= OP_inline_call_f ? cop - OP_inline_call_i : cop - OP_residual_call_i;
          f->regs[k][rd16(code + at)] = res[0];
          f->box(k, rd16(code + at)) = rbox[0];
          at += 2;
        } else if (cop == OP_inline_call_t) {
          const char* kinds = prog_->codes[rd16(code + cpc + 1)].result_kinds;
          uint32_t lists[3], q = at;
          for (int k = 0; k < 3; ++k) {
            lists[k] = q;
            q += 1 + 2u * code[q];
          }
          size_t idx[3] = {0, 0, 0};
          for (size_t i = 0; kinds[i]; ++i) {
            int k = kind_of_char(kinds[i]);
            uint16_t r = rd16(code + lists[k] + 1 + 2 * idx[k]++);
            f->regs[k][r] = res[i];
            f->box(k, r) = rbox[i];
          }
          at = q;
        }
        f->pc = at;
        break;
      }
      case OP_goto:
        f->pc = rd32(code + pc + 1);
        break;
      case OP_goto_if_not: {
        bool taken = W(kInt, pc + 1) != 0;
        guard_true(B(kInt, pc + 1), taken);
        f->pc = taken ? pc + 7 : rd32(code + pc + 3);
        break;
      }
      case OP_raise: {
        auto* e = rpy::jit::unw<BaseException*>(W(kRef, pc + 1));
        if (catch_in_frame(e, B(kRef, pc + 1))) break;  // a handler of this frame: no raise to record
        e->raise_self();
        __builtin_unreachable();
      }
      case OP_last_exception:
        if (!f->handled) {
          abort("an exception handler");
          return End::Abort;
        }
        set(kRef, pc + 1, f->handled, f->handled_box);
        f->pc = pc + 3;
        break;
      case OP_exc_matches:
      case OP_instance_of: {
        // The class of the object (the exception, the receiver of a method call) decides: fixed by a guard (once per value) if not known.
        TraceRef b = B(kRef, pc + 1);
        Word obj = W(kRef, pc + 1);
        Word vtable = *reinterpret_cast<const Word*>(obj);
        if (!b.is_const() && !known_class_.count(b.bits)) {
          TraceRef vt = konst(kInt, vtable);
          trace_.const_names[vt.index()] = reinterpret_cast<const rpy::Object*>(obj)->rpy_class_name();  // (logs)
          guard(ROP_guard_class, {b, vt});
          f = &frames_.back();
          known_class_[b.bits] = vtable;
        }
        Word r = prog_->classes[u16(pc + 3)].is_instance(reinterpret_cast<void*>(obj)) ? 1 : 0;
        set(kInt, pc + 5, r, konst(kInt, r));
        f->pc = pc + 7;
        break;
      }
      case OP_jit_merge_point: {
        if (frames_.size() != 1) {
          if (f->code != &prog_->codes[d_->portal]) {
            abort("a merge point below the portal");
            return End::Abort;
          }
          if (!call_assembler()) return End::Abort;
          break;
        }
        int ng = d_->num_greens, n = ng + d_->num_reds;
        std::vector<Word> greens(static_cast<size_t>(ng));
        for (int k = 0; k < ng; ++k) {
          int kind = kind_of_char(d_->kinds[k]);
          greens[static_cast<size_t>(k)] = f->regs[kind][d_->regs[k]];
          promote_green(k);  // greens are constants in traces
          f = &frames_.back();
        }
        std::vector<TraceRef> dmp = {konst(kInt, ws_.driver_index(d_)), konst(kInt, 0)};
        for (int k = 0; k < ng; ++k) dmp.push_back(f->box(kind_of_char(d_->kinds[k]), d_->regs[k]));
        if (wants_texts_) merge_texts_[trace_.ops.size()] = location_text(greens.data());
        bool own = !bridge_of_ && WarmState::same_greens(d_, greens.data(), start_greens_.data());
        JitCell* other = own ? nullptr : ws_.lookup(d_, greens.data(), ws_.hash_greens(d_, greens.data()), false);
        if (other && other->loop) target_ = other->loop;  // the trace goes on in that loop's code
        if (bridge_of_ && !target_) {                     // a bridge ends at the first merge point
          std::vector<TraceRef> reds;
          for (int k = 0; k < n; ++k) {
            int kind = kind_of_char(d_->kinds[k]);
            values[k] = f->regs[kind][d_->regs[k]];
            if (k >= ng) reds.push_back(f->box(kind, d_->regs[k]));
          }
          finish_greens_ = greens;
          record(ROP_finish, reds, DescrKind::None, nullptr);
          return End::Closed;
        }
        if (own || target_) {  // the loop is closed
          std::vector<TraceRef> reds;
          for (int k = 0; k < n; ++k) {
            int kind = kind_of_char(d_->kinds[k]);
            values[k] = f->regs[kind][d_->regs[k]];
            if (k >= ng) reds.push_back(f->box(kind, d_->regs[k]));
          }
          int to = target_ ? target_->number : loop_number_;
          record(ROP_jump, reds, DescrKind::Target, reinterpret_cast<const void*>(static_cast<intptr_t>(to)));
          return End::Closed;
        }
        record(ROP_debug_merge_point, dmp);
        f->pc = pc + 3;
        break;
      }
      case OP_loop_header:
        seen_loop_header_ = true;
        f->pc = pc + 3;
        break;
      case OP_int_guard_value:
      case OP_ref_guard_value:
      case OP_float_guard_value: {
        int k = op - OP_int_guard_value;
        TraceRef& b = B(k, pc + 1);
        if (!b.is_const() && !(has_unpromoted_ && b == unpromoted_)) {
          Word v = W(k, pc + 1);
          guard(ROP_guard_value, {b, konst(static_cast<Kind>(k), v)});
          f = &frames_.back();
          f->box(k, u16(pc + 1)) = konst(static_cast<Kind>(k), v);
        }
        f->pc = pc + 3;
        break;
      }
      case OP_str_guard_value:
        promote_box(kRef, u16(pc + 1), true);
        f = &frames_.back();
        f->pc = pc + 3;
        break;
      case OP_int_isconstant:
      case OP_ref_isconstant:
      case OP_float_isconstant: {
        int k = op - OP_int_isconstant;
        Word r = B(k, pc + 1).is_const() ? 1 : 0;
        set(kInt, pc + 3, r, konst(kInt, r));
        f->pc = pc + 5;
        break;
      }
      default:
        abort("an instruction the tracer does not know");
        return End::Abort;
    }
  }
}

}  // namespace rpy::jit
