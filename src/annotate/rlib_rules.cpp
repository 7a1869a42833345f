// Type rules for rarithmetic's sized ints, r_singlefloat, bytearray and the library calls of the
// rlib block of builtins.def (see rlib_rules.hpp).
#include "annotate/rlib_rules.hpp"

namespace rpy::annotate::rlib {

namespace m = rpy::modules;
using ir::Expr;
using syntax::BinOp;

static bool is_single_float(TypeRef t) { return t && t->kind == TypeKind::Float && t->bits; }
static bool is_int_index(TypeRef t) { return imp(t) || is_intlike(t); }
static const m::ClassObj* fixed_int_base(const m::ClassObj* k);

bool sized_int_class(const m::Ref& cls, int& bits, bool& is_signed) {
  if (!cls || cls->kind != m::ObjKind::Class) return false;
  auto* c = cls->as<m::ClassObj>();
  if (c->name == "_FixedInt" || !fixed_int_base(c)) return false;
  m::Ref b = c->lookup("BITS"), s = c->lookup("SIGNED");
  if (!b || b->kind != m::ObjKind::Int || !s) return false;
  bits = static_cast<int>(b->as<m::IntObj>()->value);
  is_signed = s->kind == m::ObjKind::Bool ? s->as<m::BoolObj>()->value : (s->kind == m::ObjKind::Int && s->as<m::IntObj>()->value != 0);
  return true;
}

// The _FixedInt base of a sized-int class, whose module is rarithmetic.
static const m::ClassObj* fixed_int_base(const m::ClassObj* k) {
  if (k->name == "_FixedInt" && k->module && k->module->name == "rpython.rlib.rarithmetic") return k;
  for (auto* b : k->bases)
    if (const m::ClassObj* r = fixed_int_base(b)) return r;
  return nullptr;
}

bool sized_const_value(m::Interp& interp, const m::Ref& v, int64_t& out) {
  if (!v || v->kind != m::ObjKind::Instance) return false;
  const m::ClassObj* base = fixed_int_base(v->as<m::InstanceObj>()->klass());
  if (!base) return false;
  // intmask(v), run by the evaluator: the value's bits as a signed word, whatever the
  // evaluator's representation of an instance of a subclass of long
  auto fn = base->module->attrs.find("intmask");
  if (fn == base->module->attrs.end()) return false;
  try {
    m::Ref r = interp.call(fn->second, {v}, {}, Loc{});
    if (r->kind != m::ObjKind::Int) return false;
    out = r->as<m::IntObj>()->value;
    return true;
  } catch (...) {
    return false;
  }
}

TypeRef const_type(Annotator& an, const m::Ref& v, Loc loc) {
  if (!v || v->kind != m::ObjKind::Instance) return nullptr;
  if (is_lltype_object(v)) return an.types().constant(TypeKind::Object, v);  // lltype.Signed, llop
  int bits = 0;
  bool is_signed = true;
  if (!sized_int_class(v->as<m::InstanceObj>()->cls, bits, is_signed)) return nullptr;
  int64_t value = 0;
  if (!sized_const_value(an.interp(), v, value)) {
    an.error(loc, "internal: the value of this prebuilt " + v->as<m::InstanceObj>()->klass()->name + " could not be read");
    return an.types().impossible();
  }
  if (bits != 8 && bits != 16 && bits != 32 && bits != 64) {
    an.error(loc, v->as<m::InstanceObj>()->klass()->name + ": integers of " + std::to_string(bits) +
                      " bits are not supported in translated code (8, 16, 32 or 64 bits)");
    return an.types().impossible();
  }
  return an.types().sized_int(bits, is_signed);
}

TypeRef call_class(Annotator& an, Expr& e, TypeRef callee, std::vector<TypeRef>& args) {
  int bits = 0;
  bool is_signed = true;
  if (!callee->const_value || !sized_int_class(callee->const_value, bits, is_signed)) return nullptr;
  const std::string& name = callee->const_value->as<m::ClassObj>()->name;
  e.call_kind = ir::CallKind::Builtin;
  e.builtin_id = static_cast<int>(BuiltinId::RlibSizedInt);
  if (bits != 8 && bits != 16 && bits != 32 && bits != 64) {
    an.error(e.loc, name + ": integers of " + std::to_string(bits) + " bits are not supported in translated code (8, 16, 32 or 64 bits)");
    return an.types().impossible();
  }
  if (!e.kwnames.empty() || args.size() > 1) {
    an.error(e.loc, name + "() takes at most 1 argument, an integer or a float");
    return an.types().impossible();
  }
  if (!args.empty() && !imp(args[0]) && (!is_number_kind(args[0]) || is_single_float(args[0])))
    an.error(e.args[1]->loc, name + "() argument must be an integer or a float, not " + describe(args[0]));
  return an.types().sized_int(bits, is_signed);
}

TypeRef binop(Annotator& an, BinOp op, TypeRef a, TypeRef b, Loc loc) {
  TypeTable& tt = an.types();
  if (a->kind == TypeKind::ByteArray || b->kind == TypeKind::ByteArray) {
    // RPython: bytearray + bytearray/str/char gives a new bytearray
    auto ok = [](TypeRef t) { return t->kind == TypeKind::ByteArray || is_stringlike(t); };
    if (op == BinOp::Add && ok(a) && ok(b)) return tt.bytearray();
    an.error(loc, std::string("unsupported operand types for ") + syntax::binop_symbol(op) + ": " + describe(a) + " and " + describe(b));
    return tt.impossible();
  }
  if (!a->bits && !b->bits) return nullptr;
  if (is_single_float(a) || is_single_float(b)) {
    an.error(loc, std::string("unsupported operand types for ") + syntax::binop_symbol(op) + ": " + describe(a) + " and " + describe(b) +
                      " (r_singlefloat supports no arithmetic: convert it with float(x))");
    return tt.impossible();
  }
  bool ints = (is_intlike(a) || a->kind == TypeKind::UInt) && (is_intlike(b) || b->kind == TypeKind::UInt);
  if (!ints || op == BinOp::TrueDiv) return nullptr;  // floats, str * n...: the generic rules
  if (op == BinOp::LShift || op == BinOp::RShift) return a->kind == TypeKind::Bool ? tt.integer() : a;  // the left operand's type
  std::string why;
  if (TypeRef r = restype(tt, a, b, why)) return r;
  an.error(loc, std::string("unsupported operand types for ") + syntax::binop_symbol(op) + ": " + why);
  return tt.impossible();
}

bool handles(BuiltinId id, const std::vector<TypeRef>& args) {
  if (id >= BuiltinId::RlibSizedInt && id < BuiltinId::Count) return true;
  bool bytearray_arg = !args.empty() && args[0] && args[0]->kind == TypeKind::ByteArray;
  if (id == BuiltinId::Abs && args.size() == 1 && is_sized_int(args[0])) return true;
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Str:
    case BuiltinId::Bytes:
      return bytearray_arg;
    default:
      return false;
  }
}

TypeRef call_builtin(Annotator& an, BuiltinId id, Expr& e, std::vector<TypeRef>& args, ir::Graph& g) {
  (void)g;
  TypeTable& tt = an.types();
  size_t npos = args.size() - e.kwnames.size();
  auto arity = [&](const char* name, size_t lo, size_t hi) {
    if (npos >= lo && npos <= hi && e.kwnames.empty()) return true;
    std::string want = lo == hi ? std::to_string(lo) : std::to_string(lo) + " to " + std::to_string(hi);
    an.error(e.loc, std::string(name) + "() takes " + want + " positional argument" + (hi == 1 ? "" : "s") + " (" + std::to_string(npos) +
                        " given" + (e.kwnames.empty() ? "" : ", and keyword arguments, which it does not take") + ")");
    return false;
  };
  auto arg_loc = [&](size_t i) { return e.args.size() > i + 1 ? e.args[i + 1]->loc : e.loc; };
  auto expect = [&](const char* name, size_t i, bool ok, const std::string& what) {
    if (imp(args[i]) || ok) return true;
    an.error(arg_loc(i), std::string(name) + "() argument " + std::to_string(i + 1) + " must be " + what + ", not " + describe(args[i]));
    return false;
  };
  if (is_lltype_builtin(id)) return call_lltype_builtin(an, id, e, args);
  switch (id) {
    case BuiltinId::Len:
      return tt.integer();
    case BuiltinId::Abs:
      return args[0];  // wraps: abs(r_int8(-128)) is -128
    case BuiltinId::Str:
    case BuiltinId::Bytes:
      if (!arity(id == BuiltinId::Str ? "str" : "bytes", 1, 1)) break;
      return tt.str();
    case BuiltinId::RlibSizedInt:
      break;  // set by call_class
    case BuiltinId::RlibWiden: {
      if (!arity("widen", 1, 1)) break;
      expect("widen", 0, is_intlike(args[0]) || args[0]->kind == TypeKind::UInt, "an integer");
      // a sized int narrower than a word, or a signed one, becomes an int; int and r_uint stay
      if (imp(args[0])) return args[0];
      if (args[0]->kind == TypeKind::UInt) return args[0];
      return tt.integer();
    }
    case BuiltinId::RlibSingleFloat:
      if (!arity("r_singlefloat", 1, 1)) break;
      expect("r_singlefloat", 0, is_numeric(args[0]) && !is_single_float(args[0]), "a float");
      return tt.single_float();
    case BuiltinId::ByteArrayNew: {
      if (!arity("bytearray", 0, 1)) break;
      if (npos == 1)
        expect("bytearray", 0,
               is_intlike(args[0]) || is_stringlike(args[0]) || args[0]->kind == TypeKind::ByteArray || args[0]->kind == TypeKind::Bytes,
               "an int (a size), a str, bytes or a bytearray");
      if (npos == 1 && is_stringlike(args[0]) && an.interp().sources().py3())  // RPython's rule is for Python 2's str
        an.error(e.args[1]->loc,
                 "bytearray() of a str: Python 3 raises TypeError (string argument without an encoding); use "
                 "bytearray(s.encode())");
      return tt.bytearray();
    }
    case BuiltinId::OsFdopen: {
      if (!arity("os.fdopen", 1, 3)) break;
      expect("os.fdopen", 0, is_intlike(args[0]), "an int (a file descriptor)");
      if (npos > 1) expect("os.fdopen", 1, is_stringlike(args[1]), "a str (the mode)");
      if (npos > 2) expect("os.fdopen", 2, is_intlike(args[2]), "an int (the buffering)");
      return tt.file();
    }
    default:
      an.error(e.loc, std::string(builtin_name(id)) + "() is not supported here");
      break;
  }
  return tt.impossible();
}

TypeRef getitem(Annotator& an, Expr& e, TypeRef obj, TypeRef idx) {
  if (obj->kind != TypeKind::ByteArray) return nullptr;
  if (!is_int_index(idx)) an.error(e.args[1]->loc, "bytearray indices must be integers, not " + describe(idx));
  return an.types().integer();  // an item: 0..255
}

TypeRef getslice(Annotator& an, Expr& e, TypeRef obj) {
  (void)e;
  if (obj->kind != TypeKind::ByteArray) return nullptr;
  return an.types().bytearray();
}

bool setitem(Annotator& an, TypeRef obj, TypeRef idx, TypeRef value, Loc loc) {
  if (obj->kind != TypeKind::ByteArray) return false;
  if (!is_int_index(idx)) an.error(loc, "bytearray indices must be integers, not " + describe(idx));
  // RPython stores chr(value): the item wraps to 0..255 (RPYTHON.md 5)
  if (!imp(value) && !is_intlike(value) && value->kind != TypeKind::UInt && value->kind != TypeKind::Char)
    an.error(loc, "a bytearray item must be an integer (or a single character), not " + describe(value));
  return true;
}

}  // namespace rpy::annotate::rlib
