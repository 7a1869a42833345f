// Moves the configuration of argparse/optparse parsers made with constants in a function to module
// level (see hoist_parsers.hpp).
#include "modules/hoist_parsers.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace rpy::modules {

using namespace syntax;

namespace parser_hoist {

struct ParserModule {
  const char* module;
  const char* constructor;
  const char* add;
};
const ParserModule kParserModules[] = {{"argparse", "ArgumentParser", "add_argument"}, {"optparse", "OptionParser", "add_option"}};

// The module-level names bound by imports of the parser modules.
struct Bindings {
  std::map<std::string, const ParserModule*> modules;       // `import argparse [as m]`
  std::map<std::string, const ParserModule*> constructors;  // `from argparse import ArgumentParser`
  std::map<const ParserModule*, size_t> import_index;       // the statement after which to insert
};

Bindings find_bindings(const Module& m) {
  Bindings b;
  for (size_t i = 0; i < m.body.size(); ++i) {
    const Stmt& st = *m.body[i];
    for (auto& pm : kParserModules) {
      if (st.kind == StmtKind::Import) {
        for (auto& a : st.as<ImportStmt>()->names)
          if (a.name == pm.module) {
            b.modules[a.asname.empty() ? a.name : a.asname] = &pm;
            if (!b.import_index.count(&pm)) b.import_index[&pm] = i;
          }
      } else if (st.kind == StmtKind::ImportFrom) {
        auto* f = st.as<ImportFromStmt>();
        if (f->level != 0 || f->module != pm.module) continue;
        for (auto& a : f->names)
          if (a.name == pm.constructor) {
            b.constructors[a.asname.empty() ? a.name : a.asname] = &pm;
            if (!b.import_index.count(&pm)) b.import_index[&pm] = i;
          }
      }
    }
  }
  return b;
}

bool is_constant(const Expr& e, const Bindings& b) {
  switch (e.kind) {
    case ExprKind::IntLit:
    case ExprKind::FloatLit:
    case ExprKind::StrLit:
    case ExprKind::NoneLit:
    case ExprKind::BoolLit:
      return true;
    case ExprKind::UnaryOp: {
      auto* u = e.as<UnaryOpExpr>();
      return (u->op == UnaryOp::Neg || u->op == UnaryOp::Pos) &&
             (u->operand->kind == ExprKind::IntLit || u->operand->kind == ExprKind::FloatLit);
    }
    case ExprKind::Tuple:
    case ExprKind::List:
      for (auto& x : e.as<SeqExpr>()->elts)
        if (!is_constant(*x, b)) return false;
      return true;
    case ExprKind::Name: {
      const std::string& id = e.as<NameExpr>()->id;
      return id == "int" || id == "float" || id == "str" || id == "True" || id == "False" || id == "None" || id == "__doc__";
    }
    case ExprKind::Attribute: {
      auto* a = e.as<AttributeExpr>();
      return a->value->kind == ExprKind::Name && b.modules.count(a->value->as<NameExpr>()->id);
    }
    default:
      return false;
  }
}

bool constant_args(const CallExpr& c, const Bindings& b) {
  for (auto& a : c.args)
    if (a->kind == ExprKind::Starred || !is_constant(*a, b)) return false;
  for (auto& k : c.keywords)
    if (k.name.empty() || !is_constant(*k.value, b)) return false;
  return true;
}

// The parser module whose constructor `value` calls with constants, or null.
const ParserModule* parser_construction(const Expr& value, const Bindings& b) {
  if (value.kind != ExprKind::Call) return nullptr;
  auto* c = value.as<CallExpr>();
  const ParserModule* pm = nullptr;
  if (c->func->kind == ExprKind::Name) {
    auto it = b.constructors.find(c->func->as<NameExpr>()->id);
    if (it != b.constructors.end()) pm = it->second;
  } else if (c->func->kind == ExprKind::Attribute) {
    auto* a = c->func->as<AttributeExpr>();
    if (a->value->kind == ExprKind::Name) {
      auto it = b.modules.find(a->value->as<NameExpr>()->id);
      if (it != b.modules.end() && a->attr == it->second->constructor) pm = it->second;
    }
  }
  return pm && constant_args(*c, b) ? pm : nullptr;
}

// Whether st is `name.<add>(<constants>)`.
bool is_constant_add(const Stmt& st, const std::string& name, const ParserModule& pm, const Bindings& b) {
  if (st.kind != StmtKind::ExprStmt) return false;
  const Expr& v = *st.as<ExprStmt>()->value;
  if (v.kind != ExprKind::Call) return false;
  auto* c = v.as<CallExpr>();
  if (c->func->kind != ExprKind::Attribute) return false;
  auto* a = c->func->as<AttributeExpr>();
  return a->attr == pm.add && a->value->kind == ExprKind::Name && a->value->as<NameExpr>()->id == name && constant_args(*c, b);
}

struct Hoisted {
  const ParserModule* pm;
  Body stmts;
};

}  // namespace parser_hoist

using namespace parser_hoist;

void hoist_constant_parsers(Module& m) {
  Bindings b = find_bindings(m);
  if (b.import_index.empty()) return;
  std::vector<Hoisted> hoisted;
  int counter = 0;
  for (auto& st : m.body) {
    if (st->kind != StmtKind::FunctionDef) continue;
    Body& body = st->as<FunctionDefStmt>()->body;
    for (size_t i = 0; i < body.size(); ++i) {
      if (body[i]->kind != StmtKind::Assign) continue;
      auto* as = body[i]->as<AssignStmt>();
      if (as->targets.size() != 1 || as->targets[0]->kind != ExprKind::Name) continue;
      const ParserModule* pm = parser_construction(*as->value, b);
      if (!pm) continue;
      std::string local = as->targets[0]->as<NameExpr>()->id;
      std::string global = "__rpy_parser_" + std::to_string(counter++);
      Hoisted h{pm, {}};
      auto make = std::make_unique<AssignStmt>(as->loc);
      make->targets.push_back(std::make_unique<NameExpr>(global, as->targets[0]->loc));
      make->value = std::move(as->value);
      as->value = std::make_unique<NameExpr>(global, make->value->loc);
      h.stmts.push_back(std::move(make));
      size_t j = i + 1;
      while (j < body.size() && is_constant_add(*body[j], local, *pm, b)) {
        auto* call = body[j]->as<ExprStmt>()->value->as<CallExpr>();
        auto* attr = call->func->as<AttributeExpr>();
        attr->value = std::make_unique<NameExpr>(global, attr->value->loc);
        h.stmts.push_back(std::move(body[j]));
        ++j;
      }
      body.erase(body.begin() + static_cast<std::ptrdiff_t>(i + 1), body.begin() + static_cast<std::ptrdiff_t>(j));
      hoisted.push_back(std::move(h));
    }
  }
  // Insert at the later imports first, so that the earlier positions stay valid; at one import,
  // the later parsers first, so that the parsers keep their order.
  std::vector<std::pair<size_t, size_t>> order;  // (position, parser)
  for (size_t k = 0; k < hoisted.size(); ++k) order.push_back({b.import_index[hoisted[k].pm] + 1, k});
  std::sort(order.rbegin(), order.rend());
  for (auto& [at, k] : order)
    for (size_t s = hoisted[k].stmts.size(); s-- > 0;)
      m.body.insert(m.body.begin() + static_cast<std::ptrdiff_t>(at), std::move(hoisted[k].stmts[s]));
}

}  // namespace rpy::modules
