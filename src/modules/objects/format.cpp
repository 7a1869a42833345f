// String formatting with objects: the % operator, str.format and format(), on top of the
// object-free number and padding rules of support/format.
#include <cstring>

#include "common/format_fields.hpp"
#include "modules/objects/objects.hpp"
#include "modules/support/format.hpp"
#include "modules/support/text.hpp"

namespace rpy::modules {

// format(value, spec): __format__ of instances, the mini-language for numbers and strings.
Ref format_value(Interp& in, const Ref& v, const std::string& spec, Loc loc) {
  if (v->kind == ObjKind::Instance) {
    if (Ref m = in.user_special(v, "__format__")) return in.call(m, {make_str(spec)}, {}, loc);
    if (Ref bv = v->as<InstanceObj>()->builtin_value) return format_value(in, bv, spec, loc);
  }
  if (v->kind == ObjKind::Native)
    if (Ref m = in.special(v, "__format__")) return in.call(m, {make_str(spec)}, {}, loc);
  if (spec.empty()) return same_kind_str(v->kind == ObjKind::Unicode ? v : make_str(""), in.str_of(v, loc));
  const bool py2 = in.python() == 2;
  SpecFor k = SpecFor::Str;
  if (is_integer(v))
    k = SpecFor::Int;
  else if (v->kind == ObjKind::Float)
    k = SpecFor::Float;
  else if (!is_str(v) && !py2)  // object.__format__ refuses any spec before reading it
    in.raise("TypeError", "unsupported format string passed to " + type_name(v) + ".__format__", loc);
  // Python 2 formats any other object as str(v) with the spec.
  std::string shown = k == SpecFor::Str && !is_str(v) ? "str" : type_name(v);
  SpecDialect d{py2, !py2 || v->kind == ObjKind::Unicode};
  RawSpec s;
  std::string err, out;
  if (!parse_format_spec(spec, k, shown, d, s, err)) in.raise("ValueError", err, loc);
  if (k == SpecFor::Int) {
    if (!format_int_spec(integer_value(v), s, py2, out, err)) in.raise("OverflowError", err, loc);
  } else if (k == SpecFor::Float) {
    out = format_float_spec(v->as<FloatObj>()->value, s, in.python());
  } else if (is_str(v)) {
    out = format_str_spec(v->as<StrObj>()->value, text_semantics(v), s);
  } else {
    out = format_str_spec(in.str_of(v, loc), false, s);
  }
  return same_kind_str(v->kind == ObjKind::Unicode ? v : make_str(""), out);
}

Ref format_mixed_text27(Interp& in, const Ref& v, bool unicode_spec, const std::string& spec, Loc loc) {
  if (!unicode_spec) {
    for (size_t i = 0; i < spec.size(); ++i) {
      if (static_cast<unsigned char>(spec[i]) < 0x80) continue;
      char buf[120];
      std::snprintf(buf, sizeof buf, "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)",
                    static_cast<unsigned char>(spec[i]), i);
      in.raise("UnicodeDecodeError", buf, loc);
    }
    return format_value(in, v, spec, loc);
  }
  if (!is_integer(v) && v->kind != ObjKind::Float && !is_str(v) && v->kind != ObjKind::Instance && v->kind != ObjKind::Native)
    return format_value(in, make_unicode(in.str_of(v, loc)), spec, loc);
  auto cps = utf8_decode(spec);
  for (size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] < 0x80) continue;
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  cps[i] < 0x100     ? "'ascii' codec can't encode character u'\\x%02x' in position %zu: ordinal not in range(128)"
                  : cps[i] < 0x10000 ? "'ascii' codec can't encode character u'\\u%04x' in position %zu: ordinal not in range(128)"
                                     : "'ascii' codec can't encode character u'\\U%08x' in position %zu: ordinal not in range(128)",
                  static_cast<unsigned>(cps[i]), i);
    in.raise("UnicodeEncodeError", buf, loc);
  }
  Ref r = format_value(in, v, spec, loc);
  return r->kind == ObjKind::Unicode ? r : make_unicode(r->as<StrObj>()->value);
}

// ---------------------------------------------------------------------------------------------
// The % operator

// The conversions where bytes % values (PEP 461, Python 3) differs from str % values: %s and %b
// take bytes (or __bytes__), %r and %a give ascii(repr(v)), %c an int in range(256) or one byte.
// False for the numeric conversions, which format as for str.
static bool percent_bytes_conv(Interp& in, const Ref& value, PercentSpec& p, std::string& out, Loc loc) {
  Ref u = Interp::unwrap(value);
  std::string s;
  switch (p.conv) {
    case 's':
    case 'b':
      if (is_bytes(u)) {
        s = u->as<StrObj>()->value;
      } else if (Ref m = value->kind == ObjKind::Instance ? in.user_special(value, "__bytes__") : nullptr) {
        Ref r = in.call(m, {}, {}, loc);
        if (!is_bytes(r)) in.raise("TypeError", "__bytes__ returned non-bytes (type " + type_name(r) + ")", loc);
        s = r->as<StrObj>()->value;
      } else {
        in.raise("TypeError", "%b requires a bytes-like object, or an object that implements __bytes__, not '" + type_name(value) + "'",
                 loc);
      }
      if (p.precision >= 0 && static_cast<size_t>(p.precision) < s.size()) s.resize(static_cast<size_t>(p.precision));
      break;
    case 'r':
    case 'a':
      s = ascii_escape(in.repr_of(value, loc));
      if (p.precision >= 0 && static_cast<size_t>(p.precision) < s.size()) s.resize(static_cast<size_t>(p.precision));
      break;
    case 'c':
      if (is_bytes(u)) {
        s = u->as<StrObj>()->value;
        if (s.size() != 1) in.raise("TypeError", "%c requires an integer in range(256) or a single byte", loc);
      } else if (is_integer(u)) {
        BigInt c = integer_value(u);
        if (c.negative() || BigInt::compare(c, BigInt(255)) > 0) in.raise("OverflowError", "%c arg not in range(256)", loc);
        s = std::string(1, static_cast<char>(c.to_int64()));
      } else {
        in.raise("TypeError", "%c requires an integer in range(256) or a single byte", loc);
      }
      break;
    default:
      return false;
  }
  out += percent_pad(s, s.size(), p);
  return true;
}

Ref percent_format(Interp& in, const Ref& fmt_ref, const Ref& arg, Loc loc) {
  const std::string& fmt = fmt_ref->as<StrObj>()->value;
  bool unicode = fmt_ref->kind == ObjKind::Unicode;
  bool bytes_fmt = is_bytes(fmt_ref);
  Ref uarg = Interp::unwrap(arg);
  std::vector<Ref> args;
  bool is_tuple = uarg->kind == ObjKind::Tuple;
  if (is_tuple)
    args = uarg->as<TupleObj>()->items;
  else
    args.push_back(arg);
  bool mapping = !is_tuple && (uarg->kind == ObjKind::Dict || (arg->kind == ObjKind::Instance && in.special(arg, "__getitem__")) ||
                               dynamic_cast<NamespaceObj*>(arg.get()));
  size_t ai = 0;
  auto next_arg = [&]() -> Ref {
    if (ai >= args.size()) in.raise("TypeError", "not enough arguments for format string", loc);
    return args[ai++];
  };
  std::string out;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      out += fmt[i];
      continue;
    }
    size_t start = i;
    ++i;
    if (i >= fmt.size()) in.raise("ValueError", "incomplete format", loc);
    Ref value;
    if (fmt[i] == '(') {
      if (!mapping) in.raise("TypeError", "format requires a mapping", loc);
      int depth = 1;
      size_t k = ++i;
      while (i < fmt.size() && depth) {
        if (fmt[i] == '(') ++depth;
        if (fmt[i] == ')') --depth;
        ++i;
      }
      if (depth) in.raise("ValueError", "incomplete format key", loc);
      value = in.subscript(arg, same_kind_str(fmt_ref, fmt.substr(k, i - 1 - k)), loc);
    }
    PercentSpec p;
    for (; i < fmt.size(); ++i) {
      char c = fmt[i];
      if (c == '-')
        p.minus = true;
      else if (c == '+')
        p.plus = true;
      else if (c == ' ')
        p.space = true;
      else if (c == '#')
        p.alt = true;
      else if (c == '0')
        p.zero = true;
      else
        break;
    }
    auto number = [&](int& target) {
      if (i < fmt.size() && fmt[i] == '*') {
        int64_t w = in.to_int(next_arg(), loc);
        if (&target == &p.width && w < 0) {
          p.minus = true;
          w = -w;
        }
        target = static_cast<int>(w);
        ++i;
        return;
      }
      if (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) {
        target = 0;
        while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) target = target * 10 + (fmt[i++] - '0');
      }
    };
    number(p.width);
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      p.precision = 0;
      number(p.precision);
    }
    while (i < fmt.size() && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) in.raise("ValueError", "incomplete format", loc);
    p.conv = fmt[i];
    if (p.conv == '%') {
      out += '%';
      continue;
    }
    if (!value) value = next_arg();
    if (bytes_fmt) {  // PEP 461: bytes % values
      if (percent_bytes_conv(in, value, p, out, loc)) continue;
    }
    switch (p.conv == 'a' && in.python() == 2 ? '\0' : p.conv) {  // Python 2 has no %a
      case 's':
      case 'r':
      case 'a': {
        std::string s = p.conv == 's' ? in.str_of(value, loc) : in.repr_of(value, loc);
        if (p.conv == 'a' && in.python() == 3) s = ascii_escape(s);
        if (p.conv == 's' && value->kind == ObjKind::Unicode) unicode = true;
        bool text = unicode || in.python() == 3;
        size_t len = text ? utf8_length(s) : s.size();
        if (p.precision >= 0 && static_cast<size_t>(p.precision) < len) {
          if (text) {
            auto cps = utf8_decode(s);
            cps.resize(static_cast<size_t>(p.precision));
            s = utf8_encode(cps);
          } else {
            s.resize(static_cast<size_t>(p.precision));
          }
          len = static_cast<size_t>(p.precision);
        }
        out += percent_pad(s, len, p);
        break;
      }
      case 'c': {
        std::string s;
        Ref u = Interp::unwrap(value);
        if (is_str(u)) {
          s = u->as<StrObj>()->value;
          if ((text_semantics(u) ? utf8_length(s) : s.size()) != 1) in.raise("TypeError", "%c requires int or char", loc);
        } else {
          int64_t c = in.to_int(u, loc);
          if (c < 0 || c > (unicode || in.python() == 3 ? 0x10ffff : 255))
            in.raise("OverflowError",
                     unicode || in.python() == 3 ? "%c arg not in range(0x110000)"
                     : c < 0                     ? "unsigned byte integer is less than minimum"
                                                 : "unsigned byte integer is greater than maximum",
                     loc);
          if (unicode || in.python() == 3)
            utf8_append(s, static_cast<uint32_t>(c));
          else
            s = std::string(1, static_cast<char>(c));
        }
        out += percent_pad(s, 1, p);
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        Ref u = Interp::unwrap(value);
        BigInt v;
        if (is_integer(u)) {
          v = integer_value(u);
        } else if (u->kind == ObjKind::Float) {
          if (in.python() == 3 && p.conv != 'd' && p.conv != 'i' && p.conv != 'u')
            in.raise("TypeError", std::string("%") + p.conv + " format: an integer is required, not float", loc);
          v = integer_value(int_from_float(in, u->as<FloatObj>()->value, loc));
        } else if (value->kind == ObjKind::Instance && (in.user_special(value, "__int__") || in.user_special(value, "__index__"))) {
          Ref m = in.user_special(value, "__int__") ? in.user_special(value, "__int__") : in.user_special(value, "__index__");
          v = integer_value(in.call(m, {}, {}, loc));
        } else {
          bool decimal = p.conv == 'd' || p.conv == 'i' || p.conv == 'u';
          // Python 2 asks for "a number" whatever the conversion; it and Python 3's bytes call %i "%d"
          const char* wanted = in.python() == 2 ? "a number" : decimal ? "a real number" : "an integer";
          char shown = (bytes_fmt || in.python() == 2) && p.conv == 'i' ? 'd' : p.conv;
          in.raise("TypeError", std::string("%") + shown + " format: " + wanted + " is required, not " + type_name(value), loc);
        }
        if (p.conv == 'i' || p.conv == 'u') p.conv = 'd';
        out += percent_int(v, p, in.python() == 2);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        Ref u = Interp::unwrap(value);
        if (!is_integer(u) && u->kind != ObjKind::Float && !(value->kind == ObjKind::Instance && in.user_special(value, "__float__")))
          in.raise("TypeError",
                   in.python() == 2 || bytes_fmt ? "float argument required, not " + type_name(value)
                                                 : "must be real number, not " + type_name(value),
                   loc);
        out += percent_float(in.to_float(value, loc), p);
        break;
      }
      default: {
        char buf[80];
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", p.conv,
                      static_cast<unsigned>(static_cast<unsigned char>(p.conv)), i);
        (void)start;
        in.raise("ValueError", buf, loc);
      }
    }
  }
  if (!mapping && ai < args.size())
    in.raise("TypeError",
             bytes_fmt ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting",
             loc);
  if (bytes_fmt) return make_bytes(std::move(out));
  return unicode ? make_unicode(std::move(out)) : make_str(std::move(out));
}

// ---------------------------------------------------------------------------------------------
// str.format

namespace {

struct FormatState {
  Interp& in;
  const Ref& fmt;
  const std::vector<Ref>& args;
  const Ref& kwargs;
  bool map;  // str.format_map(mapping): no positional fields
  FieldDialect dialect;
  enum class Numbering { Unset, Auto, Manual } numbering = Numbering::Unset;
  int64_t next_auto = 0;
  Loc loc;
};

// The object a field name selects, its accesses applied in order (Python's get_field_object).
Ref field_value(FormatState& st, const FieldName& fn) {
  Interp& in = st.in;
  if (fn.error_first) in.raise("ValueError", fn.error, st.loc);
  Ref v;
  if (fn.kind == FieldName::Kind::Keyword) {
    v = in.subscript(st.kwargs, same_kind_str(st.fmt, fn.keyword), st.loc);
  } else {
    bool automatic = fn.kind == FieldName::Kind::Auto;
    if (st.numbering == FormatState::Numbering::Unset)
      st.numbering = automatic ? FormatState::Numbering::Auto : FormatState::Numbering::Manual;
    if (automatic && st.numbering == FormatState::Numbering::Manual)
      in.raise("ValueError", "cannot switch from manual field specification to automatic field numbering", st.loc);
    if (!automatic && st.numbering == FormatState::Numbering::Auto)
      in.raise("ValueError", "cannot switch from automatic field numbering to manual field specification", st.loc);
    int64_t k = automatic ? st.next_auto++ : fn.index;
    if (st.map) in.raise("ValueError", "Format string contains positional fields", st.loc);
    if (static_cast<uint64_t>(k) >= st.args.size())
      in.raise("IndexError",
               st.dialect.py2 ? "tuple index out of range"
                              : "Replacement index " + std::to_string(k) + " out of range for positional args tuple",
               st.loc);
    v = st.args[static_cast<size_t>(k)];
  }
  for (const FieldAccess& a : fn.path) {
    if (a.attr) {
      v = in.get_attr(v, a.name, st.loc);
      continue;
    }
    // Python 2.7 indexes a sequence with an int, and looks a long up in anything else (KeyError: 1L).
    bool long_key = st.dialect.py2 && v->kind == ObjKind::Dict;
    v = in.subscript(v, !a.int_key ? same_kind_str(st.fmt, a.name) : long_key ? make_long(BigInt(a.index)) : make_int(a.index), st.loc);
  }
  if (!fn.error.empty()) in.raise("ValueError", fn.error, st.loc);
  return v;
}

// Python's build_string: `depth` is 2 for the format string, one less for a spec's nested fields.
std::string render(FormatState& st, const std::string& f, int depth) {
  Interp& in = st.in;
  if (depth <= 0) in.raise("ValueError", "Max string recursion exceeded", st.loc);
  FormatScan scan = scan_format_string(f, st.dialect);
  std::string out;
  for (const FormatPiece& p : scan.pieces) {
    out += p.literal;
    if (!p.present) continue;
    Ref v = field_value(st, p.name);
    if (!p.conversion.empty()) {
      std::string bad = format_conversion_error(p.conversion, st.dialect);
      if (!bad.empty()) in.raise("ValueError", bad, st.loc);
      if (p.conversion == "s")
        v = make_str(in.str_of(v, st.loc));
      else
        v = make_str(p.conversion == "a" ? ascii_escape(in.repr_of(v, st.loc)) : in.repr_of(v, st.loc));
    }
    std::string spec = p.spec_nested ? render(st, p.spec, depth - 1) : p.spec;
    out += format_value(in, v, spec, st.loc)->as<StrObj>()->value;
  }
  if (!scan.error.empty()) in.raise("ValueError", scan.error, st.loc);
  return out;
}

}  // namespace

Ref str_format(Interp& in, const Ref& fmt, const std::vector<Ref>& args, const Ref& kwargs, bool map, Loc loc) {
  FieldDialect d{in.python() == 2, text_semantics(fmt)};
  FormatState st{in, fmt, args, kwargs, map, d, FormatState::Numbering::Unset, 0, loc};
  return same_kind_str(fmt, render(st, fmt->as<StrObj>()->value, 2));
}

}  // namespace rpy::modules
