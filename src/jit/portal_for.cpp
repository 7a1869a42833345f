// A jit_merge_point inside a `for` loop of its portal (docs/JIT.md 4.1). RPython's flow space
// has no `for`: a loop over an iterable is a while loop over an iterator object, which the rtyper
// then represents concretely (a range iterator is a struct with its next index and its stop, a
// list iterator the list and an index). Such an iterator is live at the merge point, so it is a
// red: listed (reds='auto' lists it) or, in rpy, carried as an unlisted red (4.1). rpy does the
// same by rewriting each `for` loop around the merge point, after type inference and before
// codegen and the codewriter see the portal, into a while loop whose iterator state is in hidden
// locals ($for_i, $for_end; $for_seq, $for_k): the compiled portal and its jitcode then agree on
// them at the merge point like on any other red.
//
//   for v in range(lo, hi, step):        $for_i = lo; $for_end = hi
//       body                             while $for_i < $for_end:    (> for a negative step; a step
//                                                                     known only at run time is
//                                                                     $for_step: range(0, 0,
//                                                                     $for_step) raises for 0, and
//                                                                     its sign picks < or >)
//   else:                                    v = $for_i; $for_i = $for_i + step
//       orelse                               body
//                                        else: orelse
//
//   for v in seq:   (a list; a Python 2 str)
//                                        $for_seq = seq; $for_k = 0
//                                        while $for_k < len($for_seq):
//                                            v = $for_seq[$for_k]; $for_k = $for_k + 1
//                                            body
//
//   for v in it:    (a dict, a set or a view of a dict; an iterator; a tuple; a Python 3 str)
//                                        for v in <$for_it = an rpy::Iterator over it>:
//                                            body       (the Stmt's iter_var: the loop steps the
//                                                        iterator through $for_it, the red)
//
// `continue` in body goes to the test after the step was taken, `break` skips the else clause, a
// list changed by the body is seen as a list iterator sees it (its length is read at each test):
// the meaning of the for loop is kept.
#include "jit/codewriter.hpp"
#include "ir/flow.hpp"

namespace rpy::jit {

namespace m = rpy::modules;
using annotate::BuiltinId;
using annotate::TypeKind;

namespace {

struct ForRewriter {
  Codewriter& cw;
  annotate::Annotator& ann;
  ir::Graph& g;

  ir::ExprPtr local(ir::Var* v, Loc loc) {
    auto e = std::make_unique<ir::Expr>(ir::ExprOp::Local, loc);
    e->var = v;
    e->type = v->type;
    return e;
  }
  ir::ExprPtr int_const(int64_t n, Loc loc) {
    auto e = std::make_unique<ir::Expr>(ir::ExprOp::Const, loc);
    e->value = m::make_int(n);
    e->type = ann.types().integer();
    return e;
  }
  ir::StmtPtr assign(ir::Var* v, ir::ExprPtr value, Loc loc) {
    auto s = std::make_unique<ir::Stmt>(ir::StmtOp::Assign, loc);
    s->var = v;
    s->exprs.push_back(std::move(value));
    return s;
  }
  ir::Var* hidden(const std::string& name, TypeRef t, Loc loc) {
    ir::Var* v = g.new_var(name, loc);
    v->type = t;
    return v;
  }
  ir::ExprPtr compare(syntax::CmpOp op, ir::ExprPtr a, ir::ExprPtr b, Loc loc) {
    auto e = std::make_unique<ir::Expr>(ir::ExprOp::Compare, loc);
    e->cmp = op;
    e->type = ann.types().boolean();
    e->args.push_back(std::move(a));
    e->args.push_back(std::move(b));
    return e;
  }
  ir::ExprPtr add(ir::Var* v, int64_t n, Loc loc) {
    auto e = std::make_unique<ir::Expr>(ir::ExprOp::BinOp, loc);
    e->binop = syntax::BinOp::Add;
    e->type = ann.types().integer();
    e->args.push_back(local(v, loc));
    e->args.push_back(int_const(n, loc));
    return e;
  }

  static bool is_range(const ir::Expr& e) {
    if (e.op != ir::ExprOp::Call || e.call_kind != ir::CallKind::Builtin || !e.kwnames.empty() || e.star) return false;
    auto id = static_cast<BuiltinId>(e.builtin_id);
    return (id == BuiltinId::Range || id == BuiltinId::XRange) && e.args.size() >= 2 && e.args.size() <= 4;
  }

  // A for loop over an instance with __iter__/next (the annotator made exprs[0] the __iter__()
  // call and exprs[1] the next() call on its hidden local $iter) becomes, as the compiled loop
  // behaves:
  //     $iter = <__iter__()>; $for_more = 1
  //     while $for_more != 0:
  //         try: v = $iter.next()
  //         except StopIteration: $for_more = 0; continue
  //         body
  //     else: orelse
  // ($iter and $for_more are reds at the merge point; break skips the else clause, as it does.)
  std::string rewrite_instance(ir::Block& b, size_t at) {
    ir::Stmt& s = *b[at];
    Loc loc = s.loc;
    ir::Expr& next = *s.exprs[1];
    if (next.args.empty() || next.args[0]->args.empty() || next.args[0]->args[0]->op != ir::ExprOp::Local)
      return "jit_merge_point is inside a for loop over an instance's iterator";
    auto& tt = ann.types();
    ir::Var* iv = next.args[0]->args[0]->var;
    ir::Var* more = hidden("$for_more", tt.integer(), loc);
    std::vector<ir::StmtPtr> init;
    init.push_back(assign(iv, std::move(s.exprs[0]), loc));
    init.push_back(assign(more, int_const(1, loc), loc));
    auto t = std::make_unique<ir::Stmt>(ir::StmtOp::Try, loc);
    t->body.push_back(assign(s.var, std::move(s.exprs[1]), loc));
    ir::Handler h;
    h.loc = loc;
    h.keeps_exc_info = true;  // (Python 2: the loop's own StopIteration is not sys.exc_info())
    auto cls = std::make_unique<ir::Expr>(ir::ExprOp::Const, loc);
    cls->value = ann.interp().builtins()->attrs.at("StopIteration");
    cls->type = ann.type_of_const(cls->value, loc);
    h.classes.push_back(std::move(cls));
    h.body.push_back(assign(more, int_const(0, loc), loc));
    h.body.push_back(std::make_unique<ir::Stmt>(ir::StmtOp::Continue, loc));
    t->handlers.push_back(std::move(h));
    auto w = std::make_unique<ir::Stmt>(ir::StmtOp::While, loc);
    w->exprs.push_back(compare(syntax::CmpOp::NotEq, local(more, loc), int_const(0, loc), loc));
    w->body.push_back(std::move(t));
    for (auto& x : s.body) w->body.push_back(std::move(x));
    w->orelse = std::move(s.orelse);
    b[at] = std::move(w);
    b.insert(b.begin() + static_cast<std::ptrdiff_t>(at), std::make_move_iterator(init.begin()), std::make_move_iterator(init.end()));
    return "";
  }

  // Rewrites b[at] (a for loop) into statements ending in a while loop; "" or why it cannot.
  std::string rewrite(ir::Block& b, size_t at) {
    ir::Stmt& s = *b[at];
    Loc loc = s.loc;
    if (s.exprs.size() == 2 && s.var && s.exprs[0]->type && s.exprs[1]->op == ir::ExprOp::Call) return rewrite_instance(b, at);
    if (s.exprs.size() != 1 || !s.var || !s.exprs[0]->type) return "jit_merge_point is inside a for loop over an instance's iterator";
    ir::ExprPtr it = std::move(s.exprs[0]);
    TypeRef t = it->type;
    TypeRef vt = s.var->type;
    auto& tt = ann.types();
    std::vector<ir::StmtPtr> init;
    ir::ExprPtr test;
    std::vector<ir::StmtPtr> head;
    if (is_range(*it)) {
      size_t n = it->args.size() - 1;
      int64_t step = 1;
      ir::Var* stepv = nullptr;  // a step known only at run time
      if (n == 3) {
        ir::Expr& st = *it->args[3];
        if (st.op == ir::ExprOp::Const && st.value && st.value->kind == m::ObjKind::Int)
          step = st.value->as<m::IntObj>()->value;
        else
          stepv = hidden("$for_step", tt.integer(), loc);
      }
      ir::Var* i = hidden("$for_i", tt.integer(), loc);
      ir::Var* end = hidden("$for_end", tt.integer(), loc);
      if (n == 1) {
        init.push_back(assign(end, std::move(it->args[1]), loc));
        init.push_back(assign(i, int_const(0, loc), loc));
      } else {
        init.push_back(assign(i, std::move(it->args[1]), loc));
        init.push_back(assign(end, std::move(it->args[2]), loc));
        if (stepv) init.push_back(assign(stepv, std::move(it->args[3]), loc));
      }
      if (step == 0 || stepv) {
        // range(0, 0, step): the error range() raises for a zero step, as the loop would
        auto check = std::make_unique<ir::Expr>(ir::ExprOp::Call, loc);
        check->call_kind = ir::CallKind::Builtin;
        check->builtin_id = it->builtin_id;
        check->type = it->type;
        check->args.push_back(std::move(it->args[0]));
        check->args.push_back(int_const(0, loc));
        check->args.push_back(int_const(0, loc));
        check->args.push_back(stepv ? local(stepv, loc) : int_const(0, loc));
        auto st = std::make_unique<ir::Stmt>(ir::StmtOp::ExprStmt, loc);
        st->exprs.push_back(std::move(check));
        init.push_back(std::move(st));
      }
      if (stepv) {  // the step's sign decides the test: i < end if positive, i > end if negative
        test = std::make_unique<ir::Expr>(ir::ExprOp::IfExp, loc);
        test->type = tt.boolean();
        test->args.push_back(compare(syntax::CmpOp::Gt, local(stepv, loc), int_const(0, loc), loc));
        test->args.push_back(compare(syntax::CmpOp::Lt, local(i, loc), local(end, loc), loc));
        test->args.push_back(compare(syntax::CmpOp::Gt, local(i, loc), local(end, loc), loc));
      } else {
        test = compare(step > 0 ? syntax::CmpOp::Lt : syntax::CmpOp::Gt, local(i, loc), local(end, loc), loc);
      }
      head.push_back(assign(s.var, local(i, loc), loc));
      auto next = std::make_unique<ir::Expr>(ir::ExprOp::BinOp, loc);
      next->binop = syntax::BinOp::Add;
      next->type = tt.integer();
      next->args.push_back(local(i, loc));
      next->args.push_back(stepv ? local(stepv, loc) : int_const(step, loc));
      head.push_back(assign(i, std::move(next), loc));
    } else if (int part = 0;
               !dict_loop_source(cw, *it, part) &&
               (t->kind == TypeKind::List || (t->kind == TypeKind::Str && !ann.interp().sources().py3()) || t->kind == TypeKind::Bytes)) {
      // (Python 3 bytes: an immutable sequence of ints indexed as the str is; Python 2 unicode,
      // UTF-8 inside, whose u[k] scans from the start, is the iterator loop below, as a Python 3
      // str is)
      // (d.iteritems(), a Python 3 d.items(): typed as lists, but their loops visit the dict's
      // live entries, seeing the values the body changes: the iterator loop below)
      if (!vt || vt->kind == TypeKind::Impossible) {
        s.exprs[0] = std::move(it);
        return t->kind == TypeKind::List
                   ? "jit_merge_point is inside a for loop over a list that is always empty"
                   : "jit_merge_point is inside a for loop over " + annotate::describe(t) + " that never gives an item";
      }
      ir::Var* seq = hidden("$for_seq", t, loc);
      ir::Var* k = hidden("$for_k", tt.integer(), loc);
      init.push_back(assign(seq, std::move(it), loc));
      init.push_back(assign(k, int_const(0, loc), loc));
      auto len = std::make_unique<ir::Expr>(ir::ExprOp::Call, loc);
      len->call_kind = ir::CallKind::Builtin;
      len->builtin_id = static_cast<int>(BuiltinId::Len);
      len->type = tt.integer();
      auto callee = std::make_unique<ir::Expr>(ir::ExprOp::Const, loc);
      callee->value = m::none();
      callee->type = tt.none();
      len->args.push_back(std::move(callee));
      len->args.push_back(local(seq, loc));
      test = compare(syntax::CmpOp::Lt, local(k, loc), std::move(len), loc);
      auto item = std::make_unique<ir::Expr>(ir::ExprOp::GetItem, loc);
      item->type = t->kind == TypeKind::List ? t->listdef->find()->item : t->kind == TypeKind::Str ? tt.character() : vt;
      item->args.push_back(local(seq, loc));
      item->args.push_back(local(k, loc));
      head.push_back(assign(s.var, std::move(item), loc));
      head.push_back(assign(k, add(k, 1, loc), loc));
    } else {
      // Dicts, sets and their views, iterators, tuples, Python 3 strs, Python 2 unicode, files: the loop stays a for loop
      // whose rpy::Iterator is a hidden local ($for_it), made before the first step and stepped
      // through the local by the compiled portal and its jitcode alike (codegen's emit_stmt.cpp,
      // the codewriter's for_iterator): a red at the merge point, like RPython's iterator object.
      s.exprs[0] = std::move(it);
      TypeRef elem = cw.loop_elem(*s.exprs[0], vt);
      if (!elem) {
        return "jit_merge_point is inside a for loop over " + annotate::describe(t) +
               ": the JIT hands back to the compiled code only the iterators of range(), lists, strs, unicode, bytes, tuples, dicts, "
               "sets, files and iterators";
      }
      if (!vt || vt->kind == TypeKind::Impossible || (cw.kind_of(elem) == kVoid && elem->kind != TypeKind::Tuple))
        return "jit_merge_point is inside a for loop over " + annotate::describe(t) + " that never gives an item";
      TypeRef itype = t->kind == TypeKind::Iterator ? t : tt.iterator(annotate::IterKind::List, elem);
      s.iter_var = hidden("$for_it", itype, loc);
      return "";
    }
    auto w = std::make_unique<ir::Stmt>(ir::StmtOp::While, loc);
    w->exprs.push_back(std::move(test));
    for (auto& h : head) w->body.push_back(std::move(h));
    for (auto& x : s.body) w->body.push_back(std::move(x));
    w->orelse = std::move(s.orelse);
    b[at] = std::move(w);
    b.insert(b.begin() + static_cast<std::ptrdiff_t>(at), std::make_move_iterator(init.begin()), std::make_move_iterator(init.end()));
    return "";
  }

  // Finds the statement holding `call` and rewrites the for loops around it, innermost first.
  std::string visit(ir::Block& b, const ir::Expr* call, bool& found) {
    for (size_t at = 0; at < b.size(); ++at) {
      ir::Stmt& s = *b[at];
      if (s.op == ir::StmtOp::ExprStmt && !s.exprs.empty() && s.exprs[0].get() == call) {
        found = true;
        return "";
      }
      std::string why;
      bool in_body = false;
      why = visit(s.body, call, found);
      in_body = found;
      if (!found) why = visit(s.orelse, call, found);
      for (auto& h : s.handlers)
        if (!found) why = visit(h.body, call, found);
      if (!found) why = visit(s.finalbody, call, found);
      if (!found) continue;
      if (why.empty() && in_body && s.op == ir::StmtOp::For) why = rewrite(b, at);
      return why;
    }
    return "";
  }
};

}  // namespace

std::string Codewriter::lower_portal_for_loops(ir::Graph& g, const ir::Expr* call) {
  ForRewriter r{*this, ann, g};
  bool found = false;
  return r.visit(g.body, call, found);
}

}  // namespace rpy::jit
