// e.args of an exception, in programs that read it (annotate/exc_args_rules.cpp). The annotator
// gives the args of every exception class it is read through one type T (a fixed tuple, or a
// tuple of unknown length when the classes are made with different numbers of arguments), and
// each construction and Exception.__init__ call of those classes stores a box holding the value.
#pragma once
#include "rpy/exceptions.hpp"
#include "rpy/vtuple.hpp"

namespace rpy {

template <class T>
struct ExcArgs : Object {
  T v;
};

template <class T>
void set_exc_args(BaseException* e, T v) {
  auto* b = make<ExcArgs<T>>();
  b->v = std::move(v);
  e->args = b;
}

// No box: an exception made without arguments, or one the runtime raises with its message only
// (args is then (message,), as Python's own raises make it).
template <class T>
T exc_args(const BaseException* e) {
  if (e->args) return static_cast<const ExcArgs<T>*>(e->args)->v;
  if constexpr (VTupleTraits<T>::value) {
    using Item = std::remove_pointer_t<T>;
    using U = std::remove_cvref_t<decltype(std::declval<Item>().items[0])>;
    if constexpr (std::is_convertible_v<Str*, U>)
      if (e->message) return vtuple_of<U>({static_cast<U>(e->message)});
    return vtuple_new<U>(0);
  } else {
    return T{};
  }
}

}  // namespace rpy
