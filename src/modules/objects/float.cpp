// float: IEEE doubles with Python's operators (floor division and modulo by divmod's rules, the
// errors of pow), float(str), round() in each dialect, and the methods of float.
#include <cerrno>
#include <cmath>
#include <cstring>

#include "modules/objects/objects.hpp"
#include "modules/support/text.hpp"

namespace rpy::modules {

using syntax::BinOp;

Ref float_binary(Interp& in, BinOp op, double x, double y, Loc loc) {
  bool py2 = in.python() == 2;
  switch (op) {
    case BinOp::Add:
      return make_float(x + y);
    case BinOp::Sub:
      return make_float(x - y);
    case BinOp::Mul:
      return make_float(x * y);
    case BinOp::Div:
    case BinOp::TrueDiv:
      if (y == 0) in.raise("ZeroDivisionError", "float division by zero", loc);
      return make_float(x / y);
    case BinOp::FloorDiv:
    case BinOp::Mod: {
      if (y == 0)
        in.raise("ZeroDivisionError", op == BinOp::Mod ? "float modulo" : py2 ? "float divmod()" : "float floor division by zero", loc);
      double mod = std::fmod(x, y);
      double div = (x - mod) / y;
      if (mod != 0) {
        if ((y < 0) != (mod < 0)) {
          mod += y;
          div -= 1.0;
        }
      } else {
        mod = std::copysign(0.0, y);
      }
      double floordiv;
      if (div != 0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, x / y);
      }
      return make_float(op == BinOp::Mod ? mod : floordiv);
    }
    case BinOp::Pow: {
      if (y == 0) return make_float(1.0);
      if (std::isnan(x)) return make_float(y == 0 ? 1.0 : x);
      if (std::isnan(y)) return make_float(x == 1.0 ? 1.0 : y);
      if (x == 0 && y < 0) in.raise("ZeroDivisionError", "0.0 cannot be raised to a negative power", loc);
      if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) {
        if (py2) in.raise("ValueError", "negative number cannot be raised to a fractional power", loc);
        in.unsupported(loc, "a negative number raised to a fractional power (its result is a complex number)");
      }
      errno = 0;
      double r = std::pow(x, y);
      if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) in.raise("OverflowError", "(34, 'Numerical result out of range')", loc);
      return make_float(r);
    }
    default:
      return nullptr;
  }
}

double parse_float(Interp& in, const std::string& text, Loc loc) {
  auto fail = [&]() -> double {
    in.raise("ValueError",
             in.python() == 2 ? "could not convert string to float: " + text : "could not convert string to float: " + repr(make_str(text)),
             loc);
  };
  size_t b = 0, e = text.size();
  while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  std::string s;
  for (size_t i = b; i < e; ++i) {
    char c = text[i];
    if (c == '_' && in.python() == 3 && i > b && i + 1 < e && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 1])))
      continue;
    s += c;
  }
  if (s.empty()) return fail();
  std::string low;
  for (char c : s) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t i = low[0] == '+' || low[0] == '-' ? 1 : 0;
  bool neg = low[0] == '-';
  std::string body = low.substr(i);
  if (body == "inf" || body == "infinity") return neg ? -HUGE_VAL : HUGE_VAL;
  // Python 2.7's NaN is inf * 0, which has the sign bit on x86-64: "nan" is -nan there, "-nan" +nan
  // (runtime/str.cpp, str_to_float, does the same for translated code).
  if (body == "nan") return neg != (in.python() == 2) ? -NAN : NAN;
  // Only decimal literals: digits, one point, an exponent.
  bool digit = false, point = false, exp = false;
  for (size_t k = 0; k < body.size(); ++k) {
    char c = body[k];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digit = true;
    } else if (c == '.' && !point && !exp) {
      point = true;
    } else if (c == 'e' && digit && !exp) {
      exp = true;
      digit = false;
      if (k + 1 < body.size() && (body[k + 1] == '+' || body[k + 1] == '-')) ++k;
    } else {
      return fail();
    }
  }
  if (!digit) return fail();
  return std::strtod(s.c_str(), nullptr);
}

// round(x, n): decimal rounding of x's exact value (Python 2: halves away from zero, Python 3:
// halves to even), then the nearest double.
static double round_decimal(double x, int64_t ndigits, bool half_even) {
  if (!std::isfinite(x) || x == 0) return x;
  if (ndigits > 330) return x;
  if (ndigits < -330) return std::copysign(0.0, x);
  char buf[1200];
  std::snprintf(buf, sizeof buf, "%.1080f", std::fabs(x));  // every digit of the exact value
  std::string s = buf;
  size_t point = s.find('.');
  std::string digits = s.substr(0, point) + s.substr(point + 1);
  int64_t int_len = static_cast<int64_t>(point);
  int64_t keep = int_len + ndigits;  // digits kept
  if (keep < 0) return std::copysign(0.0, x);
  std::string kept = digits.substr(0, static_cast<size_t>(std::min<int64_t>(keep, static_cast<int64_t>(digits.size()))));
  bool round_up = false;
  if (keep < static_cast<int64_t>(digits.size())) {
    char first = digits[static_cast<size_t>(keep)];
    bool rest_nonzero = digits.find_first_not_of('0', static_cast<size_t>(keep) + 1) != std::string::npos;
    if (first > '5' || (first == '5' && rest_nonzero))
      round_up = true;
    else if (first == '5')
      round_up = !half_even || (!kept.empty() && (kept.back() - '0') % 2 == 1);
  }
  if (kept.empty()) kept = "0";
  if (round_up) {
    int64_t k = static_cast<int64_t>(kept.size()) - 1;
    while (k >= 0 && kept[static_cast<size_t>(k)] == '9') kept[static_cast<size_t>(k--)] = '0';
    if (k < 0)
      kept.insert(kept.begin(), '1');
    else
      ++kept[static_cast<size_t>(k)];
  }
  std::string text = kept + "e" + std::to_string(-ndigits);
  double r = std::strtod(text.c_str(), nullptr);
  return std::copysign(r, x);
}

Ref float_round(Interp& in, double x, const Ref& ndigits, Loc loc) {
  bool py3 = in.python() == 3;
  if (!ndigits || is_none(ndigits)) {
    double r = round_decimal(x, 0, py3);
    if (py3) return int_from_float(in, r, loc);
    return make_float(r);
  }
  int64_t n = in.to_int(ndigits, loc);
  double r = round_decimal(x, n, py3);
  if (std::isinf(r) && std::isfinite(x)) in.raise("OverflowError", "rounded value too large to represent", loc);
  return make_float(r);
}

static std::string float_hex(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
  if (d == 0) return std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0";
  int e;
  double m = std::frexp(std::fabs(d), &e);  // [0.5, 1)
  m *= 2;
  --e;
  if (e < -1022) {
    m = std::ldexp(m, e + 1022);
    e = -1022;
  }
  std::string out = std::signbit(d) ? "-0x" : "0x";
  int lead = static_cast<int>(m);
  out += static_cast<char>('0' + lead);
  out += '.';
  m -= lead;
  for (int i = 0; i < 13; ++i) {
    m *= 16;
    int dg = static_cast<int>(m);
    out += "0123456789abcdef"[dg];
    m -= dg;
  }
  return out + "p" + (e >= 0 ? "+" : "") + std::to_string(e);
}

void install_float_type(Interp& in, TypeInfo* t) {
  t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.empty()) return make_float(0.0);
    Ref x = Interp::unwrap(a[0]);
    if (x->kind == ObjKind::Float) return x;
    if (is_str(x) && in.python() == 2 && x->kind == ObjKind::Unicode)
      return make_float(parse_float(in, py2_decimal_text(in, x->as<StrObj>()->value, loc), loc));
    if (is_str(x)) return make_float(parse_float(in, x->as<StrObj>()->value, loc));
    if (is_integer(x) || x->kind == ObjKind::Instance) return make_float(in.to_float(a[0], loc));
    in.raise("TypeError",
             std::string(in.python() == 2 ? "float() argument must be a string or a number"
                                          : "float() argument must be a string or a real number, not '" + type_name(x) + "'"),
             loc);
  };
  in.def_method(t, "__new__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref cls = a.at(0);
    Args rest(a.begin() + 1, a.end());
    Ref v = in.call(in.type_info(BuiltinType::Float)->type_obj, rest, kw, loc);
    if (cls->kind != ObjKind::Class) return v;
    auto inst = std::make_shared<InstanceObj>();
    inst->cls = cls;
    inst->builtin_value = v;
    return inst;
  });
  in.def_method(t, "is_integer", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    double d = a[0]->as<FloatObj>()->value;
    return make_bool(std::isfinite(d) && d == std::floor(d));
  });
  in.def_method(t, "as_integer_ratio", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    double d = a[0]->as<FloatObj>()->value;
    if (std::isinf(d)) in.raise("OverflowError", "cannot convert Infinity to integer ratio", loc);
    if (std::isnan(d)) in.raise("ValueError", "cannot convert NaN to integer ratio", loc);
    int e;
    double m = std::frexp(d, &e);
    for (int i = 0; i < 300 && m != std::floor(m); ++i) {
      m *= 2;
      --e;
    }
    BigInt num = BigInt::from_double(m), den(1);
    if (e > 0)
      num = num.shl(static_cast<uint64_t>(e));
    else
      den = den.shl(static_cast<uint64_t>(-e));
    return make_tuple({in.make_integer(num, false), in.make_integer(den, false)});
  });
  in.def_method(t, "hex", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_str(float_hex(a[0]->as<FloatObj>()->value)); });
  t->attrs["fromhex"] = std::make_shared<WrapperObj>(
      ObjKind::ClassMethod, std::make_shared<BuiltinObj>("float.fromhex", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
        std::string s = str_arg(in, a.at(1), "fromhex", loc);
        char* end = nullptr;
        double d = std::strtod(s.c_str(), &end);
        if (!end || *end) in.raise("ValueError", "invalid hexadecimal floating-point string", loc);
        return make_float(d);
      }));
  in.def_method(t, "conjugate", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return a[0]; });
  in.def_method(t, "__int__",
                [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return int_from_float(in, a[0]->as<FloatObj>()->value, loc); });
  in.def_method(t, "__float__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return a[0]; });
  in.def_method(t, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& n = a[1]->as<StrObj>()->value;
    if (n == "real") return a[0];
    if (n == "imag") return make_float(0.0);
    in.raise("AttributeError", "'float' object has no attribute '" + n + "'", loc);
  });
}

}  // namespace rpy::modules
