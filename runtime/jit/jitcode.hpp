// The JIT's view of the translated program (docs/JIT.md 6.2): jitcodes and descriptors, emitted
// by rpy's codewriter as constant tables in the generated C++ (layouts computed by the C++
// compiler through offsetof/sizeof), plus the conversions between C++ values and JIT words.
#pragma once
#include <array>
#include <cstdint>
#include <cstring>
#include <tuple>
#include <type_traits>

namespace rpy::jit {

// One machine word: an int64, a pointer, or a double's bits.
using Word = uint64_t;

// Kinds of values in registers: int (ints, bools, chars, function and class indexes), ref
// (pointers the GC knows), float.
enum Kind : uint8_t { kInt = 0, kRef = 1, kFloat = 2, kVoid = 3 };

// --- C++ values <-> words (chars are 0..255, as Python orders them)
inline Word w(int64_t v) { return static_cast<Word>(v); }
inline Word w(uint64_t v) { return v; }
inline Word w(int32_t v) { return static_cast<Word>(static_cast<int64_t>(v)); }
inline Word w(bool v) { return v ? 1 : 0; }
inline Word w(char v) { return static_cast<unsigned char>(v); }
inline Word w(double v) {
  Word x;
  std::memcpy(&x, &v, sizeof x);
  return x;
}
inline Word w(std::nullptr_t) { return 0; }
template <class T>
inline Word w(T* p) {
  return static_cast<Word>(reinterpret_cast<uintptr_t>(p));
}
template <class T>
inline Word w(const T* p) {
  return static_cast<Word>(reinterpret_cast<uintptr_t>(p));
}

template <class T>
inline T unw(Word x) {
  if constexpr (std::is_same_v<T, bool>) {
    return x != 0;
  } else if constexpr (std::is_same_v<T, char>) {
    return static_cast<char>(static_cast<unsigned char>(x));
  } else if constexpr (std::is_same_v<T, double>) {
    double d;
    std::memcpy(&d, &x, sizeof d);
    return d;
  } else if constexpr (std::is_pointer_v<T>) {
    return reinterpret_cast<T>(static_cast<uintptr_t>(x));
  } else if constexpr (std::is_same_v<T, std::nullptr_t>) {
    return nullptr;
  } else {
    return static_cast<T>(x);
  }
}

// Tuples travel as one word per item, a nested tuple as its items' words in place.
template <class T>
struct TupleWords {
  static constexpr size_t n = 1;
  static void put(const T& x, Word* out) { out[0] = w(x); }
  static T get(const Word* in) { return unw<T>(in[0]); }
};
template <class... T>
struct TupleWords<std::tuple<T...>> {
  static constexpr size_t n = (size_t{0} + ... + TupleWords<T>::n);
  // where each item's words start
  static constexpr std::array<size_t, sizeof...(T) + 1> starts() {
    std::array<size_t, sizeof...(T) + 1> a{};
    size_t sizes[] = {TupleWords<T>::n..., 0};
    for (size_t i = 0; i < sizeof...(T); ++i) a[i + 1] = a[i] + sizes[i];
    return a;
  }
  static void put(const std::tuple<T...>& t, Word* out) {
    constexpr auto at = starts();
    put_items(t, out, at, std::index_sequence_for<T...>{});
  }
  template <size_t... I>
  static void put_items(const std::tuple<T...>& t, Word* out, const std::array<size_t, sizeof...(T) + 1>& at, std::index_sequence<I...>) {
    (TupleWords<std::tuple_element_t<I, std::tuple<T...>>>::put(std::get<I>(t), out + at[I]), ...);
  }
  static std::tuple<T...> get(const Word* in) { return get_items(in, std::index_sequence_for<T...>{}); }
  template <size_t... I>
  static std::tuple<T...> get_items(const Word* in, std::index_sequence<I...>) {
    constexpr auto at = starts();
    return std::tuple<T...>(TupleWords<std::tuple_element_t<I, std::tuple<T...>>>::get(in + at[I])...);
  }
};
template <class... T>
inline void w_tuple(const std::tuple<T...>& t, Word* out) {
  TupleWords<std::tuple<T...>>::put(t, out);
}
template <class Tup>
inline Tup unw_tuple(const Word* in) {
  return TupleWords<Tup>::get(in);
}

// --- descriptors

// An instance attribute (offset in its class's C++ struct) or a field of a runtime structure.
struct FieldDescr {
  uint32_t offset;
  uint8_t size;  // 1, 4 or 8
  Kind kind;
  bool is_signed;
  const char* name;
  // _immutable_fields_: 1 the field never changes once the object is built (a constant object's
  // field is a constant in traces), 2 also the items of the list it holds ('name[*]').
  uint8_t immutable;
};

// The item type of a list (rpy::List<T>: len, cap, items*).
struct ListDescr {
  uint8_t item_size;
  Kind item_kind;
  bool is_signed;
  const char* name;
};

// A function with the uniform signature the JIT calls: arguments and results as words.
using CallFn = void (*)(const Word* args, Word* results);

// kFoldable: a function of its operands' values that may raise (a helper's `s[i]` of a str): the
// tracer records its result as a constant when the operands are constants, else an ordinary call.
enum CallFlags : uint8_t { kCanRaise = 1, kElidable = 2, kLoopInvariant = 4, kFoldable = 8 };

struct CallDescr {
  CallFn fn;
  const char* arg_kinds;     // one char per argument word: 'i', 'r', 'f'
  const char* result_kinds;  // one char per result word ("" for none)
  uint8_t flags;
  const char* name;  // what is called (a Python function, or the operation a helper performs)
  // A call of a portal's graph (an interpreter calling a function of its language): the index of
  // that portal's driver, else -1. The tracer inlines such a call up to the callee's merge point
  // and calls the callee's compiled code from there (call_assembler, docs/JIT.md 7.7).
  int16_t portal = -1;
};

// A class of the program (or a builtin exception class).
struct ClassDescr {
  // The first word of every instance: null until the tracer records the class's first
  // allocation (Tracer::record_new), which every virtual object of the class comes from.
  mutable const void* vtable;
  void* (*alloc)();                // a new instance, fields at their defaults (no __init__)
  bool (*is_instance)(void* obj);  // the object is an instance of this class or a subclass
  const char* name;
  // An instance built in place (fields at their defaults) in `size` bytes at p: how compiled code
  // builds the instances that escape analysis keeps in its stack frame; null for the classes it
  // never does (exceptions, classes with __del__).
  uint32_t size;
  void (*construct_at)(void* p);
};

enum Status : int { kGoOn = 0, kReenter = 1, kReturn = 2, kRaise = 3 };

// try/except in a jitcode: an exception raised at a pc in [start, end) goes to handler.
struct Handler {
  uint32_t start, end, handler;
};

// pc -> line of the source (the entry applies from its pc to the next entry's).
struct LineEntry {
  uint32_t pc;
  int32_t line;
};

// The registers live at a resume point (docs/JIT.md 6.7): at a guard-producing instruction the
// registers it and what follows read; at a call, those the caller reads after it returns.
// live_regs[at...]: the counts of int, ref and float registers, then the registers.
struct LiveEntry {
  uint32_t pc;
  uint32_t at;
};

struct JitCode {
  const char* name;  // Python qualified name
  const char* file;  // .py file
  const uint8_t* code;
  uint32_t len;
  uint16_t num_regs[3];    // variables and temporaries per kind; constants follow
  uint16_t num_consts[3];  // per kind
  Word* consts[3];         // constant pools, filled at start-up
  const Handler* handlers;
  uint16_t num_handlers;
  const LineEntry* lines;
  uint32_t num_lines;
  const char* result_kinds;  // the graph's result words ("" for None, one char per tuple item)
  const LiveEntry* live;     // sorted by pc
  uint32_t num_live;
  const uint16_t* live_regs;
};

// A JitDriver: its portal jitcode and where its merge point is.
struct DriverDescr {
  const char* name;
  uint16_t num_greens, num_reds;
  const char* kinds;         // kinds of the greens then the reds ('i', 'r', 'f')
  const char* const* names;  // their names
  const uint16_t* regs;      // their registers in the portal jitcode
  uint16_t portal;           // jitcode index
  uint32_t merge_pc;         // pc of the jit_merge_point instruction
  uint32_t after_pc;         // the pc following it
  char result_kind;          // the portal's result: 'v', 'i', 'r', 'f' or 't' (result_kinds)
  const char* result_kinds;
  const CallDescr* printable_location;  // get_printable_location(greens) -> str, or null
  // One char per green: 's' a str or unicode (an rpy::Str*, possibly None) that the green key
  // holds by value, as RPython's warmstate compares and hashes them (equal_whatever,
  // hash_whatever); '-' any other green, compared by identity (refs) or by its bits.
  const char* green_values;
};

// Everything the JIT knows about one translated program.
struct Program {
  JitCode* codes;
  uint32_t num_codes;
  const FieldDescr* fields;
  const ListDescr* lists;
  const CallDescr* calls;
  ClassDescr* classes;
  DriverDescr* drivers;
  uint32_t num_drivers;
};

}  // namespace rpy::jit
