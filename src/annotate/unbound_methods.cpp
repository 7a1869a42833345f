// A method of a builtin type taken from the type and called with its receiver as the first
// argument: `str.upper(s)`, `map(str.strip, lines)`, `sorted(words, key=str.lower)`,
// `filter(str.isdigit, s)`. The call becomes the method call on that argument (`s.upper()`), which
// evaluates the same operands in the same order. Only where the argument is of the method's own
// type: Python raises TypeError for another ("descriptor 'upper' requires a 'str' object"), which
// the rewritten call would not do, so any other argument keeps the builtin's refusal.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace {

// Whether a value of type `t` is an instance of the builtin type `owner` ("str", "list", ...).
bool receiver_matches(const std::string& owner, TypeRef t, bool py3) {
  if (!t) return false;
  switch (t->kind) {
    case TypeKind::Str:
    case TypeKind::Char:
      return owner == "str";
    case TypeKind::Unicode:
      return owner == (py3 ? "str" : "unicode");
    case TypeKind::List:
      return owner == (t->listdef->find()->deque ? "deque" : "list");
    case TypeKind::Dict: {
      const auto* d = t->dictdef->find();
      if (d->is_set) return owner == "set";
      return owner == "dict";
    }
    default:
      return false;
  }
}

}  // namespace

std::string Annotator::unbound_builtin_method(const std::string& builtin, const ir::Expr& e, const std::vector<TypeRef>& args) {
  size_t dot = builtin.find('.');
  if (dot == std::string::npos || builtin.find('.', dot + 1) != std::string::npos) return {};
  if (e.star || !e.kwnames.empty() || args.empty() || e.args.size() != args.size() + 1) return {};
  std::string owner = builtin.substr(0, dot), method = builtin.substr(dot + 1);
  if (method.empty() || method.starts_with("__")) return {};
  if (!receiver_matches(owner, args[0], interp().sources().py3())) return {};
  return method;
}

}  // namespace rpy::annotate
