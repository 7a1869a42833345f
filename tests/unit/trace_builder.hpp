// Builds JIT traces by hand for the optimizer's unit tests: operations, guards with a one-frame
// snapshot of the boxes they keep alive, integer constants, and the trace as text.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "jit/optimizer.hpp"

namespace rpy::jit::testing {

// One operation, not yet in a trace.
inline ResOp make_op(int opnum, std::vector<TraceRef> args, DescrKind dk = DescrKind::None, const void* descr = nullptr) {
  ResOp o;
  o.opnum = static_cast<uint8_t>(opnum);
  o.kind = rop_result(opnum);
  o.args = std::move(args);
  o.dkind = dk;
  o.descr = descr;
  return o;
}

// The fields of the BF interpreter's tape that the tests' traces read and write.
inline const FieldDescr kPos = {8, 8, kInt, true, "Tape.position", 0};
inline const FieldDescr kTape = {16, 8, kRef, false, "Tape.thetape", 0};

struct TraceBuilder {
  Trace t;
  TraceRef op(int opnum, std::vector<TraceRef> args, DescrKind dk = DescrKind::None, const void* descr = nullptr) {
    t.ops.push_back(make_op(opnum, std::move(args), dk, descr));
    return TraceRef::op(static_cast<uint32_t>(t.ops.size() - 1));
  }
  void guard(int opnum, std::vector<TraceRef> args, std::vector<TraceRef> live) {
    Snapshot s;
    s.frames.push_back({0, 0, 0, static_cast<uint32_t>(live.size())});
    s.boxes = std::move(live);
    t.snapshots.push_back(std::move(s));
    TraceRef g = op(opnum, std::move(args), DescrKind::Guard);
    t.ops[g.index()].snapshot = static_cast<int32_t>(t.snapshots.size() - 1);
  }
  TraceRef c(int64_t v) { return t.add_const(kInt, static_cast<Word>(v)); }
  std::string text() { return format_trace(t, {}, 0); }
};

}  // namespace rpy::jit::testing
