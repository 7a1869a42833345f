// PYPYLOG (docs/JIT.md 10.1): `PYPYLOG=jit-log-noopt,jit-summary:FILE` writes the named sections
// (a name selects every section it is a prefix of; `-` as FILE is stderr; without `CATEGORIES:`
// every section), each between `[timestamp] {section` and `[timestamp] section}` lines, as PyPy.
#pragma once
#include <cstdio>
#include <string>

namespace rpy::jit {

class Log {
 public:
  static Log& get();
  bool enabled(const char* section) const;
  // Whether some enabled section starts with `prefix` (jit-log-noopt: jit-log-noopt-loop...).
  bool any(const char* prefix) const;
  void start(const char* section);
  void stop(const char* section);
  void print(const std::string& text);  // inside a section

 private:
  Log();
  FILE* out_ = nullptr;
  std::string categories_;  // empty: all
  bool all_ = false;
};

}  // namespace rpy::jit
