// __del__: when it runs.
//
// An instance the translator proves never outlives the function that creates it gets its __del__
// where CPython's reference counting would run it: when its variable is rebound or the function
// returns (the generated code calls run_del; see opt/escape.cpp). Any other instance of a class
// with __del__ is allocated with make_finalized: the collector finds it unreachable, and the
// __del__ runs at the next allocation of such an instance (a safe point, never in the middle of
// another operation) or at exit, where every instance whose __del__ has not run gets it, oldest
// first, as CPython finalizes what is left at shutdown.
#pragma once
#include "rpy/core.hpp"

namespace rpy {

// Runs o->__del__; an exception it raises is reported on stderr and ignored, as in Python.
void run_del(Object* o) noexcept;
void register_finalizer(Object* o);
void run_pending_finalizers();  // the collector's finalizers that are due
void finalize_all();            // at exit

template <class T>
inline T* make_finalized() {
  run_pending_finalizers();
  T* o = make<T>();
  register_finalizer(o);
  return o;
}

// Runs __del__ of the instance a variable holds when the scope ends (the variable's owner).
template <class T>
struct ReleaseAtExit {
  T** var;
  ~ReleaseAtExit() {
    if (T* o = *var) {
      *var = nullptr;
      run_del(o);
    }
  }
};

}  // namespace rpy
