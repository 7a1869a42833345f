// The JitDriver of a merge point and its variable names (see driver.hpp).
#include "jit/driver.hpp"

#include <algorithm>

namespace rpy::jit {

namespace m = rpy::modules;

const m::InstanceObj* driver_of_call(const ir::Expr& e) {
  const ir::Expr* callee = e.args.empty() ? nullptr : e.args[0].get();
  if (!callee || callee->op != ir::ExprOp::GetAttr || callee->args.empty()) return nullptr;
  const ir::Expr* obj = callee->args[0].get();
  if (obj->op != ir::ExprOp::Const || !obj->value || obj->value->kind != m::ObjKind::Instance) return nullptr;
  return obj->value->as<m::InstanceObj>();
}

std::vector<std::string> driver_names(const m::InstanceObj* d, const char* attr) {
  std::vector<std::string> out;
  auto it = d->attrs.find(attr);
  if (it == d->attrs.end() || it->second->kind != m::ObjKind::List) return out;
  for (auto& x : it->second->as<m::ListObj>()->items)
    if (x->kind == m::ObjKind::Str) out.push_back(x->as<m::StrObj>()->value);
  return out;
}

bool is_green_argument(const ir::Expr& e, size_t k) {
  const m::InstanceObj* d = driver_of_call(e);
  size_t first_kw = e.args.size() - e.kwnames.size();
  if (!d || k < first_kw) return !d;  // (no driver known: as if it were)
  std::vector<std::string> greens = driver_names(d, "greens");
  return std::find(greens.begin(), greens.end(), e.kwnames[k - first_kw]) != greens.end();
}

}  // namespace rpy::jit
