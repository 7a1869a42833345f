// C++ for rffi.cast, lltype.cast_primitive, rffi.sizeof and llop.NAME calls (see
// annotate/lltype_rules.cpp): casts between the primitive types with C's meaning (numbers wrap
// to the target's width, Char keeps the low 8 bits, floats truncate).
#include "annotate/rlib_rules.hpp"
#include "codegen/emit_rlib.hpp"

namespace rpy::codegen::rlib {

using annotate::BuiltinId;
using annotate::TypeKind;
using ir::Expr;

// The value of C++ code `c` of type `from` as one of type `to` (a primitive type's values).
static std::string cast_code(Emitter& em, const std::string& c, TypeRef from, TypeRef to) {
  TypeKind f = from->kind;
  if (f == TypeKind::Impossible) return em.convert(c, from, to);
  if (to->kind == TypeKind::Bool) return em.truth_of_code(c, from);
  // the source as a number: a char or code point by its ordinal
  std::string n = c;
  TypeRef nt = from;
  if (f == TypeKind::Char) n = "static_cast<int64_t>(static_cast<unsigned char>(" + c + "))", nt = em.tt.integer();
  if (f == TypeKind::Unicode) n = "rpy::u_ord(" + c + ")", nt = em.tt.integer();  // a code point
  if (f == TypeKind::Bool) n = "static_cast<int64_t>(" + c + ")", nt = em.tt.integer();
  switch (to->kind) {
    case TypeKind::Float:
      if (to->bits) return "static_cast<double>(static_cast<float>(" + em.convert(n, nt, em.tt.floating()) + "))";
      if (nt->kind == TypeKind::UInt) return "static_cast<double>(" + n + ")";
      return em.convert(n, nt, em.tt.floating());
    case TypeKind::Char:
      if (f == TypeKind::Char) return c;
      if (nt->kind == TypeKind::Float) n = "rpy::float_to_int(" + n + ")";
      return "static_cast<char>(static_cast<unsigned char>(" + n + " & 0xFF))";
    case TypeKind::Unicode:
      if (f == TypeKind::Unicode) return c;
      if (nt->kind == TypeKind::Float) n = "rpy::float_to_int(" + n + ")";
      return "rpy::unichr_str(" + n + ")";
    case TypeKind::UInt:
      if (nt->kind == TypeKind::Float) return "static_cast<uint64_t>(rpy::float_to_int(" + n + "))";
      return "static_cast<uint64_t>(" + n + ")";
    case TypeKind::Int:
      if (nt->kind == TypeKind::Float)
        n = "rpy::float_to_int(" + n + ")";
      else if (nt->kind == TypeKind::UInt)
        n = "static_cast<int64_t>(" + n + ")";
      return to->bits ? wrap(n, to) : n;
    default:
      return em.convert(c, from, to);
  }
}

static int64_t size_of(TypeRef t) {
  switch (t->kind) {
    case TypeKind::Bool:
    case TypeKind::Char:
      return 1;
    case TypeKind::UniChar:
      return 4;
    case TypeKind::Float:
      return t->bits ? 4 : 8;
    case TypeKind::Int:
      return t->bits ? t->bits / 8 : 8;
    default:
      return 8;
  }
}

std::string call_lltype_builtin(Emitter& em, Expr& e) {
  auto id = static_cast<BuiltinId>(e.builtin_id);
  std::vector<Expr*> a = builtin_args(e);
  switch (id) {
    case BuiltinId::RffiCast:
    case BuiltinId::LltypeCastPrimitive:
      return cast_code(em, em.expr(*a[1]), a[1]->type, e.type);
    case BuiltinId::RffiSizeof: {
      TypeRef t = annotate::rlib::lltype_value_type(em.tt, a[0]->value ? a[0]->value : a[0]->type->const_value);
      return "INT64_C(" + std::to_string(t ? size_of(t) : 8) + ")";
    }
    case BuiltinId::LlopCall: {
      std::string op = annotate::rlib::llop_name(e);
      if (op == "debug_print") {
        std::string s = "({ rpy::Buffer rpy_b; ";
        for (size_t i = 1; i < a.size(); ++i) {
          if (i > 1) s += "rpy_b.put(' '); ";
          s += "rpy::append_str(rpy_b, " + em.expr(*a[i]) + "); ";
        }
        return s + "rpy_b.put('\\n'); rpy::stderr_write(rpy_b.to_str()); nullptr; })";
      }
      if (op == "debug_print_traceback") return "(rpy::debug_print_traceback(), nullptr)";
      if (op == "debug_flush") return "(rpy::debug_flush(), nullptr)";
      if (op == "debug_start" || op == "debug_stop") return "((void)" + em.expr(*a[1]) + ", nullptr)";
      if (op == "have_debug_prints") return "true";
      if (op == "debug_offset") return "INT64_C(-1)";
      if (op == "debug_fatalerror") return "(rpy::debug_fatalerror(" + em.expr_as(*a[1], em.tt.str()) + "), nullptr)";
      if (op == "debug_assert")
        return "(rpy::debug_assert(static_cast<bool>(" + em.expr(*a[1]) + "), " + em.expr_as(*a[2], em.tt.str()) + "), nullptr)";
      if (op == "int_between") {
        std::string x = em.fresh("rpy_lo"), y = em.fresh("rpy_mid"), z = em.fresh("rpy_hi");
        return "({ int64_t " + x + " = " + em.expr_as(*a[1], em.tt.integer()) + "; int64_t " + y + " = " +
               em.expr_as(*a[2], em.tt.integer()) + "; int64_t " + z + " = " + em.expr_as(*a[3], em.tt.integer()) + "; " + x + " <= " + y +
               " && " + y + " < " + z + "; })";
      }
      bool is_uint = op.rfind("uint_", 0) == 0;
      std::string name = op.substr(is_uint ? 5 : 4);
      TypeRef w = is_uint ? em.tt.uint() : em.tt.integer();
      std::string x = em.expr_as(*a[1], w);
      std::string r;
      if (a.size() == 2) {
        if (name == "neg")
          r = is_uint ? "(0 - " + x + ")" : "rpy::int_neg(" + x + ")";
        else if (name == "abs")
          r = is_uint ? x : "rpy::int_abs(" + x + ")";
        else if (name == "invert")
          r = "(~" + x + ")";
        else
          r = "(" + x + " != 0)";
        return cast_code(em, r, name == "is_true" ? em.tt.boolean() : w, e.type);
      }
      std::string y = em.expr_as(*a[2], name == "lshift" || name == "rshift" ? em.tt.integer() : w);
      static const std::map<std::string, std::string> cmp = {{"lt", "<"},  {"le", "<="}, {"eq", "=="},
                                                             {"ne", "!="}, {"gt", ">"},  {"ge", ">="}};
      static const std::map<std::string, std::string> bit = {{"and", "&"}, {"or", "|"}, {"xor", "^"}};
      if (cmp.count(name)) return cast_code(em, "(" + x + " " + cmp.at(name) + " " + y + ")", em.tt.boolean(), e.type);
      if (bit.count(name)) return cast_code(em, "(" + x + " " + bit.at(name) + " " + y + ")", w, e.type);
      if (is_uint) {
        if (name == "add")
          r = "(" + x + " + " + y + ")";
        else if (name == "sub")
          r = "(" + x + " - " + y + ")";
        else if (name == "mul")
          r = "(" + x + " * " + y + ")";
        else if (name == "lshift")
          r = "([](uint64_t p, int64_t q) { return q >= 64 ? uint64_t(0) : p << q; }(" + x + ", " + y + "))";
        else if (name == "rshift")
          r = "([](uint64_t p, int64_t q) { return q >= 64 ? uint64_t(0) : p >> q; }(" + x + ", " + y + "))";
        else
          r = "([](uint64_t p, uint64_t q) { if (!q) rpy::raise_zero_division(\"integer division or modulo by zero\"); return p " +
              std::string(name == "mod" ? "%" : "/") + " q; }(" + x + ", " + y + "))";
        return cast_code(em, r, w, e.type);
      }
      return cast_code(em, "rpy::int_" + name + "(" + x + ", " + y + ")", w, e.type);
    }
    default:
      em.fail(e.loc, std::string("internal: no code for builtin ") + annotate::builtin_name(id));
      return "0";
  }
}

}  // namespace rpy::codegen::rlib
