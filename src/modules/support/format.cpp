#include "modules/support/format.hpp"

#include <cctype>
#include <cmath>
#include <cstring>

#include "modules/support/text.hpp"

namespace rpy::modules {

bool parse_format_spec(const std::string& spec, SpecFor k, std::string_view type_name, SpecDialect d, RawSpec& s, std::string& error) {
  if (rpy::parse_raw_spec(spec, s, error, type_name, d) != rpy::SpecStatus::Ok) return false;
  error = rpy::spec_error(s, k, type_name, d);
  if (!error.empty()) return false;
  rpy::spec_apply_zero(s, k == SpecFor::Str ? '<' : '>');
  return true;
}

std::string pad_formatted(const std::string& sign_part, const std::string& body, size_t length, const RawSpec& s, char default_align) {
  size_t total = length + sign_part.size();
  size_t width = s.width < 0 ? 0 : static_cast<size_t>(s.width);
  if (total >= width) return sign_part + body;
  size_t pad = width - total;
  char align = s.align ? s.align : default_align;
  auto fill = [&](size_t n) {
    std::string r;
    for (size_t k = 0; k < n; ++k) r += s.fill_text;
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

bool format_int_spec(const BigInt& v, const RawSpec& s, bool py2, std::string& out, std::string& error) {
  char type = s.type ? s.type : 'd';
  if (std::strchr("eEfFgG%", type)) {
    auto d = v.to_double();
    if (!d) {
      error = "int too large to convert to float";
      return false;
    }
    out = format_float_spec(*d, s, 3);
    return true;
  }
  if (type == 'c') {
    int64_t limit = py2 ? 0xff : 0x10ffff;
    if (v.negative() || !v.fits_int64() || v.to_int64() > limit) {
      error = !v.fits_int64() ? "Python int too large to convert to C long"
              : py2           ? "%c arg not in range(0x100)"
                              : "%c arg not in range(0x110000)";
      return false;
    }
    std::string ch;
    if (py2)
      ch = std::string(1, static_cast<char>(v.to_int64()));
    else
      utf8_append(ch, static_cast<uint32_t>(v.to_int64()));
    out = pad_formatted("", ch, 1, s, '>');
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
    default:  // 'd' and 'n': spec_error() let no other type through
      break;
  }
  std::string digits = v.abs().to_string(base);
  if (type == 'X')
    for (auto& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string sign_part = sign_for(v.negative(), s.sign) + (s.alt ? prefix : "");
  if (s.group) {
    size_t every = base == 10 ? 3 : 4;
    size_t min_len = 0;
    if (s.align == '=' && s.fill_text == "0" && s.width > 0 && static_cast<size_t>(s.width) > sign_part.size())
      min_len = static_cast<size_t>(s.width) - sign_part.size();
    digits = grouped_zero_filled(digits, s.group, every, min_len);
  }
  out = pad_formatted(sign_part, digits, digits.size(), s, '>');
  return true;
}

std::string format_float_spec(double d, const RawSpec& s, int python) {
  char type = s.type;
  bool neg = std::signbit(d) && !std::isnan(d);
  double a = std::fabs(d);
  std::string body;
  if (!type) {
    if (s.prec < 0) {
      body = python == 2 ? float_str_text(a, 2) : float_repr_text(a);
      size_t e = body.find('e');
      if (s.alt && e != std::string::npos && body.find('.') == std::string::npos) body.insert(e, ".");  // '#': always a point
    } else {
      body = s.alt ? format_double(a, 'g', s.prec == 0 ? 1 : s.prec, true) : format_g_dot0(a, s.prec == 0 ? 1 : s.prec);
    }
  } else if (type == '%') {
    body = format_double(a * 100, 'f', s.prec < 0 ? 6 : s.prec, s.alt) + "%";
  } else {
    char conv = type == 'n' ? 'g' : type;
    body = format_double(a, conv, s.prec < 0 ? 6 : s.prec, s.alt);
  }
  if (s.z && neg && std::isfinite(a) && rpy::spec_rounds_to_zero(body)) neg = false;  // 'z'
  if (s.group && std::isfinite(a)) {
    size_t int_end = body.find_first_not_of("0123456789");
    if (int_end == std::string::npos) int_end = body.size();
    std::string sign_part = sign_for(neg, s.sign);
    size_t min_len = 0;
    if (s.align == '=' && s.fill_text == "0" && s.width > 0) {
      size_t rest = body.size() - int_end + sign_part.size();
      if (static_cast<size_t>(s.width) > rest) min_len = static_cast<size_t>(s.width) - rest;
    }
    body = grouped_zero_filled(body.substr(0, int_end), s.group, 3, min_len) + body.substr(int_end);
  }
  return pad_formatted(sign_for(neg, s.sign), body, body.size(), s, '>');
}

std::string format_str_spec(const std::string& text, bool is_text, const RawSpec& s) {
  std::string body = text;
  size_t len = is_text ? utf8_length(text) : text.size();
  if (s.prec >= 0 && static_cast<size_t>(s.prec) < len) {
    if (is_text) {
      auto cps = utf8_decode(text);
      cps.resize(static_cast<size_t>(s.prec));
      body = utf8_encode(cps);
    } else {
      body = text.substr(0, static_cast<size_t>(s.prec));
    }
    len = static_cast<size_t>(s.prec);
  }
  return pad_formatted("", body, len, s, '<');
}

static std::string percent_pad_signed(const std::string& sign, const std::string& prefix, const std::string& digits, const PercentSpec& p) {
  size_t len = sign.size() + prefix.size() + digits.size();
  size_t width = p.width < 0 ? 0 : static_cast<size_t>(p.width);
  if (len >= width) return sign + prefix + digits;
  size_t pad = width - len;
  if (p.minus) return sign + prefix + digits + std::string(pad, ' ');
  if (p.zero) return sign + prefix + std::string(pad, '0') + digits;
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
  return percent_pad_signed(sign, prefix, digits, p);
}

std::string percent_float(double d, const PercentSpec& p) {
  bool neg = std::signbit(d) && !std::isnan(d);
  std::string digits = format_double(std::fabs(d), p.conv, p.precision < 0 ? 6 : p.precision, p.alt);
  std::string sign = neg ? "-" : p.plus ? "+" : p.space ? " " : "";
  return percent_pad_signed(sign, "", digits, p);  // Python zero-pads inf and nan too
}

std::string percent_pad(const std::string& text, size_t length, const PercentSpec& p) {
  size_t width = p.width < 0 ? 0 : static_cast<size_t>(p.width);
  if (length >= width) return text;
  return p.minus ? text + std::string(width - length, ' ') : std::string(width - length, ' ') + text;
}

}  // namespace rpy::modules
