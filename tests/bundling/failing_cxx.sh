#!/bin/sh
# A C++ compiler for tests/bundling/check.py: the real one ($REAL_CXX), except that it refuses a
# translation unit that holds the marker string of programs/no_compile.py (directly or through
# the bundle's #included parts), as a compiler that rpy's C++ breaks would.
for a in "$@"; do
  case "$a" in
    *.cpp)
      dir=$(dirname "$a")
      if grep -q "rpy-bundling-test: no compile" "$a" ||
         { grep -q '^#include "p[0-9]*\.cpp"' "$a" && grep -l "rpy-bundling-test: no compile" "$dir"/p*.cpp >/dev/null 2>&1; }; then
        echo "$a: error: refused by tests/bundling/failing_cxx.sh" >&2
        exit 1
      fi ;;
  esac
done
exec ${REAL_CXX:-c++} "$@"
