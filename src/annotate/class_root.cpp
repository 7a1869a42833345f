// Python's `object` as the root of the program's classes (annotator.hpp object_root()).
//
// RPython merges instances to their nearest common base class and refuses classes with none but
// `object` ("RPython cannot unify instances with no common base class"). Python has that base:
// every class derives from object, so a list of Circle and Rect, or `a if c else b` of two
// unrelated classes, means a value of the common base `object`. rpy makes that class when a merge
// first needs it and puts it under every root class of the program (exceptions keep their own
// root, BaseException), so programs that never merge unrelated classes are unchanged. It has no
// attributes of its own and is never instantiated; reading an attribute or calling a method
// through it follows the rules of any base class (the attribute generalised to the base when
// every subclass that may flow there defines it).
#include "annotate/annotator.hpp"
#include "modules/value.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;

ClassDef* Annotator::object_root() {
  if (object_root_) return object_root_;
  auto co = std::make_shared<m::ClassObj>();
  co->name = co->qualname = "object";
  co->new_style = true;
  co->mro.push_back(co.get());
  object_root_cls_ = co;
  auto d = std::make_unique<ClassDef>();
  d->cls = co;
  d->name = "object";
  d->c_name = "C_rpy_object";
  d->id = static_cast<int>(class_order_.size());
  ClassDef* root = d.get();
  // Every root class of the program, and its subclasses one level deeper.
  std::vector<ClassDef*> roots;
  for (ClassDef* c : class_order_)
    if (!c->base && !c->builtin && !c->is_exception) roots.push_back(c);
  class_order_.push_back(root);
  classes_.emplace(co.get(), std::move(d));
  object_root_ = root;
  for (ClassDef* c : roots) {
    c->base = root;
    root->subclasses.push_back(c);
  }
  for (ClassDef* c : class_order_) {
    int depth = 0;
    for (ClassDef* b = c->base; b; b = b->base) ++depth;
    c->depth = depth;
  }
  changed_ = true;
  return root;
}

}  // namespace rpy::annotate
