// C++ for the "more builtins" block of builtins.def (rules in annotate/extra_rules.cpp).
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::BuiltinId;
using annotate::TypeKind;
using ir::Expr;
using ir::ExprOp;
namespace m = rpy::modules;

// The C++ element type of iterating over a value of type t.
static TypeRef elem_type(annotate::TypeTable& tt, TypeRef t, bool py3) {
  switch (t->kind) {
    case TypeKind::List:
      return t->listdef->find()->item;
    case TypeKind::Str:
      return py3 ? tt.str() : tt.character();  // Python 3: code points, as strs
    case TypeKind::Char:
      return tt.character();
    case TypeKind::Bytes:
      return tt.int_nonneg();  // Python 3 bytes: ints
    case TypeKind::Dict:
      return t->dictdef->find()->key;
    case TypeKind::Iterator:
      return t->items[0];
    case TypeKind::Tuple:
      return t->items.empty() ? tt.impossible() : t->items[0];
    default:
      return nullptr;
  }
}

// The item type of as_list_code's list for a value of type t.
TypeRef Emitter::as_list_item(TypeRef t) {
  switch (t->kind) {
    case TypeKind::Str:
      if (!is_python2()) return tt.str();  // code points, as strs
      return tt.character();
    case TypeKind::Char:
      return tt.character();
    case TypeKind::Unicode:
      return tt.unicode();
    case TypeKind::File:
      return t->bits == 8 ? tt.bytes() : tt.str();  // lines (bytes from a binary file)
    case TypeKind::Bytes:
      return tt.int_nonneg();  // Python 3 bytes: ints
    case TypeKind::Tuple: {
      TypeRef item = elem_type(tt, t, !is_python2());
      for (TypeRef x : t->items)
        if (auto u = annotate::union_types(tt, item, x, &ann); u.type) item = u.type;
      return item;
    }
    default:
      return elem_type(tt, t, !is_python2());
  }
}

// A list just built from items of type `from`, as the list of items of type `to` that the
// annotator gave it (list('ab') that later receives strings holds str, not char).
std::string Emitter::fresh_list_as(const std::string& code, TypeRef from, TypeRef to) {
  if (!from || !to || to->kind == TypeKind::Impossible || ctype(from) == ctype(to)) return code;
  return "rpy::list_as<" + ctype(to) + ">(" + code + ")";
}

// A List<T>* holding the items of an iterable value `code` of type t (the list itself for lists).
std::string Emitter::as_list_code(const std::string& code, TypeRef t, Loc loc) {
  switch (t->kind) {
    case TypeKind::List:
      return code;
    case TypeKind::Str:
      if (!is_python2()) return "rpy::str_chars3(" + code + ")";  // code points, as strs
      return "rpy::list_of_str(" + code + ")";
    case TypeKind::Char:
      return "rpy::list_of_str(rpy::str_of_char(" + code + "))";
    case TypeKind::Unicode:
      return "rpy::u_chars(" + code + ")";  // emit_io.cpp's runtime (rpy/file.hpp)
    case TypeKind::File:
      if (t->bits == 8) return "rpy::bytes_list(rpy::file_readlines(" + code + "))";
      return "rpy::file_readlines(" + code + ")";
    case TypeKind::Bytes:
      return "rpy::bytes_ints(" + code + ")";
    case TypeKind::Dict:
      return "rpy::dict_keys(" + code + ")";
    case TypeKind::Iterator:
      return "rpy::list_from_iter<" + ctype(t->items[0]) + ">(" + code + ")";
    case TypeKind::Tuple: {
      TypeRef item = as_list_item(t);
      if (t->items.empty()) return "rpy::list_new<std::nullptr_t>(0)";
      std::string s = "([&](const auto& rpy_t) { return rpy::list_of<" + ctype(item) + ">({";
      for (size_t i = 0; i < t->items.size(); ++i)
        s += (i ? ", " : "") + convert("std::get<" + std::to_string(i) + ">(rpy_t)", t->items[i], item);
      return s + "}); }(" + code + "))";
    }
    default:
      fail(loc, "cannot iterate over " + annotate::describe(t) + " here");
      return "nullptr";
  }
}

std::string Emitter::emit_extra_builtin(Expr& e) {
  auto id = static_cast<BuiltinId>(e.builtin_id);
  std::vector<Expr*> a = builtin_args(e);  // positional; for methods the receiver first
  auto kw = [&](const std::string& name) -> Expr* {
    for (size_t i = 0; i < e.kwnames.size(); ++i)
      if (e.kwnames[i] == name) return e.args[e.args.size() - e.kwnames.size() + i].get();
    return nullptr;
  };
  auto arg = [&](size_t i) { return expr(*a.at(i)); };
  auto arg_int = [&](size_t i) { return expr_as(*a.at(i), tt.integer()); };
  auto arg_flt = [&](size_t i) { return expr_as(*a.at(i), tt.floating()); };
  auto arg_str = [&](size_t i) { return expr_as(*a.at(i), tt.str()); };
  auto call_in_order = [&](const std::string& fn, const std::vector<TypeRef>& to) { return ordered_call(*this, fn, a, to, ""); };
  TypeRef t0 = a.empty() ? nullptr : a[0]->type;
  auto impossible = [](TypeRef t) { return !t || t->kind == TypeKind::Impossible; };
  Expr* keycall = nullptr;
  for (auto& d : e.defaults)
    if (d->op == ExprOp::Seq && d->attr == "$key") keycall = d.get();
  // [&](T x) { $key_item = x; return key($key_item); } (keycall: Seq($key_item, key($key_item)))
  auto key_lambda = [&](TypeRef item) {
    ir::Var* kv = keycall->args[0]->var;
    return "[&](" + ctype(item) + " rpy_k) { " + var_name(kv) + " = " + convert("rpy_k", item, kv->type) + "; return " + expr(*keycall) +
           "; }";
  };
  // The comparison of instances by their class's method (annotate::less_call):
  // [&](T x, T y) { $lt_a = x; $lt_b = y; return truth($lt_a.__lt__($lt_b)); } (y, x when swapped)
  Expr* lesscall = nullptr;
  for (auto& d : e.defaults)
    if (d->op == ExprOp::Seq && (d->attr == "$lt" || d->attr == "$lt_swapped" || d->attr == "$lt_cmp")) lesscall = d.get();
  auto less_lambda = [&](TypeRef item) {
    if (lesscall->attr == "$lt_cmp") {  // key=functools.cmp_to_key(f): Seq($lt_a, $lt_b, f($lt_a, $lt_b) < 0)
      ir::Var* va = lesscall->args[0]->var;
      ir::Var* vb = lesscall->args[1]->var;
      return "[&](" + ctype(item) + " rpy_x, " + ctype(item) + " rpy_y) { " + var_name(va) + " = " + convert("rpy_x", item, va->type) +
             "; " + var_name(vb) + " = " + convert("rpy_y", item, vb->type) + "; return " + truth(*lesscall) + "; }";
    }
    ir::Var* va = ir::local_under(*lesscall->args[0]->args[0])->var;  // $lt_a.__lt__, or $lt_a._value_ < (IntEnum)
    ir::Var* vb = ir::local_under(*lesscall->args[0]->args[1])->var;
    bool swapped = lesscall->attr == "$lt_swapped";
    std::string x = swapped ? "rpy_y" : "rpy_x", y = swapped ? "rpy_x" : "rpy_y";
    return "[&](" + ctype(item) + " rpy_x, " + ctype(item) + " rpy_y) { " + var_name(va) + " = " + convert(x, item, va->type) + "; " +
           var_name(vb) + " = " + convert(y, item, vb->type) + "; return " + truth(*lesscall) + "; }";
  };
  auto math1 = [&](const std::string& fn) { return "([](double x) { return rpy::math_check(" + fn + "(x), x); }(" + arg_flt(0) + "))"; };
  switch (id) {
    case BuiltinId::Sorted:
    case BuiltinId::ListSort: {
      if (impossible(t0)) return "(" + arg(0) + ", nullptr)";
      TypeRef item = elem_type(tt, t0, !is_python2());
      Expr* rev = kw("reverse");
      std::string s = "({ auto rpy_src = " + arg(0) + "; ";
      s += std::string("bool rpy_rev = ") + (rev ? truth(*rev) : "false") + "; ";
      if (id == BuiltinId::Sorted) {
        std::string lst = as_list_code("rpy_src", t0, e.loc);
        if (t0->kind == TypeKind::List) lst = "rpy::list_copy(rpy_src)";
        s += "auto* rpy_l = " + lst + "; ";
      } else {
        s += "auto* rpy_l = rpy_src; ";
      }
      // sorted('ba') whose list receives str holds str: sorted as chars, then converted.
      std::string result = id == BuiltinId::Sorted ? fresh_list_as("rpy_l", as_list_item(t0), e.type->listdef->find()->item) : "nullptr";
      if (impossible(item)) return s + result + "; })";
      // Python 2.7's and Python 3.11's timsorts merge their runs in different orders.
      std::string py2 = is_python2() ? "true" : "false";
      if (keycall && lesscall)  // keys that are instances, compared by their class's __lt__
        s += "rpy::list_sort_key_by(rpy_l, rpy_rev, " + key_lambda(item) + ", " + less_lambda(keycall->type) + ", " + py2 + "); ";
      else if (keycall)
        s += "rpy::list_sort_key(rpy_l, rpy_rev, " + key_lambda(item) + ", " + py2 + "); ";
      else if (lesscall)
        s += "rpy::list_sort_less(rpy_l, rpy_rev, " + less_lambda(item) + ", " + py2 + "); ";
      else
        s += "rpy::list_sort(rpy_l, rpy_rev, " + py2 + "); ";
      return s + result + "; })";
    }
    case BuiltinId::Reversed: {
      // An iterator over a reversed copy of the items (a snapshot: Python's iterator over a list
      // reads it as it goes, which a program that mutates the list while iterating would see).
      TypeRef want = e.type->items[0];
      std::string items = t0->kind == TypeKind::List ? arg(0) : as_list_code(arg(0), t0, e.loc);
      return "rpy::iter_list<" + ctype(want) + ">(" + fresh_list_as("rpy::list_reversed(" + items + ")", as_list_item(t0), want) + ")";
    }
    case BuiltinId::Enumerate: {
      TypeRef rt = e.type->listdef->find()->item;
      if (impossible(t0) || impossible(rt)) return "(" + arg(0) + ", rpy::list_new<" + ctype(rt) + ">(0))";
      Expr* st = a.size() > 1 ? a[1] : kw("start");
      std::string lst = as_list_code(arg(0), t0, e.loc);
      std::string start = st ? expr_as(*st, tt.integer()) : "INT64_C(0)";
      std::string r = "({ auto* rpy_l = " + lst + "; rpy::list_enumerate(rpy_l, " + start + "); })";
      if (ctype(rt) != "std::tuple<int64_t, " + ctype(elem_type(tt, t0, !is_python2())) + ">") {
        fail(e.loc, "internal: enumerate() item type mismatch");
      }
      return r;
    }
    case BuiltinId::Zip: {
      TypeRef rt = e.type->listdef->find()->item;
      if (impossible(rt)) {
        std::string s = "(";
        for (size_t i = 0; i < a.size(); ++i) s += arg(i) + ", ";
        return s + "rpy::list_new<" + ctype(rt) + ">(0))";
      }
      std::string s = "({ ";
      std::string call = "rpy::list_zip<";
      for (size_t i = 0; i < a.size(); ++i) {
        s += "auto* rpy_z" + std::to_string(i) + " = " + as_list_code(arg(i), a[i]->type, e.loc) + "; ";
        call += (i ? ", " : "") + ctype(rt->items[i]);
      }
      call += ">(";
      for (size_t i = 0; i < a.size(); ++i) call += (i ? ", " : "") + std::string("rpy_z") + std::to_string(i);
      return s + call + "); })";
    }
    case BuiltinId::Any:
    case BuiltinId::All: {
      if (impossible(t0)) return "(" + arg(0) + ", false)";
      // An iterator (a generator) is pulled one item at a time: the items after the deciding one
      // are never computed, as in Python.
      if (t0->kind == TypeKind::Iterator && !impossible(t0->items[0])) {
        const char* fn = id == BuiltinId::Any ? "rpy::iter_any(" : "rpy::iter_all(";
        std::string d = dropped_after(*a[0], [&](const std::string& c) { return fn + c + ")"; });
        return d.empty() ? fn + arg(0) + ")" : d;
      }
      std::string lst = as_list_code(arg(0), t0, e.loc);
      if (impossible(elem_type(tt, t0, !is_python2()))) return "(" + lst + ", " + (id == BuiltinId::All ? "true" : "false") + ")";
      return std::string(id == BuiltinId::Any ? "rpy::list_any(" : "rpy::list_all(") + lst + ")";
    }
    case BuiltinId::Sum: {
      TypeRef rt = e.type;
      Expr* st = a.size() > 1 ? a[1] : kw("start");
      std::string start = st                             ? expr_as(*st, rt)
                          : rt->kind == TypeKind::Float  ? "0.0"
                          : rt->kind == TypeKind::Number ? "rpy::Num::of(INT64_C(0))"
                                                         : "INT64_C(0)";
      std::string s = "({ auto* rpy_l = " + as_list_code(arg(0), t0, e.loc) + "; " + ctype(rt) + " rpy_acc = " + start + "; ";
      TypeRef item = elem_type(tt, t0, !is_python2());
      if (impossible(item)) return s + "rpy_acc; })";
      std::string x = convert("rpy_l->items[rpy_i]", item, rt);
      if (TypeRef v = ann.sum_int_member_item(item)) x = convert("rpy_l->items[rpy_i]->a__value_", v, rt);  // IntEnum members
      std::string add = rt->kind == TypeKind::Int      ? int_fn("add", e) + "(rpy_acc, " + x + ")"
                        : rt->kind == TypeKind::Number ? "rpy::num_add" + num_chk(e) + "(rpy_acc, " + x + ")"
                                                       : "rpy_acc + " + x;
      return s + "for (int64_t rpy_i = 0; rpy_i < rpy_l->len; ++rpy_i) rpy_acc = " + add + "; rpy_acc; })";
    }
    case BuiltinId::Divmod: {
      TypeRef rt = e.type->items[0];
      if (rt->kind == TypeKind::Number) return call_in_order("rpy::num_divmod" + num_chk(e), {num_type(), num_type()});
      if (rt->kind == TypeKind::Float) return call_in_order("rpy::float_divmod", {tt.floating(), tt.floating()});
      return call_in_order(checks_ints(e) ? "rpy::chk_divmod" : "rpy::int_divmod", {tt.integer(), tt.integer()});
    }
    case BuiltinId::Pow: {
      if (a.size() == 3) return call_in_order("rpy::int_pow_mod", {tt.integer(), tt.integer(), tt.integer()});
      if (e.type->kind == TypeKind::Number) return call_in_order("rpy::num_pow" + num_chk(e), {num_type(), num_type()});
      if (e.type->kind == TypeKind::Float) return call_in_order("rpy::float_pow", {tt.floating(), tt.floating()});
      return call_in_order(int_fn("pow", e), {tt.integer(), tt.integer()});
    }
    case BuiltinId::Hex:
      return "rpy::int_to_base(" + arg_int(0) + ", 16, false)";
    case BuiltinId::Bin:
      return "rpy::int_to_base(" + arg_int(0) + ", 2, false)";
    case BuiltinId::Oct:
      return "rpy::int_to_base(" + arg_int(0) + ", 8, " + (is_python2() ? "true" : "false") + ")";
    case BuiltinId::Cmp: {
      TypeRef ta = a[0]->type, tb = a[1]->type;
      if (impossible(ta) || impossible(tb)) return "(" + arg(0) + ", " + arg(1) + ", INT64_C(0))";
      auto u = annotate::union_types(tt, ta, tb, &ann);
      if (!u.type) {
        fail(e.loc, "cmp() of " + annotate::describe(ta) + " and " + annotate::describe(tb) + " is not supported");
        return "0";
      }
      TypeRef ct = u.type->kind == TypeKind::Bool ? tt.integer() : u.type;
      return "rpy::cmp3<" + ctype(ct) + ">(" + expr_as(*a[0], ct) + ", " + expr_as(*a[1], ct) + ")";
    }
    case BuiltinId::IsSubclass: {
      Expr& c = *a[0];
      Expr& p = *a[1];
      std::vector<Expr*> parents;
      if (p.op == ExprOp::MakeTuple)
        for (auto& x : p.args) parents.push_back(x.get());
      else
        parents.push_back(&p);
      auto subclass = [&](annotate::ClassDef* cd) {
        for (Expr* x : parents)
          if (x->op == ExprOp::Const && x->value->kind == m::ObjKind::Class && cd->is_subclass_of(ann.classdef(x->value)))
            return true;
          else if (x->op == ExprOp::Const && x->value->kind == m::ObjKind::Builtin && x->value->as<m::BuiltinObj>()->name == "object")
            return true;
        return false;
      };
      if (c.op != ExprOp::Const && c.type && c.type->kind == TypeKind::Class && !c.type->items.empty()) {
        // A class value: whether its id is one of the classes that derive from a parent.
        std::string v = fresh("rpy_cls");
        std::string s = "({ int32_t " + v + " = " + expr(c) + "; ";
        std::string test;
        for (TypeRef k : c.type->items)
          if (annotate::ClassDef* cd = ann.classdef(k->const_value); cd && subclass(cd))
            test += (test.empty() ? "" : " || ") + v + " == " + std::to_string(cd->id);
        return s + (test.empty() ? "(void)" + v + "; false" : "(" + test + ")") + "; })";
      }
      if (c.op != ExprOp::Const || c.value->kind != m::ObjKind::Class) return "false";
      return subclass(ann.classdef(c.value)) ? "true" : "false";
    }
    case BuiltinId::Round: {
      if (is_python2()) {  // Python 2.7's round(): a float, ties away from zero
        if (a.size() == 2) return call_in_order("rpy::float_round2", {tt.floating(), tt.integer()});
        return "rpy::float_round2(" + expr_as(*a[0], tt.floating()) + ", 0)";
      }
      // round(int, n): ties to even at the n-th digit left of the point (n < 0), else the int.
      const std::string int_round =
          "[](int64_t x, int64_t n) { if (n >= 0) return x; int64_t p = 1; for (int64_t i = 0; i < -n && i < 19; ++i) p *= 10; "
          "if (-n > 18) return INT64_C(0); int64_t q = rpy::int_floordiv(x, p), r = x - q * p; "
          "if (2 * r > p || (2 * r == p && (q & 1))) ++q; return q * p; }";
      if (t0->kind == TypeKind::Number) {  // an int or a float at run time: each rounds as it would alone
        if (a.size() == 2)
          return call_in_order(
              "([](rpy::Num v, int64_t n) { return v.is_float() ? rpy::Num::of(rpy::float_round(v.f, n)) : "
              "rpy::Num::of((" +
                  int_round + ")(v.i, n)); })",
              {t0, tt.integer()});
        return "([](rpy::Num v) { return v.is_float() ? rpy::float_round_int(v.f) : v.i; }(" + arg(0) + "))";
      }
      if (a.size() == 2) {
        if (t0->kind == TypeKind::Float) return call_in_order("rpy::float_round", {tt.floating(), tt.integer()});
        return "(" + int_round + "(" + arg_int(0) + ", " + arg_int(1) + "))";
      }
      if (t0->kind == TypeKind::Float && checks_ints(e))
        return "rpy::float_round_int(rpy::chk_float_range(rpy::fm::nearbyint(" + arg(0) + ")))";
      if (t0->kind == TypeKind::Float) return "rpy::float_round_int(" + arg(0) + ")";
      return arg_int(0);
    }
    case BuiltinId::HasAttr: {
      const std::string& attr = a[1]->value->as<m::StrObj>()->value;
      if (impossible(t0)) return "(" + arg(0) + ", false)";
      bool has = ann.find_attr(t0->cls, attr) != nullptr || ann.lookup_class_attr(t0->cls, attr);
      return "(" + arg(0) + ", " + (has ? "true" : "false") + ")";
    }
    case BuiltinId::GetAttrB: {
      const std::string& attr = a[1]->value->as<m::StrObj>()->value;
      if (impossible(t0) || impossible(e.type)) return "(" + arg(0) + ", " + default_value(e.type) + ")";
      if (!ann.find_attr(t0->cls, attr)) {
        if (a.size() == 3) return "(" + arg(0) + ", " + expr_as(*a[2], e.type) + ")";
        fail(e.loc, "getattr(): no attribute '" + attr + "'");
        return "0";
      }
      return convert(arg(0) + "->a_" + attr, ann.find_attr(t0->cls, attr)->type, e.type);
    }
    case BuiltinId::SetAttrB: {
      const std::string& attr = a[1]->value->as<m::StrObj>()->value;
      annotate::AttrDef* ad = impossible(t0) ? nullptr : ann.find_attr(t0->cls, attr);
      if (!ad) return "(" + arg(0) + ", " + arg(2) + ", nullptr)";
      // --gc=gen: the object rooted while the value is evaluated, the value stored with the barrier
      if (gen_)
        return "({ auto rpy_o = " + arg(0) + "; " + gen_root_if("rpy_o", t0) + "auto rpy_v = " + expr_as(*a[2], ad->type) + "; " +
               (GcGen::is_rooted(ad->type) ? "rpy::gen::wb(rpy_o)" : "rpy_o") + "->a_" + attr + " = rpy_v; nullptr; })";
      return "({ auto rpy_o = " + arg(0) + "; rpy_o->a_" + attr + " = " + expr_as(*a[2], ad->type) + "; nullptr; })";
    }
    case BuiltinId::Id:
      if (t0->kind == TypeKind::Instance || t0->kind == TypeKind::List || t0->kind == TypeKind::Str || t0->kind == TypeKind::Dict)
        return "static_cast<int64_t>(reinterpret_cast<intptr_t>(" + identity_of(arg(0)) + "))";
      return "(" + arg(0) + ", INT64_C(0))";
    case BuiltinId::ExcInit: {  // Exception.__init__(self, *args) sets the message str(e) shows
      std::string s = "({ auto* rpy_self = " + arg(0) + "; ";
      std::vector<std::pair<std::string, TypeRef>> vals;
      for (size_t i = 1; i < a.size(); ++i) {
        std::string t = fresh("rpy_a");
        s += "auto " + t + " = " + arg(i) + "; ";
        vals.push_back({t, a[i]->type});
      }
      if (t0->kind == TypeKind::Instance && t0->cls) s += set_exc_args("rpy_self", t0->cls, vals);
      return s + "rpy_self->message = " + exception_message(vals, false) + "; " + exception_repr("rpy_self", vals, false) +
             "rpy_self->key_repr = false; nullptr; })";
    }
    case BuiltinId::ExcStr:  // BaseException.__str__, not a subclass's: the message (not dispatched)
      return "rpy::exc_message(" + arg(0) + ")";
    case BuiltinId::RlibInstantiate:  // the class value (`self.__class__`) is read first, as Python does
      if (!a.empty() && a[0]->op != ExprOp::Const) return "({ (void)(" + expr(*a[0]) + "); " + alloc_code(e.type->cls) + "; })";
      return alloc_code(e.type->cls);
    case BuiltinId::DebugPrint: {  // the arguments' str() separated by spaces, a newline, on stderr
      std::string s = "({ rpy::Buffer rpy_db; ";
      for (size_t i = 0; i < a.size(); ++i)
        s += std::string(i ? "rpy_db.put(' '); " : "") + "{ rpy::Str* rpy_ds = " + to_str_code(*a[i]) +
             "; rpy_db.put(rpy_ds->data, rpy_ds->len); } ";
      return s + "rpy_db.put('\\n'); rpy::stderr_write(rpy_db.to_str()); nullptr; })";
    }
    case BuiltinId::ObjectInit: {
      std::string s = "({ ";
      for (size_t i = 0; i < a.size(); ++i) s += "(void)(" + expr(*a[i]) + "); ";
      return s + "nullptr; })";
    }
    case BuiltinId::Unichr:
      return "rpy::unichr_str(" + arg_int(0) + ")";
    case BuiltinId::Unicode:
      if (a.empty()) return str_const("");
      return to_str_code(*a[0]);
    case BuiltinId::Format: {
      std::string b = fresh("rpy_fb");
      std::string v = fresh("rpy_fv");
      std::string s = "({ auto " + v + " = " + arg(0) + "; ";
      bool const_spec = a.size() > 1 && a[1]->op == ExprOp::Const && a[1]->value->kind == m::ObjKind::Str;
      if (const_spec && spec_raises(a[1]->value->as<m::StrObj>()->value, t0)) const_spec = false;  // the ValueError at run time
      if (a.size() > 1 && !const_spec) {                                                           // a spec built at run time
        std::string sv = fresh("rpy_fs");
        s += "rpy::Str* " + sv + " = " + arg_str(1) + "; rpy::Buffer " + b + "; ";
        format_value_runtime_spec(s, b, v, t0, sv, e.loc);
        return s + b + ".to_str(); })";
      }
      std::string spec = a.size() > 1 ? a[1]->value->as<m::StrObj>()->value : "";
      s += "rpy::Buffer " + b + "; ";
      format_value(s, b, v, t0, 0, spec, e.loc);
      return s + b + ".to_str(); })";
    }
    case BuiltinId::OsPathJoin: {
      std::string s = "rpy::os_path_join(rpy::list_of<rpy::Str*>({";
      for (size_t i = 0; i < a.size(); ++i) s += (i ? ", " : "") + arg_str(i);
      return s + "}))";
    }
    case BuiltinId::OsPathExists:
      return "rpy::os_path_exists(" + arg_str(0) + ")";
    case BuiltinId::OsPathIsfile:
      return "rpy::os_path_isfile(" + arg_str(0) + ")";
    case BuiltinId::OsPathIsdir:
      return "rpy::os_path_isdir(" + arg_str(0) + ")";
    case BuiltinId::OsPathBasename:
      return "rpy::os_path_basename(" + arg_str(0) + ")";
    case BuiltinId::OsPathDirname:
      return "rpy::os_path_dirname(" + arg_str(0) + ")";
    case BuiltinId::OsPathSplitext:
      return "rpy::os_path_splitext(" + arg_str(0) + ")";
    case BuiltinId::OsPathSplit:
      return "rpy::os_path_split(" + arg_str(0) + ")";
    case BuiltinId::OsPathGetsize:
      return "rpy::os_path_getsize(" + arg_str(0) + ")";
    case BuiltinId::OsLseek:
      return call_in_order("rpy::os_lseek", {tt.integer(), tt.integer(), tt.integer()});
    case BuiltinId::OsFtruncate:
      return "(" + call_in_order("rpy::os_ftruncate", {tt.integer(), tt.integer()}) + ", nullptr)";
    case BuiltinId::OsLockf:
      return "(" + call_in_order("rpy::os_lockf", {tt.integer(), tt.integer(), tt.integer()}) + ", nullptr)";
    case BuiltinId::OsFsync:
      return "(rpy::os_fsync(" + arg_int(0) + "), nullptr)";
    case BuiltinId::OsStat:
      return "rpy::os_stat(" + arg_str(0) + ")";
    case BuiltinId::OsFstat:
      return "rpy::os_fstat(" + arg_int(0) + ")";
    case BuiltinId::OsUnlink:
    case BuiltinId::OsRemove:
      return "(rpy::os_unlink(" + arg_str(0) + "), nullptr)";
    case BuiltinId::OsStrerror:
      return "rpy::os_strerror(" + arg_int(0) + ")";
    case BuiltinId::OsGetcwd:
      return "rpy::os_getcwd()";
    case BuiltinId::OsGetpid:
      return "rpy::os_getpid()";
    case BuiltinId::OsGetenv:
    case BuiltinId::OsEnvironGet:
      if (a.size() == 2 && a[1]->type->kind != TypeKind::None)
        return "({ rpy::Str* rpy_v = rpy::os_getenv(" + arg_str(0) + "); rpy::Str* rpy_d = " + arg_str(1) + "; rpy_v ? rpy_v : rpy_d; })";
      return "rpy::os_getenv(" + arg_str(0) + ")";
    case BuiltinId::TimeSleep:
      return "(rpy::time_sleep(" + arg_flt(0) + "), nullptr)";
    case BuiltinId::TimePerfCounter:
      return "rpy::time_perf_counter()";
    case BuiltinId::TimeProcessTime:
      return "rpy::time_process_time()";
    case BuiltinId::NamedTupleMake:  // the fields' tuple, named (runtime/rpy/namedtuple.hpp)
      return ctype(e.type) + "(" + arg(1) + ")";
    case BuiltinId::DatetimeUtcOffset:
      return "rpy::time_utc_offset(" + arg_int(0) + ")";
    case BuiltinId::SysSetrecursionlimit:
      return "(rpy::sys_setrecursionlimit(" + arg_int(0) + "), nullptr)";
    case BuiltinId::SysGetrecursionlimit:
      return "rpy::sys_getrecursionlimit()";
    case BuiltinId::MathIsqrt:
      return "rpy::math_isqrt(" + arg_int(0) + ")";
    case BuiltinId::MathComb:
      return call_in_order("rpy::math_comb", {tt.integer(), tt.integer()});
    case BuiltinId::MathPerm:
      if (a.size() == 1 || a[1]->type->kind == TypeKind::None) return "rpy::math_perm(" + arg_int(0) + ", INT64_MIN)";
      return call_in_order("rpy::math_perm", {tt.integer(), tt.integer()});
    case BuiltinId::MathIsnan:
      return "static_cast<bool>(rpy::fm::isnan(" + arg_flt(0) + "))";
    case BuiltinId::MathIsinf:
      return "static_cast<bool>(rpy::fm::isinf(" + arg_flt(0) + "))";
    case BuiltinId::MathIsfinite:
      return "static_cast<bool>(rpy::fm::isfinite(" + arg_flt(0) + "))";
    case BuiltinId::MathFmod:
      return "([](double x, double y) { if (y == 0.0 || rpy::fm::isinf(x)) { if (!rpy::fm::isnan(x) && !rpy::fm::isnan(y)) "
             "rpy::raise_value_error(\"math domain error\"); } "
             "return rpy::fm::fmod(x, y); }(" +
             arg_flt(0) + ", " + arg_flt(1) + "))";
    case BuiltinId::MathHypot:  // Python 2.7: C's hypot(); Python 3: its own algorithm, of any number of coordinates
      if (is_python2()) return call_in_order("rpy::fm::hypot", {tt.floating(), tt.floating()});
      return call_in_order("rpy::hypot_n", std::vector<TypeRef>(a.size(), tt.floating()));
    case BuiltinId::MathAtan2:
      return call_in_order("rpy::fm::atan2", {tt.floating(), tt.floating()});
    case BuiltinId::MathCopysign:
      return call_in_order("rpy::fm::copysign", {tt.floating(), tt.floating()});
    case BuiltinId::MathLdexp:
      return call_in_order("rpy::math_ldexp", {tt.floating(), tt.integer()});
    case BuiltinId::MathFrexp:
      return "rpy::math_frexp(" + arg_flt(0) + ")";
    case BuiltinId::MathModf:
      return "rpy::math_modf(" + arg_flt(0) + ")";
    case BuiltinId::MathTrunc:
      if (t0->kind == TypeKind::Float && checks_ints(e)) return "rpy::chk_float_to_int(" + arg(0) + ")";
      return t0->kind == TypeKind::Float ? "rpy::float_to_int(rpy::fm::trunc(" + arg(0) + "))" : arg_int(0);
    case BuiltinId::MathFactorial:
      if (checks_ints(e)) return "rpy::math_factorial(rpy::chk_factorial_arg(" + arg_int(0) + "))";
      return "rpy::math_factorial(" + arg_int(0) + ")";
    case BuiltinId::MathGcd:
      return call_in_order("rpy::math_gcd", {tt.integer(), tt.integer()});
    case BuiltinId::MathLog10:
      return "([](double x) { if (x <= 0) rpy::raise_value_error(\"math domain error\"); return rpy::fm::log10(x); }(" + arg_flt(0) + "))";
    case BuiltinId::MathLog2:
      return "([](double x) { if (x <= 0) rpy::raise_value_error(\"math domain error\"); return rpy::fm::log2(x); }(" + arg_flt(0) + "))";
    case BuiltinId::MathTan:
      return math1("rpy::fm::tan");
    case BuiltinId::MathAsin:
      return math1("rpy::fm::asin");
    case BuiltinId::MathAcos:
      return math1("rpy::fm::acos");
    case BuiltinId::MathAtan:
      return "rpy::fm::atan(" + arg_flt(0) + ")";
    case BuiltinId::MathSinh:
      return math1("rpy::fm::sinh");
    case BuiltinId::MathCosh:
      return math1("rpy::fm::cosh");
    case BuiltinId::MathTanh:
      return "rpy::fm::tanh(" + arg_flt(0) + ")";
    case BuiltinId::MathExpm1:
      return math1("rpy::fm::expm1");
    case BuiltinId::MathLog1p:
      return "([](double x) { if (x <= -1.0) rpy::raise_value_error(\"math domain error\"); return rpy::fm::log1p(x); }(" + arg_flt(0) +
             "))";
    case BuiltinId::MathDegrees:
      return "(" + arg_flt(0) + " * (180.0 / 3.141592653589793))";
    case BuiltinId::MathRadians:
      return "(" + arg_flt(0) + " * (3.141592653589793 / 180.0))";
    case BuiltinId::MathAcosh:
      return math1("rpy::fm::acosh");
    case BuiltinId::MathAsinh:
      return "rpy::fm::asinh(" + arg_flt(0) + ")";
    case BuiltinId::MathAtanh:  // C's pole at +-1 (an infinity) is a domain error in Python
      return "([](double x) { if (x >= 1.0 || x <= -1.0) rpy::raise_value_error(\"math domain error\"); return rpy::fm::atanh(x); }(" +
             arg_flt(0) + "))";
    case BuiltinId::MathCbrt:
      return "rpy::fm::cbrt(" + arg_flt(0) + ")";
    case BuiltinId::MathErf:
      return "rpy::fm::erf(" + arg_flt(0) + ")";
    case BuiltinId::MathErfc:
      return "rpy::fm::erfc(" + arg_flt(0) + ")";
    case BuiltinId::MathExp2:
      return math1("rpy::fm::exp2");
    case BuiltinId::StrFormat:
    case BuiltinId::StrFormatMap:
      return emit_str_format(e);
    case BuiltinId::Min:
    case BuiltinId::Max: {
      bool is_max = id == BuiltinId::Max;
      Expr* dflt = kw("default");
      TypeRef item = dflt ? as_list_item(t0) : e.type;
      if (dflt) {  // max(xs, default=d): the arguments in order, then d when xs is empty
        std::string l = fresh("rpy_l"), d = fresh("rpy_d");
        std::string s = "({ auto* " + l + " = " +
                        (impossible(t0) ? "(" + arg(0) + ", rpy::list_new<std::nullptr_t>(0))" : as_list_code(arg(0), t0, e.loc)) +
                        "; auto " + d + " = " + expr_as(*dflt, e.type) + "; ";
        if (impossible(item)) return s + d + "; })";
        std::string mx = is_max ? "true" : "false";
        std::string best = keycall && lesscall
                               ? "rpy::list_best_key(" + l + ", " + mx + ", " + key_lambda(item) + ", " + less_lambda(keycall->type) + ")"
                           : keycall  ? "rpy::list_minmax_key(" + l + ", " + mx + ", " + key_lambda(item) + ")"
                           : lesscall ? "rpy::list_best(" + l + ", " + mx + ", " + less_lambda(item) + ")"
                                      : "rpy::list_minmax(" + l + ", " + mx + ")";
        return s + l + "->len == 0 ? " + d + " : " + convert(best, item, e.type) + "; })";
      }
      if (impossible(item)) {
        if (a.size() == 1 && !impossible(t0))
          return "({ auto* rpy_l = " + as_list_code(arg(0), t0, e.loc) + "; if (rpy_l->len == 0) rpy::raise_value_error(\"" +
                 (is_max ? "max" : "min") + "() arg is an empty sequence\"); nullptr; })";
        std::string s = "(";
        for (size_t i = 0; i < a.size(); ++i) s += arg(i) + ", ";
        return s + default_value(item) + ")";
      }
      std::string lst;
      if (a.size() == 1) {
        lst = as_list_code(arg(0), t0, e.loc);
      } else {
        lst = "rpy::list_of<" + ctype(item) + ">({";
        for (size_t i = 0; i < a.size(); ++i) lst += (i ? ", " : "") + expr_as(*a[i], item);
        lst += "})";
      }
      if (keycall && lesscall)
        return "rpy::list_best_key(" + lst + ", " + (is_max ? "true" : "false") + ", " + key_lambda(item) + ", " +
               less_lambda(keycall->type) + ")";
      if (keycall) return "rpy::list_minmax_key(" + lst + ", " + (is_max ? "true" : "false") + ", " + key_lambda(item) + ")";
      if (lesscall) return "rpy::list_best(" + lst + ", " + (is_max ? "true" : "false") + ", " + less_lambda(item) + ")";
      return "rpy::list_minmax(" + lst + ", " + (is_max ? "true" : "false") + ")";
    }
    default:
      break;
  }
  fail(e.loc, std::string("internal: no code for builtin ") + annotate::builtin_name(id));
  return "0";
}

}  // namespace rpy::codegen
