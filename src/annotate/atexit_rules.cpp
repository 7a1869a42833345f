// atexit: handlers registered at import time (annotated here from the Interp's list) and
// atexit.register()/unregister() called by translated code. A handler is a function of the
// program; its graph is annotated with the types of the arguments it was registered with, and the
// generated program calls it at exit (codegen/emit_atexit.cpp).
#include "annotate/annotator.hpp"
#include "modules/interp.hpp"
#include "modules/loader.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::Graph;

bool is_atexit_builtin(BuiltinId id) { return id == BuiltinId::AtexitRegister || id == BuiltinId::AtexitUnregister; }

// A handler that is not a function of the program (a bound method, a builtin such as print or
// sys.stdout.flush) runs as _rpy_call.exit_handler_N(f, args...), N the number of arguments
// (lib/std/_rpy_call.py, specialised per argument type). Null (after reporting) past N = 4.
FuncDesc* Annotator::exit_handler_wrapper(size_t nargs, Loc loc) {
  if (nargs > 4) {
    error(loc, "atexit.register(): rpy passes a bound method or a builtin handler at most 4 arguments (" + std::to_string(nargs) +
                   " given); register a function that calls it");
    return nullptr;
  }
  m::Ref mod = interp_.loader().import_module("_rpy_call", loc);
  m::Ref fn = mod ? interp_.get_attr_or_null(mod, "exit_handler_" + std::to_string(nargs), loc) : nullptr;
  if (!fn || fn->kind != m::ObjKind::Function) {
    error(loc, "atexit.register() of a bound method or a builtin is not supported: lib/std/_rpy_call.py is missing");
    return nullptr;
  }
  return funcdesc(fn);
}

static bool is_wrapped_handler_kind(m::ObjKind k) { return k == m::ObjKind::Builtin || k == m::ObjKind::Method; }

// A method of sys.stdout or sys.stderr taken at import time (atexit.register(sys.stdout.flush))
// is bound to the evaluator's file object: the builtin translated code knows by its name
// ("sys.stdout.flush"), as the same expression in translated code gives. Other values unchanged.
m::Ref Annotator::exit_handler_builtin(const m::Ref& fn, Loc loc) {
  if (fn->kind != m::ObjKind::Builtin || !fn->as<m::BuiltinObj>()->self) return fn;
  const auto* b = fn->as<m::BuiltinObj>();
  m::Ref sys = interp_.loader().import_module("sys", loc);
  for (const char* stream : {"stdout", "stderr"}) {
    m::Ref s = sys ? interp_.get_attr_or_null(sys, stream, loc) : nullptr;
    if (!s || s->kind != m::ObjKind::Builtin || s->as<m::BuiltinObj>()->impl != b->self) continue;
    std::string q = s->as<m::BuiltinObj>()->name + "." + b->name.substr(b->name.rfind('.') + 1);
    if (builtin_ids_.count(q)) return native_builtin(q);
  }
  return fn;
}

void Annotator::exit_handlers() {
  exit_handler_graphs.clear();
  for (auto& h : interp_.exit_handlers) {
    if (is_wrapped_handler_kind(h.fn->kind)) {
      if (!h.kwargs.empty()) {
        error(h.loc, "atexit.register(): rpy passes a bound method or a builtin handler only positional arguments (keyword '" +
                         h.kwargs.begin()->first + "')");
        continue;
      }
      FuncDesc* w = exit_handler_wrapper(h.args.size(), h.loc);
      if (!w) continue;
      std::vector<m::Ref> vals{exit_handler_builtin(h.fn, h.loc)};
      vals.insert(vals.end(), h.args.begin(), h.args.end());
      std::vector<TypeRef> types;
      for (auto& v : vals) types.push_back(type_of_const(v, h.loc));
      Graph* g = graph_for(w, types, h.loc);
      if (g->params.size() != vals.size()) continue;
      for (size_t i = 0; i < vals.size(); ++i) assign_var(g->params[i], types[i], h.loc);
      exit_handler_graphs.push_back({g, vals});
      continue;
    }
    if (h.fn->kind != m::ObjKind::Function) {
      error(h.loc, "atexit.register(): rpy runs a handler that is a function of the program at exit, not a " + m::type_name(h.fn) +
                       " (register a function that calls it)");
      continue;
    }
    auto* fo = h.fn->as<m::FunctionObj>();
    const syntax::Arguments& params = *fo->args;
    if (!params.vararg.empty() || !params.kwarg.empty() || !params.kwonly.empty()) {
      error(h.loc, "atexit.register(): rpy runs at exit a handler whose parameters are all plain positional ones; '" + fo->name +
                       "' takes *args, **kwargs or keyword-only arguments");
      continue;
    }
    size_t n = params.args.size();
    std::vector<m::Ref> vals(n);
    bool ok = h.args.size() <= n;
    for (size_t i = 0; ok && i < h.args.size(); ++i) vals[i] = h.args[i];
    for (auto& [k, v] : h.kwargs) {
      size_t i = 0;
      while (i < n && params.args[i].name != k) ++i;
      if (i == n || vals[i])
        ok = false;
      else
        vals[i] = v;
    }
    size_t first_default = n - fo->defaults.size();
    for (size_t i = 0; ok && i < n; ++i)
      if (!vals[i]) {
        if (i < first_default)
          ok = false;
        else
          vals[i] = fo->defaults[i - first_default];
      }
    if (!ok) {
      // Python would raise TypeError at exit, after the program's output: refused instead.
      error(h.loc, "atexit.register(): the arguments given do not match the parameters of '" + fo->name +
                       "' (the interpreter would raise TypeError when the program exits)");
      continue;
    }
    FuncDesc* d = funcdesc(h.fn);
    if (d->is_closure()) {
      error(h.loc, "atexit.register(): rpy cannot run a nested function that reads its enclosing function's variables at exit yet");
      continue;
    }
    std::vector<TypeRef> types;
    for (auto& v : vals) types.push_back(type_of_const(v, h.loc));
    Graph* g = graph_for(d, types, h.loc);
    if (g->params.size() != n) continue;
    for (size_t i = 0; i < n; ++i) assign_var(g->params[i], types[i], h.loc);
    exit_handler_graphs.push_back({g, vals});
  }
}

// atexit.register(f, args...) in translated code: f is called with the arguments' values at exit
// (a graph annotated with their types, kept in e.targets); the result is f. unregister(f) takes
// every registration of f off the run-time stack.
TypeRef Annotator::call_atexit_builtin(BuiltinId id, Expr& e, std::vector<TypeRef>& args, Graph&) {
  const bool reg = id == BuiltinId::AtexitRegister;
  const std::string name = reg ? "atexit.register" : "atexit.unregister";
  size_t npos = args.size() - e.kwnames.size();
  if (!e.kwnames.empty()) {
    error(e.loc, name + "() in translated code: rpy passes a handler only positional arguments (keyword '" + e.kwnames[0] + "')");
    return tt_.impossible();
  }
  if (npos < 1 || (!reg && npos != 1)) {
    error(e.loc, reg ? name + "() takes at least 1 argument (0 given)"
                     : name + "() takes exactly one argument (" + std::to_string(npos) + " given)");
    return tt_.impossible();
  }
  TypeRef f = args[0];
  Loc floc = e.args.size() > 1 ? e.args[1]->loc : e.loc;
  if (imp(f)) return reg ? f : tt_.none();
  if (reg && !f->nullable && (f->kind == TypeKind::Method || f->kind == TypeKind::Builtin || f->kind == TypeKind::BuiltinMethod)) {
    std::vector<TypeRef> at(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(npos));
    for (TypeRef t : at)
      if (imp(t)) return f;
    FuncDesc* w = exit_handler_wrapper(npos - 1, floc);
    if (!w) return tt_.impossible();
    Graph* tg = graph_for(w, at, floc);
    if (tg->params.size() != at.size() || tg->vararg) return f;
    for (size_t i = 0; i < at.size(); ++i) assign_var(tg->params[i], at[i], floc);
    e.targets = {tg};
    return f;
  }
  if (f->kind != TypeKind::Function || f->nullable) {
    error(floc, name + "(): rpy runs a handler that is a function of the program at exit, not " + describe(f) +
                    (f->kind == TypeKind::Method ? " (register a function that calls the method)" : ""));
    return tt_.impossible();
  }
  if (!reg) return tt_.none();
  if (f->funcs.size() != 1) {
    error(floc, name + "(): rpy needs the handler to be one function known at translation time; this value may be one of " +
                    std::to_string(f->funcs.size()));
    return tt_.impossible();
  }
  std::vector<TypeRef> at(args.begin() + 1, args.begin() + static_cast<std::ptrdiff_t>(npos));
  for (TypeRef t : at)
    if (imp(t)) return f;
  // Parameters left out take their defaults (constants, as in any call).
  m::FunctionObj* fo = f->funcs[0]->fn();
  size_t n = fo->args->args.size(), first_default = n - fo->defaults.size();
  if (!fo->args->vararg.empty() || !fo->args->kwarg.empty() || !fo->args->kwonly.empty() || at.size() < first_default || at.size() > n) {
    error(floc, name + "(): the handler '" + fo->name + "' must take the " + std::to_string(at.size()) + " argument" +
                    (at.size() == 1 ? "" : "s") +
                    " given here as plain positional parameters (the interpreter would raise TypeError at exit)");
    return tt_.impossible();
  }
  for (size_t i = at.size(); i < n; ++i) {
    size_t k = i - first_default;
    if (k < fo->default_slots.size() && fo->default_slots[k] >= 0) {  // computed when its def ran
      error(floc, name + "(): the handler '" + fo->name + "' leaves '" + fo->args->args[i].name +
                      "' to a default computed when its def runs, which rpy does not pass to exit handlers: pass it here");
      return tt_.impossible();
    }
    at.push_back(type_of_const(fo->defaults[k], floc));
  }
  Graph* tg = graph_for(f->funcs[0], at, floc);
  if (tg->params.size() != at.size() || tg->vararg) return f;
  for (size_t i = 0; i < at.size(); ++i) assign_var(tg->params[i], at[i], floc);
  e.targets = {tg};
  return f;
}

}  // namespace rpy::annotate
