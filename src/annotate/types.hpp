// The type lattice of whole-program inference (RPython's "annotations"). Types are interned C++
// values compared with same_type(); containers refer to shared, unifiable definitions (ListDef,
// DictDef) so that every list flowing into the same place has one item type, as in RPython.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/source.hpp"
#include "modules/value.hpp"

namespace rpy::annotate {

struct Type;
using TypeRef = const Type*;
struct ClassDef;
struct FuncDesc;
class Annotator;

enum class TypeKind {
  Impossible,  // bottom: no value flows here (yet)
  None,        // only None
  Bool,
  Int,
  UInt,  // r_uint
  Float,
  Number,  // a bool, int or float whose kind is known only at run time (num_kinds: which); rpy::Num
  Char,    // a str of length 1 (RPython's SomeChar)
  Str,
  UniChar,
  Unicode,
  List,           // listdef
  Dict,           // dictdef (also sets: dictdef->is_set)
  Tuple,          // items
  Instance,       // cls (a ClassDef), nullable
  Iterator,       // items[0] = element type; iter_kind says over what
  Function,       // funcs: a set of functions (prebuilt constants); nullable
  Class,          // const_value: one class object, as a value (cls() / isinstance)
  Module,         // const_value
  Builtin,        // const_value: a BuiltinObj (len, os.write, rlib intrinsics...)
  BuiltinMethod,  // receiver type in items[0], method name in name: bound method of a builtin type
  Method,         // bound method of an instance: receiver in items[0] (Instance), name in name
  Object,         // a prebuilt object the annotator treats opaquely (e.g. JitDriver instances)
  File,           // a file object from open() (runtime rpy::File); nullable
  ByteArray,      // a bytearray (runtime rpy::ByteArray); nullable
  Bytes,          // Python 3 bytes (runtime rpy::Bytes: Str's layout, a type of its own); nullable: bytes_rules.cpp
};

// A list's definition, shared by all lists that flow together (union-find).
struct ListDef {
  ListDef* parent = nullptr;
  TypeRef item = nullptr;
  bool resized = false;  // append/pop/... seen: a resizable list
  bool mutated = false;
  bool range = false;  // created by range(): items are ints
  // Made by Python 3's range() (every origin of it) where the call's value is iterated at once
  // (every other such call is a range object: range_rules.cpp); codegen still refuses printing,
  // ==, +, * and changes of such a list, should one reach them.
  bool range3 = false;
  bool deque = false;   // a collections.deque (runtime rpy::Deque, a List)
  bool vtuple = false;  // a tuple of unknown length, tuple(iterable) (runtime rpy::VTuple, a List): vtuple_rules.cpp
  std::vector<std::pair<Loc, TypeRef>> origins;  // where item types came from
  int id = 0;
  ListDef* find();
};

struct DictDef {
  DictDef* parent = nullptr;
  TypeRef key = nullptr, value = nullptr;
  bool is_set = false;
  bool ordered = false;      // r_dict: insertion order in Python 2 programs too (other dicts follow 2.7's table)
  bool custom_keys = false;  // r_dict: keys compared and hashed by the program's functions
  // collections.defaultdict: the factory d[k] calls for a missing key (a builtin type such as
  // int or list, or a function of no arguments, whose graph is factory_graph). Null: a dict.
  modules::Ref factory;
  const void* factory_graph = nullptr;  // the ir::Graph of a function factory
  bool counter = false;                 // collections.Counter: values are int counts, c[k] of a missing key is 0
  bool odict = false;                   // collections.OrderedDict (also `ordered`): runtime rpy::ODict
  // A set that may be a frozenset (frozenset() made it, or a set merged with one): its kind is
  // known only at run time (the object's `frozen`), so isinstance(s, set) is not folded.
  bool may_freeze = false;
  std::vector<std::pair<Loc, TypeRef>> key_origins, value_origins;
  int id = 0;
  DictDef* find();
};

enum class IterKind { List, Str, Dict, DictValues, DictItems, Range, Tuple, Custom, Generator };

struct Type {
  TypeKind kind = TypeKind::Impossible;
  bool nullable = false;  // may also be None
  bool nonneg = false;    // Int: known to be >= 0 (RPython's SomeInteger(nonneg=True): merges with r_uint)
  ListDef* listdef = nullptr;
  DictDef* dictdef = nullptr;
  ClassDef* cls = nullptr;
  std::vector<TypeRef> items;  // Tuple items; Iterator element; method receiver
  std::vector<FuncDesc*> funcs;
  modules::Ref const_value;  // Class, Module, Builtin, Object
  std::string name;          // method name for BuiltinMethod/Method
  IterKind iter_kind = IterKind::List;
  // Int: an rarithmetic sized integer (r_int8 ... r_uint32, r_int/r_longlong), its width and
  // signedness; its values are kept wrapped to that width (RPYTHON.md 5). Float: 32 for
  // r_singlefloat. 0: the machine word int (or a double). (rlib_types.cpp) File: 8 for a binary
  // file of a Python 3 script (bytes_rules.cpp).
  int bits = 0;
  bool is_unsigned = false;
  // Number: the kinds its values may have (kNumBool | kNumInt | kNumFloat, at least two).
  uint8_t num_kinds = 0;
  // Int of a Python 3 script: kRegexFlag, its values are re's flags (re.RegexFlag, whose text is
  // `re.IGNORECASE`); kMaybeRegexFlag, flags or plain ints (regex_flags.cpp).
  uint8_t reflag = 0;
};
constexpr uint8_t kRegexFlag = 1, kMaybeRegexFlag = 2;
constexpr uint8_t kNumBool = 1, kNumInt = 2, kNumFloat = 4;

// Interns types. Owns the list/dict definitions.
class TypeTable {
 public:
  TypeTable();
  TypeRef impossible() const { return impossible_; }
  TypeRef none() const { return none_; }
  TypeRef boolean() const { return bool_; }
  // A bool known at translation time (RPython's SomeBool with .const): conditions that are
  // constant prune the branch they rule out (`if DEBUG:`, isinstance() decided by the types).
  TypeRef bool_const(bool v);
  TypeRef integer() const { return int_; }
  TypeRef int_nonneg() const { return nnint_; }
  TypeRef integer(bool nonneg) const { return nonneg ? nnint_ : int_; }
  TypeRef uint() const { return uint_; }
  TypeRef regex_flag(uint8_t reflag, bool nonneg);  // an int that is (kRegexFlag) or may be a re flag (regex_flags.cpp)
  TypeRef floating() const { return float_; }
  TypeRef character() const { return char_; }
  TypeRef str(bool nullable = false) const { return nullable ? nstr_ : str_; }
  TypeRef unichar() const { return unichar_; }
  TypeRef unicode(bool nullable = false) const { return nullable ? nunicode_ : unicode_; }
  // A file object; binary: opened with 'b' in its mode by a Python 3 script (bytes in and out: bits 8).
  TypeRef file(bool nullable = false, bool binary = false);  // io_rules.cpp
  // rarithmetic's sized ints (r_uint for 64 unsigned bits), r_singlefloat, bytearray (rlib_types.cpp)
  TypeRef sized_int(int bits, bool is_signed);
  TypeRef single_float();
  // A number of several kinds (a merge of bool, int and float values: numbers.cpp); one kind
  // gives the plain type (bool, int, float).
  TypeRef number(uint8_t kinds);
  TypeRef bytearray(bool nullable = false);
  TypeRef bytes(bool nullable = false);  // Python 3 bytes (bytes_rules.cpp)
  TypeRef list(ListDef* def, bool nullable = false);
  TypeRef dict(DictDef* def, bool nullable = false);
  // named: a collections.namedtuple class (its instances are tuples that print with its field
  // names: namedtuple_rules.cpp); null for a plain tuple.
  TypeRef tuple(std::vector<TypeRef> items, modules::Ref named = nullptr);
  TypeRef instance(ClassDef* cls, bool nullable = false);
  TypeRef iterator(IterKind k, TypeRef elem, TypeRef source = nullptr);
  TypeRef functions(std::vector<FuncDesc*> fs, bool nullable = false);
  TypeRef constant(TypeKind k, modules::Ref value);
  TypeRef builtin_method(TypeRef receiver, const std::string& name);
  TypeRef method(TypeRef receiver, const std::string& name);
  TypeRef with_nullable(TypeRef t, bool nullable);
  // Several classes as one value (class_values.cpp): members are constant Class types.
  TypeRef class_set(std::vector<TypeRef> members, ClassDef* base, Annotator* ann);
  ListDef* new_listdef(TypeRef item);
  DictDef* new_dictdef(TypeRef key, TypeRef value, bool is_set = false);
  std::vector<DictDef*> dictdefs() const {
    std::vector<DictDef*> r;
    for (auto& d : dictdefs_) r.push_back(d.get());
    return r;
  }

 private:
  TypeRef intern(Type t);
  std::vector<std::unique_ptr<Type>> all_;
  std::unordered_map<std::string, TypeRef> by_key_;
  std::vector<std::unique_ptr<ListDef>> listdefs_;
  std::vector<std::unique_ptr<DictDef>> dictdefs_;
  TypeRef impossible_, none_, bool_, int_, nnint_, uint_, float_, char_, str_, nstr_, unichar_, unicode_, nunicode_;
};

bool same_type(TypeRef a, TypeRef b);
// The truth value of every value of type t, when the type alone decides it: a constant bool,
// None. False when it is not known statically.
bool const_truth(TypeRef t, bool& value);
bool is_numeric(TypeRef t);      // bool, int, uint, float (not Number: its rules are its own)
bool is_number_kind(TypeRef t);  // bool, int, uint, float or a Number (numbers.cpp)
// The numeric kinds of a bool, int, float or Number type (kNumBool...), 0 for other types.
uint8_t num_kinds(TypeRef t);
// Merging bool, int, float and Number types (numbers.cpp).
struct UnionResult;
bool union_numbers(TypeTable& tt, TypeRef a, TypeRef b, UnionResult& out);
// Merging an int that is or may be a re flag with a bool or an int (regex_flags.cpp).
bool union_regex_flags(TypeTable& tt, TypeRef a, TypeRef b, UnionResult& out);
// No value flows here yet (no type, or Impossible): a rule has nothing to check until one does.
inline bool imp(TypeRef t) { return !t || t->kind == TypeKind::Impossible; }
// A set (a dict whose DictDef has is_set).
inline bool is_set_type(TypeRef t) { return t && t->kind == TypeKind::Dict && t->dictdef->find()->is_set; }
bool is_intlike(TypeRef t);        // bool, int
bool is_index(TypeRef t);          // bool, int, r_uint: what indexes a list or a string
bool is_stringlike(TypeRef t);     // char, str
bool has_class_value(TypeRef t);   // a class value, or a tuple holding one (class_values.cpp)
bool is_pointer_kind(TypeKind k);  // kinds that can be nullable
bool is_sized_int(TypeRef t);      // an rarithmetic sized int other than r_uint (rlib_types.cpp)
// Python-facing name of a type for diagnostics: "int", "str", "list of int", "instance of Foo".
std::string describe(TypeRef t);
// The names of the methods a bound-method value may be (sorted; one for `obj.m`): a value that is
// one of several methods of its receiver (a dispatch table of bound methods) has several.
std::vector<std::string> method_names(TypeRef t);

// Result of merging two types at a merge point (RPython's union).
struct UnionResult {
  TypeRef type = nullptr;  // null when the types cannot be merged
  std::string why;         // the rule that failed, when type is null
};
class Annotator;
UnionResult union_types(TypeTable& tt, TypeRef a, TypeRef b, Annotator* ann);
UnionResult union_classes(TypeTable& tt, TypeRef a, TypeRef b, Annotator* ann);  // class_values.cpp
// Merging a sized int or r_singlefloat with another type, as RPython's union of SomeIntegers
// with different knowntypes (rlib_types.cpp); the name of a sized int type ("r_uint16").
UnionResult union_sized(TypeTable& tt, TypeRef a, TypeRef b);
// A tuple of unknown length (a List whose ListDef says vtuple) and a tuple of fixed length whose
// items merge into its item: the tuple of unknown length (vtuple_rules.cpp). False: not that case.
bool union_vtuple(TypeTable& tt, TypeRef a, TypeRef b, Annotator* ann, UnionResult& out);
bool is_vtuple(TypeRef t);
// A builtin function merged with another builtin, a function or None: the function set of their
// wrappers (Annotator::builtin_as_function, builtin_values.cpp). False: not that case.
bool union_builtin_values(TypeTable& tt, TypeRef a, TypeRef b, Annotator* ann, UnionResult& out);
// An instance of Python 3's range objects (lib/std/_rpy_range.py's range; range_rules.cpp).
bool is_range_object(TypeRef t);
std::string sized_int_name(TypeRef t);
std::vector<TypeRef> class_members(TypeRef t);
// Numbers and tuples that may be None (optional_rules.cpp): the nullable form of a value kind.
bool is_optional_value(TypeRef t);
// A list, str, dict, bytes, bytearray or file that may be None (a null pointer at run time; optional_rules.cpp).
bool is_nullable_container(TypeRef t);
TypeRef strip_optional(TypeTable& tt, TypeRef t);  // the value's type without None
bool union_optional(TypeTable& tt, TypeRef a, TypeRef b, Annotator* ann, UnionResult& out);
std::string python_type_name(TypeRef t,
                             bool py3);  // 'int', 'tuple', 'NoneType' (for messages)  // the constant class types of a Class type

}  // namespace rpy::annotate
