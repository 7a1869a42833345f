// The C++ the JIT adds to the translation unit (docs/JIT.md 2, 4.3, 6.2): the merge point in each
// portal, and the tables: helpers, jitcodes, descriptors, drivers, and rpy_jit_init().
#include <sstream>

#include "jit/tables.hpp"

namespace rpy::jit {

static std::string c_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 32 && c < 127 && c != '?') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    }
  }
  return out + "\"";
}

// The classes whose instances compiled code may build in its stack frame (escape analysis never
// gives exceptions, builtin classes or classes with __del__ a stack slot): the JIT may build them
// in machine code's frame (ClassDescr::construct_at).
static bool built_in_place(const annotate::ClassDef* c) { return !c->is_exception && !c->builtin && !c->implicit.count("__del__"); }

std::string merge_point_code(Codewriter& cw, size_t driver) {
  DriverOut& d = cw.drivers[driver];
  codegen::Emitter& em = cw.em;
  const JitCodeOut& portal = cw.codes.at(static_cast<size_t>(d.portal_code));
  std::vector<ir::Var*> vars = d.greens;
  vars.insert(vars.end(), d.reds.begin(), d.reds.end());
  size_t n = std::max<size_t>({vars.size(), portal.result_kinds.size(), 1});
  std::string s = "({ if (__builtin_expect(rpy::jit::enabled, 0)) { rpy::jit::Word rpy_jv[" + std::to_string(n) + "] = {";
  for (size_t i = 0; i < vars.size(); ++i) s += (i ? ", " : "") + std::string("rpy::jit::w(") + em.var_name(vars[i]) + ")";
  s += "}; switch (rpy::jit::merge_point(&rpy_jit_drivers[" + std::to_string(driver) + "], rpy_jv)) { case rpy::jit::kGoOn: break; ";
  s += "case rpy::jit::kReenter: ";
  for (size_t i = 0; i < vars.size(); ++i)
    s += em.var_name(vars[i]) + " = rpy::jit::unw<" + em.ctype(vars[i]->type) + ">(rpy_jv[" + std::to_string(i) + "]); ";
  s += "break; case rpy::jit::kReturn: ";
  TypeRef rt = d.portal->return_type;
  if (cw.is_void(rt))
    s += "return; ";
  else if (rt->kind == annotate::TypeKind::Tuple)
    s += "return rpy::jit::unw_tuple<" + em.ctype(rt) + ">(rpy_jv); ";
  else
    s += "return rpy::jit::unw<" + em.ctype(rt) + ">(rpy_jv[0]); ";
  s += "default: goto rpy_jit_raise; } } nullptr; })";
  return s;
}

std::string emit_tables(Codewriter& cw) {
  std::ostringstream o;
  codegen::Emitter& em = cw.em;
  o << "\n// ---- The JIT's tables: helpers, jitcodes, descriptors (rpy's src/jit, docs/JIT.md)\n";
  for (size_t i = 0; i < cw.calls.size(); ++i) {
    o << "static void rpy_jcall" << i << "(const rpy::jit::Word* a, rpy::jit::Word* r) {  // " << cw.calls[i].name << "\n";
    o << "  (void)a;\n  (void)r;\n  " << cw.calls[i].body << "\n}\n#line RPY_RESET\n";
  }
  for (size_t i = 0; i < cw.classes.size(); ++i) {
    annotate::ClassDef* c = cw.classes[i].cls;
    std::string cn = em.class_name(c);
    o << "static void* rpy_jalloc" << i << "() { return " << em.alloc_code(c) << "; }\n";
    o << "static bool rpy_jisinst" << i << "(void* p) { return dynamic_cast<" << cn << "*>(static_cast<rpy::Object*>(p)) != nullptr; }\n";
    if (built_in_place(c)) o << "static void rpy_jinit" << i << "(void* p) { new (p) " << cn << "(); }\n";
  }
  std::ostringstream init;
  for (size_t ci = 0; ci < cw.codes.size(); ++ci) {
    const JitCodeOut& c = cw.codes[ci];
    o << "static const uint8_t rpy_jcode" << ci << "[] = {";
    for (size_t b = 0; b < c.code.size(); ++b) o << (b ? (b % 24 ? "," : ",\n  ") : "") << static_cast<int>(c.code[b]);
    if (c.code.empty()) o << "0";
    o << "};\n";
    for (int k = 0; k < 3; ++k) {
      if (c.consts[k].cpp.empty()) continue;
      o << "static rpy::jit::Word rpy_jconst" << ci << "_" << k << "[" << c.consts[k].cpp.size() << "];\n";
      for (size_t j = 0; j < c.consts[k].cpp.size(); ++j)
        init << "  rpy_jconst" << ci << "_" << k << "[" << j << "] = " << c.consts[k].cpp[j] << ";\n";
    }
    if (!c.handlers.empty()) {
      o << "static const rpy::jit::Handler rpy_jhandlers" << ci << "[] = {";
      for (const Handler& h : c.handlers) o << "{" << h.start << ", " << h.end << ", " << h.handler << "}, ";
      o << "};\n";
    }
    if (!c.live.empty()) {
      o << "static const rpy::jit::LiveEntry rpy_jlive" << ci << "[] = {";
      for (const LiveEntry& l : c.live) o << "{" << l.pc << ", " << l.at << "}, ";
      o << "};\nstatic const uint16_t rpy_jliveregs" << ci << "[] = {";
      for (size_t j = 0; j < c.live_regs.size(); ++j) o << (j ? (j % 32 ? "," : ",\n  ") : "") << c.live_regs[j];
      o << "};\n";
    }
    if (!c.lines.empty()) {
      o << "static const rpy::jit::LineEntry rpy_jlines" << ci << "[] = {";
      for (const LineEntry& l : c.lines) o << "{" << l.pc << ", " << l.line << "}, ";
      o << "};\n";
    }
  }
  o << "static rpy::jit::JitCode rpy_jcodes[] = {\n";
  for (size_t ci = 0; ci < cw.codes.size(); ++ci) {
    const JitCodeOut& c = cw.codes[ci];
    o << "  {" << c_string(c.short_name) << ", " << c_string(c.file) << ", rpy_jcode" << ci << ", " << c.code.size() << ", {"
      << c.num_regs[0] << ", " << c.num_regs[1] << ", " << c.num_regs[2] << "}, {" << c.consts[0].cpp.size() << ", "
      << c.consts[1].cpp.size() << ", " << c.consts[2].cpp.size() << "}, {";
    for (int k = 0; k < 3; ++k)
      o << (k ? ", " : "")
        << (c.consts[k].cpp.empty() ? std::string("nullptr") : "rpy_jconst" + std::to_string(ci) + "_" + std::to_string(k));
    o << "}, " << (c.handlers.empty() ? std::string("nullptr") : "rpy_jhandlers" + std::to_string(ci)) << ", " << c.handlers.size() << ", "
      << (c.lines.empty() ? std::string("nullptr") : "rpy_jlines" + std::to_string(ci)) << ", " << c.lines.size() << ", "
      << c_string(c.result_kinds) << ", " << (c.live.empty() ? std::string("nullptr") : "rpy_jlive" + std::to_string(ci)) << ", "
      << c.live.size() << ", " << (c.live.empty() ? std::string("nullptr") : "rpy_jliveregs" + std::to_string(ci)) << "},\n";
  }
  o << "};\n";
  if (!cw.fields.empty()) {
    o << "static const rpy::jit::FieldDescr rpy_jfields[] = {\n";
    for (const FieldOut& f : cw.fields)
      o << "  {static_cast<uint32_t>(offsetof(" << f.owner_ctype << ", " << f.member << ")), static_cast<uint8_t>(sizeof(" << f.owner_ctype
        << "::" << f.member << ")), rpy::jit::Kind(" << static_cast<int>(f.kind) << "), " << (f.is_signed ? "true" : "false") << ", "
        << c_string(f.name) << ", " << static_cast<int>(f.immutable) << "},\n";
    o << "};\n";
  }
  if (!cw.lists.empty()) {
    o << "static const rpy::jit::ListDescr rpy_jlists[] = {\n";
    for (const ListOut& l : cw.lists)
      o << "  {static_cast<uint8_t>(sizeof(" << l.item_ctype << ")), rpy::jit::Kind(" << static_cast<int>(l.kind) << "), "
        << (l.is_signed ? "true" : "false") << ", " << c_string(l.name) << "},\n";
    o << "};\n";
  }
  if (!cw.calls.empty()) {
    o << "static const rpy::jit::CallDescr rpy_jcalls[] = {\n";
    for (size_t i = 0; i < cw.calls.size(); ++i) {
      const CallOut& c = cw.calls[i];
      o << "  {rpy_jcall" << i << ", " << c_string(c.arg_kinds) << ", " << c_string(c.result_kinds) << ", " << static_cast<int>(c.flags)
        << ", " << c_string(c.name) << ", " << c.portal << "},\n";
    }
    o << "};\n";
  }
  if (!cw.classes.empty()) {
    o << "static rpy::jit::ClassDescr rpy_jclasses[] = {\n";
    for (size_t i = 0; i < cw.classes.size(); ++i) {
      annotate::ClassDef* c = cw.classes[i].cls;
      o << "  {nullptr, rpy_jalloc" << i << ", rpy_jisinst" << i << ", " << c_string(c->name) << ", "
        << (built_in_place(c) ? "sizeof(" + em.class_name(c) + "), rpy_jinit" + std::to_string(i) : std::string("0, nullptr")) << "},\n";
    }
    o << "};\n";
  }
  for (size_t di = 0; di < cw.drivers.size(); ++di) {
    const DriverOut& d = cw.drivers[di];
    o << "static const char* const rpy_jdrv" << di << "_names[] = {";
    for (auto& n : d.green_names) o << c_string(n) << ", ";
    for (auto& n : d.red_names) o << c_string(n) << ", ";
    o << "nullptr};\n";
    o << "static const uint16_t rpy_jdrv" << di << "_regs[] = {";
    for (uint16_t r : d.regs) o << r << ", ";
    o << "0};\n";
  }
  o << "rpy::jit::DriverDescr rpy_jit_drivers[] = {\n";
  for (size_t di = 0; di < cw.drivers.size(); ++di) {
    const DriverOut& d = cw.drivers[di];
    const JitCodeOut& p = cw.codes.at(static_cast<size_t>(d.portal_code));
    char rk = p.result_kinds.empty() ? 'v' : p.result_kinds.size() == 1 ? p.result_kinds[0] : 't';
    o << "  {" << c_string(d.name) << ", " << d.greens.size() << ", " << d.reds.size() << ", " << c_string(d.kinds) << ", rpy_jdrv" << di
      << "_names, rpy_jdrv" << di << "_regs, " << d.portal_code << ", " << p.merge_pc << ", " << p.after_pc << ", '" << rk << "', "
      << c_string(p.result_kinds) << ", "
      << (d.printable_call < 0 ? std::string("nullptr") : "&rpy_jcalls[" + std::to_string(d.printable_call) + "]") << ", "
      << c_string(d.green_values) << "},\n";
  }
  o << "};\n";
  o << "static rpy::jit::Program rpy_jit_program = {rpy_jcodes, " << cw.codes.size() << ", "
    << (cw.fields.empty() ? "nullptr" : "rpy_jfields") << ", " << (cw.lists.empty() ? "nullptr" : "rpy_jlists") << ", "
    << (cw.calls.empty() ? "nullptr" : "rpy_jcalls") << ", " << (cw.classes.empty() ? "nullptr" : "rpy_jclasses") << ", rpy_jit_drivers, "
    << cw.drivers.size() << "};\n";
  o << "static void rpy_jit_init() {\n" << init.str() << "  rpy::jit::register_program(&rpy_jit_program);\n}\n\n";
  return o.str();
}

}  // namespace rpy::jit
