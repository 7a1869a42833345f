// Statements. No Python code runs inside a C++ catch block: a generator may switch stacks there,
// and C++ keeps one list of caught exceptions per thread. Handlers copy the exception and leave.
#include <cstdio>
#include <optional>

#include "modules/core/scope.hpp"
#include "modules/interp.hpp"
#include "modules/loader.hpp"
#include "modules/objects/objects.hpp"
#include "modules/support/budget.hpp"

namespace rpy::modules {

using namespace syntax;

constexpr long kLoopBudget = 100000000;  // iterations of one loop at import time

Interp::Flow Interp::exec_body(const Body& body, Frame& f) {
  for (auto& s : body) {
    Flow fl = exec_stmt(*s, f);
    if (fl != Flow::Normal) return fl;
  }
  return Flow::Normal;
}

static Ref decorate(Interp& in, Ref v, const std::vector<Ref>& decorators, const std::vector<ExprPtr>& exprs) {
  for (size_t i = decorators.size(); i-- > 0;) v = in.call(decorators[i], {v}, {}, exprs[i]->loc);
  return v;
}

Interp::Flow Interp::exec_stmt(const Stmt& s, Frame& f) {
  count_step(s.loc);
  try {
    return exec_stmt_inner(s, f);
  } catch (MemoryBudgetExceeded&) {
    throw EvalError{s.loc, "import-time code used more than " + std::to_string(MemoryBudget::default_limit() >> 20) +
                               " MB of memory (rpy's budget for module-level code; set RPY_IMPORT_MEMORY_MB to change it)"};
  } catch (std::bad_alloc&) {
    raise("MemoryError", "", s.loc);
  } catch (std::length_error&) {
    raise("MemoryError", "", s.loc);
  }
}

void Interp::exec_in_module(const Stmt& s, ModuleObj* m) {
  Frame f;
  f.module = m;
  f.parent = frame_;
  Frame* saved = frame_;
  frame_ = &f;
  try {
    exec_stmt(s, f);
  } catch (...) {
    frame_ = saved;
    throw;
  }
  frame_ = saved;
}

// `name: T` in a module or class body: T goes into the body's __annotations__ (a function's own
// annotations are never evaluated). dataclasses read a class's fields from it.
void Interp::record_annotation(const Stmt& s, Frame& f) {
  if (!f.class_ns && (f.scope || f.locals)) return;
  Ref t = eval(*s.annotation, f);
  Ref dict;
  if (f.class_ns) {
    long i = f.class_ns->find(make_str("__annotations__"));
    if (i >= 0) dict = f.class_ns->values[static_cast<size_t>(i)];
  } else if (auto it = f.module->attrs.find("__annotations__"); it != f.module->attrs.end()) {
    dict = it->second;
  }
  if (!dict || dict->kind != ObjKind::Dict) {
    dict = std::make_shared<DictObj>();
    store("__annotations__", dict, f);
  }
  set_item(dict, make_str(s.annotated), t, s.loc);
}

Interp::Flow Interp::exec_stmt_inner(const Stmt& s, Frame& f) {
  switch (s.kind) {
    case StmtKind::ExprStmt:
      eval(*s.as<ExprStmt>()->value, f);
      return Flow::Normal;
    case StmtKind::Pass:
      if (s.annotation) record_annotation(s, f);
      return Flow::Normal;
    case StmtKind::Break:
      return Flow::Break;
    case StmtKind::Continue:
      return Flow::Continue;
    case StmtKind::Assign: {
      auto* a = s.as<AssignStmt>();
      Ref v = eval(*a->value, f);
      for (auto& t : a->targets) assign(*t, v, f);
      if (s.annotation) record_annotation(s, f);  // after the value, as CPython does
      return Flow::Normal;
    }
    case StmtKind::AugAssign: {
      auto* a = s.as<AugAssignStmt>();
      const Expr& t = *a->target;
      if (t.kind == ExprKind::Attribute) {
        auto* at = t.as<AttributeExpr>();
        Ref obj = eval(*at->value, f);
        Ref cur = get_attr(obj, at->attr, t.loc);
        Ref nv = inplace(source_op(a->op, f), cur, eval(*a->value, f), s.loc);
        set_attr(obj, at->attr, nv, t.loc);
      } else if (t.kind == ExprKind::Subscript) {
        auto* sub = t.as<SubscriptExpr>();
        Ref obj = eval(*sub->value, f);
        Ref idx;
        if (sub->index->kind == ExprKind::Slice) {
          auto* sl = sub->index->as<SliceExpr>();
          Ref lo = sl->lower ? eval(*sl->lower, f) : none();
          Ref hi = sl->upper ? eval(*sl->upper, f) : none();
          Ref st = sl->step ? eval(*sl->step, f) : none();
          idx = make_slice(lo, hi, st);
        } else {
          idx = eval(*sub->index, f);
        }
        Ref cur = subscript(obj, idx, t.loc);
        Ref nv = inplace(source_op(a->op, f), cur, eval(*a->value, f), s.loc);
        set_item(obj, idx, nv, t.loc);
      } else {
        Ref cur = eval(t, f);
        Ref nv = inplace(source_op(a->op, f), cur, eval(*a->value, f), s.loc);
        assign(t, nv, f);
      }
      return Flow::Normal;
    }
    case StmtKind::FunctionDef: {
      auto* d = s.as<FunctionDefStmt>();
      std::vector<Ref> decs;
      for (auto& e : d->decorators) decs.push_back(eval(*e, f));
      Ref fn = make_function(d, nullptr, f);
      store(d->name, decorate(*this, fn, decs, d->decorators), f);
      return Flow::Normal;
    }
    case StmtKind::ClassDef: {
      auto* d = s.as<ClassDefStmt>();
      std::vector<Ref> decs;
      for (auto& e : d->decorators) decs.push_back(eval(*e, f));
      Ref cls = make_class(*d, f);
      store(d->name, decorate(*this, cls, decs, d->decorators), f);
      return Flow::Normal;
    }
    case StmtKind::Return: {
      auto* r = s.as<ReturnStmt>();
      f.retval = r->value ? eval(*r->value, f) : none();
      return Flow::Return;
    }
    case StmtKind::If: {
      auto* i = s.as<IfStmt>();
      return truth(eval(*i->test, f), i->test->loc) ? exec_body(i->body, f) : exec_body(i->orelse, f);
    }
    case StmtKind::While: {
      auto* w = s.as<WhileStmt>();
      long guard = 0;
      while (truth(eval(*w->test, f), w->test->loc)) {
        if (++guard > kLoopBudget)
          throw EvalError{s.loc, "this loop ran more than 10^8 times at import time (rpy's budget for one loop of module-level code)"};
        Flow fl = exec_body(w->body, f);
        if (fl == Flow::Break) return Flow::Normal;
        if (fl == Flow::Return) return fl;
      }
      return exec_body(w->orelse, f);
    }
    case StmtKind::For:
      return exec_for(*s.as<ForStmt>(), f);
    case StmtKind::Try:
      return exec_try(*s.as<TryStmt>(), f);
    case StmtKind::Raise:
      exec_raise(*s.as<RaiseStmt>(), f);
      return Flow::Normal;
    case StmtKind::Assert: {
      auto* a = s.as<AssertStmt>();
      if (!truth(eval(*a->test, f), a->test->loc)) {
        Ref cls = builtin_class("AssertionError");
        Args args;
        if (a->msg) args.push_back(eval(*a->msg, f));
        raise_value(call(cls, args, {}, s.loc), s.loc);
      }
      return Flow::Normal;
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom:
      do_import(s, f);
      return Flow::Normal;
    case StmtKind::Global:
      return Flow::Normal;  // the scope analysis saw it
    case StmtKind::Delete:
      for (auto& t : s.as<DeleteStmt>()->targets) exec_delete(*t, f);
      return Flow::Normal;
    case StmtKind::Print:
      exec_print(*s.as<PrintStmt>(), f);
      return Flow::Normal;
    case StmtKind::With:
      return exec_with(*s.as<WithStmt>(), 0, f);
    case StmtKind::Exec:
      exec_exec(*s.as<ExecStmt>(), f);
      return Flow::Normal;
  }
  return Flow::Normal;
}

Interp::Flow Interp::exec_for(const ForStmt& s, Frame& f) {
  Ref seq = eval(*s.iter, f);
  // Lists and tuples are walked in place (a list sees items appended by the body, as in Python).
  if (seq->kind == ObjKind::List || seq->kind == ObjKind::Tuple) {
    bool is_list = seq->kind == ObjKind::List;
    for (size_t i = 0;; ++i) {
      const auto& items = is_list ? seq->as<ListObj>()->items : seq->as<TupleObj>()->items;
      if (i >= items.size()) break;
      if (i >= static_cast<size_t>(kLoopBudget))
        throw EvalError{s.loc, "this loop ran more than 10^8 times at import time (rpy's budget for one loop of module-level code)"};
      Ref x = items[i];
      assign(*s.target, std::move(x), f);
      Flow fl = exec_body(s.body, f);
      if (fl == Flow::Break) return Flow::Normal;
      if (fl == Flow::Return) return fl;
    }
    return exec_body(s.orelse, f);
  }
  Ref it = iter(seq, s.iter->loc);
  long guard = 0;
  for (;;) {
    Ref x = next(it, s.iter->loc);
    if (!x) break;
    if (++guard > kLoopBudget)
      throw EvalError{s.loc, "this loop ran more than 10^8 times at import time (rpy's budget for one loop of module-level code)"};
    assign(*s.target, std::move(x), f);
    Flow fl = exec_body(s.body, f);
    if (fl == Flow::Break) return Flow::Normal;
    if (fl == Flow::Return) return fl;
  }
  return exec_body(s.orelse, f);
}

Interp::Flow Interp::exec_try(const TryStmt& t, Frame& f) {
  Flow result = Flow::Normal;
  std::optional<PyException> caught, pending;
  try {
    result = exec_body(t.body, f);
  } catch (PyException& e) {
    caught = std::move(e);
  }
  if (caught) {
    const ExceptHandler* match = nullptr;
    try {
      for (auto& h : t.handlers)
        if (!h.type || exception_matches(caught->value, eval(*h.type, f))) {
          match = &h;
          break;
        }
    } catch (PyException& e) {
      pending = std::move(e);
    }
    if (match) {
      Ref prev = f.current_exc;
      f.current_exc = caught->value;
      try {
        if (!match->name.empty()) store(match->name, caught->value, f);
        result = exec_body(match->body, f);
      } catch (PyException& e) {
        pending = std::move(e);
      }
      // Python 2 keeps sys.exc_info() after the handler, until the function returns.
      f.current_exc = python_ == 2 ? caught->value : prev;
      if (python_ == 3 && !match->name.empty()) {
        try {
          erase_name(match->name, f, match->loc);
        } catch (PyException&) {
        }
      }
    } else if (!pending) {
      pending = std::move(caught);
    }
  } else if (result == Flow::Normal && !t.orelse.empty()) {
    try {
      result = exec_body(t.orelse, f);
    } catch (PyException& e) {
      pending = std::move(e);
    }
  }
  if (!t.finalbody.empty()) {
    Ref saved = f.retval;
    Ref prev = f.current_exc;
    if (pending) f.current_exc = pending->value;
    Flow fin = exec_body(t.finalbody, f);
    f.current_exc = prev;
    if (fin != Flow::Normal) return fin;  // break/continue/return in finally discard the pending exception
    f.retval = saved;
  }
  if (pending) throw std::move(*pending);
  return result;
}

Interp::Flow Interp::exec_with(const WithStmt& w, size_t item, Frame& f) {
  const WithItem& it = w.items[item];
  Ref mgr = eval(*it.context_expr, f);
  Ref exit = special(mgr, "__exit__");
  Ref enter = special(mgr, "__enter__");
  if (!exit || !enter) raise("AttributeError", python_ == 2 ? "__exit__" : "__enter__", it.context_expr->loc);
  Ref v = call(enter, {}, {}, w.loc);
  if (it.optional_vars) assign(*it.optional_vars, v, f);
  Flow fl = Flow::Normal;
  std::optional<PyException> caught;
  try {
    fl = item + 1 < w.items.size() ? exec_with(w, item + 1, f) : exec_body(w.body, f);
  } catch (PyException& e) {
    caught = std::move(e);
  }
  if (caught) {
    Ref type = type_of(caught->value);
    if (!truth(call(exit, {type, caught->value, none()}, {}, w.loc))) throw std::move(*caught);
    return Flow::Normal;
  }
  call(exit, {none(), none(), none()}, {}, w.loc);
  return fl;
}

void Interp::exec_raise(const RaiseStmt& r, Frame& f) {
  Loc loc = r.loc;
  if (!r.exc) {
    Ref cur = current_exception();
    if (!cur) {
      if (python_ == 2) raise("TypeError", "exceptions must be old-style classes or derived from BaseException, not NoneType", loc);
      raise("RuntimeError", "No active exception to reraise", loc);
    }
    throw PyException{cur, loc, {}};
  }
  Ref e = eval(*r.exc, f);
  Ref value = r.value ? eval(*r.value, f) : nullptr;
  if (r.cause) eval(*r.cause, f);
  if (e->kind == ObjKind::Class) {
    Args args;
    if (value && !is_none(value)) {
      // raise E, v: v is the argument (a tuple gives several), or already an instance of E.
      if (value->kind == ObjKind::Instance && value->as<InstanceObj>()->klass()->is_subclass_of(e->as<ClassObj>())) {
        throw PyException{value, loc, {}};
      }
      if (value->kind == ObjKind::Tuple)
        args = value->as<TupleObj>()->items;
      else
        args.push_back(value);
    }
    e = call(e, args, {}, loc);
  } else if (value && !is_none(value)) {
    raise("TypeError", "instance exception may not have a separate value", loc);
  }
  Ref base = builtin_class("BaseException");
  if (e->kind != ObjKind::Instance || !e->as<InstanceObj>()->klass()->is_subclass_of(base->as<ClassObj>())) {
    if (python_ == 2 && e->kind == ObjKind::Str)
      raise("TypeError", "exceptions must be old-style classes or derived from BaseException, not str", loc);
    raise("TypeError",
          python_ == 2 ? "exceptions must be old-style classes or derived from BaseException, not " + type_name(e)
                       : "exceptions must derive from BaseException",
          loc);
  }
  throw PyException{e, loc, {}};
}

void Interp::exec_delete(const Expr& t, Frame& f) {
  switch (t.kind) {
    case ExprKind::Name:
      erase_name(t.as<NameExpr>()->id, f, t.loc);
      return;
    case ExprKind::Tuple:
    case ExprKind::List:
      for (auto& x : t.as<SeqExpr>()->elts) exec_delete(*x, f);
      return;
    case ExprKind::Attribute: {
      auto* a = t.as<AttributeExpr>();
      del_attr(eval(*a->value, f), a->attr, t.loc);
      return;
    }
    case ExprKind::Subscript: {
      auto* sub = t.as<SubscriptExpr>();
      Ref obj = eval(*sub->value, f);
      Ref idx;
      if (sub->index->kind == ExprKind::Slice) {
        auto* sl = sub->index->as<SliceExpr>();
        Ref lo = sl->lower ? eval(*sl->lower, f) : none();
        Ref hi = sl->upper ? eval(*sl->upper, f) : none();
        Ref st = sl->step ? eval(*sl->step, f) : none();
        idx = make_slice(lo, hi, st);
      } else {
        idx = eval(*sub->index, f);
      }
      del_item(obj, idx, t.loc);
      return;
    }
    default:
      raise("SyntaxError", "can't delete this expression", t.loc);
  }
}

// Python 2's print statement, with its soft spaces: `print a,` then `print b` writes "a b".
void Interp::exec_print(const PrintStmt& p, Frame& f) {
  Ref dest = p.dest ? eval(*p.dest, f) : nullptr;
  if (!dest || is_none(dest)) dest = get_attr(loader_.import_module("sys", p.loc), "stdout", p.loc);
  FileObj* file = dest->kind == ObjKind::Native && dynamic_cast<FileObj*>(dest.get()) ? static_cast<FileObj*>(dest.get()) : nullptr;
  auto get_soft = [&]() -> bool {
    if (file) return file->softspace;
    Ref v = get_attr_or_null(dest, "softspace", p.loc);
    return v && truth(v);
  };
  auto set_soft = [&](bool on) {
    if (file) {
      file->softspace = on;
      return;
    }
    try {
      set_attr(dest, "softspace", make_int(on ? 1 : 0), p.loc);
    } catch (PyException&) {
    }
  };
  auto write = [&](const std::string& s) {
    if (file) {
      call_method(dest, "write", {make_str(s)}, p.loc);
      return;
    }
    call_method(dest, "write", {make_str(s)}, p.loc);
  };
  for (auto& e : p.values) {
    Ref v = eval(*e, f);
    std::string s = str_of(v, e->loc);
    if (get_soft()) write(" ");
    write(s);
    bool soft = !(is_str(v) && !s.empty() && std::isspace(static_cast<unsigned char>(s.back())) && s.back() != ' ');
    set_soft(soft);
  }
  if (p.newline) {
    write("\n");
    set_soft(false);
  }
}

void Interp::exec_exec(const ExecStmt& s, Frame& f) {
  Ref code = eval(*s.body, f);
  Ref g = s.globals ? eval(*s.globals, f) : nullptr;
  Ref l = s.locals ? eval(*s.locals, f) : nullptr;
  run_code(code, g, l, false, s.loc);
}

}  // namespace rpy::modules
