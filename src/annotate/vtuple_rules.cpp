// Tuples of unknown length: what tuple(iterable), tuple(genexpr), itertools.permutations(xs) and
// product(xs, repeat=n) make in plain Python scripts, whose length is known only at run time.
//
// RPython's tuples have a length fixed in the code (SomeTuple); rpy goes further where the meaning
// is clear: a variable-length tuple is homogeneous (one item type, as a list), so it is a List
// whose ListDef says `vtuple`. It shares every reading rule of lists (len, indexing, slicing,
// iteration, `in`, index, count, +, *, comparisons, sorted/min/max), is immutable (no method or
// item assignment that changes it), never merges with a list (a different object), and is
// hashable like a tuple (a dict key, a set member, hash()). A fixed tuple whose items merge into
// its item type merges into it, so `(1, 2)` and `tuple([1, 2])` meet in one variable or container
// and are equal, hash equal and the same key. At run time it is an rpy::VTuple<T> (rpy/vtuple.hpp).
#include "annotate/annotator.hpp"

namespace rpy::annotate {

bool is_vtuple(TypeRef t) { return t && t->kind == TypeKind::List && t->listdef->find()->vtuple; }

bool union_vtuple(TypeTable& tt, TypeRef a, TypeRef b, Annotator* ann, UnionResult& out) {
  if (a->kind == TypeKind::Tuple && b->kind == TypeKind::Tuple && a->items.size() != b->items.size()) {
    // Fixed tuples of different lengths whose items merge: a tuple of unknown length.
    TypeRef item = tt.impossible();
    for (TypeRef t : {a, b})
      for (TypeRef x : t->items) {
        UnionResult u = union_types(tt, item, x, ann);
        if (!u.type) {
          out = {nullptr, "tuples of different lengths (" + std::to_string(a->items.size()) + " and " + std::to_string(b->items.size()) +
                              ") cannot be merged: a tuple whose length is known only at run time has items of one type, and " + u.why};
          return true;
        }
        item = u.type;
      }
    ListDef* d = tt.new_listdef(item);
    d->vtuple = true;
    out = {tt.list(d), ""};
    return true;
  }
  if (is_vtuple(b) && a->kind == TypeKind::Tuple) std::swap(a, b);
  if (!is_vtuple(a) || b->kind != TypeKind::Tuple) return false;
  ListDef* d = a->listdef->find();
  TypeRef item = d->item;
  for (TypeRef x : b->items) {
    UnionResult u = union_types(tt, item, x, ann);
    if (!u.type) {
      out = {nullptr, "a tuple's items cannot be merged into a variable-length tuple's: " + u.why};
      return true;
    }
    item = u.type;
  }
  if (!same_type(item, d->item)) {
    d->item = item;
    if (ann) ann->mark_changed();
  }
  out = {tt.list(d, a->nullable || b->nullable), ""};
  return true;
}

}  // namespace rpy::annotate
