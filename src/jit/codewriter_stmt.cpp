// GraphWriter: statements (docs/JIT.md 6.3): control flow becomes labels and jumps; try/except
// and try/finally become handler ranges; exits through finally blocks run copies of them.
#include "jit/codewriter.hpp"

#include "ir/flow.hpp"

namespace rpy::jit {

namespace m = rpy::modules;
using annotate::BuiltinId;
using annotate::TypeKind;
using ir::StmtOp;

void GraphWriter::block(ir::Block& b) {
  for (auto& s : b) {
    {
      TempScope ts(*this);
      stmt(*s);
    }
    if (!annotate::live_falls_through(*s)) break;  // the rest is unreachable (and was not annotated)
  }
}

void GraphWriter::helper_stmt(ir::Stmt& s) {
  std::vector<ir::Expr*> ops;
  switch (s.op) {
    case StmtOp::SetItem:  // Python evaluates the value first, then the target's parts
      ops = {s.exprs[2].get(), s.exprs[0].get(), s.exprs[1].get()};
      break;
    case StmtOp::SetAttr:
      ops = {s.exprs[1].get(), s.exprs[0].get()};
      break;
    case StmtOp::SetSlice:
      ops = {s.exprs[3].get(), s.exprs[0].get(), s.exprs[1].get(), s.exprs[2].get()};
      if (s.exprs.size() > 4) ops.push_back(s.exprs[4].get());
      break;
    default:
      for (auto& e : s.exprs) ops.push_back(e.get());
  }
  std::vector<ir::Expr*> operands;
  for (ir::Expr* e : ops)
    if (e && e->op != ir::ExprOp::Const) operands.push_back(e);
  uint16_t d;
  try {
    d = cw_.stmt_helper(g_, s, operands);
  } catch (Unsupported&) {
    // The whole statement as compiled code over the locals it reads (whole_operands).
    std::vector<ir::Expr*> roots;
    for (auto& e : s.exprs)
      if (e) roots.push_back(e.get());
    operands = whole_operands(roots);
    d = cw_.stmt_helper(g_, s, operands);
  }
  std::vector<Val> vals;
  for (ir::Expr* e : operands) vals.push_back(expr(*e));
  call_descr(d, vals, {}, true, 0);
}

void GraphWriter::stmt(ir::Stmt& s) {
  if (s.loc.valid()) line_ = static_cast<int>(s.loc.line);
  switch (s.op) {
    case StmtOp::ExprStmt:
      expr(*s.exprs[0]);
      return;
    case StmtOp::Assign:
      move(var_val(s.var), expr_as(*s.exprs[0], s.var->type));
      return;
    case StmtOp::SetAttr: {
      ir::Expr& obj = *s.exprs[0];
      annotate::AttrDef* a = obj.type && obj.type->kind == TypeKind::Instance ? cw_.ann.find_attr(obj.type->cls, s.attr) : nullptr;
      Kind k = a ? cw_.kind_of(a->type) : kVoid;
      if (!a || k == kVoid || a->type->kind == TypeKind::Tuple || obj.type->nullable) {  // (None: AttributeError, as codegen)
        helper_stmt(s);
        return;
      }
      Val v = expr_as(*s.exprs[1], a->type);
      Val o = expr(obj);
      static const int ops[3] = {OP_setfield_i, OP_setfield_r, OP_setfield_f};
      emit(ops[k], {in(o.at(0)), in(v.at(0)), imm(cw_.field(obj.type->cls, s.attr, a->type), Operand::Descr)});
      return;
    }
    case StmtOp::SetItem: {
      ir::Expr& obj = *s.exprs[0];
      if (obj.type && obj.type->kind == TypeKind::List) {
        TypeRef item = obj.type->listdef->find()->item;
        Kind k = cw_.kind_of(item);
        if (k != kVoid && item->kind != TypeKind::Tuple) {
          Val v = expr_as(*s.exprs[2], item);
          Val o = expr(obj);
          Val i = expr_as(*s.exprs[1], cw_.ann.types().integer());
          static const int ops[3] = {OP_setlistitem_i, OP_setlistitem_r, OP_setlistitem_f};
          emit(ops[k], {in(o.at(0)), in(i.at(0)), in(v.at(0)), imm(cw_.list(item), Operand::Descr)});
          return;
        }
      }
      TypeRef vt = s.exprs[2]->type;
      if (obj.type && obj.type->kind == TypeKind::ByteArray && !obj.type->nullable && vt &&
          (vt->kind == TypeKind::Char || vt->kind == TypeKind::UInt || intlike(vt)) && intlike(s.exprs[1]->type)) {
        // rpy::bytearray_setitem(b, i, v): v an int (a char: its code; an r_uint: its bits), stored
        // modulo 256. Python's order: the value, the bytearray, the index.
        ir::Expr& value = *s.exprs[2];
        bool word = (vt->kind == TypeKind::Char || vt->kind == TypeKind::UInt);
        Val v = word ? expr(value) : expr_as(value, cw_.ann.types().integer());
        Val o = expr(obj);
        Val i = expr_as(*s.exprs[1], cw_.ann.types().integer());
        emit(OP_bytearray_setitem, {in(o.at(0)), in(i.at(0)), in(v.at(0))});
        return;
      }
      helper_stmt(s);
      return;
    }
    case StmtOp::UnpackCheck:
      if (s.exprs[0]->type && s.exprs[0]->type->kind == TypeKind::List) helper_stmt(s);
      return;
    case StmtOp::SetSlice:
    case StmtOp::DelItem:
    case StmtOp::DelSlice:
      helper_stmt(s);
      return;
    case StmtOp::If: {
      bool v;
      if (annotate::const_truth(s.exprs[0]->type, v)) {  // only the branch the test selects was annotated
        if (codegen::has_effects(*s.exprs[0])) expr(*s.exprs[0]);
        block(v ? s.body : s.orelse);
        return;
      }
      uint32_t els = new_label(), end = new_label();
      branch_if_false(*s.exprs[0], els);
      block(s.body);
      if (!s.orelse.empty()) emit(OP_goto, {lbl(end)});
      place(els);
      block(s.orelse);
      place(end);
      return;
    }
    case StmtOp::While:
      stmt_while(s);
      return;
    case StmtOp::For:
      stmt_for(s);
      return;
    case StmtOp::Break:
    case StmtOp::Continue: {
      if (loops_.empty()) throw Unsupported{s.loc, "break or continue outside a loop"};
      Loop lp = loops_.back();
      exit_to(lp.try_depth);
      emit(OP_goto, {lbl(s.op == StmtOp::Break ? lp.brk : lp.cont)});
      reopen();
      return;
    }
    case StmtOp::Return:
      stmt_return(s);
      return;
    case StmtOp::Raise:
      stmt_raise(s);
      return;
    case StmtOp::Try:
      stmt_try(s);
      return;
    case StmtOp::Pass:
    case StmtOp::DelLocal:  // lowered by ir/webs.cpp
      return;
  }
}

void GraphWriter::stmt_while(ir::Stmt& s) {
  bool v;
  bool constant = annotate::const_truth(s.exprs[0]->type, v);
  if (constant && !v) {  // `while False:` runs only its else block
    if (codegen::has_effects(*s.exprs[0])) expr(*s.exprs[0]);
    block(s.orelse);
    return;
  }
  if (constant && !codegen::has_effects(*s.exprs[0])) {  // `while True:` (no else)
    uint32_t top = new_label(), brk = new_label();
    place(top);
    loops_.push_back({brk, top, tries_.size()});
    block(s.body);
    loops_.pop_back();
    emit(OP_goto, {lbl(top)});
    place(brk);
    return;
  }
  uint32_t top = new_label(), brk = new_label();
  uint32_t els = s.orelse.empty() ? brk : new_label();
  place(top);
  {
    TempScope ts(*this);
    branch_if_false(*s.exprs[0], els);
  }
  loops_.push_back({brk, top, tries_.size()});
  block(s.body);
  loops_.pop_back();
  emit(OP_goto, {lbl(top)});
  if (!s.orelse.empty()) {
    place(els);
    block(s.orelse);
  }
  place(brk);
}

static bool is_range_call(const ir::Expr& e) {
  if (e.op != ir::ExprOp::Call || e.call_kind != ir::CallKind::Builtin) return false;
  auto id = static_cast<BuiltinId>(e.builtin_id);
  return (id == BuiltinId::Range || id == BuiltinId::XRange) && e.kwnames.empty();
}

// A list whose items a getlistitem reads (a tuple item is several words: the iterator loop).
static bool native_list_item(Codewriter& cw, TypeRef list) {
  TypeRef item = list->listdef->find()->item;
  return item && item->kind != TypeKind::Tuple && cw.kind_of(item) != kVoid;
}

void GraphWriter::stmt_for(ir::Stmt& s) {
  ir::Expr& it = *s.exprs[0];
  TypeRef integer = cw_.ann.types().integer();
  uint32_t top = new_label(), cont = new_label(), brk = new_label();
  uint32_t els = s.orelse.empty() ? brk : new_label();
  Val var = var_val(s.var);
  auto fresh_copy = [&](const Val& v) {
    RegRef r = new_reg(v.at(0).kind);
    copy_into(r, v.at(0));
    return r;
  };
  std::function<void()> next;  // advances the index at `cont`
  TypeRef vt = s.var->type;
  if ((!vt || vt->kind == TypeKind::Impossible) && !is_range_call(it) && it.type && it.type->kind != TypeKind::Iterator) {
    // Nothing is ever stored in what is iterated: the body is unreachable (codegen's loop too);
    // the iterable is still evaluated and the else clause runs.
    expr(it);
    block(s.orelse);
    return;
  }
  if (s.iter_var) {
    for_iterator(s, top, els, var);  // a red iterator around the merge point (portal_for.cpp)
    next = [] {};
  } else if (is_range_call(it)) {
    size_t n = it.args.size() - 1;
    if (n < 1 || n > 3) throw Unsupported{it.loc, "range() with this many arguments"};
    std::vector<RegRef> a;
    for (size_t i = 1; i <= n; ++i) a.push_back(fresh_copy(expr_as(*it.args[i], integer)));
    int64_t step = 1;
    if (n == 3) {
      ir::Expr& st = *it.args[3];
      if (st.op != ir::ExprOp::Const || st.value->kind != m::ObjKind::Int || st.value->as<m::IntObj>()->value == 0)
        throw Unsupported{st.loc, "a range() whose step is not a non-zero constant"};
      step = st.value->as<m::IntObj>()->value;
    }
    RegRef i = n == 1 ? new_reg(kInt) : a[0];
    if (n == 1) copy_into(i, int_const(0));
    RegRef hi = n == 1 ? a[0] : a[1];
    place(top);
    RegRef c = new_reg(kInt);
    emit(step > 0 ? OP_int_lt : OP_int_gt, {in(i), in(hi), out(c)});
    emit(OP_goto_if_not, {in(c), lbl(els)});
    move(var, convert({i}, integer, s.var->type, s.loc));
    next = [=, this] { emit(OP_int_add, {in(i), in(int_const(step)), out(i)}); };
  } else if (int part = 0; it.type && !dict_loop_source(cw_, it, part) &&
                           ((it.type->kind == TypeKind::List && native_list_item(cw_, it.type)) ||
                            (it.type->kind == TypeKind::Str && !cw_.ann.interp().sources().py3()))) {
    bool is_list = it.type->kind == TypeKind::List;
    RegRef c = fresh_copy(expr(it));
    RegRef i = new_reg(kInt);
    copy_into(i, int_const(0));
    RegRef len = new_reg(kInt);
    if (!is_list) emit(OP_strlen, {in(c), out(len)});  // a str never changes length
    place(top);
    if (is_list) emit(OP_listlen, {in(c), out(len)});  // a list may grow or shrink while iterated
    RegRef t = new_reg(kInt);
    emit(OP_int_lt, {in(i), in(len), out(t)});
    emit(OP_goto_if_not, {in(t), lbl(els)});
    if (is_list) {
      TypeRef item = it.type->listdef->find()->item;
      Kind k = cw_.kind_of(item);
      if (k == kVoid || item->kind == TypeKind::Tuple) throw Unsupported{it.loc, "iteration over a list of " + annotate::describe(item)};
      RegRef v = new_reg(k);
      static const int ops[3] = {OP_getlistitem_i, OP_getlistitem_r, OP_getlistitem_f};
      emit(ops[k], {in(c), in(i), imm(cw_.list(item), Operand::Descr), out(v)});
      move(var, convert({v}, item, s.var->type, s.loc));
    } else {
      RegRef v = new_reg(kInt);
      emit(OP_strgetitem, {in(c), in(i), out(v)});
      move(var, convert({v}, cw_.ann.types().character(), s.var->type, s.loc));
    }
    next = [=, this] { emit(OP_int_add, {in(i), in(int_const(1)), out(i)}); };
  } else {
    for_iterator(s, top, els, var);  // the iterator steps itself
    next = [] {};
  }
  loops_.push_back({brk, cont, tries_.size()});
  block(s.body);
  loops_.pop_back();
  place(cont);
  next();
  emit(OP_goto, {lbl(top)});
  if (!s.orelse.empty()) {
    place(els);
    block(s.orelse);
  }
  place(brk);
}

// --- exits through try statements

void GraphWriter::exit_to(size_t depth) {
  // Close the protected intervals being left, running finally bodies innermost first; each
  // finally body runs outside the try statements it belongs to.
  for (size_t i = tries_.size(); i-- > depth;) {
    Try& t = tries_[i];
    if (t.open_start != UINT32_MAX) {
      uint32_t end = new_label();
      place(end);
      t.intervals.push_back({t.open_start, end});
      t.open_start = UINT32_MAX;
    }
    if (t.is_finally) {
      std::vector<Try> above(tries_.begin() + static_cast<std::ptrdiff_t>(i), tries_.end());
      tries_.resize(i);
      auto saved_loops = loops_;
      block(*above[0].finalbody);
      loops_ = saved_loops;
      tries_.insert(tries_.end(), above.begin(), above.end());
    }
  }
  // The code after the jump the caller emits is still inside the try statements: reopen them.
  // (Their intervals restart at the next instruction, after the jump.)
  pending_reopen_ = depth;
}

void GraphWriter::reopen() {
  if (pending_reopen_ == SIZE_MAX) return;
  for (size_t i = pending_reopen_; i < tries_.size(); ++i) {
    uint32_t start = new_label();
    place(start);
    tries_[i].open_start = start;
  }
  pending_reopen_ = SIZE_MAX;
}

void GraphWriter::stmt_return(ir::Stmt& s) {
  TypeRef rt = g_.return_type;
  Val v;
  if (cw_.is_void(rt)) {
    if (!s.exprs.empty()) expr(*s.exprs[0]);
  } else if (s.exprs.empty()) {
    for (TypeRef c : cw_.components(rt, s.loc)) v.push_back(default_const(c));
  } else {
    v = expr_as(*s.exprs[0], rt);
  }
  if (!tries_.empty()) {
    // The value must survive the finally bodies: keep it in fresh registers.
    Val kept;
    for (RegRef r : v) {
      RegRef k = new_reg(r.kind);
      copy_into(k, r);
      kept.push_back(k);
    }
    v = kept;
    exit_to(0);
  }
  restore_exc_info();
  if (v.empty()) {
    emit(OP_ret_v, {});
  } else if (out_.result_kinds.size() == 1) {
    static const int ops[3] = {OP_ret_i, OP_ret_r, OP_ret_f};
    emit(ops[v[0].kind], {in(v[0])});
  } else {
    std::vector<RegRef> lists[3];
    for (RegRef r : v) lists[r.kind].push_back(r);
    emit(OP_ret_t, {list(kInt, lists[0]), list(kRef, lists[1]), list(kFloat, lists[2])});
  }
  reopen();
}

void GraphWriter::stmt_raise(ir::Stmt& s) {
  if (s.exprs.empty()) {
    if (cw_.exc_info2 && (handled_.empty() || handler_catches_.back())) {
      // Python 2: the exception the frame (or a function it called) caught last (codegen's)
      uint16_t d = cw_.raw_helper("rpy::reraise_exc_info2();", "", "", kCanRaise, "bare raise of sys.exc_info()");
      emit(OP_residual_call_v, {imm(d, Operand::Descr), list(kInt, {}), list(kRef, {}), list(kFloat, {})});
      return;
    }
    if (handled_.empty()) throw Unsupported{s.loc, "a bare raise outside an except clause"};
    emit(OP_raise, {in(handled_.back())});
    return;
  }
  if (s.exprs.size() > 1) throw Unsupported{s.loc, "raise ... from ... (exception chaining)"};
  ir::Expr& x = *s.exprs[0];
  if (x.type && x.type->kind == TypeKind::Class && x.type->const_value) {
    annotate::ClassDef* cd = cw_.ann.classdef(x.type->const_value);
    RegRef r = new_reg(kRef);
    emit(OP_new_with_vtable, {imm(cw_.klass(cd), Operand::Descr), out(r)});
    emit(OP_raise, {in(r)});
    return;
  }
  if (!x.type || x.type->kind != TypeKind::Instance) throw Unsupported{x.loc, "raising a " + annotate::describe(x.type)};
  Val v = expr(x);
  emit(OP_raise, {in(v.at(0))});
}

void GraphWriter::stmt_try(ir::Stmt& s) {
  bool has_fin = !s.finalbody.empty();
  bool has_exc = !s.handlers.empty();
  uint32_t after = new_label();
  auto open = [&](bool fin, uint32_t handler, ir::Block* body) {
    uint32_t start = new_label();
    place(start);
    tries_.push_back({fin, handler, start, body, {}});
  };
  auto close = [&]() {
    Try t = tries_.back();
    tries_.pop_back();
    if (t.open_start != UINT32_MAX) {
      uint32_t end = new_label();
      place(end);
      t.intervals.push_back({t.open_start, end});
    }
    for (auto& [a, b] : t.intervals) out_.ranges.push_back({a, b, t.handler});
  };
  uint32_t fin_handler = has_fin ? new_label() : 0;
  uint32_t exc_handler = has_exc ? new_label() : 0;
  if (has_fin) open(true, fin_handler, &s.finalbody);
  if (has_exc) open(false, exc_handler, nullptr);
  block(s.body);
  if (has_exc) close();
  block(s.orelse);
  emit(OP_goto, {lbl(after)});
  if (has_exc) {
    place(exc_handler);
    TempScope ts(*this);
    RegRef e = new_reg(kRef);
    emit(OP_last_exception, {out(e)});
    for (auto& h : s.handlers) {
      uint32_t next = new_label(), body = new_label();
      for (size_t i = 0; i < h.classes.size(); ++i) {
        ir::Expr& c = *h.classes[i];
        if (!c.type || c.type->kind != TypeKind::Class || !c.type->const_value)
          throw Unsupported{c.loc, "an except clause naming a class that is not a constant"};
        RegRef mt = new_reg(kInt);
        emit(OP_exc_matches, {in(e), imm(cw_.klass(cw_.ann.classdef(c.type->const_value)), Operand::Descr), out(mt)});
        if (i + 1 < h.classes.size()) {
          uint32_t skip = new_label();
          emit(OP_goto_if_not, {in(mt), lbl(skip)});
          emit(OP_goto, {lbl(body)});
          place(skip);
        } else {
          emit(OP_goto_if_not, {in(mt), lbl(next)});
        }
      }
      place(body);
      if (h.var) move(var_val(h.var), {e});
      if (cw_.exc_info2 && !h.keeps_exc_info) {  // sys.exc_info() is now this exception
        uint16_t d = cw_.raw_helper("rpy::exc_info2 = rpy::jit::unw<rpy::BaseException*>(a[0]);", "r", "", 0, "set sys.exc_info()");
        emit(OP_residual_call_v, {imm(d, Operand::Descr), list(kInt, {}), list(kRef, {e}), list(kFloat, {})});
      }
      handled_.push_back(e);
      handler_catches_.push_back(ir::catches(h.body));
      block(h.body);
      handled_.pop_back();
      handler_catches_.pop_back();
      emit(OP_goto, {lbl(after)});
      place(next);
    }
    emit(OP_raise, {in(e)});
  }
  place(after);
  if (has_fin) {
    close();
    block(s.finalbody);
    uint32_t end = new_label();
    emit(OP_goto, {lbl(end)});
    place(fin_handler);
    TempScope ts(*this);
    RegRef e = new_reg(kRef);
    emit(OP_last_exception, {out(e)});
    block(s.finalbody);
    emit(OP_raise, {in(e)});
    place(end);
  }
}

}  // namespace rpy::jit
