// Diagnostics: "file:line:col: error: message", the source line, a caret with ~~~ under the range,
// then note: lines pointing at the other locations involved. Several errors are collected before
// stopping.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include "common/source.hpp"

namespace rpy {

struct DiagNote {
  Loc loc;
  std::string message;
};

struct Diagnostic {
  enum class Level { Error, Warning } level = Level::Error;
  Loc loc;
  std::string message;
  std::vector<DiagNote> notes;
};

class Diagnostics {
 public:
  explicit Diagnostics(const SourceManager& sm) : sm_(sm) {}
  Diagnostic& error(Loc loc, std::string message);
  bool has_errors() const { return errors_ > 0; }
  size_t error_count() const { return errors_; }
  // Renders every collected diagnostic (in order of report) to a string.
  std::string render() const;
  std::string render_one(const Diagnostic& d) const;
  const std::vector<Diagnostic>& all() const { return diags_; }
  const SourceManager& sources() const { return sm_; }

 private:
  std::string render_loc(const char* level, Loc loc, const std::string& msg) const;
  const SourceManager& sm_;
  std::vector<Diagnostic> diags_;
  size_t errors_ = 0;
};

// Thrown to abandon a stage after diagnostics were recorded (the driver prints them).
struct FatalError : std::runtime_error {
  FatalError() : std::runtime_error("fatal error (see diagnostics)") {}
};

}  // namespace rpy
