// Whole-program type inference with RPython's rules, starting from entry_point(list of str).
// Runs to a fixpoint over every reachable graph: variable, parameter, return, attribute and
// container item types only grow (union at merge points); a final pass reports every error
// with the places each conflicting type came from.
#pragma once
#include <optional>
#include <map>
#include <set>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotate/descs.hpp"
#include "annotate/types.hpp"
#include "common/diagnostics.hpp"
#include "ir/ir.hpp"
#include "modules/interp.hpp"

namespace rpy::annotate {

// namedtuple_rules.cpp: the class namedtuple() made among cls and its bases; the index of a field
// of a named tuple type (-1: none); the text naming its C++ type (its printed name, its fields).
const modules::ClassObj* namedtuple_base(const modules::Ref& cls);
int namedtuple_field(TypeRef t, const std::string& name);
std::string namedtuple_spec(TypeRef t, bool py2);

enum class BuiltinId {
#define BUILTIN(id, name) id,
#define METHOD(id, kind, name) id,
#include "annotate/builtins.def"
#undef BUILTIN
#undef METHOD
  Count
};
const char* builtin_name(BuiltinId id);
// A class attribute that is data (not a method, property, builtin...): read as a value, and one a
// program may rebind at run time (class_rules.cpp).
bool is_class_data(const modules::Ref& v);
bool is_atexit_builtin(BuiltinId id);       // atexit.register/unregister (atexit_rules.cpp)
bool is_signal_builtin(BuiltinId id);       // rpython.rlib.rsignal's functions (signal_rules.cpp)
bool is_float_bits_builtin(BuiltinId id);   // longlong2float/float2longlong (float_bits_rules.cpp)
bool is_dict_builtin(BuiltinId id);         // dict/set constructors and methods (dict_rules.cpp)
bool is_collections_builtin(BuiltinId id);  // collections.deque and its methods (collections_rules.cpp)
bool is_extra_builtin(BuiltinId id);        // the "more builtins" block of builtins.def (extra_rules.cpp)
bool is_io_builtin(BuiltinId id);           // files, sys.std*, unicode and more str methods (io_rules.cpp)
const char* binop_stem(syntax::BinOp op);   // "or" for __or__, __ror__, __ior__ (operator_rules.cpp)
// warnings.warn(message, category, stacklevel) (warnings_rules.cpp): its arguments, bound by name
// (null when not given), and what the filters decide for its category.
struct WarnCall {
  ir::Expr* message = nullptr;
  ir::Expr* category = nullptr;
  ir::Expr* stacklevel = nullptr;
  std::string error;  // why the call cannot be bound (empty when it can)
};
WarnCall bind_warn_call(ir::Expr& e);
// The filter actions rpy::warnings_warn takes (runtime/rpy/exceptions.hpp: WarnAction).
struct WarnPlan {
  std::string category;  // the class's __name__, as Python prints it
  int action_main = 0;   // where the warning is attributed to the __main__ module
  int action_other = 0;  // elsewhere
  std::string error;     // a filter rpy cannot follow in translated code (empty when none)
};
WarnPlan warn_plan(modules::Interp& in, const modules::Ref& category, Loc loc);
// Calls the io rules and emitters handle: the io block, and some methods of str/unicode receivers
// (receiver: the method's receiver type, or null for a function).
bool io_handles(BuiltinId id, TypeRef receiver);

// Forgets how a call was resolved, after its callee or arguments were rewritten (iter_rules.cpp).
void reset_call(ir::Expr& e);
// The function `fname` of rpy's library module `module` (lib/std), or null when the module or
// the function is missing (replacement_rules.cpp).
modules::Ref lib_function(modules::Interp& in, const std::string& module, const std::string& fname, Loc loc);

class Annotator;
struct CallSite;

// Whether control can continue after a statement (or block), given the constant tests the
// annotator decided; what follows one that cannot is unreachable: neither annotated nor emitted.
bool live_falls_through(const ir::Stmt& s);
bool live_falls_through(const ir::Block& b);
// Whether argument i of a call (its `bound` entry) is a default value (annotate_stmt.cpp).
bool is_default_arg(const ir::Expr& e, size_t i);
// The positions t[lo:hi:step] takes from a tuple of n items, when the bounds and step are
// constants or absent (Python's slice rules); false when one is not known at translation time.
bool tuple_slice_positions(const ir::Expr& slice, size_t n, std::vector<size_t>& out);

class Annotator {
 public:
  Annotator(modules::Interp& interp, Diagnostics& diags);

  // Annotates the whole program from `entry` (a FunctionObj). Returns false on errors.
  bool run(const modules::Ref& entry);

  TypeTable& types() { return tt_; }
  ir::Graph* entry_graph() const { return entry_graph_; }
  const std::vector<ir::Graph*>& graphs() const { return graph_order_; }
  const std::vector<ClassDef*>& classes() const { return class_order_; }
  const std::vector<FuncDesc*>& funcs() const { return func_order_; }
  // Prebuilt objects reachable from translated code, with their types, in creation order.
  const std::vector<std::pair<modules::Ref, TypeRef>>& prebuilt() const { return prebuilt_order_; }
  TypeRef prebuilt_type(const modules::Obj* o) const;
  // The object translated code uses in place of a prebuilt evaluator object (an re pattern
  // compiled at import time: rpy's own pattern for it), or null.
  modules::Ref substitute_prebuilt(const modules::Obj* o) const;
  ClassDef* classdef(const modules::Ref& cls);
  // Python's `object` as a class of the program: the common base of instances (or classes) of
  // classes with no other common base (a list of Circle and Rect). Made when first needed; every
  // root class of the program (not an exception) then derives from it (class_root.cpp).
  ClassDef* object_root();
  ClassDef* object_root_if_made() const { return object_root_; }
  ClassDef* find_classdef(const modules::Obj* cls) const;
  FuncDesc* funcdesc(const modules::Ref& fn);
  // A builtin function (min, len, operator.add...) as a function value of the program, where it
  // merges with another builtin or function (a list or dict of operations): rpy's Python wrapper
  // that calls it with the same arguments, one per builtin (builtin_values.cpp). Null when the
  // builtin is not a function (os.environ, sys.stdout) or the wrapper cannot be made; with
  // create false, only a wrapper made before.
  FuncDesc* builtin_as_function(const modules::Ref& builtin, bool create = true);
  // A call of a function value that may be one of several functions binds its arguments to one
  // of them: the first that takes fixed parameters, where others take only *args (a builtin's
  // wrapper with the program's functions: `for f in (len, sum, median)`). Such a function of
  // *args gets the call's positional arguments as its tuple (spreads_into_star_args), whose type
  // star_argtypes makes from the bound arguments' types (builtin_values.cpp).
  FuncDesc* binding_function(const std::vector<FuncDesc*>& fs) const;
  bool spreads_into_star_args(const ir::Expr& e, const FuncDesc* d);
  std::vector<TypeRef> star_argtypes(const ir::Expr& e, const std::vector<TypeRef>& argtypes);
  // Attribute lookup through the class hierarchy: the class that declares it, or null.
  AttrDef* find_attr(ClassDef* cls, const std::string& name);
  // All implementations of method `name` reachable from receivers of class `cls`.
  std::vector<std::pair<ClassDef*, modules::Ref>> method_family(ClassDef* cls, const std::string& name);
  // The definition of `name` class c gives its instances itself: in its own body, or from a
  // `_mixin_` base (null: c inherits it, or has none).
  modules::Ref defined_here(const ClassDef* c, const std::string& name) const;
  modules::Ref lookup_class_attr(ClassDef* cls, const std::string& name, ClassDef** where = nullptr);
  TypeRef type_of_const(const modules::Ref& v, Loc loc);
  int builtin_id_of(const modules::Ref& v) const;  // -1 if not in the table
  bool final_pass() const { return final_; }
  // Some `e.__context__` is read: every raise records the handled exception (rpy::track_context).
  bool reads_exc_context = false;
  Loc exc_context_read;  // the first such read
  void mark_changed() { changed_ = true; }
  Diagnostic* error(Loc loc, const std::string& msg);
  double seconds = 0;
  int passes = 0;
  void implicit_methods();    // annotate __str__/__repr__/__del__ of instantiated classes
  void wants_str(TypeRef t);  // str()/repr() of such values is asked for somewhere
  // JIT hooks (docs/JIT.md 3): each JitDriver's get_printable_location, annotated with the types of
  // the greens its jit_merge_point passes (the JIT's logs call it).
  bool jit = false;  // --opt=jit: annotate the JitDrivers' hooks (without it they are never called)
  void note_jit_merge_point(ir::Expr& e);
  void jit_driver_hooks();
  std::map<const modules::Obj*, ir::Graph*> printable_location_graphs;
  // atexit handlers registered at import time (Interp::exit_handlers, in order), each graph
  // annotated with the types of the arguments it was registered with (atexit_rules.cpp).
  struct ExitHandlerGraph {
    ir::Graph* graph;
    std::vector<modules::Ref> args;  // one per parameter: the registered arguments, then defaults
  };
  std::vector<ExitHandlerGraph> exit_handler_graphs;
  void exit_handlers();
  FuncDesc* exit_handler_wrapper(size_t nargs, Loc loc);  // _rpy_call.exit_handler_N (atexit_rules.cpp)
  modules::Ref exit_handler_builtin(const modules::Ref& fn, Loc loc);
  modules::Ref native_builtin(const std::string& q);  // annotate_expr.cpp
  void slice_index(ir::Expr& e, ir::Graph& g);        // annotates a slice bound (int or None)
  // Marks the and/or expressions of a tested expression (if/while/not/ternary) whose value is
  // only used for its truth.
  static void mark_condition(ir::Expr& e) {
    if (e.op == ir::ExprOp::And || e.op == ir::ExprOp::Or) {
      e.condition = true;
      for (auto& a : e.args) mark_condition(*a);
    }
  }

  // An error found after annotation (code generation's checks) at `loc` inside graph g: when loc
  // is in rpy's library, it blames the program's call that led to g, as the annotator's own
  // errors do (library_errors.cpp); nullptr (nothing reported) when loc is the program's.
  Diagnostic* library_error_in(ir::Graph* g, Loc loc, const std::string& msg);

  // --- used by the rules (annotate_expr.cpp, annotate_stmt.cpp, builtin_rules.cpp)
  TypeRef expr(ir::Expr& e, ir::Graph& g);
  void stmt(ir::Stmt& s, ir::Graph& g);
  void block(ir::Block& b, ir::Graph& g);
  // Merges `t` into the variable/slot; records where it came from; reports conflicts.
  // Returns the error reported, if any.
  Diagnostic* merge_into(TypeRef& slot, std::vector<std::pair<Loc, TypeRef>>& origins, TypeRef t, Loc loc, const std::string& what);
  // merge_into for the items of a prebuilt object, which are typed once, in whichever pass first
  // meets the object: a conflict is reported at once (later passes take the cached type).
  void merge_prebuilt(TypeRef& slot, std::vector<std::pair<Loc, TypeRef>>& origins, TypeRef t, Loc loc, const std::string& what);
  void assign_var(ir::Var* v, TypeRef t, Loc loc);
  TypeRef call(ir::Expr& e, ir::Graph& g);
  TypeRef call_builtin(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);
  // sorted/sum/zip/..., os.path, math, str.format, list.sort (extra_rules.cpp)
  TypeRef call_extra_builtin(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);
  // The synthesized key(item) of sorted/list.sort/min/max with key= (in e.defaults: a Seq marked "$key").
  ir::Expr* key_call(ir::Expr& e, ir::Expr& keyfn, TypeRef item, ir::Graph& g, bool is_max = false);
  ir::Var* key_function_local(ir::Expr& e, ir::Expr& keyfn, ir::Graph& g);  // key=keys[k]: its value, once
  // SystemExit's code (exit_rules.cpp): the values programs exit with (sys.exit(x), SystemExit(x))
  // merge into the type `e.code` reads.
  bool is_system_exit(const ClassDef* cd) const;
  bool note_exit_code(TypeRef code, Loc loc);  // false (with an error) for a code rpy cannot keep
  TypeRef exit_code_type(Loc loc);             // the type of `e.code`
  // e.args (exc_args_rules.cpp): the argument tuples exceptions are made with (construction sites
  // and Exception.__init__ calls) merge into one type per class e.args is read through, as an
  // attribute is generalised to the class it is read through.
  void note_exc_construction(const ir::Expr& e, ClassDef* cd, const modules::FunctionObj* init);
  void note_exc_args(const ir::Expr& site, ClassDef* cls, bool exact, TypeRef tuple, Loc loc);  // tuple null: *args
  void note_exc_init_self(ClassDef* cd);  // Exception.__init__(self, ...) with self of class cd
  TypeRef exc_args_read(ir::Expr& e, ClassDef* cd);
  TypeRef exc_args_stored(ClassDef* cd) const;                // what an exception of class cd keeps as its args (null: nothing)
  bool exc_args_kept(const ir::Expr& e, ClassDef* cd) const;  // the construction e of cd is a site of e.args
  // files, sys.std*, os.environ, methods of unicode receivers, more str methods (io_rules.cpp)
  TypeRef call_io_builtin(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);
  // dicts and sets (dict_rules.cpp)
  TypeRef call_dict_builtin(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);
  TypeRef call_atexit_builtin(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);       // atexit_rules.cpp
  TypeRef call_signal_builtin(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args);                     // signal_rules.cpp
  TypeRef call_float_bits_builtin(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args);                 // float_bits_rules.cpp
  TypeRef call_collections_builtin(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);  // collections_rules.cpp
  TypeRef call_warn(ir::Expr& e, std::vector<TypeRef>& args);                                             // warnings_rules.cpp
  TypeRef defaultdict_new(ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);
  TypeRef call_ordered_dict(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);
  TypeRef defaultdict_of(DictDef* d, TypeRef ftype, const ir::Expr* fx, Loc floc, Loc loc);
  TypeRef prebuilt_collection(const modules::Ref& v, Loc loc);  // a module-level Counter() or defaultdict()
  // functools.reduce and itertools: the call's callee becomes rpy's Python for it, from
  // lib/std/_rpy_itertools.py (replacement_rules.cpp). Replaced: e.args[0] now names it.
  enum class Replacement { None, Replaced, Refused, Pending };  // Pending: no value until the arguments have types
  Replacement replace_with_python(ir::Expr& e, TypeRef callee);
  // functools.partial(f, ...), and c.elements() of a Counter (replacement_rules.cpp)
  Replacement replace_partial(ir::Expr& e);
  TypeRef counter_elements_call(ir::Expr& e, ir::Graph& g);

  // collections.namedtuple classes and instances (namedtuple_rules.cpp)
  bool refuse_namedtuple(const modules::Ref& cls, Loc loc);
  bool replace_namedtuple_class(ir::Expr& e, TypeRef callee);
  Replacement replace_namedtuple_method(ir::Expr& e, ir::Graph& g);
  TypeRef refused_call(ir::Expr& e, ir::Graph& g);  // annotate_stmt.cpp: the arguments of a call with no value
  bool replace_namedtuple_subclass_call(ir::Expr& e, TypeRef recv, ir::Graph& g);
  void self_specialised(const modules::Ref& fn);
  TypeRef sum_by_add(ir::Expr& e, ir::Graph& g);
  TypeRef named_tuple_of(ir::Expr& e, std::vector<TypeRef>& args);
  TypeRef prebuilt_namedtuple(const modules::Ref& v, Loc loc);
  TypeRef namedtuple_getattr(ir::Expr& e, TypeRef obj, ir::Graph& g);

  bool refuse_library_class(const modules::Ref& cls, Loc loc);            // namedtuple, OrderedDict: an error
  bool refuse_library_function(const modules::FunctionObj& fn, Loc loc);  // json.loads() (replacement_rules.cpp)
  bool refuse_own_new(const modules::ClassObj* cls, Loc loc);             // a class with its own __new__: an error
  TypeRef dict_binop(syntax::BinOp op, TypeRef a, TypeRef b, Loc loc, bool inplace);
  TypeRef getattr(ir::Expr& e, TypeRef obj, ir::Graph& g);
  void setattr(TypeRef obj, const std::string& attr, TypeRef value, Loc loc);
  AttrDef* generalize_attr(ClassDef* cd, const std::string& attr, Loc loc);
  // A prebuilt instance's attribute: declared at once, its value typed only once translated code
  // reads it (RPython ignores the attributes it never reads).
  void prebuilt_attr(TypeRef inst, const modules::Ref& obj, const std::string& attr, Loc loc);
  void flush_prebuilt_attrs();  // types the values of the attributes read since
  std::vector<ClassDef*> classes_lacking(ClassDef* cd, const std::string& name);
  // consts: per parameter, the constant argument of this call or null (specialize.arg by value).
  // Whether fn, called as a method, takes the receiver in its *args (it has no positional parameter).
  static bool receiver_in_vararg(const modules::FunctionObj& fn) { return fn.args->args.empty() && !fn.args->vararg.empty(); }
  // receiver_in_vararg: a function with *args and no positional parameter called as a method (its
  // own graphs: ir::Graph::receiver_in_vararg).
  ir::Graph* graph_for(FuncDesc* d, const std::vector<TypeRef>& argtypes, Loc loc, const std::vector<modules::Ref>* consts = nullptr,
                       bool receiver_in_vararg = false);
  // Specialisations on constant arguments (specialize_rules.cpp): the constants of a bound call;
  // the key and parameter substitution of specialize.arg(N) by value; a specialize.memo() call
  // with constant arguments run now and replaced by its result (null when it is not one).
  std::vector<modules::Ref> const_args(const ir::Expr& call);
  std::string const_arg_key(FuncDesc* d, const std::vector<modules::Ref>* consts);
  void bind_const_params(FuncDesc* d, ir::Graph& g, const std::vector<modules::Ref>* consts);
  TypeRef fold_memo_call(ir::Expr& e, FuncDesc* d, ir::Graph& g);
  // Whether a call of d must wait: it is specialised on an argument that has no value yet.
  bool waits_for_spec_args(FuncDesc* d, const std::vector<TypeRef>& argtypes) const;
  // The part of a call's graph key that gives a parameter its own graph where this call's argument
  // cannot merge with the one the graph of `key` has (an instance and an int): split_rules.cpp.
  std::string split_key(FuncDesc* d, const std::string& key, const std::vector<TypeRef>& argtypes);
  // A function that tests `isinstance(x, cls)` with a parameter `cls` is specialised on the
  // constant classes passed to it (specialize.arg of those parameters).
  void specialize_class_params(FuncDesc* d);
  // Locals holding only constants that do not merge (None on one path, an int on another), kept
  // as the index of their constant, each use folded per constant (const_locals.cpp).
  void const_locals(ir::Graph& g);
  // Such a local kept as an ordinary variable because of this use of its value (for the note of
  // the merge error that follows).
  std::map<const ir::Var*, Loc> const_local_uses;
  // Closures (closure_rules.cpp): a MakeClosure node; the captured variables of a closure's graph.
  TypeRef make_closure(ir::Expr& e, ir::Graph& g);
  // Classes as values (class_values.cpp).
  TypeRef instantiate_any(ir::Expr& e, TypeRef callee, ir::Graph& g);
  TypeRef class_set_attr(ir::Expr& e, TypeRef obj);
  modules::Ref class_text(ClassDef* cd, const std::string& attr, Loc loc);                         // str/repr of a class (null: refused)
  bool class_value_as_text(ir::ExprPtr& slot, char conv, ir::Graph& g);                            // print(C): C's text
  void percent_class_values(ir::Expr& e, ir::Graph& g);                                            // "%s" % C: C's text
  bool optional_min_max_arg(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args);                // min(x, 3), x may be None
  bool printed_class_values(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);  // print(C)
  TypeRef class_of(ir::Expr& e, TypeRef inst);
  TypeRef narrow_class_value(TypeRef t, bool is, const ir::Expr* cls);
  // type(v) of a number of several kinds in a test or as __name__ (number_type_rules.cpp).
  ir::Expr* number_type_call(ir::Expr& x, ir::Graph& g);
  ir::ExprPtr number_kind_test(const ir::Expr& v, const char* cls);
  ir::ExprPtr number_is_class(const ir::Expr& v, const std::string& cls, uint8_t kinds);
  bool rewrite_number_type_test(ir::Expr& e, ir::Graph& g);
  bool rewrite_number_type_name(ir::Expr& e, ir::Graph& g);
  void bind_captured(FuncDesc* d, ir::Graph& g);
  TypeRef call_graphs(ir::Expr& e, std::vector<ir::Graph*> targets, TypeRef self_type, ir::Graph& g);
  // The default value override t uses for parameter i that method call e leaves out (else null).
  modules::Ref own_default(const ir::Expr& e, size_t i, const ir::Graph& t);
  bool bind_args(ir::Expr& e, const modules::FunctionObj& fn, bool has_self, ir::Graph& g);
  // f(*t) of a builtin or a class without __init__: a tuple display's items, or one item read
  // per position of a tuple variable, become the positional arguments (false: refused).
  bool spread_star_tuple(ir::Expr& e, std::vector<TypeRef>& args, const std::string& callee, ir::Graph& g);
  // f(*t) of a tuple of unknown length into fixed parameters: t's items after a run-time check of
  // their number (star_args_rules.cpp); false: refused.
  bool spread_vtuple_args(ir::Expr& e, ir::Expr& tup, const modules::FunctionObj& fn, std::vector<ir::Expr*>& pos, ir::Graph& g);
  bool dstar_callee_ok(ir::Expr& e, TypeRef callee);
  bool spread_dstar_args(ir::Expr& e, ir::Expr& d, const modules::FunctionObj& fn, std::vector<ir::Expr*>& bound, bool has_self);
  bool wrap_in_items_generator(ir::Expr& x, const char* fname, Loc loc);
  // An instance of a class with __getitem__ and no __iter__: Python iterates it by index
  // (obj[0], obj[1]... until IndexError), _rpy_itertools.sequence_items(obj) here.
  static bool by_index(TypeRef t);
  TypeRef iter_element(TypeRef it, Loc loc, ir::Expr* iter_expr, ir::Graph& g);
  TypeRef binop(syntax::BinOp op, TypeRef a, TypeRef b, Loc loc, bool inplace);
  TypeRef unicode_percent(TypeRef args, Loc loc);                       // unicode % args
  TypeRef fold_compare(ir::Expr& e, TypeRef a, TypeRef b);              // a comparison the types decide, or null
  TypeRef isinstance_type(TypeRef t, ir::Expr& classes);                // isinstance(x, C): a constant where it can be
  TypeRef narrow_type(TypeRef t, ir::NarrowKind k, ir::Expr* classes);  // a local where a test told more
  TypeRef read_type(ir::Expr& local, TypeRef var_type);                 // a read: the values that reach it
  ListDef* listdef_for(const ir::Expr* node, TypeRef item);
  DictDef* dictdef_for(const ir::Expr* node, TypeRef key, TypeRef value, bool is_set);
  TypeRef exception_type(ir::Expr& cls_expr, ir::Graph& g);
  TypeRef call_method_by_name(ir::Expr& e, TypeRef receiver, const std::string& name, ir::Graph& g);
  bool definition_reached(ClassDef* cls, ClassDef* cd, const std::string& name);
  bool slots_refuse_store(ClassDef* cd, const std::string& attr, Loc loc);  // slots_rules.cpp
  // cd gets instances: another pass sees the overrides they reach (definition_reached).
  void mark_instantiated(ClassDef* cd) {
    if (!cd->instantiated) cd->instantiated = changed_ = true;
  }
  modules::Interp& interp() { return interp_; }
  const std::unordered_map<std::string, int>& builtin_ids() const { return builtin_ids_; }
  // Iteration protocol (iter_rules.cpp).
  TypeRef call_iter_builtin(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);
  // f(obj, rest...) -> obj.name(rest...): rewrites the call node in place and annotates it.
  TypeRef print_to_file(ir::Expr& e, ir::Graph& g);  // print(..., file=f) of a text file (print_file_rules.cpp)
  TypeRef rewrite_as_method(ir::Expr& e, const std::string& name, ir::Graph& g);
  // e.__str__() where e's class inherits BaseException.__str__: str(e) (extra_rules.cpp).
  TypeRef inherited_exc_str_call(ir::Expr& e, TypeRef callee, const std::vector<TypeRef>& args, ir::Graph& g);
  // Replaces the call's argument e.args[k] with list(that argument); the new argument's type.
  TypeRef as_list_arg(ir::Expr& e, size_t k, ir::Graph& g);
  // zip(*rows) of a list of iterables becomes _rpy_itertools.zip_star(rows) (replacement_rules.cpp).
  Replacement replace_zip_star(ir::Expr& e, const std::vector<TypeRef>& args);
  // zip()/enumerate() of an iterator become _rpy_itertools' lazy forms (replacement_rules.cpp).
  Replacement replace_lazy_zip(BuiltinId id, ir::Expr& e, const std::vector<TypeRef>& args);
  // Python 3's range objects (range_rules.cpp): range() whose value is not iterated at once
  // becomes an instance of lib/std/_rpy_range.py's range (null: the call stays a list or a loop);
  // a for loop over a local holding one becomes a counted loop; r[lo:hi:step] a range again.
  TypeRef range_object_call(ir::Expr& e, ir::Graph& g);
  void range_counted_loop(ir::Stmt& s, ir::Graph& g);
  TypeRef range_object_slice(ir::Expr& e, ir::Graph& g);
  TypeRef prebuilt_range(const modules::Ref& v, Loc loc);  // a range object made at import time
  // The value of fname(args...) of rpy's library module, made now, taking the import-time object
  // v's place in translated code (substitute_prebuilt()); its type, or null when it fails.
  TypeRef substitute_with(const modules::Ref& v, const char* module, const char* fname, std::vector<modules::Ref> args, Loc loc);
  // `str.upper(s)`: the method's name when the call can be `s.upper()` (unbound_methods.cpp).
  std::string unbound_builtin_method(const std::string& builtin, const ir::Expr& e, const std::vector<TypeRef>& args);
  // node -> node.name() (in place).
  void wrap_method_call(ir::Expr& node, const std::string& name);
  // The element type of a for loop's iterable (sets up the instance iterator protocol).
  TypeRef for_iterable(ir::Stmt& s, ir::Graph& g);
  // Marks x consumed (ir::Expr::consumed) when it is a call: its value is iterated where it is made.
  static void consumed_at_once(ir::Expr& x);
  // A call of a builtin that iterates its arguments whole at once (list(), sorted(), sum()...):
  // marks them consumed before they are annotated (iter_rules.cpp).
  void consuming_call_args(ir::Expr& e, TypeRef callee);
  // sorted(xs, key=functools.cmp_to_key(f)) / xs.sort(key=...): the items compared by f(a, b) < 0,
  // a "$lt_cmp" node in e.defaults (extra_rules.cpp).
  void cmp_to_key_arg(ir::Expr& e, TypeRef callee, ir::Graph& g);
  std::string next_method_name(ClassDef* cls);
  TypeRef yield_expr(ir::Expr& e, ir::Graph& g);
  // `a in obj` -> obj.__contains__(a) (in place).
  TypeRef rewrite_contains(ir::Expr& e, ir::Graph& g);
  // Special methods of instances (special_rules.cpp): whether t's class defines `name` (itself or
  // a base), only some of its subclasses do, or none; comparisons that call them.
  enum class Special { None, Defined, Below };
  Special special_method(TypeRef t, const std::string& name);
  // sorted/min/max of tuples holding instances (extra_rules.cpp)
  void instances_in_order(TypeRef item, Loc loc, bool by_greater = false);
  TypeRef special_compare(ir::Expr& e, TypeRef a, TypeRef b, ir::Graph& g);
  ClassDef* class_defining(TypeRef t, std::initializer_list<const char*> names);
  ClassDef* right_operand_first(TypeRef a, TypeRef b, const std::string& refl);
  // Arithmetic operators on instances, rewritten into their special methods (operator_rules.cpp);
  // null where the operands do not call one.
  // Operands that may be None where the operation needs their value: checked reads (optional_rules.cpp).
  void check_none_operands(ir::Expr& e, TypeRef& a, TypeRef& b);
  TypeRef none_checked(ir::ExprPtr& operand, const std::string& msg);
  TypeRef none_checked_unpack(ir::ExprPtr& value);
  // obj.name (a method of a list, str or dict) where obj may be None: AttributeError before any
  // argument of the call runs (optional_rules.cpp).
  void none_checked_method(ir::ExprPtr& receiver, const std::string& name);
  TypeRef none_checked_with(ir::ExprPtr& receiver);  // `with m:` where m may be None
  // An argument of a method of a list, str or dict that iterates it (xs.extend(ys)): TypeError for None.
  void check_none_method_args(ir::Expr& e, TypeRef recv, const std::string& name, std::vector<TypeRef>& args);
  void check_none_args(ir::Expr& e, const std::string& builtin, std::vector<TypeRef>& args);
  TypeRef special_binop(ir::Expr& e, TypeRef a, TypeRef b, ir::Graph& g);
  TypeRef special_unop(ir::Expr& e, TypeRef a, ir::Graph& g);
  // A tested expression (if, while, not, a ternary's test, and/or in a test): its type, after
  // rewriting the truth of an instance into its __bool__/__nonzero__/__len__ call.
  TypeRef tested(ir::Expr& c, ir::Graph& g);
  const char* truth_method(ClassDef* c);  // __bool__/__nonzero__, __len__ or null (truth_rules.cpp)
  // C.m(args) / obj.m(args) of a classmethod m -> m(C, args) / m(obj.__class__, args), in place
  // (classmethod_rules.cpp); false when the call is not one.
  bool rewrite_classmethod_call(ir::Expr& e, ir::Graph& g);
  // A constant class's metaclass (metaclass_rules.cpp): the function the metaclass defines as
  // `name`, or null; C(args) and C.m(args) through it become Meta.__call__(C, args) and
  // Meta.m(C, args), in place (false when the call is not one).
  modules::Ref metaclass_method(TypeRef t, const std::string& name);
  bool rewrite_metaclass_call(ir::Expr& e, ir::Graph& g);
  // The comparison call of sorted/list.sort/min/max of instances (operator_rules.cpp).
  ir::Expr* less_call(ir::Expr& e, TypeRef item, ir::Graph& g, bool is_max = false);
  void refuse_truth_value(ir::Expr& operand, TypeRef t, const char* op);
  // `in`, index, count, remove on a list or deque compare its items with ==: the __eq__ of the
  // classes its items (or their tuples' items) may hold is annotated by key_methods.
  void note_value_eq(ListDef* d) {
    if (value_eq_seen_.insert(d).second) value_eq_lists_.push_back(d);
  }
  // `==`, `!=` and the orders of lists, tuples and dicts (and `in` of a tuple) compare their items
  // with ==: the __eq__ of the classes they may hold, at any depth, is annotated by key_methods.
  void note_items_eq(TypeRef t) {
    if (eq_seen_.insert(t).second) eq_types_.push_back(t);
  }
  // hash() of a tuple: the __hash__ of the instances it may hold is annotated by key_methods.
  void note_hash(TypeRef t) {
    if (hash_seen_.insert(t).second) hash_types_.push_back(t);
  }
  void implicit_method(ClassDef* c, const char* name);  // annotate c's __eq__/__hash__ for the runtime's calls
  void key_methods();                                   // dict keys and set items whose class defines __eq__/__hash__: annotate them
  void check_special_keys();                            // final pass: dict keys and set items of classes with __eq__/__hash__
  // Class features (class_rules.cpp).
  // A class attribute also stored per instance (assigned, or overridden in subclasses): the
  // field's type includes every class-level value (codegen initialises it per class).
  void merge_class_defaults(ClassDef* cd, const std::string& name, AttrDef* a, Loc loc);
  TypeRef class_attr_field(ir::Expr& e, ClassDef* where, const std::string& name);
  TypeRef subclass_data_attr(ir::Expr& e, ClassDef* cd, const std::string& name,
                             const std::vector<std::pair<ClassDef*, modules::Ref>>& fam);
  // Class attributes rebound at run time (class_vars.cpp): the hidden object holding one, the
  // store `C.attr = v` (true: handled), and a read through class `from` or one of its instances
  // of the attribute `where` defines (null: not rebound).
  modules::Ref class_var(ClassDef* owner, const std::string& name) const;
  bool class_var_store(ir::Stmt& s, TypeRef obj, TypeRef value);
  bool class_var_below_field(ClassDef* cd, const std::string& name, Loc loc);  // refused: reported
  void check_class_var_reads();
  struct ClassVarRead {
    ClassDef* from;
    std::string name;
    Loc loc;
  };
  std::vector<ClassVarRead> class_var_reads_;
  TypeRef class_var_read(ir::Expr& e, ClassDef* from, ClassDef* where, bool through_instance, ir::Graph& g);
  std::map<std::pair<ClassDef*, std::string>, modules::Ref> class_vars_;
  // Attributes of function values (func_attrs.cpp): a read (a constant, or the hidden object
  // holding it when it differs per function or is stored at run time), a store (true: handled),
  // and the holder of function d's attribute `name` for codegen (null: none).
  // IntEnum members used as ints (int_members.cpp): whether a class derives from int, and the
  // rewrite of an operand that is such a member into its `_value_` (true: rewritten and typed;
  // `special`: an operator method the class may define itself, which then wins).
  bool int_derived(ClassDef* cd);
  bool int_member_class(ClassDef* cd);  // an enum's members deriving from int (IntEnum)
  bool int_member_operand(ir::ExprPtr& x, ir::Graph& g, const char* special);
  bool int_member_binop_operands(ir::Expr& e, TypeRef& a, TypeRef& b, ir::Graph& g);  // false: refused
  bool never_instantiated(ClassDef* cd);                                              // no instance of cd or a subclass is ever made
  TypeRef sum_int_member_item(TypeRef item);                                          // sum(members of an IntEnum): their _value_'s type
  void percent_int_members(ir::Expr& e, ir::Graph& g);                                // "%d" % member
  void format_int_members(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);  // "{:>4}".format(member)
  // Instances whose class defines __format__ (format_method.cpp): f"{x:spec}" and format(x, spec)
  // call it.
  bool has_format_method(const ir::Expr& x);
  ir::ExprPtr format_method_call(ir::ExprPtr x, ir::ExprPtr spec, ir::Graph& g);
  void fstring_format_methods(ir::Expr& e, ir::Graph& g);
  bool format_builtin_method(ir::Expr& e, ir::Graph& g);
  void str_format_methods(ir::Expr& e, ir::Graph& g);
  // re's flags in a Python 3 script (regex_flags.cpp): the type of `flag | x`, `flag + 1`...; `~flag`
  // (e becomes a call); a flag that becomes text (x becomes its text, or an error when x may be a
  // flag or an int); the text of values of type t that may hold flags inside a container.
  TypeRef regex_flag_binop(ir::Expr& e, TypeRef a, TypeRef b, TypeRef t);
  bool regex_flag_unop(ir::Expr& e, TypeRef a, ir::Graph& g, TypeRef& t);
  bool regex_flag_as_text(ir::ExprPtr& x, ir::Graph& g, const char* where);
  void regex_flags_inside(TypeRef t, Loc loc, const char* where);
  bool regex_flag_texts(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);
  void percent_regex_flags(ir::Expr& e, ir::Graph& g);
  TypeRef call_builtin_rules(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g);
  TypeRef func_getattr(ir::Expr& e, TypeRef obj, ir::Graph& g);
  bool func_setattr(ir::Stmt& s, TypeRef obj, TypeRef value);
  modules::Ref func_attr_holder(const FuncDesc* d, const std::string& name) const;
  modules::Ref func_attr_value(FuncDesc* d, const std::string& name, Loc loc);
  modules::Ref make_func_attr_holder(FuncDesc* d, const std::string& name, const modules::Ref& value, Loc loc);
  bool func_attr_values(TypeRef obj, const std::string& name, const std::string& shown, Loc loc, std::vector<modules::Ref>& out);
  std::map<std::pair<const FuncDesc*, std::string>, modules::Ref> func_attr_holders_;
  std::map<std::string, modules::Ref> func_attr_classes_;
  std::set<std::string> func_attrs_stored_;  // stored by translated code: read through the holders
  TypeRef property_get(ir::Expr& e, ClassDef* cls, const modules::Ref& prop, ir::Graph& g);
  std::optional<std::string> property_accessor(ClassDef* cls, const std::string& name, const modules::Ref& prop, bool setter, Loc loc);
  bool property_set(ir::Stmt& s, TypeRef obj, ir::Graph& g);  // true: rewritten into a setter call
  ListDef* argv_listdef();                                    // the list of str entry_point receives (and sys.argv)
  bool allow_none_entry = false;                              // scripts: the main block returns nothing
  bool script = false;  // a script (no target()): a read of a maybe-unbound local raises UnboundLocalError

 private:
  modules::Ref object_init_;  // object.__init__ for Base.__init__(self) where no class defines it
  void annotate_graph(ir::Graph& g);

  modules::Interp& interp_;
  Diagnostics& diags_;
  TypeTable tt_;
  bool changed_ = false;
  bool final_ = false;
  TypeRef exit_code_ = nullptr;  // the union of the exit codes seen (exit_rules.cpp)
  struct ExcArgsSite {           // exc_args_rules.cpp
    ClassDef* cls;
    bool exact;     // a construction of exactly cls (else Exception.__init__ of cls or a subclass)
    TypeRef tuple;  // null: made with *args
    Loc loc;
  };
  std::map<std::pair<const ir::Expr*, ClassDef*>, ExcArgsSite> exc_args_sites_;  // per (site, class made there)
  std::set<ClassDef*> exc_args_anchors_;  // the classes e.args is read through, and Exception.__init__'s self classes
  std::map<ClassDef*, TypeRef> exc_args_types_;
  ClassDef* exc_args_storage(ClassDef* cd) const;  // cd's highest ancestor among the anchors
  bool exc_init_calls_base(const modules::FunctionObj& init) const;
  std::string exit_code_conflict_;
  bool report_now_ = false;  // merge_prebuilt: report errors outside the final pass
  struct ReportNow {         // report_now_ for a scope
    bool& flag;
    bool saved;
    explicit ReportNow(bool& f) : flag(f), saved(f) { flag = true; }
    ~ReportNow() { flag = saved; }
  };
  ir::Graph* entry_graph_ = nullptr;
  std::vector<ir::Graph*> graph_order_;
  // Errors met inside rpy's library (lib/std, lib/rpython, lib/rply) blame the program's call that
  // led there (library_errors.cpp): the graph being annotated, and per graph the call that first
  // asked for it and the graph that call is in.
  ir::Graph* annotating_ = nullptr;
  std::unordered_map<const ir::Graph*, std::pair<Loc, ir::Graph*>> first_call_;
  std::unordered_map<uint32_t, std::string> library_paths_;  // per file: its path in the repository, or ""
  // Calls of a builtin that rpy replaced by a function of its library (zip_longest -> zip_longest_2,
  // replacement_rules.cpp): the name the program called, which every message about the call uses.
  std::unordered_map<const ir::Expr*, std::string> called_as_;
  const std::string& called_name(const ir::Expr& call, const modules::FunctionObj& fn) const;
  // ". Did you mean: 'total'?" for a name no scope defines, from g's locals, then its module's
  // globals, then the builtins, as Python 3.10+ looks (call_notes.cpp); "" when none is close.
  std::string name_suggestion(const std::string& name, const ir::Graph& g) const;
  const std::string& library_path(Loc loc);
  Diagnostic* library_error(Loc loc, const std::string& msg);  // nullptr: loc is not in the library
  void library_notes();                                        // notes (and errors) still at library lines: named by repository path
  // Errors the lowering of a library function reported (diagnostics from `first` on), met before
  // its graph exists: blamed at the call `call` that asked for the graph, as library_error does.
  void blame_lowering_errors(size_t first, Loc call);
  std::vector<Loc> library_calls(Loc call, ir::Graph* from, Loc& blamed);  // the library calls up to the program's
  std::unordered_map<const modules::Obj*, std::unique_ptr<FuncDesc>> funcs_;
  std::unordered_map<const modules::Obj*, modules::Ref> builtin_functions_;  // see builtin_as_function()
  std::vector<FuncDesc*> func_order_;
  std::unordered_map<const modules::Obj*, std::unique_ptr<ClassDef>> classes_;
  std::vector<ClassDef*> class_order_;
  ClassDef* object_root_ = nullptr;
  modules::Ref object_root_cls_;
  std::unordered_map<const modules::Obj*, TypeRef> prebuilt_;
  std::vector<std::pair<modules::Ref, TypeRef>> prebuilt_order_;
  std::unordered_map<const modules::Obj*, modules::Ref> substitutes_;  // see substitute_prebuilt()
  TypeRef prebuilt_re_pattern(const modules::Ref& v, Loc loc);         // replacement_rules.cpp
  TypeRef prebuilt_count(const modules::Ref& v, Loc loc);              // replacement_rules.cpp
  struct PendingAttr {
    TypeRef inst;
    modules::Ref obj;
    std::string attr;
    Loc loc;
  };
  std::vector<PendingAttr> pending_attrs_;  // prebuilt_attr: values not typed yet
  std::vector<ListDef*> value_eq_lists_;    // note_value_eq, in order of first use
  std::unordered_set<ListDef*> value_eq_seen_;
  std::vector<TypeRef> eq_types_;  // note_items_eq, in order of first use
  std::unordered_set<TypeRef> eq_seen_;
  std::vector<TypeRef> hash_types_;  // note_hash, in order of first use
  std::unordered_set<TypeRef> hash_seen_;
  std::unordered_map<const ir::Expr*, ListDef*> node_listdefs_;
  std::map<std::string, modules::Ref> memo_results_;  // specialize.memo: by function and constant arguments
  std::unordered_map<const ir::Expr*, DictDef*> node_dictdefs_;
  std::unordered_map<std::string, int> builtin_ids_;
  std::set<std::string> reported_;
  std::unordered_map<std::string, size_t> first_of_message_;  // error(): message -> index of its first diagnostic
  ListDef* argv_ = nullptr;
  std::map<const modules::Obj*, std::vector<TypeRef>> jit_greens_;  // driver -> types of its greens
  friend struct CallSite;
};

}  // namespace rpy::annotate
