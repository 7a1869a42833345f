// The evaluator's set-up, exceptions, budgets and module execution.
#include "modules/interp.hpp"

#include <cstdio>
#include <unistd.h>

#include "modules/core/scope.hpp"
#include "modules/loader.hpp"
#include "modules/objects/objects.hpp"
#include "modules/support/budget.hpp"

namespace rpy::modules {

using namespace syntax;

namespace {
// Dict keys compared the way Python does, with __hash__ and __eq__ of instances.
struct InterpKeyOps : KeyOps {
  Interp& in;
  explicit InterpKeyOps(Interp& i) : in(i) {}
  int64_t hash(const Ref& key) const override { return in.hash(key); }
  bool equal(const Ref& a, const Ref& b) const override { return in.eq(a, b); }
};
}  // namespace

Interp::Interp(SourceManager& sm, Diagnostics& diags, Loader& loader) : sm_(sm), diags_(diags), loader_(loader) {
  key_ops_ = std::make_unique<InterpKeyOps>(*this);
  // The types and builtins are built by set_python, once the main module's dialect is known
  // (each dialect names and means them differently; building them twice was a third of a small
  // translation's import time).
}

Interp::~Interp() { shutting_down = true; }

void Interp::set_python(int version) {
  if (builtins_ && version == python_) return;
  python_ = version;
  set_python_version(version);
  // Names and meanings differ between the dialects: build the builtins (again).
  install_types();
  install_builtins();
}

void Interp::unsupported(Loc loc, const std::string& what) {
  throw EvalError{loc, what + " is not supported by rpy's import-time evaluator"};
}

Ref Interp::builtin_class(const std::string& name) const {
  auto it = builtins_->attrs.find(name);
  return it == builtins_->attrs.end() ? nullptr : it->second;
}

Ref Interp::make_exception(const std::string& exc_class, const std::string& msg) {
  Ref cls = builtin_class(exc_class);
  auto inst = std::make_shared<InstanceObj>();
  inst->cls = cls;
  std::vector<Ref> args;
  if (!msg.empty()) args.push_back(make_str(msg));
  inst->attrs["args"] = make_tuple(args);
  if (python_ == 2) inst->attrs["message"] = make_str(msg);
  return inst;
}

void Interp::raise(const std::string& exc_class, const std::string& msg, Loc loc) {
  throw PyException{make_exception(exc_class, msg), loc, {}};
}

void Interp::raise_value(const Ref& exc, Loc loc) { throw PyException{exc, loc, {}}; }

bool Interp::exception_matches(const Ref& exc, const Ref& spec) {
  if (spec->kind == ObjKind::Tuple) {
    for (auto& s : spec->as<TupleObj>()->items)
      if (exception_matches(exc, s)) return true;
    return false;
  }
  if (spec->kind != ObjKind::Class || exc->kind != ObjKind::Instance) return false;
  return exc->as<InstanceObj>()->klass()->is_subclass_of(spec->as<ClassObj>());
}

Ref Interp::current_exception() const {
  for (Frame* f = frame_; f; f = f->parent)
    if (f->current_exc) return f->current_exc;
  return nullptr;
}

ModuleObj* Interp::module_of_frame() const { return frame_ ? frame_->module : nullptr; }

// ---------------------------------------------------------------------------------------------
// Types

TypeInfo* Interp::new_type(const std::string& name, const TypeInfo* base, const std::string& module) {
  auto t = std::make_unique<TypeInfo>();
  t->name = name;
  t->base = base;
  t->module = module;
  auto obj = std::make_shared<BuiltinObj>(name, nullptr);
  obj->type_info = t.get();
  t->type_obj = obj;
  owned_types_.push_back(std::move(t));
  return owned_types_.back().get();
}

void Interp::def_method(TypeInfo* t, const std::string& name, BuiltinFn fn) {
  BuiltinFn wrapped = [fn = std::move(fn), name](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    if (!a.empty() && name != "__new__") a[0] = unwrap(a[0]);
    return fn(in, a, kw, loc);
  };
  auto b = std::make_shared<BuiltinObj>(t->name + "." + name, std::move(wrapped));
  if (!t->attrs.count(name)) t->attr_order.push_back(name);
  t->attrs[name] = b;
}

Ref Interp::unwrap(const Ref& v) {
  if (v->kind == ObjKind::Instance) {
    auto* i = v->as<InstanceObj>();
    if (i->builtin_value) return i->builtin_value;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Integers

Ref Interp::make_integer(BigInt v, bool as_long) {
  if (v.fits_int64() && (python_ == 3 || !as_long)) return make_int(v.to_int64());
  return make_long(std::move(v));
}

// ---------------------------------------------------------------------------------------------
// Output: import-time output goes to rpy's own stdout and stderr.

void Interp::write_stdout(const std::string& s) {
  run_time_only(frame_ ? frame_->call_loc : Loc{}, "writes to stdout");
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fflush(stdout);
}
void Interp::write_stderr(const std::string& s) {
  run_time_only(frame_ ? frame_->call_loc : Loc{}, "writes to stderr");
  std::fflush(stdout);
  std::fwrite(s.data(), 1, s.size(), stderr);
}

// ---------------------------------------------------------------------------------------------
// Budgets

void Interp::check_alloc(size_t items, Loc loc) {
  size_t limit = MemoryBudget::limit();
  if (!limit) limit = MemoryBudget::default_limit();
  if (items > limit / sizeof(Ref)) raise("MemoryError", "", loc);
}

void Interp::check_stack(Loc loc) {
  char here;
  if (depth_ > recursion_limit || reinterpret_cast<uintptr_t>(&here) < Coroutine::stack_limit())
    raise(python_ == 2 ? "RuntimeError" : "RecursionError", "maximum recursion depth exceeded", loc);
}

// ---------------------------------------------------------------------------------------------
// Scopes and modules

const Scope& Interp::scope_of(const FunctionDefStmt* def, const LambdaExpr* lam) {
  const void* key = def ? static_cast<const void*>(def) : static_cast<const void*>(lam);
  auto it = scopes_.find(key);
  if (it != scopes_.end()) return *it->second;
  auto s = std::make_unique<Scope>();
  if (def)
    analyze_function_scope(def->args, &def->body, nullptr, python_ == 2, *s);
  else
    analyze_function_scope(lam->args, nullptr, lam->body.get(), python_ == 2, *s);
  if (def) s->is_generator = def->is_generator || s->is_generator;
  return *scopes_.emplace(key, std::move(s)).first->second;
}

// The module's __future__ imports (the parser records them).
// What a module has before its first statement runs: its __future__ flags, __builtins__, __doc__.
static void prepare_module(ModuleObj* m, const Ref& builtins) {
  m->future_division |= m->ast->future_division;
  m->future_absolute_import |= m->ast->future_absolute_import;
  m->future_print_function |= m->ast->future_print_function;
  if (!m->attrs.count("__builtins__")) m->set("__builtins__", builtins);
  if (!m->attrs.count("__doc__")) m->set("__doc__", m->ast->docstring.empty() ? none() : make_str(m->ast->docstring));
}

void Interp::exec_module(ModuleObj* m) {
  prepare_module(m, builtins_);
  Frame f;
  f.module = m;
  f.parent = frame_;
  Frame* saved = frame_;
  frame_ = &f;
  try {
    exec_body(m->ast->body, f);
  } catch (...) {
    frame_ = saved;
    throw;
  }
  frame_ = saved;
}

size_t Interp::exec_module_until(ModuleObj* m, size_t cut) {
  prepare_module(m, builtins_);
  Frame f;
  f.module = m;
  f.parent = frame_;
  Frame* saved = frame_;
  frame_ = &f;
  script_run_time = true;
  size_t i = 0;
  for (; i < cut; ++i) {
    bool stop = false;
    script_steps_end = steps_ + script_statement_steps;
    try {
      exec_stmt(*m->ast->body[i], f);
    } catch (RunTimeOnly&) {
      stop = true;
    } catch (PyException&) {
      stop = true;
    } catch (...) {
      frame_ = saved;
      script_run_time = false;
      script_steps_end = UINT64_MAX;
      throw;
    }
    if (stop) break;
  }
  frame_ = saved;
  script_run_time = false;
  script_steps_end = UINT64_MAX;
  return i;
}

Ref Interp::new_module(const std::string& name) {
  auto m = std::make_shared<ModuleObj>();
  m->name = name;
  m->is_builtin = true;
  m->set("__name__", make_str(name));
  m->set("__doc__", none());
  return m;
}

}  // namespace rpy::modules
