// rpython.rtyper.lltypesystem in translated code: the primitive low-level types (lltype.Signed,
// rffi.INT, lltype.Char...) as constants that rffi.cast(), lltype.cast_primitive(), rffi.sizeof()
// and llop.NAME(RESULT, ...) read; the container types (Struct, Ptr...) only as names; malloc and
// the other raw-memory operations refused with a message naming them.
#include <map>

#include "annotate/rlib_rules.hpp"

namespace rpy::annotate::rlib {

namespace m = rpy::modules;
using ir::Expr;

static bool derives_from(const m::ClassObj* k, const std::string& name, const std::string& module) {
  if (k->name == name && k->module && k->module->name == module) return true;
  for (auto* b : k->bases)
    if (derives_from(b, name, module)) return true;
  return false;
}

static const char* const kLltype = "rpython.rtyper.lltypesystem.lltype";
static const char* const kLloperation = "rpython.rtyper.lltypesystem.lloperation";

bool is_lltype_object(const m::Ref& v) {
  if (!v || v->kind != m::ObjKind::Instance) return false;
  const m::ClassObj* k = v->as<m::InstanceObj>()->klass();
  return derives_from(k, "LowLevelType", kLltype) || derives_from(k, "_LLOpNamespace", kLloperation) ||
         derives_from(k, "_LLOp", kLloperation);
}

static m::Ref attr_of(const m::Ref& inst, const std::string& name) {
  auto* i = inst->as<m::InstanceObj>();
  auto it = i->attrs.find(name);
  if (it != i->attrs.end()) return it->second;
  return i->klass()->lookup(name);
}

static std::string lltype_name(const m::Ref& T) {
  m::Ref n = is_lltype_object(T) ? attr_of(T, "_name") : nullptr;
  return n && n->kind == m::ObjKind::Str ? n->as<m::StrObj>()->value : "?";
}

// The type of the values of a primitive low-level type (null for the others).
TypeRef lltype_value_type(TypeTable& tt, const m::Ref& T) {
  if (!is_lltype_object(T)) return nullptr;
  const m::ClassObj* k = T->as<m::InstanceObj>()->klass();
  if (derives_from(k, "Number", kLltype)) {
    m::Ref cls = attr_of(T, "_type");
    int bits = 0;
    bool is_signed = true;
    if (cls && sized_int_class(cls, bits, is_signed)) {
      if (bits == 64 && is_signed) return tt.integer();  // Signed, SignedLongLong: a word
      if (bits != 8 && bits != 16 && bits != 32 && bits != 64) return nullptr;
      return tt.sized_int(bits, is_signed);
    }
    return tt.integer();  // Signed (int)
  }
  if (!derives_from(k, "Primitive", kLltype)) return nullptr;
  std::string n = lltype_name(T);
  if (n == "Float" || n == "LongFloat") return tt.floating();
  if (n == "SingleFloat") return tt.single_float();
  if (n == "Char") return tt.character();
  if (n == "UniChar") return tt.unicode();  // a code point: a unicode string of length 1, as unichr() gives
  if (n == "Bool") return tt.boolean();
  if (n == "Void") return tt.none();
  return nullptr;
}

// The constant a call's argument `i` stands for (a module attribute, a constant, or a local
// holding a constant of a constant type).
static m::Ref const_arg(Expr& e, size_t i) {
  Expr& a = *e.args[i + 1];
  if (a.value) return a.value;
  if (a.type && a.type->const_value) return a.type->const_value;
  return nullptr;
}

TypeRef lltype_getattr(Annotator& an, Expr& e, TypeRef obj) {
  if (obj->kind != TypeKind::Object || !obj->const_value) return nullptr;
  const m::Ref& v = obj->const_value;
  if (v->kind == m::ObjKind::Instance && derives_from(v->as<m::InstanceObj>()->klass(), "_LLOpNamespace", kLloperation)) {
    // llop.NAME: one builtin per operation name, carrying the name
    static std::map<std::string, m::Ref> ops;
    m::Ref& r = ops[e.attr];
    if (!r) {
      auto b = std::make_shared<m::BuiltinObj>(std::string(kLloperation) + ".llop", nullptr);
      b->self = m::make_str(e.attr);
      r = b;
    }
    e.value = r;
    return an.types().constant(TypeKind::Builtin, r);
  }
  an.error(e.loc, "'" + e.attr + "' of the low-level type " + lltype_name(v) +
                      ": rpy has the low-level types only as names (rffi.cast, lltype.cast_primitive, rffi.sizeof)");
  return an.types().impossible();
}

// The operations rpy gives a meaning to, with their operand counts (-1: any). The debug ones are
// those programs call themselves (RPython's lloperation.py: its other debug operations are
// inserted by its own transformations).
static const std::map<std::string, int>& llop_arity() {
  static const std::map<std::string, int> ops = {
      {"int_add", 2},      {"int_sub", 2},      {"int_mul", 2},
      {"int_floordiv", 2}, {"int_mod", 2},      {"int_and", 2},
      {"int_or", 2},       {"int_xor", 2},      {"int_lshift", 2},
      {"int_rshift", 2},   {"int_lt", 2},       {"int_le", 2},
      {"int_eq", 2},       {"int_ne", 2},       {"int_gt", 2},
      {"int_ge", 2},       {"int_neg", 1},      {"int_abs", 1},
      {"int_invert", 1},   {"int_is_true", 1},  {"uint_add", 2},
      {"uint_sub", 2},     {"uint_mul", 2},     {"uint_floordiv", 2},
      {"uint_mod", 2},     {"uint_and", 2},     {"uint_or", 2},
      {"uint_xor", 2},     {"uint_lshift", 2},  {"uint_rshift", 2},
      {"uint_lt", 2},      {"uint_le", 2},      {"uint_eq", 2},
      {"uint_ne", 2},      {"uint_gt", 2},      {"uint_ge", 2},
      {"int_between", 3},  {"debug_print", -1}, {"debug_print_traceback", 0},
      {"debug_start", 1},  {"debug_stop", 1},   {"have_debug_prints", 0},
      {"debug_flush", 0},  {"debug_offset", 0}, {"debug_fatalerror", 1},
      {"debug_assert", 2},
  };
  return ops;
}

std::string llop_name(Expr& e) {
  const m::Ref& c = e.args[0]->type ? e.args[0]->type->const_value : nullptr;
  if (!c || c->kind != m::ObjKind::Builtin || !c->as<m::BuiltinObj>()->self) return "?";
  return c->as<m::BuiltinObj>()->self->as<m::StrObj>()->value;
}

// The debug operations (rpython/rtyper/lltypesystem/lloperation.py): each has the result type its
// C implementation has (Void, Bool for have_debug_prints, Signed for debug_offset), and string
// operands where RPython's take a constant string (a category, a message).
static TypeRef llop_debug_type(Annotator& an, const std::string& op, Expr& e, std::vector<TypeRef>& args, TypeRef r) {
  TypeTable& tt = an.types();
  TypeRef want = op == "have_debug_prints" ? tt.boolean() : op == "debug_offset" ? tt.integer() : tt.none();
  if (r->kind != want->kind) {
    an.error(e.loc, "llop." + op + "() gives " + (want->kind == TypeKind::None ? std::string("lltype.Void") : describe(want)) +
                        ": give that type as its first argument");
    return tt.impossible();
  }
  auto str_operand = [&](size_t i) {
    TypeRef t = args[i];
    if (t && t->kind != TypeKind::Impossible && t->kind != TypeKind::Str && t->kind != TypeKind::Char)
      an.error(e.args[i + 1]->loc, "llop." + op + "() takes a string here, not " + describe(t));
  };
  if (op == "debug_start" || op == "debug_stop" || op == "debug_fatalerror") str_operand(1);
  if (op == "debug_assert") {
    TypeRef c = args[1];
    if (c && c->kind != TypeKind::Impossible && !is_intlike(c))
      an.error(e.args[2]->loc, "llop.debug_assert() tests a bool, not " + describe(c));
    str_operand(2);
  }
  return want;
}

TypeRef call_lltype_builtin(Annotator& an, BuiltinId id, Expr& e, std::vector<TypeRef>& args) {
  TypeTable& tt = an.types();
  size_t npos = args.size() - e.kwnames.size();
  auto fail = [&](const std::string& msg) {
    an.error(e.loc, msg);
    return tt.impossible();
  };
  switch (id) {
    case BuiltinId::RffiCast:
    case BuiltinId::LltypeCastPrimitive: {
      const char* name = id == BuiltinId::RffiCast ? "rffi.cast" : "lltype.cast_primitive";
      if (npos != 2 || !e.kwnames.empty()) return fail(std::string(name) + "() takes 2 arguments: a primitive type and a value");
      m::Ref T = const_arg(e, 0);
      TypeRef r = T ? lltype_value_type(tt, T) : nullptr;
      if (!r || r->kind == TypeKind::None)
        return fail(std::string(name) + "() to " + (T && is_lltype_object(T) ? lltype_name(T) : describe(args[0])) +
                    ": rpy casts only to primitive types (numbers, Char, UniChar, Bool, Float), it has no low-level pointers");
      TypeRef x = args[1];
      bool ok = !x || x->kind == TypeKind::Impossible || is_numeric(x) || x->kind == TypeKind::UInt || x->kind == TypeKind::Char ||
                x->kind == TypeKind::UniChar || x->kind == TypeKind::Unicode;
      if (!ok) an.error(e.args[2]->loc, std::string(name) + "() of " + describe(x) + ": a number or a character is needed");
      return r;
    }
    case BuiltinId::RffiSizeof: {
      if (npos != 1) return fail("rffi.sizeof() takes 1 argument: a primitive type");
      m::Ref T = const_arg(e, 0);
      TypeRef r = T ? lltype_value_type(tt, T) : nullptr;
      if (!r || r->kind == TypeKind::None)
        return fail("rffi.sizeof(" + (T && is_lltype_object(T) ? lltype_name(T) : describe(args[0])) +
                    "): rpy knows the size of primitive types only");
      return tt.integer();
    }
    case BuiltinId::LlopCall: {
      std::string op = llop_name(e);
      auto it = llop_arity().find(op);
      if (it == llop_arity().end())
        return fail("llop." + op +
                    " has no meaning in rpy (supported: debug_print, debug_print_traceback, debug_start, debug_stop, "
                    "have_debug_prints, debug_flush, debug_offset, debug_fatalerror, debug_assert, int_between and the "
                    "int_/uint_ arithmetic)");
      if (npos < 1) return fail("llop." + op + "() needs the result type first");
      if (it->second >= 0 && static_cast<int>(npos) - 1 != it->second)
        return fail("llop." + op + "() takes the result type and " + std::to_string(it->second) + " operand" +
                    (it->second == 1 ? "" : "s"));
      m::Ref T = const_arg(e, 0);
      TypeRef r = T ? lltype_value_type(tt, T) : nullptr;
      if (!r) return fail("llop." + op + "(): the first argument must be a primitive low-level type (lltype.Signed...)");
      if (op == "debug_print") {
        for (size_t i = 1; i < npos; ++i) an.wants_str(args[i]);
        return tt.none();
      }
      if (op.rfind("debug_", 0) == 0 || op == "have_debug_prints") return llop_debug_type(an, op, e, args, r);
      bool is_uint = op.rfind("uint_", 0) == 0;
      for (size_t i = 1; i < npos; ++i)
        if (args[i] && args[i]->kind != TypeKind::Impossible && !(is_intlike(args[i]) || args[i]->kind == TypeKind::UInt))
          an.error(e.args[i + 1]->loc, "llop." + op + "() operand must be an integer, not " + describe(args[i]));
      (void)is_uint;
      return r;
    }
    default: {
      std::string n = builtin_name(id);
      std::string shortname = n.substr(n.find("lltypesystem.") + 13);
      return fail(shortname + "() has no meaning in rpy: it has no low-level memory or C calls (use lists, strings and instances)");
    }
  }
}

}  // namespace rpy::annotate::rlib
