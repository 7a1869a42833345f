// The text and the hashes of a run-time-kinded number (rpy/num.hpp): str()/repr() show its kind
// (True, 1, 1.0), and a dict or set keyed by such numbers finds 1, 1.0 and True as one key, as
// Python does.
#pragma once
#include "rpy/dict.hpp"
#include "rpy/io.hpp"
#include "rpy/num.hpp"

namespace rpy {

inline void append_str(Buffer& b, Num v) {
  if (v.tag == Num::kFloat)
    append_str(b, v.f);
  else if (v.tag == Num::kBool)
    append_str(b, v.i != 0);
  else
    append_str(b, v.i);
}
inline void append_repr(Buffer& b, Num v) {
  if (v.tag == Num::kFloat)
    append_repr(b, v.f);
  else
    append_str(b, v);
}

template <>
struct KeyOps<Num> {
  static uint64_t hash(Num v) { return v.is_float() ? KeyOps<double>::hash(v.f) : KeyOps<int64_t>::hash(v.i); }
  static bool eq(Num a, Num b) { return a == b; }
};
template <>
struct PyHash<Num> {
  static uint64_t hash(Num v) { return v.is_float() ? PyHash<double>::hash(v.f) : PyHash<int64_t>::hash(v.i); }
};
template <>
struct Hash27<Num> {
  static uint64_t hash(Num v) { return v.is_float() ? Hash27<double>::hash(v.f) : Hash27<int64_t>::hash(v.i); }
  static bool eq(Num a, Num b) { return a == b; }
};

}  // namespace rpy
