// The jitcode assembler (docs/JIT.md 6.2): symbolic instructions to bytes, checked against the
// signatures of jitcode_ops.def; and liveness over the symbolic instructions (6.7).
#include <stdexcept>

#include "jit/codewriter.hpp"

namespace rpy::jit {

static size_t operand_size(const Operand& o) {
  switch (o.tag) {
    case Operand::Label:
      return 4;
    case Operand::List:
      return 1 + 2 * o.list.size();
    default:
      return 2;
  }
}

// Checks an instruction's operands against its signature (a codewriter bug otherwise).
static void check_signature(const Insn& in, const std::string& where) {
  const char* sig = op_signature(in.op);
  size_t k = 0;
  auto bad = [&]() {
    throw std::logic_error("jitcode assembler: operands of " + std::string(op_name(in.op)) + " do not match its signature in " + where);
  };
  for (const char* s = sig; *s; ++s) {
    bool result = false;
    if (*s == '>') {
      result = true;
      ++s;
    }
    if (k >= in.ops.size()) bad();
    const Operand& o = in.ops[k++];
    if (o.result != result) bad();
    switch (*s) {
      case 'i':
      case 'r':
      case 'f':
        if (o.tag != Operand::Reg || o.reg.kind != kind_of_char(*s) || (result && o.reg.is_const)) bad();
        break;
      case 'I':
      case 'R':
      case 'F':
        if (o.tag != Operand::List || o.list_kind != kind_of_char(static_cast<char>(*s + ('a' - 'A')))) bad();
        for (const RegRef& r : o.list)
          if (r.kind != o.list_kind || (result && r.is_const)) bad();
        if (o.list.size() > 255) bad();
        break;
      case 'L':
        if (o.tag != Operand::Label) bad();
        break;
      case 'd':
        if (o.tag != Operand::Descr) bad();
        break;
      case 'j':
        if (o.tag != Operand::Code) bad();
        break;
      case 'n':
        if (o.tag != Operand::Imm) bad();
        break;
    }
  }
  if (k != in.ops.size()) bad();
}

void assemble(JitCodeOut& out) {
  std::map<uint32_t, uint32_t> label_pc;
  uint32_t pc = 0;
  std::vector<uint32_t> pcs;
  for (const Insn& in : out.insns) {
    pcs.push_back(pc);
    if (in.op < 0) {
      label_pc[in.label] = pc;
      continue;
    }
    check_signature(in, out.name);
    pc += 1;
    for (const Operand& o : in.ops) pc += static_cast<uint32_t>(operand_size(o));
  }
  auto reg = [&](const RegRef& r) -> uint16_t {
    uint32_t v = r.is_const ? uint32_t{out.num_regs[r.kind]} + r.index : r.index;
    if (v > 0xFFFF) throw std::logic_error("jitcode assembler: too many registers in " + out.name);
    return static_cast<uint16_t>(v);
  };
  auto put16 = [&](uint32_t v) {
    out.code.push_back(static_cast<uint8_t>(v & 0xFF));
    out.code.push_back(static_cast<uint8_t>((v >> 8) & 0xFF));
  };
  out.code.clear();
  out.lines.clear();
  int last_line = -1;
  for (size_t i = 0; i < out.insns.size(); ++i) {
    const Insn& in = out.insns[i];
    if (in.op < 0) continue;
    if (in.line > 0 && in.line != last_line) {
      out.lines.push_back({pcs[i], in.line});
      last_line = in.line;
    }
    if (in.op == OP_jit_merge_point) {
      out.merge_pc = pcs[i];
      out.after_pc = pcs[i] + 3;
    }
    out.code.push_back(static_cast<uint8_t>(in.op));
    for (const Operand& o : in.ops) {
      switch (o.tag) {
        case Operand::Reg:
          put16(reg(o.reg));
          break;
        case Operand::Label: {
          uint32_t t = label_pc.at(o.value);
          put16(t & 0xFFFF);
          put16(t >> 16);
          break;
        }
        case Operand::List:
          out.code.push_back(static_cast<uint8_t>(o.list.size()));
          for (const RegRef& r : o.list) put16(reg(r));
          break;
        default:
          put16(o.value);
      }
    }
  }
  out.handlers.clear();
  for (const HandlerRange& h : out.ranges) {
    uint32_t a = label_pc.at(h.start), b = label_pc.at(h.end);
    if (a < b) out.handlers.push_back({a, b, label_pc.at(h.handler)});
  }
  // Resume points: the registers live there (after a call, without its results).
  Liveness lv = compute_liveness(out);
  out.live.clear();
  out.live_regs.clear();
  for (size_t i = 0; i < out.insns.size(); ++i) {
    const Insn& in = out.insns[i];
    bool after = false;
    if (in.op < 0 || !is_resume_point(in.op, &after)) continue;
    auto regs = after ? lv.out[i] : lv.in[i];
    if (after)
      for (const Operand& o : in.ops) {
        if (!o.result) continue;
        if (o.tag == Operand::Reg) regs[o.reg.kind].erase(o.reg.index);
        if (o.tag == Operand::List)
          for (const RegRef& r : o.list) regs[r.kind].erase(r.index);
      }
    out.live.push_back({pcs[i], static_cast<uint32_t>(out.live_regs.size())});
    for (int k = 0; k < 3; ++k) out.live_regs.push_back(static_cast<uint16_t>(regs[k].size()));
    for (int k = 0; k < 3; ++k)
      for (uint16_t r : regs[k]) out.live_regs.push_back(r);
  }
}

bool is_resume_point(int op, bool* after) {
  *after = false;
  switch (op) {
    case OP_inline_call_v:
    case OP_inline_call_i:
    case OP_inline_call_r:
    case OP_inline_call_f:
    case OP_inline_call_t:
    case OP_residual_call_v:
    case OP_residual_call_i:
    case OP_residual_call_r:
    case OP_residual_call_f:
    case OP_residual_call_t:
    case OP_jit_merge_point:
      *after = true;
      return true;
    case OP_goto_if_not:
    case OP_int_guard_value:
    case OP_ref_guard_value:
    case OP_float_guard_value:
    case OP_str_guard_value:
    case OP_int_floordiv:
    case OP_int_mod:
    case OP_int_lshift:
    case OP_int_rshift:
    case OP_int_pow:
    case OP_float_truediv:
    case OP_float_floordiv:
    case OP_float_mod:
    case OP_instance_of:
    case OP_strgetitem:
    case OP_bytes_getitem:
    case OP_bytearray_getitem:
    case OP_bytearray_setitem:
    case OP_getlistitem_i:
    case OP_getlistitem_r:
    case OP_getlistitem_f:
    case OP_setlistitem_i:
    case OP_setlistitem_r:
    case OP_setlistitem_f:
      return true;
    default:
      return false;
  }
}

Liveness compute_liveness(const JitCodeOut& out) {
  const auto& insns = out.insns;
  size_t n = insns.size();
  std::map<uint32_t, size_t> label_at;
  for (size_t i = 0; i < n; ++i)
    if (insns[i].op < 0) label_at[insns[i].label] = i;
  // Successors: fall-through, jumps, and for instructions in a protected range, its handler.
  std::vector<std::vector<size_t>> succ(n);
  for (size_t i = 0; i < n; ++i) {
    int op = insns[i].op;
    bool falls =
        !(op == OP_goto || op == OP_raise || op == OP_ret_v || op == OP_ret_i || op == OP_ret_r || op == OP_ret_f || op == OP_ret_t);
    if (falls && i + 1 < n) succ[i].push_back(i + 1);
    for (const Operand& o : insns[i].ops)
      if (o.tag == Operand::Label) succ[i].push_back(label_at.at(o.value));
  }
  for (const HandlerRange& h : out.ranges) {
    size_t a = label_at.at(h.start), b = label_at.at(h.end), t = label_at.at(h.handler);
    for (size_t i = a; i < b; ++i)
      if (insns[i].op >= 0) succ[i].push_back(t);
  }
  using Set = std::vector<std::set<uint16_t>>;
  Liveness lv;
  lv.in.assign(n + 1, Set(3));
  lv.out.assign(n + 1, Set(3));
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t i = n; i-- > 0;) {
      Set s(3);
      for (size_t j : succ[i])
        for (int k = 0; k < 3; ++k) s[k].insert(lv.in[j][k].begin(), lv.in[j][k].end());
      lv.out[i] = s;
      for (const Operand& o : insns[i].ops) {
        if (!o.result) continue;
        if (o.tag == Operand::Reg && !o.reg.is_const) s[o.reg.kind].erase(o.reg.index);
        if (o.tag == Operand::List)
          for (const RegRef& r : o.list) s[r.kind].erase(r.index);
      }
      for (const Operand& o : insns[i].ops) {
        if (o.result) continue;
        if (o.tag == Operand::Reg && !o.reg.is_const) s[o.reg.kind].insert(o.reg.index);
        if (o.tag == Operand::List)
          for (const RegRef& r : o.list)
            if (!r.is_const) s[r.kind].insert(r.index);
      }
      if (s != lv.in[i]) {
        lv.in[i] = std::move(s);
        changed = true;
      }
    }
  }
  return lv;
}

std::vector<std::set<uint16_t>> live_before(const JitCodeOut& out, size_t at) {
  Liveness lv = compute_liveness(out);
  return lv.in[at < out.insns.size() ? at : out.insns.size()];
}

}  // namespace rpy::jit
