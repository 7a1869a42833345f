// Code for --gc=gen (docs/GC.md, step 3): the type descriptors of the program's classes, the root
// frame of each function that can collect, and instantiation with its arguments rooted across
// the allocation. The rest of the emitter calls these only when gen_ is set, so --gc=boehm's
// output is unchanged.
#include <algorithm>
#include <functional>

#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::ClassDef;
using ir::Expr;
using ir::ExprOp;

// One type id per class of the program that lives on the collector, registered at start-up with
// the offsets of its reference fields (its own and its bases').
void Emitter::gen_register_classes() {
  std::string reg = "static void rpy_gen_register() {\n";
  for (ClassDef* c : ann.classes()) {
    if (c->builtin || c->is_exception) continue;
    std::string n = class_name(c);
    head_ << "static uint32_t rpy_tid_" << n << ";\n";
    std::string offsets, fields;  // fields: each reference field's offsets, a tuple's items' too
    bool tuples = false;
    for (ClassDef* k = c; k; k = k->base)
      for (auto& [name, a] : k->attrs) {
        if (!GcGen::is_rooted(a.type)) continue;
        std::string off = std::string("offsetof(") + n + ", a_" + name + ")";
        if (GcGen::is_ref(a.type)) offsets += (offsets.empty() ? "" : ", ") + off;
        tuples = tuples || GcGen::is_ref_tuple(a.type);
        fields += (fields.empty() ? "" : ", ") + std::string("rpy::gen::field_refs<decltype(") + n + "::a_" + name + ")>(" + off + ")";
      }
    if (tuples)
      reg += "  rpy_tid_" + n + " = rpy::gen::register_class_fields(\"" + c->name + "\", sizeof(" + n + "), {" + fields + "});\n";
    else
      reg += "  rpy_tid_" + n + " = rpy::gen::register_class(\"" + c->name + "\", sizeof(" + n + "), {" + offsets + "});\n";
  }
  head_ << reg << "}\n";
  head_ << "static constexpr bool rpy_gen_boehm_scans = " << (gen_->boehm_fields() ? "true" : "false") << ";\n\n";
  // Lists of the program's instances live on the collector too (rpy/list.hpp, gen_items).
  std::string lists;
  for (ClassDef* c : ann.classes())
    if (!c->builtin && !c->is_exception) lists += "template <> inline constexpr bool gen_items<" + class_name(c) + "*> = true;\n";
  if (!lists.empty()) head_ << "namespace rpy {\n" << lists << "}  // namespace rpy\n\n";
}

// A function that can collect links its reference-holding parameters and locals on the shadow
// stack; the collector updates them in place when it moves what they point to. (A generator
// body's parameters are rooted by its promise from the call on: rpy/gen_generator.hpp.)
void Emitter::gen_function_roots(ir::Graph& g) {
  if (!gen_->collects(g)) return;
  std::string vars;
  for (auto& v : g.vars) {
    if (v->boxed || v.get() == g.vararg || !GcGen::is_rooted(v->type) || (g.is_generator && v->is_param)) continue;
    vars += (vars.empty() ? "" : ", ") + (v->is_param ? param_name(v.get()) : var_name(v.get()));
  }
  if (!vars.empty()) line(gen_root(vars));
}

// C(args): the arguments first (as Python evaluates them), each held in a temporary, rooted when
// it is a reference; then the allocation; then __init__, with the new object rooted while it runs.
std::string Emitter::gen_instantiate(Expr& e) {
  ClassDef* cd = e.cls;
  std::string obj = fresh("rpy_o");
  std::string s = "({ ";
  Expr& callee = *e.args[0];
  if (callee.op != ExprOp::Const && callee.op != ExprOp::Local) s += "(void)(" + expr(callee) + "); ";
  ir::Graph* g = e.targets.empty() ? nullptr : e.targets[0];
  std::vector<std::string> temps;
  // An argument assigning a local (`C(x, (x := y))`): every local is read in order then.
  std::function<bool(const Expr&)> assigns = [&](const Expr& x) {
    if (x.op == ExprOp::SetLocal) return true;
    for (auto& c : x.args)
      if (c && assigns(*c)) return true;
    return false;
  };
  bool late_ok = true;
  for (size_t i = 1; i < e.bound.size(); ++i) late_ok = late_ok && !(e.bound[i] && assigns(*e.bound[i]));
  if (g) {
    std::vector<TypeRef> to;
    for (size_t i = 1; i < g->params.size(); ++i) to.push_back(g->params[i]->type);
    for (size_t i = 1; i < e.bound.size(); ++i) {
      Expr* a = e.bound[i];
      if (!a) {
        temps.push_back("nullptr");
        continue;
      }
      // A local that nothing but the collector can change (rooted by this function's frame, or a
      // rooted temporary) is read where the call is, after the allocation, with no copy.
      if (late_ok && a->op == ExprOp::Local && a->var && !a->var->boxed &&
          (a->var->name == "in_order_rooted" ||
           std::any_of(cur_graph_->vars.begin(), cur_graph_->vars.end(), [&](auto& v) { return v.get() == a->var; }))) {
        temps.push_back(expr_as(*a, i - 1 < to.size() ? to[i - 1] : a->type));
        continue;
      }
      std::string t = fresh("rpy_a");
      s += "auto " + t + " = " + expr_as(*a, i - 1 < to.size() ? to[i - 1] : a->type) + "; ";
      if (GcGen::is_rooted(a->type)) s += gen_root(t);
      temps.push_back(t);
    }
  }
  s += "auto* " + obj + " = " + alloc_code(cd) + "; ";
  if (g) {
    if (gen_->collects(*g)) s += gen_root(obj);
    s += g->c_name + "(" + convert(obj, tt.instance(cd), g->params[0]->type);
    for (auto& t : temps) s += ", " + t;
    s += "); ";
  }
  return s + obj + "; })";
}

// [a, b, ...] of references: each item into a rooted temporary, in order, then the list, then the
// items stored with the write barrier (the list may be old already if it is large).
std::string Emitter::gen_make_list(Expr& e) {
  TypeRef item = e.type->listdef->find()->item;
  std::string it = ctype(item), l = fresh("rpy_l"), s = "({ ";
  std::vector<std::string> temps;
  for (auto& a : e.args) {
    std::string t = fresh("rpy_a");
    s += it + " " + t + " = " + expr_as(*a, item) + "; " + gen_root(t);
    temps.push_back(t);
  }
  s += "auto* " + l + " = rpy::list_new<" + it + ">(" + std::to_string(e.args.size()) + "); ";
  for (size_t i = 0; i < temps.size(); ++i) s += "rpy::list_set(" + l + ", " + std::to_string(i) + ", " + temps[i] + "); ";
  return s + l + "; })";
}

}  // namespace rpy::codegen
