// The run-time stack of atexit handlers (rpy/atexit.hpp).
#include "rpy/atexit.hpp"

#include <cstdio>
#include <vector>

#include "rpy/rpy.hpp"

namespace rpy {

static std::vector<AtexitEntry*> g_exit_handlers;

void* atexit_alloc(size_t n) {
  void* p = GC_MALLOC_UNCOLLECTABLE(n);
  if (!p) raise_memory_error();
  return p;
}

void atexit_push(AtexitEntry* e) { g_exit_handlers.push_back(e); }

void atexit_unregister(int64_t fid, const void* env) {
  size_t j = 0;
  for (AtexitEntry* e : g_exit_handlers) {
    if (e->fid == fid && e->env == env) {
      e->~AtexitEntry();
      GC_FREE(e);
    } else {
      g_exit_handlers[j++] = e;
    }
  }
  g_exit_handlers.resize(j);
}

int report_uncaught(BaseException* e);  // traceback.cpp
extern bool trace_system_exit;          // traceback.cpp: Python 3 shows a handler's sys.exit() with its frames

int run_exitfuncs(int status) {
  BaseException* last = nullptr;  // Python 2: the last exception a handler raised
  trace_system_exit = !python2;
  while (!g_exit_handlers.empty()) {
    AtexitEntry* h = g_exit_handlers.back();
    g_exit_handlers.pop_back();
    try {
      h->run();
    } catch (BaseException* e) {
      handler_top = nullptr;
      out_flush();
      std::fflush(stdout);
      if (python2) {
        if (!dynamic_cast<SystemExit*>(e)) {
          std::fprintf(stderr, "Error in atexit._run_exitfuncs:\n");
          report_uncaught(e);
        }
        last = e;
      } else {
        std::fprintf(stderr, "Exception ignored in atexit callback: <function %s at %p>\n", h->name, static_cast<void*>(h));
        report_uncaught(e);
      }
    }
  }
  trace_system_exit = false;
  if (last) {
    if (auto* se = dynamic_cast<SystemExit*>(last)) return system_exit_status(se);
    std::fprintf(stderr, "Error in sys.exitfunc:\n");
    report_uncaught(last);
  }
  return status;
}

}  // namespace rpy
