#include "annotate/dump.hpp"

namespace rpy::annotate {

std::string dump_types(Annotator& ann) {
  std::string out;
  for (ir::Graph* g : ann.graphs()) {
    out += "def " + g->name + "(";
    for (size_t i = 0; i < g->params.size(); ++i) out += (i ? ", " : "") + g->params[i]->name + ": " + describe(g->params[i]->type);
    if (g->vararg) out += std::string(g->params.empty() ? "" : ", ") + "*" + g->vararg->name + ": " + describe(g->vararg->type);
    out += ") -> " + describe(g->return_type) + "\n";
    for (auto& v : g->vars)
      if (!v->is_param && v->name[0] != '$') out += "    " + v->name + ": " + describe(v->type) + "\n";
  }
  for (ClassDef* c : ann.classes()) {
    if (c->builtin) continue;
    out += "class " + c->name + (c->base ? "(" + c->base->name + ")" : "") + "\n";
    for (auto& [name, a] : c->attrs) out += "    ." + name + ": " + describe(a.type) + "\n";
  }
  return out;
}

}  // namespace rpy::annotate
