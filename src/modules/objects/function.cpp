// Functions and their code objects: f.__code__ (f.func_code) and types.FunctionType(code,
// globals, name, argdefs, closure), which real RPython programs use to copy a function under a
// new name (rpython.tool.sourcetools.func_with_new_name): the copy is a function of its own, as
// under Python, so the translator specializes it apart from the original.
#include "modules/objects/objects.hpp"

namespace rpy::modules {

namespace {

const FunctionObj& code_function(const Ref& code) { return *code->as<CodeObj>()->func->as<FunctionObj>(); }

// co_argcount: the positional parameters (Python 2 counts tuple parameters as one each).
int64_t positional_count(const FunctionObj& fn) { return fn.args ? static_cast<int64_t>(fn.args->args.size()) : 0; }

Ref code_attr(Interp& in, const Ref& code, const std::string& n, Loc loc) {
  auto* co = code->as<CodeObj>();
  if (n == "co_filename") return make_str(co->filename);
  if (!co->func) in.raise("AttributeError", "'code' object has no attribute '" + n + "'", loc);
  const FunctionObj& fn = code_function(code);
  if (n == "co_name") return make_str(fn.lambda ? "<lambda>" : fn.name);
  if (n == "co_firstlineno") return make_int(fn.loc.line);
  if (n == "co_argcount") return make_int(positional_count(fn));
  if (n == "co_varnames") {
    std::vector<Ref> names;
    if (fn.args)
      for (auto& p : fn.args->args) names.push_back(make_str(p.name));
    return make_tuple(names);
  }
  in.raise("AttributeError", "'code' object has no attribute '" + n + "'", loc);
}

// function(code, globals[, name[, argdefs[, closure]]]): a new function with code's body.
Ref new_function(Interp& in, Args& a, KwArgs& kw, Loc loc) {
  Ref code = arg_or_kw(a, kw, 0, "code"), globals = arg_or_kw(a, kw, 1, "globals");
  Ref name = arg_or_kw(a, kw, 2, "name"), argdefs = arg_or_kw(a, kw, 3, "argdefs"), closure = arg_or_kw(a, kw, 4, "closure");
  if (!code || !globals) in.raise("TypeError", "function() takes at least 2 arguments (" + std::to_string(a.size()) + " given)", loc);
  auto* co = dynamic_cast<CodeObj*>(code.get());
  if (!co) in.raise("TypeError", "function() argument 1 must be code, not " + type_name(code), loc);
  if (!co->func)
    in.raise("TypeError", "rpy: function() of a code object from compile() is not supported at import time; exec the source instead", loc);
  auto copy = std::make_shared<FunctionObj>(code_function(code));
  copy->attrs.clear();
  copy->attr_order.clear();
  auto* ns = dynamic_cast<NamespaceObj*>(globals.get());
  if (!ns || !ns->module)
    in.raise("TypeError", "rpy: function() needs a module's globals (f.func_globals or globals()) as its globals at import time", loc);
  copy->module = ns->module;
  if (name && !is_none(name)) {
    if (!is_str(name)) in.raise("TypeError", "arg 3 (name) must be None or string", loc);
    copy->name = copy->qualname = name->as<StrObj>()->value;
  }
  copy->defaults.clear();
  if (argdefs && !is_none(argdefs)) {
    if (argdefs->kind != ObjKind::Tuple) in.raise("TypeError", "arg 4 (defaults) must be None or tuple", loc);
    copy->defaults = argdefs->as<TupleObj>()->items;
    if (static_cast<int64_t>(copy->defaults.size()) > positional_count(*copy))
      in.raise("TypeError", "rpy: function() got more defaults than the code has parameters", loc);
  }
  // func_closure reads None here (closures are the evaluator's scopes): a copy keeps the
  // original's, which is what passing f.func_closure asks for.
  if (closure && !is_none(closure)) in.raise("TypeError", "rpy: function() takes only None or f.func_closure as its closure", loc);
  return copy;
}

}  // namespace

void install_function_types(Interp& in) {
  auto* fn = const_cast<TypeInfo*>(in.type_info(BuiltinType::Function));
  fn->type_obj->as<BuiltinObj>()->fn = new_function;
  auto* code = const_cast<TypeInfo*>(in.type_info(BuiltinType::Code));
  in.def_method(code, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return code_attr(in, a.at(0), str_arg(in, a.at(1), "attribute name", loc), loc);
  });
}

}  // namespace rpy::modules
