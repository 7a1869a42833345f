// C++ for IR statements.
#include <algorithm>

#include "codegen/emit_rlib.hpp"
#include "codegen/emitter.hpp"
#include "codegen/loop_facts.hpp"
#include "ir/flow.hpp"

namespace rpy::codegen {

static bool has_bare_raise(const ir::Block& b);

using annotate::BuiltinId;
using annotate::TypeKind;
using ir::Expr;
using ir::ExprOp;
using ir::Stmt;
using ir::StmtOp;

// A statement printed as several lines (operands held in temporaries before it, a loop's header
// and body): each line after the first is marked again with the statement's .py line, or the
// compiler would count on from it and a raise in the second line would be reported at the next
// line of the source (`self.items[self.depth] = w` reported at `self.depth += 1`).
void Emitter::line(const std::string& code) {
  if (opts_.line_directives && cur_line_ > 0 && !line_marked_)
    *out_ << "#line " << cur_line_ << " \"" << sm_.file(cur_file_).path << "\"\n";
  line_marked_ = false;
  *out_ << std::string(static_cast<size_t>(indent_) * 2, ' ') << code << "\n";
}

void Emitter::mark(Loc loc) {
  if (!loc.valid()) return;
  if (opts_.line_directives) {
    *out_ << "#line " << loc.line << " \"" << sm_.file(loc.file).path << "\"\n";
    line_marked_ = true;
  }
  // Tracebacks come from the #line information (see runtime/traceback.cpp); only generator bodies,
  // whose frames are gone when their exception reaches the top, record the line as they go.
  if (opts_.tracebacks && cur_graph_ && cur_graph_->is_generator && loc.line != cur_line_)
    line("rpy_line = " + std::to_string(loc.line) + ";");
  cur_line_ = loc.line;
  cur_file_ = loc.file;
}

void Emitter::block(ir::Block& b) {
  for (auto& s : b) {
    stmt(*s);
    if (!annotate::live_falls_through(*s)) break;  // the rest is unreachable (and was not annotated)
  }
}

// The branch a constant test selects (the other one was never annotated); the test itself still
// runs when it has effects.
void Emitter::constant_branch(Expr& test, ir::Block* live) {
  if (has_effects(test)) line("(void)(" + expr(test) + ");");
  if (!live || live->empty()) return;
  line("{");
  ++indent_;
  block(*live);
  --indent_;
  line("}");
}

static bool is_range_call(Expr& e) {
  if (e.op != ExprOp::Call || e.call_kind != ir::CallKind::Builtin) return false;
  auto id = static_cast<BuiltinId>(e.builtin_id);
  return id == BuiltinId::Range || id == BuiltinId::XRange;
}

// A `break` in b that leaves the loop around b (not one of a loop inside b).
static bool has_loop_break(ir::Block& b) {
  for (auto& st : b) {
    if (st->op == StmtOp::Break) return true;
    if (st->op != StmtOp::While && st->op != StmtOp::For && (has_loop_break(st->body) || has_loop_break(st->finalbody))) return true;
    if (has_loop_break(st->orelse)) return true;
    for (auto& h : st->handlers)
      if (has_loop_break(h.body)) return true;
  }
  return false;
}

static bool assigns_local(Expr& e, ir::Var* v) {
  if (e.op == ExprOp::SetLocal && e.var == v) return true;
  for (auto& a : e.args)
    if (a && assigns_local(*a, v)) return true;
  return false;
}

// `v == K` with v a char or int local and K a constant of the same kind: sets v and K.
static bool switch_test(Expr& e, ir::Var*& v, Expr*& k) {
  if (e.op != ExprOp::Compare || e.cmp != syntax::CmpOp::Eq || e.args.size() != 2) return false;
  Expr* a = e.args[0].get();
  Expr* b = e.args[1].get();
  if (a->op == ExprOp::Const) std::swap(a, b);
  if (a->op != ExprOp::Local || b->op != ExprOp::Const || !a->type || !b->type || !b->value) return false;
  TypeKind ka = a->type->kind;
  if (ka == TypeKind::Char) {
    if (b->type->kind != TypeKind::Char || b->value->kind != modules::ObjKind::Str || b->value->as<modules::StrObj>()->value.size() != 1)
      return false;
  } else if (ka == TypeKind::Int) {
    if (b->type->kind != TypeKind::Int || b->value->kind != modules::ObjKind::Int) return false;
  } else {
    return false;
  }
  v = a->var;
  k = b;
  return true;
}

// if v == K1 [and c1]: ... elif v == K2 [and c2]: ... else: ... on one char or int local v becomes a
// C++ switch on v. When v == K, every arm testing another constant is false, so the case for K runs
// the arms testing K in order (their extra conditions), then the else block (the default case).
bool Emitter::emit_switch(Stmt& s) {
  struct Arm {
    Stmt* st;
    std::string key;
    std::vector<Expr*> rest;  // further conjuncts of the test
  };
  std::vector<Arm> arms;
  ir::Var* var = nullptr;
  Expr* subject = nullptr;
  Stmt* cur = &s;
  ir::Block* dflt = nullptr;
  for (;;) {
    Expr& c = *cur->exprs[0];
    Arm arm{cur, "", {}};
    ir::Var* v = nullptr;
    Expr* k = nullptr;
    Expr* test = &c;
    if (c.op == ExprOp::And && c.args.size() >= 2) {
      test = c.args[0].get();
      for (size_t i = 1; i < c.args.size(); ++i) arm.rest.push_back(c.args[i].get());
    }
    if (!switch_test(*test, v, k) || (var && v != var)) return false;
    if (!var) subject = test->args[0]->op == ExprOp::Local ? test->args[0].get() : test->args[1].get();
    var = v;
    for (Expr* r : arm.rest)
      if (assigns_local(*r, var)) return false;
    arm.key = const_value(k->value, k->type, k->loc);
    arms.push_back(std::move(arm));
    if (cur->orelse.size() == 1 && cur->orelse[0]->op == StmtOp::If) {
      cur = cur->orelse[0].get();
      continue;
    }
    dflt = &cur->orelse;
    break;
  }
  std::vector<std::string> keys;
  for (auto& a : arms)
    if (std::find(keys.begin(), keys.end(), a.key) == keys.end()) keys.push_back(a.key);
  if (keys.size() < 3) return false;
  // A break in a case must leave the loop, not the switch: only with a labelled loop exit.
  bool breaks = has_loop_break(*dflt);
  for (auto& a : arms) breaks = breaks || has_loop_break(a.st->body);
  if (breaks && (loop_labels_.empty() || loop_labels_.back().empty())) return false;

  bool char_subject = subject->type->kind == TypeKind::Char;
  std::string label = dflt->empty() ? "" : fresh("rpy_dflt");
  line(std::string("switch (") + (char_subject ? "static_cast<unsigned char>(" + expr(*subject) + ")" : expr(*subject)) + ") {");
  for (const std::string& key : keys) {
    line(std::string("case ") + (char_subject ? "static_cast<unsigned char>(" + key + ")" : key) + ": {");
    ++indent_;
    int opened = 0;
    bool unconditional = false;
    for (auto& a : arms) {
      if (a.key != key) continue;
      mark(a.st->loc);
      if (a.rest.empty()) {
        if (opened) {
          line("} else {");
          ++indent_;
          block(a.st->body);
          --indent_;
        } else {
          block(a.st->body);
        }
        unconditional = true;
        break;
      }
      std::string cond;
      for (Expr* r : a.rest) cond += (cond.empty() ? "" : " && ") + truth(*r);
      line((opened ? "} else if (" : "if (") + cond + ") {");
      ++opened;
      ++indent_;
      block(a.st->body);
      --indent_;
    }
    if (opened) {
      if (!unconditional && !label.empty()) {
        line("} else {");
        line("  goto " + label + ";");
      }
      line("}");
    }
    --indent_;
    line("} break;");
  }
  if (!label.empty()) {
    line("default: " + label + ": {");
    ++indent_;
    block(*dflt);
    --indent_;
    line("} break;");
  }
  line("}");
  return true;
}

void Emitter::stmt(Stmt& s) {
  mark(s.loc);
  // Python evaluates an assignment's value before its target (emit_order.cpp).
  HeldOperands held;
  std::vector<Expr*> order;
  std::vector<OperandUse> uses;
  auto add = [&](size_t i) {
    if (i >= s.exprs.size() || !s.exprs[i]) return;
    // A container that may be None is held as it is and checked where it is used, after every
    // operand ran (as operand_order does for expressions).
    Expr* x = s.exprs[i].get();
    bool checked = false;
    while (x->op == ir::ExprOp::Narrow && x->narrow == ir::NarrowKind::NoneCheck) x = x->args[0].get(), checked = true;
    order.push_back(x);
    bool bound = (s.op == StmtOp::SetSlice && i != 0 && i != 3) || (s.op == StmtOp::DelSlice && i >= 1);
    uses.push_back(checked                                         ? OperandUse::Checked
                   : bound && slice_bound_may_be_none(*s.exprs[i]) ? OperandUse::ReadTwice
                                                                   : OperandUse::Value);
  };
  switch (s.op) {
    case StmtOp::SetAttr:
      add(1), add(0);
      break;
    case StmtOp::SetItem:
      add(2), add(0), add(1);
      break;
    case StmtOp::SetSlice:  // Python evaluates the value first, then the target, lower, upper, step
      add(3), add(0), add(1), add(2), add(4);
      break;
    case StmtOp::DelItem:
    case StmtOp::DelSlice:
      add(0), add(1), add(2), add(3);
      break;
    default:
      break;
  }
  if (order.size() >= 2) {
    std::string pre = hoist_operands(order, held, &uses);
    if (!pre.empty()) line(pre);
  }
  switch (s.op) {
    case StmtOp::ExprStmt:
      line(expr(*s.exprs[0]) + ";");
      return;
    case StmtOp::Assign:
      if (std::any_of(cur_graph_->released_vars.begin(), cur_graph_->released_vars.end(),
                      [&](const ir::Var* v) { return v->name == s.var->name; })) {
        // Rebinding the name lets go of the instance it held (whichever of the name's webs holds
        // it): its __del__ runs once the new value is in place (opt/escape).
        std::string code = "{ auto rpy_new = " + expr_as(*s.exprs[0], s.var->type) + "; ";
        std::string dels;
        int k = 0;
        for (const ir::Var* v : cur_graph_->released_vars) {
          if (v->name != s.var->name) continue;
          std::string old = "rpy_old" + std::to_string(k++);
          code += "auto* " + old + " = " + var_name(v) + "; " + var_name(v) + " = nullptr; ";
          dels += "if (" + old + ") rpy::run_del(" + old + "); ";
        }
        line(code + var_name(s.var) + " = rpy_new; " + dels + "}");
        return;
      }
      line(var_name(s.var) + " = " + expr_as(*s.exprs[0], s.var->type) + ";");
      return;
    case StmtOp::SetAttr: {
      Expr& obj = *s.exprs[0];
      if (obj.type && obj.type->kind == TypeKind::Function) {  // one of several functions' attribute (annotate/func_attrs.cpp)
        std::string h = func_attr_holder(obj, s.attr, s.loc);
        annotate::AttrDef* fa = ann.find_attr(ann.type_of_const(ann.func_attr_holder(obj.type->funcs[0], s.attr), s.loc)->cls, "value");
        line(h + "->a_value = " + expr_as(*s.exprs[1], fa ? fa->type : s.exprs[1]->type) + ";");
        return;
      }
      annotate::AttrDef* a = obj.type && obj.type->kind == TypeKind::Instance ? ann.find_attr(obj.type->cls, s.attr) : nullptr;
      if (!a) {
        fail(s.loc, "cannot generate attribute assignment to '" + s.attr + "'");
        return;
      }
      std::string target = nonnull(expr(obj), obj.type, s.attr);
      // --gc=gen: the write barrier, after the value (C++17 evaluates an assignment's right side first).
      // Storing None needs none: a null makes no old object point to a young one (richards'
      // `packet.link = None` kept Task.send from being inlined).
      TypeRef vt = s.exprs[1]->type;
      if (gen_ && GcGen::is_rooted(a->type) && !(vt && vt->kind == TypeKind::None)) target = "rpy::gen::wb(" + target + ")";
      line(target + "->a_" + s.attr + " = " + expr_as(*s.exprs[1], a->type) + ";");
      return;
    }
    case StmtOp::SetItem: {
      Expr& obj = *s.exprs[0];
      TypeRef t = obj.type;
      if (std::string c = rlib::setitem(*this, obj, *s.exprs[1], *s.exprs[2]); !c.empty()) return line(c + ";");  // bytearray
      if (t->kind == TypeKind::List) {
        // --gc=gen: Python evaluates the value, then the list, then the index; C++ may read the
        // list (even a rooted local) before a later argument collects, so each goes into a rooted
        // temporary in Python's order first.
        if (gen_ && GcGen::is_ref(t) && (gen_->can_collect(*s.exprs[2]) || gen_->can_collect(obj) || gen_->can_collect(*s.exprs[1]))) {
          TypeRef item = t->listdef->find()->item;
          std::string v = fresh("rpy_v"), l = fresh("rpy_l"), k = fresh("rpy_k");
          line("{ " + ctype(item) + " " + v + " = " + expr_as(*s.exprs[2], item) + "; " + gen_root(v) + "auto* " + l + " = " + expr(obj) +
               "; " + gen_root(l) + "int64_t " + k + " = " + expr_as(*s.exprs[1], tt.integer()) + "; rpy::list_set(" + l + ", " + k + ", " +
               v + "); }");
          return;
        }
        line("rpy::list_set(" + expr(obj) + ", " + expr_as(*s.exprs[1], tt.integer()) + ", " +
             expr_as(*s.exprs[2], t->listdef->find()->item) + ");");
        return;
      }
      if (t->kind == TypeKind::Dict) {
        annotate::DictDef* d = t->dictdef->find();
        if (gen_ && GcGen::is_ref(t)) {
          // --gc=gen: the value, the dict, then the key (Python's order), each held in a
          // temporary, the references rooted: dict_set may grow the dict, which collects.
          std::string v = fresh("rpy_v"), dd = fresh("rpy_d"), k = fresh("rpy_k");
          line("{ " + ctype(d->value) + " " + v + " = " + expr_as(*s.exprs[2], d->value) + "; " + gen_root(v) + "auto* " + dd + " = " +
               expr(obj) + "; " + gen_root(dd) + ctype(d->key) + " " + k + " = " + expr_as(*s.exprs[1], d->key) + "; rpy::dict_set(" + dd +
               ", " + k + ", " + v + "); }");
          return;
        }
        std::string set = "rpy::dict_set(" + expr(obj) + ", " + expr_as(*s.exprs[1], d->key) + ", " + expr_as(*s.exprs[2], d->value) + ");";
        if (std::string fast = dict_update_in_place(obj, *s.exprs[1], *s.exprs[2]); !fast.empty())
          return line("if (__builtin_expect(rpy::dict_plain_lookup(" + expr(obj) + "), 1)) " + fast + " else " + set);
        line(set);
        return;
      }
      if (t->kind == TypeKind::Instance) {
        auto fam = ann.method_family(t->cls, "__setitem__");
        if (fam.size() != 1) {
          fail(s.loc, "overridden __setitem__ is not supported yet");
          return;
        }
        ir::Graph* g = nullptr;
        for (auto& [k, gr] : ann.funcdesc(fam[0].second)->graphs) g = gr.get();
        line(g->c_name + "(" + convert(expr(obj), t, g->params[0]->type) + ", " + expr_as(*s.exprs[1], g->params[1]->type) + ", " +
             expr_as(*s.exprs[2], g->params[2]->type) + ");");
        return;
      }
      fail(s.loc, "item assignment on " + annotate::describe(t) + " is not supported yet");
      return;
    }
    case StmtOp::SetSlice: {
      Expr& obj = *s.exprs[0];
      SliceBound lo = slice_bound(s.exprs[1].get()), hi = slice_bound(s.exprs[2].get());
      SliceBound step = slice_bound(s.exprs.size() > 4 ? s.exprs[4].get() : nullptr);
      if (step.has != "false") {
        line("rpy::list_setslice_step(" + expr(obj) + ", " + lo.has + ", " + lo.value + ", " + hi.has + ", " + hi.value + ", " +
             step.step() + ", " + expr_as(*s.exprs[3], obj.type) + ");");
        return;
      }
      line("rpy::list_setslice(" + expr(obj) + ", " + lo.has + ", " + lo.value + ", " + hi.has + ", " + hi.value + ", " +
           expr_as(*s.exprs[3], obj.type) + ");");
      return;
    }
    case StmtOp::DelItem: {
      Expr& obj = *s.exprs[0];
      if (obj.type->kind == TypeKind::List) {
        line("rpy::list_delitem(" + expr(obj) + ", " + expr_as(*s.exprs[1], tt.integer()) + ");");
        return;
      }
      if (obj.type->kind == TypeKind::Dict) {
        line("rpy::dict_del(" + expr(obj) + ", " + expr_as(*s.exprs[1], obj.type->dictdef->find()->key) + ");");
        return;
      }
      fail(s.loc, "del on " + annotate::describe(obj.type) + " is not supported yet");
      return;
    }
    case StmtOp::DelSlice: {
      SliceBound lo = slice_bound(s.exprs[1].get()), hi = slice_bound(s.exprs[2].get());
      SliceBound step = slice_bound(s.exprs.size() > 3 ? s.exprs[3].get() : nullptr);
      if (step.has != "false") {
        line("rpy::list_delslice_step(" + expr(*s.exprs[0]) + ", " + lo.has + ", " + lo.value + ", " + hi.has + ", " + hi.value + ", " +
             step.step() + ");");
        return;
      }
      line("rpy::list_delslice(" + expr(*s.exprs[0]) + ", " + lo.has + ", " + lo.value + ", " + hi.has + ", " + hi.value + ");");
      return;
    }
    case StmtOp::UnpackCheck: {
      Expr& v = *s.exprs[0];
      if (v.op == ir::ExprOp::Narrow && v.narrow == ir::NarrowKind::NoneCheck) line("(void)(" + expr(v) + ");");  // may be None
      std::string len;
      TypeKind k = v.type->kind;
      if (k == TypeKind::List) len = expr(v) + "->len";
      if (k == TypeKind::Char || k == TypeKind::UniChar) len = "((void)(" + expr(v) + "), INT64_C(1))";
      if (k == TypeKind::Unicode) len = "rpy::u_len(" + expr(v) + ")";
      if (k == TypeKind::Str) len = (is_python2() ? "rpy::len(" : "rpy::len3(") + expr(v) + ")";
      if (!len.empty()) {
        std::string n = std::to_string(s.n);
        line("if (" + len + (s.at_least ? " < " : " != ") + n + ") rpy::raise_unpack_error(" + len + ", " + n + ", " +
             (s.at_least ? "true" : "false") + ");");
      }
      return;
    }
    case StmtOp::If: {
      bool v;
      if (const_truth(s.exprs[0]->type, v)) {
        constant_branch(*s.exprs[0], v ? &s.body : &s.orelse);
        return;
      }
      if (emit_switch(s)) return;
      line("if (" + truth(*s.exprs[0]) + ") {");
      ++indent_;
      block(s.body);
      --indent_;
      if (!s.orelse.empty()) {
        line("} else {");
        ++indent_;
        block(s.orelse);
        --indent_;
      }
      line("}");
      return;
    }
    case StmtOp::While: {
      bool v;
      if (const_truth(s.exprs[0]->type, v) && !v) {  // `while False:` runs only its else block
        constant_branch(*s.exprs[0], &s.orelse);
        return;
      }
      if (const_truth(s.exprs[0]->type, v) && v && !has_effects(*s.exprs[0])) {  // `while True:`: no else
        loop_labels_.push_back("");
        line("while (true) {");
        ++indent_;
        block(s.body);
        --indent_;
        line("}");
        loop_labels_.pop_back();
        return;
      }
      std::string label = s.orelse.empty() ? "" : fresh("rpy_brk");
      loop_labels_.push_back(label);
      line("while (" + truth(*s.exprs[0]) + ") {");
      ++indent_;
      block(s.body);
      --indent_;
      line("}");
      loop_labels_.pop_back();
      if (!s.orelse.empty()) {
        line("{");
        block(s.orelse);
        line("}");
        line(label + ":;");
      }
      return;
    }
    case StmtOp::For: {
      Expr& it = *s.exprs[0];
      TypeRef vt = s.var->type;
      // Generators given to the loop's zip()/enumerate()/map() that need closing: closed when the
      // loop is left (the zip dies there in CPython), before the else clause.
      std::vector<Expr*> closers;
      if (lazy_consumed(it)) fresh_closers(it, closers);
      std::string closing = closers.empty() ? "" : drop_slot_decls(closers);
      if (!closing.empty()) line("{ " + closing);
      if ((!vt || vt->kind == TypeKind::Impossible) && !is_range_call(it)) {
        // Nothing is ever stored in what is iterated (a list no code appends to): as in RPython,
        // the body is unreachable. The iterable is still evaluated, and the else clause runs. An
        // iterator (a generator whose yields are never reached) is still asked for its first
        // item: its code runs until it ends or raises.
        if (it.type && it.type->kind == TypeKind::Iterator) {
          std::string c = fresh("rpy_c"), x = fresh("rpy_x");
          line("{ auto* " + c + " = " + expr(it) + "; " + ctype(it.type->items[0]) + " " + x + "{}; (void)" + c + "->step(" + x + "); }");
        } else {
          line("(void)(" + expr(it) + ");");
        }
        if (!closing.empty()) line("}");
        if (!s.orelse.empty()) {
          line("{");
          block(s.orelse);
          line("}");
        }
        return;
      }
      std::string label = s.orelse.empty() ? "" : fresh("rpy_brk");
      std::string v = var_name(s.var);
      if (is_range_call(it)) {
        std::vector<std::string> a;
        for (size_t i = 1; i < it.args.size(); ++i) a.push_back(expr_as(*it.args[i], tt.integer()));
        std::string lo = a.size() == 1 ? "0" : a[0], hi = a.size() == 1 ? a[0] : a[1];
        std::string step = a.size() == 3 ? a[2] : "1";
        std::string i = fresh("rpy_i"), end = fresh("rpy_end"), st = fresh("rpy_step");
        if (a.size() == 3) {
          line("{ int64_t " + i + " = " + lo + ", " + end + " = " + hi + ", " + st + " = " + step + ";");
          // the interpreter's message: Python 2's range() and xrange(), Python 3's range()
          std::string zero = !is_python2()                                                ? "rpy::kRange3ZeroStep"
                             : static_cast<BuiltinId>(it.builtin_id) == BuiltinId::XRange ? "rpy::kXRangeZeroStep"
                                                                                          : "\"range() step argument must not be zero\"";
          line("if (" + st + " == 0) rpy::raise_value_error(" + zero + ");");
          line("for (; " + st + " > 0 ? " + i + " < " + end + " : " + i + " > " + end + "; " + i + " += " + st + ") {");
        } else {
          line("{ int64_t " + i + " = " + lo + ", " + end + " = " + hi + ";");
          line("for (; " + i + " < " + end + "; ++" + i + ") {");
        }
        ++indent_;
        line(v + " = " + convert(i, tt.integer(), vt) + ";");
      } else if (s.iter_var) {
        carried_iter_header(s, v, vt);         // a red iterator around a JIT merge point (emit_iter.cpp)
      } else if (!emit_dict_for(it, v, vt)) {  // dicts, sets, d.items()... (emit_dict.cpp)
        TypeRef t = it.type;
        std::string c = fresh("rpy_c"), i = fresh("rpy_i");
        switch (t->kind) {
          case TypeKind::List:
            line("{ auto* " + c + " = " + expr(it) + ";");
            // --gc=gen: the list is rooted, and its items pointer reloaded (a collection moves it)
            if (gen_ && GcGen::is_ref(t)) {
              line(gen_root(c));
              line("for (int64_t " + i + " = 0; " + i + " < " + c + "->len; ++" + i + ") {");
              ++indent_;
              line(v + " = " + convert(c + "->items[" + i + "]", t->listdef->find()->item, vt) + ";");
              break;
            }
            if (block_keeps_lists(s.body)) {  // the length and items pointer in registers (loop_facts.cpp)
              std::string n = fresh("rpy_n"), p = fresh("rpy_p");
              line("const int64_t " + n + " = " + c + "->len; auto* const " + p + " = " + c + "->items;");
              line("for (int64_t " + i + " = 0; " + i + " < " + n + "; ++" + i + ") {");
              ++indent_;
              line(v + " = " + convert(p + "[" + i + "]", t->listdef->find()->item, vt) + ";");
              break;
            }
            line("for (int64_t " + i + " = 0; " + i + " < " + c + "->len; ++" + i + ") {");
            ++indent_;
            line(v + " = " + convert(c + "->items[" + i + "]", t->listdef->find()->item, vt) + ";");
            break;
          case TypeKind::Str:
            if (!is_python2()) {  // Python 3: code points, as strs
              std::string n = fresh("rpy_n");
              line("{ rpy::Str* " + c + " = " + expr(it) + "; int64_t " + n + " = 0;");
              line("for (int64_t " + i + " = 0; " + i + " < " + c + "->len; " + i + " += " + n + ") {");
              ++indent_;
              line(v + " = " + convert("rpy::str_cp_at(" + c + ", " + i + ", &" + n + ")", tt.str(), vt) + ";");
              break;
            }
            line("{ rpy::Str* " + c + " = " + expr(it) + ";");
            line("for (int64_t " + i + " = 0; " + i + " < " + c + "->len; ++" + i + ") {");
            ++indent_;
            line(v + " = " + convert(c + "->data[" + i + "]", tt.character(), vt) + ";");
            break;
          case TypeKind::Bytes:  // Python 3 bytes: ints 0..255
            line("{ rpy::Bytes* " + c + " = " + expr(it) + ";");
            line("for (int64_t " + i + " = 0; " + i + " < " + c + "->len; ++" + i + ") {");
            ++indent_;
            line(v + " = " + convert("static_cast<int64_t>(static_cast<unsigned char>(" + c + "->data[" + i + "]))", tt.int_nonneg(), vt) +
                 ";");
            break;
          case TypeKind::File:  // lines (bytes from a binary file)
            line("{ rpy::File* " + c + " = " + expr(it) + ";");
            line("for (rpy::Str* " + i + "; (" + i + " = rpy::file_next_line(" + c + "))->len != 0;) {");
            ++indent_;
            if (t->bits == 8)
              line(v + " = " + convert("rpy::as_bytes(" + i + ")", tt.bytes(), vt) + ";");
            else
              line(v + " = " + convert(i, tt.str(), vt) + ";");
            break;
          case TypeKind::Unicode: {  // code points, as unicode strings of length 1
            std::string n = fresh("rpy_n");
            line("{ rpy::Str* " + c + " = " + expr(it) + "; int64_t " + n + " = 0;");
            line("for (int64_t " + i + " = 0; " + i + " < " + c + "->len; " + i + " += " + n + ") {");
            ++indent_;
            line(n + " = 1; while (" + i + " + " + n + " < " + c + "->len && (static_cast<unsigned char>(" + c + "->data[" + i + " + " + n +
                 "]) & 0xc0) == 0x80) ++" + n + ";");
            line(v + " = " + convert("rpy::str_new(" + c + "->data + " + i + ", " + n + ")", tt.unicode(), vt) + ";");
            break;
          }
          case TypeKind::Char:
            line("{ char " + c + " = " + expr(it) + ";");
            line("for (int " + i + " = 0; " + i + " < 1; ++" + i + ") {");
            ++indent_;
            line(v + " = " + convert(c, tt.character(), vt) + ";");
            break;
          default:
            if (for_iter_header(s, v, vt)) break;  // iterators, instances (emit_iter.cpp)
            fail(s.loc, "iteration over " + annotate::describe(t) + " is not supported yet");
            return;
        }
      }
      loop_labels_.push_back(label);
      block(s.body);
      loop_labels_.pop_back();
      --indent_;
      line("}}");
      if (!closing.empty()) line("}");
      if (!s.orelse.empty()) {
        line("{");
        block(s.orelse);
        line("}");
        line(label + ":;");
      }
      return;
    }
    case StmtOp::Break:
      loop_exit(true);
      return;
    case StmtOp::Continue:
      loop_exit(false);
      return;
    case StmtOp::Pass:
    case StmtOp::DelLocal:  // lowered by ir/webs.cpp
      return;
    case StmtOp::Return: {
      TypeRef rt = cur_graph_->return_type;
      bool is_void = cur_graph_->is_generator || !rt || rt->kind == TypeKind::None || rt->kind == TypeKind::Impossible;
      if (is_void) {
        if (!s.exprs.empty() && s.exprs[0]->op != ExprOp::Const) line(expr(*s.exprs[0]) + ";");
        return_value("");
      } else {
        return_value(s.exprs.empty() ? default_value(rt) : expr_as(*s.exprs[0], rt));
      }
      return;
    }
    case StmtOp::Raise: {
      if (s.exprs.empty()) {
        // A bare raise in a handler: if nothing outside catches it, its traceback is taken here.
        if (exc_info2_ && (handled_.empty() || handler_catches_.back()))
          line("rpy::reraise_exc_info2();");  // Python 2: the exception the frame caught last
        else
          line(handled_.empty() ? "rpy::reraise_handled();" : "rpy::note_raise(" + handled_.back() + ", true); " + rethrow_.back());
        return;
      }
      Expr& x = *s.exprs[0];
      if (s.exprs.size() > 1 && x.type->kind != TypeKind::Impossible) {
        raise_from(x, *s.exprs[1]);
        return;
      }
      if (x.type->kind == TypeKind::Class) {
        annotate::ClassDef* cd = ann.classdef(x.type->const_value);
        line("rpy::make<" + class_name(cd) + ">()->raise_self();");
      } else if (x.type->kind == TypeKind::Impossible) {
        line(expr(x) + ";  // never returns: it raises");  // raise f() where f always raises
        line("__builtin_unreachable();");
      } else if (x.type->nullable) {
        line("rpy::raise_nonnull(" + expr(x) + ");");
      } else {
        line(virtual_receiver(expr(x), x.type) + "->raise_self();");
      }
      return;
    }
    case StmtOp::Try: {
      if (!s.finalbody.empty()) {
        try_finally(s);
        return;
      }
      bool has_else = !s.orelse.empty();
      std::string ok = fresh("rpy_ok");
      if (has_else) line("bool " + ok + " = false;");
      // In a generator the handlers run after the catch clause, which only keeps the exception: a
      // coroutine cannot suspend (yield) inside a handler.
      bool deferred = cur_graph_->is_generator && !s.handlers.empty();
      std::string dv = fresh("rpy_caught"), dp = fresh("rpy_ep");
      if (deferred) line("rpy::BaseException* " + dv + " = nullptr; std::exception_ptr " + dp + ";");
      if (!s.handlers.empty()) line("try {");
      ++indent_;
      if (!s.handlers.empty() && !s.transparent) {
        // What the handlers catch, for rpy::note_raise: a raise nothing matches takes its traceback.
        std::string cond;
        bool all = false;
        for (auto& h : s.handlers) {
          // A handler that may re-raise (a bare `raise`) does not count: the traceback is taken at
          // the first raise, with its deeper frames, as Python shows it.
          if (has_bare_raise(h.body)) continue;
          std::vector<annotate::ClassDef*> classes;
          for (auto& c : h.classes)
            if (c->type && c->type->kind == TypeKind::Class) classes.push_back(ann.classdef(c->type->const_value));
          if (classes.empty()) all = true;
          for (auto* cd : classes) {
            if (cd->name == "BaseException" && !cd->base) all = true;
            cond += (cond.empty() ? "" : " || ") + std::string("dynamic_cast<") + class_name(cd) + "*>(rpy_x) != nullptr";
          }
        }
        std::string match = all || cond.empty() ? "nullptr" : "[](rpy::BaseException* rpy_x) -> bool { return " + cond + "; }";
        std::string hs = handler_scope(match);
        if (!hs.empty()) line(hs);
      }
      block(s.body);
      if (has_else) line(ok + " = true;");
      --indent_;
      // Handlers naming one class each become C++ catch clauses; otherwise one catch clause tests
      // the handlers in order (a rethrow inside a catch clause would skip its siblings).
      bool simple = !deferred;
      for (auto& h : s.handlers)
        if (h.classes.size() > 1) simple = false;
      auto handler_classes = [&](ir::Handler& h) {
        std::vector<annotate::ClassDef*> classes;
        for (auto& c : h.classes)
          if (c->type && c->type->kind == TypeKind::Class) classes.push_back(ann.classdef(c->type->const_value));
        return classes;
      };
      if (simple) {
        for (auto& h : s.handlers) {
          auto classes = handler_classes(h);
          std::string ev = fresh("rpy_e");
          line("} catch (" + (classes.empty() ? std::string("rpy::BaseException") : class_name(classes[0])) + "* " + ev + ") {");
          ++indent_;
          if (h.var) line(var_name(h.var) + " = static_cast<" + ctype(h.var->type) + ">(" + ev + ");");
          enter_handler(ev, "throw;", h);
          block(h.body);
          leave_handler();
          --indent_;
        }
      } else if (!s.handlers.empty()) {
        std::string ev = deferred ? dv : fresh("rpy_e");
        std::string rethrow = deferred ? "std::rethrow_exception(" + dp + ");" : "throw;";
        if (deferred) {
          line("} catch (rpy::BaseException* rpy_x) {");
          line("  " + dv + " = rpy_x;");
          line("  " + dp + " = std::current_exception();");
          line("}");
          line("if (" + dv + ") {");
        } else {
          line("} catch (rpy::BaseException* " + ev + ") {");
        }
        ++indent_;
        bool first = true;
        bool bare = false;
        for (auto& h : s.handlers) {
          auto classes = handler_classes(h);
          std::string cond;
          for (size_t i = 0; i < classes.size(); ++i)
            cond += (i ? " || " : "") + std::string("dynamic_cast<") + class_name(classes[i]) + "*>(" + ev + ")";
          if (classes.empty()) {
            line(first ? "{" : "} else {");
            bare = true;
          } else {
            line((first ? "if (" : "} else if (") + cond + ") {");
          }
          first = false;
          ++indent_;
          if (h.var) line(var_name(h.var) + " = static_cast<" + ctype(h.var->type) + ">(" + ev + ");");
          enter_handler(ev, rethrow, h);
          block(h.body);
          leave_handler();
          --indent_;
          if (bare) break;
        }
        if (!bare)
          line("} else { " + rethrow + " }");
        else
          line("}");
        --indent_;
      }
      if (!s.handlers.empty()) line("}");
      if (has_else) {
        line("if (" + ok + ") {");
        ++indent_;
        block(s.orelse);
        --indent_;
        line("}");
      }
      return;
    }
  }
}

// try/finally: the finally body runs on the exceptional exit in a catch-all clause that rethrows,
// and after the statement on the other exits. A return, break or continue in the protected part
// records what it does and jumps to the finally body below the statement (a return's value is
// computed first); after the body, the exit carries on, through the enclosing finally bodies.
// The finally body itself runs outside the protected part: a return, break or raise there
// replaces the exit in progress, as in Python.
void Emitter::try_finally(Stmt& s) {
  ir::Block fin = std::move(s.finalbody);
  s.finalbody.clear();
  FinallyExit x;
  x.exit_var = fresh("rpy_exit");
  x.label = fresh("rpy_fin");
  x.loop_depth = loop_labels_.size();
  TypeRef rt = cur_graph_->return_type;
  bool void_ret = cur_graph_->is_generator || !rt || rt->kind == TypeKind::None || rt->kind == TypeKind::Impossible;
  if (!void_ret) x.ret_var = fresh("rpy_ret");
  std::ostringstream protected_part;
  std::ostringstream* saved = out_;
  out_ = &protected_part;
  int si = indent_;
  ++indent_;
  finally_exits_.push_back(x);
  stmt(s);  // the try statement without its finally clause
  x = finally_exits_.back();
  finally_exits_.pop_back();
  indent_ = si;
  out_ = saved;
  s.finalbody = std::move(fin);

  line("{");
  ++indent_;
  bool jumps = x.returns || x.breaks || x.continues;
  if (jumps) line("int " + x.exit_var + " = 0;");
  if (x.returns && !void_ret) line(ctype(rt) + " " + x.ret_var + "{};");
  if (cur_graph_->is_generator) {
    // The finally body runs after the catch clause (a coroutine cannot yield in a handler).
    // The exception is also kept in a local the collector sees (rpy::keep_alive).
    std::string ep = fresh("rpy_ep"), kept = fresh("rpy_kept");
    line("std::exception_ptr " + ep + ";");
    line("rpy::BaseException* " + kept + " = nullptr;");
    line("try {");
    *out_ << protected_part.str();
    line("} catch (...) {");
    line("  " + ep + " = std::current_exception();");
    line("  " + kept + " = rpy::handled_exception();");
    line("}");
    line("if (" + ep + ") {");
    ++indent_;
    block(s.finalbody);
    if (annotate::live_falls_through(s.finalbody)) line("rpy::keep_alive(" + kept + "); std::rethrow_exception(" + ep + ");");
    --indent_;
    line("}");
  } else {
    line("try {");
    *out_ << protected_part.str();
    line("} catch (...) {");
    ++indent_;
    line("rpy::KeepHandled " + fresh("rpy_keep") + ";  // the exception stays alive while the body runs");
    block(s.finalbody);
    if (annotate::live_falls_through(s.finalbody)) line("throw;");
    --indent_;
    line("}");
  }
  if (jumps) line(x.label + ":;");
  block(s.finalbody);
  if (jumps && annotate::live_falls_through(s.finalbody)) {
    if (x.returns) {
      line("if (" + x.exit_var + " == 1) {");
      ++indent_;
      return_value(void_ret ? "" : x.ret_var);
      --indent_;
      line("}");
    }
    if (x.breaks) {
      line("if (" + x.exit_var + " == 2) {");
      ++indent_;
      loop_exit(true);
      --indent_;
      line("}");
    }
    if (x.continues) {
      line("if (" + x.exit_var + " == 3) {");
      ++indent_;
      loop_exit(false);
      --indent_;
      line("}");
    }
  }
  --indent_;
  line("}");
}

// A return of `value` (a C++ expression of the return type; "" when the function returns
// nothing), through the finally bodies it leaves.
void Emitter::return_value(const std::string& value) {
  if (!finally_exits_.empty()) {
    FinallyExit& x = finally_exits_.back();
    x.returns = true;
    if (!value.empty()) line(x.ret_var + " = " + value + ";");
    line(x.exit_var + " = 1; goto " + x.label + ";");
    return;
  }
  if (cur_graph_->is_generator)
    line("co_return;");
  else
    line(value.empty() ? "return;" : "return " + value + ";");
}

// break (or continue) of the innermost loop, through the finally bodies between it and here.
void Emitter::loop_exit(bool is_break) {
  if (!finally_exits_.empty() && finally_exits_.back().loop_depth == loop_labels_.size()) {
    FinallyExit& x = finally_exits_.back();
    (is_break ? x.breaks : x.continues) = true;
    line(x.exit_var + (is_break ? " = 2; goto " : " = 3; goto ") + x.label + ";");
    return;
  }
  if (!is_break)
    line("continue;");
  else if (!loop_labels_.empty() && !loop_labels_.back().empty())
    line("goto " + loop_labels_.back() + ";");
  else
    line("break;");
}

static bool has_bare_raise(const ir::Block& b) {
  for (auto& st : b) {
    if (st->op == StmtOp::Raise && st->exprs.empty()) return true;
    if (has_bare_raise(st->body) || has_bare_raise(st->orelse) || has_bare_raise(st->finalbody)) return true;
    for (auto& h : st->handlers)
      if (has_bare_raise(h.body)) return true;
  }
  return false;
}

void Emitter::enter_handler(const std::string& ev, const std::string& rethrow, const ir::Handler& h) {
  if (exc_info2_ && !h.keeps_exc_info) line("rpy::exc_info2 = " + ev + ";");
  handled_.push_back(ev);
  rethrow_.push_back(rethrow);
  handler_catches_.push_back(ir::catches(h.body));
}

void Emitter::leave_handler() {
  handled_.pop_back();
  rethrow_.pop_back();
  handler_catches_.pop_back();
}

std::string Emitter::handler_scope(const std::string& match) {
  if (cur_graph_ && cur_graph_->is_generator) return "";
  return "rpy::HandlerScope " + fresh("rpy_hs") + "(" + match + "); ";
}

// `raise X from Y` (Python evaluates X, then Y, then makes the instances of classes): Y, or null
// for `from None`, becomes X's __cause__ (rpy::with_cause), then X is raised as a plain raise is.
void Emitter::raise_from(Expr& x, Expr& cause) {
  line("{");
  ++indent_;
  std::string tx = fresh("rpy_exc"), tc = fresh("rpy_cause");
  bool cls = x.type->kind == TypeKind::Class;
  if (!cls) line("auto* " + tx + " = " + expr(x) + ";");
  std::string c;
  if (cause.type->kind == TypeKind::Class)
    c = "rpy::make<" + class_name(ann.classdef(cause.type->const_value)) + ">()";
  else if (cause.type->kind == TypeKind::None)
    c = has_effects(cause) ? "(" + expr(cause) + ", nullptr)" : "nullptr";
  else
    c = expr(cause);
  line("rpy::BaseException* " + tc + " = " + c + ";");
  if (cls) {
    line("rpy::with_cause(rpy::make<" + class_name(ann.classdef(x.type->const_value)) + ">(), " + tc + ")->raise_self();");
  } else if (x.type->nullable) {
    line("if (" + tx + ") rpy::with_cause(" + tx + ", " + tc + ");");
    line("rpy::raise_nonnull(" + tx + ");");
  } else {
    line("rpy::with_cause(" + tx + ", " + tc + ")->raise_self();");
  }
  --indent_;
  line("}");
}

}  // namespace rpy::codegen
