// collections.defaultdict for translated code: a DefaultDict<D> is the dict D (rpy::Dict or, in
// Python 2 programs, rpy::Dict27), so every dict operation takes it through the base class; it
// adds the repr of its factory for its own repr. d[k] of a missing key is dict_get_or_make,
// whose `make` the generated code gives (the factory's call).
#pragma once
#include <cstring>

#include "rpy/dict.hpp"
#include "rpy/dict27.hpp"
#include "rpy/io.hpp"

namespace rpy {

template <class D>
struct DefaultDict : D {
  const char* factory_repr;  // "<class 'int'>"; null for a function factory (its repr is an address)
};

// `base` is a new empty dict: its tables become the defaultdict's.
template <class D>
inline DefaultDict<D>* defaultdict_new(D* base, const char* factory_repr) {
  auto* d = static_cast<DefaultDict<D>*>(gc_alloc(sizeof(DefaultDict<D>)));
  *static_cast<D*>(d) = *base;
  d->factory_repr = factory_repr;
  return d;
}

template <class D>
inline DefaultDict<D>* defaultdict_copy(const DefaultDict<D>* d) {
  return defaultdict_new(dict_copy(static_cast<const D*>(d)), d->factory_repr);
}

// d[k]: the value, or make() inserted for k and returned.
template <class D, class K, class F>
inline auto dict_get_or_make(D* d, const K& k, F make) {
  if (auto* p = dict_find(d, k)) return *p;
  auto v = make();
  dict_set(d, k, v);
  return v;
}

template <class D>
void append_repr(Buffer& b, const DefaultDict<D>* d) {
  if (!d) {
    b.put("None", 4);
    return;
  }
  b.put("defaultdict(", 12);
  const char* f = d->factory_repr ? d->factory_repr : "<function>";
  b.put(f, static_cast<int64_t>(std::strlen(f)));
  b.put(", ", 2);
  append_repr(b, static_cast<const D*>(d));
  b.put(')');
}
template <class D>
void append_str(Buffer& b, const DefaultDict<D>* d) {
  append_repr(b, d);
}

}  // namespace rpy
