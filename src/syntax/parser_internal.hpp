// Private to the parser: the recursive-descent Parser class shared by parser.cpp (module,
// blocks, error recovery), parser_stmt.cpp (statements), parser_expr.cpp (expressions) and
// parser_fstring.cpp (string literals and f-strings).
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/ast.hpp"
#include "syntax/lexer.hpp"

namespace rpy::syntax {

// Thrown after a syntax error has been reported, to abandon the current statement.
struct ParseAbort {};
// Thrown when the error limit is reached, to abandon the file.
struct ParseGiveUp {};

struct MatchPattern;  // parser_match.cpp

class Parser {
 public:
  Parser(const SourceFile& file, uint32_t file_id, ErrorSink& errs, std::vector<Token> tokens);

  std::unique_ptr<Module> parse_file();
  // Parses the tokens as one f-string replacement expression (testlist); reports leftovers.
  ExprPtr parse_fragment_expr();

  // --- tokens (parser.cpp)
  const Token& peek(size_t k = 0) const {
    size_t i = pos_ + k;
    return i < toks_.size() ? toks_[i] : toks_.back();
  }
  const Token& advance();
  bool at_op(std::string_view s) const { return peek().is_op(s); }
  bool at_kw(std::string_view s) const { return peek().is_kw(s); }
  bool accept_op(std::string_view s);
  bool accept_kw(std::string_view s);
  const Token& expect_op(std::string_view s);
  const Token& expect_kw(std::string_view s);
  std::string expect_name();
  [[noreturn]] void fail(const Token& t, const std::string& msg);
  [[noreturn]] void fail_at(Loc loc, const std::string& msg);
  [[noreturn]] void fail_here(const std::string& msg) { fail(peek(), msg); }
  Loc span_from(Loc start) const;  // start .. end of the last consumed token
  void error(Loc loc, const std::string& msg) { errs_.error(loc, msg); }

  // --- blocks and recovery (parser.cpp)
  Body parse_suite();  // after ':'
  void parse_statement_into(Body& body);
  void recover();
  void skip_indented_block();
  static std::string docstring_of(const Body& body);

  // --- statements (parser_stmt.cpp)
  void parse_statement(Body& out);
  void parse_simple_line(Body& out);
  StmtPtr parse_small_stmt();
  StmtPtr parse_expr_stmt();
  StmtPtr parse_print();
  StmtPtr parse_exec();
  StmtPtr parse_import();
  StmtPtr parse_from_import();
  StmtPtr parse_raise();
  StmtPtr parse_global(bool nonlocal);
  StmtPtr parse_if(bool is_elif);
  StmtPtr parse_while();
  StmtPtr parse_for();
  StmtPtr parse_try();
  StmtPtr parse_with();
  StmtPtr parse_def(std::vector<ExprPtr> decorators, Loc start);
  StmtPtr parse_class(std::vector<ExprPtr> decorators, Loc start);
  StmtPtr parse_decorated();
  Body parse_else_block();
  void check_target(const Expr& e, const char* verb);
  std::string dotted_name();

  // --- expressions (parser_expr.cpp)
  ExprPtr parse_test();
  ExprPtr parse_test_nocond();
  ExprPtr parse_namedexpr_test();
  ExprPtr finish_namedexpr(ExprPtr e);
  void bare_namedexpr(const Expr& e);
  ExprPtr parse_or_test();
  ExprPtr parse_and_test();
  ExprPtr parse_not_test();
  ExprPtr parse_comparison();
  ExprPtr parse_expr();  // bitwise or
  ExprPtr parse_binary(int level);
  ExprPtr parse_factor();
  ExprPtr parse_power();
  ExprPtr parse_trailers(ExprPtr e, Loc start);  // start: first token of the atom
  ExprPtr parse_atom();
  ExprPtr parse_paren();
  ExprPtr parse_list_display();
  ExprPtr parse_brace_display();
  ExprPtr finish_dict_display(std::unique_ptr<DictExpr> dict, Loc start);  // the entries after the first
  ExprPtr parse_lambda(bool nocond);
  ExprPtr parse_yield();
  ExprPtr parse_star_expr();
  ExprPtr parse_test_or_star();
  // testlist / testlist_star_expr / exprlist: one item, or a Tuple if a comma appears.
  ExprPtr parse_testlist(bool allow_star);
  ExprPtr parse_exprlist();
  ExprPtr parse_yield_or_testlist();
  ExprPtr parse_subscript_list();
  ExprPtr parse_subscript();
  void parse_call_args(CallExpr& call);
  void parse_comp_for(std::vector<Comprehension>& gens);
  void parse_arguments(Arguments& args, std::string_view close, bool annotations);
  ExprPtr clone_target(const Expr& e);     // a copy of a tuple parameter's sublist
  bool at_expr_start(size_t k = 0) const;  // can token k start an expression?

  // --- match statements (parser_match.cpp): parsed and lowered to if statements at once
  bool at_match_stmt() const;
  StmtPtr parse_match();
  std::unique_ptr<MatchPattern> parse_open_pattern();
  std::unique_ptr<MatchPattern> parse_maybe_star_pattern();
  std::unique_ptr<MatchPattern> parse_pattern();
  std::unique_ptr<MatchPattern> parse_closed_pattern();
  void add_sequence_item(MatchPattern& seq, std::unique_ptr<MatchPattern> item);
  void lower_pattern(MatchPattern& p, const std::string& subj, Body& out, const std::function<void(Body&)>& k);
  void resolve_match_args(const Module& m);  // fills the attributes positional class sub-patterns read
  struct MatchArgFixup {
    AttributeExpr* attr;  // subject.<the index-th name of cls.__match_args__>
    std::string cls;      // empty: the class is not a plain name
    size_t index, given;  // this sub-pattern's position, and how many there are
    Loc loc, class_loc;
  };
  std::vector<MatchArgFixup> match_args_fixups_;
  int match_counter_ = 0;

  // --- literals (parser_fstring.cpp)
  ExprPtr parse_strings();
  ExprPtr parse_number();
  void parse_fstring_body(size_t begin, size_t end, bool raw, FStringExpr& out, int nesting);
  ExprPtr parse_fstring_field_expr(size_t begin, size_t end);
  Loc loc_of_offset(size_t begin, size_t end) const;

  const SourceFile& file_;
  uint32_t file_id_;
  bool py3_text = false;  // plain literals are Python 3 text (parse_module)
  ErrorSink& errs_;
  std::vector<Token> toks_;
  size_t pos_ = 0;
  Loc prev_end_{};  // Loc of the last consumed token
  int depth_ = 0;   // nesting guard
  int chain_ = 0;   // ChainGuard: operators, trailers and elifs nested in what is being parsed
  bool future_print_ = false;
  bool future_division_ = false;
  bool future_absolute_import_ = false;
  bool future_annotations_ = false;  // annotations kept as source text (PEP 563)
  // The first use of syntax only Python 2 has (decides the dialect of a script, RPYTHON.md 5).
  Loc py2_loc_{};
  std::string py2_what_;
  void saw_py2(Loc l, const char* what) {
    if (!py2_loc_.valid()) py2_loc_ = l, py2_what_ = what;
  }
  bool fragment_ = false;         // parsing an f-string replacement field
  std::vector<bool> func_stack_;  // innermost function: has it seen a yield?
};

// Guards recursion depth so deeply nested input reports an error instead of overflowing.
class DepthGuard {
 public:
  explicit DepthGuard(Parser& p) : p_(p) {
    if (++p_.depth_ > kMaxDepth) {
      --p_.depth_;
      p_.fail_here("too many nested parentheses or blocks");
    }
  }
  ~DepthGuard() { --p_.depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  static constexpr int kMaxDepth = 200;
  Parser& p_;
};

// Bounds the depth of the tree that a loop builds (`a + b + c ...` nests each `+` in the next;
// likewise `f()()`, `a.b.c`, elif chains): every later stage walks the tree recursively, and the
// C++ compiler takes too long on deeper expressions. Counts the links of all such chains open.
class ChainGuard {
 public:
  explicit ChainGuard(Parser& p) : p_(p) {}
  ~ChainGuard() { p_.chain_ -= links_; }
  ChainGuard(const ChainGuard&) = delete;
  ChainGuard& operator=(const ChainGuard&) = delete;
  void link() {
    ++links_;
    if (++p_.chain_ > kMaxChain)
      p_.fail_here("too deeply nested: more than " + std::to_string(kMaxChain) +
                   " operators, calls, subscripts, attributes or elifs applied one to the result of another; split the "
                   "expression (or the if/elif chain) into several statements");
  }

 private:
  static constexpr int kMaxChain = 5000;
  Parser& p_;
  int links_ = 0;
};

}  // namespace rpy::syntax
