#include "modules/support/coroutine.hpp"

#include <pthread.h>
#include <sys/mman.h>

#include <cstdint>
#include <new>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define RPY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RPY_ASAN 1
#endif
#endif
#ifdef RPY_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

namespace rpy::modules {

namespace {

#ifdef RPY_ASAN
constexpr size_t kStackSize = 32u << 20;  // sanitized frames are several times larger
#else
constexpr size_t kStackSize = 8u << 20;  // reserved, committed only as used
#endif
constexpr size_t kGuard = 64u << 10;    // unmapped bottom pages
constexpr size_t kMargin = 256u << 10;  // RecursionError before the guard is reached
constexpr size_t kPoolMax = 32;

thread_local Coroutine* g_current = nullptr;
std::vector<void*> g_pool;

void* take_stack() {
  if (!g_pool.empty()) {
    void* s = g_pool.back();
    g_pool.pop_back();
    return s;
  }
  void* p = mmap(nullptr, kStackSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  mprotect(p, kGuard, PROT_NONE);
  return p;
}

void give_stack(void* s) {
  if (g_pool.size() < kPoolMax) {
    g_pool.push_back(s);
  } else {
    munmap(s, kStackSize);
  }
}

uintptr_t main_stack_limit() {
  static uintptr_t limit = [] {
    pthread_attr_t attr;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      pthread_attr_getstack(&attr, &addr, &size);
      pthread_attr_destroy(&attr);
    }
    return addr ? reinterpret_cast<uintptr_t>(addr) + kMargin : uintptr_t{0};
  }();
  return limit;
}

}  // namespace

Coroutine::Coroutine(std::function<void()> body) : body_(std::move(body)) {}

Coroutine::~Coroutine() {
  if (!stack_) return;
#ifdef RPY_ASAN
  // A generator dropped before it finished leaves its frames' shadow poisoned (their scopes never
  // ended); the next coroutine on this stack would inherit the poison and report false errors.
  if (!finished_) __asan_unpoison_memory_region(stack_, kStackSize);
#endif
  give_stack(stack_);
}

uintptr_t Coroutine::stack_limit() {
  if (g_current) return reinterpret_cast<uintptr_t>(g_current->stack_) + kGuard + kMargin;
  return main_stack_limit();
}

#if defined(__x86_64__)
// rpy_coro_switch(save, to): saves the callee-saved registers and the floating-point control
// words on the current stack, stores the stack pointer in *save, and resumes the stack `to`.
// rpy_coro_entry is where a new stack starts: it calls coroutine_main(r12) and never returns.
extern "C" void rpy_coro_switch(void** save, void* to);
extern "C" void rpy_coro_entry();
asm(R"(
  .text
  .globl rpy_coro_switch
  .type rpy_coro_switch, @function
rpy_coro_switch:
  .cfi_startproc
  pushq %rbp
  pushq %rbx
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  subq $8, %rsp
  stmxcsr (%rsp)
  fnstcw 4(%rsp)
  movq %rsp, (%rdi)
  movq %rsi, %rsp
  ldmxcsr (%rsp)
  fldcw 4(%rsp)
  addq $8, %rsp
  popq %r15
  popq %r14
  popq %r13
  popq %r12
  popq %rbx
  popq %rbp
  ret
  .cfi_endproc
  .size rpy_coro_switch, .-rpy_coro_switch

  .globl rpy_coro_entry
  .type rpy_coro_entry, @function
rpy_coro_entry:
  .cfi_startproc
  .cfi_undefined rip
  movq %r12, %rdi
  call rpy_coroutine_main@PLT
  ud2
  .cfi_endproc
  .size rpy_coro_entry, .-rpy_coro_entry
)");
#endif

void coroutine_main(Coroutine* self) { self->main(); }

extern "C" void rpy_coroutine_main(Coroutine* self) { coroutine_main(self); }

void Coroutine::main() {
#ifdef RPY_ASAN
  __sanitizer_finish_switch_fiber(fake_stack_, &caller_stack_bottom_, &caller_stack_size_);
#endif
  try {
    body_();
  } catch (...) {
    error_ = std::current_exception();
  }
  finished_ = true;
#ifdef RPY_ASAN
  __sanitizer_start_switch_fiber(nullptr, caller_stack_bottom_, caller_stack_size_);
#endif
#if defined(__x86_64__)
  void* dead;
  rpy_coro_switch(&dead, caller_sp_);
#else
  swapcontext(&ctx_, &caller_);
#endif
}

void Coroutine::trampoline(unsigned lo, unsigned hi) { reinterpret_cast<Coroutine*>((static_cast<uintptr_t>(hi) << 32) | lo)->main(); }

void Coroutine::switch_in() {
#if defined(__x86_64__)
  rpy_coro_switch(&caller_sp_, sp_);
#else
  swapcontext(&caller_, &ctx_);
#endif
}

void Coroutine::switch_out() {
#if defined(__x86_64__)
  rpy_coro_switch(&sp_, caller_sp_);
#else
  swapcontext(&ctx_, &caller_);
#endif
}

bool Coroutine::resume() {
  if (finished_) return false;
  if (!started_) {
    started_ = true;
    stack_ = take_stack();
    stack_size_ = kStackSize;
#if defined(__x86_64__)
    // The new stack holds what rpy_coro_switch pops: control words, six registers (r12 = this),
    // then rpy_coro_entry as the return address; rpy_coro_entry starts 16-byte aligned.
    uintptr_t top = (reinterpret_cast<uintptr_t>(stack_) + stack_size_ - 64) & ~uintptr_t{15};
    auto* frame = reinterpret_cast<uint64_t*>(top - 64);
    uint32_t mxcsr;
    uint16_t fpucw;
    asm volatile("stmxcsr %0" : "=m"(mxcsr));
    asm volatile("fnstcw %0" : "=m"(fpucw));
    frame[0] = static_cast<uint64_t>(mxcsr) | (static_cast<uint64_t>(fpucw) << 32);
    frame[1] = 0;                                 // r15
    frame[2] = 0;                                 // r14
    frame[3] = 0;                                 // r13
    frame[4] = reinterpret_cast<uint64_t>(this);  // r12
    frame[5] = 0;                                 // rbx
    frame[6] = 0;                                 // rbp
    frame[7] = reinterpret_cast<uint64_t>(&rpy_coro_entry);
    sp_ = frame;
#else
    getcontext(&ctx_);
    ctx_.uc_stack.ss_sp = stack_;
    ctx_.uc_stack.ss_size = stack_size_;
    ctx_.uc_link = nullptr;
    uintptr_t p = reinterpret_cast<uintptr_t>(this);
    makecontext(&ctx_, reinterpret_cast<void (*)()>(&Coroutine::trampoline), 2, static_cast<unsigned>(p), static_cast<unsigned>(p >> 32));
#endif
  }
  outer_ = g_current;
  g_current = this;
  running_ = true;
#ifdef RPY_ASAN
  void* fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, stack_, stack_size_);
#endif
  switch_in();
#ifdef RPY_ASAN
  __sanitizer_finish_switch_fiber(fake, nullptr, nullptr);
#endif
  g_current = outer_;
  running_ = false;
  if (error_) {
    std::exception_ptr e = error_;
    error_ = nullptr;
    std::rethrow_exception(e);
  }
  return !finished_;
}

void Coroutine::suspend() {
#ifdef RPY_ASAN
  __sanitizer_start_switch_fiber(&fake_stack_, caller_stack_bottom_, caller_stack_size_);
#endif
  switch_out();
#ifdef RPY_ASAN
  __sanitizer_finish_switch_fiber(fake_stack_, &caller_stack_bottom_, &caller_stack_size_);
#endif
}

}  // namespace rpy::modules
