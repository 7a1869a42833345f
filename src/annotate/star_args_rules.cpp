// f(*t) where t is a tuple of unknown length (vtuple_rules.cpp) and f has fixed positional
// parameters: Python binds t's items to the parameters left after the ones given before it, and
// raises TypeError when their number differs. RPython knows every tuple's length; rpy reads t's
// items one by one (t[0], t[1], ...), each through `_rpy_call.star_args` (lib/std/_rpy_call.py),
// which checks the length first, raising Python's TypeError ("f() takes 2 positional arguments but 3 were given",
// "f() missing 1 required positional argument: 'b'"; 2.7's "takes exactly") otherwise.
//
// The number of parameters the items fill must be fixed: a function with *args, defaults among
// those parameters, or keyword arguments in the call (Python evaluates them before it binds) is
// refused with what to write.
#include "annotate/annotator.hpp"
#include "modules/interp.hpp"
#include "modules/loader.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::Graph;

namespace {

ir::ExprPtr star_const(m::Ref v, Loc loc) {
  auto c = std::make_unique<Expr>(ExprOp::Const, loc);
  c->value = std::move(v);
  return c;
}

ir::ExprPtr star_local(const Expr& var, Loc loc) {
  auto r = std::make_unique<Expr>(ExprOp::Local, loc);
  r->var = var.var;
  r->type = var.type;
  return r;
}

}  // namespace

bool Annotator::spread_vtuple_args(Expr& e, Expr& tup, const m::FunctionObj& fn, std::vector<Expr*>& pos, Graph& g) {
  const syntax::Arguments& A = *fn.args;
  const size_t nparams = A.args.size(), before = pos.size();
  const std::string what = "f(*t) of a tuple of unknown length in a call of " + fn.name + "()";
  std::string why;
  if (!A.vararg.empty())
    why = "the function takes *args";
  else if (!e.kwnames.empty())
    why = "the call passes keyword arguments";
  else if (before >= nparams)
    why = "no parameter is left for the tuple's items";
  else if (!fn.defaults.empty())  // defaults are the last parameters': some of those t fills
    why = "the parameters it fills have default values";
  else if (tup.op != ExprOp::Local)
    why = "the tuple is not a variable";
  if (!why.empty()) {
    error(tup.loc, what + " is not supported: " + why +
                       " (the number of arguments would be known only at run time); pass a tuple of known length (a, b = t; f(a, b))");
    return false;
  }
  const size_t k = nparams - before;
  TypeRef item_type = tup.type->listdef->find()->item;
  if (e.defaults.size() != k || e.defaults[0]->op != ExprOp::GetItem) {
    m::Ref check;
    try {
      check = interp_.get_attr_or_null(interp_.loader().import_module("_rpy_call", tup.loc), "star_args", tup.loc);
    } catch (const m::PyException&) {
    } catch (const m::EvalError&) {
    }
    if (!check) {
      error(tup.loc, what + " is not supported: lib/std/_rpy_call.py is missing");
      return false;
    }
    std::string params;
    for (size_t i = 0; i < nparams; ++i) params += (i ? " " : "") + A.args[i].name;
    const std::string shown = interp_.python() == 3 && !fn.qualname.empty() ? fn.qualname : fn.name;
    e.defaults.clear();
    for (size_t i = 0; i < k; ++i) {
      auto item = std::make_unique<Expr>(ExprOp::GetItem, tup.loc);
      {  // star_args(t, before, name, params)[i]: whichever item C++ reads first, the check runs before it
        auto c = std::make_unique<Expr>(ExprOp::Call, tup.loc);
        c->args.push_back(star_const(check, tup.loc));
        c->args.push_back(star_local(tup, tup.loc));
        c->args.push_back(star_const(m::make_int(static_cast<int64_t>(before)), tup.loc));
        c->args.push_back(star_const(m::make_str(shown), tup.loc));
        c->args.push_back(star_const(m::make_str(params), tup.loc));
        item->args.push_back(std::move(c));
      }
      item->args.push_back(star_const(m::make_int(static_cast<int64_t>(i)), tup.loc));
      e.defaults.push_back(std::move(item));
    }
  }
  for (auto& d : e.defaults) {
    d->type = item_type;
    expr(*d->args[0], g);
    pos.push_back(d.get());
  }
  return true;
}

}  // namespace rpy::annotate
