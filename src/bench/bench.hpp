// Public entry of `rpy bench`, the benchmark harness (hyperfine-compatible).
#pragma once

namespace rpy::bench {
// argv[0] is "rpy bench", argv[1..] are the user's arguments.
// Returns the process exit status (0 ok, 1 runtime error, 2 usage error). Never throws.
int bench_main(int argc, char** argv);
}  // namespace rpy::bench
