// Bundles: several translated programs in one C++ translation unit and one executable, so that
// a test suite pays the runtime header's load and the link once for many programs
// (tests/run_programs.py, docs/TESTING.md). Each program's code lives in a namespace of its own,
// its main() renamed; a dispatcher main() runs the program RPY_BUNDLE_PROGRAM names.
#pragma once
#include <string>
#include <vector>

namespace rpy::codegen {

// Whether NAME may name a program in a bundle: a nonempty [A-Za-z0-9_]+, at most 64 characters
// (it becomes part of a C++ namespace and of the part's file name).
bool valid_bundle_name(const std::string& name);
// The line that includes the runtime header: first in a program; in a part of a bundle, which the
// bundle's main file includes after that header, a comment (g++ finds the precompiled header's
// folder first on the include path and would not read the header a second time).
std::string runtime_include(const std::string& bundle_name);
// The name of the program's main function: main, or inside a bundle rpy_program_main.
std::string program_main_name(const std::string& bundle_name);
// The program's code (everything after its #includes) in the bundle's form: unchanged without a
// bundle name, else inside namespace rpy_bundle_NAME.
std::string bundle_wrap(const std::string& bundle_name, const std::string& code);
// The dispatcher translation unit of a bundle whose parts are NAME.cpp beside it (made with
// --bundle-name NAME): the runtime header first (where a precompiled one applies), each part,
// and a main() that runs the program RPY_BUNDLE_PROGRAM names with the process's argv, after
// removing that variable from the environment (the program sees what it would see alone).
std::string bundle_dispatcher(const std::vector<std::string>& names);

}  // namespace rpy::codegen
