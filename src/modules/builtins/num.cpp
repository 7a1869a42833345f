// Numeric builtins: abs, divmod, pow, round, hex, oct, bin, chr, unichr, ord, cmp, format.
#include <cmath>

#include "modules/builtins/builtins.hpp"
#include "modules/support/text.hpp"

namespace rpy::modules {

static Ref int_text(Interp& in, const Ref& v, int base, const char* hook, Loc loc) {
  Ref u = Interp::unwrap(v);
  if (!is_integer(u)) {
    if (v->kind == ObjKind::Instance) {
      if (in.python() == 2 && base != 2)
        if (Ref m = in.user_special(v, hook)) return in.call(m, {}, {}, loc);
      if (Ref m = in.user_special(v, "__index__")) u = in.call(m, {}, {}, loc);
    }
    if (!is_integer(u)) {
      if (in.python() == 2 && base != 2)
        in.raise("TypeError", std::string(base == 16 ? "hex" : "oct") + "() argument can't be converted to " + (base == 16 ? "hex" : "oct"),
                 loc);
      in.raise("TypeError", "'" + type_name(v) + "' object cannot be interpreted as an index", loc);
    }
  }
  std::string s = int_to_base(integer_value(u), base, in.python() == 2);
  if (in.python() == 2 && base != 2 && u->kind == ObjKind::Long) s += "L";
  return make_str(s);
}

void install_builtins_num(Interp& in, ModuleObj& B) {
  bool py2 = in.python() == 2;
  def_builtin(B, "abs", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "abs", a, 1, 1, loc);
    Ref v = a[0];
    if (v->kind == ObjKind::Float) return make_float(std::fabs(v->as<FloatObj>()->value));
    if (is_integer(v)) {
      int64_t x;
      if (v->kind != ObjKind::Long && integer_fits_word(v, &x) && x != INT64_MIN) return make_int(x < 0 ? -x : x);
      return in.make_integer(integer_value(v).abs(), v->kind == ObjKind::Long);
    }
    if (Ref m = v->kind == ObjKind::Instance ? in.user_special(v, "__abs__") : in.special(v, "__abs__")) return in.call(m, {}, {}, loc);
    in.raise("TypeError", "bad operand type for abs(): '" + type_name(v) + "'", loc);
  });
  def_builtin(B, "divmod", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "divmod", a, 2, 2, loc);
    if (a[0]->kind == ObjKind::Instance)
      if (Ref m = in.user_special(a[0], "__divmod__")) return in.call(m, {a[1]}, {}, loc);
    return make_tuple({in.binary(syntax::BinOp::FloorDiv, a[0], a[1], loc), in.binary(syntax::BinOp::Mod, a[0], a[1], loc)});
  });
  def_builtin(B, "pow", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "pow", a, 2, 3, loc);
    if (a.size() == 3 && !is_none(a[2])) {
      if (!is_integer(a[0]) || !is_integer(a[1]) || !is_integer(a[2]))
        in.raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers", loc);
      return int_pow(in, a[0], a[1], a[2], loc);
    }
    return in.binary(syntax::BinOp::Pow, a[0], a[1], loc);
  });
  def_builtin(B, "round", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref x = arg_or_kw(a, kw, 0, "number");
    Ref n = arg_or_kw(a, kw, 1, "ndigits");
    if (!x) in.raise("TypeError", "round() missing required argument 'number' (pos 1)", loc);
    if (in.python() == 3 && x->kind == ObjKind::Instance)
      if (Ref m = in.user_special(x, "__round__")) return in.call(m, n ? Args{n} : Args{}, {}, loc);
    if (is_integer(x) && in.python() == 3) {
      if (!n || is_none(n) || in.to_int(n, loc) >= 0) return in.make_integer(integer_value(x), false);
      // round(1234, -2): to a multiple of 10**-n, halves to even.
      BigInt p = BigInt::pow(BigInt(10), static_cast<uint64_t>(-in.to_int(n, loc)));
      BigInt v = integer_value(x), q, r;
      BigInt::divmod(v, p, q, r);
      BigInt twice = r + r;
      int c = BigInt::compare(twice, p);
      if (c > 0 || (c == 0 && (q.low_u64() & 1))) q = q + BigInt(1);
      return in.make_integer(q * p, false);
    }
    return float_round(in, in.to_float(x, loc), n, loc);
  });
  def_builtin(B, "hex", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "hex", a, 1, 1, loc);
    return int_text(in, a[0], 16, "__hex__", loc);
  });
  def_builtin(B, "oct", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "oct", a, 1, 1, loc);
    return int_text(in, a[0], 8, "__oct__", loc);
  });
  def_builtin(B, "bin", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "bin", a, 1, 1, loc);
    return int_text(in, a[0], 2, "", loc);
  });
  def_builtin(B, "chr", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "chr", a, 1, 1, loc);
    int64_t v = in.to_int(a[0], loc);
    if (in.python() == 2) {
      if (v < 0 || v > 255) in.raise("ValueError", "chr() arg not in range(256)", loc);
      return make_str(std::string(1, static_cast<char>(v)));
    }
    if (v < 0 || v > 0x10ffff) in.raise("ValueError", "chr() arg not in range(0x110000)", loc);
    std::string s;
    utf8_append(s, static_cast<uint32_t>(v));
    return make_str(s);
  });
  if (py2) {
    def_builtin(B, "unichr", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "unichr", a, 1, 1, loc);
      int64_t v = in.to_int(a[0], loc);
      if (v < 0 || v > 0x10ffff) in.raise("ValueError", "unichr() arg not in range(0x110000) (wide Python build)", loc);
      std::string s;
      utf8_append(s, static_cast<uint32_t>(v));
      return make_unicode(s);
    });
    def_builtin(B, "cmp", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "cmp", a, 2, 2, loc);
      return make_int(in.cmp(a[0], a[1], loc));
    });
  }
  def_builtin(B, "ord", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "ord", a, 1, 1, loc);
    Ref v = Interp::unwrap(a[0]);
    if (!is_str(v)) in.raise("TypeError", "ord() expected string of length 1, but " + type_name(a[0]) + " found", loc);
    const std::string& s = v->as<StrObj>()->value;
    if (text_semantics(v)) {
      auto cps = utf8_decode(s);
      if (cps.size() != 1)
        in.raise("TypeError", "ord() expected a character, but string of length " + std::to_string(cps.size()) + " found", loc);
      return make_int(cps[0]);
    }
    if (s.size() != 1)
      in.raise("TypeError", "ord() expected a character, but string of length " + std::to_string(s.size()) + " found", loc);
    return make_int(static_cast<unsigned char>(s[0]));
  });
  def_builtin(B, "format", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "format", a, 1, 2, loc);
    std::string spec = a.size() > 1 ? str_arg(in, a[1], "format spec", loc) : "";
    if (in.python() == 2 && a.size() > 1 && (a[1]->kind == ObjKind::Unicode) != (a[0]->kind == ObjKind::Unicode))
      return format_mixed_text27(in, a[0], a[1]->kind == ObjKind::Unicode, spec, loc);
    return format_value(in, a[0], spec, loc);
  });
}

}  // namespace rpy::modules
