// Moves the configuration of argparse/optparse parsers made with constants in a function to module
// level (see hoist_parsers.hpp).
#include "modules/hoist_parsers.hpp"

#include "syntax/bindings.hpp"

#include <map>
#include <set>
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
struct ImportNames {
  std::map<std::string, const ParserModule*> modules;       // `import argparse [as m]`
  std::map<std::string, const ParserModule*> constructors;  // `from argparse import ArgumentParser`
  std::map<const ParserModule*, size_t> import_index;       // the statement after which to insert
};

ImportNames find_bindings(const Module& m) {
  ImportNames b;
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

// What a function's statement may read to move to module level: names the module binds once,
// before the function, that no function declares global, and that the function does not bind.
struct Hoist {
  const ImportNames& imports;
  std::set<std::string> module_once;   // bound by exactly one module statement, before the def
  std::set<std::string> module_later;  // bound by a module statement after it (or several)
  std::set<std::string> local;         // the function's parameters and locals
};

bool is_constant(const Expr& e, const Hoist& h) {
  switch (e.kind) {
    case ExprKind::IntLit:
    case ExprKind::FloatLit:
    case ExprKind::StrLit:
    case ExprKind::NoneLit:
    case ExprKind::BoolLit:
      return true;
    case ExprKind::UnaryOp:
      return is_constant(*e.as<UnaryOpExpr>()->operand, h);
    case ExprKind::BinOp:
      return is_constant(*e.as<BinOpExpr>()->left, h) && is_constant(*e.as<BinOpExpr>()->right, h);
    case ExprKind::Subscript:
      return e.as<SubscriptExpr>()->index->kind != ExprKind::Slice && is_constant(*e.as<SubscriptExpr>()->value, h) &&
             is_constant(*e.as<SubscriptExpr>()->index, h);
    case ExprKind::Tuple:
    case ExprKind::List:
      for (auto& x : e.as<SeqExpr>()->elts)
        if (!is_constant(*x, h)) return false;
      return true;
    case ExprKind::Name: {
      const std::string& id = e.as<NameExpr>()->id;
      if (id == "True" || id == "False" || id == "None" || id == "__doc__") return true;
      if (h.local.count(id)) return false;  // the function's own variable
      if (id == "int" || id == "float" || id == "str") return !h.module_once.count(id) && !h.module_later.count(id);
      return h.module_once.count(id) > 0;
    }
    case ExprKind::Attribute: {
      auto* a = e.as<AttributeExpr>();
      return a->value->kind == ExprKind::Name && h.imports.modules.count(a->value->as<NameExpr>()->id) &&
             !h.local.count(a->value->as<NameExpr>()->id);
    }
    default:
      return false;
  }
}

bool constant_args(const CallExpr& c, const Hoist& h) {
  for (auto& a : c.args)
    if (a->kind == ExprKind::Starred || !is_constant(*a, h)) return false;
  for (auto& k : c.keywords)
    if (k.name.empty() || !is_constant(*k.value, h)) return false;
  return true;
}

// The parser module whose constructor `value` calls with constants, or null.
const ParserModule* parser_construction(const Expr& value, const Hoist& h) {
  if (value.kind != ExprKind::Call) return nullptr;
  auto* c = value.as<CallExpr>();
  const ParserModule* pm = nullptr;
  if (c->func->kind == ExprKind::Name) {
    auto it = h.imports.constructors.find(c->func->as<NameExpr>()->id);
    if (it != h.imports.constructors.end() && !h.local.count(it->first)) pm = it->second;
  } else if (c->func->kind == ExprKind::Attribute) {
    auto* a = c->func->as<AttributeExpr>();
    if (a->value->kind == ExprKind::Name) {
      auto it = h.imports.modules.find(a->value->as<NameExpr>()->id);
      if (it != h.imports.modules.end() && !h.local.count(it->first) && a->attr == it->second->constructor) pm = it->second;
    }
  }
  return pm && constant_args(*c, h) ? pm : nullptr;
}

// Whether st is `name.<add>(<constants>)`.
bool is_constant_add(const Stmt& st, const std::string& name, const ParserModule& pm, const Hoist& h) {
  if (st.kind != StmtKind::ExprStmt) return false;
  const Expr& v = *st.as<ExprStmt>()->value;
  if (v.kind != ExprKind::Call) return false;
  auto* c = v.as<CallExpr>();
  if (c->func->kind != ExprKind::Attribute) return false;
  auto* a = c->func->as<AttributeExpr>();
  return a->attr == pm.add && a->value->kind == ExprKind::Name && a->value->as<NameExpr>()->id == name && constant_args(*c, h);
}

struct Hoisted {
  const ParserModule* pm;
  size_t at;  // the function's statement
  Body stmts;
};

}  // namespace parser_hoist

using namespace parser_hoist;

void hoist_constant_parsers(Module& m) {
  ImportNames imports = find_bindings(m);
  if (imports.import_index.empty()) return;
  // How many module statements bind each name, and the names functions declare global.
  std::map<std::string, int> bound_by;
  std::set<std::string> declared_global;
  std::vector<std::set<std::string>> bound_at(m.body.size());
  for (size_t i = 0; i < m.body.size(); ++i) {
    syntax::Bindings sb;
    sb.stmt(*m.body[i]);
    bound_at[i] = sb.names;
    for (auto& n : sb.names) ++bound_by[n];
    if (m.body[i]->kind == StmtKind::FunctionDef) {
      syntax::Bindings fb;
      fb.body(m.body[i]->as<FunctionDefStmt>()->body);
      declared_global.insert(fb.globals.begin(), fb.globals.end());
    }
  }
  std::vector<Hoisted> hoisted;
  int counter = 0;
  for (size_t fi = 0; fi < m.body.size(); ++fi) {
    if (m.body[fi]->kind != StmtKind::FunctionDef) continue;
    auto* fn = m.body[fi]->as<FunctionDefStmt>();
    Hoist h{imports, {}, {}, {}};
    for (size_t i = 0; i < m.body.size(); ++i)
      for (auto& n : bound_at[i]) {
        if (i < fi && bound_by[n] == 1 && !declared_global.count(n)) h.module_once.insert(n);
        if (i >= fi || bound_by[n] > 1) h.module_later.insert(n);
      }
    syntax::Bindings fb;
    fb.params(fn->args);
    fb.body(fn->body);
    h.local = fb.names;
    h.local.insert(fb.globals.begin(), fb.globals.end());
    Body& body = fn->body;
    for (size_t i = 0; i < body.size(); ++i) {
      if (body[i]->kind != StmtKind::Assign) continue;
      auto* as = body[i]->as<AssignStmt>();
      if (as->targets.size() != 1 || as->targets[0]->kind != ExprKind::Name) continue;
      const ParserModule* pm = parser_construction(*as->value, h);
      if (!pm || imports.import_index[pm] > fi) continue;
      std::string local = as->targets[0]->as<NameExpr>()->id;
      std::string global = "__rpy_parser_" + std::to_string(counter++);
      Hoisted hs{pm, fi, {}};
      auto make = std::make_unique<AssignStmt>(as->loc);
      make->targets.push_back(std::make_unique<NameExpr>(global, as->targets[0]->loc));
      make->value = std::move(as->value);
      as->value = std::make_unique<NameExpr>(global, make->value->loc);
      hs.stmts.push_back(std::move(make));
      size_t j = i + 1;
      while (j < body.size() && is_constant_add(*body[j], local, *pm, h)) {
        auto* call = body[j]->as<ExprStmt>()->value->as<CallExpr>();
        auto* attr = call->func->as<AttributeExpr>();
        attr->value = std::make_unique<NameExpr>(global, attr->value->loc);
        hs.stmts.push_back(std::move(body[j]));
        ++j;
      }
      body.erase(body.begin() + static_cast<std::ptrdiff_t>(i + 1), body.begin() + static_cast<std::ptrdiff_t>(j));
      hoisted.push_back(std::move(hs));
    }
  }
  // Each parser goes right before its function (the names it reads are bound by then). Insert
  // from the last function backwards so that the earlier positions stay valid; within one
  // function, the later parsers first, so that the parsers keep their order.
  for (size_t k = hoisted.size(); k-- > 0;)
    for (size_t s = hoisted[k].stmts.size(); s-- > 0;)
      m.body.insert(m.body.begin() + static_cast<std::ptrdiff_t>(hoisted[k].at), std::move(hoisted[k].stmts[s]));
}

}  // namespace rpy::modules
