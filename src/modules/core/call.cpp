// Calls: dispatch on the callee, argument binding with Python's rules and messages, function
// bodies, generator functions.
#include "modules/core/scope.hpp"
#include "modules/interp.hpp"
#include "modules/objects/objects.hpp"

namespace rpy::modules {

using namespace syntax;

Ref Interp::call(const Ref& callee, std::vector<Ref> args, std::vector<std::pair<std::string, Ref>> kwargs, Loc loc) {
  switch (callee->kind) {
    case ObjKind::Function:
      return call_function(callee->as<FunctionObj>(), args, kwargs, loc);
    case ObjKind::Builtin: {
      auto* b = callee->as<BuiltinObj>();
      if (!b->fn) unsupported(loc, "calling " + b->name + "() at import time");
      if (b->self) args.insert(args.begin(), b->self);
      return b->fn(*this, args, kwargs, loc);
    }
    case ObjKind::Class: {
      auto* c = callee->as<ClassObj>();
      if (c->metaclass && c->metaclass->kind == ObjKind::Class) {
        // A metaclass's __call__ (not type's) runs instead of the normal instantiation.
        Ref mc = c->metaclass->as<ClassObj>()->lookup("__call__");
        if (mc && mc->kind == ObjKind::Function) {
          args.insert(args.begin(), callee);
          return call_function(mc->as<FunctionObj>(), args, kwargs, loc);
        }
      }
      return instantiate(callee, args, kwargs, loc);
    }
    case ObjKind::Method: {
      auto* m = callee->as<MethodObj>();
      args.insert(args.begin(), m->self);
      if (m->func->kind == ObjKind::Function) return call_function(m->func->as<FunctionObj>(), args, kwargs, loc);
      return call(m->func, std::move(args), std::move(kwargs), loc);
    }
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
      return call(static_cast<WrapperObj*>(callee.get())->func, std::move(args), std::move(kwargs), loc);
    case ObjKind::Instance: {
      Ref m = special(callee, "__call__");
      if (!m) break;
      return call(m, std::move(args), std::move(kwargs), loc);
    }
    case ObjKind::Native: {
      Ref m = special(callee, "__call__");
      if (!m) break;
      return call(m, std::move(args), std::move(kwargs), loc);
    }
    default:
      break;
  }
  raise("TypeError", "'" + type_name(callee) + "' object is not callable", loc);
}

Ref Interp::call_method(const Ref& obj, const std::string& name, Args args, Loc loc) {
  return call(get_attr(obj, name, loc), std::move(args), {}, loc);
}

// ---------------------------------------------------------------------------------------------
// Argument binding

static std::string plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

void Interp::bind_arguments(FunctionObj* fn, Args& args, KwArgs& kwargs, Frame& f, Loc loc) {
  const Arguments& A = *fn->args;
  Env& L = *f.locals;
  size_t np = A.args.size();
  size_t ndefaults = fn->defaults.size();
  size_t first_default = np - ndefaults;
  std::string fname = fn->name + "()";
  auto arity_error = [&](size_t given) {
    if (python_ == 2) {
      std::string how = A.vararg.empty() && ndefaults == 0 ? "exactly" : given > np ? "at most" : "at least";
      size_t n = given > np ? np : np - ndefaults;
      if (np == 0 && A.vararg.empty()) raise("TypeError", fname + " takes no arguments (" + std::to_string(given) + " given)", loc);
      raise("TypeError", fname + " takes " + how + " " + plural(n, "argument") + " (" + std::to_string(given) + " given)", loc);
    }
    std::string takes = ndefaults ? "from " + std::to_string(np - ndefaults) + " to " + std::to_string(np) : std::to_string(np);
    raise("TypeError",
          fname + " takes " + takes + " positional argument" + (np == 1 && !ndefaults ? "" : "s") + " but " + std::to_string(given) +
              (given == 1 ? " was" : " were") + " given",
          loc);
  };
  std::vector<Ref> bound(np);
  if (args.size() > np && A.vararg.empty()) arity_error(args.size());
  for (size_t i = 0; i < args.size() && i < np; ++i) bound[i] = args[i];
  if (!A.vararg.empty()) {
    std::vector<Ref> extra;
    for (size_t i = np; i < args.size(); ++i) extra.push_back(args[i]);
    L[A.vararg] = make_tuple(std::move(extra));
  }
  std::shared_ptr<DictObj> kwdict;
  if (!A.kwarg.empty()) kwdict = std::make_shared<DictObj>();
  for (auto& [k, v] : kwargs) {
    bool found = false;
    for (size_t i = 0; i < np; ++i)
      if (A.args[i].name == k) {
        if (bound[i])
          raise("TypeError",
                fname + (python_ == 2 ? " got multiple values for keyword argument '" : " got multiple values for argument '") + k + "'",
                loc);
        bound[i] = v;
        found = true;
        break;
      }
    if (!found)
      for (auto& ko : A.kwonly)
        if (ko.name == k) {
          L[k] = v;
          found = true;
        }
    if (!found) {
      if (!kwdict) raise("TypeError", fname + " got an unexpected keyword argument '" + k + "'", loc);
      kwdict->set(make_str(k), v);
    }
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < np; ++i) {
    if (!bound[i]) {
      if (i >= first_default) {
        bound[i] = fn->defaults[i - first_default];
      } else {
        missing.push_back(A.args[i].name);
        continue;
      }
    }
    L[A.args[i].name] = bound[i];
  }
  if (!missing.empty()) {
    if (python_ == 2) {
      size_t given = 0;
      for (auto& b : bound)
        if (b) ++given;
      if (!kwargs.empty()) {
        std::string how = ndefaults ? "at least" : "exactly";
        raise("TypeError",
              fname + " takes " + how + " " + plural(np - ndefaults, "argument") + " (" + std::to_string(given - 0) + " given)", loc);
      }
      arity_error(args.size());
    }
    std::string names;
    for (size_t i = 0; i < missing.size(); ++i)
      names += (i ? (i + 1 == missing.size() ? (missing.size() > 2 ? ", and " : " and ") : ", ") : "") + ("'" + missing[i] + "'");
    raise("TypeError", fname + " missing " + plural(missing.size(), "required positional argument") + ": " + names, loc);
  }
  for (auto& ko : A.kwonly)
    if (!L.count(ko.name)) {
      auto d = fn->kwonly_defaults.find(ko.name);
      if (d == fn->kwonly_defaults.end()) raise("TypeError", fname + " missing 1 required keyword-only argument: '" + ko.name + "'", loc);
      L[ko.name] = d->second;
    }
  if (kwdict) L[A.kwarg] = kwdict;
  // Python 2 tuple parameters of a lambda (a def's body unpacks them itself).
  if (fn->lambda)
    for (auto& a : A.args)
      if (a.unpack) assign(*a.unpack, L[a.name], f);
}

// ---------------------------------------------------------------------------------------------
// Functions

Ref Interp::make_function(const FunctionDefStmt* def, const LambdaExpr* lam, Frame& f) {
  auto fn = std::make_shared<FunctionObj>();
  fn->def = def;
  fn->lambda = lam;
  fn->args = def ? &def->args : &lam->args;
  fn->name = def ? def->name : "<lambda>";
  fn->qualname = (f.building_class ? f.building_class->name + "." : std::string()) + fn->name;
  if (!f.building_class && f.function)  // a def inside a function: Python 3's outer.<locals>.name
    fn->py_qualname = (f.function->py_qualname.empty() ? f.function->qualname : f.function->py_qualname) + ".<locals>." + fn->name;
  fn->module = f.module;
  fn->loc = def ? def->loc : lam->loc;
  for (auto& a : fn->args->args)
    if (a.default_value) fn->defaults.push_back(eval(*a.default_value, f));
  for (auto& a : fn->args->kwonly)
    if (a.default_value) fn->kwonly_defaults[a.name] = eval(*a.default_value, f);
  fn->closure = f.closure;
  if (f.locals && !f.class_ns) fn->closure.push_back(f.locals);
  fn->scope = &scope_of(def, lam);
  if (def && !def->docstring.empty()) {
    fn->attrs["__doc__"] = make_str(def->docstring);
    fn->attr_order.push_back("__doc__");
  }
  return fn;
}

Ref Interp::run_function_body(FunctionObj* fn, Frame& f, Loc loc) {
  try {
    if (fn->lambda) return eval(*fn->lambda->body, f);
    Flow fl = exec_body(fn->def->body, f);
    if (fl == Flow::Return) return f.retval;
  } catch (PyException& e) {
    e.traceback.insert(e.traceback.begin(), loc);
    throw;
  } catch (EvalError& e) {
    e.traceback.insert(e.traceback.begin(), loc);
    throw;
  }
  return none();
}

Ref Interp::call_function(FunctionObj* fn, Args& args, KwArgs& kwargs, Loc loc) {
  check_stack(loc);
  const Scope& scope = fn->scope ? *fn->scope : scope_of(fn->def, fn->lambda);
  auto frame = std::make_unique<Frame>();
  Frame& f = *frame;
  f.module = fn->module;
  f.locals = std::make_shared<Env>();
  f.closure = fn->closure;
  f.scope = &scope;
  f.function = fn;
  f.parent = frame_;
  f.call_loc = loc;
  ++depth_;
  struct DepthGuard {
    int& d;
    ~DepthGuard() { --d; }
  } guard{depth_};
  bind_arguments(fn, args, kwargs, f, loc);
  if (scope.is_generator) {
    auto g = std::make_shared<GeneratorObj>(type_info(BuiltinType::Generator), fn->name);
    g->interp = this;
    g->frame = std::move(frame);
    g->frame->generator = g.get();
    GeneratorObj* raw = g.get();
    Ref keep_fn;  // the function object outlives the generator through the module
    g->co = std::make_unique<Coroutine>([this, raw, fn, loc] { run_function_body(fn, *raw->frame, loc); });
    return g;
  }
  Frame* saved = frame_;
  frame_ = &f;
  struct FrameGuard {
    Frame*& cur;
    Frame* saved;
    ~FrameGuard() { cur = saved; }
  } fguard{frame_, saved};
  return run_function_body(fn, f, loc);
}

}  // namespace rpy::modules
