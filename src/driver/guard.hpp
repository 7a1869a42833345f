// Running a command so that no input ends in a signal or an uncaught exception: the command runs
// on a thread with a large stack (deeply nested programs are walked recursively by every stage);
// running out of memory, an escaped C++ exception, or a fault are reported in one clear line.
#pragma once
#include <functional>
#include <string>

namespace rpy::driver {

// Exit status of an internal error (a bug in rpy), distinct from 1 (an error in the program or
// its environment) and 2 (a usage error).
constexpr int kInternalErrorStatus = 3;

// Runs `body` on a thread with a large stack and returns its exit status. `what` names the job
// in messages ("translating prog.py").
int run_guarded(const std::string& what, const std::function<int()>& body);

}  // namespace rpy::driver
