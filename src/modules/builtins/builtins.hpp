// The __builtin__ (Python 3: builtins) module, in four groups.
#pragma once
#include "modules/objects/objects.hpp"

namespace rpy::modules {

// Adds a builtin function to the module.
void def_builtin(ModuleObj& b, const std::string& name, BuiltinFn fn);

void install_builtins_core(Interp& in, ModuleObj& b);  // types, attributes, introspection
void install_builtins_seq(Interp& in, ModuleObj& b);   // range, map, zip, sorted, min, sum...
void install_builtins_num(Interp& in, ModuleObj& b);   // abs, divmod, pow, round, hex, chr...
void install_builtins_exec(Interp& in, ModuleObj& b);  // exec, eval, compile, __import__, open, print

}  // namespace rpy::modules
