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

void init_runtime(int, char**) {
  GC_INIT();
  install_terminate_handler();
}

int finish(int status) {
  out_flush();
  return status;
}

}  // namespace rpy
