// The merge point protocol with the compiled interpreter (docs/JIT.md 4.3, 8.2) and the JIT's
// run-time settings (the RPY_JIT environment variable).
//
// Step (a) of the plan: no tracer yet. RPY_JIT=blackhole hands the rest of each portal
// invocation to the blackhole interpreter at its first merge point; RPY_JIT=blackhole-step hands
// one iteration at a time (from a merge point to the next) and goes back to the compiled code.
// Otherwise the compiled interpreter runs alone.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "jit/blackhole.hpp"
#include "jit/jit.hpp"
#include "rpy/rpy.hpp"

namespace rpy::jit {

enum class Mode { Off, Blackhole, BlackholeStep };

static Program* g_program = nullptr;
static Mode g_mode = Mode::Off;
static BaseException* g_pending = nullptr;  // in the data segment: the collector sees it

static void parse_settings(const char* s) {
  std::string text = s;
  size_t i = 0;
  while (i <= text.size()) {
    size_t j = text.find(',', i);
    if (j == std::string::npos) j = text.size();
    std::string item = text.substr(i, j - i);
    i = j + 1;
    if (item.empty()) continue;
    if (item == "off") {
      g_mode = Mode::Off;
    } else if (item == "blackhole") {
      g_mode = Mode::Blackhole;
    } else if (item == "blackhole-step") {
      g_mode = Mode::BlackholeStep;
    } else if (item.find('=') != std::string::npos) {
      // JIT parameters (threshold=..., trace_limit=...): used once the tracer exists.
    } else {
      std::fprintf(stderr, "rpy JIT: RPY_JIT: unknown setting '%s' (use off, blackhole, blackhole-step, or NAME=VALUE)\n", item.c_str());
    }
  }
}

bool enabled = false;

void register_program(Program* p) {
  g_program = p;
  if (const char* s = std::getenv("RPY_JIT")) parse_settings(s);
  enabled = g_mode != Mode::Off;
}

int merge_point(DriverDescr* d, Word* values) {
  if (g_mode == Mode::Off) return kGoOn;
  Blackhole bh(g_program);
  int status = bh.run_portal(d, values, g_mode == Mode::BlackholeStep);
  if (status == kRaise) g_pending = bh.exception();
  return status;
}

void reraise_pending() {
  BaseException* e = g_pending;
  g_pending = nullptr;
  e->raise_self();
  __builtin_unreachable();
}

}  // namespace rpy::jit
