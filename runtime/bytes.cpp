// Python 3 bytes: construction, repr, the codecs (utf-8, ascii, latin-1) and hex.
#include "rpy/bytes.hpp"

#include <cstdio>
#include <cstring>
#include <string>

#include "rpy/exceptions.hpp"
#include "rpy/ints.hpp"
#include "rpy/utf8.hpp"

namespace rpy {

Bytes* bytes_new(const char* p, int64_t n) { return as_bytes(str_new(p, n)); }

Bytes* bytes_zeros(int64_t n) {
  if (n < 0) raise_exc<ValueError>("negative count");
  Str* s = str_uninit(n);
  std::memset(s->data, 0, static_cast<size_t>(n));
  return as_bytes(s);
}

template <class T>
static Bytes* from_ints(const List<T>* items) {
  Str* s = str_uninit(items->len);
  for (int64_t i = 0; i < items->len; ++i) {
    int64_t v = static_cast<int64_t>(items->items[i]);
    if (v < 0 || v > 255) raise_exc<ValueError>("bytes must be in range(0, 256)");
    s->data[i] = static_cast<char>(v);
  }
  return as_bytes(s);
}
Bytes* bytes_from_ints(const List<int64_t>* items) { return from_ints(items); }
Bytes* bytes_from_ints(const List<bool>* items) { return from_ints(items); }

List<int64_t>* bytes_ints(const Bytes* b) {
  auto* l = list_new<int64_t>(b->len);
  for (int64_t i = 0; i < b->len; ++i) l->items[i] = static_cast<unsigned char>(b->data[i]);
  return l;
}

bool bytes_in_int(int64_t v, const Bytes* hay) {
  if (v < 0 || v > 255) raise_exc<ValueError>("byte must be in range(0, 256)");
  return std::memchr(hay->data, static_cast<int>(v), static_cast<size_t>(hay->len)) != nullptr;
}

static const char kHex[] = "0123456789abcdef";

void append_repr(Buffer& b, const Bytes* v) {
  if (!v) return b.put("None", 4);
  bool squote = std::memchr(v->data, '\'', static_cast<size_t>(v->len)) != nullptr;
  bool dquote = std::memchr(v->data, '"', static_cast<size_t>(v->len)) != nullptr;
  char q = squote && !dquote ? '"' : '\'';
  b.put('b');
  b.put(q);
  for (int64_t i = 0; i < v->len; ++i) {
    unsigned char c = static_cast<unsigned char>(v->data[i]);
    if (c == q || c == '\\') {
      b.put('\\');
      b.put(static_cast<char>(c));
    } else if (c == '\t') {
      b.put("\\t", 2);
    } else if (c == '\n') {
      b.put("\\n", 2);
    } else if (c == '\r') {
      b.put("\\r", 2);
    } else if (c < 0x20 || c >= 0x7f) {
      char e[4] = {'\\', 'x', kHex[c >> 4], kHex[c & 15]};
      b.put(e, 4);
    } else {
      b.put(static_cast<char>(c));
    }
  }
  b.put(q);
}

// int(b) and float(b): the text of b's ASCII bytes, as int(s) and float(s) read it; an error
// shows repr(b) (b'...'), and a byte above 0x7f is never part of a number.
[[noreturn]] static void bytes_number_error(const char* head, const Bytes* v) {
  Buffer b;
  b.put(head, static_cast<int64_t>(std::strlen(head)));
  append_repr(b, v);
  make_exc<ValueError>(b.to_str())->raise_self();
}

static bool bytes_all_ascii(const Bytes* v) {
  for (int64_t i = 0; i < v->len; ++i)
    if (static_cast<unsigned char>(v->data[i]) >= 0x80) return false;
  return true;
}

int64_t bytes_to_int(const Bytes* v, int64_t base) {
  char head[64];
  std::snprintf(head, sizeof head, "invalid literal for int() with base %lld: ", static_cast<long long>(base));
  if (!bytes_all_ascii(v)) bytes_number_error(head, v);
  try {
    return str_to_int(v, base);
  } catch (ValueError*) {
    bytes_number_error(head, v);
  }
}

double bytes_to_float(const Bytes* v) {
  const char* head = "could not convert string to float: ";
  if (!bytes_all_ascii(v)) bytes_number_error(head, v);
  try {
    return str_to_float(v);
  } catch (ValueError*) {
    bytes_number_error(head, v);
  }
}

Str* bytes_repr(const Bytes* v) {
  Buffer b;
  append_repr(b, v);
  return b.to_str();
}

// ---- codecs

namespace {

enum class Codec { Utf8, Ascii, Latin1 };
enum class Errors { Strict, Replace, Ignore, Unknown };

std::string lowered(const Str* s) {
  std::string r(s->data, static_cast<size_t>(s->len));
  for (char& c : r) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

Codec codec_of(const Str* encoding) {
  if (!encoding) return Codec::Utf8;
  std::string n = lowered(encoding);
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf") return Codec::Utf8;
  if (n == "ascii" || n == "us-ascii" || n == "646") return Codec::Ascii;
  if (n == "latin-1" || n == "latin1" || n == "latin" || n == "iso-8859-1" || n == "iso8859-1" || n == "8859" || n == "cp819" ||
      n == "l1" || n == "iso-ir-100" || n == "iso-8859-1:1987" || n == "csisolatin1")
    return Codec::Latin1;
  std::string msg = "unknown encoding: " + std::string(encoding->data, static_cast<size_t>(encoding->len));
  raise_exc<LookupError>(msg.c_str());
}

Errors errors_of(const Str* errors) {
  if (!errors) return Errors::Strict;
  std::string n(errors->data, static_cast<size_t>(errors->len));
  if (n == "strict") return Errors::Strict;
  if (n == "replace") return Errors::Replace;
  if (n == "ignore") return Errors::Ignore;
  return Errors::Unknown;
}

// Python looks the handler up only when an error occurs.
[[noreturn]] void unknown_handler(const Str* errors) {
  std::string msg = "unknown error handler name '" + std::string(errors->data, static_cast<size_t>(errors->len)) + "'";
  raise_exc<LookupError>(msg.c_str());
}

const char* codec_name(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

void put_utf8(std::string& out, uint32_t cp) {
  char buf[4];
  out.append(buf, static_cast<size_t>(utf8::encode(cp, buf)));
}

// The code point at byte i of valid UTF-8 text, and its length in *n.
uint32_t cp_at(const char* p, int64_t i, int64_t len, int* n) {
  *n = utf8::seq_len(p, i, len);
  auto u = [&](int k) { return static_cast<uint32_t>(static_cast<unsigned char>(p[i + k])); };
  switch (*n) {
    case 1:
      return u(0);
    case 2:
      return ((u(0) & 0x1F) << 6) | (u(1) & 0x3F);
    case 3:
      return ((u(0) & 0x0F) << 12) | ((u(1) & 0x3F) << 6) | (u(2) & 0x3F);
    default:
      return ((u(0) & 0x07) << 18) | ((u(1) & 0x3F) << 12) | ((u(2) & 0x3F) << 6) | (u(3) & 0x3F);
  }
}

// Python's repr of one character in an encode error: '\xe9', '\u20ac', '\U0001f600'.
std::string char_escape(uint32_t cp) {
  char buf[16];
  if (cp < 0x100)
    std::snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp < 0x10000)
    std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  else
    std::snprintf(buf, sizeof buf, "\\U%08x", cp);
  return buf;
}

// The length of the valid prefix of a UTF-8 sequence at p[i] (0: an invalid start byte), and
// whether the sequence is whole (*ok) or cut by the end of the data (*eod), as CPython's decoder.
int utf8_prefix(const unsigned char* p, int64_t i, int64_t n, bool* ok, bool* eod) {
  unsigned char c = p[i];
  *ok = false;
  *eod = false;
  int need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  int k = 1;
  for (; k < need; ++k) {
    if (i + k >= n) {
      *eod = true;
      return k;
    }
    unsigned char x = p[i + k];
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (x < l || x > h) return k;
  }
  *ok = true;
  return need;
}

}  // namespace

Bytes* str_encode3(const Str* s, const Str* encoding, const Str* errors) {
  Codec c = codec_of(encoding);
  if (c == Codec::Utf8) return bytes_new(s->data, s->len);  // the text is UTF-8 already
  uint32_t limit = c == Codec::Ascii ? 0x80 : 0x100;
  std::string out;
  out.reserve(static_cast<size_t>(s->len));
  int64_t pos = 0;  // in code points
  for (int64_t i = 0; i < s->len;) {
    int n;
    uint32_t cp = cp_at(s->data, i, s->len, &n);
    if (cp < limit) {
      out += static_cast<char>(cp);
      i += n;
      ++pos;
      continue;
    }
    // the run of characters this codec cannot encode, as CPython reports it
    int64_t j = i + n, end = pos + 1;
    while (j < s->len) {
      int m;
      if (cp_at(s->data, j, s->len, &m) < limit) break;
      j += m;
      ++end;
    }
    switch (errors_of(errors)) {
      case Errors::Strict: {
        std::string msg = std::string("'") + codec_name(c) + "' codec can't encode ";
        if (end - pos == 1)
          msg += "character '" + char_escape(cp) + "' in position " + std::to_string(pos);
        else
          msg += "characters in position " + std::to_string(pos) + "-" + std::to_string(end - 1);
        msg += std::string(": ordinal not in range(") + (limit == 0x80 ? "128" : "256") + ")";
        raise_exc<UnicodeEncodeError>(msg.c_str());
      }
      case Errors::Replace:
        out.append(static_cast<size_t>(end - pos), '?');
        break;
      case Errors::Ignore:
        break;
      case Errors::Unknown:
        unknown_handler(errors);
    }
    i = j;
    pos = end;
  }
  return bytes_new(out.data(), static_cast<int64_t>(out.size()));
}

Str* bytes_decode(const Bytes* b, const Str* encoding, const Str* errors) {
  Codec c = codec_of(encoding);
  const auto* p = reinterpret_cast<const unsigned char*>(b->data);
  std::string out;
  out.reserve(static_cast<size_t>(b->len));
  for (int64_t i = 0; i < b->len;) {
    unsigned char x = p[i];
    if (x < 0x80) {
      out += static_cast<char>(x);
      ++i;
      continue;
    }
    if (c == Codec::Latin1) {
      put_utf8(out, x);
      ++i;
      continue;
    }
    int64_t bad = 1;
    const char* reason = "ordinal not in range(128)";
    if (c == Codec::Utf8) {
      bool ok, eod;
      int k = utf8_prefix(p, i, b->len, &ok, &eod);
      if (ok) {
        out.append(b->data + i, static_cast<size_t>(k));
        i += k;
        continue;
      }
      bad = k == 0 ? 1 : k == 1 ? 1 : k;
      reason = k == 0 ? "invalid start byte" : eod ? "unexpected end of data" : "invalid continuation byte";
      if (k == 1 && !eod) bad = 1;
    }
    switch (errors_of(errors)) {
      case Errors::Strict: {
        char buf[160];
        if (bad == 1)
          std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %lld: %s", codec_name(c), x,
                        static_cast<long long>(i), reason);
        else
          std::snprintf(buf, sizeof buf, "'%s' codec can't decode bytes in position %lld-%lld: %s", codec_name(c),
                        static_cast<long long>(i), static_cast<long long>(i + bad - 1), reason);
        raise_exc<UnicodeDecodeError>(buf);
      }
      case Errors::Replace:
        out += "\xEF\xBF\xBD";  // U+FFFD
        break;
      case Errors::Ignore:
        break;
      case Errors::Unknown:
        unknown_handler(errors);
    }
    i += bad;
  }
  return str_new(out.data(), static_cast<int64_t>(out.size()));
}

Str* bytes_hex(const Bytes* b) {
  Str* s = str_uninit(b->len * 2);
  for (int64_t i = 0; i < b->len; ++i) {
    unsigned char c = static_cast<unsigned char>(b->data[i]);
    s->data[2 * i] = kHex[c >> 4];
    s->data[2 * i + 1] = kHex[c & 15];
  }
  return s;
}

Str* bytes_hex_sep(const Bytes* b, const Str* sep, int64_t per, bool text_sep) {
  if (!sep) return bytes_hex(b);
  int64_t units = 0;
  for (int64_t i = 0; i < sep->len; ++i) units += !(text_sep && (static_cast<unsigned char>(sep->data[i]) & 0xC0) == 0x80);
  if (units != 1) raise_exc<ValueError>("sep must be length 1.");
  if (static_cast<unsigned char>(sep->data[0]) >= 0x80) raise_exc<ValueError>("sep must be ASCII.");
  if (per == 0 || b->len == 0) return bytes_hex(b);
  uint64_t group = per < 0 ? 0 - static_cast<uint64_t>(per) : static_cast<uint64_t>(per);
  int64_t g = group >= static_cast<uint64_t>(b->len) ? b->len : static_cast<int64_t>(group);
  // The length of the first group: what is left over sits on the left when counting from the right.
  int64_t first = per > 0 ? (b->len % g == 0 ? g : b->len % g) : g;
  Buffer out;
  for (int64_t i = 0; i < b->len; ++i) {
    if (i > 0 && (i == first || (i > first && (i - first) % g == 0))) out.put(sep->data[0]);
    unsigned char c = static_cast<unsigned char>(b->data[i]);
    out.put(kHex[c >> 4]);
    out.put(kHex[c & 15]);
  }
  return out.to_str();
}

static int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Bytes* bytes_fromhex(const Str* s) {
  std::string out;
  const auto* p = reinterpret_cast<const unsigned char*>(s->data);
  int64_t n = s->len, i = 0, pos = 0;  // pos: in code points, for the message
  auto fail = [&](int64_t at) {
    std::string msg = "non-hexadecimal number found in fromhex() arg at position " + std::to_string(at);
    raise_exc<ValueError>(msg.c_str());
  };
  while (i < n) {
    if (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r' || p[i] == '\v' || p[i] == '\f') {
      ++i;
      ++pos;
      continue;
    }
    int hi = hex_digit(p[i]);
    if (hi < 0) fail(pos);
    if (i + 1 >= n) fail(pos + 1);
    int lo = hex_digit(p[i + 1]);
    if (lo < 0) fail(pos + 1);
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
    pos += 2;
  }
  return bytes_new(out.data(), static_cast<int64_t>(out.size()));
}

static bool little_endian(const Str* byteorder) {
  if (!byteorder) return false;  // 'big', Python 3.11's default
  std::string o(byteorder->data, static_cast<size_t>(byteorder->len));
  if (o == "little") return true;
  if (o == "big") return false;
  raise_exc<ValueError>("byteorder must be either 'little' or 'big'");
}

Bytes* int_to_bytes(int64_t v, int64_t length, const Str* byteorder, bool is_signed) {
  bool little = little_endian(byteorder);
  if (length < 0) raise_exc<ValueError>("length argument must be non-negative");
  if (!is_signed && v < 0) raise_exc<OverflowError>("can't convert negative int to unsigned");
  if (length < 8) {
    int64_t bits = 8 * length;
    bool fits = is_signed ? (length == 0 ? v == 0 : v >= -(INT64_C(1) << (bits - 1)) && v < (INT64_C(1) << (bits - 1)))
                          : static_cast<uint64_t>(v) < (UINT64_C(1) << bits);
    if (!fits) raise_exc<OverflowError>("int too big to convert");
  }  // 8 bytes or more hold every int64 (non-negative ones when unsigned)
  Str* s = str_uninit(length);
  auto u = static_cast<uint64_t>(v);
  for (int64_t i = 0; i < length; ++i) {  // i: the byte of weight 256**i
    unsigned char byte = i < 8 ? static_cast<unsigned char>(u >> (8 * i)) : (v < 0 ? 0xFF : 0x00);
    s->data[little ? i : length - 1 - i] = static_cast<char>(byte);
  }
  return as_bytes(s);
}

int64_t int_from_bytes(const Bytes* b, const Str* byteorder, bool is_signed) {
  bool little = little_endian(byteorder);
  int64_t n = b->len;
  auto at = [&](int64_t k) {  // the k-th byte from the most significant
    return static_cast<unsigned char>(b->data[little ? n - 1 - k : k]);
  };
  if (n == 0) return 0;
  bool negative = is_signed && (at(0) & 0x80);
  unsigned char fill = negative ? 0xFF : 0x00;
  int64_t k = 0;
  while (n - k > 8 && at(k) == fill) ++k;
  if (n - k > 8) stop_int_overflow();
  uint64_t u = 0;
  for (int64_t j = k; j < n; ++j) u = (u << 8) | at(j);
  int64_t rest = n - k;
  if (negative && rest < 8) u |= ~UINT64_C(0) << (8 * rest);
  auto r = static_cast<int64_t>(u);
  if (negative != (r < 0)) stop_int_overflow();
  return r;
}

int64_t bytes_index(const Bytes* b, const Bytes* sub, int64_t lo, int64_t hi) {
  int64_t r = str_find(b, sub, lo, hi);
  if (r < 0) raise_exc<ValueError>("subsection not found");
  return r;
}

List<Bytes*>* bytes_list(List<Str*>* items) {
  auto* out = list_new<Bytes*>(items->len);
  for (int64_t i = 0; i < items->len; ++i) out->items[i] = as_bytes(items->items[i]);
  return out;
}

Str* text_mode3(const Str* mode) {
  if (mode && std::memchr(mode->data, 'b', static_cast<size_t>(mode->len)))
    fatal(
        "rpy: open() with a binary mode known only at run time is not supported by rpy yet (write the mode as a constant: "
        "open(path, 'rb'))");
  return const_cast<Str*>(mode);
}

List<Bytes*>* bytes_split(const Bytes* b, const Bytes* sep, int64_t maxsplit) {
  List<Str*>* parts = sep ? str_split(b, sep, maxsplit) : str_split_ws(b, maxsplit);
  auto* out = list_new<Bytes*>(parts->len);
  for (int64_t i = 0; i < parts->len; ++i) out->items[i] = as_bytes(parts->items[i]);
  return out;
}

Bytes* bytes_join(const Bytes* sep, const List<Bytes*>* items) {
  std::string out;
  for (int64_t i = 0; i < items->len; ++i) {
    if (i) out.append(sep->data, static_cast<size_t>(sep->len));
    out.append(items->items[i]->data, static_cast<size_t>(items->items[i]->len));
  }
  return bytes_new(out.data(), static_cast<int64_t>(out.size()));
}

Bytes* bytes_replace(const Bytes* b, const Bytes* old, const Bytes* rep, int64_t count) {
  std::string out;
  int64_t n = b->len, i = 0, done = 0;
  if (old->len == 0) {  // rep before every byte and at the end, up to count times
    for (; i <= n; ++i) {
      if (count < 0 || done < count) {
        out.append(rep->data, static_cast<size_t>(rep->len));
        ++done;
      }
      if (i < n) out += b->data[i];
    }
    return bytes_new(out.data(), static_cast<int64_t>(out.size()));
  }
  while (i < n) {
    int64_t j = count >= 0 && done >= count ? -1 : str_find(b, old, i, n);
    if (j < 0) break;
    out.append(b->data + i, static_cast<size_t>(j - i));
    out.append(rep->data, static_cast<size_t>(rep->len));
    i = j + old->len;
    ++done;
  }
  out.append(b->data + i, static_cast<size_t>(n - i));
  return bytes_new(out.data(), static_cast<int64_t>(out.size()));
}

}  // namespace rpy
