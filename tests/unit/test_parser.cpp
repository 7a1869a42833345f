// Unit tests for the parser (syntax/parser.hpp): AST shapes, docstrings, generators, f-strings,
// and syntax errors with their exact locations and recovery.
#include <gtest/gtest.h>

#include <pthread.h>

#include <chrono>
#include <functional>
#include <string>

#include "syntax/parser.hpp"

namespace rpy::syntax {
namespace {

struct Parsed {
  SourceManager sm;
  Diagnostics diags{sm};
  std::unique_ptr<Module> mod;
  std::string dump;
  const Stmt& stmt(size_t i) const { return *mod->body.at(i); }
  template <class T>
  const T& stmt_as(size_t i) const {
    return *mod->body.at(i)->as<T>();
  }
  // The value of the i-th statement, which must be an ExprStmt or an Assign.
  const Expr& value(size_t i) const {
    const Stmt& s = stmt(i);
    if (s.kind == StmtKind::Assign) return *s.as<AssignStmt>()->value;
    return *s.as<ExprStmt>()->value;
  }
};

std::unique_ptr<Parsed> parse(const std::string& src) {
  auto p = std::make_unique<Parsed>();
  uint32_t id = p->sm.add("t.py", "t", src);
  p->mod = parse_module(p->sm, id, p->diags);
  if (p->mod) p->dump = dump_ast(*p->mod);
  return p;
}

std::unique_ptr<Parsed> parse_ok(const std::string& src) {
  auto p = parse(src);
  EXPECT_FALSE(p->diags.has_errors()) << src << "\n" << p->diags.render();
  EXPECT_NE(p->mod, nullptr);
  return p;
}

// Checks that `src` reports exactly one error `msg` at line:col..end_col.
void expect_error(const std::string& src, const std::string& msg, uint32_t line, uint32_t col, uint32_t end_col) {
  auto p = parse(src);
  ASSERT_GE(p->diags.error_count(), 1u) << src;
  const Diagnostic& d = p->diags.all()[0];
  EXPECT_EQ(d.message, msg) << src;
  EXPECT_EQ(d.loc.line, line) << src;
  EXPECT_EQ(d.loc.col, col) << src;
  EXPECT_EQ(d.loc.end_col, end_col) << src;
  EXPECT_EQ(p->diags.error_count(), 1u) << p->diags.render();
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// ---------------------------------------------------------------- print / exec / backticks

TEST(Parser, PrintStatement) {
  auto p = parse_ok("print x, y\nprint x,\nprint\nprint >>f, x\nprint >>f\n");
  const auto& a = p->stmt_as<PrintStmt>(0);
  EXPECT_EQ(a.values.size(), 2u);
  EXPECT_TRUE(a.newline);
  EXPECT_FALSE(p->stmt_as<PrintStmt>(1).newline);
  EXPECT_TRUE(p->stmt_as<PrintStmt>(2).values.empty());
  EXPECT_NE(p->stmt_as<PrintStmt>(3).dest, nullptr);
  EXPECT_EQ(p->stmt_as<PrintStmt>(3).values.size(), 1u);
  EXPECT_TRUE(p->stmt_as<PrintStmt>(4).values.empty());
}

TEST(Parser, PrintCallIsAnExpression) {
  auto p = parse_ok("print(x, end='')\nprint()\ny = print\n");
  ASSERT_EQ(p->stmt(0).kind, StmtKind::ExprStmt);
  const auto& call = *p->value(0).as<CallExpr>();
  EXPECT_EQ(call.func->as<NameExpr>()->id, "print");
  EXPECT_EQ(call.keywords.size(), 1u);
  EXPECT_EQ(p->stmt(1).kind, StmtKind::ExprStmt);
  EXPECT_EQ(p->value(2).kind, ExprKind::Name);
}

TEST(Parser, PrintParenFollowedByMoreIsAStatement) {
  auto p = parse_ok("print (a), b\nprint ('x' + y).strip()\n");
  EXPECT_EQ(p->stmt(0).kind, StmtKind::Print);
  EXPECT_EQ(p->stmt_as<PrintStmt>(0).values.size(), 2u);
  EXPECT_EQ(p->stmt(1).kind, StmtKind::Print);
}

TEST(Parser, FuturePrintFunction) {
  auto p = parse_ok("from __future__ import print_function\nprint('a', 'b')\nprint (a), b\n");
  EXPECT_TRUE(p->mod->future_print_function);
  EXPECT_EQ(p->stmt(0).kind, StmtKind::ImportFrom);
  EXPECT_EQ(p->stmt(1).kind, StmtKind::ExprStmt);
  EXPECT_EQ(p->stmt(2).kind, StmtKind::ExprStmt);  // a tuple under print_function
}

TEST(Parser, ExecStatement) {
  auto p = parse_ok("exec 'code'\nexec code in g, l\nexec('x', g)\n");
  EXPECT_EQ(p->stmt(0).kind, StmtKind::Exec);
  EXPECT_NE(p->stmt_as<ExecStmt>(1).locals, nullptr);
  EXPECT_EQ(p->stmt_as<ExecStmt>(2).body->kind, ExprKind::StrLit);
  EXPECT_NE(p->stmt_as<ExecStmt>(2).globals, nullptr);
}

TEST(Parser, BackticksAndNotEqual) {
  auto p = parse_ok("`x`\na <> b\n");
  const auto& call = *p->value(0).as<CallExpr>();
  EXPECT_EQ(call.func->as<NameExpr>()->id, "repr");
  EXPECT_EQ(p->value(1).as<CompareExpr>()->ops[0], CmpOp::NotEq);
}

// ---------------------------------------------------------------- literals

TEST(Parser, IntegerLiterals) {
  auto p = parse_ok("0777\n10L\n0o777\n0x_ff\n0b11\n1_000\n99999999999999999999\n");
  const auto& oct = *p->value(0).as<IntLit>();
  EXPECT_EQ(oct.value, 511u);
  EXPECT_EQ(oct.text, "0777");
  EXPECT_TRUE(p->value(1).as<IntLit>()->long_suffix);
  EXPECT_EQ(p->value(2).as<IntLit>()->value, 511u);
  EXPECT_EQ(p->value(3).as<IntLit>()->value, 255u);
  EXPECT_EQ(p->value(4).as<IntLit>()->value, 3u);
  EXPECT_EQ(p->value(5).as<IntLit>()->value, 1000u);
  EXPECT_TRUE(p->value(6).as<IntLit>()->overflow);
}

TEST(Parser, FloatLiterals) {
  auto p = parse_ok("1e5\n.5\n5.\n1j\n");
  EXPECT_DOUBLE_EQ(p->value(0).as<FloatLit>()->value, 1e5);
  EXPECT_DOUBLE_EQ(p->value(1).as<FloatLit>()->value, 0.5);
  EXPECT_DOUBLE_EQ(p->value(2).as<FloatLit>()->value, 5.0);
  EXPECT_TRUE(p->value(3).as<FloatLit>()->imaginary);
}

TEST(Parser, StringConcatenationAndPrefixes) {
  auto p = parse_ok("'a' \"b\" '''c'''\nu'\\u00e9'\nb'\\x00'\nr'\\n'\n");
  EXPECT_EQ(p->value(0).as<StrLit>()->value, "abc");
  EXPECT_TRUE(p->value(1).as<StrLit>()->is_unicode);
  EXPECT_EQ(p->value(1).as<StrLit>()->value, "\xc3\xa9");
  EXPECT_TRUE(p->value(2).as<StrLit>()->is_bytes_prefix);
  EXPECT_EQ(p->value(2).as<StrLit>()->value, std::string(1, '\0'));
  EXPECT_EQ(p->value(3).as<StrLit>()->value, "\\n");
}

TEST(Parser, StringSpanningLinesHasFullLoc) {
  auto p = parse_ok("x = ('a'\n     'b')\n");
  const Loc& l = p->value(0).loc;
  EXPECT_EQ(l.line, 1u);
  EXPECT_EQ(l.col, 6u);
  EXPECT_EQ(l.end_line, 2u);
  EXPECT_EQ(l.end_col, 9u);
}

TEST(Parser, InvalidEscapeLocation) { expect_error("x = u'ab\\N{BULLET}'\n", "\\N{...} escapes are not supported", 1, 9, 11); }

TEST(Parser, FStrings) {
  auto p = parse_ok("f'a{x!r:>{w}}b{{c}}'\n");
  const auto& f = *p->value(0).as<FStringExpr>();
  ASSERT_EQ(f.parts.size(), 3u);
  EXPECT_EQ(f.parts[0].literal, "a");
  EXPECT_EQ(f.parts[1].conversion, 'r');
  EXPECT_EQ(f.parts[1].expr->as<NameExpr>()->id, "x");
  EXPECT_EQ(f.parts[1].expr->loc.col, 5u);
  const auto& spec = *f.parts[1].format_spec->as<FStringExpr>();
  ASSERT_EQ(spec.parts.size(), 2u);
  EXPECT_EQ(spec.parts[0].literal, ">");
  EXPECT_EQ(spec.parts[1].expr->as<NameExpr>()->id, "w");
  EXPECT_EQ(f.parts[2].literal, "b{c}");
}

TEST(Parser, FStringMixedWithPlainStrings) {
  auto p = parse_ok("'x' f'{a + b}' 'y'\n");
  const auto& f = *p->value(0).as<FStringExpr>();
  ASSERT_EQ(f.parts.size(), 3u);
  EXPECT_EQ(f.parts[0].literal, "x");
  EXPECT_EQ(f.parts[1].expr->kind, ExprKind::BinOp);
  EXPECT_EQ(f.parts[1].expr->loc.col, 8u);
  EXPECT_EQ(f.parts[2].literal, "y");
}

TEST(Parser, FStringExpressionOnLaterLine) {
  auto p = parse_ok("x = 1\ny = f'''\n  {foo(1)['k']:>3}'''\n");
  const auto& f = *p->value(1).as<FStringExpr>();
  ASSERT_EQ(f.parts.size(), 2u);
  EXPECT_EQ(f.parts[0].literal, "\n  ");
  EXPECT_EQ(f.parts[1].expr->loc.line, 3u);
  EXPECT_EQ(f.parts[1].expr->loc.col, 4u);
}

TEST(Parser, FStringErrors) {
  expect_error("f'{}'\n", "f-string: empty expression not allowed", 1, 4, 5);
  expect_error("f'a}'\n", "f-string: single '}' is not allowed", 1, 4, 5);
  expect_error("f'{a +}'\n", "f-string: invalid syntax", 1, 7, 8);
}

// ---------------------------------------------------------------- expressions

TEST(Parser, PowerBindsTighterThanUnaryMinus) {
  auto p = parse_ok("-2**2\n2**-1\na**b**c\n");
  const auto& neg = *p->value(0).as<UnaryOpExpr>();
  EXPECT_EQ(neg.op, UnaryOp::Neg);
  EXPECT_EQ(neg.operand->as<BinOpExpr>()->op, BinOp::Pow);
  EXPECT_EQ(p->value(1).as<BinOpExpr>()->right->kind, ExprKind::UnaryOp);
  EXPECT_EQ(p->value(2).as<BinOpExpr>()->right->kind, ExprKind::BinOp);  // right assoc
}

TEST(Parser, Precedence) {
  auto p = parse_ok("a or b and not c == d | e ^ f & g << h + i * j\n");
  EXPECT_TRUE(contains(p->dump,
                       "BoolOp or @1:1\n"
                       "      Name a @1:1\n"
                       "      BoolOp and @1:6\n"
                       "        Name b @1:6\n"
                       "        UnaryOp not @1:12\n"
                       "          Compare == @1:16\n"
                       "            Name c @1:16\n"
                       "            BinOp | @1:21\n"))
      << p->dump;
}

TEST(Parser, ChainedComparisons) {
  auto p = parse_ok("a < b <= c is not d not in e in f is g != h\n");
  const auto& c = *p->value(0).as<CompareExpr>();
  std::vector<CmpOp> want = {CmpOp::Lt, CmpOp::LtE, CmpOp::IsNot, CmpOp::NotIn, CmpOp::In, CmpOp::Is, CmpOp::NotEq};
  EXPECT_EQ(c.ops, want);
  EXPECT_EQ(c.comparators.size(), 7u);
}

TEST(Parser, BinOpLocations) {
  auto p = parse_ok("x = a  +  bc\n");
  const auto& b = *p->value(0).as<BinOpExpr>();
  EXPECT_EQ(b.loc.col, 5u);
  EXPECT_EQ(b.loc.end_col, 13u);
  EXPECT_EQ(b.op_loc.col, 8u);
}

TEST(Parser, Ternaryandlambda) {
  auto p = parse_ok("x = a if b else c\nf = lambda x, y=1, *a, **k: x if y else a\n");
  EXPECT_EQ(p->value(0).kind, ExprKind::IfExp);
  const auto& lam = *p->value(1).as<LambdaExpr>();
  EXPECT_EQ(lam.args.args.size(), 2u);
  EXPECT_EQ(lam.args.vararg, "a");
  EXPECT_EQ(lam.args.kwarg, "k");
  EXPECT_EQ(lam.body->kind, ExprKind::IfExp);
}

TEST(Parser, Calls) {
  auto p = parse_ok("f(a, b=1, *args, **kw)\nf(x for x in y)\n");
  const auto& c = *p->value(0).as<CallExpr>();
  ASSERT_EQ(c.args.size(), 2u);
  EXPECT_EQ(c.args[1]->kind, ExprKind::Starred);
  ASSERT_EQ(c.keywords.size(), 2u);
  EXPECT_EQ(c.keywords[0].name, "b");
  EXPECT_EQ(c.keywords[1].name, "");
  const Expr& gen = *p->value(1).as<CallExpr>()->args[0];
  EXPECT_EQ(gen.kind, ExprKind::GeneratorExp);
  EXPECT_EQ(gen.loc.col, 2u);  // spans the call's parentheses, as in CPython
  EXPECT_EQ(gen.loc.end_col, 16u);
}

TEST(Parser, Subscripts) {
  auto p = parse_ok("a[i]\na[i:j]\na[::k]\na[i, j]\na[:]\n");
  EXPECT_EQ(p->value(0).as<SubscriptExpr>()->index->kind, ExprKind::Name);
  const auto& s1 = *p->value(1).as<SubscriptExpr>()->index->as<SliceExpr>();
  EXPECT_NE(s1.lower, nullptr);
  EXPECT_NE(s1.upper, nullptr);
  EXPECT_EQ(s1.step, nullptr);
  const auto& s2 = *p->value(2).as<SubscriptExpr>()->index->as<SliceExpr>();
  EXPECT_EQ(s2.lower, nullptr);
  EXPECT_NE(s2.step, nullptr);
  EXPECT_EQ(p->value(3).as<SubscriptExpr>()->index->kind, ExprKind::Tuple);
  EXPECT_EQ(p->value(4).as<SubscriptExpr>()->index->kind, ExprKind::Slice);
}

TEST(Parser, Displays) {
  auto p = parse_ok("()\n(1,)\n(1)\n[]\n{}\n{1: 2}\n{1, 2}\n1, 2\n");
  EXPECT_TRUE(p->value(0).as<SeqExpr>()->parenthesized);
  EXPECT_EQ(p->value(1).as<SeqExpr>()->elts.size(), 1u);
  EXPECT_EQ(p->value(2).kind, ExprKind::IntLit);
  EXPECT_EQ(p->value(3).kind, ExprKind::List);
  EXPECT_EQ(p->value(4).kind, ExprKind::Dict);
  EXPECT_EQ(p->value(5).as<DictExpr>()->keys.size(), 1u);
  EXPECT_EQ(p->value(6).kind, ExprKind::Set);
  EXPECT_FALSE(p->value(7).as<SeqExpr>()->parenthesized);
}

TEST(Parser, Comprehensions) {
  auto p = parse_ok(
      "[x for x in a if x for y in b if y if z]\n{x for x in a}\n{k: v for k, v in d}\n"
      "(x for x in a)\n");
  const auto& lc = *p->value(0).as<CompExpr>();
  EXPECT_EQ(lc.kind, ExprKind::ListComp);
  ASSERT_EQ(lc.generators.size(), 2u);
  EXPECT_EQ(lc.generators[1].ifs.size(), 2u);
  EXPECT_EQ(p->value(1).kind, ExprKind::SetComp);
  EXPECT_EQ(p->value(2).kind, ExprKind::DictComp);
  EXPECT_NE(p->value(2).as<CompExpr>()->value, nullptr);
  EXPECT_EQ(p->value(3).kind, ExprKind::GeneratorExp);
}

// ---------------------------------------------------------------- statements

TEST(Parser, Assignments) {
  auto p = parse_ok("a = b = c\nx, (y, *z) = t\n[p, q] = r\na.b[c] = 1\n");
  EXPECT_EQ(p->stmt_as<AssignStmt>(0).targets.size(), 2u);
  EXPECT_EQ(p->stmt_as<AssignStmt>(1).targets[0]->kind, ExprKind::Tuple);
  EXPECT_EQ(p->stmt_as<AssignStmt>(2).targets[0]->kind, ExprKind::List);
}

TEST(Parser, AugmentedAssignments) {
  const char* ops[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^="};
  BinOp want[] = {BinOp::Add, BinOp::Sub,    BinOp::Mul,    BinOp::Div,    BinOp::FloorDiv, BinOp::Mod,
                  BinOp::Pow, BinOp::RShift, BinOp::LShift, BinOp::BitAnd, BinOp::BitOr,    BinOp::BitXor};
  for (size_t i = 0; i < 12; ++i) {
    auto p = parse_ok(std::string("x ") + ops[i] + " 1\n");
    EXPECT_EQ(p->stmt_as<AugAssignStmt>(0).op, want[i]) << ops[i];
  }
}

TEST(Parser, YieldMakesGenerator) {
  auto p = parse_ok(
      "def g():\n  x = yield 1\n  yield\ndef f():\n  def inner():\n    yield 1\n"
      "  return lambda: (yield)\n");
  EXPECT_TRUE(p->stmt_as<FunctionDefStmt>(0).is_generator);
  EXPECT_FALSE(p->stmt_as<FunctionDefStmt>(1).is_generator);
}

TEST(Parser, FunctionDefinitions) {
  auto p = parse_ok("@dec\n@a.b(1)\ndef f(a, b=1, *args, c, d=2, **kw):\n  '''Doc.'''\n  pass\n");
  const auto& f = p->stmt_as<FunctionDefStmt>(0);
  EXPECT_EQ(f.name, "f");
  EXPECT_EQ(f.decorators.size(), 2u);
  EXPECT_EQ(f.args.args.size(), 2u);
  EXPECT_EQ(f.args.vararg, "args");
  EXPECT_EQ(f.args.kwonly.size(), 2u);
  EXPECT_EQ(f.args.kwarg, "kw");
  EXPECT_EQ(f.docstring, "Doc.");
  EXPECT_EQ(f.body.size(), 2u);
  EXPECT_EQ(f.loc.line, 3u);
  EXPECT_EQ(f.name_loc.col, 5u);
}

TEST(Parser, KeywordOnlyAfterBareStar) {
  auto p = parse_ok("def f(a, *, k=1): pass\n");
  const auto& f = p->stmt_as<FunctionDefStmt>(0);
  EXPECT_EQ(f.args.vararg, "");
  EXPECT_EQ(f.args.kwonly.size(), 1u);
}

TEST(Parser, ClassDefinitions) {
  auto p = parse_ok("class A(B, C, metaclass=M):\n  'doc'\n  x = 1\nclass D: pass\n");
  const auto& c = p->stmt_as<ClassDefStmt>(0);
  EXPECT_EQ(c.bases.size(), 2u);
  ASSERT_EQ(c.keywords.size(), 1u);
  EXPECT_EQ(c.keywords[0].name, "metaclass");
  EXPECT_EQ(c.docstring, "doc");
  EXPECT_TRUE(p->stmt_as<ClassDefStmt>(1).bases.empty());
}

TEST(Parser, ModuleDocstring) {
  auto p = parse_ok("# -*- coding: utf-8 -*-\n\"\"\"Mod.\"\"\"\nx = 1\n");
  EXPECT_EQ(p->mod->docstring, "Mod.");
  EXPECT_EQ(p->mod->body.size(), 2u);
}

TEST(Parser, RaiseForms) {
  auto p = parse_ok("raise\nraise E\nraise E, v\nraise E, v, tb\nraise E from C\n");
  EXPECT_EQ(p->stmt_as<RaiseStmt>(0).exc, nullptr);
  EXPECT_NE(p->stmt_as<RaiseStmt>(1).exc, nullptr);
  EXPECT_NE(p->stmt_as<RaiseStmt>(2).value, nullptr);
  EXPECT_NE(p->stmt_as<RaiseStmt>(3).traceback, nullptr);
  EXPECT_NE(p->stmt_as<RaiseStmt>(4).cause, nullptr);
}

TEST(Parser, TryExcept) {
  auto p = parse_ok(
      "try:\n  a\nexcept E, e:\n  b\nexcept (A, B) as e:\n  c\nexcept:\n  d\nelse:\n  e\n"
      "finally:\n  f\n");
  const auto& t = p->stmt_as<TryStmt>(0);
  ASSERT_EQ(t.handlers.size(), 3u);
  EXPECT_EQ(t.handlers[0].name, "e");
  EXPECT_EQ(t.handlers[1].type->kind, ExprKind::Tuple);
  EXPECT_EQ(t.handlers[1].name, "e");
  EXPECT_EQ(t.handlers[2].type, nullptr);
  EXPECT_EQ(t.orelse.size(), 1u);
  EXPECT_EQ(t.finalbody.size(), 1u);
}

TEST(Parser, LoopsWithElse) {
  auto p = parse_ok("for i, j in x:\n  break\nelse:\n  pass\nwhile x:\n  continue\nelse: pass\n");
  EXPECT_EQ(p->stmt_as<ForStmt>(0).target->kind, ExprKind::Tuple);
  EXPECT_EQ(p->stmt_as<ForStmt>(0).orelse.size(), 1u);
  EXPECT_EQ(p->stmt_as<WhileStmt>(1).orelse.size(), 1u);
}

TEST(Parser, IfElifElse) {
  auto p = parse_ok("if a: x\nelif b: y\nelif c:\n  z\nelse: w\n");
  const auto& i = p->stmt_as<IfStmt>(0);
  ASSERT_EQ(i.orelse.size(), 1u);
  const auto& e1 = *i.orelse[0]->as<IfStmt>();
  EXPECT_EQ(e1.loc.line, 2u);
  ASSERT_EQ(e1.orelse.size(), 1u);
  EXPECT_EQ(e1.orelse[0]->as<IfStmt>()->orelse.size(), 1u);
}

TEST(Parser, With) {
  // `with a, b:` is nested withs, one item each.
  auto p = parse_ok("with a as b, c as (d, e), f:\n  pass\n");
  const auto& w = p->stmt_as<WithStmt>(0);
  ASSERT_EQ(w.items.size(), 1u);
  ASSERT_EQ(w.body.size(), 1u);
  ASSERT_EQ(w.body[0]->kind, StmtKind::With);
  const auto* w2 = w.body[0]->as<WithStmt>();
  ASSERT_EQ(w2->items.size(), 1u);
  EXPECT_EQ(w2->items[0].optional_vars->kind, ExprKind::Tuple);
  ASSERT_EQ(w2->body[0]->kind, StmtKind::With);
  const auto* w3 = w2->body[0]->as<WithStmt>();
  EXPECT_EQ(w3->items[0].optional_vars, nullptr);
  EXPECT_EQ(w3->body[0]->kind, StmtKind::Pass);
}

TEST(Parser, TupleParameters) {
  // def f((a, b), c): the parameter is named by its position and the body unpacks it first.
  auto p = parse_ok("def f((a, (b, c)), d=1):\n  'doc'\n  return a\n");
  const auto& f = p->stmt_as<FunctionDefStmt>(0);
  ASSERT_EQ(f.args.args.size(), 2u);
  EXPECT_EQ(f.args.args[0].name, ".0");
  ASSERT_NE(f.args.args[0].unpack, nullptr);
  EXPECT_EQ(f.args.args[0].unpack->kind, ExprKind::Tuple);
  EXPECT_EQ(f.docstring, "doc");
  ASSERT_EQ(f.body[0]->kind, StmtKind::Assign);
  auto l = parse_ok("g = lambda (k, v): v\n");
  const auto* lam = l->stmt_as<AssignStmt>(0).value->as<LambdaExpr>();
  EXPECT_EQ(lam->args.args[0].name, ".0");
  EXPECT_NE(lam->args.args[0].unpack, nullptr);
}

TEST(Parser, Imports) {
  auto p = parse_ok(
      "import a.b.c as d, e\nfrom x import (a, b as c,)\nfrom . import x\n"
      "from ..pkg.mod import y\nfrom x import *\nfrom ... import z\n");
  const auto& i = p->stmt_as<ImportStmt>(0);
  EXPECT_EQ(i.names[0].name, "a.b.c");
  EXPECT_EQ(i.names[0].asname, "d");
  EXPECT_EQ(p->stmt_as<ImportFromStmt>(1).names.size(), 2u);
  EXPECT_EQ(p->stmt_as<ImportFromStmt>(2).level, 1);
  EXPECT_EQ(p->stmt_as<ImportFromStmt>(2).module, "");
  EXPECT_EQ(p->stmt_as<ImportFromStmt>(3).level, 2);
  EXPECT_EQ(p->stmt_as<ImportFromStmt>(3).module, "pkg.mod");
  EXPECT_EQ(p->stmt_as<ImportFromStmt>(4).names[0].name, "*");
  EXPECT_EQ(p->stmt_as<ImportFromStmt>(5).level, 3);
}

TEST(Parser, SimpleStatements) {
  auto p = parse_ok(
      "del a, b[1], c.d\nassert x, 'm'\nglobal a, b\npass\n"
      "def f():\n  nonlocal x\n  while 1:\n    break; continue;\n  return\n");
  EXPECT_EQ(p->stmt_as<DeleteStmt>(0).targets.size(), 3u);
  EXPECT_NE(p->stmt_as<AssertStmt>(1).msg, nullptr);
  EXPECT_EQ(p->stmt_as<GlobalStmt>(2).names.size(), 2u);
  EXPECT_EQ(p->stmt(3).kind, StmtKind::Pass);
  const auto& f = p->stmt_as<FunctionDefStmt>(4);
  EXPECT_TRUE(f.body[0]->as<GlobalStmt>()->is_nonlocal);
  const auto& loop = *f.body[1]->as<WhileStmt>();
  EXPECT_EQ(loop.body[0]->kind, StmtKind::Break);
  EXPECT_EQ(loop.body[1]->kind, StmtKind::Continue);
  EXPECT_EQ(f.body[2]->kind, StmtKind::Return);
}

// What Python rejects when it compiles the module (both Python 2 and 3).
TEST(Parser, StatementsOutOfPlace) {
  expect_error("return 1\n", "'return' outside function", 1, 1, 9);
  expect_error("class C:\n  return\n", "'return' outside function", 2, 3, 9);
  expect_error("def f():\n  break\n", "'break' outside loop", 2, 3, 8);
  expect_error("for x in y:\n  def g():\n    continue\n", "'continue' not properly in loop", 3, 5, 13);
  expect_error("while x:\n  pass\nelse:\n  break\n", "'break' outside loop", 4, 3, 8);
  expect_error("def f(a):\n  global a\n", "name 'a' is parameter and global", 2, 3, 11);
  expect_error("def f(*a):\n  nonlocal a\n", "name 'a' is parameter and nonlocal", 2, 3, 13);
  expect_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1, 11);
  expect_error("x = yield 1\n", "'yield' outside function", 1, 5, 10);
  expect_error("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 9);
  parse_ok("def f(a):\n  def g():\n    global a\n  for x in a:\n    while x:\n      break\n    else:\n      continue\n");
}

// Runs `body` on a thread with a large stack, as rpy runs its stages (driver/guard.cpp): trees
// thousands of levels deep are walked recursively (and frames are large under ASan).
void on_large_stack(const std::function<void()>& body) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{512} << 20);
  pthread_t t;
  auto run = [](void* arg) -> void* {
    (*static_cast<const std::function<void()>*>(arg))();
    return nullptr;
  };
  ASSERT_EQ(pthread_create(&t, &attr, run, const_cast<std::function<void()>*>(&body)), 0);
  pthread_join(t, nullptr);
  pthread_attr_destroy(&attr);
}

// A chain of operators, trailers or elifs builds a tree as deep as the chain is long.
void chains_are_bounded() {
  std::string ok = "x = 1";
  for (int i = 0; i < 4000; ++i) ok += " + 1";
  parse_ok(ok + "\n");
  std::string deep = "x = 1";
  for (int i = 0; i < 6000; ++i) deep += " + 1";
  auto p = parse(deep + "\n");
  ASSERT_EQ(p->diags.error_count(), 1u);
  EXPECT_TRUE(contains(p->diags.all()[0].message, "too deeply nested")) << p->diags.all()[0].message;
  EXPECT_EQ(p->diags.all()[0].loc.col, 5u + 4u * 5000u + 2u);  // the 5001st '+'
  std::string calls = "x = f";
  for (int i = 0; i < 6000; ++i) calls += "()";
  EXPECT_EQ(parse(calls + "\n")->diags.error_count(), 1u);
  std::string elifs = "if x == 0:\n  pass\n";
  for (int i = 0; i < 6000; ++i) elifs += "elif x == " + std::to_string(i + 1) + ":\n  pass\n";
  elifs += "else:\n  pass\ny = 1\n";
  p = parse(elifs);
  EXPECT_EQ(p->diags.error_count(), 1u) << "the rest of the chain raises no further errors";
}

TEST(Parser, ChainsAreBounded) { on_large_stack(chains_are_bounded); }

TEST(Parser, StatementLocations) {
  auto p = parse_ok("x = 1\nif y:\n    z += 2\n");
  EXPECT_EQ(p->stmt(0).loc.col, 1u);
  EXPECT_EQ(p->stmt(0).loc.end_col, 6u);
  const auto& aug = *p->stmt_as<IfStmt>(1).body[0];
  EXPECT_EQ(aug.loc.line, 3u);
  EXPECT_EQ(aug.loc.col, 5u);
  EXPECT_EQ(aug.loc.end_col, 11u);
}

TEST(Parser, DumpIsStable) {
  auto p = parse_ok("def f(a=1):\n  return a\n");
  EXPECT_EQ(p->dump,
            "Module\n"
            "  FunctionDef f @1:1\n"
            "    arg: a @1:7\n"
            "      default: Int 1 @1:9\n"
            "    body:\n"
            "      Return @2:3\n"
            "        Name a @2:10\n");
}

TEST(Parser, Python3Annotations) {
  auto p = parse_ok("def f(a: int, *, b: str = 'x') -> None:\n  y: int = 1\n  z: int\n");
  const auto& f = p->stmt_as<FunctionDefStmt>(0);
  EXPECT_EQ(f.body[0]->kind, StmtKind::Assign);
  EXPECT_EQ(f.body[1]->kind, StmtKind::Pass);
}

// ---------------------------------------------------------------- errors

TEST(ParserErrors, InvalidSyntaxLocation) {
  expect_error("x = 1 2\n", "invalid syntax", 1, 7, 8);
  expect_error("x = (1 2)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 8, 9);
  expect_error("x = \n", "invalid syntax", 1, 5, 6);
}

TEST(ParserErrors, ExpectedColon) {
  expect_error("if x\n  pass\n", "expected ':'", 1, 5, 6);
  expect_error("def foo()\n  pass\n", "expected ':'", 1, 10, 11);
}

TEST(ParserErrors, ErrorAtEndOfFilePointsAtLastLine) {
  expect_error("if x:\n", "expected an indented block", 1, 6, 7);
  expect_error("x = (1 +\n", "'(' was never closed", 1, 5, 6);
}

TEST(ParserErrors, UnexpectedIndent) { expect_error("x = 1\n  y = 2\n", "unexpected indent", 2, 3, 4); }

TEST(ParserErrors, ExpectedIndentedBlock) { expect_error("if x:\ny = 2\n", "expected an indented block", 2, 1, 2); }

TEST(ParserErrors, UnindentMismatch) {
  expect_error("if x:\n    y\n  z\n", "unindent does not match any outer indentation level", 3, 1, 4);
}

TEST(ParserErrors, UnterminatedString) { expect_error("x = 'abc\n", "unterminated string literal", 1, 5, 9); }

TEST(ParserErrors, BadAssignmentTargets) {
  expect_error("f() = 1\n", "cannot assign to function call", 1, 1, 4);
  expect_error("a, 1 = x\n", "cannot assign to literal", 1, 4, 5);
  expect_error("(a, b) += 1\n", "'tuple' is an illegal expression for augmented assignment", 1, 1, 7);
  expect_error("del f()\n", "cannot delete function call", 1, 5, 8);
  expect_error("for 1 in x: pass\n", "cannot assign to literal", 1, 5, 6);
}

TEST(ParserErrors, ArgumentErrors) {
  expect_error("def f(a=1, b): pass\n", "non-default argument follows default argument", 1, 12, 13);
  expect_error("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 10, 11);
  expect_error("f(a=1, b)\n", "positional argument follows keyword argument", 1, 8, 9);
  expect_error("f(x for x in y, 1)\n", "Generator expression must be parenthesized", 1, 3, 15);
  expect_error("f(a.b=1)\n", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 6);
}

TEST(ParserErrors, UnsupportedPython3Syntax) { expect_error("async def f(): pass\n", "'async' is not supported", 1, 1, 6); }

TEST(ParserErrors, AssignmentExpressions) {
  expect_error("x := 1\n", "invalid syntax: an assignment expression (':=') as a statement needs parentheses; or write '='", 1, 1, 7);
  expect_error("y = x := 1\n", "invalid syntax: an assignment expression (':=') as a statement needs parentheses; or write '='", 1, 5, 11);
  expect_error("if (a.b := 1): pass\n", "cannot use assignment expressions with this expression: the target must be a name", 1, 9, 11);
}

TEST(Parser, AssignmentExpressions) {
  for (const char* src :
       {"if (x := 1): pass\n", "while (n := f()) > 0: pass\n", "print(y := 2, y)\n", "z = [w for v in a if (w := g(v))]\n", "(x := 5)\n"}) {
    auto p = parse(src);
    EXPECT_EQ(p->diags.error_count(), 0u) << src << p->diags.render();
  }
}

TEST(ParserErrors, StarredTargets) {
  expect_error("a, *b, *c = x\n", "multiple starred expressions in assignment", 1, 8, 10);
  expect_error("*a = x\n", "starred assignment target must be in a list or tuple", 1, 1, 3);
}

TEST(Parser, YieldFrom) {
  auto p = parse("def f(x):\n  yield from x\n  y = yield 1\n");
  ASSERT_EQ(p->diags.error_count(), 0u) << p->diags.render();
}

TEST(ParserErrors, RecoveryReportsSeveralErrors) {
  auto p = parse("x = = 1\ndef f(:\n  pass\ny = 2\nz = )\nw = 3\n");
  ASSERT_EQ(p->diags.error_count(), 3u) << p->diags.render();
  EXPECT_EQ(p->diags.all()[0].loc.line, 1u);
  EXPECT_EQ(p->diags.all()[1].loc.line, 2u);
  EXPECT_EQ(p->diags.all()[2].loc.line, 5u);
  ASSERT_NE(p->mod, nullptr);
  ASSERT_EQ(p->mod->body.size(), 2u);  // y = 2 and w = 3
  EXPECT_EQ(p->stmt(0).loc.line, 4u);
  EXPECT_EQ(p->stmt(1).loc.line, 6u);
}

TEST(ParserErrors, RecoveryInsideBlocks) {
  auto p = parse("def f():\n  x = (\n  return 1\n\ndef g():\n  y = 1 +\n  return 2\n");
  EXPECT_EQ(p->diags.error_count(), 2u) << p->diags.render();
  ASSERT_NE(p->mod, nullptr);
  ASSERT_EQ(p->mod->body.size(), 2u);
  EXPECT_EQ(p->stmt_as<FunctionDefStmt>(0).body.size(), 1u);
  EXPECT_EQ(p->stmt_as<FunctionDefStmt>(1).body.size(), 1u);
}

TEST(ParserErrors, NeverClosedBracket) {
  // The mistake is on the bracket's line: that is what gets reported.
  expect_error("def f(:\n  pass\n", "invalid syntax", 1, 7, 8);
  // The brackets swallow later lines: the bracket is reported, not its symptoms.
  expect_error("x = [1, 2\ny = 3\ndef g(): pass\n", "'[' was never closed", 1, 5, 6);
  expect_error("x = (1,\n", "'(' was never closed", 1, 5, 6);
}

TEST(ParserErrors, FailedHeaderSkipsItsClauses) {
  auto p = parse("if x y:\n  a\nelse:\n  b\nc = 1\n");
  EXPECT_EQ(p->diags.error_count(), 1u) << p->diags.render();
  ASSERT_EQ(p->mod->body.size(), 1u);
}

TEST(ParserErrors, ErrorCountIsCapped) {
  std::string src;
  for (int i = 0; i < 50; ++i) src += "x = = 1\n";
  auto p = parse(src);
  EXPECT_EQ(p->diags.error_count(), 20u);
}

TEST(ParserErrors, DeepNestingDoesNotCrash) {
  auto p = parse(std::string(5000, '(') + "1" + std::string(5000, ')') + "\n");
  EXPECT_TRUE(p->diags.has_errors());
  auto q = parse(std::string(3000, '-') + "1\n");
  EXPECT_TRUE(q->diags.has_errors());
}

TEST(ParserErrors, GarbageDoesNotCrash) {
  const char* inputs[] = {"\\",       "'",      "'''",       "(",
                          ")",        "]",      "}",         "@",
                          "@x\n",     "def",    "class",     "if",
                          "else:",    "f'{",    "f'{x!z}'",  "f'{x:{y:{z}}}'",
                          "lambda",   "\t\t",   "x = [1,\n", "try:\n  pass\n",
                          "from",     "import", "0x",        "1__2",
                          "print >>", "exec",   "`x",        "a[",
                          "a.",       "*",      "**x",       "\x00",
                          "\xff\xfe"};
  for (const char* in : inputs) {
    auto p = parse(in);
    EXPECT_TRUE(p->mod != nullptr) << in;
  }
}

// Parsing speed is measured by `rpy translate --timings`, not asserted here (no timing thresholds
// in tests); this checks that a 2,000-line module parses completely.
TEST(Parser, ParsesTwoThousandLines) {
  std::string unit =
      "def f(a, b=1, *args, **kw):\n"
      "    '''Doc.'''\n"
      "    for i in range(10):\n"
      "        if i % 2 == 0 and not a:\n"
      "            x = [j * 2 for j in args if j]\n"
      "        else:\n"
      "            d = {'k': a, 'v': b[i:j]}\n"
      "    print 'done', a + b * 3 ** 2\n"
      "    return f(a, b=kw.get('x'), *args)\n"
      "\n";
  std::string src;
  for (int i = 0; i < 200; ++i) src += unit;
  auto p = parse_ok(src);
  EXPECT_EQ(p->mod->body.size(), 200u);
}

}  // namespace
}  // namespace rpy::syntax
