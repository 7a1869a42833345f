#include "modules/value.hpp"

#include <cmath>
#include <cstring>

#include "modules/support/text.hpp"

namespace rpy::modules {

static int g_python_version = 2;
int python_version() { return g_python_version; }
void set_python_version(int v) { g_python_version = v; }

Ref none() {
  static Ref n = std::make_shared<Obj>(ObjKind::None);
  return n;
}
Ref make_bool(bool v) {
  static Ref t = std::make_shared<BoolObj>(true), f = std::make_shared<BoolObj>(false);
  return v ? t : f;
}
Ref make_int(int64_t v) {
  // Small ints are shared, as in CPython (`is` between them holds).
  static Ref small[262] = {};
  if (v >= -5 && v <= 256) {
    Ref& r = small[v + 5];
    if (!r) r = std::make_shared<IntObj>(v);
    return r;
  }
  return std::make_shared<IntObj>(v);
}
Ref make_long(BigInt v) { return std::make_shared<LongObj>(std::move(v)); }
Ref make_float(double v) { return std::make_shared<FloatObj>(v); }
Ref make_str(std::string v) { return std::make_shared<StrObj>(std::move(v), false); }
Ref make_unicode(std::string v) { return std::make_shared<StrObj>(std::move(v), true); }
Ref make_bytes(std::string v) {
  auto s = std::make_shared<StrObj>(std::move(v), false);
  s->is_bytes = true;
  return s;
}
bool is_bytes(const Ref& r) { return r->kind == ObjKind::Str && r->as<StrObj>()->is_bytes; }
Ref make_tuple(std::vector<Ref> items) { return std::make_shared<TupleObj>(std::move(items)); }
Ref make_list(std::vector<Ref> items) { return std::make_shared<ListObj>(std::move(items)); }
bool is_none(const Ref& r) { return !r || r->kind == ObjKind::None; }

const char* kind_name(ObjKind k) {
  switch (k) {
    case ObjKind::None:
      return "NoneType";
    case ObjKind::Bool:
      return "bool";
    case ObjKind::Int:
      return "int";
    case ObjKind::Long:
      return python_version() == 2 ? "long" : "int";
    case ObjKind::Float:
      return "float";
    case ObjKind::Str:
      return python_version() == 2 ? "str" : "str";
    case ObjKind::Unicode:
      return python_version() == 2 ? "unicode" : "str";
    case ObjKind::Tuple:
      return "tuple";
    case ObjKind::List:
      return "list";
    case ObjKind::Dict:
      return "dict";
    case ObjKind::Set:
      return "set";
    case ObjKind::Function:
      return "function";
    case ObjKind::Builtin:
      return "builtin_function_or_method";
    case ObjKind::Class:
      return "type";
    case ObjKind::Instance:
      return "instance";
    case ObjKind::Module:
      return "module";
    case ObjKind::Method:
      return python_version() == 2 ? "instancemethod" : "method";
    case ObjKind::StaticMethod:
      return "staticmethod";
    case ObjKind::ClassMethod:
      return "classmethod";
    case ObjKind::Property:
      return "property";
    case ObjKind::Native:
      return "object";
  }
  return "object";
}

std::string type_name(const Ref& r) {
  switch (r->kind) {
    case ObjKind::Instance:
      return r->as<InstanceObj>()->klass()->name;
    case ObjKind::Native:
      return r->as<NativeObj>()->type->name;
    case ObjKind::Set:
      return r->as<DictObj>()->frozen ? "frozenset" : "set";
    case ObjKind::Str:
      if (r->as<StrObj>()->is_bytes) return "bytes";
      break;
    case ObjKind::Builtin:
      if (r->as<BuiltinObj>()->type_info) return "type";
      break;
    case ObjKind::Class: {
      auto* c = r->as<ClassObj>();
      if (c->metaclass && c->metaclass->kind == ObjKind::Class) return c->metaclass->as<ClassObj>()->name;
      return c->new_style ? "type" : "classobj";
    }
    default:
      break;
  }
  return kind_name(r->kind);
}

// ---------------------------------------------------------------------------------------------
// Integers

bool is_integer(const Ref& r) { return r->kind == ObjKind::Int || r->kind == ObjKind::Long || r->kind == ObjKind::Bool; }

BigInt integer_value(const Ref& r) {
  switch (r->kind) {
    case ObjKind::Int:
      return BigInt(r->as<IntObj>()->value);
    case ObjKind::Bool:
      return BigInt(r->as<BoolObj>()->value ? 1 : 0);
    case ObjKind::Long:
      return r->as<LongObj>()->value;
    default:
      return BigInt();
  }
}

bool integer_fits_word(const Ref& r, int64_t* out) {
  int64_t v = 0;
  switch (r->kind) {
    case ObjKind::Int:
      v = r->as<IntObj>()->value;
      break;
    case ObjKind::Bool:
      v = r->as<BoolObj>()->value;
      break;
    case ObjKind::Long:
      if (!r->as<LongObj>()->value.fits_int64()) return false;
      v = r->as<LongObj>()->value.to_int64();
      break;
    default:
      return false;
  }
  if (out) *out = v;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Equality and hashing of builtin values

static bool is_numeric(const Ref& r) { return is_integer(r) || r->kind == ObjKind::Float; }

static int compare_numbers(const Ref& a, const Ref& b) {  // -1, 0, 1; 2: unordered (NaN)
  if (a->kind == ObjKind::Float || b->kind == ObjKind::Float) {
    if (a->kind == ObjKind::Float && b->kind == ObjKind::Float) {
      double x = a->as<FloatObj>()->value, y = b->as<FloatObj>()->value;
      return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
    }
    if (a->kind == ObjKind::Float) {
      int c = compare_numbers(b, a);
      return c == 2 ? 2 : -c;
    }
    return integer_value(a).compare_double(b->as<FloatObj>()->value);
  }
  int64_t x, y;
  if (integer_fits_word(a, &x) && integer_fits_word(b, &y)) return x < y ? -1 : x > y ? 1 : 0;
  return BigInt::compare(integer_value(a), integer_value(b));
}

bool values_equal(const Ref& a, const Ref& b) {
  if (a.get() == b.get()) return a->kind != ObjKind::Float || !std::isnan(a->as<FloatObj>()->value);
  if (is_numeric(a) && is_numeric(b)) return compare_numbers(a, b) == 0;
  bool as = a->kind == ObjKind::Str || a->kind == ObjKind::Unicode, bs = b->kind == ObjKind::Str || b->kind == ObjKind::Unicode;
  if (as && bs) return a->as<StrObj>()->is_bytes == b->as<StrObj>()->is_bytes && a->as<StrObj>()->value == b->as<StrObj>()->value;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case ObjKind::None:
      return true;
    case ObjKind::Tuple:
    case ObjKind::List: {
      const auto& x = a->kind == ObjKind::Tuple ? a->as<TupleObj>()->items : a->as<ListObj>()->items;
      const auto& y = b->kind == ObjKind::Tuple ? b->as<TupleObj>()->items : b->as<ListObj>()->items;
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i)
        if (!values_equal(x[i], y[i])) return false;
      return true;
    }
    case ObjKind::Dict:
    case ObjKind::Set: {
      auto* x = a->as<DictObj>();
      auto* y = b->as<DictObj>();
      if (x->keys.size() != y->keys.size()) return false;
      for (size_t i = 0; i < x->keys.size(); ++i) {
        long j = y->find(x->keys[i]);
        if (j < 0) return false;
        if (a->kind == ObjKind::Dict && !values_equal(x->values[i], y->values[j])) return false;
      }
      return true;
    }
    case ObjKind::Method:
      return a->as<MethodObj>()->self == b->as<MethodObj>()->self && a->as<MethodObj>()->func == b->as<MethodObj>()->func;
    default:
      return false;
  }
}

static int64_t fix_hash(int64_t h) { return h == -1 ? -2 : h; }

static int64_t float_hash(double v) {
  if (python_version() == 2) {
    if (std::isinf(v)) return v < 0 ? -271828 : 314159;
    if (std::isnan(v)) return 0;
    double ip;
    if (std::modf(v, &ip) == 0.0) {
      BigInt b = BigInt::from_double(v);
      if (b.fits_int64()) return fix_hash(b.to_int64());
      return b.hash_py2();
    }
    int e;
    double m = std::frexp(v, &e);
    m *= 2147483648.0;
    int64_t hipart = static_cast<int64_t>(m);
    m = (m - static_cast<double>(hipart)) * 2147483648.0;
    return fix_hash(static_cast<int64_t>(static_cast<uint64_t>(hipart) + static_cast<uint64_t>(static_cast<int64_t>(m)) +
                                         (static_cast<uint64_t>(static_cast<int64_t>(e)) << 15)));
  }
  const uint64_t mod = (uint64_t{1} << 61) - 1;
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & mod) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= mod) x -= mod;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & mod) | x >> (61 - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  return fix_hash(static_cast<int64_t>(x));
}

static int64_t str_hash(const std::string& s, bool unicode) {
  if (s.empty()) return 0;
  // Python 2's string hash (Python 3 randomizes string hashes; any consistent value will do).
  std::vector<uint32_t> units;
  if (unicode)
    units = utf8_decode(s);
  else
    for (unsigned char c : s) units.push_back(c);
  uint64_t x = static_cast<uint64_t>(units[0]) << 7;
  for (uint32_t c : units) x = (1000003 * x) ^ c;
  x ^= units.size();
  return fix_hash(static_cast<int64_t>(x));
}

int64_t tuple_hash(const std::vector<int64_t>& items) {
  if (python_version() == 2) {
    uint64_t x = 0x345678, mult = 1000003;
    size_t len = items.size();
    for (int64_t h : items) {
      --len;
      x = (x ^ static_cast<uint64_t>(h)) * mult;
      mult += 82520 + len + len;
    }
    x += 97531;
    return fix_hash(static_cast<int64_t>(x));
  }
  const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL, p5 = 2870177450012600261ULL;
  uint64_t acc = p5;
  for (int64_t h : items) {
    acc += static_cast<uint64_t>(h) * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += items.size() ^ (p5 ^ 3527539UL);
  if (acc == UINT64_MAX) return 1546275796;
  return static_cast<int64_t>(acc);
}

int64_t value_hash(const Ref& r) {
  switch (r->kind) {
    case ObjKind::Bool:
      return r->as<BoolObj>()->value;
    case ObjKind::Int: {
      int64_t v = r->as<IntObj>()->value;
      if (python_version() == 3) return BigInt(v).hash_py3();
      return fix_hash(v);
    }
    case ObjKind::Long: {
      const BigInt& b = r->as<LongObj>()->value;
      return python_version() == 2 ? b.hash_py2() : b.hash_py3();
    }
    case ObjKind::Float:
      return float_hash(r->as<FloatObj>()->value);
    case ObjKind::Str:
    case ObjKind::Unicode:
      return str_hash(r->as<StrObj>()->value, r->kind == ObjKind::Unicode);
    case ObjKind::Tuple: {
      std::vector<int64_t> hs;
      for (auto& it : r->as<TupleObj>()->items) hs.push_back(value_hash(it));
      return tuple_hash(hs);
    }
    case ObjKind::Set: {
      int64_t h = 0;  // order-independent
      for (auto& k : r->as<DictObj>()->keys) h ^= value_hash(k) * 0x9e3779b97f4a7c15LL;
      return fix_hash(h);
    }
    default: {
      uint64_t y = reinterpret_cast<uint64_t>(r.get());
      y = (y >> 4) | (y << 60);
      return fix_hash(static_cast<int64_t>(y));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// DictObj: entries in insertion order, indexed by an open-addressing table of positions.

namespace {
struct DefaultKeyOps : KeyOps {
  int64_t hash(const Ref& key) const override { return value_hash(key); }
  bool equal(const Ref& a, const Ref& b) const override { return values_equal(a, b); }
};
const DefaultKeyOps default_ops;
}  // namespace

void DictObj::rebuild(size_t capacity) {
  table_.assign(capacity, -1);
  used_ = keys.size();
  size_t mask = capacity - 1;
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t s = static_cast<size_t>(hashes_[i]) & mask;
    while (table_[s] != -1) s = (s + 1) & mask;
    table_[s] = static_cast<int32_t>(i);
  }
}

long DictObj::lookup(const Ref& key, int64_t h, const KeyOps& ops, size_t* slot) const {
  if (table_.empty()) {
    if (slot) *slot = SIZE_MAX;
    return -1;
  }
  size_t mask = table_.size() - 1, s = static_cast<size_t>(h) & mask, free_slot = SIZE_MAX;
  for (;;) {
    int32_t e = table_[s];
    if (e == -1) break;
    if (e == -2) {
      if (free_slot == SIZE_MAX) free_slot = s;
    } else if (hashes_[e] == h && (keys[e].get() == key.get() || ops.equal(keys[e], key))) {
      if (slot) *slot = s;
      return e;
    }
    s = (s + 1) & mask;
  }
  if (slot) *slot = free_slot != SIZE_MAX ? free_slot : s;
  return -1;
}

long DictObj::find(const Ref& key, const KeyOps& ops) const {
  if (keys.empty()) return -1;
  if (table_.empty() && !keys.empty()) const_cast<DictObj*>(this)->rebuild(16);
  return lookup(key, ops.hash(key), ops, nullptr);
}

void DictObj::set(const Ref& key, Ref value, const KeyOps& ops) {
  if (hashes_.size() != keys.size() || (table_.empty() && !keys.empty())) {
    // keys were filled directly (by a copy or by the translator): index them now.
    hashes_.clear();
    for (auto& k : keys) hashes_.push_back(ops.hash(k));
    size_t cap = 16;
    while (cap < keys.size() * 2) cap *= 2;
    rebuild(cap);
  }
  int64_t h = ops.hash(key);
  size_t slot;
  long i = lookup(key, h, ops, &slot);
  if (i >= 0) {
    values[i] = std::move(value);
    return;
  }
  ++key_changes;
  if ((used_ + 1) * 3 >= table_.size() * 2) {
    size_t cap = 16;
    while (cap < (keys.size() + 1) * 3) cap *= 2;
    keys.push_back(key);
    values.push_back(std::move(value));
    hashes_.push_back(h);
    rebuild(cap);
    return;
  }
  if (table_[slot] == -1) ++used_;
  table_[slot] = static_cast<int32_t>(keys.size());
  keys.push_back(key);
  values.push_back(std::move(value));
  hashes_.push_back(h);
}

void DictObj::erase_at(size_t i) {
  ++key_changes;
  keys.erase(keys.begin() + static_cast<long>(i));
  values.erase(values.begin() + static_cast<long>(i));
  hashes_.erase(hashes_.begin() + static_cast<long>(i));
  if (i == keys.size() && !table_.empty()) {
    // The last entry: mark its slot deleted.
    for (auto& e : table_)
      if (e == static_cast<int32_t>(i)) {
        e = -2;
        return;
      }
  }
  size_t cap = 16;
  while (cap < keys.size() * 3) cap *= 2;
  rebuild(cap);
}

bool DictObj::erase(const Ref& key, const KeyOps& ops) {
  long i = find(key, ops);
  if (i < 0) return false;
  erase_at(static_cast<size_t>(i));
  return true;
}

void DictObj::clear() {
  ++key_changes;
  keys.clear();
  values.clear();
  hashes_.clear();
  table_.clear();
  used_ = 0;
}

long DictObj::find(const Ref& key) const { return find(key, default_ops); }
void DictObj::set(const Ref& key, Ref value) { set(key, std::move(value), default_ops); }
bool DictObj::erase(const Ref& key) { return erase(key, default_ops); }

// ---------------------------------------------------------------------------------------------
// Classes

Ref ClassObj::lookup(const std::string& n) const {
  if (mro.empty()) {
    auto it = attrs.find(n);
    if (it != attrs.end()) return it->second;
    for (auto* b : bases)
      if (Ref r = b->lookup(n)) return r;
    return nullptr;
  }
  for (auto* c : mro) {
    auto it = c->attrs.find(n);
    if (it != c->attrs.end()) return it->second;
  }
  return nullptr;
}

bool ClassObj::is_subclass_of(const ClassObj* other) const {
  if (this == other) return true;
  for (auto* b : bases)
    if (b->is_subclass_of(other)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// repr() and str() of builtin values

std::string repr(const Ref& r) { return repr_value(r, nullptr); }
std::string to_str(const Ref& r) { return str_value(r, nullptr); }

bool truthy(const Ref& r) {
  switch (r->kind) {
    case ObjKind::None:
      return false;
    case ObjKind::Bool:
      return r->as<BoolObj>()->value;
    case ObjKind::Int:
      return r->as<IntObj>()->value != 0;
    case ObjKind::Long:
      return !r->as<LongObj>()->value.is_zero();
    case ObjKind::Float:
      return r->as<FloatObj>()->value != 0.0;
    case ObjKind::Str:
    case ObjKind::Unicode:
      return !r->as<StrObj>()->value.empty();
    case ObjKind::Tuple:
      return !r->as<TupleObj>()->items.empty();
    case ObjKind::List:
      return !r->as<ListObj>()->items.empty();
    case ObjKind::Dict:
    case ObjKind::Set:
      return !r->as<DictObj>()->keys.empty();
    default:
      return true;
  }
}

}  // namespace rpy::modules
