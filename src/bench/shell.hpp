// Shell handling: splitting command lines into words (like the shell_words crate that hyperfine
// uses for -N and for --shell command lines) and resolving executables on PATH.
#pragma once
#include <string>
#include <vector>

namespace rpy::bench {

struct SplitResult {
  bool ok = true;
  std::string error;  // e.g. "missing closing quote"
  std::vector<std::string> words;
};

SplitResult split_shell_words(const std::string& line);

// Resolves `name` like execvp would (names containing '/' are used as they are).
// Returns the empty string if nothing executable is found.
std::string resolve_executable(const std::string& name);

}  // namespace rpy::bench
