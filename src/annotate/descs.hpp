// Descriptions of the program's functions and classes as the annotator sees them.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "annotate/types.hpp"
#include "ir/ir.hpp"

namespace rpy::annotate {

// One Python function (a FunctionObj) and its translated specialisations.
struct FuncDesc {
  modules::Ref func;  // the FunctionObj
  modules::FunctionObj* fn() const { return func->as<modules::FunctionObj>(); }
  std::string qualname;
  // Specialisation (RPython's @specialize): "" (one graph), "argtype" or "arg" over spec_args.
  std::string specialize;
  std::vector<int> spec_args;
  // The first graph, lowered before its key is known to see which parameters it tests classes
  // with (specialize_rules.cpp: specialize_class_params); used by the first graph_for.
  bool class_params_scanned = false;
  // The function of a `@classmethod` (classmethod_rules.cpp): one graph per constant class it is
  // called through, so that `cls(...)` builds that class with its own __init__'s arguments.
  bool classmethod = false;
  std::unique_ptr<ir::Graph> prelowered;
  std::map<std::string, std::unique_ptr<ir::Graph>> graphs;  // by specialisation key
  ClassDef* method_of = nullptr;                             // the class whose dict holds it, for methods
  int id = 0;
  // A closure (a nested function reading enclosing locals): its values carry an environment.
  bool is_closure() const { return !fn()->captured.empty() || fn()->self_ref; }
  std::vector<TypeRef> captured_types;  // per captured name (closure_rules.cpp)
  std::vector<std::vector<std::pair<Loc, TypeRef>>> captured_origins;
};

struct ClassDef;

struct AttrDef {
  std::string name;
  TypeRef type = nullptr;
  std::vector<std::pair<Loc, TypeRef>> origins;
  bool read = false;
  // The classes it is assigned through (x.name = v with x of that class, or a prebuilt instance
  // of it): only their instances (and their subclasses') may hold it.
  std::vector<ClassDef*> stored;
};

// One class of the program (user classes and the builtin exception classes).
struct ClassDef {
  modules::Ref cls;  // the ClassObj
  modules::ClassObj* obj() const { return cls->as<modules::ClassObj>(); }
  std::string name;
  std::string c_name;
  ClassDef* base = nullptr;
  std::vector<ClassDef*> subclasses;
  std::map<std::string, AttrDef> attrs;  // instance attributes declared at this level
  bool is_exception = false;             // derives from BaseException
  bool builtin = false;                  // a builtin exception class (provided by the runtime)
  bool instantiated = false;
  bool str_wanted = false;  // str()/repr() of its instances is asked for (wants_str)
  // Special methods the runtime calls on an instance of exactly this class: "__str__",
  // "__repr__", "__del__" (annotated once the class is instantiated).
  std::map<std::string, ir::Graph*> implicit;
  int id = 0;
  int depth = 0;
  bool is_subclass_of(const ClassDef* other) const {
    for (auto* c = this; c; c = c->base)
      if (c == other) return true;
    return false;
  }
};

}  // namespace rpy::annotate
