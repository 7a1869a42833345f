// SystemExit and its code. `sys.exit(x)` and `raise SystemExit(x)` end the program as Python
// does: no code or None exits with status 0, an int with that status, another value (a message)
// prints str(x) to stderr and exits with status 1. `except SystemExit as e: e.code` reads the value
// given: its type is the union of every code the program exits with (an int that may be None when
// some calls pass none), as one attribute has one type; codes of kinds that do not merge (an int
// and a str) are refused where e.code is read. Runtime: BaseException::exit_kind.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

bool Annotator::is_system_exit(const ClassDef* cd) const {
  const ClassDef* se = find_classdef(interp_.builtin_class("SystemExit").get());
  return cd && se && cd->is_subclass_of(se);
}

bool Annotator::note_exit_code(TypeRef code, Loc loc) {
  if (!code || code->kind == TypeKind::Impossible) return true;
  bool ok = code->kind == TypeKind::None || code->kind == TypeKind::Bool || code->kind == TypeKind::Int || code->kind == TypeKind::Char ||
            code->kind == TypeKind::Str;
  if (!ok || is_optional_value(code) || code->bits) {
    error(loc, "exiting with a code of type " + describe(code) + " is not supported (give an int, a str or None)");
    return false;
  }
  if (code->kind == TypeKind::Char) code = tt_.with_nullable(tt_.str(), code->nullable);
  if (!exit_code_) {
    exit_code_ = code;
    changed_ = true;
    return true;
  }
  UnionResult u = union_types(tt_, exit_code_, code, this);
  if (u.type && strip_optional(tt_, u.type)->kind == TypeKind::Number) u = {nullptr, "a bool and an int are told apart only at run time"};
  if (!u.type) {
    if (exit_code_conflict_.empty()) exit_code_conflict_ = describe(exit_code_) + " and " + describe(code) + ": " + u.why;
    return true;
  }
  if (u.type != exit_code_) {
    exit_code_ = u.type;
    changed_ = true;
  }
  return true;
}

TypeRef Annotator::exit_code_type(Loc loc) {
  if (!exit_code_conflict_.empty()) {
    error(loc, "SystemExit's code is read here, and the program exits with codes of types that do not merge (" + exit_code_conflict_ + ")");
    return tt_.impossible();
  }
  return exit_code_ ? exit_code_ : tt_.impossible();
}

}  // namespace rpy::annotate
