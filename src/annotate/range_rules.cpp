// Python 3's range objects. In a script, range() makes an object that prints as range(0, 3),
// equals only ranges with the same items, slices to a range and cannot be changed. rpy keeps a
// call whose value is iterated at once where it is made (ir::Expr::consumed: a for loop's
// iterable, a comprehension's source, an argument of list(), sum()..., or unpacked at once) as
// the counted loop or list it always was, which nothing can tell from a range object; every
// other call becomes lib/std/_rpy_range.py's range_N(...), an instance of its class `range`,
// typed like any instance: it never merges with a list, so a variable or parameter given both is
// refused, naming both (types.cpp). Python 2 programs keep range() a list.
#include "annotate/annotator.hpp"
#include "modules/interp.hpp"
#include "modules/objects/objects.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;
using ir::Graph;

namespace {

constexpr const char* kModule = "_rpy_range";

ExprPtr const_expr(m::Ref v, Loc loc) {
  auto c = std::make_unique<Expr>(ExprOp::Const, loc);
  c->value = std::move(v);
  return c;
}

// Another read of the local `x` (the same definitions reach it).
ExprPtr reread(const Expr& x) {
  auto r = std::make_unique<Expr>(ExprOp::Local, x.loc);
  r->var = x.var;
  r->unbound = x.unbound;
  r->maybe_unbound = x.maybe_unbound;
  r->defined = x.defined;
  r->unbound_unless = x.unbound_unless;
  r->deleted_at = x.deleted_at;
  r->reaching = x.reaching;
  return r;
}

ExprPtr get_attr(ExprPtr obj, const char* name) {
  auto ga = std::make_unique<Expr>(ExprOp::GetAttr, obj->loc);
  ga->attr = name;
  ga->args.push_back(std::move(obj));
  return ga;
}

}  // namespace

bool is_range_object(TypeRef t) {
  if (!t || t->kind != TypeKind::Instance || !t->cls || t->cls->name != "range" || !t->cls->cls) return false;
  const m::ModuleObj* mod = t->cls->obj()->module;
  return mod && mod->name == kModule;
}

TypeRef Annotator::range_object_call(Expr& e, Graph& g) {
  if (!interp_.sources().py3() || e.consumed || e.unpacked != -1 || e.star || !e.kwnames.empty()) return nullptr;
  const size_t n = e.args.size() - 1;
  if (n < 1 || n > 3) return nullptr;
  m::Ref fn = lib_function(interp_, kModule, "range_" + std::to_string(n), e.loc);
  if (!fn) return nullptr;
  e.args[0] = const_expr(fn, e.args[0]->loc);
  reset_call(e);
  changed_ = true;
  return call(e, g);
}

// `for x in r`, r a local holding a range object: `for x in range(r._start, r._stop, r._step)`, the
// counted loop (reading a local three times has no effect of its own).
void Annotator::range_counted_loop(ir::Stmt& s, Graph& g) {
  Expr& it = *s.exprs[0];
  if (s.exprs.size() != 1 || it.op != ExprOp::Local || !is_range_object(it.type) || it.type->nullable) return;
  auto c = std::make_unique<Expr>(ExprOp::Call, it.loc);
  c->args.push_back(const_expr(interp_.builtins()->attrs.at("range"), it.loc));
  c->args.push_back(get_attr(reread(it), "_start"));
  c->args.push_back(get_attr(reread(it), "_stop"));
  c->args.push_back(get_attr(reread(it), "_step"));
  c->consumed = true;
  s.exprs[0] = std::move(c);
  changed_ = true;
  expr(*s.exprs[0], g);
}

// r[lo:hi:step] of a range object: _rpy_range.range_slice(r, lo, hi, step), None for a part left
// out, a range again.
TypeRef Annotator::range_object_slice(Expr& e, Graph& g) {
  m::Ref fn = lib_function(interp_, kModule, "range_slice", e.loc);
  if (!fn) return nullptr;
  std::vector<ExprPtr> args;
  args.push_back(const_expr(fn, e.loc));
  for (size_t i = 0; i < 4; ++i) args.push_back(i < e.args.size() && e.args[i] ? std::move(e.args[i]) : const_expr(m::none(), e.loc));
  e.op = ExprOp::Call;
  e.args = std::move(args);
  reset_call(e);
  changed_ = true;
  return expr(e, g);
}

// A range object made while the script was imported (ROWS = range(3) at module level): the
// instance _rpy_range.range_3 makes for its start, stop and step, emitted in its place
// (substitute_prebuilt()).
TypeRef Annotator::prebuilt_range(const m::Ref& v, Loc loc) {
  auto* r = dynamic_cast<const m::RangeObj*>(v.get());
  if (!r || interp_.python() != 3) return nullptr;
  return substitute_with(v, kModule, "range_3", {m::make_int(r->start), m::make_int(r->stop), m::make_int(r->step)}, loc);
}

}  // namespace rpy::annotate
