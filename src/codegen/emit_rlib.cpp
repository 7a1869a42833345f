// C++ for rarithmetic's sized ints, r_singlefloat, bytearray and the rlib block of builtins.def
// (see emit_rlib.hpp). A sized int lives in an int64_t (r_uint in a uint64_t), always wrapped to
// its width: every operation producing one wraps its result, as translated RPython does.
#include "codegen/emit_rlib.hpp"

#include "annotate/rlib_rules.hpp"

namespace rpy::codegen::rlib {

using annotate::BuiltinId;
using annotate::TypeKind;
using ir::Expr;
using ir::ExprOp;
using syntax::BinOp;

static bool is_bytearray(TypeRef t) { return t && t->kind == TypeKind::ByteArray; }
static bool is_single_float(TypeRef t) { return t && t->kind == TypeKind::Float && t->bits; }

std::string wrap(const std::string& code, TypeRef t) {
  if (t->kind == TypeKind::UInt) return "static_cast<uint64_t>(" + code + ")";
  if (t->bits == 64) return "static_cast<int64_t>(" + code + ")";
  std::string c = std::string(t->is_unsigned ? "uint" : "int") + std::to_string(t->bits) + "_t";
  return "static_cast<int64_t>(static_cast<" + c + ">(" + code + "))";
}

std::string convert(Emitter& em, const std::string& code, TypeRef from, TypeRef to) {
  (void)em;
  if (!from || !to || annotate::same_type(from, to)) return "";
  if (from->kind == TypeKind::None || from->kind == TypeKind::Impossible) return "";
  if (is_single_float(to)) return "static_cast<double>(static_cast<float>(" + code + "))";
  if (!annotate::is_sized_int(to)) return "";
  if (from->kind == TypeKind::Float) return wrap("rpy::float_to_int(" + code + ")", to);
  return wrap(code, to);
}

// a op b with a sized-int result: the operation on machine words, wrapped to the width. The
// operands of / and % are first wrapped to the result type, as C divides values of that type.
static std::string sized_binop(Emitter& em, Expr& e) {
  TypeRef t = e.type;
  Expr& a = *e.args[0];
  Expr& b = *e.args[1];
  bool shift = e.binop == BinOp::LShift || e.binop == BinOp::RShift;
  std::string x = em.expr_as(a, t), y = em.expr_as(b, shift ? em.tt.integer() : t);
  const char* fn = nullptr;
  switch (e.binop) {
    case BinOp::Add:
      fn = "rpy::int_add";
      break;
    case BinOp::Sub:
      fn = "rpy::int_sub";
      break;
    case BinOp::Mul:
      fn = "rpy::int_mul";
      break;
    case BinOp::Div:
    case BinOp::FloorDiv:
      fn = "rpy::int_floordiv";
      break;
    case BinOp::Mod:
      fn = "rpy::int_mod";
      break;
    case BinOp::Pow:
      fn = "rpy::int_pow";
      break;
    case BinOp::LShift:
      fn = "rpy::int_lshift";
      break;
    case BinOp::RShift:
      fn = "rpy::int_rshift";
      break;
    case BinOp::BitAnd:
      return "(" + x + " & " + y + ")";
    case BinOp::BitOr:
      return "(" + x + " | " + y + ")";
    case BinOp::BitXor:
      return "(" + x + " ^ " + y + ")";
    default:
      em.fail(e.loc, std::string("internal: operator ") + syntax::binop_symbol(e.binop) + " on " + annotate::describe(t));
      return "0";
  }
  return wrap(std::string(fn) + "(" + x + ", " + y + ")", t);
}

static std::string bytearray_concat(Emitter& em, Expr& e) {
  Expr& a = *e.args[0];
  Expr& b = *e.args[1];
  return ordered_call(em, "rpy::bytearray_concat", {&a, &b}, {a.type, b.type});
}

static std::string bytearray_compare(Emitter& em, Expr& e) {
  Expr& a = *e.args[0];
  Expr& b = *e.args[1];
  bool ba = is_bytearray(a.type), bb = is_bytearray(b.type);
  std::string neg = e.cmp == syntax::CmpOp::NotEq ? "!" : "";
  if (e.cmp != syntax::CmpOp::Eq && e.cmp != syntax::CmpOp::NotEq) {
    em.fail(e.loc, std::string("comparison ") + syntax::cmpop_symbol(e.cmp) + " of bytearrays is not supported");
    return "false";
  }
  TypeRef other = ba ? b.type : a.type;
  // Equal contents: a bytearray and a bytearray, bytes (Python 3) or a str (Python 2's; never
  // Python 3's text). Otherwise unequal, both operands evaluated.
  bool by_value = is_bytearray(other) || (other && other->kind == TypeKind::Bytes) ||
                  (other && (other->kind == TypeKind::Str || other->kind == TypeKind::Char) && em.is_python2());
  if (!by_value) return "((void)(" + em.expr(a) + "), (void)(" + em.expr(b) + "), " + (e.cmp == syntax::CmpOp::Eq ? "false" : "true") + ")";
  if (ba && bb) return neg + ordered_call(em, "rpy::bytearray_eq", {&a, &b}, {a.type, b.type});
  TypeRef str_side = other->kind == TypeKind::Bytes ? other : em.tt.str();
  if (ba) return neg + ordered_call(em, "rpy::bytearray_eq", {&a, &b}, {a.type, str_side});
  return neg + ordered_call(em, "rpy::bytearray_eq", {&b, &a}, {b.type, str_side});
}

std::string expr_node(Emitter& em, Expr& e) {
  switch (e.op) {
    case ExprOp::BinOp:
      if (is_bytearray(e.type)) return bytearray_concat(em, e);
      if (annotate::is_sized_int(e.type)) return sized_binop(em, e);
      return "";
    case ExprOp::UnaryOp: {
      if (!annotate::is_sized_int(e.type)) return "";
      std::string x = em.expr_as(*e.args[0], e.type);
      if (e.unop == syntax::UnaryOp::Pos) return x;
      if (e.unop == syntax::UnaryOp::Invert) return wrap("(~" + x + ")", e.type);
      return wrap("rpy::int_neg(" + x + ")", e.type);
    }
    case ExprOp::Compare: {
      TypeRef ta = e.args[0]->type, tb = e.args[1]->type;
      if (is_bytearray(ta) || is_bytearray(tb)) return bytearray_compare(em, e);
      bool eq = e.cmp == syntax::CmpOp::Eq || e.cmp == syntax::CmpOp::NotEq;
      if ((is_single_float(ta) || is_single_float(tb)) && !(eq && is_single_float(ta) && is_single_float(tb))) {
        em.fail(e.loc, std::string("comparison ") + syntax::cmpop_symbol(e.cmp) + " between " + annotate::describe(ta) + " and " +
                           annotate::describe(tb) + " is not supported (r_singlefloats only compare == and != with each other)");
        return "false";
      }
      return "";
    }
    case ExprOp::GetItem:
      if (!is_bytearray(e.args[0]->type)) return "";
      return "rpy::bytearray_getitem(" + em.expr(*e.args[0]) + ", " + em.expr_as(*e.args[1], em.tt.integer()) + ")";
    case ExprOp::GetSlice: {
      if (!is_bytearray(e.args[0]->type)) return "";
      auto part = [&](int i) { return e.args[i] ? em.expr_as(*e.args[i], em.tt.integer()) : std::string("0"); };
      return "rpy::bytearray_slice(" + em.expr(*e.args[0]) + ", " + (e.args[1] ? "true" : "false") + ", " + part(1) + ", " +
             (e.args[2] ? "true" : "false") + ", " + part(2) + ", " + (e.args[3] ? part(3) : std::string("1")) + ")";
    }
    default:
      return "";
  }
}

std::string setitem(Emitter& em, Expr& obj, Expr& idx, Expr& value) {
  if (!is_bytearray(obj.type)) return "";
  std::string v = value.type && value.type->kind == TypeKind::Char
                      ? "static_cast<int64_t>(static_cast<unsigned char>(" + em.expr(value) + "))"
                  : value.type && value.type->kind == TypeKind::UInt ? "static_cast<int64_t>(" + em.expr(value) + ")"
                                                                     : em.expr_as(value, em.tt.integer());
  return "rpy::bytearray_setitem(" + em.expr(obj) + ", " + em.expr_as(idx, em.tt.integer()) + ", " + v + ")";
}

std::string const_code(Emitter& em, const modules::Ref& v, TypeRef t) {
  if (annotate::rlib::is_lltype_object(v)) return "0";  // a type: a placeholder value, never used
  int64_t value = 0;
  if (!annotate::rlib::sized_const_value(em.ann.interp(), v, value)) return "";
  TypeRef own = em.ann.type_of_const(v, Loc{});
  std::string code = own->kind == TypeKind::UInt
                         ? "UINT64_C(" + std::to_string(static_cast<uint64_t>(value)) + ")"
                         : (value == INT64_MIN ? std::string("INT64_MIN") : "INT64_C(" + std::to_string(value) + ")");
  return em.convert(code, own, t);
}

// The printer (runtime/rpy/urepr.hpp) of a Python 2 value of type t: "" when t holds no unicode
// (its own repr is right), "?" when it holds one in a container urepr.hpp does not print.
static std::string unicode_printer(TypeRef t) {
  if (!t) return "";
  switch (t->kind) {
    case TypeKind::Unicode:
      return "rpy::UniP";
    case TypeKind::UniChar:
      return "rpy::UniCharP";
    case TypeKind::List: {
      annotate::ListDef* l = t->listdef->find();
      std::string p = unicode_printer(l->item);
      if (p.empty() || p == "?") return p;
      return l->deque || l->vtuple ? "?" : "rpy::UListP<" + p + ">";
    }
    case TypeKind::Tuple: {
      std::string ps;
      bool any = false;
      for (TypeRef x : t->items) {
        std::string p = unicode_printer(x);
        if (p == "?") return p;
        any = any || !p.empty();
        ps += std::string(ps.empty() ? "" : ", ") + (p.empty() ? "rpy::ReprP" : p);
      }
      if (!any) return "";
      return annotate::is_optional_value(t) || t->const_value ? "?" : "rpy::UTupleP<" + ps + ">";
    }
    case TypeKind::Dict: {
      annotate::DictDef* d = t->dictdef->find();
      std::string k = unicode_printer(d->key), v = d->is_set ? "" : unicode_printer(d->value);
      if (k == "?" || v == "?") return "?";
      if (k.empty() && v.empty()) return "";
      if (d->factory || d->counter || d->odict || d->ordered || d->custom_keys) return "?";
      return "rpy::UDictP<" + (k.empty() ? "rpy::ReprP" : k) + ", " + (v.empty() ? "rpy::ReprP" : v) + ">";
    }
    default:
      return "";
  }
}

std::string shown_arg(Emitter& em, const std::string& code, TypeRef t) {
  if (!em.is_python2() || !t || (t->kind != TypeKind::List && t->kind != TypeKind::Tuple && t->kind != TypeKind::Dict)) return code;
  std::string p = unicode_printer(t);
  if (p.empty() || p == "?") return code;  // "?": refused by check_printable
  return "rpy::shown<" + p + ">(" + code + ")";
}

std::string repr_arg(Emitter& em, const std::string& code, TypeRef t) {
  // A Python 2 unicode (or unichr) shows as u'...' ('{!r}'.format(u'\xe9') is "u'\\xe9'").
  if (em.is_python2() && t && t->kind == TypeKind::Unicode) return "rpy::shown<rpy::UniP>(" + code + ")";
  if (em.is_python2() && t && t->kind == TypeKind::UniChar) return "rpy::shown<rpy::UniCharP>(" + code + ")";
  if (!annotate::is_sized_int(t) || !em.is_python2()) return shown_arg(em, code, t);
  return "rpy::LongRepr{" + code + "}";
}

static bool holds_sized_int(TypeRef t) {
  if (!t) return false;
  switch (t->kind) {
    case TypeKind::List:
      return holds_sized_int(t->listdef->find()->item) || annotate::is_sized_int(t->listdef->find()->item);
    case TypeKind::Dict: {
      annotate::DictDef* d = t->dictdef->find();
      return annotate::is_sized_int(d->key) || holds_sized_int(d->key) ||
             (!d->is_set && (annotate::is_sized_int(d->value) || holds_sized_int(d->value)));
    }
    case TypeKind::Tuple:
      for (TypeRef x : t->items)
        if (annotate::is_sized_int(x) || holds_sized_int(x)) return true;
      return false;
    default:
      return false;
  }
}

bool check_printable(Emitter& em, TypeRef t, Loc loc) {
  if (is_single_float(t)) {
    em.fail(loc, "str() or repr() of r_singlefloat is not supported: convert it with float(x)");
    return false;
  }
  if (em.is_python2() && (t && (t->kind == TypeKind::List || t->kind == TypeKind::Tuple || t->kind == TypeKind::Dict)) &&
      unicode_printer(t) == "?") {
    em.fail(loc, "str() or repr() of " + annotate::describe(t) +
                     " is not supported: it holds unicode, which Python 2 shows as u'...' and rpy shows so only in lists, tuples, dicts "
                     "and sets; show the items one by one");
    return false;
  }
  if (!em.is_python2() || !holds_sized_int(t)) return true;
  em.fail(loc, "str() or repr() of " + annotate::describe(t) +
                   " is not supported: Python 2 shows its sized integers as longs (5L), which rpy does not; show the items one by one");
  return false;
}

bool handles(BuiltinId id, Expr& e) {
  if (id >= BuiltinId::RlibSizedInt && id < BuiltinId::Count) return true;
  std::vector<Expr*> a = builtin_args(e);
  bool bytearray_arg = !a.empty() && is_bytearray(a[0]->type);
  if (id == BuiltinId::Abs && a.size() == 1 && annotate::is_sized_int(a[0]->type)) return true;
  if (id == BuiltinId::Repr && a.size() == 1 && (annotate::is_sized_int(a[0]->type) || is_bytearray(a[0]->type))) return true;
  return bytearray_arg && (id == BuiltinId::Len || id == BuiltinId::Str || id == BuiltinId::Bytes);
}

std::string call_builtin(Emitter& em, Expr& e) {
  auto id = static_cast<BuiltinId>(e.builtin_id);
  if (annotate::rlib::is_lltype_builtin(id)) return call_lltype_builtin(em, e);
  std::vector<Expr*> a = builtin_args(e);
  TypeRef t0 = a.empty() ? nullptr : a[0]->type;
  switch (id) {
    case BuiltinId::Len:
      return "rpy::len(" + em.expr(*a[0]) + ")";
    case BuiltinId::Repr:
      return "rpy::repr(" + repr_arg(em, em.expr(*a[0]), a[0]->type) + ")";
    case BuiltinId::Abs:
      return wrap("rpy::int_abs(" + em.expr(*a[0]) + ")", e.type);
    case BuiltinId::Str:
    case BuiltinId::Bytes:
      return "rpy::bytearray_to_str(" + em.expr(*a[0]) + ")";
    case BuiltinId::RlibSizedInt:
      if (a.empty()) return wrap("0", e.type);
      if (t0->kind == TypeKind::Number)  // an int or a float at run time: each converts as it would alone
        return "([&](rpy::Num rpy_v) { return rpy_v.is_float() ? " + em.convert("rpy_v.f", em.tt.floating(), e.type) + " : " +
               em.convert("rpy_v.i", em.tt.integer(), e.type) + "; }(" + em.expr(*a[0]) + "))";
      return em.expr_as(*a[0], e.type);
    case BuiltinId::RlibWiden:
      return em.expr_as(*a[0], e.type);
    case BuiltinId::RlibSingleFloat:
      return "static_cast<double>(static_cast<float>(" + em.expr_as(*a[0], em.tt.floating()) + "))";
    case BuiltinId::ByteArrayNew:
      if (a.empty()) return "rpy::bytearray_new(0)";
      if (is_bytearray(t0)) return "rpy::bytearray_copy(" + em.expr(*a[0]) + ")";
      if (t0->kind == TypeKind::Str || t0->kind == TypeKind::Char) return "rpy::bytearray_from_str(" + em.expr_as(*a[0], em.tt.str()) + ")";
      if (t0->kind == TypeKind::Bytes) return "rpy::bytearray_from_str(" + em.expr(*a[0]) + ")";  // Python 3 bytes
      return "rpy::bytearray_new(" + em.expr_as(*a[0], em.tt.integer()) + ")";
    case BuiltinId::OsFdopen:
      // os.fdopen(fd[, mode[, buffering]]): the buffering is accepted and not used
      if (a.size() > 2) return ordered_call(em, "rpy::file_fdopen", {a[0], a[1], a[2]}, {em.tt.integer(), em.tt.str(), em.tt.integer()});
      return ordered_call(em, "rpy::file_fdopen", {a[0], a.size() > 1 ? a[1] : nullptr}, {em.tt.integer(), em.tt.str()});
    default:
      em.fail(e.loc, std::string("internal: no code for builtin ") + annotate::builtin_name(id));
      return "0";
  }
}

}  // namespace rpy::codegen::rlib
