// The codewriter (docs/JIT.md 5, 6): from the typed IR graphs reachable from each portal to
// jitcode, descriptors and helpers. Codewriter holds the program-wide tables and the policy;
// GraphWriter lowers one graph.
#pragma once
#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "annotate/annotator.hpp"
#include "codegen/emitter.hpp"
#include "common/diagnostics.hpp"
#include "jit/model.hpp"

namespace rpy::jit {

// An int or a bool (a jitcode int register); false for no type yet.
inline bool intlike(TypeRef t) { return t && (t->kind == annotate::TypeKind::Int || t->kind == annotate::TypeKind::Bool); }

// Thrown by GraphWriter for a construct it does not lower: the graph stays residual.
struct Unsupported {
  Loc loc;
  std::string why;
};

class Codewriter {
 public:
  Codewriter(annotate::Annotator& ann, codegen::Emitter& em, const SourceManager& sm, Diagnostics& diags);

  // Finds the drivers and portals, decides which graphs are looked inside, writes their jitcode
  // (assembled). False after reporting errors.
  bool run();

  std::vector<DriverOut> drivers;
  std::vector<JitCodeOut> codes;
  std::vector<FieldOut> fields;
  std::vector<ListOut> lists;
  std::vector<ClassOut> classes;
  std::vector<CallOut> calls;
  std::vector<ir::Graph*> reachable;                 // graphs reachable from the portals, in order
  std::map<const ir::Graph*, std::string> residual;  // those not looked inside, with the reason

  // --- used by GraphWriter
  int code_index(const ir::Graph* g) const;  // -1: not looked inside
  bool is_portal(const ir::Graph* g) const;
  DriverOut* driver_of_portal(const ir::Graph* g);
  int driver_index(const modules::Obj* driver) const;
  uint16_t field(annotate::ClassDef* owner, const std::string& attr, TypeRef type);
  uint16_t list(TypeRef item);
  uint16_t klass(annotate::ClassDef* cls);
  uint16_t graph_call(ir::Graph* g);  // the CallDescr of a compiled graph (its wrapper)
  // A helper printing `e` (or statement `s`) over evaluated operands; throws Unsupported when
  // codegen's printing reaches inside an operand.
  uint16_t expr_helper(ir::Graph& g, ir::Expr& e, const std::vector<ir::Expr*>& operands);
  uint16_t stmt_helper(ir::Graph& g, ir::Stmt& s, const std::vector<ir::Expr*>& operands);
  uint16_t truth_helper(TypeRef t);
  uint16_t convert_helper(TypeRef from, TypeRef to);
  // for loops over iterators (codewriter_iter.cpp): `make` builds the rpy::Iterator from the
  // iterable's words; a step returns (more, element words...).
  uint16_t iter_helper(const std::string& make, TypeRef src, const std::string& name);
  uint16_t step_helper(TypeRef elem);
  // Python 3: the graphs that may re-raise the exception their caller handles (a bare raise
  // outside their except clauses, or a call there of such a graph), and the helper d run inside
  // a C++ handler of one more argument, the exception a jitcode except clause handles
  // (codewriter_reraise.cpp).
  std::set<const ir::Graph*> reraisers;
  void find_reraisers();
  uint16_t in_handler_call(uint16_t d);
  // A helper whose C++ body the codewriter writes itself (reads a[], writes r[]).
  uint16_t raw_helper(const std::string& body, const std::string& arg_kinds, const std::string& result_kinds, uint8_t flags,
                      const std::string& name);
  // The flattened components of a value of type t (none for None; the items of a tuple).
  std::vector<TypeRef> components(TypeRef t, Loc loc);
  Kind kind_of(TypeRef t);
  bool is_void(TypeRef t);
  std::string ctype(TypeRef t) { return em.ctype(t); }

  // Python 2: some bare raise may re-raise an exception other than its except clause's own
  // (ir::reraises_other): except clauses record it in rpy::exc_info2, which the JIT does not, so
  // functions that catch stay residual.
  bool exc_info2 = false;
  annotate::Annotator& ann;
  codegen::Emitter& em;
  const SourceManager& sm;
  Diagnostics& diags;

 private:
  bool find_drivers();
  // Rewrites the for loops around a portal's merge point as while loops over hidden iterator
  // locals (portal_for.cpp); "" or why one cannot be.
  std::string lower_portal_for_loops(ir::Graph& g, const ir::Expr* call);

 public:
  // The items a jitcode loop over `it` steps an rpy::Iterator through (codewriter_iter.cpp), as
  // the loop variable's type for a tuple; null when the codewriter has no loop over it.
  TypeRef loop_elem(ir::Expr& it, TypeRef var_type);

 private:
  void collect_reachable();
  std::string static_reason(ir::Graph* g);  // why g cannot be looked inside, or ""
  void reset_tables();
  std::string operands_body(ir::Graph& g, const std::vector<ir::Expr*>& operands, codegen::JitOperands& ops, std::string& kinds);
  uint16_t add_call(CallOut c);

  std::map<const ir::Graph*, int> code_index_;
  std::map<std::pair<const void*, std::string>, uint16_t> field_index_, list_index_;
  std::map<const annotate::ClassDef*, uint16_t> class_index_;
  std::map<const ir::Graph*, uint16_t> graph_call_index_;
  std::map<std::string, uint16_t> call_index_;  // by body
  std::map<const void*, CallOut> printed_;      // helper bodies printed once per Expr/Stmt
};

// Lowers one graph into jitcode instructions (codewriter_stmt.cpp, codewriter_expr.cpp,
// codewriter_call.cpp).
class GraphWriter {
 public:
  GraphWriter(Codewriter& cw, ir::Graph& g, JitCodeOut& out) : cw_(cw), g_(g), out_(out) {}
  void write();  // throws Unsupported

 private:
  friend struct TempScope;
  // registers
  RegRef new_reg(Kind k);
  Val new_val(const std::vector<TypeRef>& comps);
  Val var_val(const ir::Var* v);
  RegRef konst(Kind k, const std::string& cpp, const std::string& shown);
  RegRef int_const(int64_t v);
  RegRef default_const(TypeRef t);
  // emission
  void emit(int op, std::vector<Operand> ops);
  uint32_t new_label();
  void place(uint32_t label);
  static Operand in(RegRef r);
  static Operand out(RegRef r);
  static Operand lbl(uint32_t l);
  static Operand imm(uint32_t v, Operand::Tag tag = Operand::Imm);
  static Operand list(Kind k, std::vector<RegRef> regs, bool result = false);
  void move(const Val& dst, const Val& src);
  void copy_into(RegRef dst, RegRef src);
  // statements (codewriter_stmt.cpp)
  void block(ir::Block& b);
  void stmt(ir::Stmt& s);
  void stmt_while(ir::Stmt& s);
  void stmt_for(ir::Stmt& s);
  // codewriter_iter.cpp: the loop over an rpy::Iterator, and the register holding it
  void for_iterator(ir::Stmt& s, uint32_t top, uint32_t els, const Val& var);
  RegRef iterator_of(ir::Expr& it, TypeRef var_type, TypeRef& elem);
  void stmt_try(ir::Stmt& s);
  void stmt_return(ir::Stmt& s);
  void stmt_raise(ir::Stmt& s);
  void exit_to(size_t try_depth);  // runs the finally bodies of the try statements above try_depth
  void helper_stmt(ir::Stmt& s);
  // expressions (codewriter_expr.cpp)
  Val expr(ir::Expr& e);
  Val expr_as(ir::Expr& e, TypeRef to);
  Val convert(const Val& v, TypeRef from, TypeRef to, Loc loc);
  RegRef truth(ir::Expr& e);
  RegRef truth_of(const Val& v, TypeRef t, Loc loc);
  void branch_if_false(ir::Expr& test, uint32_t target);
  void branch_if_true(ir::Expr& test, uint32_t target);
  bool native_binop(ir::Expr& e, Val& result);
  RegRef wrap_sized(RegRef v, TypeRef t);  // an int word wrapped to a sized int's width
  bool native_compare(ir::Expr& e, Val& result);
  Val and_or(ir::Expr& e);
  Val if_exp(ir::Expr& e);
  Val get_attr(ir::Expr& e);
  Val get_item(ir::Expr& e);
  bool owned_list(ir::Expr& e, ir::Expr& n, ir::Expr& item, Val& out_list);
  Val none_check(ir::Expr& e);
  Val helper_expr(ir::Expr& e, const std::vector<ir::Expr*>& operands);
  std::vector<ir::Expr*> whole_operands(const std::vector<ir::Expr*>& roots);
  Val call_descr(uint16_t descr, const std::vector<Val>& args, const std::vector<TypeRef>& result_comps, bool residual, uint16_t code);
  // calls (codewriter_call.cpp)
  Val call(ir::Expr& e);
  Val call_builtin(ir::Expr& e);
  Val call_graph(ir::Expr& e, ir::Graph* target, const std::vector<Val>& params);
  std::vector<Val> bind_params(ir::Expr& e, ir::Graph* target, const Val* receiver);
  Val instantiate(ir::Expr& e);
  bool method_dispatch(ir::Expr& e, Val& result);  // several targets (codewriter_dispatch.cpp)
  bool isinstance(ir::Expr& e, Val& result);
  Val promote(ir::Expr& arg, bool by_value = false);  // by_value: promote_string/promote_unicode
  std::vector<ir::Expr*> call_operands(ir::Expr& e);

  Codewriter& cw_;
  ir::Graph& g_;
  JitCodeOut& out_;
  std::map<const ir::Var*, Val> vars_;
  uint16_t next_[3] = {0, 0, 0};
  uint32_t labels_ = 0;
  int line_ = 0;
  struct Loop {
    uint32_t brk, cont;
    size_t try_depth;
  };
  std::vector<Loop> loops_;
  struct Try {
    bool is_finally;
    uint32_t handler;
    uint32_t open_start;  // label where the current protected interval began (UINT32_MAX: closed)
    ir::Block* finalbody;
    std::vector<std::pair<uint32_t, uint32_t>> intervals;
  };
  std::vector<Try> tries_;
  std::vector<RegRef> handled_;        // the exception each enclosing except clause handles (bare raise)
  std::vector<bool> handler_catches_;  // whether that clause's body has a try/except of its own
  // Python 2's sys.exc_info() (Codewriter::exc_info2): the value the function found at its
  // entry, put back when it returns or raises (codegen's rpy::ExcInfoFrame); none: no restore
  bool restores_exc_info_ = false;
  RegRef exc_saved_{};
  void restore_exc_info();
  size_t pending_reopen_ = SIZE_MAX;  // exit_to: try statements to reopen after the jump
  void reopen();
};

// Temporaries live until the end of the statement that allocated them.
struct TempScope {
  GraphWriter& w;
  uint16_t saved[3];
  explicit TempScope(GraphWriter& gw) : w(gw) { std::copy(gw.next_, gw.next_ + 3, saved); }
  ~TempScope() { std::copy(saved, saved + 3, w.next_); }
};

// The dict a `for` loop over `it` visits the entries of (a dict, its keys/values/items views), and
// which part of them (`what`: 0 keys, 1 values, 2 items); null for other iterables.
ir::Expr* dict_loop_source(Codewriter& cw, ir::Expr& it, int& what);

// rpython.rlib.jit.promote, promote_string, promote_unicode: hints, never called.
bool is_rlib_promote(const ir::Graph* g);

// Assembles out.insns into out.code (labels, constant registers, handlers, line table).
void assemble(JitCodeOut& out);
// Registers live just before and just after each instruction of out.insns, per kind.
struct Liveness {
  std::vector<std::vector<std::set<uint16_t>>> in, out;
};
Liveness compute_liveness(const JitCodeOut& out);
// Registers live just before instruction `at` (index into out.insns), per kind.
std::vector<std::set<uint16_t>> live_before(const JitCodeOut& out, size_t at);
// Whether the instruction is a resume point (a guard or a call may stop there), and whether its
// live registers are those after it (calls) rather than before.
bool is_resume_point(int op, bool* after);

// --dump-jitcode: the drivers, the policy's decisions and every jitcode, disassembled.
std::string dump_jitcode(const Codewriter& cw);

}  // namespace rpy::jit
