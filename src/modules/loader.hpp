// Finds, parses and evaluates modules the way RPython's translator imports them: the program's
// own modules beside it (and packages with __init__.py), then PYTHONPATH, then rpy's lib/ (its own
// `rpython` package), with os, sys, math, time provided natively.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/diagnostics.hpp"
#include "modules/interp.hpp"
#include "modules/value.hpp"

namespace rpy::modules {

class Loader {
 public:
  Loader(SourceManager& sm, Diagnostics& diags, std::vector<std::string> search_path);

  // Loads the program's main module from a file path (its __name__ is its module name, not
  // "__main__", as under RPython's translator).
  ModuleObj* load_main(const std::string& path, Loc import_loc = {});
  // Imports a module by dotted name (relative names already resolved); raises ImportError via
  // the interpreter when not found.
  Ref import_module(const std::string& dotted, Loc loc);
  Interp& interp() { return *interp_; }
  const std::vector<std::shared_ptr<ModuleObj>>& modules() const { return order_; }
  ModuleObj* find_loaded(const std::string& name) const;
  // The parse time summed over all modules, in seconds (reported by --timings).
  double parse_seconds = 0;
  // --python=2|3 (0: decided from the main module, modules/dialect.hpp); the decision is stored
  // in SourceManager::python_version before module-level code runs.
  int requested_python = 0;

 private:
  Ref load_file(const std::string& path, const std::string& name, bool is_package, bool is_main = false);
  Ref make_native(const std::string& name);

  SourceManager& sm_;
  Diagnostics& diags_;
  std::vector<std::string> search_path_;
  std::unique_ptr<Interp> interp_;
  std::unordered_map<std::string, Ref> loaded_;
  std::vector<std::shared_ptr<ModuleObj>> order_;
};

}  // namespace rpy::modules
