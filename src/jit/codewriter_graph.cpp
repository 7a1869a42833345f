// GraphWriter: registers, constants and instruction emission for one graph's jitcode.
#include "jit/codewriter.hpp"

#include "ir/flow.hpp"

namespace rpy::jit {

namespace m = rpy::modules;

RegRef GraphWriter::new_reg(Kind k) {
  if (k == kVoid) throw Unsupported{{}, "a value without a register kind"};
  if (next_[k] == 0xFFF0) throw Unsupported{g_.loc, "a function too large for jitcode registers"};
  RegRef r{k, next_[k]++, false};
  if (next_[k] > out_.num_regs[k]) out_.num_regs[k] = next_[k];
  return r;
}

Val GraphWriter::new_val(const std::vector<TypeRef>& comps) {
  Val v;
  for (TypeRef t : comps) v.push_back(new_reg(cw_.kind_of(t)));
  return v;
}

Val GraphWriter::var_val(const ir::Var* v) {
  auto it = vars_.find(v);
  if (it == vars_.end()) throw Unsupported{v->loc, "a variable of another function"};
  return it->second;
}

RegRef GraphWriter::konst(Kind k, const std::string& cpp, const std::string& shown) {
  return RegRef{k, out_.consts[k].add(cpp, shown), true};
}

RegRef GraphWriter::int_const(int64_t v) {
  return konst(kInt, "UINT64_C(" + std::to_string(static_cast<uint64_t>(v)) + ")", std::to_string(v));
}

RegRef GraphWriter::default_const(TypeRef t) {
  std::string zero = cw_.em.default_value(t);
  return konst(cw_.kind_of(t), "rpy::jit::w(static_cast<" + cw_.ctype(t) + ">(" + zero + "))", zero == "nullptr" ? "None" : zero);
}

void GraphWriter::emit(int op, std::vector<Operand> ops) {
  Insn i;
  i.op = op;
  i.ops = std::move(ops);
  i.line = line_;
  out_.insns.push_back(std::move(i));
}

uint32_t GraphWriter::new_label() { return labels_++; }

void GraphWriter::place(uint32_t label) {
  Insn i;
  i.op = -1;
  i.label = label;
  i.line = line_;
  out_.insns.push_back(std::move(i));
}

Operand GraphWriter::in(RegRef r) {
  Operand o;
  o.tag = Operand::Reg;
  o.reg = r;
  return o;
}
Operand GraphWriter::out(RegRef r) {
  Operand o = in(r);
  o.result = true;
  return o;
}
Operand GraphWriter::lbl(uint32_t l) {
  Operand o;
  o.tag = Operand::Label;
  o.value = l;
  return o;
}
Operand GraphWriter::imm(uint32_t v, Operand::Tag tag) {
  Operand o;
  o.tag = tag;
  o.value = v;
  return o;
}
Operand GraphWriter::list(Kind k, std::vector<RegRef> regs, bool result) {
  Operand o;
  o.tag = Operand::List;
  o.list_kind = k;
  o.list = std::move(regs);
  o.result = result;
  return o;
}

void GraphWriter::copy_into(RegRef dst, RegRef src) {
  if (!dst.is_const && !src.is_const && dst.index == src.index && dst.kind == src.kind) return;
  static const int ops[3] = {OP_int_copy, OP_ref_copy, OP_float_copy};
  emit(ops[dst.kind], {in(src), out(dst)});
}

void GraphWriter::move(const Val& dst, const Val& src) {
  if (dst.size() != src.size()) throw Unsupported{{}, "a value of mismatched shape (internal)"};
  for (size_t i = 0; i < dst.size(); ++i) copy_into(dst[i], src[i]);
}

void GraphWriter::write() {
  out_.graph = &g_;
  out_.name = g_.name;
  out_.short_name = g_.desc ? g_.desc->fn()->name : g_.name;
  out_.file = g_.file ? cw_.sm.file(g_.file).path : "";
  line_ = static_cast<int>(g_.loc.line);
  // Parameters first (the callee's first registers of each kind, in order), then every other
  // variable: temporaries are allocated above them.
  auto add_var = [&](const ir::Var* v) {
    if (vars_.count(v)) return;
    Val val = new_val(cw_.components(v->type, v->loc));
    for (RegRef r : val) out_.reg_vars[{r.kind, r.index}] = v;
    vars_[v] = val;
  };
  for (const ir::Var* p : g_.params) add_var(p);
  for (auto& v : g_.vars) add_var(v.get());
  out_.result_kinds.clear();
  for (TypeRef t : cw_.components(g_.return_type, g_.loc)) out_.result_kinds += char_of_kind(cw_.kind_of(t));
  // Python 2's sys.exc_info() as a program with a bare raise outside its except clause reads it
  // (codegen's rpy::ExcInfoFrame): a function that catches puts back, when it returns or raises,
  // the value it found at its entry. The portal's compiled frame does it for the portal.
  restores_exc_info_ = cw_.exc_info2 && ir::catches(g_.body) && !cw_.is_portal(&g_);
  uint32_t start = 0, end = 0, handler = 0;
  if (restores_exc_info_) {
    exc_saved_ = new_reg(kRef);
    emit(OP_residual_call_r, {imm(cw_.raw_helper("r[0] = rpy::jit::w(rpy::exc_info2);", "", "r", 0, "read sys.exc_info()"), Operand::Descr),
                              list(kInt, {}), list(kRef, {}), list(kFloat, {}), out(exc_saved_)});
    start = new_label();
    end = new_label();
    handler = new_label();
    place(start);
  }
  block(g_.body);
  // Falling off the end returns None (or the type's zero, as the compiled code does).
  ir::Stmt ret(ir::StmtOp::Return, g_.loc);
  stmt_return(ret);
  if (restores_exc_info_) {
    place(end);
    out_.ranges.push_back({start, end, handler});  // the last range: every other one is inside it
    place(handler);
    RegRef e = new_reg(kRef);
    emit(OP_last_exception, {out(e)});
    restore_exc_info();
    emit(OP_raise, {in(e)});
  }
}

void GraphWriter::restore_exc_info() {
  if (!restores_exc_info_) return;
  uint16_t d = cw_.raw_helper("rpy::exc_info2 = rpy::jit::unw<rpy::BaseException*>(a[0]);", "r", "", 0, "restore sys.exc_info()");
  emit(OP_residual_call_v, {imm(d, Operand::Descr), list(kInt, {}), list(kRef, {exc_saved_}), list(kFloat, {})});
}

}  // namespace rpy::jit
