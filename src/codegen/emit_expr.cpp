// C++ for IR expressions.
#include <algorithm>
#include <functional>

#include "codegen/emit_bytes.hpp"
#include "codegen/emit_rlib.hpp"
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::TypeKind;
using ir::Expr;
using ir::ExprOp;
using syntax::BinOp;
using syntax::CmpOp;
namespace m = rpy::modules;

static bool is_int(TypeRef t) { return t && (t->kind == TypeKind::Int || t->kind == TypeKind::Bool); }
static bool is_float(TypeRef t) { return t && t->kind == TypeKind::Float; }
static bool is_strlike(TypeRef t) { return t && (t->kind == TypeKind::Str || t->kind == TypeKind::Char || t->kind == TypeKind::Unicode); }

std::string Emitter::truth(Expr& e) { return truth_of_code(expr(e), e.type); }

// Python's truth value of C++ code c of type t, as a C++ bool.
std::string Emitter::truth_of_code(const std::string& c, TypeRef t) {
  if (annotate::is_optional_value(t)) return "rpy::opt_truth(" + c + ")";  // None, or the value's truth
  switch (t ? t->kind : TypeKind::Impossible) {
    case TypeKind::Bool:
      return c;
    case TypeKind::Int:
    case TypeKind::UInt:
      return "(" + c + " != 0)";
    case TypeKind::Float:
      return "(" + c + " != 0.0)";
    case TypeKind::Number:
      return "(" + c + ").truth()";
    case TypeKind::Char:
      return "true";
    case TypeKind::Str:
    case TypeKind::Unicode:
    case TypeKind::Bytes:
      return t->nullable ? "([](const rpy::Str* s) { return s && s->len != 0; }(" + c + "))" : "((" + c + ")->len != 0)";
    case TypeKind::List:
    case TypeKind::Dict:
    case TypeKind::ByteArray:
      return t->nullable ? "([](auto* l) { return l && l->len != 0; }(" + c + "))" : "((" + c + ")->len != 0)";
    case TypeKind::Instance:
      return "(" + c + " != nullptr)";
    case TypeKind::None:
      return "(" + c + ", false)";
    case TypeKind::Tuple:
      return t->items.empty() ? "false" : "true";
    case TypeKind::Function:
      return is_closure_type(t) ? "(" + c + " != nullptr)" : "(" + c + " >= 0)";
    case TypeKind::Method:  // a bound method value: its receiver
      if (annotate::method_names(t).size() > 1) return "(" + c + ".self != nullptr)";
      return t->nullable ? "(" + c + " != nullptr)" : "true";
    case TypeKind::Impossible:
      return "(" + c + ", false)";
    default:
      return "true";
  }
}

std::string Emitter::emit_binop(Expr& e) {
  Expr& a = *e.args[0];
  Expr& b = *e.args[1];
  TypeRef ta = a.type, tb = b.type, tr = e.type;
  if (tr && tr->kind == TypeKind::Impossible) return "(" + expr(a) + ", " + expr(b) + ", nullptr)";
  if (std::string r = emit_number_binop(e); !r.empty()) return r;  // emit_numbers.cpp
  if (is_int(tr) || (tr && tr->kind == TypeKind::Bool)) {
    std::string x = expr_as(a, tt.integer()), y = expr_as(b, tt.integer());
    if (tr->kind == TypeKind::Bool) {
      x = expr(a);
      y = expr(b);
    }
    switch (e.binop) {
      case BinOp::Add:
        return int_fn("add", e) + "(" + x + ", " + y + ")";
      case BinOp::Sub:
        return int_fn("sub", e) + "(" + x + ", " + y + ")";
      case BinOp::Mul:
        return int_fn("mul", e) + "(" + x + ", " + y + ")";
      case BinOp::Div:
      case BinOp::FloorDiv:
        return int_fn("floordiv", e) + "(" + x + ", " + y + ")";
      case BinOp::Mod:
        return "rpy::int_mod(" + x + ", " + y + (is_python2() ? "" : ", \"integer modulo by zero\"") + ")";
      case BinOp::Pow:
        return int_fn("pow", e) + "(" + x + ", " + y + ")";
      case BinOp::LShift:
        return int_fn("lshift", e) + "(" + x + ", " + y + ")";
      case BinOp::RShift:
        return "rpy::int_rshift(" + x + ", " + y + ")";
      case BinOp::BitAnd:
        return "(" + x + " & " + y + ")";
      case BinOp::BitOr:
        return "(" + x + " | " + y + ")";
      case BinOp::BitXor:
        return "(" + x + " ^ " + y + ")";
      default:
        break;
    }
  }
  if (tr && tr->kind == TypeKind::UInt) {
    std::string x = expr_as(a, tt.uint()), y = expr_as(b, tt.uint());
    switch (e.binop) {
      case BinOp::Add:
        return "(" + x + " + " + y + ")";
      case BinOp::Sub:
        return "(" + x + " - " + y + ")";
      case BinOp::Mul:
        return "(" + x + " * " + y + ")";
      case BinOp::BitAnd:
        return "(" + x + " & " + y + ")";
      case BinOp::BitOr:
        return "(" + x + " | " + y + ")";
      case BinOp::BitXor:
        return "(" + x + " ^ " + y + ")";
      case BinOp::LShift:
        return "(" + y + " >= 64 ? 0 : " + x + " << " + y + ")";
      case BinOp::RShift:
        return "(" + y + " >= 64 ? 0 : " + x + " >> " + y + ")";
      case BinOp::Div:
      case BinOp::FloorDiv:
        return "([](uint64_t p, uint64_t q) { if (!q) rpy::raise_zero_division(\"integer division or modulo by zero\"); return p / q; }(" +
               x + ", " + y + "))";
      case BinOp::Mod:
        return std::string("([](uint64_t p, uint64_t q) { if (!q) rpy::raise_zero_division(\"") +
               (is_python2() ? "integer division or modulo by zero" : "integer modulo by zero") + "\"); return p % q; }(" + x + ", " + y +
               "))";
      default:
        break;
    }
  }
  if (e.binop == BinOp::TrueDiv && is_float(tr) && !is_float(ta) && !is_float(tb)) {
    if (ta->kind == TypeKind::UInt || tb->kind == TypeKind::UInt)
      return "rpy::float_div(" + expr_as(a, tt.floating()) + ", " + expr_as(b, tt.floating()) + ")";
    return "rpy::int_truediv(" + expr_as(a, tt.integer()) + ", " + expr_as(b, tt.integer()) + ")";
  }
  if (is_float(tr)) {
    std::string x = expr_as(a, tt.floating()), y = expr_as(b, tt.floating());
    switch (e.binop) {
      case BinOp::Add:
        return "(" + x + " + " + y + ")";
      case BinOp::Sub:  // (float_sub and float_mul: runtime/rpy/ints.hpp, a NaN's sign under clang)
        return "rpy::float_sub(" + x + ", " + y + ")";
      case BinOp::Mul:
        return "rpy::float_mul(" + x + ", " + y + ")";
      case BinOp::Div:
      case BinOp::TrueDiv:
        return "rpy::float_div(" + x + ", " + y + ")";
      case BinOp::FloorDiv:
        return "rpy::float_floordiv(" + x + ", " + y + ")";
      case BinOp::Mod:
        return "rpy::float_mod(" + x + ", " + y + ")";
      case BinOp::Pow:
        return "rpy::float_pow(" + x + ", " + y + ")";
      default:
        break;
    }
  }
  if (tr && (tr->kind == TypeKind::Str || tr->kind == TypeKind::Unicode)) {
    if (e.binop == BinOp::Add) {
      if (ta->kind == TypeKind::Char && tb->kind == TypeKind::Char) return "rpy::str_concat_chars(" + expr(a) + ", " + expr(b) + ")";
      if (ta->kind == TypeKind::Char) return "rpy::str_concat_char(" + expr(a) + ", " + expr(b) + ")";
      if (tb->kind == TypeKind::Char) return "rpy::str_concat_char(" + expr(a) + ", " + expr(b) + ")";
      return "rpy::str_concat(" + expr(a) + ", " + expr(b) + ")";
    }
    if (e.binop == BinOp::Mul) {
      if (is_strlike(ta)) return "rpy::str_repeat(" + expr_as(a, tt.str()) + ", " + expr_as(b, tt.integer()) + ")";
      return "rpy::str_repeat(" + expr_as(b, tt.str()) + ", " + expr_as(a, tt.integer()) + ")";
    }
    if (e.binop == BinOp::Mod) return emit_percent(e);
  }
  if (annotate::is_vtuple(tr) && (e.binop == BinOp::Add || e.binop == BinOp::Mul)) {  // a new tuple (rpy/vtuple.hpp)
    std::string item = ctype(tr->listdef->find()->item);
    if (e.binop == BinOp::Add) return "rpy::vtuple_concat<" + item + ">(" + expr_as(a, tr) + ", " + expr_as(b, tr) + ")";
    if (annotate::is_vtuple(ta)) return "rpy::vtuple_repeat<" + item + ">(" + expr_as(a, tr) + ", " + expr_as(b, tt.integer()) + ")";
    return "rpy::vtuple_repeat<" + item + ">(" + expr_as(b, tr) + ", " + expr_as(a, tt.integer()) + ")";
  }
  if (tr && tr->kind == TypeKind::List) {
    std::string item = ctype(tr->listdef->find()->item);
    auto is_range3 = [](TypeRef t) { return t && t->kind == TypeKind::List && t->listdef->find()->range3; };
    if ((e.binop == BinOp::Add || e.binop == BinOp::Mul) && (is_range3(ta) || is_range3(tb) || is_range3(tr))) {
      fail(e.loc, std::string("'") + (e.binop == BinOp::Add ? "+" : "*") +
                      "' of a Python 3 range is not supported: Python raises TypeError there (range "
                      "objects cannot be added or repeated), rpy makes range() a list; write list(range(...))");
      return "nullptr";
    }
    if (e.binop == BinOp::Add) {
      if (e.inplace)
        return "([&](auto* rpy_l) { rpy::list_extend<" + item + ">(rpy_l, " + expr_as(b, tr) + "); return rpy_l; }(" + expr_as(a, tr) +
               "))";
      return "rpy::list_concat<" + item + ">(" + expr_as(a, tr) + ", " + expr_as(b, tr) + ")";
    }
    if (e.binop == BinOp::Mul) {
      // [c] * n with a constant item: one allocation of n copies of c (no one-item list to copy).
      // Only a constant, so evaluating n first cannot be observed.
      Expr& l = ta->kind == TypeKind::List ? a : b;
      Expr& n = ta->kind == TypeKind::List ? b : a;
      // Not in a JIT helper whose operand is the whole list display (the codewriter makes n the
      // only operand of such a helper).
      if ((!jit_operands || !jit_operands->codes.count(&l)) && l.op == ExprOp::MakeList && l.args.size() == 1 &&
          l.args[0]->op == ExprOp::Const)
        return "rpy::list_filled<" + item + ">(" + expr_as(n, tt.integer()) + ", " + expr_as(*l.args[0], tr->listdef->find()->item) + ")";
      if (ta->kind == TypeKind::List) return "rpy::list_repeat<" + item + ">(" + expr_as(a, tr) + ", " + expr_as(b, tt.integer()) + ")";
      return "rpy::list_repeat<" + item + ">(" + expr_as(b, tr) + ", " + expr_as(a, tt.integer()) + ")";
    }
  }
  if (tr && tr->kind == TypeKind::Tuple && e.binop == BinOp::Add)
    return "std::tuple_cat(rpy::plain_tuple(" + expr(a) + "), rpy::plain_tuple(" + expr(b) + "))";
  if (tr && tr->kind == TypeKind::Dict) {
    std::string r = emit_dict_binop(e);  // set operators (emit_dict.cpp)
    if (!r.empty()) return r;
  }
  fail(e.loc, std::string("cannot generate code for ") + syntax::binop_symbol(e.binop) + " on " + annotate::describe(ta) + " and " +
                  annotate::describe(tb));
  return "0";
}

// The C++ operator of an ordering or equality comparison: Python's symbol is the same.
static const char* cmp_c(CmpOp op) { return syntax::cmpop_symbol(op); }

std::string Emitter::emit_compare(Expr& e) {
  Expr& a = *e.args[0];
  Expr& b = *e.args[1];
  TypeRef ta = a.type, tb = b.type;
  if (!ta || !tb || ta->kind == TypeKind::Impossible || tb->kind == TypeKind::Impossible)
    return "(" + expr(a) + ", " + expr(b) + ", false)";
  CmpOp op = e.cmp;
  {
    // A Python 3 range compared with a list is unequal there (another type), and ordered
    // comparisons of ranges raise TypeError: rpy's range() is a list, refused where it differs.
    auto range3 = [](TypeRef t) { return t->kind == TypeKind::List && t->listdef->find()->range3; };
    bool eq = op == CmpOp::Eq || op == CmpOp::NotEq;
    bool ordered = op == CmpOp::Lt || op == CmpOp::LtE || op == CmpOp::Gt || op == CmpOp::GtE;
    if ((range3(ta) || range3(tb)) && ((eq && !(range3(ta) && range3(tb)) && ta->kind == tb->kind) || ordered)) {
      fail(e.loc, std::string("'") + syntax::cmpop_symbol(op) +
                      "' between a Python 3 range and a list is not supported: Python's range is not a "
                      "list (== is False there, < raises TypeError), rpy makes range() a list; compare list(range(...))");
      return "false";
    }
  }
  if (std::string r = optional_compare(e); !r.empty()) return r;  // emit_optional.cpp
  if (tb->kind == TypeKind::Dict || ta->kind == TypeKind::Dict) {
    std::string r = emit_dict_compare(e);  // in, ==, subset tests (emit_dict.cpp)
    if (!r.empty()) return r;
  }
  if (op == CmpOp::In || op == CmpOp::NotIn) {
    std::string neg = op == CmpOp::NotIn ? "!" : "";
    if (is_strlike(tb)) {
      if (ta->kind == TypeKind::Char) {
        if (tb->kind == TypeKind::Char) return "(" + neg + "(" + expr(a) + " == " + expr(b) + "))";
        return neg + "rpy::str_contains_char(" + expr(b) + ", " + expr(a) + ")";
      }
      return neg + "rpy::str_contains(" + expr_as(b, tt.str()) + ", " + expr_as(a, tt.str()) + ")";
    }
    // A value that holds a str where the items hold a char (`(1, "ab") in enumerate("xyz")` in
    // Python 2) is compared as it is (eq_mixed: a str equals a char only when it is that one
    // character): converting it to the item's type would cut the str.
    auto value_as_item = [&](TypeRef item) {
      std::function<bool(TypeRef, TypeRef)> cuts = [&](TypeRef from, TypeRef to) {
        if (!from || !to) return false;
        if (to->kind == TypeKind::Char || to->kind == TypeKind::UniChar) return from->kind != to->kind;
        if (from->kind == TypeKind::Tuple && to->kind == TypeKind::Tuple && from->items.size() == to->items.size()) {
          for (size_t i = 0; i < from->items.size(); ++i)
            if (cuts(from->items[i], to->items[i])) return true;
        }
        return false;
      };
      return cuts(ta, item) ? expr(a) : expr_as(a, item);
    };
    if (tb->kind == TypeKind::List) {
      TypeRef item = tb->listdef->find()->item;
      return neg + "rpy::list_contains<" + ctype(item) + ">(" + expr(b) + ", " + value_as_item(item) + ")";
    }
    if (tb->kind == TypeKind::Iterator && !tb->items.empty()) {  // a generator or iterator: pulled up to the match
      // Items of a type no value has (a tuple holding an item of a list never filled): the
      // iterator yields nothing, but is still run to its end (its effects), and the test is false.
      bool no_item = tb->items[0]->kind == TypeKind::Impossible;
      if (tb->items[0]->kind == TypeKind::Tuple)
        for (TypeRef t : tb->items[0]->items) no_item = no_item || t->kind == TypeKind::Impossible;
      if (no_item) return "({ (void)(" + expr(a) + "); " + neg + "rpy::iter_drain(" + expr(b) + "); })";
      if (b.op == ExprOp::Call) {  // x in gen(): x first, then the generator, closed once the test is done
        std::string x = fresh("rpy_x");
        std::string d = dropped_after(b, [&](const std::string& c) { return neg + "rpy::iter_contains(" + c + ", " + x + ")"; });
        if (!d.empty()) return "({ auto " + x + " = " + value_as_item(tb->items[0]) + "; " + d + "; })";
      }
      return neg + "rpy::iter_contains(" + expr(b) + ", " + value_as_item(tb->items[0]) + ")";
    }
    if (tb->kind == TypeKind::Builtin) return neg + "rpy::os_environ_contains(" + expr_as(a, tt.str()) + ")";  // os.environ
    if (tb->kind == TypeKind::Tuple) {
      // x in (a, b, c): compared item by item, like Python: `a == x` in Python 3 (the item's
      // __eq__), `x == a` in Python 2.7 (tuplecontains compares the value with each item).
      std::string x = fresh("rpy_x"), t = fresh("rpy_t");
      std::string s = "({ auto " + x + " = " + expr(a) + "; auto " + t + " = " + expr(b) + "; " + neg + "(false";
      for (size_t i = 0; i < tb->items.size(); ++i) {
        std::string item = "std::get<" + std::to_string(i) + ">(" + t + ")";
        s += " || rpy::eq_mixed(" + (is_python2() ? x + ", " + item : item + ", " + x) + ")";
      }
      return s + "); })";
    }
    fail(e.loc, "'in' on " + annotate::describe(tb) + " is not supported yet");
    return "false";
  }
  if ((ta->kind == TypeKind::Class || ta->kind == TypeKind::Builtin) && (tb->kind == TypeKind::Class || tb->kind == TypeKind::Builtin) &&
      (ta->kind == TypeKind::Class || tb->kind == TypeKind::Class || e.args[0]->call_kind == ir::CallKind::ClassOf ||
       e.args[1]->call_kind == ir::CallKind::ClassOf ||
       // two builtin constants (type(n) is str, whose type(n) emit_order may have put in a temporary):
       // the same object or not, decided here; both print as 0, which a run-time == cannot tell apart
       (ta->kind == TypeKind::Builtin && tb->kind == TypeKind::Builtin && ta->const_value && tb->const_value)) &&
      (op == CmpOp::Is || op == CmpOp::IsNot || op == CmpOp::Eq || op == CmpOp::NotEq))
    return emit_class_compare(e, op == CmpOp::Is || op == CmpOp::Eq ? "==" : "!=");
  // Functions are equal when they are the same function. Each side's value is an index into its
  // own set of functions: the right one is renumbered into the left one's set (-2 when it is not
  // there) and read after it, in Python's order.
  // A builtin against a function value: the builtin as a function (annotate/builtin_values.cpp).
  bool funcs = (ta->kind == TypeKind::Function && (tb->kind == TypeKind::Function || tb->kind == TypeKind::Builtin)) ||
               (ta->kind == TypeKind::Builtin && tb->kind == TypeKind::Function);
  if (funcs && ta->kind == TypeKind::Builtin) ta = tb;
  if (funcs && op != CmpOp::Is && op != CmpOp::IsNot && op != CmpOp::Eq && op != CmpOp::NotEq) {
    fail(e.loc, std::string("comparison ") + syntax::cmpop_symbol(op) +
                    " between functions is not supported (Python 3 raises TypeError; Python 2 orders them arbitrarily)");
    return "false";
  }
  if (funcs) {
    std::string x = fresh("rpy_fx");
    std::string c = op == CmpOp::Is || op == CmpOp::Eq ? "==" : "!=";
    return "({ auto " + x + " = " + expr_as(a, ta) + "; " + x + " " + c + " " + expr_as(b, ta) + "; })";
  }
  // None against a value that cannot be None (an int, a float, a tuple...: no None in its C++
  // type, whose default is 0): never the same, never equal, whatever the value (`x == 0` was
  // emitted, so None == 0 was True). Both sides still run, in order.
  if ((op == CmpOp::Is || op == CmpOp::IsNot || op == CmpOp::Eq || op == CmpOp::NotEq) &&
      (ta->kind == TypeKind::None) != (tb->kind == TypeKind::None)) {
    TypeRef other = ta->kind == TypeKind::None ? tb : ta;
    TypeKind k = other->kind;
    bool value_kind = k == TypeKind::Bool || k == TypeKind::Int || k == TypeKind::UInt || k == TypeKind::Char || k == TypeKind::UniChar ||
                      k == TypeKind::Float || k == TypeKind::Number || k == TypeKind::Tuple;
    if (value_kind && !other->nullable && !annotate::is_optional_value(other)) {
      bool same = op == CmpOp::Is || op == CmpOp::Eq;
      return "((void)(" + expr(a) + "), (void)(" + expr(b) + "), " + (same ? "false" : "true") + ")";
    }
  }
  if (op == CmpOp::Is || op == CmpOp::IsNot) {
    if (std::string r = emit_distinct_identity(e); !r.empty()) return r;  // emit_identity.cpp
    std::string c = op == CmpOp::Is ? "==" : "!=";
    if (ta->kind == TypeKind::None && tb->kind == TypeKind::None) return op == CmpOp::Is ? "true" : "false";
    if (tb->kind == TypeKind::None) return "(" + expr(a) + " " + c + " " + default_value(ta) + ")";
    if (ta->kind == TypeKind::None) return "(" + default_value(tb) + " " + c + " " + expr(b) + ")";
    if (ta->kind == TypeKind::Instance && tb->kind == TypeKind::Instance)
      return "(static_cast<rpy::Object*>(" + expr(a) + ") " + c + " static_cast<rpy::Object*>(" + expr(b) + "))";
    return "(" + expr(a) + " " + c + " " + expr(b) + ")";
  }
  if (std::string r = emit_number_compare(e); !r.empty()) return r;  // emit_numbers.cpp
  const char* c = cmp_c(op);
  if (is_float(ta) || is_float(tb)) return "(" + expr_as(a, tt.floating()) + " " + c + " " + expr_as(b, tt.floating()) + ")";
  if (is_int(ta) && is_int(tb)) {
    if (ta->kind == TypeKind::Bool && tb->kind == TypeKind::Bool) return "(" + expr(a) + " " + c + " " + expr(b) + ")";
    return "(" + expr_as(a, tt.integer()) + " " + c + " " + expr_as(b, tt.integer()) + ")";
  }
  if (ta->kind == TypeKind::UInt || tb->kind == TypeKind::UInt)
    return "(" + expr_as(a, tt.uint()) + " " + c + " " + expr_as(b, tt.uint()) + ")";
  if (ta->kind == TypeKind::Char && tb->kind == TypeKind::Char)
    return "(static_cast<unsigned char>(" + expr(a) + ") " + c + " static_cast<unsigned char>(" + expr(b) + "))";
  if (is_strlike(ta) && is_strlike(tb)) {
    if (op == CmpOp::Eq || op == CmpOp::NotEq) {
      std::string neg = op == CmpOp::NotEq ? "!" : "";
      if (tb->kind == TypeKind::Char) return neg + "rpy::str_eq_char(" + expr(a) + ", " + expr(b) + ")";
      if (ta->kind == TypeKind::Char) return neg + "rpy::str_eq_char(" + expr(b) + ", " + expr(a) + ")";
      return neg + "rpy::str_eq(" + expr(a) + ", " + expr(b) + ")";
    }
    return "(rpy::str_cmp(" + expr_as(a, tt.str()) + ", " + expr_as(b, tt.str()) + ") " + c + " 0)";
  }
  if (op == CmpOp::Eq || op == CmpOp::NotEq) {
    std::string neg = op == CmpOp::NotEq ? "!" : "";
    if (ta->kind == TypeKind::None || tb->kind == TypeKind::None) {
      if (ta->kind == TypeKind::None && tb->kind == TypeKind::None) return op == CmpOp::Eq ? "true" : "false";
      return "(" + (ta->kind == TypeKind::None ? expr(b) : expr(a)) + " " + c + " " + default_value(ta->kind == TypeKind::None ? tb : ta) +
             ")";
    }
    // Lists and tuples of different item types compare item by item with Python's meaning
    // (`["x"] == ["xy"]` is a list of chars against a list of strs).
    if (ta->kind == TypeKind::List && tb->kind == TypeKind::List)
      return neg + (ctype(ta) == ctype(tb) ? "rpy::eq(" : "rpy::eq_mixed(") + expr(a) + ", " + expr(b) + ")";
    if (ta->kind == TypeKind::Tuple && tb->kind == TypeKind::Tuple) {
      if (annotate::same_type(ta, tb)) return "(" + neg + "rpy::same(" + expr(a) + ", " + expr(b) + "))";
      return "(" + neg + "rpy::eq_mixed(" + expr(a) + ", " + expr(b) + "))";
    }
    if ((annotate::is_vtuple(ta) && tb->kind == TypeKind::Tuple) || (ta->kind == TypeKind::Tuple && annotate::is_vtuple(tb)))
      return "(" + neg + "rpy::eq_mixed(" + expr(a) + ", " + expr(b) + "))";  // item by item (rpy/vtuple.hpp)
    if (ta->kind == TypeKind::Instance && tb->kind == TypeKind::Instance)
      return "(static_cast<rpy::Object*>(" + expr(a) + ") " + c + " static_cast<rpy::Object*>(" + expr(b) + "))";
    if (ta->kind != tb->kind) return op == CmpOp::Eq ? "false" : "true";
  }
  if ((ta->kind == TypeKind::List && tb->kind == TypeKind::List) || (ta->kind == TypeKind::Tuple && tb->kind == TypeKind::Tuple) ||
      (annotate::is_vtuple(ta) && tb->kind == TypeKind::Tuple) || (ta->kind == TypeKind::Tuple && annotate::is_vtuple(tb))) {
    // Lexicographic order (rpy::lt); a list of no items compares by length only.
    bool by_len = ta->kind == TypeKind::List && tb->kind == TypeKind::List &&
                  (ta->listdef->find()->item->kind == TypeKind::Impossible || tb->listdef->find()->item->kind == TypeKind::Impossible);
    {
      // Items of different types (a list of chars against a list of strs) compare by lt_mixed.
      std::string lt = annotate::same_type(ta, tb) || ctype(ta) == ctype(tb) ? "rpy::lt(" : "rpy::lt_mixed(";
      std::string x = fresh("rpy_cx"), y = fresh("rpy_cy");
      std::string s = "({ auto " + x + " = " + expr(a) + "; auto " + y + " = " + expr(b) + "; ";
      std::string lt_xy = by_len ? x + "->len < " + y + "->len" : lt + x + ", " + y + ")";
      std::string lt_yx = by_len ? y + "->len < " + x + "->len" : lt + y + ", " + x + ")";
      switch (op) {
        case CmpOp::Lt:
          return s + lt_xy + "; })";
        case CmpOp::LtE:
          return s + "!(" + lt_yx + "); })";
        case CmpOp::Gt:
          return s + lt_yx + "; })";
        case CmpOp::GtE:
          return s + "!(" + lt_xy + "); })";
        default:
          break;
      }
    }
  }
  fail(e.loc, std::string("comparison ") + syntax::cmpop_symbol(op) + " between " + annotate::describe(ta) + " and " +
                  annotate::describe(tb) + " is not supported yet");
  return "false";
}

std::string Emitter::to_str_code(Expr& e) {
  TypeRef t = e.type;
  if (!check_printable(t, e.loc)) return "nullptr";
  if (annotate::is_optional_value(t)) return "rpy::to_str(" + expr(e) + ")";
  if (t && t->kind == TypeKind::Str && !t->nullable) return expr(e);
  if (t && t->kind == TypeKind::Char) return "rpy::str_of_char(" + expr(e) + ")";
  if (t && t->kind == TypeKind::Int) return "rpy::int_to_str(" + expr(e) + ")";
  if (t && t->kind == TypeKind::Float) return "rpy::float_to_str(" + expr(e) + ")";
  if (t && t->kind == TypeKind::Bool) return "rpy::bool_to_str(" + expr(e) + ")";
  return "rpy::to_str(" + rlib::shown_arg(*this, expr(e), t) + ")";
}

static std::string raw_var_name(const ir::Var* v) {
  std::string n;
  for (char c : v->name) n += isalnum(static_cast<unsigned char>(c)) || c == '_' ? c : '_';
  return "v" + std::to_string(v->id) + "_" + n;
}
// A boxed variable (shared with closures) is the value in its cell.
std::string Emitter::var_name(const ir::Var* v) {
  if (v->cell_of) return "(" + cell_name(v->cell_of) + "->set)";  // a cell's "defined" flag
  return v->boxed ? "(" + cell_name(v) + "->v)" : raw_var_name(v);
}
std::string Emitter::cell_name(const ir::Var* v) { return raw_var_name(v) + "_cell"; }
std::string Emitter::param_name(const ir::Var* v) { return v->boxed ? cell_name(v) + "_in" : raw_var_name(v); }

// Declarations of a function's locals; a boxed variable gets its cell (a parameter's holds the
// argument; a closure's captured cells come from its environment, see closure_prologue).
void Emitter::declare_locals(ir::Graph& g) {
  for (auto& v : g.vars) {
    if (v->cell_of) continue;  // a field of the cell
    if (v->boxed) {
      if (std::find(g.captured.begin(), g.captured.end(), v.get()) != g.captured.end()) continue;
      line("auto* " + cell_name(v.get()) + " = rpy::make<rpy::Cell<" + ctype(v->type) + ">>();");
      if (v->is_param) line(cell_name(v.get()) + "->v = " + param_name(v.get()) + ";");
      continue;
    }
    if (!v->is_param && v.get() != g.vararg) line(ctype(v->type) + " " + var_name(v.get()) + " = " + default_value(v->type) + ";");
  }
}

// An instance that may be None, about to have an attribute read or written or a method called:
// AttributeError if it is None (Python's meaning; RPython would crash).
// An instance attribute read where the object may be of a class that never holds it (Token.start
// read through a base class whose other subclasses never set it): AttributeError for those.
std::string Emitter::checked_attr(const std::string& code, TypeRef t, const std::string& attr) {
  if (!t || t->kind != TypeKind::Instance) return code;
  std::vector<annotate::ClassDef*> lacking = ann.classes_lacking(t->cls, attr);
  if (lacking.empty()) return code;
  std::string ids;
  bool classic = true;  // Python 2 classic classes word the message "A instance has no attribute 'x'"
  for (auto* c : lacking) {
    ids += (ids.empty() ? "" : ", ") + std::to_string(c->id);
    classic = classic && !c->obj()->new_style;
  }
  return "rpy::has_attr(" + code + ", {" + ids + "}, \"" + attr + "\"" + (classic ? ", true" : "") + ")";
}

std::string Emitter::nonnull(const std::string& code, TypeRef t, const std::string& attr) {
  if (!t || !t->nullable) return code;
  return "rpy::nonnull(" + code + ", \"" + attr + "\")";
}

std::string Emitter::expr_node(Expr& e) {
  mark_emitted(e);
  if (std::string c = rlib::expr_node(*this, e); !c.empty()) return c;    // sized ints, bytearray
  if (std::string c = bytes3::expr_node(*this, e); !c.empty()) return c;  // Python 3 bytes (emit_bytes.cpp)
  switch (e.op) {
    case ExprOp::Const:
      return const_value(e.value, e.type, e.loc);
    case ExprOp::Local: {
      TypeRef vt = e.var->type;
      // A read that only values that are not None reach, of a number or tuple that may be None.
      if (annotate::is_optional_value(vt) && !annotate::is_optional_value(e.type) && e.type && e.type->kind != TypeKind::Impossible &&
          e.type->kind != TypeKind::None)
        return convert("(" + (e.defined ? checked_local(e) : var_name(e.var)) + ").v", annotate::strip_optional(tt, vt), e.type);
      if (e.defined) return checked_local(e);
      // A read that only narrower values reach (annotate: read_type) sees them as such.
      if (e.type && vt && e.type->kind == TypeKind::Instance && vt->kind == TypeKind::Instance && e.type->cls != vt->cls)
        return "static_cast<" + ctype(e.type) + ">(" + var_name(e.var) + ")";
      return var_name(e.var);
    }
    case ExprOp::SetLocal:
      return "(" + var_name(e.var) + " = " + expr_as(*e.args[0], e.var->type) + ")";
    case ExprOp::BinOp:
      return emit_binop(e);
    case ExprOp::UnaryOp: {
      Expr& a = *e.args[0];
      if (!a.type || a.type->kind == TypeKind::Impossible) return "(" + expr(a) + ", nullptr)";  // never computed
      if (std::string r = emit_number_unop(e); !r.empty()) return r;                             // emit_numbers.cpp
      if (e.unop == syntax::UnaryOp::Pos) return convert(expr(a), a.type, e.type);
      if (e.unop == syntax::UnaryOp::Invert) return "(~" + expr_as(a, e.type) + ")";
      if (is_float(e.type)) return "rpy::float_neg(" + expr(a) + ")";  // an opaque sign flip (runtime/rpy/ints.hpp)
      if (e.type && e.type->kind == TypeKind::UInt) return "(0 - " + expr(a) + ")";
      return int_fn("neg", e) + "(" + expr_as(a, tt.integer()) + ")";
    }
    case ExprOp::Not:
      return "(!" + truth(*e.args[0]) + ")";
    case ExprOp::Compare:
      return emit_compare(e);
    case ExprOp::And:
    case ExprOp::Or: {
      bool is_and = e.op == ExprOp::And;
      if (e.live > 0 && e.live < static_cast<int>(e.args.size())) {
        // A constant operand decided the result: the operands after it are dead (not annotated).
        std::vector<ir::ExprPtr> dead;
        for (size_t i = static_cast<size_t>(e.live); i < e.args.size(); ++i) dead.push_back(std::move(e.args[i]));
        e.args.resize(static_cast<size_t>(e.live));
        std::string code = e.args.size() == 1 ? (e.type && e.type->kind == TypeKind::Bool ? truth(*e.args[0]) : expr_as(*e.args[0], e.type))
                                              : expr_node(e);
        for (auto& d : dead) e.args.push_back(std::move(d));
        return code;
      }
      if (!e.kwnames.empty() || (e.type && e.type->kind == TypeKind::Bool)) {
        // Truth-value use: plain && / ||.
        std::string s = "(";
        for (size_t i = 0; i < e.args.size(); ++i) s += (i ? (is_and ? " && " : " || ") : "") + truth(*e.args[i]);
        return s + ")";
      }
      // Python value semantics: a and b -> (t = a, truth(t) ? b : t)
      std::string ct = ctype(e.type);
      ir::Expr& last = *e.args.back();
      bool last_none = !last.type || last.type->kind == TypeKind::None || last.type->kind == TypeKind::Impossible;
      std::string s = last_none ? convert("(" + expr(last) + ", nullptr)", tt.none(), e.type) : expr_as(last, e.type);
      for (size_t i = e.args.size() - 1; i-- > 0;) {
        std::string t = fresh("rpy_bo");
        ir::Expr& x = *e.args[i];
        bool none = !x.type || x.type->kind == TypeKind::None || x.type->kind == TypeKind::Impossible;
        std::string value = none ? "(" + expr(x) + ", nullptr)" : expr(x);  // a None operand may be a void call
        std::string truthv = truth_of_code(t, x.type);
        std::string self = convert(t, x.type, e.type);
        s = "([&]() -> " + ct + " { auto " + t + " = " + value + "; return (" + truthv + ") ? " + (is_and ? "(" + s + ")" : self) + " : " +
            (is_and ? self : "(" + s + ")") + "; }())";
      }
      return s;
    }
    case ExprOp::IfExp:
      if (e.live == 1 || e.live == 2) {  // a constant test: only that branch was annotated
        std::string arm = expr_as(*e.args[static_cast<size_t>(e.live)], e.type);
        return has_effects(*e.args[0]) ? "((void)(" + expr(*e.args[0]) + "), " + arm + ")" : arm;
      }
      return "(" + truth(*e.args[0]) + " ? " + expr_as(*e.args[1], e.type) + " : " + expr_as(*e.args[2], e.type) + ")";
    case ExprOp::Call: {
      // A function returning None (or never returning) is void in C++: as a value it is None.
      bool user_call = e.call_kind == ir::CallKind::Direct || e.call_kind == ir::CallKind::Method ||
                       e.call_kind == ir::CallKind::Indirect || e.call_kind == ir::CallKind::MethodSet;
      if (user_call && (!e.type || e.type->kind == TypeKind::None || e.type->kind == TypeKind::Impossible))
        return "(" + call(e) + ", nullptr)";
      return call(e);
    }
    case ExprOp::GetAttr: {
      if (e.check_defined) return checked_module_var(e);
      if (e.value && (e.attr != "__rpy_str__" && e.attr != "__rpy_repr__")) return const_value(e.value, e.type, e.loc);
      if (e.value)  // a constant class's text (print(type(C()))): the value still runs for its effects
        return has_effects(*e.args[0]) ? "((void)(" + expr(*e.args[0]) + "), " + const_value(e.value, e.type, e.loc) + ")"
                                       : const_value(e.value, e.type, e.loc);
      Expr& obj = *e.args[0];
      if (obj.type && obj.type->kind == TypeKind::Class && !obj.type->const_value) return emit_class_set_attr(e);
      if (obj.type && obj.type->kind == TypeKind::Module && e.attr == "argv") return "rpy::sys_argv";
      if (int i = annotate::namedtuple_field(obj.type, e.attr); i >= 0) return "std::get<" + std::to_string(i) + ">(" + expr(obj) + ")";
      if (obj.type && obj.type->kind == TypeKind::Tuple && obj.type->items.size() == 10) {
        static const char* const kStat[] = {"st_mode", "st_ino",  "st_dev",   "st_nlink", "st_uid",
                                            "st_gid",  "st_size", "st_atime", "st_mtime", "st_ctime"};
        for (int i = 0; i < 10; ++i)
          if (e.attr == kStat[i]) return "std::get<" + std::to_string(i) + ">(" + expr(obj) + ")";
      }
      if (obj.type && obj.type->kind == TypeKind::Instance) {
        // obj.m as a value: the bound method, represented by its receiver (unless m is a field
        // holding a bound method of another object, read below).
        if (e.type && e.type->kind == TypeKind::Method && !ann.find_attr(obj.type->cls, e.attr))
          return convert(nonnull(expr(obj), obj.type, e.attr), obj.type, e.type->items[0]);
        if (obj.type->cls->is_exception && !ann.find_attr(obj.type->cls, e.attr)) {
          if (e.attr == "errno") return "static_cast<int64_t>(" + nonnull(expr(obj), obj.type, e.attr) + "->errno_)";
          if (e.attr == "message") return "rpy::exc_message(" + nonnull(expr(obj), obj.type, e.attr) + ")";
          if (e.attr == "args") return "rpy::exc_args<" + ctype(e.type) + ">(" + nonnull(expr(obj), obj.type, e.attr) + ")";
          if (e.attr == "strerror") return "rpy::exc_strerror(" + nonnull(expr(obj), obj.type, e.attr) + ")";
          if (e.attr == "__cause__" || e.attr == "__context__" || e.attr == "__suppress_context__")
            return "static_cast<rpy::BaseException*>(" + nonnull(expr(obj), obj.type, e.attr) + ")->" +
                   (e.attr == "__cause__"     ? "cause"
                    : e.attr == "__context__" ? "context"
                                              : "suppress_context");
          if (e.attr == "code" && ann.is_system_exit(obj.type->cls)) return system_exit_code(nonnull(expr(obj), obj.type, e.attr), e.type);
        }
        if (!ann.find_attr(obj.type->cls, e.attr) && ann.never_instantiated(obj.type->cls)) {
          // A field of a class that is never instantiated, never assigned: the read cannot run.
          const std::string& cn = obj.type->cls->name;
          std::string msg = is_python2() && !obj.type->cls->obj()->new_style ? cn + " instance has no attribute '" + e.attr + "'"
                                                                             : "'" + cn + "' object has no attribute '" + e.attr + "'";
          return "((void)(" + expr(obj) + "), rpy::raise_exc<rpy::AttributeError>(\"" + msg + "\"), " + default_value(e.type) + ")";
        }
        return checked_attr(nonnull(expr(obj), obj.type, e.attr), obj.type, e.attr) + "->a_" + e.attr;
      }
      if (obj.type && obj.type->kind == TypeKind::Function) return func_attr_holder(obj, e.attr, e.loc) + "->a_value";
      // l.append as a value: the bound method, represented by its receiver.
      if (e.type && e.type->kind == TypeKind::BuiltinMethod && obj.type && obj.type->kind == e.type->items[0]->kind) return expr(obj);
      return "0";
    }
    case ExprOp::GetItem: {
      Expr& obj = *e.args[0];
      Expr& idx = *e.args[1];
      TypeRef t = obj.type;
      if (!t) return "0";
      switch (t->kind) {
        case TypeKind::List:
          return "rpy::list_get(" + expr(obj) + ", " + expr_as(idx, tt.integer()) + ")";
        case TypeKind::Str:  // Python 3: a str of one code point
          return std::string(is_python2() ? "rpy::str_getitem(" : "rpy::str_getitem3(") + expr(obj) + ", " + expr_as(idx, tt.integer()) +
                 ")";
        case TypeKind::Unicode:
          return "rpy::u_getitem(" + expr(obj) + ", " + expr_as(idx, tt.integer()) + ")";
        case TypeKind::Builtin:
          return "rpy::os_environ_getitem(" + expr_as(idx, tt.str()) + ")";  // os.environ
        case TypeKind::Dict: {
          annotate::DictDef* d = t->dictdef->find();
          if (!d->key || d->key->kind == TypeKind::Impossible)
            return "(" + expr(obj) + ", " + expr(idx) + ", " + default_value(e.type) + ")";
          if (d->counter) return "rpy::counter_get(" + expr(obj) + ", " + expr_as(idx, d->key) + ")";
          if (d->factory)
            return "rpy::dict_get_or_make(" + expr(obj) + ", " + expr_as(idx, d->key) + ", [&]() -> " + ctype(d->value) + " { return " +
                   default_factory_code(t) + "; })";
          return "rpy::dict_get(" + expr(obj) + ", " + expr_as(idx, d->key) + ")";
        }
        case TypeKind::Char: {
          return "([](char c, int64_t i) { if (i != 0 && i != -1) rpy::raise_index_error(\"string index out of range\"); return c; }(" +
                 expr(obj) + ", " + expr_as(idx, tt.integer()) + "))";
        }
        case TypeKind::Tuple: {
          if (idx.op != ExprOp::Const || !idx.value || idx.value->kind != m::ObjKind::Int)  // items of one type (annotate_expr.cpp)
            return "rpy::tuple_at<" + ctype(e.type) + ">(" + expr(obj) + ", " + expr_as(idx, tt.integer()) + ")";
          int64_t k = idx.value->as<m::IntObj>()->value;
          if (k < 0) k += static_cast<int64_t>(t->items.size());
          return "std::get<" + std::to_string(k) + ">(" + expr(obj) + ")";
        }
        case TypeKind::Instance: {
          if (e.targets.size() != 1) {
            fail(e.loc, "overridden __getitem__ is not supported yet");
            return "0";
          }
          ir::Graph* g = e.targets[0];
          return g->c_name + "(" + convert(expr(obj), t, g->params[0]->type) + ", " + expr_as(idx, g->params[1]->type) + ")";
        }
        default:
          fail(e.loc, "cannot index " + annotate::describe(t));
          return "0";
      }
    }
    case ExprOp::GetSlice: {
      Expr& obj = *e.args[0];
      TypeRef t = obj.type;
      // obj first: C++ leaves the order of arguments to the node's operand order (emit_order.cpp)
      std::string o = t->kind == TypeKind::List || t->kind == TypeKind::Unicode ? expr(obj) : "";
      SliceBound lo = slice_bound(e.args[1].get()), hi = slice_bound(e.args[2].get()), step = slice_bound(e.args[3].get());
      std::string has_lo = lo.has, has_hi = hi.has;
      auto part = [&](int i) { return i == 1 ? lo.value : i == 2 ? hi.value : step.step(); };
      bool given[4] = {true, lo.has != "false", hi.has != "false", step.has != "false"};
      bool plain = (lo.has == "true" || !given[1]) && (hi.has == "true" || !given[2]) && (step.has == "true" || !given[3]);
      if (t->kind == TypeKind::List) {
        std::string open = annotate::is_vtuple(t) ? "rpy::vtuple_from_list(" : "", close = annotate::is_vtuple(t) ? ")" : "";
        if (given[3])
          return open + "rpy::list_slice_step(" + o + ", " + has_lo + ", " + part(1) + ", " + has_hi + ", " + part(2) + ", " + part(3) +
                 ")" + close;
        return open + "rpy::list_slice(" + o + ", " + has_lo + ", " + part(1) + ", " + has_hi + ", " + part(2) + ")" + close;
      }
      if (t->kind == TypeKind::Tuple) {  // constant bounds: a new tuple of the positions taken
        std::vector<size_t> pos;
        annotate::tuple_slice_positions(e, t->items.size(), pos);
        std::string v = fresh("rpy_t");
        std::string s = "({ auto " + v + " = " + expr(obj) + "; " + ctype(e.type) + "(";
        for (size_t i = 0; i < pos.size(); ++i) s += (i ? ", " : "") + std::string("std::get<") + std::to_string(pos[i]) + ">(" + v + ")";
        return s + "); })";
      }
      if (t->kind == TypeKind::Unicode)
        return "rpy::u_slice(" + o + ", " + has_lo + ", " + part(1) + ", " + has_hi + ", " + part(2) + ", " + part(3) + ")";
      std::string v3 = is_python2() ? "(" : "3(";  // Python 3: code point positions
      o = expr_as(obj, tt.str());
      if (given[3] || !plain)
        return "rpy::str_slice_step" + v3 + o + ", " + has_lo + ", " + part(1) + ", " + has_hi + ", " + part(2) + ", " + part(3) + ")";
      if (!given[1] && !given[2]) return "rpy::str_slice_from" + v3 + o + ", 0)";
      if (!given[2]) return "rpy::str_slice_from" + v3 + o + ", " + part(1) + ")";
      if (!given[1]) return "rpy::str_slice_to" + v3 + o + ", " + part(2) + ")";
      return "rpy::str_slice" + v3 + o + ", " + part(1) + ", " + part(2) + ")";
    }
    case ExprOp::MakeList: {
      TypeRef item = e.type->listdef->find()->item;
      if (e.args.empty()) return "rpy::list_new<" + ctype(item) + ">(0)";
      if (gen_ && GcGen::is_ref_list(e.type)) return gen_make_list(e);
      std::string s = "rpy::list_of<" + ctype(item) + ">({";
      for (size_t i = 0; i < e.args.size(); ++i) s += (i ? ", " : "") + expr_as(*e.args[i], item);
      return s + "})";
    }
    case ExprOp::MakeTuple: {
      // A *args parameter's tuple is made of the call's extra arguments (annotate: bind_args).
      std::vector<Expr*> items;
      for (auto& a : e.args) items.push_back(a.get());
      if (items.empty()) items = e.extra;
      std::string s = ctype(e.type) + "(";
      for (size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + expr_as(*items[i], e.type->items[i]);
      return s + ")";
    }
    case ExprOp::Comp: {
      // A GNU statement expression holding the loop.
      std::ostringstream buf;
      std::ostringstream* saved = out_;
      out_ = &buf;
      ++indent_;
      block(e.body);
      --indent_;
      out_ = saved;
      return "({\n" + buf.str() + std::string(static_cast<size_t>(indent_) * 2, ' ') + "  " + var_name(e.var) + ";\n" +
             std::string(static_cast<size_t>(indent_) * 2, ' ') + "})";
    }
    case ExprOp::FString:
      return emit_fstring(e);
    case ExprOp::MakeClosure:
      return emit_make_closure(e);
    case ExprOp::ClosureDefault:
      return emit_closure_default(e);
    case ExprOp::Narrow: {  // the same value, with the type a test established
      Expr& x = *e.args[0];
      // None; or no value: a test that cannot hold (type(x) is C of an unrelated class C).
      if (e.type && (e.type->kind == TypeKind::None || e.type->kind == TypeKind::Impossible)) return "nullptr";
      if (std::string c = optional_narrow(e); !c.empty()) return c;  // emit_optional.cpp
      if (e.type && x.type && e.type->kind == TypeKind::Instance && x.type->kind == TypeKind::Instance && e.type->cls != x.type->cls)
        return "static_cast<" + ctype(e.type) + ">(" + expr(x) + ")";
      return expr(x);
    }
    case ExprOp::Seq: {
      std::string s = "({ ";
      for (size_t i = 0; i + 1 < e.args.size(); ++i) s += "(void)(" + expr(*e.args[i]) + "); ";
      return s + expr(*e.args.back()) + "; })";
    }
    case ExprOp::MakeDict:
    case ExprOp::MakeSet:
      return emit_make_dict(e);
    case ExprOp::Yield:
      return yield_code("", yield_value(e));
  }
  return "0";
}

}  // namespace rpy::codegen
