#include "ir/frame_cells.hpp"

#include <functional>
#include <map>
#include <set>

namespace rpy::ir {

using namespace syntax;
namespace m = rpy::modules;

// Calls f on each name of each `nonlocal` statement in body (nested blocks, and with nested_defs
// nested functions and classes too), until f returns true; returns whether it did.
static bool each_nonlocal(const Body& body, bool nested_defs, const std::function<bool(const syntax::Stmt&, const std::string&)>& f) {
  auto in = [&](const Body& b) { return each_nonlocal(b, nested_defs, f); };
  for (auto& s : body) {
    switch (s->kind) {
      case StmtKind::Global:
        if (s->as<GlobalStmt>()->is_nonlocal)
          for (auto& n : s->as<GlobalStmt>()->names)
            if (f(*s, n)) return true;
        break;
      case StmtKind::FunctionDef:
        if (nested_defs && in(s->as<FunctionDefStmt>()->body)) return true;
        break;
      case StmtKind::ClassDef:
        if (nested_defs && in(s->as<ClassDefStmt>()->body)) return true;
        break;
      case StmtKind::If:
        if (in(s->as<IfStmt>()->body) || in(s->as<IfStmt>()->orelse)) return true;
        break;
      case StmtKind::While:
        if (in(s->as<WhileStmt>()->body) || in(s->as<WhileStmt>()->orelse)) return true;
        break;
      case StmtKind::For:
        if (in(s->as<ForStmt>()->body) || in(s->as<ForStmt>()->orelse)) return true;
        break;
      case StmtKind::With:
        if (in(s->as<WithStmt>()->body)) return true;
        break;
      case StmtKind::Try: {
        auto* t = s->as<TryStmt>();
        if (in(t->body) || in(t->orelse) || in(t->finalbody)) return true;
        for (auto& h : t->handlers)
          if (in(h.body)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

const syntax::Stmt* find_nonlocal(const Body& body, const std::string& name, bool nested_defs) {
  const syntax::Stmt* found = nullptr;
  each_nonlocal(body, nested_defs, [&](const syntax::Stmt& s, const std::string& n) {
    if (!name.empty() && n != name) return false;
    found = &s;
    return true;
  });
  return found;
}

// Every function that may rebind a frame's variable is written inside the frame's function, so in
// the same module: a name no `nonlocal` of the module declares is never rebound.
bool frame_rebinds(const m::FunctionObj& self, const std::string& name) {
  if (!self.module || !self.module->ast) return true;              // unknown: shared, which is always right
  static std::map<const Module*, std::set<std::string>> declared;  // per module, made once
  auto made = declared.try_emplace(self.module->ast.get());
  std::set<std::string>& names = made.first->second;  // not a structured binding: clang 14 cannot capture one
  if (made.second)
    each_nonlocal(self.module->ast->body, true, [&names](const syntax::Stmt&, const std::string& n) {
      names.insert(n);
      return false;
    });
  return names.count(name) > 0;
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
