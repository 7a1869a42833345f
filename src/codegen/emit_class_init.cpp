// Constructors of the program's classes: fields that are also class attributes start with the
// class-level value of the instance's class (RPython's class attributes read through instances).
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::ClassDef;
namespace m = rpy::modules;

static bool is_data(const m::Ref& v) {
  switch (v->kind) {
    case m::ObjKind::Function:
    case m::ObjKind::Property:
    case m::ObjKind::StaticMethod:
    case m::ObjKind::ClassMethod:
    case m::ObjKind::Builtin:
    case m::ObjKind::Method:
    case m::ObjKind::Class:
    case m::ObjKind::Module:
      return false;
    default:
      return true;
  }
}

std::vector<std::pair<std::string, modules::Ref>> Emitter::class_inits(ClassDef* c) {
  std::vector<std::pair<std::string, modules::Ref>> out;
  if (c->builtin) return out;
  for (ClassDef* d = c; d; d = d->base)
    for (auto& [name, a] : d->attrs) {
      ClassDef* where = nullptr;
      m::Ref v = ann.lookup_class_attr(c, name, &where);
      if (!v || !is_data(v)) continue;
      if (where == c || d == c) out.emplace_back(name, v);
    }
  return out;
}

void Emitter::emit_class_ctors() {
  for (ClassDef* c : ann.classes()) {
    auto inits = class_inits(c);
    if (inits.empty()) continue;
    body_ << class_name(c) << "::" << class_name(c) << "() {\n";
    for (auto& [name, v] : inits) {
      annotate::AttrDef* a = ann.find_attr(c, name);
      if (!a) continue;
      TypeRef vt = ann.type_of_const(v, {});
      // A field that no read reaches holds only what is stored in it: a class value of another
      // type was never merged into it (nothing reads it, so nothing needs it).
      if (a->type && !annotate::same_type(annotate::union_types(tt, a->type, vt, nullptr).type, a->type)) continue;
      body_ << "  this->a_" << name << " = " << convert(const_value(v, vt, {}), vt, a->type) << ";\n";
    }
    body_ << "}\n";
  }
}

}  // namespace rpy::codegen
