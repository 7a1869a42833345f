// Unit test of rpy::KeepHandled (rpy/exceptions.hpp): an exception propagating through a finally
// body stays alive while the body allocates, though the only reference to it is the C++
// runtime's copy of the thrown pointer (in memory the collector does not scan).
#include <gtest/gtest.h>

#include "rpy/rpy.hpp"

namespace {

GC_word g_link = 0;  // a hidden pointer to the thrown exception, cleared when it is collected

[[gnu::noinline]] void throw_fresh() {
  auto* e = rpy::make<rpy::ValueError>();
  g_link = GC_HIDE_POINTER(e);
  GC_general_register_disappearing_link(reinterpret_cast<void**>(&g_link), e);
  throw static_cast<rpy::BaseException*>(e);
}

// Collects several times from a deeper frame, with the stack below scrubbed of stale pointers.
[[gnu::noinline]] void collect() {
  volatile char scrub[4096];
  for (auto& c : scrub) c = 0;
  for (int i = 0; i < 4; ++i) GC_gcollect();
}

// Whether the exception survived collections run while its handler ran, with or without a
// KeepHandled guard in the handler.
[[gnu::noinline]] bool survives(bool keep) {
  bool alive = false;
  try {
    throw_fresh();
  } catch (...) {
    if (keep) {
      rpy::KeepHandled guard;
      collect();
      alive = g_link != 0;
    } else {
      collect();
      alive = g_link != 0;
    }
  }
  return alive;
}

}  // namespace

TEST(KeepHandled, TheExceptionSurvivesCollectionsInAFinallyBody) {
  GC_INIT();
  EXPECT_TRUE(survives(true));
  if (survives(false)) GTEST_SKIP() << "a stale reference kept the unguarded exception alive too";
}
