// C++ spellings of annotated types, their zero values, conversions between them and constants.
#include <cstdio>

#include "codegen/emit_rlib.hpp"
#include "codegen/emitter.hpp"
#include "rpy/float_repr.hpp"
#include "rpy/utf8.hpp"

namespace rpy::codegen {

using annotate::TypeKind;
namespace m = rpy::modules;

std::string Emitter::ctype(TypeRef t) {
  if (!t) return "std::nullptr_t";
  if (annotate::is_optional_value(t)) return "rpy::Opt<" + ctype(annotate::strip_optional(tt, t)) + ">";  // rpy/opt.hpp
  switch (t->kind) {
    case TypeKind::Impossible:
    case TypeKind::None:
      return "std::nullptr_t";
    case TypeKind::Bool:
      return "bool";
    case TypeKind::Int:
      return "int64_t";
    case TypeKind::UInt:
      return "uint64_t";
    case TypeKind::Float:
      return "double";
    case TypeKind::Number:
      return "rpy::Num";
    case TypeKind::Char:
      return "char";
    case TypeKind::Str:
      return "rpy::Str*";
    case TypeKind::UniChar:
      return "int32_t";
    case TypeKind::Unicode:
      return "rpy::Str*";
    case TypeKind::File:
      return "rpy::File*";
    case TypeKind::ByteArray:
      return "rpy::ByteArray*";
    case TypeKind::Bytes:
      return "rpy::Bytes*";
    case TypeKind::List:
      return (t->listdef->find()->deque    ? "rpy::Deque<"
              : t->listdef->find()->vtuple ? "rpy::VTuple<"
                                           : "rpy::List<") +
             ctype(t->listdef->find()->item) + ">*";
    case TypeKind::Dict:
      if (t->dictdef->find()->factory) return "rpy::DefaultDict<" + dict_type(t) + ">*";
      if (t->dictdef->find()->counter) return "rpy::CounterDict<" + dict_type(t) + ">*";
      if (t->dictdef->find()->odict) return "rpy::ODict<" + dict_type(t) + ">*";
      return dict_type(t) + "*";
    case TypeKind::Tuple: {
      std::string s = t->const_value
                          ? "rpy::NamedTuple<\"" + annotate::namedtuple_spec(t, is_python2()) + "\"" + (t->items.empty() ? "" : ", ")
                          : "std::tuple<";
      for (size_t i = 0; i < t->items.size(); ++i) s += (i ? ", " : "") + ctype(t->items[i]);
      return s + ">";
    }
    case TypeKind::Instance:
      return class_name(t->cls) + "*";
    case TypeKind::Function:
      return is_closure_type(t) ? "rpy_Closure*" : "int32_t";  // index of the function among the type's funcs
    case TypeKind::Iterator:
      return "rpy::Iterator<" + ctype(t->items[0]) + ">*";
    case TypeKind::Method:  // a bound method: its receiver (and which method, when it may be several)
      return annotate::method_names(t).size() > 1 ? "rpy::BoundMethod<" + class_name(t->items[0]->cls) + ">" : ctype(t->items[0]);
    case TypeKind::BuiltinMethod:  // a bound method of a builtin type: its receiver
      return ctype(t->items[0]);
    default:
      return "int32_t";  // constants known statically: a placeholder
  }
}

std::string Emitter::default_value(TypeRef t) {
  if (!t) return "nullptr";
  if (annotate::is_optional_value(t)) return ctype(t) + "{}";  // None
  switch (t->kind) {
    case TypeKind::Bool:
      return "false";
    case TypeKind::Int:
    case TypeKind::UInt:
    case TypeKind::Char:
    case TypeKind::UniChar:
      return "0";
    case TypeKind::Float:
      return "0.0";
    case TypeKind::Number:
      return "rpy::Num{}";
    case TypeKind::Tuple:
      return ctype(t) + "{}";
    case TypeKind::Function:
      return is_closure_type(t) ? "nullptr" : "-1";
    case TypeKind::Str:
    case TypeKind::Unicode:
    case TypeKind::File:
    case TypeKind::ByteArray:
    case TypeKind::Bytes:
    case TypeKind::List:
    case TypeKind::Dict:
    case TypeKind::Instance:
    case TypeKind::Method:
      return annotate::method_names(t).size() > 1 ? ctype(t) + "{}" : "nullptr";
    case TypeKind::BuiltinMethod:
      return default_value(t->items[0]);
    case TypeKind::Iterator:
    case TypeKind::None:
    case TypeKind::Impossible:
      return "nullptr";
    default:
      return "0";
  }
}

// A bound method value into a type that may be more methods (or of a base class's receiver).
std::string Emitter::method_convert(const std::string& code, TypeRef from, TypeRef to) {
  auto fn = annotate::method_names(from), tn = annotate::method_names(to);
  std::string recv_to = ctype(to->items[0]);
  if (tn.size() == 1) return fn == tn && from->items[0]->cls == to->items[0]->cls ? code : "static_cast<" + recv_to + ">(" + code + ")";
  auto index = [&](const std::string& n) { return std::to_string(std::find(tn.begin(), tn.end(), n) - tn.begin()); };
  std::string bm = "rpy::BoundMethod<" + class_name(to->items[0]->cls) + ">";
  if (fn.size() == 1) return bm + "{static_cast<" + recv_to + ">(" + code + "), " + index(fn[0]) + "}";
  std::string table;
  for (size_t i = 0; i < fn.size(); ++i) table += (i ? ", " : "") + index(fn[i]);
  return "([](auto b) { static const int32_t t[] = {" + table + "}; return " + bm + "{static_cast<" + recv_to +
         ">(b.self), t[b.which]}; }(" + code + "))";
}

std::string Emitter::convert(const std::string& code, TypeRef from, TypeRef to) {
  if (!from || !to || from == to || annotate::same_type(from, to)) return code;
  TypeKind f = from->kind, k = to->kind;
  if (f == TypeKind::Impossible) return to->kind == TypeKind::None ? code : "(" + code + ", " + default_value(to) + ")";
  // A None value may come from a call returning nothing: it still runs.
  if (f == TypeKind::None) return code == "nullptr" ? default_value(to) : "(" + code + ", " + default_value(to) + ")";
  if (std::string c = rlib::convert(*this, code, from, to); !c.empty()) return c;  // sized ints
  if (std::string c = optional_convert(code, from, to); !c.empty()) return c;      // numbers and tuples that may be None
  if (f == TypeKind::Tuple && annotate::is_vtuple(to)) {                           // a fixed tuple where a variable-length one flows
    TypeRef item = to->listdef->find()->item;
    std::string items;
    for (size_t i = 0; i < from->items.size(); ++i)
      items += (i ? ", " : "") + convert("std::get<" + std::to_string(i) + ">(rpy_t)", from->items[i], item);
    return "([&](const auto& rpy_t) { return rpy::vtuple_of<" + ctype(item) + ">({" + items + "}); }(" + code + "))";
  }
  if (f == TypeKind::Builtin && k == TypeKind::Function) {  // a builtin as a function value (annotate/builtin_values.cpp)
    if (annotate::FuncDesc* d = ann.builtin_as_function(from->const_value, false))
      return "((void)(" + code + "), " + convert("0", tt.functions({d}), to) + ")";
    // Never merged, so no set holds it: an operand of a comparison (fs.index(max), f is max),
    // equal to no function and to no None.
    if (!is_closure_type(to)) return "((void)(" + code + "), -2)";
    if (static_closures_.insert(-2).second) head_ << "static rpy_Closure rpy_fk_none(-2);\n";
    return "((void)(" + code + "), &rpy_fk_none)";
  }
  if (f == k) {
    if (k == TypeKind::Instance && from->cls != to->cls) return "static_cast<" + ctype(to) + ">(" + code + ")";
    if (k == TypeKind::Tuple) {
      std::string s = ctype(to) + "(";
      // element-wise conversion through std::apply
      std::string args;
      for (size_t i = 0; i < to->items.size(); ++i)
        args += (i ? ", " : "") + convert("std::get<" + std::to_string(i) + ">(rpy_t)", from->items[i], to->items[i]);
      return "([&](const auto& rpy_t) { return " + s + args + "); }(" + code + "))";
    }
    if (k == TypeKind::Function && from->funcs != to->funcs && is_closure_type(to)) return closure_convert(code, from, to);
    if (k == TypeKind::Class && !to->const_value) return class_convert(code, from, to);
    if (k == TypeKind::Method) return method_convert(code, from, to);
    if (k == TypeKind::Function && from->funcs != to->funcs) {
      // renumber: index in `from` -> index in `to`. A function `to` does not hold (only an
      // operand of a comparison can be one: g in [f], [f].index(g)) gets -2, equal to no index
      // and to no None (-1); it was 0, so g was found as f.
      std::string table;
      for (size_t i = 0; i < from->funcs.size(); ++i) {
        int j = -2;
        for (size_t x = 0; x < to->funcs.size(); ++x)
          if (to->funcs[x] == from->funcs[i]) j = static_cast<int>(x);
        table += (i ? "," : "") + std::to_string(j);
      }
      return "([](int32_t rpy_i) { static const int32_t t[] = {" + table + "}; return rpy_i < 0 ? -1 : t[rpy_i]; }(" + code + "))";
    }
    return code;  // nullable vs not: same C++ type
  }
  if (std::string c = number_convert(code, from, to); !c.empty()) return c;  // emit_numbers.cpp
  if (k == TypeKind::Int && f == TypeKind::Bool) return "static_cast<int64_t>(" + code + ")";
  if (k == TypeKind::Float && (f == TypeKind::Int || f == TypeKind::Bool)) return "static_cast<double>(" + code + ")";
  if (k == TypeKind::Str && f == TypeKind::Char) return "rpy::str_of_char(" + code + ")";
  if (k == TypeKind::UInt && f == TypeKind::Int) return "static_cast<uint64_t>(" + code + ")";
  return code;
}

static std::string c_escape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 32 && c < 127 && c != '?') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    }
  }
  return out;
}

std::string Emitter::str_const(const std::string& bytes) {
  auto it = str_consts_.find(bytes);
  if (it != str_consts_.end()) return it->second;
  std::string name = "rpy_S" + std::to_string(str_consts_.size());  // capital S: no fresh() name can collide
  // The code point count of UTF-8 text (what Python 3's len() gives); -1 (counted when needed)
  // for bytes that are not UTF-8.
  int64_t ncp = rpy::utf8::valid(bytes.data(), static_cast<int64_t>(bytes.size())) && bytes.size() <= INT32_MAX
                    ? rpy::utf8::count(bytes.data(), static_cast<int64_t>(bytes.size()))
                    : -1;
  strings_ << "static rpy::StrConst<" << bytes.size() + 1 << "> " << name << "_c = {" << bytes.size() << ", 0, " << ncp << ", \""
           << c_escape(bytes) << "\"};\n#define " << name << " (" << name << "_c.get())\n";
  str_consts_[bytes] = name;
  return name;
}

std::string Emitter::const_value(const m::Ref& v, TypeRef t, Loc loc) {
  if (t && t->kind == TypeKind::Number && (v->kind == m::ObjKind::Bool || v->kind == m::ObjKind::Int || v->kind == m::ObjKind::Float))
    return "rpy::Num::of(" + const_value(v, nullptr, loc) + ")";  // a number of several kinds keeps the constant's
  if (v->kind == m::ObjKind::Builtin && v->as<m::BuiltinObj>()->name == "sys.stdin") return "rpy::sys_stdin()";
  switch (v->kind) {
    case m::ObjKind::None:
      return t && t->kind != TypeKind::None ? default_value(t) : "nullptr";
    case m::ObjKind::Bool:
      return v->as<m::BoolObj>()->value ? "true" : "false";
    case m::ObjKind::Int: {
      int64_t x = v->as<m::IntObj>()->value;
      if (x == INT64_MIN) return "INT64_MIN";
      return "INT64_C(" + std::to_string(x) + ")";
    }
    case m::ObjKind::Long: {  // only one that fits a machine word reaches here (the annotator refuses the rest)
      int64_t x = v->as<m::LongObj>()->value.to_int64();
      if (x == INT64_MIN) return "INT64_MIN";
      return "INT64_C(" + std::to_string(x) + ")";
    }
    case m::ObjKind::Float: {
      double d = v->as<m::FloatObj>()->value;
      if (rpy::fm::isinf(d)) return d > 0 ? "HUGE_VAL" : "(-HUGE_VAL)";
      if (rpy::fm::isnan(d)) return rpy::fm::signbit(d) ? "(-NAN)" : "NAN";  // the sign shows in copysign() and bit patterns
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.17g", d);
      std::string s = buf;
      if (s.find_first_of(".eE") == std::string::npos) s += ".0";
      return s;
    }
    case m::ObjKind::Str: {
      const std::string& s = v->as<m::StrObj>()->value;
      if (v->as<m::StrObj>()->is_bytes) return "rpy::as_bytes(" + str_const(s) + ")";  // Python 3 bytes
      if (t && t->kind == TypeKind::Char) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "'\\%03o'", static_cast<unsigned char>(s[0]));
        return buf;
      }
      return str_const(s);
    }
    case m::ObjKind::Unicode:
      return str_const(v->as<m::StrObj>()->value);
    case m::ObjKind::Tuple: {
      auto& items = v->as<m::TupleObj>()->items;
      std::string s = ctype(t) + "(";
      for (size_t i = 0; i < items.size(); ++i)
        s += (i ? ", " : "") + const_value(items[i], t && t->kind == TypeKind::Tuple ? t->items[i] : nullptr, loc);
      return s + ")";
    }
    case m::ObjKind::Function:
      if (is_closure_type(t))
        for (auto* d : t->funcs)
          if (d->func.get() == v.get()) return static_closure(d);
      if (t && t->kind == TypeKind::Function)
        for (size_t i = 0; i < t->funcs.size(); ++i)
          if (t->funcs[i]->func.get() == v.get()) return std::to_string(i);
      return "0";
    case m::ObjKind::List:
    case m::ObjKind::Dict:
    case m::ObjKind::Set:
    case m::ObjKind::Instance: {
      if (t && t->kind == TypeKind::Tuple && v->kind == m::ObjKind::Instance && v->as<m::InstanceObj>()->builtin_value)
        return const_value(v->as<m::InstanceObj>()->builtin_value, t, loc);     // a namedtuple instance
      if (std::string c = rlib::const_code(*this, v, t); !c.empty()) return c;  // K = r_uint(1)
      auto it = prebuilt_names_.find(v.get());
      if (it == prebuilt_names_.end() && v->kind == m::ObjKind::Instance && v->as<m::InstanceObj>()->builtin_value)
        it = prebuilt_names_.find(v->as<m::InstanceObj>()->builtin_value.get());  // a prebuilt Counter: its dict
      if (it != prebuilt_names_.end()) return convert(it->second, ann.prebuilt_type(v.get()), t);
      fail(loc, "internal: prebuilt object not emitted");
      return "nullptr";
    }
    case m::ObjKind::Native: {  // a prebuilt deque, or an re pattern compiled at import time
      if (m::Ref sub = ann.substitute_prebuilt(v.get())) return const_value(sub, t, loc);
      auto it = prebuilt_names_.find(v.get());
      if (it != prebuilt_names_.end()) return convert(it->second, ann.prebuilt_type(v.get()), t);
      return "0";
    }
    default:
      return "0";
  }
}

}  // namespace rpy::codegen
