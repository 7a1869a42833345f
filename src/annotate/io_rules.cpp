// Type rules of files (open() and its methods), sys.stdin/stdout/stderr, os.listdir/abspath, the
// methods of unicode receivers, and the str methods of the io block of builtins.def.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

using ir::Expr;
using ir::Graph;

bool is_io_builtin(BuiltinId id) {
  return static_cast<int>(id) >= static_cast<int>(BuiltinId::Open) && static_cast<int>(id) <= static_cast<int>(BuiltinId::StrRPartition);
}

bool io_handles(BuiltinId id, TypeRef receiver) {
  if (is_io_builtin(id)) return true;
  if (!receiver) return false;
  if (receiver->kind == TypeKind::Unicode) return id != BuiltinId::StrFormat;  // u'...'.format(): extra_rules, emit_format
  return is_stringlike(receiver) && (id == BuiltinId::StrStartswith || id == BuiltinId::StrEndswith || id == BuiltinId::StrReplace ||
                                     id == BuiltinId::StrEncode || id == BuiltinId::StrDecode);
}

TypeRef TypeTable::file(bool nullable, bool binary) {
  Type t;
  t.kind = TypeKind::File;
  t.nullable = nullable;
  t.bits = binary ? 8 : 0;
  return intern(t);
}

namespace {
bool is_text(TypeRef t) { return is_stringlike(t) || t->kind == TypeKind::Unicode || t->kind == TypeKind::UniChar; }
}  // namespace

TypeRef Annotator::call_io_builtin(BuiltinId id, Expr& e, std::vector<TypeRef>& args, Graph& g) {
  (void)g;
  TypeTable& tt = types();
  bool method = e.call_kind == ir::CallKind::BuiltinMethod;
  size_t npos = args.size() - e.kwnames.size();
  std::string name = builtin_name(id);
  if (method && name.rfind("Str.", 0) == 0 && !args.empty() && args[0]->kind == TypeKind::Unicode) name = "unicode." + name.substr(4);
  auto arity = [&](size_t lo, size_t hi) {
    if (!e.kwnames.empty()) {
      error(e.loc, name + "() does not take keyword arguments ('" + e.kwnames[0] + "')");
      return false;
    }
    // For methods, args[0] is the receiver: count the others.
    size_t off = method ? 1 : 0;
    size_t n = npos - off;
    if (n < lo || n > hi) {
      std::string want = lo == hi ? std::to_string(lo) : std::to_string(lo) + " to " + std::to_string(hi);
      error(e.loc, name + "() takes " + want + " argument" + (hi == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
      return false;
    }
    return true;
  };
  auto expect = [&](size_t i, bool ok, const std::string& what) {
    if (imp(args[i]) || ok) return;
    size_t k = method ? i : i;  // argument index among the call's arguments
    Loc l = e.args.size() > k + (method ? 0 : 1) ? e.args[k + (method ? 0 : 1)]->loc : e.loc;
    error(l, name + "() argument " + std::to_string(method ? i : i + 1) + " must be " + what + ", not " + describe(args[i]));
  };
  auto str_list = [&](TypeRef item) {
    ListDef* d = listdef_for(&e, item);
    d->resized = true;
    return tt.list(d);
  };
  bool uni = method && !args.empty() && args[0]->kind == TypeKind::Unicode;
  TypeRef text = uni ? tt.unicode() : tt.str();
  // Arguments of a unicode method: unicode (or str, which Python 2 decodes as ASCII).
  auto expect_text = [&](size_t i) { expect(i, is_text(args[i]), uni ? "unicode" : "a str"); };
  switch (id) {
    case BuiltinId::Open:
      if (!arity(1, 3)) break;
      expect(0, is_stringlike(args[0]), "a str (a path)");
      if (npos > 1) expect(1, is_stringlike(args[1]), "a str (a mode)");
      if (npos > 2) expect(2, is_intlike(args[2]), "an int (buffering)");
      return tt.file();
    case BuiltinId::SysStdoutWrite:
    case BuiltinId::SysStderrWrite:
      if (!arity(1, 1)) break;
      expect(0, is_text(args[0]), "a str");
      return interp_.sources().py3() ? tt.int_nonneg() : tt.none();  // Python 3: the count of characters written
    case BuiltinId::SysStdoutFlush:
    case BuiltinId::SysStderrFlush:
      if (!arity(0, 0)) break;
      return tt.none();
    case BuiltinId::SysStdinRead:
      if (!arity(0, 1)) break;
      if (npos > 0) expect(0, is_intlike(args[0]), "an int");
      return tt.str();
    case BuiltinId::SysStdinReadline:  // readline(size): at most size characters (None: TypeError)
      if (!arity(0, 1)) break;
      if (npos > 0) expect(0, is_intlike(args[0]), "an int");
      return tt.str();
    case BuiltinId::SysStdinReadlines:  // readlines(hint): lines until their total length passes hint
      if (!arity(0, 1)) break;
      if (npos > 0) expect(0, is_intlike(args[0]) || args[0]->kind == TypeKind::None, "an int or None");
      if (npos > 0 && !interp_.sources().py3())
        error(e.loc, "sys.stdin.readlines(sizehint) is not supported in Python 2 programs: call readlines()");
      return str_list(tt.str());
    case BuiltinId::Input:
    case BuiltinId::RawInput:
      // input([prompt]): the prompt written to stdout (str() of any value), one line of stdin
      // without its newline; EOFError at the end of input.
      if (!arity(0, 1)) break;
      if (npos > 0 && !imp(args[0]) && !is_text(args[0])) {
        Loc l = e.args.size() > 1 ? e.args[1]->loc : e.loc;
        error(l, name + "() prompt must be a str here, not " + describe(args[0]) + ": pass str(prompt)");
      }
      return tt.str();
    case BuiltinId::OsListdir:
      if (!arity(1, 1)) break;
      expect(0, is_stringlike(args[0]), "a str (a path)");
      return str_list(tt.str());
    case BuiltinId::OsPathAbspath:
      if (!arity(1, 1)) break;
      expect(0, is_stringlike(args[0]), "a str (a path)");
      return tt.str();

    // ---- file methods (args[0] is the receiver)
    case BuiltinId::FileRead:
      if (!arity(0, 1)) break;
      if (npos > 1) expect(1, is_intlike(args[1]), "an int");
      return tt.str();
    case BuiltinId::FileReadline:  // readline(size): at most size characters (bytes in Python 2; None: TypeError)
      if (!arity(0, 1)) break;
      if (npos > 1) expect(1, is_intlike(args[1]), "an int");
      return tt.str();
    case BuiltinId::FileReadlines:  // readlines(hint): lines until their total length passes hint
      if (!arity(0, 1)) break;
      if (npos > 1) expect(1, is_intlike(args[1]) || args[1]->kind == TypeKind::None, "an int or None");
      if (npos > 1 && !interp_.sources().py3())  // Python 2 stops after whole 8 KiB reads: not modelled
        error(e.loc, "file.readlines(sizehint) is not supported in Python 2 programs: call readlines()");
      return str_list(tt.str());
    case BuiltinId::FileWrite:
      if (!arity(1, 1)) break;
      expect(1, is_text(args[1]), "a str");
      return interp_.sources().py3() ? tt.int_nonneg() : tt.none();  // Python 3: the count of characters written
    case BuiltinId::FileSeek:
      if (!arity(1, 2)) break;
      expect(1, is_intlike(args[1]), "an int");
      if (npos > 2) expect(2, is_intlike(args[2]), "an int");
      return tt.none();
    case BuiltinId::FileTell:
    case BuiltinId::FileFileno:
      if (!arity(0, 0)) break;
      return tt.integer();
    case BuiltinId::FileClose:
    case BuiltinId::FileFlush:
      if (!arity(0, 0)) break;
      return tt.none();
    case BuiltinId::FileEnter:
      if (!arity(0, 0)) break;
      return tt.file();
    case BuiltinId::FileExit:
      if (!arity(0, 3)) break;
      return tt.bool_const(false);  // closes the file and never suppresses the exception

    // ---- str methods of this block, and every str method on a unicode receiver
    case BuiltinId::StrRsplit:
    case BuiltinId::StrSplit:
      if (!arity(0, 2)) break;
      if (npos > 1) expect(1, is_text(args[1]) || args[1]->kind == TypeKind::None, uni ? "unicode" : "a str");
      if (npos > 2) expect(2, is_intlike(args[2]), "an int");
      return str_list(text);
    case BuiltinId::StrSplitlines:
      if (!arity(0, 1)) break;
      return str_list(text);
    case BuiltinId::StrIndex:
    case BuiltinId::StrRIndex:
    case BuiltinId::StrFind:
    case BuiltinId::StrRFind:
    case BuiltinId::StrCount:
      if (!arity(1, 3)) break;
      expect_text(1);
      for (size_t i = 2; i < npos; ++i) expect(i, is_intlike(args[i]) || args[i]->kind == TypeKind::None, "an int");
      return tt.integer();
    case BuiltinId::StrTitle:
    case BuiltinId::StrCapitalize:
    case BuiltinId::StrSwapcase:
    case BuiltinId::StrUpper:
    case BuiltinId::StrLower:
      if (!arity(0, 0)) break;
      return text;
    case BuiltinId::StrZfill:
      if (!arity(1, 1)) break;
      expect(1, is_intlike(args[1]), "an int");
      return text;
    case BuiltinId::StrLjust:
    case BuiltinId::StrRjust:
    case BuiltinId::StrCenter:
      if (!arity(1, 2)) break;
      expect(1, is_intlike(args[1]), "an int");
      if (npos > 2) expect(2, args[2]->kind == TypeKind::Char, "a single character");
      return text;
    case BuiltinId::StrRemoveprefix:
    case BuiltinId::StrRemovesuffix:
    case BuiltinId::StrIsascii:
      if (uni || !interp_.sources().py3()) {  // Python 3.9's (isascii: 3.7's); Python 2's str and unicode lack them
        error(e.loc, "AttributeError: '" + std::string(uni ? "unicode" : "str") + "' object has no attribute '" +
                         name.substr(name.find('.') + 1) + "' in Python 2 (a Python 3 method)");
        return tt.impossible();
      }
      if (id == BuiltinId::StrIsascii) {
        if (!arity(0, 0)) break;
        return tt.boolean();
      }
      if (!arity(1, 1)) break;
      expect_text(1);
      return text;
    case BuiltinId::StrExpandtabs:
      if (!arity(0, 1)) break;
      if (npos > 1) expect(1, is_intlike(args[1]), "an int");
      return text;
    case BuiltinId::StrCasefold:  // Python 3.3's: Python 2's str and unicode lack it
      if (uni || !interp_.sources().py3()) {
        error(e.loc, "AttributeError: '" + std::string(uni ? "unicode" : "str") +
                         "' object has no attribute 'casefold' in Python 2 (a Python 3 method)");
        return tt.impossible();
      }
      if (!arity(0, 0)) break;
      return text;
    case BuiltinId::StrTranslate: {
      if (!uni && !interp_.sources().py3()) {  // Python 2 str: a 256-byte table or None, then the bytes to delete
        if (!arity(1, 2)) break;
        expect(1, is_stringlike(args[1]) || args[1]->kind == TypeKind::None, "a str of 256 characters or None");
        if (npos > 2) expect(2, is_stringlike(args[2]), "a str");
        return tt.str();
      }
      if (!arity(1, 1)) break;
      if (imp(args[1])) return text;
      // Python 3's str: a dict from code points to a code point, a str or None (str.maketrans makes
      // them). Python 2's unicode: to a unicode or None (an int value is rpy's limit: python 2.7
      // raises TypeError "character mapping must be in range(0x%lx)" past the last code point).
      const char* what = uni ? "unicode.translate() in translated code takes a dict" : "str.translate() in translated code takes a dict";
      const DictDef* d = args[1]->kind == TypeKind::Dict ? args[1]->dictdef->find() : nullptr;
      if (!d || d->is_set || d->factory || d->counter || d->odict || d->custom_keys) {
        error(e.args[1]->loc, std::string(what) + (uni ? ", not " : " (as str.maketrans() makes), not ") + describe(args[1]));
        return tt.impossible();
      }
      if (imp(d->key) || imp(d->value)) return text;
      TypeRef v = d->value;
      bool value_ok = uni ? v->kind == TypeKind::None || v->kind == TypeKind::Unicode
                          : v->kind == TypeKind::None || (v->kind == TypeKind::Int && !v->bits) || v->kind == TypeKind::Str ||
                                v->kind == TypeKind::Char;
      if (d->key->kind != TypeKind::Int || d->key->nullable || d->key->bits || !value_ok) {
        bool int_value = uni && !value_ok && v->kind == TypeKind::Int && d->key->kind == TypeKind::Int;
        error(e.args[1]->loc, std::string(what) + " from int (a code point) to " + (uni ? "unicode" : "int, str") + " or None, not " +
                                  describe(args[1]) +
                                  (int_value ? " (an int value is rpy's limit: python 2.7's TypeError past the last code point is not "
                                               "checked; give unichr(n))"
                                             : " (a dict of other keys never matches: python looks up ord(c))"));
        return tt.impossible();
      }
      return text;
    }
    case BuiltinId::StrMaketrans:
      if (!interp_.sources().py3()) {
        error(e.loc, "AttributeError: type object 'str' has no attribute 'maketrans' in Python 2 (use string.maketrans)");
        return tt.impossible();
      }
      if (npos == 1 && e.kwnames.empty()) {
        error(e.loc,
              "str.maketrans(dict) is not supported in translated code: give the dict from code points (ord(c)) to "
              "str.translate() itself");
        return tt.impossible();
      }
      if (!arity(2, 3)) break;
      for (size_t i = 0; i < npos; ++i) expect(i, is_stringlike(args[i]), "str");
      return tt.dict(dictdef_for(&e, tt.integer(), npos > 2 ? tt.with_nullable(tt.integer(), true) : tt.integer(), false));
    case BuiltinId::StringMaketrans:
      if (!arity(2, 2)) break;
      for (size_t i = 0; i < npos; ++i) expect(i, is_stringlike(args[i]), "a str");
      return tt.str();
    case BuiltinId::StrPartition:
    case BuiltinId::StrRPartition:
      if (!arity(1, 1)) break;
      expect_text(1);
      return tt.tuple({text, text, text});
    case BuiltinId::StrJoin:
      if (!arity(1, 1)) break;
      if (!imp(args[1]) &&
          !(args[1]->kind == TypeKind::List && (imp(args[1]->listdef->find()->item) || is_text(args[1]->listdef->find()->item))) &&
          !(args[1]->kind == TypeKind::Iterator && (imp(args[1]->items[0]) || is_text(args[1]->items[0]))))
        error(e.loc, name + "() needs a list of strings, not " + describe(args[1]));
      return text;
    case BuiltinId::StrStrip:
    case BuiltinId::StrLStrip:
    case BuiltinId::StrRStrip:
      if (!arity(0, 1)) break;
      if (npos > 1) expect(1, is_text(args[1]) || args[1]->kind == TypeKind::None, "unicode");
      return text;
    case BuiltinId::StrStartswith:
    case BuiltinId::StrEndswith:
      if (!arity(1, 3)) break;
      if (args[1]->kind == TypeKind::Tuple) {
        for (TypeRef x : args[1]->items)
          if (!is_text(x)) error(e.loc, name + "() needs a string or a tuple of strings, not " + describe(args[1]));
      } else {
        expect_text(1);
      }
      for (size_t i = 2; i < npos; ++i) expect(i, is_intlike(args[i]) || args[i]->kind == TypeKind::None, "an int");
      return tt.boolean();
    case BuiltinId::StrReplace:
      if (!arity(2, 3)) break;
      expect_text(1);
      expect_text(2);
      if (npos > 3) expect(3, is_intlike(args[3]), "an int");
      return text;
    case BuiltinId::StrIsdigit:
    case BuiltinId::StrIsalpha:
    case BuiltinId::StrIsalnum:
    case BuiltinId::StrIsspace:
    case BuiltinId::StrIsupper:
    case BuiltinId::StrIslower:
      if (!arity(0, 0)) break;
      return tt.boolean();
    case BuiltinId::StrIsprintable:  // Python 3 only: Python 2's str has no isprintable()
      if (!arity(0, 0)) break;
      if (!interp_.sources().py3()) error(e.loc, "'str' object has no attribute 'isprintable' in Python 2 (it is a Python 3 method)");
      return tt.boolean();
    case BuiltinId::StrIsdecimal:  // Python 3 only (Python 2's unicode has them, its str not)
    case BuiltinId::StrIsnumeric:
      if (!arity(0, 0)) break;
      if (!interp_.sources().py3() && args[0]->kind != TypeKind::Unicode)
        error(e.loc, std::string("'str' object has no attribute '") + (id == BuiltinId::StrIsdecimal ? "isdecimal" : "isnumeric") +
                         "' in Python 2 (it is a Python 3 method)");
      return tt.boolean();
    case BuiltinId::StrEncode:  // Python 2 (Python 3's gives bytes: bytes_rules.cpp)
      if (!arity(0, 2)) break;
      return tt.str();
    case BuiltinId::StrDecode:
      if (!arity(0, 2)) break;
      return tt.unicode();
    default:
      error(e.loc, "'" + describe(args.empty() ? nullptr : args[0]) + "' has no method '" + name + "' that rpy can translate");
      break;
  }
  return tt.impossible();
}

}  // namespace rpy::annotate
