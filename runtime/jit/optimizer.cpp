// The optimizer's forward pass (docs/JIT.md 11).
#include "jit/optimizer.hpp"

#include <cstdint>
#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "jit/intbounds.hpp"
#include "jit/semantics.hpp"
#include "jit/virtualize.hpp"

namespace rpy::jit {

OptOptions OptOptions::from(const std::string& enable_opts) {
  OptOptions o;
  if (enable_opts == "all") return o;
  auto has = [&](const char* name) { return (":" + enable_opts + ":").find(std::string(":") + name + ":") != std::string::npos; };
  o.fold = has("pure");
  o.heap = has("heap");
  o.guards = has("rewrite") || has("intbounds");
  o.intbounds = has("intbounds");
  o.unroll = has("unroll");
  o.virtualize = has("virtualize");
  return o;
}

// The value of a pure operation on constant words; false when it cannot be folded (it would
// raise: the trace guards against that, so the operation is never reached).
static bool eval_pure(int op, const std::vector<Word>& a, Word* out) {
  try {
    switch (rop_class(op)) {
      case RopClass::IntBinary:
      case RopClass::IntCompare:
        *out = eval_int2(rop_jitcode_op(op), a[0], a[1]);
        return true;
      case RopClass::IntUnary:
      case RopClass::IntTest:
        *out = eval_int1(rop_jitcode_op(op), a[0]);
        return true;
      case RopClass::FloatBinary:
      case RopClass::FloatCompare:
        *out = eval_float2(rop_jitcode_op(op), a[0], a[1]);
        return true;
      default:
        break;
    }
    switch (op) {
      case ROP_uint_lt:
        *out = a[0] < a[1];
        return true;
      case ROP_float_neg:
        *out = w(-unw<double>(a[0]));
        return true;
      case ROP_cast_int_to_float:
        *out = w(static_cast<double>(static_cast<int64_t>(a[0])));
        return true;
      case ROP_ptr_eq:
        *out = a[0] == a[1];
        return true;
      case ROP_ptr_ne:
        *out = a[0] != a[1];
        return true;
      case ROP_strlen:
        if (!a[0]) return false;
        *out = w(reinterpret_cast<const rpy::Str*>(a[0])->len);
        return true;
      case ROP_strgetitem: {
        const auto* s = reinterpret_cast<const rpy::Str*>(a[0]);
        if (!s || a[1] >= static_cast<Word>(s->len)) return false;
        *out = static_cast<unsigned char>(s->data[a[1]]);
        return true;
      }
      default:
        return false;
    }
  } catch (...) {
    return false;
  }
}

namespace {

// One forward pass: in_'s operations in order, into out_ (inputs and constants copied first).
class Pass {
 public:
  Pass(const Trace& in, const OptOptions& o) : in_(in), opts_(o) {
    out_ = in_;
    out_.ops.clear();
    out_.snapshots.clear();
    repl_.assign(in_.ops.size(), TraceRef{});
  }
  // Operation i of in_.
  void process(size_t i) {
    repl_[i] = step(in_.ops[i], in_.ops[i].snapshot >= 0 ? &in_.snapshots[static_cast<size_t>(in_.ops[i].snapshot)] : nullptr);
  }
  // An operation that is not in in_ (its arguments already in out_'s terms, no snapshot): its
  // result, which may be an earlier value (the heap cache, CSE).
  TraceRef feed(ResOp op) { return step_mapped(std::move(op), nullptr); }
  TraceRef get(TraceRef r) const {
    if (r.tag() == TraceRef::kOp) r = repl_[r.index()];
    auto it = known_const_.find(r.bits);
    return it != known_const_.end() ? it->second : r;
  }
  void emit_raw(const ResOp& op) { out_.ops.push_back(op); }
  // Writes the delayed field writes (before anything that may read the heap or leave the trace).
  void flush();
  // The heap cache: (field descr, object) -> value.
  std::map<const void*, std::unordered_map<uint32_t, TraceRef>>& fields() { return fields_; }
  Trace& out() { return out_; }
  IntBounds& bounds() { return bounds_; }

 private:
  TraceRef step(ResOp op, const Snapshot* snap) {
    for (TraceRef& a : op.args) a = get(a);
    Snapshot s;
    if (snap) {
      s = *snap;
      s.for_each_ref([&](TraceRef& b) { b = get(b); });
    }
    return step_mapped(std::move(op), snap ? &s : nullptr);
  }
  TraceRef step_mapped(ResOp op, Snapshot* snap);
  bool simplify(ResOp& op, TraceRef* same);
  TraceRef emit(const ResOp& op) {
    out_.ops.push_back(op);
    return TraceRef::op(static_cast<uint32_t>(out_.ops.size() - 1));
  }
  static std::string key(const ResOp& op) {
    std::string k(reinterpret_cast<const char*>(&op.opnum), 1);
    k.append(reinterpret_cast<const char*>(&op.descr), sizeof op.descr);
    for (const TraceRef& a : op.args) k.append(reinterpret_cast<const char*>(&a.bits), sizeof a.bits);
    return k;
  }
  // A call or an allocation (which may run a __del__) can change any field of any object it can
  // reach; the fields of an object allocated here that nothing else can reach yet stay known.
  void invalidate_reachable() {
    for (auto& [descr, per] : fields_)
      for (auto it = per.begin(); it != per.end();) it = fresh_.count(it->first) ? std::next(it) : per.erase(it);
    items_.clear();
  }

  // An index as base + offset: y +- c (chains are folded into one such operation by simplify),
  // a constant (no base: kind kConst with index 0 marks it), or the value itself plus 0.
  TraceRef index_base(TraceRef r, uint64_t* off) const {
    *off = 0;
    if (r.is_const()) {
      *off = out_.const_value(r);
      return TraceRef::constant(0);
    }
    if (r.tag() != TraceRef::kOp) return r;
    const ResOp& def = out_.ops[r.index()];
    if ((def.opnum != ROP_int_add && def.opnum != ROP_int_sub) || def.args[0].is_const() || !def.args[1].is_const()) return r;
    uint64_t c = out_.const_value(def.args[1]);
    *off = def.opnum == ROP_int_add ? c : 0 - c;
    return def.args[0];
  }
  // Whether array item a (array, index) may be the item b: the same array or arrays that may be
  // the same (two different constants are not), and indexes that may be equal (the same base
  // with different offsets, two different constants, are not; machine ints wrap, and x + c1 ==
  // x + c2 only when c1 == c2).
  bool may_alias_item(std::pair<uint32_t, uint32_t> a, std::pair<uint32_t, uint32_t> b) const {
    TraceRef aa{a.first}, ba{b.first};
    if (!(aa == ba) && aa.is_const() && ba.is_const() && out_.const_value(aa) != out_.const_value(ba)) return false;
    if (a.second == b.second) return true;
    uint64_t ao, bo;
    TraceRef ab = index_base(TraceRef{a.second}, &ao), bb = index_base(TraceRef{b.second}, &bo);
    if (ab == bb) return ao == bo;
    return true;
  }

  const Trace& in_;
  Trace out_;
  const OptOptions& opts_;
  std::vector<TraceRef> repl_;
  std::unordered_map<uint32_t, TraceRef> known_const_;  // values a guard_value fixed
  std::unordered_map<uint32_t, bool> known_bool_;       // conditions a guard fixed
  std::unordered_map<std::string, TraceRef> pure_;
  // Objects new_with_vtable allocated in this pass whose only uses so far are reads and writes of
  // their own fields: no other code can reach them.
  std::unordered_set<uint32_t> fresh_;
  std::map<const void*, std::unordered_map<uint32_t, TraceRef>> fields_;            // descr -> obj -> value
  std::map<const void*, std::map<std::pair<uint32_t, uint32_t>, TraceRef>> items_;  // descr -> (array, index) -> value
  IntBounds bounds_;
  std::vector<ResOp> lazy_;  // delayed setfield_gc, at most one per descr, in order
};

void Pass::flush() {
  for (const ResOp& w : lazy_) emit(w);
  lazy_.clear();
}

// Algebra on int_add/int_sub/int_mul (machine ints, which wrap: reassociation is exact):
// x + 0, x - 0, x * 1 are x, and so is (x +- c1) +- c2 when the constants cancel (a stack pointer
// pushed and popped, a tape head moved right and back); otherwise (y +- c1) +- c2 becomes
// y + (c1 +- c2). True with *same set when the operation is an existing value; op may be
// rewritten otherwise.
bool Pass::simplify(ResOp& op, TraceRef* same) {
  int n = op.opnum;
  auto konst = [&](TraceRef r, int64_t* v) {
    if (!r.is_const()) return false;
    *v = static_cast<int64_t>(out_.const_value(r));
    return true;
  };
  int64_t c;
  if (n == ROP_int_add && konst(op.args[0], &c)) std::swap(op.args[0], op.args[1]);
  if (n == ROP_int_mul) {
    if (konst(op.args[0], &c) && c == 1) {
      *same = op.args[1];
      return true;
    }
    if (konst(op.args[1], &c) && c == 1) {
      *same = op.args[0];
      return true;
    }
    return false;
  }
  if (n == ROP_int_and) {
    // x & c is x when x's bits are all in c: x an int_and with a mask inside c (a value masked
    // to a width, then to a byte by a bytearray store), an unsigned narrow item or field, a str's
    // byte.
    if (konst(op.args[0], &c)) std::swap(op.args[0], op.args[1]);
    if (!konst(op.args[1], &c) || c < 0 || op.args[0].tag() != TraceRef::kOp) return false;
    const ResOp& def = out_.ops[op.args[0].index()];
    int64_t bits = -1;  // the largest value x can hold, when known to be non-negative
    if (def.opnum == ROP_int_and && konst(def.args[1], &bits) && bits < 0) bits = -1;
    if (def.opnum == ROP_strgetitem) bits = 0xFF;
    if (def.opnum == ROP_getarrayitem_gc_i) {
      auto* ld = static_cast<const ListDescr*>(def.descr);
      if (!ld->is_signed && ld->item_size < 8) bits = (int64_t{1} << (8 * ld->item_size)) - 1;
    }
    if (def.opnum == ROP_getfield_gc_i) {
      auto* fd = static_cast<const FieldDescr*>(def.descr);
      if (!fd->is_signed && fd->size < 8) bits = (int64_t{1} << (8 * fd->size)) - 1;
    }
    if (bits >= 0 && (bits & ~c) == 0) {
      *same = op.args[0];
      return true;
    }
    return false;
  }
  if (!konst(op.args[1], &c) || op.args[0].is_const()) return false;
  auto delta = static_cast<uint64_t>(c);
  if (n == ROP_int_sub) delta = 0 - delta;
  TraceRef x = op.args[0];
  for (int depth = 0; depth < 8 && delta != 0 && x.tag() == TraceRef::kOp; ++depth) {  // x = y +- d
    const ResOp& def = out_.ops[x.index()];
    int64_t d;
    if (!(def.opnum == ROP_int_add || def.opnum == ROP_int_sub) || def.args[0].is_const() || !konst(def.args[1], &d)) break;
    delta += def.opnum == ROP_int_add ? static_cast<uint64_t>(d) : 0 - static_cast<uint64_t>(d);
    x = def.args[0];
  }
  if (delta == 0) {
    *same = x;
    return true;
  }
  if (!(x == op.args[0])) {  // y + 1 + 1 is y + 2 (the intermediate values then often die: dce)
    auto sd = static_cast<int64_t>(delta);
    if (sd < 0 && sd != INT64_MIN) {
      op.opnum = ROP_int_sub;
      op.args = {x, out_.add_const(kInt, static_cast<Word>(-sd))};
    } else {
      op.opnum = ROP_int_add;
      op.args = {x, out_.add_const(kInt, static_cast<Word>(sd))};
    }
  }
  return false;
}

// Dead code elimination: operations without effects whose results nothing uses (an operation,
// a guard's resume data, a pending write, a label) go; the others are renumbered.
void remove_dead(Trace& t) {
  std::vector<bool> used(t.ops.size(), false);
  auto mark = [&](TraceRef r) {
    if (r.tag() == TraceRef::kOp) used[r.index()] = true;
  };
  for (size_t i = t.ops.size(); i-- > 0;) {
    const ResOp& op = t.ops[i];
    int n = op.opnum;
    bool removable = op.kind != kVoid && !rop_is_call(n) &&
                     (rop_is_pure(n) || rop_class(n) == RopClass::CallResult || n == ROP_getfield_gc_i || n == ROP_getfield_gc_r ||
                      n == ROP_getfield_gc_f || n == ROP_getarrayitem_gc_i || n == ROP_getarrayitem_gc_r || n == ROP_getarrayitem_gc_f);
    if (removable && !used[i]) continue;
    used[i] = true;
    for (const TraceRef& a : op.args) mark(a);
    if (op.snapshot >= 0) {
      t.snapshots[static_cast<size_t>(op.snapshot)].for_each_ref(mark);
    }
  }
  std::vector<uint32_t> index(t.ops.size(), 0);
  std::vector<ResOp> kept;
  for (size_t i = 0; i < t.ops.size(); ++i)
    if (used[i]) {
      index[i] = static_cast<uint32_t>(kept.size());
      kept.push_back(std::move(t.ops[i]));
    }
  if (kept.size() == t.ops.size()) {
    t.ops = std::move(kept);
    return;
  }
  auto fix = [&](TraceRef& r) {
    if (r.tag() == TraceRef::kOp) r = TraceRef::op(index[r.index()]);
  };
  for (ResOp& op : kept)
    for (TraceRef& a : op.args) fix(a);
  for (Snapshot& s : t.snapshots) s.for_each_ref(fix);
  t.ops = std::move(kept);
}

// Returns the operation's value (a new result, an earlier value, or a constant); TraceRef{} for
// an operation without one.
TraceRef Pass::step_mapped(ResOp op, Snapshot* snap) {
  int n = op.opnum;
  if (!fresh_.empty()) {  // any use but as the object of a field access lets other code reach it
    bool field_access = n == ROP_setfield_gc || n == ROP_getfield_gc_i || n == ROP_getfield_gc_r || n == ROP_getfield_gc_f;
    for (size_t j = 0; j < op.args.size(); ++j)
      if (j != 0 || !field_access) fresh_.erase(op.args[j].bits);
  }
  // Guards: drop those whose outcome is known; remember what the others establish.
  if (rop_is_guard(n)) {
    bool want = n == ROP_guard_true;
    if (opts_.guards) {
      if (n == ROP_guard_true || n == ROP_guard_false) {
        TraceRef c = op.args[0];
        if (c.is_const() && (out_.const_value(c) != 0) == want) return {};
        auto it = known_bool_.find(c.bits);
        if (it != known_bool_.end() && it->second == want) return {};
      } else if (n == ROP_guard_value) {
        TraceRef x = op.args[0], k = op.args[1];
        if (x.is_const() && k.is_const() && out_.const_value(x) == out_.const_value(k)) return {};
      }
    }
    if (snap) {  // (its own snapshot describes the failing path: no facts it establishes)
      for (const ResOp& w : lazy_) snap->pending.push_back({static_cast<const FieldDescr*>(w.descr), w.args[0], w.args[1]});
      out_.snapshots.push_back(std::move(*snap));
      op.snapshot = static_cast<int32_t>(out_.snapshots.size() - 1);
    }
    TraceRef value = emit(op);
    if (opts_.guards) {  // what holds after the guard
      if (n == ROP_guard_true || n == ROP_guard_false) {
        known_bool_[op.args[0].bits] = want;
        if (opts_.intbounds) bounds_.learn(out_, op.args[0], want);
      }
      if (n == ROP_guard_value && !op.args[0].is_const()) known_const_[op.args[0].bits] = op.args[1];
    }
    return op.kind != kVoid ? value : TraceRef{};
  }
  // Pure operations: simplified, folded when constant, shared when repeated.
  if ((n == ROP_int_add || n == ROP_int_sub || n == ROP_int_mul || n == ROP_int_and) && opts_.fold) {
    TraceRef same;
    if (simplify(op, &same)) return same;
  }
  if (rop_is_pure(n) && !rop_is_call(n) && opts_.fold) {
    bool all_const = true;
    std::vector<Word> words;
    for (const TraceRef& a : op.args) {
      all_const = all_const && a.is_const();
      if (a.is_const()) words.push_back(out_.const_value(a));
    }
    Word v;
    if (all_const && eval_pure(n, words, &v)) return out_.add_const(op.kind, v);
    if (opts_.intbounds && !all_const) {
      int known = bounds_.decide(out_, op);
      if (known >= 0) return out_.add_const(kInt, static_cast<Word>(known));
    }
    std::string k = key(op);
    auto it = pure_.find(k);
    if (it != pure_.end()) return it->second;
    TraceRef r = emit(op);
    pure_[k] = r;
    if (n == ROP_strlen) bounds_.note_length(r);
    return r;
  }
  if ((n >= ROP_call_pure_i && n <= ROP_call_pure_n) && opts_.fold) {  // elidable calls
    std::string k = key(op);
    auto it = pure_.find(k);
    if (it != pure_.end()) return it->second;
    flush();  // (it may read what was written)
    TraceRef r = emit(op);
    if (op.kind != kVoid) pure_[k] = r;
    return r;
  }
  // Memory: the heap cache.
  if (opts_.heap) {
    if (n == ROP_getfield_gc_i || n == ROP_getfield_gc_r || n == ROP_getfield_gc_f) {
      auto& per = fields_[op.descr];
      auto it = per.find(op.args[0].bits);
      if (it != per.end()) return it->second;
      for (size_t k = 0; k < lazy_.size(); ++k)
        if (lazy_[k].descr == op.descr) {  // another object, which may be the one written
          emit(lazy_[k]);
          lazy_.erase(lazy_.begin() + static_cast<std::ptrdiff_t>(k));
          break;
        }
      TraceRef r = emit(op);
      per[op.args[0].bits] = r;
      if (op.descr == &kListLenField) bounds_.note_length(r);
      return r;
    }
    if (n == ROP_setfield_gc) {
      auto& per = fields_[op.descr];
      auto it = per.find(op.args[0].bits);
      if (it != per.end() && it->second == op.args[1]) return {};  // the field already holds it
      // Delayed: a later write to the same field of the same object replaces it; a guard keeps
      // it in its resume data.
      bool replaced = false;
      for (size_t k = 0; k < lazy_.size() && !replaced; ++k)
        if (lazy_[k].descr == op.descr) {
          if (lazy_[k].args[0] == op.args[0]) {
            lazy_[k] = op;
          } else {
            emit(lazy_[k]);
            lazy_.erase(lazy_.begin() + static_cast<std::ptrdiff_t>(k));
            lazy_.push_back(op);
          }
          replaced = true;
        }
      if (!replaced) lazy_.push_back(op);
      per.clear();  // another object may be this one
      per[op.args[0].bits] = op.args[1];
      return {};
    }
    if (n == ROP_getarrayitem_gc_i || n == ROP_getarrayitem_gc_r || n == ROP_getarrayitem_gc_f) {
      auto& per = items_[op.descr];
      auto k = std::make_pair(op.args[0].bits, op.args[1].bits);
      auto it = per.find(k);
      if (it != per.end()) return it->second;
      TraceRef r = emit(op);
      per[k] = r;
      return r;
    }
    if (n == ROP_setarrayitem_gc) {
      auto& per = items_[op.descr];
      auto k = std::make_pair(op.args[0].bits, op.args[1].bits);
      auto it = per.find(k);
      if (it != per.end() && it->second == op.args[2]) return {};
      emit(op);
      // Forget only the items this write may overwrite: of an array that may be this one, at an
      // index that may be this one (a cache per descr: different descrs never alias).
      for (auto e = per.begin(); e != per.end();) e = may_alias_item(e->first, k) ? per.erase(e) : std::next(e);
      per[k] = op.args[2];
      return {};
    }
    if (rop_is_call(n) || n == ROP_new_with_vtable || n == ROP_new_list) invalidate_reachable();  // (an allocation may run a __del__)
  }
  // Anything else may read the heap (a call) or leaves the trace (jump, finish, label).
  if (n != ROP_debug_merge_point && n != ROP_same_as_i && n != ROP_same_as_r && n != ROP_same_as_f && !rop_is_pure(n) &&
      rop_class(n) != RopClass::CallResult && n != ROP_getarrayitem_gc_i && n != ROP_getarrayitem_gc_r && n != ROP_getarrayitem_gc_f &&
      n != ROP_setarrayitem_gc)
    flush();
  TraceRef r = emit(op);
  if (n == ROP_new_with_vtable || n == ROP_new_with_vtable_in_frame) fresh_.insert(r.bits);
  return op.kind != kVoid ? r : TraceRef{};
}

// A trace that loops to its own label: [inputs] label(inputs) body jump(args).
bool is_own_loop(const Trace& t) {
  if (t.ops.size() < 2 || t.ops.front().opnum != ROP_label || t.ops.back().opnum != ROP_jump) return false;
  if (t.ops.front().descr != t.ops.back().descr || t.ops.front().args.size() != t.inputs.size()) return false;
  for (size_t k = 0; k < t.inputs.size(); ++k)
    if (!(t.ops.front().args[k] == TraceRef::input(static_cast<uint32_t>(k)))) return false;
  for (size_t i = 1; i < t.ops.size(); ++i)
    if (t.ops[i].opnum == ROP_label) return false;
  return true;
}

// A value the loop receives at its label besides the jump's arguments: a field read whose object
// is a jump argument, a constant or another such read (the short preamble). At the end of each
// iteration it is read again, which the heap cache answers when nothing changed it.
struct ShortRead {
  const void* descr;
  TraceRef obj;    // in the preamble's terms
  TraceRef value;  // in the preamble's terms
  Kind kind;
};

// Virtual state across the back edge (docs/JIT.md 11.3; RPython's VirtualState in unroll): an
// object that the preamble allocates at its jump (allocation removal forced it there) and that the
// loop receives, reads only through the short preamble, and allocates again at its own jump with
// the same class and the same fields, is carried as its fields alone: the label and the jump lose
// it, both allocations and their field writes go, and the loop's guards that keep it describe it
// as a virtual of those fields (the resume allocates it). Conditions, checked on the unrolled
// trace t (label_at: the loop's label; n: the original jump's arguments, then the shorts):
//  - the preamble's value A at position k is a new_with_vtable used only as the object of its
//    setfield_gc operations and at position k of the loop's label; no preamble guard keeps it;
//  - the loop's value B at position k of its jump is a new_with_vtable of the same class, used only
//    as the object of its setfield_gc operations there, kept by no guard;
//  - no operation of the loop uses A (its fields come from the label; a read the heap cache did
//    not answer would be a use), and no guard's pending write goes to it;
//  - both write the same fields, each of which the short preamble passes (A.field at position
//    n + m, B.field read again at the jump).
// The object is then never seen outside the trace between its allocation and the next
// iteration's end: a fresh one with the same fields, made only when a guard fails, is the same.
static size_t carry_fields_not_objects(Trace& t, size_t label_at, size_t n, const std::vector<ShortRead>& shorts,
                                       const std::vector<TraceRef>& jargs, std::vector<TraceRef>* loop_lengths) {
  const size_t last = t.ops.size() - 1;
  std::vector<bool> removed(t.ops.size(), false);
  struct Carried {
    size_t pos;
    TraceRef obj;  // A
    Snapshot::Virtual virt;
  };
  std::vector<Carried> carried;
  for (size_t k = 0; k < n && k < jargs.size(); ++k) {
    const TraceRef A = t.ops[label_at].args[k], B = t.ops[last].args[k];
    if (A.tag() != TraceRef::kOp || B.tag() != TraceRef::kOp || !(jargs[k] == A)) continue;
    const size_t ia = A.index(), ib = B.index();
    if (ia >= label_at || ib <= label_at || ib >= last) continue;
    if (t.ops[ia].opnum != ROP_new_with_vtable || t.ops[ib].opnum != ROP_new_with_vtable || t.ops[ia].descr != t.ops[ib].descr) continue;
    bool ok = true;
    for (size_t j = 0; j < t.ops[label_at].args.size() && ok; ++j) ok = j == k || !(t.ops[label_at].args[j] == A);
    for (size_t j = 0; j < t.ops[last].args.size() && ok; ++j) ok = j == k || (!(t.ops[last].args[j] == B) && !(t.ops[last].args[j] == A));
    std::vector<size_t> sets_a, sets_b;
    std::vector<const void*> fields_a, fields_b;
    for (size_t i = 0; i < last && ok; ++i) {
      if (i == label_at) continue;
      const ResOp& op = t.ops[i];
      for (size_t j = 0; j < op.args.size() && ok; ++j) {
        if (!(op.args[j] == A) && !(op.args[j] == B)) continue;
        bool own_write = op.opnum == ROP_setfield_gc && j == 0 && !(op.args[1] == op.args[0]);
        bool is_a = op.args[j] == A;
        if (!own_write || (is_a && i > label_at) || (!is_a && i < ib)) {
          ok = false;
        } else {
          (is_a ? sets_a : sets_b).push_back(i);
          auto& fs = is_a ? fields_a : fields_b;
          if (std::find(fs.begin(), fs.end(), op.descr) == fs.end()) fs.push_back(op.descr);
        }
      }
      if (op.snapshot >= 0 && ok) {
        const Snapshot& s = t.snapshots[static_cast<size_t>(op.snapshot)];
        s.for_each_ref([&](const TraceRef& r) {
          if (r == B || (r == A && i < label_at)) ok = false;
        });
        for (const Snapshot::Write& w : s.pending)
          if (w.obj == A) ok = false;
      }
    }
    if (!ok || fields_a.size() != fields_b.size()) continue;
    Snapshot::Virtual v{static_cast<const ClassDescr*>(t.ops[ia].descr), {}};
    for (const void* f : fields_a) {
      if (std::find(fields_b.begin(), fields_b.end(), f) == fields_b.end()) ok = false;
      size_t m = 0;
      while (m < shorts.size() && !(shorts[m].descr == f && shorts[m].obj == A)) ++m;
      if (m == shorts.size() || n + m >= t.ops[label_at].args.size()) ok = false;
      if (ok) v.fields.push_back({static_cast<const FieldDescr*>(f), t.ops[label_at].args[n + m]});
    }
    if (!ok) continue;
    removed[ia] = removed[ib] = true;
    for (size_t i : sets_a) removed[i] = true;
    for (size_t i : sets_b) removed[i] = true;
    carried.push_back({k, A, std::move(v)});
  }
  if (carried.empty()) return 0;
  // The loop's guards describe each carried object as a virtual of the label's field values.
  for (size_t i = label_at + 1; i < last; ++i) {
    if (t.ops[i].snapshot < 0) continue;
    Snapshot& s = t.snapshots[static_cast<size_t>(t.ops[i].snapshot)];
    for (const Carried& c : carried) {
      bool uses = false;
      s.for_each_ref([&](const TraceRef& r) { uses = uses || r == c.obj; });
      if (!uses) continue;
      TraceRef vr = TraceRef::virt(static_cast<uint32_t>(s.virtuals.size()));
      s.virtuals.push_back(c.virt);
      s.for_each_ref([&](TraceRef& r) {
        if (r == c.obj) r = vr;
      });
    }
  }
  for (auto it = carried.rbegin(); it != carried.rend(); ++it) {  // (positions in decreasing order)
    t.ops[label_at].args.erase(t.ops[label_at].args.begin() + static_cast<std::ptrdiff_t>(it->pos));
    t.ops[last].args.erase(t.ops[last].args.begin() + static_cast<std::ptrdiff_t>(it->pos));
  }
  // Compact the operations, renumbering their results.
  std::vector<uint32_t> index(t.ops.size(), 0);
  std::vector<ResOp> ops;
  for (size_t i = 0; i < t.ops.size(); ++i) {
    index[i] = static_cast<uint32_t>(ops.size());
    if (!removed[i]) ops.push_back(std::move(t.ops[i]));
  }
  auto renumber = [&](TraceRef& r) {
    if (r.tag() == TraceRef::kOp) r = TraceRef::op(index[r.index()]);
  };
  for (ResOp& op : ops)
    for (TraceRef& a : op.args) renumber(a);
  for (Snapshot& s : t.snapshots) s.for_each_ref(renumber);
  for (TraceRef& r : *loop_lengths) renumber(r);
  t.ops = std::move(ops);
  return carried.size();
}

// Loop peeling (docs/JIT.md 11, unroll): the trace is optimized once as the preamble, whose
// state at its jump (the heap cache) the loop's copy starts from; what the loop assumes is passed
// through its label and re-established (usually from the cache) at its jump.
void unroll(Trace& t, const OptOptions& opts, std::vector<TraceRef>* loop_lengths, size_t* carried) {
  size_t n = t.inputs.size();
  Pass pre(t, opts);
  for (size_t i = 0; i + 1 < t.ops.size(); ++i) pre.process(i);
  pre.flush();  // (the loop's label is a boundary: memory is up to date there)
  const ResOp& jump = t.ops.back();
  std::vector<TraceRef> jargs;
  for (const TraceRef& a : jump.args) jargs.push_back(pre.get(a));
  // The short preamble, in the order the preamble reads the fields.
  std::vector<ShortRead> shorts;
  std::unordered_map<uint32_t, TraceRef> known;  // preamble value -> the loop's input that holds it
  for (size_t k = 0; k < jargs.size(); ++k)
    if (!jargs[k].is_const() && !known.count(jargs[k].bits)) known[jargs[k].bits] = TraceRef::input(static_cast<uint32_t>(k));
  const Trace& po = pre.out();
  for (bool more = true; more && shorts.size() < 32;) {
    more = false;
    for (const ResOp& op : po.ops) {
      if (op.opnum != ROP_getfield_gc_i && op.opnum != ROP_getfield_gc_r && op.opnum != ROP_getfield_gc_f && op.opnum != ROP_setfield_gc)
        continue;
      TraceRef obj = op.args[0];
      if (!obj.is_const() && !known.count(obj.bits)) continue;
      auto pf = pre.fields().find(op.descr);
      if (pf == pre.fields().end()) continue;
      auto pv = pf->second.find(obj.bits);
      if (pv == pf->second.end() || pv->second.is_const() || known.count(pv->second.bits)) continue;
      if (shorts.size() >= 32) break;
      Kind kind = po.kind_of(pv->second);
      known[pv->second.bits] = TraceRef::input(static_cast<uint32_t>(n + shorts.size()));
      shorts.push_back({op.descr, obj, pv->second, kind});
      more = true;
    }
  }
  auto loop_ref = [&](TraceRef r) { return r.is_const() ? r : known.at(r.bits); };
  // The loop: the same operations, from inputs that are the label's arguments.
  Trace lt = po;
  lt.ops = t.ops;
  lt.snapshots = t.snapshots;
  lt.inputs = t.inputs;
  for (const ShortRead& s : shorts) lt.inputs.push_back(s.kind);
  for (size_t m = 0; m < shorts.size(); ++m) lt.ops.front().args.push_back(TraceRef::input(static_cast<uint32_t>(n + m)));
  Pass loop(lt, opts);
  for (size_t m = 0; m < shorts.size(); ++m) {
    loop.fields()[shorts[m].descr][loop_ref(shorts[m].obj).bits] = TraceRef::input(static_cast<uint32_t>(n + m));
    if (shorts[m].descr == &kListLenField) loop.bounds().note_length(TraceRef::input(static_cast<uint32_t>(n + m)));
  }
  for (size_t i = 0; i + 1 < lt.ops.size(); ++i) loop.process(i);
  std::vector<TraceRef> end_args;
  for (const TraceRef& a : jump.args) end_args.push_back(loop.get(a));
  std::vector<TraceRef> end_shorts;  // the short preamble again, at the end of the iteration
  for (const ShortRead& s : shorts) {
    TraceRef obj = s.obj;
    if (!obj.is_const()) {
      TraceRef in = known.at(obj.bits);
      obj = in.index() < n ? end_args[in.index()] : end_shorts[in.index() - n];
    }
    ResOp get;
    get.opnum = static_cast<uint8_t>(ROP_getfield_gc_i + static_cast<int>(s.kind));
    get.kind = s.kind;
    get.dkind = DescrKind::Field;
    get.descr = s.descr;
    get.args = {obj};
    end_shorts.push_back(loop.feed(get));
  }
  ResOp back = jump;
  back.args = end_args;
  back.args.insert(back.args.end(), end_shorts.begin(), end_shorts.end());
  loop.flush();
  loop.emit_raw(back);
  // Splice: the preamble, then the loop's label with distinct non-constant values, then the loop.
  Trace& lo = loop.out();
  Trace r = lo;  // (its constants include the preamble's, at the same indexes)
  r.inputs = t.inputs;
  r.ops = po.ops;
  r.snapshots = po.snapshots;
  std::vector<TraceRef> label_args;
  auto fresh = [&](TraceRef v) {  // a value the label can hold by itself
    bool repeated = std::find(label_args.begin(), label_args.end(), v) != label_args.end();
    if (!v.is_const() && !repeated) return v;
    ResOp same;
    Kind k = r.kind_of(v);
    same.opnum = static_cast<uint8_t>(ROP_same_as_i + static_cast<int>(k));
    same.kind = k;
    same.args = {v};
    r.ops.push_back(same);
    return TraceRef::op(static_cast<uint32_t>(r.ops.size() - 1));
  };
  for (const TraceRef& a : jargs) label_args.push_back(fresh(a));
  for (const ShortRead& s : shorts) {
    label_args.push_back(fresh(s.value));
    if (s.descr == &kListLenField) loop_lengths->push_back(label_args.back());
  }
  size_t base = r.ops.size();  // where the loop's label goes
  size_t snap_base = r.snapshots.size();
  auto remap = [&](TraceRef x) -> TraceRef {
    if (x.tag() == TraceRef::kInput) return label_args[x.index()];
    if (x.tag() == TraceRef::kOp) return TraceRef::op(static_cast<uint32_t>(base + x.index()));
    return x;
  };
  for (size_t i = 0; i < lo.ops.size(); ++i) {
    ResOp op = lo.ops[i];
    for (TraceRef& a : op.args) a = remap(a);
    if (op.snapshot >= 0) op.snapshot += static_cast<int32_t>(snap_base);
    r.ops.push_back(std::move(op));
  }
  for (Snapshot s : lo.snapshots) {
    s.for_each_ref([&](TraceRef& b) { b = remap(b); });
    r.snapshots.push_back(std::move(s));
  }
  t = std::move(r);
  if (opts.virtualize) *carried = carry_fields_not_objects(t, base, n, shorts, jargs, loop_lengths);
}

}  // namespace

OptResult optimize(Trace& trace, const OptOptions& opts) {
  OptResult r;
  r.ops_before = trace.ops.size();
  r.guards_before = trace.num_guards();
  std::vector<TraceRef> loop_lengths;  // (the loop's label arguments that are list lengths)
  if (opts.virtualize) r.allocations_removed = virtualize(trace);
  if (opts.unroll && opts.heap && is_own_loop(trace)) {
    size_t carried = 0;
    unroll(trace, opts, &loop_lengths, &carried);
    r.allocations_removed += 2 * carried;  // (the preamble's and the loop's)
  } else {
    Pass p(trace, opts);
    for (size_t i = 0; i < trace.ops.size(); ++i) p.process(i);
    trace = std::move(p.out());
  }
  if (opts.intbounds && opts.fold) hoist_bound_checks(trace, loop_lengths);
  if (opts.fold) remove_dead(trace);
  r.ops_after = trace.ops.size();
  r.guards_after = trace.num_guards();
  return r;
}

}  // namespace rpy::jit
