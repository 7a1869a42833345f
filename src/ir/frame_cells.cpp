#include "ir/frame_cells.hpp"

namespace rpy::ir {

using namespace syntax;
namespace m = rpy::modules;

const syntax::Stmt* find_nonlocal(const Body& body, const std::string& name, bool nested_defs) {
  auto in = [&](const Body& b) { return find_nonlocal(b, name, nested_defs); };
  for (auto& s : body) {
    const syntax::Stmt* r = nullptr;
    switch (s->kind) {
      case StmtKind::Global: {
        auto* g = s->as<GlobalStmt>();
        if (g->is_nonlocal)
          for (auto& n : g->names)
            if (name.empty() || n == name) return s.get();
        break;
      }
      case StmtKind::FunctionDef:
        if (nested_defs) r = in(s->as<FunctionDefStmt>()->body);
        break;
      case StmtKind::ClassDef:
        if (nested_defs) r = in(s->as<ClassDefStmt>()->body);
        break;
      case StmtKind::If:
        if (!(r = in(s->as<IfStmt>()->body))) r = in(s->as<IfStmt>()->orelse);
        break;
      case StmtKind::While:
        if (!(r = in(s->as<WhileStmt>()->body))) r = in(s->as<WhileStmt>()->orelse);
        break;
      case StmtKind::For:
        if (!(r = in(s->as<ForStmt>()->body))) r = in(s->as<ForStmt>()->orelse);
        break;
      case StmtKind::With:
        r = in(s->as<WithStmt>()->body);
        break;
      case StmtKind::Try: {
        auto* t = s->as<TryStmt>();
        for (const Body* b : {&t->body, &t->orelse, &t->finalbody})
          if (!r) r = in(*b);
        for (auto& h : t->handlers)
          if (!r) r = in(h.body);
        break;
      }
      default:
        break;
    }
    if (r) return r;
  }
  return nullptr;
}

static bool rebinds(const m::FunctionObj& f, const std::string& name) { return f.def && find_nonlocal(f.def->body, name, true); }

bool frame_rebinds(const m::Env& env, const std::string& name, const m::FunctionObj& self) {
  if (rebinds(self, name)) return true;
  for (auto& [n, v] : env)
    if (v && v->kind == m::ObjKind::Function && rebinds(*v->as<m::FunctionObj>(), name)) return true;
  return false;
}

m::Ref frame_holder(m::Interp& in, m::Env& env, const std::string& name, m::ModuleObj* module, Loc loc) {
  static const std::string key = "$frame_cells";  // not a Python name: no frame has it
  m::Ref& holder = env[key];
  if (!holder) {
    auto ns = std::make_shared<m::DictObj>();
    m::Ref cls = in.create_class(nullptr, "frame_cells", {}, *ns, module, loc);
    m::Args args;
    m::KwArgs kwargs;
    holder = in.instantiate(cls, args, kwargs, loc);
  }
  auto it = env.find(name);
  if (it != env.end() && !holder->as<m::InstanceObj>()->attrs.count(name)) in.set_attr(holder, name, it->second, loc);
  return holder;
}

}  // namespace rpy::ir
