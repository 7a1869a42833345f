// Expressions, from lambda and the conditional expression down to atoms and trailers.
#include <functional>

#include "syntax/parser_internal.hpp"

namespace rpy::syntax {

namespace {

// Binary operator levels from loosest (|) to tightest (* / // % @).
constexpr int kBinaryLevels = 6;

bool binop_at_level(const Token& t, int level, BinOp& op) {
  if (t.kind != Tok::Op) return false;
  std::string_view s = t.text;
  switch (level) {
    case 0:
      if (s == "|") {
        op = BinOp::BitOr;
        return true;
      }
      return false;
    case 1:
      if (s == "^") {
        op = BinOp::BitXor;
        return true;
      }
      return false;
    case 2:
      if (s == "&") {
        op = BinOp::BitAnd;
        return true;
      }
      return false;
    case 3:
      if (s == "<<") {
        op = BinOp::LShift;
        return true;
      }
      if (s == ">>") {
        op = BinOp::RShift;
        return true;
      }
      return false;
    case 4:
      if (s == "+") {
        op = BinOp::Add;
        return true;
      }
      if (s == "-") {
        op = BinOp::Sub;
        return true;
      }
      return false;
    default:
      if (s == "*") {
        op = BinOp::Mul;
        return true;
      }
      if (s == "/") {
        op = BinOp::Div;
        return true;
      }
      if (s == "//") {
        op = BinOp::FloorDiv;
        return true;
      }
      if (s == "%") {
        op = BinOp::Mod;
        return true;
      }
      if (s == "@") {
        op = BinOp::MatMul;
        return true;
      }
      return false;
  }
}

}  // namespace

bool Parser::at_expr_start(size_t k) const {
  const Token& t = peek(k);
  switch (t.kind) {
    case Tok::Name:
    case Tok::Number:
    case Tok::String:
    case Tok::Error:
      return true;
    case Tok::Keyword:
      return t.text == "None" || t.text == "True" || t.text == "False" || t.text == "not" || t.text == "lambda";
    case Tok::Op:
      return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" || t.text == "~" || t.text == "`" ||
             t.text == "..." || t.text == "*";
    default:
      return false;
  }
}

ExprPtr Parser::parse_test() {
  DepthGuard guard(*this);
  if (at_kw("lambda")) return parse_lambda(false);
  Loc start = peek().loc;
  ExprPtr e = parse_or_test();
  if (!at_kw("if")) return e;
  advance();
  auto ife = std::make_unique<IfExpExpr>(start);
  ife->body = std::move(e);
  ife->test = parse_or_test();
  expect_kw("else");
  ife->orelse = parse_test();
  ife->loc = span_from(start);
  return ife;
}

ExprPtr Parser::parse_test_nocond() {
  if (at_kw("lambda")) return parse_lambda(true);
  return parse_or_test();
}

ExprPtr Parser::parse_namedexpr_test() { return finish_namedexpr(parse_test()); }

// `name := value` after its name was parsed as an expression.
ExprPtr Parser::finish_namedexpr(ExprPtr e) {
  if (!at_op(":=")) return e;
  if (e->kind != ExprKind::Name) fail_here("cannot use assignment expressions with this expression: the target must be a name");
  Loc start = e->loc;
  advance();
  ExprPtr value = parse_test();
  auto n = std::make_unique<NamedExpr>(e->as<NameExpr>()->id, e->loc, std::move(value), start);
  n->loc = span_from(start);
  return n;
}

ExprPtr Parser::parse_or_test() {
  Loc start = peek().loc;
  ExprPtr e = parse_and_test();
  if (!at_kw("or")) return e;
  auto b = std::make_unique<BoolOpExpr>(BoolOpKind::Or, start);
  b->values.push_back(std::move(e));
  while (accept_kw("or")) b->values.push_back(parse_and_test());
  b->loc = span_from(start);
  return b;
}

ExprPtr Parser::parse_and_test() {
  Loc start = peek().loc;
  ExprPtr e = parse_not_test();
  if (!at_kw("and")) return e;
  auto b = std::make_unique<BoolOpExpr>(BoolOpKind::And, start);
  b->values.push_back(std::move(e));
  while (accept_kw("and")) b->values.push_back(parse_not_test());
  b->loc = span_from(start);
  return b;
}

ExprPtr Parser::parse_not_test() {
  if (!at_kw("not")) return parse_comparison();
  DepthGuard guard(*this);
  Loc start = advance().loc;
  ExprPtr operand = parse_not_test();
  return std::make_unique<UnaryOpExpr>(UnaryOp::Not, std::move(operand), span_from(start));
}

ExprPtr Parser::parse_comparison() {
  Loc start = peek().loc;
  ExprPtr e = parse_expr();
  std::unique_ptr<CompareExpr> cmp;
  while (true) {
    const Token& t = peek();
    CmpOp op;
    int width = 1;
    if (t.kind == Tok::Op) {
      std::string_view s = t.text;
      if (s == "<")
        op = CmpOp::Lt;
      else if (s == ">")
        op = CmpOp::Gt;
      else if (s == "==")
        op = CmpOp::Eq;
      else if (s == ">=")
        op = CmpOp::GtE;
      else if (s == "<=")
        op = CmpOp::LtE;
      else if (s == "!=" || s == "<>") {
        op = CmpOp::NotEq;
        if (s == "<>") saw_py2(t.loc, "`<>`");
      } else
        break;
    } else if (t.is_kw("in")) {
      op = CmpOp::In;
    } else if (t.is_kw("not") && peek(1).is_kw("in")) {
      op = CmpOp::NotIn;
      width = 2;
    } else if (t.is_kw("is")) {
      op = CmpOp::Is;
      if (peek(1).is_kw("not")) {
        op = CmpOp::IsNot;
        width = 2;
      }
    } else {
      break;
    }
    for (int i = 0; i < width; ++i) advance();
    if (!cmp) {
      cmp = std::make_unique<CompareExpr>(start);
      cmp->left = std::move(e);
    }
    cmp->ops.push_back(op);
    cmp->comparators.push_back(parse_expr());
  }
  if (!cmp) return e;
  cmp->loc = span_from(start);
  return cmp;
}

ExprPtr Parser::parse_expr() { return parse_binary(0); }

ExprPtr Parser::parse_binary(int level) {
  if (level >= kBinaryLevels) return parse_factor();
  Loc start = peek().loc;
  ExprPtr e = parse_binary(level + 1);
  BinOp op;
  ChainGuard chain(*this);
  while (binop_at_level(peek(), level, op)) {
    chain.link();
    Loc op_loc = advance().loc;
    ExprPtr right = parse_binary(level + 1);
    auto b = std::make_unique<BinOpExpr>(op, std::move(e), std::move(right), span_from(start));
    b->op_loc = op_loc;
    e = std::move(b);
  }
  return e;
}

ExprPtr Parser::parse_factor() {
  const Token& t = peek();
  UnaryOp op;
  if (t.is_op("-"))
    op = UnaryOp::Neg;
  else if (t.is_op("+"))
    op = UnaryOp::Pos;
  else if (t.is_op("~"))
    op = UnaryOp::Invert;
  else
    return parse_power();
  DepthGuard guard(*this);
  Loc start = advance().loc;
  ExprPtr operand = parse_factor();
  return std::make_unique<UnaryOpExpr>(op, std::move(operand), span_from(start));
}

ExprPtr Parser::parse_power() {
  if (peek().is_name("await") && at_expr_start(1) && !peek(1).is_op("(") && !peek(1).is_op("[") && !peek(1).is_op("-") &&
      !peek(1).is_op("+") && !peek(1).is_op("*")) {
    fail_here("'await' is not supported");
  }
  Loc start = peek().loc;
  ExprPtr e = parse_trailers(parse_atom(), start);
  if (!at_op("**")) return e;
  Loc op_loc = advance().loc;
  ExprPtr right = parse_factor();  // right associative, binds tighter than a unary on its left
  auto b = std::make_unique<BinOpExpr>(BinOp::Pow, std::move(e), std::move(right), span_from(start));
  b->op_loc = op_loc;
  return b;
}

ExprPtr Parser::parse_trailers(ExprPtr e, Loc start) {
  ChainGuard chain(*this);
  while (true) {
    if (at_op("(") || at_op("[") || at_op(".")) chain.link();
    if (at_op("(")) {
      advance();
      auto call = std::make_unique<CallExpr>(start);
      call->func = std::move(e);
      parse_call_args(*call);
      call->loc = span_from(start);
      e = std::move(call);
    } else if (at_op("[")) {
      advance();
      ExprPtr index = parse_subscript_list();
      expect_op("]");
      e = std::make_unique<SubscriptExpr>(std::move(e), std::move(index), span_from(start));
    } else if (at_op(".")) {
      advance();
      if (peek().kind != Tok::Name) fail_here("invalid syntax");
      const Token& name = advance();
      auto attr = std::make_unique<AttributeExpr>(std::move(e), std::string(name.text), span_from(start));
      attr->attr_loc = name.loc;
      e = std::move(attr);
    } else {
      return e;
    }
  }
}

void Parser::parse_call_args(CallExpr& call) {
  DepthGuard guard(*this);
  Loc open = prev_end_;    // the '(' just consumed
  Expr* genexp = nullptr;  // f(x for x in y): the generator spans the parentheses, as in Python
  while (!at_op(")")) {
    if (at_op("*")) {
      Loc s = advance().loc;
      ExprPtr v = parse_test();
      call.args.push_back(std::make_unique<StarredExpr>(std::move(v), span_from(s)));
    } else if (at_op("**")) {
      Loc s = advance().loc;
      ExprPtr v = parse_test();
      call.keywords.push_back(Keyword{"", std::move(v), span_from(s)});
    } else {
      Loc s = peek().loc;
      ExprPtr v = parse_test();
      if (at_op(":=")) v = finish_namedexpr(std::move(v));  // f(x := 1)
      if (at_op("=")) {
        if (v->kind != ExprKind::Name) fail_at(v->loc, "expression cannot contain assignment, perhaps you meant \"==\"?");
        advance();
        std::string name = v->as<NameExpr>()->id;
        for (const auto& k : call.keywords)
          if (k.name == name) fail_at(v->loc, "keyword argument repeated: " + name);
        call.keywords.push_back(Keyword{std::move(name), parse_test(), span_from(s)});
      } else if (at_kw("for")) {
        auto gen = std::make_unique<CompExpr>(ExprKind::GeneratorExp, s);
        gen->elt = std::move(v);
        parse_comp_for(gen->generators);
        gen->loc = span_from(s);
        if (!call.args.empty() || !call.keywords.empty() || !at_op(")")) fail_at(gen->loc, "Generator expression must be parenthesized");
        genexp = gen.get();
        call.args.push_back(std::move(gen));
      } else {
        if (!call.keywords.empty()) {
          bool only_star = true;
          for (const auto& k : call.keywords) only_star = only_star && k.name.empty();
          fail_at(v->loc,
                  only_star ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
        }
        call.args.push_back(std::move(v));
      }
    }
    call.trailing_comma = false;
    if (!accept_op(",")) break;
    call.trailing_comma = true;
  }
  if (!at_op(")")) {
    if (at_expr_start()) fail_here("invalid syntax. Perhaps you forgot a comma?");
    fail_here("expected ')'");
  }
  advance();
  if (genexp) genexp->loc = span_from(open);
}

ExprPtr Parser::parse_subscript_list() {
  DepthGuard guard(*this);
  Loc start = peek().loc;
  ExprPtr first = parse_subscript();
  if (!at_op(",")) return first;
  auto tup = std::make_unique<SeqExpr>(ExprKind::Tuple, start);
  tup->elts.push_back(std::move(first));
  while (accept_op(",")) {
    if (at_op("]")) break;
    tup->elts.push_back(parse_subscript());
  }
  tup->loc = span_from(start);
  return tup;
}

ExprPtr Parser::parse_subscript() {
  Loc start = peek().loc;
  ExprPtr lower;
  if (!at_op(":")) {
    lower = parse_test();
    if (!at_op(":")) return lower;
  }
  advance();
  auto slice = std::make_unique<SliceExpr>(start);
  slice->lower = std::move(lower);
  auto at_end = [&] { return at_op("]") || at_op(",") || at_op(":"); };
  if (!at_end()) slice->upper = parse_test();
  if (accept_op(":") && !at_op("]") && !at_op(",")) slice->step = parse_test();
  slice->loc = span_from(start);
  return slice;
}

ExprPtr Parser::parse_atom() {
  const Token& t = peek();
  switch (t.kind) {
    case Tok::Name: {
      advance();
      return std::make_unique<NameExpr>(std::string(t.text), t.loc);
    }
    case Tok::Number:
      return parse_number();
    case Tok::String:
      return parse_strings();
    case Tok::Keyword:
      if (t.text == "None") return std::make_unique<Expr>(ExprKind::NoneLit, advance().loc);
      if (t.text == "True" || t.text == "False") {
        advance();
        return std::make_unique<BoolLit>(t.text == "True", t.loc);
      }
      if (t.text == "yield") fail_here("'yield' must be parenthesized here");
      break;
    case Tok::Op:
      if (t.text == "(") return parse_paren();
      if (t.text == "[") return parse_list_display();
      if (t.text == "{") return parse_brace_display();
      if (t.text == "...") return std::make_unique<NameExpr>("Ellipsis", advance().loc);
      if (t.text == "`") {
        DepthGuard guard(*this);
        saw_py2(t.loc, "backticks");
        Loc start = advance().loc;
        auto call = std::make_unique<CallExpr>(start);
        call->func = std::make_unique<NameExpr>("repr", start);
        call->args.push_back(parse_testlist(false));
        expect_op("`");
        call->loc = span_from(start);
        return call;
      }
      break;
    case Tok::End:
      fail_here(fragment_ ? "invalid syntax" : "unexpected end of file while parsing");
    default:
      break;
  }
  fail_here("invalid syntax");
}

ExprPtr Parser::parse_paren() {
  DepthGuard guard(*this);
  Loc start = advance().loc;
  if (accept_op(")")) {
    auto tup = std::make_unique<SeqExpr>(ExprKind::Tuple, span_from(start));
    tup->parenthesized = true;
    return tup;
  }
  if (at_kw("yield")) {
    ExprPtr y = parse_yield();
    expect_op(")");
    return y;
  }
  ExprPtr first = parse_test_or_star();
  if (at_kw("for")) {
    auto gen = std::make_unique<CompExpr>(ExprKind::GeneratorExp, start);
    gen->elt = std::move(first);
    parse_comp_for(gen->generators);
    expect_op(")");
    gen->loc = span_from(start);
    return gen;
  }
  if (first->kind == ExprKind::NamedExpr) first->as<NamedExpr>()->parenthesized = true;
  if (accept_op(")")) return first;
  auto tup = std::make_unique<SeqExpr>(ExprKind::Tuple, start);
  tup->parenthesized = true;
  tup->elts.push_back(std::move(first));
  while (accept_op(",")) {
    if (at_op(")")) break;
    tup->elts.push_back(parse_test_or_star());
  }
  if (!at_op(")")) {
    if (at_expr_start()) fail_here("invalid syntax. Perhaps you forgot a comma?");
    fail_here("expected ')'");
  }
  advance();
  tup->loc = span_from(start);
  return tup;
}

ExprPtr Parser::parse_list_display() {
  DepthGuard guard(*this);
  Loc start = advance().loc;
  if (accept_op("]")) return std::make_unique<SeqExpr>(ExprKind::List, span_from(start));
  ExprPtr first = parse_test_or_star();
  if (at_kw("for")) {
    auto comp = std::make_unique<CompExpr>(ExprKind::ListComp, start);
    comp->elt = std::move(first);
    parse_comp_for(comp->generators);
    expect_op("]");
    comp->loc = span_from(start);
    return comp;
  }
  auto list = std::make_unique<SeqExpr>(ExprKind::List, start);
  list->elts.push_back(std::move(first));
  while (accept_op(",")) {
    if (at_op("]")) break;
    list->elts.push_back(parse_test_or_star());
  }
  if (!at_op("]")) {
    if (at_expr_start()) fail_here("invalid syntax. Perhaps you forgot a comma?");
    fail_here("expected ']'");
  }
  advance();
  list->loc = span_from(start);
  return list;
}

ExprPtr Parser::parse_brace_display() {
  DepthGuard guard(*this);
  Loc start = advance().loc;
  if (accept_op("}")) return std::make_unique<DictExpr>(span_from(start));
  ExprPtr first;
  if (!at_op("**")) first = parse_test_or_star();
  if (!first || accept_op(":")) {
    // A dict display; `**mapping` entries (Python 3.5) have a null key, as in Python's own AST.
    if (!first) {
      advance();
      auto dict = std::make_unique<DictExpr>(start);
      dict->keys.push_back(nullptr);
      dict->values.push_back(parse_expr());
      return finish_dict_display(std::move(dict), start);
    }
    ExprPtr value = parse_test();
    if (at_kw("for")) {
      auto comp = std::make_unique<CompExpr>(ExprKind::DictComp, start);
      comp->elt = std::move(first);
      comp->value = std::move(value);
      parse_comp_for(comp->generators);
      expect_op("}");
      comp->loc = span_from(start);
      return comp;
    }
    auto dict = std::make_unique<DictExpr>(start);
    dict->keys.push_back(std::move(first));
    dict->values.push_back(std::move(value));
    return finish_dict_display(std::move(dict), start);
  }
  if (at_kw("for")) {
    auto comp = std::make_unique<CompExpr>(ExprKind::SetComp, start);
    comp->elt = std::move(first);
    parse_comp_for(comp->generators);
    expect_op("}");
    comp->loc = span_from(start);
    return comp;
  }
  auto set = std::make_unique<SeqExpr>(ExprKind::Set, start);
  set->elts.push_back(std::move(first));
  while (accept_op(",")) {
    if (at_op("}")) break;
    set->elts.push_back(parse_test_or_star());
  }
  expect_op("}");
  set->loc = span_from(start);
  return set;
}

ExprPtr Parser::finish_dict_display(std::unique_ptr<DictExpr> dict, Loc start) {
  while (accept_op(",")) {
    if (at_op("}")) break;
    if (accept_op("**")) {
      dict->keys.push_back(nullptr);
      dict->values.push_back(parse_expr());
      continue;
    }
    dict->keys.push_back(parse_test());
    expect_op(":");
    dict->values.push_back(parse_test());
  }
  expect_op("}");
  dict->loc = span_from(start);
  return dict;
}

void Parser::parse_comp_for(std::vector<Comprehension>& gens) {
  while (at_kw("for")) {
    advance();
    Comprehension c;
    c.target = parse_exprlist();
    check_target(*c.target, "assign to");
    expect_kw("in");
    c.iter = parse_or_test();
    while (at_kw("if")) {
      advance();
      c.ifs.push_back(parse_test_nocond());
    }
    gens.push_back(std::move(c));
  }
}

ExprPtr Parser::parse_lambda(bool nocond) {
  Loc start = advance().loc;
  auto lam = std::make_unique<LambdaExpr>(start);
  parse_arguments(lam->args, ":", false);
  expect_op(":");
  func_stack_.push_back(false);
  try {
    lam->body = nocond ? parse_test_nocond() : parse_test();
  } catch (...) {
    func_stack_.pop_back();
    throw;
  }
  func_stack_.pop_back();
  lam->loc = span_from(start);
  return lam;
}

void Parser::parse_arguments(Arguments& args, std::string_view close, bool annotations) {
  bool seen_star = false, seen_default = false;
  std::vector<std::string_view> seen;
  auto add_name = [&](const Token& t) {
    for (auto s : seen)
      if (s == t.text) fail(t, "duplicate argument '" + std::string(t.text) + "' in function definition");
    seen.push_back(t.text);
  };
  auto annotation = [&] {
    if (annotations && accept_op(":")) parse_test();  // dropped
  };
  while (!at_op(close)) {
    if (at_op("**")) {
      advance();
      args.kwarg_loc = peek().loc;
      if (peek().kind == Tok::Name) add_name(peek());
      args.kwarg = expect_name();
      annotation();
      accept_op(",");
      if (!at_op(close)) fail_here("arguments cannot follow var-keyword argument");
      break;
    }
    if (at_op("*")) {
      if (seen_star) fail_here("* argument may appear only once");
      advance();
      seen_star = true;
      if (peek().kind == Tok::Name) {
        args.vararg_loc = peek().loc;
        add_name(peek());
        args.vararg = expect_name();
        annotation();
      } else if (at_op(close) || (at_op(",") && peek(1).is_op(close))) {
        fail_here("named arguments must follow bare *");
      }
    } else if (at_op("/")) {
      advance();  // Python 3 positional-only marker: accepted, no effect
    } else if (at_op("(") && !seen_star) {
      // A Python 2 tuple parameter: named by its position, unpacked into its sublist.
      saw_py2(peek().loc, "a tuple parameter");
      Arg a;
      a.loc = peek().loc;
      std::function<ExprPtr()> sublist = [&]() -> ExprPtr {
        Loc start = peek().loc;
        if (!accept_op("(")) {
          if (peek().kind == Tok::Name) add_name(peek());
          std::string n = expect_name();
          return std::make_unique<NameExpr>(n, span_from(start));
        }
        auto tup = std::make_unique<SeqExpr>(ExprKind::Tuple, start);
        do {
          if (at_op(")")) break;
          tup->elts.push_back(sublist());
        } while (accept_op(","));
        expect_op(")");
        tup->loc = span_from(start);
        return tup;
      };
      a.unpack = sublist();
      a.name = "." + std::to_string(args.args.size());
      if (accept_op("=")) {
        a.default_value = parse_test();
        seen_default = true;
      } else if (seen_default) {
        fail_at(a.loc, "non-default argument follows default argument");
      }
      a.loc = span_from(a.loc);
      args.args.push_back(std::move(a));
    } else {
      Arg a;
      a.loc = peek().loc;
      if (peek().kind == Tok::Name) add_name(peek());
      a.name = expect_name();
      annotation();
      if (accept_op("=")) {
        a.default_value = parse_test();
        if (!seen_star) seen_default = true;
      } else if (seen_default && !seen_star) {
        fail_at(a.loc, "non-default argument follows default argument");
      }
      a.loc = span_from(a.loc);
      (seen_star ? args.kwonly : args.args).push_back(std::move(a));
    }
    if (!accept_op(",")) break;
  }
}

ExprPtr Parser::parse_yield() {
  if (func_stack_.empty()) fail_here("'yield' outside function");
  Loc start = advance().loc;
  auto y = std::make_unique<YieldExpr>(start);
  if (at_kw("from")) {
    advance();
    y->delegate = true;
    y->value = parse_test();
  } else if (at_expr_start()) {
    y->value = parse_testlist(true);
  }
  if (!func_stack_.empty()) func_stack_.back() = true;
  y->loc = span_from(start);
  return y;
}

ExprPtr Parser::parse_star_expr() {
  Loc start = advance().loc;
  ExprPtr v = parse_expr();
  return std::make_unique<StarredExpr>(std::move(v), span_from(start));
}

ExprPtr Parser::parse_test_or_star() {
  if (at_op("*")) return parse_star_expr();
  return parse_namedexpr_test();
}

ExprPtr Parser::parse_testlist(bool allow_star) {
  Loc start = peek().loc;
  ExprPtr first = allow_star ? parse_test_or_star() : parse_test();
  if (!at_op(",")) return first;
  auto tup = std::make_unique<SeqExpr>(ExprKind::Tuple, start);
  tup->elts.push_back(std::move(first));
  while (accept_op(",")) {
    if (!at_expr_start()) break;
    tup->elts.push_back(allow_star ? parse_test_or_star() : parse_test());
  }
  tup->loc = span_from(start);
  return tup;
}

ExprPtr Parser::parse_exprlist() {
  Loc start = peek().loc;
  auto item = [&] { return at_op("*") ? parse_star_expr() : parse_expr(); };
  ExprPtr first = item();
  if (!at_op(",")) return first;
  auto tup = std::make_unique<SeqExpr>(ExprKind::Tuple, start);
  tup->elts.push_back(std::move(first));
  while (accept_op(",")) {
    if (!at_expr_start()) break;
    tup->elts.push_back(item());
  }
  tup->loc = span_from(start);
  return tup;
}

ExprPtr Parser::parse_yield_or_testlist() {
  if (at_kw("yield")) return parse_yield();
  return parse_testlist(true);
}

}  // namespace rpy::syntax
