// --dump-ir: a readable listing of a graph, each expression with its inferred type.
#include "annotate/types.hpp"
#include "ir/ir.hpp"

namespace rpy::ir {

static std::string ty(TypeRef t) { return t ? "  :: " + annotate::describe(t) : ""; }

static std::string expr_str(const Expr& e) {
  auto args = [&](size_t from = 0) {
    std::string s;
    for (size_t i = from; i < e.args.size(); ++i) s += (i > from ? ", " : "") + (e.args[i] ? expr_str(*e.args[i]) : std::string("_"));
    return s;
  };
  switch (e.op) {
    case ExprOp::Const:
      return modules::repr(e.value);
    case ExprOp::Local:
      return e.var->name;
    case ExprOp::SetLocal:
      return "(" + e.var->name + " := " + expr_str(*e.args[0]) + ")";
    case ExprOp::BinOp:
      return "(" + expr_str(*e.args[0]) + " " + syntax::binop_symbol(e.binop) + " " + expr_str(*e.args[1]) + ")";
    case ExprOp::UnaryOp:
      return std::string(syntax::unaryop_symbol(e.unop)) + expr_str(*e.args[0]);
    case ExprOp::Not:
      return "not " + expr_str(*e.args[0]);
    case ExprOp::Compare:
      return "(" + expr_str(*e.args[0]) + " " + syntax::cmpop_symbol(e.cmp) + " " + expr_str(*e.args[1]) + ")";
    case ExprOp::And:
      return "and(" + args() + ")";
    case ExprOp::Or:
      return "or(" + args() + ")";
    case ExprOp::IfExp:
      return "(" + expr_str(*e.args[1]) + " if " + expr_str(*e.args[0]) + " else " + expr_str(*e.args[2]) + ")";
    case ExprOp::Call:
      return expr_str(*e.args[0]) + "(" + args(1) + ")" +
             (e.stack_slot >= 0 ? " [in the frame]"
              : e.owned         ? " [owned: __del__ when released]"
                                : "");
    case ExprOp::GetAttr:
      return expr_str(*e.args[0]) + "." + e.attr;
    case ExprOp::GetItem:
      return expr_str(*e.args[0]) + "[" + expr_str(*e.args[1]) + "]";
    case ExprOp::GetSlice:
      return expr_str(*e.args[0]) + "[" + args(1) + "]";
    case ExprOp::MakeList:
      return "[" + args() + "]";
    case ExprOp::MakeTuple:
      return "(" + args() + ")";
    case ExprOp::MakeDict:
      return "{" + args() + "}";
    case ExprOp::MakeSet:
      return "set(" + args() + ")";
    case ExprOp::Comp:
      return "<comprehension into " + e.var->name + ">";
    case ExprOp::Yield:
      return "yield " + args();
    case ExprOp::FString:
      return "f-string(" + args() + ")";
    case ExprOp::MakeClosure:
      return "closure " + modules::to_str(e.value) + "(" + args() + ")";
    case ExprOp::ClosureDefault:
      return "default of " + modules::to_str(e.value) + " (environment slot " + std::to_string(e.env_slot) + ")";
    case ExprOp::Narrow: {
      const char* what = e.narrow == NarrowKind::IsInstance  ? ": isinstance"
                         : e.narrow == NarrowKind::IsNone    ? ": is None"
                         : e.narrow == NarrowKind::NonNeg    ? ": >= 0"
                         : e.narrow == NarrowKind::Receiver  ? ": receiver"
                         : e.narrow == NarrowKind::NoneCheck ? ": checked not None"
                                                             : ": not None";
      return "narrow(" + args() + what + (e.unless_falls ? ", if the branch never returns" : "") + ")";
    }
    case ExprOp::Seq:
      return "(" + args() + ")";
  }
  return "?";
}

static void dump_block(const Block& b, int depth, std::string& out);
static void dump_stmt(const Stmt& s, int depth, std::string& out) {
  std::string pad(static_cast<size_t>(depth) * 4, ' ');
  std::string loc = "  # line " + std::to_string(s.loc.line);
  auto e0 = [&]() { return s.exprs.empty() || !s.exprs[0] ? std::string() : expr_str(*s.exprs[0]) + ty(s.exprs[0]->type); };
  switch (s.op) {
    case StmtOp::ExprStmt:
      out += pad + e0() + loc + "\n";
      break;
    case StmtOp::Assign:
      out += pad + s.var->name + " = " + e0() + loc + "\n";
      break;
    case StmtOp::SetAttr:
      out += pad + expr_str(*s.exprs[0]) + "." + s.attr + " = " + expr_str(*s.exprs[1]) + loc + "\n";
      break;
    case StmtOp::SetItem:
      out += pad + expr_str(*s.exprs[0]) + "[" + expr_str(*s.exprs[1]) + "] = " + expr_str(*s.exprs[2]) + loc + "\n";
      break;
    case StmtOp::SetSlice:
      out += pad + expr_str(*s.exprs[0]) + "[...] = " + expr_str(*s.exprs[3]) + loc + "\n";
      break;
    case StmtOp::DelItem:
      out += pad + "del " + expr_str(*s.exprs[0]) + "[" + expr_str(*s.exprs[1]) + "]" + loc + "\n";
      break;
    case StmtOp::DelSlice:
      out += pad + "del " + expr_str(*s.exprs[0]) + "[...]" + loc + "\n";
      break;
    case StmtOp::UnpackCheck:
      out += pad + "check len(" + e0() + ") " + (s.at_least ? ">= " : "== ") + std::to_string(s.n) + "\n";
      break;
    case StmtOp::If:
    case StmtOp::While:
      out += pad + (s.op == StmtOp::If ? "if " : "while ") + e0() + ":" + loc + "\n";
      dump_block(s.body, depth + 1, out);
      if (!s.orelse.empty()) {
        out += pad + "else:\n";
        dump_block(s.orelse, depth + 1, out);
      }
      break;
    case StmtOp::For:
      out += pad + "for " + s.var->name + " in " + e0() + ":" + loc + "\n";
      dump_block(s.body, depth + 1, out);
      if (!s.orelse.empty()) {
        out += pad + "else:\n";
        dump_block(s.orelse, depth + 1, out);
      }
      break;
    case StmtOp::Break:
      out += pad + "break\n";
      break;
    case StmtOp::Continue:
      out += pad + "continue\n";
      break;
    case StmtOp::Pass:
      out += pad + "pass\n";
      break;
    case StmtOp::DelLocal:
      out += pad + (s.exprs.empty() ? "unbind " : "del ") + s.var->name + "\n";
      break;
    case StmtOp::Return:
      out += pad + "return " + e0() + loc + "\n";
      break;
    case StmtOp::Raise:
      out += pad + "raise " + e0() + loc + "\n";
      break;
    case StmtOp::Try:
      out += pad + "try:" + loc + "\n";
      dump_block(s.body, depth + 1, out);
      for (auto& h : s.handlers) {
        out += pad + "except";
        for (auto& c : h.classes) out += " " + expr_str(*c);
        if (h.var) out += " as " + h.var->name;
        out += ":\n";
        dump_block(h.body, depth + 1, out);
      }
      if (!s.orelse.empty()) {
        out += pad + "else:\n";
        dump_block(s.orelse, depth + 1, out);
      }
      if (!s.finalbody.empty()) {
        out += pad + "finally:\n";
        dump_block(s.finalbody, depth + 1, out);
      }
      break;
  }
}
static void dump_block(const Block& b, int depth, std::string& out) {
  for (auto& s : b) dump_stmt(*s, depth, out);
}

std::string dump_graph(const Graph& g) {
  std::string out = "graph " + g.name + " (" + g.c_name + ")";
  out += ty(g.return_type) + "\n";
  for (auto* p : g.params) out += "  param " + p->name + ty(p->type) + "\n";
  if (g.force_inline) out += "  inlined into its callers\n";
  std::string cells;
  for (auto& v : g.vars)
    if (v->boxed) cells += (cells.empty() ? "" : ", ") + v->name;
  if (!cells.empty()) out += "  shared with closures (in cells): " + cells + "\n";
  dump_block(g.body, 1, out);
  return out + "\n";
}

}  // namespace rpy::ir
