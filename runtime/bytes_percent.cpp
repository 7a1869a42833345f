// bytes % values (PEP 461): the conversions where bytes differ from str (rpy/bytes.hpp). The
// translator parses the format; the numeric conversions use the str engine (rpy/format.hpp).
#include "rpy/bytearray.hpp"
#include "rpy/bytes.hpp"
#include "rpy/exceptions.hpp"

namespace rpy {

void fmt_bytes(Buffer& b, const char* p, int64_t n, const FmtSpec& s) { fmt_pad(b, p, s.prec >= 0 && s.prec < n ? s.prec : n, s); }

// The translator refuses other types (their Python TypeError is known then): only None is left.
[[noreturn]] static void none_not_bytes_like() {
  raise_exc<TypeError>("%b requires a bytes-like object, or an object that implements __bytes__, not 'NoneType'");
}

void fmt_bytes(Buffer& b, const Bytes* v, const FmtSpec& s) {
  if (!v) none_not_bytes_like();
  fmt_bytes(b, v->data, v->len, s);
}

void fmt_bytes(Buffer& b, const ByteArray* v, const FmtSpec& s) {
  if (!v) none_not_bytes_like();
  fmt_bytes(b, v->data, v->len, s);
}

void fmt_byte_char(Buffer& b, int64_t v, const FmtSpec& s) {
  if (v < 0 || v > 255) raise_exc<OverflowError>("%c arg not in range(256)");
  char c = static_cast<char>(v);
  fmt_pad(b, &c, 1, s);
}

void fmt_byte_char(Buffer& b, const Bytes* v, const FmtSpec& s) {
  if (!v || v->len != 1) raise_exc<TypeError>("%c requires an integer in range(256) or a single byte");
  fmt_pad(b, v->data, 1, s);
}

}  // namespace rpy
