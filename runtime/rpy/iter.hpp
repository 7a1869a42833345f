// Iterators: one abstract type per element type (rpy::Iterator<T>), implemented by generators
// (C++20 coroutines whose frames live in GC memory), list and string iterators.
#pragma once
#include <coroutine>
#include <cstdint>
#include <tuple>
#include <type_traits>

#include "rpy/core.hpp"
#include "rpy/exceptions.hpp"
#include "rpy/list.hpp"
#include "rpy/str.hpp"

namespace rpy {

template <class T>
struct Iterator : Object {
  // Stores the next element in `out` and returns true, or returns false when exhausted.
  virtual bool step(T& out) = 0;
  // The iterator is dropped unfinished (a for loop over a fresh generator left by break, return
  // or an exception): a generator whose yield lies inside try/finally or with is closed, as
  // CPython closes it when its last reference goes (see Generator::close).
  virtual void dropped() {}
  const char* rpy_class_name() const override { return "iterator"; }
};

// Closes the iterator a for loop made when the loop is left (its destructor: break, return,
// an exception); a loop that ran to the end leaves nothing to close.
template <class T>
struct DropIterator {
  Iterator<T>** it;
  ~DropIterator() {
    if (*it) (*it)->dropped();
  }
};

[[noreturn]] inline void raise_stop_iteration() { make<StopIteration>()->raise_self(); }
[[noreturn, gnu::cold, gnu::noinline]] void raise_generator_exit();
inline bool generator_closing = false;               // see GenBody::promise_type::YieldAwaiter
inline BaseException* generator_throwing = nullptr;  // Generator::throw_in: raised at the suspended yield
// CPython's "Exception ignored in: <generator object NAME at 0x...>" on stderr: an exception
// raised while a dropped generator closes goes nowhere else.
void report_ignored_in_generator(const char* name, const void* gen, BaseException* e);

template <class T>
inline T iter_next(Iterator<T>* it) {
  T v{};
  if (!it->step(v)) raise_stop_iteration();
  return v;
}
template <class T, class D>
inline T iter_next_default(Iterator<T>* it, D d) {
  T v{};
  if (!it->step(v)) return static_cast<T>(d);
  return v;
}

// A type whose values hold nothing but None (None, or a tuple of such: the items of
// itertools.pairwise([]) or combinations([], 2) when no item type is ever known): every value
// of it is the same, so a generator's step need not copy the yielded one. (g++ 12's SLP
// vectoriser crashes, an internal compiler error in fold_convert_loc, on that copy into
// list_from_iter's item inlined after the coroutine's resume.)
template <class T>
inline constexpr bool none_only = std::is_same_v<T, std::nullptr_t>;
template <class... Ts>
inline constexpr bool none_only<std::tuple<Ts...>> = (none_only<Ts> && ...);

// ---- generators
template <class T>
struct GenBody {
  struct promise_type {
    T value{};
    // Generator::close sets generator_closing and resumes the body: the suspended yield raises
    // GeneratorExit. (A flag, not a field the awaiter points to: g++ 12 read such a field wrong.)
    struct YieldAwaiter {
      bool await_ready() const noexcept { return false; }
      void await_suspend(std::coroutine_handle<>) const noexcept {}
      void await_resume() const {
        if (__builtin_expect(generator_closing, 0)) {
          generator_closing = false;
          raise_generator_exit();
        }
        if (__builtin_expect(generator_throwing != nullptr, 0)) {
          BaseException* e = generator_throwing;
          generator_throwing = nullptr;
          e->raise_self();
        }
      }
    };
    GenBody get_return_object() { return GenBody{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    YieldAwaiter yield_value(T v) {
      value = v;
      return {};
    }
    void return_void() {}
    void unhandled_exception() { throw; }
    // Frames are GC memory: the collector sees the generator's locals.
    static void* operator new(size_t n) { return gc_alloc(n); }
    static void operator delete(void*) noexcept {}
  };
  std::coroutine_handle<promise_type> h;
  // Runs the body up to its next yield or its end (--gc=gen's precise bodies, rpy/gen_generator.hpp,
  // link their root frames on the shadow stack meanwhile).
  static void resume(std::coroutine_handle<promise_type> c) { c.resume(); }
};

// What generator.throw() needs of a generator whatever its body's kind.
template <class T>
struct GeneratorBase : Iterator<T> {
  virtual T throw_in(BaseException* e) = 0;
};

// A generator object: its body (a coroutine of type Body: GenBody<T>, or --gc=gen's
// gen::GenBody<T> whose frame's references are roots of rpy's collector) run one yield at a time.
template <class T, class Body = GenBody<T>>
struct Generator : GeneratorBase<T> {
  std::coroutine_handle<typename Body::promise_type> h;
  bool running = false;
  bool started = false;
  bool needs_close = false;  // a yield inside try/finally or with: dropping it runs that code
  const char* name = "generator";
  explicit Generator(Body b, bool close = false, const char* fn = nullptr) : h(b.h), needs_close(close) {
    if (fn) name = fn;
  }
  // generator.close(): GeneratorExit at the suspended yield, so that the finally blocks and
  // with exits around it run; a generator never started or already finished has nothing to run.
  void close() {
    if (!h || h.done() || !started) {
      h = nullptr;
      return;
    }
    if (running) raise_exc<ValueError>("generator already executing");
    generator_closing = true;
    running = true;
    try {
      HandlerScope scope(nullptr);  // whatever the body raises is this function's to handle
      Body::resume(h);
    } catch (GeneratorExit*) {
      running = false;
      h = nullptr;
      return;
    } catch (StopIteration*) {
      running = false;
      h = nullptr;
      return;
    } catch (...) {
      running = false;
      h = nullptr;
      throw;
    }
    running = false;
    bool yielded = !h.done();
    h = nullptr;
    if (yielded) raise_exc<RuntimeError>("generator ignored GeneratorExit");
  }
  void dropped() override {
    if (!needs_close || !h) return;
    try {
      close();
    } catch (BaseException* e) {
      report_ignored_in_generator(name, this, e);
    }
  }
  bool step(T& out) override {
    if (!h || h.done()) return false;
    if (running) raise_exc<ValueError>("generator already executing");
    running = true;
    started = true;
    try {
      Body::resume(h);
    } catch (StopIteration*) {
      // A StopIteration escaping the body (a next() that ran dry): Python 2 ends the generator
      // with it (the consumer sees the end); Python 3 turns it into RuntimeError (PEP 479).
      running = false;
      h = nullptr;
      if (python2) return false;
      raise_exc<RuntimeError>("generator raised StopIteration");
    } catch (...) {
      running = false;
      h = nullptr;
      throw;
    }
    running = false;
    if (h.done()) {
      h = nullptr;
      return false;
    }
    if constexpr (none_only<T>)
      out = T{};
    else
      out = h.promise().value;
    return true;
  }
  const char* rpy_class_name() const override { return "generator"; }
  // generator.throw(e): e raised at the suspended yield (where the body may catch it); the value
  // it yields next is the result, StopIteration when it finishes. A generator not started or
  // finished raises e itself (and is finished).
  T throw_in(BaseException* e) override {
    if (!h || h.done() || !started) {
      h = nullptr;
      e->raise_self();
    }
    if (running) raise_exc<ValueError>("generator already executing");
    generator_throwing = e;
    T out{};
    if (!step(out)) raise_stop_iteration();
    return out;
  }
};

// generator.throw(e) of an iterator the annotator knows is a generator.
template <class T>
inline T gen_throw(Iterator<T>* it, BaseException* e) {
  auto* g = dynamic_cast<GeneratorBase<T>*>(it);
  if (!g) raise_exc<TypeError>("throw() of an iterator that is not a generator");
  return g->throw_in(e);
}

template <class T, class Body>
inline Iterator<T>* make_generator(Body b, bool needs_close = false, const char* name = nullptr) {
  return make<Generator<T, Body>>(b, needs_close, name);
}

// A generator whose body keeps no state of its own (lib/std/_rpy_itertools' lazy zip, map and
// filter): once it has ended, the next step runs the body again from the start (remake: the
// body's call with the same arguments), so that each step asks the iterators it holds again, as
// CPython's zip/map/filter objects do (they never stay exhausted by themselves).
template <class T, class F>
struct ResumingGenerator : Generator<T, decltype(std::declval<F&>()())> {
  using Base = Generator<T, decltype(std::declval<F&>()())>;
  F remake;  // a lambda holding the arguments by value (GC memory: the collector sees them)
  explicit ResumingGenerator(F f) : Base(f()), remake(f) {}
  bool step(T& out) override {
    if (!this->h || this->h.done()) {
      if (this->running) raise_exc<ValueError>("generator already executing");
      this->h = remake().h;
    }
    return Base::step(out);
  }
};
template <class T, class F>
inline Iterator<T>* make_resuming_generator(F f) {
  return make<ResumingGenerator<T, F>>(f);
}

// ---- iterators over builtin containers
template <class T>
struct ListIter : Iterator<T> {
  List<T>* l;
  int64_t i = 0;
  explicit ListIter(List<T>* l_) : l(l_) {}
  bool step(T& out) override {
    if (!l || i >= l->len) {
      l = nullptr;
      return false;
    }
    out = l->items[i++];
    return true;
  }
};
// --gc=gen (rpy/gen_generator.hpp): a ListIter whose list is on the collector, the list a root
// while the iterator lives.
template <class T>
Iterator<T>* gen_iter_list(List<T>* l);
template <class T>
inline Iterator<T>* iter_list(List<T>* l) {
  if constexpr (gen_items<T>) return gen_iter_list(l);
  return make<ListIter<T>>(l);
}

struct StrIter : Iterator<char> {
  Str* s;
  int64_t i = 0;
  explicit StrIter(Str* s_) : s(s_) {}
  bool step(char& out) override {
    if (!s || i >= s->len) {
      s = nullptr;
      return false;
    }
    out = s->data[i++];
    return true;
  }
};
inline Iterator<char>* iter_str(Str* s) { return make<StrIter>(s); }

template <class T>
inline Iterator<T>* iter_identity(Iterator<T>* it) {
  return it;
}

// An iterator over a function returning the next element (raising StopIteration at the end).
template <class T, class F>
struct FnIter : Iterator<T> {
  F f;
  bool done = false;
  explicit FnIter(F f_) : f(f_) {}
  bool step(T& out) override {
    if (done) return false;
    try {
      HandlerScope scope(stop_iteration_match);
      out = f();
    } catch (StopIteration*) {
      done = true;
      return false;
    }
    return true;
  }
};
template <class T, class F>
inline Iterator<T>* iter_from_fn(F f) {
  return make<FnIter<T, F>>(f);
}

// --gc=gen (rpy/gc_gen.hpp): list_from_iter and unpack_iter of a list on the collector, the list
// rooted while each step runs the iterator's code (a generator body that allocates).
template <class T>
List<T>* gen_list_from_iter(Iterator<T>* it, int64_t n);

template <class T>
inline List<T>* list_from_iter(Iterator<T>* it) {
  if constexpr (gen_items<T>) return gen_list_from_iter(it, -1);
  List<T>* l = list_new<T>(0);
  T v{};
  while (it->step(v)) list_append(l, v);
  return l;
}

// `a, b = it`: n items, then one more asked for, as Python's UNPACK_SEQUENCE reads an iterator
// (ValueError for too few or too many; an iterator with more is not read further).
template <class T>
List<T>* unpack_iter(Iterator<T>* it, int64_t n) {
  if constexpr (gen_items<T>) return gen_list_from_iter(it, n);
  List<T>* l = list_new<T>(0);
  T v{};
  while (l->len < n) {
    if (!it->step(v)) raise_unpack_error(l->len, n, false);
    list_append(l, v);
  }
  if (it->step(v)) raise_unpack_error(n + 1, n, false);
  return l;
}

}  // namespace rpy
