// types: the builtin types under their types-module names.
#include "modules/lib/modules.hpp"

namespace rpy::modules {

void install_module_types(Interp& in, ModuleObj& m) {
  bool py2 = in.python() == 2;
  auto t = [&](const char* name, BuiltinType bt) { m.set(name, in.type_info(bt)->type_obj); };
  t("FunctionType", BuiltinType::Function);
  t("LambdaType", BuiltinType::Function);
  t("MethodType", BuiltinType::Method);
  t("BuiltinFunctionType", BuiltinType::BuiltinFunction);
  t("BuiltinMethodType", BuiltinType::BuiltinFunction);
  t("ModuleType", BuiltinType::Module);
  t("GeneratorType", BuiltinType::Generator);
  t("CodeType", BuiltinType::Code);
  m.set("NoneType", in.type_info(BuiltinType::NoneType)->type_obj);
  if (py2) {
    t("UnboundMethodType", BuiltinType::Method);
    t("ClassType", BuiltinType::ClassObj);
    t("InstanceType", BuiltinType::Object);
    t("TypeType", BuiltinType::Type);
    t("ObjectType", BuiltinType::Object);
    t("BooleanType", BuiltinType::Bool);
    t("IntType", BuiltinType::Int);
    t("LongType", BuiltinType::Long);
    t("FloatType", BuiltinType::Float);
    t("StringType", BuiltinType::Str);
    t("UnicodeType", BuiltinType::Unicode);
    t("TupleType", BuiltinType::Tuple);
    t("ListType", BuiltinType::List);
    t("DictType", BuiltinType::Dict);
    t("DictionaryType", BuiltinType::Dict);
    t("FileType", BuiltinType::File);
    t("XRangeType", BuiltinType::Range);
    t("SliceType", BuiltinType::Slice);
    t("DictProxyType", BuiltinType::Namespace);
    m.set("StringTypes", make_tuple({in.type_info(BuiltinType::Str)->type_obj, in.type_info(BuiltinType::Unicode)->type_obj}));
    m.set("NotImplementedType", in.type_of(in.builtin_class("NotImplemented")));
    m.set("EllipsisType", in.type_of(in.builtin_class("Ellipsis")));
  } else {
    m.set("NotImplementedType", in.type_of(in.builtin_class("NotImplemented")));
    m.set("EllipsisType", in.type_of(in.builtin_class("Ellipsis")));
    t("MappingProxyType", BuiltinType::Namespace);
    // SimpleNamespace(**kw): an object with those attributes.
    auto cls = std::make_shared<ClassObj>();
    cls->name = cls->qualname = "SimpleNamespace";
    cls->module = &m;
    cls->mro.push_back(cls.get());
    cls->attrs["__init__"] = std::make_shared<BuiltinObj>("SimpleNamespace.__init__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
      for (auto& [k, v] : kw) in.set_attr(a.at(0), k, v, loc);
      return none();
    });
    cls->attr_order.push_back("__init__");
    m.set("SimpleNamespace", cls);
  }
}

}  // namespace rpy::modules
