// Allocation removal (docs/JIT.md 11.3). One forward pass over the trace, before the others:
//  - new_with_vtable gives a virtual object: its class and a map field -> value, nothing emitted;
//  - setfield_gc on a virtual writes the map, getfield_gc of a written field reads it;
//  - guard_class of a virtual with its own class and guard_nonnull of a virtual always pass: they
//    go; ptr_eq/ptr_ne with a virtual are constants (a virtual is a fresh object that no other
//    value can point to, since storing it anywhere else forces it);
//  - any other use forces the virtual: new_with_vtable and a setfield_gc per written field are
//    emitted there (the virtuals it holds are forced first; a cycle ends at an object already
//    being forced, whose result is already known);
//  - a guard's snapshot names the virtuals live there (TraceRef::virt(n), n an index into its
//    own Snapshot::virtuals), which the resume allocates if the guard fails.
// A virtual live at the loop's jump is forced there (the next iteration receives an object).
// A virtual whose object never outlives the recursive portal call that forces it
// (Trace::scope_end: a frame object of the callee's, docs/JIT.md 7.7) is built in the machine
// frame (new_with_vtable_in_frame), not in the collected heap, when no later operation, guard or
// field uses it; so is a list such an object owns (new_list_in_frame, docs/JIT.md 16).
#include "jit/virtualize.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "jit/semantics.hpp"

namespace rpy::jit {

namespace {

class Virtualizer {
 public:
  explicit Virtualizer(const Trace& in) : in_(in) {
    out_ = in;
    out_.ops.clear();
    out_.snapshots.clear();
    repl_.assign(in.ops.size(), TraceRef{});
  }
  void run() {
    find_frame_objects();
    for (cur_ = 0; cur_ < in_.ops.size(); ++cur_) repl_[cur_] = step(in_.ops[cur_]);
  }
  Trace& out() { return out_; }
  size_t removed() const {
    size_t n = 0;
    for (const Obj& o : objs_) n += o.forced ? 0 : 1;
    return n;
  }

 private:
  struct Obj {
    const ClassDescr* cls;
    std::vector<Snapshot::Field> fields;  // values in the pass's terms (may be virtuals)
    bool forced = false;
    TraceRef ref;                       // once forced: the allocation's result
    uint32_t frame_until = UINT32_MAX;  // forced by this op: built in the machine frame
  };

  // An input operation's value in out_'s terms: a value, a constant or an unforced virtual
  // (TraceRef::virt(index into objs_)).
  TraceRef get(TraceRef r) const { return resolve(r.tag() == TraceRef::kOp ? repl_[r.index()] : r); }
  // A value in out_'s terms, the object for a virtual forced since.
  TraceRef resolve(TraceRef r) const { return r.is_virtual() && objs_[r.index()].forced ? objs_[r.index()].ref : r; }
  Obj* virt(TraceRef r) { return r.is_virtual() && !objs_[r.index()].forced ? &objs_[r.index()] : nullptr; }
  TraceRef emit(ResOp op) {
    out_.ops.push_back(std::move(op));
    return TraceRef::op(static_cast<uint32_t>(out_.ops.size() - 1));
  }
  // The object allocated and its fields written here; returns its value (r in out_'s terms).
  TraceRef force(TraceRef r) {
    r = resolve(r);
    Obj* o = virt(r);
    if (!o) return r;
    ResOp alloc;
    alloc.opnum = o->frame_until == cur_ ? ROP_new_with_vtable_in_frame : ROP_new_with_vtable;
    alloc.kind = kRef;
    alloc.dkind = DescrKind::Class;
    alloc.descr = o->cls;
    o->forced = true;
    o->ref = emit(std::move(alloc));
    std::vector<Snapshot::Field> fields = o->fields;  // (forcing a field's value may grow objs_)
    TraceRef obj = o->ref;
    for (const Snapshot::Field& f : fields) {
      ResOp set;
      set.opnum = ROP_setfield_gc;
      set.kind = kVoid;
      set.dkind = DescrKind::Field;
      set.descr = f.descr;
      set.args = {obj, force(f.value)};
      emit(std::move(set));
    }
    return obj;
  }
  static const Snapshot::Field* find(const Obj& o, const void* descr) {
    for (const Snapshot::Field& f : o.fields)
      if (f.descr == descr) return &f;
    return nullptr;
  }
  TraceRef step(const ResOp& in);
  Snapshot convert(const Snapshot& s);
  void find_frame_objects();
  void find_frame_lists(const std::unordered_map<uint32_t, std::vector<uint32_t>>& owners);
  std::unordered_set<uint32_t> passing_index_guards() const;

  const Trace& in_;
  size_t cur_ = 0;                                   // the input op being rewritten
  std::unordered_map<uint32_t, uint32_t> in_frame_;  // Trace::scope_end, less the objects used after

  Trace out_;
  std::vector<TraceRef> repl_;
  std::vector<Obj> objs_;
  std::unordered_map<uint32_t, Word> list_len_;  // new_list results (out_'s terms) of a known length
};

// The guard's snapshot in out_'s terms; the virtuals it reaches become its own Snapshot::virtuals.
Snapshot Virtualizer::convert(const Snapshot& s) {
  Snapshot r = s;
  std::unordered_map<uint32_t, uint32_t> local;  // objs_ index -> r.virtuals index
  std::vector<uint32_t> todo;
  auto map = [&](TraceRef& x, bool in_terms) {
    x = in_terms ? get(x) : resolve(x);
    if (!virt(x)) return;
    auto [it, fresh] = local.try_emplace(x.index(), static_cast<uint32_t>(local.size()));
    if (fresh) todo.push_back(x.index());
    x = TraceRef::virt(it->second);
  };
  for (TraceRef& b : r.boxes) map(b, true);
  for (Snapshot::Write& w : r.pending) {
    map(w.obj, true);
    map(w.value, true);
  }
  if (r.call_result_kind >= 0) map(r.call_result, true);
  for (size_t k = 0; k < todo.size(); ++k) {  // (todo grows as fields reach further virtuals)
    const Obj& o = objs_[todo[k]];
    Snapshot::Virtual v{o.cls, o.fields};
    for (Snapshot::Field& f : v.fields) map(f.value, false);
    r.virtuals.push_back(std::move(v));
  }
  return r;
}

// The scoped allocations (Trace::scope_end) that nothing uses after their call, nor stores into
// a field or an array (a copy the trace could read later): those are dead once the call returns.
// An owned list (new_list) may be stored into its owners' fields (docs/JIT.md 16); it stays when
// they do (find_frame_lists).
void Virtualizer::find_frame_objects() {
  in_frame_ = in_.scope_end;
  std::unordered_map<uint32_t, std::vector<uint32_t>> owners;  // new_list -> objects holding it
  auto drop = [&](TraceRef r, size_t at, bool stored) {
    if (r.tag() != TraceRef::kOp) return;
    auto it = in_frame_.find(r.index());
    if (it != in_frame_.end() && (stored || at > it->second)) in_frame_.erase(it);
  };
  for (size_t i = 0; i < in_.ops.size() && !in_frame_.empty(); ++i) {
    const ResOp& op = in_.ops[i];
    bool stores = op.opnum == ROP_setfield_gc || op.opnum == ROP_setarrayitem_gc;
    if (op.opnum == ROP_setfield_gc && op.args[0].tag() == TraceRef::kOp && op.args[1].tag() == TraceRef::kOp &&
        in_.ops[op.args[1].index()].opnum == ROP_new_list && in_frame_.count(op.args[1].index())) {
      owners[op.args[1].index()].push_back(op.args[0].index());
      drop(op.args[0], i, false);
      drop(op.args[1], i, false);
      continue;
    }
    for (size_t k = 0; k < op.args.size(); ++k) drop(op.args[k], i, stores && k > 0);
    if (op.snapshot < 0) continue;
    const Snapshot& s = in_.snapshots[static_cast<size_t>(op.snapshot)];
    for (TraceRef b : s.boxes) drop(b, i, false);
    for (const Snapshot::Write& w : s.pending) {
      drop(w.obj, i, false);
      drop(w.value, i, true);
    }
    if (s.call_result_kind >= 0) drop(s.call_result, i, false);
  }
  find_frame_lists(owners);
}

// The guards that cannot fail because they check a constant index against the length of a
// new_list of a constant count that no call has seen since (`self.stack[0] = x` in __init__,
// the list read back from the field it was just stored into): their resume data may name a list
// in the frame, since they never resume.
std::unordered_set<uint32_t> Virtualizer::passing_index_guards() const {
  std::unordered_map<uint32_t, int64_t> len;                    // ops whose value is such a list -> its length
  std::map<std::pair<uint32_t, const void*>, uint32_t> stored;  // (object, field) -> that list
  std::unordered_map<uint32_t, int64_t> len_read;               // getfield_gc_i(List.len) ops -> the length
  std::unordered_set<uint32_t> in_range, passing;               // uint_lt(c, len) with c < len; their guards
  auto op_of = [](TraceRef r) { return r.tag() == TraceRef::kOp ? r.index() : UINT32_MAX; };
  for (uint32_t i = 0; i < in_.ops.size(); ++i) {
    const ResOp& op = in_.ops[i];
    if (rop_is_call(op.opnum)) {  // (it may append to or pop from any list)
      len.clear();
      stored.clear();
      continue;
    }
    if (op.opnum == ROP_new_list && op.args[0].is_const() && static_cast<int64_t>(in_.const_value(op.args[0])) >= 0) {
      len[i] = static_cast<int64_t>(in_.const_value(op.args[0]));
    } else if (op.opnum == ROP_setfield_gc) {
      uint32_t v = op_of(op.args[1]), o = op_of(op.args[0]);
      if (len.count(v) && o != UINT32_MAX && in_.ops[o].opnum == ROP_new_with_vtable)  // (no other box is that object)
        stored[{o, op.descr}] = v;
      else
        stored.erase({op_of(op.args[0]), op.descr});
    } else if (op.opnum == ROP_getfield_gc_r) {
      auto it = stored.find({op_of(op.args[0]), op.descr});
      if (it != stored.end() && len.count(it->second)) len[i] = len[it->second];
    } else if (op.opnum == ROP_getfield_gc_i && op.descr == &kListLenField && len.count(op_of(op.args[0]))) {
      len_read[i] = len[op_of(op.args[0])];
    } else if (op.opnum == ROP_uint_lt && op.args[0].is_const() && len_read.count(op_of(op.args[1]))) {
      if (in_.const_value(op.args[0]) < static_cast<Word>(len_read[op_of(op.args[1])])) in_range.insert(i);
    } else if (op.opnum == ROP_guard_true && in_range.count(op_of(op.args[0]))) {
      passing.insert(i);
    }
  }
  return passing;
}

// An owned list is built in the frame when its length is a small constant, every object holding
// it is built there at the same call, and no guard before that call can see it (a guard's resume
// would give the blackhole a list in words that machine code then reuses).
void Virtualizer::find_frame_lists(const std::unordered_map<uint32_t, std::vector<uint32_t>>& owners) {
  std::unordered_set<uint32_t> passing = passing_index_guards();
  for (auto it = in_frame_.begin(); it != in_frame_.end();) {
    uint32_t at = it->first, end = it->second;
    const ResOp& op = in_.ops[at];
    if (op.opnum != ROP_new_list) {
      ++it;
      continue;
    }
    auto held = owners.find(at);
    auto count = op.args[0].is_const() ? static_cast<int64_t>(in_.const_value(op.args[0])) : -1;
    bool ok = held != owners.end() && count >= 0 && count <= kFrameListMax;
    std::vector<uint32_t> seen = {at};
    if (ok)
      for (uint32_t o : held->second) {
        auto oi = in_frame_.find(o);
        ok = ok && oi != in_frame_.end() && oi->second == end;
        seen.push_back(o);
      }
    auto is_seen = [&](const TraceRef& r) {
      return r.tag() == TraceRef::kOp && std::find(seen.begin(), seen.end(), r.index()) != seen.end();
    };
    for (uint32_t i = at + 1; ok && i < end; ++i) {
      const ResOp& use = in_.ops[i];
      if (use.opnum == ROP_getfield_gc_r && is_seen(use.args[0])) seen.push_back(i);  // (the list, read back from an owner)
      if (use.snapshot < 0 || passing.count(i)) continue;
      in_.snapshots[static_cast<size_t>(use.snapshot)].for_each_ref([&](const TraceRef& r) {
        if (is_seen(r)) ok = false;
      });
    }
    it = ok ? std::next(it) : in_frame_.erase(it);
  }
}

TraceRef Virtualizer::step(const ResOp& in) {
  int n = in.opnum;
  ResOp op = in;
  for (TraceRef& a : op.args) a = get(a);
  if (rop_is_call(n)) list_len_.clear();  // (it may append to or pop from any list)
  switch (n) {
    case ROP_new_with_vtable: {
      auto it = in_frame_.find(static_cast<uint32_t>(cur_));
      objs_.push_back({static_cast<const ClassDescr*>(in.descr), {}, false, TraceRef{}, it == in_frame_.end() ? UINT32_MAX : it->second});
      return TraceRef::virt(static_cast<uint32_t>(objs_.size() - 1));
    }
    case ROP_setfield_gc:
      if (Obj* o = virt(op.args[0])) {
        for (Snapshot::Field& f : o->fields)
          if (f.descr == op.descr) {
            f.value = op.args[1];
            return {};
          }
        o->fields.push_back({static_cast<const FieldDescr*>(op.descr), op.args[1]});
        return {};
      }
      break;
    case ROP_getfield_gc_r:
    case ROP_getfield_gc_f:
      if (Obj* o = virt(op.args[0]))
        if (const Snapshot::Field* f = find(*o, op.descr)) return f->value;
      break;  // (a field never written holds its default: read from the object, forced)
    case ROP_guard_class:
      if (Obj* o = virt(op.args[0]))
        if (op.args[1].is_const() && out_.const_value(op.args[1]) == reinterpret_cast<Word>(o->cls->vtable)) return {};
      break;
    case ROP_guard_nonnull:
      if (virt(op.args[0])) return {};
      break;
    case ROP_new_list: {
      if (in_frame_.count(static_cast<uint32_t>(cur_))) op.opnum = ROP_new_list_in_frame;
      bool known = op.args[0].is_const() && static_cast<int64_t>(out_.const_value(op.args[0])) >= 0;
      Word count = known ? out_.const_value(op.args[0]) : 0;
      for (TraceRef& a : op.args) a = force(a);
      TraceRef r = emit(std::move(op));
      if (known) list_len_[r.bits] = count;
      return r;
    }
    case ROP_getfield_gc_i:  // the length of a fresh list no call has seen: its count
      if (op.descr == &kListLenField)
        if (auto it = list_len_.find(op.args[0].bits); it != list_len_.end()) return out_.add_const(kInt, it->second);
      if (Obj* o = virt(op.args[0]))
        if (const Snapshot::Field* f = find(*o, op.descr)) return f->value;
      break;
    case ROP_ptr_eq:
    case ROP_ptr_ne:
      if (virt(op.args[0]) || virt(op.args[1])) {
        bool same = op.args[0] == op.args[1];
        return out_.add_const(kInt, static_cast<Word>(same == (n == ROP_ptr_eq)));
      }
      break;
    default:
      break;
  }
  for (TraceRef& a : op.args) a = force(a);  // an escape: the virtuals it uses become objects
  if (op.snapshot >= 0) {
    out_.snapshots.push_back(convert(in_.snapshots[static_cast<size_t>(op.snapshot)]));
    op.snapshot = static_cast<int32_t>(out_.snapshots.size() - 1);
  }
  TraceRef r = emit(std::move(op));
  return in.kind != kVoid ? r : TraceRef{};
}

}  // namespace

size_t virtualize(Trace& t) {
  Virtualizer v(t);
  v.run();
  size_t removed = v.removed();
  t = std::move(v.out());
  t.scope_end.clear();  // (input op indexes: consumed here)
  return removed;
}

}  // namespace rpy::jit
