// Formatting an instance whose class defines __format__ (datetime's date, a program's own class):
// Python's format(x, spec), f"{x:spec}" and f"{x}" call x.__format__(spec), whatever the spec
// says to a number. The value becomes that call, typed and compiled like the program's own; the
// part is then a str formatted with no spec.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>

#include "annotate/annotator.hpp"
#include "common/format_fields.hpp"

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
  const bool py2 = interp_.python() == 2;
  FormatScan scan = scan_format_string(f, FieldDialect{py2, !py2});
  if (!scan.error.empty()) return;  // malformed: str.format's own error
  struct Field {
    long arg;    // the positional argument, or -1
    bool plain;  // no conversion, no attribute or index, no nested field in the spec
  };
  std::vector<Field> fields;
  size_t auto_idx = 0;
  for (const FormatPiece& p : scan.pieces) {
    if (!p.present) continue;
    Field fd{-1, p.conversion.empty() && !p.spec_nested && p.name.path.empty() && p.name.error.empty()};
    if (p.name.kind == FieldName::Kind::Auto)
      fd.arg = static_cast<long>(auto_idx++);
    else if (p.name.kind == FieldName::Kind::Index)
      fd.arg = static_cast<long>(std::min<int64_t>(p.name.index, INT32_MAX));
    else
      fd.plain = false;  // a keyword
    fields.push_back(fd);
  }
  std::string out;
  bool any = false;
  size_t n = 0;
  for (const FormatPiece& p : scan.pieces) {
    out += format_literal_source(p.literal);
    if (!p.present) continue;
    const Field& fd = fields[n++];
    FormatPiece written = p;
    if (fd.arg >= 0 && static_cast<size_t>(fd.arg) < npos && fd.plain && has_format_method(*e.args[static_cast<size_t>(fd.arg) + 1]) &&
        std::count_if(fields.begin(), fields.end(), [&](const Field& o) { return o.arg == fd.arg; }) == 1) {
      size_t j = static_cast<size_t>(fd.arg) + 1;
      auto spec = std::make_unique<Expr>(ExprOp::Const, e.args[j]->loc);
      spec->value = m::make_str(p.spec);
      e.args[j] = format_method_call(std::move(e.args[j]), std::move(spec), g);
      written.spec.clear();
      any = true;
    }
    out += format_field_source(written);
  }
  if (!any) return;
  auto c = std::make_unique<Expr>(ExprOp::Const, recv.loc);
  c->value = m::make_str(out);
  expr(*c, g);
  e.args[0]->args[0] = std::move(c);
}

}  // namespace rpy::annotate
