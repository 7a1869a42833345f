// itertools: lazy iterators over iterators (Python 2's imap/izip/ifilter too).
#include <unordered_map>

#include "modules/lib/modules.hpp"

namespace rpy::modules {

using Step = std::function<Ref(Interp&, Loc)>;

static Ref it_of(Interp& in, const Ref& v, Loc loc) { return in.iter(v, loc); }

// All the combinations machinery iterates over index vectors, as CPython's documentation shows.
static Ref index_iterator(Interp& in, std::vector<Ref> pool, std::vector<size_t> first, std::function<bool(std::vector<size_t>&)> advance) {
  auto idx = std::make_shared<std::vector<size_t>>(std::move(first));
  auto started = std::make_shared<bool>(false);
  auto done = std::make_shared<bool>(false);
  auto p = std::make_shared<std::vector<Ref>>(std::move(pool));
  return new_iterator(in, [idx, started, done, p, advance](Interp&, Loc) -> Ref {
    if (*done) return nullptr;
    if (*started && !advance(*idx)) {
      *done = true;
      return nullptr;
    }
    *started = true;
    std::vector<Ref> out;
    for (size_t i : *idx) out.push_back((*p)[i]);
    return make_tuple(out);
  });
}

// The itertools.count objects made at import time and their state (the next value, the step),
// for translated code that goes on counting (count_state).
struct CountState {
  std::weak_ptr<Obj> obj;
  std::shared_ptr<Ref> cur;
  Ref step;
};
static std::unordered_map<const Obj*, CountState>& counts() {
  static std::unordered_map<const Obj*, CountState> table;
  return table;
}

bool count_state(const Ref& v, Ref& next, Ref& step) {
  auto it = counts().find(v.get());
  if (it == counts().end() || it->second.obj.lock() != v) return false;
  next = *it->second.cur;
  step = it->second.step;
  return true;
}

void install_module_itertools(Interp& in, ModuleObj& m) {
  bool py2 = in.python() == 2;
  def_function(m, "count", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref start = arg_or_kw(a, kw, 0, "start"), step = arg_or_kw(a, kw, 1, "step");
    auto cur = std::make_shared<Ref>(start ? start : make_int(0));
    Ref st = step ? step : make_int(1);
    (void)loc;
    Ref r = new_iterator(in, [cur, st](Interp& in, Loc loc) -> Ref {
      Ref v = *cur;
      *cur = in.binary(syntax::BinOp::Add, v, st, loc);
      return v;
    });
    counts()[r.get()] = CountState{r, cur, st};
    return r;
  });
  def_function(m, "cycle", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto saved = std::make_shared<std::vector<Ref>>();
    Ref it = it_of(in, a.at(0), loc);
    auto pos = std::make_shared<size_t>(0);
    auto exhausted = std::make_shared<bool>(false);
    return new_iterator(in, [saved, it, pos, exhausted](Interp& in, Loc loc) -> Ref {
      if (!*exhausted) {
        if (Ref x = in.next(it, loc)) {
          saved->push_back(x);
          return x;
        }
        *exhausted = true;
      }
      if (saved->empty()) return nullptr;
      Ref x = (*saved)[*pos];
      *pos = (*pos + 1) % saved->size();
      return x;
    });
  });
  if (!py2)  // Python 3.10's pairwise(): overlapping pairs of consecutive items
    def_function(m, "pairwise", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      if (a.size() != 1) in.raise("TypeError", "pairwise expected 1 argument, got " + std::to_string(a.size()), loc);
      Ref it = it_of(in, a.at(0), loc);
      auto prev = std::make_shared<Ref>();
      auto done = std::make_shared<bool>(false);
      return new_iterator(in, [it, prev, done](Interp& in, Loc loc) -> Ref {
        if (*done) return nullptr;
        if (!*prev && !(*prev = in.next(it, loc))) {
          *done = true;
          return nullptr;
        }
        Ref x = in.next(it, loc);
        if (!x) {
          *done = true;
          return nullptr;
        }
        Ref pair = make_tuple({*prev, x});
        *prev = x;
        return pair;
      });
    });
  def_function(m, "repeat", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref obj = arg_or_kw(a, kw, 0, "object"), times = arg_or_kw(a, kw, 1, "times");
    if (!obj) in.raise("TypeError", "repeat() missing required argument 'object' (pos 1)", loc);
    auto left = std::make_shared<int64_t>(times ? std::max<int64_t>(0, in.to_int(times, loc)) : -1);
    return new_iterator(in, [obj, left](Interp&, Loc) -> Ref {
      if (*left == 0) return nullptr;
      if (*left > 0) --*left;
      return obj;
    });
  });
  auto chain_of = [](Interp& in, Ref sources) -> Ref {
    auto cur = std::make_shared<Ref>();
    return new_iterator(in, [sources, cur](Interp& in, Loc loc) -> Ref {
      for (;;) {
        if (!*cur) {
          Ref src = in.next(sources, loc);
          if (!src) return nullptr;
          *cur = in.iter(src, loc);
        }
        if (Ref x = in.next(*cur, loc)) return x;
        *cur = nullptr;
      }
    });
  };
  TypeInfo* chain_t = in.new_type("chain", nullptr, "itertools");
  chain_t->type_obj->as<BuiltinObj>()->fn = [chain_of](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return chain_of(in, in.iter(make_tuple(a), loc));
  };
  chain_t->attrs["from_iterable"] = std::make_shared<WrapperObj>(
      ObjKind::StaticMethod,
      std::make_shared<BuiltinObj>("itertools.chain.from_iterable", [chain_of](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
        return chain_of(in, in.iter(a.at(0), loc));
      }));
  m.set("chain", chain_t->type_obj);
  def_function(m, "compress", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref data = it_of(in, a.at(0), loc), sel = it_of(in, a.at(1), loc);
    return new_iterator(in, [data, sel](Interp& in, Loc loc) -> Ref {
      for (;;) {
        Ref d = in.next(data, loc), s = in.next(sel, loc);
        if (!d || !s) return nullptr;
        if (in.truth(s, loc)) return d;
      }
    });
  });
  for (auto [name, drop] : {std::pair{"dropwhile", true}, {"takewhile", false}}) {
    bool dropping = drop;
    def_function(m, name, [dropping](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      Ref pred = a.at(0), it = it_of(in, a.at(1), loc);
      auto state = std::make_shared<bool>(false);  // dropwhile: done dropping; takewhile: stopped
      return new_iterator(in, [pred, it, state, dropping](Interp& in, Loc loc) -> Ref {
        for (;;) {
          if (!dropping && *state) return nullptr;
          Ref x = in.next(it, loc);
          if (!x) return nullptr;
          if (dropping) {
            if (*state || !in.truth(in.call(pred, {x}, {}, loc), loc)) {
              *state = true;
              return x;
            }
          } else {
            if (in.truth(in.call(pred, {x}, {}, loc), loc)) return x;
            *state = true;
            return nullptr;
          }
        }
      });
    });
  }
  auto filter_fn = [](bool keep_true) {
    return [keep_true](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      Ref pred = a.at(0), it = it_of(in, a.at(1), loc);
      return new_iterator(in, [pred, it, keep_true](Interp& in, Loc loc) -> Ref {
        while (Ref x = in.next(it, loc)) {
          bool t = is_none(pred) ? in.truth(x, loc) : in.truth(in.call(pred, {x}, {}, loc), loc);
          if (t == keep_true) return x;
        }
        return nullptr;
      });
    };
  };
  def_function(m, py2 ? "ifilterfalse" : "filterfalse", filter_fn(false));
  if (py2) {
    def_function(m, "ifilter", filter_fn(true));
    def_function(m, "imap", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      Ref fn = a.at(0);
      std::vector<Ref> its;
      for (size_t i = 1; i < a.size(); ++i) its.push_back(it_of(in, a[i], loc));
      return new_iterator(in, [fn, its](Interp& in, Loc loc) -> Ref {
        Args args;
        for (auto& it : its) {
          Ref x = in.next(it, loc);
          if (!x) return nullptr;
          args.push_back(x);
        }
        if (is_none(fn)) return make_tuple(args);
        return in.call(fn, args, {}, loc);
      });
    });
    def_function(m, "izip", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      std::vector<Ref> its;
      for (auto& x : a) its.push_back(it_of(in, x, loc));
      return new_iterator(in, [its](Interp& in, Loc loc) -> Ref {
        if (its.empty()) return nullptr;
        std::vector<Ref> t;
        for (auto& it : its) {
          Ref x = in.next(it, loc);
          if (!x) return nullptr;
          t.push_back(x);
        }
        return make_tuple(t);
      });
    });
  }
  def_function(m, py2 ? "izip_longest" : "zip_longest", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref fill = take_kwarg(kw, "fillvalue");
    if (!fill) fill = none();
    auto its = std::make_shared<std::vector<Ref>>();
    for (auto& x : a) its->push_back(it_of(in, x, loc));
    return new_iterator(in, [its, fill](Interp& in, Loc loc) -> Ref {
      std::vector<Ref> t;
      bool any = false;
      for (auto& it : *its) {
        Ref x = it ? in.next(it, loc) : nullptr;
        if (x)
          any = true;
        else
          it = nullptr;
        t.push_back(x ? x : fill);
      }
      return any ? make_tuple(t) : nullptr;
    });
  });
  def_function(m, "islice", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "islice", a, 2, 4, loc);
    Ref it = it_of(in, a[0], loc);
    int64_t start = 0, stop = -1, step = 1;
    if (a.size() == 2) {
      if (!is_none(a[1])) stop = in.to_int(a[1], loc);
    } else {
      if (!is_none(a[1])) start = in.to_int(a[1], loc);
      if (!is_none(a[2])) stop = in.to_int(a[2], loc);
      if (a.size() > 3 && !is_none(a[3])) step = in.to_int(a[3], loc);
    }
    if (start < 0 || (stop < -1) || step <= 0)
      in.raise("ValueError", "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.", loc);
    auto pos = std::make_shared<int64_t>(0);
    auto next_at = std::make_shared<int64_t>(start);
    return new_iterator(in, [it, pos, next_at, stop, step](Interp& in, Loc loc) -> Ref {
      for (;;) {
        if (stop >= 0 && *next_at >= stop) return nullptr;
        Ref x = in.next(it, loc);
        if (!x) return nullptr;
        int64_t p = (*pos)++;
        if (p == *next_at) {
          *next_at += step;
          return x;
        }
      }
    });
  });
  def_function(m, "starmap", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref fn = a.at(0), it = it_of(in, a.at(1), loc);
    return new_iterator(in, [fn, it](Interp& in, Loc loc) -> Ref {
      Ref x = in.next(it, loc);
      if (!x) return nullptr;
      return in.call(fn, in.iterate(x, loc), {}, loc);
    });
  });
  def_function(m, "tee", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref it = it_of(in, a.at(0), loc);
    int64_t n = a.size() > 1 ? in.to_int(a[1], loc) : 2;
    auto buffer = std::make_shared<std::vector<Ref>>();
    std::vector<Ref> out;
    for (int64_t k = 0; k < n; ++k) {
      auto pos = std::make_shared<size_t>(0);
      out.push_back(new_iterator(in, [it, buffer, pos](Interp& in, Loc loc) -> Ref {
        if (*pos < buffer->size()) return (*buffer)[(*pos)++];
        Ref x = in.next(it, loc);
        if (!x) return nullptr;
        buffer->push_back(x);
        ++*pos;
        return x;
      }));
    }
    return make_tuple(out);
  });
  def_function(m, "groupby", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref it = it_of(in, a.at(0), loc);
    Ref key = a.size() > 1 ? a[1] : take_kwarg(kw, "key");
    struct State {
      Ref cur, cur_key, tgt_key;
      bool exhausted = false, started = false;
    };
    auto st = std::make_shared<State>();
    auto keyf = [key](Interp& in, const Ref& x, Loc loc) { return key && !is_none(key) ? in.call(key, {x}, {}, loc) : x; };
    auto advance = [it, st, keyf](Interp& in, Loc loc) {
      st->cur = in.next(it, loc);
      if (!st->cur)
        st->exhausted = true;
      else
        st->cur_key = keyf(in, st->cur, loc);
    };
    return new_iterator(in, [st, advance](Interp& in, Loc loc) -> Ref {
      if (!st->started) {
        st->started = true;
        advance(in, loc);
      }
      // Skip what remains of the current group.
      while (!st->exhausted && st->tgt_key && in.eq(st->cur_key, st->tgt_key, loc)) advance(in, loc);
      if (st->exhausted) return nullptr;
      st->tgt_key = st->cur_key;
      Ref group_key = st->tgt_key;
      Ref grouper = new_iterator(in, [st, advance, group_key](Interp& in, Loc loc) -> Ref {
        if (st->exhausted || st->tgt_key != group_key || !in.eq(st->cur_key, group_key, loc)) return nullptr;
        Ref x = st->cur;
        advance(in, loc);
        return x;
      });
      return make_tuple({group_key, grouper});
    });
  });
  def_function(m, "product", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref rep = take_kwarg(kw, "repeat");
    int64_t r = rep ? in.to_int(rep, loc) : 1;
    std::vector<std::vector<Ref>> pools;
    for (int64_t k = 0; k < r; ++k)
      for (auto& x : a) pools.push_back(in.iterate(x, loc));
    std::vector<Ref> flat;
    std::vector<size_t> offsets, sizes;
    for (auto& p : pools) {
      offsets.push_back(flat.size());
      sizes.push_back(p.size());
      flat.insert(flat.end(), p.begin(), p.end());
    }
    for (auto s : sizes)
      if (s == 0) return in.iter(make_list({}), loc);
    std::vector<size_t> first(pools.size());
    for (size_t i = 0; i < pools.size(); ++i) first[i] = offsets[i];
    return index_iterator(in, flat, first, [offsets, sizes](std::vector<size_t>& idx) {
      for (size_t i = idx.size(); i-- > 0;) {
        if (idx[i] + 1 < offsets[i] + sizes[i]) {
          ++idx[i];
          return true;
        }
        idx[i] = offsets[i];
      }
      return false;
    });
  });
  def_function(m, "permutations", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::vector<Ref> pool = in.iterate(a.at(0), loc);
    size_t n = pool.size();
    size_t r = a.size() > 1 && !is_none(a[1]) ? static_cast<size_t>(in.to_int(a[1], loc)) : n;
    if (r > n) return in.iter(make_list({}), loc);
    // Generated in lexicographic order of index tuples (CPython's order).
    std::vector<size_t> first(r);
    for (size_t i = 0; i < r; ++i) first[i] = i;
    return index_iterator(in, pool, first, [n, r](std::vector<size_t>& idx) {
      // Next r-permutation of 0..n-1 in lexicographic order.
      std::vector<bool> used(n, false);
      for (size_t i = 0; i < r; ++i) used[idx[i]] = true;
      for (size_t i = r; i-- > 0;) {
        used[idx[i]] = false;
        for (size_t v = idx[i] + 1; v < n; ++v)
          if (!used[v]) {
            idx[i] = v;
            used[v] = true;
            size_t k = i + 1;
            for (size_t w = 0; w < n && k < r; ++w)
              if (!used[w]) {
                idx[k++] = w;
                used[w] = true;
              }
            return true;
          }
      }
      return false;
    });
  });
  for (auto [name, repl] : {std::pair{"combinations", false}, {"combinations_with_replacement", true}}) {
    bool with_repl = repl;
    def_function(m, name, [with_repl](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      std::vector<Ref> pool = in.iterate(a.at(0), loc);
      size_t n = pool.size();
      size_t r = static_cast<size_t>(in.to_int(a.at(1), loc));
      if ((!with_repl && r > n) || (with_repl && n == 0 && r > 0)) return in.iter(make_list({}), loc);
      std::vector<size_t> first(r);
      for (size_t i = 0; i < r; ++i) first[i] = with_repl ? 0 : i;
      return index_iterator(in, pool, first, [n, r, with_repl](std::vector<size_t>& idx) {
        for (size_t i = r; i-- > 0;) {
          size_t limit = with_repl ? n - 1 : i + n - r;
          if (idx[i] < limit) {
            ++idx[i];
            for (size_t j = i + 1; j < r; ++j) idx[j] = with_repl ? idx[i] : idx[j - 1] + 1;
            return true;
          }
        }
        return false;
      });
    });
  }
  def_function(m, "accumulate", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref it = it_of(in, a.at(0), loc);
    Ref fn = a.size() > 1 ? a[1] : take_kwarg(kw, "func");
    Ref initial = take_kwarg(kw, "initial");
    auto acc = std::make_shared<Ref>(initial && !is_none(initial) ? initial : nullptr);
    auto emitted_initial = std::make_shared<bool>(!*acc);
    return new_iterator(in, [it, fn, acc, emitted_initial](Interp& in, Loc loc) -> Ref {
      if (!*emitted_initial) {
        *emitted_initial = true;
        return *acc;
      }
      Ref x = in.next(it, loc);
      if (!x) return nullptr;
      if (!*acc)
        *acc = x;
      else
        *acc = fn && !is_none(fn) ? in.call(fn, {*acc, x}, {}, loc) : in.binary(syntax::BinOp::Add, *acc, x, loc);
      return *acc;
    });
  });
}

}  // namespace rpy::modules
