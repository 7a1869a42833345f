// Operators: numbers, sequences and strings natively; everything else through the special
// methods (__add__, __radd__, __iadd__, __lt__, __eq__, Python 2's __cmp__...), with Python's
// order of trying them and its error messages.
#include <cmath>

#include "modules/interp.hpp"
#include "modules/objects/objects.hpp"
#include "modules/objects/regex_flag.hpp"

namespace rpy::modules {

using syntax::BinOp;
using syntax::CmpOp;
using syntax::UnaryOp;

namespace {

struct OpNames {
  const char *op, *rop, *iop;
};

OpNames op_names(Interp& in, BinOp op) {
  switch (op) {
    case BinOp::Add:
      return {"__add__", "__radd__", "__iadd__"};
    case BinOp::Sub:
      return {"__sub__", "__rsub__", "__isub__"};
    case BinOp::Mul:
      return {"__mul__", "__rmul__", "__imul__"};
    case BinOp::Div:
      if (in.python() == 3) return {"__truediv__", "__rtruediv__", "__itruediv__"};
      return {"__div__", "__rdiv__", "__idiv__"};
    case BinOp::TrueDiv:
      return {"__truediv__", "__rtruediv__", "__itruediv__"};
    case BinOp::FloorDiv:
      return {"__floordiv__", "__rfloordiv__", "__ifloordiv__"};
    case BinOp::Mod:
      return {"__mod__", "__rmod__", "__imod__"};
    case BinOp::Pow:
      return {"__pow__", "__rpow__", "__ipow__"};
    case BinOp::LShift:
      return {"__lshift__", "__rlshift__", "__ilshift__"};
    case BinOp::RShift:
      return {"__rshift__", "__rrshift__", "__irshift__"};
    case BinOp::BitOr:
      return {"__or__", "__ror__", "__ior__"};
    case BinOp::BitXor:
      return {"__xor__", "__rxor__", "__ixor__"};
    case BinOp::BitAnd:
      return {"__and__", "__rand__", "__iand__"};
    case BinOp::MatMul:
      return {"__matmul__", "__rmatmul__", "__imatmul__"};
  }
  return {"", "", ""};
}

bool is_not_impl(Interp& in, const Ref& r) { return r.get() == in.builtin_class("NotImplemented").get(); }

bool has_methods(const Ref& r) { return r->kind == ObjKind::Instance || r->kind == ObjKind::Native; }

Ref repeat_seq(Interp& in, const Ref& seq, const Ref& count, Loc loc) {
  int64_t n;
  if (!integer_fits_word(count, &n)) {
    if (count->kind == ObjKind::Long && count->as<LongObj>()->value.negative())
      n = 0;
    else
      in.raise("OverflowError", "cannot fit 'long' into an index-sized integer", loc);
  }
  if (n < 0) n = 0;
  if (is_str(seq)) {
    const std::string& s = seq->as<StrObj>()->value;
    if (!s.empty()) in.check_alloc(static_cast<size_t>(n) * s.size() / sizeof(Ref) + 1, loc);
    if (!s.empty() && static_cast<uint64_t>(n) > (uint64_t{1} << 40) / s.size()) in.raise("MemoryError", "", loc);
    // Doubling: log2(n) copies instead of n appends ('x' * (1 << 20) builds tables at import time).
    const size_t total = s.size() * static_cast<size_t>(n);
    std::string out;
    out.reserve(total);
    if (n > 0) out = s;
    while (out.size() && out.size() * 2 <= total) out.append(out.data(), out.size());
    out.append(out.data(), total - out.size());
    return same_kind_str(seq, std::move(out));
  }
  const auto& src = seq->kind == ObjKind::List ? seq->as<ListObj>()->items : seq->as<TupleObj>()->items;
  if (!src.empty()) {
    if (static_cast<uint64_t>(n) > (uint64_t{1} << 40) / src.size()) in.raise("MemoryError", "", loc);
    in.check_alloc(static_cast<size_t>(n) * src.size(), loc);
  }
  std::vector<Ref> v;
  v.reserve(src.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) v.insert(v.end(), src.begin(), src.end());
  if (seq->kind == ObjKind::Tuple) return make_tuple(std::move(v));
  return make_list(std::move(v));
}

Ref set_op(Interp& in, BinOp op, const Ref& a, const Ref& b) {
  auto* x = a->as<DictObj>();
  auto* y = b->as<DictObj>();
  auto out = std::make_shared<DictObj>(true);
  out->frozen = x->frozen;
  const KeyOps& k = in.key_ops();
  switch (op) {
    case BinOp::BitOr:
      for (auto& e : x->keys) out->set(e, none(), k);
      for (auto& e : y->keys) out->set(e, none(), k);
      break;
    case BinOp::BitAnd:
      for (auto& e : x->keys)
        if (y->find(e, k) >= 0) out->set(e, none(), k);
      break;
    case BinOp::Sub:
      for (auto& e : x->keys)
        if (y->find(e, k) < 0) out->set(e, none(), k);
      break;
    case BinOp::BitXor:
      for (auto& e : x->keys)
        if (y->find(e, k) < 0) out->set(e, none(), k);
      for (auto& e : y->keys)
        if (x->find(e, k) < 0) out->set(e, none(), k);
      break;
    default:
      return nullptr;
  }
  return out;
}

// The builtin meaning of a binary operator, or null.
Ref builtin_binary(Interp& in, BinOp op, const Ref& a, const Ref& b, Loc loc) {
  if (Ref r = int_binary(in, op, a, b, loc)) return r;
  bool an = is_integer(a) || a->kind == ObjKind::Float, bn = is_integer(b) || b->kind == ObjKind::Float;
  if (an && bn) return float_binary(in, op, in.to_float(a, loc), in.to_float(b, loc), loc);
  bool as = is_str(a), bs = is_str(b);
  switch (op) {
    case BinOp::Add:
      if (as && bs && is_bytes(a) == is_bytes(b)) {
        bool uni = a->kind == ObjKind::Unicode || b->kind == ObjKind::Unicode;
        std::string s = a->as<StrObj>()->value + b->as<StrObj>()->value;
        if (is_bytes(a)) return make_bytes(std::move(s));
        return uni ? make_unicode(std::move(s)) : make_str(std::move(s));
      }
      if (a->kind == ObjKind::List && b->kind == ObjKind::List) {
        std::vector<Ref> v = a->as<ListObj>()->items;
        v.insert(v.end(), b->as<ListObj>()->items.begin(), b->as<ListObj>()->items.end());
        return make_list(std::move(v));
      }
      if (a->kind == ObjKind::Tuple && b->kind == ObjKind::Tuple) {
        std::vector<Ref> v = a->as<TupleObj>()->items;
        v.insert(v.end(), b->as<TupleObj>()->items.begin(), b->as<TupleObj>()->items.end());
        return make_tuple(std::move(v));
      }
      break;
    case BinOp::Mul:
      if ((as || a->kind == ObjKind::List || a->kind == ObjKind::Tuple) && is_integer(b)) return repeat_seq(in, a, b, loc);
      if ((bs || b->kind == ObjKind::List || b->kind == ObjKind::Tuple) && is_integer(a)) return repeat_seq(in, b, a, loc);
      break;
    case BinOp::Mod:
      if (as) return percent_format(in, a, b, loc);
      break;
    case BinOp::BitOr:
    case BinOp::BitAnd:
    case BinOp::Sub:
    case BinOp::BitXor:
      if (a->kind == ObjKind::Set && b->kind == ObjKind::Set) return set_op(in, op, a, b);
      if (op == BinOp::BitOr && a->kind == ObjKind::Dict && b->kind == ObjKind::Dict && in.python() == 3) {
        auto d = std::make_shared<DictObj>(*a->as<DictObj>());
        auto* y = b->as<DictObj>();
        for (size_t i = 0; i < y->keys.size(); ++i) d->set(y->keys[i], y->values[i], in.key_ops());
        return d;
      }
      break;
    default:
      break;
  }
  return nullptr;
}

[[noreturn]] void binary_type_error(Interp& in, BinOp op, const Ref& a, const Ref& b, Loc loc) {
  std::string ta = type_name(a), tb = type_name(b);
  if (op == BinOp::Add && is_str(a) && in.python() == 2)
    in.raise("TypeError", "cannot concatenate '" + ta + "' and '" + tb + "' objects", loc);
  if (op == BinOp::Add && is_str(a)) in.raise("TypeError", "can only concatenate str (not \"" + tb + "\") to str", loc);
  if (op == BinOp::Add && (a->kind == ObjKind::List || a->kind == ObjKind::Tuple))
    in.raise("TypeError", "can only concatenate " + ta + " (not \"" + tb + "\") to " + ta, loc);
  if (op == BinOp::Mul && (is_str(a) || a->kind == ObjKind::List || a->kind == ObjKind::Tuple))
    in.raise("TypeError", "can't multiply sequence by non-int of type '" + tb + "'", loc);
  std::string sym = syntax::binop_symbol(op);
  if (op == BinOp::Pow) sym = "** or pow()";
  in.raise("TypeError", "unsupported operand type(s) for " + sym + ": '" + ta + "' and '" + tb + "'", loc);
}

// A method of an instance, or of a native object's type.
Ref method_of(Interp& in, const Ref& obj, const char* name) {
  if (obj->kind == ObjKind::Instance) return in.user_special(obj, name);
  if (obj->kind == ObjKind::Native) return in.special(obj, name);
  return nullptr;
}

}  // namespace

BinOp Interp::source_op(BinOp op, const Frame& f) const {
  if (op != BinOp::Div) return op;
  return python_ == 3 || (f.module && f.module->future_division) ? BinOp::TrueDiv : op;
}

Ref Interp::binary(BinOp op, const Ref& a, const Ref& b, Loc loc) {
  // re's flags: `|`, `&`, `^` with an int give a flag (RegexFlag's methods and reflected methods;
  // bool's own `True | flag` gives an int) (regex_flag.hpp)
  if ((op == BinOp::BitOr || op == BinOp::BitAnd || op == BinOp::BitXor) &&
      (is_regex_flag(a) || (is_regex_flag(b) && a->kind != ObjKind::Bool)) && is_integer(a) && is_integer(b)) {
    Ref r =
        binary(op, is_regex_flag(a) ? make_int(a->as<IntObj>()->value) : a, is_regex_flag(b) ? make_int(b->as<IntObj>()->value) : b, loc);
    return r->kind == ObjKind::Int ? make_regex_flag(r->as<IntObj>()->value) : r;
  }
  if (a->kind == ObjKind::Int && b->kind == ObjKind::Int) {
    if (Ref r = int_binary(*this, op, a, b, loc)) return r;
  }
  if (!has_methods(a) && !has_methods(b)) {
    if (Ref r = builtin_binary(*this, op, a, b, loc)) return r;
    binary_type_error(*this, op, a, b, loc);
  }
  OpNames names = op_names(*this, op);
  // b's reflected method first when b's class is a subclass of a's.
  bool b_first = a->kind == ObjKind::Instance && b->kind == ObjKind::Instance && a->as<InstanceObj>()->cls != b->as<InstanceObj>()->cls &&
                 b->as<InstanceObj>()->klass()->is_subclass_of(a->as<InstanceObj>()->klass());
  if (b_first)
    if (Ref m = method_of(*this, b, names.rop)) {
      Ref r = call(m, {a}, {}, loc);
      if (!is_not_impl(*this, r)) return r;
    }
  if (Ref m = method_of(*this, a, names.op)) {
    Ref r = call(m, {b}, {}, loc);
    if (!is_not_impl(*this, r)) return r;
  }
  if (!b_first)
    if (Ref m = method_of(*this, b, names.rop)) {
      Ref r = call(m, {a}, {}, loc);
      if (!is_not_impl(*this, r)) return r;
    }
  // Instances of subclasses of builtin types: the builtin operation on their values.
  Ref ua = unwrap(a), ub = unwrap(b);
  if (ua != a || ub != b)
    if (Ref r = builtin_binary(*this, op, ua, ub, loc)) return r;
  if (op == BinOp::Mod && is_str(ua)) return builtin_binary(*this, op, ua, b, loc);
  binary_type_error(*this, op, a, b, loc);
}

Ref Interp::inplace(BinOp op, const Ref& a, const Ref& b, Loc loc) {
  if (has_methods(a)) {
    if (Ref m = method_of(*this, a, op_names(*this, op).iop)) {
      Ref r = call(m, {b}, {}, loc);
      if (!is_not_impl(*this, r)) return r;
    }
  }
  if (a->kind == ObjKind::List) {
    auto& items = a->as<ListObj>()->items;
    if (op == BinOp::Add) {
      std::vector<Ref> src = iterate(b, loc);
      items.insert(items.end(), src.begin(), src.end());
      return a;
    }
    if (op == BinOp::Mul && is_integer(b)) {
      Ref r = repeat_seq(*this, a, b, loc);
      items = r->as<ListObj>()->items;
      return a;
    }
  }
  if (a->kind == ObjKind::Set && b->kind == ObjKind::Set && !a->as<DictObj>()->frozen) {
    Ref r = set_op(*this, op, a, b);
    if (r) {
      auto* d = a->as<DictObj>();
      d->clear();
      for (auto& k : r->as<DictObj>()->keys) d->set(k, none(), key_ops());
      return a;
    }
  }
  if (a->kind == ObjKind::Dict && b->kind == ObjKind::Dict && op == BinOp::BitOr && python_ == 3) {
    auto* y = b->as<DictObj>();
    for (size_t i = 0; i < y->keys.size(); ++i) a->as<DictObj>()->set(y->keys[i], y->values[i], key_ops());
    return a;
  }
  return binary(op, a, b, loc);
}

Ref Interp::unary(UnaryOp op, const Ref& v, Loc loc) {
  if (op == UnaryOp::Not) return make_bool(!truth(v, loc));
  if (op == UnaryOp::Invert && is_regex_flag(v)) return make_regex_flag(regex_flag_invert(v->as<IntObj>()->value));
  if (is_integer(v)) {
    bool as_long = python_ == 2 && v->kind == ObjKind::Long;
    int64_t x;
    if (v->kind != ObjKind::Long && integer_fits_word(v, &x)) {
      if (op == UnaryOp::Pos) return make_int(x);
      if (op == UnaryOp::Invert) return make_int(~x);
      if (x != INT64_MIN) return make_int(-x);
    }
    BigInt b = integer_value(v);
    if (op == UnaryOp::Pos) return make_integer(b, as_long);
    if (op == UnaryOp::Invert) return make_integer(~b, as_long);
    return make_integer(-b, as_long);
  }
  if (v->kind == ObjKind::Float) {
    double d = v->as<FloatObj>()->value;
    if (op == UnaryOp::Neg) return make_float(-d);
    if (op == UnaryOp::Pos) return v;
    raise("TypeError", "bad operand type for unary ~: 'float'", loc);
  }
  const char* name = op == UnaryOp::Neg ? "__neg__" : op == UnaryOp::Pos ? "__pos__" : "__invert__";
  if (Ref m = method_of(*this, v, name)) return call(m, {}, {}, loc);
  Ref u = unwrap(v);
  if (u != v) return unary(op, u, loc);
  raise("TypeError", std::string("bad operand type for unary ") + syntax::unaryop_symbol(op) + ": '" + type_name(v) + "'", loc);
}

// ---------------------------------------------------------------------------------------------
// Comparisons

namespace {

const char* cmp_method(CmpOp op) {
  const char* name = syntax::cmpop_method(op);
  return name ? name : "";
}

CmpOp swapped(CmpOp op) {
  switch (op) {
    case CmpOp::Lt:
      return CmpOp::Gt;
    case CmpOp::LtE:
      return CmpOp::GtE;
    case CmpOp::Gt:
      return CmpOp::Lt;
    case CmpOp::GtE:
      return CmpOp::LtE;
    default:
      return op;
  }
}

bool apply_order(CmpOp op, int c) {
  switch (op) {
    case CmpOp::Lt:
      return c < 0;
    case CmpOp::LtE:
      return c <= 0;
    case CmpOp::Gt:
      return c > 0;
    case CmpOp::GtE:
      return c >= 0;
    case CmpOp::Eq:
      return c == 0;
    case CmpOp::NotEq:
      return c != 0;
    default:
      return false;
  }
}

int numeric_cmp(const Ref& a, const Ref& b) {  // 2: unordered
  if (a->kind == ObjKind::Float || b->kind == ObjKind::Float) {
    if (a->kind == ObjKind::Float && b->kind == ObjKind::Float) {
      double x = a->as<FloatObj>()->value, y = b->as<FloatObj>()->value;
      return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
    }
    if (a->kind == ObjKind::Float) {
      int c = integer_value(b).compare_double(a->as<FloatObj>()->value);
      return c == 2 ? 2 : -c;
    }
    return integer_value(a).compare_double(b->as<FloatObj>()->value);
  }
  int64_t x, y;
  if (integer_fits_word(a, &x) && integer_fits_word(b, &y)) return x < y ? -1 : x > y ? 1 : 0;
  return BigInt::compare(integer_value(a), integer_value(b));
}

bool is_number(const Ref& r) { return is_integer(r) || r->kind == ObjKind::Float; }

// Python 2's order between values of unrelated types: None first, then numbers, then by type name.
int py2_fallback_cmp(const Ref& a, const Ref& b) {
  if (is_none(a)) return is_none(b) ? 0 : -1;
  if (is_none(b)) return 1;
  if (is_number(a) != is_number(b)) return is_number(a) ? -1 : 1;
  std::string ta = type_name(a), tb = type_name(b);
  if (ta != tb) return ta < tb ? -1 : 1;
  return a.get() < b.get() ? -1 : a.get() > b.get() ? 1 : 0;
}

}  // namespace

Ref Interp::rich_compare(CmpOp op, const Ref& a, const Ref& b, Loc loc) {
  switch (op) {
    case CmpOp::Is:
      return make_bool(a.get() == b.get());
    case CmpOp::IsNot:
      return make_bool(a.get() != b.get());
    case CmpOp::In:
      return make_bool(contains(b, a, loc));
    case CmpOp::NotIn:
      return make_bool(!contains(b, a, loc));
    default:
      break;
  }
  if (is_number(a) && is_number(b)) {
    int c = numeric_cmp(a, b);
    return make_bool(c == 2 ? op == CmpOp::NotEq : apply_order(op, c));
  }
  if (has_methods(a) || has_methods(b)) {
    const char* name = cmp_method(op);
    const char* rname = cmp_method(swapped(op));
    bool b_first = a->kind == ObjKind::Instance && b->kind == ObjKind::Instance && a->as<InstanceObj>()->cls != b->as<InstanceObj>()->cls &&
                   b->as<InstanceObj>()->klass()->is_subclass_of(a->as<InstanceObj>()->klass());
    if (b_first)
      if (Ref m = method_of(*this, b, rname)) {
        Ref r = call(m, {a}, {}, loc);
        if (!is_not_impl(*this, r)) return r;
      }
    if (Ref m = method_of(*this, a, name)) {
      Ref r = call(m, {b}, {}, loc);
      if (!is_not_impl(*this, r)) return r;
    }
    if (!b_first)
      if (Ref m = method_of(*this, b, rname)) {
        Ref r = call(m, {a}, {}, loc);
        if (!is_not_impl(*this, r)) return r;
      }
    if (op == CmpOp::NotEq && python_ == 3) {
      if (Ref m = method_of(*this, a, "__eq__")) {
        Ref r = call(m, {b}, {}, loc);
        if (!is_not_impl(*this, r)) return make_bool(!truth(r, loc));
      }
    }
    if (python_ == 2) {
      if (Ref m = method_of(*this, a, "__cmp__")) {
        Ref r = call(m, {b}, {}, loc);
        if (!is_not_impl(*this, r)) return make_bool(apply_order(op, static_cast<int>(std::clamp<int64_t>(to_int(r, loc), -1, 1))));
      }
      if (Ref m = method_of(*this, b, "__cmp__")) {
        Ref r = call(m, {a}, {}, loc);
        if (!is_not_impl(*this, r)) return make_bool(apply_order(op, -static_cast<int>(std::clamp<int64_t>(to_int(r, loc), -1, 1))));
      }
    }
    Ref ua = unwrap(a), ub = unwrap(b);
    if (ua != a || ub != b) return rich_compare(op, ua, ub, loc);
    if (op == CmpOp::Eq) return make_bool(a.get() == b.get());
    if (op == CmpOp::NotEq) return make_bool(a.get() != b.get());
    if (python_ == 2) return make_bool(apply_order(op, py2_fallback_cmp(a, b)));
    raise("TypeError",
          std::string("'") + syntax::cmpop_symbol(op) + "' not supported between instances of '" + type_name(a) + "' and '" + type_name(b) +
              "'",
          loc);
  }
  if (op == CmpOp::Eq) return make_bool(eq(a, b, loc));
  if (op == CmpOp::NotEq) return make_bool(!eq(a, b, loc));
  // Orderings of builtin values.
  if (is_str(a) && is_str(b)) {
    int c = a->as<StrObj>()->value.compare(b->as<StrObj>()->value);
    return make_bool(apply_order(op, c < 0 ? -1 : c > 0 ? 1 : 0));
  }
  if ((a->kind == ObjKind::Tuple || a->kind == ObjKind::List) && a->kind == b->kind) {
    const auto& x = a->kind == ObjKind::Tuple ? a->as<TupleObj>()->items : a->as<ListObj>()->items;
    const auto& y = b->kind == ObjKind::Tuple ? b->as<TupleObj>()->items : b->as<ListObj>()->items;
    size_t i = 0;
    while (i < x.size() && i < y.size() && eq(x[i], y[i], loc)) ++i;
    if (i < x.size() && i < y.size()) return rich_compare(op, x[i], y[i], loc);
    int c = x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    return make_bool(apply_order(op, c));
  }
  if (a->kind == ObjKind::Set && b->kind == ObjKind::Set) {
    auto* x = a->as<DictObj>();
    auto* y = b->as<DictObj>();
    auto subset = [&](DictObj* p, DictObj* q) {
      for (auto& k : p->keys)
        if (q->find(k, key_ops()) < 0) return false;
      return true;
    };
    switch (op) {
      case CmpOp::LtE:
        return make_bool(subset(x, y));
      case CmpOp::Lt:
        return make_bool(x->size() < y->size() && subset(x, y));
      case CmpOp::GtE:
        return make_bool(subset(y, x));
      case CmpOp::Gt:
        return make_bool(y->size() < x->size() && subset(y, x));
      default:
        break;
    }
  }
  if (python_ == 2) {
    if (a->kind == ObjKind::Dict && b->kind == ObjKind::Dict) {
      int c = a->as<DictObj>()->size() < b->as<DictObj>()->size() ? -1 : a->as<DictObj>()->size() > b->as<DictObj>()->size() ? 1 : 0;
      return make_bool(apply_order(op, c));
    }
    return make_bool(apply_order(op, py2_fallback_cmp(a, b)));
  }
  raise("TypeError",
        std::string("'") + syntax::cmpop_symbol(op) + "' not supported between instances of '" + type_name(a) + "' and '" + type_name(b) +
            "'",
        loc);
}

bool Interp::compare(CmpOp op, const Ref& a, const Ref& b, Loc loc) { return truth(rich_compare(op, a, b, loc), loc); }

int Interp::cmp(const Ref& a, const Ref& b, Loc loc) {
  if (python_ == 2 && a->kind == ObjKind::Instance) {
    if (Ref m = user_special(a, "__cmp__")) {
      Ref r = call(m, {b}, {}, loc);
      if (!is_not_impl(*this, r)) return static_cast<int>(std::clamp<int64_t>(to_int(r, loc), -1, 1));
    }
  }
  if (eq(a, b, loc)) return 0;
  if (compare(CmpOp::Lt, a, b, loc)) return -1;
  return 1;
}

}  // namespace rpy::modules
