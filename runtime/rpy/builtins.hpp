// Builtins beyond the core: ordering of every comparable value (sorted, list.sort, min/max, list
// and tuple comparisons, cmp), sum/any/all helpers, reversed/enumerate/zip as lists, os.path,
// os.stat, math extras.
#pragma once
#include "rpy/fmath.hpp"
#include <tuple>
#include <type_traits>
#include <utility>

#include "rpy/ints.hpp"
#include "rpy/io.hpp"
#include "rpy/iter.hpp"
#include "rpy/list.hpp"
#include "rpy/timsort.hpp"

namespace rpy {

// ---- ordering: lt(a, b) is Python's a < b; same(a, b) is a == b (for lexicographic orders)
inline bool lt(int64_t a, int64_t b) { return a < b; }
inline bool lt(uint64_t a, uint64_t b) { return a < b; }
inline bool lt(double a, double b) { return a < b; }
template <class B>
requires std::is_same_v<B, bool>  // never a pointer converted to bool
inline bool lt(B a, B b) { return a < b; }
inline bool lt(char a, char b) { return static_cast<unsigned char>(a) < static_cast<unsigned char>(b); }
inline bool lt(int32_t a, int32_t b) { return a < b; }
inline bool lt(const Str* a, const Str* b) { return str_cmp(a, b) < 0; }
// Instances of classes that define no order and no __eq__ (a tuple's item, compared because the
// items before it are equal; the annotator refuses the other classes): Python 3's TypeError.
template <class T>
requires std::is_base_of_v<Object, T>
[[noreturn]] inline bool lt(T* a, T* b) { raise_unorderable(a, b); }
inline bool same(int64_t a, int64_t b) { return a == b; }
inline bool same(uint64_t a, uint64_t b) { return a == b; }
inline bool same(double a, double b) { return a == b; }
template <class B>
requires std::is_same_v<B, bool>
inline bool same(B a, B b) { return a == b; }
inline bool same(char a, char b) { return a == b; }
inline bool same(int32_t a, int32_t b) { return a == b; }
inline bool same(const Str* a, const Str* b) { return str_eq(a, b); }
inline bool same(std::nullptr_t, std::nullptr_t) { return true; }
// Instances: identity, else their class's __eq__ (Object::rpy_eq, which the annotator gives the
// classes of the items of lists, tuples and dicts compared with ==); dicts and sets by value.
template <class T>
requires(!std::is_same_v<T, Str>) inline bool same(T* a, T* b) {
  if constexpr (std::is_base_of_v<Object, std::remove_cv_t<T>>)
    return a == b || (a && b && a->rpy_eq(b));
  else
    return eq(a, b);
}
template <class T>
bool same(const List<T>* a, const List<T>* b);
template <class T>
bool lt(const List<T>* a, const List<T>* b);
template <class T>
bool same(VTuple<T>* a, VTuple<T>* b);  // by value, not identity (rpy/vtuple.hpp)
template <class T>
bool lt(VTuple<T>* a, VTuple<T>* b);
template <class... T>
bool same(const std::tuple<T...>& a, const std::tuple<T...>& b);
template <class... T>
bool lt(const std::tuple<T...>& a, const std::tuple<T...>& b);

template <class T>
bool same(const List<T>* a, const List<T>* b) {
  if (a == b) return true;
  if (!a || !b || a->len != b->len) return false;
  for (int64_t i = 0; i < a->len; ++i)
    if (!same(a->items[i], b->items[i])) return false;
  return true;
}
template <class T>
bool same(List<T>* a, List<T>* b) {
  return same(static_cast<const List<T>*>(a), static_cast<const List<T>*>(b));
}
template <class T>
bool lt(const List<T>* a, const List<T>* b) {
  int64_t n = a->len < b->len ? a->len : b->len;
  for (int64_t i = 0; i < n; ++i)
    if (!same(a->items[i], b->items[i])) return lt(a->items[i], b->items[i]);
  return a->len < b->len;
}
template <class T>
bool lt(List<T>* a, List<T>* b) {
  return lt(static_cast<const List<T>*>(a), static_cast<const List<T>*>(b));
}
template <size_t I, class... T>
bool tuple_same(const std::tuple<T...>& a, const std::tuple<T...>& b) {
  if constexpr (I == sizeof...(T))
    return true;
  else
    return same(std::get<I>(a), std::get<I>(b)) && tuple_same<I + 1>(a, b);
}
template <class... T>
bool same(const std::tuple<T...>& a, const std::tuple<T...>& b) {
  return tuple_same<0>(a, b);
}
template <size_t I, class... T>
bool tuple_lt(const std::tuple<T...>& a, const std::tuple<T...>& b) {
  if constexpr (I == sizeof...(T))
    return false;
  else {
    if (!same(std::get<I>(a), std::get<I>(b))) return lt(std::get<I>(a), std::get<I>(b));
    return tuple_lt<I + 1>(a, b);
  }
}
template <class... T>
bool lt(const std::tuple<T...>& a, const std::tuple<T...>& b) {
  return tuple_lt<0>(a, b);
}
// Python's a < b between lists or tuples of possibly different static types (`["a"] < ["ab"]`,
// `(1, "a") < (1.5, "a")`): the first items that differ (eq_mixed) decide, else the lengths.
template <class A, class B>
bool lt_mixed(const A& a, const B& b);
template <class A, class B>
bool vtuple_lt_tuple(const A& a, const B& b);
template <size_t I, class... T, class... U>
bool tuple_lt_mixed(const std::tuple<T...>& a, const std::tuple<U...>& b) {
  if constexpr (I == sizeof...(T) || I == sizeof...(U))
    return sizeof...(T) < sizeof...(U);
  else {
    if (!eq_mixed(std::get<I>(a), std::get<I>(b))) return lt_mixed(std::get<I>(a), std::get<I>(b));
    return tuple_lt_mixed<I + 1>(a, b);
  }
}
template <class A, class B>
bool lt_mixed(const A& a, const B& b) {
  if constexpr ((std::is_same_v<A, Num> && (is_number_v<B> || std::is_same_v<B, Num>)) || (is_number_v<A> && std::is_same_v<B, Num>)) {
    return Num::of(a) < Num::of(b);  // a number whose kind is known at run time (rpy/num.hpp)
  } else if constexpr (is_number_v<A> && is_number_v<B>) {
    if constexpr (std::is_integral_v<A> && std::is_integral_v<B>)
      return std::cmp_less(unbool(a), unbool(b));
    else
      return a < b;
  } else if constexpr (std::is_same_v<A, char> && std::is_convertible_v<B, const Str*>) {
    return str_cmp(str_of_char(a), b) < 0;
  } else if constexpr (std::is_convertible_v<A, const Str*> && std::is_same_v<B, char>) {
    return str_cmp(a, str_of_char(b)) < 0;
  } else if constexpr (ListTraits<A>::value && ListTraits<B>::value) {
    int64_t n = a->len < b->len ? a->len : b->len;
    for (int64_t i = 0; i < n; ++i)
      if (!eq_mixed(a->items[i], b->items[i])) return lt_mixed(a->items[i], b->items[i]);
    return a->len < b->len;
  } else if constexpr (TupleTraits<A>::value && TupleTraits<B>::value) {
    return tuple_lt_mixed<0>(a, b);
  } else if constexpr ((VTupleTraits<A>::value && TupleTraits<B>::value) || (TupleTraits<A>::value && VTupleTraits<B>::value)) {
    return vtuple_lt_tuple(a, b);  // rpy/vtuple.hpp
  } else {
    static_assert(std::is_same_v<A, B>, "lt_mixed: no order between these types");
    return lt(a, b);
  }
}

// cmp(a, b) of Python 2
template <class T>
inline int64_t cmp3(const T& a, const T& b) {
  return lt(a, b) ? -1 : lt(b, a) ? 1 : 0;
}

inline List<int64_t>* range_list(int64_t lo, int64_t hi) { return range_list(lo, hi, 1); }
// Python 2's xrange() and a Python 3 script's range() with a step: range_list with each
// interpreter's message for a zero step (range_list's is Python 2's range()).
inline const char* const kXRangeZeroStep = "xrange() arg 3 must not be zero";
inline const char* const kRange3ZeroStep = "range() arg 3 must not be zero";
inline List<int64_t>* xrange_list(int64_t lo, int64_t hi, int64_t step) {
  if (step == 0) raise_value_error(kXRangeZeroStep);
  return range_list(lo, hi, step);
}
inline List<int64_t>* range_list3(int64_t lo, int64_t hi, int64_t step) {
  if (step == 0) raise_value_error(kRange3ZeroStep);
  return range_list(lo, hi, step);
}

// ---- l[lo:hi:step]
template <class T>
List<T>* list_slice_step(const List<T>* l, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step) {
  if (step == 0) raise_value_error("slice step cannot be zero");
  int64_t n = l->len;
  slice_bounds_step(n, has_lo, lo, has_hi, hi, step);
  int64_t count = 0;
  if (step > 0 && hi > lo) count = (hi - lo + step - 1) / step;
  if (step < 0 && lo > hi) count = (lo - hi + (-step) - 1) / (-step);
  if constexpr (gen_items<T>) return gen_list_slice<T>(const_cast<List<T>*>(l), lo, count, step);  // rpy/gc_gen.hpp
  auto* r = list_new<T>(count);
  for (int64_t i = 0; i < count; ++i) r->items[i] = l->items[lo + i * step];
  return r;
}

// ---- sorting: Python's timsort (rpy/timsort.hpp), so that the items end in the interpreter's order
// even when the comparison is not a total order (a NaN among floats). py2: Python 2.7's merge
// order, else Python 3.11's.
inline timsort::Merges sort_merges(bool py2) { return py2 ? timsort::Merges::Classic : timsort::Merges::Powersort; }
// Scratch room for the merges, where the collector sees the items it holds.
template <class T>
struct SortScratch {
  T* items = nullptr;
  int64_t cap = 0;
  T* operator()(int64_t n) {
    if (n > cap) {
      items = alloc_items<T>(n);
      cap = n;
    }
    return items;
  }
};

template <class T>
void list_sort(List<T>* l, bool reverse, bool py2) {
  timsort::sort(
      l->items, l->len, reverse, sort_merges(py2), [](const T& a, const T& b) { return lt(a, b); }, SortScratch<T>{});
}
// With a key function: keys computed once per item, in order; then the keys are sorted with the
// items moving along (the items are never compared).
// `less` compares two keys: rpy::lt, or the __lt__ of the keys' class when they are instances.
template <class T, class F, class Less>
void list_sort_key_by(List<T>* l, bool reverse, F key, Less less, bool py2) {
  using K = decltype(key(l->items[0]));
  int64_t n = l->len;
  if (n < 2) {
    if (n == 1) (void)key(l->items[0]);
    return;
  }
  struct Keyed {
    K key;
    T item;
  };
  Keyed* keyed = alloc_items<Keyed>(n);
  for (int64_t i = 0; i < n; ++i) {
    keyed[i].key = key(l->items[i]);
    keyed[i].item = l->items[i];
  }
  timsort::sort(
      keyed, n, reverse, sort_merges(py2), [&](const Keyed& a, const Keyed& b) { return static_cast<bool>(less(a.key, b.key)); },
      SortScratch<Keyed>{});
  T* items = alloc_items<T>(l->cap > n ? l->cap : n);
  for (int64_t i = 0; i < n; ++i) items[i] = keyed[i].item;
  l->items = items;
}
template <class T, class F>
void list_sort_key(List<T>* l, bool reverse, F key, bool py2) {
  using K = decltype(key(l->items[0]));
  list_sort_key_by(
      l, reverse, key, [](const K& a, const K& b) { return lt(a, b); }, py2);
}

// With a comparison the program defines (__lt__ of its class), which may raise: the items are
// then left a permutation of what they were, in the state the interpreter leaves them.
template <class T, class Less>
void list_sort_less(List<T>* l, bool reverse, Less less, bool py2) {
  timsort::sort(
      l->items, l->len, reverse, sort_merges(py2), [&](const T& a, const T& b) { return static_cast<bool>(less(a, b)); }, SortScratch<T>{});
}

inline bool truthy(int64_t v) { return v != 0; }
inline bool truthy(uint64_t v) { return v != 0; }
inline bool truthy(double v) { return v != 0.0; }
inline bool truthy(bool v) { return v; }
inline bool truthy(char) { return true; }
inline bool truthy(const Str* s) { return s && s->len != 0; }
template <class T>
inline bool truthy(const List<T>* l) {
  return l && l->len != 0;
}
template <class T>
inline bool truthy(T* p) {
  return p != nullptr;
}

// ---- lists built by builtins
inline List<char>* list_of_str(const Str* s) {
  auto* l = list_new<char>(s->len);
  std::memcpy(l->items, s->data, static_cast<size_t>(s->len));
  return l;
}
// An item of a new list as an item of a wider type: list('ab') or list((1, 2)) whose list also
// receives str or float items (char into str, int into float, item by item into tuples).
template <class T, class U>
T item_as(const U& x);
template <class T, class U, size_t... I>
T tuple_as(const U& x, std::index_sequence<I...>) {
  return T(item_as<std::tuple_element_t<I, T>>(std::get<I>(x))...);
}
template <class T, class U>
T item_as(const U& x) {
  if constexpr (std::is_same_v<T, U>)
    return x;
  else if constexpr (std::is_same_v<U, char> && std::is_same_v<T, Str*>)
    return str_of_char(x);
  else if constexpr (requires { std::tuple_size<T>::value; })
    return tuple_as<T>(x, std::make_index_sequence<std::tuple_size_v<T>>{});
  else if constexpr (std::is_same_v<U, std::nullptr_t> && !std::is_pointer_v<T>)
    return T{};  // an item that never has a value (a call that always raises): never reached
  else if constexpr (std::is_same_v<T, Num> && std::is_arithmetic_v<U>)
    return Num::of(x);  // a bool, an int or a float keeps its kind
  else
    return static_cast<T>(x);
}
// A list just built (no one else refers to it) as a list of item type T.
template <class T, class U>
List<T>* list_as(List<U>* l) {
  if constexpr (std::is_same_v<T, U>) {
    return l;
  } else if constexpr (std::is_same_v<U, std::nullptr_t> && !std::is_constructible_v<T, std::nullptr_t>) {
    return list_new<T>(0);  // a list of no type: nothing was ever stored in it
  } else {
    auto* r = list_new<T>(l->len);
    for (int64_t i = 0; i < l->len; ++i) r->items[i] = item_as<T>(l->items[i]);
    return r;
  }
}
template <class T>
List<T>* list_copy(const List<T>* l) {
  return list_slice(l, false, 0, false, 0);
}
template <class T>
List<T>* list_reversed(const List<T>* l) {
  // --gc=gen: a slice with step -1 (l rooted while the copy is allocated, the items stored after the barrier)
  if constexpr (gen_items<T>) return gen_list_slice<T>(const_cast<List<T>*>(l), l->len - 1, l->len, -1);
  auto* r = list_new<T>(l->len);
  for (int64_t i = 0; i < l->len; ++i) r->items[i] = l->items[l->len - 1 - i];
  return r;
}
template <class T>
List<std::tuple<int64_t, T>>* list_enumerate(const List<T>* l, int64_t start) {
  if constexpr (gen_items<T>) return gen_list_enumerate<T>(const_cast<List<T>*>(l), start);  // rpy/gc_gen.hpp
  auto* r = list_new<std::tuple<int64_t, T>>(l->len);
  for (int64_t i = 0; i < l->len; ++i) r->items[i] = std::tuple<int64_t, T>(start + i, l->items[i]);
  return r;
}
template <class... T>
List<std::tuple<T...>>* list_zip(const List<T>*... ls) {
  int64_t n = INT64_MAX;
  ((n = ls->len < n ? ls->len : n), ...);
  auto* r = list_new<std::tuple<T...>>(n);
  for (int64_t i = 0; i < n; ++i) r->items[i] = std::tuple<T...>(ls->items[i]...);
  return r;
}
template <class T>
bool list_any(const List<T>* l) {
  for (int64_t i = 0; i < l->len; ++i)
    if (truthy(l->items[i])) return true;
  return false;
}
template <class T>
bool list_all(const List<T>* l) {
  for (int64_t i = 0; i < l->len; ++i)
    if (!truthy(l->items[i])) return false;
  return true;
}

// any()/all() of an iterator: one item per step, stopping at the first that decides (a
// generator with effects runs no further than Python's does).
template <class T>
bool iter_any(Iterator<T>* it) {
  T v{};
  while (it->step(v))
    if (truthy(v)) return true;
  return false;
}
template <class T>
bool iter_all(Iterator<T>* it) {
  T v{};
  while (it->step(v))
    if (!truthy(v)) return false;
  return true;
}
// `x in it` where it yields no value (its item type has none): it runs to its end; false.
template <class T>
bool iter_drain(Iterator<T>* it) {
  T v{};
  while (it->step(v)) {
  }
  return false;
}
// x in iterator (a generator): items are pulled up to the first equal one, the rest stay in the
// iterator; compared as list_contains compares (Python 2: x == item; Python 3: item == x).
template <class T, class U>
bool iter_contains(Iterator<T>* it, const U& x) {
  T v{};
  while (it->step(v)) {
    if constexpr (!std::is_arithmetic_v<T>)
      if (python2) {
        if (value_eq_item(x, v)) return true;
        continue;
      }
    if (item_eq(v, x)) return true;
  }
  return false;
}

// min()/max() of a list, optionally with a key
template <class T>
T list_minmax(const List<T>* l, bool is_max) {
  if (l->len == 0) raise_value_error(is_max ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
  T best = l->items[0];
  for (int64_t i = 1; i < l->len; ++i)
    if (is_max ? lt(best, l->items[i]) : lt(l->items[i], best)) best = l->items[i];
  return best;
}
// With the program's comparison: better(x, best) tells whether item x replaces the best so far.
template <class T, class F>
T list_best(const List<T>* l, bool is_max, F better) {
  if (l->len == 0) raise_value_error(is_max ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
  T best = l->items[0];
  for (int64_t i = 1; i < l->len; ++i)
    if (better(l->items[i], best)) best = l->items[i];
  return best;
}
// With keys that are instances: better(k, best_key) is the comparison of their class
// (annotate::less_call: k.__gt__(best) for max, k.__lt__(best) for min, or the reflected method).
template <class T, class F, class B>
T list_best_key(const List<T>* l, bool is_max, F key, B better) {
  if (l->len == 0) raise_value_error(is_max ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
  T best = l->items[0];
  auto bk = key(best);
  for (int64_t i = 1; i < l->len; ++i) {
    auto k = key(l->items[i]);
    if (better(k, bk)) {
      best = l->items[i];
      bk = k;
    }
  }
  return best;
}
template <class T, class F>
T list_minmax_key(const List<T>* l, bool is_max, F key) {
  if (l->len == 0) raise_value_error(is_max ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
  T best = l->items[0];
  auto bk = key(best);
  for (int64_t i = 1; i < l->len; ++i) {
    auto k = key(l->items[i]);
    if (is_max ? lt(bk, k) : lt(k, bk)) {
      best = l->items[i];
      bk = k;
    }
  }
  return best;
}

// ---- numbers
inline std::tuple<int64_t, int64_t> int_divmod(int64_t a, int64_t b) { return {int_floordiv(a, b), int_mod(a, b)}; }
std::tuple<double, double> float_divmod(double a, double b);
int64_t int_pow_mod(int64_t a, int64_t b, int64_t m);
double int_pow_float(int64_t a, int64_t b);  // pow(int, negative int)
int64_t float_round_int(double x);           // round(x) of Python 3
int64_t math_factorial(int64_t n);
int64_t math_gcd(int64_t a, int64_t b);
int64_t math_isqrt(int64_t n);
double math_log_base(double x, double base);
double math_pow(double x, double y);
double math_ldexp(double x, int64_t i);
int64_t math_comb(int64_t n, int64_t k);
int64_t math_perm(int64_t n, int64_t k);  // k == INT64_MIN: perm(n), that is n!
double time_process_time();
int64_t time_utc_offset(int64_t secs);  // the local zone's offset from UTC at secs
void sys_setrecursionlimit(int64_t limit);
int64_t sys_getrecursionlimit();
std::tuple<double, int64_t> math_frexp(double x);
std::tuple<double, double> math_modf(double x);
[[noreturn, gnu::cold, gnu::noinline]] void raise_math_error(double r);
// A math function's result r of x, with Python's errors: ValueError "math domain error" when r is
// nan and x is not, OverflowError "math range error" when r is infinite and x is finite.
inline double math_check(double r, double x) {
  if (__builtin_expect((fm::isnan(r) && !fm::isnan(x)) || (fm::isinf(r) && fm::isfinite(x)), 0)) raise_math_error(r);
  return r;
}
Str* unichr_str(int64_t c);  // UTF-8 of a code point

// ---- os, os.path, time
Str* os_path_join(const List<Str*>* parts);
bool os_path_exists(const Str* p);
bool os_path_isfile(const Str* p);
bool os_path_isdir(const Str* p);
Str* os_path_basename(const Str* p);
Str* os_path_dirname(const Str* p);
std::tuple<Str*, Str*> os_path_splitext(const Str* p);
std::tuple<Str*, Str*> os_path_split(const Str* p);
int64_t os_path_getsize(const Str* p);
int64_t os_lseek(int64_t fd, int64_t pos, int64_t how);
void os_ftruncate(int64_t fd, int64_t length);
void os_fsync(int64_t fd);
void os_lockf(int64_t fd, int64_t cmd, int64_t length);
using StatResult = std::tuple<int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, double, double, double>;
StatResult os_stat(const Str* p);
StatResult os_fstat(int64_t fd);
void os_unlink(const Str* p);
Str* os_strerror(int64_t e);
// e.strerror of an OSError/IOError: the system's text of its errno ("No such file or directory"),
// else its message.
inline Str* exc_strerror(BaseException* e) { return e->errno_ ? os_strerror(e->errno_) : exc_message(e); }
Str* os_getcwd();
int64_t os_getpid();
Str* os_getenv(const Str* name);  // nullptr if unset
void time_sleep(double secs);
double time_perf_counter();

}  // namespace rpy
