// Builtins over sequences: range/xrange, map, filter, zip (lists in Python 2, iterators in
// Python 3), reduce, sorted, reversed, enumerate, min, max, sum, any, all, apply.
#include <algorithm>

#include "modules/builtins/builtins.hpp"

namespace rpy::modules {

static int64_t range_arg(Interp& in, const Ref& v, const char* what, Loc loc) {
  Ref u = Interp::unwrap(v);
  if (u->kind == ObjKind::Float) {
    if (in.python() == 2) in.raise("TypeError", std::string("range() integer ") + what + " argument expected, got float.", loc);
    in.raise("TypeError", "'float' object cannot be interpreted as an integer", loc);
  }
  if (!is_integer(u) && v->kind != ObjKind::Instance)
    in.raise("TypeError",
             in.python() == 2 ? std::string("range() integer ") + what + " argument expected, got " + type_name(v) + "."
                              : "'" + type_name(v) + "' object cannot be interpreted as an integer",
             loc);
  int64_t x;
  if (integer_fits_word(u, &x)) return x;
  if (u->kind == ObjKind::Long) in.raise("OverflowError", "range() result has too many items", loc);
  return in.to_index(v, loc);
}

static void range_bounds(Interp& in, Args& a, const char* name, int64_t& lo, int64_t& hi, int64_t& step, Loc loc) {
  check_args(in, name, a, 1, 3, loc);
  lo = 0;
  step = 1;
  if (a.size() == 1) {
    hi = range_arg(in, a[0], "end", loc);
  } else {
    lo = range_arg(in, a[0], "start", loc);
    hi = range_arg(in, a[1], "end", loc);
    if (a.size() == 3) step = range_arg(in, a[2], "step", loc);
  }
  if (step == 0) in.raise("ValueError", std::string(name) + "() arg 3 must not be zero", loc);
}

// Iterators over several iterables at once (zip, map).
static std::vector<Ref> iterators(Interp& in, Args& a, size_t first, Loc loc) {
  std::vector<Ref> its;
  for (size_t i = first; i < a.size(); ++i) its.push_back(in.iter(a[i], loc));
  return its;
}

void install_builtins_seq(Interp& in, ModuleObj& B) {
  bool py2 = in.python() == 2;
  if (py2) {
    def_builtin(B, "range", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      int64_t lo, hi, step;
      range_bounds(in, a, "range", lo, hi, step, loc);
      RangeObj r(nullptr, lo, hi, step);
      int64_t n = r.length();
      in.check_alloc(static_cast<size_t>(n), loc);
      std::vector<Ref> items;
      items.reserve(static_cast<size_t>(n));
      for (int64_t i = 0; i < n; ++i) items.push_back(make_int(r.at(i)));
      return make_list(std::move(items));
    });
  }
  const_cast<TypeInfo*>(in.type_info(BuiltinType::Range))->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&,
                                                                                               Loc loc) -> Ref {
    int64_t lo, hi, step;
    range_bounds(in, a, in.python() == 2 ? "xrange" : "range", lo, hi, step, loc);
    return new_range(in, lo, hi, step);
  };
  def_builtin(B, "map", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.size() < 2) in.raise("TypeError", "map() requires at least two args", loc);
    Ref fn = a[0];
    auto its = std::make_shared<std::vector<Ref>>(iterators(in, a, 1, loc));
    if (in.python() == 3) {
      return new_iterator(in, [fn, its](Interp& in, Loc loc) -> Ref {
        Args args;
        for (auto& it : *its) {
          Ref x = in.next(it, loc);
          if (!x) return nullptr;
          args.push_back(x);
        }
        return in.call(fn, args, {}, loc);
      });
    }
    // Python 2: a list, as long as the longest sequence (shorter ones give None); map(None, ...) zips.
    std::vector<Ref> out;
    for (;;) {
      Args args;
      bool any = false;
      for (auto& it : *its) {
        Ref x = it ? in.next(it, loc) : nullptr;
        if (x)
          any = true;
        else
          it = nullptr;
        args.push_back(x ? x : none());
      }
      if (!any) break;
      if (is_none(fn))
        out.push_back(args.size() == 1 ? args[0] : make_tuple(args));
      else
        out.push_back(in.call(fn, args, {}, loc));
    }
    return make_list(std::move(out));
  });
  def_builtin(B, "filter", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "filter", a, 2, 2, loc);
    Ref fn = a[0];
    auto keep = [fn](Interp& in, const Ref& x, Loc loc) {
      return is_none(fn) ? in.truth(x, loc) : in.truth(in.call(fn, {x}, {}, loc), loc);
    };
    if (in.python() == 3) {
      Ref it = in.iter(a[1], loc);
      return new_iterator(in, [it, keep](Interp& in, Loc loc) -> Ref {
        while (Ref x = in.next(it, loc))
          if (keep(in, x, loc)) return x;
        return nullptr;
      });
    }
    std::vector<Ref> out;
    for (auto& x : in.iterate(a[1], loc))
      if (keep(in, x, loc)) out.push_back(x);
    if (is_str(a[1])) {
      std::string s;
      for (auto& x : out) s += x->as<StrObj>()->value;
      return same_kind_str(a[1], s);
    }
    if (a[1]->kind == ObjKind::Tuple) return make_tuple(std::move(out));
    return make_list(std::move(out));
  });
  def_builtin(B, "zip", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto its = std::make_shared<std::vector<Ref>>(iterators(in, a, 0, loc));
    auto step = [its](Interp& in, Loc loc) -> Ref {
      if (its->empty()) return nullptr;
      std::vector<Ref> t;
      for (auto& it : *its) {
        Ref x = in.next(it, loc);
        if (!x) return nullptr;
        t.push_back(x);
      }
      return make_tuple(std::move(t));
    };
    if (in.python() == 3) return new_iterator(in, step);
    std::vector<Ref> out;
    while (Ref t = step(in, loc)) out.push_back(t);
    return make_list(std::move(out));
  });
  if (py2) {
    def_builtin(B, "reduce", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "reduce", a, 2, 3, loc);
      Ref it = in.iter(a[1], loc);
      Ref acc = a.size() > 2 ? a[2] : in.next(it, loc);
      if (!acc) in.raise("TypeError", "reduce() of empty sequence with no initial value", loc);
      while (Ref x = in.next(it, loc)) acc = in.call(a[0], {acc, x}, {}, loc);
      return acc;
    });
    def_builtin(B, "apply", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "apply", a, 1, 3, loc);
      Args args = a.size() > 1 ? in.iterate(a[1], loc) : Args{};
      KwArgs kw;
      if (a.size() > 2) {
        Ref d = Interp::unwrap(a[2]);
        for (size_t i = 0; i < d->as<DictObj>()->keys.size(); ++i)
          kw.emplace_back(str_arg(in, d->as<DictObj>()->keys[i], "keyword", loc), d->as<DictObj>()->values[i]);
      }
      return in.call(a[0], args, kw, loc);
    });
  }
  def_builtin(B, "sorted", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref cmp = in.python() == 2 ? arg_or_kw(a, kw, 1, "cmp") : nullptr;
    Ref key = in.python() == 2 ? arg_or_kw(a, kw, 2, "key") : take_kwarg(kw, "key");
    Ref rev = in.python() == 2 ? arg_or_kw(a, kw, 3, "reverse") : take_kwarg(kw, "reverse");
    if (a.empty()) in.raise("TypeError", "sorted() takes at least 1 positional argument (0 given)", loc);
    if (!kw.empty()) in.raise("TypeError", "'" + kw[0].first + "' is an invalid keyword argument for sorted()", loc);
    std::vector<Ref> items = in.iterate(a[0], loc);
    sort_list(in, items, cmp, key, rev && in.truth(rev, loc), loc);
    return make_list(std::move(items));
  });
  def_builtin(B, "reversed", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "reversed", a, 1, 1, loc);
    Ref seq = a[0];
    if (seq->kind == ObjKind::Instance || seq->kind == ObjKind::Native || seq->kind == ObjKind::Class)  // a class: its metaclass's
      if (Ref m = seq->kind == ObjKind::Instance ? in.user_special(seq, "__reversed__") : in.special(seq, "__reversed__"))
        return in.iter(in.call(m, {}, {}, loc), loc);
    if (seq->kind == ObjKind::Dict || seq->kind == ObjKind::Set || (seq->kind == ObjKind::Native && !dynamic_cast<RangeObj*>(seq.get())))
      in.raise("TypeError", "argument to reversed() must be a sequence", loc);
    auto i = std::make_shared<int64_t>(in.len(seq, loc));
    return new_iterator(in, [seq, i](Interp& in, Loc loc) -> Ref {
      if (*i <= 0) return nullptr;
      int64_t n = in.len(seq, loc);
      if (*i > n) {
        *i = 0;
        return nullptr;
      }
      return in.subscript(seq, make_int(--*i), loc);
    });
  });
  def_builtin(B, "enumerate", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref seq = arg_or_kw(a, kw, 0, in.python() == 2 ? "sequence" : "iterable");
    Ref start = arg_or_kw(a, kw, 1, "start");
    if (!seq) in.raise("TypeError", "enumerate() missing required argument 'iterable'", loc);
    Ref it = in.iter(seq, loc);
    auto n = std::make_shared<Ref>(start ? start : make_int(0));
    return new_iterator(in, [it, n](Interp& in, Loc loc) -> Ref {
      Ref x = in.next(it, loc);
      if (!x) return nullptr;
      Ref i = *n;
      *n = in.binary(syntax::BinOp::Add, i, make_int(1), loc);
      return make_tuple({i, x});
    });
  });
  auto minmax = [](bool is_max) {
    return [is_max](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
      const char* name = is_max ? "max" : "min";
      Ref key = take_kwarg(kw, "key");
      Ref dflt = take_kwarg(kw, "default");
      if (!kw.empty()) in.raise("TypeError", std::string(name) + "() got an unexpected keyword argument", loc);
      if (a.empty()) in.raise("TypeError", std::string(name) + " expected 1 arguments, got 0", loc);
      Ref it = in.iter(a.size() == 1 ? a[0] : make_tuple(a), loc);
      Ref best, bestk;
      while (Ref x = in.next(it, loc)) {
        Ref k = key && !is_none(key) ? in.call(key, {x}, {}, loc) : x;
        if (!best || in.compare(is_max ? syntax::CmpOp::Gt : syntax::CmpOp::Lt, k, bestk, loc)) {
          best = x;
          bestk = k;
        }
      }
      if (!best) {
        if (dflt) return dflt;
        in.raise("ValueError", std::string(name) + "() arg is an empty sequence", loc);
      }
      return best;
    };
  };
  def_builtin(B, "min", minmax(false));
  def_builtin(B, "max", minmax(true));
  def_builtin(B, "sum", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref start = a.size() > 1 ? a[1] : take_kwarg(kw, "start");
    check_args(in, "sum", a, 1, 2, loc);
    Ref acc = start ? start : make_int(0);
    if (is_str(acc)) in.raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]", loc);
    Ref it = in.iter(a[0], loc);
    while (Ref x = in.next(it, loc)) acc = in.binary(syntax::BinOp::Add, acc, x, loc);
    return acc;
  });
  def_builtin(B, "any", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "any", a, 1, 1, loc);
    Ref it = in.iter(a[0], loc);
    while (Ref x = in.next(it, loc))
      if (in.truth(x, loc)) return make_bool(true);
    return make_bool(false);
  });
  def_builtin(B, "all", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "all", a, 1, 1, loc);
    Ref it = in.iter(a[0], loc);
    while (Ref x = in.next(it, loc))
      if (!in.truth(x, loc)) return make_bool(false);
    return make_bool(true);
  });
}

}  // namespace rpy::modules
