#!/usr/bin/env bash
# Configures and builds the sanitizer tree: the toolchain, the runtime, the unit tests and the
# libFuzzer target rpy_fuzz, all built by clang++ with AddressSanitizer + UndefinedBehaviorSanitizer
# at -O0 (line tables for its reports): -O1 compiles the tree 2.8x slower (measured: 4 files 55.5 s
# against 19.8 s of CPU), which CI cannot afford. One tree serves both
# scripts/test.sh's sanitizer tests and scripts/fuzz.sh, and programs translated by its rpy are
# compiled by the same clang++ (RPY_DEFAULT_CXX), so the program tests also run under clang++.
#
# Usage: scripts/sanitizer_build.sh [BUILD_DIR [TARGET...]]   (default: build-asan, everything)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build-asan}
shift || true

if ! command -v clang++ >/dev/null; then
  echo "sanitizer build: clang++ is not installed (Debian: apt-get install clang libclang-rt-dev)" >&2
  exit 1
fi
# A tree configured earlier with another compiler (g++) is configured afresh.
if [ -f "$build/CMakeCache.txt" ] && ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++' "$build/CMakeCache.txt"; then
  rm -rf "$build/CMakeCache.txt" "$build/CMakeFiles"
fi
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O0 -gline-tables-only" -DRPY_SANITIZE=ON -DRPY_FUZZ=ON >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$build" -j "$(nproc)" "${targets[@]}"
