// atexit: handlers registered at import time (annotated here from the Interp's list) and
// atexit.register()/unregister() called by translated code. A handler is a function of the
// program; its graph is annotated with the types of the arguments it was registered with, and the
// generated program calls it at exit (codegen/emit_atexit.cpp).
#include "annotate/annotator.hpp"
#include "modules/interp.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::Graph;

bool is_atexit_builtin(BuiltinId id) { return id == BuiltinId::AtexitRegister || id == BuiltinId::AtexitUnregister; }

void Annotator::exit_handlers() {
  exit_handler_graphs.clear();
  for (auto& h : interp_.exit_handlers) {
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
  for (size_t i = at.size(); i < n; ++i) at.push_back(type_of_const(fo->defaults[i - first_default], floc));
  Graph* tg = graph_for(f->funcs[0], at, floc);
  if (tg->params.size() != at.size() || tg->vararg) return f;
  for (size_t i = 0; i < at.size(); ++i) assign_var(tg->params[i], at[i], floc);
  e.targets = {tg};
  return f;
}

}  // namespace rpy::annotate
