#include "common/diagnostics.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "common/display.hpp"

namespace rpy {

namespace {
const char* const kBold = "1";
const char* const kRed = "1;31";
const char* const kMagenta = "1;35";
const char* const kCyan = "1;36";
const char* const kGreen = "1;32";

bool same_note(const DiagNote& a, const DiagNote& b) {
  return a.message == b.message && a.loc.file == b.loc.file && a.loc.line == b.loc.line && a.loc.col == b.loc.col;
}
}  // namespace

Diagnostic& Diagnostics::error(Loc loc, std::string message) {
  ++errors_;
  diags_.push_back(Diagnostic{Diagnostic::Level::Error, loc, std::move(message), {}});
  return diags_.back();
}

std::string Diagnostics::paint(const char* code, const std::string& text) const {
  if (!opts_.colour) return text;
  return std::string("\033[") + code + "m" + text + "\033[0m";
}

std::string Diagnostics::render_loc(const char* level, Loc loc, const std::string& msg) const {
  const char* colour = std::strcmp(level, "error") == 0 ? kRed : std::strcmp(level, "note") == 0 ? kCyan : kMagenta;
  std::string head = paint(colour, std::string(level) + ":") + " " + paint(kBold, printable(msg));
  if (!loc.valid() || loc.file >= sm_.size()) return head + "\n";
  const SourceFile& f = sm_.file(loc.file);
  std::string out =
      paint(kBold, printable(f.path) + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col) + ":") + " " + head + "\n";
  if (loc.line == 0 || loc.line > f.line_starts.size()) return out;
  std::string_view line = f.line_text(loc.line);
  uint32_t begin = loc.col ? loc.col - 1 : 0;
  uint32_t end = (loc.end_line == loc.line && loc.end_col > loc.col) ? loc.end_col - 1 : begin + 1;
  if (loc.end_line > loc.line) end = static_cast<uint32_t>(line.size());  // a range over several lines: to this line's end
  end = std::min<uint32_t>(end, static_cast<uint32_t>(line.size()) + 1);
  Excerpt ex = excerpt(line, begin, end, opts_.line_width);
  out += "  " + ex.text + "\n  " + std::string(ex.caret, ' ') + paint(kGreen, "^" + std::string(ex.width - 1, '~')) + "\n";
  return out;
}

std::string Diagnostics::render_one(const Diagnostic& d) const {
  std::string out = render_loc(d.level == Diagnostic::Level::Error ? "error" : "warning", d.loc, d.message);
  // A run of identical notes (a recursion's "called from here") is shown a few times, then counted.
  std::vector<DiagNote> notes;
  for (size_t i = 0; i < d.notes.size();) {
    size_t j = i + 1;
    while (j < d.notes.size() && same_note(d.notes[j], d.notes[i])) ++j;
    size_t shown = std::min(j - i, opts_.repeats_shown);
    for (size_t k = 0; k < shown; ++k) notes.push_back(d.notes[i]);
    if (j - i > shown) notes.push_back({Loc{}, "(the note above is repeated " + std::to_string(j - i - shown) + " more times)"});
    i = j;
  }
  // Still too many: the first and the last ones.
  if (notes.size() > opts_.notes_shown) {
    size_t head = opts_.notes_shown / 2, tail = opts_.notes_shown - head;
    size_t hidden = notes.size() - head - tail;
    notes.erase(notes.begin() + static_cast<long>(head), notes.end() - static_cast<long>(tail));
    notes.insert(notes.begin() + static_cast<long>(head), {Loc{}, "(" + std::to_string(hidden) + " more notes not shown)"});
  }
  for (const auto& n : notes) out += render_loc("note", n.loc, n.message);
  return out;
}

std::string Diagnostics::render() const {
  std::string out;
  for (const auto& d : diags_) out += render_one(d);
  return out;
}

void Diagnostics::print(std::FILE* out) const {
  std::string text = render();
  std::fwrite(text.data(), 1, text.size(), out);
  std::fflush(out);
}

bool colour_wanted(std::FILE* stream) {
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour && *no_colour) return false;
  const char* term = std::getenv("TERM");
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return isatty(fileno(stream)) == 1;
}

}  // namespace rpy
