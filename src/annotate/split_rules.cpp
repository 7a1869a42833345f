// A parameter given values that cannot share a type: `v * w` and `v * 2` both calling
// Vector.__mul__, a `show(x)` helper called with an instance and with an int. RPython refuses the
// program (each argument has one type across all call sites); Python runs it, and the body usually
// tells the kinds apart itself (isinstance, or operations both kinds have). rpy gives such a
// function one graph per kind of value of that parameter, as if it were specialize.argtype on it
// for those calls only: the calls whose arguments merge with the first graph's parameters keep
// it, the others get a graph of their kind, in which isinstance tests on the parameter fold.
// Kinds that merge (bool/int/float, str/char, None with what may be None, lists and tuples,
// instances of any classes, functions) never split: their merge has Python's meaning. Lists of
// different items do not split either: the error names both origins.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace {

// The kinds of values that merge with each other; "" where merging is left to union_types.
std::string merge_class(TypeRef t) {
  if (t->bits) return "";
  switch (t->kind) {
    case TypeKind::Bool:
    case TypeKind::Int:
    case TypeKind::UInt:
    case TypeKind::Float:
    case TypeKind::Number:
      return "number";
    case TypeKind::Char:
    case TypeKind::Str:
      return "str";
    case TypeKind::UniChar:
    case TypeKind::Unicode:
      return "unicode";
    case TypeKind::Instance:
      return "instance";
    case TypeKind::Dict:
      return t->dictdef && t->dictdef->find()->is_set ? "set" : "dict";
    case TypeKind::List:
      return "list";
    case TypeKind::Tuple:
      return "tuple";
    case TypeKind::Bytes:
      return "bytes";
    case TypeKind::ByteArray:
      return "bytearray";
    case TypeKind::File:
      return "file";
    default:  // None (it merges with what may be None), callables, iterators...
      return "";
  }
}

}  // namespace

std::string Annotator::split_key(FuncDesc* d, const std::string& key, const std::vector<TypeRef>& argtypes) {
  if (d->specialize != "" && d->specialize != "arg") return "";
  auto it = d->graphs.find(key);
  if (it == d->graphs.end()) return "";
  const ir::Graph& g = *it->second;
  std::string out;
  for (size_t i = 0; i < argtypes.size() && i < g.params.size(); ++i) {
    const ir::Var* p = g.params[i];
    TypeRef have = p->type, given = argtypes[i];
    if (p == g.kwarg || imp(have) || imp(given)) continue;
    std::string a = merge_class(have), b = merge_class(given);
    if (a.empty() || b.empty() || a == b) continue;
    if ((a == "list" && b == "tuple") || (a == "tuple" && b == "list")) continue;  // a tuple of unknown length is a list
    out += "|" + std::to_string(i) + ":" + b;
  }
  return out;
}

}  // namespace rpy::annotate
