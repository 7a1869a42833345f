// Errors met while annotating rpy's own library code (lib/std, lib/rpython, lib/rply): the
// program's line that led there is blamed, and the library's lines are named by their path in the
// repository (lib/std/textwrap.py), never by the machine's absolute path.
#include "annotate/annotator.hpp"
#include "modules/loader.hpp"

namespace rpy::annotate {

const std::string& Annotator::library_path(Loc loc) {
  static const std::string none;
  if (!loc.valid() || loc.file >= interp_.sources().size()) return none;
  auto it = library_paths_.find(loc.file);
  if (it == library_paths_.end())
    it = library_paths_.emplace(loc.file, modules::library_display_path(interp_.sources().file(loc.file).path)).first;
  return it->second;
}

// "lib/std/textwrap.py:64: text = text.expandtabs(self.tabsize)"
static std::string library_line(const SourceManager& sm, const std::string& path, Loc loc) {
  std::string_view line = sm.file(loc.file).line_text(loc.line);
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  return path + ":" + std::to_string(loc.line) + (line.empty() ? "" : ": " + std::string(line));
}

// The calls that led to `call` (made in graph `from`), innermost first, up to the first one in the
// program's own code, which is `blamed` (left invalid when none is).
std::vector<Loc> Annotator::library_calls(Loc call, ir::Graph* from, Loc& blamed) {
  std::vector<Loc> inner;
  for (ir::Graph* g = from;;) {
    if (call.valid() && library_path(call).empty()) {
      blamed = call;
      break;
    }
    if (call.valid()) inner.push_back(call);
    if (!g) break;
    auto it = first_call_.find(g);
    if (it == first_call_.end()) break;
    call = it->second.first;
    g = it->second.second;
  }
  return inner;
}

static void add_library_notes(Diagnostic& d, const SourceManager& sm, const std::vector<Loc>& inner,
                              const std::vector<std::string>& paths) {
  std::vector<DiagNote> notes;
  for (size_t i = inner.size(); i-- > 0;)
    notes.push_back(
        {Loc{}, std::string(i == 0 ? "met inside rpy's library, at " : "in rpy's library, at ") + library_line(sm, paths[i], inner[i])});
  d.notes.insert(d.notes.begin(), notes.begin(), notes.end());
}

Diagnostic* Annotator::library_error(Loc loc, const std::string& msg) {
  if (library_path(loc).empty()) return nullptr;
  Loc blamed;
  std::vector<Loc> inner{loc};
  if (annotating_) {
    auto it = first_call_.find(annotating_);
    if (it != first_call_.end()) {
      std::vector<Loc> calls = library_calls(it->second.first, it->second.second, blamed);
      inner.insert(inner.end(), calls.begin(), calls.end());
    }
  }
  Diagnostic& d = diags_.error(blamed, msg);  // no location at all rather than the library's
  std::vector<std::string> paths;
  for (Loc l : inner) paths.push_back(library_path(l));
  add_library_notes(d, interp_.sources(), inner, paths);
  return &d;
}

Diagnostic* Annotator::library_error_in(ir::Graph* g, Loc loc, const std::string& msg) {
  ir::Graph* saved = annotating_;
  annotating_ = g;
  Diagnostic* d = library_error(loc, msg);
  annotating_ = saved;
  return d;
}

void Annotator::blame_lowering_errors(size_t first, Loc call) {
  auto& all = const_cast<std::vector<Diagnostic>&>(diags_.all());
  for (size_t i = first; i < all.size(); ++i) {
    Diagnostic& d = all[i];
    if (library_path(d.loc).empty()) continue;
    Loc blamed;
    std::vector<Loc> inner{d.loc};
    std::vector<Loc> calls = library_calls(call, annotating_, blamed);
    inner.insert(inner.end(), calls.begin(), calls.end());
    std::vector<std::string> paths;
    for (Loc l : inner) paths.push_back(library_path(l));
    d.loc = blamed;
    add_library_notes(d, interp_.sources(), inner, paths);
  }
}

void Annotator::library_notes() {
  const SourceManager& sm = interp_.sources();
  // The diagnostics are the annotator's to complete (diags_ is not const; all() only reads).
  auto& all = const_cast<std::vector<Diagnostic>&>(diags_.all());
  for (Diagnostic& d : all) {
    if (const std::string& p = library_path(d.loc); !p.empty()) {
      d.notes.insert(d.notes.begin(), {Loc{}, "met inside rpy's library, at " + library_line(sm, p, d.loc)});
      d.loc = Loc{};
    }
    for (DiagNote& n : d.notes)
      if (const std::string& p = library_path(n.loc); !p.empty()) {
        n.message += ", in rpy's library at " + library_line(sm, p, n.loc);
        n.loc = Loc{};
      }
  }
}

}  // namespace rpy::annotate
