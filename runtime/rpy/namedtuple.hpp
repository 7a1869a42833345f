// collections.namedtuple instances in translated code: a std::tuple of the fields' values that
// carries its class's name and field names in its type, so that it prints as Python prints it
// (`Point(x=1, y=2)`) at any depth, and is a tuple everywhere else (indexing, unpacking,
// comparisons, hashing, == with a plain tuple). The spec is one string: the printed name, then the
// field names, separated by spaces ("Point x y").
#pragma once
#include <cstddef>
#include <tuple>

#include "rpy/dict.hpp"
#include "rpy/hash27.hpp"
#include "rpy/io.hpp"
#include "rpy/list.hpp"
#include "rpy/set.hpp"

namespace rpy {

template <size_t N>
struct NtSpec {
  char s[N];
  constexpr NtSpec(const char (&a)[N]) {
    for (size_t i = 0; i < N; ++i) s[i] = a[i];
  }
};

template <NtSpec S, class... T>
struct NamedTuple : std::tuple<T...> {
  using Base = std::tuple<T...>;
  using Base::Base;
  NamedTuple() = default;
  NamedTuple(const Base& b) : Base(b) {}
  static constexpr const char* spec() { return S.s; }
};

template <NtSpec S, class... T>
struct TupleTraits<NamedTuple<S, T...>> : std::true_type {};
template <NtSpec S, class... T>
struct KeyOps<NamedTuple<S, T...>> : KeyOps<std::tuple<T...>> {};
template <NtSpec S, class... T>
struct PyHash<NamedTuple<S, T...>> : PyHash<std::tuple<T...>> {};
template <NtSpec S, class... T>
struct Hash27<NamedTuple<S, T...>> : Hash27<std::tuple<T...>> {};

// The plain tuple of a named one's fields (std::tuple_cat takes std::tuples only).
template <class... T>
const std::tuple<T...>& plain_tuple(const std::tuple<T...>& t) {
  return t;
}

// Name(field=repr, ...): str() and repr() are the same, as for tuples.
template <NtSpec S, class... T>
void append_repr(Buffer& b, const NamedTuple<S, T...>& t) {
  const char* p = S.s;
  auto word = [&]() {
    while (*p && *p != ' ') b.put(*p++);
    if (*p) ++p;
  };
  word();
  b.put('(');
  std::apply(
      [&](const auto&... x) {
        int i = 0;
        ((b.put(", ", i++ ? 2 : 0), word(), b.put('='), append_repr(b, x)), ...);
      },
      static_cast<const std::tuple<T...>&>(t));
  b.put(')');
}
template <NtSpec S, class... T>
void append_str(Buffer& b, const NamedTuple<S, T...>& t) {
  append_repr(b, t);
}

}  // namespace rpy

template <rpy::NtSpec S, class... T>
struct std::tuple_size<rpy::NamedTuple<S, T...>> : std::integral_constant<std::size_t, sizeof...(T)> {};
template <std::size_t I, rpy::NtSpec S, class... T>
struct std::tuple_element<I, rpy::NamedTuple<S, T...>> : std::tuple_element<I, std::tuple<T...>> {};
