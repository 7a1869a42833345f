// --dump-types: what rpy understood of the program, module by module, in source order: each
// function's signature and local variables, each class's attributes and methods, with the line
// where each is defined. rpy's own library (the `rpython` package) is summarised at the end.
#include "annotate/dump.hpp"

#include <algorithm>
#include <map>

namespace rpy::annotate {

namespace {

struct Entry {
  uint32_t line = 0;
  std::string text;
};

std::string at_line(Loc loc) { return loc.line ? "  (line " + std::to_string(loc.line) + ")" : ""; }

std::string signature(const ir::Graph& g, const std::string& name, bool method) {
  std::string s = "def " + name + "(";
  for (size_t i = 0; i < g.params.size(); ++i) {
    s += i ? ", " : "";
    s += g.params[i]->name;
    if (!(method && i == 0)) s += ": " + describe(g.params[i]->type);  // self's type is its class
  }
  if (g.vararg) s += std::string(g.params.empty() ? "" : ", ") + "*" + g.vararg->name + ": " + describe(g.vararg->type);
  s += ") -> " + describe(g.return_type);
  if (g.is_generator) s += "  (a generator)";
  return s;
}

std::string locals_of(const ir::Graph& g, const std::string& indent) {
  std::string out;
  std::map<std::string, std::string> seen;  // a name split into several variables: each type once
  for (auto& v : g.vars) {
    if (v->is_param || v->name.empty() || v->name[0] == '$' || !v->type) continue;
    std::string t = describe(v->type);
    std::string& all = seen[v->name];
    if (all.empty())
      all = t;
    else if (all.find(t) == std::string::npos)
      all += ", then " + t;
  }
  for (auto& [name, type] : seen) out += indent + name + ": " + type + "\n";
  return out;
}

bool in_library(const modules::ModuleObj* m) { return m && (m->name == "rpython" || m->name.rfind("rpython.", 0) == 0); }

}  // namespace

std::string dump_types(Annotator& ann) {
  // Per module (by file): its functions and classes, in source order.
  std::map<uint32_t, std::vector<Entry>> by_file;
  std::map<uint32_t, const modules::ModuleObj*> modules;
  std::map<const ClassDef*, std::vector<const ir::Graph*>> methods;
  for (ir::Graph* g : ann.graphs()) {
    FuncDesc* d = g->desc;
    if (d && d->method_of) {
      methods[d->method_of].push_back(g);
      continue;
    }
    const modules::FunctionObj* fn = d ? d->fn() : nullptr;
    uint32_t file = fn && fn->module ? fn->module->file : g->file;
    if (fn && fn->module) modules[file] = fn->module;
    std::string name = d ? d->qualname : g->name;
    by_file[file].push_back({g->loc.line, signature(*g, name, false) + at_line(g->loc) + "\n" + locals_of(*g, "    ")});
  }
  std::vector<std::string> library;
  for (ClassDef* c : ann.classes()) {
    if (c->builtin) continue;
    const modules::ClassObj* obj = c->obj();
    uint32_t file = obj->module ? obj->module->file : 0;
    if (obj->module) modules[file] = obj->module;
    if (in_library(obj->module)) {
      library.push_back("class " + c->name + " (" + obj->module->name + ")");
      continue;
    }
    std::string text = "class " + c->name + (c->base ? "(" + c->base->name + ")" : "") + at_line(obj->loc) + "\n";
    if (!c->attrs.empty()) {
      text += "    attributes:\n";
      for (auto& [name, a] : c->attrs) text += "        " + name + ": " + describe(a.type) + "\n";
    }
    auto ms = methods[c];
    std::sort(ms.begin(), ms.end(), [](const ir::Graph* a, const ir::Graph* b) { return a->loc.line < b->loc.line; });
    for (const ir::Graph* g : ms) {
      std::string name = g->desc->fn()->name;
      text += "    " + signature(*g, name, true) + at_line(g->loc) + "\n" + locals_of(*g, "        ");
    }
    by_file[file].push_back({obj->loc.line, text});
  }
  // Methods of classes not listed (a library class's methods) are named with the library.
  for (auto& [c, gs] : methods) {
    const modules::ClassObj* obj = c->obj();
    if (!in_library(obj->module)) continue;
    for (const ir::Graph* g : gs) library.push_back("def " + g->desc->qualname + " (" + obj->module->name + ")");
  }

  std::string out;
  if (ann.entry_graph()) out += "# The types rpy inferred, from " + signature(*ann.entry_graph(), ann.entry_graph()->name, false) + "\n";
  for (auto& [file, entries] : by_file) {
    const modules::ModuleObj* m = modules.count(file) ? modules[file] : nullptr;
    if (in_library(m)) {
      for (auto& e : entries) library.push_back(e.text.substr(0, e.text.find('(')) + " (" + m->name + ")");
      continue;
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.line < b.line; });
    out += "\n" + std::string(m ? "module " + m->name + (m->path.empty() ? "" : " (" + m->path + ")") : "functions") + "\n\n";
    for (size_t i = 0; i < entries.size(); ++i) out += (i ? "\n" : "") + entries[i].text;
  }
  if (!library.empty()) {
    std::sort(library.begin(), library.end());
    library.erase(std::unique(library.begin(), library.end()), library.end());
    out += "\nused from rpy's own library (lib/rpython):\n";
    for (auto& l : library) out += "    " + l + "\n";
  }
  return out;
}

}  // namespace rpy::annotate
