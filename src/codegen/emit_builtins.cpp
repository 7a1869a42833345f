// C++ for the builtin functions and methods of builtins.def.
#include "codegen/emit_bytes.hpp"
#include "codegen/emit_rlib.hpp"
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::BuiltinId;
using annotate::TypeKind;
using ir::Expr;
using ir::ExprOp;

// A builtin call with an argument that never has a value (it always raises: its type is
// impossible) is never made: its arguments up to that one are evaluated, in order, for their
// effects, and the call is a placeholder of its result type.
static bool never_called(Expr& e) {
  for (size_t i = 1; i < e.args.size(); ++i)
    if (e.args[i]->type && e.args[i]->type->kind == TypeKind::Impossible) return true;
  if (e.call_kind != ir::CallKind::BuiltinMethod) return false;
  TypeRef recv = e.args[0]->args[0]->type;
  return recv && recv->kind == TypeKind::Impossible;
}

// Python 2's print statement writes each item as soon as it has it: the items before one that
// raises are printed.
static bool prints_as_it_goes(Expr& e, BuiltinId id) {
  if (id != BuiltinId::Print) return false;
  for (auto& k : e.kwnames)
    if (k == "$softspace") return true;
  return false;
}

// Whether rpy::Hash27 computes CPython 2.7's hash of a tuple of type t (items: numbers, str,
// None, instances, tuples of these; a unicode item would need 2.7's unicode hash).
static bool hashes_like_27(TypeRef t) {
  if (!t || t->bits) return false;
  switch (t->kind) {
    case TypeKind::Int:
    case TypeKind::UInt:
    case TypeKind::Bool:
    case TypeKind::Char:
    case TypeKind::Float:
    case TypeKind::Str:
    case TypeKind::None:
    case TypeKind::Instance:
      return true;
    case TypeKind::Tuple:
      if (t->nullable) return false;
      for (TypeRef x : t->items)
        if (!hashes_like_27(x)) return false;
      return true;
    case TypeKind::List:  // a tuple of unknown length
      return annotate::is_vtuple(t) && !t->nullable && hashes_like_27(t->listdef->find()->item);
    default:
      return false;
  }
}

std::string Emitter::call_builtin(Expr& e) {
  auto id = static_cast<BuiltinId>(e.builtin_id);
  if (never_called(e) && !prints_as_it_goes(e, id)) {
    std::vector<Expr*> a = builtin_args(e);
    for (size_t i = e.args.size() - e.kwnames.size(); i < e.args.size(); ++i) a.push_back(e.args[i].get());  // keywords
    std::string s = "(";
    for (Expr* x : a) {
      s += "(void)(" + expr(*x) + "), ";
      if (x->type && x->type->kind == TypeKind::Impossible) break;
    }
    bool typed = e.type && e.type->kind != TypeKind::Impossible && e.type->kind != TypeKind::None;
    return s + (typed ? "static_cast<" + ctype(e.type) + ">(" + default_value(e.type) + ")" : "nullptr") + ")";
  }
  if (bytes3::handles(*this, id, e)) return bytes3::call_builtin(*this, e);  // Python 3 bytes (emit_bytes.cpp)
  if (rlib::handles(id, e)) return rlib::call_builtin(*this, e);             // emit_rlib.cpp
  if (annotate::io_handles(id, e.call_kind == ir::CallKind::BuiltinMethod ? e.args[0]->args[0]->type : nullptr))
    return call_io_builtin(e);                                  // emit_io.cpp
  if (std::string r = number_builtin(e); !r.empty()) return r;  // of a number whose kind is known at run time (emit_numbers.cpp)
  // min/max of one iterable, with keywords, or comparing instances by their class's method or as
  // the ints IntEnum members are (annotate::less_call: a "$lt" node; pointers never compare).
  auto by_method = [&] {
    for (auto& d : e.defaults)
      if (d->op == ExprOp::Seq && (d->attr == "$lt" || d->attr == "$lt_swapped")) return true;
    return false;
  };
  if (annotate::is_extra_builtin(id) ||
      ((id == BuiltinId::Min || id == BuiltinId::Max) && (e.args.size() == 2 || !e.kwnames.empty() || by_method()))) {
    // key=keys[k]: its value is kept in a local before the call runs (annotate key_function_local;
    // the call's other operands are variables, so this keeps Python's order).
    for (size_t i = 0; i < e.kwnames.size(); ++i)
      if (Expr& k = *e.args[e.args.size() - e.kwnames.size() + i]; e.kwnames[i] == "key" && k.op == ExprOp::SetLocal)
        return "({ " + expr(k) + "; " + emit_extra_builtin(e) + "; })";
    return emit_extra_builtin(e);
  }
  std::vector<Expr*> a = builtin_args(e);  // positional; for methods the receiver first
  auto kw = [&](const std::string& name) -> Expr* {
    for (size_t i = 0; i < e.kwnames.size(); ++i)
      if (e.kwnames[i] == name) return e.args[e.args.size() - e.kwnames.size() + i].get();
    return nullptr;
  };
  auto arg = [&](size_t i) { return expr(*a.at(i)); };
  auto arg_int = [&](size_t i) { return expr_as(*a.at(i), tt.integer()); };
  auto arg_str = [&](size_t i) { return expr_as(*a.at(i), tt.str()); };
  auto call_in_order = [&](const std::string& fn, const std::vector<TypeRef>& to) { return ordered_call(*this, fn, a, to, ""); };
  TypeRef t0 = a.empty() ? nullptr : a[0]->type;
  auto item_type = [&]() { return t0->listdef->find()->item; };
  if (annotate::is_dict_builtin(id)) return call_dict_builtin(e);                // emit_dict.cpp
  if (annotate::is_atexit_builtin(id)) return call_atexit_builtin(e);            // emit_atexit.cpp
  if (annotate::is_signal_builtin(id)) return call_signal_builtin(e);            // emit_signal.cpp
  if (id == BuiltinId::WarningsWarn) return call_warn(e);                        // emit_warnings.cpp
  if (annotate::is_float_bits_builtin(id)) return call_float_bits_builtin(e);    // emit_float_bits.cpp
  if (annotate::is_collections_builtin(id)) return call_collections_builtin(e);  // emit_collections.cpp
  switch (id) {
    case BuiltinId::Iter:
    case BuiltinId::Next:
    case BuiltinId::IterNext:
    case BuiltinId::IterDunderNext:
    case BuiltinId::IterThrow:
      return iter_builtin(e);
    case BuiltinId::Len:
      if (t0->kind == TypeKind::Char) return "(" + arg(0) + ", INT64_C(1))";
      if (t0->kind == TypeKind::Tuple) return "INT64_C(" + std::to_string(t0->items.size()) + ")";
      if (t0->kind == TypeKind::Unicode) return "rpy::u_len(" + arg(0) + ")";
      if (t0->kind == TypeKind::Str && !is_python2()) return "rpy::len3(" + arg(0) + ")";
      return "rpy::len(" + arg(0) + ")";
    case BuiltinId::Range:
    case BuiltinId::XRange:
      if (e.type && e.type->kind == TypeKind::List && e.type->listdef->find()->range3 &&
          (e.type->listdef->find()->resized || e.type->listdef->find()->mutated)) {
        fail(e.loc,
             "this range() is changed later (append, item assignment, sort, ...), which Python 3's range objects cannot be "
             "(AttributeError or TypeError there): rpy makes range() a list; write list(range(...))");
        return "nullptr";
      }
      if (a.size() == 1) return "rpy::range_list(0, " + arg_int(0) + ", 1)";
      if (a.size() == 3 && (!is_python2() || id == BuiltinId::XRange))  // a zero step's message: the interpreter's
        return call_in_order(is_python2() ? "rpy::xrange_list" : "rpy::range_list3", {tt.integer(), tt.integer(), tt.integer()});
      return call_in_order("rpy::range_list", {tt.integer(), tt.integer(), tt.integer()});  // 2 args: step 1 (builtins.hpp)
    case BuiltinId::Int:
    case BuiltinId::Long:
      if (a.empty()) return "INT64_C(0)";
      if (t0->kind == TypeKind::Bytes) return "rpy::bytes_to_int(" + arg(0) + (a.size() > 1 ? ", " + arg_int(1) : "") + ")";
      if (t0->kind == TypeKind::Str || t0->kind == TypeKind::Char)
        return (id == BuiltinId::Long ? "rpy::str_to_long27(" : "rpy::str_to_int(") + arg_str(0) + (a.size() > 1 ? ", " + arg_int(1) : "") +
               ")";
      if (t0->kind == TypeKind::Unicode || t0->kind == TypeKind::UniChar)  // Python 2: the decimal digits as ASCII first
        return (id == BuiltinId::Long ? "rpy::str_to_long27(rpy::u_decimal27(" : "rpy::str_to_int(rpy::u_decimal27(") +
               expr_as(*a[0], tt.unicode()) + ")" + (a.size() > 1 ? ", " + arg_int(1) : "") + ")";
      if (t0->kind == TypeKind::Float) return (checks_ints(e) ? "rpy::chk_float_to_int(" : "rpy::float_to_int(") + arg(0) + ")";
      return expr_as(*a[0], tt.integer());
    case BuiltinId::Float:
      if (a.empty()) return "0.0";
      if (t0->kind == TypeKind::Bytes) return "rpy::bytes_to_float(" + arg(0) + ")";
      if (t0->kind == TypeKind::Str || t0->kind == TypeKind::Char) return "rpy::str_to_float(" + arg_str(0) + ")";
      if (t0->kind == TypeKind::Unicode || t0->kind == TypeKind::UniChar)
        return "rpy::str_to_float(rpy::u_decimal27(" + expr_as(*a[0], tt.unicode()) + "))";
      return expr_as(*a[0], tt.floating());
    case BuiltinId::Str:
      if (a.empty()) return str_const("");
      return to_str_code(*a[0]);
    case BuiltinId::Repr:
      if (!check_printable(t0, a[0]->loc)) return "nullptr";
      if (t0 && t0->kind == TypeKind::Unicode) return unicode_percent_text(arg(0), t0, 'r');  // Python 2: u'\xe9'
      return "rpy::repr(" + rlib::shown_arg(*this, arg(0), t0) + ")";
    case BuiltinId::Bytes:
      return to_str_code(*a[0]);
    case BuiltinId::Bool:
      return a.empty() ? "false" : truth(*a[0]);
    case BuiltinId::Chr:
      if (!is_python2()) return "rpy::str_chr3(" + arg_int(0) + ")";  // Python 3: any code point, a str
      return "([](int64_t c) { if (c < 0 || c > 255) rpy::raise_value_error(\"chr() arg not in range(256)\"); return static_cast<char>(c); "
             "}(" +
             arg_int(0) + "))";
    case BuiltinId::Ord:
      if (t0->kind == TypeKind::Char) return "static_cast<int64_t>(static_cast<unsigned char>(" + arg(0) + "))";
      if (t0->kind == TypeKind::Unicode) return "rpy::u_ord(" + arg(0) + ")";
      if (!is_python2()) return "rpy::str_ord3(" + arg_str(0) + ")";
      return "([](rpy::Str* s) { if (s->len != 1) rpy::raise_exc<rpy::TypeError>(\"ord() expected a character\"); return "
             "static_cast<int64_t>(static_cast<unsigned char>(s->data[0])); }(" +
             arg(0) + "))";
    case BuiltinId::Abs:
      if (e.type->kind == TypeKind::Float) return "rpy::fm::fabs(" + arg(0) + ")";
      return int_fn("abs", e) + "(" + arg_int(0) + ")";
    case BuiltinId::Min:
    case BuiltinId::Max: {
      bool is_max = id == BuiltinId::Max;
      if (a.size() == 1) {
        TypeRef it = item_type();
        std::string cmp = it->kind == TypeKind::Str ? std::string("rpy::str_cmp(x, best) ") + (is_max ? "> 0" : "< 0")
                                                    : std::string("x ") + (is_max ? "> best" : "< best");
        return "([](auto* l) { if (l->len == 0) rpy::raise_value_error(\"" + std::string(is_max ? "max" : "min") +
               "() arg is an empty sequence\"); auto best = l->items[0]; for (int64_t i = 1; i < l->len; ++i) { auto x = l->items[i]; if "
               "(" +
               cmp + ") best = x; } return best; }(" + arg(0) + "))";
      }
      std::string ct = ctype(e.type);
      std::string s = "({ ";
      std::string best = fresh("rpy_m");
      s += ct + " " + best + " = " + expr_as(*a[0], e.type) + "; ";
      for (size_t i = 1; i < a.size(); ++i) {
        std::string x = fresh("rpy_x");
        s += ct + " " + x + " = " + expr_as(*a[i], e.type) + "; ";
        std::string c = e.type->kind == TypeKind::Str ? "rpy::str_cmp(" + x + ", " + best + ") " + (is_max ? "> 0" : "< 0")
                        : e.type->kind == TypeKind::Tuple || annotate::is_vtuple(e.type)  // item by item
                            ? (is_max ? "rpy::lt(" + best + ", " + x + ")" : "rpy::lt(" + x + ", " + best + ")")
                            : x + (is_max ? " > " : " < ") + best;
        s += "if (" + c + ") " + best + " = " + x + "; ";
      }
      return s + best + "; })";
    }
    case BuiltinId::Print: {
      Expr* sep = kw("sep");
      Expr* end = kw("end");
      Expr* soft = kw("$softspace");  // Python 2's print statement
      // Python 2's print statement prints each item as soon as it is evaluated (an exception
      // in a later item leaves the earlier ones printed).
      if (soft) {
        std::string s = "({ ";
        // print >>sys.stderr: the items go to stderr, with stderr's own softspace (file.hpp).
        if (Expr* file = kw("file"); file && file->value && file->value->as<modules::BuiltinObj>()->name == "sys.stderr")
          s += "rpy::Py2PrintToStderr " + fresh("rpy_pe") + "; ";
        for (size_t i = 0; i < a.size(); ++i) {
          if (!a[i]->type || a[i]->type->kind == TypeKind::None || a[i]->type->kind == TypeKind::Impossible) {
            s += expr(*a[i]) + "; rpy::py2_print_item(nullptr); ";
            continue;
          }
          if (!check_printable(a[i]->type, a[i]->loc)) return "nullptr";
          s += "rpy::py2_print_item(" + rlib::shown_arg(*this, expr(*a[i]), a[i]->type) + "); ";
        }
        if (soft->value->kind == modules::ObjKind::Bool ? soft->value->as<modules::BoolObj>()->value : true)
          s += "rpy::py2_print_newline(); ";
        return s + "nullptr; })";
      }
      // Python 3's print evaluates every argument before printing anything.
      std::string s = "({ ";
      std::vector<std::string> vals;
      for (size_t i = 0; i < a.size(); ++i) {
        if (a[i]->op == ExprOp::Const) {
          vals.push_back(expr(*a[i]));
          continue;
        }
        if (!a[i]->type || a[i]->type->kind == TypeKind::None || a[i]->type->kind == TypeKind::Impossible) {
          s += expr(*a[i]) + "; ";  // a call returning None: evaluate it, print None
          vals.push_back("nullptr");
          continue;
        }
        // print(*xs): xs's items are printed, not xs (a range's text is not what rpy prints)
        TypeRef shown = a[i]->type;
        if (e.star && i + 1 == a.size() && shown->kind == TypeKind::List) shown = shown->listdef->find()->item;
        if (!check_printable(shown, a[i]->loc)) return "nullptr";
        std::string t = fresh("rpy_pa");
        s += "auto " + t + " = " + expr(*a[i]) + "; " + gen_root_if(t, a[i]->type);
        vals.push_back(t);
      }
      std::string sepv = sep ? fresh("rpy_sep") : "";
      if (sep) s += "auto " + sepv + " = " + expr(*sep) + "; ";
      std::string endv = end ? fresh("rpy_end") : "";
      if (end) s += "auto " + endv + " = " + expr(*end) + "; ";
      std::string put_sep = sep ? "rpy::print_item(" + sepv + "); " : "rpy::print_raw(\" \", 1); ";
      // file=sys.stderr (a constant, checked by the annotator): the printing goes to stderr.
      if (Expr* file = kw("file"); file && file->value && file->value->as<modules::BuiltinObj>()->name == "sys.stderr")
        s += "rpy::PrintToStderr " + fresh("rpy_pe") + "; ";
      // print(*x): the last positional is the list of x's items (lower.cpp), printed one by one.
      std::string starred = e.star && !vals.empty() ? vals.back() : "";
      if (!starred.empty()) vals.pop_back();
      for (size_t i = 0; i < vals.size(); ++i) {
        if (i) s += put_sep;
        s += "rpy::print_item(" + vals[i] + "); ";
      }
      if (!starred.empty() && a.back()->type->kind == TypeKind::Tuple) {
        for (size_t i = 0; i < a.back()->type->items.size(); ++i) {
          if (i || !vals.empty()) s += put_sep;
          s += "rpy::print_item(std::get<" + std::to_string(i) + ">(" + starred + ")); ";
        }
      } else if (!starred.empty()) {
        std::string k = fresh("rpy_k");
        s += "for (int64_t " + k + " = 0; " + k + " < " + starred + "->len; ++" + k + ") { ";
        s += vals.empty() ? "if (" + k + ") " + put_sep : put_sep;
        s += "rpy::print_item(" + starred + "->items[" + k + "]); } ";
      }
      s += end ? "rpy::print_item(" + endv + "); " : "rpy::print_raw(\"\\n\", 1); ";
      return s + "nullptr; })";
    }
    case BuiltinId::IsInstance: {
      Expr& c = *e.args[2];
      std::vector<Expr*> classes;
      if (c.op == ExprOp::MakeTuple)
        for (auto& x : c.args) classes.push_back(x.get());
      else
        classes.push_back(&c);
      std::string obj = arg(0);
      bool folded = false;
      if (annotate::is_range_object(t0) && e.type && annotate::const_truth(e.type, folded))  // isinstance(r, range)
        return std::string("(") + obj + ", " + (folded ? "true" : "false") + ")";
      if (t0->kind != TypeKind::Instance) {
        // Builtin types: decided statically (by the annotator where it folded the test: sized ints).
        if (e.type && annotate::const_truth(e.type, folded)) return std::string("(") + obj + ", " + (folded ? "true" : "false") + ")";
        // Decided at run time: a value that may be None, a set that may be a frozenset.
        std::vector<std::string> conds;
        const bool ptr = t0->nullable;
        for (auto* k : classes)
          if (k->value->kind == modules::ObjKind::Builtin) {
            const std::string& n = k->value->as<modules::BuiltinObj>()->name;
            TypeKind tk = t0->kind;
            const bool is_set = tk == TypeKind::Dict && t0->dictdef->find()->is_set;
            if (is_set && (n == "set" || n == "frozenset")) {
              conds.push_back(std::string("(rpy_o && ") + (n == "set" ? "!" : "") + "rpy_o->frozen)");
              continue;
            }
            if ((n == "int" && (tk == TypeKind::Int || tk == TypeKind::Bool)) || (n == "bool" && tk == TypeKind::Bool) ||
                (n == "float" && tk == TypeKind::Float) ||
                ((n == "str" || n == "bytes" || n == "basestring") && (tk == TypeKind::Str || tk == TypeKind::Char)) ||
                (n == "list" && tk == TypeKind::List && !annotate::is_vtuple(t0)) ||
                (n == "tuple" && (tk == TypeKind::Tuple || annotate::is_vtuple(t0))) || (n == "dict" && tk == TypeKind::Dict && !is_set))
              conds.push_back(ptr ? "rpy_o != nullptr" : "true");
            if (n == "object") conds.push_back("true");
          }
        if (conds.empty()) return std::string("(") + obj + ", false)";
        std::string s = "([&](auto rpy_o) { (void)rpy_o; return ";
        for (size_t i = 0; i < conds.size(); ++i) s += (i ? " || " : "") + conds[i];
        return s + "; }(" + obj + "))";
      }
      std::string s = "([&](rpy::Object* o) { return o && (";
      bool first = true;
      for (auto* k : classes) {
        if (k->value->kind != modules::ObjKind::Class) continue;
        annotate::ClassDef* cd = ann.classdef(k->value);
        s += std::string(first ? "" : " || ") + "dynamic_cast<" + class_name(cd) + "*>(o) != nullptr";
        first = false;
      }
      if (first) s += "false";
      return s + "); }(" + obj + "))";
    }
    case BuiltinId::ComputeIdentityHash:
      return "static_cast<int64_t>(reinterpret_cast<uintptr_t>(" + identity_of(arg(0)) + ") >> 4)";
    case BuiltinId::ComputeHash:
    case BuiltinId::Hash:
      if (t0->kind == TypeKind::Str) return "rpy::str_hash(" + arg(0) + ")";
      if (t0->kind == TypeKind::Char) return "rpy::str_hash(rpy::str_of_char(" + arg(0) + "))";
      if (t0->kind == TypeKind::Float) return "rpy::float_hash(" + arg(0) + ")";
      if (t0->kind == TypeKind::Instance) return "static_cast<int64_t>(reinterpret_cast<uintptr_t>(" + identity_of(arg(0)) + ") >> 4)";
      if (t0->kind == TypeKind::Int || t0->kind == TypeKind::Bool)
        return "([](int64_t x) { return x == -1 ? INT64_C(-2) : x; }(" + arg_int(0) + "))";
      if ((t0->kind == TypeKind::Tuple || annotate::is_vtuple(t0)) && !t0->nullable) {
        // CPython's tuple hash over the items' hashes (an instance's own __hash__, annotated by
        // key_methods, or its address), as the interpreter computes it.
        std::string c = ctype(t0);
        if (!is_python2()) return "static_cast<int64_t>(rpy::PyHash<" + c + ">::hash(" + arg(0) + "))";
        if (hashes_like_27(t0)) return "static_cast<int64_t>(rpy::Hash27<" + c + ">::hash(" + arg(0) + "))";
      }
      if (t0->kind == TypeKind::Dict && t0->dictdef->find()->is_set && !t0->nullable) {  // a frozenset's; TypeError for a set
        if (!is_python2()) return "static_cast<int64_t>(rpy::frozenset_hash(" + arg(0) + "))";
        std::string c = dict_type(t0);
        if (c.rfind("rpy::Dict27<", 0) == 0) return "static_cast<int64_t>(rpy::Hash27<" + c + "*>::hash(" + arg(0) + "))";
        if (imp(t0->dictdef->find()->key))  // a set that never holds an item: 2.7's hash of an empty frozenset
          return "({ auto* rpy_s = " + arg(0) +
                 "; if (!rpy_s->frozen) rpy::raise_exc<rpy::TypeError>(\"unhashable type: 'set'\"); "
                 "static_cast<int64_t>(1927868237ULL * 69069ULL + 907133923ULL); })";
      }
      fail(e.loc, "hash() of " + annotate::describe(t0) + " is not supported yet");
      return "0";
    case BuiltinId::List: {
      TypeRef it = e.type->listdef->find()->item;
      if (a.empty()) return "rpy::list_new<" + ctype(it) + ">(0)";
      std::string l;
      if (t0->kind == TypeKind::List)
        l = "rpy::list_slice(" + arg(0) + ", false, 0, false, 0)";
      else if (t0->kind == TypeKind::Dict)
        l = "rpy::dict_keys(" + arg(0) + ")";
      else if (t0->kind == TypeKind::Iterator && e.unpacked >= 0)  // unpacked into that many targets
        l = "rpy::unpack_iter<" + ctype(t0->items[0]) + ">(" + arg(0) + ", " + std::to_string(e.unpacked) + ")";
      else if (t0->kind == TypeKind::Iterator)
        l = "rpy::list_from_iter<" + ctype(t0->items[0]) + ">(" + arg(0) + ")";
      else if (t0->kind == TypeKind::Tuple || t0->kind == TypeKind::Char || t0->kind == TypeKind::Str || t0->kind == TypeKind::Bytes ||
               t0->kind == TypeKind::File)  // list(f): the lines left (reading them all, as Python does)
        l = as_list_code(arg(0), t0, e.loc);
      else {
        fail(e.loc, "list() of " + annotate::describe(t0) + " is not supported yet");
        return "nullptr";
      }
      return fresh_list_as(l, as_list_item(t0), it);
    }
    case BuiltinId::Tuple: {  // a fixed tuple, or a variable-length one (rpy/vtuple.hpp)
      if (a.empty()) return "std::tuple<>()";
      if (t0->kind == TypeKind::Tuple && t0->const_value) return ctype(e.type) + "(" + arg(0) + ")";  // a namedtuple's fields
      if (t0->kind == TypeKind::Tuple || annotate::is_vtuple(t0)) return arg(0);
      TypeRef it = e.type->listdef->find()->item;
      std::string l;
      if (t0->kind == TypeKind::List)
        l = arg(0);
      else if (t0->kind == TypeKind::Dict)
        l = "rpy::dict_keys(" + arg(0) + ")";
      else if (t0->kind == TypeKind::Iterator)
        l = "rpy::list_from_iter<" + ctype(t0->items[0]) + ">(" + arg(0) + ")";
      else if (t0->kind == TypeKind::Char || t0->kind == TypeKind::Str || t0->kind == TypeKind::Bytes)
        l = as_list_code(arg(0), t0, e.loc);
      else {
        fail(e.loc, "tuple() of " + annotate::describe(t0) + " is not supported yet");
        return "nullptr";
      }
      return "rpy::vtuple_from_list(" + fresh_list_as(l, as_list_item(t0), it) + ")";
    }
    case BuiltinId::OsWrite:  // Python 3's takes bytes (a Str underneath)
      return call_in_order(
          "rpy::os_write",
          {tt.integer(), a[1]->type->kind == TypeKind::Bytes || a[1]->type->kind == TypeKind::ByteArray ? a[1]->type : tt.str()});
    case BuiltinId::OsRead:  // Python 3's gives bytes
      if (e.type && e.type->kind == TypeKind::Bytes)
        return "rpy::as_bytes(" + call_in_order("rpy::os_read", {tt.integer(), tt.integer()}) + ")";
      return call_in_order("rpy::os_read", {tt.integer(), tt.integer()});
    case BuiltinId::OsOpen:
      if (a.size() == 2) return "rpy::os_open(" + arg_str(0) + ", " + arg_int(1) + ", 0777)";
      return call_in_order("rpy::os_open", {tt.str(), tt.integer(), tt.integer()});
    case BuiltinId::OsClose:
      return "(rpy::os_close(" + arg_int(0) + "), nullptr)";
    case BuiltinId::SysExit:  // annotate/exit_rules.cpp: no code, an int, or a message
      if (a.empty()) return "(rpy::sys_exit_none(), nullptr)";
      if (t0->kind == TypeKind::None) return "((void)(" + arg(0) + "), rpy::sys_exit_none(), nullptr)";
      if (annotate::is_stringlike(t0))
        return "(rpy::sys_exit_message(" + expr_as(*a[0], tt.with_nullable(tt.str(), t0->nullable)) + "), nullptr)";
      return "(rpy::sys_exit(" + arg_int(0) + "), nullptr)";
    case BuiltinId::TimeTime:
      return "rpy::time_time()";
    case BuiltinId::TimeClock:
      return "rpy::time_clock()";
    case BuiltinId::MathSqrt:
      return "([](double x) { if (x < 0) rpy::raise_value_error(\"math domain error\"); return rpy::fm::sqrt(x); }(" +
             expr_as(*a[0], tt.floating()) + "))";
    case BuiltinId::MathFloor:
    case BuiltinId::MathCeil: {
      const char* fn = id == BuiltinId::MathFloor ? "rpy::fm::floor(" : "rpy::fm::ceil(";
      if (is_python2()) return fn + expr_as(*a[0], tt.floating()) + ")";
      // Python 3: an int (OverflowError for infinities, ValueError for NaN, as int() of a float).
      if (a[0]->type && (a[0]->type->kind == TypeKind::Int || a[0]->type->kind == TypeKind::Bool)) return expr_as(*a[0], tt.integer());
      return std::string("rpy::float_to_int(") + fn + expr_as(*a[0], tt.floating()) + "))";
    }
    case BuiltinId::MathFabs:
      return "rpy::fm::fabs(" + expr_as(*a[0], tt.floating()) + ")";
    case BuiltinId::MathExp:
      return "([](double x) { return rpy::math_check(rpy::fm::exp(x), x); }(" + expr_as(*a[0], tt.floating()) + "))";
    case BuiltinId::MathLog:
      if (a.size() == 2) return call_in_order("rpy::math_log_base", {tt.floating(), tt.floating()});
      return "([](double x) { if (x <= 0) rpy::raise_value_error(\"math domain error\"); return rpy::fm::log(x); }(" +
             expr_as(*a[0], tt.floating()) + "))";
    case BuiltinId::MathSin:
      return "([](double x) { return rpy::math_check(rpy::fm::sin(x), x); }(" + expr_as(*a[0], tt.floating()) + "))";
    case BuiltinId::MathCos:
      return "([](double x) { return rpy::math_check(rpy::fm::cos(x), x); }(" + expr_as(*a[0], tt.floating()) + "))";
    case BuiltinId::MathPow:
      return call_in_order("rpy::math_pow", {tt.floating(), tt.floating()});

    case BuiltinId::ListAppend:
      return "(rpy::list_append(" + arg(0) + ", " + expr_as(*a[1], item_type()) + "), nullptr)";
    case BuiltinId::ListPop:
      if (a.size() == 1) return "rpy::list_pop_last(" + arg(0) + ")";
      return "rpy::list_pop(" + arg(0) + ", " + arg_int(1) + ")";
    case BuiltinId::ListExtend:
      return "(rpy::list_extend(" + arg(0) + ", " + expr_as(*a[1], t0) + "), nullptr)";
    case BuiltinId::ListInsert:
      return "(rpy::list_insert(" + arg(0) + ", " + arg_int(1) + ", " + expr_as(*a[2], item_type()) + "), nullptr)";
    case BuiltinId::ListReverse:
      return "(rpy::list_reverse(" + arg(0) + "), nullptr)";
    case BuiltinId::ListClear:
      return "(rpy::list_delslice(" + arg(0) + ", false, 0, false, 0), nullptr)";
    case BuiltinId::ListCopy:
      return "rpy::list_copy(" + arg(0) + ")";
    case BuiltinId::ListIndex:
      return "rpy::list_index(" + arg(0) + ", " + expr_as(*a[1], item_type()) + ")";
    case BuiltinId::ListCount:
      return "rpy::list_count(" + arg(0) + ", " + expr_as(*a[1], item_type()) + ")";
    case BuiltinId::ListRemove:
      return "(rpy::list_remove(" + arg(0) + ", " + expr_as(*a[1], item_type()) + "), nullptr)";

    case BuiltinId::StrJoin: {
      TypeRef t1 = a[1]->type;
      TypeRef it = t1->kind == TypeKind::Iterator ? t1->items[0] : t1->listdef->find()->item;
      std::string items = t1->kind == TypeKind::Iterator ? as_list_code(arg(1), t1, e.loc) : arg(1);  // reversed(s)
      if (it->kind == TypeKind::Char) return "rpy::str_join_chars(" + arg_str(0) + ", " + items + ")";
      if (it->kind == TypeKind::Impossible) return "((void)" + arg_str(0) + ", (void)" + items + ", " + str_const("") + ")";
      return "rpy::str_join(" + arg_str(0) + ", " + items + ")";
    }
    case BuiltinId::StrSplit: {
      std::string maxs = a.size() > 2 ? arg_int(2) : "-1";
      const std::string ws = is_python2() ? "rpy::str_split_ws(" : "rpy::str_split_ws3(";
      if (a.size() < 2 || a[1]->type->kind == TypeKind::None) return ws + arg_str(0) + ", " + maxs + ")";
      if (a[1]->type->nullable) {  // a separator that may be None: whitespace when it is
        std::string str = fresh("rpy_s"), sep = fresh("rpy_sep"), mx = fresh("rpy_max");
        return "({ auto " + str + " = " + arg_str(0) + "; auto " + sep + " = " + arg_str(1) + "; int64_t " + mx + " = " + maxs + "; " +
               sep + " ? rpy::str_split(" + str + ", " + sep + ", " + mx + ") : " + ws + str + ", " + mx + "); })";
      }
      return "rpy::str_split(" + arg_str(0) + ", " + arg_str(1) + ", " + maxs + ")";
    }
    case BuiltinId::StrStrip:
    case BuiltinId::StrLStrip:
    case BuiltinId::StrRStrip: {
      int which = id == BuiltinId::StrStrip ? 0 : id == BuiltinId::StrLStrip ? 1 : 2;
      return std::string(is_python2() ? "rpy::str_strip(" : "rpy::str_strip3(") + arg_str(0) + ", " +
             (a.size() > 1 ? arg_str(1) : std::string("nullptr")) + ", " + std::to_string(which) + ")";
    }
    case BuiltinId::StrStartswith:
      return "rpy::str_startswith(" + arg_str(0) + ", " + arg_str(1) + ")";
    case BuiltinId::StrEndswith:
      return "rpy::str_endswith(" + arg_str(0) + ", " + arg_str(1) + ")";
    case BuiltinId::StrFind:
    case BuiltinId::StrRFind:
    case BuiltinId::StrCount: {
      std::string fn = id == BuiltinId::StrFind ? "rpy::str_find" : id == BuiltinId::StrRFind ? "rpy::str_rfind" : "rpy::str_count";
      if (!is_python2()) fn += "3";  // code point positions
      // start/end: None means the default (evaluated all the same, in order)
      auto bound = [&](size_t i, const std::string& dflt) -> std::string {
        if (i >= a.size()) return dflt;
        if (!a[i]->type || a[i]->type->kind != TypeKind::None) return arg_int(i);
        std::string c(1, '(');  // None: evaluated, then the default
        c += arg(i);
        c += ", ";
        c += dflt;
        c += ')';
        return c;
      };
      return fn + "(" + arg_str(0) + ", " + arg_str(1) + ", " + bound(2, "INT64_C(0)") + ", " + bound(3, "INT64_MAX") + ")";
    }
    case BuiltinId::StrReplace:
      return "rpy::str_replace(" + arg_str(0) + ", " + arg_str(1) + ", " + arg_str(2) + ")";
    case BuiltinId::StrUpper:
      if (t0->kind == TypeKind::Char) return "static_cast<char>(toupper(static_cast<unsigned char>(" + arg(0) + ")))";
      return std::string(is_python2() ? "rpy::str_upper(" : "rpy::str_upper3(") + arg(0) + ")";
    case BuiltinId::StrLower:
      if (t0->kind == TypeKind::Char) return "static_cast<char>(tolower(static_cast<unsigned char>(" + arg(0) + ")))";
      return std::string(is_python2() ? "rpy::str_lower(" : "rpy::str_lower3(") + arg(0) + ")";
    case BuiltinId::StrIsdigit:
      if (t0->kind == TypeKind::Char) return "(isdigit(static_cast<unsigned char>(" + arg(0) + ")) != 0)";
      if (!is_python2()) return "rpy::str_is3(" + arg(0) + ", 0)";
      return "rpy::str_isdigit(" + arg(0) + ")";
    case BuiltinId::StrIsalpha:
      if (t0->kind == TypeKind::Char) return "(isalpha(static_cast<unsigned char>(" + arg(0) + ")) != 0)";
      if (!is_python2()) return "rpy::str_is3(" + arg(0) + ", 1)";
      return "rpy::str_isalpha(" + arg(0) + ")";
    case BuiltinId::StrIsalnum:
      if (t0->kind == TypeKind::Char) return "(isalnum(static_cast<unsigned char>(" + arg(0) + ")) != 0)";
      if (!is_python2()) return "rpy::str_is3(" + arg(0) + ", 2)";
      return "rpy::str_isalnum(" + arg(0) + ")";
    case BuiltinId::StrIsspace:
      if (t0->kind == TypeKind::Char && !is_python2()) return "rpy::str_is3(rpy::str_of_char(" + arg(0) + "), 3)";  // also \\x1c..\\x1f
      if (t0->kind == TypeKind::Char) return "(isspace(static_cast<unsigned char>(" + arg(0) + ")) != 0)";
      if (!is_python2()) return "rpy::str_is3(" + arg(0) + ", 3)";
      return "rpy::str_isspace(" + arg(0) + ")";
    case BuiltinId::StrIsupper:
      return std::string(is_python2() ? "rpy::str_isupper(" : "rpy::str_is3(") + arg_str(0) + (is_python2() ? ")" : ", 4)");
    case BuiltinId::StrIslower:
      return std::string(is_python2() ? "rpy::str_islower(" : "rpy::str_is3(") + arg_str(0) + (is_python2() ? ")" : ", 5)");
    case BuiltinId::StrIsprintable:
      return "rpy::str_is3(" + arg_str(0) + ", 6)";
    case BuiltinId::StrIsdecimal:
      return "rpy::str_is3(" + arg_str(0) + ", 7)";
    case BuiltinId::StrIsnumeric:
      return "rpy::str_is3(" + arg_str(0) + ", 8)";
    case BuiltinId::StrEncode:
    case BuiltinId::StrDecode:
      return arg_str(0);
    case BuiltinId::WeAreTranslated:
      return "true";
    case BuiltinId::WeAreJitted:
    case BuiltinId::JitIsConstant:
    case BuiltinId::JitIsVirtual:
      return "false";
    case BuiltinId::JitMergePoint:
      if (opts_.jit && cur_graph_ && opts_.jit->is_portal(*cur_graph_)) return opts_.jit->merge_point(*this, e);
      return "nullptr";
    case BuiltinId::JitSetParam:
      if (opts_.jit) return opts_.jit->set_param(*this, e);
      return "nullptr";
    case BuiltinId::CanEnterJit:
    case BuiltinId::LoopHeader:
    case BuiltinId::MakeSureNotResized:
    case BuiltinId::CheckNonneg:
      return "nullptr";
    case BuiltinId::JitHint:
    case BuiltinId::JitPromote:
    case BuiltinId::JitPromoteString:
    case BuiltinId::JitPromoteUnicode:
      return arg(0);
    case BuiltinId::Intmask:
    case BuiltinId::RInt:
    case BuiltinId::RLongLong:
      if (t0->kind == TypeKind::Float) return "rpy::float_to_int(" + arg(0) + ")";
      return "static_cast<int64_t>(" + arg(0) + ")";
    case BuiltinId::RUint:
    case BuiltinId::RULongLong:
      if (t0->kind == TypeKind::Float) return "static_cast<uint64_t>(rpy::float_to_int(" + arg(0) + "))";
      return "static_cast<uint64_t>(" + arg(0) + ")";
    case BuiltinId::Ovfcheck: {
      Expr& x = *a[0];
      if (x.op == ExprOp::UnaryOp) return "rpy::ovf_neg(" + expr_as(*x.args[0], tt.integer()) + ")";
      const char* fn = x.binop == syntax::BinOp::Add        ? "rpy::ovf_add"
                       : x.binop == syntax::BinOp::Sub      ? "rpy::ovf_sub"
                       : x.binop == syntax::BinOp::Mul      ? "rpy::ovf_mul"
                       : x.binop == syntax::BinOp::LShift   ? "rpy::ovf_lshift"
                       : x.binop == syntax::BinOp::FloorDiv ? "rpy::ovf_floordiv"
                                                            : "rpy::int_mod";
      return ordered_call(*this, fn, {x.args[0].get(), x.args[1].get()}, {tt.integer(), tt.integer()}, "");
    }
    case BuiltinId::Count:
      break;
    default:
      break;  // the dict, extra, io and iterator groups are dispatched before this switch
  }
  fail(e.loc, std::string("internal: no code for builtin ") + annotate::builtin_name(id));
  return "0";
}

}  // namespace rpy::codegen
