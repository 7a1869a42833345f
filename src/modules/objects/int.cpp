// int, long and bool: Python's unbounded integers (machine words while they fit), with floor
// division, overflow into long (Python 2) and the int()/long() constructors.
#include <cmath>
#include <cstdio>

#include "modules/objects/objects.hpp"
#include "modules/support/text.hpp"
#include "modules/support/unicode_data.hpp"

namespace rpy::modules {

using syntax::BinOp;

namespace {

bool is_long(const Ref& r) { return r->kind == ObjKind::Long; }

int64_t word(const Ref& r) {
  if (r->kind == ObjKind::Int) return r->as<IntObj>()->value;
  if (r->kind == ObjKind::Bool) return r->as<BoolObj>()->value;
  return r->as<LongObj>()->value.to_int64();
}

Ref big_result(Interp& in, BigInt v, bool as_long, Loc loc) {
  (void)loc;
  return in.make_integer(std::move(v), as_long);
}

// Refuses results whose size makes no sense at import time before computing them.
void check_bits(Interp& in, double bits, Loc loc) {
  if (bits > 8.0 * 1024 * 1024 * 1024) in.raise("MemoryError", "", loc);
  in.check_alloc(static_cast<size_t>(bits / 64) / 2, loc);
}

}  // namespace

Ref int_binary(Interp& in, BinOp op, const Ref& a, const Ref& b, Loc loc) {
  if (!is_integer(a) || !is_integer(b)) return nullptr;
  bool as_long = in.python() == 2 && (is_long(a) || is_long(b));
  bool words = !is_long(a) && !is_long(b);
  if (a->kind == ObjKind::Bool && b->kind == ObjKind::Bool) {
    bool x = a->as<BoolObj>()->value, y = b->as<BoolObj>()->value;
    if (op == BinOp::BitAnd) return make_bool(x && y);
    if (op == BinOp::BitOr) return make_bool(x || y);
    if (op == BinOp::BitXor) return make_bool(x != y);
  }
  auto zero_div = [&]() {
    in.raise("ZeroDivisionError",
             in.python() == 2 ? (as_long ? "long division or modulo by zero" : "integer division or modulo by zero")
                              : "integer division or modulo by zero",
             loc);
  };
  if (op == BinOp::TrueDiv || (op == BinOp::Div && in.python() == 3)) {
    BigInt x = integer_value(a), y = integer_value(b);
    if (y.is_zero()) in.raise("ZeroDivisionError", "division by zero", loc);
    auto d = BigInt::true_divide(x, y);
    if (!d) in.raise("OverflowError", "integer division result too large for a float", loc);
    return make_float(*d);
  }
  if (words && !as_long) {
    int64_t x = word(a), y = word(b), r;
    switch (op) {
      case BinOp::Add:
        if (!__builtin_add_overflow(x, y, &r)) return make_int(r);
        break;
      case BinOp::Sub:
        if (!__builtin_sub_overflow(x, y, &r)) return make_int(r);
        break;
      case BinOp::Mul:
        if (!__builtin_mul_overflow(x, y, &r)) return make_int(r);
        break;
      case BinOp::Div:
      case BinOp::FloorDiv:
      case BinOp::Mod: {
        if (y == 0) zero_div();
        if (x == INT64_MIN && y == -1) break;
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
          --q;
          m += y;
        }
        return make_int(op == BinOp::Mod ? m : q);
      }
      case BinOp::LShift:
        if (y < 0) in.raise("ValueError", "negative shift count", loc);
        if (x == 0) return make_int(0);
        if (y < 63) {
          int64_t s = static_cast<int64_t>(static_cast<uint64_t>(x) << y);
          if ((s >> y) == x) return make_int(s);
        }
        break;
      case BinOp::RShift:
        if (y < 0) in.raise("ValueError", "negative shift count", loc);
        return make_int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
      case BinOp::BitAnd:
        return make_int(x & y);
      case BinOp::BitOr:
        return make_int(x | y);
      case BinOp::BitXor:
        return make_int(x ^ y);
      case BinOp::Pow:
        return int_pow(in, a, b, nullptr, loc);
      default:
        return nullptr;
    }
  }
  BigInt x = integer_value(a), y = integer_value(b);
  switch (op) {
    case BinOp::Add:
      return big_result(in, x + y, as_long, loc);
    case BinOp::Sub:
      return big_result(in, x - y, as_long, loc);
    case BinOp::Mul:
      check_bits(in, static_cast<double>(x.bit_length()) + static_cast<double>(y.bit_length()), loc);
      return big_result(in, x * y, as_long, loc);
    case BinOp::Div:
    case BinOp::FloorDiv:
    case BinOp::Mod: {
      if (y.is_zero()) zero_div();
      BigInt q, m;
      BigInt::divmod(x, y, q, m);
      return big_result(in, op == BinOp::Mod ? m : q, as_long, loc);
    }
    case BinOp::LShift: {
      if (y.negative()) in.raise("ValueError", "negative shift count", loc);
      if (x.is_zero()) return big_result(in, BigInt(0), as_long, loc);
      if (!y.fits_int64()) in.raise("OverflowError", "outrageous left shift count", loc);
      check_bits(in, static_cast<double>(x.bit_length()) + static_cast<double>(y.to_int64()), loc);
      return big_result(in, x.shl(static_cast<uint64_t>(y.to_int64())), as_long, loc);
    }
    case BinOp::RShift: {
      if (y.negative()) in.raise("ValueError", "negative shift count", loc);
      if (!y.fits_int64()) return big_result(in, BigInt(x.negative() ? -1 : 0), as_long, loc);
      return big_result(in, x.shr(static_cast<uint64_t>(y.to_int64())), as_long, loc);
    }
    case BinOp::BitAnd:
      return big_result(in, x & y, as_long, loc);
    case BinOp::BitOr:
      return big_result(in, x | y, as_long, loc);
    case BinOp::BitXor:
      return big_result(in, x ^ y, as_long, loc);
    case BinOp::Pow:
      return int_pow(in, a, b, nullptr, loc);
    default:
      return nullptr;
  }
}

Ref int_pow(Interp& in, const Ref& a, const Ref& b, const Ref& mod, Loc loc) {
  bool as_long = in.python() == 2 && (is_long(a) || is_long(b) || (mod && is_long(mod)));
  BigInt x = integer_value(a), y = integer_value(b);
  if (mod && !is_none(mod)) {
    BigInt m = integer_value(mod);
    if (m.is_zero()) in.raise("ValueError", "pow() 3rd argument cannot be 0", loc);
    if (y.negative()) {
      if (in.python() == 2) in.raise("TypeError", "pow() 2nd argument cannot be negative when 3rd argument specified", loc);
      in.unsupported(loc, "pow() with a negative exponent and a modulus");
    }
    BigInt r = BigInt::powmod(x, y, m.abs());
    if (m.negative() && !r.is_zero()) r = r + m;
    return in.make_integer(r, as_long);
  }
  if (y.negative()) {
    auto xd = x.to_double(), yd = y.to_double();
    if (!xd || !yd) in.raise("OverflowError", "long int too large to convert to float", loc);
    if (*xd == 0) in.raise("ZeroDivisionError", "0.0 cannot be raised to a negative power", loc);
    return make_float(std::pow(*xd, *yd));
  }
  if (x.is_zero() || x == BigInt(1)) return in.make_integer(y.is_zero() ? BigInt(1) : x, as_long);
  if (x == BigInt(-1)) return in.make_integer(BigInt(y.low_u64() & 1 ? -1 : 1), as_long);
  if (!y.fits_int64()) in.raise("MemoryError", "", loc);
  double bits = static_cast<double>(x.bit_length()) * static_cast<double>(y.to_int64());
  check_bits(in, bits, loc);
  return in.make_integer(BigInt::pow(x, static_cast<uint64_t>(y.to_int64())), as_long);
}

std::string int_to_base(const BigInt& v, int base, bool py2_octal) {
  std::string digits = v.abs().to_string(base);
  std::string prefix = base == 16 ? "0x" : base == 2 ? "0b" : base == 8 ? (py2_octal ? "0" : "0o") : "";
  if (base == 8 && py2_octal && v.is_zero()) return "0";
  return (v.negative() ? "-" : "") + prefix + digits;
}

std::string int_repr(const Ref& v) { return repr(v); }

Ref int_from_string(Interp& in, const std::string& text, int base, bool as_long, Loc loc) {
  auto fail = [&]() -> Ref {
    std::string what = as_long && in.python() == 2 ? "long()" : "int()";
    in.raise("ValueError", "invalid literal for " + what + " with base " + std::to_string(base) + ": " + repr(make_str(text)), loc);
  };
  if (base != 0 && (base < 2 || base > 36)) in.raise("ValueError", "int() base must be >= 2 and <= 36, or 0", loc);
  size_t b = 0, e = text.size();
  while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  std::string s = text.substr(b, e - b);
  bool neg = false;
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if (in.python() == 2 && as_long && !s.empty() && (s.back() == 'l' || s.back() == 'L')) s.pop_back();
  auto has_prefix = [&](char p) { return i + 1 < s.size() && s[i] == '0' && std::tolower(static_cast<unsigned char>(s[i + 1])) == p; };
  int real_base = base;
  if (base == 0) {
    if (has_prefix('x'))
      real_base = 16, i += 2;
    else if (has_prefix('o'))
      real_base = 8, i += 2;
    else if (has_prefix('b'))
      real_base = 2, i += 2;
    else if (in.python() == 2 && i + 1 < s.size() && s[i] == '0')
      real_base = 8, i += 1;
    else
      real_base = 10;
  } else if ((base == 16 && has_prefix('x')) || (base == 8 && has_prefix('o')) || (base == 2 && has_prefix('b'))) {
    i += 2;
  }
  // Python 3: one underscore between digits, or right after a base prefix; base 0 and no prefix:
  // a literal starting with 0 is all zeros (010 is refused).
  bool after_prefix = i >= 2 && std::isalpha(static_cast<unsigned char>(s[i - 1]));
  std::string digits;
  for (size_t k = i; k < s.size(); ++k) {
    if (s[k] == '_' && in.python() == 3 && (k > i || after_prefix) && k + 1 < s.size() && s[k + 1] != '_' && (k == i || s[k - 1] != '_'))
      continue;
    digits += s[k];
  }
  if (base == 0 && real_base == 10 && in.python() == 3 && digits.size() > 1 && digits[0] == '0' &&
      digits.find_first_not_of('0') != std::string::npos)
    return fail();
  if (digits.empty()) {
    if (base == 0 && real_base == 8 && in.python() == 2) return in.make_integer(BigInt(0), as_long);
    return fail();
  }
  auto v = BigInt::parse(digits, real_base);
  if (!v) return fail();
  if (neg) *v = -*v;
  return in.make_integer(*v, as_long);
}

Ref int_from_float(Interp& in, double d, Loc loc) {
  if (std::isnan(d)) in.raise("ValueError", "cannot convert float NaN to integer", loc);
  if (std::isinf(d)) in.raise("OverflowError", "cannot convert float infinity to integer", loc);
  return in.make_integer(BigInt::from_double(d), false);
}

// ---------------------------------------------------------------------------------------------
// The types

std::string py2_decimal_text(Interp& in, const std::string& text, Loc loc) {
  std::string out;
  size_t pos = 0;
  for (uint32_t c : utf8_decode(text)) {
    int d = unicode_decimal27(c);
    if (unicode_space(c, true))
      out += ' ';
    else if (d >= 0)
      out += static_cast<char>('0' + d);
    else if (c > 0 && c < 0x100)
      out += static_cast<char>(c);
    else {
      char buf[160];
      std::snprintf(buf, sizeof buf,
                    c < 0x10000 ? "'decimal' codec can't encode character u'\\u%04x' in position %zu: invalid decimal Unicode string"
                                : "'decimal' codec can't encode character u'\\U%08x' in position %zu: invalid decimal Unicode string",
                    static_cast<unsigned>(c), pos);
      in.raise("UnicodeEncodeError", buf, loc);
    }
    ++pos;
  }
  return out;
}

static Ref int_constructor(Interp& in, Args& a, KwArgs& kw, bool as_long, Loc loc) {
  Ref base = take_kwarg(kw, "base");
  Ref x = a.empty() ? take_kwarg(kw, "x") : a[0];
  if (a.size() > 1) base = a[1];
  if (!x) return in.make_integer(BigInt(0), as_long);
  if (base && !is_none(base)) {
    if (!is_str(x)) in.raise("TypeError", "int() can't convert non-string with explicit base", loc);
    const std::string& t = x->as<StrObj>()->value;
    bool u2 = in.python() == 2 && x->kind == ObjKind::Unicode;
    return int_from_string(in, u2 ? py2_decimal_text(in, t, loc) : t, static_cast<int>(in.to_int(base, loc)), as_long, loc);
  }
  Ref v = Interp::unwrap(x);
  if (is_str(v)) {
    const std::string& t = v->as<StrObj>()->value;
    bool u2 = in.python() == 2 && v->kind == ObjKind::Unicode;
    return int_from_string(in, u2 ? py2_decimal_text(in, t, loc) : t, 10, as_long, loc);
  }
  if (is_integer(v)) return in.make_integer(integer_value(v), as_long);
  if (v->kind == ObjKind::Float) {
    Ref r = int_from_float(in, v->as<FloatObj>()->value, loc);
    return as_long ? in.make_integer(integer_value(r), true) : r;
  }
  const char* hook = as_long && in.python() == 2 ? "__long__" : "__int__";
  if (Ref m = in.special(x, hook)) return in.call(m, {}, {}, loc);
  if (Ref m = in.special(x, "__trunc__")) return in.call(m, {}, {}, loc);
  in.raise(
      "TypeError",
      std::string(as_long && in.python() == 2 ? "long" : "int") + "() argument must be a string or a number, not '" + type_name(x) + "'",
      loc);
}

void install_int_type(Interp& in, TypeInfo* int_t, TypeInfo* long_t, TypeInfo* bool_t) {
  int_t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs& kw, Loc loc) { return int_constructor(in, a, kw, false, loc); };
  long_t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs& kw, Loc loc) { return int_constructor(in, a, kw, true, loc); };
  bool_t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return make_bool(!a.empty() && in.truth(a[0], loc));
  };
  bool_t->subclassable = false;
  for (TypeInfo* t : {int_t, long_t}) {
    bool is_long_type = t == long_t;
    in.def_method(t, "__new__", [is_long_type](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
      if (a.empty()) in.raise("TypeError", "int.__new__(): not enough arguments", loc);
      Ref cls = a[0];
      Args rest(a.begin() + 1, a.end());
      Ref v = int_constructor(in, rest, kw, is_long_type, loc);
      if (cls->kind != ObjKind::Class) return v;
      auto inst = std::make_shared<InstanceObj>();
      inst->cls = cls;
      inst->builtin_value = v;
      return inst;
    });
    in.def_method(t, "bit_length",
                  [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_int(static_cast<int64_t>(integer_value(a[0]).bit_length())); });
    in.def_method(t, "conjugate", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return a[0]; });
    in.def_method(t, "__index__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return a[0]; });
    in.def_method(t, "__int__", [](Interp& in, Args& a, KwArgs&, Loc) -> Ref { return in.make_integer(integer_value(a[0]), false); });
    in.def_method(t, "__float__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_float(in.to_float(a[0], loc)); });
    in.def_method(t, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      const std::string& n = a[1]->as<StrObj>()->value;
      if (n == "real" || n == "numerator") return a[0]->kind == ObjKind::Bool ? make_int(a[0]->as<BoolObj>()->value) : a[0];
      if (n == "imag") return make_int(0);
      if (n == "denominator") return make_int(1);
      in.raise("AttributeError", "'" + type_name(a[0]) + "' object has no attribute '" + n + "'", loc);
    });
    if (in.python() == 3) {
      in.def_method(t, "to_bytes", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
        Ref len = arg_or_kw(a, kw, 1, "length"), order = arg_or_kw(a, kw, 2, "byteorder");
        Ref sig = take_kwarg(kw, "signed");
        int64_t n = in.to_int(len, loc);
        BigInt v = integer_value(a[0]);
        bool is_signed = sig && in.truth(sig);
        if (v.negative() && !is_signed) in.raise("OverflowError", "can't convert negative int to unsigned", loc);
        std::string out;
        for (int64_t i = 0; i < n; ++i) {
          out += static_cast<char>((v & BigInt(255)).to_int64());
          v = v.shr(8);
        }
        if (!(v.is_zero() || (is_signed && v == BigInt(-1)))) in.raise("OverflowError", "int too big to convert", loc);
        if (!order || str_arg(in, order, "byteorder", loc) == "big") std::reverse(out.begin(), out.end());
        return make_str(out);
      });
    }
  }
  long_t->attrs["__index__"] = int_t->attrs["__index__"];
}

}  // namespace rpy::modules
