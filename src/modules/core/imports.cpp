// Import statements and __import__: absolute, explicit relative, and Python 2's implicit relative
// imports inside packages (off with `from __future__ import absolute_import`).
#include "modules/interp.hpp"
#include "modules/loader.hpp"
#include "modules/objects/objects.hpp"

namespace rpy::modules {

using namespace syntax;

// The package a module's relative imports start from.
static std::string package_of(const ModuleObj* m) {
  if (!m) return "";
  if (m->is_package) return m->name;
  auto dot = m->name.rfind('.');
  return dot == std::string::npos ? "" : m->name.substr(0, dot);
}

static std::string resolve_relative(Interp& in, const ModuleObj* from, const std::string& mod, int level, Loc loc) {
  std::string base = package_of(from);
  if (base.empty())
    in.raise(in.python() == 2 ? "ValueError" : "ImportError",
             in.python() == 2 ? "Attempted relative import in non-package" : "attempted relative import with no known parent package", loc);
  for (int i = 1; i < level; ++i) {
    auto dot = base.rfind('.');
    if (dot == std::string::npos)
      in.raise(in.python() == 2 ? "ValueError" : "ImportError", "attempted relative import beyond top-level package", loc);
    base = base.substr(0, dot);
  }
  return mod.empty() ? base : base + "." + mod;
}

// The absolute name an import of `name` (level 0) refers to: in a package, Python 2 first tries
// the sibling module (an implicit relative import).
static std::string implicit_relative(Interp& in, const ModuleObj* from, const std::string& name, Loc loc) {
  if (in.python() == 3 || !from || from->future_absolute_import) return name;
  std::string pkg = package_of(from);
  if (pkg.empty()) return name;
  std::string candidate = pkg + "." + name;
  if (in.loader().find_loaded(candidate)) return candidate;
  std::string first = name.substr(0, name.find('.'));
  if (in.loader().try_import(pkg + "." + first, loc)) return candidate;
  return name;
}

Ref Interp::import_name(const std::string& name, const Ref& fromlist, int level, ModuleObj* from, Loc loc) {
  std::string full;
  if (level > 0)
    full = resolve_relative(*this, from, name, level, loc);
  else
    full = level < 0 || python_ == 2 ? implicit_relative(*this, from, name, loc) : name;
  Ref m = loader_.import_module(full, loc);
  bool has_from = fromlist && !is_none(fromlist) && truth(fromlist, loc);
  if (has_from) {
    for (auto& item : iterate(fromlist, loc)) {
      if (!is_str(item)) continue;
      const std::string& n = item->as<StrObj>()->value;
      if (n != "*" && !get_attr_or_null(m, n, loc) && m->as<ModuleObj>()->is_package) loader_.try_import(full + "." + n, loc);
    }
    return m;
  }
  // Without a fromlist, the top package (the first component of the name as written).
  std::string top_written = name.substr(0, name.find('.'));
  std::string prefix = full.substr(0, full.size() - name.size());
  if (level == 0 && prefix.empty()) return loader_.import_module(full.substr(0, full.find('.')), loc);
  return loader_.import_module(prefix + top_written, loc);
}

void Interp::do_import(const Stmt& s, Frame& f) {
  if (s.kind == StmtKind::Import) {
    for (auto& a : s.as<ImportStmt>()->names) {
      std::string full = implicit_relative(*this, f.module, a.name, a.loc);
      Ref m = loader_.import_module(full, a.loc);
      if (!a.asname.empty()) {
        store(a.asname, m, f);
      } else {
        // `import a.b.c` binds a (the package as named, which may be a sibling in Python 2).
        std::string prefix = full.substr(0, full.size() - a.name.size());
        std::string top = a.name.substr(0, a.name.find('.'));
        store(top, loader_.import_module(prefix + top, a.loc), f);
      }
    }
    return;
  }
  auto* imp = s.as<ImportFromStmt>();
  if (imp->module == "__future__" && imp->level == 0) return;
  std::string modname = imp->level > 0 ? resolve_relative(*this, f.module, imp->module, imp->level, s.loc)
                                       : implicit_relative(*this, f.module, imp->module, s.loc);
  Ref m = loader_.import_module(modname, s.loc);
  auto* mo = m->as<ModuleObj>();
  for (auto& a : imp->names) {
    if (a.name == "*") {
      auto all = mo->attrs.find("__all__");
      if (all != mo->attrs.end()) {
        for (auto& n : iterate(all->second, a.loc)) {
          const std::string& name = str_arg(*this, n, "__all__ item", a.loc);
          store(name, get_attr(m, name, a.loc), f);
        }
      } else {
        std::vector<std::string> names = mo->attr_order;
        for (auto& k : names)
          if (!k.empty() && k[0] != '_' && mo->attrs.count(k)) store(k, mo->attrs[k], f);
      }
      continue;
    }
    Ref v;
    if (mo->is_builtin && ((mo->name == "sys" && a.name == "argv") || (mo->name == "os" && a.name == "environ")))
      run_time_only(a.loc, "reads " + mo->name + "." + a.name);
    auto it = mo->attrs.find(a.name);
    if (it != mo->attrs.end()) {
      v = it->second;
    } else {
      v = loader_.try_import(modname + "." + a.name, a.loc);
      if (!v) {
        if (python_ == 2) raise("ImportError", "cannot import name " + a.name, a.loc);
        raise("ImportError", "cannot import name '" + a.name + "' from '" + modname + "'", a.loc);
      }
    }
    store(a.asname.empty() ? a.name : a.asname, v, f);
  }
}

}  // namespace rpy::modules
