// parse_module, the token helpers, blocks, docstrings and error recovery.
#include "syntax/parser.hpp"

#include "syntax/parser_internal.hpp"
#include "syntax/scope_check.hpp"

namespace rpy::syntax {

Parser::Parser(const SourceFile& file, uint32_t file_id, ErrorSink& errs, std::vector<Token> tokens)
    : file_(file), file_id_(file_id), errs_(errs), toks_(std::move(tokens)) {
  if (toks_.empty()) toks_.push_back(Token{});
}

const Token& Parser::advance() {
  const Token& t = peek();
  if (pos_ < toks_.size() - 1) ++pos_;
  prev_end_ = t.loc;
  return t;
}

bool Parser::accept_op(std::string_view s) {
  if (!at_op(s)) return false;
  advance();
  return true;
}

bool Parser::accept_kw(std::string_view s) {
  if (!at_kw(s)) return false;
  advance();
  return true;
}

const Token& Parser::expect_op(std::string_view s) {
  if (!at_op(s)) fail_here("expected '" + std::string(s) + "'");
  return advance();
}

const Token& Parser::expect_kw(std::string_view s) {
  if (!at_kw(s)) fail_here("expected '" + std::string(s) + "'");
  return advance();
}

std::string Parser::expect_name() {
  if (peek().kind != Tok::Name) fail_here("invalid syntax");
  return std::string(advance().text);
}

void Parser::fail(const Token& t, const std::string& msg) {
  if (t.kind == Tok::Error || t.synthetic) throw ParseAbort{};  // the lexer reported it
  if (t.kind == Tok::Indent) {                                  // underline the first token of the over-indented line
    size_t i = static_cast<size_t>(&t - toks_.data());
    fail_at(i + 1 < toks_.size() ? toks_[i + 1].loc : t.loc, "unexpected indent");
  }
  fail_at(t.loc, msg);
}

void Parser::fail_at(Loc loc, const std::string& msg) {
  if (fragment_ && msg.rfind("f-string", 0) != 0) {
    errs_.error(loc, "f-string: " + msg);
    throw ParseAbort{};
  }
  errs_.error(loc, msg);
  throw ParseAbort{};
}

Loc Parser::span_from(Loc start) const {
  Loc l = start;
  if (prev_end_.end_line > start.line || (prev_end_.end_line == start.line && prev_end_.end_col >= start.col)) {
    l.end_line = prev_end_.end_line;
    l.end_col = prev_end_.end_col;
  }
  return l;
}

// Skips the rest of the logical line where an error happened, and any block indented under it,
// so parsing resumes at the next line at the same or a lower indentation.
void Parser::recover() {
  while (true) {
    Tok k = peek().kind;
    if (k == Tok::End || k == Tok::Dedent) return;
    if (k == Tok::Indent) break;
    advance();
    if (k == Tok::Newline) break;
  }
  // The failed line may have opened a block: skip it, and the clauses that continue the statement
  // (an elif or else after a failed if cannot start a statement of its own).
  if (peek().kind == Tok::Indent) skip_indented_block();
  while (at_kw("elif") || at_kw("else") || at_kw("except") || at_kw("finally")) {
    while (peek().kind != Tok::Newline && peek().kind != Tok::End) advance();
    advance();
    if (peek().kind == Tok::Indent) skip_indented_block();
  }
}

void Parser::skip_indented_block() {
  int level = 0;
  while (peek().kind != Tok::End) {
    Tok k = advance().kind;
    if (k == Tok::Indent) ++level;
    if (k == Tok::Dedent && --level == 0) return;
  }
}

void Parser::parse_statement_into(Body& body) {
  size_t start = pos_;
  try {
    parse_statement(body);
  } catch (ParseAbort&) {
    if (errs_.full()) throw ParseGiveUp{};
    recover();
  }
  if (pos_ == start && peek().kind != Tok::End && peek().kind != Tok::Dedent) advance();
}

Body Parser::parse_suite() {
  Body body;
  if (peek().kind != Tok::Newline) {
    parse_simple_line(body);
    return body;
  }
  advance();
  if (peek().kind != Tok::Indent) {
    error(peek().loc, "expected an indented block");
    return body;
  }
  advance();
  while (peek().kind != Tok::Dedent && peek().kind != Tok::End) parse_statement_into(body);
  if (peek().kind == Tok::Dedent) advance();
  return body;
}

std::string Parser::docstring_of(const Body& body) {
  if (body.empty() || body[0]->kind != StmtKind::ExprStmt) return {};
  const Expr* e = body[0]->as<ExprStmt>()->value.get();
  if (e && e->kind == ExprKind::StrLit) return e->as<StrLit>()->value;
  return {};
}

std::unique_ptr<Module> Parser::parse_file() {
  auto m = std::make_unique<Module>();
  m->file = file_id_;
  try {
    while (peek().kind != Tok::End) {
      if (peek().kind == Tok::Dedent) {  // stray dedent after an indentation error
        advance();
        continue;
      }
      parse_statement_into(m->body);
    }
  } catch (ParseGiveUp&) {
  }
  resolve_match_args(*m);
  m->docstring = docstring_of(m->body);
  m->future_print_function = future_print_;
  m->future_division = future_division_;
  m->future_absolute_import = future_absolute_import_;
  m->py2_syntax = py2_loc_;
  m->py2_syntax_what = py2_what_;
  return m;
}

ExprPtr Parser::parse_fragment_expr() {
  ExprPtr e = at_kw("yield") ? parse_yield() : parse_testlist(true);
  if (peek().kind != Tok::End) fail_here("f-string: invalid syntax");
  return e;
}

std::unique_ptr<Module> parse_module(const SourceManager& sm, uint32_t file_id, Diagnostics& diags, bool py3_text) {
  ErrorSink errs(diags);
  try {
    const SourceFile& f = sm.file(file_id);
    Parser p(f, file_id, errs, lex_file(f, file_id, errs));
    p.py3_text = py3_text;
    auto m = p.parse_file();
    errs.flush();
    if (m) check_scopes(*m, diags);
    return m;
  } catch (std::exception& e) {
    diags.error(Loc{file_id, 1, 1, 1, 1}, std::string("internal parser error: ") + e.what());
  } catch (...) {
    diags.error(Loc{file_id, 1, 1, 1, 1}, "internal parser error");
  }
  return nullptr;
}

}  // namespace rpy::syntax
