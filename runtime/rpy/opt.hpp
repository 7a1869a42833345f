// A value of a value type (int, float, bool, a number, a tuple) that may also be None: the
// annotator's nullable form of those types (docs/ARCHITECTURE.md, "Values that may be None").
// A flag plus the value; None is the flag clear. There is no implicit conversion to the value:
// every use that needs one goes through opt_get (a checked read raising Python's TypeError) or
// reads .v where a test proved the value is not None.
#pragma once
#include <cstdint>
#include <tuple>
#include <type_traits>

#include "rpy/builtins.hpp"
#include "rpy/dict.hpp"
#include "rpy/exceptions.hpp"
#include "rpy/io.hpp"
#include "rpy/list.hpp"
#include "rpy/num.hpp"

namespace rpy {

template <class T>
struct Opt {
  T v{};
  bool has = false;
  Opt() = default;
  Opt(std::nullptr_t) {}
  Opt(const T& x) : v(x), has(true) {}
  bool none() const { return !has; }
};

template <class T>
struct OptTraits : std::false_type {};
template <class T>
struct OptTraits<Opt<T>> : std::true_type {};

// The value where it is needed; None raises TypeError with Python's message for that use.
template <class T>
inline const T& opt_get(const Opt<T>& o, const char* msg) {
  if (!o.has) [[unlikely]]
    raise_exc<TypeError>(msg);
  return o.v;
}

// A field of a namedtuple that may be None (p.x): None raises AttributeError (msg names it).
template <class T>
inline const T& opt_get_attr(const Opt<T>& o, const char* msg) {
  if (!o.has) [[unlikely]]
    raise_exc<AttributeError>(msg);
  return o.v;
}

// A list, str or dict that may be None, where its value is needed (its items, its length): None
// raises TypeError with Python's message for that use.
template <class T>
inline T* nonnull_or_raise(T* p, const char* msg) {
  if (!p) [[unlikely]]
    raise_exc<TypeError>(msg);
  return p;
}

// A method looked up on a list, str or dict that may be None: AttributeError (msg names it).
template <class T>
inline T* nonnull_or_raise_attr(T* p, const char* msg) {
  if (!p) [[unlikely]]
    raise_exc<AttributeError>(msg);
  return p;
}

// A conversion of the value, None staying None (an Optional[int] flowing into an Optional[float]).
template <class To, class From, class F>
inline Opt<To> opt_map(const Opt<From>& o, F f) {
  if (!o.has) return Opt<To>{};
  return Opt<To>(f(o.v));
}

// Python's truth: None is false, else the value's truth.
template <class T>
inline bool opt_truth(const Opt<T>& o) {
  if (!o.has) return false;
  if constexpr (TupleTraits<T>::value)
    return std::tuple_size_v<T> != 0;
  else if constexpr (std::is_same_v<T, Num>)
    return o.v.truth();
  else
    return o.v != T{};
}

// == with Python's meaning: None equals only None; values compare as values (numbers by value).
template <class A, class B>
inline bool opt_eq(const A& a, const B& b) {
  if constexpr (OptTraits<A>::value && OptTraits<B>::value) {
    if (!a.has || !b.has) return a.has == b.has;
    return eq_mixed(a.v, b.v);
  } else if constexpr (OptTraits<A>::value) {
    if constexpr (std::is_null_pointer_v<B>)
      return !a.has;
    else
      return a.has && eq_mixed(a.v, b);
  } else {
    return opt_eq(b, a);
  }
}
template <class T>
inline bool eq(const Opt<T>& a, const Opt<T>& b) {
  return opt_eq(a, b);
}
template <class T>
inline bool same(const Opt<T>& a, const Opt<T>& b) {
  return opt_eq(a, b);
}

// The name Python gives the value's type in messages.
template <class T>
constexpr const char* opt_type_name() {
  if constexpr (std::is_same_v<T, bool>)
    return "bool";
  else if constexpr (std::is_same_v<T, double>)
    return "float";
  else if constexpr (TupleTraits<T>::value)
    return "tuple";
  else if constexpr (std::is_same_v<T, uint64_t>)
    return python2 ? "long" : "int";
  else
    return "int";
}
[[noreturn, gnu::cold, gnu::noinline]] inline void raise_opt_order(const char* op, const char* left, const char* right) {
  Buffer m;
  auto put = [&](const char* s) { m.put(s, static_cast<int64_t>(__builtin_strlen(s))); };
  put("'"), put(op), put("' not supported between instances of '"), put(left), put("' and '"), put(right), put("'");
  make_exc<TypeError>(m.to_str())->raise_self();
  __builtin_unreachable();
}

// Python's a < b where either may be None (sorting, min, max, tuples holding them): Python 3
// raises TypeError; Python 2 orders None before every number and tuple.
template <class T>
inline bool lt(const Opt<T>& a, const Opt<T>& b) {
  if (a.has && b.has) return lt(a.v, b.v);
  if (!python2) raise_opt_order("<", a.has ? opt_type_name<T>() : "NoneType", b.has ? opt_type_name<T>() : "NoneType");
  return !a.has && b.has;
}

// Python 2's order of values where either may be None (`level > 5` with level None is False):
// None is below every number and tuple, and equal to None. -1, 0 or 1.
template <class A, class B>
inline int opt_cmp2(const A& a, const B& b) {
  bool ha = true, hb = true;
  if constexpr (OptTraits<A>::value) ha = a.has;
  if constexpr (OptTraits<B>::value) hb = b.has;
  if (!ha || !hb) return ha == hb ? 0 : ha ? 1 : -1;
  auto value = [](const auto& x) -> const auto& {
    if constexpr (OptTraits<std::decay_t<decltype(x)>>::value)
      return x.v;
    else
      return x;
  };
  return lt_mixed(value(a), value(b)) ? -1 : lt_mixed(value(b), value(a)) ? 1 : 0;
}

template <class T>
inline void append_str(Buffer& b, const Opt<T>& o) {
  if (!o.has)
    b.put("None", 4);
  else
    append_str(b, o.v);
}
template <class T>
inline void append_repr(Buffer& b, const Opt<T>& o) {
  if (!o.has)
    b.put("None", 4);
  else
    append_repr(b, o.v);
}

// Dict keys (insertion-ordered dicts of Python 3 programs): None hashes apart from every value.
template <class T>
struct KeyOps<Opt<T>> {
  static uint64_t hash(const Opt<T>& o) { return o.has ? KeyOps<T>::hash(o.v) : 0x5bd1e9955bd1e995ULL; }
  static bool eq(const Opt<T>& a, const Opt<T>& b) { return a.has == b.has && (!a.has || KeyOps<T>::eq(a.v, b.v)); }
};

}  // namespace rpy
