// The optimizer's forward pass (docs/JIT.md 11).
#include "jit/optimizer.hpp"

#include <map>
#include <unordered_map>

#include "jit/semantics.hpp"

namespace rpy::jit {

OptOptions OptOptions::from(const std::string& enable_opts) {
  OptOptions o;
  if (enable_opts == "all") return o;
  auto has = [&](const char* name) { return (":" + enable_opts + ":").find(std::string(":") + name + ":") != std::string::npos; };
  o.fold = has("pure");
  o.heap = has("heap");
  o.guards = has("rewrite") || has("intbounds");
  return o;
}

// The value of a pure operation on constant words; false when it cannot be folded (it would
// raise: the trace guards against that, so the operation is never reached).
static bool eval_pure(int op, const std::vector<Word>& a, Word* out) {
  try {
    switch (op) {
      case ROP_int_add:
      case ROP_int_sub:
      case ROP_int_mul:
      case ROP_int_floordiv:
      case ROP_int_mod:
      case ROP_int_and:
      case ROP_int_or:
      case ROP_int_xor:
      case ROP_int_lshift:
      case ROP_int_rshift:
      case ROP_int_pow:
        *out = eval_int2(OP_int_add + (op - ROP_int_add), a[0], a[1]);
        return true;
      case ROP_int_lt:
      case ROP_int_le:
      case ROP_int_eq:
      case ROP_int_ne:
      case ROP_int_gt:
      case ROP_int_ge:
        *out = eval_int2(OP_int_lt + (op - ROP_int_lt), a[0], a[1]);
        return true;
      case ROP_int_neg:
      case ROP_int_invert:
      case ROP_int_is_true:
      case ROP_int_is_zero:
        *out = eval_int1(OP_int_neg + (op - ROP_int_neg), a[0]);
        return true;
      case ROP_uint_lt:
        *out = a[0] < a[1];
        return true;
      case ROP_float_add:
      case ROP_float_sub:
      case ROP_float_mul:
      case ROP_float_truediv:
      case ROP_float_floordiv:
      case ROP_float_mod:
        *out = eval_float2(OP_float_add + (op - ROP_float_add), a[0], a[1]);
        return true;
      case ROP_float_lt:
      case ROP_float_le:
      case ROP_float_eq:
      case ROP_float_ne:
      case ROP_float_gt:
      case ROP_float_ge:
        *out = eval_float2(OP_float_lt + (op - ROP_float_lt), a[0], a[1]);
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

class Pass {
 public:
  Pass(Trace& in, const OptOptions& o) : in_(in), opts_(o) {}
  void run();

 private:
  TraceRef get(TraceRef r) const {
    if (r.tag() == TraceRef::kOp) r = repl_[r.index()];
    auto it = known_const_.find(r.bits);
    return it != known_const_.end() ? it->second : r;
  }
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
  void invalidate_heap() {
    fields_.clear();
    items_.clear();
  }

  Trace& in_;
  Trace out_;
  const OptOptions& opts_;
  std::vector<TraceRef> repl_;
  std::unordered_map<uint32_t, TraceRef> known_const_;  // values a guard_value fixed
  std::unordered_map<uint32_t, bool> known_bool_;       // conditions a guard fixed
  std::unordered_map<std::string, TraceRef> pure_;
  std::map<const void*, std::unordered_map<uint32_t, TraceRef>> fields_;            // descr -> obj -> value
  std::map<const void*, std::map<std::pair<uint32_t, uint32_t>, TraceRef>> items_;  // descr -> (array, index) -> value
};

void Pass::run() {
  out_ = in_;  // inputs and constants (with their names)
  out_.ops.clear();
  out_.snapshots.clear();
  repl_.assign(in_.ops.size(), TraceRef{});
  for (size_t i = 0; i < in_.ops.size(); ++i) {
    ResOp op = in_.ops[i];
    for (TraceRef& a : op.args) a = get(a);
    auto self = [&](TraceRef r) { repl_[i] = r; };
    int n = op.opnum;
    // Guards: drop those whose outcome is known; remember what the others establish.
    if (rop_is_guard(n)) {
      bool want = n == ROP_guard_true;
      if (opts_.guards) {
        if (n == ROP_guard_true || n == ROP_guard_false) {
          TraceRef c = op.args[0];
          if (c.is_const() && (out_.const_value(c) != 0) == want) continue;
          auto it = known_bool_.find(c.bits);
          if (it != known_bool_.end() && it->second == want) continue;
        } else if (n == ROP_guard_value) {
          TraceRef x = op.args[0], k = op.args[1];
          if (x.is_const() && k.is_const() && out_.const_value(x) == out_.const_value(k)) continue;
        }
      }
      if (op.snapshot >= 0) {  // (its own snapshot describes the failing path: no facts it establishes)
        Snapshot s = in_.snapshots[static_cast<size_t>(op.snapshot)];
        for (TraceRef& b : s.boxes) b = get(b);
        out_.snapshots.push_back(std::move(s));
        op.snapshot = static_cast<int32_t>(out_.snapshots.size() - 1);
      }
      emit(op);
      if (opts_.guards) {  // what holds after the guard
        if (n == ROP_guard_true || n == ROP_guard_false) known_bool_[op.args[0].bits] = want;
        if (n == ROP_guard_value && !op.args[0].is_const()) known_const_[op.args[0].bits] = op.args[1];
      }
      continue;
    }
    // Pure operations: folded when constant, shared when repeated.
    if (rop_is_pure(n) && !rop_is_call(n) && opts_.fold) {
      bool all_const = true;
      std::vector<Word> words;
      for (const TraceRef& a : op.args) {
        all_const = all_const && a.is_const();
        if (a.is_const()) words.push_back(out_.const_value(a));
      }
      Word v;
      if (all_const && eval_pure(n, words, &v)) {
        self(out_.add_const(op.kind, v));
        continue;
      }
      std::string k = key(op);
      auto it = pure_.find(k);
      if (it != pure_.end()) {
        self(it->second);
        continue;
      }
      TraceRef r = emit(op);
      pure_[k] = r;
      self(r);
      continue;
    }
    if ((n >= ROP_call_pure_i && n <= ROP_call_pure_n) && opts_.fold) {  // elidable calls
      std::string k = key(op);
      auto it = pure_.find(k);
      if (it != pure_.end()) {
        self(it->second);
        continue;
      }
      TraceRef r = emit(op);
      if (op.kind != kVoid) pure_[k] = r;
      self(r);
      continue;
    }
    // Memory: the heap cache.
    if (opts_.heap) {
      if (n == ROP_getfield_gc_i || n == ROP_getfield_gc_r || n == ROP_getfield_gc_f) {
        auto& per = fields_[op.descr];
        auto it = per.find(op.args[0].bits);
        if (it != per.end()) {
          self(it->second);
          continue;
        }
        TraceRef r = emit(op);
        per[op.args[0].bits] = r;
        self(r);
        continue;
      }
      if (n == ROP_setfield_gc) {
        auto& per = fields_[op.descr];
        auto it = per.find(op.args[0].bits);
        if (it != per.end() && it->second == op.args[1]) continue;  // the field already holds it
        emit(op);
        per.clear();  // another object may be this one
        per[op.args[0].bits] = op.args[1];
        continue;
      }
      if (n == ROP_getarrayitem_gc_i || n == ROP_getarrayitem_gc_r || n == ROP_getarrayitem_gc_f) {
        auto& per = items_[op.descr];
        auto k = std::make_pair(op.args[0].bits, op.args[1].bits);
        auto it = per.find(k);
        if (it != per.end()) {
          self(it->second);
          continue;
        }
        TraceRef r = emit(op);
        per[k] = r;
        self(r);
        continue;
      }
      if (n == ROP_setarrayitem_gc) {
        auto& per = items_[op.descr];
        auto k = std::make_pair(op.args[0].bits, op.args[1].bits);
        auto it = per.find(k);
        if (it != per.end() && it->second == op.args[2]) continue;
        emit(op);
        per.clear();
        per[k] = op.args[2];
        continue;
      }
      if (rop_is_call(n) || n == ROP_new_with_vtable) invalidate_heap();  // (an allocation may run a __del__)
    }
    TraceRef r = emit(op);
    if (op.kind != kVoid) self(r);
  }
  in_ = std::move(out_);
}

}  // namespace

OptResult optimize(Trace& trace, const OptOptions& opts) {
  OptResult r;
  r.ops_before = trace.ops.size();
  r.guards_before = trace.num_guards();
  Pass(trace, opts).run();
  r.ops_after = trace.ops.size();
  r.guards_after = trace.num_guards();
  return r;
}

}  // namespace rpy::jit
