#include "modules/interp.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "modules/loader.hpp"

namespace rpy::modules {

using namespace syntax;

using Env = std::unordered_map<std::string, Ref>;

struct Interp::Frame {
  ModuleObj* module = nullptr;
  std::shared_ptr<Env> locals;  // null at module level (then names live in the module)
  std::vector<std::shared_ptr<Env>> closure;
  std::unordered_set<std::string> globals;  // names declared `global`
  ClassObj* building_class = nullptr;       // class body being executed
  Env* class_ns = nullptr;
  std::vector<std::string>* class_order = nullptr;
  Ref retval;
  Ref current_exc;  // for bare `raise` inside except
};

Interp::Interp(SourceManager& sm, Diagnostics& diags, Loader& loader) : sm_(sm), diags_(diags), loader_(loader) { install_builtins(); }

void Interp::unsupported(Loc loc, const std::string& what) { throw EvalError{loc, what}; }

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
  inst->attrs["message"] = make_str(msg);
  return inst;
}

void Interp::raise(const std::string& exc_class, const std::string& msg, Loc loc) {
  throw PyException{make_exception(exc_class, msg), loc, {}};
}

bool Interp::exception_matches(const Ref& exc, const Ref& spec) {
  if (spec->kind == ObjKind::Tuple) {
    for (auto& s : spec->as<TupleObj>()->items)
      if (exception_matches(exc, s)) return true;
    return false;
  }
  if (spec->kind != ObjKind::Class || exc->kind != ObjKind::Instance) return false;
  return exc->as<InstanceObj>()->klass()->is_subclass_of(spec->as<ClassObj>());
}

// ---------------------------------------------------------------------------------------------
// Modules and statements

void Interp::exec_module(ModuleObj* m) {
  Frame f;
  f.module = m;
  exec_body(m->ast->body, f);
}

Interp::Flow Interp::exec_body(const Body& body, Frame& f) {
  for (auto& s : body) {
    Flow fl = exec_stmt(*s, f);
    if (fl != Flow::Normal) return fl;
  }
  return Flow::Normal;
}

Ref Interp::lookup(const std::string& name, Frame& f, Loc loc) {
  if (f.class_ns) {
    auto it = f.class_ns->find(name);
    if (it != f.class_ns->end()) return it->second;
  }
  if (f.locals && !f.globals.count(name)) {
    auto it = f.locals->find(name);
    if (it != f.locals->end()) return it->second;
  }
  for (auto c = f.closure.rbegin(); c != f.closure.rend(); ++c) {
    auto it = (*c)->find(name);
    if (it != (*c)->end()) return it->second;
  }
  auto it = f.module->attrs.find(name);
  if (it != f.module->attrs.end()) return it->second;
  auto b = builtins_->attrs.find(name);
  if (b != builtins_->attrs.end()) return b->second;
  raise("NameError", "name '" + name + "' is not defined", loc);
}

void Interp::store(const std::string& name, Ref value, Frame& f) {
  if (f.class_ns) {
    if (!f.class_ns->count(name)) f.class_order->push_back(name);
    (*f.class_ns)[name] = std::move(value);
  } else if (f.locals && !f.globals.count(name)) {
    (*f.locals)[name] = std::move(value);
  } else {
    f.module->set(name, std::move(value));
  }
}

void Interp::assign(const Expr& t, Ref value, Frame& f) {
  switch (t.kind) {
    case ExprKind::Name:
      store(t.as<NameExpr>()->id, std::move(value), f);
      return;
    case ExprKind::Tuple:
    case ExprKind::List: {
      auto& elts = t.as<SeqExpr>()->elts;
      std::vector<Ref> items = iterate(value, t.loc);
      size_t star = elts.size();
      for (size_t i = 0; i < elts.size(); ++i)
        if (elts[i]->kind == ExprKind::Starred) star = i;
      if (star == elts.size()) {
        if (items.size() != elts.size())
          raise("ValueError",
                items.size() > elts.size() ? "too many values to unpack"
                                           : "need more than " + std::to_string(items.size()) + " values to unpack",
                t.loc);
        for (size_t i = 0; i < elts.size(); ++i) assign(*elts[i], items[i], f);
      } else {
        size_t after = elts.size() - star - 1;
        if (items.size() < elts.size() - 1) raise("ValueError", "not enough values to unpack", t.loc);
        for (size_t i = 0; i < star; ++i) assign(*elts[i], items[i], f);
        auto rest = std::make_shared<ListObj>();
        for (size_t i = star; i < items.size() - after; ++i) rest->items.push_back(items[i]);
        assign(*elts[star]->as<StarredExpr>()->value, rest, f);
        for (size_t i = 0; i < after; ++i) assign(*elts[star + 1 + i], items[items.size() - after + i], f);
      }
      return;
    }
    case ExprKind::Attribute: {
      auto* a = t.as<AttributeExpr>();
      set_attr(eval(*a->value, f), a->attr, std::move(value), t.loc);
      return;
    }
    case ExprKind::Subscript: {
      auto* s = t.as<SubscriptExpr>();
      Ref obj = eval(*s->value, f);
      if (s->index->kind == ExprKind::Slice) unsupported(t.loc, "slice assignment at import time");
      Ref idx = eval(*s->index, f);
      if (obj->kind == ObjKind::List) {
        auto& items = obj->as<ListObj>()->items;
        int64_t i = to_int(idx, t.loc);
        if (i < 0) i += static_cast<int64_t>(items.size());
        if (i < 0 || i >= static_cast<int64_t>(items.size())) raise("IndexError", "list assignment index out of range", t.loc);
        items[i] = std::move(value);
      } else if (obj->kind == ObjKind::Dict) {
        obj->as<DictObj>()->set(idx, std::move(value));
      } else if (obj->kind == ObjKind::Instance) {
        Ref m = get_attr(obj, "__setitem__", t.loc);
        call(m, {idx, value}, {}, t.loc);
      } else {
        raise("TypeError", "'" + type_name(obj) + "' object does not support item assignment", t.loc);
      }
      return;
    }
    default:
      unsupported(t.loc, "this assignment target");
  }
}

Interp::Flow Interp::exec_stmt(const Stmt& s, Frame& f) {
  count_step(s.loc);
  switch (s.kind) {
    case StmtKind::ExprStmt:
      eval(*s.as<ExprStmt>()->value, f);
      return Flow::Normal;
    case StmtKind::Pass:
      return Flow::Normal;
    case StmtKind::Break:
      return Flow::Break;
    case StmtKind::Continue:
      return Flow::Continue;
    case StmtKind::Assign: {
      auto* a = s.as<AssignStmt>();
      Ref v = eval(*a->value, f);
      for (auto& t : a->targets) assign(*t, v, f);
      return Flow::Normal;
    }
    case StmtKind::AugAssign: {
      auto* a = s.as<AugAssignStmt>();
      Ref cur = eval(*a->target, f);
      Ref rhs = eval(*a->value, f);
      Ref nv;
      if (a->op == BinOp::Add && cur->kind == ObjKind::List) {
        for (auto& x : iterate(rhs, s.loc)) cur->as<ListObj>()->items.push_back(x);
        nv = cur;
      } else {
        nv = binary(a->op, cur, rhs, s.loc);
      }
      assign(*a->target, nv, f);
      return Flow::Normal;
    }
    case StmtKind::FunctionDef: {
      auto* d = s.as<FunctionDefStmt>();
      Ref fn = make_function(d, nullptr, f);
      for (auto it = d->decorators.rbegin(); it != d->decorators.rend(); ++it) {
        Ref dec = eval(**it, f);
        fn = call(dec, {fn}, {}, (*it)->loc);
      }
      store(d->name, fn, f);
      return Flow::Normal;
    }
    case StmtKind::ClassDef: {
      auto* d = s.as<ClassDefStmt>();
      Ref cls = make_class(*d, f);
      for (auto it = d->decorators.rbegin(); it != d->decorators.rend(); ++it) cls = call(eval(**it, f), {cls}, {}, (*it)->loc);
      store(d->name, cls, f);
      return Flow::Normal;
    }
    case StmtKind::Return: {
      auto* r = s.as<ReturnStmt>();
      f.retval = r->value ? eval(*r->value, f) : none();
      return Flow::Return;
    }
    case StmtKind::If: {
      auto* i = s.as<IfStmt>();
      return truthy(eval(*i->test, f)) ? exec_body(i->body, f) : exec_body(i->orelse, f);
    }
    case StmtKind::While: {
      auto* w = s.as<WhileStmt>();
      long guard = 0;
      while (truthy(eval(*w->test, f))) {
        if (++guard > 100000000) unsupported(s.loc, "a loop that runs over 10^8 times at import time");
        Flow fl = exec_body(w->body, f);
        if (fl == Flow::Break) return Flow::Normal;
        if (fl == Flow::Return) return fl;
      }
      return exec_body(w->orelse, f);
    }
    case StmtKind::For: {
      auto* fo = s.as<ForStmt>();
      Ref it = eval(*fo->iter, f);
      for (auto& x : iterate(it, fo->iter->loc)) {
        assign(*fo->target, x, f);
        Flow fl = exec_body(fo->body, f);
        if (fl == Flow::Break) return Flow::Normal;
        if (fl == Flow::Return) return fl;
      }
      return exec_body(fo->orelse, f);
    }
    case StmtKind::Try: {
      auto* t = s.as<TryStmt>();
      Flow result = Flow::Normal;
      bool pending = false;
      PyException saved;
      try {
        result = exec_body(t->body, f);
        if (result == Flow::Normal) result = exec_body(t->orelse, f);
      } catch (PyException& e) {
        bool handled = false;
        for (auto& h : t->handlers) {
          if (!h.type || exception_matches(e.value, eval(*h.type, f))) {
            if (!h.name.empty()) store(h.name, e.value, f);
            Ref prev = f.current_exc;
            f.current_exc = e.value;
            try {
              result = exec_body(h.body, f);
            } catch (PyException& inner) {
              f.current_exc = prev;
              if (t->finalbody.empty()) throw;
              saved = inner;
              pending = true;
            }
            f.current_exc = prev;
            handled = true;
            break;
          }
        }
        if (!handled) {
          if (t->finalbody.empty()) throw;
          saved = e;
          pending = true;
        }
      }
      if (!t->finalbody.empty()) {
        Flow fin = exec_body(t->finalbody, f);
        if (fin != Flow::Normal) return fin;
      }
      if (pending) throw saved;
      return result;
    }
    case StmtKind::Raise: {
      auto* r = s.as<RaiseStmt>();
      if (!r->exc) {
        if (!f.current_exc) raise("RuntimeError", "No active exception to reraise", s.loc);
        throw PyException{f.current_exc, s.loc, {}};
      }
      Ref e = eval(*r->exc, f);
      if (e->kind == ObjKind::Class) {
        std::vector<Ref> args;
        if (r->value) args.push_back(eval(*r->value, f));
        std::vector<std::pair<std::string, Ref>> kw;
        e = call(e, args, kw, s.loc);
      }
      throw PyException{e, s.loc, {}};
    }
    case StmtKind::Assert: {
      auto* a = s.as<AssertStmt>();
      if (!truthy(eval(*a->test, f))) raise("AssertionError", a->msg ? to_str(eval(*a->msg, f)) : "", s.loc);
      return Flow::Normal;
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom:
      do_import(s, f);
      return Flow::Normal;
    case StmtKind::Global:
      for (auto& n : s.as<GlobalStmt>()->names) f.globals.insert(n);
      return Flow::Normal;
    case StmtKind::Delete: {
      for (auto& t : s.as<DeleteStmt>()->targets) {
        if (t->kind == ExprKind::Name) {
          const auto& n = t->as<NameExpr>()->id;
          if (f.locals && !f.globals.count(n))
            f.locals->erase(n);
          else if (f.class_ns)
            f.class_ns->erase(n);
          else
            f.module->attrs.erase(n);
        } else if (t->kind == ExprKind::Subscript) {
          auto* sub = t->as<SubscriptExpr>();
          Ref obj = eval(*sub->value, f);
          Ref idx = eval(*sub->index, f);
          if (obj->kind == ObjKind::Dict) {
            if (!obj->as<DictObj>()->erase(idx)) raise("KeyError", repr(idx), t->loc);
          } else if (obj->kind == ObjKind::List) {
            auto& items = obj->as<ListObj>()->items;
            int64_t i = to_int(idx, t->loc);
            if (i < 0) i += static_cast<int64_t>(items.size());
            if (i < 0 || i >= static_cast<int64_t>(items.size())) raise("IndexError", "list assignment index out of range", t->loc);
            items.erase(items.begin() + i);
          } else {
            unsupported(t->loc, "del of this item at import time");
          }
        } else {
          unsupported(t->loc, "del of this target at import time");
        }
      }
      return Flow::Normal;
    }
    case StmtKind::Print: {
      auto* p = s.as<PrintStmt>();
      std::string out;
      for (size_t i = 0; i < p->values.size(); ++i) out += (i ? " " : "") + to_str(eval(*p->values[i], f));
      if (p->newline) out += "\n";
      fputs(out.c_str(), stdout);
      return Flow::Normal;
    }
    case StmtKind::With: {
      auto* w = s.as<WithStmt>();
      if (w->items.size() != 1) unsupported(s.loc, "a with statement with several items at import time");
      Ref ctx = eval(*w->items[0].context_expr, f);
      Ref entered = call(get_attr(ctx, "__enter__", s.loc), {}, {}, s.loc);
      if (w->items[0].optional_vars) assign(*w->items[0].optional_vars, entered, f);
      Flow fl;
      try {
        fl = exec_body(w->body, f);
      } catch (PyException& e) {
        Ref cls = e.value->kind == ObjKind::Instance ? e.value->as<InstanceObj>()->cls : none();
        if (!truthy(call(get_attr(ctx, "__exit__", s.loc), {cls, e.value, none()}, {}, s.loc))) throw;
        return Flow::Normal;
      }
      call(get_attr(ctx, "__exit__", s.loc), {none(), none(), none()}, {}, s.loc);
      return fl;
    }
    case StmtKind::Exec:
      unsupported(s.loc, "the exec statement");
  }
  return Flow::Normal;
}

void Interp::do_import(const Stmt& s, Frame& f) {
  auto resolve_relative = [&](const std::string& mod, int level) {
    if (level == 0) return mod;
    std::string base = f.module->name;
    int drop = f.module->is_package ? level - 1 : level;
    for (int i = 0; i < drop; ++i) {
      auto dot = base.rfind('.');
      if (dot == std::string::npos) {
        if (i == drop - 1 && !base.empty()) {
          base.clear();
          break;
        }
        raise("ImportError", "attempted relative import beyond top-level package", s.loc);
      }
      base = base.substr(0, dot);
    }
    if (base.empty()) return mod;
    return mod.empty() ? base : base + "." + mod;
  };
  if (s.kind == StmtKind::Import) {
    for (auto& a : s.as<ImportStmt>()->names) {
      Ref m = loader_.import_module(a.name, a.loc);
      if (!a.asname.empty()) {
        store(a.asname, m, f);
      } else {
        auto dot = a.name.find('.');
        store(a.name.substr(0, dot), dot == std::string::npos ? m : loader_.import_module(a.name.substr(0, dot), a.loc), f);
      }
    }
    return;
  }
  auto* imp = s.as<ImportFromStmt>();
  if (imp->module == "__future__") return;
  std::string modname = resolve_relative(imp->module, imp->level);
  Ref m = loader_.import_module(modname, s.loc);
  auto* mo = m->as<ModuleObj>();
  for (auto& a : imp->names) {
    if (a.name == "*") {
      for (auto& k : mo->attr_order)
        if (!k.empty() && k[0] != '_' && mo->attrs.count(k)) store(k, mo->attrs[k], f);
      continue;
    }
    auto it = mo->attrs.find(a.name);
    Ref v;
    if (it != mo->attrs.end()) {
      v = it->second;
    } else {
      v = loader_.import_module(modname + "." + a.name, a.loc);
    }
    store(a.asname.empty() ? a.name : a.asname, v, f);
  }
}

// ---------------------------------------------------------------------------------------------
// Functions and classes

Ref Interp::make_function(const FunctionDefStmt* def, const LambdaExpr* lam, Frame& f) {
  auto fn = std::make_shared<FunctionObj>();
  fn->def = def;
  fn->lambda = lam;
  fn->args = def ? &def->args : &lam->args;
  fn->name = def ? def->name : "<lambda>";
  fn->qualname = (f.building_class ? f.building_class->name + "." : std::string()) + fn->name;
  fn->module = f.module;
  fn->loc = def ? def->loc : lam->loc;
  for (auto& a : fn->args->args)
    if (a.default_value) fn->defaults.push_back(eval(*a.default_value, f));
  for (auto& a : fn->args->kwonly)
    if (a.default_value) fn->kwonly_defaults[a.name] = eval(*a.default_value, f);
  fn->closure = f.closure;
  if (f.locals) fn->closure.push_back(f.locals);
  return fn;
}

Ref Interp::make_class(const ClassDefStmt& def, Frame& f) {
  auto cls = std::make_shared<ClassObj>();
  cls->name = def.name;
  cls->qualname = def.name;
  cls->module = f.module;
  cls->loc = def.loc;
  for (auto& b : def.bases) {
    Ref base = eval(*b, f);
    if (base->kind != ObjKind::Class) {
      if (base->kind == ObjKind::Builtin) continue;  // object, int, long...: nothing to inherit here
      unsupported(b->loc, "a base class that is not a class");
    }
    cls->bases.push_back(base->as<ClassObj>());
    cls->base_refs.push_back(base);
  }
  Frame cf;
  cf.module = f.module;
  cf.closure = f.closure;
  if (f.locals) cf.closure.push_back(f.locals);
  cf.building_class = cls.get();
  cf.class_ns = &cls->attrs;
  cf.class_order = &cls->attr_order;
  exec_body(def.body, cf);
  auto mix = cls->attrs.find("_mixin_");
  if (mix != cls->attrs.end() && truthy(mix->second)) cls->is_mixin = true;
  for (auto* b : cls->bases)
    if (b->is_builtin_exception || b->lookup("__rpy_exception__")) cls->is_builtin_exception = false;
  return cls;
}

Ref Interp::call_function(FunctionObj* fn, std::vector<Ref>& args, std::vector<std::pair<std::string, Ref>>& kwargs, Loc loc) {
  if (++depth_ > 400) {
    --depth_;
    raise("RuntimeError", "maximum recursion depth exceeded", loc);
  }
  struct DepthGuard {
    int& d;
    ~DepthGuard() { --d; }
  } guard{depth_};
  Frame f;
  f.module = fn->module;
  f.locals = std::make_shared<Env>();
  f.closure = fn->closure;
  const Arguments& A = *fn->args;
  size_t np = A.args.size();
  size_t first_default = np - fn->defaults.size();
  std::vector<Ref> bound(np);
  for (size_t i = 0; i < args.size(); ++i) {
    if (i < np) {
      bound[i] = args[i];
    } else if (A.vararg.empty()) {
      raise("TypeError", fn->name + "() takes " + std::to_string(np) + " arguments (" + std::to_string(args.size()) + " given)", loc);
    }
  }
  if (!A.vararg.empty()) {
    std::vector<Ref> extra;
    for (size_t i = np; i < args.size(); ++i) extra.push_back(args[i]);
    (*f.locals)[A.vararg] = make_tuple(extra);
  }
  auto kwdict = std::make_shared<DictObj>();
  for (auto& [k, v] : kwargs) {
    bool found = false;
    for (size_t i = 0; i < np; ++i)
      if (A.args[i].name == k) {
        if (bound[i]) raise("TypeError", fn->name + "() got multiple values for argument '" + k + "'", loc);
        bound[i] = v;
        found = true;
      }
    for (auto& ko : A.kwonly)
      if (ko.name == k) {
        (*f.locals)[k] = v;
        found = true;
      }
    if (!found) {
      if (A.kwarg.empty()) raise("TypeError", fn->name + "() got an unexpected keyword argument '" + k + "'", loc);
      kwdict->set(make_str(k), v);
    }
  }
  for (size_t i = 0; i < np; ++i) {
    if (!bound[i]) {
      if (i >= first_default)
        bound[i] = fn->defaults[i - first_default];
      else
        raise("TypeError", fn->name + "() takes " + std::to_string(np) + " arguments (" + std::to_string(args.size()) + " given)", loc);
    }
    (*f.locals)[A.args[i].name] = bound[i];
  }
  for (auto& ko : A.kwonly)
    if (!f.locals->count(ko.name)) {
      auto d = fn->kwonly_defaults.find(ko.name);
      if (d == fn->kwonly_defaults.end()) raise("TypeError", fn->name + "() missing keyword-only argument '" + ko.name + "'", loc);
      (*f.locals)[ko.name] = d->second;
    }
  if (!A.kwarg.empty()) (*f.locals)[A.kwarg] = kwdict;
  if (fn->lambda) return eval(*fn->lambda->body, f);
  if (fn->def->is_generator) {
    // Run the generator eagerly, collecting the yielded values into a list (import time only).
    unsupported(loc, "calling a generator function at import time");
  }
  try {
    Flow fl = exec_body(fn->def->body, f);
    if (fl == Flow::Return) return f.retval;
  } catch (PyException& e) {
    e.traceback.insert(e.traceback.begin(), loc);
    throw;
  }
  return none();
}

Ref Interp::instantiate(const Ref& cls, std::vector<Ref>& args, std::vector<std::pair<std::string, Ref>>& kwargs, Loc loc) {
  auto* c = cls->as<ClassObj>();
  auto inst = std::make_shared<InstanceObj>();
  inst->cls = cls;
  Ref init = c->lookup("__init__");
  if (init && init->kind == ObjKind::Function) {
    std::vector<Ref> full{inst};
    full.insert(full.end(), args.begin(), args.end());
    call_function(init->as<FunctionObj>(), full, kwargs, loc);
  } else if (init && init->kind == ObjKind::Builtin) {
    std::vector<Ref> full{inst};
    full.insert(full.end(), args.begin(), args.end());
    init->as<BuiltinObj>()->fn(*this, full, kwargs, loc);
  } else if (!args.empty() && !c->is_builtin_exception) {
    raise("TypeError", "this constructor takes no arguments", loc);
  }
  return inst;
}

Ref Interp::call(const Ref& callee, std::vector<Ref> args, std::vector<std::pair<std::string, Ref>> kwargs, Loc loc) {
  switch (callee->kind) {
    case ObjKind::Function:
      return call_function(callee->as<FunctionObj>(), args, kwargs, loc);
    case ObjKind::Builtin: {
      auto* b = callee->as<BuiltinObj>();
      if (!b->fn) unsupported(loc, "calling " + b->name + "() at import time");
      if (b->self) args.insert(args.begin(), b->self);
      size_t given = args.size() - (b->self ? 1 : 0);
      try {
        return b->fn(*this, args, kwargs, loc);
      } catch (const std::out_of_range&) {  // the builtin read an argument it was not given
        raise("TypeError", b->name + "() takes more arguments (" + std::to_string(given) + " given)", loc);
      }
    }
    case ObjKind::Class:
      return instantiate(callee, args, kwargs, loc);
    case ObjKind::Method: {
      auto* m = callee->as<MethodObj>();
      args.insert(args.begin(), m->self);
      return call(m->func, std::move(args), std::move(kwargs), loc);
    }
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
      return call(static_cast<WrapperObj*>(callee.get())->func, std::move(args), std::move(kwargs), loc);
    case ObjKind::Instance: {
      Ref m = get_attr(callee, "__call__", loc);
      return call(m, std::move(args), std::move(kwargs), loc);
    }
    default:
      raise("TypeError", "'" + type_name(callee) + "' object is not callable", loc);
  }
}

Ref Interp::get_attr(const Ref& obj, const std::string& name, Loc loc) {
  switch (obj->kind) {
    case ObjKind::Module: {
      auto* m = obj->as<ModuleObj>();
      auto it = m->attrs.find(name);
      if (it != m->attrs.end()) return it->second;
      if (name == "__name__") return make_str(m->name);
      if (m->is_package) {
        auto& ld = loader_;
        Ref sub = ld.import_module(m->name + "." + name, loc);
        if (sub) return sub;
      }
      raise("AttributeError", "'module' object has no attribute '" + name + "'", loc);
    }
    case ObjKind::Class: {
      auto* c = obj->as<ClassObj>();
      if (name == "__name__") return make_str(c->name);
      Ref v = c->lookup(name);
      if (!v) raise("AttributeError", "class " + c->name + " has no attribute '" + name + "'", loc);
      if (v->kind == ObjKind::StaticMethod) return static_cast<WrapperObj*>(v.get())->func;
      if (v->kind == ObjKind::ClassMethod) return std::make_shared<MethodObj>(obj, static_cast<WrapperObj*>(v.get())->func);
      return v;
    }
    case ObjKind::Instance: {
      auto* i = obj->as<InstanceObj>();
      auto it = i->attrs.find(name);
      if (it != i->attrs.end()) return it->second;
      if (name == "__class__") return i->cls;
      Ref v = i->klass()->lookup(name);
      if (!v) raise("AttributeError", "'" + i->klass()->name + "' object has no attribute '" + name + "'", loc);
      if (v->kind == ObjKind::Function) return std::make_shared<MethodObj>(obj, v);
      if (v->kind == ObjKind::Builtin) {
        auto bound = std::make_shared<BuiltinObj>(*v->as<BuiltinObj>());
        bound->self = obj;
        return bound;
      }
      if (v->kind == ObjKind::StaticMethod) return static_cast<WrapperObj*>(v.get())->func;
      if (v->kind == ObjKind::ClassMethod) return std::make_shared<MethodObj>(i->cls, static_cast<WrapperObj*>(v.get())->func);
      if (v->kind == ObjKind::Property) return call(v->as<PropertyObj>()->fget, {obj}, {}, loc);
      return v;
    }
    case ObjKind::Function: {
      auto* fn = obj->as<FunctionObj>();
      if (name == "__name__" || name == "func_name") return make_str(fn->name);
      auto it = fn->attrs.find(name);
      if (it != fn->attrs.end()) return it->second;
      raise("AttributeError", "'function' object has no attribute '" + name + "'", loc);
    }
    case ObjKind::Builtin:
      if (name == "__name__") {
        const auto& n = obj->as<BuiltinObj>()->name;
        auto dot = n.rfind('.');
        return make_str(dot == std::string::npos ? n : n.substr(dot + 1));
      }
      break;
    default:
      break;
  }
  return builtin_method(obj, name, loc);
}

void Interp::set_attr(const Ref& obj, const std::string& name, Ref value, Loc loc) {
  switch (obj->kind) {
    case ObjKind::Instance: {
      auto* i = obj->as<InstanceObj>();
      if (!i->attrs.count(name)) i->attr_order.push_back(name);
      i->attrs[name] = std::move(value);
      return;
    }
    case ObjKind::Class: {
      auto* c = obj->as<ClassObj>();
      if (!c->attrs.count(name)) c->attr_order.push_back(name);
      c->attrs[name] = std::move(value);
      return;
    }
    case ObjKind::Module:
      obj->as<ModuleObj>()->set(name, std::move(value));
      return;
    case ObjKind::Function:
      obj->as<FunctionObj>()->attrs[name] = std::move(value);
      return;
    default:
      raise("AttributeError", "'" + type_name(obj) + "' object attribute '" + name + "' is read-only", loc);
  }
}

// ---------------------------------------------------------------------------------------------
// Expressions

int64_t Interp::to_int(const Ref& v, Loc loc) {
  if (v->kind == ObjKind::Int) return v->as<IntObj>()->value;
  if (v->kind == ObjKind::Bool) return v->as<BoolObj>()->value;
  raise("TypeError", "an integer is required (got " + type_name(v) + ")", loc);
}

std::vector<Ref> Interp::iterate(const Ref& v, Loc loc) {
  switch (v->kind) {
    case ObjKind::List:
      return v->as<ListObj>()->items;
    case ObjKind::Tuple:
      return v->as<TupleObj>()->items;
    case ObjKind::Dict:
    case ObjKind::Set:
      return v->as<DictObj>()->keys;
    case ObjKind::Str:
    case ObjKind::Unicode: {
      std::vector<Ref> out;
      for (char c : v->as<StrObj>()->value) out.push_back(make_str(std::string(1, c)));
      return out;
    }
    case ObjKind::Instance: {
      Ref it = call(get_attr(v, "__iter__", loc), {}, {}, loc);
      std::vector<Ref> out;
      Ref next =
          get_attr(it, it->kind == ObjKind::Instance && it->as<InstanceObj>()->klass()->lookup("__next__") ? "__next__" : "next", loc);
      for (;;) {
        try {
          out.push_back(call(next, {}, {}, loc));
        } catch (PyException& e) {
          if (exception_matches(e.value, builtin_class("StopIteration"))) break;
          throw;
        }
      }
      return out;
    }
    default:
      raise("TypeError", "'" + type_name(v) + "' object is not iterable", loc);
  }
}

Ref Interp::subscript(const Ref& obj, const Ref& index, Loc loc) {
  auto norm = [&](int64_t i, size_t n) {
    if (i < 0) i += static_cast<int64_t>(n);
    if (i < 0 || i >= static_cast<int64_t>(n)) raise("IndexError", type_name(obj) + " index out of range", loc);
    return static_cast<size_t>(i);
  };
  switch (obj->kind) {
    case ObjKind::List: {
      auto& it = obj->as<ListObj>()->items;
      return it[norm(to_int(index, loc), it.size())];
    }
    case ObjKind::Tuple: {
      auto& it = obj->as<TupleObj>()->items;
      return it[norm(to_int(index, loc), it.size())];
    }
    case ObjKind::Str:
    case ObjKind::Unicode: {
      auto& s = obj->as<StrObj>()->value;
      return make_str(std::string(1, s[norm(to_int(index, loc), s.size())]));
    }
    case ObjKind::Dict: {
      auto* d = obj->as<DictObj>();
      long i = d->find(index);
      if (i < 0) raise("KeyError", repr(index), loc);
      return d->values[i];
    }
    case ObjKind::Instance:
      return call(get_attr(obj, "__getitem__", loc), {index}, {}, loc);
    default:
      raise("TypeError", "'" + type_name(obj) + "' object is not subscriptable", loc);
  }
}

static int64_t floordiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
static int64_t floormod(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

Ref Interp::binary(BinOp op, const Ref& a, const Ref& b, Loc loc) {
  auto isint = [](const Ref& r) { return r->kind == ObjKind::Int || r->kind == ObjKind::Bool; };
  auto isnum = [&](const Ref& r) { return isint(r) || r->kind == ObjKind::Float; };
  if (isint(a) && isint(b)) {
    int64_t x = to_int(a, loc), y = to_int(b, loc);
    auto u = [](int64_t v) { return static_cast<uint64_t>(v); };
    switch (op) {
      case BinOp::Add:
        return make_int(static_cast<int64_t>(u(x) + u(y)));
      case BinOp::Sub:
        return make_int(static_cast<int64_t>(u(x) - u(y)));
      case BinOp::Mul:
        return make_int(static_cast<int64_t>(u(x) * u(y)));
      case BinOp::Div:
      case BinOp::FloorDiv:
        if (y == 0) raise("ZeroDivisionError", "integer division or modulo by zero", loc);
        return make_int(floordiv(x, y));
      case BinOp::Mod:
        if (y == 0) raise("ZeroDivisionError", "integer division or modulo by zero", loc);
        return make_int(floormod(x, y));
      case BinOp::Pow: {
        if (y < 0) return make_float(std::pow(static_cast<double>(x), static_cast<double>(y)));
        uint64_t r = 1, base = u(x);
        for (int64_t e = y; e > 0; e >>= 1, base *= base)
          if (e & 1) r *= base;
        return make_int(static_cast<int64_t>(r));
      }
      case BinOp::LShift:
        if (y < 0) raise("ValueError", "negative shift count", loc);
        return make_int(y >= 64 ? 0 : static_cast<int64_t>(u(x) << y));
      case BinOp::RShift:
        if (y < 0) raise("ValueError", "negative shift count", loc);
        return make_int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
      case BinOp::BitAnd:
        return make_int(x & y);
      case BinOp::BitOr:
        return make_int(x | y);
      case BinOp::BitXor:
        return make_int(x ^ y);
      default:
        break;
    }
  }
  if (isnum(a) && isnum(b)) {
    double x = a->kind == ObjKind::Float ? a->as<FloatObj>()->value : static_cast<double>(to_int(a, loc));
    double y = b->kind == ObjKind::Float ? b->as<FloatObj>()->value : static_cast<double>(to_int(b, loc));
    switch (op) {
      case BinOp::Add:
        return make_float(x + y);
      case BinOp::Sub:
        return make_float(x - y);
      case BinOp::Mul:
        return make_float(x * y);
      case BinOp::Div:
        if (y == 0) raise("ZeroDivisionError", "float division by zero", loc);
        return make_float(x / y);
      case BinOp::FloorDiv:
        if (y == 0) raise("ZeroDivisionError", "float divmod()", loc);
        return make_float(std::floor(x / y));
      case BinOp::Mod: {
        if (y == 0) raise("ZeroDivisionError", "float modulo", loc);
        double r = std::fmod(x, y);
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return make_float(r);
      }
      case BinOp::Pow:
        return make_float(std::pow(x, y));
      default:
        break;
    }
  }
  bool astr = a->kind == ObjKind::Str || a->kind == ObjKind::Unicode;
  bool bstr = b->kind == ObjKind::Str || b->kind == ObjKind::Unicode;
  if (op == BinOp::Add && astr && bstr) {
    std::string s = a->as<StrObj>()->value + b->as<StrObj>()->value;
    return a->kind == ObjKind::Unicode || b->kind == ObjKind::Unicode ? make_unicode(s) : make_str(s);
  }
  if (op == BinOp::Mul && ((astr && isint(b)) || (isint(a) && bstr))) {
    const std::string& s = astr ? a->as<StrObj>()->value : b->as<StrObj>()->value;
    int64_t n = astr ? to_int(b, loc) : to_int(a, loc);
    std::string out;
    for (int64_t i = 0; i < n; ++i) out += s;
    return make_str(out);
  }
  if (op == BinOp::Add && a->kind == ObjKind::List && b->kind == ObjKind::List) {
    auto l = std::make_shared<ListObj>();
    l->items = a->as<ListObj>()->items;
    for (auto& x : b->as<ListObj>()->items) l->items.push_back(x);
    return l;
  }
  if (op == BinOp::Add && a->kind == ObjKind::Tuple && b->kind == ObjKind::Tuple) {
    std::vector<Ref> v = a->as<TupleObj>()->items;
    for (auto& x : b->as<TupleObj>()->items) v.push_back(x);
    return make_tuple(v);
  }
  if (op == BinOp::Mul && (a->kind == ObjKind::List || a->kind == ObjKind::Tuple) && isint(b)) {
    const auto& src = a->kind == ObjKind::List ? a->as<ListObj>()->items : a->as<TupleObj>()->items;
    std::vector<Ref> v;
    for (int64_t i = 0; i < to_int(b, loc); ++i) v.insert(v.end(), src.begin(), src.end());
    if (a->kind == ObjKind::Tuple) return make_tuple(v);
    auto l = std::make_shared<ListObj>();
    l->items = std::move(v);
    return l;
  }
  if (op == BinOp::Mod && astr) {
    // %-formatting at import time: delegate to the builtin implementation.
    Ref fmt = builtins_->attrs["__rpy_format__"];
    return call(fmt, {a, b}, {}, loc);
  }
  if (a->kind == ObjKind::Set && b->kind == ObjKind::Set && (op == BinOp::BitOr || op == BinOp::BitAnd || op == BinOp::Sub)) {
    auto out = std::make_shared<DictObj>(true);
    auto* x = a->as<DictObj>();
    auto* y = b->as<DictObj>();
    if (op == BinOp::BitOr) {
      for (auto& k : x->keys) out->set(k, none());
      for (auto& k : y->keys) out->set(k, none());
    } else {
      for (auto& k : x->keys)
        if ((y->find(k) >= 0) == (op == BinOp::BitAnd)) out->set(k, none());
    }
    return out;
  }
  raise("TypeError",
        std::string("unsupported operand type(s) for ") + binop_symbol(op) + ": '" + type_name(a) + "' and '" + type_name(b) + "'", loc);
}

static int compare_values(Interp& in, const Ref& a, const Ref& b, Loc loc) {
  auto isnum = [](const Ref& r) { return r->kind == ObjKind::Int || r->kind == ObjKind::Bool || r->kind == ObjKind::Float; };
  if (isnum(a) && isnum(b)) {
    if (a->kind != ObjKind::Float && b->kind != ObjKind::Float) {
      int64_t x = in.to_int(a, loc), y = in.to_int(b, loc);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    double x = a->kind == ObjKind::Float ? a->as<FloatObj>()->value : static_cast<double>(in.to_int(a, loc));
    double y = b->kind == ObjKind::Float ? b->as<FloatObj>()->value : static_cast<double>(in.to_int(b, loc));
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if ((a->kind == ObjKind::Str || a->kind == ObjKind::Unicode) && (b->kind == ObjKind::Str || b->kind == ObjKind::Unicode)) {
    int c = a->as<StrObj>()->value.compare(b->as<StrObj>()->value);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if ((a->kind == ObjKind::Tuple || a->kind == ObjKind::List) && a->kind == b->kind) {
    const auto& x = a->kind == ObjKind::Tuple ? a->as<TupleObj>()->items : a->as<ListObj>()->items;
    const auto& y = b->kind == ObjKind::Tuple ? b->as<TupleObj>()->items : b->as<ListObj>()->items;
    for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
      int c = compare_values(in, x[i], y[i], loc);
      if (c) return c;
    }
    return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
  }
  in.raise("TypeError", "cannot order '" + type_name(a) + "' and '" + type_name(b) + "'", loc);
}

bool Interp::compare(CmpOp op, const Ref& a, const Ref& b, Loc loc) {
  switch (op) {
    case CmpOp::Eq:
      return values_equal(a, b);
    case CmpOp::NotEq:
      return !values_equal(a, b);
    case CmpOp::Is:
      return a.get() == b.get() || (is_none(a) && is_none(b)) ||
             (a->kind == ObjKind::Bool && b->kind == ObjKind::Bool && values_equal(a, b));
    case CmpOp::IsNot:
      return !compare(CmpOp::Is, a, b, loc);
    case CmpOp::In:
    case CmpOp::NotIn: {
      bool found = false;
      if ((b->kind == ObjKind::Str || b->kind == ObjKind::Unicode) && (a->kind == ObjKind::Str || a->kind == ObjKind::Unicode)) {
        found = b->as<StrObj>()->value.find(a->as<StrObj>()->value) != std::string::npos;
      } else if (b->kind == ObjKind::Dict || b->kind == ObjKind::Set) {
        found = b->as<DictObj>()->find(a) >= 0;
      } else {
        for (auto& x : iterate(b, loc))
          if (values_equal(a, x)) {
            found = true;
            break;
          }
      }
      return op == CmpOp::In ? found : !found;
    }
    case CmpOp::Lt:
      return compare_values(*this, a, b, loc) < 0;
    case CmpOp::LtE:
      return compare_values(*this, a, b, loc) <= 0;
    case CmpOp::Gt:
      return compare_values(*this, a, b, loc) > 0;
    case CmpOp::GtE:
      return compare_values(*this, a, b, loc) >= 0;
  }
  return false;
}

Ref Interp::eval_call(const CallExpr& c, Frame& f) {
  Ref callee = eval(*c.func, f);
  std::vector<Ref> args;
  for (auto& a : c.args) {
    if (a->kind == ExprKind::Starred) {
      for (auto& x : iterate(eval(*a->as<StarredExpr>()->value, f), a->loc)) args.push_back(x);
    } else {
      args.push_back(eval(*a, f));
    }
  }
  std::vector<std::pair<std::string, Ref>> kwargs;
  for (auto& k : c.keywords) {
    Ref v = eval(*k.value, f);
    if (k.name.empty()) {
      if (v->kind != ObjKind::Dict) raise("TypeError", "argument after ** must be a dict", k.loc);
      auto* d = v->as<DictObj>();
      for (size_t i = 0; i < d->keys.size(); ++i) kwargs.emplace_back(to_str(d->keys[i]), d->values[i]);
    } else {
      kwargs.emplace_back(k.name, v);
    }
  }
  // rpython.rlib.objectmodel.import_from_mixin(M) in a class body copies M's attributes into it.
  if (callee->kind == ObjKind::Function && callee->as<FunctionObj>()->name == "import_from_mixin" && f.class_ns &&
      callee->as<FunctionObj>()->module && callee->as<FunctionObj>()->module->name == "rpython.rlib.objectmodel") {
    if (args.empty() || args[0]->kind != ObjKind::Class) raise("TypeError", "import_from_mixin() needs a class", c.loc);
    std::vector<ClassObj*> chain;
    std::function<void(ClassObj*)> collect = [&](ClassObj* k) {
      for (auto* b : k->bases) collect(b);
      chain.push_back(k);
    };
    collect(args[0]->as<ClassObj>());
    for (auto* k : chain)
      for (auto& name : k->attr_order) {
        if (name.size() > 4 && name.rfind("__", 0) == 0 && name != "__init__" && name != "__del__") continue;
        if (!f.class_ns->count(name)) f.class_order->push_back(name);
        Ref v = k->attrs[name];
        if (v->kind == ObjKind::Function) {
          // A copy, as RPython makes: each class that imports the mixin gets its own functions.
          auto copy = std::make_shared<FunctionObj>(*v->as<FunctionObj>());
          copy->qualname = f.building_class->name + "." + copy->name;
          v = copy;
        }
        (*f.class_ns)[name] = v;
      }
    return none();
  }
  return call(callee, std::move(args), std::move(kwargs), c.loc);
}

Ref Interp::eval_comprehension(const CompExpr& c, Frame& outer) {
  Frame f;
  f.module = outer.module;
  f.closure = outer.closure;
  if (outer.locals) f.closure.push_back(outer.locals);
  if (outer.class_ns) {
    // Class bodies are not visible from comprehensions in Python 3; keep Python 2 behaviour simple.
  }
  f.locals = std::make_shared<Env>();
  auto list = std::make_shared<ListObj>();
  auto dict = std::make_shared<DictObj>(c.kind == ExprKind::SetComp);
  std::function<void(size_t)> loop = [&](size_t gi) {
    if (gi == c.generators.size()) {
      if (c.kind == ExprKind::DictComp)
        dict->set(eval(*c.elt, f), eval(*c.value, f));
      else if (c.kind == ExprKind::SetComp)
        dict->set(eval(*c.elt, f), none());
      else
        list->items.push_back(eval(*c.elt, f));
      return;
    }
    auto& g = c.generators[gi];
    Ref it = gi == 0 ? eval(*g.iter, outer) : eval(*g.iter, f);
    for (auto& x : iterate(it, g.iter->loc)) {
      count_step(g.iter->loc);
      assign(*g.target, x, f);
      bool ok = true;
      for (auto& cond : g.ifs)
        if (!truthy(eval(*cond, f))) {
          ok = false;
          break;
        }
      if (ok) loop(gi + 1);
    }
  };
  loop(0);
  if (c.kind == ExprKind::DictComp || c.kind == ExprKind::SetComp) return dict;
  if (c.kind == ExprKind::GeneratorExp) return make_tuple(list->items);  // consumed eagerly
  return list;
}

Ref Interp::eval_fstring(const FStringExpr& e, Frame& f) {
  std::string out;
  for (auto& p : e.parts) {
    if (!p.expr) {
      out += p.literal;
      continue;
    }
    Ref v = eval(*p.expr, f);
    if (p.format_spec) {
      Ref spec = eval(*p.format_spec, f);
      Ref fmt = builtins_->attrs["format"];
      out += to_str(call(fmt, {v, spec}, {}, e.loc));
    } else {
      out += p.conversion == 'r' ? repr(v) : to_str(v);
    }
  }
  return make_str(out);
}

Ref Interp::eval(const Expr& e, Frame& f) {
  switch (e.kind) {
    case ExprKind::Name:
      return lookup(e.as<NameExpr>()->id, f, e.loc);
    case ExprKind::IntLit: {
      auto* i = e.as<IntLit>();
      if (i->overflow) unsupported(e.loc, "an integer literal that does not fit in 64 bits");
      return make_int(static_cast<int64_t>(i->value));
    }
    case ExprKind::FloatLit:
      if (e.as<FloatLit>()->imaginary) unsupported(e.loc, "complex numbers");
      return make_float(e.as<FloatLit>()->value);
    case ExprKind::StrLit: {
      auto* s = e.as<StrLit>();
      return s->is_unicode ? make_unicode(s->value) : make_str(s->value);
    }
    case ExprKind::NoneLit:
      return none();
    case ExprKind::BoolLit:
      return make_bool(e.as<BoolLit>()->value);
    case ExprKind::FString:
      return eval_fstring(*e.as<FStringExpr>(), f);
    case ExprKind::BinOp: {
      auto* b = e.as<BinOpExpr>();
      Ref l = eval(*b->left, f);
      Ref r = eval(*b->right, f);
      return binary(b->op, l, r, e.loc);
    }
    case ExprKind::UnaryOp: {
      auto* u = e.as<UnaryOpExpr>();
      Ref v = eval(*u->operand, f);
      switch (u->op) {
        case UnaryOp::Not:
          return make_bool(!truthy(v));
        case UnaryOp::Neg:
          if (v->kind == ObjKind::Float) return make_float(-v->as<FloatObj>()->value);
          return make_int(static_cast<int64_t>(0ULL - static_cast<uint64_t>(to_int(v, e.loc))));
        case UnaryOp::Pos:
          return v;
        case UnaryOp::Invert:
          return make_int(~to_int(v, e.loc));
      }
      return v;
    }
    case ExprKind::BoolOp: {
      auto* b = e.as<BoolOpExpr>();
      Ref v;
      for (auto& x : b->values) {
        v = eval(*x, f);
        if ((b->op == BoolOpKind::And) != truthy(v)) return v;
      }
      return v;
    }
    case ExprKind::Compare: {
      auto* c = e.as<CompareExpr>();
      Ref left = eval(*c->left, f);
      for (size_t i = 0; i < c->ops.size(); ++i) {
        Ref right = eval(*c->comparators[i], f);
        if (!compare(c->ops[i], left, right, e.loc)) return make_bool(false);
        left = right;
      }
      return make_bool(true);
    }
    case ExprKind::IfExp: {
      auto* i = e.as<IfExpExpr>();
      return truthy(eval(*i->test, f)) ? eval(*i->body, f) : eval(*i->orelse, f);
    }
    case ExprKind::Call:
      return eval_call(*e.as<CallExpr>(), f);
    case ExprKind::Attribute: {
      auto* a = e.as<AttributeExpr>();
      return get_attr(eval(*a->value, f), a->attr, e.loc);
    }
    case ExprKind::Subscript: {
      auto* s = e.as<SubscriptExpr>();
      Ref obj = eval(*s->value, f);
      if (s->index->kind == ExprKind::Slice) {
        auto* sl = s->index->as<SliceExpr>();
        Ref lo = sl->lower ? eval(*sl->lower, f) : none();
        Ref hi = sl->upper ? eval(*sl->upper, f) : none();
        Ref st = sl->step ? eval(*sl->step, f) : none();
        return call(builtins_->attrs["__rpy_slice__"], {obj, lo, hi, st}, {}, e.loc);
      }
      return subscript(obj, eval(*s->index, f), e.loc);
    }
    case ExprKind::Tuple: {
      std::vector<Ref> v;
      for (auto& x : e.as<SeqExpr>()->elts) v.push_back(eval(*x, f));
      return make_tuple(v);
    }
    case ExprKind::List: {
      auto l = std::make_shared<ListObj>();
      for (auto& x : e.as<SeqExpr>()->elts) l->items.push_back(eval(*x, f));
      return l;
    }
    case ExprKind::Set: {
      auto s = std::make_shared<DictObj>(true);
      for (auto& x : e.as<SeqExpr>()->elts) s->set(eval(*x, f), none());
      return s;
    }
    case ExprKind::Dict: {
      auto* d = e.as<DictExpr>();
      auto out = std::make_shared<DictObj>();
      for (size_t i = 0; i < d->keys.size(); ++i) {
        Ref k = eval(*d->keys[i], f);
        out->set(k, eval(*d->values[i], f));
      }
      return out;
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::DictComp:
      return eval_comprehension(*e.as<CompExpr>(), f);
    case ExprKind::Lambda:
      return make_function(nullptr, e.as<LambdaExpr>(), f);
    case ExprKind::Yield:
      unsupported(e.loc, "yield at import time");
    case ExprKind::Slice:
      unsupported(e.loc, "a slice outside a subscript");
    case ExprKind::Starred:
      unsupported(e.loc, "a starred expression here");
  }
  unsupported(e.loc, "this expression at import time");
}

}  // namespace rpy::modules
