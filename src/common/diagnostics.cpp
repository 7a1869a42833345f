#include "common/diagnostics.hpp"

namespace rpy {

Diagnostic& Diagnostics::error(Loc loc, std::string message) {
  ++errors_;
  diags_.push_back(Diagnostic{Diagnostic::Level::Error, loc, std::move(message), {}});
  return diags_.back();
}

std::string Diagnostics::render_loc(const char* level, Loc loc, const std::string& msg) const {
  std::string out;
  if (!loc.valid()) return std::string(level) + ": " + msg + "\n";
  const SourceFile& f = sm_.file(loc.file);
  out += f.path + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col) + ": " + level + ": " + msg + "\n";
  std::string_view line = f.line_text(loc.line);
  if (line.empty() && loc.line == 0) return out;
  out += "  ";
  out += line;
  out += "\n  ";
  uint32_t col = loc.col ? loc.col : 1;
  for (uint32_t i = 1; i < col; ++i) out += (i - 1 < line.size() && line[i - 1] == '\t') ? '\t' : ' ';
  out += '^';
  uint32_t end = (loc.end_line == loc.line && loc.end_col > col) ? loc.end_col : col + 1;
  if (end > line.size() + 1) end = static_cast<uint32_t>(line.size() + 1);
  for (uint32_t i = col + 1; i < end; ++i) out += '~';
  out += "\n";
  return out;
}

std::string Diagnostics::render_one(const Diagnostic& d) const {
  std::string out = render_loc(d.level == Diagnostic::Level::Error ? "error" : "warning", d.loc, d.message);
  for (const auto& n : d.notes) out += render_loc("note", n.loc, n.message);
  return out;
}

std::string Diagnostics::render() const {
  std::string out;
  for (const auto& d : diags_) out += render_one(d);
  return out;
}

}  // namespace rpy
