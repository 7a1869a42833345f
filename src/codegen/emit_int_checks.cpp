// Ints in scripts (RPYTHON.md section 5, docs/ARCHITECTURE.md "Ints in scripts"): a program
// without target() means what python3 (or python2.7) does with it, and there ints are unbounded,
// so int arithmetic that leaves 64 bits stops the program (rpy::chk_* in rpy/ints.hpp) instead of
// printing a wrapped number. RPython programs, and rpy's own RPython library they use
// (rpython.*), keep machine-word wrapping (rpy::int_*).
//
// One exception keeps the checks off where wrapping is exact: the low bits of a wrapped result are
// the low bits of the true result, so an int expression whose value only reaches `x & c` (c a
// non-negative constant), `x % 2**k` (k <= 62), intmask(x), r_uint(x) or another sized int, directly or through
// other `+ - * << ** & | ^ -x ~x` of the same expression tree, computes wrapping and stays exact
// (`(h * 31 + ord(c)) & 0xFFFFFFFF`, `(x * 1103515245 + 12345) % 2**31`); so do `//`, abs() and
// sum() there (see mark_low_bits).
#include "annotate/descs.hpp"
#include "codegen/emitter.hpp"
#include "codegen/range_facts.hpp"
#include "modules/script.hpp"

namespace rpy::codegen {

using annotate::BuiltinId;
using annotate::TypeKind;
using ir::Expr;
using ir::ExprOp;
using syntax::BinOp;
namespace m = rpy::modules;

// rpy's RPython library (lib/rpython, lib/pypy, lib/py) is written for translated RPython.
static bool is_rpython_library(const ir::Graph& g) {
  if (!g.desc || !g.desc->func || g.desc->func->kind != m::ObjKind::Function) return false;
  const m::ModuleObj* mod = g.desc->fn()->module;
  if (!mod) return false;
  const std::string& n = mod->name;
  for (const char* root : {"rpython", "pypy", "py"}) {
    size_t k = std::char_traits<char>::length(root);
    if (n.compare(0, k, root) == 0 && (n.size() == k || n[k] == '.')) return true;
  }
  return false;
}

bool Emitter::checks_ints(const Expr& e) {
  if (!opts_.unbounded_ints || jit_operands || !cur_graph_ || wrap_ok_.count(&e)) return false;
  if (is_rpython_library(*cur_graph_)) return false;
  // `i + 1` of a range loop's index cannot overflow (range_facts.cpp)
  if (range_graph_ != cur_graph_) {
    range_facts_ = range_indices(*cur_graph_);
    range_graph_ = cur_graph_;
  }
  return !add_sub_cannot_overflow(e, range_facts_);
}

std::string Emitter::int_fn(const char* op, const Expr& e) { return std::string(checks_ints(e) ? "rpy::chk_" : "rpy::int_") + op; }

static bool is_plain_int(TypeRef t) { return t && t->kind == TypeKind::Int && !t->bits; }

// The value of a constant int expression (a literal, or `2**31`, `1 << 40`, `-1` of literals).
static bool const_int(const Expr& e, int64_t& v) {
  if (e.op == ExprOp::Const) {
    if (!e.value || e.value->kind != m::ObjKind::Int) return false;
    v = e.value->as<m::IntObj>()->value;
    return true;
  }
  int64_t a, b;
  if (e.op == ExprOp::UnaryOp && e.unop == syntax::UnaryOp::Neg && const_int(*e.args[0], a)) return !__builtin_sub_overflow(0, a, &v);
  if (e.op != ExprOp::BinOp || !const_int(*e.args[0], a) || !const_int(*e.args[1], b)) return false;
  switch (e.binop) {
    case BinOp::Add:
      return !__builtin_add_overflow(a, b, &v);
    case BinOp::Sub:
      return !__builtin_sub_overflow(a, b, &v);
    case BinOp::Mul:
      return !__builtin_mul_overflow(a, b, &v);
    case BinOp::LShift:
      if (b < 0 || b > 62 || a < 0 || a > (INT64_MAX >> b)) return false;
      v = a << b;
      return true;
    case BinOp::Pow:
      if (b < 0) return false;
      for (v = 1; b > 0; --b)
        if (__builtin_mul_overflow(v, a, &v)) return false;
      return true;
    default:
      return false;
  }
}

// Only e's low bits (at most 64) are observed: e and the operands that feed them may wrap. The
// operations whose wrapped result is the true one modulo 2**64 are marked: + - * << ** and unary
// minus, whose operands' low bits suffice (they are marked in turn), and //, abs() and sum(),
// exact modulo 2**64 as well (-2**63 // -1 and abs(-2**63) wrap to -2**63 = 2**63 - 2**64) but
// only from exact operands.
static void mark_low_bits(Expr& e, std::unordered_set<const Expr*>& ok) {
  if (!is_plain_int(e.type)) return;
  if (e.op == ExprOp::Call && e.call_kind == ir::CallKind::Builtin) {
    auto id = static_cast<BuiltinId>(e.builtin_id);
    if (id == BuiltinId::Abs || id == BuiltinId::Sum) ok.insert(&e);
    return;
  }
  if (e.op == ExprOp::UnaryOp) {
    if (e.unop == syntax::UnaryOp::Neg || e.unop == syntax::UnaryOp::Invert || e.unop == syntax::UnaryOp::Pos) {
      ok.insert(&e);
      mark_low_bits(*e.args[0], ok);
    }
    return;
  }
  if (e.op != ExprOp::BinOp) return;
  switch (e.binop) {
    case BinOp::Add:
    case BinOp::Sub:
    case BinOp::Mul:
    case BinOp::BitAnd:
    case BinOp::BitOr:
    case BinOp::BitXor:
      ok.insert(&e);
      mark_low_bits(*e.args[0], ok);
      mark_low_bits(*e.args[1], ok);
      return;
    case BinOp::LShift:  // the count must be exact; the low bits of a << n are those of a, moved
    case BinOp::Pow:     // the low bits of a ** n depend on a's low bits only
      ok.insert(&e);
      mark_low_bits(*e.args[0], ok);
      return;
    case BinOp::FloorDiv:
    case BinOp::Div:
      ok.insert(&e);
      return;
    default:
      return;  // >> and % carry high bits down: their operands must be exact
  }
}

// The exact value of a tree of int literals under + - * << ** and unary - ~ (Python's value, in
// 128 bits): false when it is not such a tree or leaves 128 bits.
static bool const_tree(const Expr& e, __int128& v) {
  if (e.op == ExprOp::Const) {
    if (!e.value || e.value->kind != m::ObjKind::Int) return false;
    v = e.value->as<m::IntObj>()->value;
    return true;
  }
  __int128 a, b;
  if (e.op == ExprOp::UnaryOp && const_tree(*e.args[0], a)) {
    if (e.unop == syntax::UnaryOp::Invert) a = -a - 1;
    if (e.unop == syntax::UnaryOp::Neg) a = -a;
    v = a;
    return true;
  }
  if (e.op != ExprOp::BinOp || !const_tree(*e.args[0], a) || !const_tree(*e.args[1], b)) return false;
  switch (e.binop) {
    case BinOp::Add:
      return !__builtin_add_overflow(a, b, &v);
    case BinOp::Sub:
      return !__builtin_sub_overflow(a, b, &v);
    case BinOp::Mul:
      return !__builtin_mul_overflow(a, b, &v);
    case BinOp::LShift:
      if (b < 0 || b > 125 || a > (static_cast<__int128>(1) << (125 - static_cast<int>(b))) ||
          -a > (static_cast<__int128>(1) << (125 - static_cast<int>(b))))
        return false;
      v = a * (static_cast<__int128>(1) << static_cast<int>(b));
      return true;
    case BinOp::Pow:
      if (b < 0 || b > 127) return false;
      for (v = 1; b > 0; --b)
        if (__builtin_mul_overflow(v, a, &v)) return false;
      return true;
    default:
      return false;
  }
}

static void mark_tree(Expr& e, std::unordered_set<const Expr*>& ok) {
  if (e.op != ExprOp::BinOp && e.op != ExprOp::UnaryOp) return;
  ok.insert(&e);
  for (auto& a : e.args) mark_tree(*a, ok);
}

void Emitter::mark_masked_operands(Expr& e) {
  if (!opts_.unbounded_ints) return;
  // A constant expression whose value fits (`-(2 ** 63) + 1`) computes wrapping: the operations
  // of the tree are exact modulo 2**64, so its wrapped value is its value.
  __int128 v;
  if (is_plain_int(e.type) && (e.op == ExprOp::BinOp || e.op == ExprOp::UnaryOp) && !wrap_ok_.count(&e) && const_tree(e, v) &&
      v >= INT64_MIN && v <= INT64_MAX)
    mark_tree(e, wrap_ok_);
  int64_t c;
  if (e.op == ExprOp::BinOp && is_plain_int(e.type) && e.args.size() == 2) {
    if (e.binop == BinOp::BitAnd) {
      for (int i = 0; i < 2; ++i)
        if (const_int(*e.args[i], c) && c >= 0) mark_low_bits(*e.args[1 - i], wrap_ok_);
    } else if (e.binop == BinOp::Mod && const_int(*e.args[1], c) && c > 0 && (c & (c - 1)) == 0 && c <= (int64_t{1} << 62)) {
      mark_low_bits(*e.args[0], wrap_ok_);
    }
    return;
  }
  if (e.op == ExprOp::Call && e.call_kind == ir::CallKind::Builtin && e.args.size() == 2 && e.kwnames.empty()) {
    auto id = static_cast<BuiltinId>(e.builtin_id);
    // intmask(x), r_uint(x) and the sized ints (r_uint32(x)...) keep x's low bits
    if (id == BuiltinId::Intmask || id == BuiltinId::RUint || id == BuiltinId::RInt || id == BuiltinId::RLongLong ||
        id == BuiltinId::RULongLong || id == BuiltinId::RlibSizedInt)
      mark_low_bits(*e.args[1], wrap_ok_);
  }
}

// A script's module variable read where no assignment may have run yet (ir::Expr::check_defined):
// its holder's flag tells, and Python's NameError is raised when it is unset.
std::string Emitter::checked_module_var(Expr& e) {
  e.check_defined = false;
  std::string value = expr_node(e);
  e.check_defined = true;
  bool global = is_python2() && cur_graph_ && cur_graph_->name != "<module>";  // Python 2 says "global name" in functions
  std::string msg = std::string(global ? "global name '" : "name '") + e.attr + "' is not defined";
  return "({ if (__builtin_expect(!" + expr(*e.args[0]) + "->a_" + m::script_defined_flag(e.attr) +
         ", 0)) rpy::raise_exc<rpy::NameError>(\"" + msg + "\"); " + value + "; })";
}

// A script's local read where some path leaves it unbound (ir::Expr::defined, ir/webs.cpp): its
// flag tells, and Python's UnboundLocalError is raised when it is unset.
std::string Emitter::checked_local(Expr& e) {
  ir::Var* flag = e.defined;
  e.defined = nullptr;
  std::string value = expr_node(e);
  e.defined = flag;
  std::string msg = is_python2() ? "local variable '" + e.var->name + "' referenced before assignment"
                                 : "cannot access local variable '" + e.var->name + "' where it is not associated with a value";
  std::string exc = "rpy::UnboundLocalError";
  if (cur_graph_ && std::find(cur_graph_->captured.begin(), cur_graph_->captured.end(), e.var) != cur_graph_->captured.end()) {
    // A free variable: the enclosing function's cell, not assigned yet (or deleted).
    exc = "rpy::NameError";
    msg = is_python2() ? "free variable '" + e.var->name + "' referenced before assignment in enclosing scope"
                       : "cannot access free variable '" + e.var->name + "' where it is not associated with a value in enclosing scope";
  }
  // A variable nothing assigns (a Python 3 handler's name read after the handler): the read
  // always raises, and has no value.
  if (!e.var->type || e.var->type->kind == TypeKind::Impossible) return "(rpy::raise_exc<" + exc + ">(\"" + msg + "\"), nullptr)";
  return "({ if (__builtin_expect(!" + var_name(flag) + ", 0)) rpy::raise_exc<" + exc + ">(\"" + msg + "\"); " + value + "; })";
}

}  // namespace rpy::codegen
