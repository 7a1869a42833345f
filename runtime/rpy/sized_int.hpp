// rarithmetic's sized ints (r_int8 ... r_uint32, r_int) live in an int64_t, wrapped to their
// width by the generated code. In Python 2 they are longs: their repr ends in L (5L), which a
// value passes through LongRepr to get.
#pragma once
#include "rpy/io.hpp"

namespace rpy {

struct LongRepr {
  int64_t v;
};
inline void append_str(Buffer& b, LongRepr x) { append_str(b, x.v); }
inline void append_repr(Buffer& b, LongRepr x) {
  append_str(b, x.v);
  b.put('L');
}

}  // namespace rpy
