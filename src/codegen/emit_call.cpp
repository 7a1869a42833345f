// C++ for calls: the program's functions, methods, instantiation and indirect calls. Python
// evaluates arguments left to right; C++ does not, so arguments with side effects are first
// stored in temporaries.
#include "codegen/emitter.hpp"

#include <unordered_map>

namespace rpy::codegen {

using annotate::TypeKind;
using ir::Expr;
using ir::ExprOp;
namespace m = rpy::modules;

// Remembered per expression: asked at every level of a long chain (`a + b + c + ...`), the
// question would otherwise cost the square of its length.
static thread_local std::unordered_map<const Expr*, bool> effects_memo;
void forget_effects() { effects_memo.clear(); }

bool has_effects(const Expr& e) {
  if (e.op == ExprOp::Call || e.op == ExprOp::SetLocal || e.op == ExprOp::Comp || e.op == ExprOp::Yield) return true;
  // A read that may raise (a script's local some path leaves unbound, a module variable that may
  // not be assigned yet) is ordered among the operands as a call is.
  if ((e.op == ExprOp::Local && e.defined) || (e.op == ExprOp::GetAttr && e.check_defined)) return true;
  if (e.args.empty()) return false;
  auto it = effects_memo.find(&e);
  if (it != effects_memo.end()) return it->second;
  bool r = false;
  for (auto& a : e.args)
    if (a && has_effects(*a)) {
      r = true;
      break;
    }
  effects_memo[&e] = r;
  return r;
}

// Emits `fn(args...)` evaluating the arguments in order.
std::string ordered_call(Emitter& em, const std::string& fn, std::vector<Expr*> args, const std::vector<TypeRef>& to,
                         const std::string& first) {
  int effects = 0;
  for (auto* a : args)
    if (a && has_effects(*a)) ++effects;
  std::vector<std::string> codes;
  for (size_t i = 0; i < args.size(); ++i)
    codes.push_back(args[i] ? em.expr_as(*args[i], i < to.size() ? to[i] : args[i]->type) : "nullptr");
  std::string call = fn + "(" + first;
  if (effects < 2 && !(effects == 1 && !first.empty() && args.size() > 0 && false)) {
    for (size_t i = 0; i < codes.size(); ++i) call += (i || !first.empty() ? ", " : "") + codes[i];
    return call + ")";
  }
  std::string s = "({ ";
  for (size_t i = 0; i < codes.size(); ++i) {
    std::string t = em.fresh("rpy_a");
    s += "auto " + t + " = " + codes[i] + "; ";
    call += (i || !first.empty() ? ", " : "") + t;
  }
  return s + call + "); })";
}

// A new instance on the collected heap (registered for finalization when its class has __del__).
std::string Emitter::alloc_code(annotate::ClassDef* cd) {
  if (gen_ && !cd->is_exception) return "rpy::gen::make<" + class_name(cd) + ">(rpy_tid_" + class_name(cd) + ")";
  return (cd->implicit.count("__del__") ? "rpy::make_finalized<" : "rpy::make<") + class_name(cd) + ">()";
}

// str(e) of an exception built with these arguments (C++ values): null (no message) for none, str(x) for one
// (repr(x) for a KeyError), the tuple's repr for several.
std::string Emitter::exception_message(const std::vector<std::pair<std::string, TypeRef>>& args, bool key_error) {
  if (args.empty()) return "nullptr";
  if (args.size() == 1)
    return key_error ? unicode_percent_text(args[0].first, args[0].second, 'r') : str_of_code(args[0].first, args[0].second);
  std::string s = "({ rpy::Buffer rpy_b; rpy_b.put('('); ";
  for (size_t i = 0; i < args.size(); ++i)
    s += std::string(i ? "rpy_b.put(\", \", 2); " : "") + "rpy::append_str(rpy_b, " +
         unicode_percent_text(args[i].first, args[i].second, 'r') + "); ";
  return s + "rpy_b.put(')'); rpy_b.to_str(); })";
}

// What BaseException.__new__ (Python 3) or its __init__ (a class without an __init__ of its own)
// keeps of the positional arguments (code, type) of an exception's construction: the message str(e)
// shows, e.args, SystemExit's code. Python 2.7's __new__ keeps nothing: an __init__ of the program's
// that does not call its base's leaves str(e) ''.
std::string Emitter::exception_fields(const std::string& obj, annotate::ClassDef* cd,
                                      const std::vector<std::pair<std::string, TypeRef>>& positional, bool has_init, bool keep_args) {
  if (positional.empty() || (has_init && is_python2())) return "";
  annotate::ClassDef* key_error = ann.find_classdef(ann.interp().builtin_class("KeyError").get());
  bool key = key_error && cd->is_subclass_of(key_error) && !has_init;
  std::string s = obj + "->message = " + exception_message(positional, key) + "; " + exception_repr(obj, positional, key);
  if (keep_args) s += set_exc_args(obj, cd, positional);
  if (key && positional.size() == 1) s += obj + "->key_repr = true; ";
  // SystemExit(code): the exit status too (annotate/exit_rules.cpp; BaseException::exit_kind).
  if (positional.size() == 1 && !has_init && ann.is_system_exit(cd)) {
    auto [code, ct] = positional[0];
    if (annotate::is_intlike(ct))
      s += obj + "->exit_kind = 1; " + obj + "->exit_int = static_cast<int64_t>(" + code + "); " + obj + "->errno_ = static_cast<int>(" +
           code + "); ";
    else if (annotate::is_stringlike(ct))
      s += obj + "->exit_kind = " + (ct->nullable ? code + " ? 2 : 0" : std::string("2")) + "; ";
  }
  return s;
}

// repr(e)'s text after the class name where it is not (repr(message)): the args tuple's repr for
// several arguments (the message already), one argument that is not a string (ValueError(5)).
std::string Emitter::exception_repr(const std::string& obj, const std::vector<std::pair<std::string, TypeRef>>& args, bool key_error) {
  if (args.size() >= 2) return obj + "->args_repr = " + obj + "->message; ";
  TypeRef t = args.empty() ? nullptr : args[0].second;
  bool plain_str = t && !t->nullable && (t->kind == TypeKind::Str || t->kind == TypeKind::Char);
  if (args.empty() || plain_str || key_error) return obj + "->args_repr = nullptr; ";
  return obj + "->args_repr = ({ rpy::Buffer rpy_b; rpy_b.put('('); rpy::append_str(rpy_b, " + unicode_percent_text(args[0].first, t, 'r') +
         "); " + (is_python2() ? "rpy_b.put(','); " : "") + "rpy_b.put(')'); rpy_b.to_str(); }); ";
}

// e.args, in programs that read it (annotate/exc_args_rules.cpp): the exception's box of the type
// its class keeps, made from the arguments (code, type) it is given; nothing when no read needs it.
std::string Emitter::set_exc_args(const std::string& exc, annotate::ClassDef* cd,
                                  const std::vector<std::pair<std::string, TypeRef>>& args) {
  TypeRef keep = ann.exc_args_stored(cd);
  if (!keep) return "";
  std::vector<TypeRef> items;
  std::string vals;
  for (const auto& [code, t] : args) {
    vals += (items.empty() ? "" : ", ") + code;
    items.push_back(t);
  }
  TypeRef own = tt.tuple(items);
  return "rpy::set_exc_args<" + ctype(keep) + ">(" + exc + ", " + convert(ctype(own) + "(" + vals + ")", own, keep) + "); ";
}

// `e.code` of a SystemExit (annotate/exit_rules.cpp): t is the union of the program's exit codes
// (None, an int or bool, a str, or one of them that may be None); exit_kind says which it holds.
std::string Emitter::system_exit_code(const std::string& exc, TypeRef t) {
  if (!t || t->kind == TypeKind::Impossible || t->kind == TypeKind::None) return "((void)(" + exc + "), " + default_value(t) + ")";
  std::string x = fresh("rpy_se");
  std::string s = "({ auto* " + x + " = " + exc + "; ";
  if (annotate::is_stringlike(t))
    return s + (t->nullable ? x + "->exit_kind == 2 ? " + x + "->message : nullptr" : x + "->message") + "; })";
  TypeRef base = annotate::strip_optional(tt, t);
  std::string v = base->kind == TypeKind::Bool ? "(" + x + "->exit_int != 0)" : x + "->exit_int";
  if (!annotate::is_optional_value(t)) return s + v + "; })";
  return s + x + "->exit_kind == 1 ? " + convert(v, base, t) + " : " + default_value(t) + "; })";
}

// A call of a bound method value that may be one of several methods: switch on which.
std::string Emitter::emit_method_set_call(Expr& e) {
  Expr& callee = *e.args[0];
  TypeRef bt = callee.type;
  std::string bm = fresh("rpy_bm");
  std::string s = "({ auto " + bm + " = " + expr(callee) + "; ";
  std::vector<Expr*> args(e.bound.begin() + (e.bound.empty() ? 0 : 1), e.bound.end());
  std::vector<std::string> codes;
  for (Expr* a : args) {
    std::string t = fresh("rpy_a");
    s += "auto " + t + " = " + expr(*a) + "; ";
    codes.push_back(t);
  }
  bool is_void = !e.type || e.type->kind == TypeKind::None || e.type->kind == TypeKind::Impossible;
  if (!is_void) s += ctype(e.type) + " rpy_r = " + default_value(e.type) + "; ";
  s += "if (!" + bm + ".self) rpy::raise_none_not_callable(); switch (" + bm + ".which) { ";
  std::string self = bm + ".self";
  TypeRef recv = bt->items[0];
  for (size_t k = 0; k < e.method_set.size(); ++k) {
    auto& [name, targets] = e.method_set[k];
    std::string c;
    if (direct_method_call(e.cls, name, targets)) {
      ir::Graph* g = targets[0];
      c = g->c_name + "(" + convert(self, recv, g->params[0]->type);
      for (size_t i = 0; i < codes.size() && i + 1 < g->params.size(); ++i)
        c += ", " + convert(codes[i], args[i]->type, g->params[i + 1]->type);
      if (size_t v = g->params.size() - 1; g->vararg && v < codes.size()) c += ", " + convert(codes[v], args[v]->type, g->vararg->type);
      c += ")";
      if (!is_void) c = "rpy_r = " + convert(c, g->return_type, e.type);
    } else {
      VSlot& vs = *vslot(e, e.cls, name, targets, false);
      c = "(" + self + ")->" + vs.member + "(";
      for (size_t i = 0, k = 0; i < codes.size() && k < vs.params.size(); ++i)
        if (i >= vs.defaulted.size() || !vs.defaulted[i]) c += (k ? ", " : "") + convert(codes[i], args[i]->type, vs.params[k]), ++k;
      c += ")";
      if (!is_void) c = "rpy_r = " + convert(c, vs.ret, e.type);
    }
    s += "case " + std::to_string(k) + ": " + c + "; break; ";
  }
  s += "default: __builtin_unreachable(); } ";
  return s + (is_void ? "" : "rpy_r; ") + "})";
}

std::vector<Expr*> builtin_args(Expr& e) {
  std::vector<Expr*> a;
  if (e.call_kind == ir::CallKind::BuiltinMethod) a.push_back(e.args[0]->args[0].get());
  for (size_t i = 1; i + e.kwnames.size() < e.args.size(); ++i) a.push_back(e.args[i].get());
  return a;
}

std::string Emitter::call(Expr& e) {
  switch (e.call_kind) {
    case ir::CallKind::Builtin:
    case ir::CallKind::BuiltinMethod:
      return call_builtin(e);
    case ir::CallKind::Direct: {
      ir::Graph* g = e.targets.at(0);
      // A generator with a yield inside try/finally, with or an except catching GeneratorExit:
      // CPython runs that code when an unfinished generator object dies. rpy closes it where a
      // for loop, `in`, next(), any() or all() is done with a fresh call, and where a consumer
      // reads it to its end; a generator kept elsewhere (a variable, an attribute, a container,
      // an argument) is refused rather than lose the finally's effects.
      // contextlib.contextmanager's helper (lib/std/contextlib.py) gives the generator to a manager
      // whose __exit__ runs it to its end or throws the with block's exception into it: closed.
      const bool closed_by_caller = cur_graph_ && cur_graph_->desc && cur_graph_->desc->fn()->attrs.count("_rpy_closes_generators_");
      if (g->is_generator && !e.consumed && !dropped_calls_.count(&e) && !closed_by_caller && generator_needs_close(*g)) {
        fail(e.loc, "the generator " + (g->desc ? g->desc->fn()->name : g->name) +
                        "() has a yield inside try/finally, with or an except catching GeneratorExit, and this object is kept "
                        "(in a variable, an attribute, a container or an argument): Python runs that code when the object dies "
                        "unfinished, which rpy does not track yet; iterate the call directly (for x in " +
                        (g->desc ? g->desc->fn()->name : g->name) + "(...)), or give it to list()");
        return "nullptr";
      }
      if (auto slot = drop_slots_.find(&e); slot != drop_slots_.end() && !dropped_calls_.count(&e)) {
        std::string v = slot->second;
        drop_slots_.erase(slot);  // the call itself, printed in the slot
        std::string c = call(e);
        drop_slots_[&e] = v;
        return "(" + v + " = " + c + ")";
      }
      std::vector<TypeRef> to;
      for (auto* p : g->params) to.push_back(p->type);
      if (g->vararg) to.push_back(g->vararg->type);
      std::vector<Expr*> args = e.bound;
      // A closure gets its environment: the function value itself.
      std::string env = g->desc && g->desc->is_closure() ? expr(*e.args[0]) : "";
      bool reads_env = std::any_of(args.begin(), args.end(), [](Expr* a) { return a && a->op == ExprOp::ClosureDefault; });
      if (reads_env) {  // defaults its def computed: read from the function value, evaluated first
        std::string fv = fresh("rpy_fn");
        std::string saved = callee_env_;
        callee_env_ = fv;
        std::string c = ordered_call(*this, g->c_name, args, to, fv);
        callee_env_ = saved;
        return "({ rpy_Closure* " + fv + " = " + env + "; " + c + "; })";
      }
      // A *args parameter's tuple node is built from the extra arguments (MakeTuple's emitter).
      return ordered_call(*this, g->c_name, args, to, env);
    }
    case ir::CallKind::Indirect: {
      // A function value: switch on its index among the possible functions.
      TypeRef ft = e.args[0]->type;
      std::string fv = fresh("rpy_fn");
      bool clo = is_closure_type(ft);
      std::string s = "({ " + ctype(ft) + " " + fv + " = " + expr(*e.args[0]) + "; ";
      std::vector<std::string> argcodes;
      std::string argdecl;
      std::string saved_env = callee_env_;
      if (clo) callee_env_ = fv;  // defaults a def computed are read from the function value
      for (size_t i = 0; i < e.bound.size(); ++i) {
        std::string t = fresh("rpy_a");
        s += "auto " + t + " = " + expr(*e.bound[i]) + "; " + gen_root_if(t, e.bound[i]->type);
        argcodes.push_back(t);
      }
      callee_env_ = saved_env;
      std::string ret = ctype(e.type);
      bool is_void = !e.type || e.type->kind == TypeKind::None || e.type->kind == TypeKind::Impossible;
      if (!is_void) s += ret + " rpy_r = " + default_value(e.type) + "; ";
      s += "switch (" + (clo ? fv + " ? " + fv + "->id : -1" : fv) + ") { ";
      for (size_t k = 0; k < ft->funcs.size(); ++k) {
        bool argcodes_done = false;
        ir::Graph* g = nullptr;
        for (auto* t : e.targets)
          if (t->desc == ft->funcs[k]) g = t;
        if (!g) continue;
        std::string c = g->c_name + "(";
        bool env = g->desc->is_closure();
        if (env) c += fv;
        if (ann.spreads_into_star_args(e, g->desc)) {  // a builtin's wrapper: the arguments as its tuple
          TypeRef tup = g->vararg->type;
          c += std::string(env ? ", " : "") + ctype(tup) + "(";
          for (size_t i = 0; i < argcodes.size() && i < tup->items.size(); ++i)
            c += (i ? ", " : "") + convert(argcodes[i], e.bound[i]->type, tup->items[i]);
          c += ")";
          argcodes_done = true;
        }
        for (size_t i = 0; !argcodes_done && i < argcodes.size() && i < g->params.size(); ++i) {
          c += (i || env ? ", " : "");
          if (m::Ref own = ann.own_default(e, i, *g)) {  // a parameter left to its default: this function's own
            TypeRef dt = ann.type_of_const(own, e.loc);
            c += convert(const_value(own, dt, e.loc), dt, g->params[i]->type);
          } else {
            c += convert(argcodes[i], e.bound[i]->type, g->params[i]->type);
          }
        }
        if (size_t v = g->params.size(); g->vararg && v < argcodes.size() && !argcodes_done)  // the tuple of extra arguments
          c += std::string(v || env ? ", " : "") + convert(argcodes[v], e.bound[v]->type, g->vararg->type);
        c += ")";
        if (!is_void) c = "rpy_r = " + convert(c, g->return_type, e.type);
        s += "case " + std::to_string(clo ? ft->funcs[k]->id : static_cast<int>(k)) + ": " + c + "; break; ";
      }
      s += "default: rpy::raise_type_error_none(\"'NoneType' object is not callable\"); } ";
      return s + (is_void ? "" : "rpy_r; ") + "})";
    }
    case ir::CallKind::Instantiate: {
      annotate::ClassDef* cd = e.cls;
      if (std::string why = abstract_class_error(cd); !why.empty()) {
        // object.__new__ of a class with abstract methods (abc): the arguments run, in order,
        // then TypeError
        std::string s = "({ ";
        if (e.args[0]->op != ExprOp::Const && e.args[0]->op != ExprOp::Local) s += "(void)(" + expr(*e.args[0]) + "); ";
        for (size_t i = 1; i < e.args.size(); ++i) s += "(void)(" + expr(*e.args[i]) + "); ";
        return s + why + "; static_cast<" + class_name(cd) + "*>(nullptr); })";
      }
      if (gen_ && !cd->is_exception) return gen_instantiate(e);
      std::string obj = fresh("rpy_o");
      // An instance that never outlives this call lives in the frame's slot (opt/escape).
      // An instance whose variable owns it gets its __del__ from the generated code, not the collector.
      std::string alloc = e.stack_slot >= 0 ? "new (&rpy_stack" + std::to_string(e.stack_slot) + ") " + class_name(cd) + "()"
                          : e.owned         ? "rpy::make<" + class_name(cd) + ">()"
                                            : alloc_code(cd);
      std::string s = "({ ";
      // The class is known statically, but the expression naming it runs first, for its effects
      // (`(B if f() else A)()` where f() always returns False).
      Expr& callee = *e.args[0];
      if (callee.op != ExprOp::Const && callee.op != ExprOp::Local) s += "(void)(" + expr(callee) + "); ";
      s += "auto* " + obj + " = " + alloc + "; ";
      // Exceptions: as Python 3's BaseException.__new__ does, the positional arguments become the
      // message (str(e)) before __init__ runs, which may replace it through Exception.__init__.
      // Python 2.7's __new__ leaves the arguments empty: only BaseException.__init__ sets them, so
      // an __init__ of the program's that does not call it leaves str(e) ''. The arguments are
      // evaluated once, in order.
      std::map<const Expr*, std::string> temps;
      if (cd->is_exception) {
        std::vector<std::pair<std::string, TypeRef>> positional;
        for (size_t i = 1; i < e.args.size(); ++i) {
          std::string t = fresh("rpy_a");
          s += "auto " + t + " = " + expr(*e.args[i]) + "; ";
          temps[e.args[i].get()] = t;
          if (i + e.kwnames.size() < e.args.size()) positional.push_back({t, e.args[i]->type});
        }
        s += exception_fields(obj, cd, positional, !e.targets.empty(), ann.exc_args_kept(e, cd));
      }
      if (!e.targets.empty()) {
        ir::Graph* g = e.targets[0];
        std::vector<TypeRef> to;
        for (size_t i = 1; i < g->params.size(); ++i) to.push_back(g->params[i]->type);
        std::vector<Expr*> args(e.bound.begin() + 1, e.bound.end());
        std::string self = convert(obj, tt.instance(cd), g->params[0]->type);
        if (temps.empty()) {
          s += ordered_call(*this, g->c_name, args, to, self) + "; ";
        } else {
          std::string c = g->c_name + "(" + self;
          for (size_t i = 0; i < args.size(); ++i) {
            auto t = temps.find(args[i]);
            c += ", " + (t != temps.end() ? convert(t->second, args[i]->type, to[i]) : expr_as(*args[i], to[i]));
          }
          s += c + "); ";
        }
      }
      return s + obj + "; })";
    }
    case ir::CallKind::Method: {
      // receiver is args[0] of the callee expression (a GetAttr), or the len() argument
      Expr* recv_expr = nullptr;
      Expr& callee = *e.args[0];
      // obj.m(...) looks the method up on obj; any other callee (a local, an instance attribute
      // holding a bound method) is a bound method value, represented by its receiver.
      bool lookup = callee.op == ExprOp::GetAttr && !(callee.args[0]->type && callee.args[0]->type->kind == TypeKind::Instance &&
                                                      ann.find_attr(callee.args[0]->type->cls, callee.attr));
      recv_expr = lookup ? callee.args[0].get() : &callee;
      TypeRef recv_type = recv_expr->type && recv_expr->type->kind == TypeKind::Method ? recv_expr->type->items[0] : recv_expr->type;
      std::string recv = lookup                                         ? nonnull(expr(*recv_expr), recv_type, e.attr)
                         : recv_expr->type && recv_expr->type->nullable ? "rpy::nonnull_callable(" + expr(*recv_expr) + ")"
                                                                        : expr(*recv_expr);
      std::vector<Expr*> args(e.bound.begin() + (e.bound.empty() ? 0 : 1), e.bound.end());
      if (direct_method_call(e.cls, e.attr, e.targets)) {
        ir::Graph* g = e.targets[0];
        std::vector<TypeRef> to;
        for (size_t i = 1; i < g->params.size(); ++i) to.push_back(g->params[i]->type);
        if (g->vararg) to.push_back(g->vararg->type);  // the tuple of extra arguments
        std::string c = ordered_call(*this, g->c_name, args, to, convert(recv, recv_type, g->params[0]->type));
        return convert(c, g->return_type, e.type);
      }
      VSlot& vs = *vslot(e, e.cls, e.attr, e.targets, false);
      std::string c =
          ordered_call(*this, virtual_receiver(convert(recv, recv_type, tt.instance(e.cls)), tt.instance(e.cls)) + "->" + vs.member,
                       slot_args(vs, args), vs.params);
      return convert(c, vs.ret, e.type);
    }
    case ir::CallKind::MethodSet:
      return emit_method_set_call(e);
    case ir::CallKind::InstantiateAny:
      return emit_instantiate_any(e);
    case ir::CallKind::ClassOf:
      return emit_class_of(e);
    case ir::CallKind::Unresolved: {
      // An operand that never has a value (it always raises): the call is never made. The
      // operands up to that one run, in order, for their effects (the annotator resolves no
      // target for such a call).
      std::vector<Expr*> ops;
      if (has_effects(*e.args[0])) ops.push_back(e.args[0].get());
      for (size_t i = 1; i < e.args.size(); ++i) ops.push_back(e.args[i].get());
      auto no_value = [](const Expr* x) { return x->type && x->type->kind == TypeKind::Impossible; };
      if (std::any_of(ops.begin(), ops.end(), no_value)) {
        std::string s = "(";
        for (Expr* x : ops) {
          s += "(void)(" + expr(*x) + "), ";
          if (no_value(x)) break;
        }
        bool typed = e.type && e.type->kind != TypeKind::Impossible && e.type->kind != TypeKind::None;
        return s + (typed ? "static_cast<" + ctype(e.type) + ">(" + default_value(e.type) + ")" : "nullptr") + ")";
      }
    }
      fail(e.loc,
           "this call never runs: no value ever reaches what it calls (a variable read before it is assigned, or a function that never "
           "returns?)");
      return "0";
  }
  return "0";
}

}  // namespace rpy::codegen
