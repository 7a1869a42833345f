// Output and formatting: buffered stdout for print, os.write/os.read, and the str()/repr() of
// every runtime value appended to a buffer.
#pragma once
#include <tuple>
#include <type_traits>

#include "rpy/exceptions.hpp"
#include "rpy/list.hpp"

namespace rpy {

// A growing byte buffer whose storage has a Str's layout: to_str() hands the storage itself over
// as the result when little of it is unused (no copy), else copies the bytes into an exact-size
// Str. Either way the result is never written again: after a hand-over the next put copies.
struct Buffer {
  char* data;
  int64_t len, cap;
  Buffer() : data(new_block(64)), len(0), cap(64) {}
  void reserve(int64_t extra);
  void put(const char* p, int64_t n) {
    if (n <= 0) return;  // p may be null then (memcpy must not see it)
    if (len + n > cap) reserve(n);
    std::memcpy(data + len, p, static_cast<size_t>(n));
    len += n;
  }
  void put(char c) {
    if (len + 1 > cap) reserve(1);
    data[len++] = c;
  }
  Str* to_str();
  // The data of a new Str with room for cap bytes and the NUL.
  static char* new_block(int64_t cap) { return static_cast<Str*>(gc_alloc_atomic(alloc_size(cap, 1, offsetof(Str, data) + 1)))->data; }
};

// str(x) and repr(x) appended to a buffer, for every runtime type.
void append_str(Buffer& b, int64_t v);
void append_str(Buffer& b, uint64_t v);   // r_uint
void append_repr(Buffer& b, uint64_t v);  // Python 2: r_uint is a long, 5L
void append_str(Buffer& b, double v);
void append_str(Buffer& b, bool v);
void append_str(Buffer& b, char v);
void append_str(Buffer& b, const Str* v);
inline void append_repr(Buffer& b, int64_t v) { append_str(b, v); }
void append_repr(Buffer& b, double v);  // the shortest repr (str() differs in Python 2)
inline void append_repr(Buffer& b, bool v) { append_str(b, v); }
void append_repr(Buffer& b, char v);
void append_repr(Buffer& b, const Str* v);
inline void append_str(Buffer& b, std::nullptr_t) { b.put("None", 4); }
inline void append_repr(Buffer& b, std::nullptr_t) { b.put("None", 4); }
void append_str(Buffer& b, const Object* o);
void append_repr(Buffer& b, const Object* o);

// repr of a list of references to rpy's collector (rpy/gc_gen.hpp): the list and the item being
// converted rooted while its __repr__ runs.
template <class T>
void gen_append_list_repr(Buffer& b, List<T>* l);
template <class T>
void append_repr(Buffer& b, const List<T>* l) {
  if constexpr (gen_items<List<T>*>) {  // --gc=gen: each item's __repr__ may move the list
    gen_append_list_repr(b, const_cast<List<T>*>(l));
    return;
  }
  if (!l) {
    b.put("None", 4);
    return;
  }
  b.put('[');
  for (int64_t i = 0; i < l->len; ++i) {
    if (i) b.put(", ", 2);
    append_repr(b, l->items[i]);
  }
  b.put(']');
}
template <class T>
void append_str(Buffer& b, const List<T>* l) {
  append_repr(b, l);
}
template <class... T>
void append_repr(Buffer& b, const std::tuple<T...>& t) {
  b.put('(');
  std::apply(
      [&](const auto&... x) {
        int i = 0;
        ((b.put(", ", i++ ? 2 : 0), append_repr(b, x)), ...);
      },
      t);
  if (sizeof...(T) == 1) b.put(',');
  b.put(')');
}
template <class... T>
void append_str(Buffer& b, const std::tuple<T...>& t) {
  append_repr(b, t);
}

template <class U>
void raise_not_in_list(const U& x) {
  Buffer b;
  if constexpr (requires { append_repr(b, x); }) {
    append_repr(b, x);
    b.put(" is not in list", 15);
  } else {  // a value whose repr rpy cannot give (a function; an instance shows its address)
    b.put("list.index(x): x not in list", 28);
  }
  make_exc<ValueError>(b.to_str())->raise_self();
  __builtin_unreachable();
}

template <class T>
Str* to_str(const T& v) {
  Buffer b;
  append_str(b, v);
  return b.to_str();
}
template <class T>
Str* repr(const T& v) {
  Buffer b;
  append_repr(b, v);
  return b.to_str();
}

// Standard output used by print: buffered, flushed at exit and before os.write on fd 1 or 2.
void out_write(const char* p, int64_t n);
void out_flush();
// Flushes the output at exit; a write that failed (a full disk, a closed stdout) is reported on
// stderr as Python reports it, and makes the exit status 1 (0 otherwise).
int out_status();
template <class T>
inline void print_item(const T& v) {
  Buffer b;
  append_str(b, v);
  out_write(b.data, b.len);
}
inline void print_item(const Str* s) {
  if (s)
    out_write(s->data, s->len);
  else
    out_write("None", 4);
}
inline void print_item(char c) { out_write(&c, 1); }
void print_item(int64_t v);
inline void print_raw(const char* p, int64_t n) { out_write(p, n); }
// print(..., file=sys.stderr): while one is alive, print's output collects in a buffer that its
// end writes to stderr, after stdout's buffer, as sys.stderr.write does (also when a __str__
// raises half-way: Python 3's stderr is line-buffered, and what was printed stays printed).
struct PrintToStderr {
  PrintToStderr();
  ~PrintToStderr();
  PrintToStderr(const PrintToStderr&) = delete;
  PrintToStderr& operator=(const PrintToStderr&) = delete;
  Buffer buf;
  Buffer* saved;
};

// "[Errno N] strerror(N)" (+ ": 'path'"), the message of OSError/IOError.
Str* errno_message(int err, const Str* path);
// Python 3's OSError of an errno: the subclass CPython picks for it (FileNotFoundError for
// ENOENT...), else OSError itself.
extern bool python2;
OSError* make_os_error3(int err);
template <class E>
[[noreturn]] void raise_errno(int err, const Str* path = nullptr) {
  E* e;
  if constexpr (std::is_same_v<E, OSError> || std::is_same_v<E, IOError>) {
    if (!python2) {  // Python 3: IOError is OSError, and errno picks the class
      OSError* o = make_os_error3(err);
      o->errno_ = err;
      o->message = errno_message(err, path);
      o->raise_self();
      __builtin_unreachable();
    }
  }
  e = make<E>();
  e->errno_ = err;
  e->message = errno_message(err, path);
  e->raise_self();
  __builtin_unreachable();
}

extern List<Str*>* sys_argv;  // the process's arguments (entry_point's argv, sys.argv)

int64_t os_write(int64_t fd, const Str* s);
struct ByteArray;
int64_t os_write(int64_t fd, const ByteArray* b);  // a bytearray's bytes, as they are now
Str* os_read(int64_t fd, int64_t n);
int64_t os_open(const Str* path, int64_t flags, int64_t mode);
void os_close(int64_t fd);
[[noreturn]] void sys_exit(int64_t status);
struct BaseException;
[[noreturn]] void sys_exit_none();                 // sys.exit() and sys.exit(None)
[[noreturn]] void sys_exit_message(Str* message);  // sys.exit("text"): printed to stderr, status 1
// The exit status of an uncaught SystemExit (printing its message first when its code is not an
// int or None, as Python does).
int system_exit_status(BaseException* e);
double time_time();
double time_clock();

}  // namespace rpy
