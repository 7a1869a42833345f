// Closures made at import time (a decorator's wrapper, `counter = make_counter()` at module
// level) read their enclosing frame's variables as constants (FunctionObj::closure). A variable of
// such a frame that a nested function rebinds (`nonlocal`) is not constant: it lives in one
// prebuilt holder per frame, an instance whose attribute of that name every translated function
// of the frame reads and writes, starting from the value import time left in the frame.
#pragma once
#include <string>

#include "modules/interp.hpp"
#include "modules/value.hpp"
#include "syntax/ast.hpp"

namespace rpy::ir {

// The first `nonlocal name` statement in body (any name when name is empty), in nested blocks,
// and with nested_defs in nested functions and classes too; null when there is none.
const syntax::Stmt* find_nonlocal(const syntax::Body& body, const std::string& name, bool nested_defs);

// Whether a function may rebind (`nonlocal`) the variable name of the frame of self's enclosing
// functions: some `nonlocal name` in self's module.
bool frame_rebinds(const modules::FunctionObj& self, const std::string& name);

// The holder of the frame env's rebound variables, with an attribute `name` (made on first use).
modules::Ref frame_holder(modules::Interp& in, modules::Env& env, const std::string& name, modules::ModuleObj* module, Loc loc);

}  // namespace rpy::ir
