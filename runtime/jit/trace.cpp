// The trace IR's tables and its text form (PyPy's jit-log format).
#include "jit/trace.hpp"

#include <cstdio>
#include <cstring>
#include <vector>

#include "jit/ops.hpp"

namespace rpy::jit {

struct RopInfo {
  const char* name;
  int arity;
  char result;
  const char* flags;
  RopClass cls;
};

static const RopInfo kRops[] = {
#define ROP(name, arity, result, flags, cls) {#name, arity, result, flags, RopClass::cls},
#include "jit/resops.def"
#undef ROP
};

const char* rop_name(int op) { return op >= 0 && op < ROP_COUNT ? kRops[op].name : "?"; }
int rop_arity(int op) { return kRops[op].arity; }
Kind rop_result(int op) {
  switch (kRops[op].result) {
    case 'i':
      return kInt;
    case 'r':
      return kRef;
    case 'f':
      return kFloat;
    default:
      return kVoid;
  }
}
bool rop_is_guard(int op) { return std::strchr(kRops[op].flags, 'G') != nullptr; }
bool rop_is_pure(int op) { return std::strchr(kRops[op].flags, 'P') != nullptr; }
bool rop_is_call(int op) { return std::strchr(kRops[op].flags, 'C') != nullptr; }
RopClass rop_class(int op) { return kRops[op].cls; }

int rop_jitcode_op(int op) {
  static const std::vector<int16_t> table = [] {
    std::vector<int16_t> t(ROP_COUNT, -1);
    for (int r = 0; r < ROP_COUNT; ++r) {
      switch (kRops[r].cls) {
        case RopClass::IntBinary:
        case RopClass::IntUnary:
        case RopClass::IntTest:
        case RopClass::IntCompare:
        case RopClass::FloatBinary:
        case RopClass::FloatCompare:
          t[r] = static_cast<int16_t>(op_by_name(kRops[r].name));
          break;
        default:
          break;
      }
    }
    return t;
  }();
  return op >= 0 && op < ROP_COUNT ? table[op] : -1;
}

TraceRef Trace::add_const(Kind k, Word w) {
  auto it = const_index_[k].find(w);
  if (it != const_index_[k].end()) return TraceRef::constant(it->second);
  auto i = static_cast<uint32_t>(consts.size());
  consts.push_back(w);
  const_kinds.push_back(k);
  const_index_[k][w] = i;
  return TraceRef::constant(i);
}

TraceRef Trace::add_input(Kind k) {
  inputs.push_back(k);
  return TraceRef::input(static_cast<uint32_t>(inputs.size() - 1));
}

Kind Trace::kind_of(TraceRef r) const {
  switch (r.tag()) {
    case TraceRef::kInput:
      return inputs[r.index()];
    case TraceRef::kOp:
      return ops[r.index()].kind;
    case TraceRef::kVirtual:
      return kRef;
    default:
      return const_kinds[r.index()];
  }
}

size_t Trace::num_guards() const {
  size_t n = 0;
  for (const ResOp& op : ops) n += rop_is_guard(op.opnum) ? 1 : 0;
  return n;
}

// Numbers values in order of first appearance, as PyPy's logger does.
class Namer {
 public:
  explicit Namer(const Trace& t) : t_(t) {}
  std::string name(TraceRef r) {
    if (r.is_const()) {
      Word w = t_.const_value(r);
      switch (t_.const_kinds[r.index()]) {
        case kInt: {
          auto n = t_.const_names.find(r.index());
          if (n != t_.const_names.end()) return "ConstClass(" + n->second + ")";
          return std::to_string(static_cast<int64_t>(w));
        }
        case kRef: {
          if (!w) return "ConstPtr(null)";
          auto it = memo_.find(r.bits);
          if (it == memo_.end()) it = memo_.emplace(r.bits, next_++).first;
          return "ConstPtr(ptr" + std::to_string(it->second) + ")";
        }
        default: {
          char buf[40];
          std::snprintf(buf, sizeof buf, "%.17g", unw<double>(w));
          std::string s = buf;
          if (s.find_first_of(".en") == std::string::npos) s += ".0";
          return s;
        }
      }
    }
    auto it = memo_.find(r.bits);
    if (it == memo_.end()) it = memo_.emplace(r.bits, next_++).first;
    Kind k = t_.kind_of(r);
    return std::string(k == kInt ? "i" : k == kRef ? "p" : "f") + std::to_string(it->second);
  }

 private:
  const Trace& t_;
  std::unordered_map<uint32_t, int> memo_;
  int next_ = 0;
};

static std::string descr_text(const ResOp& op, int guard_number) {
  char buf[256];
  switch (op.dkind) {
    case DescrKind::Field: {
      auto* f = static_cast<const FieldDescr*>(op.descr);
      char c = f->kind == kRef ? 'P' : f->kind == kFloat ? 'F' : f->is_signed ? 'S' : 'U';
      std::snprintf(buf, sizeof buf, "<Field%c %s %u>", c, f->name, f->offset);
      return buf;
    }
    case DescrKind::Array: {
      auto* a = static_cast<const ListDescr*>(op.descr);
      char c = a->item_kind == kRef ? 'P' : a->item_kind == kFloat ? 'F' : a->is_signed ? 'S' : 'U';
      std::snprintf(buf, sizeof buf, "<Array%c %u>", c, a->item_size);
      return buf;
    }
    case DescrKind::Call: {
      auto* c = static_cast<const CallDescr*>(op.descr);
      const char* r = c->result_kinds[0] ? c->result_kinds : "v";
      std::snprintf(buf, sizeof buf, "<Call%s %s %s%s>", r, c->arg_kinds[0] ? c->arg_kinds : "-", c->name,
                    c->flags & kElidable ? " elidable" : "");
      return buf;
    }
    case DescrKind::Class: {
      auto* c = static_cast<const ClassDescr*>(op.descr);
      std::snprintf(buf, sizeof buf, "<SizeDescr %s>", c->name);
      return buf;
    }
    case DescrKind::Guard:
      std::snprintf(buf, sizeof buf, "<Guard0x%x>", guard_number);
      return buf;
    case DescrKind::Target:
      std::snprintf(buf, sizeof buf, "TargetToken(%d)", static_cast<int>(reinterpret_cast<intptr_t>(op.descr)));
      return buf;
    default:
      return "";
  }
}

std::string format_trace(const Trace& t, const std::unordered_map<size_t, std::string>& texts, int first_guard_number) {
  Namer names(t);
  std::string out = "[";
  for (size_t i = 0; i < t.inputs.size(); ++i) out += (i ? ", " : "") + names.name(TraceRef::input(static_cast<uint32_t>(i)));
  out += "]\n";
  int guard = first_guard_number;
  for (size_t i = 0; i < t.ops.size(); ++i) {
    const ResOp& op = t.ops[i];
    if (op.opnum == ROP_debug_merge_point) {
      auto it = texts.find(i);
      std::string s = it != texts.end() ? it->second : "";
      for (char& c : s)
        if (c == ',') c = '.';  // commas separate arguments in the log
      std::string depth = op.args.size() > 1 ? names.name(op.args[1]) : "0";
      out += "debug_merge_point(" + names.name(op.args[0]) + ", " + depth + ", '" + s + "')\n";
      continue;
    }
    std::string line;
    if (op.kind != kVoid) line += names.name(TraceRef::op(static_cast<uint32_t>(i))) + " = ";
    line += rop_name(op.opnum);
    line += "(";
    std::string args;
    for (size_t a = 0; a < op.args.size(); ++a) args += (a ? ", " : "") + names.name(op.args[a]);
    bool is_guard = rop_is_guard(op.opnum);
    std::string d = descr_text(op, is_guard ? guard : 0);
    if (!d.empty()) args += (args.empty() ? "descr=" : ", descr=") + d;
    line += args + ")";
    if (is_guard) {
      ++guard;
      if (op.snapshot >= 0) {
        const Snapshot& s = t.snapshots[static_cast<size_t>(op.snapshot)];
        // the fail arguments: the snapshot's boxes that are not constants (those are resume data)
        std::string fail;
        for (const TraceRef& b : s.boxes)
          if (b.is_value()) fail += (fail.empty() ? "" : ", ") + names.name(b);
        line += " [" + fail + "]";
      }
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace rpy::jit
