#include "modules/support/budget.hpp"

#include <malloc.h>

#include <cstdlib>
#include <new>

namespace rpy::modules {

namespace {
// Plain globals: the evaluator runs on one thread, and the counters must work before any
// constructor runs (operator new is called during static initialisation).
bool g_active = false;
long long g_used = 0;
size_t g_limit = 0;

void* counted_alloc(size_t n) {
  if (n == 0) n = 1;
  if (g_active && g_used + static_cast<long long>(n) > static_cast<long long>(g_limit)) {
    // Leave room for the code that reports the error.
    g_active = false;
    throw MemoryBudgetExceeded();
  }
  void* p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  if (g_active) g_used += static_cast<long long>(malloc_usable_size(p));
  return p;
}

void counted_free(void* p) {
  if (!p) return;
  if (g_active) g_used -= static_cast<long long>(malloc_usable_size(p));
  std::free(p);
}
}  // namespace

MemoryBudget::MemoryBudget(size_t limit) : outer_(!g_active) {
  if (outer_) {
    g_used = 0;
    g_limit = limit;
    g_active = true;
  }
}

MemoryBudget::~MemoryBudget() {
  if (outer_) {
    g_active = false;
    g_limit = 0;
  }
}

size_t MemoryBudget::limit() { return g_active ? g_limit : 0; }

size_t MemoryBudget::default_limit() {
  if (const char* s = std::getenv("RPY_IMPORT_MEMORY_MB")) {
    long long mb = std::atoll(s);
    if (mb > 0) return static_cast<size_t>(mb) << 20;
  }
  return size_t{4096} << 20;
}

}  // namespace rpy::modules

// Replacement allocation functions.
void* operator new(size_t n) { return rpy::modules::counted_alloc(n); }
void* operator new[](size_t n) { return rpy::modules::counted_alloc(n); }
void operator delete(void* p) noexcept { rpy::modules::counted_free(p); }
void operator delete[](void* p) noexcept { rpy::modules::counted_free(p); }
void operator delete(void* p, size_t) noexcept { rpy::modules::counted_free(p); }
void operator delete[](void* p, size_t) noexcept { rpy::modules::counted_free(p); }
void* operator new(size_t n, const std::nothrow_t&) noexcept {
  try {
    return rpy::modules::counted_alloc(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](size_t n, const std::nothrow_t&) noexcept {
  try {
    return rpy::modules::counted_alloc(n);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void* p, const std::nothrow_t&) noexcept { rpy::modules::counted_free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { rpy::modules::counted_free(p); }
