// Iterators the jitcode of a `for` loop steps through (docs/JIT.md 6.3), for the iterables whose
// compiled loop is not an index loop the codewriter writes natively: dicts, sets and their key,
// value and item views; files. Each visits exactly what codegen's loop over the same iterable visits
// (emit_dict.cpp, emit_dict_for): the table, or the entries array and its count, as they were
// when the loop started, skipping the slots not in use when they are reached; each step checks
// the size as codegen's loop does (rpy/dict_iter.hpp).
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

enum TableWhat { kTableKeys = 0, kTableValues = 1, kTableItems = 2 };

// A set's or a Python 2 dict's slot table (CPython's order), or a dict's entries array.
template <class D>
inline auto table_slots(D* d) {
  if constexpr (requires { d->table; })
    return d->table;
  else
    return d->entries;
}

template <class E, int What, class D>
struct TableIter : Iterator<E> {
  static constexpr bool kSlots = requires(D * d) { d->table; };
  D* d;  // keeps the table alive (a resize replaces the dict's pointer, not the old array)
  decltype(table_slots(static_cast<D*>(nullptr))) slots;
  int64_t n, i = 0, len0;
  explicit TableIter(D* dict) : d(dict), len0(dict->len) {
    if constexpr (kSlots) {
      slots = d->table;
      n = d->mask + 1;
    } else {
      slots = d->entries;
      n = d->used;
    }
  }
  bool step(E& out) override {
    if (d && d->len != len0) {  // the loop's body changed the size: CPython's RuntimeError
      len0 = -1;
      raise_changed_size(is_set_table<D>);
    }
    for (; i < n; ++i) {
      auto& s = slots[i];
      if constexpr (kSlots) {
        if (s.state != 1) continue;
      } else {
        if (!s.live) continue;
      }
      ++i;
      if constexpr (What == kTableKeys)
        out = static_cast<E>(s.key);
      else if constexpr (What == kTableValues)
        out = static_cast<E>(s.value);
      else
        out = E(s.key, s.value);
      return true;
    }
    d = nullptr;  // exhausted: no more checks, as CPython's iterator drops its dict
    return false;
  }
};

template <class E, int What, class D>
inline Iterator<E>* iter_table(D* d) {
  return make<TableIter<E, What, D>>(d);
}

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
