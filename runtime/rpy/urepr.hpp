// Python 2 repr of containers holding unicode. A unicode is a UTF-8 Str* at run time, like a str,
// so the container reprs (which print items by their C++ type) cannot tell u'a' from 'a'. Codegen
// knows the static type: it wraps such a value in Shown<P, T>, P a printer that follows the
// value's shape (a list of tuples of unicode: UListP<UTupleP<UniP, ReprP>>) down to its unicode
// items, which print as u'...' (escapes as repr(u'...') gives them).
#pragma once
#include <tuple>
#include "rpy/dict.hpp"
#include "rpy/dict27.hpp"
#include "rpy/io.hpp"
#include "rpy/set.hpp"
#include "rpy/utf8.hpp"

namespace rpy {

Str* u_repr(const Str* s);

// An item whose type holds no unicode: its own repr.
struct ReprP {
  template <class T>
  void operator()(Buffer& b, const T& x) const {
    append_repr(b, x);
  }
};
// A unicode (may be None).
struct UniP {
  void operator()(Buffer& b, const Str* s) const {
    if (!s)
      b.put("None", 4);
    else
      append_str(b, u_repr(s));
  }
};
// A unichar (a code point).
struct UniCharP {
  void operator()(Buffer& b, int32_t c) const {
    char tmp[4];
    int n = utf8::encode(static_cast<uint32_t>(c), tmp);
    Buffer one;
    one.put(tmp, n);
    append_str(b, u_repr(one.to_str()));
  }
};
template <class P>
struct UListP {
  template <class T>
  void operator()(Buffer& b, const List<T>* l) const {
    if (!l) {
      b.put("None", 4);
      return;
    }
    b.put('[');
    for (int64_t i = 0; i < l->len; ++i) {
      if (i) b.put(", ", 2);
      P{}(b, l->items[i]);
    }
    b.put(']');
  }
};
template <class... P>
struct UTupleP {
  template <class... T>
  void operator()(Buffer& b, const std::tuple<T...>& t) const {
    static_assert(sizeof...(P) == sizeof...(T));
    b.put('(');
    put_items(b, t, std::index_sequence_for<T...>{});
    if (sizeof...(T) == 1) b.put(',');
    b.put(')');
  }
  template <class Tup, size_t... I>
  static void put_items(Buffer& b, const Tup& t, std::index_sequence<I...>) {
    ((b.put(", ", I ? 2 : 0), P{}(b, std::get<I>(t))), ...);
  }
};
// A dict (KP, VP: key and value printers) or, with VP void, a set.
template <class KP, class VP>
struct UDictP {
  template <class K, class V>
  void operator()(Buffer& b, const Dict<K, V>* d) const {
    if (!d) {
      b.put("None", 4);
      return;
    }
    b.put('{');
    bool first = true;
    for (int64_t i = 0; i < d->used; ++i) {
      const auto& e = d->entries[i];
      if (!e.live) continue;
      if (!first) b.put(", ", 2);
      first = false;
      KP{}(b, e.key);
      b.put(": ", 2);
      VP{}(b, e.value);
    }
    b.put('}');
  }
  template <class K, class V, class H>
  void operator()(Buffer& b, const Dict27<K, V, H>* d) const {
    if (!d) {
      b.put("None", 4);
      return;
    }
    constexpr bool is_set = std::is_same_v<V, SetTag>;
    b.put(is_set ? "set([" : "{", is_set ? 5 : 1);
    bool first = true;
    for (int64_t i = 0; i <= d->mask; ++i) {
      const auto& e = d->table[i];
      if (e.state != 1) continue;
      if (!first) b.put(", ", 2);
      first = false;
      KP{}(b, e.key);
      if constexpr (!is_set) {
        b.put(": ", 2);
        VP{}(b, e.value);
      }
    }
    if constexpr (is_set)
      b.put("])", 2);
    else
      b.put('}');
  }
  template <class K>
  void operator()(Buffer& b, const Set<K>* s) const {
    if (!s) {
      b.put("None", 4);
      return;
    }
    b.put("set([", 5);  // only Python 2 has unicode
    bool first = true;
    for (int64_t i = 0; i <= s->mask; ++i) {
      if (s->table[i].state != 1) continue;
      if (!first) b.put(", ", 2);
      first = false;
      KP{}(b, s->table[i].key);
    }
    b.put("])", 2);
  }
};

template <class P, class T>
struct Shown {
  T v;
};
template <class P, class T>
Shown<P, T> shown(const T& v) {
  return {v};
}
template <class P, class T>
void append_repr(Buffer& b, const Shown<P, T>& s) {
  P{}(b, s.v);
}
template <class P, class T>
void append_str(Buffer& b, const Shown<P, T>& s) {  // str() of a container is its repr
  P{}(b, s.v);
}

}  // namespace rpy
