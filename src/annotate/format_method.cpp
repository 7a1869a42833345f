// Formatting an instance whose class defines __format__ (datetime's date, a program's own class):
// Python's format(x, spec), f"{x:spec}" and f"{x}" call x.__format__(spec), whatever the spec
// says to a number. The value becomes that call, typed and compiled like the program's own; the
// part is then a str formatted with no spec.
#include <cctype>
#include <string>

#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;

// Whether x is an instance of a class that defines __format__ (not an enum's member: an IntEnum
// member is formatted as its int, int_members.cpp, another as its str).
bool Annotator::has_format_method(const Expr& x) {
  TypeRef t = x.type;
  if (!t || t->kind != TypeKind::Instance || !t->cls) return false;
  for (ClassDef* c = t->cls; c; c = c->base)  // an enum's members: formatted by their rules (int_members.cpp)
    if (c->obj()->attrs.count("_member_map_")) return false;
  return lookup_class_attr(t->cls, "__format__", nullptr) != nullptr;
}

ExprPtr Annotator::format_method_call(ExprPtr x, ExprPtr spec, ir::Graph& g) {
  Loc l = x->loc;
  auto method = std::make_unique<Expr>(ExprOp::GetAttr, l);
  method->attr = "__format__";
  method->args.push_back(std::move(x));
  auto call = std::make_unique<Expr>(ExprOp::Call, l);
  call->args.push_back(std::move(method));
  call->args.push_back(std::move(spec));
  expr(*call, g);
  changed_ = true;
  return call;
}

// f"{x:spec}" / f"{x}" (no conversion): part i becomes x.__format__(spec).
void Annotator::fstring_format_methods(Expr& e, ir::Graph& g) {
  for (size_t i = 0; i < e.args.size() && i < e.specs.size() && i < e.conversions.size(); ++i) {
    if (e.conversions[i] || !has_format_method(*e.args[i])) continue;
    auto spec = std::make_unique<Expr>(ExprOp::Const, e.args[i]->loc);
    spec->value = m::make_str(e.specs[i]);
    e.args[i] = format_method_call(std::move(e.args[i]), std::move(spec), g);
    e.specs[i].clear();
  }
}

// format(x) / format(x, spec): the call becomes x.__format__(spec) (spec '' when absent).
bool Annotator::format_builtin_method(Expr& e, ir::Graph& g) {
  if (e.star || !e.kwnames.empty() || e.args.size() < 2 || e.args.size() > 3 || !has_format_method(*e.args[1])) return false;
  ExprPtr spec;
  if (e.args.size() == 3) {
    spec = std::move(e.args[2]);
  } else {
    spec = std::make_unique<Expr>(ExprOp::Const, e.args[1]->loc);
    spec->value = m::make_str("");
  }
  ExprPtr call = format_method_call(std::move(e.args[1]), std::move(spec), g);
  Loc l = e.loc;
  e = std::move(*call);
  e.loc = l;
  return true;
}

// "{:%Y}".format(d) with a constant format string: a field of a positional argument that is such
// an instance, named by no other field and with no conversion, becomes "{}" (or "{N}") and the
// argument d.__format__('%Y'). Other forms are left as they are.
void Annotator::str_format_methods(Expr& e, ir::Graph& g) {
  if (e.star || e.args.empty() || e.args[0]->op != ExprOp::GetAttr || e.args[0]->args.empty()) return;
  Expr& recv = *e.args[0]->args[0];
  if (recv.op != ExprOp::Const || !recv.value || recv.value->kind != m::ObjKind::Str) return;
  const std::string f = recv.value->as<m::StrObj>()->value;
  const size_t npos = e.args.size() - 1 - e.kwnames.size();
  struct Field {
    size_t start, end;  // the field's text, braces included
    long arg;           // the positional argument, or -1
    std::string spec;
    bool plain;  // no conversion, no attribute or index, no nested field in the spec
  };
  std::vector<Field> fields;
  size_t auto_idx = 0;
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] == '}' || f[i] != '{') {
      if (f[i] == '}' && i + 1 < f.size() && f[i + 1] == '}') ++i;
      continue;
    }
    if (i + 1 < f.size() && f[i + 1] == '{') {
      ++i;
      continue;
    }
    size_t close = i + 1;
    int depth = 1;
    while (close < f.size() && depth > 0) {
      if (f[close] == '{') ++depth;
      if (f[close] == '}' && --depth == 0) break;
      ++close;
    }
    if (close >= f.size()) return;  // malformed: str.format's own error
    std::string inner = f.substr(i + 1, close - i - 1);
    size_t colon = inner.find(':');
    std::string name = inner.substr(0, std::min(colon, inner.find('!')));
    Field fd{i, close + 1, -1, colon == std::string::npos ? "" : inner.substr(colon + 1), true};
    if (inner.find('!') < colon || fd.spec.find('{') != std::string::npos) fd.plain = false;
    if (name.empty()) {
      fd.arg = static_cast<long>(auto_idx++);
    } else if (name.find_first_not_of("0123456789") == std::string::npos) {
      fd.arg = std::stol(name);
    } else {
      fd.plain = false;  // a keyword, an attribute or an index
      if (std::isdigit(static_cast<unsigned char>(name[0]))) fd.arg = std::stol(name);
    }
    fields.push_back(fd);
    i = close;
  }
  std::string out;
  size_t at = 0;
  bool any = false;
  for (const Field& fd : fields) {
    if (fd.arg < 0 || static_cast<size_t>(fd.arg) >= npos || !fd.plain) continue;
    size_t j = static_cast<size_t>(fd.arg) + 1;
    if (!has_format_method(*e.args[j])) continue;
    int uses = 0;
    for (const Field& other : fields) uses += other.arg == fd.arg ? 1 : 0;
    if (uses != 1) continue;
    auto spec = std::make_unique<Expr>(ExprOp::Const, e.args[j]->loc);
    spec->value = m::make_str(fd.spec);
    e.args[j] = format_method_call(std::move(e.args[j]), std::move(spec), g);
    std::string text = f.substr(fd.start, fd.end - fd.start);
    size_t colon = text.find(':');
    if (colon == std::string::npos) colon = text.size() - 1;
    out += f.substr(at, fd.start - at) + text.substr(0, colon) + "}";
    at = fd.end;
    any = true;
  }
  if (!any) return;
  out += f.substr(at);
  auto c = std::make_unique<Expr>(ExprOp::Const, recv.loc);
  c->value = m::make_str(out);
  expr(*c, g);
  e.args[0]->args[0] = std::move(c);
}

}  // namespace rpy::annotate
