// C++ for files, sys.std*, os.listdir/abspath, methods of unicode receivers and the str methods of
// the io block of builtins.def (rules: annotate/io_rules.cpp, runtime: rpy/file.hpp).
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::BuiltinId;
using annotate::TypeKind;
using ir::Expr;

std::string Emitter::call_io_builtin(Expr& e) {
  auto id = static_cast<BuiltinId>(e.builtin_id);
  bool method = e.call_kind == ir::CallKind::BuiltinMethod;
  std::vector<Expr*> a = builtin_args(e);  // positional; for methods the receiver first
  TypeRef t0 = a.empty() ? nullptr : a[0]->type;
  bool uni = method && t0 && t0->kind == TypeKind::Unicode;
  TypeRef text = uni ? tt.unicode() : tt.str();
  const bool py3 = !uni && !is_python2();  // a Python 3 str: text, positions count code points
  auto v3 = [&](const std::string& fn) { return py3 ? fn + "3" : fn; };
  // fn(args converted to `to`..., extra...), the arguments evaluated left to right into temporaries.
  auto call = [&](const std::string& fn, std::vector<std::pair<Expr*, TypeRef>> args, const std::vector<std::string>& extra = {}) {
    std::string s = "({ ", c = fn + "(";
    bool first = true;
    for (auto& [x, to] : args) {
      std::string v = fresh("rpy_a");
      s += ctype(to) + " " + v + " = " + expr_as(*x, to) + "; ";
      c += (first ? "" : ", ") + v;
      first = false;
    }
    for (auto& x : extra) {
      c += (first ? "" : ", ") + x;
      first = false;
    }
    return s + c + "); })";
  };
  auto none_or_str = [&](size_t i) { return a.size() > i && a[i]->type->kind != TypeKind::None; };
  // Optional int arguments: given ones as expressions, missing ones as the literal default.
  auto opt_ints = [&](size_t from, size_t to, std::vector<std::pair<Expr*, TypeRef>>& args, std::vector<std::string>& extra,
                      const std::vector<std::string>& dflt) {
    for (size_t i = from; i < to; ++i) {
      if (i < a.size() && a[i]->type->kind != TypeKind::None) {
        if (!extra.empty()) {  // keep order: evaluate into the args list only while no literal came before
          extra.push_back(expr_as(*a[i], tt.integer()));
          continue;
        }
        args.push_back({a[i], tt.integer()});
      } else {
        if (i < a.size())
          extra.push_back("(" + expr(*a[i]) + ", " + dflt[i - from] + ")");
        else
          extra.push_back(dflt[i - from]);
      }
    }
  };
  switch (id) {
    case BuiltinId::Open:
      if (a.size() == 1) return "rpy::file_open(" + expr_as(*a[0], tt.str()) + ", nullptr)";
      if (!is_python2() && a[1]->op != ir::ExprOp::Const)  // a binary mode would need a binary file (emit_bytes.cpp)
        return call("rpy::file_open3", {{a[0], tt.str()}, {a[1], tt.str()}});
      return call("rpy::file_open", {{a[0], tt.str()}, {a[1], tt.str()}});
    case BuiltinId::SysStdoutWrite:
      if (!is_python2()) return "rpy::stdout_write3(" + expr_as(*a[0], tt.str()) + ")";  // Python 3: the count of characters
      return "(rpy::stdout_write(" + expr_as(*a[0], tt.str()) + "), nullptr)";
    case BuiltinId::SysStderrWrite:
      if (!is_python2()) return "rpy::stderr_write3(" + expr_as(*a[0], tt.str()) + ")";
      return "(rpy::stderr_write(" + expr_as(*a[0], tt.str()) + "), nullptr)";
    case BuiltinId::SysStdoutFlush:
    case BuiltinId::SysStderrFlush:
      return "(rpy::out_flush(), nullptr)";
    case BuiltinId::SysStdinRead:
      return "rpy::file_read(rpy::sys_stdin(), " + (a.empty() ? std::string("-1") : expr_as(*a[0], tt.integer())) + ")";
    case BuiltinId::SysStdinReadline:
    case BuiltinId::SysStdinReadlines: {
      std::vector<std::pair<Expr*, TypeRef>> args;
      std::vector<std::string> extra = {"rpy::sys_stdin()"};
      opt_ints(0, 1, args, extra, {"-1"});
      return call(id == BuiltinId::SysStdinReadline ? "rpy::file_readline" : "rpy::file_readlines", args, extra);
    }
    case BuiltinId::Input:
    case BuiltinId::RawInput:
      return "rpy::builtin_input(" + (a.empty() ? std::string("nullptr") : expr_as(*a[0], tt.str())) + ")";
    case BuiltinId::OsListdir:
      return "rpy::os_listdir(" + expr_as(*a[0], tt.str()) + ")";
    case BuiltinId::OsPathAbspath:
      return "rpy::os_path_abspath(" + expr_as(*a[0], tt.str()) + ")";

    case BuiltinId::FileRead:
      if (a.size() == 1) return "rpy::file_read(" + expr(*a[0]) + ", -1)";
      return call("rpy::file_read", {{a[0], t0}, {a[1], tt.integer()}});
    case BuiltinId::FileReadline:
    case BuiltinId::FileReadlines: {
      std::vector<std::pair<Expr*, TypeRef>> args = {{a[0], t0}};
      std::vector<std::string> extra;
      opt_ints(1, 2, args, extra, {"-1"});
      return call(id == BuiltinId::FileReadline ? "rpy::file_readline" : "rpy::file_readlines", args, extra);
    }
    case BuiltinId::FileWrite:
      if (!is_python2()) return call("rpy::file_write3", {{a[0], t0}, {a[1], tt.str()}});  // Python 3: the count of characters
      return "(" + call("rpy::file_write", {{a[0], t0}, {a[1], tt.str()}}) + ", nullptr)";
    case BuiltinId::FileSeek:
      if (a.size() == 2) return "(" + call("rpy::file_seek", {{a[0], t0}, {a[1], tt.integer()}}, {"0"}) + ", nullptr)";
      return "(" + call("rpy::file_seek", {{a[0], t0}, {a[1], tt.integer()}, {a[2], tt.integer()}}) + ", nullptr)";
    case BuiltinId::FileTell:
      return "rpy::file_tell(" + expr(*a[0]) + ")";
    case BuiltinId::FileFileno:
      return "rpy::file_fileno(" + expr(*a[0]) + ")";
    case BuiltinId::FileClose:
      return "(rpy::file_close(" + expr(*a[0]) + "), nullptr)";
    case BuiltinId::FileFlush:
      return "(rpy::file_flush(" + expr(*a[0]) + "), nullptr)";
    case BuiltinId::FileEnter:
      return expr(*a[0]);
    case BuiltinId::FileExit: {
      std::string s = "({ ";
      for (size_t i = 1; i < a.size(); ++i) s += "(void)(" + expr(*a[i]) + "); ";
      return s + "rpy::file_close(" + expr(*a[0]) + "); false; })";
    }

    case BuiltinId::StrRsplit:
    case BuiltinId::StrSplit: {
      std::string fn = id == BuiltinId::StrRsplit ? "rpy::str_rsplit" : "rpy::str_split";
      std::string maxs = a.size() > 2 ? expr_as(*a[2], tt.integer()) : "-1";
      if (!none_or_str(1)) {
        // Python 3 str: Unicode 14.0's whitespace; Python 2 unicode: python2.7's 5.2; Python 2 str: bytes
        bool rs = id == BuiltinId::StrRsplit;
        if (uni) return std::string(rs ? "rpy::u_rsplit_ws27(" : "rpy::u_split_ws27(") + expr_as(*a[0], text) + ", " + maxs + ")";
        if (py3) return std::string(rs ? "rpy::str_rsplit_ws3(" : "rpy::str_split_ws3(") + expr_as(*a[0], text) + ", " + maxs + ")";
        if (!rs) return "rpy::str_split_ws(" + expr_as(*a[0], text) + ", " + maxs + ")";
        return "rpy::str_rsplit(" + expr_as(*a[0], text) + ", nullptr, " + maxs + ")";
      }
      if (a.size() > 2) return call(fn, {{a[0], text}, {a[1], tt.str()}, {a[2], tt.integer()}});
      return call(fn, {{a[0], text}, {a[1], tt.str()}}, {"-1"});
    }
    case BuiltinId::StrSplitlines:  // text (Python 3 str, Python 2 unicode) breaks at more than Python 2 str's \n and \r
      return std::string(py3 || uni ? "rpy::str_splitlines3(" : "rpy::str_splitlines2(") + expr_as(*a[0], tt.str()) + ", " +
             (a.size() > 1 ? truth(*a[1]) : std::string("false")) + ")";
    case BuiltinId::StrIndex:
    case BuiltinId::StrRIndex:
    case BuiltinId::StrFind:
    case BuiltinId::StrRFind:
    case BuiltinId::StrCount: {
      std::vector<std::pair<Expr*, TypeRef>> args{{a[0], text}, {a[1], tt.str()}};
      std::vector<std::string> extra;
      opt_ints(2, 4, args, extra, {"0", "INT64_MAX"});
      bool rev = id == BuiltinId::StrRIndex || id == BuiltinId::StrRFind;
      if (id == BuiltinId::StrCount) return call(uni ? "rpy::u_count" : v3("rpy::str_count"), args, extra);
      if (py3) {
        std::string c = call(rev ? "rpy::str_rfind3" : "rpy::str_find3", args, extra);
        if (id == BuiltinId::StrIndex || id == BuiltinId::StrRIndex)
          return "([](int64_t r) { if (r < 0) rpy::raise_exc<rpy::ValueError>(\"substring not found\"); return r; }(" + c + "))";
        return c;
      }
      extra.push_back(rev ? "true" : "false");
      if (uni) {
        std::string c = call("rpy::u_find", args, extra);
        if (id == BuiltinId::StrIndex || id == BuiltinId::StrRIndex)
          return "([](int64_t r) { if (r < 0) rpy::raise_exc<rpy::ValueError>(\"substring not found\"); return r; }(" + c + "))";
        return c;
      }
      if (id == BuiltinId::StrFind || id == BuiltinId::StrRFind) {
        extra.pop_back();
        return call(rev ? "rpy::str_rfind" : "rpy::str_find", args, extra);
      }
      return call("rpy::str_index", args, extra);
    }
    case BuiltinId::StrUpper:
    case BuiltinId::StrLower:
    case BuiltinId::StrSwapcase:
    case BuiltinId::StrTitle:
    case BuiltinId::StrCapitalize: {
      const char* name = id == BuiltinId::StrUpper      ? "upper"
                         : id == BuiltinId::StrLower    ? "lower"
                         : id == BuiltinId::StrSwapcase ? "swapcase"
                         : id == BuiltinId::StrTitle    ? "title"
                                                        : "capitalize";
      // Python 2 unicode: Python 2.7's simple mappings (op numbering of rpy::u_case27).
      if (uni) {
        int op = id == BuiltinId::StrUpper      ? 0
                 : id == BuiltinId::StrLower    ? 1
                 : id == BuiltinId::StrSwapcase ? 2
                 : id == BuiltinId::StrTitle    ? 3
                                                : 4;
        return "rpy::u_case27(" + expr_as(*a[0], tt.unicode()) + ", " + std::to_string(op) + ")";
      }
      return "rpy::str_" + std::string(name) + (py3 ? "3(" : "(") + expr_as(*a[0], tt.str()) + ")";
    }
    case BuiltinId::StrZfill:
      return call("rpy::str_zfill", {{a[0], tt.str()}, {a[1], tt.integer()}});
    case BuiltinId::StrLjust:
    case BuiltinId::StrRjust:
    case BuiltinId::StrCenter: {
      std::string which = id == BuiltinId::StrLjust ? "0" : id == BuiltinId::StrRjust ? "1" : "2";
      if (a.size() > 2) return call("rpy::str_pad", {{a[0], tt.str()}, {a[1], tt.integer()}, {a[2], tt.character()}}, {which});
      return call("rpy::str_pad", {{a[0], tt.str()}, {a[1], tt.integer()}}, {"' '", which});
    }
    case BuiltinId::StrRemoveprefix:  // s[len(p):] if s starts with p, else s itself (bytewise: UTF-8 prefixes are whole characters)
      return call(
          "[](rpy::Str* rpy_s, rpy::Str* rpy_p) { return rpy::str_startswith(rpy_s, rpy_p) ? rpy::str_slice(rpy_s, rpy_p->len, "
          "rpy_s->len) : rpy_s; }",
          {{a[0], tt.str()}, {a[1], tt.str()}});
    case BuiltinId::StrRemovesuffix:
      return call(
          "[](rpy::Str* rpy_s, rpy::Str* rpy_p) { return rpy_p->len > 0 && rpy::str_endswith(rpy_s, rpy_p) ? rpy::str_slice(rpy_s, "
          "0, rpy_s->len - rpy_p->len) : rpy_s; }",
          {{a[0], tt.str()}, {a[1], tt.str()}});
    case BuiltinId::StrIsascii:
      return "([](const rpy::Str* rpy_s) { for (int64_t i = 0; i < rpy_s->len; ++i) if (static_cast<unsigned char>(rpy_s->data[i]) >= "
             "0x80) return false; return true; }(" +
             expr_as(*a[0], tt.str()) + "))";
    case BuiltinId::StrExpandtabs:  // columns count code points in Python 3 str and Python 2 unicode
      if (a.size() > 1) return call("rpy::str_expandtabs", {{a[0], tt.str()}, {a[1], tt.integer()}}, {py3 || uni ? "true" : "false"});
      return "rpy::str_expandtabs(" + expr_as(*a[0], tt.str()) + ", 8, " + (py3 || uni ? "true" : "false") + ")";
    case BuiltinId::StrCasefold:
      return "rpy::str_casefold3(" + expr_as(*a[0], tt.str()) + ")";
    case BuiltinId::StrTranslate: {
      if (!is_python2() || uni) {  // code points
        const annotate::DictDef* d = a[1]->type->kind == TypeKind::Dict ? a[1]->type->dictdef->find() : nullptr;
        if (d && (d->key->kind == TypeKind::Impossible || d->value->kind == TypeKind::Impossible)) {  // {}: nothing to look up
          std::string s = fresh("rpy_s");
          return "({ rpy::Str* " + s + " = " + expr_as(*a[0], tt.str()) + "; (void)(" + expr(*a[1]) + "); " + s + "; })";
        }
        return call("rpy::str_translate3", {{a[0], tt.str()}, {a[1], a[1]->type}});
      }
      // Python 2 str: the table (None: bytes kept) and the bytes to delete, evaluated left to right.
      auto opt_str = [&](size_t i) -> std::string {
        if (i >= a.size()) return "static_cast<rpy::Str*>(nullptr)";
        if (a[i]->type->kind == TypeKind::None) return "((void)(" + expr(*a[i]) + "), static_cast<rpy::Str*>(nullptr))";
        return expr_as(*a[i], tt.str());
      };
      std::string s = fresh("rpy_s"), t = fresh("rpy_t"), d = fresh("rpy_d");
      return "({ rpy::Str* " + s + " = " + expr_as(*a[0], tt.str()) + "; rpy::Str* " + t + " = " + opt_str(1) + "; rpy::Str* " + d + " = " +
             opt_str(2) + "; rpy::str_translate2(" + s + ", " + t + ", " + d + "); })";
    }
    case BuiltinId::StrMaketrans:
      if (a.size() > 2) return call("rpy::str_maketrans3_del", {{a[0], tt.str()}, {a[1], tt.str()}, {a[2], tt.str()}});
      return call("rpy::str_maketrans3", {{a[0], tt.str()}, {a[1], tt.str()}});
    case BuiltinId::StringMaketrans:
      return call("rpy::str_maketrans2", {{a[0], tt.str()}, {a[1], tt.str()}});
    case BuiltinId::StrPartition:
    case BuiltinId::StrRPartition:
      return call("rpy::str_partition", {{a[0], tt.str()}, {a[1], tt.str()}}, {id == BuiltinId::StrRPartition ? "true" : "false"});
    case BuiltinId::StrJoin: {
      TypeRef t1 = a[1]->type;
      if (t1->kind == TypeKind::Iterator) {  // reversed(u)
        std::string items = as_list_code(expr(*a[1]), t1, e.loc);
        if (t1->items[0]->kind == TypeKind::Impossible) return "((void)" + expr(*a[0]) + ", (void)" + items + ", " + str_const("") + ")";
        return "({ auto rpy_sep = " + expr_as(*a[0], tt.str()) + "; rpy::str_join(rpy_sep, " + items + "); })";
      }
      TypeRef it = t1->listdef->find()->item;
      if (it->kind == TypeKind::Char) return "rpy::str_join_chars(" + expr(*a[0]) + ", " + expr(*a[1]) + ")";
      if (it->kind == TypeKind::Impossible) return "((void)" + expr(*a[0]) + ", (void)" + expr(*a[1]) + ", " + str_const("") + ")";
      return call("rpy::str_join", {{a[0], tt.str()}, {a[1], a[1]->type}});
    }
    case BuiltinId::StrStrip:
    case BuiltinId::StrLStrip:
    case BuiltinId::StrRStrip: {
      std::string which = id == BuiltinId::StrStrip ? "0" : id == BuiltinId::StrLStrip ? "1" : "2";
      std::string fn = uni ? "rpy::u_strip27" : v3("rpy::str_strip");  // unicode: code points, python2.7's whitespace
      if (none_or_str(1)) return call(fn, {{a[0], tt.str()}, {a[1], tt.str()}}, {which});
      return fn + "(" + expr_as(*a[0], tt.str()) + ", nullptr, " + which + ")";
    }
    case BuiltinId::StrStartswith:
    case BuiltinId::StrEndswith: {
      bool ends = id == BuiltinId::StrEndswith;
      std::vector<std::pair<Expr*, TypeRef>> args{{a[0], tt.str()}};
      std::vector<std::string> extra;
      std::string s = "({ ";
      std::string recv = fresh("rpy_recv");
      s += "rpy::Str* " + recv + " = " + expr_as(*a[0], tt.str()) + "; ";
      std::string pre = fresh("rpy_p");
      s += "auto " + pre + " = " + (a[1]->type->kind == TypeKind::Tuple ? expr(*a[1]) : expr_as(*a[1], tt.str())) + "; ";
      std::string lo = "0", hi = "INT64_MAX";
      if (a.size() > 2 && a[2]->type->kind != TypeKind::None) {
        lo = fresh("rpy_lo");
        s += "int64_t " + lo + " = " + expr_as(*a[2], tt.integer()) + "; ";
      }
      if (a.size() > 3 && a[3]->type->kind != TypeKind::None) {
        hi = fresh("rpy_hi");
        s += "int64_t " + hi + " = " + expr_as(*a[3], tt.integer()) + "; ";
      }
      if (py3 && (lo != "0" || hi != "INT64_MAX")) {  // code point positions to byte offsets
        if (lo != "0") s += lo + " = rpy::str_byte_pos3(" + recv + ", " + lo + "); ";
        if (hi != "INT64_MAX") s += hi + " = rpy::str_byte_pos3(" + recv + ", " + hi + "); ";
      }
      if (uni && (lo != "0" || hi != "INT64_MAX")) {  // code point positions to byte offsets
        if (lo != "0") s += lo + " = " + lo + " < 0 ? " + lo + " : rpy::u_byte_offset(" + recv + ", " + lo + "); ";
        if (hi != "INT64_MAX") s += hi + " = " + hi + " < 0 ? " + hi + " : rpy::u_byte_offset(" + recv + ", " + hi + "); ";
      }
      std::string fn = ends ? "rpy::str_endswith_at(" : "rpy::str_startswith_at(";
      if (a[1]->type->kind == TypeKind::Tuple) {
        s += "(false";
        for (size_t i = 0; i < a[1]->type->items.size(); ++i)
          s += " || " + fn + recv + ", " + convert("std::get<" + std::to_string(i) + ">(" + pre + ")", a[1]->type->items[i], tt.str()) +
               ", " + lo + ", " + hi + ")";
        return s + "); })";
      }
      return s + fn + recv + ", " + pre + ", " + lo + ", " + hi + "); })";
    }
    case BuiltinId::StrReplace:
      if (a.size() > 3) return call("rpy::str_replace_count", {{a[0], tt.str()}, {a[1], tt.str()}, {a[2], tt.str()}, {a[3], tt.integer()}});
      return call("rpy::str_replace", {{a[0], tt.str()}, {a[1], tt.str()}, {a[2], tt.str()}});
    // Python 3 str and Python 2 unicode test code points (Unicode 14.0's tables, python2.7's 5.2 for
    // unicode); Python 2 str tests bytes.
    case BuiltinId::StrIsdigit:
      if (py3 || uni) return std::string(uni ? "rpy::u_is27(" : "rpy::str_is3(") + expr_as(*a[0], tt.str()) + ", 0)";
      return "rpy::str_isdigit(" + expr_as(*a[0], tt.str()) + ")";
    case BuiltinId::StrIsalpha:
      if (py3 || uni) return std::string(uni ? "rpy::u_is27(" : "rpy::str_is3(") + expr_as(*a[0], tt.str()) + ", 1)";
      return "rpy::str_isalpha(" + expr_as(*a[0], tt.str()) + ")";
    case BuiltinId::StrIsalnum:
      if (py3 || uni) return std::string(uni ? "rpy::u_is27(" : "rpy::str_is3(") + expr_as(*a[0], tt.str()) + ", 2)";
      return "rpy::str_isalnum(" + expr_as(*a[0], tt.str()) + ")";
    case BuiltinId::StrIsspace:
      if (py3 || uni) return std::string(uni ? "rpy::u_is27(" : "rpy::str_is3(") + expr_as(*a[0], tt.str()) + ", 3)";
      return "rpy::str_isspace(" + expr_as(*a[0], tt.str()) + ")";
    case BuiltinId::StrIsupper:
      if (py3 || uni) return std::string(uni ? "rpy::u_is27(" : "rpy::str_is3(") + expr_as(*a[0], tt.str()) + ", 4)";
      return "rpy::str_isupper(" + expr_as(*a[0], tt.str()) + ")";
    case BuiltinId::StrIslower:
      if (py3 || uni) return std::string(uni ? "rpy::u_is27(" : "rpy::str_is3(") + expr_as(*a[0], tt.str()) + ", 5)";
      return "rpy::str_islower(" + expr_as(*a[0], tt.str()) + ")";
    case BuiltinId::StrIsprintable:
      return "rpy::str_is3(" + expr_as(*a[0], tt.str()) + ", 6)";
    case BuiltinId::StrIsdecimal:
      return std::string(uni ? "rpy::u_is27(" : "rpy::str_is3(") + expr_as(*a[0], tt.str()) + ", 7)";
    case BuiltinId::StrIsnumeric:
      return std::string(uni ? "rpy::u_is27(" : "rpy::str_is3(") + expr_as(*a[0], tt.str()) + ", 8)";
    case BuiltinId::StrEncode:
      if (!uni && is_python2()) {  // str.encode: Python 2 decodes as ASCII first (UnicodeDecodeError for a byte >= 0x80)
        if (a.size() > 1)
          return call("[](rpy::Str* rpy_s, rpy::Str* rpy_e) { return rpy::u_encode(rpy::str_decode(rpy_s, nullptr), rpy_e); }",
                      {{a[0], tt.str()}, {a[1], tt.str()}});
        return "rpy::u_encode(rpy::str_decode(" + expr_as(*a[0], tt.str()) + ", nullptr), nullptr)";
      }
      if (!uni) {
        if (a.size() > 1) return call("rpy::u_encode", {{a[0], tt.str()}, {a[1], tt.str()}});
        return "rpy::u_encode(" + expr_as(*a[0], tt.str()) + ", nullptr)";
      }
      if (a.size() > 1) return call("rpy::u_encode", {{a[0], tt.str()}, {a[1], tt.str()}});
      return "rpy::u_encode(" + expr(*a[0]) + ", nullptr)";
    case BuiltinId::StrDecode:
      if (a.size() > 1) return call("rpy::str_decode", {{a[0], tt.str()}, {a[1], tt.str()}});
      return "rpy::str_decode(" + expr_as(*a[0], tt.str()) + ", nullptr)";
    default:
      break;
  }
  fail(e.loc, std::string("internal: no code for builtin ") + annotate::builtin_name(id) + (uni ? " on unicode" : ""));
  return "0";
}

}  // namespace rpy::codegen
