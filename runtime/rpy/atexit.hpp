// atexit: the handlers a program registers run when it exits, last registered first, after
// entry_point returned, sys.exit() or an uncaught exception's traceback (rpy::run_exitfuncs,
// called by the generated main()).
#pragma once
#include <cstdint>
#include <new>
#include <utility>

#include "rpy/core.hpp"

namespace rpy {

// One registration: which function (and receiver) it calls, for atexit.unregister(), its name
// for messages, and the call with the arguments taken when it was registered.
struct AtexitEntry {
  int64_t fid = 0;            // the function's id (codegen: its FuncDesc's id)
  const void* env = nullptr;  // a closure: the function value (Python compares them by identity)
  const char* name = "";      // the function's qualified name
  virtual ~AtexitEntry() = default;
  virtual void run() = 0;
};

template <class F>
struct AtexitCall final : AtexitEntry {
  F call;
  explicit AtexitCall(F f) : call(std::move(f)) {}
  void run() override { call(); }
};

void atexit_push(AtexitEntry* e);
void* atexit_alloc(size_t n);  // memory the collector scans and never frees until unregistered

// atexit.register(f, args...): `call` holds the arguments (a lambda capturing them by value).
template <class F>
void atexit_register(int64_t fid, const void* env, const char* name, F call) {
  auto* e = new (atexit_alloc(sizeof(AtexitCall<F>))) AtexitCall<F>(std::move(call));
  e->fid = fid;
  e->env = env;
  e->name = name;
  atexit_push(e);
}

// atexit.unregister(f): every registration of the function goes.
void atexit_unregister(int64_t fid, const void* env);

// Runs the handlers (last registered first) and returns the exit status: an exception a handler
// raises is reported as the program's interpreter does (Python 3: "Exception ignored in atexit
// callback", the status stays; Python 2: "Error in atexit._run_exitfuncs", and the last one is
// raised again after all ran: a SystemExit gives the status, another is reported again).
int run_exitfuncs(int status);

}  // namespace rpy
