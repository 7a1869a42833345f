// C++ for the iteration protocol: generator functions (C++20 coroutines: a `_body` coroutine
// returning rpy::GenBody<T> and the function itself, which wraps it into an rpy::Iterator<T>*),
// yield, iter()/next()/.next(), and for loops over iterators and iterator instances.
#include <functional>

#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::BuiltinId;
using annotate::TypeKind;
using ir::Expr;
using ir::ExprOp;

static TypeRef elem_of(TypeRef it) { return it && it->kind == TypeKind::Iterator ? it->items[0] : nullptr; }

std::string Emitter::immediate_lambda(TypeRef t, const std::string& stmts, const std::string& value) {
  return "[&]() -> " + ctype(t) + " { " + stmts + "return " + value + "; }()";
}

std::string Emitter::yield_value(Expr& e) {
  TypeRef elem = elem_of(cur_graph_ ? cur_graph_->return_type : nullptr);
  if (!cur_graph_ || !cur_graph_->is_generator || !elem) {
    fail(e.loc, "internal: yield outside a generator");
    return "0";
  }
  return e.args.empty() ? default_value(elem) : expr_as(*e.args[0], elem);
}

// g++ 12 crashes on statement expressions in a co_yield operand, and (in
// gimplify_var_or_parm_decl) on a co_yield inside a statement expression: the operands held in
// temporaries first (`pre`, emit_order.cpp) and the value are computed in a lambda, the yield
// outside it.
std::string Emitter::yield_code(const std::string& pre, std::string value) {
  TypeRef elem = elem_of(cur_graph_ ? cur_graph_->return_type : nullptr);
  if (elem && (!pre.empty() || value.find("({") != std::string::npos)) value = immediate_lambda(elem, pre, value);
  return "(co_yield " + value + ")";
}

// g++ 12 also crashes (in verify_stmt_tree_r) on a virtual call whose object expression holds a
// statement expression in a coroutine: such an object is computed in a lambda there.
std::string Emitter::virtual_receiver(const std::string& code, TypeRef t) {
  if (!cur_graph_ || !cur_graph_->is_generator || code.find("({") == std::string::npos || code.find("co_yield") != std::string::npos)
    return "(" + code + ")";
  return immediate_lambda(t, "", code);
}

// Whether a yield lies inside a try statement with cleanup (a finally body, a with statement's
// exit, or a handler that catches GeneratorExit: a bare except or BaseException/GeneratorExit):
// dropping such a generator unfinished runs that code (Generator::close), which Python does when
// the generator's last reference goes.
static bool has_yield(const Expr& e) {
  if (e.op == ExprOp::Yield) return true;
  for (auto& a : e.args)
    if (a && has_yield(*a)) return true;
  return false;
}
static bool block_has_yield(const ir::Block& b);
static bool stmt_has_yield(const ir::Stmt& s) {
  for (auto& x : s.exprs)
    if (x && has_yield(*x)) return true;
  if (block_has_yield(s.body) || block_has_yield(s.orelse) || block_has_yield(s.finalbody)) return true;
  for (auto& h : s.handlers)
    if (block_has_yield(h.body)) return true;
  return false;
}
static bool block_has_yield(const ir::Block& b) {
  for (auto& s : b)
    if (s && stmt_has_yield(*s)) return true;
  return false;
}
using CatchesExit = std::function<bool(const ir::Handler&)>;
static bool yields_in_cleanup(const ir::Block& b, const CatchesExit& catches_generator_exit) {
  for (auto& sp : b) {
    if (!sp) continue;
    const ir::Stmt& s = *sp;
    if (s.op == ir::StmtOp::Try) {
      bool cleanup = s.transparent || !s.finalbody.empty();
      for (auto& h : s.handlers) cleanup = cleanup || catches_generator_exit(h);
      if (cleanup && (block_has_yield(s.body) || block_has_yield(s.orelse))) return true;
    }
    if (yields_in_cleanup(s.body, catches_generator_exit) || yields_in_cleanup(s.orelse, catches_generator_exit) ||
        yields_in_cleanup(s.finalbody, catches_generator_exit))
      return true;
    for (auto& h : s.handlers)
      if (yields_in_cleanup(h.body, catches_generator_exit)) return true;
  }
  return false;
}

bool Emitter::generator_needs_close(const ir::Graph& g) {
  if (!g.is_generator) return false;
  auto it = needs_close_memo_.find(&g);
  if (it != needs_close_memo_.end()) return it->second;
  auto catches_generator_exit = [this](const ir::Handler& h) {
    if (h.classes.empty()) return true;  // a bare except
    for (auto& c : h.classes)
      if (c->type && c->type->kind == TypeKind::Class) {
        const std::string& n = ann.classdef(c->type->const_value)->name;
        if (n == "BaseException" || n == "GeneratorExit") return true;
      }
    return false;
  };
  needs_close_memo_[&g] = false;  // a generator that loops over its own calls: decided by the rest
  bool close = yields_in_cleanup(g.body, catches_generator_exit);
  // A generator delegating to one that needs closing (`yield from inner()`, `for x in inner():
  // yield x`, or a loop with a yield over zip(inner(), ...)): closing it raises GeneratorExit at
  // that yield, which leaves the loop, and leaving the loop closes the inner one (CPython throws
  // GeneratorExit into the delegate, or drops it with the frame).
  std::function<bool(const ir::Block&)> delegates = [&](const ir::Block& b) {
    for (auto& sp : b) {
      if (!sp) continue;
      const ir::Stmt& s = *sp;
      if (s.op == ir::StmtOp::For && !s.exprs.empty() && s.exprs[0] && block_has_yield(s.body)) {
        Expr& it = *s.exprs[0];
        bool fresh = it.op == ExprOp::Call && it.call_kind == ir::CallKind::Direct;
        if (fresh)
          for (ir::Graph* tg : it.targets) fresh = fresh && tg && generator_needs_close(*tg);
        std::vector<Expr*> inner;
        if (lazy_consumed(it)) fresh_closers(it, inner);
        if (fresh || !inner.empty()) return true;
      }
      if (delegates(s.body) || delegates(s.orelse) || delegates(s.finalbody)) return true;
      for (auto& h : s.handlers)
        if (delegates(h.body)) return true;
    }
    return false;
  };
  if (!close) close = delegates(g.body);
  return needs_close_memo_[&g] = close;
}

bool Emitter::lazy_consumed(const Expr& e) { return e.op == ExprOp::Call && e.consumed && e.type && e.type->kind == TypeKind::Iterator; }

void Emitter::fresh_closers(Expr& e, std::vector<Expr*>& out) {
  for (auto& ap : e.args) {
    if (!ap || ap->op != ExprOp::Call || !ap->consumed) continue;
    Expr& a = *ap;
    bool close =
        a.call_kind == ir::CallKind::Direct && !a.targets.empty() && a.type && a.type->kind == TypeKind::Iterator && !a.type->items.empty();
    for (ir::Graph* tg : a.targets) close = close && tg && generator_needs_close(*tg);
    if (close) out.push_back(&a);
    // A lazy consumer (an iterator) passes its arguments' death on to its own owner; an eager one
    // (Python 2's zip(), a list) is done with them when it returns: it owns them itself.
    if (a.type && a.type->kind == TypeKind::Iterator) fresh_closers(a, out);
  }
}

std::string Emitter::drop_slot_decls(const std::vector<Expr*>& calls) {
  std::string d;
  for (Expr* c : calls) {
    std::string v = fresh("rpy_dc");
    drop_slots_[c] = v;
    d += ctype(c->type) + " " + v + " = nullptr; rpy::DropIterator<" + ctype(c->type->items[0]) + "> " + fresh("rpy_drop") + "{&" + v +
         "}; ";
  }
  return d;
}

// CPython drops a generator made for one expression when that expression is done with it
// (`1 in gen()`, `next(gen())`, `any(gen())`): an unfinished one runs its finally then, before the
// statement goes on.
std::string Emitter::dropped_after(Expr& it, const std::function<std::string(const std::string&)>& use) {
  if (it.op != ExprOp::Call || !it.type || it.type->kind != TypeKind::Iterator || it.type->items.empty()) return "";
  bool drop = false;
  for (ir::Graph* tg : it.targets) drop = drop || (tg && generator_needs_close(*tg));
  if (!drop) return "";
  dropped_calls_.insert(&it);
  std::string c = fresh("rpy_c");
  return "({ auto* " + c + " = " + expr(it) + "; rpy::DropIterator<" + ctype(it.type->items[0]) + "> " + fresh("rpy_drop") + "{&" + c +
         "}; " + use(c) + "; })";
}

void Emitter::emit_generator(ir::Graph& g) {
  cur_graph_ = &g;
  out_ = &body_;
  indent_ = 1;
  cur_line_ = 0;
  TypeRef elem = elem_of(g.return_type);
  std::string et = ctype(elem);
  std::string params = closure_params(g, true), names = closure_params(g, false);
  for (size_t i = 0; i < g.params.size(); ++i) {
    params += (i || !names.empty() ? ", " : "") + ctype(g.params[i]->type) + " " + param_name(g.params[i]);
    names += (i || !names.empty() ? ", " : "") + param_name(g.params[i]);
  }
  if (g.vararg) {
    params += (params.empty() ? "" : ", ") + ctype(g.vararg->type) + " " + param_name(g.vararg);
    names += (names.empty() ? "" : ", ") + param_name(g.vararg);
  }
  // The body is printed apart first: under --gc=gen, a body that roots something (a parameter, a
  // local, a temporary) is a precise one (rpy/gen_generator.hpp), which only its text tells.
  std::ostringstream text;
  out_ = &text;
  declare_locals(g);
  closure_prologue(g);
  if (gen_) gen_function_roots(g);
  if (opts_.tracebacks) {
    line("int rpy_line = " + std::to_string(g.loc.line) + ";");
    line("try {");
    ++indent_;
  }
  block(g.body);
  cur_line_ = 0;  // what follows the body is no statement's (line() does not mark it again)
  if (opts_.tracebacks) {
    --indent_;
    std::string file = g.file ? sm_.file(g.file).path : "?";
    line("} catch (rpy::BaseException* rpy_exc) {");
    line("  rpy::tb_add(rpy_exc, \"" + file + "\", rpy_line, \"" + (g.desc ? g.desc->fn()->name : g.name) + "\");");
    line("  throw;");
    line("}");
  }
  line("co_return;");
  out_ = &body_;
  bool precise = gen_ && text.str().find("rpy::gen::Rooted") != std::string::npos;
  for (auto& v : g.vars) precise = precise || (gen_ && v->is_param && !v->boxed && GcGen::is_rooted(v->type));
  body_ << "static rpy::" << (precise ? "gen::" : "") << "GenBody<" << et << "> " << g.c_name << "_body(" << params << ") {\n";
  body_ << text.str() << "}\n";
  emit_prototype(g, false);
  // lib/std/_rpy_itertools' lazy zip/map/filter (`@_resumes`): run again from the start once
  // ended, with the same iterators, so that each next() asks them again as CPython's objects do.
  if (g.desc && g.desc->fn()->attrs.count("_rpy_resumes") && !generator_needs_close(g) && !g.desc->is_closure()) {
    body_ << "  return rpy::make_resuming_generator<" << et << ">([=]() { return " << g.c_name << "_body(" << names << "); });\n}\n\n";
    return;
  }
  std::string closing = generator_needs_close(g) ? ", true, \"" + (g.desc ? g.desc->fn()->name : g.name) + "\"" : "";
  body_ << "  return rpy::make_generator<" << et << ">(" << g.c_name << "_body(" << names << ")" << closing << ");\n}\n\n";
}

std::string Emitter::iter_builtin(Expr& e) {
  auto id = static_cast<BuiltinId>(e.builtin_id);
  switch (id) {
    case BuiltinId::Iter: {
      Expr& a = *e.args[1];
      TypeRef t = a.type;
      switch (t->kind) {
        case TypeKind::List:
          return "rpy::iter_list<" + ctype(t->listdef->find()->item) + ">(" + expr(a) + ")";
        case TypeKind::Str:  // Python 3: code points, as strs
          if (!is_python2()) return "rpy::iter_list(rpy::str_chars3(" + expr(a) + "))";
          return "rpy::iter_str(" + expr(a) + ")";
        case TypeKind::Char:
          return "rpy::iter_str(rpy::str_of_char(" + expr(a) + "))";
        case TypeKind::Dict:
          return "rpy::iter_dict_keys(" + expr(a) + ")";  // checks the size at each step (dict_iter.hpp)
        case TypeKind::Iterator:
        case TypeKind::File:  // a file is its own iterator
          return convert(expr(a), t, e.type);
        default:
          fail(e.loc, "iter() of " + annotate::describe(t) + " is not supported yet");
          return "nullptr";
      }
    }
    case BuiltinId::Next: {
      Expr& a = *e.args[1];
      if (a.type && a.type->kind == TypeKind::File) {  // the next line, as `for line in f` reads them
        std::string l = fresh("rpy_l"), et = ctype(e.type);
        TypeRef lt = a.type->bits == 8 ? tt.bytes() : tt.str();
        std::string line = a.type->bits == 8 ? "rpy::as_bytes(" + l + ")" : l;
        std::string s = "({ rpy::Str* " + l + " = rpy::file_next_line(" + expr(a) + "); ";
        if (e.args.size() == 2) return s + "if (" + l + "->len == 0) rpy::raise_stop_iteration(); " + convert(line, lt, e.type) + "; })";
        return s + l + "->len != 0 ? static_cast<" + et + ">(" + convert(line, lt, e.type) + ") : static_cast<" + et + ">(" +
               expr_as(*e.args[2], e.type) + "); })";
      }
      TypeRef elem = elem_of(a.type);
      if (!elem) {
        fail(e.loc, "next() of " + annotate::describe(a.type) + " is not supported yet");
        return "0";
      }
      if (e.args.size() == 2) {
        std::string d = dropped_after(a, [&](const std::string& c) { return convert("rpy::iter_next(" + c + ")", elem, e.type); });
        if (!d.empty()) return d;
        return convert("rpy::iter_next(" + expr(a) + ")", elem, e.type);
      }
      std::string it = fresh("rpy_it"), v = fresh("rpy_v"), et = ctype(e.type);
      if (a.op == ExprOp::Call) {  // next(gen(), default): the default is read only when the generator ends
        std::string d = dropped_after(a, [&](const std::string& c) {
          return ctype(elem) + " " + v + "{}; " + c + "->step(" + v + ") ? static_cast<" + et + ">(" + convert(v, elem, e.type) +
                 ") : static_cast<" + et + ">(" + expr_as(*e.args[2], e.type) + ")";
        });
        if (!d.empty()) return d;
      }
      return "({ auto* " + it + " = " + expr(a) + "; " + ctype(elem) + " " + v + "{}; " + it + "->step(" + v + ") ? static_cast<" + et +
             ">(" + convert(v, elem, e.type) + ") : static_cast<" + et + ">(" + expr_as(*e.args[2], e.type) + "); })";
    }
    case BuiltinId::IterNext:
    case BuiltinId::IterDunderNext: {
      Expr& recv = *e.args[0]->args[0];
      return convert("rpy::iter_next(" + expr(recv) + ")", elem_of(recv.type), e.type);
    }
    case BuiltinId::IterThrow: {
      // throw(type, value, tb): the arguments evaluated in order, the value raised
      Expr& recv = *e.args[0]->args[0];
      const bool three = e.args.size() > 2;
      std::string r = fresh("rpy_g"), x = fresh("rpy_x"), pre;
      pre = "auto* " + r + " = " + expr(recv) + "; ";
      if (three) pre += "(void)(" + expr(*e.args[1]) + "); ";
      pre += "rpy::BaseException* " + x + " = " + expr(*e.args[three ? 2 : 1]) + "; ";
      for (size_t i = 3; i < e.args.size(); ++i) pre += "(void)(" + expr(*e.args[i]) + "); ";
      return convert("({ " + pre + "rpy::gen_throw(" + r + ", " + x + "); })", elem_of(recv.type), e.type);
    }
    default:
      fail(e.loc, "internal: not an iteration builtin");
      return "0";
  }
}

// Opens the loop of a for statement around a JIT merge point whose iterator is a red
// (s.iter_var, jit/portal_for.cpp): the iterator is made into that local and stepped through it,
// so the JIT may hand the loop back with the local's new value. The same iterators as the
// jitcode's loop (jit/codewriter_iter.cpp), visiting what the plain loops visit (a dict's table
// or entries with CPython's steps and checks: emit_dict_for, rpy/dict_iter.hpp).
void Emitter::carried_iter_header(ir::Stmt& s, const std::string& v, TypeRef vt) {
  Expr& it = *s.exprs[0];
  TypeRef t = it.type;
  TypeRef itype = s.iter_var->type;
  TypeRef elem = itype->items[0];
  std::string et = ctype(elem), make;
  Expr* src = nullptr;
  int what = 0;  // runtime/rpy/dict_iter.hpp's TableWhat
  if (t->kind == TypeKind::Dict) {
    src = &it;
  } else if (it.op == ExprOp::Call && it.call_kind == ir::CallKind::BuiltinMethod) {
    switch (static_cast<BuiltinId>(it.builtin_id)) {
      case BuiltinId::DictKeys:
      case BuiltinId::DictIterkeys:
        src = it.args[0]->args[0].get();
        break;
      case BuiltinId::DictValues:
      case BuiltinId::DictItervalues:
        src = it.args[0]->args[0].get();
        what = 1;
        break;
      case BuiltinId::DictItems:
      case BuiltinId::DictIteritems:
        src = it.args[0]->args[0].get();
        what = 2;
        break;
      default:
        break;
    }
    if (src && (!src->type || src->type->kind != TypeKind::Dict)) src = nullptr;
    // Python 2's keys()/values()/items() are lists made when the loop starts (iterated as lists)
    auto id = static_cast<BuiltinId>(it.builtin_id);
    if (is_python2() && t->kind == TypeKind::List &&
        (id == BuiltinId::DictKeys || id == BuiltinId::DictValues || id == BuiltinId::DictItems))
      src = nullptr;
  }
  if (t->kind == TypeKind::Iterator) {
    make = convert(expr(it), t, itype);
  } else if (src) {
    make = "rpy::jit::iter_table<" + et + ", " + std::to_string(what) + ">(" + expr(*src) + ")";
  } else if (t->kind == TypeKind::Tuple) {
    std::string tv = fresh("rpy_t"), l = fresh("rpy_l");
    make = "({ auto " + tv + " = " + expr(it) + "; auto* " + l + " = rpy::list_new<" + et + ">(" + std::to_string(t->items.size()) + "); ";
    for (size_t k = 0; k < t->items.size(); ++k)
      make += l + "->items[" + std::to_string(k) + "] = " + convert("std::get<" + std::to_string(k) + ">(" + tv + ")", t->items[k], elem) +
              "; ";
    make += "rpy::iter_list<" + et + ">(" + l + "); })";
  } else if (t->kind == TypeKind::List) {
    make = "rpy::iter_list<" + et + ">(" + expr(it) + ")";
  } else if ((t->kind == TypeKind::Str && !is_python2()) || t->kind == TypeKind::Unicode) {  // code points (UTF-8 inside)
    make = "rpy::iter_list<rpy::Str*>(rpy::str_chars3(" + expr(it) + "))";
  } else if (t->kind == TypeKind::File) {  // lines (runtime/jit/iterators.hpp)
    make = "rpy::jit::iter_file<" + et + ">(" + expr(it) + ")";
  } else {
    fail(s.loc, "internal: a JIT loop iterator over " + annotate::describe(t));
    make = "nullptr";
  }
  std::string iv = var_name(s.iter_var), x = fresh("rpy_x");
  line("{ " + iv + " = " + make + "; " + et + " " + x + "{};");
  line("while (" + iv + "->step(" + x + ")) {");
  ++indent_;
  line(v + " = " + convert(x, elem, vt) + ";");
}

// Opens the loop of `for v in <s.exprs[0]>` over an iterator or an iterator instance, in the shape
// the For emitter closes ("{ ... while (...) {" + indent).
bool Emitter::for_iter_header(ir::Stmt& s, const std::string& v, TypeRef vt) {
  Expr& it = *s.exprs[0];
  TypeRef t = it.type;
  if (t->kind == TypeKind::Iterator) {
    TypeRef elem = t->items[0];
    std::string c = fresh("rpy_c"), x = fresh("rpy_x");
    line("{ auto* " + c + " = " + expr(it) + "; " + ctype(elem) + " " + x + "{};");
    // A fresh generator that needs closing, iterated by this loop alone: closed when the loop is
    // left early (break, return, an exception), where CPython drops its last reference.
    bool drop = false;
    if (it.op == ExprOp::Call)
      for (ir::Graph* tg : it.targets) drop = drop || (tg && generator_needs_close(*tg));
    if (drop) line("rpy::DropIterator<" + ctype(elem) + "> " + fresh("rpy_drop") + "{&" + c + "};");
    line("while (" + c + "->step(" + x + ")) {");
    ++indent_;
    line(v + " = " + convert(x, elem, vt) + ";");
    return true;
  }
  if (t->kind == TypeKind::Tuple) {
    // for x in (a, b, c): an array of the items converted to the loop variable's type
    std::string tv = fresh("rpy_t"), arr = fresh("rpy_arr"), i = fresh("rpy_i");
    std::string items;
    for (size_t k = 0; k < t->items.size(); ++k)
      items += (k ? ", " : "") + convert("std::get<" + std::to_string(k) + ">(" + tv + ")", t->items[k], vt);
    line("{ auto " + tv + " = " + expr(it) + "; " + ctype(vt) + " " + arr + "[] = {" + items + (t->items.empty() ? default_value(vt) : "") +
         "};");
    line("for (int64_t " + i + " = 0; " + i + " < " + std::to_string(t->items.size()) + "; ++" + i + ") {");
    ++indent_;
    line(v + " = " + arr + "[" + i + "];");
    return true;
  }
  if (t->kind == TypeKind::Instance && s.exprs.size() >= 2 && s.exprs[1]->op == ExprOp::Call) {
    Expr& next = *s.exprs[1];
    ir::Var* iv = next.args[0]->args[0]->var;
    line("{ " + var_name(iv) + " = " + expr_as(it, iv->type) + ";");
    line("while (true) {");
    ++indent_;
    line("try { " + handler_scope("rpy::stop_iteration_match") + v + " = " + expr_as(next, vt) +
         "; } catch (rpy::StopIteration*) { break; }");
    return true;
  }
  return false;
}

}  // namespace rpy::codegen
