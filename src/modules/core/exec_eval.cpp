// exec, eval and compile of source text built at import time, in a module's namespace or in a
// dict (which gets a module of its own, copied back after the code ran).
#include <algorithm>

#include "modules/interp.hpp"
#include "modules/objects/objects.hpp"
#include "syntax/parser.hpp"

namespace rpy::modules {

using namespace syntax;

Ref Interp::module_namespace(ModuleObj* m) {
  auto ns = std::make_shared<NamespaceObj>(type_info(BuiltinType::Namespace), nullptr, &m->attrs, &m->attr_order);
  ns->module = m;
  return ns;
}

Ref Interp::compile_source(const std::string& source, const std::string& filename, const std::string& mode, Loc loc) {
  if (mode != "exec" && mode != "eval" && mode != "single") raise("ValueError", "compile() arg 3 must be 'exec', 'eval' or 'single'", loc);
  std::string text = source;
  if (mode == "eval") {
    size_t b = text.find_first_not_of(" \t");
    text = b == std::string::npos ? "" : text.substr(b);
  }
  if (text.empty() || text.back() != '\n') text += '\n';
  uint32_t id = sm_.add(filename, "<string>", text);
  Diagnostics local(sm_);
  std::shared_ptr<Module> ast = parse_module(sm_, id, local);
  if (!ast || local.has_errors()) {
    std::string msg = local.all().empty() ? "invalid syntax" : local.all()[0].message;
    uint32_t line = local.all().empty() ? 1 : local.all()[0].loc.line;
    raise("SyntaxError", msg + " (" + filename + ", line " + std::to_string(line) + ")", loc);
  }
  if (mode == "eval" && (ast->body.size() != 1 || ast->body[0]->kind != StmtKind::ExprStmt)) raise("SyntaxError", "invalid syntax", loc);
  auto code = std::make_shared<CodeObj>(type_info(BuiltinType::Code));
  code->ast = ast;
  code->filename = filename;
  code->mode = mode;
  code->file = id;
  return code;
}

Ref Interp::run_code(const Ref& code_in, Ref globals, Ref locals, bool eval_mode, Loc loc) {
  Ref code = code_in;
  if (is_str(code)) code = compile_source(code->as<StrObj>()->value, "<string>", eval_mode ? "eval" : "exec", loc);
  auto* co = dynamic_cast<CodeObj*>(code.get());
  if (!co) raise("TypeError", std::string(eval_mode ? "eval" : "exec") + "() arg 1 must be a string or code object", loc);
  if (eval_mode && co->mode != "eval") raise("SyntaxError", "invalid syntax", loc);
  exec_asts_.push_back(co->ast);

  Frame f;
  f.parent = frame_;
  Frame* caller = frame_;
  // The namespaces: the caller's by default, a module's (globals(), vars(m)), or a dict's.
  std::shared_ptr<DictObj> globals_dict;
  if (!globals) {
    if (!caller) raise("SystemError", "exec without a frame", loc);
    f.module = caller->module;
    if (!locals) {
      f.locals = caller->locals;
      f.closure = caller->closure;
      f.class_ns = caller->class_ns;
      f.class_ns_ref = caller->class_ns_ref;
    }
  } else if (auto* ns = dynamic_cast<NamespaceObj*>(globals.get()); ns && ns->module) {
    f.module = ns->module;
  } else {
    Ref g = unwrap(globals);
    if (g->kind != ObjKind::Dict) raise("TypeError", "exec: arg 2 must be a dictionary or None", loc);
    globals_dict = std::static_pointer_cast<DictObj>(g);
    auto m = std::make_shared<ModuleObj>();
    long ni = globals_dict->find(make_str("__name__"), key_ops());
    m->name = ni >= 0 && is_str(globals_dict->values[static_cast<size_t>(ni)])
                  ? globals_dict->values[static_cast<size_t>(ni)]->as<StrObj>()->value
                  : "__main__";
    for (size_t i = 0; i < globals_dict->keys.size(); ++i)
      if (is_str(globals_dict->keys[i])) m->set(globals_dict->keys[i]->as<StrObj>()->value, globals_dict->values[i]);
    if (!m->attrs.count("__builtins__")) globals_dict->set(make_str("__builtins__"), builtins_, key_ops());
    m->ast = co->ast;
    exec_modules_.push_back(m);
    f.module = m.get();
  }
  std::shared_ptr<DictObj> locals_dict;
  if (locals) {
    Ref l = unwrap(locals);
    if (auto* ns = dynamic_cast<NamespaceObj*>(locals.get())) {
      if (ns->attrs != &f.module->attrs) unsupported(loc, "exec with a separate namespace view as locals");
    } else if (l->kind == ObjKind::Dict) {
      if (l.get() != globals_dict.get()) {
        locals_dict = std::static_pointer_cast<DictObj>(l);
        f.locals = std::make_shared<Env>();
        for (size_t i = 0; i < locals_dict->keys.size(); ++i)
          if (is_str(locals_dict->keys[i])) (*f.locals)[locals_dict->keys[i]->as<StrObj>()->value] = locals_dict->values[i];
      }
    } else {
      raise("TypeError", "locals must be a mapping", loc);
    }
  }
  auto copy_back = [&]() {
    if (globals_dict)
      for (auto& k : f.module->attr_order) {
        auto it = f.module->attrs.find(k);
        if (it != f.module->attrs.end()) globals_dict->set(make_str(k), it->second, key_ops());
      }
    if (locals_dict)
      for (auto& [k, v] : *f.locals) locals_dict->set(make_str(k), v, key_ops());
  };
  frame_ = &f;
  Ref result = none();
  try {
    if (eval_mode)
      result = eval(*co->ast->body[0]->as<ExprStmt>()->value, f);
    else
      exec_body(co->ast->body, f);
  } catch (...) {
    frame_ = caller;
    copy_back();
    throw;
  }
  frame_ = caller;
  copy_back();
  return result;
}

}  // namespace rpy::modules
