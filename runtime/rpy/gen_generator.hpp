// Generators under --gc=gen (docs/GC.md, "Generators"): a generator body whose frame holds
// references to the collector's objects (its parameters, its rooted locals and temporaries) is a
// gen::GenBody<T>. Its coroutine frame stays Boehm's memory (Boehm scans it for the strings and
// other values of Boehm's heap it holds), and its references are roots of rpy's collector for as
// long as the frame may be used:
// - while the body runs, its root frames are on the shadow stack as any function's: a base frame
//   holding the parameters' slots, linked above the resumer's frames, and the body's own frames
//   (gen::Rooted) above it;
// - while it is suspended (or not started yet), that chain of frames is off the shadow stack and
//   listed in a registry that the heap walks at every collection (Heap::add_root_walker);
// - once the body has finished, it leaves the registry; a generator dropped unfinished leaves it
//   when Boehm frees its frame (a disappearing link to the frame, cleared by Boehm, is checked at
//   each walk).
#pragma once
#include <coroutine>
#include <cstdlib>
#include <type_traits>

#include <gc/gc.h>

#include "gc/heap.hpp"
#include "rpy/gc_gen.hpp"
#include "rpy/iter.hpp"

namespace rpy::gen {

// One generator body's root chain (malloc'd: Boehm must not see the frame through it).
struct GenRoots {
  gc::RootFrame base;      // the parameters' slots; prev: the resumer's top frame while the body runs
  gc::RootFrame* top;      // suspended: the chain's top frame (base, or one of the body's above it); null while running
  GC_hidden_pointer link;  // the coroutine frame, hidden; cleared by Boehm when the frame dies
  GenRoots* prev;
  GenRoots* next;
};

inline GenRoots* gen_roots_head = nullptr;  // the registry: every body not finished whose frame lives

inline void** gen_roots_slots(GenRoots* r) { return reinterpret_cast<void**>(r + 1); }

// A new record of n slots (filled by the caller) for the Boehm object at `obj` (its base), put
// in the registry: its slots are roots until Boehm frees the object (or the record is unlinked).
inline GenRoots* gen_roots_new(void* obj, size_t n) {
  auto* r = static_cast<GenRoots*>(std::malloc(sizeof(GenRoots) + n * sizeof(void*)));
  if (!r) raise_memory_error();
  r->base = gc::RootFrame{nullptr, n, gen_roots_slots(r)};
  r->top = &r->base;
  void* frame = GC_base(obj);
  r->link = GC_HIDE_POINTER(frame);
  GC_general_register_disappearing_link(reinterpret_cast<void**>(&r->link), frame);
  r->prev = nullptr;
  r->next = gen_roots_head;
  if (gen_roots_head) gen_roots_head->prev = r;
  gen_roots_head = r;
  return r;
}

inline void gen_roots_unlink(GenRoots* r) {
  (r->prev ? r->prev->next : gen_roots_head) = r->next;
  if (r->next) r->next->prev = r->prev;
  std::free(r);
}

// The heap's root walker (registered by gen::start): the slots of every suspended body's chain. An entry whose frame Boehm
// has freed is dropped; the frame of a live one is kept reachable for Boehm while its slots are
// visited (visiting may copy objects into old-space memory Boehm allocates, which may collect).
inline void walk_generator_roots(gc::VisitFn visit, void* ctx, void* /*arg*/) {
  for (GenRoots* r = gen_roots_head; r;) {
    GenRoots* next = r->next;
    if (!r->link) {
      gen_roots_unlink(r);
      r = next;
      continue;
    }
    void* frame = GC_REVEAL_POINTER(r->link);
    if (r->top)
      for (gc::RootFrame* f = r->top;; f = f->prev) {
        for (size_t i = 0; i < f->n; ++i) visit(f->slots[i], ctx);
        if (f == &r->base) break;
      }
    GC_reachable_here(frame);
    r = next;
  }
}

template <class T>
struct GenBody {
  struct promise_type : rpy::GenBody<T>::promise_type {
    GenRoots* roots;
    // Called with the parameters' copies in the frame (C++20): their reference slots are the
    // base frame's, registered at once (the body does not run before the first step).
    template <class... A>
    explicit promise_type(A&... args) {
      constexpr size_t n = (Refs<std::remove_cv_t<A>>::n + ... + 0);
      roots = gen_roots_new(std::coroutine_handle<promise_type>::from_promise(*this).address(), n);
      void** out = gen_roots_slots(roots);
      (Refs<std::remove_cv_t<A>>::slots(args, out), ...);
    }
    GenBody get_return_object() { return GenBody{std::coroutine_handle<promise_type>::from_promise(*this)}; }
  };
  std::coroutine_handle<promise_type> h;

  // Generator<T, GenBody<T>>'s resume: the chain linked on the shadow stack while the body runs;
  // at a yield it goes back to the registry, at the end (a return, an exception) it leaves it.
  static void resume(std::coroutine_handle<promise_type> c) {
    struct Linked {
      std::coroutine_handle<promise_type> c;
      GenRoots* r;
      gc::Heap* heap;
      ~Linked() {
        if (c.done()) {  // finished: every frame of the body is unlinked, the base is the top
          heap->roots_top = r->base.prev;
          GC_unregister_disappearing_link(reinterpret_cast<void**>(&r->link));
          gen_roots_unlink(r);
          c.promise().roots = nullptr;
        } else {
          r->top = heap->roots_top;
          heap->roots_top = r->base.prev;
        }
      }
    };
    GenRoots* r = c.promise().roots;
    r->base.prev = heap->roots_top;
    heap->roots_top = r->top;
    r->top = nullptr;
    Linked linked{c, r, heap};
    c.resume();
  }
};

// An iterator over a list of references (iter(xs), reversed(xs), iterating a fresh list in the
// library: rpy::ListIter, a Boehm object): its list is a root for as long as Boehm keeps the
// iterator, updated in place when the list moves (docs/GC.md, "Iterators over instances").
template <class T>
Iterator<T>* iter_list_held(List<T>* l) {
  auto* it = make<ListIter<T>>(l);  // Boehm's allocation: rpy's collector does not run
  GenRoots* r = gen_roots_new(it, 1);
  gen_roots_slots(r)[0] = static_cast<void*>(&it->l);
  return it;
}

}  // namespace rpy::gen

namespace rpy {
template <class T>
Iterator<T>* gen_iter_list(List<T>* l) {
  return gen::iter_list_held(l);
}
}  // namespace rpy
