// Statements: simple statements, compound statements, definitions and assignment targets.
#include "syntax/parser_internal.hpp"

namespace rpy::syntax {

namespace {

// Marks a function (or lambda / class) body while it is parsed, to learn whether it yields.
class FuncScope {
 public:
  explicit FuncScope(Parser& p) : p_(p) { p_.func_stack_.push_back(false); }
  ~FuncScope() { p_.func_stack_.pop_back(); }
  FuncScope(const FuncScope&) = delete;
  FuncScope& operator=(const FuncScope&) = delete;
  bool saw_yield() const { return p_.func_stack_.back(); }

 private:
  Parser& p_;
};

bool augassign_op(const Token& t, BinOp& op) {
  if (t.kind != Tok::Op || t.text.size() < 2 || t.text.back() != '=') return false;
  std::string_view s = t.text.substr(0, t.text.size() - 1);
  static constexpr std::pair<std::string_view, BinOp> kOps[] = {
      {"+", BinOp::Add},    {"-", BinOp::Sub},    {"*", BinOp::Mul},     {"/", BinOp::Div},     {"//", BinOp::FloorDiv},
      {"%", BinOp::Mod},    {"**", BinOp::Pow},   {"<<", BinOp::LShift}, {">>", BinOp::RShift}, {"|", BinOp::BitOr},
      {"^", BinOp::BitXor}, {"&", BinOp::BitAnd}, {"@", BinOp::MatMul}};
  for (const auto& [text, kind] : kOps) {
    if (text == s) {
      op = kind;
      return true;
    }
  }
  return false;
}

// How Python names an expression that cannot be assigned to.
const char* describe(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Call:
      return "function call";
    case ExprKind::IntLit:
    case ExprKind::FloatLit:
    case ExprKind::StrLit:
      return "literal";
    case ExprKind::NoneLit:
      return "None";
    case ExprKind::BoolLit:
      return e.as<BoolLit>()->value ? "True" : "False";
    case ExprKind::FString:
      return "f-string expression";
    case ExprKind::Compare:
      return "comparison";
    case ExprKind::IfExp:
      return "conditional expression";
    case ExprKind::Lambda:
      return "lambda";
    case ExprKind::Yield:
      return "yield expression";
    case ExprKind::ListComp:
      return "list comprehension";
    case ExprKind::SetComp:
      return "set comprehension";
    case ExprKind::DictComp:
      return "dict comprehension";
    case ExprKind::GeneratorExp:
      return "generator expression";
    case ExprKind::Dict:
      return "dict literal";
    case ExprKind::Set:
      return "set display";
    case ExprKind::Tuple:
      return "tuple";
    case ExprKind::List:
      return "list";
    case ExprKind::Starred:
      return "starred";
    default:
      return "expression";
  }
}

}  // namespace

void Parser::check_target(const Expr& e, const char* verb) {
  switch (e.kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      return;
    case ExprKind::Tuple:
    case ExprKind::List: {
      const bool del = std::string_view(verb) == "delete";
      const Expr* starred = nullptr;
      for (const auto& elt : e.as<SeqExpr>()->elts) {
        if (elt->kind == ExprKind::Starred && !del) {
          if (starred) fail_at(elt->loc, "multiple starred expressions in assignment");
          starred = elt.get();
          check_target(*elt->as<StarredExpr>()->value, verb);
        } else {
          check_target(*elt, verb);
        }
      }
      return;
    }
    case ExprKind::Starred:
      if (std::string_view(verb) != "delete") fail_at(e.loc, "starred assignment target must be in a list or tuple");
      break;
    default:
      break;
  }
  fail_at(e.loc, std::string("cannot ") + verb + " " + describe(e));
}

void Parser::parse_statement(Body& out) {
  const Token& t = peek();
  if (t.kind == Tok::Indent) fail(t, "unexpected indent");
  if (t.kind == Tok::Keyword) {
    std::string_view k = t.text;
    if (k == "if") return out.push_back(parse_if(false));
    if (k == "while") return out.push_back(parse_while());
    if (k == "for") return out.push_back(parse_for());
    if (k == "try") return out.push_back(parse_try());
    if (k == "with") return out.push_back(parse_with());
    if (k == "def") return out.push_back(parse_def({}, t.loc));
    if (k == "class") return out.push_back(parse_class({}, t.loc));
  }
  if (t.is_op("@")) return out.push_back(parse_decorated());
  if (t.kind == Tok::Name && at_match_stmt()) return out.push_back(parse_match());
  if (t.is_name("async") && (peek(1).is_kw("def") || peek(1).is_kw("for") || peek(1).is_kw("with"))) {
    fail(t, "'async' is not supported");
  }
  parse_simple_line(out);
}

void Parser::parse_simple_line(Body& out) {
  out.push_back(parse_small_stmt());
  while (accept_op(";")) {
    if (peek().kind == Tok::Newline) break;
    out.push_back(parse_small_stmt());
  }
  if (peek().kind != Tok::Newline) fail_here("invalid syntax");
  advance();
}

StmtPtr Parser::parse_small_stmt() {
  const Token& t = peek();
  Loc start = t.loc;
  if (t.kind == Tok::Keyword) {
    std::string_view k = t.text;
    if (k == "pass" || k == "break" || k == "continue") {
      advance();
      return std::make_unique<Stmt>(k == "pass" ? StmtKind::Pass : k == "break" ? StmtKind::Break : StmtKind::Continue, start);
    }
    if (k == "return") {
      advance();
      auto s = std::make_unique<ReturnStmt>(start);
      if (at_expr_start()) s->value = parse_testlist(true);
      s->loc = span_from(start);
      return s;
    }
    if (k == "raise") return parse_raise();
    if (k == "global") return parse_global(false);
    if (k == "import") return parse_import();
    if (k == "from") return parse_from_import();
    if (k == "del") {
      advance();
      auto s = std::make_unique<DeleteStmt>(start);
      ExprPtr e = parse_exprlist();
      if (e->kind == ExprKind::Tuple && !e->as<SeqExpr>()->parenthesized) {
        for (auto& elt : e->as<SeqExpr>()->elts) s->targets.push_back(std::move(elt));
      } else {
        s->targets.push_back(std::move(e));
      }
      for (const auto& target : s->targets) check_target(*target, "delete");
      s->loc = span_from(start);
      return s;
    }
    if (k == "assert") {
      advance();
      auto s = std::make_unique<AssertStmt>(start);
      s->test = parse_test();
      if (accept_op(",")) s->msg = parse_test();
      s->loc = span_from(start);
      return s;
    }
  }
  if (t.kind == Tok::Name) {
    const Token& next = peek(1);
    BinOp ignored;
    bool name_use = next.is_op("=") || next.is_op(".") || augassign_op(next, ignored);
    if (t.text == "print" && !future_print_ && !name_use) {
      if (!next.is_op("(")) return parse_print();
      // print(...) alone is a call (Python 3 meaning); "print (a), b" stays a statement.
      size_t i = pos_ + 1;
      int depth = 0;
      for (; i < toks_.size() - 1; ++i) {
        const Token& u = toks_[i];
        if (u.kind == Tok::Newline) break;
        if (u.is_op("(") || u.is_op("[") || u.is_op("{")) ++depth;
        if ((u.is_op(")") || u.is_op("]") || u.is_op("}")) && --depth == 0) break;
      }
      const Token& after = toks_[std::min(i + 1, toks_.size() - 1)];
      if (!(after.kind == Tok::Newline || after.is_op(";") || after.kind == Tok::End)) return parse_print();
    }
    if (t.text == "exec" && !name_use && at_expr_start(1)) return parse_exec();
    if (t.text == "nonlocal" && next.kind == Tok::Name) return parse_global(true);
  }
  return parse_expr_stmt();
}

StmtPtr Parser::parse_expr_stmt() {
  Loc start = peek().loc;
  ExprPtr first = parse_yield_or_testlist();
  BinOp op;
  if (augassign_op(peek(), op)) {
    if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript) {
      fail_at(first->loc, std::string("'") + describe(*first) + "' is an illegal expression for augmented assignment");
    }
    advance();
    auto s = std::make_unique<AugAssignStmt>(start);
    s->target = std::move(first);
    s->op = op;
    s->value = parse_yield_or_testlist();
    s->loc = span_from(start);
    return s;
  }
  if (at_op(":")) {  // Python 3 annotation: "x: T" or "x: T = v"
    check_target(*first, "annotate");
    if (first->kind == ExprKind::Tuple || first->kind == ExprKind::List)
      fail_at(first->loc, "only single target (not tuple) can be annotated");
    advance();
    size_t ann_begin = pos_;
    ExprPtr ann = parse_test();
    if (future_annotations_ && pos_ > ann_begin) {  // the annotation's source text, unevaluated
      const Token& b = toks_[ann_begin];
      const Token& e = toks_[pos_ - 1];
      size_t end = e.offset + e.text.size();
      ann = std::make_unique<StrLit>(file_.text.substr(b.offset, end - b.offset), ann->loc);
    }
    std::string name = first->kind == ExprKind::Name ? first->as<NameExpr>()->id : std::string();
    StmtPtr s;
    if (!accept_op("=")) {
      s = std::make_unique<Stmt>(StmtKind::Pass, span_from(start));
    } else {
      auto a = std::make_unique<AssignStmt>(start);
      a->targets.push_back(std::move(first));
      a->value = parse_yield_or_testlist();
      a->loc = span_from(start);
      s = std::move(a);
    }
    if (!name.empty()) {  // only a plain name's annotation is recorded
      s->annotated = name;
      s->annotation = std::move(ann);
    }
    return s;
  }
  if (at_op("=")) {
    auto s = std::make_unique<AssignStmt>(start);
    ExprPtr cur = std::move(first);
    while (accept_op("=")) {
      check_target(*cur, "assign to");
      s->targets.push_back(std::move(cur));
      cur = parse_yield_or_testlist();
    }
    bare_namedexpr(*cur);
    s->value = std::move(cur);
    s->loc = span_from(start);
    return s;
  }
  bare_namedexpr(*first);
  auto s = std::make_unique<ExprStmt>(start);
  if (first->kind == ExprKind::Yield) static_cast<YieldExpr*>(first.get())->statement = true;
  s->value = std::move(first);
  s->loc = span_from(start);
  return s;
}

// `x := 1` as a statement, or as the value of `y = x := 1`, needs parentheses (Python's grammar).
void Parser::bare_namedexpr(const Expr& e) {
  if (e.kind == ExprKind::NamedExpr && !e.as<NamedExpr>()->parenthesized)
    fail_at(e.loc, "invalid syntax: an assignment expression (':=') as a statement needs parentheses; or write '='");
}

StmtPtr Parser::parse_print() {
  Loc start = advance().loc;
  saw_py2(start, "a print statement");
  auto s = std::make_unique<PrintStmt>(start);
  if (accept_op(">>")) {
    s->dest = parse_test();
    if (!accept_op(",")) {
      s->loc = span_from(start);
      return s;
    }
  }
  while (at_expr_start()) {
    s->values.push_back(parse_test());
    if (!accept_op(",")) break;
    if (!at_expr_start()) s->newline = false;
  }
  s->loc = span_from(start);
  return s;
}

StmtPtr Parser::parse_exec() {
  if (!peek(1).is_op("(")) saw_py2(peek().loc, "an exec statement");
  Loc start = advance().loc;
  auto s = std::make_unique<ExecStmt>(start);
  s->body = parse_expr();
  if (accept_kw("in")) {
    s->globals = parse_test();
    if (accept_op(",")) s->locals = parse_test();
  } else if (s->body->kind == ExprKind::Tuple) {  // exec(code, globals[, locals])
    auto& elts = s->body->as<SeqExpr>()->elts;
    if (elts.size() >= 2 && elts.size() <= 3) {
      if (elts.size() == 3) s->locals = std::move(elts[2]);
      s->globals = std::move(elts[1]);
      ExprPtr code = std::move(elts[0]);
      s->body = std::move(code);
    }
  }
  s->loc = span_from(start);
  return s;
}

std::string Parser::dotted_name() {
  std::string name = expect_name();
  while (accept_op(".")) name += "." + expect_name();
  return name;
}

StmtPtr Parser::parse_import() {
  Loc start = advance().loc;
  auto s = std::make_unique<ImportStmt>(start);
  do {
    Alias a;
    a.loc = peek().loc;
    a.name = dotted_name();
    if (accept_kw("as")) a.asname = expect_name();
    a.loc = span_from(a.loc);
    s->names.push_back(std::move(a));
  } while (accept_op(","));
  s->loc = span_from(start);
  return s;
}

StmtPtr Parser::parse_from_import() {
  Loc start = advance().loc;
  auto s = std::make_unique<ImportFromStmt>(start);
  while (at_op(".") || at_op("...")) s->level += advance().text == "." ? 1 : 3;
  if (!at_kw("import") || s->level == 0) s->module = dotted_name();
  expect_kw("import");
  if (at_op("*")) {
    s->names.push_back(Alias{"*", "", advance().loc});
  } else {
    bool paren = accept_op("(");
    do {
      if (paren && at_op(")")) break;
      Alias a;
      a.loc = peek().loc;
      a.name = expect_name();
      if (accept_kw("as")) a.asname = expect_name();
      a.loc = span_from(a.loc);
      s->names.push_back(std::move(a));
    } while (accept_op(","));
    if (paren) expect_op(")");
    if (s->names.empty()) fail_here("invalid syntax");
  }
  if (s->module == "__future__" && s->level == 0) {
    for (const auto& a : s->names) {
      if (a.name == "print_function") future_print_ = true;
      if (a.name == "division") future_division_ = true;
      if (a.name == "absolute_import") future_absolute_import_ = true;
      if (a.name == "annotations") future_annotations_ = true;
    }
  }
  s->loc = span_from(start);
  return s;
}

StmtPtr Parser::parse_raise() {
  Loc start = advance().loc;
  auto s = std::make_unique<RaiseStmt>(start);
  if (at_expr_start()) {
    s->exc = parse_test();
    if (at_op(",")) saw_py2(peek().loc, "`raise E, value`");
    if (accept_op(",")) {
      s->value = parse_test();
      if (accept_op(",")) s->traceback = parse_test();
    } else if (accept_kw("from")) {
      s->cause = parse_test();
    }
  }
  s->loc = span_from(start);
  return s;
}

StmtPtr Parser::parse_global(bool nonlocal) {
  Loc start = advance().loc;
  auto s = std::make_unique<GlobalStmt>(start);
  s->is_nonlocal = nonlocal;
  do {
    s->names.push_back(expect_name());
  } while (accept_op(","));
  s->loc = span_from(start);
  return s;
}

Body Parser::parse_else_block() {
  advance();
  expect_op(":");
  return parse_suite();
}

StmtPtr Parser::parse_if(bool /*is_elif*/) {
  Loc start = advance().loc;
  auto s = std::make_unique<IfStmt>(start);
  s->test = parse_namedexpr_test();
  expect_op(":");
  s->loc = span_from(start);
  s->body = parse_suite();
  if (at_kw("elif")) {
    ChainGuard chain(*this);
    chain.link();
    s->orelse.push_back(parse_if(true));
  } else if (at_kw("else")) {
    s->orelse = parse_else_block();
  }
  return s;
}

StmtPtr Parser::parse_while() {
  Loc start = advance().loc;
  auto s = std::make_unique<WhileStmt>(start);
  s->test = parse_namedexpr_test();
  expect_op(":");
  s->loc = span_from(start);
  s->body = parse_suite();
  if (at_kw("else")) s->orelse = parse_else_block();
  return s;
}

StmtPtr Parser::parse_for() {
  Loc start = advance().loc;
  auto s = std::make_unique<ForStmt>(start);
  s->target = parse_exprlist();
  check_target(*s->target, "assign to");
  expect_kw("in");
  s->iter = parse_testlist(true);
  expect_op(":");
  s->loc = span_from(start);
  s->body = parse_suite();
  if (at_kw("else")) s->orelse = parse_else_block();
  return s;
}

StmtPtr Parser::parse_try() {
  Loc start = advance().loc;
  auto s = std::make_unique<TryStmt>(start);
  expect_op(":");
  s->loc = span_from(start);
  s->body = parse_suite();
  while (at_kw("except")) {
    ExceptHandler h;
    h.loc = advance().loc;
    if (!s->handlers.empty() && !s->handlers.back().type) fail_at(s->handlers.back().loc, "default 'except:' must be last");
    if (!at_op(":")) {
      h.type = parse_test();
      if (at_op(",")) saw_py2(peek().loc, "`except E, name`");
      if (accept_kw("as") || accept_op(",")) h.name = expect_name();
    }
    expect_op(":");
    h.loc = span_from(h.loc);
    h.body = parse_suite();
    s->handlers.push_back(std::move(h));
  }
  if (at_kw("else")) {
    if (s->handlers.empty()) fail_here("invalid syntax");
    s->orelse = parse_else_block();
  }
  bool has_finally = at_kw("finally");
  if (has_finally) {
    s->finalbody = parse_else_block();
  } else if (s->handlers.empty()) {
    fail_here("expected 'except' or 'finally' block");
  }
  return s;
}

StmtPtr Parser::parse_with() {
  Loc start = advance().loc;
  auto s = std::make_unique<WithStmt>(start);
  do {
    WithItem item;
    item.context_expr = parse_test();
    if (accept_kw("as")) {
      item.optional_vars = parse_expr();
      check_target(*item.optional_vars, "assign to");
    }
    s->items.push_back(std::move(item));
  } while (accept_op(","));
  expect_op(":");
  s->loc = span_from(start);
  Body body = parse_suite();
  // `with a, b:` is `with a:` around `with b:` (so every stage sees one item per statement).
  while (s->items.size() > 1) {
    auto inner = std::make_unique<WithStmt>(s->loc);
    inner->items.push_back(std::move(s->items.back()));
    s->items.pop_back();
    inner->body = std::move(body);
    body.clear();
    body.push_back(std::move(inner));
  }
  s->body = std::move(body);
  return s;
}

StmtPtr Parser::parse_def(std::vector<ExprPtr> decorators, Loc start) {
  advance();
  auto s = std::make_unique<FunctionDefStmt>(start);
  s->decorators = std::move(decorators);
  s->name_loc = peek().loc;
  s->name = expect_name();
  expect_op("(");
  parse_arguments(s->args, ")", true);
  expect_op(")");
  if (accept_op("->")) parse_test();  // return annotation, dropped
  expect_op(":");
  s->loc = span_from(start);
  {
    FuncScope scope(*this);
    s->body = parse_suite();
    s->is_generator = scope.saw_yield();
  }
  s->docstring = docstring_of(s->body);
  // Tuple parameters: the body starts by unpacking them, `(a, b) = .0`.
  std::vector<StmtPtr> unpacks;
  for (auto& a : s->args.args) {
    if (!a.unpack) continue;
    auto assign = std::make_unique<AssignStmt>(a.loc);
    assign->targets.push_back(clone_target(*a.unpack));
    assign->value = std::make_unique<NameExpr>(a.name, a.loc);
    unpacks.push_back(std::move(assign));
  }
  s->body.insert(s->body.begin(), std::make_move_iterator(unpacks.begin()), std::make_move_iterator(unpacks.end()));
  return s;
}

ExprPtr Parser::clone_target(const Expr& e) {
  if (e.kind == ExprKind::Name) return std::make_unique<NameExpr>(e.as<NameExpr>()->id, e.loc);
  auto tup = std::make_unique<SeqExpr>(ExprKind::Tuple, e.loc);
  for (auto& x : e.as<SeqExpr>()->elts) tup->elts.push_back(clone_target(*x));
  return tup;
}

StmtPtr Parser::parse_class(std::vector<ExprPtr> decorators, Loc start) {
  advance();
  auto s = std::make_unique<ClassDefStmt>(start);
  s->decorators = std::move(decorators);
  s->name_loc = peek().loc;
  s->name = expect_name();
  if (accept_op("(")) {
    CallExpr args(s->name_loc);
    parse_call_args(args);
    s->bases = std::move(args.args);
    s->keywords = std::move(args.keywords);
  }
  expect_op(":");
  s->loc = span_from(start);
  {
    FuncScope scope(*this);  // a yield in the class body belongs to no function
    s->body = parse_suite();
  }
  s->docstring = docstring_of(s->body);
  return s;
}

StmtPtr Parser::parse_decorated() {
  std::vector<ExprPtr> decorators;
  while (accept_op("@")) {
    decorators.push_back(parse_namedexpr_test());
    if (peek().kind != Tok::Newline) fail_here("invalid syntax");
    advance();
  }
  if (at_kw("def")) return parse_def(std::move(decorators), peek().loc);
  if (at_kw("class")) return parse_class(std::move(decorators), peek().loc);
  if (peek().is_name("async")) fail_here("'async' is not supported");
  fail_here("expected 'def' or 'class' after a decorator");
}

}  // namespace rpy::syntax
