// The names a block of code binds: Python's rule for what is local to a function (or assigned
// by a piece of module code), with its `global` and `nonlocal` declarations. Nested function and
// class bodies are not entered: only their names are bound.
#pragma once
#include <functional>
#include <set>
#include <string>

#include "syntax/ast.hpp"

namespace rpy::syntax {

struct Bindings {
  std::set<std::string> names, globals, nonlocals;
  // Whether an import statement binds its names here; unset, every import does.
  std::function<bool(const Stmt&)> import_binds;
  // Python 2: a list comprehension's loop variables are the enclosing scope's (they leak); its
  // set and dict comprehensions and generator expressions keep theirs.
  bool listcomps_bind = false;

  void target(const Expr& e);       // a name, or the names of a tuple/list/starred target
  void params(const Arguments& a);  // a function's parameters
  void body(const Body& b);
  void stmt(const Stmt& s);
  void leaked(const Expr& e);  // listcomps_bind: the loop variables of e's list comprehensions
};

// Adds to `out` the targets of the assignment expressions (`(x := v)`) in e, including those
// inside comprehensions (they bind in the scope enclosing the comprehension, PEP 572) but not
// inside lambdas (the lambda's own scope).
void walrus_targets(const Expr& e, std::set<std::string>& out);

}  // namespace rpy::syntax
