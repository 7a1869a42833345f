// t[i] of a fixed-length tuple whose items have one type, with an index known only at run time
// (RPython's rule: a tuple index that is not a constant gives the union of the items, which must
// have one representation). Negative indices count from the end; out of range raises IndexError.
#pragma once
#include <cstdint>
#include <tuple>

#include "rpy/str.hpp"

namespace rpy {

template <class R, class... Ts>
R tuple_at(const std::tuple<Ts...>& t, int64_t i) {
  constexpr int64_t n = static_cast<int64_t>(sizeof...(Ts));
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_index_error("tuple index out of range");
  return std::apply(
      [i](const auto&... xs) {
        const R items[] = {static_cast<R>(xs)...};
        return items[i];
      },
      t);
}

}  // namespace rpy
