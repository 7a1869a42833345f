#include <cstdio>
#include <cstdlib>

#include "rpy/rpy.hpp"

namespace rpy {

void fatal(const char* msg) {
  out_flush();
  std::fprintf(stderr, "rpy runtime: fatal error: %s\n", msg);
  std::fflush(stderr);
  std::_Exit(70);
}

static MemoryError* g_memory_error = nullptr;
void raise_memory_error() {
  if (!g_memory_error) fatal("out of memory");
  g_memory_error->raise_self();
  __builtin_unreachable();
}
static void ignore_gc_warning(char*, GC_word) {}

void install_terminate_handler();
void install_stack_overflow_handler(bool handle_segv);

void init_runtime(int, char**) {
  GC_INIT();
  GC_set_finalize_on_demand(1);         // __del__ runs at safe points only (rpy/finalize.hpp)
  GC_set_warn_proc(ignore_gc_warning);  // a failed allocation is a MemoryError, not a message
  g_memory_error = make<MemoryError>();
  GC_add_roots(&g_memory_error, &g_memory_error + 1);
  install_terminate_handler();
#ifdef RPY_SANITIZE_RUNTIME
  install_stack_overflow_handler(false);  // ASan reports a stack overflow itself
#else
  install_stack_overflow_handler(true);
#endif
}

int finish(int status) {
  // Python 2 ends a line that a `print x,` left open when the program ends (Py_FlushLine).
  if (python2 && softspace) {
    out_write("\n", 1);
    softspace = false;
  }
  finalize_all();
  int out = out_status();
  return status ? status : out;
}

}  // namespace rpy
