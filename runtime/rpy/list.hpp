// list: a resizable array of items of one type, allocated by the collector.
#pragma once
#include <tuple>
#include <type_traits>
#include <utility>

#include "rpy/num.hpp"
#include "rpy/str.hpp"

namespace rpy {

template <class T>
struct List {
  int64_t len;
  int64_t cap;
  T* items;
};

// A tuple of unknown length (tuple(iterable)): a List that is never changed after it is made,
// with a tuple's repr, hash and comparisons (rpy/vtuple.hpp).
template <class T>
struct VTuple : List<T> {};

template <class T>
constexpr bool holds_pointers = !std::is_arithmetic_v<T>;

// --gc=gen (docs/GC.md, "Step 3b"): a list whose items are references to the program's instances
// (or to such lists) lives on rpy's own moving collector. Generated code specialises gen_items for
// each class it puts there; rpy/gc_gen.hpp defines the functions below, which --gc=boehm never
// instantiates. `keep` is a reference held across the allocation (rooted; null: none).
template <class T>
inline constexpr bool gen_items = false;
template <class T>
inline constexpr bool gen_items<List<T>*> = gen_items<T>;
// A tuple holding such references (nbody's pairs of bodies): its items are traced in place.
template <class... T>
inline constexpr bool gen_items<std::tuple<T...>> = (gen_items<T> || ...);
template <class T>
List<T>* gen_list_new(int64_t n, T* keep);
template <class T>
void gen_list_grow(List<T>*& l, int64_t need, T* keep);
template <class T>
void gen_item_barrier(List<T>* l, int64_t i);  // before storing item i; i < 0: before moving items
template <class T>
List<std::tuple<int64_t, T>>* gen_list_enumerate(List<T>* l, int64_t start);  // enumerate(l), l rooted
template <class T>
List<T>* gen_list_slice(List<T>* l, int64_t lo, int64_t count, int64_t step);  // l rooted while the slice is made
template <class T>
List<T>* gen_list_repeat(List<T>* l, int64_t total, int64_t n);  // l * n: l rooted while the result is made
template <class T>                                               // l[lo:hi] = v: l and v rooted while l grows
void gen_list_setslice(List<T>* l, bool has_lo, int64_t lo, bool has_hi, int64_t hi, List<T>* v);
// Items lo..len-1 of a list of references dropped (after a del or a slice assignment that shrank
// it): nulled, so that they keep nothing alive (a null needs no barrier).
template <class T>
inline void gen_clear_tail(List<T>* l, int64_t lo, int64_t len) {
  for (int64_t i = lo; i < len; ++i) l->items[i] = T{};
}

template <class T>
inline T* alloc_items(int64_t n) {
  if (n <= 0) n = 1;
  size_t bytes = alloc_size(n, sizeof(T));
  return static_cast<T*>(holds_pointers<T> ? gc_alloc(bytes) : gc_alloc_atomic(bytes));
}

// n items from src to dst (a prebuilt list's items from their static array).
template <class T, class U>
inline void copy_items(const U* src, int64_t n, T* dst) {
  for (int64_t i = 0; i < n; ++i) dst[i] = src[i];
}

// A small list's first items live in the same block as its header (one allocation instead of
// two; growing moves them to a block of their own). Bigger ones keep their items apart, where an
// array of numbers is never scanned for pointers.
constexpr size_t kListInlineBytes = 128;
template <class T>
inline List<T>* list_new(int64_t n) {  // n default-initialised items
  if constexpr (gen_items<T>) return gen_list_new<T>(n, nullptr);
  int64_t cap = n < 4 ? 4 : n;
  if (cap <= static_cast<int64_t>(kListInlineBytes / sizeof(T)) && alignof(T) <= alignof(List<T>)) {
    auto* l = static_cast<List<T>*>(gc_alloc(sizeof(List<T>) + sizeof(T) * static_cast<size_t>(cap)));  // zeroed by the collector
    l->len = n;
    l->cap = cap;
    l->items = reinterpret_cast<T*>(l + 1);
    return l;
  }
  auto* l = static_cast<List<T>*>(gc_alloc(sizeof(List<T>)));
  l->len = n;
  l->cap = cap;
  l->items = alloc_items<T>(cap);
  if (!holds_pointers<T>) std::memset(static_cast<void*>(l->items), 0, sizeof(T) * static_cast<size_t>(cap));
  return l;
}

template <class T>
inline List<T>* list_of(std::initializer_list<T> xs) {
  static_assert(!gen_items<T>, "--gc=gen: a list display of references is built item by item (emit_expr.cpp)");
  auto* l = list_new<T>(static_cast<int64_t>(xs.size()));
  int64_t i = 0;
  for (const T& x : xs) l->items[i++] = x;
  return l;
}

// Out of line: the append fast path below stays a compare, a store and an increment.
template <class T>
[[gnu::noinline]] void list_grow(List<T>* l, int64_t need) {
  static_assert(!gen_items<T>, "--gc=gen: gen_list_grow roots the list");
  int64_t cap = l->cap + (l->cap >> 1) + 8;
  if (cap < need) cap = need;
  T* n = alloc_items<T>(cap);
  std::memcpy(static_cast<void*>(n), l->items, sizeof(T) * static_cast<size_t>(l->len));
  l->items = n;
  l->cap = cap;
}

template <class T>
[[gnu::always_inline]] inline void list_append(List<T>* l, std::type_identity_t<T> x) {
  if constexpr (gen_items<T>) {
    if (l->len == l->cap) gen_list_grow<T>(l, l->len + 1, &x);
    gen_item_barrier(l, l->len);
    l->items[l->len++] = x;
  } else {
    if (l->len == l->cap) list_grow(l, l->len + 1);
    l->items[l->len++] = x;
  }
}

template <class T>
[[gnu::always_inline]] inline int64_t list_index_check(const List<T>* l, int64_t i) {
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(l->len)) {
    if (i < 0 && i + l->len >= 0) return i + l->len;
    raise_index_error("list index out of range");
  }
  return i;
}
template <class T>
[[gnu::always_inline]] inline T list_get(const List<T>* l, int64_t i) {
  return l->items[list_index_check(l, i)];
}
template <class T>
[[gnu::always_inline]] inline void list_set(List<T>* l, int64_t i, std::type_identity_t<T> x) {
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(l->len)) {
    if (i < 0 && i + l->len >= 0)
      i += l->len;
    else
      raise_index_error("list assignment index out of range");
  }
  if constexpr (gen_items<T>) gen_item_barrier(l, i);
  l->items[i] = x;
}
template <class T>
inline int64_t len(const List<T>* l) {
  return l->len;
}

inline void slice_bounds(int64_t len, bool has_lo, int64_t& lo, bool has_hi, int64_t& hi) {
  if (!has_lo) lo = 0;
  if (!has_hi) hi = len;
  if (lo < 0) {
    lo += len;
    if (lo < 0) lo = 0;
  }
  if (lo > len) lo = len;
  if (hi < 0) {
    hi += len;
    if (hi < 0) hi = 0;
  }
  if (hi > len) hi = len;
  if (hi < lo) hi = lo;
}

// Python's slice indices for a step (PySlice_AdjustIndices): lo and hi for iterating
// `for (i = lo; step > 0 ? i < hi : i > hi; i += step)`.
inline void slice_bounds_step(int64_t len, bool has_lo, int64_t& lo, bool has_hi, int64_t& hi, int64_t step) {
  if (step > 0) return slice_bounds(len, has_lo, lo, has_hi, hi);
  if (!has_lo) {
    lo = len - 1;
  } else if (lo < 0) {
    lo += len;
    if (lo < 0) lo = -1;
  } else if (lo >= len) {
    lo = len - 1;
  }
  if (!has_hi) {
    hi = -1;
  } else if (hi < 0) {
    hi += len;
    if (hi < 0) hi = -1;
  } else if (hi >= len) {
    hi = len - 1;
  }
}

template <class T>
List<T>* list_slice(const List<T>* l, bool has_lo, int64_t lo, bool has_hi, int64_t hi) {
  slice_bounds(l->len, has_lo, lo, has_hi, hi);
  if constexpr (gen_items<T>) return gen_list_slice<T>(const_cast<List<T>*>(l), lo, hi - lo, 1);
  auto* r = list_new<T>(hi - lo);
  std::memcpy(static_cast<void*>(r->items), l->items + lo, sizeof(T) * static_cast<size_t>(hi - lo));
  return r;
}

template <class T>
List<T>* list_slice_step(const List<T>* l, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step);

template <class T>
List<T>* list_concat(const List<T>* a, const List<T>* b) {
  auto* r = list_new<T>(a->len + b->len);
  std::memcpy(static_cast<void*>(r->items), a->items, sizeof(T) * static_cast<size_t>(a->len));
  std::memcpy(static_cast<void*>(r->items + a->len), b->items, sizeof(T) * static_cast<size_t>(b->len));
  return r;
}

template <class T>
void list_extend(List<T>* a, const List<T>* b) {
  if constexpr (gen_items<T>) {  // a[len:len] = b: both rooted while a grows (b may be a)
    gen_list_setslice<T>(a, true, a->len, true, a->len, const_cast<List<T>*>(b));
  } else {
    int64_t n = b->len;
    if (a->len + n > a->cap) list_grow(a, a->len + n);
    std::memmove(static_cast<void*>(a->items + a->len), b->items, sizeof(T) * static_cast<size_t>(n));
    a->len += n;
  }
}

template <class T>
List<T>* list_repeat(const List<T>* a, int64_t n) {
  if (n < 0) n = 0;
  int64_t total;
  if (__builtin_mul_overflow(a->len, n, &total)) raise_memory_error();
  if constexpr (gen_items<T>) return gen_list_repeat<T>(const_cast<List<T>*>(a), total, n);
  auto* r = list_new<T>(total);
  for (int64_t k = 0; k < n; ++k) std::memcpy(static_cast<void*>(r->items + k * a->len), a->items, sizeof(T) * static_cast<size_t>(a->len));
  return r;
}

// [x] * n: n copies of x (none when n < 0). list_new's items are already zero (null pointers,
// 0, 0.0, false), so only another value is stored.
template <class T>
List<T>* list_filled(int64_t n, T x) {
  List<T>* l;
  if constexpr (gen_items<T>) {
    l = gen_list_new<T>(n < 0 ? 0 : n, &x);
    gen_item_barrier(l, -1);
  } else {
    l = list_new<T>(n < 0 ? 0 : n);
  }
  bool zero;
  if constexpr (std::is_arithmetic_v<T>) {
    T z{};
    zero = std::memcmp(&x, &z, sizeof(T)) == 0;  // not -0.0
  } else if constexpr (std::is_pointer_v<T> || std::is_null_pointer_v<T>) {
    zero = x == nullptr;
  } else {
    zero = false;
  }
  if (!zero)
    for (int64_t i = 0; i < l->len; ++i) l->items[i] = x;
  return l;
}

template <class T>
T list_pop(List<T>* l, int64_t i) {
  if (l->len == 0) raise_index_error("pop from empty list");
  if (i < 0) i += l->len;
  if (i < 0 || i >= l->len) raise_index_error("pop index out of range");
  T x = l->items[i];
  if constexpr (gen_items<T>) gen_item_barrier(l, -1);
  std::memmove(static_cast<void*>(l->items + i), l->items + i + 1, sizeof(T) * static_cast<size_t>(l->len - i - 1));
  --l->len;
  if constexpr (gen_items<T>) l->items[l->len] = T{};  // keeps nothing alive (a null needs no barrier)
  return x;
}
template <class T>
[[gnu::always_inline]] inline T list_pop_last(List<T>* l) {
  if (__builtin_expect(l->len == 0, 0)) raise_index_error("pop from empty list");
  if constexpr (gen_items<T>) {
    T x = l->items[--l->len];
    l->items[l->len] = T{};  // keeps nothing alive (a null needs no barrier)
    return x;
  } else {
    return l->items[--l->len];
  }
}

template <class T>
void list_insert(List<T>* l, int64_t i, std::type_identity_t<T> x) {
  if (i < 0) {
    i += l->len;
    if (i < 0) i = 0;
  }
  if (i > l->len) i = l->len;
  if constexpr (gen_items<T>) {
    if (l->len == l->cap) gen_list_grow<T>(l, l->len + 1, &x);
    gen_item_barrier(l, -1);
  } else if (l->len == l->cap) {
    list_grow(l, l->len + 1);
  }
  std::memmove(static_cast<void*>(l->items + i + 1), l->items + i, sizeof(T) * static_cast<size_t>(l->len - i));
  l->items[i] = x;
  ++l->len;
}

template <class T>
void list_reverse(List<T>* l) {
  if constexpr (gen_items<T>) gen_item_barrier(l, -1);
  for (int64_t i = 0, j = l->len - 1; i < j; ++i, --j) std::swap(l->items[i], l->items[j]);
}

template <class T>
void list_setslice(List<T>* l, bool has_lo, int64_t lo, bool has_hi, int64_t hi, const List<T>* v) {
  if constexpr (gen_items<T>) {
    gen_list_setslice<T>(l, has_lo, lo, has_hi, hi, const_cast<List<T>*>(v));
  } else {
    slice_bounds(l->len, has_lo, lo, has_hi, hi);
    int64_t n = v->len, old = hi - lo, newlen = l->len - old + n;
    T* src = v->items;
    if (v == l) {  // a[i:j] = a
      T* copy = alloc_items<T>(n);
      std::memcpy(static_cast<void*>(copy), v->items, sizeof(T) * static_cast<size_t>(n));
      src = copy;
    }
    if (newlen > l->cap) list_grow(l, newlen);
    std::memmove(static_cast<void*>(l->items + lo + n), l->items + hi, sizeof(T) * static_cast<size_t>(l->len - hi));
    std::memcpy(static_cast<void*>(l->items + lo), src, sizeof(T) * static_cast<size_t>(n));
    l->len = newlen;
  }
}
template <class T>
void list_delslice(List<T>* l, bool has_lo, int64_t lo, bool has_hi, int64_t hi) {
  slice_bounds(l->len, has_lo, lo, has_hi, hi);
  if constexpr (gen_items<T>) gen_item_barrier(l, -1);  // items move: the whole array remembered
  std::memmove(static_cast<void*>(l->items + lo), l->items + hi, sizeof(T) * static_cast<size_t>(l->len - hi));
  l->len -= hi - lo;
  if constexpr (gen_items<T>) gen_clear_tail(l, l->len, l->len + (hi - lo));
}
[[noreturn, gnu::cold, gnu::noinline]] void raise_value_error(const char* msg);
[[noreturn, gnu::cold, gnu::noinline]] void raise_extended_slice_size(int64_t given, int64_t slice);

// del l[lo:hi:step]
template <class T>
void list_delslice_step(List<T>* l, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step) {
  if (step == 0) raise_value_error("slice step cannot be zero");
  if (step == 1) return list_delslice(l, has_lo, lo, has_hi, hi);
  int64_t n = l->len;
  slice_bounds_step(n, has_lo, lo, has_hi, hi, step);
  bool* gone = static_cast<bool*>(gc_alloc_atomic(static_cast<size_t>(n > 0 ? n : 1)));
  std::memset(gone, 0, static_cast<size_t>(n));
  for (int64_t i = lo; step > 0 ? i < hi : i > hi; i += step)
    if (i >= 0 && i < n) gone[i] = true;
  int64_t j = 0;
  if constexpr (gen_items<T>) gen_item_barrier(l, -1);  // items move: the whole array remembered
  for (int64_t i = 0; i < n; ++i)
    if (!gone[i]) l->items[j++] = l->items[i];
  l->len = j;
  if constexpr (gen_items<T>) gen_clear_tail(l, j, n);
}

// l[lo:hi:step] = v: with a step other than 1, v must have as many items as the slice selects
// (Python's ValueError otherwise) and the list keeps its length.
template <class T>
void list_setslice_step(List<T>* l, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step, const List<T>* v) {
  if (step == 0) raise_value_error("slice step cannot be zero");
  if (step == 1) return list_setslice(l, has_lo, lo, has_hi, hi, v);
  slice_bounds_step(l->len, has_lo, lo, has_hi, hi, step);
  int64_t count = 0;
  if (step > 0 && lo < hi) count = (hi - lo - 1) / step + 1;
  if (step < 0 && hi < lo) count = (lo - hi - 1) / (-step) + 1;
  if (v->len != count) raise_extended_slice_size(v->len, count);
  const T* src = v->items;
  if (v == l) {  // a[::2] = a: read the items before any is replaced
    T* copy = alloc_items<T>(count);
    std::memcpy(static_cast<void*>(copy), v->items, sizeof(T) * static_cast<size_t>(count));
    src = copy;
  }
  if constexpr (gen_items<T>) gen_item_barrier(l, -1);
  for (int64_t k = 0, i = lo; k < count; ++k, i += step) l->items[i] = src[k];
}

template <class T>
void list_delitem(List<T>* l, int64_t i) {
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(l->len)) {
    if (i < 0 && i + l->len >= 0)
      i += l->len;
    else
      raise_index_error("list assignment index out of range");
  }
  if constexpr (gen_items<T>) gen_item_barrier(l, -1);  // items move: the whole array remembered
  std::memmove(static_cast<void*>(l->items + i), l->items + i + 1, sizeof(T) * static_cast<size_t>(l->len - i - 1));
  --l->len;
  if constexpr (gen_items<T>) l->items[l->len] = T{};
}

// Equality used by `in`, index, count, remove, ==: per item type.
inline bool eq(int64_t a, int64_t b) { return a == b; }
inline bool eq(double a, double b) { return a == b; }
template <class B>
requires std::is_same_v<B, bool>  // never a pointer converted to bool
inline bool eq(B a, B b) { return a == b; }
inline bool eq(char a, char b) { return a == b; }
inline bool eq(const Str* a, const Str* b) { return str_eq(a, b); }
inline bool eq(uint64_t a, uint64_t b) { return a == b; }
inline bool eq(int32_t a, int32_t b) { return a == b; }
inline bool eq(std::nullptr_t, std::nullptr_t) { return true; }
// Instances of the program's classes: identity, else their class's __eq__ where the annotator
// saw a list searched with == (Object::rpy_eq; identity where the class has none).
template <class T>
requires(!std::is_same_v<T, Str>)  // a Str* compares by value (above)
    inline bool eq(T* a, T* b) {
  if constexpr (std::is_base_of_v<Object, std::remove_cv_t<T>>)
    return a == b || (a && b && a->rpy_eq(b));
  else
    return a == b;
}
// Tuples compare item by item (items of any type eq knows: lists and tuples of tuples too).
template <class... T>
bool eq(const std::tuple<T...>& a, const std::tuple<T...>& b);
template <class... T, size_t... I>
bool tuple_eq(const std::tuple<T...>& a, const std::tuple<T...>& b, std::index_sequence<I...>) {
  return (eq(std::get<I>(a), std::get<I>(b)) && ...);
}
template <class... T>
bool eq(const std::tuple<T...>& a, const std::tuple<T...>& b) {
  return tuple_eq(a, b, std::index_sequence_for<T...>{});
}
template <class T>
inline bool eq(VTuple<T>* a, VTuple<T>* b);  // by value, not identity (rpy/vtuple.hpp)
template <class T>
bool eq(const List<T>* a, const List<T>* b) {
  if (a == b) return true;
  if (!a || !b || a->len != b->len) return false;
  for (int64_t i = 0; i < a->len; ++i)
    if (!eq(a->items[i], b->items[i])) return false;
  return true;
}
template <class T>
inline bool eq(List<T>* a, List<T>* b) {
  return eq(static_cast<const List<T>*>(a), static_cast<const List<T>*>(b));
}

// Traits of the runtime's representations, for comparisons across static types.
template <class T>
inline constexpr bool is_number_v = std::is_arithmetic_v<T> && !std::is_same_v<T, char>;  // a char is a str
// A bool as the int it is (std::cmp_equal and std::cmp_less take no bools).
template <class T>
constexpr auto unbool(T v) {
  if constexpr (std::is_same_v<T, bool>)
    return static_cast<int>(v);
  else
    return v;
}
template <class T>
struct ListTraits : std::false_type {};
template <class T>
struct ListTraits<List<T>*> : std::true_type {};
template <class T>
struct ListTraits<const List<T>*> : std::true_type {};
template <class T>
struct ListTraits<VTuple<T>*> : std::true_type {};
template <class T>
struct ListTraits<const VTuple<T>*> : std::true_type {};
template <class T>
struct VTupleTraits : std::false_type {};
template <class T>
struct VTupleTraits<VTuple<T>*> : std::true_type {};
template <class T>
struct VTupleTraits<const VTuple<T>*> : std::true_type {};
template <class T>
struct TupleTraits : std::false_type {};
template <class... T>
struct TupleTraits<std::tuple<T...>> : std::true_type {};

template <class A, class B>
bool eq_mixed(const A& a, const B& b);
template <class V, class... U>
bool vtuple_eq_tuple(const V& a, const std::tuple<U...>& b);
template <size_t I, class... T, class... U>
bool tuple_eq_mixed(const std::tuple<T...>& a, const std::tuple<U...>& b) {
  if constexpr (I == sizeof...(T))
    return true;
  else
    return eq_mixed(std::get<I>(a), std::get<I>(b)) && tuple_eq_mixed<I + 1>(a, b);
}

// == between values of possibly different static types, with Python's meaning: numbers by value,
// a char equals the str of that one character, lists and tuples item by item (`["x"] == ["xy"]`,
// `[1] == [1.0]`, `(1, "a") == (1.0, "a")`), instances by identity, None only to None.
template <class A, class B>
bool eq_mixed(const A& a, const B& b) {
  if constexpr (
      requires { a.has; } || requires { b.has; }) {
    return opt_eq(a, b);  // a number or tuple that may be None (rpy/opt.hpp)
  } else if constexpr ((std::is_same_v<A, Num> && (is_number_v<B> || std::is_same_v<B, Num>)) ||
                       (is_number_v<A> && std::is_same_v<B, Num>)) {
    return Num::of(a) == Num::of(b);  // a number whose kind is known at run time (rpy/num.hpp)
  } else if constexpr (is_number_v<A> && is_number_v<B>) {
    if constexpr (std::is_integral_v<A> && std::is_integral_v<B>) {
      return std::cmp_equal(unbool(a), unbool(b));
    } else
      return a == b;
  } else if constexpr (std::is_same_v<A, char> && std::is_same_v<B, char>) {
    return a == b;
  } else if constexpr (std::is_same_v<A, char> && std::is_convertible_v<B, const Str*>) {
    return str_eq_char(b, a);
  } else if constexpr (std::is_convertible_v<A, const Str*> && std::is_same_v<B, char>) {
    return str_eq_char(a, b);
  } else if constexpr (std::is_convertible_v<A, const Str*> && std::is_convertible_v<B, const Str*>) {
    return str_eq(a, b);
  } else if constexpr (ListTraits<A>::value && ListTraits<B>::value && VTupleTraits<A>::value != VTupleTraits<B>::value) {
    return false;  // a list is never equal to a tuple
  } else if constexpr (VTupleTraits<A>::value && TupleTraits<B>::value) {
    return vtuple_eq_tuple(a, b);
  } else if constexpr (TupleTraits<A>::value && VTupleTraits<B>::value) {
    return vtuple_eq_tuple(b, a);
  } else if constexpr (ListTraits<A>::value && ListTraits<B>::value) {
    if (static_cast<const void*>(a) == static_cast<const void*>(b)) return true;
    if (!a || !b || a->len != b->len) return false;
    for (int64_t i = 0; i < a->len; ++i)
      if (!eq_mixed(a->items[i], b->items[i])) return false;
    return true;
  } else if constexpr (TupleTraits<A>::value && TupleTraits<B>::value) {
    if constexpr (std::tuple_size_v<A> != std::tuple_size_v<B>)
      return false;
    else
      return tuple_eq_mixed<0>(a, b);
  } else if constexpr (std::is_same_v<A, B>) {
    return eq(a, b);
  } else if constexpr (std::is_pointer_v<A> && std::is_pointer_v<B> && std::is_convertible_v<A, const Object*> &&
                       std::is_convertible_v<B, const Object*>) {
    return static_cast<const Object*>(a) == static_cast<const Object*>(b);  // instances of one family
  } else if constexpr (std::is_null_pointer_v<A> && std::is_pointer_v<B>) {
    return b == nullptr;
  } else if constexpr (std::is_pointer_v<A> && std::is_null_pointer_v<B>) {
    return a == nullptr;
  } else {
    return false;
  }
}

// An item compared with a value of possibly another static type (`[1, 2].count(1.5)` is 0).
template <class T, class U>
inline bool item_eq(const T& a, const U& b) {
  if constexpr (std::is_same_v<T, U> || (!std::is_arithmetic_v<T> && std::is_convertible_v<const U&, T>))
    return eq(a, static_cast<T>(b));
  else
    return eq_mixed(a, b);
}

// x == item, the operands the other way round (Python 2.7's `in`).
template <class T, class U>
inline bool value_eq_item(const U& x, const T& item) {
  if constexpr (std::is_same_v<T, U> || (!std::is_arithmetic_v<T> && std::is_convertible_v<const U&, T>))
    return eq(static_cast<T>(x), item);
  else
    return eq_mixed(x, item);
}

// `x in l`: Python 3 compares each item with x (`item == x`: the item's __eq__ runs), Python 2.7
// x with each item (list_contains: `x == item`); index, count and remove take the item first in
// both.
template <class T, class U>
bool list_contains(const List<T>* l, const U& x) {
  if constexpr (!std::is_arithmetic_v<T>)
    if (python2) {
      for (int64_t i = 0; i < l->len; ++i)
        if (value_eq_item(x, l->items[i])) return true;
      return false;
    }
  for (int64_t i = 0; i < l->len; ++i)
    if (item_eq(l->items[i], x)) return true;
  return false;
}
[[noreturn, gnu::cold, gnu::noinline]] void raise_value_error(const char* msg);
// ValueError("<repr of x> is not in list"), as list.index says in Python 2.7 and 3 (rpy/io.hpp).
template <class U>
[[noreturn, gnu::cold, gnu::noinline]] void raise_not_in_list(const U& x);
template <class T, class U>
int64_t list_index(const List<T>* l, const U& x) {
  for (int64_t i = 0; i < l->len; ++i)
    if (item_eq(l->items[i], x)) return i;
  raise_not_in_list(x);
}
template <class T, class U>
int64_t list_count(const List<T>* l, const U& x) {
  int64_t n = 0;
  for (int64_t i = 0; i < l->len; ++i)
    if (item_eq(l->items[i], x)) ++n;
  return n;
}
template <class T, class U>
void list_remove(List<T>* l, const U& x) {
  for (int64_t i = 0; i < l->len; ++i)
    if (item_eq(l->items[i], x)) {
      list_delitem(l, i);
      return;
    }
  raise_value_error("list.remove(x): x not in list");
}

// Lists of strings: split and join.
Str* str_join(const Str* sep, const List<Str*>* items);
Str* str_join_chars(const Str* sep, const List<char>* items);
List<Str*>* str_split(const Str* s, const Str* sep, int64_t maxsplit);
List<Str*>* str_split_ws(const Str* s, int64_t maxsplit);

// range() materialised as a list (when not used directly by a for loop).
List<int64_t>* range_list(int64_t lo, int64_t hi, int64_t step);

}  // namespace rpy
