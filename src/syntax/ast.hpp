// The abstract syntax tree of a Python 2.7 module (with the Python 3 spellings RPython programs
// use). Produced by syntax::parse_module, consumed by the import-time evaluator (modules/) and by
// lowering to IR (ir/). Every node carries the Loc of its first token and its extent.
//
// Nodes are a closed class hierarchy tagged with a `kind` enum (no RTTI needed): switch on kind,
// then static_cast via as<T>(). Each enum value names the struct it makes valid.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/source.hpp"

namespace rpy::syntax {

enum class ExprKind {
  Name,          // NameExpr
  IntLit,        // IntLit
  FloatLit,      // FloatLit
  StrLit,        // StrLit (str, bytes or unicode)
  NoneLit,       // Expr (no payload)
  BoolLit,       // BoolLit
  FString,       // FStringExpr
  BinOp,         // BinOpExpr
  UnaryOp,       // UnaryOpExpr
  BoolOp,        // BoolOpExpr
  Compare,       // CompareExpr
  IfExp,         // IfExpExpr
  Call,          // CallExpr
  Attribute,     // AttributeExpr
  Subscript,     // SubscriptExpr
  Slice,         // SliceExpr (only as SubscriptExpr::index)
  Tuple,         // SeqExpr
  List,          // SeqExpr
  Set,           // SeqExpr
  Dict,          // DictExpr
  ListComp,      // CompExpr
  SetComp,       // CompExpr
  GeneratorExp,  // CompExpr
  DictComp,      // CompExpr (key, value)
  Lambda,        // LambdaExpr
  Yield,         // YieldExpr
  Starred,       // StarredExpr (only as a call argument or assignment target)
  NamedExpr,     // NamedExpr: (name := value), Python 3.8
};

// Div is `/` as written; lowering turns it into TrueDiv where `/` is true division (Python 3, or
// `from __future__ import division`), and Div stays Python 2's `/` (floor division on ints).
enum class BinOp { Add, Sub, Mul, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, MatMul, TrueDiv };
enum class UnaryOp { Neg, Pos, Not, Invert };
enum class BoolOpKind { And, Or };
enum class CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

const char* binop_symbol(BinOp op);      // "+", "//", ...
const char* unaryop_symbol(UnaryOp op);  // "-", "not", ...
const char* cmpop_symbol(CmpOp op);      // "==", "not in", ...
const char* cmpop_method(CmpOp op);      // "__eq__", "__lt__", ...; null for is, is not, in, not in

struct Expr {
  ExprKind kind;
  Loc loc;
  explicit Expr(ExprKind k, Loc l = {}) : kind(k), loc(l) {}
  virtual ~Expr() = default;
  template <class T>
  T* as() {
    return static_cast<T*>(this);
  }
  template <class T>
  const T* as() const {
    return static_cast<const T*>(this);
  }
};
using ExprPtr = std::unique_ptr<Expr>;

struct NameExpr : Expr {
  std::string id;
  NameExpr(std::string i, Loc l) : Expr(ExprKind::Name, l), id(std::move(i)) {}
};
struct IntLit : Expr {
  // Value of the literal. `overflow` is set if it does not fit in 64 bits (signed or unsigned);
  // `text` keeps the spelling (e.g. "0777", "10L", "0x_ff") for messages.
  uint64_t value = 0;
  bool overflow = false;
  bool long_suffix = false;  // Python 2 "10L"
  std::string text;
  IntLit(uint64_t v, Loc l) : Expr(ExprKind::IntLit, l), value(v) {}
};
struct FloatLit : Expr {
  double value;
  bool imaginary = false;  // "1j": parsed, rejected later
  FloatLit(double v, Loc l) : Expr(ExprKind::FloatLit, l), value(v) {}
};
struct StrLit : Expr {
  // Bytes of the literal after escape processing and implicit concatenation of adjacent
  // literals. Plain '...' and b'...' are byte strings (str); u'...' is unicode, whose `value`
  // holds UTF-8. Non-ASCII source text in a plain literal is kept as its UTF-8 bytes.
  std::string value;
  bool is_unicode = false;
  bool is_bytes_prefix = false;
  StrLit(std::string v, Loc l) : Expr(ExprKind::StrLit, l), value(std::move(v)) {}
};
struct BoolLit : Expr {
  bool value;
  BoolLit(bool v, Loc l) : Expr(ExprKind::BoolLit, l), value(v) {}
};
// f"a{x!r:>{w}}b": parts alternate literal text and formatted values.
struct FStringPart {
  std::string literal;                // used when expr == nullptr
  ExprPtr expr;                       // the {expression}
  char conversion = 0;                // 0, 's', 'r' or 'a'
  std::unique_ptr<Expr> format_spec;  // nullptr or an FStringExpr (may itself contain {..})
};
struct FStringExpr : Expr {
  std::vector<FStringPart> parts;
  explicit FStringExpr(Loc l) : Expr(ExprKind::FString, l) {}
};
struct BinOpExpr : Expr {
  BinOp op;
  ExprPtr left, right;
  Loc op_loc;
  BinOpExpr(BinOp o, ExprPtr a, ExprPtr b, Loc l) : Expr(ExprKind::BinOp, l), op(o), left(std::move(a)), right(std::move(b)) {}
};
struct UnaryOpExpr : Expr {
  UnaryOp op;
  ExprPtr operand;
  UnaryOpExpr(UnaryOp o, ExprPtr e, Loc l) : Expr(ExprKind::UnaryOp, l), op(o), operand(std::move(e)) {}
};
struct BoolOpExpr : Expr {
  BoolOpKind op;
  std::vector<ExprPtr> values;  // at least two
  BoolOpExpr(BoolOpKind o, Loc l) : Expr(ExprKind::BoolOp, l), op(o) {}
};
struct CompareExpr : Expr {
  ExprPtr left;
  std::vector<CmpOp> ops;
  std::vector<ExprPtr> comparators;  // same length as ops
  explicit CompareExpr(Loc l) : Expr(ExprKind::Compare, l) {}
};
struct IfExpExpr : Expr {
  ExprPtr test, body, orelse;
  explicit IfExpExpr(Loc l) : Expr(ExprKind::IfExp, l) {}
};
struct Keyword {
  std::string name;  // empty for **kwargs
  ExprPtr value;
  Loc loc;
};
struct CallExpr : Expr {
  ExprPtr func;
  std::vector<ExprPtr> args;      // a StarredExpr here is f(*tup)
  std::vector<Keyword> keywords;  // a Keyword with empty name is f(**d)
  bool trailing_comma = false;    // f(a,): Python 2's `print (a,)` prints a 1-tuple
  explicit CallExpr(Loc l) : Expr(ExprKind::Call, l) {}
};
struct AttributeExpr : Expr {
  ExprPtr value;
  std::string attr;
  Loc attr_loc;
  AttributeExpr(ExprPtr v, std::string a, Loc l) : Expr(ExprKind::Attribute, l), value(std::move(v)), attr(std::move(a)) {}
};
struct SliceExpr : Expr {
  ExprPtr lower, upper, step;  // each may be null
  explicit SliceExpr(Loc l) : Expr(ExprKind::Slice, l) {}
};
struct SubscriptExpr : Expr {
  ExprPtr value;
  ExprPtr index;  // a SliceExpr for a[i:j], a Tuple for a[i, j]
  SubscriptExpr(ExprPtr v, ExprPtr i, Loc l) : Expr(ExprKind::Subscript, l), value(std::move(v)), index(std::move(i)) {}
};
struct SeqExpr : Expr {  // Tuple, List, Set
  std::vector<ExprPtr> elts;
  bool parenthesized = false;  // Tuple written with parentheses
  SeqExpr(ExprKind k, Loc l) : Expr(k, l) {}
};
struct DictExpr : Expr {
  std::vector<ExprPtr> keys, values;
  explicit DictExpr(Loc l) : Expr(ExprKind::Dict, l) {}
};
struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  std::vector<ExprPtr> ifs;
};
struct CompExpr : Expr {  // ListComp, SetComp, GeneratorExp, DictComp
  ExprPtr elt;            // element (or key for DictComp)
  ExprPtr value;          // DictComp only
  std::vector<Comprehension> generators;
  CompExpr(ExprKind k, Loc l) : Expr(k, l) {}
};

struct Arg {
  std::string name;
  ExprPtr default_value;  // null if none
  // A Python 2 tuple parameter `def f((a, b))`: the parameter is named ".0", ".1"... and this is
  // the target it is unpacked into (a def's body also starts with the assignment `(a, b) = .0`).
  ExprPtr unpack;
  Loc loc;
};
struct Arguments {
  std::vector<Arg> args;    // positional-or-keyword
  std::string vararg;       // "*args" name, empty if none
  std::string kwarg;        // "**kw" name, empty if none
  std::vector<Arg> kwonly;  // Python 3 keyword-only arguments after * or *args
  Loc vararg_loc, kwarg_loc;
};

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

struct LambdaExpr : Expr {
  Arguments args;
  ExprPtr body;
  explicit LambdaExpr(Loc l) : Expr(ExprKind::Lambda, l) {}
};
struct YieldExpr : Expr {
  ExprPtr value;           // may be null
  bool delegate = false;   // `yield from value`
  bool statement = false;  // the whole of an expression statement (its value is unused)
  explicit YieldExpr(Loc l) : Expr(ExprKind::Yield, l) {}
};
struct StarredExpr : Expr {
  ExprPtr value;
  StarredExpr(ExprPtr v, Loc l) : Expr(ExprKind::Starred, l), value(std::move(v)) {}
};
// `(target := value)`: assigns the name and yields the value. Inside a comprehension the name
// belongs to the enclosing function (or module), as PEP 572 says.
struct NamedExpr : Expr {
  std::string target;
  Loc target_loc;
  ExprPtr value;
  bool parenthesized = false;  // `(x := v)`: an expression statement needs the parentheses
  NamedExpr(std::string t, Loc tl, ExprPtr v, Loc l)
      : Expr(ExprKind::NamedExpr, l), target(std::move(t)), target_loc(tl), value(std::move(v)) {}
};

enum class StmtKind {
  FunctionDef,  // FunctionDefStmt
  ClassDef,     // ClassDefStmt
  Return,       // ReturnStmt
  Delete,       // DeleteStmt
  Assign,       // AssignStmt
  AugAssign,    // AugAssignStmt
  Print,        // PrintStmt (Python 2 print statement)
  For,          // ForStmt
  While,        // WhileStmt
  If,           // IfStmt (elif is an If in orelse)
  With,         // WithStmt
  Raise,        // RaiseStmt
  Try,          // TryStmt
  Assert,       // AssertStmt
  Import,       // ImportStmt
  ImportFrom,   // ImportFromStmt
  Global,       // GlobalStmt (also nonlocal, with is_nonlocal)
  ExprStmt,     // ExprStmt
  Pass,         // Stmt
  Break,        // Stmt
  Continue,     // Stmt
  Exec,         // ExecStmt (parsed so that it can be rejected with a clear message)
};

struct Stmt {
  StmtKind kind;
  Loc loc;
  // `name: T` and `name: T = value` (Python 3): the annotated name and the annotation, on the Pass
  // or Assign statement the line becomes. Module and class bodies record it in __annotations__
  // (the evaluator); a function's own annotations are never evaluated. Under `from __future__
  // import annotations` the annotation is its source text, a string literal.
  std::string annotated;
  ExprPtr annotation;
  Stmt(StmtKind k, Loc l) : kind(k), loc(l) {}
  virtual ~Stmt() = default;
  template <class T>
  T* as() {
    return static_cast<T*>(this);
  }
  template <class T>
  const T* as() const {
    return static_cast<const T*>(this);
  }
};

struct FunctionDefStmt : Stmt {
  std::string name;
  Arguments args;
  Body body;
  std::vector<ExprPtr> decorators;
  std::string docstring;
  bool is_generator = false;  // body contains yield (not counting nested defs/lambdas)
  Loc name_loc;
  FunctionDefStmt(Loc l) : Stmt(StmtKind::FunctionDef, l) {}
};
struct ClassDefStmt : Stmt {
  std::string name;
  std::vector<ExprPtr> bases;
  std::vector<Keyword> keywords;  // Python 3 metaclass=...
  Body body;
  std::vector<ExprPtr> decorators;
  std::string docstring;
  Loc name_loc;
  ClassDefStmt(Loc l) : Stmt(StmtKind::ClassDef, l) {}
};
struct ReturnStmt : Stmt {
  ExprPtr value;  // may be null
  ReturnStmt(Loc l) : Stmt(StmtKind::Return, l) {}
};
struct DeleteStmt : Stmt {
  std::vector<ExprPtr> targets;
  DeleteStmt(Loc l) : Stmt(StmtKind::Delete, l) {}
};
struct AssignStmt : Stmt {
  std::vector<ExprPtr> targets;  // a = b = value: two targets
  ExprPtr value;
  AssignStmt(Loc l) : Stmt(StmtKind::Assign, l) {}
};
struct AugAssignStmt : Stmt {
  ExprPtr target;
  BinOp op;
  ExprPtr value;
  AugAssignStmt(Loc l) : Stmt(StmtKind::AugAssign, l) {}
};
struct PrintStmt : Stmt {
  ExprPtr dest;  // print >>dest, ...; may be null
  std::vector<ExprPtr> values;
  bool newline = true;  // false with a trailing comma
  PrintStmt(Loc l) : Stmt(StmtKind::Print, l) {}
};
struct ForStmt : Stmt {
  ExprPtr target, iter;
  Body body, orelse;
  ForStmt(Loc l) : Stmt(StmtKind::For, l) {}
};
struct WhileStmt : Stmt {
  ExprPtr test;
  Body body, orelse;
  WhileStmt(Loc l) : Stmt(StmtKind::While, l) {}
};
struct IfStmt : Stmt {
  ExprPtr test;
  Body body, orelse;
  IfStmt(Loc l) : Stmt(StmtKind::If, l) {}
};
struct WithItem {
  ExprPtr context_expr;
  ExprPtr optional_vars;  // may be null
};
struct WithStmt : Stmt {
  std::vector<WithItem> items;
  Body body;
  WithStmt(Loc l) : Stmt(StmtKind::With, l) {}
};
struct RaiseStmt : Stmt {
  // raise            -> all null (re-raise)
  // raise E          -> exc = E
  // raise E, v       -> exc = E, value = v   (Python 2)
  // raise E, v, tb   -> also traceback
  // raise E from C   -> exc = E, cause = C   (Python 3)
  ExprPtr exc, value, traceback, cause;
  RaiseStmt(Loc l) : Stmt(StmtKind::Raise, l) {}
};
struct ExceptHandler {
  ExprPtr type;      // null for a bare except:
  std::string name;  // "as e" / ", e"; empty if none
  Body body;
  Loc loc;
};
struct TryStmt : Stmt {
  Body body;
  std::vector<ExceptHandler> handlers;
  Body orelse, finalbody;
  TryStmt(Loc l) : Stmt(StmtKind::Try, l) {}
};
struct AssertStmt : Stmt {
  ExprPtr test, msg;
  AssertStmt(Loc l) : Stmt(StmtKind::Assert, l) {}
};
struct Alias {
  std::string name;    // dotted for import a.b.c
  std::string asname;  // empty if none
  Loc loc;
};
struct ImportStmt : Stmt {
  std::vector<Alias> names;
  ImportStmt(Loc l) : Stmt(StmtKind::Import, l) {}
};
struct ImportFromStmt : Stmt {
  std::string module;        // may be empty for "from . import x"
  std::vector<Alias> names;  // a single "*" alias for import *
  int level = 0;             // number of leading dots
  ImportFromStmt(Loc l) : Stmt(StmtKind::ImportFrom, l) {}
};
struct GlobalStmt : Stmt {
  std::vector<std::string> names;
  bool is_nonlocal = false;
  GlobalStmt(Loc l) : Stmt(StmtKind::Global, l) {}
};
struct ExprStmt : Stmt {
  ExprPtr value;
  ExprStmt(Loc l) : Stmt(StmtKind::ExprStmt, l) {}
};
struct ExecStmt : Stmt {
  ExprPtr body, globals, locals;
  ExecStmt(Loc l) : Stmt(StmtKind::Exec, l) {}
};

struct Module {
  uint32_t file = 0;  // SourceManager id
  Body body;
  std::string docstring;
  bool future_print_function = false;   // from __future__ import print_function seen
  bool future_division = false;         // from __future__ import division: `/` is true division
  bool future_absolute_import = false;  // from __future__ import absolute_import
  // The first use of syntax only Python 2 has (a print statement, `except E, e`, backticks, `<>`,
  // 0777, 10L, ur''): a script using it is a Python 2 program (RPYTHON.md section 5).
  Loc py2_syntax{};
  std::string py2_syntax_what;
};

}  // namespace rpy::syntax
