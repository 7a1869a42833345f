// warnings.warn(message, category=None, stacklevel=1) in translated code. The message is a str;
// the category a class known when translating (a subclass of Warning; UserWarning when None or
// not given), so that the filters are decided here: the filters the program installed at import
// time (warnings.simplefilter/filterwarnings, the evaluator's warnings.filters, first match wins),
// then the interpreter's defaults. Python 3 shows a DeprecationWarning only where the warning is
// attributed to __main__ and ignores PendingDeprecationWarning, ImportWarning and ResourceWarning;
// Python 2.7 ignores DeprecationWarning, PendingDeprecationWarning, ImportWarning and BytesWarning.
// Which module the warning is attributed to (stacklevel) is known only at run time, so the call
// carries the action for __main__ and the one for other modules (runtime/traceback.cpp:
// rpy::warnings_warn prints "FILE:LINE: Category: message" and the source line, once per place).
#include "annotate/annotator.hpp"
#include "modules/interp.hpp"
#include "modules/loader.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;

WarnCall bind_warn_call(Expr& e) {
  WarnCall w;
  size_t nkw = e.kwnames.size(), npos = e.args.size() - 1 - nkw;
  static const char* const kNames[] = {"message", "category", "stacklevel"};
  Expr** slots[] = {&w.message, &w.category, &w.stacklevel};
  if (npos > 3) {
    w.error =
        "warnings.warn() takes at most 3 positional arguments here (message, category, stacklevel); " + std::to_string(npos) + " given";
    return w;
  }
  for (size_t i = 0; i < npos; ++i) *slots[i] = e.args[1 + i].get();
  for (size_t k = 0; k < nkw; ++k) {
    size_t i = 0;
    while (i < 3 && e.kwnames[k] != kNames[i]) ++i;
    if (i == 3) {
      w.error = "warnings.warn() keyword '" + e.kwnames[k] + "' is not supported in translated code (only message, category, stacklevel)";
      return w;
    }
    if (*slots[i]) {
      w.error = std::string("warnings.warn() got multiple values for argument '") + kNames[i] + "'";
      return w;
    }
    *slots[i] = e.args[1 + npos + k].get();
  }
  if (!w.message) w.error = "warnings.warn() missing required argument 'message'";
  return w;
}

namespace {

// rpy::WarnAction's values (runtime/rpy/exceptions.hpp).
int warn_action_code(const std::string& a) {
  if (a == "ignore") return 0;
  if (a == "default") return 1;
  if (a == "always") return 2;
  if (a == "module") return 3;
  if (a == "once") return 4;
  return -1;
}

bool is_builtin_subclass(m::Interp& in, const m::ClassObj* c, const char* name) {
  m::Ref b = in.builtin_class(name);
  return b && b->kind == m::ObjKind::Class && c->is_subclass_of(b->as<m::ClassObj>());
}

}  // namespace

WarnPlan warn_plan(m::Interp& in, const m::Ref& category, Loc loc) {
  WarnPlan p;
  const m::ClassObj* c = category->as<m::ClassObj>();
  p.category = c->name;
  // The program's own filters, as the evaluator keeps them: (action, message, category, module, lineno).
  m::Ref mod = in.loader().import_module("warnings", loc);
  m::Ref filters = mod ? in.get_attr_or_null(mod, "filters", loc) : nullptr;
  if (filters && filters->kind == m::ObjKind::List)
    for (const m::Ref& f : filters->as<m::ListObj>()->items) {
      if (f->kind != m::ObjKind::Tuple) continue;
      auto& items = f->as<m::TupleObj>()->items;
      if (items.size() < 3) continue;
      if (items[2]->kind == m::ObjKind::Class && !c->is_subclass_of(items[2]->as<m::ClassObj>())) continue;
      std::string action =
          items[0]->kind == m::ObjKind::Str || items[0]->kind == m::ObjKind::Unicode ? items[0]->as<m::StrObj>()->value : "";
      int code = warn_action_code(action);
      if (code < 0) {
        p.error = "the warnings filter '" + action + "' for " + p.category +
                  " is not supported in translated code (only ignore, default, " + "always, module and once)";
        return p;
      }
      p.action_main = p.action_other = code;
      return p;
    }
  if (in.python() == 2) {
    bool hidden = is_builtin_subclass(in, c, "DeprecationWarning") || is_builtin_subclass(in, c, "PendingDeprecationWarning") ||
                  is_builtin_subclass(in, c, "ImportWarning") || is_builtin_subclass(in, c, "BytesWarning");
    p.action_main = p.action_other = hidden ? 0 : 1;
    return p;
  }
  if (is_builtin_subclass(in, c, "DeprecationWarning")) {  // default::DeprecationWarning:__main__, then ignore
    p.action_main = 1;
    p.action_other = 0;
    return p;
  }
  bool hidden = is_builtin_subclass(in, c, "PendingDeprecationWarning") || is_builtin_subclass(in, c, "ImportWarning") ||
                is_builtin_subclass(in, c, "ResourceWarning");
  p.action_main = p.action_other = hidden ? 0 : 1;
  return p;
}

TypeRef Annotator::call_warn(Expr& e, std::vector<TypeRef>& args) {
  (void)args;
  WarnCall w = bind_warn_call(e);
  if (!w.error.empty()) {
    error(e.loc, w.error);
    return tt_.impossible();
  }
  TypeRef mt = w.message->type;
  if (imp(mt)) return tt_.none();
  bool text = mt->kind == TypeKind::Str || mt->kind == TypeKind::Char;
  if (!text || mt->nullable) {
    error(w.message->loc, "warnings.warn()'s message must be a str in translated code, not " + describe(mt) +
                              (mt->kind == TypeKind::Instance ? " (a Warning instance as the message is not supported: give its text and "
                                                                "its class as the category)"
                                                              : ""));
    return tt_.impossible();
  }
  m::Ref cat;
  if (w.category) {
    if (imp(w.category->type)) return tt_.none();
    cat = w.category->value;
    if (cat && cat->kind == m::ObjKind::None)
      cat = nullptr;
    else if (!cat || cat->kind != m::ObjKind::Class) {
      error(w.category->loc, "warnings.warn()'s category must be a Warning class known when translating (a class constant), not " +
                                 describe(w.category->type));
      return tt_.impossible();
    }
  }
  if (!cat) cat = interp_.builtin_class("UserWarning");
  m::Ref warning = interp_.builtin_class("Warning");
  if (!warning || warning->kind != m::ObjKind::Class || !cat->as<m::ClassObj>()->is_subclass_of(warning->as<m::ClassObj>())) {
    error(w.category->loc, "warnings.warn()'s category must be a Warning subclass, not the class " + cat->as<m::ClassObj>()->name);
    return tt_.impossible();
  }
  if (w.stacklevel) {
    TypeRef st = w.stacklevel->type;
    if (imp(st)) return tt_.none();
    if (st->kind != TypeKind::Int && st->kind != TypeKind::Bool) {
      error(w.stacklevel->loc, "warnings.warn()'s stacklevel must be an int, not " + describe(st));
      return tt_.impossible();
    }
  }
  WarnPlan p = warn_plan(interp_, cat, e.loc);
  if (!p.error.empty()) {
    error(e.loc, p.error);
    return tt_.impossible();
  }
  return tt_.none();
}

}  // namespace rpy::annotate
