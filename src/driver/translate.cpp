#include "driver/translate.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "annotate/annotator.hpp"
#include "annotate/dump.hpp"
#include "codegen/emitter.hpp"
#include "opt/escape.hpp"
#include "opt/recursion.hpp"
#include "common/diagnostics.hpp"
#include "ir/ir.hpp"
#include "modules/loader.hpp"
#include "syntax/parser.hpp"
#include "toolchain/compiler.hpp"

namespace rpy::driver {

namespace fs = std::filesystem;
namespace m = rpy::modules;
using Clock = std::chrono::steady_clock;

static double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

static int report(Diagnostics& diags) {
  std::fputs(diags.render().c_str(), stderr);
  size_t n = diags.error_count();
  std::fprintf(stderr, "rpy: %zu error%s; no executable was written.\n", n, n == 1 ? "" : "s");
  return 1;
}

// Prints a Python exception raised by import-time code (module level, target(), decorators).
static int report_import_exception(Diagnostics& diags, const m::PyException& e, const char* phase) {
  std::string msg;
  auto* inst = e.value->kind == m::ObjKind::Instance ? e.value->as<m::InstanceObj>() : nullptr;
  std::string name = inst ? inst->klass()->name : m::type_name(e.value);
  std::string text;
  if (inst) {
    auto it = inst->attrs.find("args");
    if (it != inst->attrs.end() && it->second->kind == m::ObjKind::Tuple) {
      auto& items = it->second->as<m::TupleObj>()->items;
      if (items.size() == 1)
        text = m::to_str(items[0]);
      else if (items.size() > 1)
        text = m::repr(it->second);
    }
  }
  Diagnostic& d = diags.error(e.loc, std::string(phase) + " raised " + name + (text.empty() ? "" : ": " + text));
  for (auto& l : e.traceback) d.notes.push_back({l, "called from here"});
  return report(diags);
}

static std::vector<std::string> search_path(const std::string& input) {
  std::vector<std::string> p;
  fs::path dir = fs::path(input).parent_path();
  p.push_back(dir.empty() ? "." : dir.string());
  if (const char* pp = std::getenv("PYTHONPATH")) {
    std::string s = pp;
    size_t i = 0;
    while (i <= s.size()) {
      size_t j = s.find(':', i);
      if (j == std::string::npos) j = s.size();
      if (j > i) p.push_back(s.substr(i, j - i));
      i = j + 1;
    }
  }
  if (const char* lib = std::getenv("RPY_LIB_DIR")) p.push_back(lib);
  p.push_back(std::string(RPY_SOURCE_DIR) + "/lib");
  return p;
}

static bool is_main_guard(const syntax::Expr& e) {
  if (e.kind != syntax::ExprKind::Compare) return false;
  auto* c = e.as<syntax::CompareExpr>();
  if (c->ops.size() != 1 || c->ops[0] != syntax::CmpOp::Eq) return false;
  const syntax::Expr* a = c->left.get();
  const syntax::Expr* b = c->comparators[0].get();
  if (a->kind == syntax::ExprKind::StrLit) std::swap(a, b);
  return a->kind == syntax::ExprKind::Name && a->as<syntax::NameExpr>()->id == "__name__" && b->kind == syntax::ExprKind::StrLit &&
         b->as<syntax::StrLit>()->value == "__main__";
}

// For a module without target(): a function whose body is the `if __name__ == '__main__':` block
// (moved out of the module's AST, which has already run). It takes argv, as entry_point does.
static m::Ref script_entry(m::ModuleObj& mod) {
  syntax::IfStmt* guard = nullptr;
  for (auto& st : mod.ast->body)
    if (st->kind == syntax::StmtKind::If && is_main_guard(*st->as<syntax::IfStmt>()->test)) guard = st->as<syntax::IfStmt>();
  if (!guard) return nullptr;
  auto* def = new syntax::FunctionDefStmt(guard->loc);
  mod.ast->body.push_back(std::unique_ptr<syntax::Stmt>(def));  // the module's AST owns it (never executed)
  def->name = "<module>";
  syntax::Arg argv;
  argv.name = "__rpy_argv";
  argv.loc = guard->loc;
  def->args.args.push_back(std::move(argv));
  def->body = std::move(guard->body);
  auto fn = std::make_shared<m::FunctionObj>();
  fn->def = def;
  fn->args = &def->args;
  fn->name = fn->qualname = "<module>";
  fn->module = &mod;
  fn->loc = guard->loc;
  return fn;
}

int run_translate(const TranslateOptions& o) {
  auto t_start = Clock::now();
  if (!fs::exists(o.input)) {
    std::fprintf(stderr, "rpy translate: error: cannot open '%s': no such file\n", o.input.c_str());
    return 1;
  }
  if (fs::is_directory(o.input)) {
    std::fprintf(stderr, "rpy translate: error: '%s' is a directory, not a .py file\n", o.input.c_str());
    return 1;
  }
  SourceManager sm;
  Diagnostics diags(sm);
  m::Loader loader(sm, diags, search_path(o.input));
  loader.requested_python = o.python;
  {
    // sys.argv at import time is what RPython's translator shows: its own path, options, the target.
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    std::vector<std::string> argv{(ec ? fs::path("rpython") : exe.parent_path() / "rpython").string()};
    if (o.opt != "2") argv.push_back("--opt=" + o.opt);
    argv.push_back(o.input);
    argv.insert(argv.end(), o.target_args.begin(), o.target_args.end());
    loader.set_argv(std::move(argv));
  }

  if (o.dump_ast || o.stop_after == "parse") {
    std::string text;
    read_file(o.input, text);
    uint32_t id = sm.add(o.input, fs::path(o.input).stem().string(), text);
    auto ast = syntax::parse_module(sm, id, diags);
    if (diags.has_errors()) return report(diags);
    if (o.dump_ast) std::fputs(syntax::dump_ast(*ast).c_str(), stdout);
    return 0;
  }

  // 1. Import: parse and run module-level code.
  auto t0 = Clock::now();
  m::ModuleObj* mainmod = nullptr;
  m::Ref entry;
  m::Ref script_main;
  std::string exe_name;
  try {
    mainmod = loader.load_main(o.input);
    auto tgt = mainmod->attrs.find("target");
    if (tgt == mainmod->attrs.end()) {
      // A script: its `if __name__ == '__main__':` block is the program.
      loader.bind_main_block_imports(mainmod);
      script_main = script_entry(*mainmod);
      if (!script_main) {
        diags.error({mainmod->file, 1, 1, 1, 1},
                    "the module defines no target() function and has no `if __name__ == '__main__':` block: RPython programs define "
                    "`def target(driver, args): return entry_point, None`");
        return report(diags);
      }
      entry = script_main;
    } else {
      // target(driver, args): a driver object whose exe_name the target may set.
      auto dcls = std::make_shared<m::ClassObj>();
      dcls->name = "TranslationDriver";
      auto driver = std::make_shared<m::InstanceObj>();
      driver->cls = dcls;
      driver->attrs["exe_name"] = m::none();
      auto args = std::make_shared<m::ListObj>();
      for (auto& a : o.target_args) args->items.push_back(m::make_str(a));
      m::Ref res = loader.interp().call(tgt->second, {driver, args}, {},
                                        tgt->second->kind == m::ObjKind::Function ? tgt->second->as<m::FunctionObj>()->loc : Loc{});
      if (res->kind == m::ObjKind::Tuple && !res->as<m::TupleObj>()->items.empty()) res = res->as<m::TupleObj>()->items[0];
      entry = res;
      if (entry->kind != m::ObjKind::Function) {
        Loc l = tgt->second->kind == m::ObjKind::Function ? tgt->second->as<m::FunctionObj>()->loc : Loc{};
        diags.error(
            l, "target() must return the entry point function (or a tuple (entry_point, None)), but it returned " + m::type_name(entry));
        return report(diags);
      }
      m::Ref en = driver->attrs["exe_name"];
      if (en->kind == m::ObjKind::Str) exe_name = en->as<m::StrObj>()->value;
    }
  } catch (m::PyException& e) {
    return report_import_exception(diags, e, "module-level code");
  } catch (m::EvalError& e) {
    diags.error(e.loc, e.message);
    return report(diags);
  } catch (FatalError&) {
    return report(diags);
  }
  double t_import = since(t0);
  if (o.stop_after == "import") return 0;

  // 2. Whole-program type inference.
  t0 = Clock::now();
  annotate::Annotator ann(loader.interp(), diags);
  ann.allow_none_entry = script_main != nullptr;
  bool ok = false;
  try {
    ok = ann.run(entry);
  } catch (m::PyException& e) {
    return report_import_exception(diags, e, "a decorator or import inside a function");
  } catch (m::EvalError& e) {
    diags.error(e.loc, e.message);
    return report(diags);
  }
  if (ok && !diags.has_errors() && o.stack_alloc) opt::stack_allocate(ann.graphs());
  if (ok && !diags.has_errors()) opt::mark_recursive(ann.graphs());
  double t_annotate = since(t0);
  if (!ok || diags.has_errors()) return report(diags);
  if (o.dump_types) std::fputs(annotate::dump_types(ann).c_str(), stdout);
  if (o.dump_ir)
    for (ir::Graph* g : ann.graphs()) std::fputs(ir::dump_graph(*g).c_str(), stdout);
  if (o.stop_after == "annotate") return 0;

  // 3. C++ generation.
  t0 = Clock::now();
  codegen::EmitOptions eo;
  eo.line_directives = o.line_directives;
  eo.tracebacks = o.tracebacks;
  std::string cpp = codegen::generate_cpp(ann, sm, eo, diags);
  if (diags.has_errors()) return report(diags);
  std::string stem = fs::path(o.input).stem().string();
  fs::path src_dir;
  bool keep = !o.source_dir.empty();
  std::error_code ec;
  if (keep) {
    src_dir = o.source_dir;
    fs::create_directories(src_dir, ec);
  } else {
    std::string tmpl = (fs::temp_directory_path() / "rpy-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) {
      std::fprintf(stderr, "rpy translate: error: cannot create a temporary directory\n");
      return 1;
    }
    src_dir = tmpl;
  }
  fs::path cpp_file = src_dir / (stem + ".cpp");
  {
    std::ofstream out(cpp_file, std::ios::binary);
    out << cpp;
    if (!out) {
      std::fprintf(stderr, "rpy translate: error: cannot write '%s'\n", cpp_file.c_str());
      return 1;
    }
  }
  double t_codegen = since(t0);
  if (o.stop_after == "codegen") {
    if (!keep) fs::remove_all(src_dir, ec);
    return 0;
  }

  // 4. C++ compilation.
  toolchain::CompileRequest req;
  req.cpp_file = cpp_file.string();
  std::string out_name = o.output;
  if (out_name.empty()) {
    if (!exe_name.empty()) {
      std::string n = exe_name;
      auto p = n.find("%(backend)s");
      if (p != std::string::npos) n.replace(p, 11, "c");
      out_name = n;
    } else {
      out_name = stem + "-c";
    }
  }
  {
    fs::path outp(out_name), parent = fs::path(out_name).parent_path();
    const char* why = fs::is_directory(outp, ec)                         ? "it is a directory"
                      : !parent.empty() && !fs::is_directory(parent, ec) ? "its directory does not exist"
                                                                         : nullptr;
    if (why) {
      std::fprintf(stderr, "rpy translate: error: cannot write the executable to '%s': %s\n", out_name.c_str(), why);
      if (!keep) fs::remove_all(src_dir, ec);
      return 1;
    }
  }
  req.output = out_name;
  req.opt_level = std::atoi(o.opt.c_str());
  req.debug_info = o.debug;
  req.line_tables = o.tracebacks && o.line_directives;
  toolchain::CompileResult cr = toolchain::compile(req);
  if (o.print_compiler_command) std::fprintf(stderr, "%s\n", cr.command.c_str());
  if (!keep) fs::remove_all(src_dir, ec);
  if (!cr.ok) {
    std::fprintf(stderr,
                 "rpy translate: internal error: the generated C++ did not compile. This is a bug in rpy, not in your program;\n"
                 "rerun with --source DIR to keep the C++. Compiler output:\n%s\n",
                 cr.diagnostics.substr(0, 4000).c_str());
    return 1;
  }
  if (o.timings) {
    double own = t_import + t_annotate + t_codegen;
    std::fprintf(
        stderr,
        "rpy timings: parse %.1f ms, import %.1f ms, annotate %.1f ms (%d passes, %zu functions), codegen %.1f ms; rpy's stages %.1f ms\n"
        "             C++ compile %.0f ms; total %.0f ms\n",
        loader.parse_seconds * 1e3, (t_import - loader.parse_seconds) * 1e3, t_annotate * 1e3, ann.passes, ann.graphs().size(),
        t_codegen * 1e3, own * 1e3, cr.seconds * 1e3, since(t_start) * 1e3);
  }
  return 0;
}

}  // namespace rpy::driver
