#include "modules/support/text.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "modules/support/unicode_data.hpp"
#include "rpy/float_repr.hpp"

namespace rpy::modules {

std::vector<uint32_t> utf8_decode(const std::string& s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (n <= 0 || i + static_cast<size_t>(n) >= s.size()) {
      out.push_back(c);
      ++i;
      continue;
    }
    uint32_t cp = c & (0x3f >> n);
    bool ok = true;
    for (int k = 1; k <= n; ++k) {
      if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) >> 6) != 2) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
    }
    if (!ok) {
      out.push_back(c);
      ++i;
      continue;
    }
    out.push_back(cp);
    i += n + 1;
  }
  return out;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xc0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xe0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  }
}

std::string utf8_encode(const std::vector<uint32_t>& cps) {
  std::string out;
  for (uint32_t c : cps) utf8_append(out, c);
  return out;
}

size_t utf8_length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c >> 6) != 2) ++n;
  return n;
}

static char pick_quote(const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos, has_double = s.find('"') != std::string::npos;
  return has_single && !has_double ? '"' : '\'';
}

std::string bytes_repr(const std::string& s) {
  char q = pick_quote(s);
  std::string out(1, q);
  for (unsigned char c : s) {
    if (c == q || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 32 || c >= 127) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + q;
}

static void append_escape(std::string& out, uint32_t c) {
  char buf[16];
  if (c < 0x100)
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
  else if (c < 0x10000)
    std::snprintf(buf, sizeof buf, "\\u%04x", c);
  else
    std::snprintf(buf, sizeof buf, "\\U%08x", c);
  out += buf;
}

std::string unicode_repr(const std::string& utf8, bool py3) {
  char q = pick_quote(utf8);
  std::string out(1, q);
  for (uint32_t c : utf8_decode(utf8)) {
    if (c == static_cast<uint32_t>(q) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 32 || c == 127 || (!py3 && c >= 0x80) || (py3 && c >= 0x80 && !unicode_printable(c))) {
      append_escape(out, c);
    } else {
      utf8_append(out, c);
    }
  }
  return out + q;
}

std::string ascii_escape(const std::string& utf8) {
  std::string out;
  for (uint32_t c : utf8_decode(utf8))
    if (c < 0x80)
      out += static_cast<char>(c);
    else
      append_escape(out, c);
  return out;
}

std::string float_repr_text(double d) { return rt::float_repr(d); }

std::string format_double(double d, char conv, int precision, bool alt) {
  if (std::isnan(d)) return std::isupper(static_cast<unsigned char>(conv)) ? "NAN" : "nan";
  if (std::isinf(d)) return std::string(d < 0 ? "-" : "") + (std::isupper(static_cast<unsigned char>(conv)) ? "INF" : "inf");
  char fmt[16];
  std::snprintf(fmt, sizeof fmt, alt ? "%%#.%d%c" : "%%.%d%c", precision, conv);
  int n = std::snprintf(nullptr, 0, fmt, d);
  std::string out(static_cast<size_t>(n), '\0');
  std::snprintf(out.data(), out.size() + 1, fmt, d);
  return out;
}

std::string format_g_dot0(double d, int precision) {
  if (!std::isfinite(d)) return format_double(d, 'g', precision);
  if (precision < 1) precision = 1;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*e", precision - 1, d);
  std::string s = buf;
  std::string sign;
  if (s[0] == '-') {
    sign = "-";
    s = s.substr(1);
  }
  size_t e = s.find('e');
  int exp = std::atoi(s.c_str() + e + 1);
  std::string digits;
  for (size_t i = 0; i < e; ++i)
    if (s[i] != '.') digits += s[i];
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp + 1;
  std::string out;
  if (decpt <= -4 || decpt > precision - 1) {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  } else if (decpt <= 0) {
    out = "0." + std::string(static_cast<size_t>(-decpt), '0') + digits;
  } else if (digits.size() <= static_cast<size_t>(decpt)) {
    out = digits + std::string(static_cast<size_t>(decpt) - digits.size(), '0') + ".0";
  } else {
    out = digits.substr(0, static_cast<size_t>(decpt)) + "." + digits.substr(static_cast<size_t>(decpt));
  }
  return sign + out;
}

std::string float_str_text(double d, int python) {
  if (python == 3) return rt::float_repr(d);
  return format_g_dot0(d, 12);  // Python 2's str(): 12 significant digits
}

}  // namespace rpy::modules
