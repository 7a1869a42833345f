// Core of the runtime generated programs link against: allocation through the Boehm garbage
// collector, the base of every object, and the fatal-error path.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <new>
#include <typeinfo>
#include <utility>

#define GC_THREADS 0
#include <gc/gc.h>

namespace rpy {

[[noreturn]] void fatal(const char* msg);
// An allocation the collector cannot satisfy raises MemoryError, as Python does (a preallocated
// instance: raising it allocates nothing).
[[noreturn, gnu::cold, gnu::noinline]] void raise_memory_error();

inline void* gc_alloc(size_t n) {
  void* p = GC_MALLOC(n);
  if (__builtin_expect(!p, 0)) raise_memory_error();
  return p;
}
inline void* gc_alloc_atomic(size_t n) {  // memory that holds no pointers
  void* p = GC_MALLOC_ATOMIC(n);
  if (__builtin_expect(!p, 0)) raise_memory_error();
  return p;
}
// n items of `size` bytes (plus `header`), or MemoryError when that does not fit in memory at all.
inline size_t alloc_size(int64_t n, size_t size, size_t header = 0) {
  constexpr uint64_t kMax = uint64_t{1} << 47;  // more than any machine's address space can hold
  if (__builtin_expect(n < 0 || static_cast<uint64_t>(n) > kMax / (size ? size : 1), 0)) raise_memory_error();
  return header + static_cast<size_t>(n) * size;
}

// Allocates a GC-managed object (never destroyed: the collector frees it when unreachable).
template <class T, class... A>
inline T* make(A&&... a) {
  return new (gc_alloc(sizeof(T))) T(std::forward<A>(a)...);
}

struct Str;

// The address an identity hash is taken from: the object's own, except under --gc=gen, whose
// collector moves young objects (rpy/gc_gen.hpp sets it to gc::Heap::stable_address).
inline const void* (*identity_address)(const void*) = nullptr;

// Base of every instance of a program's class (and of exceptions). A class whose methods include
// __str__, __repr__ or __del__ overrides the matching virtual.
struct Object {
  virtual ~Object() = default;
  virtual const char* rpy_class_name() const { return "object"; }
  virtual Str* rpy_str() const;   // str(x): __str__, else repr(x)
  virtual Str* rpy_repr() const;  // repr(x): __repr__, else <Name object at 0x...>
  virtual void rpy_del() {}       // __del__ (see run_del)
  // A dict key or set item: __hash__ and __eq__ of its class where they are defined (rpy/dict.hpp's
  // KeyOps), else identity.
  virtual uint64_t rpy_hash() const {
    uint64_t x = reinterpret_cast<uintptr_t>(identity_address ? identity_address(this) : this);
    return (x >> 4) | (x << 60);
  }
  virtual bool rpy_eq(const Object* other) const { return this == other; }
  // type(x): the id of the program's class (each overrides it); -1 for the runtime's own classes
  // (builtin exceptions), which type(x) tells by their C++ type.
  virtual int32_t rpy_cls_id() const { return -1; }
  // What repr(x) without __repr__ names before " at 0x...": "__main__.C object" (a Python 2
  // classic class: "__main__.C instance"), from each program class; null: "<name> object".
  virtual const char* rpy_repr_name() const { return nullptr; }
};

// A bound method value that is one of several methods of its receiver (a dispatch table of bound
// methods): the receiver and which method (the index among the names its type lists). A bound
// method that can only be one method is its receiver alone.
template <class R>
struct BoundMethod {
  R* self = nullptr;  // null: None
  int32_t which = 0;
};

// A variable shared by a function and the closures that read it (Python's cell).
template <class T>
struct Cell {
  T v{};
  bool set = false;  // holds a value (kept only for a cell a closure may find unbound)
};

// Runs a `finally:` block on every exit from a scope.
template <class F>
struct Finally {
  F f;
  ~Finally() noexcept(false) { f(); }
};
template <class F>
Finally<F> finally(F f) {
  return Finally<F>{f};
}

// Recursion depth: functions that can call themselves check, on entry, that the C stack has room
// left (rpy::stack_limit is set at start-up); past it they raise RecursionError, as Python does
// at its recursion limit (runtime/stack_guard.cpp).
extern uintptr_t stack_limit;
[[noreturn, gnu::cold, gnu::noinline]] void raise_recursion_error();
[[gnu::always_inline]] inline void check_stack() {
  if (__builtin_expect(reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < stack_limit, 0)) raise_recursion_error();
}

void init_runtime(int argc, char** argv);
int finish(int status);  // flushes output; returns the status

}  // namespace rpy
