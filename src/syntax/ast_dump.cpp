// dump_ast: one node per line, indented two spaces per depth, "label: Kind details @line:col".
#include <cstdio>

#include "syntax/parser.hpp"

namespace rpy::syntax {

namespace {

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      default:
        if (c < 0x20 || c >= 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string format_double(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

class Dumper {
 public:
  std::string out;

  void module(const Module& m) {
    out += "Module\n";
    if (!m.docstring.empty()) line(1, "docstring: " + quote(m.docstring));
    if (m.future_print_function) line(1, "future: print_function");
    body(1, "", m.body);
  }

 private:
  void line(int depth, const std::string& text) {
    out.append(static_cast<size_t>(depth) * 2, ' ');
    out += text;
    out += '\n';
  }
  static std::string at(Loc l) { return " @" + std::to_string(l.line) + ":" + std::to_string(l.col); }
  static std::string label(const char* l) { return l && *l ? std::string(l) + ": " : ""; }

  void body(int depth, const char* name, const Body& b) {
    if (*name) {
      if (b.empty()) return;
      line(depth, std::string(name) + ":");
      ++depth;
    }
    for (const auto& s : b) stmt(depth, *s);
  }

  void exprs(int depth, const char* name, const std::vector<ExprPtr>& v) {
    for (const auto& e : v) expr(depth, name, e.get());
  }

  void arguments(int depth, const Arguments& a) {
    for (const auto& arg : a.args) {
      line(depth, "arg: " + arg.name + at(arg.loc));
      expr(depth + 1, "default", arg.default_value.get());
    }
    if (!a.vararg.empty()) line(depth, "vararg: " + a.vararg + at(a.vararg_loc));
    for (const auto& arg : a.kwonly) {
      line(depth, "kwonly: " + arg.name + at(arg.loc));
      expr(depth + 1, "default", arg.default_value.get());
    }
    if (!a.kwarg.empty()) line(depth, "kwarg: " + a.kwarg + at(a.kwarg_loc));
  }

  void keywords(int depth, const std::vector<Keyword>& ks) {
    for (const auto& k : ks) {
      line(depth, "keyword: " + (k.name.empty() ? std::string("**") : k.name) + at(k.loc));
      expr(depth + 1, "", k.value.get());
    }
  }

  void comprehensions(int depth, const std::vector<Comprehension>& gens) {
    for (const auto& g : gens) {
      line(depth, "for:");
      expr(depth + 1, "target", g.target.get());
      expr(depth + 1, "iter", g.iter.get());
      exprs(depth + 1, "if", g.ifs);
    }
  }

  void fstring_parts(int depth, const FStringExpr& f) {
    for (const auto& p : f.parts) {
      if (!p.expr) {
        line(depth, "literal: " + quote(p.literal));
        continue;
      }
      std::string conv = p.conversion ? std::string(" !") + p.conversion : "";
      line(depth, "field:" + conv);
      expr(depth + 1, "", p.expr.get());
      expr(depth + 1, "spec", p.format_spec.get());
    }
  }

  void expr(int depth, const char* name, const Expr* e) {
    if (!e) return;
    std::string head = label(name);
    std::string loc = at(e->loc);
    switch (e->kind) {
      case ExprKind::Name:
        line(depth, head + "Name " + e->as<NameExpr>()->id + loc);
        break;
      case ExprKind::IntLit: {
        const auto* i = e->as<IntLit>();
        std::string flags = i->overflow ? " overflow" : "";
        if (i->long_suffix) flags += " long";
        line(depth, head + "Int " + (i->overflow ? i->text : std::to_string(i->value)) + flags + loc);
        break;
      }
      case ExprKind::FloatLit: {
        const auto* f = e->as<FloatLit>();
        line(depth, head + "Float " + format_double(f->value) + (f->imaginary ? "j" : "") + loc);
        break;
      }
      case ExprKind::StrLit: {
        const auto* s = e->as<StrLit>();
        std::string kind = s->is_unicode ? "Str u" : s->is_bytes_prefix ? "Str b" : "Str ";
        line(depth, head + kind + quote(s->value) + loc);
        break;
      }
      case ExprKind::NoneLit:
        line(depth, head + "None" + loc);
        break;
      case ExprKind::BoolLit:
        line(depth, head + (e->as<BoolLit>()->value ? "True" : "False") + loc);
        break;
      case ExprKind::FString:
        line(depth, head + "FString" + loc);
        fstring_parts(depth + 1, *e->as<FStringExpr>());
        break;
      case ExprKind::BinOp: {
        const auto* b = e->as<BinOpExpr>();
        line(depth, head + "BinOp " + binop_symbol(b->op) + loc);
        expr(depth + 1, "", b->left.get());
        expr(depth + 1, "", b->right.get());
        break;
      }
      case ExprKind::UnaryOp: {
        const auto* u = e->as<UnaryOpExpr>();
        line(depth, head + "UnaryOp " + unaryop_symbol(u->op) + loc);
        expr(depth + 1, "", u->operand.get());
        break;
      }
      case ExprKind::BoolOp: {
        const auto* b = e->as<BoolOpExpr>();
        line(depth, head + "BoolOp " + (b->op == BoolOpKind::And ? "and" : "or") + loc);
        exprs(depth + 1, "", b->values);
        break;
      }
      case ExprKind::Compare: {
        const auto* c = e->as<CompareExpr>();
        std::string ops;
        for (CmpOp op : c->ops) ops += std::string(" ") + cmpop_symbol(op);
        line(depth, head + "Compare" + ops + loc);
        expr(depth + 1, "", c->left.get());
        exprs(depth + 1, "", c->comparators);
        break;
      }
      case ExprKind::IfExp: {
        const auto* i = e->as<IfExpExpr>();
        line(depth, head + "IfExp" + loc);
        expr(depth + 1, "test", i->test.get());
        expr(depth + 1, "body", i->body.get());
        expr(depth + 1, "orelse", i->orelse.get());
        break;
      }
      case ExprKind::Call: {
        const auto* c = e->as<CallExpr>();
        line(depth, head + "Call" + loc);
        expr(depth + 1, "func", c->func.get());
        exprs(depth + 1, "arg", c->args);
        keywords(depth + 1, c->keywords);
        break;
      }
      case ExprKind::Attribute: {
        const auto* a = e->as<AttributeExpr>();
        line(depth, head + "Attribute ." + a->attr + loc);
        expr(depth + 1, "", a->value.get());
        break;
      }
      case ExprKind::Subscript: {
        const auto* s = e->as<SubscriptExpr>();
        line(depth, head + "Subscript" + loc);
        expr(depth + 1, "value", s->value.get());
        expr(depth + 1, "index", s->index.get());
        break;
      }
      case ExprKind::Slice: {
        const auto* s = e->as<SliceExpr>();
        line(depth, head + "Slice" + loc);
        expr(depth + 1, "lower", s->lower.get());
        expr(depth + 1, "upper", s->upper.get());
        expr(depth + 1, "step", s->step.get());
        break;
      }
      case ExprKind::Tuple:
      case ExprKind::List:
      case ExprKind::Set: {
        const auto* s = e->as<SeqExpr>();
        const char* kind = e->kind == ExprKind::Tuple ? "Tuple" : e->kind == ExprKind::List ? "List" : "Set";
        line(depth, head + kind + (s->parenthesized ? " (parens)" : "") + loc);
        exprs(depth + 1, "", s->elts);
        break;
      }
      case ExprKind::Dict: {
        const auto* d = e->as<DictExpr>();
        line(depth, head + "Dict" + loc);
        for (size_t i = 0; i < d->keys.size(); ++i) {
          expr(depth + 1, "key", d->keys[i].get());
          expr(depth + 1, "value", d->values[i].get());
        }
        break;
      }
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp:
      case ExprKind::DictComp: {
        const auto* c = e->as<CompExpr>();
        const char* kind = e->kind == ExprKind::ListComp   ? "ListComp"
                           : e->kind == ExprKind::SetComp  ? "SetComp"
                           : e->kind == ExprKind::DictComp ? "DictComp"
                                                           : "GeneratorExp";
        line(depth, head + kind + loc);
        expr(depth + 1, e->kind == ExprKind::DictComp ? "key" : "elt", c->elt.get());
        expr(depth + 1, "value", c->value.get());
        comprehensions(depth + 1, c->generators);
        break;
      }
      case ExprKind::Lambda: {
        const auto* l = e->as<LambdaExpr>();
        line(depth, head + "Lambda" + loc);
        arguments(depth + 1, l->args);
        expr(depth + 1, "body", l->body.get());
        break;
      }
      case ExprKind::Yield:
        line(depth, head + (e->as<YieldExpr>()->delegate ? "YieldFrom" : "Yield") + loc);
        expr(depth + 1, "", e->as<YieldExpr>()->value.get());
        break;
      case ExprKind::Starred:
        line(depth, head + "Starred" + loc);
        expr(depth + 1, "", e->as<StarredExpr>()->value.get());
        break;
      case ExprKind::NamedExpr:
        line(depth, head + "NamedExpr " + e->as<NamedExpr>()->target + loc);
        expr(depth + 1, "", e->as<NamedExpr>()->value.get());
        break;
    }
  }

  void stmt(int depth, const Stmt& s) {
    std::string loc = at(s.loc);
    switch (s.kind) {
      case StmtKind::FunctionDef: {
        const auto* f = s.as<FunctionDefStmt>();
        line(depth, "FunctionDef " + f->name + (f->is_generator ? " generator" : "") + loc);
        exprs(depth + 1, "decorator", f->decorators);
        if (!f->docstring.empty()) line(depth + 1, "docstring: " + quote(f->docstring));
        arguments(depth + 1, f->args);
        body(depth + 1, "body", f->body);
        break;
      }
      case StmtKind::ClassDef: {
        const auto* c = s.as<ClassDefStmt>();
        line(depth, "ClassDef " + c->name + loc);
        exprs(depth + 1, "decorator", c->decorators);
        if (!c->docstring.empty()) line(depth + 1, "docstring: " + quote(c->docstring));
        exprs(depth + 1, "base", c->bases);
        keywords(depth + 1, c->keywords);
        body(depth + 1, "body", c->body);
        break;
      }
      case StmtKind::Return:
        line(depth, "Return" + loc);
        expr(depth + 1, "", s.as<ReturnStmt>()->value.get());
        break;
      case StmtKind::Delete:
        line(depth, "Delete" + loc);
        exprs(depth + 1, "", s.as<DeleteStmt>()->targets);
        break;
      case StmtKind::Assign: {
        const auto* a = s.as<AssignStmt>();
        line(depth, "Assign" + loc);
        exprs(depth + 1, "target", a->targets);
        expr(depth + 1, "value", a->value.get());
        break;
      }
      case StmtKind::AugAssign: {
        const auto* a = s.as<AugAssignStmt>();
        line(depth, std::string("AugAssign ") + binop_symbol(a->op) + "=" + loc);
        expr(depth + 1, "target", a->target.get());
        expr(depth + 1, "value", a->value.get());
        break;
      }
      case StmtKind::Print: {
        const auto* p = s.as<PrintStmt>();
        line(depth, std::string("Print") + (p->newline ? "" : " no-newline") + loc);
        expr(depth + 1, "dest", p->dest.get());
        exprs(depth + 1, "", p->values);
        break;
      }
      case StmtKind::For: {
        const auto* f = s.as<ForStmt>();
        line(depth, "For" + loc);
        expr(depth + 1, "target", f->target.get());
        expr(depth + 1, "iter", f->iter.get());
        body(depth + 1, "body", f->body);
        body(depth + 1, "orelse", f->orelse);
        break;
      }
      case StmtKind::While: {
        const auto* w = s.as<WhileStmt>();
        line(depth, "While" + loc);
        expr(depth + 1, "test", w->test.get());
        body(depth + 1, "body", w->body);
        body(depth + 1, "orelse", w->orelse);
        break;
      }
      case StmtKind::If: {
        const auto* i = s.as<IfStmt>();
        line(depth, "If" + loc);
        expr(depth + 1, "test", i->test.get());
        body(depth + 1, "body", i->body);
        body(depth + 1, "orelse", i->orelse);
        break;
      }
      case StmtKind::With: {
        const auto* w = s.as<WithStmt>();
        line(depth, "With" + loc);
        for (const auto& item : w->items) {
          expr(depth + 1, "item", item.context_expr.get());
          expr(depth + 2, "as", item.optional_vars.get());
        }
        body(depth + 1, "body", w->body);
        break;
      }
      case StmtKind::Raise: {
        const auto* r = s.as<RaiseStmt>();
        line(depth, "Raise" + loc);
        expr(depth + 1, "exc", r->exc.get());
        expr(depth + 1, "value", r->value.get());
        expr(depth + 1, "traceback", r->traceback.get());
        expr(depth + 1, "cause", r->cause.get());
        break;
      }
      case StmtKind::Try: {
        const auto* t = s.as<TryStmt>();
        line(depth, "Try" + loc);
        body(depth + 1, "body", t->body);
        for (const auto& h : t->handlers) {
          line(depth + 1, "except" + (h.name.empty() ? "" : " as " + h.name) + at(h.loc));
          expr(depth + 2, "type", h.type.get());
          body(depth + 2, "body", h.body);
        }
        body(depth + 1, "orelse", t->orelse);
        body(depth + 1, "finally", t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        const auto* a = s.as<AssertStmt>();
        line(depth, "Assert" + loc);
        expr(depth + 1, "test", a->test.get());
        expr(depth + 1, "msg", a->msg.get());
        break;
      }
      case StmtKind::Import: {
        line(depth, "Import" + loc);
        for (const auto& a : s.as<ImportStmt>()->names)
          line(depth + 1, "alias: " + a.name + (a.asname.empty() ? "" : " as " + a.asname) + at(a.loc));
        break;
      }
      case StmtKind::ImportFrom: {
        const auto* i = s.as<ImportFromStmt>();
        line(depth, "ImportFrom " + std::string(static_cast<size_t>(i->level), '.') + i->module + loc);
        for (const auto& a : i->names) line(depth + 1, "alias: " + a.name + (a.asname.empty() ? "" : " as " + a.asname) + at(a.loc));
        break;
      }
      case StmtKind::Global: {
        const auto* g = s.as<GlobalStmt>();
        std::string names;
        for (const auto& n : g->names) names += " " + n;
        line(depth, (g->is_nonlocal ? "Nonlocal" : "Global") + names + loc);
        break;
      }
      case StmtKind::ExprStmt:
        line(depth, "Expr" + loc);
        expr(depth + 1, "", s.as<ExprStmt>()->value.get());
        break;
      case StmtKind::Pass:
        line(depth, "Pass" + loc);
        break;
      case StmtKind::Break:
        line(depth, "Break" + loc);
        break;
      case StmtKind::Continue:
        line(depth, "Continue" + loc);
        break;
      case StmtKind::Exec: {
        const auto* x = s.as<ExecStmt>();
        line(depth, "Exec" + loc);
        expr(depth + 1, "body", x->body.get());
        expr(depth + 1, "globals", x->globals.get());
        expr(depth + 1, "locals", x->locals.get());
        break;
      }
    }
  }
};

}  // namespace

std::string dump_ast(const Module& m) {
  Dumper d;
  d.module(m);
  return std::move(d.out);
}

}  // namespace rpy::syntax
