// Type rules of the builtin functions and methods listed in builtins.def.
#include <algorithm>
#include <unordered_set>

#include "annotate/annotator.hpp"
#include "annotate/bytes_rules.hpp"
#include "annotate/numbers.hpp"
#include "annotate/rlib_rules.hpp"

namespace rpy::annotate {

using ir::Expr;
using ir::Graph;

namespace {

// int(b), float(b) of a Python 3 bytes (not maybe None: that is Python's TypeError).
bool is_bytes_arg(const TypeRef& t) { return t && t->kind == TypeKind::Bytes && !t->nullable; }
bool is_plain_bytearray(const TypeRef& t) { return t && t->kind == TypeKind::ByteArray && !t->nullable; }

struct Rule {
  Annotator& a;
  Expr& e;
  std::vector<TypeRef>& args;
  const char* name;

  TypeTable& tt() { return a.types(); }
  size_t npos() const { return args.size() - e.kwnames.size(); }
  bool arity(size_t lo, size_t hi) {
    size_t n = npos();
    if (n < lo || n > hi) {
      std::string want = lo == hi ? std::to_string(lo) : std::to_string(lo) + " to " + std::to_string(hi);
      a.error(e.loc, std::string(name) + "() takes " + want + " argument" + (hi == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
      return false;
    }
    for (auto& k : e.kwnames)
      if (std::string(name) != "print" && std::string(name).find("rpython.rlib.jit") != 0) {
        a.error(e.loc, std::string(name) + "() does not take keyword arguments ('" + k + "')");
        return false;
      }
    return true;
  }
  Loc arg_loc(size_t i) const { return e.args.size() > i + 1 ? e.args[i + 1]->loc : e.loc; }
  bool expect(size_t i, bool ok, const std::string& what) {
    if (imp(args[i]) || ok) return true;
    a.error(arg_loc(i), std::string(name) + "() argument " + std::to_string(i + 1) + " must be " + what + ", not " + describe(args[i]));
    return false;
  }
};

}  // namespace

// isinstance(x, C): a constant when x's type decides it (RPython folds these, and the branch the
// constant rules out is never annotated).
TypeRef Annotator::isinstance_type(TypeRef t, Expr& classes) {
  std::vector<Expr*> ks;
  if (classes.op == ir::ExprOp::MakeTuple)
    for (auto& x : classes.args) ks.push_back(x.get());
  else
    ks.push_back(&classes);
  if (!t || t->kind == TypeKind::Impossible) return tt_.boolean();
  bool any_true = false, all_false = true;
  for (Expr* k : ks) {
    if (!k->value) return tt_.boolean();
    if (k->value->kind == modules::ObjKind::Builtin) {
      const std::string& n = k->value->as<modules::BuiltinObj>()->name;
      if (n == "object") {
        any_true = true;
        all_false = false;
        continue;
      }
      const bool py3 = interp().sources().py3();
      if (n == "range" && py3 && is_range_object(t)) {  // a Python 3 range object (range_rules.cpp)
        if (t->nullable) return tt_.boolean();
        any_true = true, all_false = false;
        continue;
      }
      if (t->kind == TypeKind::Instance) continue;  // an instance is never of a builtin type
      TypeKind tk = t->kind;
      if (tk == TypeKind::Number) {  // a number of several kinds: decided at run time unless its kinds decide
        uint8_t cover = n == "int" ? kNumBool | kNumInt : n == "bool" ? kNumBool : n == "float" ? kNumFloat : 0;
        if ((t->num_kinds & cover) == t->num_kinds) any_true = true, all_false = false;
        if ((t->num_kinds & cover) == t->num_kinds || !(t->num_kinds & cover)) continue;
        return tt_.boolean();
      }
      if (tk == TypeKind::Dict && t->dictdef->find()->is_set && (n == "set" || n == "frozenset")) {
        if (t->dictdef->find()->may_freeze) return tt_.boolean();  // the object's `frozen` decides
        if (n == "set") {
          if (t->nullable) return tt_.boolean();
          any_true = true, all_false = false;
        }
        continue;
      }
      bool r = (n == "int" && (tk == TypeKind::Int || tk == TypeKind::Bool)) || (n == "bool" && tk == TypeKind::Bool) ||
               (n == "float" && tk == TypeKind::Float) ||
               ((n == "str" || (n == "bytes" && !py3) || n == "basestring") && (tk == TypeKind::Str || tk == TypeKind::Char)) ||
               (n == "bytes" && tk == TypeKind::Bytes) ||  // Python 3's bytes; Python 2's is str
               ((n == "unicode" || n == "basestring") && (tk == TypeKind::Unicode || tk == TypeKind::UniChar)) ||
               (n == "list" && tk == TypeKind::List && !is_vtuple(t)) || (n == "tuple" && (tk == TypeKind::Tuple || is_vtuple(t))) ||
               (n == "dict" && tk == TypeKind::Dict && !t->dictdef->find()->is_set) ||
               (n == "set" && tk == TypeKind::Dict && t->dictdef->find()->is_set);
      if (r && t->nullable) return tt_.boolean();  // None is not a str: decided at run time
      if (r) any_true = true, all_false = false;
      continue;
    }
    if (k->value->kind != modules::ObjKind::Class) return tt_.boolean();
    int bits = 0;
    bool is_signed = true;
    if (rlib::sized_int_class(k->value, bits, is_signed)) {
      // isinstance(x, r_uint), r_uint32...: an unsigned or sized int is an instance of its class
      // (a plain signed word is not told from an r_longlong: both are ints here)
      bool word = t->kind == TypeKind::UInt || t->bits == 0;
      bool r = (t->kind == TypeKind::Int || t->kind == TypeKind::UInt) && (word ? 64 : t->bits) == bits &&
               (t->kind == TypeKind::Int && !t->is_unsigned) == is_signed && (bits != 64 || !is_signed);
      if (r) any_true = true, all_false = false;
      continue;
    }
    if (t->kind == TypeKind::Tuple && t->const_value) {  // a namedtuple: an instance of its class and its bases
      for (const modules::ClassObj* c : t->const_value->as<modules::ClassObj>()->mro)
        if (c == k->value.get()) any_true = true, all_false = false;
      continue;
    }
    if (t->kind != TypeKind::Instance) continue;  // a builtin value is never a program's instance
    ClassDef* kc = classdef(k->value);
    if (t->cls->is_subclass_of(kc)) {
      if (t->nullable) return tt_.boolean();
      any_true = true, all_false = false;
    } else if (kc->is_subclass_of(t->cls)) {
      all_false = false;  // decided at run time
    }
  }
  if (any_true) return tt_.bool_const(true);
  if (all_false) return tt_.bool_const(false);
  return tt_.boolean();
}

// The program asks for str()/repr() of values of type t (print, str, %, format...): the classes
// of the instances it may hold get their __str__/__repr__ annotated (implicit_methods). Classes
// whose instances are never turned into strings keep theirs unannotated, as RPython does.
void Annotator::wants_str(TypeRef t) {
  // A list or dict that holds itself (a recursive container type) is walked once.
  std::unordered_set<const void*> seen;
  std::function<void(TypeRef)> walk = [&](TypeRef t) {
    if (!t) return;
    switch (t->kind) {
      case TypeKind::Instance: {
        std::function<void(ClassDef*)> mark = [&](ClassDef* c) {
          if (!c->str_wanted) c->str_wanted = true, changed_ = true;
          for (ClassDef* s : c->subclasses) mark(s);
        };
        mark(t->cls);
        return;
      }
      case TypeKind::List:
        if (seen.insert(t->listdef->find()).second) walk(t->listdef->find()->item);
        return;
      case TypeKind::Dict:
        if (!seen.insert(t->dictdef->find()).second) return;
        walk(t->dictdef->find()->key);
        return walk(t->dictdef->find()->value);
      case TypeKind::Tuple:
        for (TypeRef i : t->items) walk(i);
        return;
      default:
        return;
    }
  };
  walk(t);
}

// min(x, 3) / max(x, 3) where one argument may be None: Python 3 compares each argument with the
// best one so far (`item < best` for min, `>` for max) and raises TypeError where one is None,
// naming both types: the argument is None-checked with that message. With several such arguments,
// or others of different types, the message depends on which is None: refused, as in Python 2,
// where None orders before every value.
bool Annotator::optional_min_max_arg(BuiltinId id, Expr& e, std::vector<TypeRef>& args) {
  size_t opt = args.size();
  for (size_t i = 0; i < args.size(); ++i)
    if (is_optional_value(args[i])) {
      if (opt != args.size() || !e.kwnames.empty() || e.star || e.args.size() != args.size() + 1 || !interp_.sources().py3()) {
        error(e.args[1 + i]->loc, std::string(builtin_name(id)) + "() of " + describe(args[i]) +
                                      " among several values that may be None is not supported yet: test `is None` first");
        return false;
      }
      opt = i;
    }
  if (opt == args.size()) return true;
  std::string other;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i == opt) continue;
    std::string n = python_type_name(args[i], true);
    if (!other.empty() && n != other) other = "?";
    if (other.empty()) other = n;
  }
  TypeRef plain = strip_optional(types(), args[opt]);
  if (other.empty() || other == "?" || args[opt]->kind == TypeKind::Number || other != python_type_name(plain, true)) {
    error(e.args[1 + opt]->loc, std::string(builtin_name(id)) + "() of " + describe(args[opt]) +
                                    " with values of other types is not supported yet: test `is None` first");
    return false;
  }
  const std::string op = id == BuiltinId::Min ? "<" : ">";
  // The first argument is the best so far when the second is compared with it.
  std::string msg =
      "'" + op + "' not supported between instances of " + (opt == 0 ? "'" + other + "' and 'NoneType'" : "'NoneType' and '" + other + "'");
  args[opt] = none_checked(e.args[1 + opt], msg);
  return true;
}

TypeRef Annotator::call_builtin_rules(BuiltinId id, Expr& e, std::vector<TypeRef>& args, Graph& g) {
  (void)g;
  if (bytes3::handles(*this, id, e, args, e.call_kind == ir::CallKind::BuiltinMethod))
    return bytes3::call_builtin(*this, id, e, args);                              // Python 3 bytes (bytes_rules.cpp)
  if (rlib::handles(id, args)) return rlib::call_builtin(*this, id, e, args, g);  // rlib_rules.cpp
  if (id == BuiltinId::Int || id == BuiltinId::Float || id == BuiltinId::Range || id == BuiltinId::XRange || id == BuiltinId::Abs ||
      id == BuiltinId::Chr || id == BuiltinId::Hex || id == BuiltinId::Oct || id == BuiltinId::Bin || id == BuiltinId::Divmod ||
      id == BuiltinId::Pow || id == BuiltinId::Round)
    for (size_t i = 0; i < args.size() && i + 1 < e.args.size(); ++i)  // IntEnum members are ints (int_members.cpp)
      if (int_member_operand(e.args[i + 1], g, nullptr)) args[i] = e.args[i + 1]->type;
  if (id == BuiltinId::Format || id == BuiltinId::StrFormat) format_int_members(id, e, args, g);  // int_members.cpp
  if ((id == BuiltinId::Str || id == BuiltinId::Repr || id == BuiltinId::Print) && printed_class_values(id, e, args, g))
    return call(e, g);                                                            // repr(C): str() of its text (class_values.cpp)
  if (id == BuiltinId::Format && format_builtin_method(e, g)) return call(e, g);  // x.__format__(spec) (format_method.cpp)
  if (id == BuiltinId::StrFormat) str_format_methods(e, g);                       // "{:%Y}".format(d) (format_method.cpp)
  if (id == BuiltinId::Str || id == BuiltinId::Repr || id == BuiltinId::Print || id == BuiltinId::Format || id == BuiltinId::StrFormat ||
      id == BuiltinId::Unicode)
    for (TypeRef t : args) wants_str(t);
  if (id == BuiltinId::Zip) switch (replace_zip_star(e, args)) {  // zip(*rows) (replacement_rules.cpp)
      case Replacement::Replaced:
        return call(e, g);
      case Replacement::Pending:
      case Replacement::Refused:
        return types().impossible();
      case Replacement::None:
        break;
    }
  if (id == BuiltinId::Zip || id == BuiltinId::Enumerate) switch (replace_lazy_zip(id, e, args)) {  // replacement_rules.cpp
      case Replacement::Replaced:
        return call(e, g);
      case Replacement::Pending:
      case Replacement::Refused:
        return types().impossible();
      case Replacement::None:
        break;
    }
  if (e.star && id != BuiltinId::Print && !spread_star_tuple(e, args, builtin_name(id), g)) return types().impossible();
  if (e.star && id == BuiltinId::Print) {
    // print(*x): a tuple's items are printed one by one; any other iterable through its list.
    size_t at = args.size() - e.kwnames.size() - 1;
    TypeRef t = args[at];
    if (t && t->kind != TypeKind::Impossible && t->kind != TypeKind::List && t->kind != TypeKind::Tuple)
      t = args[at] = as_list_arg(e, at + 1, g);
    if (t && t->kind == TypeKind::List) wants_str(t->listdef->find()->item);
    if (t && t->kind == TypeKind::Tuple)
      for (TypeRef i : t->items) wants_str(i);
  }
  if (io_handles(id, e.call_kind == ir::CallKind::BuiltinMethod && !args.empty() ? args[0] : nullptr))
    return call_io_builtin(id, e, args, g);
  if (is_dict_builtin(id)) return call_dict_builtin(id, e, args, g);
  if (is_atexit_builtin(id)) return call_atexit_builtin(id, e, args, g);
  if (is_signal_builtin(id)) return call_signal_builtin(id, e, args);
  if (is_float_bits_builtin(id)) return call_float_bits_builtin(id, e, args);
  if (is_collections_builtin(id)) return call_collections_builtin(id, e, args, g);
  if (id == BuiltinId::WarningsWarn) return call_warn(e, args);  // warnings_rules.cpp
  auto any_instance = [&] {
    for (const TypeRef& a : args)
      if (a && a->kind == TypeKind::Instance) return true;
    return false;
  };
  if (is_extra_builtin(id) ||
      ((id == BuiltinId::Min || id == BuiltinId::Max) && (args.size() == 1 || !e.kwnames.empty() || any_instance())))
    return call_extra_builtin(id, e, args, g);
  bool method = e.call_kind == ir::CallKind::BuiltinMethod;
  Rule r{*this, e, args, method ? builtin_name(id) : builtin_name(id)};
  TypeTable& tt = types();
  auto recv = [&]() { return args[0]; };
  auto is_str = [](TypeRef t) { return is_stringlike(t); };
  switch (id) {
    case BuiltinId::Len:
      if (!r.arity(1, 1)) break;
      if (modules::Ref fn = !imp(args[0]) && args[0]->kind == TypeKind::Class ? metaclass_method(args[0], "__len__") : nullptr) {
        // len(AnEnum): Meta.__len__(AnEnum), whatever the class's own __len__ is (Flag's)
        auto callee = std::make_unique<Expr>(ir::ExprOp::Const, e.args[0]->loc);
        callee->value = fn;
        e.args[0] = std::move(callee);
        reset_call(e);
        mark_changed();
        return call(e, g);
      }
      if (!imp(args[0]) && !(is_str(args[0]) || args[0]->kind == TypeKind::List || args[0]->kind == TypeKind::Dict ||
                             args[0]->kind == TypeKind::Tuple || args[0]->kind == TypeKind::Unicode || args[0]->kind == TypeKind::Instance))
        error(e.loc, "object of type " + describe(args[0]) + " has no len()");
      if (!imp(args[0]) && args[0]->kind == TypeKind::Instance) return rewrite_as_method(e, "__len__", g);
      return tt.int_nonneg();
    case BuiltinId::Range:
    case BuiltinId::XRange: {
      if (!r.arity(1, 3)) break;
      if (id == BuiltinId::Range)  // Python 3: a range object unless iterated at once (range_rules.cpp)
        if (TypeRef obj = range_object_call(e, g)) return obj;
      // An r_uint bound is accepted as RPython does (its range items are signed ints).
      for (size_t i = 0; i < args.size(); ++i) r.expect(i, imp(args[i]) || is_index(args[i]), "an int");
      // range() builds a list in Python 2; in a for loop it is a counted loop (codegen). Its
      // items are non-negative when it counts up from a non-negative start.
      bool nonneg = args.size() == 1 || (!imp(args[0]) && (args[0]->kind == TypeKind::Bool || args[0]->nonneg));
      if (args.size() == 3) {
        Expr& step = *e.args[3];
        nonneg = nonneg && step.op == ir::ExprOp::Const && step.value->kind == modules::ObjKind::Int &&
                 step.value->as<modules::IntObj>()->value > 0;
      }
      ListDef* d = listdef_for(&e, tt.integer(nonneg));
      merge_into(d->item, d->origins, tt.integer(nonneg), e.loc, "the items of this range");
      d = d->find();
      d->range = true;
      // Marked while the list comes from this call alone (its origins): once merged with another
      // list, the merge cleared it for good (types.cpp), not to be set again here.
      if (id == BuiltinId::Range && interp_.sources().py3() && std::all_of(d->origins.begin(), d->origins.end(), [&](const auto& o) {
            return o.first.file == e.loc.file && o.first.line == e.loc.line && o.first.col == e.loc.col;
          }))
        d->range3 = true;
      return tt.list(d);
    }
    case BuiltinId::Int:
    case BuiltinId::Long:
      if (!r.arity(0, 2)) break;
      if (args.size() == 2)
        r.expect(0, is_str(args[0]) || is_bytes_arg(args[0]) || (!interp_.sources().py3() && args[0]->kind == TypeKind::Unicode),
                 "a string when a base is given");
      if (!args.empty()) {  // Python 2's int() and long() also read unicode (its decimal digits, whitespace)
        bool uni = !interp_.sources().py3() && (args[0]->kind == TypeKind::Unicode || args[0]->kind == TypeKind::UniChar);
        r.expect(0, uni || is_number_kind(args[0]) || is_str(args[0]) || is_bytes_arg(args[0]), "a string or a number");
      }
      return tt.integer();
    case BuiltinId::Float:
      if (!r.arity(0, 1)) break;
      if (!args.empty() && e.args.size() == 2 && !imp(args[0])) {
        // float(obj) calls obj.__float__(), which must return a float (Python raises TypeError
        // for any other result): float(x) becomes float(x.__float__()), checked each round.
        auto float_call = [&] {
          const Expr& x = *e.args[1];
          return x.op == ir::ExprOp::Call && !x.args.empty() && x.args[0]->op == ir::ExprOp::GetAttr && x.args[0]->attr == "__float__";
        };
        if (!float_call() && args[0]->kind == TypeKind::Instance && special_method(args[0], "__float__") == Special::Defined) {
          wrap_method_call(*e.args[1], "__float__");
          args[0] = expr(*e.args[1], g);
        }
        if (float_call() && !imp(args[0]) && args[0]->kind != TypeKind::Float) {
          error(e.args[1]->loc, "__float__ returned " + describe(args[0]) + ": float() needs a float from it (Python raises TypeError)");
          return tt.floating();
        }
      }
      if (!args.empty())
        r.expect(0,
                 is_number_kind(args[0]) || is_str(args[0]) || is_bytes_arg(args[0]) || args[0]->kind == TypeKind::Unicode ||
                     args[0]->kind == TypeKind::UniChar,
                 "a string or a number");
      return tt.floating();
    case BuiltinId::Str:
    case BuiltinId::Repr:
      if (!r.arity(id == BuiltinId::Str ? 0 : 1, 1)) break;
      return tt.str();
    case BuiltinId::Bytes:
      if (!r.arity(1, 1)) break;
      r.expect(0, is_str(args[0]), "a str (bytes(s) of a str is the identity in RPython)");
      return tt.str();
    case BuiltinId::Bool:
      if (!r.arity(0, 1)) break;
      if (args.size() == 1 && e.args.size() == 2) tested(*e.args[1], g);
      return tt.boolean();
    case BuiltinId::Chr:
      if (!r.arity(1, 1)) break;
      r.expect(0, is_intlike(args[0]), "an int");
      if (interp().sources().py3()) return tt.str();  // Python 3: any code point (UTF-8 text)
      return tt.character();
    case BuiltinId::Ord:
      if (!r.arity(1, 1)) break;
      if (!args.empty() && !imp(args[0])) {
        r.expect(0, is_str(args[0]) || args[0]->kind == TypeKind::Unicode || args[0]->kind == TypeKind::UniChar, "a character");
        return tt.int_nonneg();
      }
      r.expect(0, is_str(args[0]) || args[0]->kind == TypeKind::Unicode || args[0]->kind == TypeKind::UniChar, "a character");
      return tt.integer();
    case BuiltinId::Abs:
      if (!r.arity(1, 1)) break;
      if (!imp(args[0]) && args[0]->kind == TypeKind::Instance && special_method(args[0], "__abs__") == Special::Defined)
        return rewrite_as_method(e, "__abs__", g);
      r.expect(0, is_number_kind(args[0]), "a number");
      if (std::string why; !imp(args[0]) && args[0]->kind == TypeKind::Number) return number_unop(tt, syntax::UnaryOp::Pos, args[0], why);
      return imp(args[0]) ? tt.impossible() : args[0]->kind == TypeKind::Bool ? tt.integer() : args[0];
    case BuiltinId::Min:
    case BuiltinId::Max: {
      if (!r.arity(1, 16)) break;
      if (args.size() == 1) {
        if (imp(args[0])) return tt.impossible();
        if (args[0]->kind == TypeKind::List) return args[0]->listdef->find()->item;
        error(e.loc, std::string(r.name) + "() of " + describe(args[0]) + " is not supported");
        break;
      }
      // An argument that never has a value (a call that always raises, the items of a list
      // nothing is stored in) makes the call unreachable, as in RPython's annotator.
      for (const TypeRef& a : args)
        if (imp(a)) return tt.impossible();
      if (!optional_min_max_arg(id, e, args)) return tt.impossible();
      TypeRef res = tt.impossible();
      for (size_t i = 0; i < args.size(); ++i) {
        if (args[i]->kind == TypeKind::Iterator) {  // min(zip(a, b), zip(c, d)): Python compares the iterator objects
          error(r.arg_loc(i), std::string(r.name) + "() of several arguments compares them, and an iterator (" + describe(args[i]) +
                                  ") has no order: Python raises TypeError ('" + (id == BuiltinId::Min ? "<" : ">") +
                                  "' not supported between instances); give min()/max() one iterable");
          return tt.impossible();
        }
        UnionResult u = union_types(tt, res, args[i], this);
        if (!u.type || !(is_number_kind(u.type) || is_str(u.type) || u.type->kind == TypeKind::Tuple || is_vtuple(u.type))) {
          error(r.arg_loc(i), std::string(r.name) + "() arguments must be numbers or strings of compatible types");
          return tt.impossible();
        }
        res = u.type;
      }
      // Python's result is the winning argument itself: max(3, 2.5) is the int 3, so arguments of
      // different kinds give a number whose kind is known at run time (the union above).
      return res;
    }
    case BuiltinId::Print: {
      if (std::find(e.kwnames.begin(), e.kwnames.end(), "file") != e.kwnames.end())
        if (TypeRef w = print_to_file(e, g)) return w;  // print_file_rules.cpp
      for (size_t i = 0; i < e.kwnames.size(); ++i) {
        const std::string& k = e.kwnames[i];
        TypeRef t = args[args.size() - e.kwnames.size() + i];
        if (k == "$softspace") continue;  // the print statement (lower.cpp)
        if (k == "file") {
          const Expr& f = *e.args[e.args.size() - e.kwnames.size() + i];
          std::string name = f.value && f.value->kind == modules::ObjKind::Builtin ? f.value->as<modules::BuiltinObj>()->name : "";
          bool statement = std::find(e.kwnames.begin(), e.kwnames.end(), "$softspace") != e.kwnames.end();
          if ((f.op != ir::ExprOp::Const && f.op != ir::ExprOp::GetAttr) || (name != "sys.stdout" && name != "sys.stderr"))
            error(f.loc, statement ? "print >>f must print to sys.stdout or sys.stderr in translated code (write to other files "
                                     "with their write method)"
                                   : "print() file= must be sys.stdout or sys.stderr in translated code (write to other "
                                     "files with their write method)");
          continue;
        }
        if (k != "end" && k != "sep" && k != "flush")
          error(e.loc, "print() keyword '" + k + "' is not supported (only sep, end, file and flush)");
        else if (k == "flush")
          continue;  // rpy's stdout is flushed before stderr is written and at exit
        else if (!imp(t) && !is_str(t) && t->kind != TypeKind::None)
          error(e.loc, "print() " + k + " must be a string");
      }
      return tt.none();
    }
    case BuiltinId::IsInstance: {
      if (!r.arity(2, 2)) break;
      auto check_cls = [&](Expr& c) {
        if (!c.value || (c.op != ir::ExprOp::Const && c.op != ir::ExprOp::GetAttr) ||
            (c.value->kind != modules::ObjKind::Class && c.value->kind != modules::ObjKind::Builtin))
          error(c.loc, "isinstance() needs a constant class (or a tuple of them) as its second argument");
        else if (c.value->kind == modules::ObjKind::Class)
          classdef(c.value);
      };
      Expr& c = *e.args[2];
      if (c.op == ir::ExprOp::MakeTuple)
        for (auto& x : c.args) check_cls(*x);
      else
        check_cls(c);
      return isinstance_type(args[0], c);
    }
    case BuiltinId::Hash:
      if (!r.arity(1, 1)) break;
      if (!imp(args[0]) && args[0]->kind == TypeKind::Instance && special_method(args[0], "__hash__") == Special::Defined)
        return rewrite_as_method(e, "__hash__", g);
      if (!imp(args[0]) && args[0]->kind == TypeKind::Tuple) note_hash(args[0]);  // its instances' __hash__
      if (is_vtuple(args[0])) note_hash(args[0]->listdef->find()->item);
      return tt.integer();
    case BuiltinId::List: {
      if (!r.arity(0, 1)) break;
      ListDef* d = listdef_for(&e, nullptr);
      d->resized = true;
      if (!args.empty() && !imp(args[0])) {
        TypeRef item = iter_element(args[0], r.arg_loc(0), e.args[1].get(), g);
        merge_into(d->item, d->origins, item, e.loc, "the items of this list");
      }
      return tt.list(d->find());
    }
    case BuiltinId::Tuple: {  // vtuple_rules.cpp
      if (!r.arity(0, 1)) break;
      if (args.empty()) return tt.tuple({});
      if (imp(args[0])) return tt.impossible();
      if (args[0]->kind == TypeKind::Tuple && args[0]->const_value) return tt.tuple(args[0]->items);  // a namedtuple's fields
      if (args[0]->kind == TypeKind::Tuple || is_vtuple(args[0])) return args[0];                     // the tuple itself
      ListDef* d = listdef_for(&e, nullptr);
      d->vtuple = true;
      TypeRef item = iter_element(args[0], r.arg_loc(0), e.args[1].get(), g);
      merge_into(d->item, d->origins, item, e.loc, "the items of this tuple");
      return tt.list(d->find());
    }
    case BuiltinId::OsWrite:  // Python 3's os.write takes bytes, its os.read gives bytes; Python 2's: str
      if (!r.arity(2, 2)) break;
      r.expect(0, is_intlike(args[0]), "an int (a file descriptor)");
      // Both dialects' take any bytes-like object: a bytearray too (its bytes as they are then).
      if (interp_.python() == 3)
        r.expect(1, is_bytes_arg(args[1]) || is_plain_bytearray(args[1]), "bytes");
      else
        r.expect(1, is_str(args[1]) || is_plain_bytearray(args[1]), "a str");
      return tt.integer();
    case BuiltinId::OsRead:
      if (!r.arity(2, 2)) break;
      r.expect(0, is_intlike(args[0]), "an int (a file descriptor)");
      r.expect(1, is_intlike(args[1]), "an int");
      return interp_.python() == 3 ? tt.bytes() : tt.str();
    case BuiltinId::OsOpen:
      if (!r.arity(2, 3)) break;
      r.expect(0, is_str(args[0]), "a str (a path)");
      r.expect(1, is_intlike(args[1]), "an int (flags)");
      if (args.size() > 2) r.expect(2, is_intlike(args[2]), "an int (mode)");
      return tt.integer();
    case BuiltinId::OsClose:
      if (!r.arity(1, 1)) break;
      r.expect(0, is_intlike(args[0]), "an int (a file descriptor)");
      return tt.none();
    case BuiltinId::SysExit:
      if (!r.arity(0, 1)) break;
      if (!args.empty() && !is_intlike(args[0]) && args[0]->kind != TypeKind::None && !is_stringlike(args[0]))
        r.expect(0, false, "an int, a str or None");
      else
        note_exit_code(args.empty() ? tt.none() : args[0], e.loc);  // exit_rules.cpp
      return tt.impossible();
    case BuiltinId::TimeTime:
    case BuiltinId::TimeClock:
      if (!r.arity(0, 0)) break;
      return tt.floating();
    case BuiltinId::MathFloor:
    case BuiltinId::MathCeil:
      // Python 3's math.floor/ceil return ints (of an int: the int itself); Python 2's floats.
      if (!r.arity(1, 1)) break;
      if (!imp(args[0]) && args[0]->kind == TypeKind::Instance && special_method(args[0], "__abs__") == Special::Defined)
        return rewrite_as_method(e, "__abs__", g);
      r.expect(0, is_number_kind(args[0]), "a number");
      if (interp().sources().py3()) return tt.integer();
      return tt.floating();
    case BuiltinId::MathLog:
      // math.log(x[, base]): log(x) / log(base), as CPython computes it.
      if (!r.arity(1, 2)) break;
      for (size_t i = 0; i < args.size(); ++i) r.expect(i, is_number_kind(args[i]), "a number");
      return tt.floating();
    case BuiltinId::MathSqrt:
    case BuiltinId::MathFabs:
    case BuiltinId::MathExp:
    case BuiltinId::MathSin:
    case BuiltinId::MathCos:
      if (!r.arity(1, 1)) break;
      if (!imp(args[0]) && args[0]->kind == TypeKind::Instance && special_method(args[0], "__abs__") == Special::Defined)
        return rewrite_as_method(e, "__abs__", g);
      r.expect(0, is_number_kind(args[0]), "a number");
      return tt.floating();
    case BuiltinId::MathPow:
      if (!r.arity(2, 2)) break;
      r.expect(0, is_number_kind(args[0]), "a number");
      r.expect(1, is_number_kind(args[1]), "a number");
      return tt.floating();

    // ---- list methods (args[0] is the receiver)
    case BuiltinId::ListAppend: {
      if (!r.arity(2, 2)) break;
      ListDef* d = recv()->listdef->find();
      d->resized = true;
      merge_into(d->item, d->origins, args[1], r.arg_loc(0), "the items of this list");
      return tt.none();
    }
    case BuiltinId::ListPop:
      if (!r.arity(1, 2)) break;
      if (args.size() > 1) r.expect(1, is_intlike(args[1]), "an int");
      recv()->listdef->find()->resized = true;
      return recv()->listdef->find()->item;
    case BuiltinId::ListExtend: {
      if (!r.arity(2, 2)) break;
      ListDef* d = recv()->listdef->find();
      d->resized = true;
      if (!imp(args[1])) {
        if (args[1]->kind == TypeKind::List) {
          UnionResult u = union_types(tt, tt.with_nullable(recv(), false), tt.with_nullable(args[1], false), this);
          if (!u.type)
            error(r.arg_loc(0), "list.extend() would add the items of " + describe(args[1]) + " to " + describe(recv()) + ": " + u.why);
        } else
          error(r.arg_loc(0), "list.extend() needs a list, not " + describe(args[1]));
      }
      return tt.none();
    }
    case BuiltinId::ListInsert: {
      if (!r.arity(3, 3)) break;
      ListDef* d = recv()->listdef->find();
      d->resized = true;
      r.expect(1, is_intlike(args[1]), "an int");
      merge_into(d->item, d->origins, args[2], r.arg_loc(1), "the items of this list");
      return tt.none();
    }
    case BuiltinId::ListReverse:
      if (!r.arity(1, 1)) break;
      recv()->listdef->find()->mutated = true;
      return tt.none();
    case BuiltinId::ListClear:  // Python 3 only: Python 2's list has no clear() or copy()
    case BuiltinId::ListCopy:
      if (!r.arity(1, 1)) break;
      if (!interp().sources().py3())
        error(e.loc, std::string("'list' object has no attribute '") + (id == BuiltinId::ListClear ? "clear" : "copy") +
                         "' in Python 2 (it is a Python 3 method): use " + (id == BuiltinId::ListClear ? "del l[:]" : "l[:]") + " instead");
      if (id == BuiltinId::ListCopy) return tt.with_nullable(recv(), false);  // a new list, of the same list type as l[:]
      recv()->listdef->find()->resized = true;
      return tt.none();
    case BuiltinId::ListIndex:
    case BuiltinId::ListCount:
      if (!r.arity(2, 2)) break;
      note_value_eq(recv()->listdef->find());
      return tt.integer();
    case BuiltinId::ListRemove:
      if (!r.arity(2, 2)) break;
      note_value_eq(recv()->listdef->find());
      recv()->listdef->find()->resized = true;
      return tt.none();

    // ---- str methods
    case BuiltinId::StrJoin:
      if (!r.arity(2, 2)) break;
      // sep.join(obj) of an iterable instance: of list(obj), as Python takes its items first
      if (args[1] && args[1]->kind == TypeKind::Instance) args[1] = as_list_arg(e, e.args.size() - 1, g);
      if (!imp(args[1]) &&
          !(args[1]->kind == TypeKind::List && (imp(args[1]->listdef->find()->item) || is_str(args[1]->listdef->find()->item))) &&
          !(args[1]->kind == TypeKind::Iterator && (imp(args[1]->items[0]) || is_str(args[1]->items[0]))))
        error(r.arg_loc(0), "str.join() needs a list of strings, not " + describe(args[1]));
      return tt.str();
    case BuiltinId::StrSplit: {
      if (!r.arity(1, 3)) break;
      if (args.size() > 1) r.expect(1, is_str(args[1]) || args[1]->kind == TypeKind::None, "a str");
      ListDef* d = listdef_for(&e, tt.str());
      return tt.list(d);
    }
    case BuiltinId::StrStrip:
    case BuiltinId::StrLStrip:
    case BuiltinId::StrRStrip:
      if (!r.arity(1, 2)) break;
      if (args.size() > 1) r.expect(1, is_str(args[1]) || args[1]->kind == TypeKind::None, "a str or None");
      return tt.str();
    case BuiltinId::StrStartswith:
    case BuiltinId::StrEndswith:
      if (!r.arity(2, 2)) break;
      r.expect(1, is_str(args[1]), "a str");
      return tt.boolean();
    case BuiltinId::StrFind:
    case BuiltinId::StrRFind:
    case BuiltinId::StrCount:
      if (!r.arity(2, 4)) break;
      r.expect(1, is_str(args[1]), "a str");
      for (size_t i = 2; i < args.size(); ++i) r.expect(i, is_intlike(args[i]) || args[i]->kind == TypeKind::None, "an int or None");
      return tt.integer();
    case BuiltinId::StrReplace:
      if (!r.arity(3, 3)) break;
      r.expect(1, is_str(args[1]), "a str");
      r.expect(2, is_str(args[2]), "a str");
      return tt.str();
    case BuiltinId::StrUpper:
    case BuiltinId::StrLower:
      if (!r.arity(1, 1)) break;
      return recv()->kind == TypeKind::Char ? tt.character() : tt.str();
    case BuiltinId::StrIsdigit:
    case BuiltinId::StrIsalpha:
    case BuiltinId::StrIsalnum:
    case BuiltinId::StrIsspace:
    case BuiltinId::StrIsupper:
    case BuiltinId::StrIslower:
      if (!r.arity(1, 1)) break;
      return tt.boolean();
    case BuiltinId::StrIsprintable:  // Python 3 only: Python 2's str has no isprintable()
      if (!r.arity(1, 1)) break;
      if (!interp().sources().py3()) error(e.loc, "'str' object has no attribute 'isprintable' in Python 2 (it is a Python 3 method)");
      return tt.boolean();
    case BuiltinId::StrIsdecimal:  // Python 3 only (Python 2's unicode has them, its str not)
    case BuiltinId::StrIsnumeric:
      if (!r.arity(1, 1)) break;
      if (!interp().sources().py3())
        error(e.loc, std::string("'str' object has no attribute '") + (id == BuiltinId::StrIsdecimal ? "isdecimal" : "isnumeric") +
                         "' in Python 2 (it is a Python 3 method)");
      return tt.boolean();
    case BuiltinId::StrEncode:
    case BuiltinId::StrDecode:
      if (!r.arity(1, 2)) break;
      return tt.str();
    case BuiltinId::WeAreTranslated:
      return tt.bool_const(true);
    case BuiltinId::WeAreJitted:
    case BuiltinId::JitIsConstant:
    case BuiltinId::JitIsVirtual:
      return tt.boolean();
    case BuiltinId::JitMergePoint:
      note_jit_merge_point(e);
      return tt.none();
    case BuiltinId::CanEnterJit:
    case BuiltinId::LoopHeader:
    case BuiltinId::JitSetParam:
      return tt.none();
    case BuiltinId::JitHint:
    case BuiltinId::JitPromote:
    case BuiltinId::JitPromoteString:
    case BuiltinId::JitPromoteUnicode:
      if (!r.arity(1, 1)) break;
      return args[0];
    case BuiltinId::ComputeHash:
    case BuiltinId::ComputeIdentityHash:
      if (!r.arity(1, 1)) break;
      return tt.integer();
    case BuiltinId::MakeSureNotResized:
    case BuiltinId::CheckNonneg:
      if (!r.arity(1, 1)) break;
      return tt.none();
    case BuiltinId::Intmask:
    case BuiltinId::RInt:
    case BuiltinId::RLongLong:
      if (!r.arity(1, 1)) break;
      r.expect(0, is_numeric(args[0]), "an integer");
      return tt.integer();
    case BuiltinId::RUint:
    case BuiltinId::RULongLong:
      if (!r.arity(1, 1)) break;
      r.expect(0, is_numeric(args[0]), "an integer");
      return tt.uint();
    case BuiltinId::Ovfcheck: {
      if (!r.arity(1, 1)) break;
      Expr& x = *e.args[1];
      bool ok = x.op == ir::ExprOp::BinOp &&
                (x.binop == syntax::BinOp::Add || x.binop == syntax::BinOp::Sub || x.binop == syntax::BinOp::Mul ||
                 x.binop == syntax::BinOp::LShift || x.binop == syntax::BinOp::FloorDiv || x.binop == syntax::BinOp::Mod);
      ok = ok || (x.op == ir::ExprOp::UnaryOp && x.unop == syntax::UnaryOp::Neg);
      if (!ok) error(x.loc, "ovfcheck() must be applied directly to an integer operation (a + b, a - b, a * b, a << b, -a, a // b, a % b)");
      return tt.integer();
    }
    case BuiltinId::Iter:
    case BuiltinId::Next:
    case BuiltinId::IterNext:
    case BuiltinId::IterDunderNext:
    case BuiltinId::IterThrow:
      return call_iter_builtin(id, e, args, g);
    case BuiltinId::Count:
      break;
    default:
      break;  // the dict, extra, io and iterator groups are dispatched before this switch
  }
  return tt.impossible();
}

}  // namespace rpy::annotate
