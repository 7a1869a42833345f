// __del__ through the collector's finalizers and at exit (see rpy/finalize.hpp).
#include "rpy/finalize.hpp"

#include <cstdio>
#include <vector>

#include "rpy/rpy.hpp"

namespace rpy {

namespace {
// Instances registered for finalization whose __del__ has not run, oldest first: a list of
// malloc'd nodes holding hidden pointers (the list must not keep them alive).
struct Node {
  GC_hidden_pointer obj;
  Node* prev;
  Node* next;
};
Node* head = nullptr;
Node* tail = nullptr;
bool finalizing_all = false;

void unlink(Node* n) {
  (n->prev ? n->prev->next : head) = n->next;
  (n->next ? n->next->prev : tail) = n->prev;
  delete n;
}

void on_unreachable(void* obj, void* node) {
  unlink(static_cast<Node*>(node));
  run_del(static_cast<Object*>(obj));
}
}  // namespace

void run_del(Object* o) noexcept {
  try {
    o->rpy_del();
  } catch (BaseException* e) {
    out_flush();
    Str* msg = nullptr;
    try {
      msg = e->rpy_str();
    } catch (...) {
    }
    std::fprintf(stderr, "Exception ignored in: <function %s.__del__>\n%s", o->rpy_class_name(), e->rpy_class_name());
    if (msg && msg->len) std::fprintf(stderr, ": %.*s", static_cast<int>(msg->len), msg->data);
    std::fputc('\n', stderr);
    std::fflush(stderr);
  } catch (...) {
    std::fprintf(stderr, "Exception ignored in: <function %s.__del__>\n", o->rpy_class_name());
  }
}

void register_finalizer(Object* o) {
  Node* n = new Node{GC_HIDE_POINTER(o), tail, nullptr};
  (tail ? tail->next : head) = n;
  tail = n;
  GC_register_finalizer_no_order(o, on_unreachable, n, nullptr, nullptr);
}

void run_pending_finalizers() {
  if (!finalizing_all && GC_should_invoke_finalizers()) GC_invoke_finalizers();
}

void finalize_all() {
  if (finalizing_all) return;
  finalizing_all = true;
  while (head) {  // a __del__ may create more instances: they are finalized too
    auto* o = static_cast<Object*>(GC_REVEAL_POINTER(head->obj));
    unlink(head);
    GC_register_finalizer_no_order(o, nullptr, nullptr, nullptr, nullptr);
    run_del(o);
  }
}

}  // namespace rpy
