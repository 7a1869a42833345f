// --gc=gen (docs/GC.md, step 3): which values of a program live on rpy's own collector, which
// functions can collect, and the programs it does not support yet (refused with a message).
#pragma once
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotate/annotator.hpp"
#include "ir/ir.hpp"

namespace rpy::codegen {

using annotate::TypeRef;

class GcGen {
 public:
  explicit GcGen(annotate::Annotator& ann);

  // A reference to an object of the collector: an instance of a class of the program that is not
  // an exception (exceptions stay on Boehm's heap).
  // Under --gc=gen a list of such references (or of such lists) lives there too.
  static bool is_ref(TypeRef t);
  static bool is_ref_list(TypeRef t);
  // A dict (not a set) of a Python 3 program whose values are such references (or lists, dicts
  // or tuples of them) and whose keys hold none, or whose keys are such references (or tuples of
  // them) hashed by identity (a stable address, gc::Heap::stable_address) and whose values are
  // references or hold none: it lives on the collector too (docs/GC.md, steps 3e and 3f).
  static bool is_ref_dict(TypeRef t);
  // A set (or frozenset) whose items are such references or tuples of them, hashed by identity:
  // it lives on the collector too (docs/GC.md, step 3g).
  static bool is_ref_set(TypeRef t);
  // A method call on such a set that --gc=gen supports (add, remove, discard, pop, clear, copy,
  // update with a set or a list of its items, issubset, issuperset, isdisjoint, and
  // union, intersection, difference, symmetric_difference and their _update forms with a set).
  static bool set_method_ok(const ir::Expr& call);
  // a | b, a & b, a - b, a ^ b (and the in-place forms) of two such sets.
  static bool set_algebra_ok(const ir::Expr& e);
  // Whether keys of type t (holding references) hash and compare without collecting: by identity,
  // or by __eq__ and __hash__ that cannot collect (generated code called while the dict's tables
  // are held by raw pointers): no class they may be an instance of is in key_method_classes.
  static bool identity_key(TypeRef t);
  // The program's classes defining __eq__ or __hash__ that may collect (set by the constructor):
  // their instances are no keys of a dict or set on the collector (refused).
  static inline std::vector<const annotate::ClassDef*> key_method_classes;
  // A method call on such a dict that --gc=gen supports (get, pop, setdefault, keys, values,
  // items, copy, update, clear).
  static bool dict_method_ok(const ir::Expr& call);
  // Whether a value of type t on the collector holds values of Boehm's heap (strings, lists of
  // numbers...): the collector's memory is then scanned by Boehm.
  static bool holds_boehm(TypeRef t);
  static inline bool python2 = false;  // set by the emitter: Python 2's dicts stay on Boehm's heap
  // A tuple (held by value) whose items are such references, numbers or such tuples, one at least
  // a reference: its reference items are rooted, traced inside lists and fields, and barriered
  // like references (docs/GC.md, step 3d). A tuple that also holds a value of Boehm's heap, or a
  // namedtuple, is not one (refused).
  static bool is_ref_tuple(TypeRef t);
  // An iterator (rpy::Iterator<T>, a Boehm object) over such references or tuples: a generator
  // (its frame's references are roots, rpy/gen_generator.hpp) hands each item out by a step that
  // copies it into a rooted variable or a rooted list (docs/GC.md, "Iterators over instances").
  // Held by locals, parameters and results only; the checker admits its makers and consumers.
  static bool is_ref_iter(TypeRef t);
  // Whether a variable or temporary of type t must be rooted: a reference or such a tuple.
  static bool is_rooted(TypeRef t) { return is_ref(t) || is_ref_tuple(t); }
  // A method call on a list of references that --gc=gen supports (append, pop, insert, reverse,
  // extend with such a list).
  static bool list_method_ok(const ir::Expr& call);
  // Whether a value of type t holds such references (itself, or in items, fields of tuples...).
  static bool holds_ref(TypeRef t);
  // Numbers, booleans, characters and None: values that are no reference to any heap.
  static bool scalar_type(TypeRef t);
  // Whether some instance on the collector may hold a value of Boehm's heap (a string, a list of
  // numbers...): the collector's memory is then scanned by Boehm (docs/GC.md).
  bool boehm_fields() const;
  // Whether a call of g may allocate on the collector (a whole-program fixpoint, RPython's
  // collect_analyzer): its reference-holding locals are rooted then.
  bool collects(const ir::Graph& g) const { return collecting_.count(&g) != 0; }
  // Whether evaluating e may allocate on the collector.
  bool can_collect(const ir::Expr& e);
  // The first construct of the program outside what --gc=gen supports: where, in which graph
  // (null for a class or a prebuilt value) and what ("" when the whole program is supported).
  struct Refusal {
    Loc loc;
    ir::Graph* graph = nullptr;
    std::string what;
  };
  Refusal unsupported();
  annotate::Annotator& annotator() const { return ann_; }

 private:
  annotate::Annotator& ann_;
  std::unordered_set<const ir::Graph*> collecting_;
  std::unordered_set<std::string> collecting_methods_;  // names of the methods of which some override collects
  std::unordered_map<const ir::Expr*, bool> memo_;
  void find_collecting();  // the fixpoint of collecting_ and collecting_methods_
  std::vector<const annotate::ClassDef*> collecting_key_classes() const;
  bool collects_here(const ir::Expr& e) const;
  bool block_collects(const ir::Block& b) const;
  bool expr_collects(const ir::Expr& e) const;
};

}  // namespace rpy::codegen
