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
  if (stack_) give_stack(stack_);
}

uintptr_t Coroutine::stack_limit() {
  if (g_current) return reinterpret_cast<uintptr_t>(g_current->stack_) + kGuard + kMargin;
  return main_stack_limit();
}

void Coroutine::trampoline(unsigned lo, unsigned hi) {
  auto* self = reinterpret_cast<Coroutine*>((static_cast<uintptr_t>(hi) << 32) | lo);
#ifdef RPY_ASAN
  __sanitizer_finish_switch_fiber(self->fake_stack_, &self->caller_stack_bottom_, &self->caller_stack_size_);
#endif
  try {
    self->body_();
  } catch (...) {
    self->error_ = std::current_exception();
  }
  self->finished_ = true;
#ifdef RPY_ASAN
  __sanitizer_start_switch_fiber(nullptr, self->caller_stack_bottom_, self->caller_stack_size_);
#endif
  swapcontext(&self->ctx_, &self->caller_);
}

bool Coroutine::resume() {
  if (finished_) return false;
  if (!started_) {
    started_ = true;
    stack_ = take_stack();
    stack_size_ = kStackSize;
    getcontext(&ctx_);
    ctx_.uc_stack.ss_sp = stack_;
    ctx_.uc_stack.ss_size = stack_size_;
    ctx_.uc_link = nullptr;
    uintptr_t p = reinterpret_cast<uintptr_t>(this);
    makecontext(&ctx_, reinterpret_cast<void (*)()>(&Coroutine::trampoline), 2, static_cast<unsigned>(p), static_cast<unsigned>(p >> 32));
  }
  outer_ = g_current;
  g_current = this;
  running_ = true;
#ifdef RPY_ASAN
  void* fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, stack_, stack_size_);
#endif
  swapcontext(&caller_, &ctx_);
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
  swapcontext(&ctx_, &caller_);
#ifdef RPY_ASAN
  __sanitizer_finish_switch_fiber(fake_stack_, &caller_stack_bottom_, &caller_stack_size_);
#endif
}

}  // namespace rpy::modules
