// The import-time evaluator: runs module-level code (and the functions it calls, such as
// decorators, table builders and target()) with Python's meaning, producing the constant object
// graph that translation starts from.
//
// Layout (src/modules/): value.hpp is the object model; core/ the evaluator proper (scopes,
// statements, expressions, calls, classes, attributes, operators, generators, imports);
// objects/ one file per builtin type (its methods in its TypeInfo); builtins/ the __builtin__
// module; lib/ one file per standard module, listed in lib/modules.def; support/ what has no
// Python in it (big integers, the regex engine, formatting, coroutines).
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/diagnostics.hpp"
#include "modules/value.hpp"

namespace rpy::modules {

class Loader;
struct Frame;
struct Scope;
struct GeneratorObj;

// A Python exception raised while evaluating import-time code.
struct PyException {
  Ref value;                   // an InstanceObj of an exception class
  Loc loc;                     // where it was raised
  std::vector<Loc> traceback;  // call sites, outermost first
};

// Raised for a construct the evaluator does not support, or when import-time code exceeds its
// budgets; reported as a translation error.
struct EvalError {
  EvalError(Loc l, std::string m) : loc(l), message(std::move(m)) {}
  Loc loc;
  std::string message;
  std::vector<Loc> traceback;  // call sites and import statements, outermost first
};

// Thrown (not a Python exception: no `except` catches it) when a script's module-level code does
// something only the running program can do (Interp::run_time_only); the loader then runs that
// statement and the ones after it in the binary (modules/script.hpp).
struct RunTimeOnly {
  Loc loc;
  std::string what;  // "writes to stdout", "reads sys.argv", ...
};

// The builtin types whose TypeInfo the evaluator needs by name.
enum class BuiltinType {
  Object,
  Type,
  NoneType,
  Bool,
  Int,
  Long,
  Float,
  Str,
  Unicode,
  Tuple,
  List,
  Dict,
  Set,
  FrozenSet,
  Function,
  BuiltinFunction,
  Module,
  Method,
  StaticMethod,
  ClassMethod,
  Property,
  Range,
  Slice,
  Iterator,
  Generator,
  Namespace,
  DictKeys,
  DictValues,
  DictItems,
  File,
  Super,
  Code,
  ClassObj,
  Bytes,
  Count
};

class Interp {
 public:
  Interp(SourceManager& sm, Diagnostics& diags, Loader& loader);
  ~Interp();

  // The language of the program (2 or 3); set (which builds the types and builtins) before the
  // first module runs.
  int python() const { return python_; }
  void set_python(int version);

  void exec_module(ModuleObj* m);
  void exec_in_module(const syntax::Stmt& s, ModuleObj* m);  // one statement at a module's level
  // A script's module body up to statement `cut` (modules/script.hpp), with script_run_time set:
  // returns `cut`, or the index of the first statement that did something only the running
  // program can do or let an exception escape (the module is then half-run: start again).
  size_t exec_module_until(ModuleObj* m, size_t cut);
  Ref call(const Ref& callee, std::vector<Ref> args, std::vector<std::pair<std::string, Ref>> kwargs, Loc loc);
  // atexit.register()ed handlers not unregistered yet, in registration order: the translated
  // program runs them at exit (last first), before the ones its own code registers.
  struct ExitHandler {
    Ref fn;
    std::vector<Ref> args;
    std::vector<std::pair<std::string, Ref>> kwargs;
    Loc loc;
  };
  std::vector<ExitHandler> exit_handlers;
  Ref get_attr(const Ref& obj, const std::string& name, Loc loc);
  Ref get_attr_or_null(const Ref& obj, const std::string& name, Loc loc);  // null instead of AttributeError
  void set_attr(const Ref& obj, const std::string& name, Ref value, Loc loc);
  void del_attr(const Ref& obj, const std::string& name, Loc loc);

  [[noreturn]] void raise(const std::string& exc_class, const std::string& msg, Loc loc);
  [[noreturn]] void raise_value(const Ref& exc, Loc loc);
  [[noreturn]] void unsupported(Loc loc, const std::string& what);
  Ref builtin_class(const std::string& name) const;
  ModuleObj* builtins() const { return builtins_.get(); }
  Ref builtins_module() const { return builtins_; }  // import __builtin__ (Python 3: builtins)
  Ref make_exception(const std::string& exc_class, const std::string& msg);
  bool exception_matches(const Ref& exc, const Ref& spec);

  // Protocols (with the special methods of instances).
  int64_t to_int(const Ref& v, Loc loc);    // an int that fits a machine word (index, count...)
  double to_float(const Ref& v, Loc loc);   // float(x) of a number
  int64_t to_index(const Ref& v, Loc loc);  // __index__: ints, longs within range, bools
  std::string str_of(const Ref& v, Loc loc = {});
  std::string repr_of(const Ref& v, Loc loc = {});
  bool truth(const Ref& v, Loc loc = {});
  bool eq(const Ref& a, const Ref& b, Loc loc = {});
  int64_t hash(const Ref& v, Loc loc = {});
  int64_t len(const Ref& v, Loc loc);
  Ref iter(const Ref& v, Loc loc);                  // an iterator object
  Ref next(const Ref& it, Loc loc);                 // the next item, or null when exhausted
  std::vector<Ref> iterate(const Ref& v, Loc loc);  // all items
  Ref binary(syntax::BinOp op, const Ref& a, const Ref& b, Loc loc);
  Ref inplace(syntax::BinOp op, const Ref& a, const Ref& b, Loc loc);
  // `/` as written in f's module: TrueDiv in Python 3 or under `from __future__ import division`.
  syntax::BinOp source_op(syntax::BinOp op, const Frame& f) const;
  Ref unary(syntax::UnaryOp op, const Ref& v, Loc loc);
  bool compare(syntax::CmpOp op, const Ref& a, const Ref& b, Loc loc);
  Ref rich_compare(syntax::CmpOp op, const Ref& a, const Ref& b, Loc loc);
  int cmp(const Ref& a, const Ref& b, Loc loc);  // Python 2 cmp(): -1, 0, 1
  bool contains(const Ref& container, const Ref& item, Loc loc);
  Ref subscript(const Ref& obj, const Ref& index, Loc loc);
  void set_item(const Ref& obj, const Ref& index, Ref value, Loc loc);
  void del_item(const Ref& obj, const Ref& index, Loc loc);
  Ref call_method(const Ref& obj, const std::string& name, Args args, Loc loc);
  // A special method of an instance's class (not the instance dict), bound; null when absent.
  Ref special(const Ref& obj, const std::string& name);
  // Same, but only one defined by a Python class (not inherited from object or a builtin base).
  Ref user_special(const Ref& obj, const std::string& name);
  int64_t in_len_result(const Ref& r, Loc loc);  // __len__'s result checked
  const KeyOps& key_ops() const { return *key_ops_; }

  // Types.
  const TypeInfo* type_info(BuiltinType t) const { return types_[static_cast<int>(t)]; }
  TypeInfo* new_type(const std::string& name, const TypeInfo* base = nullptr, const std::string& module = "__builtin__");
  const TypeInfo* type_of_builtin(const Ref& v) const;  // the builtin type of a non-instance value (null for classes)
  Ref type_of(const Ref& v);                            // type(v)
  bool isinstance(const Ref& v, const Ref& cls, Loc loc);
  bool issubclass(const Ref& cls, const Ref& base, Loc loc);
  // Adds a method to a builtin type (the function receives self first).
  void def_method(TypeInfo* t, const std::string& name, BuiltinFn fn);
  static Ref unwrap(const Ref& v);  // the builtin value inside an instance of a builtin's subclass

  // Integers.
  Ref make_integer(BigInt v, bool as_long);  // int when it fits (and not as_long in Python 2)
  Ref make_int_checked(int64_t v) { return make_int(v); }

  // Modules and output.
  Ref new_module(const std::string& name);
  void write_stdout(const std::string& s);
  void write_stderr(const std::string& s);
  Ref module_namespace(ModuleObj* m);  // globals() / vars(m) / m.__dict__: a live dict view
  // exec/eval of source text or of compile()'s result, in the given namespaces (null: the
  // caller's globals and locals).
  Ref run_code(const Ref& code, Ref globals, Ref locals, bool eval_mode, Loc loc);
  Ref compile_source(const std::string& source, const std::string& filename, const std::string& mode, Loc loc);
  Ref import_name(const std::string& name, const Ref& fromlist, int level, ModuleObj* from, Loc loc);
  void set_argv(std::vector<std::string> argv) { argv_ = std::move(argv); }
  const std::vector<std::string>& argv() const { return argv_; }

  // Scripts (a main module without target()): while set, output, sys.argv, stdin, os.environ,
  // the clock, open() and sys.exit throw RunTimeOnly instead of acting at translation time.
  bool script_run_time = false;
  // Set while a script's statements after the cut run at translation time (run_hoisted).
  bool script_hoisting = false;
  // A module-level statement of a script that runs more steps than this at translation time
  // (a long computation) runs in the binary instead.
  static constexpr uint64_t script_statement_steps = 1000000;
  void run_time_only(Loc loc, const std::string& what) {
    if (script_run_time) throw RunTimeOnly{loc, what};
  }

  // Budgets.
  void check_alloc(size_t items, Loc loc);  // before building a container of `items` entries
  void check_stack(Loc loc);
  int recursion_limit = 1000;

  SourceManager& sources() { return sm_; }
  Loader& loader() { return loader_; }
  // At most this many statements and comprehension iterations run at import time (0: no limit;
  // the fuzz target sets one, so that a program that loops for ever is not taken for a hang).
  uint64_t step_limit = 0;
  // The innermost running Python frame (null between calls from the translator).
  Frame* current_frame() const { return frame_; }
  Ref current_exception() const;

  // Used by the core and the objects (not by the translator).
  Ref call_function(FunctionObj* fn, Args& args, KwArgs& kwargs, Loc loc);
  Ref make_class_from(const std::string& name, const std::vector<Ref>& bases, const Ref& ns, const Ref& metaclass, ModuleObj* module,
                      Loc loc);
  Ref create_class(const Ref& metaclass, const std::string& name, const std::vector<Ref>& bases, DictObj& ns, ModuleObj* module, Loc loc);
  Ref instantiate(const Ref& cls, Args& args, KwArgs& kwargs, Loc loc);
  Ref bind_super(const Ref& type, const Ref& obj, Loc loc);
  GeneratorObj* running_generator() const;
  const Scope& scope_of(const syntax::FunctionDefStmt* def, const syntax::LambdaExpr* lam);
  ModuleObj* module_of_frame() const;
  bool shutting_down = false;

 private:
  friend struct Frame;
  friend struct GeneratorObj;
  friend class ExecCtx;
  enum class Flow { Normal, Break, Continue, Return };

  Ref eval_named(const syntax::NamedExpr& n, Frame& f);
  Flow exec_body(const syntax::Body& body, Frame& f);
  Flow exec_stmt(const syntax::Stmt& s, Frame& f);
  Flow exec_stmt_inner(const syntax::Stmt& s, Frame& f);
  void record_annotation(const syntax::Stmt& s, Frame& f);
  Flow exec_try(const syntax::TryStmt& t, Frame& f);
  Flow exec_with(const syntax::WithStmt& w, size_t item, Frame& f);
  Flow exec_for(const syntax::ForStmt& s, Frame& f);
  void exec_print(const syntax::PrintStmt& p, Frame& f);
  void exec_delete(const syntax::Expr& t, Frame& f);
  void exec_raise(const syntax::RaiseStmt& r, Frame& f);
  void exec_exec(const syntax::ExecStmt& s, Frame& f);
  Ref eval(const syntax::Expr& e, Frame& f);
  Ref eval_call(const syntax::CallExpr& c, Frame& f);
  Ref eval_comprehension(const syntax::CompExpr& c, Frame& f);
  Ref eval_fstring(const syntax::FStringExpr& e, Frame& f);
  Ref eval_subscript(const syntax::SubscriptExpr& s, Frame& f);
  Ref eval_int_literal(const syntax::IntLit& lit);
  Ref eval_yield(const syntax::YieldExpr& y, Frame& f);
  void assign(const syntax::Expr& target, Ref value, Frame& f);
  Ref lookup(const std::string& name, Frame& f, Loc loc);
  void store(const std::string& name, Ref value, Frame& f);
  void erase_name(const std::string& name, Frame& f, Loc loc);
  Ref make_function(const syntax::FunctionDefStmt* def, const syntax::LambdaExpr* lam, Frame& f);
  Ref make_class(const syntax::ClassDefStmt& def, Frame& f);
  Ref run_function_body(FunctionObj* fn, Frame& f, Loc loc);
  void bind_arguments(FunctionObj* fn, Args& args, KwArgs& kwargs, Frame& f, Loc loc);
  void do_import(const syntax::Stmt& s, Frame& f);
  void import_from_mixin(const Args& args, const KwArgs& kwargs, Frame& f, Loc loc);
  void install_types();
  void install_builtins();
  Ref make_slice(const Ref& lo, const Ref& hi, const Ref& st);

  SourceManager& sm_;
  Diagnostics& diags_;
  Loader& loader_;
  int python_ = 2;
  std::shared_ptr<ModuleObj> builtins_;
  const TypeInfo* types_[static_cast<int>(BuiltinType::Count)] = {};
  std::vector<std::unique_ptr<TypeInfo>> owned_types_;
  std::unique_ptr<KeyOps> key_ops_;
  std::unordered_map<const void*, std::unique_ptr<Scope>> scopes_;
  std::vector<std::shared_ptr<ModuleObj>> exec_modules_;  // namespaces of exec'd code
  std::vector<std::shared_ptr<syntax::Module>> exec_asts_;
  std::vector<std::string> argv_;
  Frame* frame_ = nullptr;
  int depth_ = 0;
  uint64_t steps_ = 0;
  void count_step(Loc loc) {
    ++steps_;
    if (step_limit && steps_ > step_limit) unsupported(loc, "import-time code running more than " + std::to_string(step_limit) + " steps");
    if (script_run_time && steps_ > script_steps_end) throw RunTimeOnly{loc, "runs long"};
  }
  uint64_t script_steps_end = UINT64_MAX;  // a script's statement that runs longer runs in the binary
  uintptr_t stack_limit_ = 0;              // lowest safe stack address on the main stack
};

// A call frame of the evaluator.
struct Frame {
  ModuleObj* module = nullptr;   // globals
  std::shared_ptr<Env> locals;   // function locals (null at module level: names live in the module)
  const Scope* scope = nullptr;  // the function's static scope (null at module level and in class bodies)
  std::vector<std::shared_ptr<Env>> closure;
  ClassObj* building_class = nullptr;  // class body being executed
  DictObj* class_ns = nullptr;         // its namespace (a dict, as __prepare__ would give)
  Ref class_ns_ref;
  FunctionObj* function = nullptr;  // the running function
  Ref retval;
  Ref current_exc;  // the exception being handled (bare `raise`, sys.exc_info())
  Frame* parent = nullptr;
  GeneratorObj* generator = nullptr;  // set while running a generator's body
  Loc call_loc;
  // A Python 3 comprehension's own frame: `(x := v)` in it binds x in the nearest enclosing
  // frame that is not a comprehension (PEP 572): its locals (null: the module's globals) and scope.
  bool comprehension = false;
  std::shared_ptr<Env> walrus_locals;
  const Scope* walrus_scope = nullptr;
};

}  // namespace rpy::modules
