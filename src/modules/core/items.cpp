// Subscripts: indexing and slicing of sequences and strings, dict lookup (with __missing__ of
// dict subclasses), item assignment and deletion, and the same through special methods.
#include <algorithm>

#include "modules/interp.hpp"
#include "modules/objects/objects.hpp"
#include "modules/support/text.hpp"

namespace rpy::modules {

static int64_t clamp_index(Interp& in, const Ref& v, Loc loc) {
  if (v->kind == ObjKind::Long) return v->as<LongObj>()->value.negative() ? INT64_MIN / 2 : INT64_MAX / 2;
  if (!is_integer(v) && v->kind != ObjKind::Instance)
    in.raise("TypeError", "slice indices must be integers or None or have an __index__ method", loc);
  return in.to_index(v, loc);
}

void slice_indices(Interp& in, const Ref& lo, const Ref& hi, const Ref& st, int64_t n, int64_t& start, int64_t& stop, int64_t& step,
                   int64_t& count, Loc loc) {
  step = is_none(st) ? 1 : clamp_index(in, st, loc);
  if (step == 0) in.raise("ValueError", "slice step cannot be zero", loc);
  auto adjust = [&](const Ref& v, int64_t dflt) {
    if (is_none(v)) return dflt;
    int64_t x = clamp_index(in, v, loc);
    if (x < 0) {
      x += n;
      if (x < 0) x = step < 0 ? -1 : 0;
    } else if (x >= n) {
      x = step < 0 ? n - 1 : n;
    }
    return x;
  };
  start = adjust(lo, step < 0 ? n - 1 : 0);
  stop = adjust(hi, step < 0 ? -1 : n);
  if (step < 0)
    count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  else
    count = start < stop ? (stop - start - 1) / step + 1 : 0;
}

static bool text_indexing(Interp& in, const Ref& s) {
  if (s->kind != ObjKind::Unicode && !(s->kind == ObjKind::Str && in.python() == 3)) return false;
  for (unsigned char c : s->as<StrObj>()->value)
    if (c >= 0x80) return true;
  return false;
}

static int64_t norm_index(Interp& in, const Ref& obj, const Ref& index, size_t n, Loc loc, const char* what) {
  int64_t i = in.to_index(index, loc);
  if (i < 0) i += static_cast<int64_t>(n);
  if (i < 0 || i >= static_cast<int64_t>(n)) in.raise("IndexError", std::string(what) + " index out of range", loc);
  (void)obj;
  return i;
}

Ref Interp::subscript(const Ref& obj, const Ref& index, Loc loc) {
  if (obj->kind == ObjKind::Builtin && obj->as<BuiltinObj>()->impl) return subscript(obj->as<BuiltinObj>()->impl, index, loc);
  auto* slice = index->kind == ObjKind::Native ? dynamic_cast<SliceObj*>(index.get()) : nullptr;
  switch (obj->kind) {
    case ObjKind::List:
    case ObjKind::Tuple: {
      const auto& items = obj->kind == ObjKind::List ? obj->as<ListObj>()->items : obj->as<TupleObj>()->items;
      if (slice) {
        int64_t start, stop, step, count;
        slice_indices(*this, slice->start, slice->stop, slice->step, static_cast<int64_t>(items.size()), start, stop, step, count, loc);
        std::vector<Ref> out;
        out.reserve(static_cast<size_t>(count));
        for (int64_t k = 0, i = start; k < count; ++k, i += step) out.push_back(items[static_cast<size_t>(i)]);
        return obj->kind == ObjKind::List ? make_list(std::move(out)) : make_tuple(std::move(out));
      }
      return items[static_cast<size_t>(norm_index(*this, obj, index, items.size(), loc, obj->kind == ObjKind::List ? "list" : "tuple"))];
    }
    case ObjKind::Str:
    case ObjKind::Unicode: {
      const std::string& s = obj->as<StrObj>()->value;
      if (text_indexing(*this, obj)) {
        auto cps = utf8_decode(s);
        if (slice) {
          int64_t start, stop, step, count;
          slice_indices(*this, slice->start, slice->stop, slice->step, static_cast<int64_t>(cps.size()), start, stop, step, count, loc);
          std::string out;
          for (int64_t k = 0, i = start; k < count; ++k, i += step) utf8_append(out, cps[static_cast<size_t>(i)]);
          return same_kind_str(obj, out);
        }
        std::string out;
        utf8_append(out, cps[static_cast<size_t>(norm_index(*this, obj, index, cps.size(), loc, "string"))]);
        return same_kind_str(obj, out);
      }
      if (slice) {
        int64_t start, stop, step, count;
        slice_indices(*this, slice->start, slice->stop, slice->step, static_cast<int64_t>(s.size()), start, stop, step, count, loc);
        if (step == 1) return same_kind_str(obj, s.substr(static_cast<size_t>(start), static_cast<size_t>(count)));
        std::string out;
        for (int64_t k = 0, i = start; k < count; ++k, i += step) out += s[static_cast<size_t>(i)];
        return same_kind_str(obj, out);
      }
      size_t k = static_cast<size_t>(norm_index(*this, obj, index, s.size(), loc, is_bytes(obj) ? "index" : "string"));
      if (python_ == 3 && is_bytes(obj)) return make_int(static_cast<unsigned char>(s[k]));
      return same_kind_str(obj, std::string(1, s[k]));
    }
    case ObjKind::Dict: {
      auto* d = obj->as<DictObj>();
      hash(index, loc);
      long i = d->find(index, key_ops());
      if (i < 0) raise_value(call(builtin_class("KeyError"), {index}, {}, loc), loc);
      return d->values[static_cast<size_t>(i)];
    }
    case ObjKind::Instance: {
      if (Ref m = user_special(obj, "__getitem__")) return call(m, {index}, {}, loc);
      Ref bv = obj->as<InstanceObj>()->builtin_value;
      if (!bv) break;
      if (bv->kind == ObjKind::Dict) {
        auto* d = bv->as<DictObj>();
        long i = d->find(index, key_ops());
        if (i >= 0) return d->values[static_cast<size_t>(i)];
        if (Ref miss = user_special(obj, "__missing__")) return call(miss, {index}, {}, loc);
      }
      return subscript(bv, index, loc);
    }
    case ObjKind::Native: {
      if (auto* r = dynamic_cast<RangeObj*>(obj.get())) {
        int64_t n = r->length();
        if (slice) {
          int64_t start, stop, step, count;
          slice_indices(*this, slice->start, slice->stop, slice->step, n, start, stop, step, count, loc);
          return new_range(*this, r->at(start), r->at(start) + count * r->step * step, r->step * step);
        }
        int64_t i = to_index(index, loc);
        if (i < 0) i += n;
        if (i < 0 || i >= n)
          raise("IndexError", python_ == 2 ? "xrange object index out of range" : "range object index out of range", loc);
        return make_int(r->at(i));
      }
      if (Ref m = special(obj, "__getitem__")) return call(m, {index}, {}, loc);
      break;
    }
    case ObjKind::Class:
      if (Ref m = special(obj, "__getitem__")) return call(m, {index}, {}, loc);
      if (Ref m = get_attr_or_null(obj, "__class_getitem__", loc)) return call(m, {index}, {}, loc);
      break;
    default:
      break;
  }
  if (python_ == 2) raise("TypeError", "'" + type_name(obj) + "' object has no attribute '__getitem__'", loc);
  raise("TypeError", "'" + type_name(obj) + "' object is not subscriptable", loc);
}

void Interp::set_item(const Ref& obj, const Ref& index, Ref value, Loc loc) {
  if (obj->kind == ObjKind::Builtin && obj->as<BuiltinObj>()->impl)
    return set_item(obj->as<BuiltinObj>()->impl, index, std::move(value), loc);
  auto* slice = index->kind == ObjKind::Native ? dynamic_cast<SliceObj*>(index.get()) : nullptr;
  switch (obj->kind) {
    case ObjKind::List: {
      auto& items = obj->as<ListObj>()->items;
      if (slice) {
        std::vector<Ref> src = value.get() == obj.get() ? items : iterate(value, loc);
        int64_t start, stop, step, count;
        slice_indices(*this, slice->start, slice->stop, slice->step, static_cast<int64_t>(items.size()), start, stop, step, count, loc);
        if (step == 1) {
          if (stop < start) stop = start;
          items.erase(items.begin() + start, items.begin() + stop);
          items.insert(items.begin() + start, src.begin(), src.end());
          return;
        }
        if (static_cast<int64_t>(src.size()) != count)
          raise("ValueError",
                "attempt to assign sequence of size " + std::to_string(src.size()) + " to extended slice of size " + std::to_string(count),
                loc);
        for (int64_t k = 0, i = start; k < count; ++k, i += step) items[static_cast<size_t>(i)] = src[static_cast<size_t>(k)];
        return;
      }
      items[static_cast<size_t>(norm_index(*this, obj, index, items.size(), loc, "list assignment"))] = std::move(value);
      return;
    }
    case ObjKind::Dict:
      hash(index, loc);
      obj->as<DictObj>()->set(index, std::move(value), key_ops());
      return;
    case ObjKind::Instance: {
      if (Ref m = user_special(obj, "__setitem__")) {
        call(m, {index, value}, {}, loc);
        return;
      }
      if (Ref bv = obj->as<InstanceObj>()->builtin_value) {
        set_item(bv, index, std::move(value), loc);
        return;
      }
      break;
    }
    case ObjKind::Native:
      if (Ref m = special(obj, "__setitem__")) {
        call(m, {index, value}, {}, loc);
        return;
      }
      break;
    default:
      break;
  }
  raise("TypeError", "'" + type_name(obj) + "' object does not support item assignment", loc);
}

void Interp::del_item(const Ref& obj, const Ref& index, Loc loc) {
  if (obj->kind == ObjKind::Builtin && obj->as<BuiltinObj>()->impl) return del_item(obj->as<BuiltinObj>()->impl, index, loc);
  auto* slice = index->kind == ObjKind::Native ? dynamic_cast<SliceObj*>(index.get()) : nullptr;
  switch (obj->kind) {
    case ObjKind::List: {
      auto& items = obj->as<ListObj>()->items;
      if (slice) {
        int64_t start, stop, step, count;
        slice_indices(*this, slice->start, slice->stop, slice->step, static_cast<int64_t>(items.size()), start, stop, step, count, loc);
        std::vector<bool> drop(items.size(), false);
        for (int64_t k = 0, i = start; k < count; ++k, i += step) drop[static_cast<size_t>(i)] = true;
        std::vector<Ref> keep;
        for (size_t i = 0; i < items.size(); ++i)
          if (!drop[i]) keep.push_back(items[i]);
        items = std::move(keep);
        return;
      }
      items.erase(items.begin() + norm_index(*this, obj, index, items.size(), loc, "list assignment"));
      return;
    }
    case ObjKind::Dict:
      hash(index, loc);
      if (!obj->as<DictObj>()->erase(index, key_ops())) raise_value(call(builtin_class("KeyError"), {index}, {}, loc), loc);
      return;
    case ObjKind::Instance: {
      if (Ref m = user_special(obj, "__delitem__")) {
        call(m, {index}, {}, loc);
        return;
      }
      if (Ref bv = obj->as<InstanceObj>()->builtin_value) {
        del_item(bv, index, loc);
        return;
      }
      break;
    }
    case ObjKind::Native:
      if (Ref m = special(obj, "__delitem__")) {
        call(m, {index}, {}, loc);
        return;
      }
      break;
    default:
      break;
  }
  raise("TypeError", "'" + type_name(obj) + "' object does not support item deletion", loc);
}

}  // namespace rpy::modules
