// Finds, parses and evaluates modules the way RPython's translator imports them: the program's
// own modules beside it (and packages with __init__.py), then PYTHONPATH, then rpy's lib/ (its own
// `rpython` package), with the standard modules provided natively (lib/modules.def).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/diagnostics.hpp"
#include "modules/interp.hpp"
#include "modules/value.hpp"

namespace rpy::modules {

// Python 2 longs that fit a machine word become ints in the modules' constant graph.
void canonicalize_ints(const std::vector<std::shared_ptr<ModuleObj>>& modules);

// Where `path` is one of rpy's own library modules (lib/, or $RPY_LIB_DIR): its path relative to
// the repository ("lib/std/random.py"), as messages show it; "" for any other file.
std::string library_display_path(const std::string& path);

class Loader {
 public:
  Loader(SourceManager& sm, Diagnostics& diags, std::vector<std::string> search_path);
  ~Loader();

  // --python=2|3 (0: decided from the main module, modules/dialect.hpp); the decision is stored
  // in SourceManager::python_version and given to the evaluator before module-level code runs.
  int requested_python = 0;
  // sys.argv at import time (RPython's translator shows its own command line).
  void set_argv(std::vector<std::string> argv) { interp_->set_argv(std::move(argv)); }

  // Loads the program's main module from a file path (its __name__ is its module name, not
  // "__main__", as under RPython's translator). Module-level code runs within the import-time
  // memory budget.
  ModuleObj* load_main(const std::string& path, Loc import_loc = {});
  ModuleObj* main_module = nullptr;  // what load_main loaded: __main__ under the interpreter
  std::string main_path;             // its file, known from the start of load_main (sys._rpy_main_file)
  // Scripts (a main module without target(), modules/script.hpp). In: the statement where module-
  // level code stops at translation time (SIZE_MAX: the first main guard, or the end). Out:
  // whether the main module is a script, where it stopped, and whether it stopped early (its
  // module is then half-run: the driver imports again, with a new Loader, cut there).
  size_t script_cut = SIZE_MAX;
  bool is_script = false;
  size_t found_cut = 0;
  bool restart = false;
  // Runs the import statements of a script's `if __name__ == '__main__':` block at module level,
  // so that the functions it calls see the names it imports (not `from sys import argv`: the
  // running program's arguments, bound in the entry).
  void bind_main_block_imports(ModuleObj* m);
  // Imports a module by dotted name (relative names already resolved); raises ImportError via
  // the interpreter when not found.
  Ref import_module(const std::string& dotted, Loc loc);
  // Same, but null when no such module exists (errors inside the module still raise).
  Ref try_import(const std::string& dotted, Loc loc);
  Interp& interp() { return *interp_; }
  const std::vector<std::shared_ptr<ModuleObj>>& modules() const { return order_; }
  ModuleObj* find_loaded(const std::string& name) const;
  Ref sys_modules();  // sys.modules: a dict kept in step with the loaded modules
  const std::vector<std::string>& search_path() const { return search_path_; }
  // The parse time summed over all modules, in seconds (reported by --timings).
  double parse_seconds = 0;

 private:
  Ref load_file(const std::string& path, const std::string& name, bool is_package, bool main = false);
  Ref make_native(const std::string& name);
  Ref find(const std::string& dotted, Loc loc);  // null when not found
  void register_module(const std::string& name, const Ref& m);

  SourceManager& sm_;
  Diagnostics& diags_;
  std::vector<std::string> search_path_;
  std::unique_ptr<Interp> interp_;
  std::unordered_map<std::string, Ref> loaded_;
  std::vector<std::shared_ptr<ModuleObj>> order_;
  std::shared_ptr<DictObj> sys_modules_;
};

}  // namespace rpy::modules
