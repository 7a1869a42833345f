// Run-time `%` formatting (see rpy/percent.hpp).
#include "rpy/percent.hpp"

#include <cctype>
#include <cstdio>
#include <string_view>

#include "rpy/exceptions.hpp"
#include "rpy/ints.hpp"

namespace rpy {

[[noreturn]] static void type_error(const char* msg) { raise_exc<TypeError>(msg); }

void PercentFormat::need_conversion() {
  if (!have_ && !next_conversion()) type_error("not all arguments converted during string formatting");
}

bool PercentFormat::next_conversion() {
  const char* p = f_->data;
  int64_t n = f_->len;
  while (i_ < n) {
    if (p[i_] != '%') {
      b_.put(p[i_++]);
      continue;
    }
    int64_t start = i_++;
    spec_ = FmtSpec();
    minus_ = zero_ = false;
    pending_star_ = 0;
    if (i_ < n && p[i_] == '(') type_error("format requires a mapping");
    for (; i_ < n; ++i_) {
      char c = p[i_];
      if (c == '-')
        minus_ = true;
      else if (c == '0')
        zero_ = true;
      else if (c == '+')
        spec_.sign = '+';
      else if (c == ' ') {
        if (spec_.sign != '+') spec_.sign = ' ';
      } else if (c == '#')
        spec_.alt = true;
      else
        break;
    }
    if (i_ < n && p[i_] == '*') {
      pending_star_ |= 1;
      ++i_;
    } else if (i_ < n && isdigit(static_cast<unsigned char>(p[i_]))) {
      spec_.width = 0;
      while (i_ < n && isdigit(static_cast<unsigned char>(p[i_]))) spec_.width = spec_.width * 10 + (p[i_++] - '0');
    }
    if (i_ < n && p[i_] == '.') {
      ++i_;
      spec_.prec = 0;
      if (i_ < n && p[i_] == '*') {
        pending_star_ |= 2;
        ++i_;
      } else {
        while (i_ < n && isdigit(static_cast<unsigned char>(p[i_]))) spec_.prec = spec_.prec * 10 + (p[i_++] - '0');
      }
    }
    while (i_ < n && (p[i_] == 'l' || p[i_] == 'h' || p[i_] == 'L')) ++i_;
    if (i_ >= n) raise_value_error("incomplete format");
    conv_ = p[i_++];
    if (conv_ == '%' && pending_star_ == 0) {
      b_.put('%');
      continue;
    }
    static const char kConversions[] = "sradiuxXoeEfFgGc%";
    bool known = false;
    for (const char* k = kConversions; *k; ++k) known |= *k == conv_;
    if (!known) {
      char msg[96];
      std::snprintf(msg, sizeof msg, "unsupported format character '%c' (0x%x) at index %lld", conv_, static_cast<unsigned char>(conv_),
                    static_cast<long long>(i_ - 1));
      raise_value_error(msg);
    }
    (void)start;
    have_ = true;
    return true;
  }
  return false;
}

// The spec for a numeric or text conversion of the value about to be written.
static FmtSpec finish_spec(FmtSpec s, bool minus, bool zero, bool numeric) {
  s.align = minus ? '<' : '>';
  if (zero && !minus && numeric) {
    s.fill = '0';
    s.align = '=';
  }
  return s;
}

void PercentFormat::put_text(const Str* text) { fmt_str(b_, text, finish_spec(spec_, minus_, zero_, false)); }

void PercentFormat::arg(int64_t v) {
  need_conversion();
  if (pending_star_ & 1) {  // '*' width: this argument is the width
    pending_star_ &= ~1;
    if (v < 0) {
      minus_ = true;
      v = -v;
    }
    spec_.width = static_cast<int>(v);
    return;
  }
  if (pending_star_ & 2) {
    pending_star_ &= ~2;
    spec_.prec = v < 0 ? 0 : static_cast<int>(v);
    return;
  }
  have_ = false;
  switch (conv_) {
    case 's':
    case 'r':
    case 'a': {
      Buffer t;
      conv_ == 's' ? append_str(t, v) : append_repr(t, v);  // they differ in Python 2
      put_text(conv_ == 'a' && !python2 ? str_ascii3(t.to_str()) : t.to_str());
      return;
    }
    case 'c':
      spec_.prec = -1;
      fmt_int_char(b_, v, finish_spec(spec_, minus_, zero_, false), true);
      return;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      FmtSpec s = finish_spec(spec_, minus_, zero_, true);
      s.type = conv_;
      fmt_float(b_, static_cast<double>(v), s);
      return;
    }
    default: {
      FmtSpec s = finish_spec(spec_, minus_, zero_, true);
      s.type = percent_int_type(conv_, py2_);
      fmt_int(b_, v, s);
    }
  }
}

void PercentFormat::arg(bool v) {
  need_conversion();
  if (!pending_star_ && (conv_ == 's' || conv_ == 'r' || conv_ == 'a')) {
    arg_object(str_from_cstr(v ? "True" : "False"), str_from_cstr(v ? "True" : "False"));
    return;
  }
  arg(static_cast<int64_t>(v));
}

void PercentFormat::arg(uint64_t v) {
  need_conversion();
  if (!pending_star_ && (conv_ == 's' || conv_ == 'r' || conv_ == 'a')) {
    have_ = false;
    Buffer t;
    conv_ == 's' ? append_str(t, v) : append_repr(t, v);
    put_text(t.to_str());
    return;
  }
  if (!pending_star_ && std::string_view("eEfFgG").find(conv_) != std::string_view::npos) {
    arg(static_cast<double>(v));
    return;
  }
  if (pending_star_ || conv_ == 'c') {
    arg(static_cast<int64_t>(v));
    return;
  }
  have_ = false;
  FmtSpec s = finish_spec(spec_, minus_, zero_, true);
  s.type = percent_int_type(conv_, py2_);
  fmt_uint(b_, v, s);
}

void PercentFormat::arg(double v) {
  need_conversion();
  if (pending_star_) type_error("* wants int");
  have_ = false;
  switch (conv_) {
    case 's':
    case 'r':
    case 'a':
      put_text(to_str(v));  // a number's str() and repr() are the same
      return;
    case 'c':
      type_error("%c requires int or char");
    case 'd':
    case 'i':
    case 'u': {
      FmtSpec s = finish_spec(spec_, minus_, zero_, true);
      s.type = 'd';
      fmt_int(b_, float_to_int(v), s);
      return;
    }
    case 'x':
    case 'X':
    case 'o': {
      if (py2_) {  // Python 2 truncates the float
        FmtSpec s = finish_spec(spec_, minus_, zero_, true);
        s.type = percent_int_type(conv_, py2_);
        fmt_int(b_, float_to_int(v), s);
        return;
      }
      char msg[64];
      std::snprintf(msg, sizeof msg, "%%%c format: an integer is required, not float", conv_);
      type_error(msg);
    }
    default: {
      FmtSpec s = finish_spec(spec_, minus_, zero_, true);
      s.type = conv_;
      fmt_float(b_, v, s);
    }
  }
}

void PercentFormat::arg(char v) {
  need_conversion();
  if (pending_star_) type_error("* wants int");
  have_ = false;
  if (conv_ == 's' || conv_ == 'c') {
    FmtSpec s = finish_spec(spec_, minus_, zero_, false);
    s.prec = conv_ == 'c' ? -1 : s.prec;
    fmt_char(b_, v, s);
    return;
  }
  if (conv_ == 'r' || conv_ == 'a') {
    put_text(repr(v));
    return;
  }
  char msg[80];
  std::snprintf(msg, sizeof msg, "%%%c format: a real number is required, not str", conv_);
  type_error(msg);
}

void PercentFormat::arg(const Str* v) { arg_object(v, repr(v)); }

void PercentFormat::arg_object(const Str* str, const Str* repr_text) {
  need_conversion();
  if (pending_star_) type_error("* wants int");
  have_ = false;
  if (conv_ == 's') {
    put_text(str);
  } else if (conv_ == 'r' || conv_ == 'a') {
    put_text(conv_ == 'a' && !python2 ? str_ascii3(repr_text) : repr_text);
  } else if (conv_ == 'c' && !python2) {  // Python 3: one code point
    if (str_ncp(str) != 1) type_error("%c requires int or char");
    fmt_char3(b_, str, finish_spec(spec_, minus_, zero_, false));
  } else if (conv_ == 'c') {
    if (str->len != 1) type_error("%c requires int or char");
    fmt_char(b_, str->data[0], finish_spec(spec_, minus_, zero_, false));
  } else {
    char msg[80];
    std::snprintf(msg, sizeof msg, "%%%c format: a real number is required, not str", conv_);
    type_error(msg);
  }
}

Str* PercentFormat::finish() {
  if (have_ || pending_star_) type_error("not enough arguments for format string");
  if (next_conversion()) type_error("not enough arguments for format string");
  return b_.to_str();
}

}  // namespace rpy
