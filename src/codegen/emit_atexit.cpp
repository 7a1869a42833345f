// atexit (rpy/atexit.hpp): registrations made at import time are pushed on the run-time stack
// before entry_point runs; atexit.register()/unregister() in translated code push and remove
// entries. An entry is identified by its function's FuncDesc id (and, for a closure, the closure
// value), so unregister(f) finds the registrations of f made at either time.
#include "annotate/annotator.hpp"
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using ir::Expr;

static std::string handler_name(const ir::Graph* g) { return g->desc ? g->desc->fn()->name : g->name; }

std::string Emitter::exit_handler_registrations() {
  std::string s;
  for (auto& h : ann.exit_handler_graphs) {
    ir::Graph* g = h.graph;
    std::string call = g->c_name + "(";
    for (size_t i = 0; i < h.args.size(); ++i) {
      TypeRef t = ann.type_of_const(h.args[i], {});
      std::string v;
      if (h.args[i]->kind == modules::ObjKind::Method && t->kind == annotate::TypeKind::Method && annotate::method_names(t).size() == 1) {
        // a bound method registered at import time: its C++ value is its receiver (a prebuilt instance)
        const modules::Ref& self = h.args[i]->as<modules::MethodObj>()->self;
        TypeRef st = ann.type_of_const(self, {});
        v = convert(const_value(self, st, {}), st, t->items[0]);
      } else {
        v = const_value(h.args[i], t, {});
      }
      call += (i ? ", " : "") + convert(v, t, g->params[i]->type);
    }
    call += ")";
    s += "    rpy::atexit_register(INT64_C(" + std::to_string(g->desc->id) + "), nullptr, \"" + handler_name(g) + "\", []() { (void)" +
         call + "; });\n";
  }
  return s;
}

std::string Emitter::call_atexit_builtin(Expr& e) {
  std::vector<Expr*> a = builtin_args(e);
  TypeRef ft = a.at(0)->type;
  std::string fv = fresh("rpy_fn");
  std::string s = "({ auto " + fv + " = " + expr(*a[0]) + "; ";
  if (static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::AtexitUnregister) {
    // The closure value, or the function's id among the value's possible functions.
    if (is_closure_type(ft)) return s + "rpy::atexit_unregister(" + fv + "->id, " + fv + "); nullptr; })";
    std::string ids;
    for (auto* d : ft->funcs) ids += (ids.empty() ? "" : ", ") + std::string("INT64_C(") + std::to_string(d->id) + ")";
    if (ft->funcs.size() == 1) return s + "(void)" + fv + "; rpy::atexit_unregister(" + ids + ", nullptr); nullptr; })";
    return s + "static const int64_t rpy_ids[] = {" + ids + "}; rpy::atexit_unregister(rpy_ids[" + fv + "], nullptr); nullptr; })";
  }
  ir::Graph* g = e.targets.at(0);
  if (ft->kind != annotate::TypeKind::Function) {
    // A bound method or a builtin: the graph is _rpy_call.exit_handler_N(f, args...)
    // (annotate/atexit_rules.cpp); the entry's id is the wrapper's, so unregister finds none.
    std::string call = g->c_name + "(" + convert(fv, ft, g->params.at(0)->type);
    for (size_t i = 1; i < a.size(); ++i) {
      std::string t = fresh("rpy_a");
      s += "auto " + t + " = " + expr(*a[i]) + "; ";
      call += ", " + convert(t, a[i]->type, g->params.at(i)->type);
    }
    call += ")";
    return s + "rpy::atexit_register(INT64_C(" + std::to_string(g->desc->id) + "), nullptr, \"" + handler_name(g) + "\", [=]() { (void)" +
           call + "; }); " + fv + "; })";
  }
  bool clo = g->desc->is_closure();
  std::string call = g->c_name + "(" + (clo ? fv : "");
  for (size_t i = 1; i < a.size(); ++i) {
    std::string t = fresh("rpy_a");
    s += "auto " + t + " = " + expr(*a[i]) + "; ";
    call += (i > 1 || clo ? ", " : "") + convert(t, a[i]->type, g->params[i - 1]->type);
  }
  // The parameters left out: their defaults.
  const modules::FunctionObj* fo = g->desc->fn();
  size_t first_default = fo->args->args.size() - fo->defaults.size();
  for (size_t i = a.size() - 1; i < g->params.size(); ++i) {
    const modules::Ref& d = fo->defaults.at(i - first_default);
    TypeRef t = ann.type_of_const(d, {});
    call += (i || clo ? ", " : "") + convert(const_value(d, t, {}), t, g->params[i]->type);
  }
  call += ")";
  s += "rpy::atexit_register(INT64_C(" + std::to_string(g->desc->id) + "), " + (clo ? "static_cast<const void*>(" + fv + ")" : "nullptr") +
       ", \"" + handler_name(g) + "\", [=]() { (void)" + call + "; }); " + fv + "; })";
  return s;
}

}  // namespace rpy::codegen
