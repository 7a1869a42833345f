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

void install_terminate_handler();
void install_stack_overflow_handler(bool handle_segv);

void init_runtime(int, char**) {
  GC_INIT();
  GC_set_finalize_on_demand(1);  // __del__ runs at safe points only (rpy/finalize.hpp)
  install_terminate_handler();
#ifdef RPY_SANITIZE_RUNTIME
  install_stack_overflow_handler(false);  // ASan reports a stack overflow itself
#else
  install_stack_overflow_handler(true);
#endif
}

int finish(int status) {
  finalize_all();
  out_flush();
  return status;
}

}  // namespace rpy
