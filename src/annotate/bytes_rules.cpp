// Type rules of Python 3 bytes (docs/TYPES.md): literals and constants (annotator.cpp), the
// operators, items and slices, the methods, the codecs (str.encode, bytes.decode), bytes(...),
// bytes.fromhex, int.from_bytes and int.to_bytes (with the int methods bit_length and bit_count,
// dispatched the same way). Mixing bytes and str where Python raises
// TypeError is refused, with Python's message, since the types are known.
#include "annotate/bytes_rules.hpp"

#include "modules/interp.hpp"

namespace rpy::annotate {

TypeRef TypeTable::bytes(bool nullable) {
  Type t;
  t.kind = TypeKind::Bytes;
  t.nullable = nullable;
  return intern(t);
}

namespace bytes3 {

using ir::Expr;
using syntax::BinOp;
using syntax::CmpOp;

bool is_bytes(TypeRef t) { return t && t->kind == TypeKind::Bytes; }

static bool text(TypeRef t) { return t && (t->kind == TypeKind::Str || t->kind == TypeKind::Char); }

// Python 3's name of a type in its TypeError messages.
static std::string pyname(TypeRef t) { return python_type_name(t, true); }

TypeRef binop(Annotator& an, BinOp op, TypeRef a, TypeRef b, Loc loc) {
  if (!is_bytes(a) && !is_bytes(b)) return nullptr;
  TypeTable& tt = an.types();
  if (op == BinOp::Add && is_bytes(a) && is_bytes(b)) return tt.bytes();
  if (op == BinOp::Mul && ((is_bytes(a) && is_intlike(b)) || (is_intlike(a) && is_bytes(b)))) return tt.bytes();
  if (op == BinOp::Mod && is_bytes(a)) {  // PEP 461 (codegen checks each conversion's value)
    an.wants_str(b);
    return tt.bytes();
  }
  if (op == BinOp::Mod && text(a)) return nullptr;  // '%s' % b'x': str formatting
  std::string msg;
  if (op == BinOp::Add && is_bytes(a))
    msg = "can't concat " + pyname(b) + " to bytes";
  else if (op == BinOp::Add && text(a))
    msg = "can only concatenate str (not \"bytes\") to str";
  else if (op == BinOp::Mul)
    msg = "can't multiply sequence by non-int of type '" + pyname(is_bytes(a) ? b : a) + "'";
  else
    msg = std::string("unsupported operand type(s) for ") + syntax::binop_symbol(op) + ": '" + pyname(a) + "' and '" + pyname(b) + "'";
  an.error(loc, "TypeError: " + msg + " (Python raises it here; rpy refuses it, as the types are known)");
  return tt.impossible();
}

TypeRef compare(Annotator& an, CmpOp op, TypeRef a, TypeRef b, Loc loc) {
  TypeTable& tt = an.types();
  if (op == CmpOp::In || op == CmpOp::NotIn) {
    if (!is_bytes(b)) return nullptr;
    if (imp(a) || is_bytes(a) || is_intlike(a)) return tt.boolean();
    an.error(loc,
             "TypeError: a bytes-like object is required, not '" + pyname(a) + "' (the left operand of 'in' bytes is bytes or an int)");
    return tt.boolean();
  }
  if (!is_bytes(a) && !is_bytes(b)) return nullptr;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::NotEq:
    case CmpOp::Is:
    case CmpOp::IsNot:
      return tt.boolean();  // bytes == str is False (codegen), as in Python 3
    default:
      if (is_bytes(a) && is_bytes(b)) return tt.boolean();
      if (imp(a) || imp(b)) return tt.boolean();
      an.error(loc, std::string("TypeError: '") + syntax::cmpop_symbol(op) + "' not supported between instances of '" + pyname(a) +
                        "' and '" + pyname(b) + "' (Python raises it here; rpy refuses it, as the types are known)");
      return tt.boolean();
  }
}

TypeRef getitem(Annotator& an, Expr& e, TypeRef obj, TypeRef idx) {
  if (!is_bytes(obj)) return nullptr;
  if (!imp(idx) && !is_index(idx)) an.error(e.args[1]->loc, "byte indices must be integers or slices, not " + pyname(idx));
  return an.types().int_nonneg();  // 0..255
}

TypeRef getslice(Annotator& an, TypeRef obj) { return is_bytes(obj) ? an.types().bytes() : nullptr; }

TypeRef getattr(Annotator& an, Expr& e, TypeRef obj, const std::string& name) {
  // n.to_bytes, n.bit_count: Python 3 only (Python 2's int has no such method); n.bit_length: both
  bool py3 = an.interp().sources().py3();
  bool b = is_bytes(obj), i = obj && obj->kind == TypeKind::Int && !obj->bits &&
                              (((name == "to_bytes" || name == "bit_count") && py3) || name == "bit_length");
  if (!b && !i) return nullptr;
  if (b && !an.builtin_ids().count("Bytes." + name)) {
    an.error(e.loc, "'bytes' object has no attribute '" + name + "' (or rpy cannot translate it)");
    return an.types().impossible();
  }
  if (obj->nullable) an.none_checked_method(e.args[0], name);
  return an.types().builtin_method(an.types().with_nullable(obj, false), name);
}

bool is_binary_file(TypeRef t) { return t && t->kind == TypeKind::File && t->bits == 8; }

bool binary_mode(const Expr& e, bool method) {
  if (method || e.args.empty()) return false;
  size_t npos = e.args.size() - 1 - e.kwnames.size();
  const Expr* mode = npos > 1 ? e.args[2].get() : nullptr;
  for (size_t k = 0; k < e.kwnames.size(); ++k)
    if (e.kwnames[k] == "mode") mode = e.args[e.args.size() - e.kwnames.size() + k].get();
  if (!mode || mode->op != ir::ExprOp::Const || !mode->value || mode->value->kind != modules::ObjKind::Str) return false;
  return mode->value->as<modules::StrObj>()->value.find('b') != std::string::npos;
}

bool is_bytes_builtin(BuiltinId id) { return id >= BuiltinId::BytesFromhex && id <= BuiltinId::IntToBytes; }

bool handles(Annotator& an, BuiltinId id, const Expr& e, const std::vector<TypeRef>& args, bool method) {
  if (is_bytes_builtin(id)) return true;
  if (!an.interp().sources().py3()) return false;
  TypeRef a0 = args.empty() ? nullptr : args[0];
  switch (id) {
    case BuiltinId::Open:
      return binary_mode(e, method);
    case BuiltinId::FileRead:
    case BuiltinId::FileReadline:
    case BuiltinId::FileReadlines:
    case BuiltinId::FileWrite:
    case BuiltinId::FileEnter:
      return method && is_binary_file(a0);
    case BuiltinId::Bytes:
      return !method;
    case BuiltinId::StrEncode:
    case BuiltinId::StrDecode:  // refused: Python 3's str has no decode()
      return method && a0 && a0->kind != TypeKind::Unicode;
    case BuiltinId::Len:
    case BuiltinId::Str:  // str(b, encoding[, errors]) decodes
      if (!method && args.size() > 1 && is_bytes(a0)) return true;
      [[fallthrough]];
    case BuiltinId::Repr:  // also of a bytearray: bytearray(b'...') in Python 3
      return !method && args.size() == 1 && (is_bytes(a0) || (a0 && a0->kind == TypeKind::ByteArray));
    case BuiltinId::Hash:
      return !method && args.size() == 1 && is_bytes(a0);
    default:
      return false;
  }
}

TypeRef call_builtin(Annotator& an, BuiltinId id, Expr& e, std::vector<TypeRef>& args) {
  TypeTable& tt = an.types();
  bool method = e.call_kind == ir::CallKind::BuiltinMethod;
  size_t off = method ? 1 : 0;  // args[0] is the receiver of a method
  size_t npos = args.size() - e.kwnames.size() - off;
  std::string name = builtin_name(id);
  if (name.rfind("Bytes.", 0) == 0) name = "bytes." + name.substr(6);
  if (name.rfind("Str.", 0) == 0) name = "str." + name.substr(4);
  if (name.rfind("Int.", 0) == 0) name = "int." + name.substr(4);
  auto arity = [&](size_t lo, size_t hi, std::vector<std::string> keywords = {}) {
    for (auto& k : e.kwnames)
      if (std::find(keywords.begin(), keywords.end(), k) == keywords.end()) {
        an.error(e.loc, name + "() got an unexpected keyword argument '" + k + "'");
        return false;
      }
    if (npos >= lo && npos <= hi) return true;
    std::string want = lo == hi ? std::to_string(lo) : std::to_string(lo) + " to " + std::to_string(hi);
    an.error(e.loc, name + "() takes " + want + " positional argument" + (hi == 1 ? "" : "s") + " (" + std::to_string(npos) + " given)");
    return false;
  };
  // The argument at position i (after the receiver), or the keyword `kw`: its type, or null.
  auto arg = [&](size_t i, const char* kw) -> TypeRef {
    if (i < npos) return args[off + i];
    for (size_t k = 0; k < e.kwnames.size(); ++k)
      if (e.kwnames[k] == kw) return args[args.size() - e.kwnames.size() + k];
    return nullptr;
  };
  auto arg_loc = [&](size_t i) { return e.args.size() > i + 1 ? e.args[i + 1]->loc : e.loc; };
  auto expect = [&](size_t i, const char* kw, bool (*ok)(TypeRef), const char* what) {
    TypeRef t = arg(i, kw);
    if (!t || imp(t) || ok(t)) return;
    an.error(arg_loc(i), name + "() argument " + std::to_string(i + 1) + " must be " + what + ", not " + pyname(t));
  };
  auto is_b = [](TypeRef t) { return is_bytes(t); };
  auto is_s = [](TypeRef t) { return text(t); };
  auto is_i = [](TypeRef t) { return is_intlike(t); };
  auto is_i_or_none = [](TypeRef t) { return is_intlike(t) || t->kind == TypeKind::None; };
  auto is_b_or_none = [](TypeRef t) { return is_bytes(t) || t->kind == TypeKind::None; };
  auto bytes_list = [&]() {
    ListDef* d = an.listdef_for(&e, tt.bytes());
    d->resized = true;
    return tt.list(d);
  };
  if (id >= BuiltinId::SysStdoutBuffer && id <= BuiltinId::SysStdinBufferReadline && !an.interp().sources().py3()) {
    an.error(e.loc,
             "AttributeError: 'file' object has no attribute 'buffer' in Python 2 (sys.stdout.buffer is Python 3's; write the str "
             "to sys.stdout)");
    return tt.impossible();
  }
  if ((id == BuiltinId::BytesFromhex || id == BuiltinId::IntFromBytes) && !an.interp().sources().py3()) {
    an.error(e.loc, std::string("AttributeError: ") +
                        (id == BuiltinId::BytesFromhex ? "type object 'str' has no attribute 'fromhex'"
                                                       : "type object 'int' has no attribute 'from_bytes'") +
                        " in Python 2 (a Python 3 method)");
    return tt.impossible();
  }
  switch (id) {
    case BuiltinId::SysStdoutBuffer:
    case BuiltinId::SysStderrBuffer:
    case BuiltinId::SysStdinBuffer:
      if (!an.interp().sources().py3()) break;  // reported below
      an.error(e.loc, "TypeError: '" + std::string(id == BuiltinId::SysStdinBuffer ? "BufferedReader" : "BufferedWriter") +
                          "' object is not callable");
      return tt.impossible();
    case BuiltinId::SysStdoutBufferWrite:
    case BuiltinId::SysStderrBufferWrite:
      if (!an.interp().sources().py3()) break;
      if (!arity(1, 1)) break;
      if (TypeRef t = arg(0, ""); t && !imp(t) && !is_bytes(t))
        an.error(arg_loc(0), "TypeError: a bytes-like object is required, not '" + pyname(t) +
                                 "' (sys.stdout.buffer takes bytes: encode the text, or write it to sys.stdout)");
      return tt.int_nonneg();  // the number of bytes written
    case BuiltinId::SysStdoutBufferFlush:
    case BuiltinId::SysStderrBufferFlush:
      if (!an.interp().sources().py3()) break;
      if (!arity(0, 0)) break;
      return tt.none();
    case BuiltinId::SysStdinBufferRead:
      if (!an.interp().sources().py3()) break;
      if (!arity(0, 1)) break;
      expect(0, "", is_i_or_none, "an int");
      return tt.bytes();
    case BuiltinId::SysStdinBufferReadline:
      if (!an.interp().sources().py3()) break;
      if (!arity(0, 1)) break;
      expect(0, "", is_i, "an int");
      return tt.bytes();
    case BuiltinId::Len:
      return tt.int_nonneg();
    case BuiltinId::Str:
      if (args.size() > 1) {  // str(b, encoding[, errors]): b.decode(encoding, errors)
        if (!arity(1, 3, {"encoding", "errors"})) break;
        expect(1, "encoding", is_s, "str");
        expect(2, "errors", is_s, "str");
      }
      return tt.str();
    case BuiltinId::Repr:
      return tt.str();
    case BuiltinId::Hash:
      return tt.integer();
    case BuiltinId::Bytes: {
      if (!arity(0, 3, {"encoding", "errors"})) break;
      TypeRef s = arg(0, "");
      if (!s || imp(s)) return tt.bytes();
      if (text(s)) {  // bytes(s, encoding[, errors]): s.encode(...)
        if (!arg(1, "encoding")) {
          an.error(e.loc, "TypeError: string argument without an encoding (Python raises it here; write bytes(s, 'utf-8') or s.encode())");
          break;
        }
        expect(1, "encoding", is_s, "str");
        expect(2, "errors", is_s, "str");
        return tt.bytes();
      }
      if (npos > 1 || !e.kwnames.empty()) {
        an.error(e.loc, "TypeError: encoding or errors without a string argument");
        break;
      }
      if (is_bytes(s) || is_intlike(s) || s->kind == TypeKind::ByteArray) return tt.bytes();
      if (s->kind == TypeKind::List) {
        TypeRef item = s->listdef->find()->item;
        if (imp(item) || is_intlike(item)) return tt.bytes();
      }
      an.error(arg_loc(0), "bytes() of " + describe(s) +
                               " is not supported: bytes(n), bytes(list of int), bytes(bytes), bytes(bytearray) or bytes(str, encoding)");
      break;
    }
    case BuiltinId::StrEncode:
    case BuiltinId::BytesDecode:
      if (!arity(0, 2, {"encoding", "errors"})) break;
      expect(0, "encoding", is_s, "str");
      expect(1, "errors", is_s, "str");
      return id == BuiltinId::StrEncode ? tt.bytes() : tt.str();
    case BuiltinId::Open:  // open(path, 'rb'): a binary file
      if (!arity(1, 3, {"mode", "buffering"})) break;
      expect(0, "", is_s, "a str (a path)");
      expect(2, "buffering", is_i, "an int");
      return tt.file(false, true);
    case BuiltinId::FileRead:
      if (!arity(0, 1)) break;
      expect(0, "", is_i, "an int");
      return tt.bytes();
    case BuiltinId::FileReadline:  // readline(size): at most size bytes
      if (!arity(0, 1)) break;
      expect(0, "", is_i, "an int");
      return tt.bytes();
    case BuiltinId::FileReadlines:  // readlines(hint): lines until their total length reaches hint
      if (!arity(0, 1)) break;
      expect(0, "", is_i, "an int");
      return bytes_list();
    case BuiltinId::FileWrite:
      if (!arity(1, 1)) break;
      if (TypeRef t = arg(0, ""); t && !imp(t) && !is_bytes(t))
        an.error(arg_loc(0), "TypeError: a bytes-like object is required, not '" + pyname(t) +
                                 "' (a file opened in binary mode takes bytes: encode the text)");
      return tt.int_nonneg();  // the number of bytes written
    case BuiltinId::FileEnter:
      if (!arity(0, 0)) break;
      return tt.with_nullable(args[0], false);
    case BuiltinId::StrDecode:
      an.error(e.loc, "AttributeError: 'str' object has no attribute 'decode' (Python 3's str is text already; bytes have decode())");
      break;
    case BuiltinId::BytesHex:  // hex(sep, bytes_per_sep): sep a str or bytes of one ASCII character
      if (!arity(0, 2, {"sep", "bytes_per_sep"})) break;
      expect(
          0, "sep", [](TypeRef t) { return text(t) || is_bytes(t); }, "str or bytes");
      expect(1, "bytes_per_sep", is_i, "an int");
      return tt.str();
    case BuiltinId::BytesFromhex:
      if (!arity(1, 1)) break;
      expect(0, "", is_s, "str");
      return tt.bytes();
    case BuiltinId::BytesFind:
    case BuiltinId::BytesRFind:
    case BuiltinId::BytesIndex:
    case BuiltinId::BytesCount:
      if (!arity(1, 3)) break;
      if (TypeRef t = arg(0, ""); t && !imp(t) && !is_bytes(t))
        an.error(arg_loc(0), "argument should be a bytes object here (rpy translates a bytes argument), not '" + pyname(t) + "'");
      expect(1, "", is_i_or_none, "an int or None");
      expect(2, "", is_i_or_none, "an int or None");
      return id == BuiltinId::BytesCount ? tt.int_nonneg() : tt.integer();
    case BuiltinId::BytesStartswith:
    case BuiltinId::BytesEndswith:
      if (!arity(1, 1)) break;
      expect(0, "", is_b, "bytes");
      return tt.boolean();
    case BuiltinId::BytesSplit:
      if (!arity(0, 2, {"sep", "maxsplit"})) break;
      expect(0, "sep", is_b_or_none, "bytes or None");
      expect(1, "maxsplit", is_i, "an int");
      return bytes_list();
    case BuiltinId::BytesJoin: {
      if (!arity(1, 1)) break;
      TypeRef t = arg(0, "");
      if (imp(t)) return tt.bytes();
      if (t->kind == TypeKind::List && (imp(t->listdef->find()->item) || is_bytes(t->listdef->find()->item))) return tt.bytes();
      an.error(arg_loc(0), "bytes.join() takes a list of bytes here, not " + describe(t));
      break;
    }
    case BuiltinId::BytesStrip:
    case BuiltinId::BytesLStrip:
    case BuiltinId::BytesRStrip:
      if (!arity(0, 1)) break;
      expect(0, "", is_b_or_none, "bytes or None");
      return tt.bytes();
    case BuiltinId::BytesReplace:
      if (!arity(2, 3)) break;
      expect(0, "", is_b, "bytes");
      expect(1, "", is_b, "bytes");
      expect(2, "", is_i, "an int");
      return tt.bytes();
    case BuiltinId::BytesUpper:
    case BuiltinId::BytesLower:
      if (!arity(0, 0)) break;
      return tt.bytes();
    case BuiltinId::IntFromBytes:
      if (!arity(1, 2, {"byteorder", "signed"})) break;
      expect(0, "", is_b, "bytes");
      expect(1, "byteorder", is_s, "str");
      if (TypeRef s = arg(2, "signed"); s && !imp(s) && s->kind != TypeKind::Bool)
        an.error(e.loc, "int.from_bytes(): signed= must be a bool here, not " + describe(s));
      return tt.integer();
    case BuiltinId::IntBitLength:
    case BuiltinId::IntBitCount:
      if (!arity(0, 0, {})) break;
      return tt.int_nonneg();
    case BuiltinId::IntToBytes:
      if (!arity(0, 2, {"length", "byteorder", "signed"})) break;
      expect(0, "length", is_i, "an int");
      expect(1, "byteorder", is_s, "str");
      if (TypeRef s = arg(2, "signed"); s && !imp(s) && s->kind != TypeKind::Bool)
        an.error(e.loc, "int.to_bytes(): signed= must be a bool here, not " + describe(s));
      return tt.bytes();
    default:
      an.error(e.loc, name + "() is not supported on bytes");
      break;
  }
  return tt.impossible();
}

}  // namespace bytes3
}  // namespace rpy::annotate
