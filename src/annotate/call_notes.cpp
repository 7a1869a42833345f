#include "annotate/call_notes.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "annotate/annotator.hpp"

namespace rpy::annotate {

static std::string signature(const modules::FunctionObj& fn) {
  const syntax::Arguments& A = *fn.args;
  std::string s;
  size_t first_default = A.args.size() - fn.defaults.size();
  for (size_t i = 0; i < A.args.size(); ++i) s += (i ? ", " : "") + A.args[i].name + (i >= first_default && fn.def ? "=..." : "");
  if (!A.vararg.empty()) s += std::string(s.empty() ? "" : ", ") + "*" + A.vararg;
  if (!A.kwonly.empty()) {
    if (A.vararg.empty()) s += std::string(s.empty() ? "" : ", ") + "*";
    for (const auto& k : A.kwonly) s += ", " + k.name + (fn.kwonly_defaults.count(k.name) ? "=..." : "");
  }
  if (!A.kwarg.empty()) s += std::string(s.empty() ? "" : ", ") + "**" + A.kwarg;
  return s;
}

void note_definition(Diagnostic* d, const modules::FunctionObj& fn, const std::string& called) {
  if (!d || !fn.args) return;
  if (!called.empty() && called != fn.name) {
    d->notes.push_back({Loc{}, "rpy's " + called + "() takes (" + signature(fn) + ")"});
  } else if (fn.def) {
    Loc at = fn.def->name_loc.valid() ? fn.def->name_loc : fn.loc;
    d->notes.push_back({at, fn.name + "() is defined here: def " + fn.name + "(" + signature(fn) + ")"});
  } else {
    d->notes.push_back({fn.loc, "the lambda is defined here: lambda " + signature(fn)});
  }
}

std::string unexpected_keyword_message(const std::string& fname, const std::string& name) {
  return fname + "() got an unexpected keyword argument '" + name + "'";
}

std::string unsupported_builtin_message(const std::string& name) {
  if (name == "eval" || name == "exec" || name == "compile" || name == "execfile")
    return name +
           "() is not RPython (translated code cannot run Python source): compute the value at import time, at module "
           "level, or write the code out";
  if (name == "globals" || name == "locals" || name == "vars" || name == "dir")
    return name + "() is not RPython (translated code has no namespace dictionaries): keep the values in a dict of your own";
  if (name == "input" || name == "raw_input") return name + "() is not RPython: read standard input with os.read(0, n)";
  if (name == "functools.cmp_to_key")
    return "functools.cmp_to_key() is supported only as the key= of sorted() or list.sort() (sorted(xs, "
           "key=functools.cmp_to_key(f))), where the items are compared by f";
  return "builtin '" + name + "' is not supported in translated code";
}

// "Did you mean": Python 3.10+'s rule (Python/suggestions.c's, written anew): a Levenshtein distance
// where a change of case costs 1 and any other edit 2, bounded by the names' lengths.
namespace suggest {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxLength = 40;
constexpr size_t kMove = 2;  // an insertion, a deletion or a substitution
constexpr size_t kCase = 1;  // a substitution that only changes the case of an ASCII letter

size_t substitution_cost(char a, char b) {
  if (a == b) return 0;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return lower(a) == lower(b) ? kCase : kMove;
}

// The weighted edit distance of a and b, or any value above max_cost once it must exceed it.
size_t distance(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) a.remove_prefix(1), b.remove_prefix(1);
  while (!a.empty() && !b.empty() && a.back() == b.back()) a.remove_suffix(1), b.remove_suffix(1);
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMove;
  if (a.size() > kMaxLength || b.size() > kMaxLength) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMove > max_cost) return max_cost + 1;
  // One row of the table: row[i] is the cost of turning a[0..i] into the part of b read so far.
  std::vector<size_t> row(a.size());
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMove;
  size_t result = 0;
  for (size_t j = 0; j < b.size(); ++j) {
    size_t diagonal = j * kMove;
    result = diagonal;
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = diagonal + substitution_cost(b[j], a[i]);
      diagonal = row[i];
      result = std::min(std::min(result, diagonal) + kMove, substitute);
      row[i] = result;
      best = std::min(best, result);
    }
    if (best > max_cost) return max_cost + 1;
  }
  return result;
}

}  // namespace suggest

std::string closest_name(const std::string& name, const std::vector<std::string>& candidates) {
  if (candidates.size() > suggest::kMaxCandidates) return "";
  std::string found;
  size_t found_distance = SIZE_MAX;
  for (const std::string& c : candidates) {
    if (c == name) continue;
    size_t bound = std::min((name.size() + c.size() + 3) * suggest::kMove / 6, found_distance - 1);
    size_t d = suggest::distance(name, c, bound);
    if (d > bound) continue;
    if (found.empty() || d < found_distance) {
      found = c;
      found_distance = d;
    }
  }
  return found;
}

// Python 3.10+'s suggestion for a NameError, at the annotator's "name 'totl' is not defined":
// the closest name among the function's locals, else the module's globals, else the builtins.
namespace {

std::vector<std::string> suggestion_candidates(const std::unordered_map<std::string, modules::Ref>& attrs) {
  std::vector<std::string> names;
  for (const auto& [k, v] : attrs) names.push_back(k);
  std::sort(names.begin(), names.end());  // Python reads the dict in insertion order; rpy's is unordered
  return names;
}

}  // namespace

std::string Annotator::name_suggestion(const std::string& name, const ir::Graph& g) const {
  std::vector<std::string> locals;
  for (const auto& v : g.vars)
    if (!v->name.empty() && v->name[0] != '$' && std::find(locals.begin(), locals.end(), v->name) == locals.end())
      locals.push_back(v->name);
  std::string found = closest_name(name, locals);
  const modules::FunctionObj* fn = g.desc ? g.desc->fn() : nullptr;
  if (found.empty() && fn && fn->module) found = closest_name(name, suggestion_candidates(fn->module->attrs));
  if (found.empty()) found = closest_name(name, suggestion_candidates(interp_.builtins()->attrs));
  return found.empty() ? "" : ". Did you mean: '" + found + "'?";
}

}  // namespace rpy::annotate
