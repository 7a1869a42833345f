// list and tuple: their constructors and methods, and sorting (stable, with key, cmp and
// reverse as Python defines them).
#include <algorithm>

#include "modules/objects/objects.hpp"
#include "rpy/timsort.hpp"

namespace rpy::modules {

static std::vector<Ref>& L(const Ref& r) { return r->as<ListObj>()->items; }

Ref sort_list(Interp& in, std::vector<Ref>& items, const Ref& cmp, const Ref& key, bool reverse, Loc loc) {
  using Keyed = std::pair<Ref, Ref>;  // (key, item): the keys are compared, the items move along
  std::vector<Keyed> keyed;
  keyed.reserve(items.size());
  for (auto& x : items) keyed.emplace_back(key && !is_none(key) ? in.call(key, {x}, {}, loc) : x, x);
  auto less = [&](const Keyed& a, const Keyed& b) {
    if (cmp && !is_none(cmp)) return in.to_int(in.call(cmp, {a.first, b.first}, {}, loc), loc) < 0;
    return in.compare(syntax::CmpOp::Lt, a.first, b.first, loc);
  };
  std::vector<Keyed> scratch;
  auto tmp = [&](int64_t n) {
    if (scratch.size() < static_cast<size_t>(n)) scratch.resize(static_cast<size_t>(n));
    return scratch.data();
  };
  // The interpreter's timsort (rpy/timsort.hpp): the same order even when `<` is not a total order.
  auto merges = in.python() == 2 ? timsort::Merges::Classic : timsort::Merges::Powersort;
  auto put_back = [&] {
    for (size_t i = 0; i < items.size(); ++i) items[i] = keyed[i].second;
  };
  try {
    timsort::sort(keyed.data(), static_cast<int64_t>(keyed.size()), reverse, merges, less, tmp);
  } catch (...) {
    put_back();  // a comparison raised: the items as far as the sort got, as Python leaves them
    throw;
  }
  put_back();
  return none();
}

static int64_t seq_index(Interp& in, const std::vector<Ref>& items, Args& a, Loc loc, const char* what) {
  int64_t n = static_cast<int64_t>(items.size());
  auto bound = [&](size_t i, int64_t dflt) {
    if (i >= a.size()) return dflt;
    int64_t x = in.to_index(a[i], loc);
    if (x < 0) x = std::max<int64_t>(0, x + n);
    return std::min(x, n);
  };
  int64_t b = bound(2, 0), e = bound(3, n);
  for (int64_t i = b; i < e; ++i)
    if (in.eq(items[static_cast<size_t>(i)], a.at(1), loc)) return i;
  if (in.python() == 2 && std::string(what) == "list") in.raise("ValueError", in.repr_of(a[1], loc) + " is not in list", loc);
  in.raise("ValueError", std::string(what) + ".index(x): x not in " + what, loc);
}

void install_list_type(Interp& in, TypeInfo* t) {
  t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "list", a, 0, 1, loc);
    return make_list(a.empty() ? Args{} : in.iterate(a[0], loc));
  };
  in.def_method(t, "__init__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.size() > 1) L(a[0]) = in.iterate(a[1], loc);
    return none();
  });
  in.def_method(t, "append", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "append", a, 2, 2, loc);
    L(a[0]).push_back(a[1]);
    return none();
  });
  in.def_method(t, "extend", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::vector<Ref> src = in.iterate(a.at(1), loc);
    L(a[0]).insert(L(a[0]).end(), src.begin(), src.end());
    return none();
  });
  in.def_method(t, "insert", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "insert", a, 3, 3, loc);
    auto& it = L(a[0]);
    int64_t n = static_cast<int64_t>(it.size()), i = in.to_index(a[1], loc);
    if (i < 0) i = std::max<int64_t>(0, i + n);
    it.insert(it.begin() + std::min(i, n), a[2]);
    return none();
  });
  in.def_method(t, "pop", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& it = L(a[0]);
    if (it.empty()) in.raise("IndexError", "pop from empty list", loc);
    int64_t i = a.size() > 1 ? in.to_index(a[1], loc) : -1;
    if (i < 0) i += static_cast<int64_t>(it.size());
    if (i < 0 || i >= static_cast<int64_t>(it.size())) in.raise("IndexError", "pop index out of range", loc);
    Ref v = it[static_cast<size_t>(i)];
    it.erase(it.begin() + i);
    return v;
  });
  in.def_method(t, "remove", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& it = L(a[0]);
    for (size_t i = 0; i < it.size(); ++i)
      if (in.eq(it[i], a.at(1), loc)) {
        it.erase(it.begin() + static_cast<long>(i));
        return none();
      }
    in.raise("ValueError", "list.remove(x): x not in list", loc);
  });
  in.def_method(t, "index", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_int(seq_index(in, L(a[0]), a, loc, "list")); });
  in.def_method(t, "count", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    int64_t n = 0;
    for (auto& x : L(a[0]))
      if (in.eq(x, a.at(1), loc)) ++n;
    return make_int(n);
  });
  in.def_method(t, "reverse", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    std::reverse(L(a[0]).begin(), L(a[0]).end());
    return none();
  });
  in.def_method(t, "sort", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref cmp = in.python() == 2 ? arg_or_kw(a, kw, 1, "cmp") : nullptr;
    Ref key = in.python() == 2 ? arg_or_kw(a, kw, 2, "key") : take_kwarg(kw, "key");
    Ref rev = in.python() == 2 ? arg_or_kw(a, kw, 3, "reverse") : take_kwarg(kw, "reverse");
    if (!kw.empty()) in.raise("TypeError", "'" + kw[0].first + "' is an invalid keyword argument for sort()", loc);
    // Python empties the list while sorting it.
    std::vector<Ref> items = std::move(L(a[0]));
    L(a[0]).clear();
    try {
      sort_list(in, items, cmp, key, rev && in.truth(rev, loc), loc);
    } catch (...) {
      L(a[0]) = std::move(items);
      throw;
    }
    L(a[0]) = std::move(items);
    return none();
  });
  in.def_method(t, "clear", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    L(a[0]).clear();
    return none();
  });
  in.def_method(t, "copy", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_list(L(a[0])); });
}

void install_tuple_type(Interp& in, TypeInfo* t) {
  t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "tuple", a, 0, 1, loc);
    if (!a.empty() && a[0]->kind == ObjKind::Tuple) return a[0];
    return make_tuple(a.empty() ? Args{} : in.iterate(a[0], loc));
  };
  in.def_method(t, "__new__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref cls = a.at(0);
    Args rest(a.begin() + 1, a.end());
    Ref v = in.call(in.type_info(BuiltinType::Tuple)->type_obj, rest, kw, loc);
    if (cls->kind != ObjKind::Class) return v;
    auto inst = std::make_shared<InstanceObj>();
    inst->cls = cls;
    inst->builtin_value = v;
    return inst;
  });
  in.def_method(t, "index", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return make_int(seq_index(in, a[0]->as<TupleObj>()->items, a, loc, "tuple"));
  });
  in.def_method(t, "count", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    int64_t n = 0;
    for (auto& x : a[0]->as<TupleObj>()->items)
      if (in.eq(x, a.at(1), loc)) ++n;
    return make_int(n);
  });
}

}  // namespace rpy::modules
