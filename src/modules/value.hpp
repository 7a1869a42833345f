// The object model of the import-time evaluator: what module-level code computes. After import,
// these objects are the program's constants (functions, classes, prebuilt lists/dicts/instances),
// which the annotator reads and the code generator emits as prebuilt data.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/source.hpp"
#include "syntax/ast.hpp"

namespace rpy::modules {

enum class ObjKind {
  None,          // Obj (singleton)
  Bool,          // BoolObj
  Int,           // IntObj
  Float,         // FloatObj
  Str,           // StrObj (byte string; also `bytes`)
  Unicode,       // StrObj with is_unicode (UTF-8 payload)
  Tuple,         // TupleObj
  List,          // ListObj
  Dict,          // DictObj
  Set,           // DictObj used as a set (values unused)
  Function,      // FunctionObj (a def or lambda)
  Builtin,       // BuiltinObj (native function: builtins, os.*, rlib intrinsics)
  Class,         // ClassObj
  Instance,      // InstanceObj
  Module,        // ModuleObj
  Method,        // MethodObj (bound method: self + function)
  StaticMethod,  // WrapperObj
  ClassMethod,   // WrapperObj
  Property,      // PropertyObj
};

struct Obj;
using Ref = std::shared_ptr<Obj>;

struct Obj {
  ObjKind kind;
  explicit Obj(ObjKind k) : kind(k) {}
  virtual ~Obj() = default;
  template <class T>
  T* as() {
    return static_cast<T*>(this);
  }
};

struct BoolObj : Obj {
  bool value;
  explicit BoolObj(bool v) : Obj(ObjKind::Bool), value(v) {}
};
struct IntObj : Obj {
  int64_t value;
  explicit IntObj(int64_t v) : Obj(ObjKind::Int), value(v) {}
};
struct FloatObj : Obj {
  double value;
  explicit FloatObj(double v) : Obj(ObjKind::Float), value(v) {}
};
struct StrObj : Obj {
  std::string value;
  StrObj(std::string v, bool unicode) : Obj(unicode ? ObjKind::Unicode : ObjKind::Str), value(std::move(v)) {}
};
struct TupleObj : Obj {
  std::vector<Ref> items;
  explicit TupleObj(std::vector<Ref> v) : Obj(ObjKind::Tuple), items(std::move(v)) {}
};
struct ListObj : Obj {
  std::vector<Ref> items;
  ListObj() : Obj(ObjKind::List) {}
};

// Insertion-ordered dict keyed by hashable values (also used for sets).
struct DictObj : Obj {
  std::vector<Ref> keys;
  std::vector<Ref> values;
  explicit DictObj(bool is_set = false) : Obj(is_set ? ObjKind::Set : ObjKind::Dict) {}
  long find(const Ref& key) const;  // index or -1
  void set(const Ref& key, Ref value);
  bool erase(const Ref& key);
};

struct ModuleObj;
struct ClassObj;

struct FunctionObj : Obj {
  std::string name;                              // __name__
  std::string qualname;                          // Class.method for methods, for messages
  const syntax::FunctionDefStmt* def = nullptr;  // null for lambdas
  const syntax::LambdaExpr* lambda = nullptr;
  const syntax::Arguments* args = nullptr;
  std::vector<Ref> defaults;  // one per trailing positional arg with a default
  std::unordered_map<std::string, Ref> kwonly_defaults;
  ModuleObj* module = nullptr;  // globals
  // Cells of enclosing function scopes visible to this function (nested defs reading outer
  // variables), innermost last. Only used while evaluating at import time.
  std::vector<std::shared_ptr<std::unordered_map<std::string, Ref>>> closure;
  // Nested defs/lambdas lowered inside a translated function (closure conversion, ir/lower.cpp):
  // the enclosing function's local names visible here, and the ones this function reads
  // (captured by value when the def runs: RPython forbids rebinding them). self_ref: the body
  // reads its own name (a recursive nested function: the closure itself).
  std::shared_ptr<const std::set<std::string>> enclosing;
  std::vector<std::string> captured;
  std::vector<bool> captured_boxed;  // per captured name: shared through a cell (rebound later)
  bool self_ref = false;
  std::unordered_map<std::string, Ref> attrs;  // function attributes (set by decorators)
  Loc loc;
  // RPython annotations attached by rlib decorators (specialize, elidable, ...).
  std::string specialize;  // "", "argtype", "arg", "memo", "call_location"
  std::vector<int> specialize_args;
  bool not_rpython = false;
  FunctionObj() : Obj(ObjKind::Function) {}
};

class Interp;
using BuiltinFn = std::function<Ref(Interp&, std::vector<Ref>& args, std::vector<std::pair<std::string, Ref>>& kwargs, Loc loc)>;

struct BuiltinObj : Obj {
  std::string name;  // qualified: "len", "os.write", "rpython.rlib.rarithmetic.intmask"
  BuiltinFn fn;      // import-time implementation (may be null: not callable at import time)
  Ref self;          // bound receiver for builtin methods (e.g. list.append at import time)
  BuiltinObj(std::string n, BuiltinFn f) : Obj(ObjKind::Builtin), name(std::move(n)), fn(std::move(f)) {}
};

struct ClassObj : Obj {
  std::string name;
  std::string qualname;
  std::vector<ClassObj*> bases;  // direct bases (Python objects); `object` is omitted
  std::vector<Ref> base_refs;    // keeps bases alive
  std::vector<std::string> attr_order;
  std::unordered_map<std::string, Ref> attrs;  // class dict
  ModuleObj* module = nullptr;
  Loc loc;
  bool is_builtin_exception = false;          // Exception, ValueError, ... (runtime provides them)
  bool is_mixin = false;                      // _mixin_ = True
  Ref lookup(const std::string& name) const;  // along the MRO (depth-first, left to right)
  bool is_subclass_of(const ClassObj* other) const;
  ClassObj() : Obj(ObjKind::Class) {}
};

struct InstanceObj : Obj {
  Ref cls;
  std::vector<std::string> attr_order;
  std::unordered_map<std::string, Ref> attrs;
  ClassObj* klass() const { return cls->as<ClassObj>(); }
  InstanceObj() : Obj(ObjKind::Instance) {}
};

struct ModuleObj : Obj {
  std::string name;  // dotted
  std::string path;  // file path, empty for builtin modules
  uint32_t file = 0;
  bool is_builtin = false;  // os, sys, math, ... provided by rpy
  bool is_package = false;
  std::vector<std::string> attr_order;
  std::unordered_map<std::string, Ref> attrs;
  std::shared_ptr<syntax::Module> ast;
  void set(const std::string& k, Ref v) {
    if (!attrs.count(k)) attr_order.push_back(k);
    attrs[k] = std::move(v);
  }
  ModuleObj() : Obj(ObjKind::Module) {}
};

struct MethodObj : Obj {
  Ref self;
  Ref func;
  MethodObj(Ref s, Ref f) : Obj(ObjKind::Method), self(std::move(s)), func(std::move(f)) {}
};
struct WrapperObj : Obj {  // staticmethod / classmethod
  Ref func;
  WrapperObj(ObjKind k, Ref f) : Obj(k), func(std::move(f)) {}
};
struct PropertyObj : Obj {
  Ref fget, fset;
  PropertyObj() : Obj(ObjKind::Property) {}
};

// Singletons and constructors.
Ref none();
Ref make_bool(bool v);
Ref make_int(int64_t v);
Ref make_float(double v);
Ref make_str(std::string v);
Ref make_unicode(std::string v);
Ref make_tuple(std::vector<Ref> items);

bool is_none(const Ref& r);
const char* kind_name(ObjKind k);     // Python type name: "int", "str", "list", ...
std::string type_name(const Ref& r);  // like type(x).__name__
bool values_equal(const Ref& a, const Ref& b);
size_t value_hash(const Ref& r);
std::string repr(const Ref& r);
std::string to_str(const Ref& r);  // str(x)
bool truthy(const Ref& r);

}  // namespace rpy::modules
