// str.translate and maketrans (rules: annotate/io_rules.cpp, code: codegen/emit_io.cpp).
// Python 2 str: a table of 256 bytes (string.maketrans) or None, and the bytes to delete.
// Python 3 str: a dict from code points to a code point, a str or None (delete); a code point the
// dict lacks is kept (str.maketrans builds such dicts).
#pragma once
#include <cstdint>
#include <type_traits>

#include "rpy/dict.hpp"
#include "rpy/exceptions.hpp"
#include "rpy/io.hpp"
#include "rpy/opt.hpp"
#include "rpy/str.hpp"
#include "rpy/utf8.hpp"

namespace rpy {

// Python 2: s.translate(table, deletechars); table and deletechars may be null (None / absent).
// ValueError "translation table must be 256 characters long" for another table.
Str* str_translate2(const Str* s, const Str* table, const Str* deletechars);
// Python 2 string.maketrans(frm, to): the 256-byte table (ValueError for unequal lengths).
Str* str_maketrans2(const Str* frm, const Str* to);
// Python 3 str.maketrans(x, y): {ord(x[i]): ord(y[i])}; with z, also {ord(c): None} for c in z.
Dict<int64_t, int64_t>* str_maketrans3(const Str* x, const Str* y);
Dict<int64_t, Opt<int64_t>>* str_maketrans3_del(const Str* x, const Str* y, const Str* z);
// Appends code point cp as UTF-8: ValueError outside range(0x110000), as str.translate raises.
void translate_put_cp(Buffer& b, int64_t cp);

// Python 3 s.translate(table) and Python 2 u.translate(table), table a dict int -> V (a Python 3
// Dict or a Python 2 Dict27): V a code point (int64_t, or Opt<int64_t> whose None deletes), a str
// (Str*, null deletes; char: an ASCII one) or None (std::nullptr_t).
template <class D>
Str* str_translate3(const Str* s, D* t) {
  using V = std::remove_reference_t<decltype(dict_value_at(t, 0))>;
  if (!t) raise_exc<TypeError>("'NoneType' object is not subscriptable");
  Buffer b;
  for (int64_t i = 0; i < s->len;) {
    int k = utf8::seq_len(s->data, i, s->len);
    int64_t c = utf8::decode(s->data + i, k);
    int64_t pos = t->len ? dict_lookup(t, c, dict_hash(t, c)) : -1;
    if (pos < 0) {
      b.put(s->data + i, k);
      i += k;
      continue;
    }
    i += k;
    const V& v = dict_value_at(t, pos);
    if constexpr (std::is_same_v<V, int64_t>) {
      translate_put_cp(b, v);
    } else if constexpr (std::is_same_v<V, Opt<int64_t>>) {
      if (v.has) translate_put_cp(b, v.v);
    } else if constexpr (std::is_same_v<V, Str*>) {
      if (v) b.put(v->data, v->len);
    } else if constexpr (std::is_same_v<V, char>) {
      b.put(v);
    } else {
      static_assert(std::is_same_v<V, std::nullptr_t>, "str.translate: a table value rpy does not know");
    }
  }
  return b.to_str();
}

}  // namespace rpy
