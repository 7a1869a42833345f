// The object model of the import-time evaluator: what module-level code computes. After import,
// these objects are the program's constants (functions, classes, prebuilt lists/dicts/instances),
// which the annotator reads and the code generator emits as prebuilt data.
//
// Every value is an Obj tagged with its ObjKind; each kind names the struct it makes valid. Kinds
// the translator does not know (Long beyond a machine word, Native) are refused by the annotator
// when they reach translated code.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/source.hpp"
#include "modules/support/bigint.hpp"
#include "syntax/ast.hpp"

namespace rpy::modules {

enum class ObjKind {
  None,          // Obj (singleton)
  Bool,          // BoolObj
  Int,           // IntObj: a Python int that fits a machine word
  Long,          // LongObj: a Python 2 long (any size), or a Python 3 int beyond a machine word
  Float,         // FloatObj
  Str,           // StrObj (byte string; also `bytes`)
  Unicode,       // StrObj with is_unicode (UTF-8 payload)
  Tuple,         // TupleObj
  List,          // ListObj
  Dict,          // DictObj
  Set,           // DictObj used as a set (values unused); `frozen` for frozenset
  Function,      // FunctionObj (a def or lambda)
  Builtin,       // BuiltinObj (native function or builtin type: builtins, os.*, rlib intrinsics)
  Class,         // ClassObj
  Instance,      // InstanceObj
  Module,        // ModuleObj
  Method,        // MethodObj (bound method: self + function)
  StaticMethod,  // WrapperObj
  ClassMethod,   // WrapperObj
  Property,      // PropertyObj
  Native,        // NativeObj: import-time-only objects (iterators, generators, xrange, files, ...)
};

struct Obj;
using Ref = std::shared_ptr<Obj>;
using Env = std::unordered_map<std::string, Ref>;

struct Obj {
  ObjKind kind;
  explicit Obj(ObjKind k) : kind(k) {}
  virtual ~Obj() = default;
  template <class T>
  T* as() {
    return static_cast<T*>(this);
  }
  template <class T>
  const T* as() const {
    return static_cast<const T*>(this);
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
struct LongObj : Obj {
  BigInt value;
  explicit LongObj(BigInt v) : Obj(ObjKind::Long), value(std::move(v)) {}
};
struct FloatObj : Obj {
  double value;
  explicit FloatObj(double v) : Obj(ObjKind::Float), value(v) {}
};
struct StrObj : Obj {
  std::string value;
  bool is_bytes = false;  // Python 3 bytes (a str of Python 2 is a byte string anyway)
  StrObj(std::string v, bool unicode) : Obj(unicode ? ObjKind::Unicode : ObjKind::Str), value(std::move(v)) {}
};
struct TupleObj : Obj {
  std::vector<Ref> items;
  explicit TupleObj(std::vector<Ref> v) : Obj(ObjKind::Tuple), items(std::move(v)) {}
};
struct ListObj : Obj {
  std::vector<Ref> items;
  ListObj() : Obj(ObjKind::List) {}
  explicit ListObj(std::vector<Ref> v) : Obj(ObjKind::List), items(std::move(v)) {}
};

// How a dict compares keys: the default (builtin values by value, other objects by identity),
// or the evaluator's, which calls __hash__ and __eq__ of instances.
struct KeyOps {
  virtual ~KeyOps() = default;
  virtual int64_t hash(const Ref& key) const = 0;
  virtual bool equal(const Ref& a, const Ref& b) const = 0;
};

// Insertion-ordered dict (also used for sets) with a hash index. `keys` and `values` are the
// entries in order; the index maps hashes to positions.
struct DictObj : Obj {
  std::vector<Ref> keys;
  std::vector<Ref> values;
  bool frozen = false;       // frozenset
  uint64_t key_changes = 0;  // keys added or removed so far (a loop over it notices a replaced key)
  explicit DictObj(bool is_set = false) : Obj(is_set ? ObjKind::Set : ObjKind::Dict) {}
  DictObj(const DictObj& o) : Obj(o.kind), keys(o.keys), values(o.values), frozen(false), hashes_(o.hashes_), table_(o.table_) {}
  long find(const Ref& key) const;  // index or -1
  void set(const Ref& key, Ref value);
  bool erase(const Ref& key);
  long find(const Ref& key, const KeyOps& ops) const;
  void set(const Ref& key, Ref value, const KeyOps& ops);
  bool erase(const Ref& key, const KeyOps& ops);
  void erase_at(size_t i);
  void clear();
  size_t size() const { return keys.size(); }

 private:
  std::vector<int64_t> hashes_;  // one per entry
  std::vector<int32_t> table_;   // open addressing: entry index, -1 empty, -2 deleted
  size_t used_ = 0;              // table slots not empty (entries + deleted)
  long lookup(const Ref& key, int64_t h, const KeyOps& ops, size_t* slot) const;
  void rebuild(size_t capacity);
};

struct ModuleObj;
struct ClassObj;
struct Scope;  // static scope of a function body (modules/core/scope.hpp)

struct FunctionObj : Obj {
  std::string name;                              // __name__
  std::string qualname;                          // Class.method for methods, for messages
  std::string py_qualname;                       // Python 3's __qualname__ (outer.<locals>.inner); empty: qualname
  const syntax::FunctionDefStmt* def = nullptr;  // null for lambdas
  const syntax::LambdaExpr* lambda = nullptr;
  // A generator expression lowered inside a translated function (ir/lower.cpp): a generator
  // function of one parameter (the first iterable, evaluated where the expression is), whose
  // body runs the comprehension's loops and yields each item.
  const syntax::CompExpr* genexp = nullptr;
  const syntax::Arguments* args = nullptr;
  std::vector<Ref> defaults;  // one per trailing positional arg with a default
  std::unordered_map<std::string, Ref> kwonly_defaults;
  // A nested def/lambda of a translated function whose default is not a constant (`lambda x, i=i:`):
  // the value is computed when the def runs and held in the closure's environment; per default
  // (defaults' order, then keyword-only names), the index of its captured slot (ir/lower.cpp).
  // Absent or -1: the constant in defaults / kwonly_defaults.
  std::vector<int> default_slots;
  std::unordered_map<std::string, int> kwonly_default_slots;
  ModuleObj* module = nullptr;  // globals
  // Local scopes of the enclosing functions visible to this function (nested defs reading outer
  // variables), innermost last: shared with the running frames, so reads see the current value.
  std::vector<std::shared_ptr<Env>> closure;
  // Nested defs/lambdas lowered inside a translated function (closure conversion, ir/lower.cpp):
  // the enclosing function's local names visible here, and the ones this function reads
  // (captured by value when the def runs: RPython forbids rebinding them). self_ref: the body
  // reads its own name (a recursive nested function: the closure itself).
  std::shared_ptr<const std::set<std::string>> enclosing;
  std::vector<std::string> captured;
  std::vector<bool> captured_boxed;    // per captured name: shared through a cell (rebound later)
  std::vector<bool> captured_flagged;  // per captured name: its cell may be unbound (ir/webs.cpp)
  bool self_ref = false;
  std::unordered_map<std::string, Ref> attrs;  // function attributes (set by decorators)
  std::vector<std::string> attr_order;
  Loc loc;
  const Scope* scope = nullptr;    // the evaluator's analysis of the body (owned by the Interp)
  std::weak_ptr<Obj> owner_class;  // the class whose body defined it (zero-argument super())
  // RPython annotations attached by rlib decorators (specialize, elidable, ...).
  std::string specialize;  // "", "argtype", "arg", "memo", "call_location"
  std::vector<int> specialize_args;
  bool not_rpython = false;
  FunctionObj() : Obj(ObjKind::Function) {}
};

class Interp;
using Args = std::vector<Ref>;
using KwArgs = std::vector<std::pair<std::string, Ref>>;
using BuiltinFn = std::function<Ref(Interp&, Args& args, KwArgs& kwargs, Loc loc)>;
struct TypeInfo;

struct BuiltinObj : Obj {
  std::string name;                     // qualified: "len", "os.write", "rpython.rlib.rarithmetic.intmask"
  BuiltinFn fn;                         // import-time implementation (may be null: not callable at import time)
  Ref self;                             // bound receiver for builtin methods (e.g. list.append at import time)
  const TypeInfo* type_info = nullptr;  // set when this object is a builtin type (int, list, ...)
  // The import-time object behind a name the translator knows (sys.stdout, os.environ): the
  // evaluator's attribute, item and iteration protocols go to it.
  Ref impl;
  BuiltinObj(std::string n, BuiltinFn f) : Obj(ObjKind::Builtin), name(std::move(n)), fn(std::move(f)) {}
};

struct ClassObj : Obj {
  std::string name;
  std::string qualname;
  std::vector<ClassObj*> bases;  // direct bases (Python objects); `object` and builtin types are omitted
  std::vector<Ref> base_refs;    // keeps bases alive
  std::vector<ClassObj*> mro;    // method resolution order, this class first (C3, or depth-first for classic classes)
  std::vector<Ref> mro_refs;     // mro[1:], keeping them alive
  std::vector<std::string> attr_order;
  std::unordered_map<std::string, Ref> attrs;  // class dict
  ModuleObj* module = nullptr;
  Loc loc;
  bool is_builtin_exception = false;           // Exception, ValueError, ... (runtime provides them)
  bool is_mixin = false;                       // _mixin_ = True
  bool new_style = true;                       // false for Python 2 classic classes
  Ref metaclass;                               // null: type (or classobj for classic classes)
  const TypeInfo* builtin_base = nullptr;      // a builtin type among the bases (dict, list, int, type...)
  std::vector<Ref> builtin_base_refs;          // the builtin bases as written (for __bases__)
  std::vector<std::weak_ptr<Obj>> subclasses;  // direct subclasses, in creation order (__subclasses__)
  Ref lookup(const std::string& name) const;   // along the MRO
  bool is_subclass_of(const ClassObj* other) const;
  ClassObj() : Obj(ObjKind::Class) {}
};

struct InstanceObj : Obj {
  Ref cls;
  std::vector<std::string> attr_order;
  std::unordered_map<std::string, Ref> attrs;
  Ref builtin_value;  // the builtin part of an instance of a subclass of dict, list, int, ...
  ClassObj* klass() const { return cls->as<ClassObj>(); }
  InstanceObj() : Obj(ObjKind::Instance) {}
};

struct ModuleObj : Obj {
  std::string name;  // dotted
  std::string path;  // file path, empty for builtin modules
  uint32_t file = 0;
  bool is_builtin = false;  // os, sys, math, ... provided by rpy
  bool is_package = false;
  // `from __future__ import` flags of its source.
  bool future_division = false, future_absolute_import = false, future_print_function = false;
  std::vector<std::string> attr_order;
  std::unordered_map<std::string, Ref> attrs;
  std::shared_ptr<syntax::Module> ast;
  // A script's module variables (modules/script.hpp): the globals its binary assigns, lowered to
  // attributes of one prebuilt instance.
  Ref script_vars;
  std::set<std::string> script_var_names;
  // Those without a value at translation time: the holder also has a bool attribute per name
  // (script_defined_flag), set by each assignment, that reads test (NameError before it is set).
  std::set<std::string> script_unset_vars;
  // Those a `del` may unbind (also in script_unset_vars): never surely assigned in the entry.
  std::set<std::string> script_deleted_vars;
  void set(const std::string& k, Ref v) {
    auto it = attrs.find(k);
    if (it == attrs.end()) {
      attr_order.push_back(k);
      attrs.emplace(k, std::move(v));
    } else {
      it->second = std::move(v);
    }
  }
  ModuleObj() : Obj(ObjKind::Module) {}
};

// A bound method. (Class.method gives the plain function, in both dialects: the translator
// treats it as one.)
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
  Ref fget, fset, fdel, doc;
  PropertyObj() : Obj(ObjKind::Property) {}
};

// Import-time-only objects: each names its builtin type, which gives its methods.
struct NativeObj : Obj {
  const TypeInfo* type;
  explicit NativeObj(const TypeInfo* t) : Obj(ObjKind::Native), type(t) {}
};

// A builtin type: its Python name, its base, and its methods (BuiltinObj values that take self
// first) and class attributes.
struct TypeInfo {
  std::string name;  // "list", "generator", "deque"
  std::string module = "__builtin__";
  const TypeInfo* base = nullptr;  // bool -> int; null: object
  std::unordered_map<std::string, Ref> attrs;
  std::vector<std::string> attr_order;
  Ref type_obj;  // the BuiltinObj that is this type (callable: the constructor)
  bool subclassable = true;
  bool is_subtype_of(const TypeInfo* other) const {
    for (const TypeInfo* t = this; t; t = t->base)
      if (t == other) return true;
    return false;
  }
};

// Singletons and constructors.
Ref none();
Ref make_bool(bool v);
Ref make_int(int64_t v);
Ref make_long(BigInt v);  // a Long object, whatever its size
Ref make_float(double v);
Ref make_str(std::string v);
Ref make_unicode(std::string v);
Ref make_bytes(std::string v);  // Python 3 bytes
Ref make_tuple(std::vector<Ref> items);
Ref make_list(std::vector<Ref> items);

// The language the evaluator runs (2 or 3): the free functions below print with its meaning.
int python_version();
void set_python_version(int v);

bool is_none(const Ref& r);
const char* kind_name(ObjKind k);     // Python type name: "int", "str", "list", ...
std::string type_name(const Ref& r);  // like type(x).__name__
bool is_bytes(const Ref& r);          // a Python 3 bytes object
// repr() and str() of any value; `hook` prints what the object model alone cannot (instances
// with __repr__ and __str__, native objects), or is null for the default forms.
struct ReprHook {
  virtual ~ReprHook() = default;
  virtual bool repr(const Ref& v, std::string& out) = 0;  // false: use the default form
  virtual bool str(const Ref& v, std::string& out) = 0;
};
std::string repr_value(const Ref& r, ReprHook* hook);
std::string str_value(const Ref& r, ReprHook* hook);
int64_t tuple_hash(const std::vector<int64_t>& item_hashes);

// Value semantics for builtin values, identity for the rest (the evaluator's own versions also
// call __eq__, __hash__, __repr__ of instances).
bool values_equal(const Ref& a, const Ref& b);
int64_t value_hash(const Ref& r);
std::string repr(const Ref& r);
std::string to_str(const Ref& r);  // str(x)
bool truthy(const Ref& r);
// An integer value (Int, Long or Bool) as a BigInt; fits_word: whether it fits an int64.
bool is_integer(const Ref& r);
BigInt integer_value(const Ref& r);
bool integer_fits_word(const Ref& r, int64_t* out = nullptr);

}  // namespace rpy::modules
