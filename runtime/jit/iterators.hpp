// Iterators the jitcode of a `for` loop steps through (docs/JIT.md 6.3), for the iterables whose
// compiled loop is not an index loop the codewriter writes natively: dicts, sets and their key,
// value and item views; files. Each visits exactly what codegen's loop over the same iterable
// visits (emit_dict.cpp, emit_dict_for), with the same checks: for a table, CPython's steps over
// it as it is at each step (rpy/dict_iter.hpp).
#pragma once
#include <cstdint>
#include <tuple>
#include <type_traits>

#include "jit/jitcode.hpp"
#include "rpy/bytes.hpp"
#include "rpy/file.hpp"
#include "rpy/dict_iter.hpp"
#include "rpy/iter.hpp"

namespace rpy::jit {

// A dict's or set's keys, values or items (TableWhat): the iterator iter(d) makes, which visits
// what codegen's loop visits and checks what it checks (rpy/dict_iter.hpp).
using rpy::iter_table;
using rpy::TableIter;

// A file's lines, read as codegen's loop over the file reads them (rpy::file_readline until it
// gives an empty line; a binary file's lines as bytes): for a merge point inside `for line in f`.
template <class E>
struct FileLineIter : Iterator<E> {
  File* f;
  explicit FileLineIter(File* file) : f(file) {}
  bool step(E& out) override {
    Str* line = file_readline(f);
    if (line->len == 0) return false;
    if constexpr (std::is_same_v<E, Bytes*>)
      out = as_bytes(line);
    else
      out = line;
    return true;
  }
};

template <class E>
inline Iterator<E>* iter_file(File* f) {
  return make<FileLineIter<E>>(f);
}

// One step of an iterator for a jitcode loop: r[0] is whether an element came, the element's
// words follow (a tuple: one word per item).
template <class E>
inline void step_into(Iterator<E>* it, Word* r) {
  E x{};
  bool ok = it->step(x);
  r[0] = ok;
  if constexpr (requires { std::tuple_size<E>::value; })
    w_tuple(x, r + 1);
  else
    r[1] = w(x);
}

}  // namespace rpy::jit
