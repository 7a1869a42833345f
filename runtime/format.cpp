// The formatting engine: `%`, str.format and f-string conversions with Python's exact output.
#include "rpy/format.hpp"
#include "rpy/format_spec.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <cstdio>
#include <string>

#include "rpy/exceptions.hpp"
#include "rpy/file.hpp"
#include "rpy/float_repr.hpp"
#include "rpy/utf8.hpp"
#include "rpy/ints.hpp"
#include "rpy/str.hpp"

namespace rpy {

namespace {

void put_fill(Buffer& b, char fill, int64_t n) {
  for (int64_t i = 0; i < n; ++i) b.put(fill);
}

// Inserts `sep` every `every` digits of `digits` (counted from the right); with min_len, leading
// zeros are added (and grouped) until the result is at least that long, as Python's zero-padding
// with a separator does.
std::string group_digits(std::string digits, char sep, int every, int64_t min_len) {
  for (;;) {
    std::string out;
    int64_t n = static_cast<int64_t>(digits.size());
    for (int64_t i = 0; i < n; ++i) {
      if (i && (n - i) % every == 0) out += sep;
      out += digits[static_cast<size_t>(i)];
    }
    if (static_cast<int64_t>(out.size()) >= min_len) return out;
    digits.insert(digits.begin(), '0');
  }
}

// Lays out sign + prefix + body in spec.width. Numbers: with a separator, the integer part of the
// body (its leading digits) is grouped.
void layout_number(Buffer& b, const std::string& sign, const char* prefix, std::string body, const FmtSpec& s, int every) {
  int64_t plen = static_cast<int64_t>(sign.size() + std::strlen(prefix));
  bool zero_fill = s.align == '=' && s.fill == '0';
  if (s.group) {
    size_t intlen = 0;
    while (intlen < body.size() && std::isxdigit(static_cast<unsigned char>(body[intlen])) &&
           !(every == 3 && (body[intlen] == 'e' || body[intlen] == 'E')))
      ++intlen;
    std::string rest = body.substr(intlen);
    int64_t min_len = zero_fill ? s.width - plen - static_cast<int64_t>(rest.size()) : 0;
    body = group_digits(body.substr(0, intlen), s.group, every, min_len) + rest;
  }
  int64_t total = plen + static_cast<int64_t>(body.size());
  int64_t pad = s.width > total ? s.width - total : 0;
  switch (s.align) {
    case '<':
      b.put(sign.data(), static_cast<int64_t>(sign.size()));
      b.put(prefix, static_cast<int64_t>(std::strlen(prefix)));
      b.put(body.data(), static_cast<int64_t>(body.size()));
      put_fill(b, s.fill, pad);
      return;
    case '^':
      put_fill(b, s.fill, pad / 2);
      b.put(sign.data(), static_cast<int64_t>(sign.size()));
      b.put(prefix, static_cast<int64_t>(std::strlen(prefix)));
      b.put(body.data(), static_cast<int64_t>(body.size()));
      put_fill(b, s.fill, pad - pad / 2);
      return;
    case '=':
      b.put(sign.data(), static_cast<int64_t>(sign.size()));
      b.put(prefix, static_cast<int64_t>(std::strlen(prefix)));
      put_fill(b, s.fill, pad);
      b.put(body.data(), static_cast<int64_t>(body.size()));
      return;
    default:
      put_fill(b, s.fill, pad);
      b.put(sign.data(), static_cast<int64_t>(sign.size()));
      b.put(prefix, static_cast<int64_t>(std::strlen(prefix)));
      b.put(body.data(), static_cast<int64_t>(body.size()));
      return;
  }
}

std::string sign_of(bool negative, const FmtSpec& s) {
  if (negative) return "-";
  if (s.sign == '+') return "+";
  if (s.sign == ' ') return " ";
  return "";
}

void fmt_magnitude(Buffer& b, bool negative, uint64_t mag, const FmtSpec& s) {
  char type = s.type ? s.type : 'd';
  int base = 10;
  const char* prefix = "";
  bool upper = false;
  switch (type) {
    case 'x':
      base = 16;
      prefix = s.alt ? "0x" : "";
      break;
    case 'X':
      base = 16;
      prefix = s.alt ? "0X" : "";
      upper = true;
      break;
    case 'o':
      base = 8;
      prefix = s.alt ? "0o" : "";
      break;
    case 'O':
      base = 8;
      prefix = s.alt && mag != 0 ? "0" : "";
      break;  // Python 2 %#o
    case 'b':
      base = 2;
      prefix = s.alt ? "0b" : "";
      break;
    default:
      break;
  }
  char tmp[72];
  int n = 0;
  const char* digs = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  do {
    tmp[n++] = digs[mag % static_cast<uint64_t>(base)];
    mag /= static_cast<uint64_t>(base);
  } while (mag);
  std::string body;
  for (int i = n; i < s.prec; ++i) body += '0';
  for (int i = n - 1; i >= 0; --i) body += tmp[i];
  layout_number(b, sign_of(negative, s), prefix, body, s, base == 10 ? 3 : 4);
}

// The digits of a formatted float (before its exponent) are all zeros.
}  // namespace

void fmt_pad(Buffer& b, const char* p, int64_t n, const FmtSpec& s) {
  int64_t pad = s.width > n ? s.width - n : 0;
  char align = s.align == '=' ? '>' : s.align;
  if (align == '>')
    put_fill(b, s.fill, pad);
  else if (align == '^')
    put_fill(b, s.fill, pad / 2);
  b.put(p, n);
  if (align == '<')
    put_fill(b, s.fill, pad);
  else if (align == '^')
    put_fill(b, s.fill, pad - pad / 2);
}

void fmt_str(Buffer& b, const Str* v, const FmtSpec& s) {
  if (!v) {
    fmt_pad(b, "None", s.prec >= 0 && s.prec < 4 ? s.prec : 4, s);
    return;
  }
  if (!python2 && !str_is_ascii(v)) {  // Python 3: width and precision count code points
    int64_t cps = str_ncp(v);
    int64_t n = v->len;
    if (s.prec >= 0 && s.prec < cps) {
      n = utf8::offset(v->data, v->len, s.prec);
      cps = s.prec;
    }
    FmtSpec t = s;
    t.width = s.width > cps ? static_cast<int>(s.width - cps + n) : 0;
    fmt_pad(b, v->data, n, t);
    return;
  }
  int64_t n = v->len;
  if (s.prec >= 0 && s.prec < n) n = s.prec;
  fmt_pad(b, v->data, n, s);
}

void fmt_ustr(Buffer& b, const Str* v, const FmtSpec& s) {
  if (!v) {
    fmt_str(b, v, s);
    return;
  }
  int64_t cps = u_len(v);
  if (s.prec >= 0 && s.prec < cps) cps = s.prec;
  int64_t bytes = u_byte_offset(v, cps);
  int64_t pad = s.width > cps ? s.width - cps : 0;
  char align = s.align == '=' ? '>' : s.align;
  if (align == '>')
    put_fill(b, s.fill, pad);
  else if (align == '^')
    put_fill(b, s.fill, pad / 2);
  b.put(v->data, bytes);
  if (align == '<')
    put_fill(b, s.fill, pad);
  else if (align == '^')
    put_fill(b, s.fill, pad - pad / 2);
}

void fmt_char(Buffer& b, char v, const FmtSpec& s) { fmt_pad(b, &v, s.prec == 0 ? 0 : 1, s); }

void fmt_int(Buffer& b, int64_t v, const FmtSpec& s) {
  switch (s.type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      fmt_float(b, static_cast<double>(v), s);
      return;
    case 'c':
      fmt_int_char(b, v, s, false);
      return;
    default:
      break;
  }
  bool neg = v < 0;
  uint64_t mag = neg ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  fmt_magnitude(b, neg, mag, s);
}

void fmt_uint(Buffer& b, uint64_t v, const FmtSpec& s) {
  switch (s.type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      fmt_float(b, static_cast<double>(v), s);
      return;
    default:
      break;
  }
  fmt_magnitude(b, false, v, s);
}

void fmt_int_char(Buffer& b, int64_t v, const FmtSpec& s, bool percent) {
  if (!python2) {  // Python 3: any code point, as UTF-8
    if (v < 0 || v > 0x10FFFF) raise_exc<OverflowError>("%c arg not in range(0x110000)");
    fmt_char3(b, str_chr3(v), s);
    return;
  }
  if (v < 0 || v > 255)  // Python 2's % and format() word it differently
    raise_exc<OverflowError>(!percent ? "%c arg not in range(0x100)"
                             : v < 0  ? "unsigned byte integer is less than minimum"
                                      : "unsigned byte integer is greater than maximum");
  char c = static_cast<char>(v);
  fmt_pad(b, &c, 1, s);
}

void fmt_float(Buffer& b, double v, const FmtSpec& s) {
  char type = s.type;
  bool upper = type == 'E' || type == 'F' || type == 'G';
  bool neg = std::signbit(v) && !std::isnan(v);
  double a = std::fabs(v);
  std::string body;
  char buf[512];
  if (std::isnan(v) || std::isinf(v)) {
    body = std::isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    if (type == '%') body += '%';
    FmtSpec t = s;
    t.group = 0;  // zero padding of inf and nan is not grouped
    layout_number(b, sign_of(neg, s), "", body, t, 3);
    return;
  }
  int prec = s.prec < 0 ? 6 : s.prec;
  if (prec > 400) prec = 400;

  switch (type) {
    case 'f':
    case 'F':
      std::snprintf(buf, sizeof buf, s.alt ? "%#.*f" : "%.*f", prec, a);
      body = buf;
      break;
    case 'e':
    case 'E':
      std::snprintf(buf, sizeof buf, s.alt ? (upper ? "%#.*E" : "%#.*e") : (upper ? "%.*E" : "%.*e"), prec, a);
      body = buf;
      break;
    case 'g':
    case 'G':
      std::snprintf(buf, sizeof buf, s.alt ? (upper ? "%#.*G" : "%#.*g") : (upper ? "%.*G" : "%.*g"), prec, a);
      body = buf;
      break;
    case '%':
      std::snprintf(buf, sizeof buf, s.alt ? "%#.*f" : "%.*f", prec, a * 100.0);
      body = buf;
      body += '%';
      break;
    default:
      if (type == 'r' || s.prec < 0) {
        int n = type == 'r' ? rt::float_repr(a, buf) : float_str_chars(a, buf);
        body.assign(buf, static_cast<size_t>(n));
        size_t e = body.find('e');
        if (s.alt && e != std::string::npos && body.find('.') == std::string::npos) body.insert(e, ".");  // '#': always a point
      } else {
        // Python's general format without a type: like 'g', but switching to exponent notation
        // when exp >= prec - 1 and keeping at least one digit after the point.
        int p = s.prec == 0 ? 1 : s.prec;
        std::snprintf(buf, sizeof buf, "%.*e", p - 1, a);
        const char* e = std::strchr(buf, 'e');
        int exp = std::atoi(e + 1);
        if (exp >= -4 && exp < p - 1) {
          std::snprintf(buf, sizeof buf, "%.*f", p - 1 - exp, a);
          body = buf;
          if (body.find('.') != std::string::npos && !s.alt) {
            while (body.back() == '0') body.pop_back();
            if (body.back() == '.') body += '0';
          } else if (body.find('.') == std::string::npos) {
            body += ".0";
          }
        } else {
          std::string mant(buf, static_cast<size_t>(e - buf));
          if (mant.find('.') != std::string::npos && !s.alt) {
            while (mant.back() == '0') mant.pop_back();
            if (mant.back() == '.') mant.pop_back();
          }
          body = mant + e;
        }
      }
      break;
  }
  if (s.z && neg && spec_rounds_to_zero(body)) neg = false;  // 'z': a negative zero after rounding loses its sign
  layout_number(b, sign_of(neg, s), "", body, s, 3);
}

namespace {

// A spec known only at run time, checked as Python checks it for a value of kind k.
// `text`: the spec counts code points (Python 3, Python 2 unicode) rather than bytes.
RawSpec runtime_spec(const Str* spec, SpecFor k, const char* type_name, bool text = !python2) {
  if (!spec) raise_exc<TypeError>("format() argument 2 must be str, not None");
  RawSpec s;
  std::string err;
  SpecDialect d{python2, text};
  SpecStatus st = parse_raw_spec(std::string_view(spec->data, static_cast<size_t>(spec->len)), s, err, type_name, d);
  if (st == SpecStatus::Ok && !spec_limit(s).empty()) fatal(spec_limit(s).c_str());
  if (st == SpecStatus::Ok) err = spec_error(s, k, type_name, d);
  if (!err.empty()) raise_exc<ValueError>(err.c_str());
  return s;
}

}  // namespace

void fmt_spec_str(Buffer& b, const Str* v, const Str* spec) {
  if (spec && spec->len == 0) return append_str(b, v);
  fmt_str(b, v, resolve_spec(runtime_spec(spec, SpecFor::Str, "str"), '<'));
}

void fmt_spec_ustr(Buffer& b, const Str* v, const Str* spec) {
  if (spec && spec->len == 0) return append_str(b, v);
  fmt_ustr(b, v, resolve_spec(runtime_spec(spec, SpecFor::Str, "unicode", true), '<'));
}

void fmt_spec_char(Buffer& b, char v, const Str* spec) {
  if (spec && spec->len == 0) return append_str(b, v);
  fmt_char(b, v, resolve_spec(runtime_spec(spec, SpecFor::Str, "str"), '<'));
}

void fmt_spec_int(Buffer& b, int64_t v, const Str* spec, bool is_bool) {
  if (spec && spec->len == 0) return is_bool ? append_str(b, v != 0) : append_str(b, v);
  fmt_int(b, v, resolve_spec(runtime_spec(spec, SpecFor::Int, is_bool ? "bool" : "int"), '>'));
}

void fmt_spec_uint(Buffer& b, uint64_t v, const Str* spec) {
  if (spec && spec->len == 0) return append_str(b, v);
  fmt_uint(b, v, resolve_spec(runtime_spec(spec, SpecFor::Int, "int"), '>'));
}

void fmt_spec_float(Buffer& b, double v, const Str* spec) {
  if (spec && spec->len == 0) return append_str(b, v);
  RawSpec s = runtime_spec(spec, SpecFor::Float, "float");
  if (s.type == 'n') s.type = 'g';
  fmt_float(b, v, resolve_spec(s, '>'));
}

Str* int_to_base(int64_t v, int base, bool py2) {
  FmtSpec s;
  s.alt = true;
  s.type = base == 16 ? 'x' : base == 2 ? 'b' : py2 ? 'O' : 'o';
  Buffer b;
  fmt_int(b, v, s);
  return b.to_str();
}

// Python 2.7's round(x, nd): the float nearest to x rounded to nd decimal digits, ties away
// from zero (Python 3 rounds ties to even: float_round). A tie is a value exactly halfway between
// two multiples of 10**-nd: x * 2**(nd+1) * 5**nd is an odd integer.
double float_round2(double x, int64_t nd) {
  if (!std::isfinite(x) || x == 0.0) return x;
  if (nd > 323) return x;
  if (nd < -308) return 0.0 * x;
  bool tie = false;
  if (nd >= 0) {
    double y = std::ldexp(x, static_cast<int>(nd) + 1);
    tie = std::isfinite(y) && y == std::trunc(y) && std::fabs(std::fmod(y, 2.0)) == 1.0;
  } else if (nd >= -22) {
    double p5 = std::pow(5.0, static_cast<double>(-nd));  // exact up to 5**22
    if (std::fmod(x, p5) == 0.0) {
      double y = std::ldexp(x / p5, static_cast<int>(nd) + 1);
      tie = y == std::trunc(y) && std::fabs(std::fmod(y, 2.0)) == 1.0;
    }
  }
  if (!tie) return float_round(x, nd);
  double ax = std::fabs(x), r;
  if (nd >= 0) {  // the exact decimal of |x| ends with a 5 at digit nd+1: drop it and add one at digit nd
    std::string buf(static_cast<size_t>(nd) + 340, '\0');
    int len = std::snprintf(buf.data(), buf.size(), "%.*f", static_cast<int>(nd) + 1, ax);
    buf.resize(static_cast<size_t>(len - 1));
    if (buf.back() == '.') buf.pop_back();
    size_t i = buf.size();
    while (i > 0) {
      --i;
      if (buf[i] == '.') continue;
      if (buf[i] == '9') {
        buf[i] = '0';
        if (i == 0) buf.insert(buf.begin(), '1');
        continue;
      }
      ++buf[i];
      break;
    }
    r = std::strtod(buf.c_str(), nullptr);
  } else {  // |x| / 10**-nd is k + 1/2 exactly: k + 1 multiples of 10**-nd, an exact product
    double p = std::pow(10.0, static_cast<double>(-nd));
    r = (std::floor(ax / p) + 1.0) * p;
  }
  if (std::isinf(r)) raise_exc<OverflowError>("rounded value too large to represent");
  return std::copysign(r, x);
}

double float_round(double x, int64_t nd) {
  if (!std::isfinite(x) || x == 0.0) return x;
  if (nd > 330) return x;
  if (nd >= 0) {
    std::string buf(static_cast<size_t>(nd) + 340, '\0');
    std::snprintf(buf.data(), buf.size(), "%.*f", static_cast<int>(nd), x);
    return std::strtod(buf.c_str(), nullptr);
  }
  if (nd < -330) return std::copysign(0.0, x);
  double p = std::pow(10.0, static_cast<double>(-nd));
  double y = std::nearbyint(x / p) * p;
  if (std::isinf(y)) raise_exc<OverflowError>("rounded value too large to represent");
  return y;
}

}  // namespace rpy
