// --dump-jitcode (docs/JIT.md 6.8): the drivers, the policy's decisions, each jitcode
// disassembled from its bytes, and the descriptors.
#include <sstream>

#include "jit/codewriter.hpp"

namespace rpy::jit {

static const char* kind_name(int k) { return k == kInt ? "i" : k == kRef ? "r" : k == kFloat ? "f" : "v"; }

static std::string reg_text(const JitCodeOut& c, int k, uint16_t r) {
  if (r >= c.num_regs[k]) {
    size_t ci = r - c.num_regs[k];
    return "$" + (ci < c.consts[k].text.size() ? c.consts[k].text[ci] : std::string("?"));
  }
  std::string s = "%" + std::string(kind_name(k)) + std::to_string(r);
  auto it = c.reg_vars.find({k, r});
  if (it != c.reg_vars.end()) s += "(" + it->second->name + ")";
  return s;
}

static std::string disassemble(const Codewriter& cw, const JitCodeOut& c) {
  std::ostringstream o;
  const uint8_t* code = c.code.data();
  uint32_t pc = 0;
  size_t line_i = 0;
  while (pc < c.code.size()) {
    while (line_i < c.lines.size() && c.lines[line_i].pc <= pc) {
      o << "  # line " << c.lines[line_i].line << "\n";
      ++line_i;
    }
    int op = code[pc];
    o << "  " << std::string(5 - std::min<size_t>(5, std::to_string(pc).size()), ' ') << pc << "  " << op_name(op);
    uint32_t at = pc + 1;
    std::string args, results;
    auto add = [&](bool result, const std::string& s) {
      std::string& dst = result ? results : args;
      dst += (dst.empty() ? "" : ", ") + s;
    };
    for (const char* s = op_signature(op); *s; ++s) {
      bool result = false;
      if (*s == '>') {
        result = true;
        ++s;
      }
      switch (*s) {
        case 'i':
        case 'r':
        case 'f':
          add(result, reg_text(c, kind_of_char(*s), rd16(code + at)));
          at += 2;
          break;
        case 'I':
        case 'R':
        case 'F': {
          int k = kind_of_char(static_cast<char>(*s + ('a' - 'A')));
          uint8_t n = code[at++];
          std::string l = "[";
          for (uint8_t i = 0; i < n; ++i, at += 2) l += (i ? ", " : "") + reg_text(c, k, rd16(code + at));
          add(result, l + "]");
          break;
        }
        case 'L':
          add(false, "L" + std::to_string(rd32(code + at)));
          at += 4;
          break;
        case 'd': {
          uint16_t d = rd16(code + at);
          at += 2;
          std::string name = "<descr " + std::to_string(d) + ">";
          if (op == OP_getfield_i || op == OP_getfield_r || op == OP_getfield_f || op == OP_setfield_i || op == OP_setfield_r ||
              op == OP_setfield_f)
            name = "<field " + cw.fields.at(d).name + ">";
          else if (op >= OP_getlistitem_i && op <= OP_setlistitem_f)
            name = "<" + cw.lists.at(d).name + ">";
          else if (op == OP_new_with_vtable || op == OP_new_scoped || op == OP_exc_matches || op == OP_instance_of)
            name = "<class " + cw.classes.at(d).cls->name + ">";
          else
            name = "<call " + std::to_string(d) + ": " + cw.calls.at(d).name + ">";
          add(false, name);
          break;
        }
        case 'j': {
          uint16_t j = rd16(code + at);
          at += 2;
          add(false, "<jitcode " + cw.codes.at(j).name + ">");
          break;
        }
        case 'n':
          add(false, std::to_string(rd16(code + at)));
          at += 2;
          break;
      }
    }
    if (!args.empty()) o << " " << args;
    if (!results.empty()) o << " -> " << results;
    for (const LiveEntry& l : c.live) {
      if (l.pc != pc) continue;
      o << "  {live";
      const uint16_t* p = &c.live_regs[l.at];
      const uint16_t* regs = p + 3;
      for (int k = 0; k < 3; ++k)
        for (uint16_t i = 0; i < p[k]; ++i) o << " " << kind_name(k) << *regs++;
      o << "}";
    }
    o << "\n";
    pc = at;
  }
  return o.str();
}

std::string dump_jitcode(const Codewriter& cw) {
  std::ostringstream o;
  for (const DriverOut& d : cw.drivers) {
    o << "JitDriver '" << d.name << "': portal " << d.portal->name << "\n";
    auto show = [&](const char* what, const std::vector<ir::Var*>& vars, size_t first, size_t from, size_t to) {
      o << "  " << what << ":";
      for (size_t i = from; i < to; ++i)
        o << (i > from ? "," : "") << " " << vars[i]->name << " (" << d.kinds[first + i] << d.regs[first + i] << ")";
      o << "\n";
    };
    show("greens", d.greens, 0, 0, d.greens.size());
    show("reds", d.reds, d.greens.size(), 0, d.declared_reds);
    if (d.declared_reds < d.reds.size())
      show(d.auto_reds ? "reds (auto)" : "reds (live there, not listed)", d.reds, d.greens.size(), d.declared_reds, d.reds.size());
    const JitCodeOut& pc = cw.codes.at(static_cast<size_t>(d.portal_code));
    o << "  merge point at pc " << pc.merge_pc << ", restart at pc " << pc.after_pc << "\n";
  }
  o << "\npolicy:\n";
  for (const ir::Graph* g : cw.reachable) {
    o << "  " << g->name << ": ";
    auto it = cw.residual.find(g);
    if (cw.is_portal(g))
      o << "portal\n";
    else if (it != cw.residual.end())
      o << "residual call (" << it->second << ")\n";
    else
      o << "looked inside\n";
  }
  for (const JitCodeOut& c : cw.codes) {
    o << "\njitcode " << c.name << " (registers i" << c.num_regs[0] << " r" << c.num_regs[1] << " f" << c.num_regs[2] << "; constants i"
      << c.consts[0].cpp.size() << " r" << c.consts[1].cpp.size() << " f" << c.consts[2].cpp.size() << "; result '" << c.result_kinds
      << "')\n";
    o << disassemble(cw, c);
    for (const Handler& h : c.handlers) o << "  handler: [" << h.start << ", " << h.end << ") -> " << h.handler << "\n";
  }
  o << "\ndescriptors:\n";
  for (size_t i = 0; i < cw.fields.size(); ++i)
    o << "  field " << i << ": " << cw.fields[i].name << " (" << kind_name(cw.fields[i].kind) << ")\n";
  for (size_t i = 0; i < cw.lists.size(); ++i) o << "  list " << i << ": " << cw.lists[i].name << "\n";
  for (size_t i = 0; i < cw.classes.size(); ++i) o << "  class " << i << ": " << cw.classes[i].cls->name << "\n";
  for (size_t i = 0; i < cw.calls.size(); ++i) {
    const CallOut& c = cw.calls[i];
    o << "  call " << i << ": " << c.name << " (" << c.arg_kinds << " -> " << c.result_kinds << ")";
    if (c.flags & kElidable) o << " elidable";
    if (c.flags & kLoopInvariant) o << " loop-invariant";
    if (!(c.flags & kCanRaise)) o << " cannot raise";
    o << "\n";
  }
  return o.str();
}

}  // namespace rpy::jit
