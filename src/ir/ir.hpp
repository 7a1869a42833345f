// The IR: each translated function lowered from the AST into a name-resolved, desugared tree.
// Globals are resolved to constants (the objects import-time evaluation built), locals to Vars;
// chained comparisons, augmented assignment, unpacking, comprehensions, print, assert and with
// are desugared. Type inference (annotate/) fills in `type` on every Var and Expr and resolves
// every call; code generation (codegen/) only prints.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "common/source.hpp"
#include "modules/value.hpp"
#include "syntax/ast.hpp"

namespace rpy::annotate {
struct Type;
struct FuncDesc;
struct ClassDef;
}  // namespace rpy::annotate

namespace rpy::ir {

using TypeRef = const annotate::Type*;
struct Graph;

struct Var {
  std::string name;  // source name (temporaries start with '$')
  int id = 0;
  TypeRef type = nullptr;
  Loc loc;  // first definition
  bool is_param = false;
  // Read by a nested function and bound after the def, more than once, in a loop, or by a nested
  // function (`nonlocal`): the variable lives in a heap cell shared with the closures (Python's
  // cell variable), so they see its current value.
  bool boxed = false;
  // A boxed variable that a closure may find unbound (made before the variable is assigned on
  // every path, or `del`): its cell's `set` flag tells whether it holds a value (ir/webs.cpp).
  bool flagged = false;
  // A "defined" flag (ir/webs.cpp) that is the `set` field of this boxed variable's cell.
  Var* cell_of = nullptr;
  std::vector<std::pair<Loc, TypeRef>> origins;  // where each kind of value assigned came from
};

enum class ExprOp {
  Const,        // value
  Local,        // var
  SetLocal,     // var = args[0], yields the value (used by desugaring)
  BinOp,        // binop, args[0], args[1]
  UnaryOp,      // unop, args[0] (Neg, Pos, Invert)
  Not,          // args[0]
  Compare,      // cmp, args[0], args[1]
  And,          // args (short-circuit, Python value semantics)
  Or,           // args
  IfExp,        // args[0] ? args[1] : args[2]
  Call,         // args[0] = callee, then positional args; kwnames for trailing keyword args;
                // star: the last positional is f(*tup)
  GetAttr,      // args[0].attr
  GetItem,      // args[0][args[1]]
  GetSlice,     // args[0][args[1]:args[2]:args[3]] (null entries for missing parts)
  MakeList,     // args
  MakeTuple,    // args
  MakeDict,     // args: k0, v0, k1, v1, ...
  MakeSet,      // args
  Comp,         // comprehension: body (statements) then the value of var
  Yield,        // args[0] (may be empty)
  FString,      // args: parts (Const str or formatted values); fmt_specs/conversions per part
  MakeClosure,  // value: a nested FunctionObj with captured names; args: their values (by value)
  Narrow,       // args[0] (a Local) where a test established a fact about it (narrow; args[1]: the
                // classes of an isinstance test); the same value, with the narrower type
  Seq,          // args evaluated in order; the value of the last (narrowing inside and/or/ternary)
  // A call's argument left to a default computed when the callee's def ran (a nested function's
  // non-constant default): value: that FunctionObj; env_slot: the slot of the callee's environment
  // holding it. Read from the function value being called (annotate bind_args, codegen call).
  ClosureDefault,
};

// What a test established about a local (RPython's knowntypedata).
enum class NarrowKind : uint8_t {
  IsInstance,  // isinstance(x, C) / type(x) is C: x is an instance of C
  NotNone,     // x is not None / x (true)
  IsNone,      // x is None
  IsClass,     // x is C (C a class of the program's): a class value x is C (args[1]: C)
  NotClass,    // x is not C: a class value x is one of its other classes (args[1]: C)
  NonNeg,      // x >= 0 (an int that merges with r_uint, as RPython's nonneg)
  NoneCheck,   // annotator: an operand that may be None where its value is needed (attr: Python's
               // TypeError message); raises it for None (annotate/optional_rules.cpp)
  Receiver,    // x is a bound method of a builtin type (l.append kept in a variable or a field):
               // its receiver, which is how such a value is represented
};

struct Stmt;
struct Expr;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

// What a call resolved to (set by the annotator).
enum class CallKind {
  Unresolved,
  Direct,          // target graph(s): a known function
  Indirect,        // a function value of several possible functions (switch on id)
  Method,          // instance method: virtual when overridden (method name in Expr::attr)
  Instantiate,     // class(...): allocate and run __init__
  InstantiateAny,  // a class value of several classes: switch on its id (targets: __init__ per member, or null)
  ClassOf,         // type(x): the class id of an instance
  Builtin,         // builtin function (table entry builtin_id)
  BuiltinMethod,   // method of a builtin type (table entry builtin_id)
  MethodSet,       // a bound method value that is one of several methods of its receiver (method_set)
};

struct Expr {
  ExprOp op;
  Loc loc;
  TypeRef type = nullptr;
  std::vector<ExprPtr> args;
  modules::Ref value;  // Const
  Var* var = nullptr;  // Local, SetLocal, Comp (result)
  syntax::BinOp binop = syntax::BinOp::Add;
  syntax::UnaryOp unop = syntax::UnaryOp::Neg;
  syntax::CmpOp cmp = syntax::CmpOp::Eq;
  std::string attr;                  // GetAttr; method name for method calls
  std::vector<std::string> kwnames;  // Call: names of the last kwnames.size() args
  bool star = false;                 // Call: last positional argument is *tuple
  bool unbound = false;              // Local read that no assignment reaches (ir/webs.cpp); Const: the
                                     // name `attr`, which no scope defines (an error where it is reached:
                                     // RPython's flow space skips the branches a constant test rules out)
  bool condition = false;            // And/Or whose value is only tested (if/while/not/ternary test)
  bool inplace = false;              // BinOp from augmented assignment (list += extends in place)
  // GetAttr of a script's module variable that may be read before the binary assigns it: the
  // read tests the holder's flag (modules::script_defined_flag) and raises NameError.
  bool check_defined = false;
  // Local read that some path reaches with no assignment to its variable (after `del`, or where
  // one branch or a loop that may run zero times assigns it; ir/webs.cpp): RPython refuses it;
  // a script tests `defined` (a bool local, true once the variable is assigned) and raises
  // UnboundLocalError as Python does.
  bool maybe_unbound = false;
  Var* defined = nullptr;
  // maybe_unbound only after with statements whose __exit__ suppressed an exception: their
  // `not __exit__(...)` tests (a test always true: the read is assigned, as RPython sees it).
  std::vector<const Expr*> unbound_unless;
  Loc deleted_at;  // maybe_unbound: a `del` that may have unbound it (else: not assigned on some path)
  // And/Or: the number of leading operands that can run (a constant operand decides the rest:
  // they are dead, and neither annotated nor emitted); IfExp: 1 or 2 when the test is constant
  // (only that branch is live). -1: all.
  int live = -1;
  // Call whose value is unpacked at once into this many targets (`a, b = f(...)`, no starred
  // target; ir/lower.cpp), -2 when unpacked with a starred target, -1 otherwise: zip(*rows) of
  // rows of mixed types (replacement_rules.cpp), an iterator unpacked (annotate_stmt.cpp).
  int unpacked = -1;
  // Call of zip()/enumerate() whose value is consumed at once where it is made (a for loop's
  // iterable, a comprehension's source, the right operand of `in`, an argument of list(),
  // sorted(), sum()..., set by the annotator, annotate/iter_rules.cpp): nothing else can see the
  // iterator, so it may be built whole. Any other such call is a lazy iterator
  // (replacement_rules.cpp replace_lazy_zip), as Python's.
  bool consumed = false;
  int env_slot = -1;                        // ClosureDefault
  NarrowKind narrow = NarrowKind::NotNone;  // Narrow
  // Narrow of kind NoneCheck: None raises AttributeError (a method looked up on a list, str or
  // dict that may be None), not TypeError; attr is the message either way.
  bool attribute_error = false;
  // GetAttr of `__enter__` made for a with statement (ir/lower.cpp): a context manager that may be
  // None raises the interpreter's error for `with None:` (optional_rules.cpp), not a lookup's.
  bool with_enter = false;
  // Narrow: when set, the fact holds only if this branch of the if before it cannot fall through.
  // It ends in a call to one of the program's functions, which the annotator may find never
  // returns (RPython stops following a block at an operation whose result is impossible).
  const Block* unless_falls = nullptr;
  // Local: the values that may be read here (one per definition that reaches it; null for a
  // definition without a value expression: a parameter, a loop variable...). A read reached only
  // by narrower values than its variable holds (an instance of a subclass, never None) has that
  // narrower type, as in RPython's SSA form (ir/webs.cpp).
  std::vector<const Expr*> reaching;
  Block body;                      // Comp
  std::vector<char> conversions;   // FString
  std::vector<std::string> specs;  // FString
  // Call resolution (annotator):
  CallKind call_kind = CallKind::Unresolved;
  std::vector<Graph*> targets;    // Direct/Indirect/Method/Instantiate(__init__)
  std::vector<Expr*> bound;       // argument expressions in parameter order (after binding)
  std::vector<Expr*> extra;       // MakeTuple built for a *args parameter: the extra arguments
  std::vector<ExprPtr> defaults;  // Const nodes created for defaults used by `bound`
  int builtin_id = -1;
  // MethodSet: per method name (in the order of the value's type), the graphs of its family.
  std::vector<std::pair<std::string, std::vector<Graph*>>> method_set;
  annotate::ClassDef* cls = nullptr;  // Instantiate; Method (static receiver class)
  int stack_slot = -1;                // Instantiate: index in the graph's stack_slots (opt/escape)
  bool owned = false;                 // Instantiate: __del__ runs when the variable lets go (opt/escape)
  // BinOp `[c] * n` stored into an owned field (opt/owned_lists.cpp): the list is reachable only
  // through that field of its owner, so it never outlives the owner
  bool owned_list = false;
  Expr(ExprOp o, Loc l) : op(o), loc(l) {}
};

enum class StmtOp {
  ExprStmt,     // exprs[0]
  Assign,       // var = exprs[0]
  SetAttr,      // exprs[0].attr = exprs[1]
  SetItem,      // exprs[0][exprs[1]] = exprs[2]
  SetSlice,     // exprs[0][exprs[1]:exprs[2]:exprs[4]] = exprs[3] (exprs[4] may be null)
  DelItem,      // del exprs[0][exprs[1]]
  DelSlice,     // del exprs[0][exprs[1]:exprs[2]]
  UnpackCheck,  // exprs[0] must have length n (lists: ValueError otherwise)
  If,           // exprs[0]: body, orelse
  While,        // exprs[0]: body, orelse
  For,          // var <- exprs[0]: body, orelse
  Break,
  Continue,
  Return,    // exprs[0] or none
  Raise,     // exprs[0] (instance or class), or re-raise when empty; exprs[1]: `from` cause
  Try,       // body, handlers, orelse, finalbody
  DelLocal,  // del var: exprs[0] (if any) reads it (UnboundLocalError when unbound); then it is unbound
  Pass,
};

struct Handler {
  std::vector<ExprPtr> classes;  // empty for a bare except
  Var* var = nullptr;            // "as e"
  Block body;
  Loc loc;
  // Python 2: the clause leaves sys.exc_info() as it was (the handler of a for loop's own
  // StopIteration, which src/jit/portal_for.cpp writes as a try statement: a loop sets nothing).
  bool keeps_exc_info = false;
};

struct Stmt {
  StmtOp op;
  Loc loc;
  Var* var = nullptr;
  std::vector<ExprPtr> exprs;
  std::string attr;
  int n = 0;
  bool at_least = false;  // UnpackCheck: length >= n (a starred target takes the rest)
  Block body, orelse, finalbody;
  std::vector<Handler> handlers;
  // Try: the handlers re-raise unless a hook decides otherwise (a with statement's __exit__), so
  // a raise in the body is not taken as caught when tracebacks are taken (rpy::note_raise).
  bool transparent = false;
  // For around a portal's merge point over an iterable with no index loop (a dict, a set, an
  // iterator...; jit/portal_for.cpp): the loop's rpy::Iterator lives in this local, made from
  // exprs[0] before the first step and stepped through the local, so that it is a red there.
  Var* iter_var = nullptr;
  Stmt(StmtOp o, Loc l) : op(o), loc(l) {}
};

// One translated function (one specialisation of one Python function).
struct Graph {
  std::string name;    // Python qualified name (for messages and tracebacks)
  std::string c_name;  // unique C++ identifier
  annotate::FuncDesc* desc = nullptr;
  std::vector<Var*> params;
  Var* vararg = nullptr;  // *args: a tuple
  // **kw: a dict of the keywords no parameter names; the last of params (a call binds it to a
  // MakeDict of those keywords, annotate: bind_args).
  Var* kwarg = nullptr;
  // A function with *args and no positional parameter called as a method (`def wrapper(*args,
  // **kwargs)` decorating one): params[0] is the receiver, which the body puts first in the
  // function's *args tuple (ir/lower.cpp); vararg holds the call's other positional arguments.
  bool receiver_in_vararg = false;
  std::vector<std::unique_ptr<Var>> vars;
  Block body;
  TypeRef return_type = nullptr;
  std::vector<std::pair<Loc, TypeRef>> return_origins;
  // Closures (a nested function reading enclosing locals): one local per captured name, set from
  // the closure object on entry; self_var (may be null): the closure itself (its own name).
  std::vector<Var*> captured;
  Var* self_var = nullptr;
  bool is_generator = false;
  TypeRef yield_type = nullptr;  // generators: union of the yielded values
  std::vector<std::pair<Loc, TypeRef>> yield_origins;
  Loc loc;
  uint32_t file = 0;
  // Set by opt/escape: instances that never outlive this call live in its frame (one slot per
  // allocation site); force_inline: a small function called on such an instance.
  std::vector<annotate::ClassDef*> stack_slots;
  bool force_inline = false;
  bool recursive = false;  // in a cycle of the call graph: checks the stack on entry (opt/recursion)
  // Variables holding instances whose __del__ runs when the variable is rebound or the function
  // returns, as under CPython's reference counting (opt/escape).
  std::vector<Var*> released_vars;
  Var* new_var(const std::string& name, Loc loc);
};

std::string dump_graph(const Graph& g);

// The local a node reads through its first operands (x, x.attr, x.attr(...)): null when none.
inline const Expr* local_under(const Expr& e) {
  const Expr* x = &e;
  while (x->op != ExprOp::Local && !x->args.empty()) x = x->args[0].get();
  return x->op == ExprOp::Local ? x : nullptr;
}

}  // namespace rpy::ir
