// Closures (nested functions reading enclosing locals; see ir/lower.cpp and
// annotate/closure_rules.cpp). A function value whose set of possible functions contains a closure
// is a pointer to an rpy_Closure (null for None): `id` is the FuncDesc's id, and a closure's
// environment struct rpy_env<id> derives from it with one field per captured variable. Plain
// functions in such a set are static rpy_Closure objects; sets without closures stay int32 indexes.
// A closure's graph takes the environment as a leading hidden parameter `rpy_env` and copies the
// captured values into its locals on entry.
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::FuncDesc;
using annotate::TypeKind;

const char* kClosureBase = "struct rpy_Closure : rpy::Object {\n  int32_t id;\n  explicit rpy_Closure(int32_t i = -1) : id(i) {}\n};\n";

bool Emitter::is_closure_type(TypeRef t) {
  if (!t || t->kind != TypeKind::Function) return false;
  for (auto* d : t->funcs)
    if (d->is_closure()) return true;
  return false;
}

static std::string env_struct(FuncDesc* d) { return "rpy_env" + std::to_string(d->id); }
static bool boxed_capture(FuncDesc* d, size_t i) { return i < d->fn()->captured_boxed.size() && d->fn()->captured_boxed[i]; }

void Emitter::emit_closure_types() {
  for (FuncDesc* d : ann.funcs()) {
    if (!d->is_closure()) continue;
    head_ << "struct " << env_struct(d) << " : rpy_Closure {\n";
    for (size_t i = 0; i < d->fn()->captured.size(); ++i) {
      std::string t = ctype(i < d->captured_types.size() ? d->captured_types[i] : nullptr);
      if (boxed_capture(d, i)) t = "rpy::Cell<" + t + ">*";  // shared with the enclosing function
      head_ << "  " << t << " c" << i << "{};\n";
    }
    head_ << "};\n";
  }
}

std::string Emitter::static_closure(FuncDesc* d) {
  std::string name = "rpy_fk" + std::to_string(d->id);
  if (static_closures_.insert(d->id).second) head_ << "static rpy_Closure " << name << "(" << d->id << ");\n";
  return "(&" + name + ")";
}

std::string Emitter::closure_convert(const std::string& code, TypeRef from, TypeRef to) {
  (void)to;
  if (is_closure_type(from)) return code;
  std::string table;
  for (size_t i = 0; i < from->funcs.size(); ++i) table += (i ? ", " : "") + static_closure(from->funcs[i]);
  return "([](int32_t rpy_i) -> rpy_Closure* { static rpy_Closure* const t[] = {" + table + "}; return rpy_i < 0 ? nullptr : t[rpy_i]; }(" +
         code + "))";
}

std::string Emitter::emit_make_closure(ir::Expr& e) {
  FuncDesc* d = ann.funcdesc(e.value);
  std::string v = fresh("rpy_c");
  std::string s = "({ auto* " + v + " = rpy::make<" + env_struct(d) + ">(); " + v + "->id = " + std::to_string(d->id) + "; ";
  for (size_t i = 0; i < e.args.size(); ++i) {
    if (boxed_capture(d, i) && e.args[i]->op == ir::ExprOp::Local) {  // the cell itself
      s += v + "->c" + std::to_string(i) + " = " + cell_name(e.args[i]->var) + "; ";
      continue;
    }
    s += v + "->c" + std::to_string(i) + " = " +
         expr_as(*e.args[i], i < d->captured_types.size() ? d->captured_types[i] : e.args[i]->type) + "; ";
  }
  return s + "static_cast<rpy_Closure*>(" + v + "); })";
}

// A default its def computed, read from the environment of the function value called (null,
// or another function: the call raises before it runs, and the value is not used).
std::string Emitter::emit_closure_default(ir::Expr& e) {
  FuncDesc* d = ann.funcdesc(e.value);
  if (callee_env_.empty()) throw std::logic_error("a computed default outside of a call");
  const std::string& f = callee_env_;
  return "(" + f + " && " + f + "->id == " + std::to_string(d->id) + " ? static_cast<" + env_struct(d) + "*>(" + f + ")->c" +
         std::to_string(e.env_slot) + " : " + default_value(e.type) + ")";
}

std::string Emitter::closure_params(ir::Graph& g, bool with_types) {
  if (!g.desc || !g.desc->is_closure()) return "";
  return with_types ? "rpy_Closure* rpy_env" : "rpy_env";
}

void Emitter::closure_prologue(ir::Graph& g) {
  if (!g.desc || !g.desc->is_closure()) return;
  FuncDesc* d = g.desc;
  if (!g.captured.empty()) {
    line("auto* rpy_envp = static_cast<" + env_struct(d) + "*>(rpy_env);");
    for (size_t i = 0; i < g.captured.size(); ++i)
      if (g.captured[i]->boxed)
        line("auto* " + cell_name(g.captured[i]) + " = rpy_envp->c" + std::to_string(i) + ";");
      else
        line(
            var_name(g.captured[i]) + " = " +
            convert("rpy_envp->c" + std::to_string(i), i < d->captured_types.size() ? d->captured_types[i] : nullptr, g.captured[i]->type) +
            ";");
  }
  if (g.self_var) line(var_name(g.self_var) + " = " + convert("rpy_env", tt.functions({d}), g.self_var->type) + ";");
}

}  // namespace rpy::codegen
