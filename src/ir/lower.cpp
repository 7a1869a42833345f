#include "ir/lower.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "ir/flow.hpp"
#include "common/format_fields.hpp"
#include "ir/frame_cells.hpp"
#include "ir/webs.hpp"
#include "syntax/ast_walk.hpp"
#include "syntax/bindings.hpp"
#include "modules/loader.hpp"
#include "modules/script.hpp"

namespace rpy::ir {

using namespace syntax;
namespace m = rpy::modules;

Var* Graph::new_var(const std::string& n, Loc l) {
  auto v = std::make_unique<Var>();
  v->name = n;
  v->id = static_cast<int>(vars.size());
  v->loc = l;
  vars.push_back(std::move(v));
  return vars.back().get();
}

namespace {

// "ModuleNotFoundError: No module named 'yaml'": an exception import-time code raised, as Python
// prints it (the type alone when its text cannot be had).
std::string exception_text(m::Interp& interp, const m::PyException& ex) {
  std::string text;
  try {
    text = interp.str_of(ex.value, ex.loc);
  } catch (...) {  // its __str__ raised: the type says enough
  }
  return m::type_name(ex.value) + (text.empty() ? "" : ": " + text);
}

// An argument whose evaluation has no effect (a name, a literal, *name, a tuple of such): a call whose
// other arguments are such may evaluate its f(**expr) mapping before them.
bool dstar_plain_arg(const syntax::Expr& a) {
  switch (a.kind) {
    case ExprKind::Name:
    case ExprKind::IntLit:
    case ExprKind::FloatLit:
    case ExprKind::StrLit:
    case ExprKind::NoneLit:
    case ExprKind::BoolLit:
      return true;
    case ExprKind::Starred:
      return dstar_plain_arg(*a.as<StarredExpr>()->value);
    case ExprKind::Tuple:
      return std::all_of(a.as<SeqExpr>()->elts.begin(), a.as<SeqExpr>()->elts.end(),
                         [](const syntax::ExprPtr& x) { return dstar_plain_arg(*x); });
    default:
      return false;
  }
}

// The captured name of a nested function's computed default value (its slot in the environment).
const std::string kDefaultSlotPrefix = "$default.";

class Lowerer {
 public:
  Lowerer(const m::FunctionObj& fn, m::Interp& interp, Diagnostics& diags, Graph& g) : fn_(fn), interp_(interp), diags_(diags), g_(g) {}

  void run() {
    const Arguments& A = *fn_.args;
    // A function taking no positional parameter but *args, called as a method (a decorator's
    // `def wrapper(*args, **kwargs)`): Python passes the receiver as args[0]. The graph takes it
    // as its first parameter, as every method graph does, and the rest in a tuple parameter;
    // `args = (receiver,) + rest` opens the body.
    Var* recv = nullptr;
    Var* rest = nullptr;
    if (g_.receiver_in_vararg) {
      recv = g_.new_var("$receiver", A.vararg_loc);
      recv->is_param = true;
      g_.params.push_back(recv);
    }
    for (auto& a : A.args) {
      Var* v = g_.new_var(a.name, a.loc);
      v->is_param = true;
      g_.params.push_back(v);
      locals_[a.name] = v;
    }
    if (!A.vararg.empty()) {
      g_.vararg = g_.new_var(recv ? "$" + A.vararg + "_rest" : A.vararg, A.vararg_loc);
      g_.vararg->is_param = true;
      locals_[A.vararg] = g_.vararg;
      if (recv) {
        rest = g_.vararg;
        locals_[A.vararg] = g_.new_var(A.vararg, A.vararg_loc);
      }
    }
    // Keyword-only parameters (Python 3: after * or *args) follow the positional ones; a call binds
    // them by name only (Annotator::bind_args). Python 2.7 has none: an RPython program is 2.7.
    if (!A.kwonly.empty() && !interp_.sources().py3())
      error(A.kwonly[0].loc,
            "keyword-only parameters (after * in a def) are Python 3 syntax, and this program is Python 2.7 "
            "(RPython's language): make '" +
                A.kwonly[0].name + "' an ordinary parameter, def " + fn_.name + "(..., " + A.kwonly[0].name + "=...)");
    for (auto& a : A.kwonly) {
      Var* v = g_.new_var(a.name, a.loc);
      v->is_param = true;
      g_.params.push_back(v);
      locals_[a.name] = v;
    }
    // **kw: a dict of the keywords no other parameter names, after every other parameter.
    if (!A.kwarg.empty()) {
      Var* v = g_.new_var(A.kwarg, A.kwarg_loc);
      v->is_param = true;
      g_.params.push_back(v);
      g_.kwarg = v;
      locals_[A.kwarg] = v;
    }
    for (size_t i = 0; i < fn_.captured.size(); ++i) {
      const std::string& n = fn_.captured[i];
      Var* v = g_.new_var(n, fn_.loc);
      v->boxed = i < fn_.captured_boxed.size() && fn_.captured_boxed[i];
      v->flagged = v->boxed && i < fn_.captured_flagged.size() && fn_.captured_flagged[i];
      g_.captured.push_back(v);
      locals_[n] = v;
    }
    if (recv) {
      auto one = make(ExprOp::MakeTuple, A.vararg_loc);
      one->args.push_back(local(recv, A.vararg_loc));
      auto all = make(ExprOp::BinOp, A.vararg_loc);
      all->binop = syntax::BinOp::Add;
      all->args.push_back(std::move(one));
      all->args.push_back(local(rest, A.vararg_loc));
      g_.body.push_back(assign_stmt(locals_[A.vararg], std::move(all), A.vararg_loc));
    }
    if (fn_.genexp) {
      genexp_body(*fn_.genexp);
      return;
    }
    if (fn_.lambda) {
      // Python 2 tuple parameters (`lambda (k, v): v`) are unpacked first (a def's body does it).
      for (auto& a : A.args) {
        if (!a.unpack) continue;
        syntax::Bindings sc;
        sc.target(*a.unpack);
        for (auto& n : sc.names)
          if (!locals_.count(n)) locals_[n] = g_.new_var(n, a.loc);
        assign_to(*a.unpack, local(locals_[a.name], a.loc), g_.body);
      }
      auto ret = std::make_unique<ir::Stmt>(StmtOp::Return, fn_.lambda->body->loc);
      ret->exprs.push_back(expr(*fn_.lambda->body));
      g_.body.push_back(std::move(ret));
      return;
    }
    syntax::Bindings scan;
    scan.listcomps_bind = !interp_.sources().py3();
    scan.body(fn_.def->body);
    globals_ = scan.globals;
    for (auto& n : scan.nonlocals) {
      globals_.insert(n), nonlocals_.insert(n);
      const syntax::Stmt* decl = find_nonlocal(fn_.def->body, n, false);
      Loc at = decl ? decl->loc : fn_.loc;
      if (!interp_.sources().py3())
        error(at,
              "'nonlocal' is Python 3 syntax, and this program is Python 2.7 (RPython's language): keep the value in a "
              "mutable container or an instance attribute");
      else if (!(fn_.enclosing && fn_.enclosing->count(n)) && !locals_.count(n) && !frame_cell(n))
        error(at, fn_.closure.empty() ? "no binding for nonlocal '" + n + "' found in a function enclosing " + fn_.name
                                      : "'" + n + "' (nonlocal in " + fn_.name +
                                            ") has no value in its enclosing function's frame when import time ends: assign it "
                                            "before the function is made");
    }
    for (auto& n : scan.names)
      if (!globals_.count(n) && !locals_.count(n)) locals_[n] = g_.new_var(n, {});
    if (fn_.name == "<module>" && fn_.module && fn_.module->script_vars)
      script_entry_block(fn_.def->body, g_.body);
    else
      block(fn_.def->body, g_.body);
    box_late_bound_captures();
  }

 private:
  // Python's closures see a variable's current value, not its value when the def ran. A captured
  // variable bound once, by a statement that runs before the def on every path to it (or a
  // parameter never rebound), is the same either way: captured by value. Any other (bound after
  // the def or not on every path to it, more than once, in a loop, deleted, or rebound by a
  // nested function through `nonlocal`) is boxed: it lives in a cell the closures share.
  void box_late_bound_captures() {
    using Path = std::vector<std::pair<const ir::Block*, size_t>>;  // enclosing blocks and positions
    std::map<const Var*, int> bindings;
    std::map<const Var*, Path> binder;  // a variable's (last) binding statement's position
    std::set<const Var*> in_loop, unplaced;
    std::map<const Var*, Loc> deleted;
    std::vector<std::pair<ir::Expr*, Path>> closures;
    Path path;
    auto bind = [&](const Var* v, int loops, bool placed) {
      ++bindings[v];
      if (loops > 0) in_loop.insert(v);
      if (placed)
        binder[v] = path;
      else
        unplaced.insert(v);
    };
    std::function<void(ir::Expr&, int)> ex;
    std::function<void(ir::Block&, int)> blk = [&](ir::Block& b, int loops) {
      for (size_t i = 0; i < b.size(); ++i) {
        auto& st = b[i];
        path.emplace_back(&b, i);
        int inner = loops + (st->op == StmtOp::While || st->op == StmtOp::For ? 1 : 0);
        bool narrowing = st->op == StmtOp::Assign && st->exprs[0]->op == ExprOp::Narrow;  // the same value
        for (auto& x : st->exprs)
          if (x) ex(*x, loops);
        if (st->var && !narrowing) {
          if (st->op == StmtOp::DelLocal)
            unplaced.insert(st->var), ++bindings[st->var], deleted[st->var] = st->loc;
          else
            bind(st->var, st->op == StmtOp::For ? 1 : loops, st->op == StmtOp::Assign);
        }
        for (auto& h : st->handlers) {
          if (h.var) bind(h.var, loops, false);
          blk(h.body, loops);
        }
        blk(st->body, inner);
        blk(st->orelse, loops);
        blk(st->finalbody, loops);
        path.pop_back();
      }
    };
    ex = [&](ir::Expr& e, int loops) {
      for (auto& a : e.args)
        if (a) ex(*a, loops);
      bool narrowing = e.op == ExprOp::SetLocal && e.args[0]->op == ExprOp::Narrow;
      if ((e.op == ExprOp::SetLocal || e.op == ExprOp::Comp) && e.var && !narrowing) bind(e.var, e.op == ExprOp::Comp ? 1 : loops, false);
      if (e.op == ExprOp::MakeClosure) closures.emplace_back(&e, path);
      blk(e.body, loops + 1);
    };
    blk(g_.body, 0);
    // The binding statement runs before the def on every path to it: its block encloses the def,
    // at an earlier position.
    auto before = [](const Path& bound, const Path& use) {
      if (bound.empty()) return false;
      for (auto& [b, i] : use)
        if (b == bound.back().first) return i > bound.back().second;
      return false;
    };
    for (auto& [c, where] : closures) {
      auto* fo = static_cast<m::FunctionObj*>(c->value.get());
      fo->captured_boxed.assign(c->args.size(), false);
      for (size_t i = 0; i < c->args.size(); ++i) {
        ir::Expr& a = *c->args[i];
        if (a.op != ExprOp::Local || !a.var) continue;
        if (i < fo->captured.size() && fo->captured[i].rfind(kDefaultSlotPrefix, 0) == 0) continue;  // a default: its value now
        Var* v = a.var;
        int n = bindings[v];
        // A parameter, or a variable this function captured itself, is bound on entry.
        bool on_entry = v->is_param || v == g_.self_var || std::find(g_.captured.begin(), g_.captured.end(), v) != g_.captured.end();
        bool by_value = on_entry ? n == 0 : n == 1 && !unplaced.count(v) && before(binder[v], where);
        if (v->boxed || !by_value || in_loop.count(v) || closure_written_.count(v)) {
          v->boxed = true;
          fo->captured_boxed[i] = true;
        }
        if (deleted.count(v) && !interp_.sources().py3() && v->name[0] != '$')
          error(deleted[v], "can not delete variable '" + v->name + "' referenced in nested scope (a SyntaxError in Python 2)");
      }
    }
  }

  void error(Loc l, const std::string& msg) { diags_.error(l, msg); }

  // `/` is true division in Python 3 programs and under `from __future__ import division`.
  BinOp div_meaning(BinOp op) const {
    if (op != BinOp::Div) return op;
    bool future = fn_.module && fn_.module->ast && fn_.module->ast->future_division;
    return future || interp_.sources().py3() ? BinOp::TrueDiv : BinOp::Div;
  }

  Var* temp(Loc l) { return g_.new_var("$t" + std::to_string(++ntemp_), l); }

  // "%(name)s %(n)d" % {"name": s, "n": k}: a constant format whose every conversion names a key
  // of a dict display with constant str keys. Its values may have different types (a dict of
  // them would not be typed): the values are evaluated in order into temporaries, then the
  // format, rewritten with positional conversions, takes a tuple of them in the order it names
  // them (a value named twice is given twice, one never named is still evaluated). Anything
  // else (a `*` width, a conversion without a key, a key the display lacks) is left as it is.
  ExprPtr percent_of_dict_display(const BinOpExpr& b, Loc l) {
    if (b.left->kind != ExprKind::StrLit || b.right->kind != ExprKind::Dict) return nullptr;
    auto* lit = b.left->as<StrLit>();
    if (lit->is_unicode || lit->is_bytes_prefix) return nullptr;
    auto* d = b.right->as<DictExpr>();
    std::map<std::string, size_t> slot;  // key -> index of its (last) entry
    for (size_t i = 0; i < d->keys.size(); ++i) {
      if (!d->keys[i] || d->keys[i]->kind != ExprKind::StrLit) return nullptr;
      auto* k = d->keys[i]->as<StrLit>();
      if (k->is_unicode || k->is_bytes_prefix) return nullptr;
      slot[k->value] = i;
    }
    const std::string& f = lit->value;
    std::string out;
    std::vector<size_t> order;
    for (size_t i = 0; i < f.size();) {
      if (f[i] != '%') {
        out += f[i++];
        continue;
      }
      if (i + 1 < f.size() && f[i + 1] == '%') {
        out += "%%";
        i += 2;
        continue;
      }
      if (i + 1 >= f.size() || f[i + 1] != '(') return nullptr;
      size_t j = i + 2;
      int depth = 1;
      while (j < f.size() && depth > 0) {
        if (f[j] == '(') ++depth;
        if (f[j] == ')') --depth;
        ++j;
      }
      if (depth != 0) return nullptr;
      auto found = slot.find(f.substr(i + 2, j - i - 3));
      if (found == slot.end()) return nullptr;
      order.push_back(found->second);
      out += '%';
      static const std::string conversions = "diouxXeEfFgGcrsa";
      while (j < f.size() && conversions.find(f[j]) == std::string::npos) {
        if (f[j] == '*' || f[j] == '%' || f[j] == '(') return nullptr;
        out += f[j++];
      }
      if (j >= f.size()) return nullptr;
      out += f[j++];
      i = j;
    }
    if (order.empty()) return nullptr;
    auto seq = make(ExprOp::Seq, l);
    std::vector<Var*> vals;
    for (size_t i = 0; i < d->values.size(); ++i) {
      Var* v = temp(d->values[i]->loc);
      seq->args.push_back(set_local(v, expr(*d->values[i]), d->values[i]->loc));
      vals.push_back(v);
    }
    auto tup = make(ExprOp::MakeTuple, b.right->loc);
    for (size_t k : order) tup->args.push_back(local(vals[k], d->values[k]->loc));
    auto r = make(ExprOp::BinOp, l);
    r->binop = BinOp::Mod;
    r->args.push_back(constant(m::make_str(out), b.left->loc));
    r->args.push_back(std::move(tup));
    seq->args.push_back(std::move(r));
    return seq;
  }

  // "{name} v{ver:{w}}".format(**d): a constant format names the keywords it
  // reads, so the mapping gives each one as d['name'] (KeyError: 'name' when d lacks it, as
  // str.format raises; keys it never names are not read). The other keywords must be named
  // ones the format does not take from d. The mapping is evaluated once, after the arguments.
  bool format_dstar(const CallExpr& c, ir::Expr& call, const syntax::Keyword& k, ExprPtr& dstar_first) {
    if (c.func->kind != ExprKind::Attribute) return false;
    auto* fa = c.func->as<AttributeExpr>();
    if (fa->attr != "format" || fa->value->kind != ExprKind::StrLit) return false;
    auto* lit = fa->value->as<StrLit>();
    if (lit->is_bytes_prefix) return false;
    std::vector<std::string> names;
    if (!format_field_names(lit->value, format_dialect(*lit), names)) return false;
    for (const auto& kw : c.keywords)
      if (&kw != &k && (kw.name.empty() || std::find(names.begin(), names.end(), kw.name) != names.end())) return false;
    ExprPtr d = expr(*k.value);
    if (d->op != ExprOp::Local) {
      // The mapping is held in a temporary assigned before the call: the arguments before it are
      // too, in order, unless they only read names.
      auto seq = make(ExprOp::Seq, k.value->loc);
      bool plain =
          std::all_of(c.args.begin(), c.args.end(), [](const syntax::ExprPtr& a) { return dstar_plain_arg(*a); }) &&
          std::all_of(c.keywords.begin(), c.keywords.end() - 1, [](const syntax::Keyword& x) { return dstar_plain_arg(*x.value); });
      for (size_t i = 1; i < call.args.size() && !plain; ++i) {
        Var* t = temp(call.args[i]->loc);
        Loc at = call.args[i]->loc;
        seq->args.push_back(set_local(t, std::move(call.args[i]), at));
        call.args[i] = local(t, at);
      }
      Var* t = temp(k.value->loc);
      seq->args.push_back(set_local(t, std::move(d), k.value->loc));
      d = local(t, k.value->loc);
      dstar_first = std::move(seq);
    }
    for (const auto& n : names) {
      auto item = make(ExprOp::GetItem, k.value->loc);
      item->args.push_back(local(d->var, d->loc));
      item->args.push_back(constant(lit->is_unicode ? m::make_unicode(n) : m::make_str(n), k.value->loc));
      call.kwnames.push_back(n);
      call.args.push_back(std::move(item));
    }
    return true;
  }

  // The keyword names a str.format format reads ({name}, and fields nested in a spec: {x:{width}}),
  // in the order of their first use; false when it is malformed or a field reads an attribute or
  // an item ({p.name}, {k[0]}: left to the call, which refuses **d).
  static bool format_field_names(const std::string& f, FieldDialect d, std::vector<std::string>& names) {
    FormatScan scan = scan_format_string(f, d);
    if (!scan.error.empty()) return false;
    for (const auto& p : scan.pieces) {
      if (!p.present) continue;
      if (!p.name.error.empty() || !p.name.path.empty()) return false;  // an accessor: left to the call
      if (p.name.kind == FieldName::Kind::Keyword && std::find(names.begin(), names.end(), p.name.keyword) == names.end())
        names.push_back(p.name.keyword);
      if (p.spec_nested && !format_field_names(p.spec, d, names)) return false;
    }
    return true;
  }

  FieldDialect format_dialect(const StrLit& lit) const {
    bool py2 = interp_.python() == 2;
    return FieldDialect{py2, !py2 || lit.is_unicode};
  }

  // The fields of a format rewritten by format_with_accessors, in the order str.format reads them.
  struct AccessorFields {
    struct Field {
      size_t arg;  // index into the call's arguments (positional, then keywords)
      std::vector<FieldAccess> path;
    };
    std::vector<Field> fields;
    bool any_access = false, manual = false, automatic = false;
    size_t next_auto = 0;
  };

  // `text` (the format, or a spec with nested fields) with each field, nested ones included,
  // numbered in the order str.format reads it (a field, then the fields of its spec); false when
  // a field is malformed or names an argument the call lacks.
  static bool positional_fields(const std::string& text, FieldDialect d, const CallExpr& c, AccessorFields& st, std::string& out) {
    FormatScan scan = scan_format_string(text, d);
    if (!scan.error.empty()) return false;
    for (const auto& p : scan.pieces) {
      out += format_literal_source(p.literal);
      if (!p.present) continue;
      const FieldName& fn = p.name;
      if (!fn.error.empty()) return false;
      AccessorFields::Field fld{0, fn.path};
      if (fn.kind == FieldName::Kind::Auto) {
        st.automatic = true;
        fld.arg = st.next_auto++;
        if (fld.arg >= c.args.size()) return false;
      } else if (fn.kind == FieldName::Kind::Index) {
        st.manual = true;
        if (fn.index >= static_cast<int64_t>(c.args.size())) return false;
        fld.arg = static_cast<size_t>(fn.index);
      } else {
        size_t kw = c.keywords.size();
        for (size_t q = 0; q < c.keywords.size(); ++q)
          if (c.keywords[q].name == fn.keyword) kw = q;
        if (kw == c.keywords.size()) return false;
        fld.arg = c.args.size() + kw;
      }
      st.any_access = st.any_access || !fn.path.empty();
      FormatPiece plain = p;
      plain.name_text = std::to_string(st.fields.size());
      st.fields.push_back(std::move(fld));
      if (p.spec_nested) {
        plain.spec.clear();
        if (!positional_fields(p.spec, d, c, st, plain.spec)) return false;
      }
      out += format_field_source(plain);
    }
    return true;
  }

  // "{0.x} {1[2]} {p.name:{w}}".format(a, b, p=c, w=8): a constant format whose fields read
  // attributes or items of the arguments. The arguments are evaluated in order into temporaries,
  // then the format, rewritten with plain positional fields (those nested in a spec too), takes
  // the accessors' values in the order of its fields (as str.format reads them, after all the
  // arguments). A field's key in brackets is an int when it is all digits, else a str, as
  // str.format reads it. Anything this does not rewrite (no accessor, manual and automatic
  // numbering mixed, an index or name the call lacks, a malformed format, *args or **kw) is left
  // to the call as it is.
  ExprPtr format_with_accessors(const CallExpr& c, Loc l) {
    if (c.func->kind != ExprKind::Attribute) return nullptr;
    auto* fa = c.func->as<AttributeExpr>();
    if (fa->attr != "format" || fa->value->kind != ExprKind::StrLit) return nullptr;
    auto* lit = fa->value->as<StrLit>();
    if (lit->is_unicode || lit->is_bytes_prefix) return nullptr;
    for (const auto& a : c.args)
      if (a->kind == ExprKind::Starred) return nullptr;
    for (const auto& k : c.keywords)
      if (k.name.empty()) return nullptr;
    AccessorFields st;
    std::string out;
    if (!positional_fields(lit->value, format_dialect(*lit), c, st, out)) return nullptr;
    const auto& fields = st.fields;
    const bool any_access = st.any_access, manual = st.manual, automatic = st.automatic;
    if (!any_access || (manual && automatic)) return nullptr;
    auto seq = make(ExprOp::Seq, l);
    std::vector<Var*> vals;
    auto keep = [&](const syntax::Expr& a) {
      Var* v = temp(a.loc);
      seq->args.push_back(set_local(v, expr(a), a.loc));
      vals.push_back(v);
    };
    for (const auto& a : c.args) keep(*a);
    for (const auto& kw : c.keywords) keep(*kw.value);
    auto call_ = make(ExprOp::Call, l);
    auto method = make(ExprOp::GetAttr, c.func->loc);
    method->attr = "format";
    method->args.push_back(constant(m::make_str(out), fa->value->loc));
    call_->args.push_back(std::move(method));
    for (const auto& fld : fields) {
      ExprPtr v = local(vals[fld.arg], l);
      for (const auto& acc : fld.path) {
        auto r = make(acc.attr ? ExprOp::GetAttr : ExprOp::GetItem, l);
        r->args.push_back(std::move(v));
        if (acc.attr) {
          r->attr = acc.name;
        } else if (acc.int_key) {
          r->args.push_back(constant(m::make_int(acc.index), l));
        } else {
          r->args.push_back(constant(m::make_str(acc.name), l));
        }
        v = std::move(r);
      }
      call_->args.push_back(std::move(v));
    }
    seq->args.push_back(std::move(call_));
    return seq;
  }

  ExprPtr make(ExprOp op, Loc l) { return std::make_unique<ir::Expr>(op, l); }
  ExprPtr constant(m::Ref v, Loc l) {
    auto e = make(ExprOp::Const, l);
    e->value = std::move(v);
    return e;
  }
  ExprPtr local(Var* v, Loc l) {
    auto e = make(ExprOp::Local, l);
    e->var = v;
    return e;
  }
  StmtPtr assign_stmt(Var* v, ExprPtr value, Loc l) {
    auto s = std::make_unique<ir::Stmt>(StmtOp::Assign, l);
    s->var = v;
    s->exprs.push_back(std::move(value));
    return s;
  }
  ExprPtr set_local(Var* v, ExprPtr value, Loc l) {
    auto set = make(ExprOp::SetLocal, l);
    set->var = v;
    set->args.push_back(std::move(value));
    return set;
  }
  ExprPtr call(ExprPtr callee, std::vector<ExprPtr> args, Loc l) {
    auto c = make(ExprOp::Call, l);
    c->args.push_back(std::move(callee));
    for (auto& a : args) c->args.push_back(std::move(a));
    return c;
  }
  ExprPtr builtin(const std::string& name, Loc l) { return constant(interp_.builtins()->attrs.at(name), l); }

  ExprPtr name(const std::string& id, Loc l) {
    // `$builtin.len`: the builtin itself, whatever the program binds to `len` (code rpy writes,
    // such as a lowered match statement's tests)
    if (id.starts_with("$builtin.")) return builtin(id.substr(9), l);
    auto uc = unroll_consts_.find(id);
    if (uc != unroll_consts_.end()) return constant(uc->second, l);  // an unrolled loop's item
    auto it = locals_.find(id);
    if (it != locals_.end()) return local(it->second, l);
    if (fn_.enclosing && fn_.enclosing->count(id)) {
      // A local of the enclosing translated function (closure conversion).
      if (fn_.def && id == fn_.name) {
        if (!g_.self_var) g_.self_var = g_.new_var(id, fn_.loc);
        probe_self_ = true;
        return local(g_.self_var, l);
      }
      probe_captured_.insert(id);
      Var* v = g_.new_var(id, l);  // only reached while probing (captured names are locals)
      locals_[id] = v;
      return local(v, l);
    }
    if (m::Ref h = frame_cell(id)) {
      auto r = make(ExprOp::GetAttr, l);
      r->attr = id;
      r->args.push_back(constant(h, l));
      return r;
    }
    // The enclosing functions' frames (import time) before the module's globals, as Python looks.
    for (auto c = fn_.closure.rbegin(); c != fn_.closure.rend(); ++c) {
      auto x = (*c)->find(id);
      if (x != (*c)->end()) return constant(x->second, l);
    }
    if (is_module_var(id)) {
      auto r = make(ExprOp::GetAttr, l);
      r->attr = id;
      r->args.push_back(constant(fn_.module->script_vars, l));
      r->check_defined = fn_.module->script_unset_vars.count(id) && !surely_assigned_.count(id);
      return r;
    }
    auto& attrs = fn_.module->attrs;
    auto g = attrs.find(id);
    if (g != attrs.end()) return constant(g->second, l);
    auto b = interp_.builtins()->attrs.find(id);
    if (b != interp_.builtins()->attrs.end()) return constant(b->second, l);
    auto undefined = constant(m::none(), l);
    if (!saw_exec_) {  // NameError where the read runs: the annotator reports it if it is reached
      undefined->unbound = true;
      undefined->attr = id;
    }
    return undefined;
  }

  // ---- expressions
  ExprPtr expr(const syntax::Expr& e) {
    switch (e.kind) {
      case ExprKind::Name:
        return name(e.as<NameExpr>()->id, e.loc);
      case ExprKind::IntLit: {
        auto* i = e.as<IntLit>();
        if (i->overflow) error(e.loc, "integer literal " + i->text + " does not fit in a machine word (64 bits)");
        return constant(m::make_int(static_cast<int64_t>(i->value)), e.loc);
      }
      case ExprKind::FloatLit:
        if (e.as<FloatLit>()->imaginary)
          error(e.loc, "complex numbers are not RPython: use a pair of floats (or a class with real and imaginary attributes)");
        return constant(m::make_float(e.as<FloatLit>()->value), e.loc);
      case ExprKind::StrLit: {
        auto* s = e.as<StrLit>();
        if (s->is_bytes_prefix && interp_.sources().py3()) return constant(m::make_bytes(s->value), e.loc);  // bytes_rules.cpp
        return constant(s->is_unicode ? m::make_unicode(s->value) : m::make_str(s->value), e.loc);
      }
      case ExprKind::NoneLit:
        return constant(m::none(), e.loc);
      case ExprKind::BoolLit:
        return constant(m::make_bool(e.as<BoolLit>()->value), e.loc);
      case ExprKind::FString:
        return fstring(*e.as<FStringExpr>());
      case ExprKind::BinOp: {
        auto* b = e.as<BinOpExpr>();
        if (b->op == BinOp::Mod)
          if (ExprPtr r = percent_of_dict_display(*b, e.loc)) return r;
        auto r = make(ExprOp::BinOp, e.loc);
        r->binop = div_meaning(b->op);
        r->args.push_back(expr(*b->left));
        r->args.push_back(expr(*b->right));
        return r;
      }
      case ExprKind::UnaryOp: {
        auto* u = e.as<UnaryOpExpr>();
        // -1, -2.5: constants (so that t[-1] has a constant index, as RPython wants)
        if (u->op == UnaryOp::Neg && u->operand->kind == ExprKind::IntLit && !u->operand->as<IntLit>()->overflow)
          return constant(m::make_int(static_cast<int64_t>(0 - u->operand->as<IntLit>()->value)), e.loc);
        if (u->op == UnaryOp::Neg && u->operand->kind == ExprKind::FloatLit && !u->operand->as<FloatLit>()->imaginary)
          return constant(m::make_float(-u->operand->as<FloatLit>()->value), e.loc);
        auto r = make(u->op == UnaryOp::Not ? ExprOp::Not : ExprOp::UnaryOp, e.loc);
        r->unop = u->op;
        r->args.push_back(expr(*u->operand));
        return r;
      }
      case ExprKind::BoolOp: {
        auto* b = e.as<BoolOpExpr>();
        bool is_and = b->op == BoolOpKind::And;
        auto r = make(is_and ? ExprOp::And : ExprOp::Or, e.loc);
        for (auto& v : b->values) {
          ExprPtr x = expr(*v);
          // `isinstance(x, C) and x.m()`: an operand runs only where the ones before it were true
          // (false for `or`), which narrows their locals.
          if (!r->args.empty()) {
            std::vector<Fact> fs;
            facts(*r->args.back(), is_and, fs);
            x = with_facts(fs, std::move(x));
          }
          r->args.push_back(std::move(x));
        }
        return r;
      }
      case ExprKind::Compare:
        return compare(*e.as<CompareExpr>());
      case ExprKind::NamedExpr:
        return named_expr(*e.as<NamedExpr>());
      case ExprKind::IfExp: {
        auto* i = e.as<IfExpExpr>();
        auto r = make(ExprOp::IfExp, e.loc);
        r->args.push_back(expr(*i->test));
        std::vector<Fact> yes, no;
        facts(*r->args[0], true, yes);
        facts(*r->args[0], false, no);
        r->args.push_back(with_facts(yes, expr(*i->body)));
        r->args.push_back(with_facts(no, expr(*i->orelse)));
        return r;
      }
      case ExprKind::Call: {
        auto* c = e.as<CallExpr>();
        if (auto s = super_call(*c, e.loc)) return s;
        if (auto d = dict_keywords_call(*c, e.loc)) return d;
        if (auto fm = format_with_accessors(*c, e.loc)) return fm;
        auto r = make(ExprOp::Call, e.loc);
        r->args.push_back(expr(*c->func));
        if (c->keywords.empty() && !c->args.empty() && c->args[0]->kind == ExprKind::GeneratorExp)
          for (const char* fn : {"any", "all", "next"})
            if (is_builtin_named(*r->args[0], fn) && (c->args.size() == 1 || (c->args.size() == 2 && fn == std::string("next"))))
              return short_circuit(fn, *c->args[0]->as<CompExpr>(), c->args.size() == 2 ? c->args[1].get() : nullptr, e.loc);
        const bool eager = consumes_at_once(*c, *r->args[0]);
        ExprPtr dstar_first;  // f(**expr): the temporary's assignment, before the call
        ExprPtr star_first;   // f(x, *a, *b): the positional arguments' tuple, before the call
        size_t nstars = 0;
        for (auto& a : c->args) nstars += a->kind == ExprKind::Starred;
        // f(x, *g()) of one of the program's functions: as f(x, *a, y) (annotate needs a local);
        // builtins and classes take f(*expr) as it is (zip(*rows), print(*self.items))
        const bool star_value_local =
            nstars == 1 && c->args.back()->kind == ExprKind::Starred &&
            ((r->args[0]->op == ExprOp::Const && r->args[0]->value && r->args[0]->value->kind != m::ObjKind::Function) || [&] {
              const syntax::Expr& v = *c->args.back()->as<StarredExpr>()->value;
              return (v.kind == ExprKind::Name && locals_.count(v.as<NameExpr>()->id)) || v.kind == ExprKind::Tuple ||
                     v.kind == ExprKind::Subscript;
            }());
        if (nstars > 1 || (nstars == 1 && !star_value_local)) {
          // f(x, *a, y, *b): the positional arguments are one tuple, built in Python's order, as
          // CPython's CALL_FUNCTION_EX receives them. The callee reads its items from a temporary
          // (annotate: f(*t) of a tuple variable), assigned before the call when evaluating the
          // callee after the arguments changes nothing (a name, an attribute of a name).
          Loc sl = e.loc;  // the first *iterable: where annotate blames the tuple
          for (auto& a : c->args)
            if (a->kind == ExprKind::Starred) {
              sl = a->as<StarredExpr>()->value->loc;
              break;
            }
          ExprPtr all = starred_display(ExprKind::Tuple, c->args, 0, sl, true);
          const syntax::Expr& fx = *c->func;
          const bool plain_callee =
              fx.kind == ExprKind::Name || (fx.kind == ExprKind::Attribute && fx.as<AttributeExpr>()->value->kind == ExprKind::Name);
          if (plain_callee || r->args[0]->op == ExprOp::Const) {
            Var* t = temp(sl);
            star_first = set_local(t, std::move(all), sl);
            r->args.push_back(local(t, sl));
          } else {
            r->args.push_back(std::move(all));
          }
          r->star = true;
        }
        for (size_t i = 0; i < c->args.size() && !r->star; ++i) {
          auto& a = c->args[i];
          if (a->kind == ExprKind::Starred) {
            r->star = true;
            r->args.push_back(expr(*a->as<StarredExpr>()->value));
          } else if (eager && i == 0) {
            r->args.push_back(comprehension(*a->as<CompExpr>(), true));
          } else {
            r->args.push_back(expr(*a));
          }
        }
        for (auto& k : c->keywords) {
          // f(**d) of one of the program's functions (its parameters known): the last keyword;
          // annotate binds the parameters left from d (star_args_rules.cpp, spread_dstar_args).
          // A local (a function value, such as the f of `def apply(f, *a, **k): return f(*a, **k)`)
          // too: annotate refuses other kinds of callee.
          if (k.name.empty() && &k == &c->keywords.back() &&
              ((r->args[0]->op == ExprOp::Const && r->args[0]->value && r->args[0]->value->kind == m::ObjKind::Function) ||
               r->args[0]->op == ExprOp::Local) &&
              std::none_of(c->keywords.begin(), c->keywords.end() - 1, [](const syntax::Keyword& x) { return x.name.empty(); })) {
            r->kwnames.push_back("**");
            ExprPtr v = expr(*k.value);
            if (v->op != ExprOp::Local && v->op != ExprOp::Const && !(v->op == ExprOp::GetAttr && v->args[0]->op == ExprOp::Const) &&
                std::all_of(c->args.begin(), c->args.end(), [](const syntax::ExprPtr& a) { return dstar_plain_arg(*a); }) &&
                std::all_of(c->keywords.begin(), c->keywords.end() - 1,
                            [](const syntax::Keyword& x) { return dstar_plain_arg(*x.value); })) {
              // f(**{...}), f(**g()): the mapping, evaluated last of the call's arguments (the
              // others read names), is held in a temporary that annotate reads per parameter
              Var* t = temp(k.value->loc);
              auto set = make(ExprOp::SetLocal, k.value->loc);
              set->var = t;
              set->args.push_back(std::move(v));
              dstar_first = std::move(set);
              v = local(t, k.value->loc);
            }
            r->args.push_back(std::move(v));
            continue;
          }
          if (k.name.empty() && &k == &c->keywords.back() && format_dstar(*c, *r, k, dstar_first)) continue;
          if (k.name.empty()) {
            error(k.loc,
                  "f(**kwargs) is not RPython (the keywords of a call must be known statically); rpy supports it as the last "
                  "argument of a call of one of the program's functions by its name (g(**d)) or through a local variable "
                  "holding one, and in dict(**d): here pass each "
                  "argument by name, f(a=..., b=...)");
            continue;
          }
          r->kwnames.push_back(k.name);
          r->args.push_back(expr(*k.value));
        }
        if (dstar_first || star_first) {
          auto seq = make(ExprOp::Seq, e.loc);
          if (star_first) seq->args.push_back(std::move(star_first));
          if (dstar_first) seq->args.push_back(std::move(dstar_first));
          seq->args.push_back(std::move(r));
          return seq;
        }
        return fold_printed_constants(std::move(r));
      }
      case ExprKind::Attribute: {
        auto* a = e.as<AttributeExpr>();
        if (a->attr == "__class__") {  // x.__class__ is type(x)
          std::vector<ExprPtr> args;
          args.push_back(expr(*a->value));
          return call(builtin("type", e.loc), std::move(args), e.loc);
        }
        auto r = make(ExprOp::GetAttr, e.loc);
        r->attr = a->attr;
        r->args.push_back(expr(*a->value));
        return r;
      }
      case ExprKind::Subscript: {
        auto* s = e.as<SubscriptExpr>();
        if (s->index->kind == ExprKind::Slice) {
          auto* sl = s->index->as<SliceExpr>();
          auto r = make(ExprOp::GetSlice, e.loc);
          r->args.push_back(expr(*s->value));
          r->args.push_back(sl->lower ? expr(*sl->lower) : nullptr);
          r->args.push_back(sl->upper ? expr(*sl->upper) : nullptr);
          r->args.push_back(sl->step ? expr(*sl->step) : nullptr);
          return r;
        }
        auto r = make(ExprOp::GetItem, e.loc);
        r->args.push_back(expr(*s->value));
        r->args.push_back(expr(*s->index));
        return r;
      }
      case ExprKind::Tuple:
      case ExprKind::List:
      case ExprKind::Set: {
        const auto& elts = e.as<SeqExpr>()->elts;
        for (auto& x : elts)
          if (x->kind == ExprKind::Starred) return starred_display(e.kind, elts, 0, e.loc);
        auto r = make(e.kind == ExprKind::Tuple ? ExprOp::MakeTuple : e.kind == ExprKind::List ? ExprOp::MakeList : ExprOp::MakeSet, e.loc);
        for (auto& x : elts) r->args.push_back(expr(*x));
        return r;
      }
      case ExprKind::Dict: {
        // {k: v, **m, k2: v2}: the displays between `**` entries merged with '|' left to right
        // (Python 3.9's dict union: a new dict, later keys win), which keeps Python's order.
        auto* d = e.as<DictExpr>();
        ExprPtr whole;
        auto merge = [&](ExprPtr part, Loc l) {
          if (!whole) {
            whole = std::move(part);
            return;
          }
          auto r = make(ExprOp::BinOp, l);
          r->binop = BinOp::BitOr;
          r->args.push_back(std::move(whole));
          r->args.push_back(std::move(part));
          whole = std::move(r);
        };
        ExprPtr run = make(ExprOp::MakeDict, e.loc);
        for (size_t i = 0; i < d->keys.size(); ++i) {
          if (!d->keys[i]) {
            if (!interp_.sources().py3())
              error(d->values[i]->loc,
                    "dict unpacking ('**') in a display is Python 3 syntax, and this program is Python 2.7 (RPython's language): "
                    "copy the dict and add to it, d = dict(m); d.update(other)");
            merge(std::move(run), e.loc);
            merge(expr(*d->values[i]), d->values[i]->loc);
            run = make(ExprOp::MakeDict, e.loc);
            continue;
          }
          run->args.push_back(expr(*d->keys[i]));
          run->args.push_back(expr(*d->values[i]));
        }
        if (!whole || !run->args.empty()) merge(std::move(run), e.loc);
        return whole;
      }
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
        return comprehension(*e.as<CompExpr>());
      case ExprKind::GeneratorExp:
        return lazy_genexp(*e.as<CompExpr>());
      case ExprKind::Lambda: {
        // A lambda is a function constant (it may not capture locals).
        auto fo = std::make_shared<m::FunctionObj>();
        auto* lam = e.as<LambdaExpr>();
        fo->lambda = lam;
        fo->args = &lam->args;
        fo->name = "<lambda>";
        fo->qualname = g_.name + ".<lambda>";
        fo->module = fn_.module;
        fo->closure = fn_.closure;  // the import-time frames this function sees
        fo->loc = e.loc;
        std::vector<ExprPtr> computed = default_values(*fo, lam->args);
        return closure_value(fo, e.loc, std::move(computed));
      }
      case ExprKind::Yield: {
        auto* y = e.as<YieldExpr>();
        if (y->delegate) {  // statements are lowered by yield_from()
          error(e.loc,
                "the value of 'yield from' (the delegated generator's return value) is not supported; use `yield from` as a statement");
          break;
        }
        auto r = make(ExprOp::Yield, e.loc);
        if (y->value) r->args.push_back(expr(*y->value));
        g_.is_generator = true;
        return r;
      }
      case ExprKind::Slice:
        error(e.loc, "a slice is only allowed inside []");
        break;
      case ExprKind::Starred:
        error(e.loc, "a starred expression is not allowed here");
        break;
    }
    return constant(m::none(), e.loc);
  }

  // Default values of a nested def or lambda, evaluated where the def runs, left to right
  // (positional, then keyword-only, as Python does). A constant is the function's default; any
  // other value is returned, to be held in the closure's environment (closure_value), and
  // fo.default_slots / kwonly_default_slots name its slot there.
  std::vector<ExprPtr> default_values(m::FunctionObj& fo, const syntax::Arguments& A) {
    std::vector<ExprPtr> computed;
    auto one = [&](const syntax::Expr& e, int& slot) -> m::Ref {
      auto x = expr(e);
      if (x->op == ExprOp::Const) return x->value;
      slot = static_cast<int>(computed.size());  // made absolute by closure_value
      computed.push_back(std::move(x));
      return m::none();
    };
    for (auto& a : A.args)
      if (a.default_value) {
        int slot = -1;
        fo.defaults.push_back(one(*a.default_value, slot));
        fo.default_slots.push_back(slot);
      }
    for (auto& a : A.kwonly)
      if (a.default_value) {
        int slot = -1;
        fo.kwonly_defaults[a.name] = one(*a.default_value, slot);
        if (slot >= 0) fo.kwonly_default_slots[a.name] = slot;
      }
    if (computed.empty()) fo.default_slots.clear();
    return computed;
  }

  ExprPtr compare(const CompareExpr& c) {
    // a < b < c  ->  (a < ($t = b)) and ($t < c)
    ExprPtr left = expr(*c.left);
    std::vector<ExprPtr> parts;
    for (size_t i = 0; i < c.ops.size(); ++i) {
      ExprPtr right = expr(*c.comparators[i]);
      Var* t = nullptr;
      if (i + 1 < c.ops.size() && right->op != ExprOp::Const && right->op != ExprOp::Local) {
        t = temp(right->loc);
        auto set = make(ExprOp::SetLocal, right->loc);
        set->var = t;
        set->args.push_back(std::move(right));
        right = std::move(set);
      }
      ExprPtr next;
      if (i + 1 < c.ops.size()) {
        const ir::Expr& r = *right;
        next = t ? local(t, r.loc) : clone_simple(r);
      }
      auto cmp = make(ExprOp::Compare, c.loc);
      cmp->cmp = c.ops[i];
      cmp->args.push_back(std::move(left));
      cmp->args.push_back(std::move(right));
      parts.push_back(std::move(cmp));
      left = std::move(next);
    }
    if (parts.size() == 1) return std::move(parts[0]);
    auto a = make(ExprOp::And, c.loc);
    a->args = std::move(parts);
    return a;
  }
  ExprPtr clone_simple(const ir::Expr& e) {
    if (e.op == ExprOp::Const) return constant(e.value, e.loc);
    return local(e.var, e.loc);
  }

  ExprPtr fstring(const FStringExpr& f) {
    auto r = make(ExprOp::FString, f.loc);
    for (auto& p : f.parts) {
      if (!p.expr) {
        r->args.push_back(constant(m::make_str(p.literal), f.loc));
        r->conversions.push_back(0);
        r->specs.push_back("");
        continue;
      }
      auto* fs = p.format_spec ? p.format_spec->as<FStringExpr>() : nullptr;
      bool runtime_spec = fs && std::any_of(fs->parts.begin(), fs->parts.end(), [](const auto& sp) { return sp.expr != nullptr; });
      if (runtime_spec) {
        // f"{x!r:>{w}}": the spec is itself an f-string, known at run time: format(repr(x), spec),
        // the value evaluated before the spec's fields, as Python does.
        ExprPtr v = expr(*p.expr);
        if (p.conversion) {
          const char* fn = p.conversion == 'r' ? "repr" : p.conversion == 'a' ? "ascii" : "str";
          std::vector<ExprPtr> one;
          one.push_back(std::move(v));
          v = call(builtin(fn, p.expr->loc), std::move(one), p.expr->loc);
        }
        std::vector<ExprPtr> two;
        two.push_back(std::move(v));
        two.push_back(fstring(*fs));
        r->args.push_back(call(builtin("format", p.expr->loc), std::move(two), p.expr->loc));
        r->conversions.push_back(0);
        r->specs.push_back("");
        continue;
      }
      r->args.push_back(expr(*p.expr));
      r->conversions.push_back(p.conversion);  // 0: none (format(x, spec)); 's', 'r', 'a'
      std::string spec;
      if (fs)
        for (auto& sp : fs->parts) spec += sp.literal;
      r->specs.push_back(spec);
    }
    return r;
  }

  // `(x := v)`: a local is set by an expression (and narrowing sees it); a script's module
  // variable, a frame cell or a name that cannot be assigned goes through the assignment's own
  // statements, in a statement expression whose value is v.
  ExprPtr named_expr(const syntax::NamedExpr& n) {
    if (!interp_.sources().py3())
      error(n.loc,
            "assignment expressions (':=') are Python 3.8 syntax, and this program is Python 2.7 (RPython's language): assign in a "
            "statement before the test");
    ExprPtr v = expr(*n.value);
    auto it = locals_.find(n.target);
    if (it != locals_.end() && !frame_cell(n.target)) {
      auto set = make(ExprOp::SetLocal, n.loc);
      set->var = it->second;
      set->args.push_back(std::move(v));
      return set;
    }
    auto r = make(ExprOp::Comp, n.loc);
    Var* t = temp(n.loc);
    r->var = t;
    r->body.push_back(assign_stmt(t, std::move(v), n.loc));
    NameExpr target(n.target, n.target_loc);
    assign_to(target, local(t, n.loc), r->body);
    return r;
  }

  // The loops and conditions of a comprehension, with its variables in scope: returns the block
  // where each item is produced (the innermost one). `loops` gets each `for` statement's body,
  // outermost first. Call end_comprehension_scope(saved) after lowering the item.
  // `first`: the first iterable, already evaluated (a generator expression's parameter).
  Block* comprehension_loops(const CompExpr& c, Block* cur, std::vector<std::pair<std::string, Var*>>& saved,
                             std::vector<ir::Stmt*>* loops = nullptr, ExprPtr first = nullptr) {
    // Comprehension variables get their own Vars (Python 3 scoping), except a Python 2 list
    // comprehension's: they are the function's locals, assigned by the loop (they leak).
    bool leaks = c.kind == ExprKind::ListComp && !interp_.sources().py3();
    for (auto& gen : c.generators) {
      auto f = std::make_unique<ir::Stmt>(StmtOp::For, gen.target->loc);
      f->exprs.push_back(first ? std::move(first) : expr(*gen.iter));
      if (leaks)
        leaked_targets(*gen.target);
      else
        shadow_targets(*gen.target, saved);
      for_target(*gen.target, *f);
      Block* inner = &f->body;
      if (loops) loops->push_back(f.get());
      cur->push_back(std::move(f));
      cur = inner;
      for (auto& cond : gen.ifs) {
        auto i = std::make_unique<ir::Stmt>(StmtOp::If, cond->loc);
        i->exprs.push_back(decided_test(expr(*cond)));
        // `[r.side for r in shapes if isinstance(r, Square)]`: the condition narrows what follows
        // it in the comprehension, as an if statement narrows its body.
        std::vector<Fact> yes;
        facts(*i->exprs[0], true, yes);
        add_facts(yes, i->body, cond->loc);
        Block* b = &i->body;
        cur->push_back(std::move(i));
        cur = b;
      }
    }
    return cur;
  }
  void end_comprehension_scope(std::vector<std::pair<std::string, Var*>>& saved) {
    for (auto it = saved.rbegin(); it != saved.rend(); ++it) {
      if (it->second)
        locals_[it->first] = it->second;
      else
        locals_.erase(it->first);
    }
  }

  // A list, set or dict comprehension, or (`consumed`) a generator expression whose consumer takes
  // every item at once and nothing runs between them (consumes_at_once): built as a list.
  ExprPtr comprehension(const CompExpr& c, bool consumed = false) {
    auto r = make(ExprOp::Comp, c.loc);
    Var* result = temp(c.loc);
    r->var = result;
    ExprOp ctor = c.kind == ExprKind::ListComp || c.kind == ExprKind::GeneratorExp ? ExprOp::MakeList
                  : c.kind == ExprKind::SetComp                                    ? ExprOp::MakeSet
                                                                                   : ExprOp::MakeDict;
    r->body.push_back(assign_stmt(result, make(ctor, c.loc), c.loc));
    std::vector<std::pair<std::string, Var*>> saved;
    std::vector<ir::Stmt*> loops;
    Block* cur = comprehension_loops(c, &r->body, saved, &loops);
    auto add = make(ExprOp::GetAttr, c.loc);
    add->args.push_back(local(result, c.loc));
    if (c.kind == ExprKind::DictComp) {
      auto s = std::make_unique<ir::Stmt>(StmtOp::SetItem, c.loc);
      s->exprs.push_back(local(result, c.loc));
      s->exprs.push_back(expr(*c.elt));
      s->exprs.push_back(expr(*c.value));
      cur->push_back(std::move(s));
    } else {
      add->attr = c.kind == ExprKind::SetComp ? "add" : "append";
      std::vector<ExprPtr> args;
      args.push_back(expr(*c.elt));
      auto st = std::make_unique<ir::Stmt>(StmtOp::ExprStmt, c.loc);
      st->exprs.push_back(call(std::move(add), std::move(args), c.loc));
      cur->push_back(std::move(st));
    }
    end_comprehension_scope(saved);
    if (consumed) stop_guard(*loops[0], c.loc);  // after the body is complete: it moves it
    return r;
  }

  // A display with starred items, [a, *b, c], {a, *b}, (a, *b), from elts[first] on (also the
  // positional arguments of f(x, *a, y)), in Python's order: each item or iterable evaluated in
  // turn and consumed at once. A list or set is built as CPython builds it (BUILD_LIST/BUILD_SET
  // of the leading items, then LIST_EXTEND/SET_UPDATE and LIST_APPEND/SET_ADD: the same
  // insertions, so a set's table and order are CPython's); a tuple is the concatenation of its
  // parts, each starred part tuple(iterable).
  ExprPtr starred_display(syntax::ExprKind kind, const std::vector<syntax::ExprPtr>& elts, size_t first, Loc l, bool call_args = false) {
    const bool py3_form =
        !call_args || std::count_if(elts.begin(), elts.end(), [](const syntax::ExprPtr& x) { return x->kind == ExprKind::Starred; }) > 1 ||
        elts.back()->kind != ExprKind::Starred;
    if (py3_form && !interp_.sources().py3())
      error(l,
            "unpacking ('*') in a display, or more than one *iterable in a call, is Python 3 syntax, and this program is "
            "Python 2.7 (RPython's language): concatenate, a + list(b) or t1 + tuple(b)");
    auto starred = [](const syntax::Expr& x) { return x.kind == ExprKind::Starred ? x.as<StarredExpr>()->value.get() : nullptr; };
    if (kind == ExprKind::Tuple) {
      ExprPtr whole;
      ExprPtr run;
      auto append = [&](ExprPtr part, Loc pl) {
        if (!whole) {
          whole = std::move(part);
          return;
        }
        auto r = make(ExprOp::BinOp, pl);
        r->binop = BinOp::Add;
        r->args.push_back(std::move(whole));
        r->args.push_back(std::move(part));
        whole = std::move(r);
      };
      for (size_t i = first; i < elts.size(); ++i) {
        if (const syntax::Expr* v = starred(*elts[i])) {
          if (run) append(std::move(run), l);
          std::vector<ExprPtr> args;
          args.push_back(expr(*v));
          append(call(builtin("tuple", elts[i]->loc), std::move(args), elts[i]->loc), elts[i]->loc);
        } else {
          if (!run) run = make(ExprOp::MakeTuple, elts[i]->loc);
          run->args.push_back(expr(*elts[i]));
        }
      }
      if (run) append(std::move(run), l);
      return whole;
    }
    const bool list = kind == ExprKind::List;
    auto r = make(ExprOp::Comp, l);
    Var* result = temp(l);
    r->var = result;
    auto ctor = make(list ? ExprOp::MakeList : ExprOp::MakeSet, l);
    size_t i = first;
    for (; i < elts.size() && !starred(*elts[i]); ++i) ctor->args.push_back(expr(*elts[i]));
    r->body.push_back(assign_stmt(result, std::move(ctor), l));
    for (; i < elts.size(); ++i) {
      const syntax::Expr* v = starred(*elts[i]);
      auto method = make(ExprOp::GetAttr, elts[i]->loc);
      method->args.push_back(local(result, elts[i]->loc));
      method->attr = v ? (list ? "extend" : "update") : (list ? "append" : "add");
      std::vector<ExprPtr> args;
      args.push_back(expr(v ? *v : *elts[i]));
      if (v && list) {  // list.extend takes a list in RPython: extend(list(iterable))
        auto conv = call(builtin("list", elts[i]->loc), std::move(args), elts[i]->loc);
        args.clear();
        args.push_back(std::move(conv));
      }
      auto st = std::make_unique<ir::Stmt>(StmtOp::ExprStmt, elts[i]->loc);
      st->exprs.push_back(call(std::move(method), std::move(args), elts[i]->loc));
      r->body.push_back(std::move(st));
    }
    return r;
  }

  // A generator expression is lazy: Python evaluates its first iterable where the expression is,
  // and the rest (the items, the conditions, the inner iterables) only as a consumer asks for each
  // item. Lowered to what Python makes of it: a nested generator function closed over the
  // enclosing locals (FunctionObj::genexp; its body is lowered by run()), called with the first
  // iterable.
  ExprPtr lazy_genexp(const CompExpr& c) {
    if (const syntax::Expr* w = named_expr_in(c))
      error(w->loc,
            "an assignment expression (':=') in a generator expression that is not consumed at once is not supported: "
            "assign in a statement, or build a list comprehension");
    auto fo = std::make_shared<m::FunctionObj>();
    fo->genexp = &c;
    fo->args = &genexp_arguments();
    fo->name = "<genexpr>";
    fo->qualname = g_.name + ".<genexpr>";
    fo->module = fn_.module;
    fo->closure = fn_.closure;  // the import-time frames this function sees
    fo->loc = c.loc;
    ExprPtr fn = closure_value(fo, c.loc);
    std::vector<ExprPtr> args;
    args.push_back(expr(*c.generators[0].iter));
    return call(std::move(fn), std::move(args), c.loc);
  }
  // The parameter list of every generator expression's function: the first iterable.
  static const syntax::Arguments& genexp_arguments() {
    static const syntax::Arguments* a = [] {
      auto* r = new syntax::Arguments();
      r->args.emplace_back();
      r->args.back().name = ".0";
      return r;
    }();
    return *a;
  }
  // The body of a generator expression's function (run()): its loops over the parameter, each
  // item yielded.
  void genexp_body(const CompExpr& c) {
    g_.is_generator = true;
    std::vector<std::pair<std::string, Var*>> saved;
    Block* cur = comprehension_loops(c, &g_.body, saved, nullptr, local(g_.params[0], c.loc));
    auto y = make(ExprOp::Yield, c.elt->loc);
    y->args.push_back(expr(*c.elt));
    auto st = std::make_unique<ir::Stmt>(StmtOp::ExprStmt, c.elt->loc);
    st->exprs.push_back(std::move(y));
    cur->push_back(std::move(st));
    end_comprehension_scope(saved);
  }
  // An assignment expression a comprehension's own code holds (not one of a lambda in it): it
  // binds in the enclosing function, which a lazily run generator cannot do here.
  static const syntax::Expr* named_expr_in(const CompExpr& c) {
    const syntax::Expr* found = nullptr;
    std::function<void(const syntax::Expr&)> walk = [&](const syntax::Expr& x) {
      if (found) return;
      if (x.kind == ExprKind::NamedExpr) {
        found = &x;
        return;
      }
      if (x.kind == ExprKind::ListComp || x.kind == ExprKind::SetComp || x.kind == ExprKind::DictComp || x.kind == ExprKind::GeneratorExp) {
        auto* cx = x.as<CompExpr>();
        for (auto& g : cx->generators) {
          walk(*g.iter);
          for (auto& i : g.ifs) walk(*i);
        }
        walk(*cx->elt);
        if (cx->value) walk(*cx->value);
        return;
      }
      if (x.kind == ExprKind::NamedExpr) return;
      syntax::for_each_plain_child(x, walk);
    };
    for (size_t i = 0; i < c.generators.size(); ++i) {  // the first iterable is evaluated outside
      if (i) walk(*c.generators[i].iter);
      for (auto& x : c.generators[i].ifs) walk(*x);
    }
    walk(*c.elt);
    return found;
  }
  // A call that takes every item of its generator-expression argument at once, with nothing of the
  // program running between two items: list(g), tuple(g), sorted(g[, key=f][, reverse=b]),
  // sum(g[, number]), "sep".join(g). Building the items as a list first prints the same (sorted()
  // makes a list before it calls key; sum() adds numbers only: sum_rules). The argument is then
  // lowered as a list comprehension guarded as a generator is (stop_guard).
  bool consumes_at_once(const CallExpr& c, const ir::Expr& callee) const {
    if (c.args.empty() || c.args[0]->kind != ExprKind::GeneratorExp) return false;
    for (auto& a : c.args)
      if (a->kind == ExprKind::Starred) return false;
    auto simple = [](const syntax::Expr& x) {  // evaluating it runs none of the program's code
      switch (x.kind) {
        case ExprKind::Name:
        case ExprKind::IntLit:
        case ExprKind::FloatLit:
        case ExprKind::NoneLit:
        case ExprKind::BoolLit:
        case ExprKind::Lambda:
          return true;
        case ExprKind::UnaryOp:
          return x.as<UnaryOpExpr>()->op == UnaryOp::Neg &&
                 (x.as<UnaryOpExpr>()->operand->kind == ExprKind::IntLit || x.as<UnaryOpExpr>()->operand->kind == ExprKind::FloatLit);
        default:
          return false;
      }
    };
    if (is_builtin_named(callee, "list") || is_builtin_named(callee, "tuple")) return c.args.size() == 1 && c.keywords.empty();
    if (is_builtin_named(callee, "sorted")) {
      if (c.args.size() != 1) return false;
      for (auto& k : c.keywords)
        if (k.name.empty() || !simple(*k.value)) return false;
      return true;
    }
    if (is_builtin_named(callee, "sum"))
      return c.keywords.empty() && (c.args.size() == 1 || (c.args.size() == 2 && c.args[1]->kind != ExprKind::Name && simple(*c.args[1])));
    if (callee.op == ExprOp::GetAttr && callee.attr == "join" && callee.args[0]->op == ExprOp::Const &&
        (callee.args[0]->value->kind == m::ObjKind::Str || callee.args[0]->value->kind == m::ObjKind::Unicode))
      return c.args.size() == 1 && c.keywords.empty();
    return false;
  }
  // The items of a generator expression computed in place (a consumer that takes them at once,
  // any/all/next) still behave as the generator's: a StopIteration escaping one of them (a next()
  // that ran dry) ends the items in Python 2 and is RuntimeError in Python 3 (PEP 479). The body of
  // the outermost loop (everything but the first iterable, which Python evaluates outside the
  // generator) goes into a try for it; the try is transparent (no handler scope, no cost per item).
  void stop_guard(ir::Stmt& outer, Loc l) {
    auto t = std::make_unique<ir::Stmt>(StmtOp::Try, l);
    t->transparent = true;
    t->body = std::move(outer.body);
    ir::Handler h;
    h.loc = l;
    h.classes.push_back(builtin("StopIteration", l));
    if (interp_.sources().py3()) {
      auto raise = std::make_unique<ir::Stmt>(StmtOp::Raise, l);
      std::vector<ExprPtr> msg;
      msg.push_back(constant(m::make_str("generator raised StopIteration"), l));
      raise->exprs.push_back(call(builtin("RuntimeError", l), std::move(msg), l));
      h.body.push_back(std::move(raise));
    } else {
      h.body.push_back(std::make_unique<ir::Stmt>(StmtOp::Break, l));
    }
    t->handlers.push_back(std::move(h));
    outer.body.clear();
    outer.body.push_back(std::move(t));
  }

  // any(E for ...), all(E for ...), next(E for ...[, default]): a generator expression is lazy, so
  // these stop at the item that decides (later items are never computed: their calls, their
  // exceptions, `(x := v)` in them). The loops run in a statement expression whose value is
  // $r; leaving them sets $done, which each enclosing loop of the comprehension tests.
  ExprPtr short_circuit(const std::string& fn, const CompExpr& c, const syntax::Expr* dflt, Loc l) {
    auto r = make(ExprOp::Comp, l);
    Var* result = temp(l);
    r->var = result;
    auto set = [&](Var* v, ExprPtr x, Block& b) { b.push_back(assign_stmt(v, std::move(x), l)); };
    auto boolean = [&](bool v) { return constant(m::make_bool(v), l); };
    // any() leaves with True and all() with False, so their result tells whether they left; only
    // next() needs a flag ($done).
    Var* done = fn == "next" ? temp(l) : nullptr;
    Var* left = done ? done : result;
    if (done)
      set(done, boolean(false), r->body);
    else
      set(result, boolean(fn == "all"), r->body);
    std::vector<std::pair<std::string, Var*>> saved;
    std::vector<ir::Stmt*> loops;
    Block* cur = comprehension_loops(c, &r->body, saved, &loops);
    Block* leave = cur;
    if (fn != "next") {
      // any: leave at the first true item; all: at the first false one
      ExprPtr test = expr(*c.elt);
      if (fn == "all") {
        auto n = make(ExprOp::Not, l);
        n->args.push_back(std::move(test));
        test = std::move(n);
      }
      auto i = std::make_unique<ir::Stmt>(StmtOp::If, c.elt->loc);
      i->exprs.push_back(decided_test(std::move(test)));
      leave = &i->body;
      cur->push_back(std::move(i));
      set(result, boolean(fn == "any"), *leave);
    } else {
      set(result, expr(*c.elt), *leave);
      set(done, boolean(true), *leave);
    }
    end_comprehension_scope(saved);
    leave->push_back(std::make_unique<ir::Stmt>(StmtOp::Break, l));
    for (size_t k = 0; k + 1 < loops.size(); ++k) {  // the outer loops stop too
      auto i = std::make_unique<ir::Stmt>(StmtOp::If, l);
      ExprPtr t = local(left, l);
      if (fn == "all") {
        auto n = make(ExprOp::Not, l);
        n->args.push_back(std::move(t));
        t = std::move(n);
      }
      i->exprs.push_back(std::move(t));
      i->body.push_back(std::make_unique<ir::Stmt>(StmtOp::Break, l));
      loops[k]->body.push_back(std::move(i));
    }
    stop_guard(*loops[0], l);
    if (fn == "next") {  // nothing produced: the default, or StopIteration
      auto i = std::make_unique<ir::Stmt>(StmtOp::If, l);
      auto nd = make(ExprOp::Not, l);
      nd->args.push_back(local(done, l));
      i->exprs.push_back(std::move(nd));
      if (dflt) {
        set(result, expr(*dflt), i->body);
      } else {
        auto raise = std::make_unique<ir::Stmt>(StmtOp::Raise, l);
        raise->exprs.push_back(call(builtin("StopIteration", l), {}, l));
        i->body.push_back(std::move(raise));
      }
      r->body.push_back(std::move(i));
    }
    return r;
  }
  // A lambda's scope is not scanned ahead (syntax::Bindings): its list comprehension's variables
  // become its locals here.
  void leaked_targets(const syntax::Expr& t) {
    syntax::Bindings b;
    b.target(t);
    for (auto& n : b.names)
      if (!locals_.count(n) && !globals_.count(n)) locals_[n] = g_.new_var(n, t.loc);
  }
  void shadow_targets(const syntax::Expr& t, std::vector<std::pair<std::string, Var*>>& saved) {
    if (t.kind == ExprKind::Name) {
      const auto& n = t.as<NameExpr>()->id;
      auto it = locals_.find(n);
      saved.emplace_back(n, it == locals_.end() ? nullptr : it->second);
      locals_[n] = g_.new_var(n, t.loc);
    } else if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List) {
      for (auto& x : t.as<SeqExpr>()->elts) shadow_targets(*x, saved);
    }
  }

  // A display of constants, as the object import-time evaluation would build (null if not constant).
  m::Ref constant_display(const ir::Expr& e) {
    if (e.op == ExprOp::Const) return e.value;
    if (e.op != ExprOp::MakeList && e.op != ExprOp::MakeTuple) return nullptr;
    std::vector<m::Ref> items;
    for (auto& a : e.args) {
      m::Ref v = a ? constant_display(*a) : nullptr;
      if (!v) return nullptr;
      items.push_back(v);
    }
    if (e.op == ExprOp::MakeTuple) return m::make_tuple(items);
    auto l = std::make_shared<m::ListObj>();
    l->items = std::move(items);
    return l;
  }
  // Whether a constant list holds values that RPython could not give one item type.
  static int category(const m::Ref& v) {
    switch (v->kind) {
      case m::ObjKind::Bool:
      case m::ObjKind::Int:
      case m::ObjKind::Float:
        return 1;
      case m::ObjKind::Str:
        return 2;
      case m::ObjKind::Unicode:
        return 3;
      case m::ObjKind::None:
        return 4;
      case m::ObjKind::List:
        return 5;
      case m::ObjKind::Tuple:
        return 6 + static_cast<int>(v->as<m::TupleObj>()->items.size());
      default:
        return 100;
    }
  }
  static bool heterogeneous(const m::Ref& v) {
    if (v->kind == m::ObjKind::Tuple) {
      for (auto& x : v->as<m::TupleObj>()->items)
        if (heterogeneous(x)) return true;
      return false;
    }
    if (v->kind != m::ObjKind::List) return false;
    auto& items = v->as<m::ListObj>()->items;
    for (auto& x : items)
      if (category(x) != category(items[0]) || heterogeneous(x)) return true;
    return false;
  }
  // dict(a=1, b=x) and dict(pos, a=1, ...): Python evaluates the positional argument, then the
  // keyword values left to right, builds the dict from the positional argument and then stores
  // the keywords in order (dict_update_common: merging the call's keyword dict). Lowered to
  //   ($p = pos; $kw = {'a': 1, ...}; $d = dict($p); $d.update($kw); $d)
  // and without a positional argument to dict({'a': 1, ...}): a copy of the keyword dict, as
  // CPython 2.7 builds it (its slot order is the copy's; $kw is not presized, like the call's
  // keyword dict). The value type is the union of the values', as for a display; keys are str.
  // `**mapping` (Python 3), after the explicit keywords: CPython merges each mapping into the
  // keyword dict in turn, raising TypeError for a key that is not a str or one it already holds;
  // lowered to `$kw = _rpy_call.double_star('dict', $kw, mapping)` (lib/std/_rpy_call.py).
  // Python 2.7: `dict(**d)` alone is dict(d) (ext_do_call passes a dict as the keyword dict
  // itself, which dict_init merges; keys of any type); with other arguments the keyword dict is a
  // copy of d holding the explicit keywords too (below).
  ExprPtr dict_keywords_call(const CallExpr& c, Loc l) {
    if (c.keywords.empty() || c.func->kind != ExprKind::Name || c.func->as<NameExpr>()->id != "dict") return nullptr;
    size_t nstar = 0;
    for (size_t i = 0; i < c.keywords.size(); ++i)
      if (c.keywords[i].name.empty())
        ++nstar;
      else if (nstar)
        return nullptr;  // a keyword after **mapping
    const bool py3 = interp_.sources().py3();
    if (nstar && !py3 && nstar != 1) return nullptr;
    if (c.args.size() > 1 || (c.args.size() == 1 && c.args[0]->kind == ExprKind::Starred)) return nullptr;
    m::Ref merge;
    if (nstar) {
      try {
        merge = interp_.get_attr_or_null(interp_.loader().import_module("_rpy_call", l), py3 ? "double_star" : "keyword_into2", l);
      } catch (const m::PyException&) {
      } catch (const m::EvalError&) {
      }
      if (!merge) return nullptr;
    }
    ExprPtr callee = expr(*c.func);
    if (callee->op != ExprOp::Const || callee->value.get() != interp_.builtins()->attrs.at("dict").get()) return nullptr;
    if (nstar && !py3 && c.keywords.size() == 1 && c.args.empty()) {  // dict(**d): dict(d)
      std::vector<ExprPtr> args;
      args.push_back(expr(*c.keywords[0].value));
      return call(std::move(callee), std::move(args), l);
    }
    auto seq = make(ExprOp::Seq, l);
    Var* p = nullptr;
    if (!c.args.empty()) {
      p = temp(c.args[0]->loc);
      auto set = make(ExprOp::SetLocal, c.args[0]->loc);
      set->var = p;
      set->args.push_back(expr(*c.args[0]));
      seq->args.push_back(std::move(set));
    }
    auto kw = make(ExprOp::MakeDict, l);
    kw->attr = "$kwargs";
    if (py3) {
      for (auto& k : c.keywords) {
        if (k.name.empty()) continue;
        kw->args.push_back(constant(m::make_str(k.name), k.loc));
        kw->args.push_back(expr(*k.value));
      }
      if (nstar) {
        Var* kv = temp(l);
        seq->args.push_back(set_local(kv, std::move(kw), l));
        for (auto& k : c.keywords) {
          if (!k.name.empty()) continue;
          std::vector<ExprPtr> margs;
          margs.push_back(constant(m::make_str("dict"), k.loc));
          margs.push_back(local(kv, k.loc));
          margs.push_back(expr(*k.value));
          seq->args.push_back(set_local(kv, call(constant(merge, k.loc), std::move(margs), k.loc), k.loc));
        }
        kw = local(kv, l);
      }
    } else {
      // CPython 2.7 evaluates the values left to right onto its stack, then pops them into the
      // keyword dict: the last keyword is inserted first (ceval.c update_keyword_args), which
      // decides the slot order of colliding keys.
      std::vector<std::pair<Var*, const syntax::Keyword*>> vals;
      for (auto& k : c.keywords) {
        if (k.name.empty()) continue;
        Var* v = temp(k.value->loc);
        auto set = make(ExprOp::SetLocal, k.value->loc);
        set->var = v;
        set->args.push_back(expr(*k.value));
        seq->args.push_back(std::move(set));
        vals.emplace_back(v, &k);
      }
      if (nstar) {
        // dict(..., k=v, **d): the mapping is evaluated last; the keyword dict is a copy of it
        // into which the keywords go, last first, a key d holds being a TypeError (ceval.c
        // ext_do_call, update_keyword_args): `$kw = dict(d); _rpy_call.keyword_into2($kw, 'k', $v)`.
        const syntax::Keyword& k = c.keywords.back();
        Var* kv = temp(l);
        std::vector<ExprPtr> copy_args;
        copy_args.push_back(expr(*k.value));
        seq->args.push_back(set_local(kv, call(expr(*c.func), std::move(copy_args), k.loc), k.loc));
        for (auto it = vals.rbegin(); it != vals.rend(); ++it) {
          std::vector<ExprPtr> iargs;
          iargs.push_back(local(kv, it->second->loc));
          iargs.push_back(constant(m::make_str(it->second->name), it->second->loc));
          iargs.push_back(local(it->first, it->second->value->loc));
          seq->args.push_back(call(constant(merge, it->second->loc), std::move(iargs), it->second->loc));
        }
        kw = local(kv, l);
      } else {
        for (auto it = vals.rbegin(); it != vals.rend(); ++it) {
          kw->args.push_back(constant(m::make_str(it->second->name), it->second->loc));
          kw->args.push_back(local(it->first, it->second->value->loc));
        }
      }
    }
    if (!p) {
      std::vector<ExprPtr> args;
      args.push_back(std::move(kw));
      ExprPtr r = call(std::move(callee), std::move(args), l);
      if (seq->args.empty()) return r;
      seq->args.push_back(std::move(r));
      return seq;
    }
    Var* kv = temp(l);
    auto setkw = make(ExprOp::SetLocal, l);
    setkw->var = kv;
    setkw->args.push_back(std::move(kw));
    seq->args.push_back(std::move(setkw));
    Var* d = temp(l);
    auto setd = make(ExprOp::SetLocal, l);
    setd->var = d;
    std::vector<ExprPtr> args;
    args.push_back(local(p, c.args[0]->loc));
    setd->args.push_back(call(std::move(callee), std::move(args), l));
    seq->args.push_back(std::move(setd));
    auto upd = make(ExprOp::GetAttr, l);
    upd->attr = "update";
    upd->args.push_back(local(d, l));
    std::vector<ExprPtr> uargs;
    uargs.push_back(local(kv, l));
    seq->args.push_back(call(std::move(upd), std::move(uargs), l));
    seq->args.push_back(local(d, l));
    return seq;
  }

  // rpy goes beyond RPython here (RPYTHON.md section 5): `print [1, 'a']` and `repr([1, "a"])`
  // of a display of constants whose items have no common type are folded into the string that
  // Python prints, at translation time.
  ExprPtr fold_printed_constants(ExprPtr c) {
    if (c->op != ExprOp::Call || c->args.empty() || c->args[0]->op != ExprOp::Const || c->args[0]->value->kind != m::ObjKind::Builtin)
      return c;
    const std::string& fn = c->args[0]->value->as<m::BuiltinObj>()->name;
    size_t npos = c->args.size() - c->kwnames.size();
    if (fn == "print") {
      for (size_t i = 1; i < npos; ++i) {
        m::Ref v = constant_display(*c->args[i]);
        if (!v || !heterogeneous(v)) continue;
        Loc l = c->args[i]->loc;
        if (c->star && i + 1 == npos) {
          // print(*[1, 'a']): each item printed as str() prints it, a tuple of their strings.
          auto t = make(ExprOp::MakeTuple, l);
          const auto& items = v->kind == m::ObjKind::List ? v->as<m::ListObj>()->items : v->as<m::TupleObj>()->items;
          for (auto& x : items) t->args.push_back(constant(m::make_str(interp_.str_of(x, l)), l));
          c->args[i] = std::move(t);
        } else {
          c->args[i] = constant(m::make_str(m::repr(v)), l);
        }
      }
    } else if ((fn == "repr" || fn == "str") && npos == 2 && c->kwnames.empty()) {
      m::Ref v = constant_display(*c->args[1]);
      if (v && heterogeneous(v)) return constant(m::make_str(m::repr(v)), c->loc);
    }
    return c;
  }

  // ---- statements
  void block(const Body& body, Block& out) {
    for (auto& s : body) stmt(*s, out);
  }

  // `yield from it` as a statement: `for $v in it: yield $v` (rpy's generators take no send()
  // and return no value, so delegating is iterating).
  bool yield_from(const syntax::Expr& e, Block& out) {
    if (e.kind != ExprKind::Yield || !e.as<YieldExpr>()->delegate) return false;
    auto loop = std::make_unique<ir::Stmt>(StmtOp::For, e.loc);
    loop->exprs.push_back(expr(*e.as<YieldExpr>()->value));
    loop->var = temp(e.loc);
    auto y = make(ExprOp::Yield, e.loc);
    y->args.push_back(local(loop->var, e.loc));
    auto st = std::make_unique<ir::Stmt>(StmtOp::ExprStmt, e.loc);
    st->exprs.push_back(std::move(y));
    loop->body.push_back(std::move(st));
    g_.is_generator = true;
    out.push_back(std::move(loop));
    return true;
  }

  void for_target(const syntax::Expr& target, ir::Stmt& f) {
    if (target.kind == ExprKind::Name && !is_module_var(target.as<NameExpr>()->id) && !frame_cell(target.as<NameExpr>()->id)) {
      f.var = lookup_local(target.as<NameExpr>()->id, target.loc);
      return;
    }
    Var* t = temp(target.loc);
    f.var = t;
    assign_to(target, local(t, target.loc), f.body);
  }

  // A variable of an import-time frame that a function of that frame rebinds (`nonlocal`,
  // ir/frame_cells.hpp): its holder, else null.
  m::Ref frame_cell(const std::string& id) {
    if (fn_.closure.empty() || locals_.count(id) || (fn_.enclosing && fn_.enclosing->count(id))) return nullptr;
    for (auto c = fn_.closure.rbegin(); c != fn_.closure.rend(); ++c) {
      if (!(*c)->count(id)) continue;
      if (!frame_rebinds(fn_, id)) return nullptr;
      return frame_holder(interp_, **c, id, fn_.module, fn_.loc);
    }
    return nullptr;
  }
  bool set_frame_cell(const std::string& id, ExprPtr& value, Loc l, Block& out) {
    m::Ref h = frame_cell(id);
    if (!h) return false;
    auto s = std::make_unique<ir::Stmt>(StmtOp::SetAttr, l);
    s->attr = id;
    s->exprs.push_back(constant(h, l));
    s->exprs.push_back(std::move(value));
    out.push_back(std::move(s));
    return true;
  }

  // A global of a script that its binary assigns (modules/script.hpp): an attribute of the
  // module's prebuilt holder instance.
  bool is_module_var(const std::string& id) const {
    return fn_.module && fn_.module->script_vars && !locals_.count(id) && !nonlocals_.count(id) && fn_.module->script_var_names.count(id);
  }
  void set_module_var(const std::string& id, ExprPtr value, Loc l, Block& out) {
    auto s = std::make_unique<ir::Stmt>(StmtOp::SetAttr, l);
    s->attr = id;
    s->exprs.push_back(constant(fn_.module->script_vars, l));
    s->exprs.push_back(std::move(value));
    out.push_back(std::move(s));
    if (!fn_.module->script_unset_vars.count(id) || surely_assigned_.count(id)) return;
    auto f = std::make_unique<ir::Stmt>(StmtOp::SetAttr, l);  // the variable is defined from here on
    f->attr = m::script_defined_flag(id);
    f->exprs.push_back(constant(fn_.module->script_vars, l));
    f->exprs.push_back(constant(m::make_bool(true), l));
    out.push_back(std::move(f));
  }
  // The entry of a script (its module body): after a top-level statement that always assigns a
  // module variable (or leaves the body by an exception), the later top-level statements read it
  // without testing that it is defined, and assign it without setting its flag again.
  std::set<std::string> surely_assigned_;
  void script_entry_block(const Body& body, Block& out) {
    for (auto& s : body) {
      stmt(*s, out);
      auto names = [&](const syntax::Expr& t) {
        syntax::Bindings b;
        b.target(t);
        for (auto& n : b.names)
          if (!fn_.module->script_deleted_vars.count(n)) surely_assigned_.insert(n);
      };
      if (s->kind == StmtKind::Assign) {
        for (auto& t : s->as<syntax::AssignStmt>()->targets)
          if (t->kind == ExprKind::Name || t->kind == ExprKind::Tuple || t->kind == ExprKind::List) names(*t);
      } else if (s->kind == StmtKind::AugAssign) {
        names(*s->as<syntax::AugAssignStmt>()->target);
      }
    }
  }

  Var* lookup_local(const std::string& id, Loc l) {
    if (nonlocals_.count(id)) {
      // `nonlocal x`: x is the enclosing function's variable, shared through its cell.
      nonlocal_writes_.insert(id);
      if (!locals_.count(id) && fn_.enclosing && fn_.enclosing->count(id)) {
        ExprPtr probe = name(id, l);  // a probe registers the capture
        (void)probe;
      }
    }
    auto it = locals_.find(id);
    if (it != locals_.end()) {
      if (!it->second->loc.valid()) it->second->loc = l;
      return it->second;
    }
    if (!nonlocals_.count(id))
      error(l, "cannot assign to global name '" + id +
                   "': module globals are constants after import (RPython); use a mutable container or an instance attribute");
    return temp(l);
  }

  void assign_to(const syntax::Expr& t, ExprPtr value, Block& out) {
    switch (t.kind) {
      case ExprKind::Name:
        if (set_frame_cell(t.as<NameExpr>()->id, value, t.loc, out)) return;
        if (is_module_var(t.as<NameExpr>()->id)) {
          set_module_var(t.as<NameExpr>()->id, std::move(value), t.loc, out);
          return;
        }
        out.push_back(assign_stmt(lookup_local(t.as<NameExpr>()->id, t.loc), std::move(value), t.loc));
        return;
      case ExprKind::Tuple:
      case ExprKind::List: {
        auto& elts = t.as<SeqExpr>()->elts;
        Var* tmp = temp(t.loc);
        const size_t n = elts.size();
        size_t star = n;
        for (size_t i = 0; i < n; ++i)
          if (elts[i]->kind == ExprKind::Starred) star = i;
        value->unpacked = star == n ? static_cast<int>(n) : -2;
        out.push_back(assign_stmt(tmp, std::move(value), t.loc));
        // `a, *rest, z = v` (the parser allows one starred target): at least n-1 items; the
        // targets after the star take items counted from the end, the star a list of the rest.
        auto check = std::make_unique<ir::Stmt>(StmtOp::UnpackCheck, t.loc);
        check->exprs.push_back(local(tmp, t.loc));
        check->n = static_cast<int>(star == n ? n : n - 1);
        check->at_least = star != n;
        out.push_back(std::move(check));
        auto index = [&](int64_t i, Loc l) { return constant(m::make_int(i), l); };
        for (size_t i = 0; i < n; ++i) {
          Loc l = elts[i]->loc;
          if (i == star) {
            auto slice = make(ExprOp::GetSlice, l);
            slice->args.push_back(local(tmp, t.loc));
            slice->args.push_back(index(static_cast<int64_t>(i), l));
            slice->args.push_back(i + 1 < n ? index(-static_cast<int64_t>(n - 1 - i), l) : nullptr);
            slice->args.push_back(nullptr);
            auto rest = make(ExprOp::Call, l);
            rest->args.push_back(builtin("list", l));
            rest->args.push_back(std::move(slice));
            assign_to(*elts[i]->as<StarredExpr>()->value, std::move(rest), out);
            continue;
          }
          auto item = make(ExprOp::GetItem, l);
          item->args.push_back(local(tmp, t.loc));
          item->args.push_back(index(i < star ? static_cast<int64_t>(i) : static_cast<int64_t>(i) - static_cast<int64_t>(n), l));
          assign_to(*elts[i], std::move(item), out);
        }
        return;
      }
      case ExprKind::Attribute: {
        auto* a = t.as<AttributeExpr>();
        auto s = std::make_unique<ir::Stmt>(StmtOp::SetAttr, t.loc);
        s->attr = a->attr;
        s->exprs.push_back(expr(*a->value));
        s->exprs.push_back(std::move(value));
        out.push_back(std::move(s));
        return;
      }
      case ExprKind::Subscript: {
        auto* sub = t.as<SubscriptExpr>();
        if (sub->index->kind == ExprKind::Slice) {
          auto* sl = sub->index->as<SliceExpr>();
          auto s = std::make_unique<ir::Stmt>(StmtOp::SetSlice, t.loc);
          s->exprs.push_back(expr(*sub->value));
          s->exprs.push_back(sl->lower ? expr(*sl->lower) : nullptr);
          s->exprs.push_back(sl->upper ? expr(*sl->upper) : nullptr);
          s->exprs.push_back(std::move(value));
          s->exprs.push_back(sl->step ? expr(*sl->step) : nullptr);
          out.push_back(std::move(s));
          return;
        }
        auto s = std::make_unique<ir::Stmt>(StmtOp::SetItem, t.loc);
        s->exprs.push_back(expr(*sub->value));
        s->exprs.push_back(expr(*sub->index));
        s->exprs.push_back(std::move(value));
        out.push_back(std::move(s));
        return;
      }
      default:
        error(t.loc, "cannot assign to this expression");
    }
  }

  // ---- unrolled loops. `for x in U:` over a prebuilt rlib.unroll.unrolling_iterable: RPython's
  // flow space unrolls it (its iterator is a constant, so each iteration is flowed with the item
  // a constant), which is what lets an interpreter's dispatch loop call `getattr(self, name)` for
  // each opcode name. Lowered to one copy of the body per item, in which the target names that
  // the body does not rebind read the item's parts as constants:
  //     $broken = 0
  //     while True: x = item0; <body>; break      (break: $broken = 1; break / continue: break)
  //     if $broken == 0: while True: x = item1; <body>; break
  //     ...
  //     if $broken == 0: <else clause>
  struct UnrollScope {
    UnrollScope(Lowerer& l, Var* broken) : l_(l), broken_(l.unroll_broken_) { l.unroll_broken_ = broken; }
    ~UnrollScope() { l_.unroll_broken_ = broken_; }
    Lowerer& l_;
    Var* broken_;
  };
  static const m::ListObj* unroll_items(const ir::Expr& iter) {
    if (iter.op != ExprOp::Const || !iter.value || iter.value->kind != m::ObjKind::Instance) return nullptr;
    auto* inst = iter.value->as<m::InstanceObj>();
    const m::ClassObj* k = inst->klass();
    if (!k || k->name != "unrolling_iterable" || !k->module || k->module->name != "rpython.rlib.unroll") return nullptr;
    auto it = inst->attrs.find("_items");
    if (it == inst->attrs.end() || it->second->kind != m::ObjKind::List) return nullptr;
    return it->second->as<m::ListObj>();
  }
  // Binds the names of `target` to the parts of `item` as constants; false if the shapes differ.
  bool bind_unrolled(const syntax::Expr& target, const m::Ref& item, const std::set<std::string>& rebound,
                     std::map<std::string, m::Ref>& out) {
    if (target.kind == ExprKind::Name) {
      if (!rebound.count(target.as<NameExpr>()->id)) out[target.as<NameExpr>()->id] = item;
      return true;
    }
    if (target.kind != ExprKind::Tuple && target.kind != ExprKind::List) return false;
    auto& elts = target.as<SeqExpr>()->elts;
    const std::vector<m::Ref>* parts = nullptr;
    if (item->kind == m::ObjKind::Tuple) parts = &item->as<m::TupleObj>()->items;
    if (item->kind == m::ObjKind::List) parts = &item->as<m::ListObj>()->items;
    if (!parts || parts->size() != elts.size()) return false;
    for (size_t i = 0; i < elts.size(); ++i)
      if (!bind_unrolled(*elts[i], (*parts)[i], rebound, out)) return false;
    return true;
  }
  bool unrolled_for(const syntax::ForStmt& f, const ir::Expr& iter, Block& out) {
    const m::ListObj* items = unroll_items(iter);
    if (!items) return false;
    syntax::Bindings scan;
    scan.body(f.body);
    std::vector<std::map<std::string, m::Ref>> binds(items->items.size());
    for (size_t i = 0; i < items->items.size(); ++i)
      if (!bind_unrolled(*f.target, items->items[i], scan.names, binds[i])) return false;
    Loc l = f.loc;
    Var* broken = g_.new_var("$unroll_broken", l);
    int breaks_before = unroll_breaks_;
    std::vector<StmtPtr> copies;
    for (size_t i = 0; i < items->items.size(); ++i) {
      auto once = std::make_unique<ir::Stmt>(StmtOp::While, l);
      once->exprs.push_back(constant(m::make_bool(true), l));
      assign_to(*f.target, constant(items->items[i], l), once->body);  // the target keeps its last value
      {
        UnrollScope scope(*this, broken);
        auto saved = unroll_consts_;
        for (auto& [name, v] : binds[i]) unroll_consts_[name] = v;
        block(f.body, once->body);
        unroll_consts_ = std::move(saved);
      }
      once->body.push_back(std::make_unique<ir::Stmt>(StmtOp::Break, l));
      copies.push_back(std::move(once));
    }
    bool breaks = unroll_breaks_ != breaks_before;
    // Without a break, every copy runs in turn and then the else clause.
    auto unless_broken = [&](StmtPtr st) -> StmtPtr {
      if (!breaks) return st;
      auto guard = std::make_unique<ir::Stmt>(StmtOp::If, l);
      auto c = make(ExprOp::Compare, l);
      c->cmp = syntax::CmpOp::Eq;
      c->args.push_back(local(broken, l));
      c->args.push_back(constant(m::make_int(0), l));
      guard->exprs.push_back(std::move(c));
      guard->body.push_back(std::move(st));
      return guard;
    };
    if (breaks) out.push_back(assign_stmt(broken, constant(m::make_int(0), l), l));
    for (size_t i = 0; i < copies.size(); ++i) out.push_back(i == 0 ? std::move(copies[i]) : unless_broken(std::move(copies[i])));
    if (!f.orelse.empty()) {
      Block orelse;
      block(f.orelse, orelse);
      if (!breaks) {
        for (auto& st : orelse) out.push_back(std::move(st));
      } else {
        auto guard = unless_broken(std::make_unique<ir::Stmt>(StmtOp::Pass, l));
        guard->body.clear();
        guard->body = std::move(orelse);
        out.push_back(std::move(guard));
      }
    }
    return true;
  }

  // ---- narrowing (RPython's knowntypedata): a test on a local establishes a fact where its
  // outcome is known; `x = narrow(x)` there gives x its narrower type (each such assignment is a
  // definition of its own, so webs give the narrowed value its own variable, and where paths
  // merge, the type is the union of what each path knows, as RPython's SSA links do).
  struct Fact {
    Var* var;
    NarrowKind kind;
    const ir::Expr* classes;  // IsInstance
  };
  static bool is_builtin_named(const ir::Expr& e, const char* name) {
    return e.op == ExprOp::Const && e.value && e.value->kind == m::ObjKind::Builtin && e.value->as<m::BuiltinObj>()->name == name;
  }
  static bool is_class_expr(const ir::Expr& e) {
    if (e.op == ExprOp::Const) return e.value && (e.value->kind == m::ObjKind::Class || e.value->kind == m::ObjKind::Builtin);
    if (e.op == ExprOp::GetAttr) return is_class_expr(*e.args[0]) || e.args[0]->op == ExprOp::Const;
    if (e.op == ExprOp::MakeTuple) {
      for (auto& a : e.args)
        if (!is_class_expr(*a)) return false;
      return !e.args.empty();
    }
    return false;
  }
  // A local, or `(x := v)` (which leaves x holding the value tested).
  bool narrowable(const ir::Expr& e) const { return (e.op == ExprOp::Local || e.op == ExprOp::SetLocal) && e.var && e.var->name[0] != '$'; }
  // x >= c or x > c - 1 (or c <= x ...) with a constant c >= 0: x is non-negative where it holds.
  bool nonneg_test(const ir::Expr& t) const {
    auto int_const = [](const ir::Expr& x, int64_t& v) {
      if (x.op != ExprOp::Const || x.value->kind != m::ObjKind::Int) return false;
      v = x.value->as<m::IntObj>()->value;
      return true;
    };
    int64_t c;
    syntax::CmpOp op = t.cmp;
    const ir::Expr* x = t.args[0].get();
    if (!int_const(*t.args[1], c)) {
      if (!int_const(*t.args[0], c)) return false;
      x = t.args[1].get();
      op = op == syntax::CmpOp::LtE ? syntax::CmpOp::GtE : op == syntax::CmpOp::Lt ? syntax::CmpOp::Gt : syntax::CmpOp::Eq;
    }
    if (!narrowable(*x)) return false;
    return (op == syntax::CmpOp::GtE && c >= 0) || (op == syntax::CmpOp::Gt && c >= -1);
  }
  // The facts `test` establishes where it is `truth`.
  void facts(const ir::Expr& t, bool truth, std::vector<Fact>& out) {
    switch (t.op) {
      case ExprOp::Not:
        facts(*t.args[0], !truth, out);
        return;
      case ExprOp::And:
      case ExprOp::Or:
        if (truth == (t.op == ExprOp::And))
          for (auto& a : t.args) facts(*a, truth, out);
        return;
      case ExprOp::Seq:
        facts(*t.args.back(), truth, out);
        return;
      case ExprOp::Local:
      case ExprOp::SetLocal:
        if (truth && narrowable(t)) out.push_back({t.var, NarrowKind::NotNone, nullptr});
        return;
      case ExprOp::Call:
        if (truth && t.args.size() == 3 && t.kwnames.empty() && is_builtin_named(*t.args[0], "isinstance") && narrowable(*t.args[1]) &&
            is_class_expr(*t.args[2]))
          out.push_back({t.args[1]->var, NarrowKind::IsInstance, t.args[2].get()});
        return;
      case ExprOp::Compare: {
        if (truth && nonneg_test(t)) {
          out.push_back({(t.args[1]->op == ExprOp::Const ? t.args[0] : t.args[1])->var, NarrowKind::NonNeg, nullptr});
          return;
        }
        bool eq = t.cmp == syntax::CmpOp::Is || t.cmp == syntax::CmpOp::Eq;
        bool ne = t.cmp == syntax::CmpOp::IsNot || t.cmp == syntax::CmpOp::NotEq;
        if (!eq && !ne) return;
        const ir::Expr* a = t.args[0].get();
        const ir::Expr* b = t.args[1].get();
        auto is_none = [](const ir::Expr* x) { return x->op == ExprOp::Const && m::is_none(x->value); };
        if (is_none(a)) std::swap(a, b);
        if (is_none(b) && narrowable(*a)) {  // x is None / x is not None
          bool none = eq == truth;
          out.push_back({a->var, none ? NarrowKind::IsNone : NarrowKind::NotNone, nullptr});
          return;
        }
        // type(x) is C
        auto type_of_local = [&](const ir::Expr* x) {
          return x->op == ExprOp::Call && x->args.size() == 2 && is_builtin_named(*x->args[0], "type") && narrowable(*x->args[1]);
        };
        if (type_of_local(b)) std::swap(a, b);
        if (truth == eq && type_of_local(a) && is_class_expr(*b)) {
          out.push_back({a->args[1]->var, NarrowKind::IsInstance, b});
          return;
        }
        // cls is C: a class value that is C where it holds, one of its other classes where not
        auto program_class = [](const ir::Expr* x) { return x->op == ExprOp::Const && x->value && x->value->kind == m::ObjKind::Class; };
        if (program_class(a)) std::swap(a, b);
        if (narrowable(*a) && program_class(b)) out.push_back({a->var, truth == eq ? NarrowKind::IsClass : NarrowKind::NotClass, b});
        return;
      }
      default:
        return;
    }
  }
  ExprPtr clone_class_expr(const ir::Expr& e) {
    auto c = make(e.op, e.loc);
    c->value = e.value;
    c->attr = e.attr;
    for (auto& a : e.args) c->args.push_back(clone_class_expr(*a));
    return c;
  }
  ExprPtr narrow_expr(const Fact& f, Loc l) {
    auto n = make(ExprOp::Narrow, l);
    n->narrow = f.kind;
    n->args.push_back(local(f.var, l));
    if (f.classes) n->args.push_back(clone_class_expr(*f.classes));
    return n;
  }
  void add_facts(const std::vector<Fact>& fs, Block& b, Loc l, const Block* unless_falls = nullptr) {
    for (auto& f : fs) {
      ExprPtr n = narrow_expr(f, l);
      n->unless_falls = unless_falls;
      b.push_back(assign_stmt(f.var, std::move(n), l));
    }
  }
  // `if 0:`, `if DEBUG_LEVEL:` (a module global is a constant): RPython's flow space decides a test
  // of a constant number or string, so only one branch exists (the types decide bools and None).
  ExprPtr decided_test(ExprPtr t) {
    if (t->op != ExprOp::Const || !t->value) return t;
    switch (t->value->kind) {
      case m::ObjKind::Int:
      case m::ObjKind::Long:
      case m::ObjKind::Float:
      case m::ObjKind::Str:
      case m::ObjKind::Unicode:
        return constant(m::make_bool(m::truthy(t->value)), t->loc);
      default:
        return t;
    }
  }
  // Whether a block ends in a statement that is a call (`fail(msg)`, `x = fail(msg)`).
  static bool ends_in_call(const Block& b) {
    if (b.empty()) return false;
    const ir::Stmt& last = *b.back();
    return (last.op == StmtOp::ExprStmt || last.op == StmtOp::Assign) && !last.exprs.empty() && last.exprs[0]->op == ExprOp::Call;
  }
  ExprPtr with_facts(const std::vector<Fact>& fs, ExprPtr x) {
    if (fs.empty()) return x;
    auto s = make(ExprOp::Seq, x->loc);
    for (auto& f : fs) {
      auto set = make(ExprOp::SetLocal, x->loc);
      set->var = f.var;
      set->args.push_back(narrow_expr(f, x->loc));
      s->args.push_back(std::move(set));
    }
    s->args.push_back(std::move(x));
    return s;
  }

  // Python 2's print statement: items separated through the softspace flag (no space before the
  // newline after `print a,`); the flag's value says whether a newline ends it.
  void print_statement(std::vector<ExprPtr> args, bool newline, Loc l, Block& out, ExprPtr dest = nullptr) {
    auto c = fold_printed_constants(call(builtin("print", l), std::move(args), l));
    if (dest) {  // print >>f, ...: f is checked like print()'s file= (sys.stdout or sys.stderr)
      c->kwnames.push_back("file");
      c->args.push_back(std::move(dest));
    }
    c->kwnames.push_back("$softspace");
    c->args.push_back(constant(m::make_bool(newline), l));
    auto st = std::make_unique<ir::Stmt>(StmtOp::ExprStmt, l);
    st->exprs.push_back(std::move(c));
    out.push_back(std::move(st));
  }

  // In Python 2 without `from __future__ import print_function`, `print(a, b)` is the print
  // statement applied to the tuple (a, b), and `print(x)` prints x.
  bool py2_print_call(const syntax::Expr& e, Block& out) {
    if (interp_.sources().py3() || e.kind != ExprKind::Call) return false;
    auto* c = e.as<CallExpr>();
    if (c->func->kind != ExprKind::Name || c->func->as<NameExpr>()->id != "print" || !c->keywords.empty()) return false;
    if (fn_.module && fn_.module->ast && fn_.module->ast->future_print_function) return false;
    if (locals_.count("print") || (fn_.module && fn_.module->attrs.count("print"))) return false;
    for (auto& a : c->args)
      if (a->kind == ExprKind::Starred) return false;
    std::vector<ExprPtr> args;
    if (c->args.size() == 1 && !c->trailing_comma) {
      args.push_back(expr(*c->args[0]));
    } else {
      auto t = make(ExprOp::MakeTuple, e.loc);
      for (auto& a : c->args) t->args.push_back(expr(*a));
      args.push_back(std::move(t));
    }
    print_statement(std::move(args), true, e.loc, out);
    return true;
  }

  // Evaluates `e` once into something that can be read twice (a Local or a Const).
  ExprPtr once(const syntax::Expr& e, Block& out) {
    auto x = expr(e);
    if (x->op == ExprOp::Const || x->op == ExprOp::Local) return x;
    Var* t = temp(e.loc);
    out.push_back(assign_stmt(t, std::move(x), e.loc));
    return local(t, e.loc);
  }

  void aug_assign(const AugAssignStmt& a, Block& out) {
    auto bin = [&](ExprPtr cur) {
      auto b = make(ExprOp::BinOp, a.loc);
      b->binop = div_meaning(a.op);
      b->inplace = true;
      b->args.push_back(std::move(cur));
      b->args.push_back(expr(*a.value));
      return b;
    };
    const syntax::Expr& t = *a.target;
    if (t.kind == ExprKind::Name && frame_cell(t.as<NameExpr>()->id)) {
      const std::string& id = t.as<NameExpr>()->id;
      ExprPtr v = bin(name(id, t.loc));
      set_frame_cell(id, v, a.loc, out);
    } else if (t.kind == ExprKind::Name && is_module_var(t.as<NameExpr>()->id)) {
      const std::string& id = t.as<NameExpr>()->id;
      set_module_var(id, bin(name(id, t.loc)), a.loc, out);
    } else if (t.kind == ExprKind::Name) {
      Var* v = lookup_local(t.as<NameExpr>()->id, t.loc);
      out.push_back(assign_stmt(v, bin(local(v, t.loc)), a.loc));
    } else if (t.kind == ExprKind::Attribute) {
      auto* at = t.as<AttributeExpr>();
      ExprPtr obj = once(*at->value, out);
      auto get = make(ExprOp::GetAttr, t.loc);
      get->attr = at->attr;
      get->args.push_back(clone_simple(*obj));
      auto s = std::make_unique<ir::Stmt>(StmtOp::SetAttr, a.loc);
      s->attr = at->attr;
      s->exprs.push_back(std::move(obj));
      s->exprs.push_back(bin(std::move(get)));
      out.push_back(std::move(s));
    } else if (t.kind == ExprKind::Subscript && t.as<SubscriptExpr>()->index->kind != ExprKind::Slice) {
      auto* sub = t.as<SubscriptExpr>();
      ExprPtr obj = once(*sub->value, out);
      ExprPtr idx = once(*sub->index, out);
      auto get = make(ExprOp::GetItem, t.loc);
      get->args.push_back(clone_simple(*obj));
      get->args.push_back(clone_simple(*idx));
      auto s = std::make_unique<ir::Stmt>(StmtOp::SetItem, a.loc);
      s->exprs.push_back(std::move(obj));
      s->exprs.push_back(std::move(idx));
      s->exprs.push_back(bin(std::move(get)));
      out.push_back(std::move(s));
    } else {
      error(t.loc, "unsupported target of augmented assignment");
    }
  }

  void stmt(const syntax::Stmt& s, Block& out) {
    switch (s.kind) {
      case StmtKind::ExprStmt: {
        if (py2_print_call(*s.as<ExprStmt>()->value, out)) return;
        if (yield_from(*s.as<ExprStmt>()->value, out)) return;
        if (const syntax::Expr& v = *s.as<ExprStmt>()->value; v.kind == ExprKind::Name && v.as<NameExpr>()->id == "Ellipsis")
          return;  // `...` as a body (a stub, an abstract method): reading the builtin does nothing
        auto st = std::make_unique<ir::Stmt>(StmtOp::ExprStmt, s.loc);
        st->exprs.push_back(expr(*s.as<ExprStmt>()->value));
        out.push_back(std::move(st));
        return;
      }
      case StmtKind::Assign: {
        auto* a = s.as<AssignStmt>();
        if (a->targets.size() == 1) {
          assign_to(*a->targets[0], expr(*a->value), out);
          return;
        }
        ExprPtr v = once(*a->value, out);
        for (auto& t : a->targets) assign_to(*t, clone_simple(*v), out);
        return;
      }
      case StmtKind::AugAssign:
        aug_assign(*s.as<AugAssignStmt>(), out);
        return;
      case StmtKind::Pass:
        return;
      case StmtKind::Break:
        if (unroll_broken_) {  // leaves the whole unrolled loop (unrolled_for)
          out.push_back(assign_stmt(unroll_broken_, constant(m::make_int(1), s.loc), s.loc));
          ++unroll_breaks_;
        }
        out.push_back(std::make_unique<ir::Stmt>(StmtOp::Break, s.loc));
        return;
      case StmtKind::Continue:
        // In an unrolled copy, the next item's copy: leave this copy's one-pass loop.
        out.push_back(std::make_unique<ir::Stmt>(unroll_broken_ ? StmtOp::Break : StmtOp::Continue, s.loc));
        return;
      case StmtKind::Return: {
        auto r = std::make_unique<ir::Stmt>(StmtOp::Return, s.loc);
        if (s.as<ReturnStmt>()->value) r->exprs.push_back(expr(*s.as<ReturnStmt>()->value));
        out.push_back(std::move(r));
        return;
      }
      case StmtKind::If: {
        auto* i = s.as<IfStmt>();
        auto r = std::make_unique<ir::Stmt>(StmtOp::If, s.loc);
        r->exprs.push_back(decided_test(expr(*i->test)));
        std::vector<Fact> yes, no;
        facts(*r->exprs[0], true, yes);
        facts(*r->exprs[0], false, no);
        add_facts(yes, r->body, s.loc);
        block(i->body, r->body);
        add_facts(no, r->orelse, s.loc);
        block(i->orelse, r->orelse);
        bool body_leaves = !falls_through(r->body), else_leaves = !falls_through(r->orelse);
        out.push_back(std::move(r));
        // After `if not isinstance(x, C): raise` (an assert) or `if x is None: return`, the test's
        // other outcome holds.
        if (body_leaves && !else_leaves) add_facts(no, out, s.loc);
        if (else_leaves && !body_leaves) add_facts(yes, out, s.loc);
        // `if not isinstance(x, C): fail(...)`: the same, if the annotator finds fail() never returns.
        if (!body_leaves && !else_leaves) {
          const ir::Stmt& i_stmt = *out.back();
          if (ends_in_call(i_stmt.body) && !ends_in_call(i_stmt.orelse)) add_facts(no, out, s.loc, &i_stmt.body);
          if (ends_in_call(i_stmt.orelse) && !ends_in_call(i_stmt.body)) add_facts(yes, out, s.loc, &i_stmt.orelse);
        }
        return;
      }
      case StmtKind::While: {
        UnrollScope inner(*this, nullptr);  // break/continue belong to this loop
        auto* w = s.as<WhileStmt>();
        auto r = std::make_unique<ir::Stmt>(StmtOp::While, s.loc);
        r->exprs.push_back(expr(*w->test));
        std::vector<Fact> yes, no;
        facts(*r->exprs[0], true, yes);
        facts(*r->exprs[0], false, no);
        add_facts(yes, r->body, s.loc);
        block(w->body, r->body);
        block(w->orelse, r->orelse);
        bool breaks = contains_break(r->body);
        out.push_back(std::move(r));
        if (!breaks) add_facts(no, out, s.loc);  // the loop ends only when its test is false
        return;
      }
      case StmtKind::For: {
        auto* f = s.as<ForStmt>();
        ExprPtr iter = expr(*f->iter);
        if (unrolled_for(*f, *iter, out)) return;
        UnrollScope inner(*this, nullptr);  // break/continue belong to this loop
        auto r = std::make_unique<ir::Stmt>(StmtOp::For, s.loc);
        r->exprs.push_back(std::move(iter));
        for_target(*f->target, *r);
        block(f->body, r->body);
        block(f->orelse, r->orelse);
        out.push_back(std::move(r));
        return;
      }
      case StmtKind::Print: {
        auto* p = s.as<PrintStmt>();
        ExprPtr dest = p->dest ? expr(*p->dest) : nullptr;  // evaluated before the items, as Python 2 does
        std::vector<ExprPtr> args;
        for (auto& v : p->values) args.push_back(expr(*v));
        print_statement(std::move(args), p->newline, s.loc, out, std::move(dest));
        return;
      }
      case StmtKind::Raise: {
        auto* r = s.as<RaiseStmt>();
        auto st = std::make_unique<ir::Stmt>(StmtOp::Raise, s.loc);
        if (r->exc) {
          ExprPtr e = expr(*r->exc);
          if (r->value) {
            std::vector<ExprPtr> args;
            args.push_back(expr(*r->value));
            e = call(std::move(e), std::move(args), s.loc);
          }
          st->exprs.push_back(std::move(e));
          if (r->cause) st->exprs.push_back(expr(*r->cause));  // raise X from Y: exprs[1] is Y
        }
        out.push_back(std::move(st));
        return;
      }
      case StmtKind::Try: {
        auto* t = s.as<TryStmt>();
        auto st = std::make_unique<ir::Stmt>(StmtOp::Try, s.loc);
        block(t->body, st->body);
        for (auto& h : t->handlers) {
          Handler hh;
          hh.loc = h.loc;
          if (h.type) {
            if (h.type->kind == ExprKind::Tuple)
              for (auto& c : h.type->as<SeqExpr>()->elts) hh.classes.push_back(expr(*c));
            else
              hh.classes.push_back(expr(*h.type));
          }
          // The handler's variable is its own Var (as in RPython's SSA form): `e` in two handlers
          // may hold exceptions of unrelated classes.
          Var* saved = nullptr;
          bool own_var = !h.name.empty();
          if (!h.name.empty()) {
            auto it = locals_.find(h.name);
            saved = it == locals_.end() ? nullptr : it->second;
            if (saved && !interp_.sources().py3()) {
              hh.var = saved;  // Python 2: the function's local, bound from here on (webs split it)
              own_var = false;
            } else {
              hh.var = g_.new_var(h.name, h.loc);
              locals_[h.name] = hh.var;
            }
            if (saved && own_var) {
              // Python 3 unbinds the name when the handler ends (by any exit): outside it, the
              // name is the function's local, unbound from the handler's start (ir/webs.cpp).
              auto unbind = std::make_unique<ir::Stmt>(StmtOp::DelLocal, h.loc);
              unbind->var = saved;
              hh.body.push_back(std::move(unbind));
            }
          }
          block(h.body, hh.body);
          if (own_var) {
            if (saved)
              locals_[h.name] = saved;
            else
              locals_.erase(h.name);
          }
          st->handlers.push_back(std::move(hh));
        }
        block(t->orelse, st->orelse);
        block(t->finalbody, st->finalbody);
        out.push_back(std::move(st));
        return;
      }
      case StmtKind::Assert: {
        auto* a = s.as<AssertStmt>();
        auto i = std::make_unique<ir::Stmt>(StmtOp::If, s.loc);
        auto n = make(ExprOp::Not, a->test->loc);
        n->args.push_back(expr(*a->test));
        i->exprs.push_back(std::move(n));
        std::vector<ExprPtr> args;
        if (a->msg) args.push_back(expr(*a->msg));
        auto r = std::make_unique<ir::Stmt>(StmtOp::Raise, s.loc);
        r->exprs.push_back(call(builtin("AssertionError", s.loc), std::move(args), s.loc));
        i->body.push_back(std::move(r));
        std::vector<Fact> holds;
        facts(*i->exprs[0], false, holds);
        out.push_back(std::move(i));
        add_facts(holds, out, s.loc);  // after `assert isinstance(x, C)`, x is a C
        return;
      }
      case StmtKind::Delete: {
        for (auto& t : s.as<DeleteStmt>()->targets) {
          if (t->kind == ExprKind::Subscript) {
            auto* sub = t->as<SubscriptExpr>();
            if (sub->index->kind == ExprKind::Slice) {
              auto* sl = sub->index->as<SliceExpr>();
              auto st = std::make_unique<ir::Stmt>(StmtOp::DelSlice, t->loc);
              st->exprs.push_back(expr(*sub->value));
              st->exprs.push_back(sl->lower ? expr(*sl->lower) : nullptr);
              st->exprs.push_back(sl->upper ? expr(*sl->upper) : nullptr);
              st->exprs.push_back(sl->step ? expr(*sl->step) : nullptr);
              out.push_back(std::move(st));
            } else {
              auto st = std::make_unique<ir::Stmt>(StmtOp::DelItem, t->loc);
              st->exprs.push_back(expr(*sub->value));
              st->exprs.push_back(expr(*sub->index));
              out.push_back(std::move(st));
            }
          } else if (t->kind == ExprKind::Name && is_module_var(t->as<NameExpr>()->id)) {
            // `del x` of a script's module variable (modules/script.cpp, DeletedNames): NameError
            // when it is not defined, then it is not defined any more.
            const std::string& id = t->as<NameExpr>()->id;
            auto check = std::make_unique<ir::Stmt>(StmtOp::ExprStmt, t->loc);
            ExprPtr read = name(id, t->loc);
            read->check_defined = fn_.module->script_unset_vars.count(id) != 0;
            check->exprs.push_back(std::move(read));
            out.push_back(std::move(check));
            if (fn_.module->script_unset_vars.count(id)) {
              auto f = std::make_unique<ir::Stmt>(StmtOp::SetAttr, t->loc);
              f->attr = m::script_defined_flag(id);
              f->exprs.push_back(constant(fn_.module->script_vars, t->loc));
              f->exprs.push_back(constant(m::make_bool(false), t->loc));
              out.push_back(std::move(f));
            }
          } else if (t->kind == ExprKind::Name) {
            // `del x` of a local: a read (UnboundLocalError when x is unbound), then x is
            // unbound (ir/webs.cpp).
            const std::string& id = t->as<NameExpr>()->id;
            if (nonlocals_.count(id))
              error(t->loc,
                    "del of '" + id + "', a variable of the enclosing function (nonlocal), is not supported: assign it None instead");
            auto st = std::make_unique<ir::Stmt>(StmtOp::DelLocal, t->loc);
            st->exprs.push_back(name(id, t->loc));
            if (st->exprs[0]->op == ExprOp::Local) {
              st->var = st->exprs[0]->var;
              out.push_back(std::move(st));
            }
          } else {
            error(t->loc, "unsupported del target");
          }
        }
        return;
      }
      case StmtKind::Global:
        // Declarations were collected by the scope scan; reading globals needs no declaration.
        return;
      case StmtKind::FunctionDef: {
        // A nested def: a function constant, bound to its local name.
        auto* d = s.as<FunctionDefStmt>();
        auto fo = std::make_shared<m::FunctionObj>();
        fo->def = d;
        fo->args = &d->args;
        fo->name = d->name;
        fo->qualname = g_.name + "." + d->name;
        fo->module = fn_.module;
        fo->closure = fn_.closure;  // the import-time frames this function sees
        fo->loc = d->loc;
        std::vector<ExprPtr> computed = default_values(*fo, d->args);
        if (d->decorators.empty()) {
          out.push_back(assign_stmt(lookup_local(d->name, d->loc), closure_value(fo, d->loc, std::move(computed)), d->loc));
          return;
        }
        if (!computed.empty()) {
          error(computed[0]->loc,
                "a decorated nested function's default values must be constants (rpy applies the decorator when it "
                "translates); compute the value inside the function, or leave out the decorator");
          return;
        }
        m::Ref fn = fo;
        for (auto it = d->decorators.rbegin(); it != d->decorators.rend(); ++it) {
          auto dec = expr(**it);
          if (dec->op != ExprOp::Const) {
            error((*it)->loc, "decorators of nested functions must be constants");
            continue;
          }
          try {
            fn = interp_.call(dec->value, {fn}, {}, (*it)->loc);
          } catch (m::PyException& ex) {
            error((*it)->loc, "decorator raised " + exception_text(interp_, ex));
          } catch (m::EvalError& ex) {
            error(ex.loc, ex.message);
          }
        }
        out.push_back(assign_stmt(lookup_local(d->name, d->loc), constant(fn, d->loc), d->loc));
        return;
      }
      case StmtKind::ClassDef:
        error(s.loc, "class definitions inside functions are not RPython (define classes at module level)");
        return;
      case StmtKind::Import:
      case StmtKind::ImportFrom: {
        // Imports inside functions bind module constants (the modules were loaded at import time
        // only if module-level code imported them; load them now).
        m::Ref mod;
        try {
          if (s.kind == StmtKind::Import) {
            for (auto& a : s.as<ImportStmt>()->names) {
              std::string bind = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
              m::Ref v = interp_.loader().import_module(a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.name, a.loc);
              out.push_back(assign_stmt(lookup_local(bind, a.loc), constant(v, a.loc), a.loc));
            }
          } else {
            auto* imp = s.as<ImportFromStmt>();
            if (imp->level > 0) {
              error(s.loc, "relative imports inside functions are not supported");
              return;
            }
            m::Ref modv = interp_.loader().import_module(imp->module, s.loc);
            for (auto& a : imp->names) {
              auto* mo = modv->kind == m::ObjKind::Module ? modv->as<m::ModuleObj>() : nullptr;
              if (mo && mo->is_builtin && mo->name == "sys" && a.name == "argv") {  // the process's, as sys.argv
                auto get = make(ExprOp::GetAttr, a.loc);
                get->attr = a.name;
                get->args.push_back(constant(modv, a.loc));
                const std::string& bind = a.asname.empty() ? a.name : a.asname;
                if (is_module_var(bind))
                  set_module_var(bind, std::move(get), a.loc, out);
                else
                  out.push_back(assign_stmt(lookup_local(bind, a.loc), std::move(get), a.loc));
                continue;
              }
              m::Ref v = interp_.get_attr(modv, a.name, a.loc);
              out.push_back(assign_stmt(lookup_local(a.asname.empty() ? a.name : a.asname, a.loc), constant(v, a.loc), a.loc));
            }
          }
        } catch (m::PyException& ex) {
          error(s.loc, "import failed: " + exception_text(interp_, ex));
        }
        return;
      }
      case StmtKind::With:
        with(*s.as<WithStmt>(), out);
        return;
      case StmtKind::Exec:
        error(s.loc,
              "the exec statement is not RPython (translated code cannot run Python source): run it at import time, at module level, or "
              "write the code out");
        saw_exec_ = true;  // the names it would have defined raise no further errors
        return;
    }
  }

  // with E as v: body
  //   $m = E; v = $m.__enter__(); $x = False
  //   try:
  //     try: body
  //     except BaseException as $e:
  //       $x = True
  //       if not $m.__exit__(type($e), $e, None): raise
  //   finally:
  //     if not $x: $m.__exit__(None, None, None)     (also on return/break/continue)
  void with(const WithStmt& w, Block& out) {
    if (w.items.size() != 1) {
      error(w.loc, "with statements with several context managers are not supported; nest them");
      return;
    }
    Loc l = w.loc;
    Var* mgr = temp(l);
    Var* raised = temp(l);
    Var* exc = temp(l);
    out.push_back(assign_stmt(mgr, expr(*w.items[0].context_expr), l));
    auto method = [&](const char* name, Var* e) {
      auto get = make(ExprOp::GetAttr, l);
      get->attr = name;
      get->args.push_back(local(mgr, l));
      std::vector<ExprPtr> args;
      if (e) {
        std::vector<ExprPtr> of;
        of.push_back(local(e, l));
        args.push_back(call(builtin("type", l), std::move(of), l));
        args.push_back(local(e, l));
        args.push_back(constant(m::none(), l));
      } else if (std::string(name) == "__exit__") {
        for (int i = 0; i < 3; ++i) args.push_back(constant(m::none(), l));
      }
      return call(std::move(get), std::move(args), l);
    };
    ExprPtr enter = method("__enter__", nullptr);
    enter->args[0]->with_enter = true;
    if (w.items[0].optional_vars) {
      assign_to(*w.items[0].optional_vars, std::move(enter), out);
    } else {
      auto st = std::make_unique<ir::Stmt>(StmtOp::ExprStmt, l);
      st->exprs.push_back(std::move(enter));
      out.push_back(std::move(st));
    }
    out.push_back(assign_stmt(raised, constant(m::make_bool(false), l), l));
    auto outer = std::make_unique<ir::Stmt>(StmtOp::Try, l);
    auto t = std::make_unique<ir::Stmt>(StmtOp::Try, l);
    t->transparent = true;
    block(w.body, t->body);
    Handler h;
    h.loc = l;
    h.var = exc;
    h.classes.push_back(builtin("BaseException", l));
    h.body.push_back(assign_stmt(raised, constant(m::make_bool(true), l), l));
    auto cond = std::make_unique<ir::Stmt>(StmtOp::If, l);
    auto n = make(ExprOp::Not, l);
    n->args.push_back(method("__exit__", exc));
    cond->exprs.push_back(std::move(n));
    cond->body.push_back(std::make_unique<ir::Stmt>(StmtOp::Raise, l));
    h.body.push_back(std::move(cond));
    t->handlers.push_back(std::move(h));
    outer->body.push_back(std::move(t));
    auto fin = std::make_unique<ir::Stmt>(StmtOp::If, l);
    auto nr = make(ExprOp::Not, l);
    nr->args.push_back(local(raised, l));
    fin->exprs.push_back(std::move(nr));
    auto st = std::make_unique<ir::Stmt>(StmtOp::ExprStmt, l);
    st->exprs.push_back(method("__exit__", nullptr));
    fin->body.push_back(std::move(st));
    outer->finalbody.push_back(std::move(fin));
    out.push_back(std::move(outer));
  }

  // A nested def or lambda: lowered once here as a probe to learn which enclosing locals it reads;
  // none: a function constant; some: a MakeClosure capturing their current values.
  ExprPtr closure_value(const std::shared_ptr<m::FunctionObj>& fo, Loc l, std::vector<ExprPtr> computed_defaults = {}) {
    auto names = std::make_shared<std::set<std::string>>();
    for (auto& [n, v] : locals_)
      if (n[0] != '$') names->insert(n);
    if (fn_.enclosing) names->insert(fn_.enclosing->begin(), fn_.enclosing->end());
    fo->enclosing = names;
    Diagnostics scratch(diags_.sources());
    Graph probe;
    probe.name = fo->qualname;
    Lowerer p(*fo, interp_, scratch, probe);
    p.run();
    fo->captured.assign(p.probe_captured_.begin(), p.probe_captured_.end());
    fo->self_ref = p.probe_self_;
    // What it rebinds (`nonlocal`, itself or in functions nested in it): a local of this function
    // lives in a cell; an enclosing one is rebound by this function too.
    for (auto& n : p.nonlocal_writes_) {
      auto it = locals_.find(n);
      if (it != locals_.end() && !nonlocals_.count(n))
        closure_written_.insert(it->second);
      else
        nonlocal_writes_.insert(n);
    }
    if (fo->captured.empty() && !fo->self_ref && computed_defaults.empty()) {
      fo->enclosing = nullptr;
      return constant(fo, l);
    }
    auto e = make(ExprOp::MakeClosure, l);
    e->value = fo;
    for (auto& n : fo->captured) e->args.push_back(name(n, l));
    // Computed defaults: slots after the captured variables, by value (named so that no
    // variable of the function's body can be one).
    int base = static_cast<int>(fo->captured.size());
    for (size_t i = 0; i < computed_defaults.size(); ++i) {
      fo->captured.push_back(kDefaultSlotPrefix + std::to_string(i));
      e->args.push_back(std::move(computed_defaults[i]));
    }
    for (int& s : fo->default_slots)
      if (s >= 0) s += base;
    for (auto& [n, s] : fo->kwonly_default_slots) s += base;
    return e;
  }

  // super(C, self).m(args) / super().m(args) -> B.m(self, args), B the base class of C.
  ExprPtr super_call(const CallExpr& c, Loc l) {
    if (c.func->kind != ExprKind::Attribute) return nullptr;
    auto* at = c.func->as<AttributeExpr>();
    if (at->value->kind != ExprKind::Call) return nullptr;
    auto* sc = at->value->as<CallExpr>();
    if (sc->func->kind != ExprKind::Name || sc->func->as<NameExpr>()->id != "super" || locals_.count("super")) return nullptr;
    ExprPtr cls, self;
    if (sc->args.size() == 2) {
      cls = expr(*sc->args[0]);
      self = expr(*sc->args[1]);
    } else if (sc->args.empty() && !g_.params.empty()) {
      std::string q = fn_.qualname;
      auto dot = q.rfind('.');
      auto it = dot == std::string::npos ? fn_.module->attrs.end() : fn_.module->attrs.find(q.substr(0, dot));
      if (it != fn_.module->attrs.end()) cls = constant(it->second, l);
      self = local(g_.params[0], l);
    }
    if (!cls || cls->op != ExprOp::Const || cls->value->kind != m::ObjKind::Class) {
      error(sc->loc, "super() needs a class known at translation time: use super(Class, self)");
      return nullptr;
    }
    auto* co = cls->value->as<m::ClassObj>();
    if (co->base_refs.empty()) {
      error(sc->loc, "super(): class " + co->name + " has no base class");
      return nullptr;
    }
    auto get = make(ExprOp::GetAttr, at->loc);
    get->attr = at->attr;
    get->args.push_back(constant(co->base_refs[0], sc->loc));
    auto r = make(ExprOp::Call, l);
    r->args.push_back(std::move(get));
    r->args.push_back(std::move(self));
    for (auto& a : c.args) {
      if (a->kind == ExprKind::Starred) {
        error(a->loc, "f(*args) is not supported in super() calls");
        continue;
      }
      r->args.push_back(expr(*a));
    }
    for (auto& k : c.keywords) {
      if (k.name.empty()) continue;
      r->kwnames.push_back(k.name);
      r->args.push_back(expr(*k.value));
    }
    return r;
  }

  std::set<std::string> probe_captured_;
  bool probe_self_ = false;
  std::set<std::string> nonlocal_writes_;  // enclosing variables this function (or one nested in it) rebinds
  std::set<const Var*> closure_written_;   // locals that nested functions rebind (nonlocal)
  bool saw_exec_ = false;
  const m::FunctionObj& fn_;
  m::Interp& interp_;
  Diagnostics& diags_;
  Graph& g_;
  std::unordered_map<std::string, Var*> locals_;
  std::map<std::string, m::Ref> unroll_consts_;  // target names of the unrolled loop being lowered
  Var* unroll_broken_ = nullptr;                 // its "a break ran" flag (null: not in one)
  int unroll_breaks_ = 0;                        // breaks lowered out of unrolled loops so far
  std::set<std::string> globals_, nonlocals_;
  int ntemp_ = 0;
};

}  // namespace

std::unique_ptr<Graph> lower_function(const m::FunctionObj& fn, m::Interp& interp, Diagnostics& diags, bool receiver_in_vararg) {
  auto g = std::make_unique<Graph>();
  g->receiver_in_vararg = receiver_in_vararg && fn.args->args.empty() && !fn.args->vararg.empty();
  g->name = fn.qualname.empty() ? fn.name : fn.qualname;
  g->loc = fn.loc;
  g->file = fn.module ? fn.module->file : 0;
  g->is_generator = (fn.def && fn.def->is_generator) || fn.genexp;
  Lowerer(fn, interp, diags, *g).run();
  split_webs(*g);
  return g;
}

}  // namespace rpy::ir
