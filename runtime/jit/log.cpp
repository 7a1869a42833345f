#include "jit/log.hpp"

#include <x86intrin.h>

#include <cstdlib>
#include <cstring>

namespace rpy::jit {

Log& Log::get() {
  static Log* log = new Log();
  return *log;
}

Log::Log() {
  const char* env = std::getenv("PYPYLOG");
  if (!env || !*env) return;
  std::string spec = env;
  std::string file = spec;
  auto colon = spec.rfind(':');
  if (colon != std::string::npos) {
    categories_ = spec.substr(0, colon);
    file = spec.substr(colon + 1);
  } else {
    all_ = true;
  }
  if (file == "-") {
    out_ = stderr;
  } else {
    out_ = std::fopen(file.c_str(), "w");
    if (!out_) std::fprintf(stderr, "rpy JIT: PYPYLOG: cannot write '%s'\n", file.c_str());
  }
}

bool Log::enabled(const char* section) const {
  if (!out_) return false;
  if (all_) return true;
  size_t i = 0;
  while (i <= categories_.size()) {
    size_t j = categories_.find(',', i);
    if (j == std::string::npos) j = categories_.size();
    if (j > i && std::strncmp(section, categories_.data() + i, j - i) == 0) return true;
    i = j + 1;
  }
  return false;
}

bool Log::any(const char* prefix) const {
  if (!out_) return false;
  if (all_ || enabled(prefix)) return true;
  size_t n = std::strlen(prefix), i = 0;
  while (i <= categories_.size()) {
    size_t j = categories_.find(',', i);
    if (j == std::string::npos) j = categories_.size();
    if (j - i >= n && std::strncmp(categories_.data() + i, prefix, n) == 0) return true;
    i = j + 1;
  }
  return false;
}

void Log::start(const char* section) { std::fprintf(out_, "[%llx] {%s\n", static_cast<unsigned long long>(__rdtsc()), section); }

void Log::stop(const char* section) {
  std::fprintf(out_, "[%llx] %s}\n", static_cast<unsigned long long>(__rdtsc()), section);
  std::fflush(out_);
}

void Log::print(const std::string& text) { std::fputs(text.c_str(), out_); }

}  // namespace rpy::jit
