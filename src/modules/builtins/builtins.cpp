// The builtins module: constants, the builtin types under their names in each dialect, the
// exceptions, and the builtin functions (four groups, one file each).
#include "modules/builtins/builtins.hpp"

namespace rpy::modules {

void def_builtin(ModuleObj& b, const std::string& name, BuiltinFn fn) { b.set(name, std::make_shared<BuiltinObj>(name, std::move(fn))); }

void Interp::install_builtins() {
  bool py2 = python_ == 2;
  builtins_ = std::make_shared<ModuleObj>();
  builtins_->name = py2 ? "__builtin__" : "builtins";
  builtins_->is_builtin = true;
  ModuleObj& B = *builtins_;
  B.set("__name__", make_str(B.name));
  install_exceptions(*this, B);

  B.set("None", none());
  B.set("True", make_bool(true));
  B.set("False", make_bool(false));
  B.set("__debug__", make_bool(true));
  for (const char* n : {"NotImplemented", "Ellipsis"}) {
    TypeInfo* t = new_type(std::string(n) + "Type");
    t->subclassable = false;
    std::string name = n;
    def_method(t, "__repr__", [name](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_str(name); });
    B.set(n, std::make_shared<NativeObj>(t));
  }

  auto type = [&](const std::string& name, BuiltinType t) { B.set(name, types_[static_cast<int>(t)]->type_obj); };
  type("object", BuiltinType::Object);
  type("type", BuiltinType::Type);
  type("int", BuiltinType::Int);
  type("bool", BuiltinType::Bool);
  type("float", BuiltinType::Float);
  type("str", BuiltinType::Str);
  type("tuple", BuiltinType::Tuple);
  type("list", BuiltinType::List);
  type("dict", BuiltinType::Dict);
  type("set", BuiltinType::Set);
  type("frozenset", BuiltinType::FrozenSet);
  type("property", BuiltinType::Property);
  type("staticmethod", BuiltinType::StaticMethod);
  type("classmethod", BuiltinType::ClassMethod);
  type("slice", BuiltinType::Slice);
  type("super", BuiltinType::Super);
  if (py2) {
    type("long", BuiltinType::Long);
    type("unicode", BuiltinType::Unicode);
    type("bytes", BuiltinType::Str);
    type("xrange", BuiltinType::Range);
    type("file", BuiltinType::File);
    TypeInfo* bs = new_type("basestring");
    bs->subclassable = true;
    B.set("basestring", bs->type_obj);
  } else {
    type("range", BuiltinType::Range);
    type("bytes", BuiltinType::Bytes);
  }
  // super(type, obj), or super() in a method (Python 3).
  const_cast<TypeInfo*>(type_info(BuiltinType::Super))->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (!a.empty()) return in.bind_super(a[0], a.size() > 1 ? a[1] : nullptr, loc);
    Frame* f = in.current_frame();
    if (in.python() == 2 || !f || !f->function) in.raise(in.python() == 2 ? "TypeError" : "RuntimeError", "super(): no arguments", loc);
    Ref cls = f->function->owner_class.lock();
    if (!cls || f->function->args->args.empty()) in.raise("RuntimeError", "super(): __class__ cell not found", loc);
    auto it = f->locals->find(f->function->args->args[0].name);
    if (it == f->locals->end()) in.raise("RuntimeError", "super(): arg[0] deleted", loc);
    return in.bind_super(cls, it->second, loc);
  };

  install_builtins_core(*this, B);
  install_builtins_seq(*this, B);
  install_builtins_num(*this, B);
  install_builtins_exec(*this, B);
}

}  // namespace rpy::modules
