// The static scope of a function body, as Python's compiler computes it: the names bound in the
// function are its locals (reading one before it is bound raises UnboundLocalError), names
// declared `global` live in the module, and the rest are looked up in the enclosing functions,
// the module and the builtins.
#pragma once
#include <string>
#include <unordered_set>

#include "syntax/ast.hpp"

namespace rpy::modules {

struct Scope {
  std::unordered_set<std::string> locals;
  std::unordered_set<std::string> globals;
  std::unordered_set<std::string> nonlocals;
  bool is_generator = false;
};

// py2: list comprehensions bind their loop variables in the enclosing function (Python 2).
void analyze_function_scope(const syntax::Arguments& args, const syntax::Body* body, const syntax::Expr* lambda_body, bool py2, Scope& out);

}  // namespace rpy::modules
