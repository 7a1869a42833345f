// The builtins module of the import-time evaluator: functions, types and exception classes with
// their Python meaning, and the methods of builtin values (list.append, str.join, ...).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "modules/interp.hpp"
#include "rpy/float_repr.hpp"

namespace rpy::modules {

using Args = std::vector<Ref>;
using KwArgs = std::vector<std::pair<std::string, Ref>>;

namespace {

void need_args(Interp& in, const std::string& name, const Args& a, size_t lo, size_t hi, Loc loc) {
  if (a.size() < lo || a.size() > hi)
    in.raise("TypeError",
             name + "() takes " +
                 (lo == hi ? "exactly " + std::to_string(lo) : "from " + std::to_string(lo) + " to " + std::to_string(hi)) +
                 " arguments (" + std::to_string(a.size()) + " given)",
             loc);
}

Ref make_list(std::vector<Ref> items) {
  auto l = std::make_shared<ListObj>();
  l->items = std::move(items);
  return l;
}

bool is_str(const Ref& r) { return r->kind == ObjKind::Str || r->kind == ObjKind::Unicode; }
const std::string& sval(Interp& in, const Ref& r, Loc loc) {
  if (!is_str(r)) in.raise("TypeError", "expected a string, got " + type_name(r), loc);
  return r->as<StrObj>()->value;
}

int64_t parse_int(Interp& in, const std::string& text, int base, Loc loc) {
  std::string s = text;
  while (!s.empty() && isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  size_t i = 0;
  while (i < s.size() && isspace(static_cast<unsigned char>(s[i]))) ++i;
  bool neg = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  if (base == 16 && i + 1 < s.size() && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
  if (i >= s.size())
    in.raise("ValueError", "invalid literal for int() with base " + std::to_string(base) + ": " + repr(make_str(text)), loc);
  uint64_t v = 0;
  for (; i < s.size(); ++i) {
    int d;
    char c = s[i];
    if (c >= '0' && c <= '9')
      d = c - '0';
    else if (c >= 'a' && c <= 'z')
      d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'Z')
      d = c - 'A' + 10;
    else
      d = 99;
    if (d >= base) in.raise("ValueError", "invalid literal for int() with base " + std::to_string(base) + ": " + repr(make_str(text)), loc);
    v = v * base + d;
  }
  return neg ? static_cast<int64_t>(0 - v) : static_cast<int64_t>(v);
}

std::string format_percent(Interp& in, const std::string& fmt, const Ref& arg, Loc loc) {
  std::vector<Ref> args;
  if (arg->kind == ObjKind::Tuple)
    args = arg->as<TupleObj>()->items;
  else
    args.push_back(arg);
  size_t ai = 0;
  std::string out;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      out += fmt[i];
      continue;
    }
    size_t j = i + 1;
    std::string spec = "%";
    while (j < fmt.size() && strchr("-+ #0123456789.", fmt[j])) spec += fmt[j++];
    if (j >= fmt.size()) in.raise("ValueError", "incomplete format", loc);
    char conv = fmt[j];
    i = j;
    if (conv == '%') {
      out += '%';
      continue;
    }
    if (ai >= args.size()) in.raise("TypeError", "not enough arguments for format string", loc);
    Ref a = args[ai++];
    char buf[512];
    switch (conv) {
      case 's':
      case 'r': {
        std::string s = conv == 's' ? to_str(a) : repr(a);
        spec += 's';
        snprintf(buf, sizeof buf, spec.c_str(), s.c_str());
        out += buf;
        break;
      }
      case 'd':
      case 'i':
      case 'x':
      case 'X':
      case 'o': {
        int64_t v = a->kind == ObjKind::Float ? static_cast<int64_t>(a->as<FloatObj>()->value) : in.to_int(a, loc);
        spec += "ll";
        spec += conv == 'i' ? 'd' : conv;
        snprintf(buf, sizeof buf, spec.c_str(), static_cast<long long>(v));
        out += buf;
        break;
      }
      case 'f':
      case 'e':
      case 'g':
      case 'F':
      case 'E':
      case 'G': {
        double v = a->kind == ObjKind::Float ? a->as<FloatObj>()->value : static_cast<double>(in.to_int(a, loc));
        spec += conv;
        snprintf(buf, sizeof buf, spec.c_str(), v);
        out += buf;
        break;
      }
      case 'c':
        out += is_str(a) ? a->as<StrObj>()->value : std::string(1, static_cast<char>(in.to_int(a, loc)));
        break;
      default:
        in.raise("ValueError", std::string("unsupported format character '") + conv + "'", loc);
    }
  }
  if (ai < args.size()) in.raise("TypeError", "not all arguments converted during string formatting", loc);
  return out;
}

Ref slice_of(Interp& in, const Ref& obj, const Ref& lo, const Ref& hi, const Ref& st, Loc loc) {
  int64_t step = is_none(st) ? 1 : in.to_int(st, loc);
  if (step == 0) in.raise("ValueError", "slice step cannot be zero", loc);
  size_t n;
  if (obj->kind == ObjKind::List)
    n = obj->as<ListObj>()->items.size();
  else if (obj->kind == ObjKind::Tuple)
    n = obj->as<TupleObj>()->items.size();
  else if (is_str(obj))
    n = obj->as<StrObj>()->value.size();
  else
    in.raise("TypeError", "'" + type_name(obj) + "' object is not subscriptable", loc);
  int64_t len = static_cast<int64_t>(n);
  auto clamp = [&](const Ref& v, int64_t dflt) {
    if (is_none(v)) return dflt;
    int64_t x = in.to_int(v, loc);
    if (x < 0) x += len;
    if (step > 0) return std::clamp<int64_t>(x, 0, len);
    return std::clamp<int64_t>(x, -1, len - 1);
  };
  int64_t a = clamp(lo, step > 0 ? 0 : len - 1), b = clamp(hi, step > 0 ? len : -1);
  std::vector<size_t> idx;
  for (int64_t i = a; step > 0 ? i < b : i > b; i += step) idx.push_back(static_cast<size_t>(i));
  if (is_str(obj)) {
    std::string out;
    for (auto i : idx) out += obj->as<StrObj>()->value[i];
    return obj->kind == ObjKind::Unicode ? make_unicode(out) : make_str(out);
  }
  std::vector<Ref> out;
  const auto& items = obj->kind == ObjKind::List ? obj->as<ListObj>()->items : obj->as<TupleObj>()->items;
  for (auto i : idx) out.push_back(items[i]);
  return obj->kind == ObjKind::Tuple ? make_tuple(out) : make_list(out);
}

Ref sorted_copy(Interp& in, std::vector<Ref> v, const Ref& key, bool reverse, Loc loc) {
  std::vector<std::pair<Ref, Ref>> keyed;
  for (auto& x : v) keyed.emplace_back(key ? in.call(key, {x}, {}, loc) : x, x);
  std::stable_sort(keyed.begin(), keyed.end(), [&](auto& a, auto& b) {
    return reverse ? in.compare(syntax::CmpOp::Lt, b.first, a.first, loc) : in.compare(syntax::CmpOp::Lt, a.first, b.first, loc);
  });
  std::vector<Ref> out;
  for (auto& p : keyed) out.push_back(p.second);
  return make_list(out);
}

}  // namespace

void Interp::install_builtins() {
  builtins_ = std::make_shared<ModuleObj>();
  builtins_->name = "__builtin__";
  builtins_->is_builtin = true;
  auto def = [&](const std::string& name, BuiltinFn fn) { builtins_->set(name, std::make_shared<BuiltinObj>(name, std::move(fn))); };
  auto& B = *builtins_;

  // Exception hierarchy (Python 2 with the Python 3 names RPython programs use).
  auto exc_init = std::make_shared<BuiltinObj>("BaseException.__init__", [](Interp&, Args& a, KwArgs&, Loc) {
    auto* self = a[0]->as<InstanceObj>();
    std::vector<Ref> rest(a.begin() + 1, a.end());
    self->attrs["args"] = make_tuple(rest);
    self->attrs["message"] = rest.size() == 1 ? rest[0] : make_str("");
    return none();
  });
  auto make_exc = [&](const std::string& name, const std::string& base) {
    auto c = std::make_shared<ClassObj>();
    c->name = c->qualname = name;
    c->module = builtins_.get();
    c->is_builtin_exception = true;
    if (!base.empty()) {
      Ref b = B.attrs[base];
      c->bases.push_back(b->as<ClassObj>());
      c->base_refs.push_back(b);
    } else {
      c->attrs["__init__"] = exc_init;
    }
    B.set(name, c);
  };
  make_exc("BaseException", "");
  make_exc("Exception", "BaseException");
  make_exc("SystemExit", "BaseException");
  make_exc("KeyboardInterrupt", "BaseException");
  make_exc("GeneratorExit", "BaseException");
  make_exc("StopIteration", "Exception");
  make_exc("StandardError", "Exception");
  for (const char* n :
       {"ArithmeticError", "LookupError", "EnvironmentError", "AssertionError", "AttributeError", "EOFError", "ImportError", "MemoryError",
        "NameError", "RuntimeError", "SyntaxError", "SystemError", "TypeError", "ValueError", "ReferenceError", "BufferError"})
    make_exc(n, "StandardError");
  make_exc("FloatingPointError", "ArithmeticError");
  make_exc("OverflowError", "ArithmeticError");
  make_exc("ZeroDivisionError", "ArithmeticError");
  make_exc("IndexError", "LookupError");
  make_exc("KeyError", "LookupError");
  make_exc("IOError", "EnvironmentError");
  make_exc("OSError", "EnvironmentError");
  make_exc("NotImplementedError", "RuntimeError");
  make_exc("RecursionError", "RuntimeError");
  make_exc("UnboundLocalError", "NameError");
  make_exc("UnicodeError", "ValueError");
  make_exc("UnicodeDecodeError", "UnicodeError");
  make_exc("UnicodeEncodeError", "UnicodeError");
  make_exc("IndentationError", "SyntaxError");
  make_exc("Warning", "Exception");
  make_exc("UserWarning", "Warning");
  make_exc("DeprecationWarning", "Warning");

  B.set("None", none());
  B.set("True", make_bool(true));
  B.set("False", make_bool(false));
  B.set("NotImplemented", std::make_shared<StrObj>("NotImplemented", false));
  B.set("__debug__", make_bool(true));

  def("object", nullptr);
  def("bytearray", nullptr);  // translated only (annotate/rlib_rules.cpp)
  def("len", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    need_args(in, "len", a, 1, 1, loc);
    const Ref& x = a[0];
    switch (x->kind) {
      case ObjKind::Str:
      case ObjKind::Unicode:
        return make_int(static_cast<int64_t>(x->as<StrObj>()->value.size()));
      case ObjKind::List:
        return make_int(static_cast<int64_t>(x->as<ListObj>()->items.size()));
      case ObjKind::Tuple:
        return make_int(static_cast<int64_t>(x->as<TupleObj>()->items.size()));
      case ObjKind::Dict:
      case ObjKind::Set:
        return make_int(static_cast<int64_t>(x->as<DictObj>()->keys.size()));
      case ObjKind::Instance:
        return in.call(in.get_attr(x, "__len__", loc), {}, {}, loc);
      default:
        in.raise("TypeError", "object of type '" + type_name(x) + "' has no len()", loc);
    }
  });
  auto range_fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    need_args(in, "range", a, 1, 3, loc);
    int64_t lo = 0, hi, step = 1;
    if (a.size() == 1)
      hi = in.to_int(a[0], loc);
    else {
      lo = in.to_int(a[0], loc);
      hi = in.to_int(a[1], loc);
      if (a.size() == 3) step = in.to_int(a[2], loc);
    }
    if (step == 0) in.raise("ValueError", "range() step argument must not be zero", loc);
    auto l = std::make_shared<ListObj>();
    for (int64_t i = lo; step > 0 ? i < hi : i > hi; i += step) l->items.push_back(make_int(i));
    return l;
  };
  def("range", range_fn);
  def("xrange", range_fn);
  def("int", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.empty()) return make_int(0);
    const Ref& x = a[0];
    if (is_str(x)) return make_int(parse_int(in, x->as<StrObj>()->value, a.size() > 1 ? static_cast<int>(in.to_int(a[1], loc)) : 10, loc));
    if (x->kind == ObjKind::Float) return make_int(static_cast<int64_t>(x->as<FloatObj>()->value));
    return make_int(in.to_int(x, loc));
  });
  def("long", B.attrs["int"]->as<BuiltinObj>()->fn);
  def("float", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.empty()) return make_float(0.0);
    const Ref& x = a[0];
    if (x->kind == ObjKind::Float) return x;
    if (is_str(x)) {
      const std::string& s = x->as<StrObj>()->value;
      char* end = nullptr;
      double d = strtod(s.c_str(), &end);
      if (end == s.c_str()) in.raise("ValueError", "could not convert string to float: " + repr(x), loc);
      return make_float(d);
    }
    return make_float(static_cast<double>(in.to_int(x, loc)));
  });
  def("str", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_str(a.empty() ? "" : to_str(a[0])); });
  def("bytes", B.attrs["str"]->as<BuiltinObj>()->fn);
  def("unicode", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_unicode(a.empty() ? "" : to_str(a[0])); });
  def("repr", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_str(repr(a.at(0))); });
  def("bool", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_bool(!a.empty() && truthy(a[0])); });
  def("chr", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    int64_t v = in.to_int(a.at(0), loc);
    if (v < 0 || v > 255) in.raise("ValueError", "chr() arg not in range(256)", loc);
    return make_str(std::string(1, static_cast<char>(v)));
  });
  def("unichr", B.attrs["chr"]->as<BuiltinObj>()->fn);
  def("ord", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& s = sval(in, a.at(0), loc);
    if (s.size() != 1)
      in.raise("TypeError", "ord() expected a character, but string of length " + std::to_string(s.size()) + " found", loc);
    return make_int(static_cast<unsigned char>(s[0]));
  });
  def("abs", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.at(0)->kind == ObjKind::Float) return make_float(std::fabs(a[0]->as<FloatObj>()->value));
    int64_t v = in.to_int(a[0], loc);
    return make_int(v < 0 ? -v : v);
  });
  def("hex", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    int64_t v = in.to_int(a.at(0), loc);
    char buf[40];
    snprintf(buf, sizeof buf, v < 0 ? "-0x%llx" : "0x%llx", static_cast<unsigned long long>(v < 0 ? -v : v));
    return make_str(buf);
  });
  def("isinstance", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    need_args(in, "isinstance", a, 2, 2, loc);
    std::function<bool(const Ref&)> check = [&](const Ref& spec) -> bool {
      if (spec->kind == ObjKind::Tuple) {
        for (auto& s : spec->as<TupleObj>()->items)
          if (check(s)) return true;
        return false;
      }
      if (spec->kind == ObjKind::Class)
        return a[0]->kind == ObjKind::Instance && a[0]->as<InstanceObj>()->klass()->is_subclass_of(spec->as<ClassObj>());
      if (spec->kind == ObjKind::Builtin) {
        const std::string& n = spec->as<BuiltinObj>()->name;
        std::string tn = kind_name(a[0]->kind);
        if (n == "object") return true;
        if (n == "int" || n == "long") return a[0]->kind == ObjKind::Int || a[0]->kind == ObjKind::Bool;
        if (n == "bytes") return a[0]->kind == ObjKind::Str;
        if (n == "basestring") return is_str(a[0]);
        return tn == n;
      }
      return false;
    };
    return make_bool(check(a[1]));
  });
  def("issubclass", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    need_args(in, "issubclass", a, 2, 2, loc);
    if (a[0]->kind != ObjKind::Class || a[1]->kind != ObjKind::Class) return make_bool(false);
    return make_bool(a[0]->as<ClassObj>()->is_subclass_of(a[1]->as<ClassObj>()));
  });
  def("hasattr", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    try {
      in.get_attr(a.at(0), sval(in, a.at(1), loc), loc);
      return make_bool(true);
    } catch (PyException&) {
      return make_bool(false);
    }
  });
  def("getattr", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    try {
      return in.get_attr(a.at(0), sval(in, a.at(1), loc), loc);
    } catch (PyException&) {
      if (a.size() > 2) return a[2];
      throw;
    }
  });
  def("setattr", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    in.set_attr(a.at(0), sval(in, a.at(1), loc), a.at(2), loc);
    return none();
  });
  def("list", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_list(a.empty() ? Args{} : in.iterate(a[0], loc)); });
  def("tuple", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_tuple(a.empty() ? Args{} : in.iterate(a[0], loc)); });
  def("set", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto s = std::make_shared<DictObj>(true);
    if (!a.empty())
      for (auto& x : in.iterate(a[0], loc)) s->set(x, none());
    return s;
  });
  def("frozenset", B.attrs["set"]->as<BuiltinObj>()->fn);
  def("dict", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    auto d = std::make_shared<DictObj>();
    if (!a.empty()) {
      if (a[0]->kind == ObjKind::Dict) {
        auto* s = a[0]->as<DictObj>();
        for (size_t i = 0; i < s->keys.size(); ++i) d->set(s->keys[i], s->values[i]);
      } else {
        for (auto& p : in.iterate(a[0], loc)) {
          auto kv = in.iterate(p, loc);
          if (kv.size() != 2) in.raise("ValueError", "dictionary update sequence element has wrong length", loc);
          d->set(kv[0], kv[1]);
        }
      }
    }
    for (auto& [k, v] : kw) d->set(make_str(k), v);
    return d;
  });
  def("enumerate", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::vector<Ref> out;
    int64_t i = a.size() > 1 ? in.to_int(a[1], loc) : 0;
    for (auto& x : in.iterate(a.at(0), loc)) out.push_back(make_tuple({make_int(i++), x}));
    return make_list(out);
  });
  def("zip", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::vector<std::vector<Ref>> seqs;
    size_t n = SIZE_MAX;
    for (auto& s : a) {
      seqs.push_back(in.iterate(s, loc));
      n = std::min(n, seqs.back().size());
    }
    std::vector<Ref> out;
    for (size_t i = 0; i < (seqs.empty() ? 0 : n); ++i) {
      std::vector<Ref> t;
      for (auto& s : seqs) t.push_back(s[i]);
      out.push_back(make_tuple(t));
    }
    return make_list(out);
  });
  def("reversed", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto v = in.iterate(a.at(0), loc);
    std::reverse(v.begin(), v.end());
    return make_list(v);
  });
  def("sorted", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref key;
    bool rev = false;
    for (auto& [k, v] : kw) {
      if (k == "key") key = is_none(v) ? nullptr : v;
      if (k == "reverse") rev = truthy(v);
    }
    return sorted_copy(in, in.iterate(a.at(0), loc), key, rev, loc);
  });
  auto minmax = [](bool is_max) {
    return [is_max](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
      std::vector<Ref> v = a.size() == 1 ? in.iterate(a[0], loc) : a;
      if (v.empty()) in.raise("ValueError", std::string(is_max ? "max" : "min") + "() arg is an empty sequence", loc);
      Ref key;
      for (auto& [k, val] : kw)
        if (k == "key") key = val;
      Ref best = v[0], bestk = key ? in.call(key, {v[0]}, {}, loc) : v[0];
      for (size_t i = 1; i < v.size(); ++i) {
        Ref k = key ? in.call(key, {v[i]}, {}, loc) : v[i];
        if (in.compare(is_max ? syntax::CmpOp::Gt : syntax::CmpOp::Lt, k, bestk, loc)) {
          best = v[i];
          bestk = k;
        }
      }
      return best;
    };
  };
  def("min", minmax(false));
  def("max", minmax(true));
  def("sum", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref acc = a.size() > 1 ? a[1] : make_int(0);
    for (auto& x : in.iterate(a.at(0), loc)) acc = in.binary(syntax::BinOp::Add, acc, x, loc);
    return acc;
  });
  def("any", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    for (auto& x : in.iterate(a.at(0), loc))
      if (truthy(x)) return make_bool(true);
    return make_bool(false);
  });
  def("all", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    for (auto& x : in.iterate(a.at(0), loc))
      if (!truthy(x)) return make_bool(false);
    return make_bool(true);
  });
  def("divmod", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return make_tuple({in.binary(syntax::BinOp::FloorDiv, a.at(0), a.at(1), loc), in.binary(syntax::BinOp::Mod, a[0], a[1], loc)});
  });
  def("pow", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return in.binary(syntax::BinOp::Pow, a.at(0), a.at(1), loc); });
  def("hash", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_int(static_cast<int64_t>(value_hash(a.at(0)))); });
  def("id", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_int(reinterpret_cast<int64_t>(a.at(0).get())); });
  def("type", [](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
    if (a.at(0)->kind == ObjKind::Instance) return a[0]->as<InstanceObj>()->cls;
    Ref b = in.builtins()->attrs[kind_name(a[0]->kind)];
    return b ? b : none();
  });
  def("iter", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_list(in.iterate(a.at(0), loc)); });
  def("callable", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    auto k = a.at(0)->kind;
    return make_bool(k == ObjKind::Function || k == ObjKind::Builtin || k == ObjKind::Class || k == ObjKind::Method);
  });
  def("staticmethod", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return std::make_shared<WrapperObj>(ObjKind::StaticMethod, a.at(0)); });
  def("classmethod", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return std::make_shared<WrapperObj>(ObjKind::ClassMethod, a.at(0)); });
  def("property", [](Interp&, Args& a, KwArgs& kw, Loc) -> Ref {
    auto p = std::make_shared<PropertyObj>();
    if (!a.empty()) p->fget = a[0];
    if (a.size() > 1) p->fset = a[1];
    for (auto& [k, v] : kw) {
      if (k == "fget") p->fget = v;
      if (k == "fset") p->fset = v;
    }
    return p;
  });
  def("print", [](Interp&, Args& a, KwArgs& kw, Loc) -> Ref {
    std::string sep = " ", end = "\n";
    for (auto& [k, v] : kw) {
      if (k == "sep" && !is_none(v)) sep = to_str(v);
      if (k == "end" && !is_none(v)) end = to_str(v);
    }
    std::string out;
    for (size_t i = 0; i < a.size(); ++i) out += (i ? sep : "") + to_str(a[i]);
    out += end;
    fputs(out.c_str(), stdout);
    return none();
  });
  def("format", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::string spec = a.size() > 1 ? to_str(a[1]) : "";
    if (spec.empty()) return make_str(to_str(a.at(0)));
    std::string conv = "%" + spec;
    char last = spec.back();
    if (!isalpha(static_cast<unsigned char>(last))) conv += a[0]->kind == ObjKind::Float ? 'g' : is_str(a[0]) ? 's' : 'd';
    // translate Python's '<' and '>' alignment into printf flags
    std::string fixed;
    for (char c : conv) {
      if (c == '<')
        fixed += '-';
      else if (c == '>')
        continue;
      else
        fixed += c;
    }
    return make_str(format_percent(in, fixed, a[0], loc));
  });
  def("__rpy_format__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return make_str(format_percent(in, a.at(0)->as<StrObj>()->value, a.at(1), loc));
  });
  def("__rpy_slice__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return slice_of(in, a[0], a[1], a[2], a[3], loc); });
  for (const char* n :
       {"basestring", "file",   "open",       "input", "raw_input", "super", "vars",  "globals", "locals", "compile", "eval",
        "execfile",   "reload", "__import__", "cmp",   "oct",       "bin",   "round", "next",    "map",    "filter",  "reduce"})
    if (!B.attrs.count(n)) def(n, nullptr);
}

// Methods of builtin values at import time.
Ref Interp::builtin_method(const Ref& obj, const std::string& name, Loc loc) {
  auto bind = [&](BuiltinFn fn) {
    auto b = std::make_shared<BuiltinObj>(std::string(kind_name(obj->kind)) + "." + name, std::move(fn));
    b->self = obj;
    return b;
  };
  if (obj->kind == ObjKind::List) {
    if (name == "append")
      return bind([](Interp&, Args& a, KwArgs&, Loc) -> Ref {
        a[0]->as<ListObj>()->items.push_back(a.at(1));
        return none();
      });
    if (name == "extend")
      return bind([](Interp& in, Args& a, KwArgs&, Loc l) -> Ref {
        for (auto& x : in.iterate(a.at(1), l)) a[0]->as<ListObj>()->items.push_back(x);
        return none();
      });
    if (name == "insert")
      return bind([](Interp& in, Args& a, KwArgs&, Loc l) -> Ref {
        auto& it = a[0]->as<ListObj>()->items;
        int64_t i = std::clamp<int64_t>(in.to_int(a.at(1), l), 0, static_cast<int64_t>(it.size()));
        it.insert(it.begin() + i, a.at(2));
        return none();
      });
    if (name == "pop")
      return bind([](Interp& in, Args& a, KwArgs&, Loc l) -> Ref {
        auto& it = a[0]->as<ListObj>()->items;
        if (it.empty()) in.raise("IndexError", "pop from empty list", l);
        int64_t i = a.size() > 1 ? in.to_int(a[1], l) : -1;
        if (i < 0) i += static_cast<int64_t>(it.size());
        if (i < 0 || i >= static_cast<int64_t>(it.size())) in.raise("IndexError", "pop index out of range", l);
        Ref v = it[i];
        it.erase(it.begin() + i);
        return v;
      });
    if (name == "reverse")
      return bind([](Interp&, Args& a, KwArgs&, Loc) -> Ref {
        auto& it = a[0]->as<ListObj>()->items;
        std::reverse(it.begin(), it.end());
        return none();
      });
    if (name == "sort")
      return bind([](Interp& in, Args& a, KwArgs& kw, Loc l) -> Ref {
        Ref key;
        bool rev = false;
        for (auto& [k, v] : kw) {
          if (k == "key") key = is_none(v) ? nullptr : v;
          if (k == "reverse") rev = truthy(v);
        }
        auto sorted = sorted_copy(in, a[0]->as<ListObj>()->items, key, rev, l);
        a[0]->as<ListObj>()->items = sorted->as<ListObj>()->items;
        return none();
      });
    if (name == "index" || name == "count" || name == "remove") {
      return bind([name](Interp& in, Args& a, KwArgs&, Loc l) -> Ref {
        auto& it = a[0]->as<ListObj>()->items;
        int64_t count = 0;
        for (size_t i = 0; i < it.size(); ++i)
          if (values_equal(it[i], a.at(1))) {
            if (name == "index") return make_int(static_cast<int64_t>(i));
            if (name == "remove") {
              it.erase(it.begin() + i);
              return none();
            }
            ++count;
          }
        if (name == "count") return make_int(count);
        in.raise("ValueError", "list." + name + "(x): x not in list", l);
      });
    }
  }
  if (obj->kind == ObjKind::Dict) {
    if (name == "get")
      return bind([](Interp&, Args& a, KwArgs&, Loc) -> Ref {
        auto* d = a[0]->as<DictObj>();
        long i = d->find(a.at(1));
        return i >= 0 ? d->values[i] : (a.size() > 2 ? a[2] : none());
      });
    if (name == "setdefault")
      return bind([](Interp&, Args& a, KwArgs&, Loc) -> Ref {
        auto* d = a[0]->as<DictObj>();
        long i = d->find(a.at(1));
        if (i >= 0) return d->values[i];
        Ref v = a.size() > 2 ? a[2] : none();
        d->set(a[1], v);
        return v;
      });
    if (name == "keys" || name == "iterkeys")
      return bind([](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_list(a[0]->as<DictObj>()->keys); });
    if (name == "values" || name == "itervalues")
      return bind([](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_list(a[0]->as<DictObj>()->values); });
    if (name == "items" || name == "iteritems")
      return bind([](Interp&, Args& a, KwArgs&, Loc) -> Ref {
        auto* d = a[0]->as<DictObj>();
        std::vector<Ref> out;
        for (size_t i = 0; i < d->keys.size(); ++i) out.push_back(make_tuple({d->keys[i], d->values[i]}));
        return make_list(out);
      });
    if (name == "update")
      return bind([](Interp&, Args& a, KwArgs&, Loc) -> Ref {
        auto* s = a.at(1)->as<DictObj>();
        for (size_t i = 0; i < s->keys.size(); ++i) a[0]->as<DictObj>()->set(s->keys[i], s->values[i]);
        return none();
      });
    if (name == "copy")
      return bind([](Interp&, Args& a, KwArgs&, Loc) -> Ref {
        auto d = std::make_shared<DictObj>();
        *d = *a[0]->as<DictObj>();
        return d;
      });
    if (name == "pop")
      return bind([](Interp& in, Args& a, KwArgs&, Loc l) -> Ref {
        auto* d = a[0]->as<DictObj>();
        long i = d->find(a.at(1));
        if (i < 0) {
          if (a.size() > 2) return a[2];
          in.raise("KeyError", repr(a[1]), l);
        }
        Ref v = d->values[i];
        d->erase(a[1]);
        return v;
      });
  }
  if (obj->kind == ObjKind::Set && name == "add")
    return bind([](Interp&, Args& a, KwArgs&, Loc) -> Ref {
      a[0]->as<DictObj>()->set(a.at(1), none());
      return none();
    });
  if (is_str(obj)) {
    if (name == "join")
      return bind([](Interp& in, Args& a, KwArgs&, Loc l) -> Ref {
        std::string out;
        bool first = true;
        for (auto& x : in.iterate(a.at(1), l)) {
          if (!first) out += a[0]->as<StrObj>()->value;
          out += sval(in, x, l);
          first = false;
        }
        return make_str(out);
      });
    if (name == "split")
      return bind([](Interp& in, Args& a, KwArgs&, Loc l) -> Ref {
        const std::string& s = a[0]->as<StrObj>()->value;
        std::vector<Ref> out;
        if (a.size() < 2 || is_none(a[1])) {
          size_t i = 0;
          while (i < s.size()) {
            while (i < s.size() && isspace(static_cast<unsigned char>(s[i]))) ++i;
            size_t j = i;
            while (j < s.size() && !isspace(static_cast<unsigned char>(s[j]))) ++j;
            if (j > i) out.push_back(make_str(s.substr(i, j - i)));
            i = j;
          }
        } else {
          const std::string& sep = sval(in, a[1], l);
          if (sep.empty()) in.raise("ValueError", "empty separator", l);
          size_t i = 0, j;
          while ((j = s.find(sep, i)) != std::string::npos) {
            out.push_back(make_str(s.substr(i, j - i)));
            i = j + sep.size();
          }
          out.push_back(make_str(s.substr(i)));
        }
        return make_list(out);
      });
    if (name == "strip" || name == "lstrip" || name == "rstrip")
      return bind([name](Interp&, Args& a, KwArgs&, Loc) -> Ref {
        std::string s = a[0]->as<StrObj>()->value;
        std::string chars = a.size() > 1 && !is_none(a[1]) ? a[1]->as<StrObj>()->value : std::string(" \t\n\r\f\v");
        size_t b = 0, e = s.size();
        if (name != "rstrip")
          while (b < e && chars.find(s[b]) != std::string::npos) ++b;
        if (name != "lstrip")
          while (e > b && chars.find(s[e - 1]) != std::string::npos) --e;
        return make_str(s.substr(b, e - b));
      });
    if (name == "startswith" || name == "endswith")
      return bind([name](Interp& in, Args& a, KwArgs&, Loc l) -> Ref {
        const std::string& s = a[0]->as<StrObj>()->value;
        const std::string& p = sval(in, a.at(1), l);
        if (p.size() > s.size()) return make_bool(false);
        return make_bool(name == "startswith" ? s.compare(0, p.size(), p) == 0 : s.compare(s.size() - p.size(), p.size(), p) == 0);
      });
    if (name == "upper" || name == "lower")
      return bind([name](Interp&, Args& a, KwArgs&, Loc) -> Ref {
        std::string s = a[0]->as<StrObj>()->value;
        for (auto& c : s)
          c = name == "upper" ? static_cast<char>(toupper(static_cast<unsigned char>(c)))
                              : static_cast<char>(tolower(static_cast<unsigned char>(c)));
        return make_str(s);
      });
    if (name == "replace")
      return bind([](Interp& in, Args& a, KwArgs&, Loc l) -> Ref {
        std::string s = a[0]->as<StrObj>()->value;
        const std::string& o = sval(in, a.at(1), l);
        const std::string& n = sval(in, a.at(2), l);
        if (o.empty()) return make_str(s);
        std::string out;
        size_t i = 0, j;
        while ((j = s.find(o, i)) != std::string::npos) {
          out += s.substr(i, j - i) + n;
          i = j + o.size();
        }
        return make_str(out + s.substr(i));
      });
    if (name == "find")
      return bind([](Interp& in, Args& a, KwArgs&, Loc l) -> Ref {
        size_t p = a[0]->as<StrObj>()->value.find(sval(in, a.at(1), l));
        return make_int(p == std::string::npos ? -1 : static_cast<int64_t>(p));
      });
    if (name == "encode" || name == "decode")
      return bind([](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_str(a[0]->as<StrObj>()->value); });
  }
  raise("AttributeError", "'" + type_name(obj) + "' object has no attribute '" + name + "'", loc);
}

}  // namespace rpy::modules
