// The import-time evaluator: runs module-level code (and the functions it calls, such as
// decorators, table builders and target()) with Python's meaning, producing the constant object
// graph that translation starts from.
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

// A Python exception raised while evaluating import-time code.
struct PyException {
  Ref value;                   // an InstanceObj of an exception class
  Loc loc;                     // where it was raised
  std::vector<Loc> traceback;  // call sites, outermost first
};

// Raised for a construct the evaluator does not support; reported as a translation error.
struct EvalError {
  Loc loc;
  std::string message;
};

class Interp {
 public:
  Interp(SourceManager& sm, Diagnostics& diags, Loader& loader);

  void exec_module(ModuleObj* m);
  Ref call(const Ref& callee, std::vector<Ref> args, std::vector<std::pair<std::string, Ref>> kwargs, Loc loc);
  Ref get_attr(const Ref& obj, const std::string& name, Loc loc);
  void set_attr(const Ref& obj, const std::string& name, Ref value, Loc loc);

  [[noreturn]] void raise(const std::string& exc_class, const std::string& msg, Loc loc);
  [[noreturn]] void unsupported(Loc loc, const std::string& what);
  Ref builtin_class(const std::string& name) const;
  ModuleObj* builtins() const { return builtins_.get(); }
  Ref make_exception(const std::string& exc_class, const std::string& msg);
  bool exception_matches(const Ref& exc, const Ref& spec);

  int64_t to_int(const Ref& v, Loc loc);
  std::vector<Ref> iterate(const Ref& v, Loc loc);
  Ref binary(syntax::BinOp op, const Ref& a, const Ref& b, Loc loc);
  bool compare(syntax::CmpOp op, const Ref& a, const Ref& b, Loc loc);
  Ref subscript(const Ref& obj, const Ref& index, Loc loc);

  SourceManager& sources() { return sm_; }
  Loader& loader() { return loader_; }
  // At most this many statements and comprehension iterations run at import time (0: no limit;
  // the fuzz target sets one, so that a program that loops for ever is not taken for a hang).
  uint64_t step_limit = 0;

 private:
  struct Frame;
  enum class Flow { Normal, Break, Continue, Return };

  Flow exec_body(const syntax::Body& body, Frame& f);
  Flow exec_stmt(const syntax::Stmt& s, Frame& f);
  Ref eval(const syntax::Expr& e, Frame& f);
  Ref eval_call(const syntax::CallExpr& c, Frame& f);
  Ref eval_comprehension(const syntax::CompExpr& c, Frame& f);
  Ref eval_fstring(const syntax::FStringExpr& e, Frame& f);
  void assign(const syntax::Expr& target, Ref value, Frame& f);
  Ref lookup(const std::string& name, Frame& f, Loc loc);
  void store(const std::string& name, Ref value, Frame& f);
  Ref make_function(const syntax::FunctionDefStmt* def, const syntax::LambdaExpr* lam, Frame& f);
  Ref make_class(const syntax::ClassDefStmt& def, Frame& f);
  Ref call_function(FunctionObj* fn, std::vector<Ref>& args, std::vector<std::pair<std::string, Ref>>& kwargs, Loc loc);
  Ref instantiate(const Ref& cls, std::vector<Ref>& args, std::vector<std::pair<std::string, Ref>>& kwargs, Loc loc);
  void do_import(const syntax::Stmt& s, Frame& f);
  Ref builtin_method(const Ref& obj, const std::string& name, Loc loc);
  void install_builtins();

  SourceManager& sm_;
  Diagnostics& diags_;
  Loader& loader_;
  std::shared_ptr<ModuleObj> builtins_;
  int depth_ = 0;
  uint64_t steps_ = 0;
  void count_step(Loc loc) {
    if (step_limit && ++steps_ > step_limit)
      unsupported(loc, "import-time code running more than " + std::to_string(step_limit) + " steps");
  }
};

}  // namespace rpy::modules
