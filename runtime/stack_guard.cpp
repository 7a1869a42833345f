// Deep recursion. Functions that can call themselves check the stack on entry (check_stack in
// rpy/core.hpp) and raise RecursionError, which a program can catch, as in Python. Should the stack
// still run out (a deep chain of calls that are not recursive, or huge frames), the SIGSEGV
// handler, running on its own stack, reports it the same way after flushing the program's output
// and exits with status 1, instead of the program dying of the signal.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "rpy/exceptions.hpp"
#include "rpy/io.hpp"

namespace rpy {

uintptr_t stack_limit = 0;

void raise_recursion_error() {
  // Room to unwind and run handlers: the limit moves down while the error propagates.
  raise_exc<RecursionError>("maximum recursion depth exceeded");
}

namespace {
uintptr_t stack_low = 0, stack_high = 0;

void write_str(const char* s) {
  ssize_t r = ::write(2, s, std::strlen(s));
  (void)r;
}

void on_segv(int sig, siginfo_t* info, void*) {
  auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
  // The guard region below the stack, or just above its lowest mapped page.
  bool overflow = stack_low != 0 && addr + (1u << 20) >= stack_low && addr < stack_low + (64u << 10);
  if (overflow) {
    out_flush();  // the output the program wrote so far, as Python's would be
    write_str(
        "Traceback (most recent call last):\n  (the C stack was exhausted by deep recursion)\n"
        "RecursionError: maximum recursion depth exceeded\n");
    ::_exit(1);
  }
  // Sent by another process (kill -SEGV): die of it, as any program would.
  if (info->si_code <= 0) {
    signal(sig, SIG_DFL);
    raise(sig);
    return;
  }
  // Anything else is a bug in rpy or its runtime: the program's output so far first (it would
  // otherwise be lost in the buffer), then say so and die of the signal.
  out_flush();
  write_str("rpy runtime: fatal error: segmentation fault (a bug in rpy, not in your program)\n");
  signal(sig, SIG_DFL);
  raise(sig);
}
}  // namespace

void install_stack_overflow_handler(bool handle_segv) {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
      stack_low = reinterpret_cast<uintptr_t>(addr);
      stack_high = stack_low + size;
      // Leave 256 KiB for unwinding, handlers and the runtime (at most a quarter of the stack).
      size_t margin = size / 4 < (256u << 10) ? size / 4 : (256u << 10);
      stack_limit = stack_low + margin;
    }
    pthread_attr_destroy(&attr);
  }
  if (!handle_segv) return;
  static char alt_stack[1 << 16];
  stack_t ss{};
  ss.ss_sp = alt_stack;
  ss.ss_size = sizeof alt_stack;
  if (sigaltstack(&ss, nullptr) != 0) return;
  struct sigaction sa {};
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
}

}  // namespace rpy
