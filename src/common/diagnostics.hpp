// Diagnostics: "file:line:col: error: message", the source line, a caret with ~~~ under the range,
// then note: lines pointing at the other locations involved. Several errors are collected before
// stopping. Rendering escapes what a terminal would not show (NUL, control bytes, invalid UTF-8),
// shows a window of a long line around the column, folds repeated notes, and colours the output
// when asked to (see colour_wanted).
#pragma once
#include <cstdio>
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

struct RenderOptions {
  bool colour = false;        // ANSI colours (a terminal that wants them)
  uint32_t line_width = 100;  // longer source lines are cut to a window around the column
  size_t repeats_shown = 3;   // a note repeated more often than this in a row is folded
  size_t notes_shown = 12;    // more notes than this: the first and the last ones are shown
};

class Diagnostics {
 public:
  explicit Diagnostics(const SourceManager& sm) : sm_(sm) {}
  Diagnostic& error(Loc loc, std::string message);
  // The diagnostic error() returned as the index-th (0: the first): it stays valid as more are
  // added, unlike a reference.
  Diagnostic& at(size_t index) { return diags_[index]; }
  bool has_errors() const { return errors_ > 0; }
  size_t error_count() const { return errors_; }
  // Renders every collected diagnostic (in order of report) to a string.
  std::string render() const;
  std::string render_one(const Diagnostic& d) const;
  // Writes render() to `out` (every byte, whatever the text holds).
  void print(std::FILE* out) const;
  const std::vector<Diagnostic>& all() const { return diags_; }
  const SourceManager& sources() const { return sm_; }
  RenderOptions& options() { return opts_; }

 private:
  std::string render_loc(const char* level, Loc loc, const std::string& msg) const;
  std::string paint(const char* code, const std::string& text) const;
  const SourceManager& sm_;
  std::vector<Diagnostic> diags_;
  size_t errors_ = 0;
  RenderOptions opts_;
};

// Whether output to `stream` should be coloured: a terminal, NO_COLOR unset or empty, TERM not
// "dumb".
bool colour_wanted(std::FILE* stream);

// Thrown to abandon a stage after diagnostics were recorded (the driver prints them).
struct FatalError : std::runtime_error {
  FatalError() : std::runtime_error("fatal error (see diagnostics)") {}
};

}  // namespace rpy
