// C++ for Python 3 bytes (see emit_bytes.hpp): an rpy::Bytes* whose byte operations are Str's
// (Python 2's str functions), with ints for items, b'...' for str() and repr(), and == with any
// other type False.
#include "codegen/emit_bytes.hpp"

#include "annotate/bytes_rules.hpp"
#include "codegen/emit_rlib.hpp"

namespace rpy::codegen::bytes3 {

using annotate::BuiltinId;
using annotate::TypeKind;
using annotate::bytes3::is_bytes;
using ir::Expr;
using ir::ExprOp;
using syntax::BinOp;
using syntax::CmpOp;

// Both operands evaluated, in order, for their effects; then `value`.
static std::string evaluated(Emitter& em, Expr& a, Expr& b, const std::string& value) {
  return "((void)(" + em.expr(a) + "), (void)(" + em.expr(b) + "), " + value + ")";
}

static std::string compare(Emitter& em, Expr& e) {
  Expr& a = *e.args[0];
  Expr& b = *e.args[1];
  TypeRef ta = a.type, tb = b.type;
  TypeRef bt = em.tt.bytes(true);
  switch (e.cmp) {
    case CmpOp::In:
    case CmpOp::NotIn: {
      std::string neg = e.cmp == CmpOp::NotIn ? "!" : "";
      if (is_bytes(ta)) return neg + ordered_call(em, "rpy::bytes_in", {&a, &b}, {bt, bt});
      return neg + ordered_call(em, "rpy::bytes_in_int", {&a, &b}, {em.tt.integer(), bt});
    }
    case CmpOp::Eq:
    case CmpOp::NotEq: {
      bool eq = e.cmp == CmpOp::Eq;
      if (is_bytes(ta) && is_bytes(tb)) return (eq ? "" : "!") + ordered_call(em, "rpy::str_eq", {&a, &b}, {bt, bt});
      TypeRef other = is_bytes(ta) ? tb : ta;
      if (other && other->kind == TypeKind::None) return "";  // b == None: the generic rules
      return evaluated(em, a, b, eq ? "false" : "true");      // Python 3: bytes never equal a str (or any other type)
    }
    case CmpOp::Is:
    case CmpOp::IsNot:
      return "";
    default: {
      const char* op = syntax::cmpop_symbol(e.cmp);
      return "(" + ordered_call(em, "rpy::str_cmp", {&a, &b}, {bt, bt}) + " " + op + " 0)";
    }
  }
}

std::string expr_node(Emitter& em, Expr& e) {
  switch (e.op) {
    case ExprOp::BinOp: {
      if (!is_bytes(e.type)) return "";
      Expr& a = *e.args[0];
      Expr& b = *e.args[1];
      if (e.binop == BinOp::Mod) return em.emit_percent(e);  // PEP 461 (emit_format.cpp)
      if (e.binop == BinOp::Add) return ordered_call(em, "rpy::bytes_concat", {&a, &b}, {e.type, e.type});
      if (is_bytes(a.type)) return ordered_call(em, "rpy::bytes_repeat", {&a, &b}, {e.type, em.tt.integer()});
      // n * b: n first, as Python evaluates it
      return "([&](int64_t rpy_n) { return rpy::bytes_repeat(" + em.expr_as(b, e.type) + ", rpy_n); }(" + em.expr_as(a, em.tt.integer()) +
             "))";
    }
    case ExprOp::Compare: {
      TypeRef ta = e.args[0]->type, tb = e.args[1]->type;
      bool in = e.cmp == CmpOp::In || e.cmp == CmpOp::NotIn;
      if (in ? !is_bytes(tb) : !(is_bytes(ta) || is_bytes(tb))) return "";
      return compare(em, e);
    }
    case ExprOp::GetItem:
      if (!is_bytes(e.args[0]->type)) return "";
      return ordered_call(em, "rpy::bytes_getitem", {e.args[0].get(), e.args[1].get()}, {e.args[0]->type, em.tt.integer()});
    case ExprOp::GetSlice: {
      if (!is_bytes(e.args[0]->type)) return "";
      auto part = [&](int i) { return e.args[i] ? em.expr_as(*e.args[i], em.tt.integer()) : std::string("0"); };
      return "rpy::bytes_slice(" + em.expr(*e.args[0]) + ", " + (e.args[1] ? "true" : "false") + ", " + part(1) + ", " +
             (e.args[2] ? "true" : "false") + ", " + part(2) + ", " + (e.args[3] ? part(3) : std::string("1")) + ")";
    }
    default:
      return "";
  }
}

bool handles(Emitter& em, BuiltinId id, Expr& e) {
  if (annotate::bytes3::is_bytes_builtin(id)) return true;
  if (em.is_python2()) return false;
  bool method = e.call_kind == ir::CallKind::BuiltinMethod;
  std::vector<Expr*> a = builtin_args(e);
  TypeRef t0 = a.empty() ? nullptr : a[0]->type;
  switch (id) {
    case BuiltinId::Open:
      return annotate::bytes3::binary_mode(e, method);
    case BuiltinId::FileRead:
    case BuiltinId::FileReadline:
    case BuiltinId::FileReadlines:
    case BuiltinId::FileWrite:
    case BuiltinId::FileEnter:
      return method && annotate::bytes3::is_binary_file(t0);
    case BuiltinId::Bytes:
      return !method;
    case BuiltinId::StrEncode:
      return method;
    case BuiltinId::Str:
      if (!method && (a.size() > 1 || !e.kwnames.empty()) && is_bytes(t0)) return true;  // str(b, encoding[, errors])
      [[fallthrough]];
    case BuiltinId::Repr:
      return !method && a.size() == 1 && e.kwnames.empty() && (is_bytes(t0) || (t0 && t0->kind == TypeKind::ByteArray));
    case BuiltinId::Len:
    case BuiltinId::Hash:
      return !method && a.size() == 1 && e.kwnames.empty() && is_bytes(t0);
    default:
      return false;
  }
}

// fn(slots...) where each slot is an argument expression converted to its type, or (absent) the
// default's C++ code. The expressions are evaluated in the order they appear in the call (the
// receiver, the positional arguments, then the keywords), whatever their slots.
struct Slot {
  Expr* x;
  TypeRef type;
  std::string fallback;
};
static std::string slot_call(Emitter& em, Expr& call, const std::string& fn, const std::vector<Slot>& slots) {
  std::vector<size_t> order;  // slot indices in source order
  std::vector<Expr*> seq;
  for (auto* a : builtin_args(call)) seq.push_back(a);
  for (size_t k = call.args.size() - call.kwnames.size(); k < call.args.size(); ++k) seq.push_back(call.args[k].get());
  int effects = 0;
  for (auto& sl : slots)
    if (sl.x && has_effects(*sl.x)) ++effects;
  std::vector<std::string> codes(slots.size());
  if (effects < 2) {
    std::string c = fn + "(";
    for (size_t i = 0; i < slots.size(); ++i)
      c += (i ? ", " : "") + (slots[i].x ? em.expr_as(*slots[i].x, slots[i].type) : slots[i].fallback);
    return c + ")";
  }
  std::string s = "({ ";
  for (Expr* x : seq)
    for (size_t i = 0; i < slots.size(); ++i)
      if (slots[i].x == x) {
        codes[i] = em.fresh("rpy_a");
        s += "auto " + codes[i] + " = " + em.expr_as(*x, slots[i].type) + "; ";
      }
  std::string c = fn + "(";
  for (size_t i = 0; i < slots.size(); ++i) c += (i ? ", " : "") + (slots[i].x ? codes[i] : slots[i].fallback);
  return s + c + "); })";
}

std::string call_builtin(Emitter& em, Expr& e) {
  auto id = static_cast<BuiltinId>(e.builtin_id);
  bool method = e.call_kind == ir::CallKind::BuiltinMethod;
  std::vector<Expr*> a = builtin_args(e);  // positional; the receiver first for a method
  size_t off = method ? 1 : 0, npos = a.size() - off;
  TypeRef t0 = a.empty() ? nullptr : a[0]->type;
  TypeRef bt = em.tt.bytes(), nbt = em.tt.bytes(true), st = em.tt.str(true), it = em.tt.integer(), bo = em.tt.boolean();
  // The parameter at position i (after the receiver) or given by keyword: null when absent.
  auto param = [&](size_t i, const char* kw) -> Expr* {
    if (i < npos) return a[off + i];
    for (size_t k = 0; k < e.kwnames.size(); ++k)
      if (e.kwnames[k] == kw) return e.args[e.args.size() - e.kwnames.size() + k].get();
    return nullptr;
  };
  auto none = [](Expr* x) { return !x || (x->type && x->type->kind == TypeKind::None); };
  const std::string nullstr = "static_cast<rpy::Str*>(nullptr)";
  switch (id) {
    case BuiltinId::Len:
      return "rpy::len(" + em.expr(*a[0]) + ")";
    case BuiltinId::Hash:
      return "static_cast<int64_t>(rpy::KeyOps<rpy::Bytes*>::hash(" + em.expr(*a[0]) + "))";
    case BuiltinId::Str:
    case BuiltinId::Repr:
      if (id == BuiltinId::Str && (a.size() > 1 || !e.kwnames.empty()))
        return slot_call(em, e, "rpy::bytes_decode",
                         {{a[0], bt, ""}, {param(1, "encoding"), st, nullstr}, {param(2, "errors"), st, nullstr}});
      if (is_bytes(t0)) return "rpy::bytes_repr(" + em.expr(*a[0]) + ")";
      return "rpy::repr(" + em.expr(*a[0]) + ")";  // a bytearray: bytearray(b'...')
    case BuiltinId::Bytes: {
      Expr* s = param(0, "");
      if (!s) return "rpy::bytes_new(\"\", 0)";
      TypeRef t = s->type;
      if (t->kind == TypeKind::Str || t->kind == TypeKind::Char)
        return slot_call(em, e, "rpy::str_encode3", {{s, st, ""}, {param(1, "encoding"), st, nullstr}, {param(2, "errors"), st, nullstr}});
      if (is_bytes(t)) return em.expr(*s);
      if (t->kind == TypeKind::ByteArray) return "rpy::as_bytes(rpy::bytearray_to_str(" + em.expr(*s) + "))";
      if (t->kind == TypeKind::List) {
        TypeRef item = t->listdef->find()->item;
        if (!item || item->kind == TypeKind::Impossible) return "((void)(" + em.expr(*s) + "), rpy::bytes_new(\"\", 0))";
        return "rpy::bytes_from_ints(" + em.expr(*s) + ")";
      }
      return "rpy::bytes_zeros(" + em.expr_as(*s, it) + ")";
    }
    case BuiltinId::StrEncode:
      return slot_call(em, e, "rpy::str_encode3",
                       {{a[0], em.tt.str(), ""}, {param(0, "encoding"), st, nullstr}, {param(1, "errors"), st, nullstr}});
    case BuiltinId::BytesDecode:
      return slot_call(em, e, "rpy::bytes_decode",
                       {{a[0], bt, ""}, {param(0, "encoding"), st, nullstr}, {param(1, "errors"), st, nullstr}});
    case BuiltinId::Open:  // a binary file: the same file object, read and written as bytes
      return slot_call(em, e, "rpy::file_open", {{a[0], em.tt.str(), ""}, {param(1, "mode"), em.tt.str(), ""}});
    case BuiltinId::FileRead:
      return slot_call(em, e, "rpy::file_read_bytes", {{a[0], t0, ""}, {param(0, ""), it, "-1"}});
    case BuiltinId::FileReadline:
      return "rpy::as_bytes(" + slot_call(em, e, "rpy::file_readline_raw", {{a[0], t0, ""}, {param(0, ""), it, "-1"}}) + ")";
    case BuiltinId::FileReadlines:
      return "rpy::bytes_list(" + slot_call(em, e, "rpy::file_readlines", {{a[0], t0, ""}, {param(0, ""), it, "-1"}}) + ")";
    case BuiltinId::FileWrite:
      return slot_call(em, e, "rpy::file_write_bytes", {{a[0], t0, ""}, {a[1], bt, ""}});
    case BuiltinId::FileEnter:
      return em.expr(*a[0]);
    case BuiltinId::SysStdoutBufferWrite:
      return "([](rpy::Bytes* rpy_b) { rpy::stdout_write(rpy_b); return rpy_b->len; }(" + em.expr_as(*a[0], bt) + "))";
    case BuiltinId::SysStderrBufferWrite:
      return "([](rpy::Bytes* rpy_b) { rpy::stderr_write(rpy_b); return rpy_b->len; }(" + em.expr_as(*a[0], bt) + "))";
    case BuiltinId::SysStdoutBufferFlush:
    case BuiltinId::SysStderrBufferFlush:
      return "(rpy::out_flush(), nullptr)";
    case BuiltinId::SysStdinBufferRead:
      if (a.empty()) return "rpy::file_read_bytes(rpy::sys_stdin(), -1)";
      if (a[0]->type && a[0]->type->kind == TypeKind::None)
        return "((void)(" + em.expr(*a[0]) + "), rpy::file_read_bytes(rpy::sys_stdin(), -1))";
      return "rpy::file_read_bytes(rpy::sys_stdin(), " + em.expr_as(*a[0], it) + ")";
    case BuiltinId::SysStdinBufferReadline:
      if (a.empty()) return "rpy::as_bytes(rpy::file_readline_raw(rpy::sys_stdin()))";
      return "rpy::as_bytes(rpy::file_readline_raw(rpy::sys_stdin(), " + em.expr_as(*a[0], it) + "))";
    case BuiltinId::BytesHex: {
      Expr* sep = param(0, "sep");
      Expr* per = param(1, "bytes_per_sep");
      if (!sep && !per) return "rpy::bytes_hex(" + em.expr(*a[0]) + ")";
      bool text_sep = sep && !is_bytes(sep->type);  // a str separator: its length counts characters
      return slot_call(
          em, e, "rpy::bytes_hex_sep",
          {{a[0], t0, ""}, {sep, text_sep ? em.tt.str() : bt, "nullptr"}, {per, it, "1"}, {nullptr, bt, text_sep ? "true" : "false"}});
    }
    case BuiltinId::BytesFromhex:
      return "rpy::bytes_fromhex(" + em.expr_as(*a[0], em.tt.str()) + ")";
    case BuiltinId::BytesFind:
    case BuiltinId::BytesRFind:
    case BuiltinId::BytesIndex:
    case BuiltinId::BytesCount: {
      std::string fn = id == BuiltinId::BytesFind    ? "rpy::bytes_find"
                       : id == BuiltinId::BytesRFind ? "rpy::bytes_rfind"
                       : id == BuiltinId::BytesIndex ? "rpy::bytes_index"
                                                     : "rpy::bytes_count";
      Expr* lo = param(1, "");
      Expr* hi = param(2, "");
      std::vector<Slot> sl = {{a[0], bt, ""}, {a[1], bt, ""}};
      // a bound that is None: the start (0) or the end (the length) of the bytes
      sl.push_back({none(lo) ? nullptr : lo, it, "INT64_C(0)"});
      sl.push_back({none(hi) ? nullptr : hi, it, "INT64_MAX"});
      for (Expr* x : {lo, hi})
        if (x && none(x) && has_effects(*x)) em.fail(x->loc, "a None bound with side effects is not supported here");
      return slot_call(em, e, fn, sl);
    }
    case BuiltinId::BytesStartswith:
      return slot_call(em, e, "rpy::str_startswith", {{a[0], bt, ""}, {a[1], bt, ""}});
    case BuiltinId::BytesEndswith:
      return slot_call(em, e, "rpy::str_endswith", {{a[0], bt, ""}, {a[1], bt, ""}});
    case BuiltinId::BytesSplit: {
      Expr* sep = param(0, "sep");
      if (sep && none(sep) && has_effects(*sep)) em.fail(sep->loc, "a None separator with side effects is not supported here");
      return slot_call(
          em, e, "rpy::bytes_split",
          {{a[0], bt, ""}, {none(sep) ? nullptr : sep, nbt, "static_cast<rpy::Bytes*>(nullptr)"}, {param(1, "maxsplit"), it, "-1"}});
    }
    case BuiltinId::BytesJoin:
      if (a[1]->type->kind == TypeKind::List && annotate::imp(a[1]->type->listdef->find()->item))
        return evaluated(em, *a[0], *a[1], "rpy::bytes_new(\"\", 0)");  // a list that never holds an item: empty
      return slot_call(em, e, "rpy::bytes_join", {{a[0], bt, ""}, {a[1], a[1]->type, ""}});
    case BuiltinId::BytesStrip:
    case BuiltinId::BytesLStrip:
    case BuiltinId::BytesRStrip: {
      std::string fn = id == BuiltinId::BytesStrip    ? "rpy::bytes_strip"
                       : id == BuiltinId::BytesLStrip ? "rpy::bytes_lstrip"
                                                      : "rpy::bytes_rstrip";
      Expr* chars = param(0, "");
      if (chars && none(chars) && has_effects(*chars)) em.fail(chars->loc, "a None argument with side effects is not supported here");
      return slot_call(em, e, fn, {{a[0], bt, ""}, {none(chars) ? nullptr : chars, nbt, "static_cast<rpy::Bytes*>(nullptr)"}});
    }
    case BuiltinId::BytesReplace:
      return slot_call(em, e, "rpy::bytes_replace", {{a[0], bt, ""}, {a[1], bt, ""}, {a[2], bt, ""}, {param(2, ""), it, "-1"}});
    case BuiltinId::BytesUpper:
      return "rpy::as_bytes(rpy::str_upper(" + em.expr(*a[0]) + "))";
    case BuiltinId::BytesLower:
      return "rpy::as_bytes(rpy::str_lower(" + em.expr(*a[0]) + "))";
    case BuiltinId::IntFromBytes:
      return slot_call(em, e, "rpy::int_from_bytes",
                       {{param(0, ""), bt, ""}, {param(1, "byteorder"), st, nullstr}, {param(2, "signed"), bo, "false"}});
    case BuiltinId::IntBitLength:
      return "rpy::int_bit_length(" + em.expr_as(*a[0], it) + ")";
    case BuiltinId::IntBitCount:
      return "rpy::int_bit_count(" + em.expr_as(*a[0], it) + ")";
    case BuiltinId::IntToBytes:
      return slot_call(
          em, e, "rpy::int_to_bytes",
          {{a[0], it, ""}, {param(0, "length"), it, "1"}, {param(1, "byteorder"), st, nullstr}, {param(2, "signed"), bo, "false"}});
    default:
      em.fail(e.loc, std::string("internal: no code for builtin ") + annotate::builtin_name(id));
      return "0";
  }
}

bool percent_conversion(Emitter& em, std::string& out, const std::string& buf, const std::string& code, TypeRef t, char conv,
                        const std::string& spec, Loc loc) {
  TypeKind k = t->kind;
  auto refuse = [&](const std::string& msg) {
    em.fail(loc, "TypeError: " + msg + " (Python raises it here; rpy refuses it, as the types are known)");
    return false;
  };
  switch (conv) {
    case 's':
    case 'b':
      if (k == TypeKind::Instance) {
        em.fail(loc,
                std::string("%") + conv + " of an instance in a bytes format (its __bytes__) is not supported by rpy yet: format bytes(x)");
        return false;
      }
      if (k != TypeKind::Bytes && k != TypeKind::ByteArray)
        return refuse("%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                      annotate::python_type_name(t, true) + "'");
      out = "rpy::fmt_bytes(" + buf + ", " + code + ", " + spec + "); ";
      return true;
    case 'r':
    case 'a':  // ascii(repr(v))
      out = "rpy::fmt_str(" + buf + ", rpy::str_ascii3(rpy::repr(" + rlib::repr_arg(em, code, t) + ")), " + spec + "); ";
      return true;
    case 'c':
      if (k == TypeKind::Int || k == TypeKind::Bool || k == TypeKind::UInt)
        out = "rpy::fmt_byte_char(" + buf + ", static_cast<int64_t>(" + code + "), " + spec + "); ";
      else if (k == TypeKind::Bytes)
        out = "rpy::fmt_byte_char(" + buf + ", static_cast<const rpy::Bytes*>(" + code + "), " + spec + "); ";
      else
        return refuse("%c requires an integer in range(256) or a single byte");
      return true;
    default:
      return true;
  }
}

}  // namespace rpy::codegen::bytes3
