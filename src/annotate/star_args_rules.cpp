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
#include <functional>

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
  const std::string what = "f(*t) of a tuple of unknown length in a call of " + called_name(e, fn) + "()";
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

// f(**d) of a program's function (ir/lower.cpp lets only those through): d's items fill the
// parameters the call leaves, by name, at run time. Each such parameter reads
// `_rpy_call.kw_get(d, name)` (or kw_default(d, name, default) when it has one); the first read
// goes through `kw_check`, which raises Python's TypeError for a key that is not a str, names no
// parameter, or one the call already fills, and for a required parameter d lacks, as CPython
// binds (lib/std/_rpy_call.py). d must be a variable (read once per parameter; lowering holds a
// display in a temporary). Explicit keywords before **d, *t of a known tuple, a callee with *args,
// and (Python 3) one with **kw (kw_rest: d's keys no parameter takes) are bound as Python binds;
// docs/ARCHITECTURE.md, "Keyword calls". Defaults a nested def computed are refused.
bool Annotator::spread_dstar_args(Expr& e, Expr& d, const m::FunctionObj& fn, std::vector<Expr*>& bound, bool has_self) {
  const syntax::Arguments& A = *fn.args;
  const size_t nparams = A.args.size(), nkwonly = A.kwonly.size();
  const std::string what = "f(**d) in a call of " + called_name(e, fn) + "()";
  std::string why;
  if (!d.type || d.type->kind != TypeKind::Dict) {
    if (d.type && d.type->kind != TypeKind::Impossible)
      error(d.loc, what + " needs a dict, not " + describe(d.type) + "; pass each argument by name, f(a=..., b=...)");
    return false;
  }
  if (TypeRef kt = d.type->dictdef->find()->key; kt && kt->kind != TypeKind::Impossible && !is_stringlike(kt)) {
    error(d.loc, what + " needs a dict whose keys are str, not " + describe(d.type) +
                     " (Python raises TypeError, keywords must be strings, unless it is empty)");
    return false;
  }
  if (!A.kwarg.empty() && interp_.python() < 3)
    why = "the function takes **" + A.kwarg + " (Python 2.7 builds that dict in an order rpy does not follow here)";
  else if (d.op != ExprOp::Local && d.op != ExprOp::Const && !(d.op == ExprOp::GetAttr && d.args[0]->op == ExprOp::Const))
    why = "the dict is not a variable (assign it to one first: d = ...; f(**d))";
  else if (!fn.default_slots.empty() || !fn.kwonly_default_slots.empty())
    why = "the function's defaults are computed when its def runs";
  if (!why.empty()) {
    error(d.loc, what + " is not supported: " + why);
    return false;
  }
  m::Ref mod;
  try {
    mod = interp_.loader().import_module("_rpy_call", d.loc);
  } catch (const m::PyException&) {
  } catch (const m::EvalError&) {
  }
  m::Ref check = mod ? interp_.get_attr_or_null(mod, "kw_check", d.loc) : nullptr;
  m::Ref get = mod ? interp_.get_attr_or_null(mod, "kw_get", d.loc) : nullptr;
  m::Ref dflt = mod ? interp_.get_attr_or_null(mod, "kw_default", d.loc) : nullptr;
  m::Ref rest = mod ? interp_.get_attr_or_null(mod, "kw_rest", d.loc) : nullptr;
  if (!check || !get || !dflt || !rest) {
    error(d.loc, what + " is not supported: lib/std/_rpy_call.py is missing");
    return false;
  }
  // d read again: a local, or a module's variable (a script's global), or a constant
  auto read_d = [&]() -> ir::ExprPtr {
    if (d.op == ExprOp::Local) return star_local(d, d.loc);
    if (d.op == ExprOp::Const) return star_const(d.value, d.loc);  // a module's dict rpy holds as a constant
    auto r = std::make_unique<Expr>(ExprOp::GetAttr, d.loc);
    r->attr = d.attr;
    r->check_defined = d.check_defined;
    r->args.push_back(star_const(d.args[0]->value, d.loc));
    return r;
  };
  std::vector<Expr*> made;  // created once; annotation revisits the call
  Expr* made_rest = nullptr;
  for (auto& x : e.defaults) {
    if (x->op == ExprOp::Call && x->attr == "$dstar") made.push_back(x.get());
    if (x->op == ExprOp::Call && x->attr == "$kwrest") made_rest = x.get();
  }
  std::string explicit_names;  // f(a=1, **d): merged with d before binding
  for (size_t k = 0; k + 1 < e.kwnames.size(); ++k) explicit_names += (k ? " " : "") + e.kwnames[k];
  // Python 3 names the function module.qualname there; the program's main module is __main__
  const bool in_main = !fn.module || fn.module == interp_.loader().main_module || fn.module->name.empty();
  std::string fullname = (in_main ? std::string("__main__") : fn.module->name) + "." +
                         (fn.py_qualname.empty() ? fn.qualname.empty() ? fn.name : fn.qualname : fn.py_qualname);
  const size_t first_default = nparams - fn.defaults.size();
  std::string fill, given, required, required_kwonly;
  size_t nfill = 0;
  for (size_t i = 0; i < nparams + nkwonly; ++i) {
    if (has_self && i == 0) continue;
    const std::string& name = i < nparams ? A.args[i].name : A.kwonly[i - nparams].name;
    if (bound[i]) {
      given += (given.empty() ? "" : " ") + name;
      continue;
    }
    fill += (fill.empty() ? "" : " ") + name;
    bool has_default = i < nparams ? i >= first_default : fn.kwonly_defaults.count(name) > 0;
    if (!has_default) (i < nparams ? required : required_kwonly) += (i < nparams ? required : required_kwonly).empty() ? name : " " + name;
    ++nfill;
  }
  size_t npos = 0;
  for (Expr* b : bound)
    if (b) ++npos;
  const std::string shown = interp_.python() == 3 && !fn.qualname.empty() ? fn.qualname : fn.name;
  // A value that may be one of several functions (which bind alike, Annotator::dstar_callee_ok):
  // the messages name the one called, read from the value (its __qualname__, __module__).
  const Expr& callee = *e.args[0];
  const bool family = callee.op == ExprOp::Local && callee.type && callee.type->kind == TypeKind::Function && callee.type->funcs.size() > 1;
  auto callee_attr = [&](const char* attr) -> ir::ExprPtr {
    auto r = std::make_unique<Expr>(ExprOp::GetAttr, d.loc);
    r->attr = attr;
    r->args.push_back(star_local(callee, d.loc));
    return r;
  };
  auto name_args = [&](Expr& chk) {
    chk.args[2] = callee_attr(interp_.python() == 3 ? "__qualname__" : "__name__");
    auto dot = std::make_unique<Expr>(ExprOp::BinOp, d.loc);  // f.__module__ + "." + f.__qualname__
    dot->binop = syntax::BinOp::Add;
    dot->args.push_back(callee_attr("__module__"));
    dot->args.push_back(star_const(m::make_str("."), d.loc));
    auto full = std::make_unique<Expr>(ExprOp::BinOp, d.loc);
    full->binop = syntax::BinOp::Add;
    full->args.push_back(std::move(dot));
    full->args.push_back(callee_attr("__qualname__"));
    chk.args[11] = std::move(full);
  };
  if (family)  // a check made when the value was one function (annotation revisits the call)
    for (auto& x : e.defaults)
      if ((x->attr == "$dstar" || x->attr == "$kwrest") && x->args.size() > 1)
        for (auto& a : x->args)
          if (a && a->op == ExprOp::Call && a->args.size() == 13 && a->args[0]->op == ExprOp::Const && a->args[0]->value == check &&
              a->args[2]->op == ExprOp::Const)
            name_args(*a);
  // kw_check(d, name, fill, given, required, required_kwonly, npos, nparams, has_defaults)
  auto make_check = [&]() -> ir::ExprPtr {
    auto chk = std::make_unique<Expr>(ExprOp::Call, d.loc);
    chk->args.push_back(star_const(check, d.loc));
    chk->args.push_back(read_d());
    chk->args.push_back(star_const(m::make_str(shown), d.loc));
    chk->args.push_back(star_const(m::make_str(fill), d.loc));
    chk->args.push_back(star_const(m::make_str(given), d.loc));
    chk->args.push_back(star_const(m::make_str(required), d.loc));
    chk->args.push_back(star_const(m::make_str(required_kwonly), d.loc));
    chk->args.push_back(star_const(m::make_int(static_cast<int64_t>(npos)), d.loc));
    chk->args.push_back(
        star_const(m::make_int(static_cast<int64_t>((fn.defaults.empty() ? nparams : first_default) - (has_self ? 1 : 0))), d.loc));
    chk->args.push_back(star_const(m::make_bool(!fn.defaults.empty() || !A.vararg.empty()), d.loc));
    chk->args.push_back(star_const(m::make_str(explicit_names), d.loc));
    chk->args.push_back(star_const(m::make_str(fullname), d.loc));
    chk->args.push_back(star_const(m::make_bool(!A.kwarg.empty()), d.loc));
    if (family) name_args(*chk);
    return chk;
  };
  if (!A.kwarg.empty()) {
    // the **kw parameter: kw_rest(d, fill, <the dict of the explicit keywords no parameter
    // takes>), its last argument added by bind_args; d checked first when no parameter reads it
    if (!made_rest) {
      auto c = std::make_unique<Expr>(ExprOp::Call, d.loc);
      c->attr = "$kwrest";
      c->args.push_back(star_const(rest, d.loc));
      c->args.push_back(nfill == 0 ? make_check() : read_d());
      c->args.push_back(star_const(m::make_str(fill), d.loc));
      e.defaults.push_back(std::move(c));
    }
    if (nfill == 0) return true;
  }
  if (nfill == 0) {
    // The call fills every parameter (a decorator forwarding f(*args, **kwargs) to a call that
    // passed no keyword): d must be empty, which kw_check verifies before the last argument is
    // read (Seq(check, argument)). A dict nothing is ever stored into is empty: no check.
    TypeRef vt = d.type->dictdef->find()->value;
    if (!vt || vt->kind == TypeKind::Impossible) return true;
    size_t anchor = bound.size();
    for (size_t i = bound.size(); i-- > 0;)
      if (bound[i] && !(has_self && i == 0)) {
        anchor = i;
        break;
      }
    for (auto& x : e.defaults)
      if (x->op == ExprOp::Seq && x->attr == "$dstar") {
        if (anchor < bound.size()) bound[anchor] = x.get();
        return true;
      }
    // the argument read again after the check: only a read without effects (a local, a
    // constant, an item of a tuple variable at a constant index)
    std::function<ir::ExprPtr(const Expr&)> reread = [&](const Expr& x) -> ir::ExprPtr {
      if (x.op != ExprOp::Local && x.op != ExprOp::Const &&
          !(x.op == ExprOp::GetItem && x.args[0]->op == ExprOp::Local && x.args[1]->op == ExprOp::Const))
        return nullptr;
      auto r = std::make_unique<Expr>(x.op, x.loc);
      r->var = x.var;
      r->value = x.value;
      r->type = x.type;
      for (auto& a : x.args) r->args.push_back(reread(*a));
      return r;
    };
    ir::ExprPtr again = anchor < bound.size() ? reread(*bound[anchor]) : nullptr;
    if (!again) {
      error(d.loc, what + " is not supported: the call fills every parameter already" +
                       std::string(anchor < bound.size() ? " (pass its last argument as a variable)" : ""));
      return false;
    }
    auto seq = std::make_unique<Expr>(ExprOp::Seq, d.loc);
    seq->attr = "$dstar";
    seq->args.push_back(make_check());
    seq->args.push_back(std::move(again));
    bound[anchor] = seq.get();
    e.defaults.push_back(std::move(seq));
    return true;
  }
  size_t k = 0;
  for (size_t i = 0; i < nparams + nkwonly; ++i) {
    if ((has_self && i == 0) || bound[i]) continue;
    const std::string& name = i < nparams ? A.args[i].name : A.kwonly[i - nparams].name;
    if (k < made.size()) {
      bound[i] = made[k++];
      continue;
    }
    m::Ref def;
    if (i < nparams && i >= first_default) def = fn.defaults[i - first_default];
    if (i >= nparams && fn.kwonly_defaults.count(name)) def = fn.kwonly_defaults.at(name);
    auto c = std::make_unique<Expr>(ExprOp::Call, d.loc);
    c->attr = "$dstar";
    c->args.push_back(star_const(def ? dflt : get, d.loc));
    if (k == 0) {
      c->args.push_back(make_check());
    } else {
      c->args.push_back(read_d());
    }
    c->args.push_back(star_const(m::make_str(name), d.loc));
    if (def) c->args.push_back(star_const(def, d.loc));
    bound[i] = c.get();
    e.defaults.push_back(std::move(c));
    ++k;
  }
  return true;
}

}  // namespace rpy::annotate
