#include "annotate/call_notes.hpp"

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

void note_definition(Diagnostic* d, const modules::FunctionObj& fn) {
  if (!d || !fn.args) return;
  if (fn.def) {
    Loc at = fn.def->name_loc.valid() ? fn.def->name_loc : fn.loc;
    d->notes.push_back({at, fn.name + "() is defined here: def " + fn.name + "(" + signature(fn) + ")"});
  } else {
    d->notes.push_back({fn.loc, "the lambda is defined here: lambda " + signature(fn)});
  }
}

std::string unexpected_keyword_message(const modules::FunctionObj& fn, const std::string& name) {
  return fn.name + "() got an unexpected keyword argument '" + name + "'";
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

}  // namespace rpy::annotate
