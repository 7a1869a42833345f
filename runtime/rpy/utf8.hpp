// UTF-8 helpers for Python 3 str, which rpy keeps as UTF-8 bytes (positions are code points).
// The text is valid UTF-8: literals are encoded by rpy, chr() and decode() check what they build.
#pragma once
#include <cstdint>

namespace rpy::utf8 {

inline bool is_cont(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The number of code points in [p, p + n).
inline int64_t count(const char* p, int64_t n) {
  int64_t k = 0;
  for (int64_t i = 0; i < n; ++i) k += !is_cont(p[i]);
  return k;
}

// The byte offset of code point `cp` (0 <= cp); n when the text has no more than cp code points.
inline int64_t offset(const char* p, int64_t n, int64_t cp) {
  int64_t i = 0;
  while (cp > 0 && i < n) {
    ++i;
    while (i < n && is_cont(p[i])) ++i;
    --cp;
  }
  return i;
}

// The length in bytes of the code point starting at p[i].
inline int seq_len(const char* p, int64_t i, int64_t n) {
  int k = 1;
  while (i + k < n && is_cont(p[i + k])) ++k;
  return k;
}

// The code point of the k-byte sequence at p.
inline uint32_t decode(const char* p, int k) {
  const unsigned char* u = reinterpret_cast<const unsigned char*>(p);
  switch (k) {
    case 1:
      return u[0];
    case 2:
      return (static_cast<uint32_t>(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    case 3:
      return (static_cast<uint32_t>(u[0] & 0x0F) << 12) | (static_cast<uint32_t>(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    default:
      return (static_cast<uint32_t>(u[0] & 0x07) << 18) | (static_cast<uint32_t>(u[1] & 0x3F) << 12) |
             (static_cast<uint32_t>(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
  }
}

// Writes code point cp (< 0x110000) to out (4 bytes of room); returns the number of bytes.
inline int encode(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// True when [p, p + n) is well-formed UTF-8 without surrogates or overlong forms.
inline bool valid(const char* p, int64_t n) {
  const unsigned char* u = reinterpret_cast<const unsigned char*>(p);
  for (int64_t i = 0; i < n;) {
    unsigned c = u[i];
    int k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (k == 0 || i + k > n) return false;
    for (int j = 1; j < k; ++j)
      if ((u[i + j] & 0xC0) != 0x80) return false;
    uint32_t cp = decode(p + i, k);
    if ((k == 2 && cp < 0x80) || (k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += k;
  }
  return true;
}

}  // namespace rpy::utf8
