// GraphWriter: calls (docs/JIT.md 6.5) and the JIT hints that are calls (3).
#include "jit/codewriter.hpp"

namespace rpy::jit {

namespace m = rpy::modules;
using annotate::BuiltinId;
using annotate::TypeKind;
using ir::CallKind;
using ir::ExprOp;

// The receiver of a method call: the object of the callee's attribute, or a bound method value.
static ir::Expr* receiver_of(ir::Expr& e) {
  ir::Expr* callee = e.args[0].get();
  return callee->op == ExprOp::GetAttr ? callee->args[0].get() : callee;
}

// What codegen evaluates for a call, in Python's order: the callee when it is a value, then the
// arguments as written (keywords included).
std::vector<ir::Expr*> GraphWriter::call_operands(ir::Expr& e) {
  std::vector<ir::Expr*> ops;
  switch (e.call_kind) {
    case CallKind::Method:
    case CallKind::BuiltinMethod:
      ops.push_back(receiver_of(e));
      break;
    case CallKind::Indirect:
    case CallKind::InstantiateAny:
      ops.push_back(e.args[0].get());
      break;
    case CallKind::Direct:
      if (!e.targets.empty() && e.targets[0]->desc && e.targets[0]->desc->is_closure()) ops.push_back(e.args[0].get());
      break;
    default:
      break;
  }
  for (size_t i = 1; i < e.args.size(); ++i) ops.push_back(e.args[i].get());
  return ops;
}

// rpython.rlib.jit.promote and friends: a guard on the value in traces, the value itself here.
bool is_rlib_promote(const ir::Graph* g) {
  if (!g || !g->desc) return false;
  const m::FunctionObj* fn = g->desc->fn();
  if (!fn->module || fn->module->name != "rpython.rlib.jit") return false;
  return fn->name == "promote" || fn->name == "promote_string" || fn->name == "promote_unicode";
}

Val GraphWriter::promote(ir::Expr& arg, bool by_value) {
  Val v = expr(arg);
  static const int ops[3] = {OP_int_guard_value, OP_ref_guard_value, OP_float_guard_value};
  bool text = by_value && arg.type && (arg.type->kind == TypeKind::Str || arg.type->kind == TypeKind::Unicode);
  for (RegRef r : v) emit(text ? OP_str_guard_value : ops[r.kind], {in(r)});
  return v;
}

// The arguments of a call to `target`, evaluated in source order, in parameter order.
std::vector<Val> GraphWriter::bind_params(ir::Expr& e, ir::Graph* target, const Val* receiver) {
  std::map<const ir::Expr*, Val> evaluated;
  for (size_t i = 1; i < e.args.size(); ++i) evaluated[e.args[i].get()] = expr(*e.args[i]);
  if (e.bound.size() != target->params.size()) throw Unsupported{e.loc, "a call whose arguments do not bind one to one"};
  std::vector<Val> params;
  for (size_t i = 0; i < target->params.size(); ++i) {
    TypeRef pt = target->params[i]->type;
    if (receiver && i == 0) {
      ir::Expr* r = receiver_of(e);
      TypeRef rt = r->type && r->type->kind == TypeKind::Method ? r->type->items[0] : r->type;
      params.push_back(convert(*receiver, rt, pt, e.loc));
      continue;
    }
    ir::Expr* b = e.bound[i];
    if (!b) throw Unsupported{e.loc, "a call with an unbound parameter"};
    auto it = evaluated.find(b);
    Val v = it != evaluated.end() ? it->second : expr(*b);
    params.push_back(convert(v, b->type, pt, e.loc));
  }
  return params;
}

Val GraphWriter::call_graph(ir::Expr& e, ir::Graph* target, const std::vector<Val>& params) {
  auto comps = cw_.components(target->return_type, e.loc);
  int ci = cw_.code_index(target);
  Val res = ci >= 0 && !cw_.is_portal(target) ? call_descr(0, params, comps, false, static_cast<uint16_t>(ci))
                                              : call_descr(cw_.graph_call(target), params, comps, true, 0);
  return convert(res, target->return_type, e.type, e.loc);
}

Val GraphWriter::instantiate(ir::Expr& e) {
  annotate::ClassDef* cd = e.cls;
  if (!cd || cd->is_exception || cd->builtin) return helper_expr(e, call_operands(e));
  // Python's order: the arguments, then the new object, then __init__.
  ir::Graph* init = e.targets.empty() ? nullptr : e.targets[0];
  if (init && e.bound.size() != init->params.size()) return helper_expr(e, call_operands(e));
  std::map<const ir::Expr*, Val> evaluated;
  for (size_t i = 1; i < e.args.size(); ++i) evaluated[e.args[i].get()] = expr(*e.args[i]);
  RegRef obj = new_reg(kRef);
  // (an instance compiled code keeps in its stack frame never outlives this call: new_scoped)
  emit(e.stack_slot >= 0 ? OP_new_scoped : OP_new_with_vtable, {imm(cw_.klass(cd), Operand::Descr), out(obj)});
  if (init) {
    std::vector<Val> params;
    params.push_back(convert({obj}, cw_.ann.types().instance(cd), init->params[0]->type, e.loc));
    for (size_t i = 1; i < init->params.size(); ++i) {
      ir::Expr* b = e.bound[i];
      if (!b) throw Unsupported{e.loc, "a call with an unbound parameter"};
      auto it = evaluated.find(b);
      Val v = it != evaluated.end() ? it->second : expr(*b);
      params.push_back(convert(v, b->type, init->params[i]->type, e.loc));
    }
    int ci = cw_.code_index(init);
    if (ci >= 0 && !cw_.is_portal(init))
      call_descr(0, params, {}, false, static_cast<uint16_t>(ci));
    else
      call_descr(cw_.graph_call(init), params, {}, true, 0);
  }
  return convert({obj}, cw_.ann.types().instance(cd), e.type, e.loc);
}

Val GraphWriter::call_builtin(ir::Expr& e) {
  auto id = static_cast<BuiltinId>(e.builtin_id);
  std::vector<ir::Expr*> a = codegen::builtin_args(e);
  auto kw = [&](const std::string& name) -> ir::Expr* {
    for (size_t i = 0; i < e.kwnames.size(); ++i)
      if (e.kwnames[i] == name) return e.args[e.args.size() - e.kwnames.size() + i].get();
    return nullptr;
  };
  switch (id) {
    case BuiltinId::Len:
      if (a.size() == 1 && a[0]->type &&
          ((a[0]->type->kind == TypeKind::Str && !cw_.ann.interp().sources().py3()) || a[0]->type->kind == TypeKind::List)) {
        Val v = expr(*a[0]);
        RegRef r = new_reg(kInt);
        emit(a[0]->type->kind == TypeKind::Str ? OP_strlen : OP_listlen, {in(v.at(0)), out(r)});
        return convert({r}, cw_.ann.types().integer(), e.type, e.loc);
      }
      break;
    case BuiltinId::IsInstance: {
      Val r;
      if (isinstance(e, r)) return r;
      break;
    }
    case BuiltinId::Ord:
      if (a.size() == 1 && a[0]->type && a[0]->type->kind == TypeKind::Char) return expr(*a[0]);  // a char's word is its code
      break;
    case BuiltinId::WeAreJitted:
      return {int_const(1)};  // jitcode is the code the JIT runs
    case BuiltinId::JitPromote:
    case BuiltinId::JitPromoteString:
    case BuiltinId::JitPromoteUnicode:
      if (a.size() != 1) break;
      return convert(promote(*a[0], id != BuiltinId::JitPromote), a[0]->type, e.type, e.loc);
    case BuiltinId::JitIsVirtual:
      if (a.size() != 1) break;
      expr(*a[0]);
      return {int_const(0)};  // nothing is virtual: the optimizer does not remove allocations yet
    case BuiltinId::JitIsConstant: {
      if (a.size() != 1) break;
      Val v = expr(*a[0]);
      if (v.size() != 1) return {int_const(0)};
      static const int ops[3] = {OP_int_isconstant, OP_ref_isconstant, OP_float_isconstant};
      RegRef r = new_reg(kInt);
      emit(ops[v[0].kind], {in(v[0]), out(r)});
      return {r};
    }
    case BuiltinId::JitHint: {
      if (a.empty()) break;
      ir::Expr* p = kw("promote");
      if (p) expr(*p);
      bool do_promote = p && p->op == ExprOp::Const && p->value && m::truthy(p->value);
      Val v = do_promote ? promote(*a[0]) : expr(*a[0]);
      return convert(v, a[0]->type, e.type, e.loc);
    }
    case BuiltinId::JitMergePoint: {
      DriverOut* d = cw_.driver_of_portal(&g_);
      if (!d || d->merge_call != &e) throw Unsupported{e.loc, "a jit_merge_point outside its portal"};
      emit(OP_jit_merge_point, {imm(static_cast<uint32_t>(cw_.driver_index(d->driver)))});
      return {};
    }
    case BuiltinId::CanEnterJit:
    case BuiltinId::LoopHeader: {
      ir::Expr* callee = e.args[0].get();
      int di = -1;
      if (callee->op == ExprOp::GetAttr && callee->args[0]->op == ExprOp::Const && callee->args[0]->value)
        di = cw_.driver_index(callee->args[0]->value.get());
      emit(OP_loop_header, {imm(static_cast<uint32_t>(di < 0 ? 0 : di))});
      return {};
    }
    case BuiltinId::Intmask:
    case BuiltinId::RInt:
    case BuiltinId::RLongLong:
    case BuiltinId::RlibWiden:     // a sized int's word as an int: the same word
    case BuiltinId::RlibSizedInt:  // r_uint16(x): codegen's conversion (wrapped to the width)
      if (a.size() == 1 && intlike(a[0]->type)) return expr_as(*a[0], e.type);
      break;
    default:
      break;
  }
  return helper_expr(e, call_operands(e));
}

Val GraphWriter::call(ir::Expr& e) {
  switch (e.call_kind) {
    case CallKind::Builtin:
    case CallKind::BuiltinMethod:
      return call_builtin(e);
    case CallKind::Direct: {
      ir::Graph* g = e.targets.empty() ? nullptr : e.targets[0];
      if (!g) break;
      if (is_rlib_promote(g) && e.args.size() == 2 && e.kwnames.empty())
        return convert(promote(*e.args[1], g->desc->fn()->name != "promote"), e.args[1]->type, e.type, e.loc);
      if ((g->desc && g->desc->is_closure()) || g->vararg || g->kwarg || g->is_generator) break;
      return call_graph(e, g, bind_params(e, g, nullptr));
    }
    case CallKind::Method: {
      if (Val r; e.targets.size() > 1 && method_dispatch(e, r)) return r;
      if (e.targets.size() != 1 || !e.targets[0] || e.targets[0]->vararg || e.targets[0]->kwarg || e.targets[0]->is_generator) break;
      ir::Expr* r = receiver_of(e);
      if (r->type && r->type->nullable) break;  // through None: AttributeError, as codegen prints it
      ir::Graph* g = e.targets[0];
      Val recv = expr(*r);
      return call_graph(e, g, bind_params(e, g, &recv));
    }
    case CallKind::Instantiate:
      return instantiate(e);
    default:
      break;
  }
  return helper_expr(e, call_operands(e));
}

}  // namespace rpy::jit
