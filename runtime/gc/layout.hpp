// Type descriptors computed from C++ types: where the references are in a value of type T (a
// pointer, a tuple of values, a bound method), and the id of "an array of T" (the items of a
// List<T>, the entries of a dict), registered on first use. docs/GC.md, "Object header".
#pragma once
#include <cstddef>
#include <cstdint>
#include <new>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

#include "gc/types.hpp"

namespace rpy::gc {

// Layout<T>::add(out, base) appends the offsets of the references inside a T placed at `base`.
// Pointers to class types are references (every such pointer the runtime stores in its
// containers points to a heap or prebuilt object); numbers, chars, bools and enums are not.
template <class T, class = void>
struct Layout;

template <class T>
struct Layout<T, std::enable_if_t<std::is_arithmetic_v<T> || std::is_enum_v<T> || std::is_same_v<T, std::nullptr_t>>> {
  static void add(std::vector<uint32_t>&, uint32_t) {}
};
template <class T>
struct Layout<T*, std::enable_if_t<std::is_class_v<T>>> {
  static void add(std::vector<uint32_t>& out, uint32_t base) { out.push_back(base); }
};
template <class... T>
struct Layout<std::tuple<T...>> {
  static void add(std::vector<uint32_t>& out, uint32_t base) { add_each(out, base, std::index_sequence_for<T...>{}); }

 private:
  // std::tuple's layout is the library's: take each element's offset from a value.
  template <size_t... I>
  static void add_each(std::vector<uint32_t>& out, uint32_t base, std::index_sequence<I...>) {
    alignas(std::tuple<T...>) unsigned char buf[sizeof(std::tuple<T...>)];
    auto* t = new (buf) std::tuple<T...>();
    auto offset = [&](const void* field) {
      return static_cast<uint32_t>(static_cast<const unsigned char*>(field) - reinterpret_cast<unsigned char*>(t));
    };
    (Layout<std::tuple_element_t<I, std::tuple<T...>>>::add(out, base + offset(&std::get<I>(*t))), ...);
    t->~tuple();
  }
};

// Whether a T holds references at all (an array of numbers is never scanned).
template <class T>
bool has_refs() {
  std::vector<uint32_t> v;
  Layout<T>::add(v, 0);
  return !v.empty();
}

// The array of T: { int64 len; T items[len]; }, its items from this offset.
template <class T>
constexpr uint32_t kArrayItemsOffset = (sizeof(int64_t) + alignof(T) - 1) / alignof(T) * alignof(T);

template <class T>
uint32_t array_type_id() {
  static const uint32_t id = [] {
    TypeDesc d;
    d.name = typeid(T).name();
    d.fixed_size = kArrayItemsOffset<T>;
    d.item_size = sizeof(T);
    d.length_offset = 0;
    Layout<T>::add(d.item_ptr_offsets, 0);
    return register_type(std::move(d));
  }();
  return id;
}

}  // namespace rpy::gc
