// Locals that only ever hold constants whose kinds do not merge, as RPython's flow space keeps them.
//
// RPython builds its flow graphs by abstract interpretation of the bytecode (flowspace/
// flowcontext.py): a local assigned a constant stays a Constant on that path, an operation whose
// arguments are all constants is folded (`None == 1` is False), a test on a constant takes one
// branch only, and paths are joined (framestate.py's union: two different constants become one
// Variable) only where an operation is recorded. So in Pystone's Proc2
//
//     x = None
//     while 1:
//         if c == 'A': x = 1
//         if x == 1: break
//
// x never becomes a Variable: on each path `x == 1` folds, and the annotator never sees None and
// int merge (model.py's unionof would refuse that: SomeInteger cannot be None).
//
// rpy's annotator works on a tree, so it gets the same meaning by recording which constant a local
// holds: a family of webs (ir/webs.cpp; narrowing copies `x = narrow(x)` join them) whose every
// definition is a constant, and whose constants do not merge into one type, holds the index of its
// constant (an int). Each use is folded per constant that reaches it, as the flow space folds it on
// each path: a comparison with a constant or a truth test becomes a test of the index, a read
// where the reaching constants merge becomes a choice between them. A family with any other use
// is left alone: the union is then refused as RPython refuses it.
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;
using ir::Graph;
using ir::Stmt;
using ir::StmtOp;
using ir::Var;
using syntax::CmpOp;

namespace {

bool is_simple_const(const Expr& e) {
  if (e.op != ExprOp::Const || !e.value) return false;
  switch (e.value->kind) {
    case m::ObjKind::None:
    case m::ObjKind::Bool:
    case m::ObjKind::Int:
    case m::ObjKind::Float:
    case m::ObjKind::Str:
    case m::ObjKind::Unicode:
      return true;
    default:
      return false;
  }
}

class ConstLocals {
 public:
  ConstLocals(Annotator& ann, Graph& g) : ann_(ann), g_(g) {}

  void run() {
    for (Var* p : g_.params) bad_.insert(p);
    if (g_.vararg) bad_.insert(g_.vararg);
    for (Var* c : g_.captured) bad_.insert(c);
    if (g_.self_var) bad_.insert(g_.self_var);
    for (auto& s : g_.body) collect_stmt(*s);
    if (defs_.empty()) return;
    build_families();
    if (families_.empty()) return;
    for (auto& s : g_.body) plan_stmt(*s);
    apply();
  }

 private:
  struct Family {
    std::vector<m::Ref> consts;  // index = the tag stored in the variables
    bool ok = true;
    Loc value_use;        // a use that needs the value itself, where the constants do not merge
    bool tested = false;  // some use is a test folded per constant
  };
  enum class Use { Test, Value };
  struct Rewrite {
    ExprPtr* slot;
    Family* fam;
    Expr* read;
    Use use;
    std::vector<bool> truth;  // Test: per constant index, the folded outcome
  };

  // ---- definitions
  void def(Var* v, Expr* value) {
    if (!v) return;
    if (v->boxed || v->name.empty() || v->name[0] == '$') bad_.insert(v);
    defs_[v].push_back(value);
  }
  void collect_expr(Expr& e) {
    if (e.op == ExprOp::SetLocal) def(e.var, e.args[0].get());
    if (e.op == ExprOp::Comp && e.var) bad_.insert(e.var);
    for (auto& a : e.args)
      if (a) collect_expr(*a);
    for (auto& s : e.body) collect_stmt(*s);
  }
  void collect_block(ir::Block& b) {
    for (auto& s : b) collect_stmt(*s);
  }
  void collect_stmt(Stmt& s) {
    if (s.op == StmtOp::Assign) def(s.var, s.exprs[0].get());
    if (s.op == StmtOp::For && s.var) bad_.insert(s.var);
    for (auto& x : s.exprs)
      if (x) collect_expr(*x);
    for (auto& h : s.handlers) {
      if (h.var) bad_.insert(h.var);
      for (auto& c : h.classes) collect_expr(*c);
      collect_block(h.body);
    }
    collect_block(s.body);
    collect_block(s.orelse);
    collect_block(s.finalbody);
  }

  Var* find(Var* v) {
    auto it = parent_.find(v);
    if (it == parent_.end() || it->second == v) return v;
    return it->second = find(it->second);
  }
  static bool is_copy(const Expr* value) {
    return value && value->op == ExprOp::Narrow && value->args[0]->op == ExprOp::Local && value->args[0]->var;
  }

  void build_families() {
    for (auto& [v, values] : defs_)
      for (Expr* x : values)
        if (is_copy(x)) {
          Var* a = find(v);
          Var* b = find(x->args[0]->var);
          if (a != b) parent_[a] = b;
        }
    std::map<Var*, Family> by_root;
    std::set<Var*> bad_roots;
    for (auto& [v, values] : defs_) {
      Var* r = find(v);
      Family& f = by_root[r];
      if (bad_.count(v)) bad_roots.insert(r);
      for (Expr* x : values) {
        if (is_copy(x)) {
          if (!defs_.count(x->args[0]->var)) bad_roots.insert(r);  // a copy of something else
          continue;
        }
        if (!x || !is_simple_const(*x)) {
          bad_roots.insert(r);
          continue;
        }
        if (index_of(f, x->value) < 0) f.consts.push_back(x->value);
      }
    }
    for (auto& [r, f] : by_root) {
      if (bad_roots.count(r) || f.consts.size() < 2 || merges(f.consts)) continue;
      families_[r] = f;
    }
    for (auto& [v, values] : defs_) {
      auto it = families_.find(find(v));
      if (it != families_.end()) family_of_[v] = &it->second;
    }
  }

  static int index_of(const Family& f, const m::Ref& c) {
    for (size_t i = 0; i < f.consts.size(); ++i)
      if (f.consts[i]->kind == c->kind && m::values_equal(f.consts[i], c)) return static_cast<int>(i);
    return -1;
  }
  // Whether the types of these constants merge into one (then the variable is an ordinary one).
  bool merges(const std::vector<m::Ref>& cs) {
    TypeRef u = ann_.types().impossible();
    for (auto& c : cs) {
      UnionResult r = union_types(ann_.types(), u, ann_.type_of_const(c, g_.loc), nullptr);
      if (!r.type) return false;
      u = r.type;
    }
    return true;
  }

  // The constants (indices) that may be read at a read of a family variable; false when unknown.
  // A copy met again while following copies (a narrowing copy in a loop) adds nothing: every
  // constant that reaches through the cycle also reaches without it, through fewer narrowings.
  bool reaching(const Expr& read, Family& f, std::set<int>& out) {
    std::set<const Expr*> on_path;
    int budget = 100000;
    return reaching(read, f, out, on_path, budget);
  }
  bool reaching(const Expr& read, Family& f, std::set<int>& out, std::set<const Expr*>& on_path, int& budget) {
    if (read.reaching.empty() || --budget < 0) return false;
    for (const Expr* v : read.reaching) {
      if (!v) return false;
      if (v->op == ExprOp::Const) {
        int i = index_of(f, v->value);
        if (i < 0) return false;
        out.insert(i);
      } else if (is_copy(v)) {
        if (!on_path.insert(v).second) continue;
        std::set<int> inner;
        bool ok = reaching(*v->args[0], f, inner, on_path, budget);
        on_path.erase(v);
        if (!ok) return false;
        for (int i : inner) {
          bool none = m::is_none(f.consts[static_cast<size_t>(i)]);
          // (a fact that holds only if a call never returns is not known yet: a plain copy)
          if (v->narrow == ir::NarrowKind::IsNone && !none && !v->unless_falls) continue;
          if (v->narrow == ir::NarrowKind::NotNone && none && !v->unless_falls) continue;
          out.insert(i);
        }
      } else {
        return false;
      }
    }
    return true;
  }

  Family* family_read(const Expr* e) {
    if (!e || e->op != ExprOp::Local || !e->var) return nullptr;
    auto it = family_of_.find(e->var);
    return it == family_of_.end() ? nullptr : it->second;
  }

  // ---- uses
  // `x OP c` / `c OP x` folded per constant x may hold; false when the interpreter would not fold it.
  bool fold_compare(const Expr& cmp, bool x_left, Family& f, std::vector<bool>& out) {
    const m::Ref& k = cmp.args[x_left ? 1 : 0]->value;
    out.assign(f.consts.size(), false);
    for (size_t i = 0; i < f.consts.size(); ++i) {
      const m::Ref& c = f.consts[i];
      const m::Ref& a = x_left ? c : k;
      const m::Ref& b = x_left ? k : c;
      if (cmp.cmp == CmpOp::Is || cmp.cmp == CmpOp::IsNot) {
        bool same;
        if (m::is_none(a) || m::is_none(b))
          same = m::is_none(a) && m::is_none(b);
        else if (a->kind == m::ObjKind::Bool && b->kind == m::ObjKind::Bool)
          same = m::values_equal(a, b);
        else
          return false;  // identity of other constants is not decided by their values
        out[i] = (cmp.cmp == CmpOp::Is) == same;
        continue;
      }
      if (cmp.cmp == CmpOp::In || cmp.cmp == CmpOp::NotIn) return false;
      try {
        out[i] = ann_.interp().compare(cmp.cmp, a, b, cmp.loc);
      } catch (...) {
        return false;  // the comparison raises: left to the ordinary rules (and their error)
      }
    }
    return true;
  }
  bool fold_truth(Family& f, std::vector<bool>& out) {
    out.assign(f.consts.size(), false);
    for (size_t i = 0; i < f.consts.size(); ++i) {
      try {
        out[i] = ann_.interp().truth(f.consts[i], g_.loc);
      } catch (...) {
        return false;
      }
    }
    return true;
  }
  void plan(ExprPtr& slot, Family& f, Expr* read, Use use, std::vector<bool> truth = {}) {
    if (use == Use::Test) f.tested = true;
    rewrites_.push_back({&slot, &f, read, use, std::move(truth)});
  }

  // Visits the expression in `slot`; `test`: its value is only tested for truth.
  void plan_expr(ExprPtr& slot, bool test) {
    if (!slot) return;
    Expr& e = *slot;
    if (Family* f = family_read(&e)) {
      std::vector<bool> t;
      if (test && fold_truth(*f, t))
        plan(slot, *f, &e, Use::Test, std::move(t));
      else
        plan(slot, *f, &e, Use::Value);
      return;
    }
    if (e.op == ExprOp::Compare && e.args.size() == 2) {
      bool left = family_read(e.args[0].get()) && is_simple_const(*e.args[1]);
      bool right = family_read(e.args[1].get()) && is_simple_const(*e.args[0]);
      if (left || right) {
        Expr* read = e.args[left ? 0 : 1].get();
        Family* f = family_read(read);
        std::vector<bool> t;
        if (fold_compare(e, left, *f, t)) {
          plan(slot, *f, read, Use::Test, std::move(t));
          return;
        }
      }
    }
    if (e.op == ExprOp::SetLocal && is_copy(e.args[0].get()) && family_read(e.args[0]->args[0].get()))
      return;  // x = narrow(x): a copy of the index
    bool sub_test = false;
    switch (e.op) {
      case ExprOp::Not:
        sub_test = true;
        break;
      case ExprOp::And:
      case ExprOp::Or:
        sub_test = test;
        break;
      default:
        break;
    }
    for (size_t i = 0; i < e.args.size(); ++i) {
      bool t = sub_test || (e.op == ExprOp::IfExp && i == 0) || (e.op == ExprOp::Seq && test && i + 1 == e.args.size());
      plan_expr(e.args[i], t);
    }
    for (auto& s : e.body) plan_stmt(*s);
  }
  void plan_block(ir::Block& b) {
    for (auto& s : b) plan_stmt(*s);
  }
  void plan_stmt(Stmt& s) {
    bool copy = s.op == StmtOp::Assign && is_copy(s.exprs[0].get()) && family_read(s.exprs[0]->args[0].get());
    if (!copy)
      for (size_t i = 0; i < s.exprs.size(); ++i) plan_expr(s.exprs[i], i == 0 && (s.op == StmtOp::If || s.op == StmtOp::While));
    for (auto& h : s.handlers) {
      for (auto& c : h.classes) plan_expr(c, false);
      plan_block(h.body);
    }
    plan_block(s.body);
    plan_block(s.orelse);
    plan_block(s.finalbody);
  }

  // ---- rewriting
  ExprPtr node(ExprOp op, Loc l) { return std::make_unique<Expr>(op, l); }
  ExprPtr constant(m::Ref v, Loc l) {
    auto c = node(ExprOp::Const, l);
    c->value = std::move(v);
    return c;
  }
  ExprPtr tag_is(Var* v, int i, Loc l) {
    auto c = node(ExprOp::Compare, l);
    c->cmp = CmpOp::Eq;
    auto x = node(ExprOp::Local, l);
    x->var = v;
    c->args.push_back(std::move(x));
    c->args.push_back(constant(m::make_int(i), l));
    return c;
  }
  // True where the variable holds one of `yes` (of the constants `may` that can reach here).
  ExprPtr test_of(Var* v, const std::set<int>& may, const std::vector<bool>& truth, Loc l) {
    std::vector<int> yes;
    for (int i : may)
      if (truth[static_cast<size_t>(i)]) yes.push_back(i);
    if (yes.empty() || yes.size() == may.size()) return constant(m::make_bool(!yes.empty()), l);
    if (yes.size() == 1) return tag_is(v, yes[0], l);
    auto o = node(ExprOp::Or, l);
    for (int i : yes) o->args.push_back(tag_is(v, i, l));
    return o;
  }
  // The value itself: one constant, or a choice between those that may reach here.
  ExprPtr value_of(Var* v, const Family& f, const std::set<int>& may, Loc l) {
    std::vector<int> is(may.begin(), may.end());
    ExprPtr e = constant(f.consts[static_cast<size_t>(is.back())], l);
    for (size_t k = is.size() - 1; k-- > 0;) {
      auto c = node(ExprOp::IfExp, l);
      c->args.push_back(tag_is(v, is[k], l));
      c->args.push_back(constant(f.consts[static_cast<size_t>(is[k])], l));
      c->args.push_back(std::move(e));
      e = std::move(c);
    }
    return e;
  }

  void apply() {
    // Decide each family: every use must fold, or read constants that merge.
    std::map<Rewrite*, std::set<int>> may;
    for (auto& r : rewrites_) {
      std::set<int> s;
      if (!reaching(*r.read, *r.fam, s) || s.empty()) {
        r.fam->ok = false;
        continue;
      }
      if (r.use == Use::Value) {
        std::vector<m::Ref> cs;
        for (int i : s) cs.push_back(r.fam->consts[static_cast<size_t>(i)]);
        if (!merges(cs)) {
          r.fam->ok = false;
          if (!r.fam->value_use.valid()) r.fam->value_use = r.read->loc;
        }
      }
      may[&r] = std::move(s);
    }
    for (auto& r : rewrites_) {
      if (!r.fam->ok) continue;
      Var* v = r.read->var;
      Loc l = (*r.slot)->loc;
      *r.slot = r.use == Use::Test ? test_of(v, may[&r], r.truth, l) : value_of(v, *r.fam, may[&r], l);
    }
    // The definitions store the index of their constant; narrowing copies copy it.
    for (auto& [v, values] : defs_) {
      auto it = family_of_.find(v);
      if (it == family_of_.end()) continue;
      if (!it->second->ok) {
        // The note helps where tests on the local were foldable and one use is not.
        if (it->second->value_use.valid() && it->second->tested) ann_.const_local_uses[v] = it->second->value_use;
        continue;
      }
      for (Expr* x : values) {
        if (is_copy(x)) {
          x->op = ExprOp::Seq;  // the same value (Seq of one expression: that expression)
          if (x->args.size() > 1) x->args.resize(1);
        } else {
          x->value = m::make_int(index_of(*it->second, x->value));
        }
      }
    }
  }

  Annotator& ann_;
  Graph& g_;
  std::map<Var*, std::vector<Expr*>> defs_;
  std::set<Var*> bad_;
  std::map<Var*, Var*> parent_;
  std::map<Var*, Family> families_;
  std::map<Var*, Family*> family_of_;
  std::vector<Rewrite> rewrites_;
};

}  // namespace

void Annotator::const_locals(Graph& g) { ConstLocals(*this, g).run(); }

}  // namespace rpy::annotate
