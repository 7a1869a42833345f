// GraphWriter: calls decided by the receiver's class (docs/JIT.md 6.5, 7.3): a method call with
// several targets, and isinstance() of an instance. Both test the class with `instance_of`, which
// the tracer records as one guard_class on the object (then a constant), as RPython's traces
// guard the class of a receiver and inline the method that class finds.
#include "jit/codewriter.hpp"

namespace rpy::jit {

namespace m = rpy::modules;
using annotate::ClassDef;
using annotate::TypeKind;
using ir::ExprOp;

namespace {

// A class of the receiver's hierarchy where the method found changes: its instances and those of
// its subclasses, except the subclasses of a deeper region, call `target` (null: a class where
// the lookup finds no method of the call's targets; the compiled virtual call decides there).
struct Region {
  ClassDef* root;
  ir::Graph* target;
};

ir::Graph* target_for(annotate::Annotator& ann, ClassDef* c, const std::string& name, const std::vector<ir::Graph*>& targets) {
  m::Ref f = ann.lookup_class_attr(c, name);
  if (!f || f->kind != m::ObjKind::Function) return nullptr;
  for (ir::Graph* t : targets)
    if (t->desc && static_cast<const m::Obj*>(t->desc->fn()) == f.get()) return t;
  return nullptr;
}

void collect_regions(annotate::Annotator& ann, ClassDef* c, ir::Graph* parent_target, bool top, const ir::Expr& e,
                     std::vector<Region>& out) {
  ir::Graph* t = target_for(ann, c, e.attr, e.targets);
  if (top || t != parent_target) out.push_back({c, t});
  for (ClassDef* s : c->subclasses) collect_regions(ann, s, t, false, e, out);
}

}  // namespace

bool GraphWriter::method_dispatch(ir::Expr& e, Val& result) {
  ir::Expr* callee = e.args[0].get();
  if (callee->op != ExprOp::GetAttr || !e.cls) return false;
  ir::Expr* recv_expr = callee->args[0].get();
  TypeRef rt = recv_expr->type;
  if (!rt || rt->kind != TypeKind::Instance || !rt->cls || !rt->cls->is_subclass_of(e.cls)) return false;
  if (cw_.ann.find_attr(rt->cls, callee->attr)) return false;  // a bound method held in an instance attribute
  for (ir::Graph* t : e.targets)
    if (!t || t->vararg || t->kwarg || t->is_generator || !t->desc || e.bound.size() != t->params.size()) return false;
  // A parameter left to its default takes each override's own default: the compiled call does it.
  for (size_t i = 1; i < e.bound.size(); ++i)
    if (!e.bound[i] || annotate::is_default_arg(e, i)) return false;

  std::vector<Region> regions;
  collect_regions(cw_.ann, rt->cls, nullptr, true, e, regions);
  // Deepest first: an object is in the deepest region whose root it is an instance of.
  std::stable_sort(regions.begin() + 1, regions.end(), [](const Region& a, const Region& b) { return a.root->depth > b.root->depth; });
  std::rotate(regions.begin(), regions.begin() + 1, regions.end());  // the receiver's class: the last, untested

  // The operands once, in Python's order, as codegen evaluates them.
  std::vector<ir::Expr*> operands = cw_.em.operand_order(e);
  if (operands.empty()) operands = call_operands(e);
  std::map<const ir::Expr*, Val> evaluated;
  std::vector<ir::Expr*> ops;
  std::vector<Val> vals;
  for (ir::Expr* o : operands) {
    if (!o || o->op == ExprOp::Const) continue;
    ops.push_back(o);
    vals.push_back(evaluated[o] = expr(*o));
  }
  auto value_of = [&](ir::Expr* x) {
    auto it = evaluated.find(x);
    return it != evaluated.end() ? it->second : expr(*x);
  };
  Val recv = value_of(recv_expr);  // an instance: one ref register

  result = new_val(cw_.components(e.type, e.loc));
  uint32_t end = new_label();
  auto compiled_call = [&]() {  // the virtual call as codegen prints it (None: its AttributeError)
    move(result, call_descr(cw_.expr_helper(g_, e, ops), vals, cw_.components(e.type, e.loc), true, 0));
  };
  uint32_t none = 0;
  if (rt->nullable) {
    none = new_label();
    RegRef nz = new_reg(kInt);
    emit(OP_ptr_nonzero, {in(recv[0]), out(nz)});
    emit(OP_goto_if_not, {in(nz), lbl(none)});
  }
  for (size_t k = 0; k < regions.size(); ++k) {
    const Region& r = regions[k];
    uint32_t next = 0;
    if (k + 1 < regions.size()) {
      next = new_label();
      RegRef t = new_reg(kInt);
      emit(OP_instance_of, {in(recv[0]), imm(cw_.klass(r.root), Operand::Descr), out(t)});
      emit(OP_goto_if_not, {in(t), lbl(next)});
    }
    if (r.target) {
      ir::Graph* g = r.target;
      std::vector<Val> params{convert(recv, rt, g->params[0]->type, e.loc)};
      for (size_t i = 1; i < g->params.size(); ++i)
        params.push_back(convert(value_of(e.bound[i]), e.bound[i]->type, g->params[i]->type, e.loc));
      move(result, call_graph(e, g, params));
    } else {
      compiled_call();
    }
    if (k + 1 < regions.size()) {
      emit(OP_goto, {lbl(end)});
      place(next);
    }
  }
  if (rt->nullable) {
    emit(OP_goto, {lbl(end)});
    place(none);
    compiled_call();
  }
  place(end);
  return true;
}

bool GraphWriter::isinstance(ir::Expr& e, Val& result) {
  std::vector<ir::Expr*> a = codegen::builtin_args(e);
  if (a.size() != 2 || !a[0]->type || a[0]->type->kind != TypeKind::Instance) return false;
  std::vector<ClassDef*> classes;
  auto add = [&](ir::Expr* c) {
    if (c->op != ExprOp::Const || !c->value) return false;
    if (c->value->kind != m::ObjKind::Class) return true;  // a builtin type: no instance is one
    ClassDef* cd = cw_.ann.classdef(c->value);
    if (!cd) return false;
    classes.push_back(cd);
    return true;
  };
  if (a[1]->op == ExprOp::MakeTuple) {
    for (auto& c : a[1]->args)
      if (!add(c.get())) return false;
  } else if (!add(a[1])) {
    return false;
  }
  Val obj = expr(*a[0]);
  if (obj.size() != 1) return false;
  RegRef r = new_reg(kInt);
  copy_into(r, int_const(0));
  uint32_t end = new_label();
  if (a[0]->type->nullable) {  // isinstance(None, C) is False
    RegRef nz = new_reg(kInt);
    emit(OP_ptr_nonzero, {in(obj[0]), out(nz)});
    emit(OP_goto_if_not, {in(nz), lbl(end)});
  }
  for (ClassDef* cd : classes) {
    uint32_t next = new_label();
    RegRef t = new_reg(kInt);
    emit(OP_instance_of, {in(obj[0]), imm(cw_.klass(cd), Operand::Descr), out(t)});
    emit(OP_goto_if_not, {in(t), lbl(next)});
    copy_into(r, int_const(1));
    emit(OP_goto, {lbl(end)});
    place(next);
  }
  place(end);
  result = convert({r}, cw_.ann.types().boolean(), e.type, e.loc);
  return true;
}

}  // namespace rpy::jit
