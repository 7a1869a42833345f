// C++ for string formatting: `fmt % args`, "literal".format(...) and f-strings. Format strings are
// parsed here, at translation time; the generated code appends the literal text and calls the
// runtime's formatting engine (runtime/rpy/format.hpp) once per conversion with a constant spec.
#include <functional>
#include <unordered_map>

#include "codegen/emit_bytes.hpp"
#include "common/format_fields.hpp"
#include "codegen/emit_rlib.hpp"
#include "codegen/emitter.hpp"
#include "rpy/format.hpp"
#include "rpy/format_spec.hpp"

namespace rpy::codegen {

using annotate::TypeKind;
using ir::Expr;
using ir::ExprOp;
namespace m = rpy::modules;

namespace {

// A parsed format spec (runtime/rpy/format_spec.hpp, shared with the runtime).
using Spec = rpy::RawSpec;

std::string char_lit(char c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "'\\%03o'", static_cast<unsigned char>(c));
  return buf;
}

std::string spec_code(const Spec& raw, char default_align) {
  rpy::FmtSpec s = rpy::resolve_spec(raw, default_align);
  return "rpy::FmtSpec{" + char_lit(s.fill) + ", " + char_lit(s.align) + ", " + char_lit(s.sign) + ", " + (s.alt ? "true" : "false") +
         ", " + (s.group ? char_lit(s.group) : std::string("0")) + ", " + std::to_string(s.width) + ", " + std::to_string(s.prec) + ", " +
         (s.type ? char_lit(s.type) : std::string("0")) + ", " + (s.z ? "true" : "false") + "}";
}

// Python's name of a value's type in its format errors.
std::string format_type_name(TypeRef t, char conv) {
  if (conv) return "str";
  switch (t ? t->kind : TypeKind::Impossible) {
    case TypeKind::Bool:
      return "bool";
    case TypeKind::Int:
    case TypeKind::UInt:
      return "int";
    case TypeKind::Float:
      return "float";
    case TypeKind::Unicode:
      return "unicode";
    default:
      return "str";
  }
}

// The spec grammar of the program's Python; a Python 2 str's spec counts bytes.
rpy::SpecDialect spec_dialect(bool py2, TypeRef t, char conv) { return {py2, !py2 || (!conv && t && t->kind == TypeKind::Unicode)}; }

}  // namespace

// Python 2 programs spell oct() and %#o without the 'o', accept floats for %x and %o, ...
bool Emitter::is_python2() const { return !sm_.py3(); }

// Str* code for str(value) of a value held in `code` of type t.
// str()/repr() of a function, class, module or iterator shows its address in Python: no output
// rpy could match, so printing one (also inside a container) is reported at translation time.
bool Emitter::check_printable(TypeRef t, Loc loc) {
  if (!t) return true;
  if (!rlib::check_printable(*this, t, loc)) return false;  // sized ints inside containers
  switch (t->kind) {
    case TypeKind::Class:
      // print(C), str(C), f"{C}" and "%s" % C are their texts (annotate/class_values.cpp)
      fail(loc, "str() or repr() of " + annotate::describe(t) +
                    " inside a container, or through format() or str.format(), is not supported yet (Python prints <class '" +
                    (is_python2() ? "module.Name'> or module.Name" : "module.Name'>") + "); print the class's __name__");
      return false;
    case TypeKind::Function:
    case TypeKind::Module:
    case TypeKind::Builtin:
    case TypeKind::BuiltinMethod:
    case TypeKind::Method:
    case TypeKind::Iterator:
    case TypeKind::Object:
      fail(loc, "str() or repr() of " + annotate::describe(t) + " is not supported (Python shows its address, which differs on every run)");
      return false;
    case TypeKind::Tuple:
      for (TypeRef x : t->items)
        if (!check_printable(x, loc)) return false;
      return true;
    case TypeKind::List:
      if (t->listdef->find()->range3) {
        fail(loc,
             "str() or repr() of a Python 3 range is not supported: rpy makes range() a list, "
             "and Python prints range(0, 3); print list(range(...)) instead");
        return false;
      }
      return check_printable(t->listdef->find()->item, loc);
    case TypeKind::Dict:
      if (t->dictdef->find()->factory && t->dictdef->find()->factory->kind != modules::ObjKind::Builtin) {
        fail(loc, "str() or repr() of a defaultdict whose factory is a function is not supported (Python shows the function's address)");
        return false;
      }
      return check_printable(t->dictdef->find()->key, loc) &&
             (t->dictdef->find()->is_set || check_printable(t->dictdef->find()->value, loc));
    default:
      return true;
  }
}

std::string Emitter::str_of_code(const std::string& code, TypeRef t) {
  if (annotate::is_optional_value(t)) return "rpy::to_str(" + code + ")";
  switch (t ? t->kind : TypeKind::Impossible) {
    case TypeKind::Str:
      return t->nullable ? "rpy::to_str(" + code + ")" : code;
    case TypeKind::Char:
      return "rpy::str_of_char(" + code + ")";
    case TypeKind::Int:
      return "rpy::int_to_str(" + code + ")";
    case TypeKind::Float:
      return "rpy::float_to_str(" + code + ")";
    case TypeKind::Bool:
      return "rpy::bool_to_str(" + code + ")";
    default:
      return "rpy::to_str(" + rlib::shown_arg(*this, code, t) + ")";
  }
}

// Appends format(value, spec) (after the !r/!s/!a conversion) to buffer `b`: one statement.
// Returns false (after reporting) when the spec does not apply to the value's type.
bool Emitter::format_value(std::string& out, const std::string& b, const std::string& code, TypeRef t, char conv,
                           const std::string& spec_text, Loc loc) {
  if (!check_printable(t, loc)) return false;
  Spec s;
  std::string err;
  const rpy::SpecDialect dialect = spec_dialect(is_python2(), t, conv);
  if (rpy::parse_raw_spec(spec_text, s, err, format_type_name(t, conv), dialect) != rpy::SpecStatus::Ok ||
      !(err = rpy::spec_limit(s)).empty()) {
    fail(loc, err);
    return false;
  }
  TypeKind k = t ? t->kind : TypeKind::Impossible;
  if (k == TypeKind::Impossible) {
    out += "(void)(" + code + "); ";
    return true;
  }
  if (annotate::is_optional_value(t) && conv == 0 && !s.empty) {
    // format(v, spec) of a number or tuple that may be None: Python 3's object.__format__ refuses
    // a spec for None (TypeError); Python 2's formats str(None) with it. The value's own rules
    // apply otherwise.
    TypeRef plain = annotate::strip_optional(tt, t);
    std::string inner;
    if (!format_value(inner, b, "(" + code + ").v", plain, 0, spec_text, loc)) return false;
    if (is_python2()) {
      std::string none_part;
      if (s.type && s.type != 's')
        none_part = std::string("rpy::raise_exc<rpy::ValueError>(\"Unknown format code '") + s.type + "' for object of type 'str'\"); ";
      else if (s.align == '=')
        none_part = "rpy::raise_exc<rpy::ValueError>(\"'=' alignment not allowed in string format specifier\"); ";
      else
        format_value(none_part, b, "rpy::to_str(" + code + ")", tt.str(), 0, spec_text, loc);
      out += "if ((" + code + ").has) { " + inner + "} else { " + none_part + "} ";
    } else {
      out += "(void)rpy::opt_get(" + code + ", \"unsupported format string passed to NoneType.__format__\"); " + inner;
    }
    return true;
  }
  std::string str_code;
  const bool ascii3 = conv == 'a' && !is_python2();  // Python 3's ascii(): repr, non-ASCII escaped
  if (conv == 'r' || conv == 'a') str_code = "rpy::repr(" + rlib::repr_arg(*this, code, t) + ")";
  if (ascii3)
    str_code = "rpy::str_ascii3(" + str_code + ")";
  else if (conv == 's')
    str_code = str_of_code(code, t);
  if (!str_code.empty() || k == TypeKind::Str || k == TypeKind::Char || k == TypeKind::Unicode) {
    if (std::string m = rpy::spec_error(s, rpy::SpecFor::Str, format_type_name(t, conv), dialect); !s.empty && !m.empty()) {
      fail(loc, m);
      return false;
    }
    if (s.empty && !ascii3) {
      if (conv == 'r' || conv == 'a')
        out += "rpy::append_repr(" + b + ", " + rlib::repr_arg(*this, code, t) + "); ";
      else
        out += "rpy::append_str(" + b + ", " + code + "); ";
      return true;
    }
    if (str_code.empty() && k == TypeKind::Char)
      out += "rpy::fmt_char(" + b + ", " + code + ", " + spec_code(s, '<') + "); ";
    else if (str_code.empty() && k == TypeKind::Unicode)  // Python 2 unicode: width and precision count code points
      out += "rpy::fmt_ustr(" + b + ", " + code + ", " + spec_code(s, '<') + "); ";
    else
      out += "rpy::fmt_str(" + b + ", " + (str_code.empty() ? code : str_code) + ", " + spec_code(s, '<') + "); ";
    return true;
  }
  switch (k) {
    case TypeKind::Bool:
    case TypeKind::Int:
    case TypeKind::UInt: {
      if (s.empty) {
        out += "rpy::append_str(" + b + ", " + code + "); ";
        return true;
      }
      if (std::string m = rpy::spec_error(s, rpy::SpecFor::Int, k == TypeKind::Bool ? "bool" : "int", dialect); !m.empty()) {
        fail(loc, m);
        return false;
      }
      if (k == TypeKind::UInt)
        out += "rpy::fmt_uint(" + b + ", " + code + ", " + spec_code(s, '>') + "); ";
      else
        out += "rpy::fmt_int(" + b + ", static_cast<int64_t>(" + code + "), " + spec_code(s, '>') + "); ";
      return true;
    }
    case TypeKind::Number: {  // an int or a float, told at run time: a spec both format alike
      if (s.empty) {
        out += "rpy::append_str(" + b + ", " + code + "); ";
        return true;
      }
      if (!(s.type && std::string("eEfFgG%").find(s.type) != std::string::npos) && !(!s.type && s.prec < 0)) {
        fail(loc, "format spec '" + spec_text + "' formats ints and floats differently (or only one of them), and this value is " +
                      annotate::describe(t) + ", known only at run time: convert it with int() or float() first");
        return false;
      }
      out += "if ((" + code + ").is_float()) rpy::fmt_float(" + b + ", (" + code + ").f, " + spec_code(s, '>') + "); else rpy::fmt_int(" +
             b + ", (" + code + ").i, " + spec_code(s, '>') + "); ";
      return true;
    }
    case TypeKind::Float: {
      if (std::string m = rpy::spec_error(s, rpy::SpecFor::Float, "float", dialect); !m.empty()) {
        fail(loc, m);
        return false;
      }
      if (s.type == 'n') s.type = 'g';
      if (s.empty) {
        out += "rpy::append_str(" + b + ", " + code + "); ";
        return true;
      }
      out += "rpy::fmt_float(" + b + ", " + code + ", " + spec_code(s, '>') + "); ";
      return true;
    }
    default:
      if (!s.empty) {
        fail(loc, "format spec '" + spec_text + "' cannot be applied to " + annotate::describe(t));
        return false;
      }
      out += "rpy::append_str(" + b + ", " + rlib::shown_arg(*this, code, t) + "); ";
      return true;
  }
}

// Whether format(value, spec) with this constant spec raises Python's ValueError for a str, int,
// float or bool value of type t (format() then checks the spec at run time, where a program can
// catch the error, rather than refusing it).
bool Emitter::spec_raises(const std::string& spec_text, TypeRef t) {
  TypeKind k = t ? t->kind : TypeKind::Impossible;
  if (annotate::is_optional_value(t)) return false;
  rpy::SpecFor f;
  if (k == TypeKind::Str || k == TypeKind::Char || k == TypeKind::Unicode)
    f = rpy::SpecFor::Str;
  else if (k == TypeKind::Int || k == TypeKind::UInt || k == TypeKind::Bool)
    f = rpy::SpecFor::Int;
  else if (k == TypeKind::Float)
    f = rpy::SpecFor::Float;
  else
    return false;
  Spec s;
  std::string err;
  const rpy::SpecDialect dialect = spec_dialect(is_python2(), t, 0);
  rpy::SpecStatus st = rpy::parse_raw_spec(spec_text, s, err, format_type_name(t, 0), dialect);
  if (st == rpy::SpecStatus::PyError) return true;
  return st == rpy::SpecStatus::Ok && !rpy::spec_error(s, f, "x", dialect).empty();
}

bool Emitter::format_value_runtime_spec(std::string& out, const std::string& b, const std::string& code, TypeRef t, const std::string& spec,
                                        Loc loc) {
  if (!check_printable(t, loc)) return false;
  TypeKind k = t ? t->kind : TypeKind::Impossible;
  if (annotate::is_optional_value(t)) k = TypeKind::Object;
  switch (k) {
    case TypeKind::Impossible:
      out += "(void)(" + code + "); (void)(" + spec + "); ";
      return true;
    case TypeKind::Str:
      out += "rpy::fmt_spec_str(" + b + ", " + code + ", " + spec + "); ";
      return true;
    case TypeKind::Unicode:  // Python 2 unicode: width and precision count code points
      out += "rpy::fmt_spec_ustr(" + b + ", " + code + ", " + spec + "); ";
      return true;
    case TypeKind::Char:
      out += "rpy::fmt_spec_char(" + b + ", " + code + ", " + spec + "); ";
      return true;
    case TypeKind::Bool:
      out += "rpy::fmt_spec_int(" + b + ", " + code + ", " + spec + ", true); ";
      return true;
    case TypeKind::Int:
      out += "rpy::fmt_spec_int(" + b + ", static_cast<int64_t>(" + code + "), " + spec + "); ";
      return true;
    case TypeKind::UInt:
      out += "rpy::fmt_spec_uint(" + b + ", " + code + ", " + spec + "); ";
      return true;
    case TypeKind::Float:
      out += "rpy::fmt_spec_float(" + b + ", " + code + ", " + spec + "); ";
      return true;
    case TypeKind::Number:
      out += "if ((" + code + ").is_float()) rpy::fmt_spec_float(" + b + ", (" + code + ").f, " + spec + "); else rpy::fmt_spec_int(" + b +
             ", (" + code + ").i, " + spec + "); ";
      return true;
    default:
      fail(loc, "a format spec built at run time is supported for str, int, float and bool values, not " + annotate::describe(t) +
                    " (format it with str() first, or write the spec as a constant)");
      return false;
  }
}

std::string Emitter::emit_fstring(Expr& e) {
  std::string b = fresh("rpy_fb");
  std::string s = "({ rpy::Buffer " + b + "; ";
  for (size_t i = 0; i < e.args.size(); ++i) {
    Expr& x = *e.args[i];
    char conv = i < e.conversions.size() ? e.conversions[i] : 0;
    std::string spec = i < e.specs.size() ? e.specs[i] : "";
    if (x.op == ExprOp::Const && x.value->kind == m::ObjKind::Str && conv == 0 && spec.empty()) {
      if (!x.value->as<m::StrObj>()->value.empty()) s += "rpy::append_str(" + b + ", " + str_const(x.value->as<m::StrObj>()->value) + "); ";
      continue;
    }
    std::string v = fresh("rpy_fv");
    s += "auto " + v + " = " + expr(x) + "; " + gen_root_if(v, x.type);
    format_value(s, b, v, x.type, conv, spec, x.loc);
  }
  return s + b + ".to_str(); })";
}

// "literal".format(args...): receiver is a[0]; positional arguments follow, then keywords.
std::string Emitter::emit_str_format(Expr& e) {
  Expr& recv = *e.args[0]->args[0];
  if (recv.op != ExprOp::Const || (recv.value->kind != m::ObjKind::Str && recv.value->kind != m::ObjKind::Unicode)) {
    fail(e.loc, "str.format() needs a literal (constant) format string");
    return "nullptr";
  }
  const std::string& f = recv.value->as<m::StrObj>()->value;
  // Python 2's u'...'.format(...): the result is unicode. A unicode (or unichr) value formats as
  // it is (widths count code points); any other value formats as in a str format and that text is
  // decoded as ASCII (UnicodeDecodeError beyond it: '\xc3\xa9' in '{:>5}' fails at position 3).
  const bool ufmt = recv.value->kind == m::ObjKind::Unicode;
  auto as_unicode = [&](std::string& code, TypeRef& t, char& conv) {
    TypeKind k = t ? t->kind : TypeKind::Impossible;
    if (conv == 'r' || (k != TypeKind::Unicode && k != TypeKind::UniChar)) return false;
    if (k == TypeKind::UniChar) code = "rpy::str_chr3(" + code + ")";  // its code point as text
    t = tt.unicode();
    conv = 0;
    return true;
  };
  // Appends a field formatted by `fmt` into a buffer of its own, decoded as ASCII.
  auto decoded = [&](std::string& out, const std::string& b, const std::function<bool(const std::string&)>& fmt) {
    std::string ub = fresh("rpy_ub");
    out += "{ rpy::Buffer " + ub + "; ";
    if (!fmt(ub)) return false;
    out += "rpy::append_str(" + b + ", rpy::str_decode(" + ub + ".to_str(), " + str_const("ascii") + ")); } ";
    return true;
  };
  size_t nkw = e.kwnames.size();
  size_t npos = e.args.size() - 1 - nkw;
  std::string b = fresh("rpy_fb");
  std::string s = "({ ";
  // Arguments are evaluated once, left to right.
  std::vector<std::string> vals;
  std::vector<TypeRef> val_types;
  std::vector<Loc> val_locs;
  for (size_t i = 1; i < e.args.size(); ++i) {
    std::string v = fresh("rpy_fv");
    s += "auto " + v + " = " + expr(*e.args[i]) + "; " + gen_root_if(v, e.args[i]->type);
    vals.push_back(v);
    val_types.push_back(e.args[i]->type);
    val_locs.push_back(e.args[i]->loc);
  }
  // "...".format_map(d) (Python 3): each field name is looked up in d where the field is
  // formatted (KeyError for a missing one); vals[0] is d, the lookups are added after it.
  const bool map = static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::StrFormatMap;
  if (map) npos = 0;
  s += "rpy::Buffer " + b + "; ";
  std::string lit;
  auto flush = [&]() {
    if (!lit.empty()) s += "rpy::append_str(" + b + ", " + str_const(lit) + "); ";
    lit.clear();
  };
  // The fields, read with Python's grammar (common/format_fields.hpp). Python raises its
  // ValueErrors (and IndexErrors, KeyErrors of missing arguments) when it reaches them; rpy
  // refuses those formats when translating.
  const FieldDialect dialect{is_python2(), !is_python2() || ufmt};
  enum class Numbering { Unset, Auto, Manual } numbering = Numbering::Unset;
  int64_t next_auto = 0;
  auto refuse = [&](const std::string& why) {
    fail(e.loc, why);
    return -1;
  };
  // The argument a field name selects (automatic numbering, an index or a keyword), -1 when
  // reported.
  auto field_index = [&](const FormatPiece& p) -> int {
    const FieldName& fn = p.name;
    if (!fn.error.empty()) return refuse(fn.error + " (ValueError)");
    if (map) {
      if (fn.kind != FieldName::Kind::Keyword)
        return refuse("Format string contains positional fields (ValueError: str.format_map() takes names only)");
      if (!fn.path.empty()) return refuse("field '" + p.name_text + "': attribute and item access in str.format_map() are not supported");
      vals.push_back("rpy::dict_get(" + vals[0] + ", " + str_const(fn.keyword) + ")");
      val_types.push_back(e.args[1]->type->dictdef->find()->value);
      val_locs.push_back(e.args[1]->loc);
      return static_cast<int>(vals.size()) - 1;
    }
    int idx = -1;
    if (fn.kind == FieldName::Kind::Keyword) {
      for (size_t k = 0; k < nkw; ++k)
        if (e.kwnames[k] == fn.keyword) idx = static_cast<int>(npos + k);
      if (idx < 0) return refuse("str.format(): no keyword argument '" + fn.keyword + "' (KeyError)");
    } else {
      const bool automatic = fn.kind == FieldName::Kind::Auto;
      if (numbering == Numbering::Unset) numbering = automatic ? Numbering::Auto : Numbering::Manual;
      if (automatic && numbering == Numbering::Manual)
        return refuse("cannot switch from manual field specification to automatic field numbering (ValueError)");
      if (!automatic && numbering == Numbering::Auto)
        return refuse("cannot switch from automatic field numbering to manual field specification (ValueError)");
      int64_t k = automatic ? next_auto++ : fn.index;
      if (k >= static_cast<int64_t>(npos))
        return refuse(dialect.py2 ? "tuple index out of range (IndexError: field " + std::to_string(k) + " of " + std::to_string(npos) +
                                        " positional arguments)"
                                  : "Replacement index " + std::to_string(k) + " out of range for positional args tuple (IndexError)");
      idx = static_cast<int>(k);
    }
    if (!fn.path.empty()) return refuse("field '" + p.name_text + "': attribute and item access in str.format() are not supported");
    return idx;
  };
  // The conversion of a field: 0, 's', 'r' or 'a'; -1 when reported.
  auto conversion = [&](const FormatPiece& p) -> int {
    std::string bad = format_conversion_error(p.conversion, dialect);
    if (!bad.empty()) return refuse(bad + " (ValueError)");
    return p.conversion.empty() ? 0 : p.conversion[0];
  };
  // A spec with nested fields ({0:>{1}}, {:{w}.{p}f}) is built at run time into a buffer of its
  // own, each nested field formatted as Python formats it (with its conversion and spec).
  auto nested_spec = [&](const std::string& spec, std::string& spec_value) {
    FormatScan inner = scan_format_string(spec, dialect);
    std::string sb = fresh("rpy_sb");
    s += "rpy::Buffer " + sb + "; ";
    for (const FormatPiece& q : inner.pieces) {
      if (!q.literal.empty()) s += "rpy::append_str(" + sb + ", " + str_const(q.literal) + "); ";
      if (!q.present) continue;
      int k = field_index(q);
      int conv = k < 0 ? -1 : conversion(q);
      if (conv < 0) return false;
      if (q.spec_nested) return refuse("Max string recursion exceeded (ValueError)") >= 0;
      auto ku = static_cast<size_t>(k);
      if (!format_value(s, sb, vals[ku], val_types[ku], static_cast<char>(conv), q.spec, val_locs[ku])) return false;
    }
    if (!inner.error.empty()) return refuse(inner.error + " (ValueError)") >= 0;
    spec_value = sb + ".to_str()";
    return true;
  };
  FormatScan scan = scan_format_string(f, dialect);
  for (const FormatPiece& p : scan.pieces) {
    lit += p.literal;
    if (!p.present) continue;
    int idx = field_index(p);
    int conv_i = idx < 0 ? -1 : conversion(p);
    if (conv_i < 0) return "nullptr";
    char conv = static_cast<char>(conv_i);
    flush();
    std::string code = vals[static_cast<size_t>(idx)];
    TypeRef t = val_types[static_cast<size_t>(idx)];
    Loc xloc = val_locs[static_cast<size_t>(idx)];
    if (p.spec_nested) {
      // Python converts the value (!r, !s) before it builds the spec.
      bool decode = ufmt && !as_unicode(code, t, conv);
      if (conv) {
        code = conv == 's' ? str_of_code(code, t) : "rpy::repr(" + rlib::repr_arg(*this, code, t) + ")";
        if (conv == 'a' && !is_python2()) code = "rpy::str_ascii3(" + code + ")";
        t = tt.str();
        std::string cv = fresh("rpy_cv");
        s += "rpy::Str* " + cv + " = " + code + "; " + gen_root_if(cv, t);
        code = cv;
      }
      std::string spec_value;
      if (!nested_spec(p.spec, spec_value)) return "nullptr";
      if (decode ? !decoded(s, b, [&](const std::string& ub) { return format_value_runtime_spec(s, ub, code, t, spec_value, xloc); })
                 : !format_value_runtime_spec(s, b, code, t, spec_value, xloc))
        return "nullptr";
      continue;
    }
    if (ufmt) {
      if (as_unicode(code, t, conv) ? !format_value(s, b, code, t, conv, p.spec, xloc) : !decoded(s, b, [&](const std::string& ub) {
            return format_value(s, ub, code, t, conv, p.spec, xloc);
          }))
        return "nullptr";
      continue;
    }
    if (is_python2() && t && t->kind == TypeKind::Unicode && conv == 0) {
      // Python 2's str.format encodes a unicode field's text as ASCII: UnicodeEncodeError beyond it.
      std::string ub = fresh("rpy_ub");
      s += "{ rpy::Buffer " + ub + "; ";
      if (!format_value(s, ub, code, t, conv, p.spec, xloc)) return "nullptr";
      s += "rpy::append_str(" + b + ", rpy::u_encode(" + ub + ".to_str(), nullptr)); } ";
      continue;
    }
    if (!format_value(s, b, code, t, conv, p.spec, xloc)) return "nullptr";
  }
  if (!scan.error.empty()) {
    refuse(scan.error + " (ValueError)");
    return "nullptr";
  }
  flush();
  return s + b + ".to_str(); })";
}

// fmt % args where the format is only known at run time or has '*' widths: rpy::PercentFormat
// parses it as the arguments arrive.
std::string Emitter::emit_percent_at_run_time(Expr& e) {
  Expr& fe = *e.args[0];
  Expr& re = *e.args[1];
  if (!fe.type || fe.type->kind != TypeKind::Str) {
    fail(fe.loc, "the format of '%' must be a str, not " + annotate::describe(fe.type));
    return "nullptr";
  }
  TypeRef rt = re.type;
  if (rt && rt->kind == TypeKind::Dict && !rt->dictdef->find()->is_set) {
    // Python looks up '%(name)s' keys in the dict; rpy does that only for a constant format
    fail(e.loc,
         "a '%' format applied to a dict must be a constant string (rpy reads its '%(name)s' keys when translating): write the format "
         "where the '%' is, or format with a tuple");
    return "nullptr";
  }
  std::string holder = fresh("rpy_fa"), pf = fresh("rpy_pf");
  std::string s = "({ rpy::Str* " + pf + "_f = " + expr(fe) + "; auto " + holder + " = " + expr(re) + "; " + gen_root_if(holder, rt) +
                  "rpy::PercentFormat " + pf + "(" + pf + "_f, " + (is_python2() ? "true" : "false") + "); ";
  std::vector<std::pair<std::string, TypeRef>> vals;
  if (rt && rt->kind == TypeKind::Tuple)
    for (size_t i = 0; i < rt->items.size(); ++i) vals.push_back({"std::get<" + std::to_string(i) + ">(" + holder + ")", rt->items[i]});
  else
    vals.push_back({holder, rt});
  for (auto& [code, t] : vals) {
    TypeKind k = t ? t->kind : TypeKind::Impossible;
    if (!check_printable(t, re.loc)) return "nullptr";
    if (k == TypeKind::Impossible)
      s += "(void)(" + code + "); ";
    else if (k == TypeKind::Int)
      s += pf + ".arg(static_cast<int64_t>(" + code + ")); ";
    else if (k == TypeKind::Bool)
      s += pf + ".arg(static_cast<bool>(" + code + ")); ";
    else if (k == TypeKind::UInt)
      s += pf + ".arg(static_cast<uint64_t>(" + code + ")); ";
    else if (k == TypeKind::Float)
      s += pf + ".arg(static_cast<double>(" + code + ")); ";
    else if (k == TypeKind::Number)  // its kind at run time
      s += "if ((" + code + ").is_float()) " + pf + ".arg((" + code + ").f); else if ((" + code + ").tag == rpy::Num::kBool) " + pf +
           ".arg((" + code + ").i != 0); else " + pf + ".arg((" + code + ").i); ";
    else if (k == TypeKind::Char)
      s += pf + ".arg(static_cast<char>(" + code + ")); ";
    else if (k == TypeKind::Str && !t->nullable)
      s += pf + ".arg(static_cast<const rpy::Str*>(" + code + ")); ";
    else
      s += pf + ".arg_object(" + str_of_code(code, t) + ", rpy::repr(" + rlib::shown_arg(*this, code, t) + ")); ";
  }
  return s + pf + ".finish(); })";
}

// The unicode text that %s or %r of a value puts into a unicode format (Python 2: a str is
// decoded as ASCII, raising UnicodeDecodeError; numbers and reprs are ASCII already).
std::string Emitter::unicode_percent_text(const std::string& code, TypeRef t, char conv) {
  TypeKind k = t->kind;
  if (conv == 'r') {
    if (k != TypeKind::Unicode) return "rpy::repr(" + rlib::repr_arg(*this, code, t) + ")";
    if (!t->nullable) return "rpy::u_repr(" + code + ")";
    std::string v = fresh("rpy_uv");
    return "({ rpy::Str* " + v + " = " + code + "; " + v + " ? rpy::u_repr(" + v + ") : rpy::to_str(" + v + "); })";
  }
  if (k == TypeKind::Str || k == TypeKind::Char) return "rpy::str_decode(" + str_of_code(code, t) + ", " + str_const("ascii") + ")";
  return str_of_code(code, t);
}

// fmt % args
std::string Emitter::emit_percent(Expr& e) {
  Expr& fe = *e.args[0];
  Expr& re = *e.args[1];
  // unicode % args: the format is UTF-8 text, and so is the result
  bool uni = (fe.type && fe.type->kind == TypeKind::Unicode) || (e.type && e.type->kind == TypeKind::Unicode);
  bool const_fmt = fe.op == ExprOp::Const && (fe.value->kind == m::ObjKind::Str || fe.value->kind == m::ObjKind::Unicode);
  bool bytes_fmt = fe.type && fe.type->kind == TypeKind::Bytes;  // PEP 461
  if (bytes_fmt && (!const_fmt || fe.value->as<m::StrObj>()->value.find('*') != std::string::npos)) {
    fail(fe.loc, "rpy formats bytes with '%' only when the format is a constant without '*' widths (rpy's limit)");
    return "nullptr";
  }
  if (uni && (!const_fmt || fe.value->as<m::StrObj>()->value.find('*') != std::string::npos)) {
    fail(fe.loc, "rpy formats unicode with '%' only when the format is a constant without '*' widths (rpy's limit)");
    return "nullptr";
  }
  if (!const_fmt || fe.value->as<m::StrObj>()->value.find('*') != std::string::npos) return emit_percent_at_run_time(e);
  const std::string& f = fe.value->as<m::StrObj>()->value;
  bool py2 = is_python2();
  bool str_fmt = fe.value->kind == m::ObjKind::Str;  // promoted to unicode by a unicode argument
  bool promoted = false;
  if (uni && str_fmt)
    for (char c : f)
      if (static_cast<unsigned char>(c) >= 0x80) {
        fail(fe.loc, "this str format has non-ASCII bytes and a unicode argument: Python 2 raises UnicodeDecodeError here");
        return "nullptr";
      }
  TypeRef rt = re.type;
  std::string holder = fresh("rpy_fa");
  std::vector<std::pair<std::string, TypeRef>> vals;
  if (rt && rt->kind == TypeKind::Tuple) {
    for (size_t i = 0; i < rt->items.size(); ++i) vals.push_back({"std::get<" + std::to_string(i) + ">(" + holder + ")", rt->items[i]});
  } else {
    vals.push_back({holder, rt});
  }
  std::string b = fresh("rpy_fb");
  std::string s = "({ auto " + holder + " = " + expr(re) + "; " + gen_root_if(holder, rt) + "rpy::Buffer " + b + "; ";
  std::string lit;
  auto flush = [&]() {
    if (!lit.empty()) s += "rpy::append_str(" + b + ", " + str_const(lit) + "); ";
    lit.clear();
  };
  size_t next = 0;
  bool any_keyed = false;
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] != '%') {
      lit += f[i];
      continue;
    }
    ++i;
    if (i >= f.size()) {
      fail(e.loc, "incomplete format");
      return "nullptr";
    }
    std::string keyed;  // `%(name)s`: the value is the dict's item for "name"
    bool has_key = false;
    if (f[i] == '(') {
      size_t depth = 1, j = i + 1;  // Python counts nested parentheses in the key
      for (; j < f.size() && depth; ++j) depth += f[j] == '(' ? 1 : f[j] == ')' ? -1 : 0;
      if (depth) {
        fail(e.loc, "incomplete format key");
        return "nullptr";
      }
      annotate::DictDef* d = rt && rt->kind == TypeKind::Dict ? rt->dictdef->find() : nullptr;
      TypeKind key_kind = d && !d->is_set && d->key ? d->key->kind : TypeKind::Impossible;
      if (bytes_fmt ? key_kind != TypeKind::Bytes : key_kind != TypeKind::Str && key_kind != TypeKind::Char) {
        fail(e.loc, std::string("'%(name)s' formats need a dict with ") + (bytes_fmt ? "bytes" : "str") +
                        " keys on the right of '%' (Python: TypeError: format requires a mapping)");
        return "nullptr";
      }
      keyed = f.substr(i + 1, j - i - 2);
      has_key = true;
      i = j;
      if (i >= f.size()) {
        fail(e.loc, "incomplete format");
        return "nullptr";
      }
    }
    Spec sp;
    bool minus = false, zero = false;
    for (; i < f.size(); ++i) {
      char c = f[i];
      if (c == '-')
        minus = true;
      else if (c == '0')
        zero = true;
      else if (c == '+')
        sp.sign = '+';
      else if (c == ' ') {
        if (sp.sign != '+') sp.sign = ' ';
      } else if (c == '#')
        sp.alt = true;
      else
        break;
    }
    if (i < f.size() && f[i] == '*') {
      fail(e.loc, "'*' widths in '%' formats are not supported");
      return "nullptr";
    }
    if (i < f.size() && isdigit(static_cast<unsigned char>(f[i]))) {
      sp.width = 0;
      while (i < f.size() && isdigit(static_cast<unsigned char>(f[i]))) sp.width = sp.width * 10 + (f[i++] - '0');
    }
    if (i < f.size() && f[i] == '.') {
      ++i;
      if (i < f.size() && f[i] == '*') {
        fail(e.loc, "'*' precisions in '%' formats are not supported");
        return "nullptr";
      }
      sp.prec = 0;
      while (i < f.size() && isdigit(static_cast<unsigned char>(f[i]))) sp.prec = sp.prec * 10 + (f[i++] - '0');
    }
    while (i < f.size() && (f[i] == 'l' || f[i] == 'h' || f[i] == 'L')) ++i;
    if (i >= f.size()) {
      fail(e.loc, "incomplete format");
      return "nullptr";
    }
    char conv = f[i];
    if (conv == '%') {
      lit += '%';
      continue;
    }
    if (std::string("sradiuxXoeEfFgGc").find(conv) == std::string::npos && !(bytes_fmt && conv == 'b')) {
      char buf[80];
      std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x)", conv, static_cast<unsigned char>(conv));
      fail(e.loc, buf);
      return "nullptr";
    }
    if (!has_key && rt && rt->kind == TypeKind::Dict && f.find("%(") != std::string::npos) {
      fail(e.loc, "a '%' format that mixes '%(name)s' and plain specs: Python raises TypeError (format requires a mapping)");
      return "nullptr";
    }
    if (!has_key && next >= vals.size()) {
      fail(e.loc, "not enough arguments for format string");
      return "nullptr";
    }
    flush();
    std::pair<std::string, TypeRef> keyed_val;
    if (has_key) {
      annotate::DictDef* d = rt->dictdef->find();
      if (d->key->kind == TypeKind::Char && keyed.size() != 1) {  // no such key can be in the dict
        fail(e.loc, "the key '" + keyed + "' is never in this dict (its keys are single characters): Python raises KeyError");
        return "nullptr";
      }
      std::string key = d->key->kind == TypeKind::Char ? "static_cast<char>(" + std::to_string(static_cast<unsigned char>(keyed[0])) + ")"
                        : bytes_fmt                    ? "rpy::as_bytes(" + str_const(keyed) + ")"
                                                       : str_const(keyed);
      keyed_val = {"rpy::dict_get(" + holder + ", " + key + ")", d->value};
      any_keyed = true;
    }
    auto [code, t] = has_key ? keyed_val : vals[next++];
    if (!check_printable(t, re.loc)) return "nullptr";
    TypeKind k = t ? t->kind : TypeKind::Impossible;
    bool numeric_conv = std::string("diuxXoeEfFgG").find(conv) != std::string::npos;
    sp.align = minus ? '<' : '>';
    if (zero && !minus && numeric_conv) {
      sp.fill = '0';
      sp.align = '=';
    }
    sp.empty = sp.width < 0 && sp.prec < 0;
    if (k == TypeKind::Impossible) {
      s += "(void)(" + code + "); ";
      continue;
    }
    if (bytes_fmt) {
      std::string part;
      if (conv == 'c') sp.prec = -1;
      if (!bytes3::percent_conversion(*this, part, b, code, t, conv, spec_code(sp, '>'), e.loc)) return "nullptr";
      s += part;
      if (!part.empty()) continue;
    }
    if (uni && (conv == 's' || conv == 'r')) {
      promoted = promoted || (conv == 's' && k == TypeKind::Unicode);
      std::string text = unicode_percent_text(code, t, conv);
      s += sp.empty ? "rpy::append_str(" + b + ", " + text + "); " : "rpy::fmt_ustr(" + b + ", " + text + ", " + spec_code(sp, '>') + "); ";
      continue;
    }
    if (uni && conv == 'c') {
      fail(e.loc, "'%c' in a unicode format is not supported (rpy's limit: use unichr() and '%s')");
      return "nullptr";
    }
    if (conv == 's' || conv == 'r' || conv == 'a') {
      bool repr = conv != 's';
      code = repr ? rlib::repr_arg(*this, code, t) : rlib::shown_arg(*this, code, t);  // 5L; u'...' in containers
      if (conv == 'a' && !is_python2()) {                                              // Python 3's ascii(): repr, non-ASCII escaped
        s += "rpy::fmt_str(" + b + ", rpy::str_ascii3(rpy::repr(" + code + ")), " + spec_code(sp, '>') + "); ";
      } else if (sp.empty) {
        s += std::string(repr ? "rpy::append_repr(" : "rpy::append_str(") + b + ", " + code + "); ";
      } else if (!repr && k == TypeKind::Char) {
        s += "rpy::fmt_char(" + b + ", " + code + ", " + spec_code(sp, '>') + "); ";
      } else {
        s += "rpy::fmt_str(" + b + ", " + (repr ? "rpy::repr(" + code + ")" : str_of_code(code, t)) + ", " + spec_code(sp, '>') + "); ";
      }
      continue;
    }
    if (conv == 'c') {
      sp.prec = -1;
      if (k == TypeKind::Char)
        s += "rpy::fmt_char(" + b + ", " + code + ", " + spec_code(sp, '>') + "); ";
      else if (k == TypeKind::Str && !is_python2())  // Python 3: a str of one code point
        s += "rpy::fmt_char3(" + b + ", " + code + ", " + spec_code(sp, '>') + "); ";
      else if (k == TypeKind::Int || k == TypeKind::Bool)
        s += "rpy::fmt_int_char(" + b + ", " + code + ", " + spec_code(sp, '>') + ", true); ";
      else {
        fail(e.loc, "%c requires an int or a char, not " + annotate::describe(t));
        return "nullptr";
      }
      continue;
    }
    if (annotate::is_optional_value(t) && k != TypeKind::Tuple) {  // a number that may be None: Python's TypeError
      code = percent_checked(code, conv);
      t = annotate::strip_optional(tt, t);
    }
    if (k == TypeKind::Number) {  // an int or a float, told at run time: the value converts as Python's % does
      bool may_float = t->num_kinds & annotate::kNumFloat;
      if (std::string("eEfFgG").find(conv) != std::string::npos) {
        sp.type = conv;
        s += "rpy::fmt_float(" + b + ", (" + code + ").as_float(), " + spec_code(sp, '>') + "); ";
        continue;
      }
      sp.type = rpy::percent_int_type(conv, py2);
      if (may_float && sp.type != 'd' && !py2) {
        fail(e.loc, std::string("%") + conv + " format: an integer is required, and this value may be a float (" + annotate::describe(t) +
                        "): convert it with int() first");
        return "nullptr";
      }
      s += "rpy::fmt_int(" + b + ", (" + code + ").as_int(), " + spec_code(sp, '>') + "); ";
      continue;
    }
    bool intlike = k == TypeKind::Int || k == TypeKind::Bool || k == TypeKind::UInt;
    if (!intlike && k != TypeKind::Float) {
      fail(e.loc, std::string("%") + conv + " format: a number is required, not " + annotate::describe(t));
      return "nullptr";
    }
    std::string fcodes = "eEfFgG";
    if (fcodes.find(conv) != std::string::npos) {
      sp.type = conv;
      s += "rpy::fmt_float(" + b + ", static_cast<double>(" + code + "), " + spec_code(sp, '>') + "); ";
      continue;
    }
    // d i u x X o: integers (and floats truncated for %d)
    sp.type = rpy::percent_int_type(conv, py2);
    std::string icode = code;
    if (k == TypeKind::Float) {
      if (sp.type != 'd' && !py2) {  // Python 2 truncates a float for %x and %o too
        fail(e.loc, std::string("%") + conv + " format: an integer is required, not float");
        return "nullptr";
      }
      icode = "rpy::float_to_int(" + code + ")";
    }
    if (k == TypeKind::UInt)
      s += "rpy::fmt_uint(" + b + ", " + icode + ", " + spec_code(sp, '>') + "); ";
    else
      s += "rpy::fmt_int(" + b + ", static_cast<int64_t>(" + icode + "), " + spec_code(sp, '>') + "); ";
  }
  if (!any_keyed && next < vals.size() && !(rt && rt->kind == TypeKind::Dict)) {
    fail(e.loc, bytes_fmt ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
    return "nullptr";
  }
  if (uni && str_fmt && !promoted) {
    fail(e.loc,
         "a unicode argument that only %r formats leaves this result a str in Python 2, which rpy does not infer (rpy's limit: "
         "format it with %s, or format a unicode format)");
    return "nullptr";
  }
  flush();
  return s + (bytes_fmt ? "rpy::as_bytes(" + b + ".to_str()); })" : b + ".to_str(); })");
}

}  // namespace rpy::codegen
