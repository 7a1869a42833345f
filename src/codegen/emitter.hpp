// Code generation: prints C++ from the annotated IR. Every expression's type and every call's
// target were resolved by the annotator; the emitter only chooses spellings.
#pragma once
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotate/annotator.hpp"
#include "codegen/gc_gen.hpp"
#include "codegen/jit_hooks.hpp"
#include "codegen/range_facts.hpp"
#include "ir/ir.hpp"

namespace rpy::codegen {

using annotate::TypeRef;

struct EmitOptions {
  bool line_directives = true;  // #line so debuggers and profilers show the .py lines
  bool tracebacks = true;       // record frames for Python-style tracebacks
  JitHooks* jit = nullptr;      // --opt=jit: the JIT's codewriter and tables (src/jit)
  bool unbounded_ints = false;  // a script (no target()): int overflow stops the program (emit_int_checks.cpp)
  bool gc_gen = false;          // --gc=gen: instances on rpy's own collector (gc_gen.cpp, docs/GC.md)
  std::string bundle_name;      // --bundle-name: the program's code as a part of a bundle (emit_bundle.hpp)
};

class Emitter {
 public:
  Emitter(annotate::Annotator& ann, const SourceManager& sm, EmitOptions opts);
  std::string emit_program();

  // --- shared by the emit_*.cpp files
  std::string ctype(TypeRef t);                                            // C++ type of a value of type t
  std::string default_value(TypeRef t);                                    // zero value of that type
  std::string expr(ir::Expr& e);                                           // C++ expression
  std::string convert(const std::string& code, TypeRef from, TypeRef to);  // implicit conversion
  std::string method_convert(const std::string& code, TypeRef from, TypeRef to);
  std::string expr_as(ir::Expr& e, TypeRef to) { return convert(expr(e), e.type, to); }
  std::string truth(ir::Expr& e);  // Python truth value as a C++ bool
  // `code` (of instance type t) checked not to be None before `.attr` is used (emit_expr.cpp).
  std::string checked_attr(const std::string& code, TypeRef t, const std::string& attr);
  std::string nonnull(const std::string& code, TypeRef t, const std::string& attr);
  std::string truth_of_code(const std::string& c, TypeRef t);
  std::string const_value(const modules::Ref& v, TypeRef t, Loc loc);
  std::string str_const(const std::string& bytes);
  std::string abstract_class_error(annotate::ClassDef* cd);  // emit_class_values.cpp
  std::string call(ir::Expr& e);
  std::string emit_method_set_call(ir::Expr& e);  // a bound method value of several methods (emit_call.cpp)
  std::string alloc_code(annotate::ClassDef* cd);
  // --gc=gen (emit_gc_gen.cpp; GcGen decides what): null under --gc=boehm. gen_root(v) links
  // variable v on the shadow stack for the enclosing C++ scope; gen_instantiate: C(args) with the
  // arguments rooted across the allocation; gen_register_classes: the classes' type descriptors.
  std::unique_ptr<GcGen> gen_;
  std::string gen_root(const std::string& v) {
    return "rpy::gen::Rooted rpy_r" + std::to_string(++counter_) + "(*rpy::gen::heap, " + v + "); ";
  }
  // The address id() and identity hashes are taken from: the object's own, except under
  // --gc=gen, where a young object moves (rpy::identity_address: its stable address).
  std::string identity_of(const std::string& code) { return gen_ ? "rpy::identity_address(" + code + ")" : code; }
  // gen_root(v) under --gc=gen when a value of type t must be rooted; "" otherwise.
  std::string gen_root_if(const std::string& v, TypeRef t) { return gen_ && GcGen::is_rooted(t) ? gen_root(v) : std::string(); }
  std::string gen_make_list(ir::Expr& e);
  std::string gen_instantiate(ir::Expr& e);
  void gen_register_classes();
  void gen_function_roots(ir::Graph& g);
  std::string call_builtin(ir::Expr& e);
  std::string emit_binop(ir::Expr& e);
  // Numbers whose kind is known only at run time (emit_numbers.cpp): "" when no operand is one.
  std::string number_convert(const std::string& code, TypeRef from, TypeRef to);
  std::string emit_number_binop(ir::Expr& e);
  std::string emit_number_unop(ir::Expr& e);
  std::string emit_number_compare(ir::Expr& e);
  // Numbers and tuples that may be None (emit_optional.cpp, rpy::Opt at run time): conversions,
  // the checked or proven reads of narrowing, == and `in` (empty: not such a value).
  std::string optional_convert(const std::string& code, TypeRef from, TypeRef to);
  std::string optional_narrow(ir::Expr& e);
  // An item of a '%' tuple that may be None, given to a numeric conversion (emit_optional.cpp).
  std::string percent_checked(const std::string& code, char conv);
  std::string optional_compare(ir::Expr& e);
  void note_none_peer(ir::Expr& e);
  // The left operand's check of `a + b` where both may be None: the right one's value (a local)
  // picks the message, as Python names both operands' types.
  std::unordered_map<const ir::Expr*, ir::Expr*> none_peer_;
  std::string number_builtin(ir::Expr& e);
  TypeRef num_type();
  // Evaluation order (emit_order.cpp): expr() evaluates the operands of a node in Python's order
  // (left to right; a Python 2 dict display's value before its key), hoisting them into
  // temporaries where C++ would leave the order unspecified; expr_node() prints one node.
  std::string expr_node(ir::Expr& e);
  // A slice bound (emit_optional.cpp): `has` is "true", "false" (absent, or None) or the flag of a
  // bound that may be None (which reads as absent when it is None, as in Python), `value` its value.
  struct SliceBound {
    std::string has, value;
    std::string step() const { return has == "true" ? value : has == "false" ? "1" : "(" + has + " ? " + value + " : 1)"; }
  };
  SliceBound slice_bound(ir::Expr* b);
  static bool slice_bound_may_be_none(const ir::Expr& b);
  // How a node reads each of its operands (`uses`, filled by operand_order).
  enum class OperandUse : uint8_t {
    Value,      // as it is
    Checked,    // through a None check raising Python's TypeError (NarrowKind::NoneCheck)
    ReadTwice,  // twice (a slice bound that may be None: its flag, then its value)
    Looked,     // obj.m(...)'s receiver that may be None: m is looked up on it before the arguments
  };
  std::vector<ir::Expr*> operand_order(ir::Expr& e, std::vector<OperandUse>* uses = nullptr);
  // Evaluates every operand of `order` that could observe or affect another, but the last such
  // one, into a temporary (`auto t = ...; ` declarations, returned); while `held` lives, each of
  // them reads as its temporary. With checks (OperandUse::Checked), no operand that could observe
  // anything is left where a check could run before it; an operand read twice is held.
  struct HeldOperands {
    std::vector<std::pair<ir::Expr*, std::unique_ptr<ir::Expr>>> held;
    std::vector<std::unique_ptr<ir::Var>> temps;
    ~HeldOperands();
  };
  std::string no_value_operand(ir::Expr& e, const std::vector<ir::Expr*>& order);
  std::string hoist_operands(const std::vector<ir::Expr*>& order, HeldOperands& held, const std::vector<OperandUse>* uses = nullptr,
                             const ir::Expr* node = nullptr);
  // The nodes printed so far (expr_node marks each with the print count when it was printed): an
  // operand with effects that its node's code left out (its value was known from its type) is
  // evaluated apart (emit_order.cpp). The count tells a node printed for this printing of its
  // parent from one printed earlier: a finally body is printed twice (normal and exceptional
  // exit), and the second printing must not take the first one's operands as printed.
  std::unordered_map<const ir::Expr*, uint64_t> emitted_;
  uint64_t print_count_ = 0;
  void mark_emitted(const ir::Expr& e) { emitted_[&e] = print_count_; }
  void collect_dropped(ir::Expr& x, std::vector<ir::Expr*>& dropped, uint64_t since);
  std::string emit_compare(ir::Expr& e);
  std::string to_str_code(ir::Expr& e);  // str(x) as a Str*
  std::string exception_message(const std::vector<std::pair<std::string, TypeRef>>& args, bool key_error);
  std::string exception_fields(const std::string& obj, annotate::ClassDef* cd,
                               const std::vector<std::pair<std::string, TypeRef>>& positional, bool has_init, bool keep_args);
  std::string exception_repr(const std::string& obj, const std::vector<std::pair<std::string, TypeRef>>& args, bool key_error);
  std::string set_exc_args(const std::string& exc, annotate::ClassDef* cd, const std::vector<std::pair<std::string, TypeRef>>& args);
  std::string system_exit_code(const std::string& exc, TypeRef t);  // e.code of a SystemExit, as type t
  // String formatting (emit_format.cpp): `%`, str.format with a literal, f-strings.
  std::string emit_percent(ir::Expr& e);
  std::string emit_percent_at_run_time(ir::Expr& e);
  std::string unicode_percent_text(const std::string& code, TypeRef t, char conv);
  std::string emit_str_format(ir::Expr& e);
  std::string emit_fstring(ir::Expr& e);
  bool format_value(std::string& out, const std::string& buf, const std::string& code, TypeRef t, char conv, const std::string& spec,
                    Loc loc);
  // The same with a spec known only at run time (spec_code: a Str* expression), checked by the runtime.
  bool spec_raises(const std::string& spec_text, TypeRef t);  // a constant spec Python refuses for t (ValueError)
  bool format_value_runtime_spec(std::string& out, const std::string& buf, const std::string& code, TypeRef t, const std::string& spec_code,
                                 Loc loc);
  std::string str_of_code(const std::string& code, TypeRef t);  // str(v) of a C++ value as a Str*
  bool check_printable(TypeRef t, Loc loc);                     // reports types whose str() rpy cannot give
  bool is_python2() const;                                      // the program is Python 2 (RPYTHON.md 5)
  // Ints in scripts (emit_int_checks.cpp): whether e's int arithmetic must stop on overflow
  // rather than wrap; int_fn("add", e) is the runtime function that computes it.
  bool checks_ints(const ir::Expr& e);
  std::string int_fn(const char* op, const ir::Expr& e);
  std::string num_chk(const ir::Expr& e);        // "<true>" where a Number's int side is checked
  void mark_masked_operands(ir::Expr& e);        // called by expr() before e's operands are printed
  std::unordered_set<const ir::Expr*> wrap_ok_;  // int nodes whose value only reaches a mask: wrapping is exact
  const ir::Graph* range_graph_ = nullptr;       // the graph range_facts_ describe (range_facts.cpp)
  RangeIndices range_facts_;
  // A read of a script's module variable that may come before any assignment: NameError then.
  std::string checked_module_var(ir::Expr& e);
  std::string checked_local(ir::Expr& e);
  // The "more builtins" block of builtins.def (emit_extra.cpp).
  std::string emit_extra_builtin(ir::Expr& e);
  std::string as_list_code(const std::string& code, TypeRef t, Loc loc);  // items of an iterable as a List<T>*
  TypeRef as_list_item(TypeRef t);                                        // the item type of as_list_code's list
  std::string fresh_list_as(const std::string& code, TypeRef from, TypeRef to);
  // files, sys.std*, unicode receivers, more str methods (emit_io.cpp)
  std::string call_io_builtin(ir::Expr& e);
  // dicts and sets (emit_dict.cpp)
  std::string dict_type(TypeRef t);  // rpy::Dict<K, V> (no pointer) of a dict or set type
  std::string call_dict_builtin(ir::Expr& e);
  std::string call_atexit_builtin(ir::Expr& e);       // emit_atexit.cpp
  std::string call_signal_builtin(ir::Expr& e);       // emit_signal.cpp
  std::string call_warn(ir::Expr& e);                 // warnings.warn (emit_warnings.cpp)
  std::string call_float_bits_builtin(ir::Expr& e);   // emit_float_bits.cpp
  std::string exit_handler_registrations();           // main(): the handlers registered at import time
  std::string call_collections_builtin(ir::Expr& e);  // collections.deque (emit_collections.cpp)
  std::string default_factory_code(TypeRef dict_t);   // a defaultdict's factory() as a value
  std::string new_dict_code(TypeRef t);               // a new empty dict or set of type t (emit_dict.cpp)
  std::string emit_make_dict(ir::Expr& e);            // MakeDict / MakeSet
  // OrderedDict() and its methods of its own (emit_collections.cpp).
  std::string call_ordered_dict(ir::Expr& e, annotate::BuiltinId id, std::vector<ir::Expr*>& a);
  // Closures (emit_closure.cpp).
  bool is_closure_type(TypeRef t);  // a function value carrying an environment (rpy_Closure*)
  void emit_closure_types();
  std::string static_closure(annotate::FuncDesc* d);
  std::string closure_convert(const std::string& code, TypeRef from, TypeRef to);
  std::string emit_make_closure(ir::Expr& e);
  std::string closure_params(ir::Graph& g, bool with_types);  // "" unless g is a closure
  void closure_prologue(ir::Graph& g);
  std::set<int> static_closures_;
  // While a call's arguments are printed: the C++ variable holding the function value called, from
  // which a default computed by its def is read (ExprOp::ClosureDefault; emit_closure.cpp).
  std::string callee_env_;
  std::string emit_closure_default(ir::Expr& e);
  // Attributes of a value that may be several functions (emit_func_attrs.cpp): the hidden object
  // holding attribute `name` of the function the value holds (annotate/func_attrs.cpp).
  std::string func_attr_holder(ir::Expr& fn, const std::string& name, Loc loc);
  // Classes as values (emit_class_values.cpp).
  std::string class_id_code(ir::Expr& e);
  std::string class_convert(const std::string& code, TypeRef from, TypeRef to);
  std::string class_switch(const std::string& v, TypeRef t, TypeRef result,
                           const std::function<std::string(size_t, annotate::ClassDef*)>& each);
  std::string emit_class_set_attr(ir::Expr& e);
  std::string emit_instantiate_any(ir::Expr& e);
  std::string emit_class_of(ir::Expr& e);
  std::string emit_class_compare(ir::Expr& e, const std::string& op);
  std::string emit_distinct_identity(ir::Expr& e);  // is / is not between unrelated C++ types (or "")
  std::string emit_dict_binop(ir::Expr& e);         // set | & - ^ (or "" if not a set operation)
  // d[k] = d.get(k, c) OP x / d[k] = d[k] OP x as one lookup of k (or "" when not that form).
  std::string dict_update_in_place(ir::Expr& obj, ir::Expr& key, ir::Expr& value);
  std::string emit_dict_compare(ir::Expr& e);  // in / == / subset tests on dicts and sets (or "")
  // For loops over a dict, a set, or d.keys()/values()/items() (and iter*): the loop header
  // ("{ ... for (...) {") and the loop variable's assignment. False if `it` is none of these.
  bool emit_dict_for(ir::Expr& it, const std::string& var, TypeRef var_type);
  void emit_prebuilt_dict(const modules::Ref& obj, TypeRef t, const std::string& name, bool fill);
  void stmt(ir::Stmt& s);
  void block(ir::Block& b);
  void constant_branch(ir::Expr& test, ir::Block* live);  // if/while whose test the annotator decided
  bool emit_switch(ir::Stmt& s);                          // an if/elif chain testing one char or int local against constants
  void line(const std::string& code);
  void mark(Loc loc);  // #line + current-line bookkeeping
  std::string fresh(const std::string& prefix) { return prefix + std::to_string(++counter_); }
  std::string var_name(const ir::Var* v);    // the variable as an lvalue
  std::string cell_name(const ir::Var* v);   // a boxed variable's cell (rpy::Cell<T>*)
  std::string param_name(const ir::Var* v);  // a parameter's name in the signature
  void declare_locals(ir::Graph& g);
  std::string class_name(annotate::ClassDef* c) { return c->c_name; }
  void raise_from(ir::Expr& x, ir::Expr& cause);  // emit_stmt.cpp
  void fail(Loc loc, const std::string& msg);
  bool check_container_types();  // containers that hold themselves (no C++ spelling)
  // Iteration protocol and generators (emit_iter.cpp).
  std::string iter_builtin(ir::Expr& e);
  bool for_iter_header(ir::Stmt& s, const std::string& v, TypeRef vt);
  bool generator_needs_close(const ir::Graph& g);  // emit_iter.cpp
  // A call of a generator that needs closing, consumed by an expression that may leave it
  // unfinished (x in gen(), next(gen()), any(gen())): the code of use(c), c the C++ variable
  // holding the generator, closed right after (emit_iter.cpp); empty when it is not such a call.
  std::string dropped_after(ir::Expr& it, const std::function<std::string(const std::string&)>& use);
  std::unordered_map<const ir::Graph*, bool> needs_close_memo_;
  std::set<const ir::Expr*> dropped_calls_;  // generator calls closed by dropped_after
  // Fresh calls of generators that need closing, given to a consumed zip()/enumerate()/map() (at
  // any depth of consumed calls under e, e itself excluded): they die with the object that
  // consumes them, where the expression or for loop owning it is done (emit_iter.cpp).
  void fresh_closers(ir::Expr& e, std::vector<ir::Expr*>& out);
  // Declarations of a closing slot for each (a C++ local and the DropIterator closing it when
  // the scope is left); call() stores the generator in its slot.
  std::string drop_slot_decls(const std::vector<ir::Expr*>& calls);
  std::unordered_map<const ir::Expr*, std::string> drop_slots_;
  std::string expr_owned(ir::Expr& e);
  static bool lazy_consumed(
      const ir::Expr& e);  // a consumed call of an iterator: not an owner  // expr() without the closing slots of e's operands
  void carried_iter_header(ir::Stmt& s, const std::string& v, TypeRef vt);
  // A yield (emit_iter.cpp): yield_value is its operand's code, yield_code the co_yield of it after
  // `pre`, the statements holding its operands in temporaries (emit_order.cpp), if any.
  std::string yield_value(ir::Expr& e);
  std::string yield_code(const std::string& pre, std::string value);
  // `[&]() -> T { stmts return value; }()`: code computed in a lambda called at once (g++ 12's
  // crashes on statement expressions inside coroutines: emit_iter.cpp).
  std::string immediate_lambda(TypeRef t, const std::string& stmts, const std::string& value);
  std::string virtual_receiver(const std::string& code, TypeRef t);  // the object of a virtual call
  void emit_generator(ir::Graph& g);
  // Class constructors initialising fields from class attributes (emit_class_init.cpp).
  std::vector<std::pair<std::string, modules::Ref>> class_inits(annotate::ClassDef* c);
  void emit_class_ctors();

  annotate::Annotator& ann;
  annotate::TypeTable& tt;
  // The JIT's helpers (src/jit): operand overrides while printing one, and printing code for a
  // graph outside the emission of its function (the output goes to the returned string).
  JitOperands* jit_operands = nullptr;
  std::string print_detached(ir::Graph* g, const std::function<std::string()>& print);

 private:
  void emit_classes();
  void emit_class(annotate::ClassDef* c);
  bool overrides_method(annotate::ClassDef* c, const std::string& name);
  void emit_implicit_methods();
  void emit_prebuilt();
  void emit_function(ir::Graph& g);
  void emit_prototype(ir::Graph& g, bool decl);
  void emit_main();
  std::string prebuilt_array(TypeRef item, const std::vector<modules::Ref>& values);
  bool emit_prebuilt_scalar_items(const std::string& n, TypeRef item, const std::vector<modules::Ref>& items);
  void collect_vslots();

  const SourceManager& sm_;
  EmitOptions opts_;
  std::ostringstream head_, strings_, body_;
  std::ostringstream* out_ = nullptr;
  int indent_ = 1;
  int counter_ = 0;
  std::unordered_map<std::string, std::string> str_consts_;
  std::unordered_map<const modules::Obj*, std::string> prebuilt_names_;
  ir::Graph* cur_graph_ = nullptr;
  // "rpy::HandlerScope NAME(match); " for a try body, or "" in a generator (its frame outlives
  // the scope's place on the stack while suspended).
  std::string handler_scope(const std::string& match);
  // try/finally statements being emitted, innermost last: where their jumps go (emit_stmt.cpp).
  struct FinallyExit {
    std::string exit_var, ret_var, label;
    size_t loop_depth = 0;  // loop_labels_.size() at the statement: loops outside it
    bool returns = false, breaks = false, continues = false;
  };
  std::vector<FinallyExit> finally_exits_;
  void try_finally(ir::Stmt& s);
  void return_value(const std::string& value);
  void loop_exit(bool is_break);
  std::vector<std::string> handled_;   // the C++ names of the exceptions the enclosing handlers caught
  std::vector<std::string> rethrow_;   // and the statement that re-raises each (a bare `raise`)
  std::vector<bool> handler_catches_;  // and whether each one's body catches another exception
  // Python 2: some bare raise may re-raise an exception other than its except clause's own, so
  // every except clause records what it caught in rpy::exc_info2 (ir::reraises_other).
  bool exc_info2_ = false;
  void enter_handler(const std::string& ev, const std::string& rethrow, const ir::Handler& h);  // (sets exc_info2 unless h.keeps_exc_info)
  void leave_handler();
  std::vector<std::string> loop_labels_;  // break targets ("" = plain break)
  uint32_t cur_line_ = 0;
  uint32_t cur_file_ = 0;
  bool line_marked_ = false;  // the next line() follows mark()'s #line directly
  // Virtual method slots. A call through a receiver whose method is overridden calls a virtual
  // member. There is one per method family (declared by the highest class that has the method),
  // argument types of the call and result type: each override's forwarder widens the caller's
  // exact values to its own parameter types (never narrows them: a char stays a char, an int
  // never goes through a double).
  struct VSlot {
    annotate::ClassDef* cls;      // declares the virtual member
    std::string name;             // the method
    std::string member;           // the C++ member
    std::vector<TypeRef> params;  // excluding self and defaulted parameters: the argument types of the calls
    TypeRef ret;
    std::vector<bool> defaulted;                             // per parameter after self: left to its default (each override passes its own)
    std::map<const annotate::FuncDesc*, ir::Graph*> graphs;  // each override's graph for these arguments
  };
  std::vector<VSlot> vslots_;
  std::map<std::string, size_t> vslot_index_;
  std::map<std::string, int> vslot_members_;                                              // method name -> members made for it
  std::vector<ir::Expr*> slot_args(const VSlot& vs, const std::vector<ir::Expr*>& args);  // those a slot takes
  VSlot* vslot(ir::Expr& e, annotate::ClassDef* cls, const std::string& name, const std::vector<ir::Graph*>& targets, bool create);
  // A method call with one target calls it directly, unless the receiver's class lacks the method
  // (one subclass alone defines it): then it dispatches, so that the others raise AttributeError.
  bool direct_method_call(annotate::ClassDef* cls, const std::string& name, const std::vector<ir::Graph*>& targets);
  friend struct StmtEmitter;
};

// Positional arguments of a builtin call; for a builtin method the receiver comes first.
std::vector<ir::Expr*> builtin_args(ir::Expr& e);
// fn(args...) with the arguments converted to `to` and evaluated left to right (emit_call.cpp).
std::string ordered_call(Emitter& em, const std::string& fn, std::vector<ir::Expr*> args, const std::vector<TypeRef>& to,
                         const std::string& first = "");
// Whether evaluating `e` may have side effects (calls, assignments).
bool has_effects(const ir::Expr& e);
void forget_effects();  // at the start and end of generate_cpp (the memo is keyed by address)

// Entry point: the whole program as one C++ translation unit.
std::string generate_cpp(annotate::Annotator& ann, const SourceManager& sm, EmitOptions opts, Diagnostics& diags);

}  // namespace rpy::codegen
