#include "modules/support/format.hpp"

#include <cctype>
#include <cmath>
#include <cstring>

#include "modules/support/text.hpp"

namespace rpy::modules {

static bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

bool parse_format_spec(const std::string& spec, FormatSpec& s, std::string& error) {
  size_t i = 0;
  // The fill may be any character: look at the one after the first code point.
  size_t first_len = 1;
  if (!spec.empty() && (static_cast<unsigned char>(spec[0]) & 0x80)) {
    unsigned char c = static_cast<unsigned char>(spec[0]);
    first_len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
  }
  if (spec.size() > first_len && is_align(spec[first_len])) {
    s.fill = spec.substr(0, first_len);
    s.align = spec[first_len];
    i = first_len + 1;
  } else if (!spec.empty() && is_align(spec[0])) {
    s.align = spec[0];
    i = 1;
  }
  if (i < spec.size() && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) s.sign = spec[i++];
  if (i < spec.size() && spec[i] == '#') {
    s.alt = true;
    ++i;
  }
  if (i < spec.size() && spec[i] == '0') {
    s.zero = true;
    ++i;
  }
  auto number = [&](int& out) {
    size_t start = i;
    long v = 0;
    while (i < spec.size() && std::isdigit(static_cast<unsigned char>(spec[i]))) {
      v = v * 10 + (spec[i++] - '0');
      if (v > 1000000000) {
        error = "Too many decimal digits in format string";
        return false;
      }
    }
    if (i > start) out = static_cast<int>(v);
    return true;
  };
  if (!number(s.width)) return false;
  if (i < spec.size() && (spec[i] == ',' || spec[i] == '_')) s.grouping = spec[i++];
  if (i < spec.size() && spec[i] == '.') {
    ++i;
    size_t start = i;
    if (!number(s.precision)) return false;
    if (i == start) {
      error = "Format specifier missing precision";
      return false;
    }
  }
  if (i < spec.size()) s.type = spec[i++];
  if (i < spec.size()) {
    error = "Invalid format specifier";
    return false;
  }
  if (s.zero && !s.align) {
    s.fill = "0";
    s.align = '=';
  }
  return true;
}

std::string pad_formatted(const std::string& sign_part, const std::string& body, size_t length, const FormatSpec& s, char default_align) {
  size_t total = length + sign_part.size();
  size_t width = s.width < 0 ? 0 : static_cast<size_t>(s.width);
  if (total >= width) return sign_part + body;
  size_t pad = width - total;
  char align = s.align ? s.align : default_align;
  auto fill = [&](size_t n) {
    std::string r;
    for (size_t k = 0; k < n; ++k) r += s.fill;
    return r;
  };
  switch (align) {
    case '<':
      return sign_part + body + fill(pad);
    case '^':
      return fill(pad / 2) + sign_part + body + fill(pad - pad / 2);
    case '=':
      return sign_part + fill(pad) + body;
    default:
      return fill(pad) + sign_part + body;
  }
}

static std::string group_digits(const std::string& digits, char sep, size_t every) {
  std::string out;
  size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % every == 0) out += sep;
    out += digits[i];
  }
  return out;
}

// Grouped digits, zero-extended to fill `min_len` when padding with zeros.
static std::string grouped_zero_filled(std::string digits, char sep, size_t every, size_t min_len) {
  std::string g = group_digits(digits, sep, every);
  while (g.size() < min_len) {
    digits.insert(digits.begin(), '0');
    g = group_digits(digits, sep, every);
  }
  return g;
}

static std::string sign_for(bool negative, char sign) {
  if (negative) return "-";
  if (sign == '+') return "+";
  if (sign == ' ') return " ";
  return "";
}

bool format_int_spec(const BigInt& v, const FormatSpec& s, std::string& out, std::string& error) {
  char type = s.type ? s.type : 'd';
  if (std::strchr("eEfFgG%", type)) {
    auto d = v.to_double();
    if (!d) {
      error = "int too large to convert to float";
      return false;
    }
    return format_float_spec(*d, s, 3, out, error);
  }
  if (s.precision >= 0) {
    error = "Precision not allowed in integer format specifier";
    return false;
  }
  if (type == 'c') {
    if (s.sign) {
      error = "Sign not allowed with integer format specifier 'c'";
      return false;
    }
    if (v.negative() || !v.fits_int64() || v.to_int64() > 0x10ffff) {
      error = "%c arg not in range(0x110000)";
      return false;
    }
    std::string ch;
    utf8_append(ch, static_cast<uint32_t>(v.to_int64()));
    out = pad_formatted("", ch, 1, s, '<');
    return true;
  }
  int base = 10;
  std::string prefix;
  switch (type) {
    case 'd':
    case 'n':
      break;
    case 'b':
      base = 2;
      prefix = "0b";
      break;
    case 'o':
      base = 8;
      prefix = "0o";
      break;
    case 'x':
      base = 16;
      prefix = "0x";
      break;
    case 'X':
      base = 16;
      prefix = "0X";
      break;
    default:
      error = std::string("Unknown format code '") + type + "' for object of type 'int'";
      return false;
  }
  std::string digits = v.abs().to_string(base);
  if (type == 'X')
    for (auto& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string sign_part = sign_for(v.negative(), s.sign) + (s.alt ? prefix : "");
  if (s.grouping) {
    size_t every = base == 10 ? 3 : 4;
    size_t min_len = 0;
    if (s.align == '=' && s.fill == "0" && s.width > 0 && static_cast<size_t>(s.width) > sign_part.size())
      min_len = static_cast<size_t>(s.width) - sign_part.size();
    digits = grouped_zero_filled(digits, s.grouping, every, min_len);
  }
  out = pad_formatted(sign_part, digits, digits.size(), s, '>');
  return true;
}

bool format_float_spec(double d, const FormatSpec& s, int python, std::string& out, std::string& error) {
  char type = s.type;
  if (type && !std::strchr("eEfFgGn%", type)) {
    error = std::string("Unknown format code '") + type + "' for object of type 'float'";
    return false;
  }
  bool neg = std::signbit(d) && !std::isnan(d);
  double a = std::fabs(d);
  std::string body;
  if (!type) {
    if (s.precision < 0) {
      body = python == 2 ? float_str_text(a, 2) : float_repr_text(a);
    } else {
      body = s.alt ? format_double(a, 'g', s.precision == 0 ? 1 : s.precision, true) : format_g_dot0(a, s.precision == 0 ? 1 : s.precision);
    }
  } else if (type == '%') {
    body = format_double(a * 100, 'f', s.precision < 0 ? 6 : s.precision, s.alt) + "%";
  } else {
    char conv = type == 'n' ? 'g' : type;
    body = format_double(a, conv, s.precision < 0 ? 6 : s.precision, s.alt);
  }
  if (s.grouping && std::isfinite(a)) {
    size_t int_end = body.find_first_not_of("0123456789");
    if (int_end == std::string::npos) int_end = body.size();
    std::string sign_part = sign_for(neg, s.sign);
    size_t min_len = 0;
    if (s.align == '=' && s.fill == "0" && s.width > 0) {
      size_t rest = body.size() - int_end + sign_part.size();
      if (static_cast<size_t>(s.width) > rest) min_len = static_cast<size_t>(s.width) - rest;
    }
    body = grouped_zero_filled(body.substr(0, int_end), s.grouping, 3, min_len) + body.substr(int_end);
  }
  std::string sign_part = sign_for(neg, s.sign);
  out = pad_formatted(sign_part, body, body.size(), s, '>');
  return true;
}

bool format_str_spec(const std::string& text, bool is_text, const FormatSpec& s, std::string& out, std::string& error) {
  if (s.type && s.type != 's') {
    error = std::string("Unknown format code '") + s.type + "' for object of type 'str'";
    return false;
  }
  if (s.sign) {
    error = "Sign not allowed in string format specifier";
    return false;
  }
  if (s.align == '=') {
    error = "'=' alignment not allowed in string format specifier";
    return false;
  }
  std::string body = text;
  size_t len = is_text ? utf8_length(text) : text.size();
  if (s.precision >= 0 && static_cast<size_t>(s.precision) < len) {
    if (is_text) {
      auto cps = utf8_decode(text);
      cps.resize(static_cast<size_t>(s.precision));
      body = utf8_encode(cps);
    } else {
      body = text.substr(0, static_cast<size_t>(s.precision));
    }
    len = static_cast<size_t>(s.precision);
  }
  out = pad_formatted("", body, len, s, '<');
  return true;
}

static std::string percent_pad_signed(const std::string& sign, const std::string& prefix, const std::string& digits, const PercentSpec& p,
                                      bool allow_zero) {
  size_t len = sign.size() + prefix.size() + digits.size();
  size_t width = p.width < 0 ? 0 : static_cast<size_t>(p.width);
  if (len >= width) return sign + prefix + digits;
  size_t pad = width - len;
  if (p.minus) return sign + prefix + digits + std::string(pad, ' ');
  if (p.zero && allow_zero) return sign + prefix + std::string(pad, '0') + digits;
  return std::string(pad, ' ') + sign + prefix + digits;
}

std::string percent_int(const BigInt& v, const PercentSpec& p, bool py2) {
  int base = 10;
  std::string prefix;
  char c = p.conv;
  if (c == 'x' || c == 'X') {
    base = 16;
    if (p.alt) prefix = std::string("0") + c;
  } else if (c == 'o') {
    base = 8;
  }
  std::string digits = v.abs().to_string(base);
  if (c == 'X')
    for (auto& ch : digits) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (p.precision >= 0 && digits.size() < static_cast<size_t>(p.precision))
    digits.insert(0, static_cast<size_t>(p.precision) - digits.size(), '0');
  if (c == 'o' && p.alt) {
    if (py2) {
      if (digits[0] != '0') digits.insert(digits.begin(), '0');
    } else {
      prefix = "0o";
    }
  }
  std::string sign = v.negative() ? "-" : p.plus ? "+" : p.space ? " " : "";
  return percent_pad_signed(sign, prefix, digits, p, true);
}

std::string percent_float(double d, const PercentSpec& p) {
  bool neg = std::signbit(d) && !std::isnan(d);
  std::string digits = format_double(std::fabs(d), p.conv, p.precision < 0 ? 6 : p.precision, p.alt);
  std::string sign = neg ? "-" : p.plus ? "+" : p.space ? " " : "";
  return percent_pad_signed(sign, "", digits, p, std::isfinite(d));
}

std::string percent_pad(const std::string& text, size_t length, const PercentSpec& p) {
  size_t width = p.width < 0 ? 0 : static_cast<size_t>(p.width);
  if (length >= width) return text;
  return p.minus ? text + std::string(width - length, ' ') : std::string(width - length, ' ') + text;
}

}  // namespace rpy::modules
