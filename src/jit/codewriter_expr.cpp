// GraphWriter: expressions (docs/JIT.md 6.3, 6.4). Operands are evaluated left to right into
// registers; what the codewriter does not lower itself is a helper printed by codegen.
#include "jit/codewriter.hpp"
#include "jit/walk.hpp"

namespace rpy::jit {

namespace m = rpy::modules;
using annotate::TypeKind;
using ir::ExprOp;
using syntax::BinOp;
using syntax::CmpOp;

static bool is_float(TypeRef t) { return t && t->kind == TypeKind::Float; }
static bool is_none(TypeRef t) { return !t || t->kind == TypeKind::None; }

Val GraphWriter::expr_as(ir::Expr& e, TypeRef to) { return convert(expr(e), e.type, to, e.loc); }

Val GraphWriter::convert(const Val& v, TypeRef from, TypeRef to, Loc loc) {
  if (!to || to == from || annotate::same_type(from, to)) return v;
  if (to->kind != TypeKind::Tuple && cw_.kind_of(to) == kVoid) return {};
  if (cw_.is_void(from)) {  // None (or a value that never exists) where `to` is expected
    Val d;
    for (TypeRef c : cw_.components(to, loc)) d.push_back(default_const(c));
    return d;
  }
  if (from->kind == TypeKind::Tuple && to->kind == TypeKind::Tuple && from->items.size() == to->items.size()) {
    Val out;
    size_t at = 0;
    for (size_t i = 0; i < to->items.size(); ++i) {
      size_t n = cw_.components(from->items[i], loc).size();
      Val part(v.begin() + static_cast<std::ptrdiff_t>(at), v.begin() + static_cast<std::ptrdiff_t>(at + n));
      at += n;
      Val c = convert(part, from->items[i], to->items[i], loc);
      out.insert(out.end(), c.begin(), c.end());
    }
    return out;
  }
  // Conversions that keep the word: instance upcasts, bool -> int, int -> r_uint, and whatever
  // codegen prints as the identity.
  if ((from->kind == TypeKind::Instance && to->kind == TypeKind::Instance) ||
      (intlike(from) && to->kind == TypeKind::Int && !annotate::is_sized_int(to)) || (intlike(from) && to->kind == TypeKind::UInt) ||
      cw_.em.convert("X", from, to) == "X")
    return v;
  // An int (bool, r_uint, another sized int) to a sized int of rarithmetic.build_int: codegen's
  // static_cast to the width (rpy::codegen::rlib::wrap), here a mask or a sign extension.
  if ((intlike(from) || from->kind == TypeKind::UInt) && annotate::is_sized_int(to)) return {wrap_sized(v.at(0), to)};
  if (intlike(from) && is_float(to)) {
    RegRef r = new_reg(kFloat);
    emit(OP_cast_int_to_float, {in(v.at(0)), out(r)});
    return {r};
  }
  return call_descr(cw_.convert_helper(from, to), {v}, cw_.components(to, loc), true, 0);
}

RegRef GraphWriter::truth_of(const Val& v, TypeRef t, Loc loc) {
  switch (t ? t->kind : TypeKind::None) {
    case TypeKind::Bool:
      return v.at(0);
    case TypeKind::Int:
    case TypeKind::UInt: {
      RegRef r = new_reg(kInt);
      emit(OP_int_is_true, {in(v.at(0)), out(r)});
      return r;
    }
    case TypeKind::Float: {
      RegRef r = new_reg(kInt);
      emit(OP_float_is_true, {in(v.at(0)), out(r)});
      return r;
    }
    case TypeKind::Char:
      return int_const(1);
    case TypeKind::Instance: {
      RegRef r = new_reg(kInt);
      emit(OP_ptr_nonzero, {in(v.at(0)), out(r)});
      return r;
    }
    case TypeKind::None:
    case TypeKind::Impossible:
      return int_const(0);
    case TypeKind::Tuple:
      return int_const(t->items.empty() ? 0 : 1);
    default:
      if (cw_.kind_of(t) == kVoid) return int_const(1);  // classes, modules, functions as constants
      return call_descr(cw_.truth_helper(t), {v}, {cw_.ann.types().boolean()}, true, 0).at(0);
  }
  (void)loc;
}

RegRef GraphWriter::truth(ir::Expr& e) { return truth_of(expr(e), e.type, e.loc); }

// The operands of an and/or that can run (a constant operand decides the rest: they are dead).
static size_t live_count(const ir::Expr& e) {
  return e.live > 0 && e.live < static_cast<int>(e.args.size()) ? static_cast<size_t>(e.live) : e.args.size();
}

void GraphWriter::branch_if_false(ir::Expr& test, uint32_t target) {
  if (test.op == ExprOp::Not) return branch_if_true(*test.args[0], target);
  if (test.op == ExprOp::And) {
    for (size_t i = 0; i < live_count(test); ++i) branch_if_false(*test.args[i], target);
    return;
  }
  if (test.op == ExprOp::Or) {
    size_t n = live_count(test);
    uint32_t yes = new_label();
    for (size_t i = 0; i + 1 < n; ++i) branch_if_true(*test.args[i], yes);
    branch_if_false(*test.args[n - 1], target);
    place(yes);
    return;
  }
  emit(OP_goto_if_not, {in(truth(test)), lbl(target)});
}

void GraphWriter::branch_if_true(ir::Expr& test, uint32_t target) {
  if (test.op == ExprOp::Not) return branch_if_false(*test.args[0], target);
  if (test.op == ExprOp::Or) {
    for (size_t i = 0; i < live_count(test); ++i) branch_if_true(*test.args[i], target);
    return;
  }
  if (test.op == ExprOp::And) {
    size_t n = live_count(test);
    uint32_t no = new_label();
    for (size_t i = 0; i + 1 < n; ++i) branch_if_false(*test.args[i], no);
    branch_if_true(*test.args[n - 1], target);
    place(no);
    return;
  }
  RegRef z = new_reg(kInt);
  emit(OP_int_is_zero, {in(truth(test)), out(z)});
  emit(OP_goto_if_not, {in(z), lbl(target)});
}

RegRef GraphWriter::wrap_sized(RegRef v, TypeRef t) {
  if (t->bits >= 64) return v;  // static_cast<int64_t>: the same word
  uint64_t mask = (uint64_t{1} << t->bits) - 1;
  RegRef r = new_reg(kInt);
  emit(OP_int_and, {in(v), in(int_const(static_cast<int64_t>(mask))), out(r)});
  if (t->is_unsigned) return r;
  // (x & mask) ^ sign - sign: the low bits as a signed number of that width.
  auto sign = static_cast<int64_t>(uint64_t{1} << (t->bits - 1));
  RegRef x = new_reg(kInt), s = new_reg(kInt);
  emit(OP_int_xor, {in(r), in(int_const(sign)), out(x)});
  emit(OP_int_sub, {in(x), in(int_const(sign)), out(s)});
  return s;
}

bool GraphWriter::native_binop(ir::Expr& e, Val& result) {
  ir::Expr& a = *e.args[0];
  ir::Expr& b = *e.args[1];
  TypeRef tr = e.type;
  // A sized int of rarithmetic.build_int (r_uint16...) wraps to its width, as codegen's
  // sized_binop does: its operands converted to the type, the machine-word operation, the result
  // wrapped. The low bits of + - * & | ^ depend only on the operands' low bits, so the word
  // operation then the wrap is exact; the others (// % ** shifts) stay codegen's (a helper).
  if (annotate::is_sized_int(tr)) {
    auto word = [](TypeRef t) { return intlike(t) || (t && t->kind == TypeKind::UInt); };
    int op = e.binop == BinOp::Add      ? OP_int_add
             : e.binop == BinOp::Sub    ? OP_int_sub
             : e.binop == BinOp::Mul    ? OP_int_mul
             : e.binop == BinOp::BitAnd ? OP_int_and
             : e.binop == BinOp::BitOr  ? OP_int_or
             : e.binop == BinOp::BitXor ? OP_int_xor
                                        : -1;
    if (op < 0 || !word(a.type) || !word(b.type)) return false;
    Val x = expr_as(a, tr), y = expr_as(b, tr);
    RegRef r = new_reg(kInt);
    emit(op, {in(x.at(0)), in(y.at(0)), out(r)});
    // (& | ^ of two values of the width are of the width: codegen does not wrap them either)
    result = {op == OP_int_and || op == OP_int_or || op == OP_int_xor ? r : wrap_sized(r, tr)};
    return true;
  }
  if (e.inplace && !intlike(tr) && !is_float(tr)) return false;
  if (intlike(tr) && intlike(a.type) && intlike(b.type)) {
    int op;
    switch (e.binop) {
      case BinOp::Add:
        op = OP_int_add;
        break;
      case BinOp::Sub:
        op = OP_int_sub;
        break;
      case BinOp::Mul:
        op = OP_int_mul;
        break;
      case BinOp::Div:
      case BinOp::FloorDiv:
        op = OP_int_floordiv;
        break;
      case BinOp::Mod:
        op = OP_int_mod;
        break;
      case BinOp::Pow:
        op = OP_int_pow;
        break;
      case BinOp::LShift:
        op = OP_int_lshift;
        break;
      case BinOp::RShift:
        op = OP_int_rshift;
        break;
      case BinOp::BitAnd:
        op = OP_int_and;
        break;
      case BinOp::BitOr:
        op = OP_int_or;
        break;
      case BinOp::BitXor:
        op = OP_int_xor;
        break;
      default:
        return false;
    }
    Val x = expr(a), y = expr(b);
    RegRef r = new_reg(kInt);
    emit(op, {in(x.at(0)), in(y.at(0)), out(r)});
    result = {r};
    return true;
  }
  if (is_float(tr) && (intlike(a.type) || is_float(a.type)) && (intlike(b.type) || is_float(b.type))) {
    int op;
    switch (e.binop) {
      case BinOp::Add:
        op = OP_float_add;
        break;
      case BinOp::Sub:
        op = OP_float_sub;
        break;
      case BinOp::Mul:
        op = OP_float_mul;
        break;
      case BinOp::Div:
        op = OP_float_truediv;
        break;
      case BinOp::FloorDiv:
        op = OP_float_floordiv;
        break;
      case BinOp::Mod:
        op = OP_float_mod;
        break;
      default:
        return false;
    }
    Val x = expr_as(a, tr), y = expr_as(b, tr);
    RegRef r = new_reg(kFloat);
    emit(op, {in(x.at(0)), in(y.at(0)), out(r)});
    result = {r};
    return true;
  }
  return false;
}

bool GraphWriter::native_compare(ir::Expr& e, Val& result) {
  ir::Expr& a = *e.args[0];
  ir::Expr& b = *e.args[1];
  TypeRef ta = a.type, tb = b.type;
  RegRef r;
  auto ref = [&](TypeRef t) { return !is_none(t) && cw_.kind_of(t) == kRef; };
  if (e.cmp == CmpOp::Is || e.cmp == CmpOp::IsNot) {
    bool is = e.cmp == CmpOp::Is;
    if (is_none(ta) && is_none(tb)) {
      expr(a);
      expr(b);
      result = {int_const(is ? 1 : 0)};
      return true;
    }
    if ((ref(ta) && is_none(tb)) || (is_none(ta) && ref(tb))) {
      Val x = expr(a), y = expr(b);
      RegRef v = ref(ta) ? x.at(0) : y.at(0);
      r = new_reg(kInt);
      emit(is ? OP_ptr_iszero : OP_ptr_nonzero, {in(v), out(r)});
      result = {r};
      return true;
    }
    if (ref(ta) && ref(tb)) {
      Val x = expr(a), y = expr(b);
      r = new_reg(kInt);
      emit(is ? OP_ptr_eq : OP_ptr_ne, {in(x.at(0)), in(y.at(0)), out(r)});
      result = {r};
      return true;
    }
    return false;
  }
  int iop, fop;
  switch (e.cmp) {
    case CmpOp::Eq:
      iop = OP_int_eq, fop = OP_float_eq;
      break;
    case CmpOp::NotEq:
      iop = OP_int_ne, fop = OP_float_ne;
      break;
    case CmpOp::Lt:
      iop = OP_int_lt, fop = OP_float_lt;
      break;
    case CmpOp::LtE:
      iop = OP_int_le, fop = OP_float_le;
      break;
    case CmpOp::Gt:
      iop = OP_int_gt, fop = OP_float_gt;
      break;
    case CmpOp::GtE:
      iop = OP_int_ge, fop = OP_float_ge;
      break;
    default:
      return false;
  }
  bool chars = ta && tb && ta->kind == TypeKind::Char && tb->kind == TypeKind::Char;
  if (chars || (intlike(ta) && intlike(tb))) {
    Val x = expr(a), y = expr(b);
    r = new_reg(kInt);
    emit(iop, {in(x.at(0)), in(y.at(0)), out(r)});
    result = {r};
    return true;
  }
  if ((is_float(ta) || intlike(ta)) && (is_float(tb) || intlike(tb))) {
    TypeRef f = cw_.ann.types().floating();
    Val x = expr_as(a, f), y = expr_as(b, f);
    r = new_reg(kInt);
    emit(fop, {in(x.at(0)), in(y.at(0)), out(r)});
    result = {r};
    return true;
  }
  return false;
}

Val GraphWriter::and_or(ir::Expr& e) {
  bool is_and = e.op == ExprOp::And;
  Val res = new_val(cw_.components(e.type, e.loc));
  uint32_t end = new_label();
  size_t n = live_count(e);
  for (size_t i = 0; i < n; ++i) {
    ir::Expr& a = *e.args[i];
    if (i + 1 == n) {
      move(res, expr_as(a, e.type));
      break;
    }
    Val v = expr(a);
    RegRef t = truth_of(v, a.type, a.loc);
    move(res, convert(v, a.type, e.type, a.loc));
    if (is_and) {
      emit(OP_goto_if_not, {in(t), lbl(end)});
    } else {
      RegRef z = new_reg(kInt);
      emit(OP_int_is_zero, {in(t), out(z)});
      emit(OP_goto_if_not, {in(z), lbl(end)});
    }
  }
  place(end);
  return res;
}

Val GraphWriter::if_exp(ir::Expr& e) {
  if (e.live == 1 || e.live == 2) {  // a constant test: only that branch was annotated
    if (codegen::has_effects(*e.args[0])) expr(*e.args[0]);
    return expr_as(*e.args[static_cast<size_t>(e.live)], e.type);
  }
  Val res = new_val(cw_.components(e.type, e.loc));
  uint32_t els = new_label(), end = new_label();
  branch_if_false(*e.args[0], els);
  move(res, expr_as(*e.args[1], e.type));
  emit(OP_goto, {lbl(end)});
  place(els);
  move(res, expr_as(*e.args[2], e.type));
  place(end);
  return res;
}

// A Const's value: one constant per component, printed by codegen.
static Val const_val(GraphWriter& w, Codewriter& cw, ir::Expr& e,
                     const std::function<RegRef(Kind, const std::string&, const std::string&)>& k) {
  (void)w;
  auto comps = cw.components(e.type, e.loc);
  if (comps.empty()) return {};
  std::string code = cw.em.const_value(e.value, e.type, e.loc);
  std::string shown = e.value ? m::repr(e.value) : "None";
  if (shown.size() > 40) shown = shown.substr(0, 37) + "...";
  Val v;
  if (e.type->kind == TypeKind::Tuple) {
    for (size_t i = 0; i < comps.size(); ++i)
      v.push_back(k(cw.kind_of(comps[i]),
                    "rpy::jit::w(static_cast<" + cw.ctype(comps[i]) + ">(std::get<" + std::to_string(i) + ">(" + code + ")))",
                    shown + "[" + std::to_string(i) + "]"));
    return v;
  }
  v.push_back(k(cw.kind_of(e.type), "rpy::jit::w(static_cast<" + cw.ctype(e.type) + ">(" + code + "))", shown));
  return v;
}

Val GraphWriter::get_attr(ir::Expr& e) {
  ir::Expr& obj = *e.args[0];
  if (obj.type && obj.type->kind == TypeKind::Instance) {
    if (e.type && e.type->kind == TypeKind::Method) return expr(obj);  // a bound method: its receiver
    // Some classes the object may be of never hold the attribute: codegen's read checks the
    // class and raises AttributeError for those (a helper call keeps that meaning in traces).
    if (!cw_.ann.classes_lacking(obj.type->cls, e.attr).empty()) return helper_expr(e, {&obj});
    annotate::AttrDef* a = cw_.ann.find_attr(obj.type->cls, e.attr);
    Kind k = a ? cw_.kind_of(a->type) : kVoid;
    static const int ops[3] = {OP_getfield_i, OP_getfield_r, OP_getfield_f};
    if (a && k != kVoid && a->type->kind != TypeKind::Tuple && !obj.type->nullable) {
      Val o = expr(obj);
      RegRef r = new_reg(k);
      emit(ops[k], {in(o.at(0)), imm(cw_.field(obj.type->cls, e.attr, a->type), Operand::Descr), out(r)});
      return convert({r}, a->type, e.type, e.loc);
    }
    std::vector<ir::Expr*> order = cw_.em.operand_order(e);
    if (a && k != kVoid && a->type->kind != TypeKind::Tuple && (order.empty() || (order.size() == 1 && order[0] == &obj))) {
      // Through a value that may be None: a native test, the read, and on the None side the
      // helper (codegen's AttributeError). The tracer sees a guard the optimizer can share.
      Val o = expr(obj);
      RegRef c = new_reg(kInt);
      emit(OP_ptr_nonzero, {in(o.at(0)), out(c)});
      uint32_t none = new_label(), done = new_label();
      emit(OP_goto_if_not, {in(c), lbl(none)});
      RegRef r = new_reg(k);
      emit(ops[k], {in(o.at(0)), imm(cw_.field(obj.type->cls, e.attr, a->type), Operand::Descr), out(r)});
      Val result = convert({r}, a->type, e.type, e.loc);
      emit(OP_goto, {lbl(done)});
      place(none);
      uint16_t d = cw_.expr_helper(g_, e, {&obj});
      move(result, call_descr(d, {o}, cw_.components(e.type, e.loc), true, 0));  // (it raises)
      place(done);
      return result;
    }
  }
  return helper_expr(e, {&obj});
}

// A list, str or dict that may be None, read where Python needs its value (annotate: NoneCheck):
// a native test, and on the None side the helper that is codegen's check (Python's TypeError or
// AttributeError, with its message). The tracer records a guard; the value is the operand's.
Val GraphWriter::none_check(ir::Expr& e) {
  ir::Expr& x = *e.args[0];
  if (!x.type || cw_.kind_of(x.type) != kRef) return helper_expr(e, {&x});
  Val o = expr(x);
  RegRef c = new_reg(kInt);
  emit(OP_ptr_nonzero, {in(o.at(0)), out(c)});
  uint32_t none = new_label(), done = new_label();
  emit(OP_goto_if_not, {in(c), lbl(none)});
  Val result = convert(o, x.type, e.type, e.loc);
  emit(OP_goto, {lbl(done)});
  place(none);
  uint16_t d = cw_.expr_helper(g_, e, {&x});
  move(result, call_descr(d, {o}, cw_.components(e.type, e.loc), true, 0));  // (it raises)
  place(done);
  return result;
}

// `[c] * n` stored into an owned field (opt/owned_lists.cpp, docs/JIT.md 16): new_list_scoped
// when its items are words (ints, references), so that the tracer may build it next to its owner;
// false for other item types (the helper compiled code uses).
bool GraphWriter::owned_list(ir::Expr& e, ir::Expr& n, ir::Expr& item, Val& out_list) {
  TypeRef t = e.type->listdef->find()->item;
  Kind k = cw_.kind_of(t);
  bool word = (k == kInt && t->kind == TypeKind::Int && !annotate::is_sized_int(t)) || (k == kRef && cw_.components(t, e.loc).size() == 1);
  if (!word) return false;
  Val count = expr_as(n, cw_.ann.types().integer());
  Val fill = expr_as(item, t);
  RegRef r = new_reg(kRef);
  emit(k == kInt ? OP_new_list_scoped_i : OP_new_list_scoped_r, {in(count.at(0)), in(fill.at(0)), out(r)});
  out_list = {r};
  return true;
}

Val GraphWriter::get_item(ir::Expr& e) {
  ir::Expr& obj = *e.args[0];
  ir::Expr& idx = *e.args[1];
  TypeRef t = obj.type;
  TypeRef integer = cw_.ann.types().integer();
  if (t && t->kind == TypeKind::List) {
    TypeRef item = t->listdef->find()->item;
    Kind k = cw_.kind_of(item);
    if (k != kVoid && item->kind != TypeKind::Tuple && intlike(idx.type)) {
      Val o = expr(obj), i = expr_as(idx, integer);
      RegRef r = new_reg(k);
      static const int ops[3] = {OP_getlistitem_i, OP_getlistitem_r, OP_getlistitem_f};
      emit(ops[k], {in(o.at(0)), in(i.at(0)), imm(cw_.list(item), Operand::Descr), out(r)});
      return convert({r}, item, e.type, e.loc);
    }
  }
  // A bytearray's item, a Python 3 bytes' item: an int 0..255 (codegen's rpy::bytearray_getitem,
  // rpy::bytes_getitem; a None receiver stays the helper's).
  if (t && (t->kind == TypeKind::ByteArray || t->kind == TypeKind::Bytes) && !t->nullable && intlike(idx.type)) {
    Val o = expr(obj), i = expr_as(idx, integer);
    RegRef r = new_reg(kInt);
    emit(t->kind == TypeKind::ByteArray ? OP_bytearray_getitem : OP_bytes_getitem, {in(o.at(0)), in(i.at(0)), out(r)});
    return convert({r}, integer, e.type, e.loc);
  }
  // (A Python 3 str is text, indexed by code point: not this byte operation.)
  if (t && t->kind == TypeKind::Str && intlike(idx.type) && !cw_.ann.interp().sources().py3()) {
    Val o = expr(obj), i = expr_as(idx, integer);
    RegRef r = new_reg(kInt);
    emit(OP_strgetitem, {in(o.at(0)), in(i.at(0)), out(r)});
    return convert({r}, cw_.ann.types().character(), e.type, e.loc);
  }
  if (t && t->kind == TypeKind::Tuple && idx.op == ExprOp::Const && idx.value && idx.value->kind == m::ObjKind::Int) {
    int64_t n = static_cast<int64_t>(t->items.size());
    int64_t i = idx.value->as<m::IntObj>()->value;
    if (i < 0) i += n;
    if (i >= 0 && i < n) {
      Val v = expr(obj);
      size_t at = 0;  // where item i's components start (a nested tuple has several)
      for (int64_t k = 0; k < i; ++k) at += cw_.components(t->items[static_cast<size_t>(k)], e.loc).size();
      size_t len = cw_.components(t->items[static_cast<size_t>(i)], e.loc).size();
      Val part(v.begin() + static_cast<std::ptrdiff_t>(at), v.begin() + static_cast<std::ptrdiff_t>(at + len));
      return convert(part, t->items[static_cast<size_t>(i)], e.type, e.loc);
    }
  }
  return helper_expr(e, {&obj, &idx});
}

Val GraphWriter::helper_expr(ir::Expr& e, const std::vector<ir::Expr*>& fallback) {
  // The operands in Python's order, as codegen evaluates them (emit_order.cpp).
  std::vector<ir::Expr*> operands = cw_.em.operand_order(e);
  if (operands.empty()) operands = fallback;
  std::vector<ir::Expr*> ops;
  for (ir::Expr* o : operands)
    if (o && o->op != ExprOp::Const) ops.push_back(o);
  uint16_t d;
  try {
    d = cw_.expr_helper(g_, e, ops);
  } catch (Unsupported&) {
    ops = whole_operands({&e});  // the whole expression as compiled code over the locals it reads
    d = cw_.expr_helper(g_, e, ops);
  }
  std::vector<Val> vals;
  for (ir::Expr* o : ops) vals.push_back(expr(*o));
  return call_descr(d, vals, cw_.components(e.type, e.loc), true, 0);
}

// The reads of locals in `roots`, in order: the operands of a helper doing all of them as compiled
// code does, when codegen cannot print the node apart from its direct operands (it inspects an
// operand's shape: an int check folding `v % 50 + 1`). Reading a local has no effect, so reading
// them all first changes nothing. Refused (Unsupported) when the expressions bind locals
// (assignments, comprehensions, yields, nested functions), which a helper could not do.
std::vector<ir::Expr*> GraphWriter::whole_operands(const std::vector<ir::Expr*>& roots) {
  std::vector<ir::Expr*> out;
  for (ir::Expr* r : roots)
    walk_expr(*r, [&](ir::Expr& x) {
      switch (x.op) {
        case ExprOp::Local:
          if (x.unbound) throw Unsupported{x.loc, "a read of a variable no assignment reaches"};
          out.push_back(&x);
          break;
        case ExprOp::SetLocal:
        case ExprOp::Comp:
        case ExprOp::Yield:
        case ExprOp::MakeClosure:
          throw Unsupported{x.loc, "an operation codegen cannot print apart (it binds a variable)"};
        default:
          break;
      }
    });
  return out;
}

Val GraphWriter::call_descr(uint16_t descr, const std::vector<Val>& args, const std::vector<TypeRef>& result_comps, bool residual,
                            uint16_t code) {
  std::vector<RegRef> lists[3];
  for (const Val& v : args)
    for (RegRef r : v) lists[r.kind].push_back(r);
  if (residual && !handled_.empty() && !cw_.reraisers.empty()) {  // compiled code may re-raise the clause's exception
    descr = cw_.in_handler_call(descr);
    lists[kRef].push_back(handled_.back());
  }
  Val res = new_val(result_comps);
  std::vector<Operand> ops;
  ops.push_back(imm(residual ? descr : code, residual ? Operand::Descr : Operand::Code));
  for (int k = 0; k < 3; ++k) ops.push_back(list(static_cast<Kind>(k), lists[k]));
  int op;
  if (res.empty()) {
    op = residual ? OP_residual_call_v : OP_inline_call_v;
  } else if (res.size() == 1) {
    static const int rops[3] = {OP_residual_call_i, OP_residual_call_r, OP_residual_call_f};
    static const int iops[3] = {OP_inline_call_i, OP_inline_call_r, OP_inline_call_f};
    op = (residual ? rops : iops)[res[0].kind];
    ops.push_back(out(res[0]));
  } else {
    op = residual ? OP_residual_call_t : OP_inline_call_t;
    std::vector<RegRef> outs[3];
    for (RegRef r : res) outs[r.kind].push_back(r);
    for (int k = 0; k < 3; ++k) ops.push_back(list(static_cast<Kind>(k), outs[k], true));
  }
  emit(op, std::move(ops));
  return res;
}

Val GraphWriter::expr(ir::Expr& e) {
  switch (e.op) {
    case ExprOp::Const:
      return const_val(*this, cw_, e, [&](Kind k, const std::string& c, const std::string& s) { return konst(k, c, s); });
    case ExprOp::Local:
      if (e.unbound) throw Unsupported{e.loc, "a read of a variable no assignment reaches"};
      return convert(var_val(e.var), e.var->type, e.type, e.loc);
    case ExprOp::SetLocal: {
      Val v = expr_as(*e.args[0], e.var->type);
      Val dst = var_val(e.var);
      move(dst, v);
      return convert(dst, e.var->type, e.type, e.loc);
    }
    case ExprOp::BinOp: {
      Val r;
      if (native_binop(e, r)) return r;
      if (e.binop == BinOp::Mul && e.type && e.type->kind == TypeKind::List) {
        // [c] * n with a constant item (a new frame's `[None] * size`): one helper of n that
        // allocates the filled list, as compiled code does, not a one-item list then a copy.
        bool left = e.args[0]->type && e.args[0]->type->kind == TypeKind::List;
        ir::Expr& l = *e.args[left ? 0 : 1];
        if (l.op == ExprOp::MakeList && l.args.size() == 1 && l.args[0]->op == ExprOp::Const) {
          ir::Expr* n = e.args[left ? 1 : 0].get();
          Val owned;
          if (e.owned_list && owned_list(e, *n, *l.args[0], owned)) return owned;
          std::vector<ir::Expr*> ops;
          if (n->op != ExprOp::Const) ops.push_back(n);
          uint16_t d = cw_.expr_helper(g_, e, ops);
          std::vector<Val> vals;
          for (ir::Expr* o : ops) vals.push_back(expr(*o));
          return call_descr(d, vals, cw_.components(e.type, e.loc), true, 0);
        }
      }
      return helper_expr(e, {e.args[0].get(), e.args[1].get()});
    }
    case ExprOp::UnaryOp: {
      ir::Expr& a = *e.args[0];
      if (e.unop == syntax::UnaryOp::Pos) return expr_as(a, e.type);
      if (intlike(a.type) && e.type && e.type->kind == TypeKind::Int && !annotate::is_sized_int(e.type)) {
        Val v = expr(a);
        RegRef r = new_reg(kInt);
        emit(e.unop == syntax::UnaryOp::Neg ? OP_int_neg : OP_int_invert, {in(v.at(0)), out(r)});
        return {r};
      }
      if ((intlike(a.type) || (a.type && a.type->kind == TypeKind::UInt)) && annotate::is_sized_int(e.type)) {
        Val v = expr_as(a, e.type);  // codegen: wrap(-x) / wrap(~x), x converted to the type
        RegRef r = new_reg(kInt);
        emit(e.unop == syntax::UnaryOp::Neg ? OP_int_neg : OP_int_invert, {in(v.at(0)), out(r)});
        return {wrap_sized(r, e.type)};
      }
      if (is_float(a.type) && e.unop == syntax::UnaryOp::Neg) {
        Val v = expr(a);
        RegRef r = new_reg(kFloat);
        emit(OP_float_neg, {in(v.at(0)), out(r)});
        return {r};
      }
      return helper_expr(e, {&a});
    }
    case ExprOp::Not: {
      RegRef t = truth(*e.args[0]);
      RegRef r = new_reg(kInt);
      emit(OP_int_is_zero, {in(t), out(r)});
      return {r};
    }
    case ExprOp::Compare: {
      Val r;
      if (native_compare(e, r)) return convert(r, cw_.ann.types().boolean(), e.type, e.loc);
      return helper_expr(e, {e.args[0].get(), e.args[1].get()});
    }
    case ExprOp::And:
    case ExprOp::Or:
      return and_or(e);
    case ExprOp::IfExp:
      return if_exp(e);
    case ExprOp::Call:
      return call(e);
    case ExprOp::GetAttr:
      if (e.value) {
        ir::Expr c(ExprOp::Const, e.loc);
        c.value = e.value;
        c.type = e.type;
        return const_val(*this, cw_, c, [&](Kind k, const std::string& cc, const std::string& s) { return konst(k, cc, s); });
      }
      return get_attr(e);
    case ExprOp::GetItem:
      return get_item(e);
    case ExprOp::MakeTuple: {
      if (!e.type || e.type->kind != TypeKind::Tuple || e.type->items.size() != e.args.size())
        throw Unsupported{e.loc, "a tuple display of an unexpected type"};
      Val v;
      for (size_t i = 0; i < e.args.size(); ++i) {
        Val x = expr_as(*e.args[i], e.type->items[i]);
        v.insert(v.end(), x.begin(), x.end());
      }
      cw_.components(e.type, e.loc);  // rejects tuples holding None
      return v;
    }
    case ExprOp::MakeDict:
    case ExprOp::GetSlice:
    case ExprOp::MakeList:
    case ExprOp::MakeSet:
    case ExprOp::FString: {
      std::vector<ir::Expr*> ops;
      for (auto& a : e.args) ops.push_back(a.get());
      return helper_expr(e, ops);
    }
    case ExprOp::Narrow: {  // the same value, with the type a test established
      if (e.type && e.type->kind == TypeKind::None) return {};
      ir::Expr& x = *e.args[0];
      if (e.narrow == ir::NarrowKind::NoneCheck) return none_check(e);
      return convert(expr(x), x.type, e.type, e.loc);
    }
    case ExprOp::Seq: {
      for (size_t i = 0; i + 1 < e.args.size(); ++i) expr(*e.args[i]);
      return expr_as(*e.args.back(), e.type);
    }
    case ExprOp::Comp:  // the loop it is: a new list (set, dict) filled by the body's statements
      block(e.body);
      return convert(var_val(e.var), e.var->type, e.type, e.loc);
    case ExprOp::Yield:
      throw Unsupported{e.loc, "yield"};
    case ExprOp::MakeClosure:
      throw Unsupported{e.loc, "a nested function"};
    case ExprOp::ClosureDefault:
      throw Unsupported{e.loc, "a default value computed when a nested function was defined"};
  }
  throw Unsupported{e.loc, "an expression"};
}

}  // namespace rpy::jit
