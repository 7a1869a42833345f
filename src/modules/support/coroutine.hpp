// Stackful coroutines for the evaluator's generators: a generator's body runs on its own stack
// and switches back to whoever resumed it at each yield (a few instructions of assembly on
// x86-64, ucontext elsewhere; stacks are pooled).
// Exceptions thrown by the body are carried across the switch and rethrown by resume().
#pragma once
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>

#include <ucontext.h>

namespace rpy::modules {

class Coroutine {
 public:
  explicit Coroutine(std::function<void()> body);
  ~Coroutine();
  Coroutine(const Coroutine&) = delete;
  Coroutine& operator=(const Coroutine&) = delete;

  // Runs the body until its next suspend() or its end; returns false once the body has ended.
  // An exception escaping the body is rethrown here.
  bool resume();
  // Called from inside the body: switches back to resume()'s caller.
  void suspend();
  bool started() const { return started_; }
  bool finished() const { return finished_; }
  bool running() const { return running_; }

  // The lowest address the running code may use on the current stack (its guard margin
  // included): the main thread's or the running coroutine's.
  static uintptr_t stack_limit();

 private:
  static void trampoline(unsigned lo, unsigned hi);  // ucontext's entry
  friend void coroutine_main(Coroutine* self);
  void main();          // the body, then a last switch out; on the coroutine's stack
  void switch_in();     // resume()'s side
  void switch_out();    // the body's side
  std::function<void()> body_;
#if defined(__x86_64__)
  void* sp_ = nullptr;         // the suspended side's stack pointer (the coroutine's or the caller's)
  void* caller_sp_ = nullptr;
#else
  ucontext_t ctx_{}, caller_{};
#endif
  void* stack_ = nullptr;
  size_t stack_size_ = 0;
  bool started_ = false, finished_ = false, running_ = false;
  std::exception_ptr error_;
  Coroutine* outer_ = nullptr;  // the coroutine that resumed this one (null: the main stack)
  // AddressSanitizer's bookkeeping of the stack being left.
  void* fake_stack_ = nullptr;
  const void* caller_stack_bottom_ = nullptr;
  size_t caller_stack_size_ = 0;
};

}  // namespace rpy::modules
