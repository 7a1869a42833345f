// Owned lists (docs/JIT.md 16): a field whose lists never outlive the object holding them.
//
// A field name f is owned when, over the whole program,
//   - every write `o.f = x` stores a fresh `[c] * n` (c a constant), and
//   - every read `o.f` is only the list of `o.f[i]`, `o.f[i] = v`, `del o.f[i]`, `len(o.f)`,
//     `o.f.append(v)` or `o.f.pop(...)`: it is never copied, stored, passed, returned, compared,
//     iterated or tested.
// Then each list stored there is reachable only through its owner's field (invariant O1), so it
// dies with its owner: the JIT builds it next to an owner it builds in the machine frame
// (new_list_scoped, new_list_in_frame). The fact is by attribute name, over every class, which
// is coarser than per class and field but never wrong; getattr()/setattr() anywhere in the
// program turn it off.
#include <map>
#include <string>

#include "annotate/annotator.hpp"
#include "annotate/types.hpp"
#include "opt/escape.hpp"

namespace rpy::opt {

using annotate::TypeKind;
using ir::Block;
using ir::CallKind;
using ir::Expr;
using ir::ExprOp;
using ir::Graph;
using ir::Stmt;
using ir::StmtOp;

namespace {

struct FieldUses {
  bool owned = true;
  std::vector<Expr*> fresh;  // the `[c] * n` written
};

// `[c] * n` or `n * [c]`: a fresh list of one constant item repeated.
bool fresh_repeat(const Expr& e) {
  if (e.op != ExprOp::BinOp || e.binop != syntax::BinOp::Mul || !e.type || e.type->kind != TypeKind::List) return false;
  for (auto& a : e.args)
    if (a && a->op == ExprOp::MakeList && a->args.size() == 1 && a->args[0]->op == ExprOp::Const) return true;
  return false;
}

class Scan {
 public:
  std::map<std::string, FieldUses> fields;
  bool reflective = false;  // getattr()/setattr()/hasattr() somewhere

  void block(Block& b) {
    for (auto& s : b) stmt(*s);
  }

 private:
  static bool list_method(const Expr& parent, const Expr& callee) {
    return parent.op == ExprOp::Call && parent.call_kind == CallKind::BuiltinMethod && !parent.args.empty() &&
           parent.args[0].get() == &callee && (callee.attr == "append" || callee.attr == "pop");
  }

  // A read of field e.attr, used by `parent` (null: a statement uses it) as its operand k.
  void read(const Expr& e, const Expr* parent, const Expr* grandparent, size_t k) {
    bool ok = false;
    if (parent) {
      if (parent->op == ExprOp::GetItem && k == 0) ok = true;
      if (parent->op == ExprOp::Call && parent->call_kind == CallKind::Builtin && k == 1 && parent->args.size() == 2 &&
          static_cast<annotate::BuiltinId>(parent->builtin_id) == annotate::BuiltinId::Len)
        ok = true;
      if (parent->op == ExprOp::GetAttr && grandparent && list_method(*grandparent, *parent)) ok = true;
    }
    if (!ok) fields[e.attr].owned = false;
  }

  void expr(Expr& e, const Expr* parent, const Expr* grandparent, size_t k) {
    if (e.op == ExprOp::GetAttr) read(e, parent, grandparent, k);
    if (e.op == ExprOp::Call && (e.call_kind == CallKind::Builtin || e.call_kind == CallKind::BuiltinMethod)) {
      auto id = static_cast<annotate::BuiltinId>(e.builtin_id);
      if (id == annotate::BuiltinId::HasAttr || id == annotate::BuiltinId::GetAttrB || id == annotate::BuiltinId::SetAttrB)
        reflective = true;
    }
    for (size_t i = 0; i < e.args.size(); ++i)
      if (e.args[i]) expr(*e.args[i], &e, parent, i);
    for (auto& d : e.defaults)
      if (d) expr(*d, nullptr, nullptr, 0);
    block(e.body);
  }

  void stmt(Stmt& s) {
    for (size_t k = 0; k < s.exprs.size(); ++k) {
      Expr* x = s.exprs[k].get();
      if (!x) continue;
      // the list of `o.f[i] = v` / `del o.f[i]`: its items change, not the field
      bool item_target = (s.op == StmtOp::SetItem || s.op == StmtOp::DelItem) && k == 0 && x->op == ExprOp::GetAttr;
      if (item_target) {
        for (size_t i = 0; i < x->args.size(); ++i)
          if (x->args[i]) expr(*x->args[i], x, nullptr, i);
        continue;
      }
      if (s.op == StmtOp::SetAttr && k == 1) {
        FieldUses& f = fields[s.attr];
        if (fresh_repeat(*x))
          f.fresh.push_back(x);
        else
          f.owned = false;
      }
      expr(*x, nullptr, nullptr, 0);
    }
    for (auto& h : s.handlers) {
      for (auto& c : h.classes) expr(*c, nullptr, nullptr, 0);
      block(h.body);
    }
    block(s.body);
    block(s.orelse);
    block(s.finalbody);
  }
};

}  // namespace

int mark_owned_lists(const std::vector<Graph*>& graphs) {
  Scan scan;
  for (Graph* g : graphs) scan.block(g->body);
  if (scan.reflective) return 0;
  int owned = 0;
  for (auto& [name, f] : scan.fields) {
    if (!f.owned || f.fresh.empty()) continue;
    for (Expr* e : f.fresh) e->owned_list = true;
    ++owned;
  }
  return owned;
}

}  // namespace rpy::opt
