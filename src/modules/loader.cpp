#include "modules/loader.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "modules/dialect.hpp"
#include "modules/hoist_parsers.hpp"
#include "modules/lib/modules.hpp"
#include "modules/script.hpp"
#include "modules/support/budget.hpp"
#include "syntax/parser.hpp"

namespace rpy::modules {

namespace fs = std::filesystem;

Loader::Loader(SourceManager& sm, Diagnostics& diags, std::vector<std::string> search_path)
    : sm_(sm), diags_(diags), search_path_(std::move(search_path)) {
  sys_modules_ = std::make_shared<DictObj>();
  interp_ = std::make_unique<Interp>(sm, diags, *this);
}

Loader::~Loader() {
  // Module-level objects are freed while the evaluator still exists, but no Python code runs.
  interp_->shutting_down = true;
  sys_modules_->clear();
  loaded_.clear();
  order_.clear();
}

ModuleObj* Loader::find_loaded(const std::string& name) const {
  auto it = loaded_.find(name);
  return it == loaded_.end() || it->second->kind != ObjKind::Module ? nullptr : it->second->as<ModuleObj>();
}

Ref Loader::sys_modules() { return sys_modules_; }

void Loader::register_module(const std::string& name, const Ref& m) {
  loaded_[name] = m;
  sys_modules_->set(make_str(name), m);
  // A submodule becomes an attribute of its package.
  auto dot = name.rfind('.');
  if (dot != std::string::npos)
    if (auto* parent = find_loaded(name.substr(0, dot))) parent->set(name.substr(dot + 1), m);
}

std::string library_display_path(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::path(path), ec);
  if (ec) return "";
  auto under = [&](fs::path root) -> std::string {
    if (!root.empty() && !root.has_filename()) root = root.parent_path();  // "dir/" given
    if (root.empty()) return "";
    auto [r, q] = std::mismatch(root.begin(), root.end(), p.begin(), p.end());
    if (r != root.end()) return "";
    fs::path rel;
    for (; q != p.end(); ++q) rel /= *q;
    return (fs::path("lib") / rel).generic_string();
  };
  std::string s = under(fs::weakly_canonical(fs::path(RPY_SOURCE_DIR) / "lib", ec));
  if (!s.empty()) return s;
  if (const char* env = std::getenv("RPY_LIB_DIR"))
    if (*env) return under(fs::weakly_canonical(fs::path(env), ec));
  return "";
}

static bool in_rpy_lib(const std::string& path) { return !library_display_path(path).empty(); }

Ref Loader::load_file(const std::string& path, const std::string& name, bool is_package, bool main) {
  std::string text, why;
  if (!read_file(path, text, &why)) {
    diags_.error({}, "cannot read '" + path + "': " + why);
    throw FatalError();
  }
  uint32_t id = sm_.add(path, name, std::move(text));
  if (!main) interp_->set_python(interp_->python());  // builds the builtins if nothing did yet
  auto t0 = std::chrono::steady_clock::now();
  std::shared_ptr<syntax::Module> ast = syntax::parse_module(sm_, id, diags_, !main && interp_->python() == 3);
  if (!ast || diags_.has_errors()) throw FatalError();
  if (main) {
    sm_.python_version = program_python_version(*ast, requested_python);
    interp_->set_python(sm_.python_version);
    // The dialect is known only now: a Python 3 program's literals are text (escapes are code
    // points), so its main module is read again when a literal may decode differently.
    const std::string& src = sm_.file(id).text;
    bool may_differ = std::any_of(src.begin(), src.end(), [](char c) { return c == '\\' || static_cast<unsigned char>(c) >= 0x80; });
    if (sm_.python_version == 3 && may_differ) {
      ast = syntax::parse_module(sm_, id, diags_, true);
      if (!ast || diags_.has_errors()) throw FatalError();
    }
  }
  parse_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!in_rpy_lib(path)) hoist_constant_parsers(*ast);
  auto m = std::make_shared<ModuleObj>();
  m->name = name;
  m->path = path;
  m->file = id;
  m->ast = ast;
  m->is_package = is_package;
  m->set("__name__", make_str(name));
  m->set("__file__", make_str(path));
  auto dot = name.rfind('.');
  m->set("__package__", make_str(is_package ? name : dot == std::string::npos ? "" : name.substr(0, dot)));
  if (is_package) m->set("__path__", make_list({make_str(fs::path(path).parent_path().string())}));
  // rpy's own rpython package is written with absolute imports (it also runs under Python 3).
  if (in_rpy_lib(path)) m->future_absolute_import = true;
  register_module(name, m);
  order_.push_back(m);
  try {
    if (main && !defines_target(*ast)) {
      is_script = true;
      size_t cut = std::min(script_cut, first_guard(*ast));
      found_cut = interp_->exec_module_until(m.get(), cut);
      restart = found_cut < cut;
      if (!restart) run_hoisted(*interp_, *m, found_cut);
    } else {
      interp_->exec_module(m.get());
    }
  } catch (...) {
    // A module whose code failed is not imported (a later import tries again).
    loaded_.erase(name);
    sys_modules_->erase(make_str(name));
    throw;
  }
  return m;
}

ModuleObj* Loader::load_main(const std::string& path, Loc) {
  std::string name = fs::path(path).stem().string();
  main_path = path;
  MemoryBudget budget(MemoryBudget::default_limit());
  Ref m = load_file(path, name, false, true);
  if (interp_->python() == 2) canonicalize_ints(order_);
  return main_module = m->as<ModuleObj>();
}

void Loader::bind_main_block_imports(ModuleObj* m) {
  for (auto& st : m->ast->body) {
    if (st->kind != syntax::StmtKind::If) continue;
    auto* i = st->as<syntax::IfStmt>();
    auto* c = i->test->kind == syntax::ExprKind::Compare ? i->test->as<syntax::CompareExpr>() : nullptr;
    if (!c || c->ops.size() != 1 || c->ops[0] != syntax::CmpOp::Eq) continue;
    const syntax::Expr* a = c->left.get();
    const syntax::Expr* b = c->comparators[0].get();
    if (a->kind == syntax::ExprKind::StrLit) std::swap(a, b);
    if (a->kind != syntax::ExprKind::Name || a->as<syntax::NameExpr>()->id != "__name__" || b->kind != syntax::ExprKind::StrLit ||
        b->as<syntax::StrLit>()->value != "__main__")
      continue;
    for (auto& s : i->body)
      if ((s->kind == syntax::StmtKind::Import || s->kind == syntax::StmtKind::ImportFrom) && is_hoisted(*s))
        interp_->exec_in_module(*s, m);
  }
}

Ref Loader::make_native(const std::string& name) {
  const NativeModule* nm = find_native_module(name);
  if (!nm) return nullptr;
  Ref m = interp_->new_module(name);
  register_module(name, m);
  nm->install(*interp_, *m->as<ModuleObj>());
  return m;
}

Ref Loader::find(const std::string& dotted, Loc loc) {
  if (auto it = loaded_.find(dotted); it != loaded_.end()) return it->second;
  auto dot = dotted.rfind('.');
  std::vector<std::string> dirs;
  std::string leaf = dot == std::string::npos ? dotted : dotted.substr(dot + 1);
  if (dot != std::string::npos) {
    Ref parent = import_module(dotted.substr(0, dot), loc);
    if (parent->kind == ObjKind::Module) {
      auto* pm = parent->as<ModuleObj>();
      if (pm->is_package && !pm->path.empty()) {
        auto p = pm->attrs.find("__path__");
        if (p != pm->attrs.end() && p->second->kind == ObjKind::List)
          for (auto& d : p->second->as<ListObj>()->items)
            if (is_str(d)) dirs.push_back(d->as<StrObj>()->value);
        if (dirs.empty()) dirs.push_back(fs::path(pm->path).parent_path().string());
      }
      // The submodule may already be an attribute (os.path).
      if (auto it = loaded_.find(dotted); it != loaded_.end()) return it->second;
    }
  } else {
    if (dotted == (interp_->python() == 2 ? "__builtin__" : "builtins")) {
      // The builtins' own module: what a program sets on it every module sees.
      Ref b = interp_->builtins_module();
      register_module(dotted, b);
      return b;
    }
    const NativeModule* nm = find_native_module(dotted);
    if (nm && !nm->shadowable) return make_native(dotted);
    for (auto& d : search_path_)
      if (!nm || !in_rpy_lib(d)) dirs.push_back(d);
    // lib/std: standard modules CPython writes in Python and rpy gives for translated code
    // (heapq, bisect, random), after the program's own; not on the oracle's path.
    if (!nm) {
      if (const char* env = std::getenv("RPY_LIB_DIR")) dirs.push_back(std::string(env) + "/std");
      dirs.push_back(std::string(RPY_SOURCE_DIR) + "/lib/std");
    }
  }
  // The module's body runs inside the import statement: an exception or an unsupported construct
  // met there gets that statement as its outer frame, as Python's traceback shows it (so an error
  // inside rpy's library blames the program's import; frontend.cpp).
  auto load = [&](const std::string& path, bool package) -> Ref {
    auto add_frame = [&](std::vector<Loc>& tb, const Loc& raised) {
      if (!loc.valid()) return;
      const Loc& inner = tb.empty() ? raised : tb.front();
      if (inner.file == loc.file && inner.line == loc.line && inner.col == loc.col) return;
      tb.insert(tb.begin(), loc);
    };
    try {
      return load_file(path, dotted, package);
    } catch (PyException& e) {
      add_frame(e.traceback, e.loc);
      throw;
    } catch (EvalError& e) {
      add_frame(e.traceback, e.loc);
      throw;
    }
  };
  for (const auto& d : dirs) {
    fs::path pkg = fs::path(d) / leaf / "__init__.py";
    std::error_code ec;
    if (fs::exists(pkg, ec)) return load(pkg.string(), true);
    fs::path mod = fs::path(d) / (leaf + ".py");
    if (fs::exists(mod, ec)) return load(mod.string(), false);
  }
  return make_native(dotted);
}

Ref Loader::try_import(const std::string& dotted, Loc loc) { return find(dotted, loc); }

Ref Loader::import_module(const std::string& dotted, Loc loc) {
  if (Ref m = find(dotted, loc)) return m;
  if (interp_->python() == 2) interp_->raise("ImportError", "No module named " + dotted.substr(dotted.rfind('.') + 1), loc);
  interp_->raise("ModuleNotFoundError", "No module named '" + dotted + "'", loc);
}

}  // namespace rpy::modules
