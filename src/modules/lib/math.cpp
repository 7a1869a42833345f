// math: C's functions with Python's errors (ValueError "math domain error", OverflowError "math
// range error"), logarithms of big ints, exact fsum, factorial and gcd on unbounded ints.
#include <cmath>

#include "modules/lib/modules.hpp"
#include "rpy/vector_norm.hpp"

namespace rpy::modules {

namespace {

enum class Err { None, Overflow, Domain };

Ref math1(Interp& in, double (*f)(double), Err inf_err, double x, Loc loc) {
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) in.raise("ValueError", "math domain error", loc);
  if (std::isinf(r) && std::isfinite(x)) {
    if (inf_err == Err::Overflow) in.raise("OverflowError", "math range error", loc);
    in.raise("ValueError", "math domain error", loc);
  }
  return make_float(r);
}

// log(x) of any positive number, big ints included.
double log_of(
    Interp& in, const Ref& v, Loc loc, double (*f)(double) = [](double x) { return std::log(x); }) {
  if (is_integer(v)) {
    BigInt b = integer_value(v);
    if (b.sign() <= 0) in.raise("ValueError", "math domain error", loc);
    auto d = b.to_double();
    if (d) return f(*d);
    size_t e = b.bit_length() - 60;
    return std::log(*b.shr(e).to_double()) + static_cast<double>(e) * std::log(2.0);
  }
  double x = in.to_float(v, loc);
  if (x <= 0 || std::isnan(x)) {
    if (std::isnan(x)) return x;
    in.raise("ValueError", "math domain error", loc);
  }
  return f(x);
}

// Shewchuk's exact summation, as CPython's fsum.
double fsum(Interp& in, const std::vector<double>& xs, Loc loc) {
  std::vector<double> partials;
  double special = 0, inf_sum = 0;
  for (double x : xs) {
    if (!std::isfinite(x)) {
      if (std::isinf(x)) inf_sum += x;
      special += x;
      continue;
    }
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    partials.push_back(x);
  }
  if (special != 0.0) {
    if (std::isnan(inf_sum)) in.raise("ValueError", "-inf + inf in fsum", loc);
    return special;
  }
  double hi = 0;
  if (!partials.empty()) {
    size_t n = partials.size();
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return hi;
}

}  // namespace

void install_module_math(Interp& in, ModuleObj& m) {
  struct Unary {
    const char* name;
    double (*f)(double);
    Err err;
  };
  static const Unary unary[] = {
      {"sqrt", [](double x) { return std::sqrt(x); }, Err::Domain},
      {"exp", [](double x) { return std::exp(x); }, Err::Overflow},
      {"sin", [](double x) { return std::sin(x); }, Err::Domain},
      {"cos", [](double x) { return std::cos(x); }, Err::Domain},
      {"tan", [](double x) { return std::tan(x); }, Err::Domain},
      {"asin", [](double x) { return std::asin(x); }, Err::Domain},
      {"acos", [](double x) { return std::acos(x); }, Err::Domain},
      {"atan", [](double x) { return std::atan(x); }, Err::Domain},
      {"sinh", [](double x) { return std::sinh(x); }, Err::Overflow},
      {"cosh", [](double x) { return std::cosh(x); }, Err::Overflow},
      {"tanh", [](double x) { return std::tanh(x); }, Err::Domain},
      {"asinh", [](double x) { return std::asinh(x); }, Err::Domain},
      {"acosh", [](double x) { return std::acosh(x); }, Err::Domain},
      {"atanh", [](double x) { return std::atanh(x); }, Err::Domain},
      {"fabs", [](double x) { return std::fabs(x); }, Err::Domain},
      {"expm1", [](double x) { return std::expm1(x); }, Err::Overflow},
      {"log1p", [](double x) { return std::log1p(x); }, Err::Domain},
      {"erf", [](double x) { return std::erf(x); }, Err::Domain},
      {"erfc", [](double x) { return std::erfc(x); }, Err::Domain},
      {"lgamma", [](double x) { return std::lgamma(x); }, Err::Overflow},
      {"degrees", [](double x) { return x * (180.0 / M_PI); }, Err::Overflow},
      {"radians", [](double x) { return x * (M_PI / 180.0); }, Err::Domain},
  };
  for (auto& u : unary) {
    auto f = u.f;
    Err err = u.err;
    std::string name = u.name;
    def_function(m, u.name, [f, err, name](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, name, a, 1, 1, loc);
      return math1(in, f, err, in.to_float(a[0], loc), loc);
    });
  }
  if (in.python() == 3) {  // new in 3.11
    def_function(m, "cbrt", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "cbrt", a, 1, 1, loc);
      return make_float(std::cbrt(in.to_float(a[0], loc)));
    });
    def_function(m, "exp2", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "exp2", a, 1, 1, loc);
      return math1(
          in, [](double x) { return std::exp2(x); }, Err::Overflow, in.to_float(a[0], loc), loc);
    });
  }
  def_function(m, "gamma", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    double x = in.to_float(a.at(0), loc);
    if (x <= 0 && x == std::floor(x)) in.raise("ValueError", "math domain error", loc);
    return math1(
        in, [](double v) { return std::tgamma(v); }, Err::Overflow, x, loc);
  });
  auto rounding = [](bool up) {
    return [up](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, up ? "ceil" : "floor", a, 1, 1, loc);
      if (is_integer(a[0]) && in.python() == 3) return in.make_integer(integer_value(a[0]), false);
      if (in.python() == 3 && a[0]->kind == ObjKind::Instance)
        if (Ref h = in.user_special(a[0], up ? "__ceil__" : "__floor__")) return in.call(h, {}, {}, loc);
      double x = in.to_float(a[0], loc);
      double r = up ? std::ceil(x) : std::floor(x);
      if (in.python() == 2) return make_float(r);
      return int_from_float(in, r, loc);
    };
  };
  def_function(m, "floor", rounding(false));
  def_function(m, "ceil", rounding(true));
  def_function(m, "trunc", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "trunc", a, 1, 1, loc);
    if (is_integer(a[0])) return in.make_integer(integer_value(a[0]), false);
    if (a[0]->kind == ObjKind::Instance)
      if (Ref h = in.user_special(a[0], "__trunc__")) return in.call(h, {}, {}, loc);
    return int_from_float(in, std::trunc(in.to_float(a[0], loc)), loc);
  });
  def_function(m, "log", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "log", a, 1, 2, loc);
    double r = log_of(in, a[0], loc);
    if (a.size() > 1) {
      double b = log_of(in, a[1], loc);
      if (b == 0) in.raise("ZeroDivisionError", "float division by zero", loc);
      r /= b;
    }
    return make_float(r);
  });
  def_function(m, "log10", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "log10", a, 1, 1, loc);
    if (a[0]->kind == ObjKind::Float)
      return math1(
          in, [](double x) { return std::log10(x); }, Err::Domain, a[0]->as<FloatObj>()->value, loc);
    if (is_integer(a[0]) && !integer_value(a[0]).to_double()) return make_float(log_of(in, a[0], loc) / std::log(10.0));
    return make_float(log_of(in, a[0], loc, [](double x) { return std::log10(x); }));
  });
  def_function(m, "log2", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "log2", a, 1, 1, loc);
    if (a[0]->kind == ObjKind::Float)
      return math1(
          in, [](double x) { return std::log2(x); }, Err::Domain, a[0]->as<FloatObj>()->value, loc);
    if (is_integer(a[0]) && integer_value(a[0]).sign() > 0 && !integer_value(a[0]).to_double())
      return make_float(log_of(in, a[0], loc) / std::log(2.0));
    return math1(
        in, [](double x) { return std::log2(x); }, Err::Domain, in.to_float(a[0], loc), loc);
  });
  auto binary = [](const char* name, double (*f)(double, double)) {
    return [name, f](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, name, a, 2, 2, loc);
      double x = in.to_float(a[0], loc), y = in.to_float(a[1], loc);
      double r = f(x, y);
      if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) in.raise("ValueError", "math domain error", loc);
      if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) in.raise("OverflowError", "math range error", loc);
      return make_float(r);
    };
  };
  def_function(m, "atan2", binary("atan2", [](double y, double x) { return std::atan2(y, x); }));
  // Python 2.7: C's hypot() of two values; Python 3: any number of coordinates, by its own algorithm.
  def_function(m, "hypot", [binary](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    if (in.python() == 2) return binary("hypot", [](double x, double y) { return std::hypot(x, y); })(in, a, kw, loc);
    std::vector<double> v;
    for (auto& x : a) v.push_back(in.to_float(x, loc));
    return make_float(rpy::vector_norm(v.data(), v.size()));
  });
  def_function(m, "copysign", binary("copysign", [](double x, double y) { return std::copysign(x, y); }));
  def_function(m, "fmod", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "fmod", a, 2, 2, loc);
    double x = in.to_float(a[0], loc), y = in.to_float(a[1], loc);
    if (y == 0 || std::isinf(x)) {
      if (!std::isnan(x) && !std::isnan(y)) in.raise("ValueError", "math domain error", loc);
    }
    return make_float(std::fmod(x, y));
  });
  def_function(m, "pow", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "pow", a, 2, 2, loc);
    double x = in.to_float(a[0], loc), y = in.to_float(a[1], loc);
    if (x == 0 && y < 0) in.raise("ValueError", "math domain error", loc);
    if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) in.raise("ValueError", "math domain error", loc);
    double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) in.raise("OverflowError", "math range error", loc);
    return make_float(r);
  });
  def_function(m, "ldexp", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "ldexp", a, 2, 2, loc);
    double x = in.to_float(a[0], loc);
    int64_t e = std::clamp<int64_t>(in.to_int(a[1], loc), -100000, 100000);
    double r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r) && std::isfinite(x)) in.raise("OverflowError", "math range error", loc);
    return make_float(r);
  });
  def_function(m, "frexp", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    int e = 0;
    double x = in.to_float(a.at(0), loc);
    double r = std::isfinite(x) ? std::frexp(x, &e) : x;
    return make_tuple({make_float(r), make_int(e)});
  });
  def_function(m, "modf", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    double x = in.to_float(a.at(0), loc);
    if (std::isinf(x)) return make_tuple({make_float(std::copysign(0.0, x)), make_float(x)});
    double ip;
    double fp = std::modf(x, &ip);
    return make_tuple({make_float(fp), make_float(ip)});
  });
  for (auto [name, what] : {std::pair{"isinf", 0}, {"isnan", 1}, {"isfinite", 2}}) {
    int w = what;
    def_function(m, name, [w](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      if (is_integer(a.at(0))) return make_bool(w == 2);
      double x = in.to_float(a[0], loc);
      return make_bool(w == 0 ? std::isinf(x) : w == 1 ? std::isnan(x) : std::isfinite(x));
    });
  }
  def_function(m, "isclose", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    check_args(in, "isclose", a, 2, 2, loc);
    Ref rt = take_kwarg(kw, "rel_tol"), at = take_kwarg(kw, "abs_tol");
    double x = in.to_float(a[0], loc), y = in.to_float(a[1], loc);
    double rel = rt ? in.to_float(rt, loc) : 1e-9, abs_tol = at ? in.to_float(at, loc) : 0.0;
    if (x == y) return make_bool(true);
    if (std::isinf(x) || std::isinf(y)) return make_bool(false);
    double d = std::fabs(y - x);
    return make_bool(d <= std::fabs(rel * y) || d <= std::fabs(rel * x) || d <= abs_tol);
  });
  def_function(m, "fsum", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::vector<double> xs;
    for (auto& v : in.iterate(a.at(0), loc)) xs.push_back(in.to_float(v, loc));
    return make_float(fsum(in, xs, loc));
  });
  def_function(m, "factorial", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "factorial", a, 1, 1, loc);
    Ref v = a[0];
    if (v->kind == ObjKind::Float) {
      double d = v->as<FloatObj>()->value;
      if (d != std::floor(d) || in.python() == 3)
        in.raise(in.python() == 2 ? "ValueError" : "TypeError",
                 in.python() == 2 ? "factorial() only accepts integral values" : "'float' object cannot be interpreted as an integer", loc);
      v = int_from_float(in, d, loc);
    }
    int64_t n = in.to_int(v, loc);
    if (n < 0) in.raise("ValueError", "factorial() not defined for negative values", loc);
    if (n > 200000) in.raise("OverflowError", "factorial() argument should not exceed 200000 at import time", loc);
    BigInt r(1);
    for (int64_t i = 2; i <= n; ++i) r = r * BigInt(i);
    return in.make_integer(r, false);
  });
  def_function(m, "gcd", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    BigInt g(0);
    for (auto& x : a) {
      if (!is_integer(x)) in.raise("TypeError", "'" + type_name(x) + "' object cannot be interpreted as an integer", loc);
      BigInt y = integer_value(x).abs();
      while (!y.is_zero()) {
        BigInt q, r;
        BigInt::divmod(g, y, q, r);
        g = y;
        y = r;
      }
    }
    return in.make_integer(g, false);
  });
  if (in.python() == 3)  // new in 3.9
    def_function(m, "lcm", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      BigInt l(1);
      for (auto& x : a) {
        if (!is_integer(x)) in.raise("TypeError", "'" + type_name(x) + "' object cannot be interpreted as an integer", loc);
        BigInt y = integer_value(x).abs();
        if (l.is_zero() || y.is_zero()) {
          l = BigInt(0);
          continue;
        }
        BigInt g = l, b = y;  // gcd(l, y), then l / gcd * y
        while (!b.is_zero()) {
          BigInt q, r;
          BigInt::divmod(g, b, q, r);
          g = b;
          b = r;
        }
        BigInt q, r;
        BigInt::divmod(l, g, q, r);
        l = q * y;
      }
      return in.make_integer(l, false);
    });
  def_function(m, "isqrt", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    BigInt n = integer_value(a.at(0));
    if (n.negative()) in.raise("ValueError", "isqrt() argument must be nonnegative", loc);
    if (n.is_zero()) return make_int(0);
    BigInt x = BigInt(1).shl((n.bit_length() + 1) / 2 + 1);
    for (;;) {
      BigInt q, r;
      BigInt::divmod(n, x, q, r);
      BigInt y = (x + q).shr(1);
      if (BigInt::compare(y, x) >= 0) break;
      x = y;
    }
    return in.make_integer(x, false);
  });
  // comb(n, k) and perm(n, k=None): exact, with CPython's messages.
  for (int which = 0; which < 2; ++which) {
    const char* name = which ? "perm" : "comb";
    def_function(m, name, [which, name](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, name, a, which ? 1 : 2, 2, loc);
      for (auto& x : a)
        if (!is_integer(x) && !(which && &x == &a[1] && x->kind == ObjKind::None))
          in.raise("TypeError", "'" + type_name(x) + "' object cannot be interpreted as an integer", loc);
      BigInt n = integer_value(a[0]);
      if (n.negative()) in.raise("ValueError", "n must be a non-negative integer", loc);
      bool no_k = a.size() == 1 || a[1]->kind == ObjKind::None;
      BigInt k = no_k ? n : integer_value(a[1]);
      if (k.negative()) in.raise("ValueError", "k must be a non-negative integer", loc);
      if (BigInt::compare(k, n) > 0) return make_int(0);
      if (!which && BigInt::compare(n - k, k) < 0) k = n - k;
      if (BigInt::compare(k, BigInt(200000)) > 0)
        in.raise("OverflowError", std::string(name) + "() argument too large at import time", loc);
      int64_t kk = in.to_int(in.make_integer(k, false), loc);
      BigInt r(1);
      for (int64_t i = 0; i < kk; ++i) {
        r = r * (n - BigInt(i));
        if (!which) {
          BigInt q, rem;
          BigInt::divmod(r, BigInt(i + 1), q, rem);
          r = q;
        }
      }
      return in.make_integer(r, false);
    });
  }
  def_function(m, "prod", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref acc = take_kwarg(kw, "start");
    if (!acc) acc = make_int(1);
    for (auto& x : in.iterate(a.at(0), loc)) acc = in.binary(syntax::BinOp::Mul, acc, x, loc);
    return acc;
  });
  m.set("pi", make_float(M_PI));
  m.set("e", make_float(M_E));
  m.set("tau", make_float(2 * M_PI));
  m.set("inf", make_float(HUGE_VAL));
  m.set("nan", make_float(NAN));
  (void)in;
}

}  // namespace rpy::modules
