// Type rules for expressions, attributes and operators.
#include "annotate/annotator.hpp"
#include "annotate/bytes_rules.hpp"
#include "annotate/numbers.hpp"
#include "annotate/rlib_rules.hpp"
#include "modules/interp.hpp"
#include "modules/script.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::Graph;
using syntax::BinOp;
using syntax::CmpOp;

static bool impossible(TypeRef t) { return !t || t->kind == TypeKind::Impossible; }

// The builtin named q ("os.environ.get", "sys.stdout.flush") as a constant: one object per name,
// so that every use of it has one type.
m::Ref Annotator::native_builtin(const std::string& q) {
  static std::map<std::string, m::Ref> native_attrs;
  m::Ref& r = native_attrs[q];
  if (!r) r = std::make_shared<m::BuiltinObj>(q, nullptr);
  return r;
}

TypeRef Annotator::binop(BinOp op, TypeRef a, TypeRef b, Loc loc, bool inplace) {
  (void)inplace;
  if (impossible(a) || impossible(b)) return tt_.impossible();
  if (TypeRef r = rlib::binop(*this, op, a, b, loc)) return r;    // sized ints, bytearray
  if (TypeRef r = bytes3::binop(*this, op, a, b, loc)) return r;  // Python 3 bytes (bytes_rules.cpp)
  std::string why;
  if (TypeRef r = number_binop(tt_, op, a, b, why)) {  // a number whose kind is known at run time (numbers.cpp)
    if (!why.empty()) error(loc, why);
    return r;
  }
  // RPython's nonneg rules: + * // % & | >> of non-negative ints are non-negative (% by a
  // non-negative divisor is), & with one non-negative operand is.
  auto nn = [](TypeRef t) { return t->kind == TypeKind::Bool || (t->kind == TypeKind::Int && t->nonneg); };
  auto numeric_result = [&]() -> TypeRef {
    if (a->kind == TypeKind::Float || b->kind == TypeKind::Float) return tt_.floating();
    if (a->kind == TypeKind::UInt || b->kind == TypeKind::UInt) return tt_.uint();
    switch (op) {
      case BinOp::Add:
      case BinOp::Mul:
      case BinOp::FloorDiv:
      case BinOp::Div:
      case BinOp::BitOr:
      case BinOp::RShift:
        return tt_.integer(nn(a) && nn(b));
      case BinOp::Mod:
        return tt_.integer(nn(b));
      case BinOp::BitAnd:
        return tt_.integer(nn(a) || nn(b));
      default:
        return tt_.integer();
    }
  };
  if (is_numeric(a) && is_numeric(b)) {
    bool flt = a->kind == TypeKind::Float || b->kind == TypeKind::Float;
    switch (op) {
      case BinOp::Add:
      case BinOp::Sub:
      case BinOp::Mul:
      case BinOp::FloorDiv:
      case BinOp::Mod:
      case BinOp::Div:
      case BinOp::Pow:
        return numeric_result();
      case BinOp::TrueDiv:
        return tt_.floating();
      case BinOp::LShift:
      case BinOp::RShift:
      case BinOp::BitAnd:
      case BinOp::BitOr:
      case BinOp::BitXor:
        if (flt) break;
        if (a->kind == TypeKind::Bool && b->kind == TypeKind::Bool && op != BinOp::LShift && op != BinOp::RShift) return tt_.boolean();
        return numeric_result();
      default:
        break;
    }
  }
  if (op == BinOp::Add && is_stringlike(a) && is_stringlike(b)) return tt_.str();
  if (op == BinOp::Add && (a->kind == TypeKind::Unicode || a->kind == TypeKind::UniChar) &&
      (b->kind == TypeKind::Unicode || b->kind == TypeKind::UniChar))
    return tt_.unicode();
  if (op == BinOp::Mul && is_stringlike(a) && is_intlike(b)) return tt_.str();
  if (op == BinOp::Mul && a->kind == TypeKind::Unicode && is_intlike(b)) return tt_.unicode();
  if (op == BinOp::Mul && is_intlike(a) && is_stringlike(b)) return tt_.str();
  if (op == BinOp::Mod && is_stringlike(a)) {
    // Python 2: a unicode argument of %s makes the result unicode (RPython refuses the mix)
    bool uni_arg = b->kind == TypeKind::Unicode;
    if (b->kind == TypeKind::Tuple)
      for (TypeRef t : b->items) uni_arg = uni_arg || t->kind == TypeKind::Unicode;
    if (uni_arg && !interp().sources().py3()) return unicode_percent(b, loc);
    wants_str(b);
    return tt_.str();
  }
  if (op == BinOp::Mod && a->kind == TypeKind::Unicode) return unicode_percent(b, loc);
  if (op == BinOp::Add && (a->kind == TypeKind::List || b->kind == TypeKind::List) &&
      (a->kind == TypeKind::List || a->kind == TypeKind::Tuple) && (b->kind == TypeKind::List || b->kind == TypeKind::Tuple)) {
    // lists, or tuples of which one at least has an unknown length (vtuple_rules.cpp)
    UnionResult r = union_types(tt_, tt_.with_nullable(a, false), tt_.with_nullable(b, false), this);
    if (!r.type || r.type->kind != TypeKind::List) {
      error(loc, std::string(is_vtuple(a) || is_vtuple(b) ? "cannot concatenate these tuples: " : "cannot concatenate these lists: ") +
                     (r.type ? "a list and a tuple" : r.why));
      return tt_.impossible();
    }
    if (!is_vtuple(r.type)) r.type->listdef->find()->resized = true;
    return r.type;
  }
  if (op == BinOp::Mul && a->kind == TypeKind::List && is_intlike(b)) return tt_.with_nullable(a, false);
  if (op == BinOp::Mul && is_intlike(a) && b->kind == TypeKind::List) return tt_.with_nullable(b, false);
  if (op == BinOp::Add && a->kind == TypeKind::Tuple && b->kind == TypeKind::Tuple) {
    std::vector<TypeRef> items = a->items;
    items.insert(items.end(), b->items.begin(), b->items.end());
    return tt_.tuple(items);
  }
  if (a->kind == TypeKind::Dict && b->kind == TypeKind::Dict)
    if (TypeRef r = dict_binop(op, a, b, loc, inplace)) return r;
  error(loc, std::string("unsupported operand types for ") + syntax::binop_symbol(op) + ": " + describe(a) + " and " + describe(b));
  return tt_.impossible();
}

// unicode % args (RPython's mod of SomeUnicodeString): the result is unicode; each argument is
// a number, a unicode string, or a str (Python 2 decodes it as ASCII).
TypeRef Annotator::unicode_percent(TypeRef args, Loc loc) {
  std::vector<TypeRef> items;
  if (args->kind == TypeKind::Tuple)
    items = args->items;
  else
    items.push_back(args);
  for (TypeRef t : items) {
    switch (t->kind) {
      case TypeKind::Impossible:
      case TypeKind::Bool:
      case TypeKind::Int:
      case TypeKind::UInt:
      case TypeKind::Float:
      case TypeKind::Str:
      case TypeKind::Char:
      case TypeKind::Unicode:
        break;
      default:
        error(loc,
              "unicode % formats numbers, str and unicode, not " + describe(t) + " (rpy's limit: convert the value with unicode() first)");
        return tt_.impossible();
    }
  }
  return tt_.unicode();
}

// x becomes _rpy_itertools.<fname>(x), a generator of x's items; false when the library has no
// such function.
bool Annotator::wrap_in_items_generator(Expr& x, const char* fname, Loc loc) {
  m::Ref fn;
  try {
    fn = interp_.get_attr_or_null(interp_.loader().import_module("_rpy_itertools", loc), fname, loc);
  } catch (const m::PyException&) {
  } catch (const m::EvalError&) {
  }
  if (!fn || fn->kind != m::ObjKind::Function) return false;
  Loc at = x.loc;
  auto arg = std::make_unique<Expr>(std::move(x));
  Expr c(ExprOp::Call, at);
  auto callee = std::make_unique<Expr>(ExprOp::Const, at);
  callee->value = fn;
  c.args.push_back(std::move(callee));
  c.args.push_back(std::move(arg));
  x = std::move(c);
  changed_ = true;
  return true;
}

bool Annotator::by_index(TypeRef t) {
  if (!t || t->kind != TypeKind::Instance || !t->cls || !t->cls->cls) return false;
  const m::ClassObj* c = t->cls->obj();
  return !c->lookup("__iter__") && c->lookup("__getitem__");
}

TypeRef Annotator::iter_element(TypeRef it, Loc loc, Expr* iter_expr, Graph& g) {
  (void)iter_expr;
  (void)g;
  switch (it->kind) {
    case TypeKind::Impossible:
      return tt_.impossible();
    case TypeKind::List:
      return it->listdef->find()->item;
    case TypeKind::Char:
      return tt_.character();
    case TypeKind::Str:  // Python 3: a code point may take several bytes: a str of one code point
      return interp_.sources().py3() ? tt_.str() : tt_.character();
    case TypeKind::Unicode:
      return tt_.unicode();  // code points are unicode strings of length 1
    case TypeKind::Bytes:
      return tt_.int_nonneg();  // Python 3 bytes: ints 0..255
    case TypeKind::File:
      return it->bits == 8 ? tt_.bytes() : tt_.str();  // lines
    case TypeKind::Dict:
      return it->dictdef->find()->key;
    case TypeKind::Iterator:
      return it->items[0];
    case TypeKind::ByteArray:
      // Its items are ints 0..255 in both dialects. Python's iterator indexes the bytearray and
      // re-reads its length at each step (the loop may grow or shrink it): the iterable becomes
      // _rpy_itertools.bytearray_items(b), a generator doing that.
      if (iter_expr && wrap_in_items_generator(*iter_expr, "bytearray_items", loc))
        return iter_element(expr(*iter_expr, g), loc, iter_expr, g);
      error(loc, "iterating over a bytearray is supported in for loops, comprehensions and calls such as list(b) and sum(b) only");
      return tt_.impossible();
    case TypeKind::Class:
      if (m::Ref fn = iter_expr ? metaclass_method(it, "__iter__") : nullptr) {  // for x in AnEnum: Meta.__iter__(AnEnum)
        // Called as the metaclass's function: the class's own __iter__ (Flag's, for its members'
        // bits) is the one its instances iterate with, not the class.
        Loc at = iter_expr->loc;
        auto cls = std::make_unique<Expr>(std::move(*iter_expr));
        Expr c(ExprOp::Call, at);
        auto callee = std::make_unique<Expr>(ExprOp::Const, at);
        callee->value = fn;
        c.args.push_back(std::move(callee));
        c.args.push_back(std::move(cls));
        *iter_expr = std::move(c);
        changed_ = true;
        return iter_element(expr(*iter_expr, g), loc, iter_expr, g);
      }
      error(loc, "'" + describe(it) + "' is not iterable");
      return tt_.impossible();
    case TypeKind::Instance: {
      if (!iter_expr) {
        error(loc, "'" + describe(it) + "' is not iterable here");
        return tt_.impossible();
      }
      bool wrapped = iter_expr->op == ExprOp::Call && !iter_expr->args.empty() && iter_expr->args[0]->op == ExprOp::GetAttr &&
                     iter_expr->args[0]->attr == "__iter__";
      if (!wrapped && by_index(it) && wrap_in_items_generator(*iter_expr, "sequence_items", loc))
        return iter_element(expr(*iter_expr, g), loc, iter_expr, g);
      if (!wrapped) {
        wrap_method_call(*iter_expr, "__iter__");
        TypeRef r = expr(*iter_expr, g);
        if (r->kind != TypeKind::Instance) return iter_element(r, loc, iter_expr, g);
      }
      // An iterator instance (its __iter__ gave an instance) where zip(), enumerate(), list()...
      // take its items: a generator calling its next() until StopIteration, as they do.
      if (wrap_in_items_generator(*iter_expr, "instance_items", loc)) return iter_element(expr(*iter_expr, g), loc, iter_expr, g);
      error(loc, "iterating over an iterator instance (" + describe(it) + ") is only supported in for loops and comprehensions");
      return tt_.impossible();
    }
    case TypeKind::Tuple: {
      TypeRef r = tt_.impossible();
      for (auto t : it->items) {
        UnionResult u = union_types(tt_, r, t, this);
        if (!u.type) {
          error(loc, "iterating over a tuple needs items of one type: " + u.why);
          return tt_.impossible();
        }
        r = u.type;
      }
      return r;
    }
    default:
      error(loc, "'" + describe(it) + "' is not iterable");
      return tt_.impossible();
  }
}

// Whether a subclass of `cd` declares instance attribute `attr`.
static bool declared_below(ClassDef* cd, const std::string& attr) {
  for (ClassDef* s : cd->subclasses)
    if (s->attrs.count(attr) || declared_below(s, attr)) return true;
  return false;
}

TypeRef Annotator::getattr(Expr& e, TypeRef obj, Graph& g) {
  const std::string& name = e.attr;
  if (e.with_enter) obj = none_checked_with(e.args[0]);            // `with m:` where m may be None
  if (TypeRef r = rlib::lltype_getattr(*this, e, obj)) return r;   // llop.NAME
  if (TypeRef r = bytes3::getattr(*this, e, obj, name)) return r;  // b.decode, n.to_bytes
  // sys.stdin is typed as a file, but its `buffer` is the builtin sys.stdin.buffer (bytes3)
  if (name == "buffer" && e.args[0]->value && e.args[0]->value->kind == m::ObjKind::Builtin &&
      e.args[0]->value->as<m::BuiltinObj>()->name == "sys.stdin" && builtin_ids_.count("sys.stdin.buffer")) {
    e.value = native_builtin("sys.stdin.buffer");
    return type_of_const(e.value, e.loc);
  }
  switch (obj->kind) {
    case TypeKind::Impossible:
      return tt_.impossible();
    case TypeKind::Module: {
      auto* mo = obj->const_value->as<m::ModuleObj>();
      if (mo->is_builtin && mo->name == "sys" && name == "argv") {
        e.value = nullptr;  // the process's arguments, at run time (rpy::sys_argv)
        return tt_.list(argv_listdef());
      }
      auto it = mo->attrs.find(name);
      if (it == mo->attrs.end()) {
        error(e.loc, "module '" + mo->name + "' has no attribute '" + name + "'");
        return tt_.impossible();
      }
      e.value = it->second;  // constant-folded: codegen prints the constant
      return type_of_const(it->second, e.loc);
    }
    case TypeKind::Class: {
      if (!obj->const_value) return class_set_attr(e, obj);
      ClassDef* cd = classdef(obj->const_value);
      ClassDef* where = nullptr;
      m::Ref v = lookup_class_attr(cd, name, &where);
      if (!v && name == "__init__") {  // object.__init__, inherited: calling it does nothing
        if (!object_init_) object_init_ = std::make_shared<m::BuiltinObj>("object.__init__", nullptr);
        v = object_init_;
      }
      if (!v && name == "__name__") v = m::make_str(cd->name);  // C.__name__, cls.__name__ of a constant class
      if (name == "__rpy_str__" || name == "__rpy_repr__") {    // print(C): its text (class_values.cpp)
        if (!(v = class_text(cd, name, e.loc))) return tt_.impossible();
        e.value = v;
        return type_of_const(v, e.loc);
      }
      if (!v) {
        error(e.loc, "class " + cd->name + " has no attribute '" + name + "'");
        return tt_.impossible();
      }
      if (v->kind == m::ObjKind::Function) funcdesc(v)->method_of = where;
      if (TypeRef r = class_var_read(e, cd, where, false, g)) return r;  // rebound at run time
      e.value = v;
      return type_of_const(v, e.loc);
    }
    case TypeKind::Instance: {
      ClassDef* cd = obj->cls;
      AttrDef* a = find_attr(cd, name);
      // Read through a base class while subclasses store it: the attribute moves up to the base
      // (also over a class attribute of the same name, which becomes the base's default).
      if (!a && declared_below(cd, name) && cd->builtin) {
        // `except (AError, BError), e: e.msg`: e's class is their common base, a builtin exception
        // whose struct the runtime defines.
        error(e.loc, "attribute '" + name + "' is read through the builtin class " + cd->name +
                         " (here the common base of the classes a value may have, e.g. of `except (A, B), e`), and only its "
                         "subclasses define it: RPython accepts this (it moves the attribute to the base), but rpy cannot add "
                         "fields to a builtin exception class yet; give those classes a common base class of your own, or catch "
                         "them separately");
        return tt_.impossible();
      }
      if (!a && declared_below(cd, name)) a = generalize_attr(cd, name, e.loc);
      if (a) {
        a->read = true;
        // A script's variable read before an assignment may have run also reads its defined
        // flag (codegen's checked_module_var), so the flag's prebuilt value is emitted.
        if (e.check_defined)
          if (AttrDef* flag = find_attr(cd, m::script_defined_flag(name))) flag->read = true;
        e.value = nullptr;
        if (class_var_below_field(cd, name, e.loc)) return tt_.impossible();
        merge_class_defaults(cd, name, a, e.loc);
        return a->type ? a->type : tt_.impossible();
      }
      ClassDef* where = nullptr;
      m::Ref v = lookup_class_attr(cd, name, &where);
      if (v && (v->kind == m::ObjKind::Function)) return tt_.method(tt_.with_nullable(obj, false), name);
      if (!v) {
        // A method only subclasses define, read through the base (an abstract method, as
        // RPython's classdesc treats it): the call dispatches to the object's class.
        auto fam = method_family(cd, name);
        bool methods = !fam.empty();
        for (auto& [c, f] : fam) methods = methods && f->kind == m::ObjKind::Function;
        if (methods) return tt_.method(tt_.with_nullable(obj, false), name);
        // A property only subclasses define: read through each class's accessor (property_get).
        bool props = !fam.empty() && !cd->builtin;
        for (auto& [c, f] : fam) props = props && f->kind == m::ObjKind::Property;
        if (props) return property_get(e, cd, fam.front().second, g);
        if (TypeRef r = subclass_data_attr(e, cd, name, fam)) return r;
      }
      if (v && v->kind == m::ObjKind::Property) return property_get(e, cd, v, g);
      if (v)
        if (TypeRef r = class_var_read(e, cd, where, true, g)) return r;  // rebound at run time
      if (v) {
        // A class attribute read through an instance: a constant unless a subclass overrides it
        // (then a field initialised per class, as RPython's class-level attributes).
        for (auto& [c, val] : method_family(cd, name))
          if (!m::values_equal(val, v)) return class_attr_field(e, where, name);
        e.value = v;
        return type_of_const(v, e.loc);
      }
      // Attributes every builtin exception has (the runtime's BaseException fields).
      if (cd->is_exception && (name == "message" || name == "strerror")) return tt_.str();
      if (cd->is_exception && name == "errno") return tt_.integer();
      if (cd->is_exception && interp_.sources().py3() && (name == "__cause__" || name == "__context__")) {
        // Python 3's exception chaining: an exception of any class, or None (rpy::BaseException).
        if (name == "__context__" && !reads_exc_context) reads_exc_context = true, exc_context_read = e.loc;
        return tt_.with_nullable(tt_.instance(classdef(interp().builtin_class("BaseException"))), true);
      }
      if (cd->is_exception && interp_.sources().py3() && name == "__suppress_context__") return tt_.boolean();
      if (name == "code" && is_system_exit(cd)) return exit_code_type(e.loc);  // exit_rules.cpp
      if (cd->is_exception && name == "args") return exc_args_read(e, cd);     // exc_args_rules.cpp
      // Not seen yet: maybe a subclass or a later pass assigns it. No instance of cd or of a
      // subclass is ever made (a class the program only tests for, `x.__class__ is C`): the
      // read cannot run, and RPython accepts it (the attribute's value is impossible).
      if (final_ && !never_instantiated(cd)) {
        Diagnostic* d = error(e.loc, "'" + cd->name + "' instances have no attribute '" + name + "'");
        if (d) d->notes.push_back({cd->obj()->loc, "class " + cd->name + " is defined here"});
      }
      return tt_.impossible();
    }
    case TypeKind::List:
    case TypeKind::Str:
    case TypeKind::Char:
    case TypeKind::Unicode:
    case TypeKind::File:
    case TypeKind::Dict: {
      std::string kind = obj->kind == TypeKind::List   ? (obj->listdef->find()->deque ? "Deque" : "List")
                         : obj->kind == TypeKind::Dict ? (obj->dictdef->find()->is_set    ? "Set"
                                                          : obj->dictdef->find()->counter ? "Counter"
                                                          : obj->dictdef->find()->odict   ? "OrderedDict"
                                                                                          : "Dict")
                         : obj->kind == TypeKind::File ? "File"
                                                       : "Str";
      if ((kind == "Counter" || kind == "OrderedDict") && !builtin_ids_.count(kind + "." + name)) kind = "Dict";  // a Counter is a dict
      if (is_vtuple(obj) && name != "index" && name != "count") {  // a tuple is never changed
        error(e.loc, "'tuple' object has no attribute '" + name + "'");
        return tt_.impossible();
      }
      if (!builtin_ids_.count(kind + "." + name)) {
        error(e.loc, "'" + describe(obj) + "' object has no attribute '" + name + "' (or rpy cannot translate it)");
        return tt_.impossible();
      }
      none_checked_method(e.args[0], name);  // a list, str or dict that may be None: AttributeError
      return tt_.builtin_method(tt_.with_nullable(obj, false), name);
    }
    case TypeKind::Function:  // func_attrs.cpp
      return func_getattr(e, obj, g);
    case TypeKind::Iterator:
      if (name == "next" || name == "__next__" || (name == "throw" && obj->iter_kind == IterKind::Generator))
        return tt_.builtin_method(tt_.with_nullable(obj, false), name);
      error(e.loc, "'" + describe(obj) + "' has no attribute '" + name + "'");
      return tt_.impossible();
    case TypeKind::Tuple:
      if (is_optional_value(obj)) {  // a namedtuple that may be None: AttributeError when it is
        obj = none_checked(e.args[0], "'NoneType' object has no attribute '" + name + "'");
        e.args[0]->attribute_error = true;
      }
      if (TypeRef r = namedtuple_getattr(e, obj, g)) return r;  // p.x of a namedtuple
      // os.stat()/os.fstat() results are tuples with named fields.
      if (obj->items.size() == 10) {
        static const char* const kStat[] = {"st_mode", "st_ino",  "st_dev",   "st_nlink", "st_uid",
                                            "st_gid",  "st_size", "st_atime", "st_mtime", "st_ctime"};
        for (int i = 0; i < 10; ++i)
          if (name == kStat[i]) return obj->items[static_cast<size_t>(i)];
      }
      error(e.loc, "'" + describe(obj) + "' has no attribute '" + name + "'");
      return tt_.impossible();
    case TypeKind::Builtin: {
      // Attributes of native objects that are builtins themselves (os.environ.get).
      std::string q = obj->const_value->as<m::BuiltinObj>()->name + "." + name;
      if (builtin_ids_.count(q)) {
        e.value = native_builtin(q);
        return type_of_const(e.value, e.loc);
      }
      // A builtin the native object holds itself (itertools.chain.from_iterable): the
      // import-time value, a constant like any other attribute of a prebuilt object.
      m::Ref held;
      try {
        held = interp_.get_attr_or_null(obj->const_value, name, e.loc);
      } catch (const m::PyException&) {
        held = nullptr;
      } catch (const m::EvalError&) {
        held = nullptr;
      }
      if (held && held->kind == m::ObjKind::StaticMethod) held = static_cast<m::WrapperObj*>(held.get())->func;
      // A class method of a builtin type (dict.fromkeys): its function, which replacement_rules.cpp
      // puts a function of rpy's library in the place of
      if (held && held->kind == m::ObjKind::Method && held->as<m::MethodObj>()->func->kind == m::ObjKind::Builtin &&
          held->as<m::MethodObj>()->func->as<m::BuiltinObj>()->name == "dict.fromkeys")
        held = held->as<m::MethodObj>()->func;
      if (held && (held->kind == m::ObjKind::Builtin || (held->kind == m::ObjKind::Str && name.starts_with("__")))) {
        e.value = held;  // a builtin, or a name: type(x).__name__ of a builtin type is "float"
        return type_of_const(held, e.loc);
      }
      error(e.loc, "'" + describe(obj) + "' has no attribute '" + name + "'");
      return tt_.impossible();
    }
    default:
      if (obj->kind == TypeKind::None) {
        // The value is always None here: RPython's flow space refuses this too (getattr on the
        // constant None "always raises AttributeError").
        error(e.loc, "the value read is always None here, so reading its attribute '" + name +
                         "' always raises AttributeError (RPython refuses this too: its flow space finds that getattr(None, '" + name +
                         "') always raises)");
        return tt_.impossible();
      }
      error(e.loc, "'" + describe(obj) + "' has no attribute '" + name + "'");
      return tt_.impossible();
  }
}

// RPython's rule for prebuilt instances: only the attributes translated code reads become fields
// with values (a prebuilt object may hold anything Python can, a module, a builtin function, a
// dict mixing key types, in attributes the program reads only at import time). The attribute is
// declared now, so that reads find it; its value is typed when it is read (flush_prebuilt_attrs,
// each pass of the fixpoint), and codegen stores only the values of attributes read.
void Annotator::prebuilt_attr(TypeRef inst, const m::Ref& obj, const std::string& attr, Loc loc) {
  ClassDef* cd = inst->cls;
  AttrDef* a = find_attr(cd, attr);
  if (a && a->read) {
    TypeRef t = type_of_const(obj->as<m::InstanceObj>()->attrs[attr], loc);
    ReportNow now(report_now_);  // typed once: a conflict is reported whatever the pass
    setattr(inst, attr, t, loc);
    return;
  }
  if (!a) a = generalize_attr(cd, attr, loc);
  if (std::find(a->stored.begin(), a->stored.end(), cd) == a->stored.end()) a->stored.push_back(cd);
  pending_attrs_.push_back({inst, obj, attr, loc});
}

void Annotator::flush_prebuilt_attrs() {
  for (size_t i = 0; i < pending_attrs_.size();) {
    PendingAttr p = pending_attrs_[i];
    AttrDef* a = find_attr(p.inst->cls, p.attr);
    if (a && !a->read) {
      ++i;
      continue;
    }
    pending_attrs_.erase(pending_attrs_.begin() + static_cast<std::ptrdiff_t>(i));
    TypeRef t = type_of_const(p.obj->as<m::InstanceObj>()->attrs[p.attr], p.loc);
    ReportNow now(report_now_);
    setattr(p.inst, p.attr, t, p.loc);
    changed_ = true;
  }
}

// RPython's generalize_attr: an instance attribute lives in the highest class it is read or
// written through; declarations in subclasses move up to `cd`, their types merged.
AttrDef* Annotator::generalize_attr(ClassDef* cd, const std::string& attr, Loc loc) {
  AttrDef fresh;
  fresh.name = attr;
  fresh.type = tt_.impossible();
  std::function<void(ClassDef*)> pull = [&](ClassDef* c) {
    for (ClassDef* s : c->subclasses) {
      auto it = s->attrs.find(attr);
      if (it != s->attrs.end()) {
        merge_into(fresh.type, fresh.origins, it->second.type, loc, "attribute '" + attr + "'");
        for (auto& o : it->second.origins) fresh.origins.push_back(o);
        fresh.read |= it->second.read;
        for (ClassDef* k : it->second.stored)
          if (std::find(fresh.stored.begin(), fresh.stored.end(), k) == fresh.stored.end()) fresh.stored.push_back(k);
        s->attrs.erase(it);
      }
      pull(s);
    }
  };
  pull(cd);
  cd->attrs[attr] = fresh;
  changed_ = true;
  return &cd->attrs[attr];
}

void Annotator::setattr(TypeRef obj, const std::string& attr, TypeRef value, Loc loc) {
  if (obj->kind == TypeKind::Impossible) return;
  if (obj->kind != TypeKind::Instance) {
    if (obj->kind == TypeKind::Module || obj->kind == TypeKind::Class)
      error(loc, "cannot assign attribute '" + attr + "' of " + describe(obj) + ": modules and classes are constants after import");
    else
      error(loc, "cannot assign attribute '" + attr + "' of " + describe(obj));
    return;
  }
  // Python's assignment of these replaces the instance's class or namespace; rpy would store a
  // field of that name and go on with the instance as it was (a wrong answer).
  if (attr == "__class__" || attr == "__dict__") {
    error(loc, "assigning an instance's " + attr + " is not supported: in translated code an instance's class and fields are " +
                   "fixed when it is made; make a new instance of the class instead");
    return;
  }
  ClassDef* cd = obj->cls;
  if (slots_refuse_store(cd, attr, loc)) return;  // slots_rules.cpp
  AttrDef* a = find_attr(cd, attr);
  if (!a) a = generalize_attr(cd, attr, loc);
  if (std::find(a->stored.begin(), a->stored.end(), cd) == a->stored.end()) a->stored.push_back(cd);
  merge_into(a->type, a->origins, value, loc, "attribute '" + attr + "' of " + cd->name);
}

// The instantiated classes (cd and below) whose instances can never hold the instance attribute
// `name`: no class-level value, and never assigned through the class or a base of it (RPython
// gives such a read the field's zero value; Python raises AttributeError, which rpy keeps).
std::vector<ClassDef*> Annotator::classes_lacking(ClassDef* cd, const std::string& name) {
  std::vector<ClassDef*> out;
  AttrDef* a = find_attr(cd, name);
  if (!a) return out;
  std::function<void(ClassDef*)> walk = [&](ClassDef* c) {
    bool has = lookup_class_attr(c, name) != nullptr;
    for (ClassDef* k : a->stored) has = has || c->is_subclass_of(k);
    if (!has && c->instantiated && !c->builtin) out.push_back(c);
    for (ClassDef* s : c->subclasses) walk(s);
  };
  walk(cd);
  return out;
}

TypeRef Annotator::exception_type(Expr& cls_expr, Graph& g) { return expr(cls_expr, g); }

static TypeRef compare_type(Annotator& an, CmpOp op, TypeRef a, TypeRef b, Loc loc) {
  TypeTable& tt = an.types();
  if (impossible(a) || impossible(b)) return tt.boolean();
  switch (op) {
    case CmpOp::Is:
    case CmpOp::IsNot:
    case CmpOp::Eq:
    case CmpOp::NotEq:
      return tt.boolean();
    case CmpOp::In:
    case CmpOp::NotIn:
      if (is_stringlike(b) && is_stringlike(a)) return tt.boolean();
      if (b->kind == TypeKind::Unicode && (a->kind == TypeKind::Unicode || a->kind == TypeKind::UniChar)) return tt.boolean();
      if (b->kind == TypeKind::Builtin && b->const_value->as<m::BuiltinObj>()->name == "os.environ" && is_stringlike(a))
        return tt.boolean();
      if (b->kind == TypeKind::List || b->kind == TypeKind::Dict || b->kind == TypeKind::Tuple) return tt.boolean();
      if (b->kind == TypeKind::Instance) return tt.boolean();
      if (b->kind == TypeKind::Iterator) return tt.boolean();  // pulls items up to the match
      an.error(loc, "'in' is not supported between " + describe(a) + " and " + describe(b));
      return tt.boolean();
    default:
      if ((num_kinds(a) && num_kinds(b)) || (is_numeric(a) && is_numeric(b)) || (is_stringlike(a) && is_stringlike(b)) ||
          (a->kind == TypeKind::Tuple && b->kind == TypeKind::Tuple) ||
          (a->kind == TypeKind::List && b->kind == TypeKind::List && is_vtuple(a) == is_vtuple(b)) ||
          (is_vtuple(a) && b->kind == TypeKind::Tuple) || (a->kind == TypeKind::Tuple && is_vtuple(b)) ||
          (a->kind == TypeKind::Dict && b->kind == TypeKind::Dict && a->dictdef->find()->is_set && b->dictdef->find()->is_set) ||
          (a->kind == TypeKind::Unicode && b->kind == TypeKind::Unicode))
        return tt.boolean();
      an.error(loc, std::string("'") + syntax::cmpop_symbol(op) + "' is not supported between " + describe(a) + " and " + describe(b));
      return tt.boolean();
  }
}

// The value of an expression known at translation time: a constant (module globals and class
// attributes are constants after import) or a constant bool.
static m::Ref const_value_of(const Expr& x) {
  if ((x.op == ExprOp::Const || x.op == ExprOp::GetAttr) && x.value) return x.value;
  bool v;
  if (x.type && x.type->kind == TypeKind::Bool && const_truth(x.type, v)) return m::make_bool(v);
  return nullptr;
}

static bool is_simple_const(const m::Ref& v) {
  switch (v->kind) {
    case m::ObjKind::None:
    case m::ObjKind::Bool:
    case m::ObjKind::Int:
    case m::ObjKind::Float:
    case m::ObjKind::Str:
    case m::ObjKind::Unicode:
      return true;
    default:
      return false;
  }
}

// A comparison the types decide, as RPython's annotator folds it: two constants, or `x is None`
// where x cannot be None. Null when it is decided only at run time.
TypeRef Annotator::fold_compare(Expr& e, TypeRef a, TypeRef b) {
  if (impossible(a) || impossible(b)) return nullptr;
  bool is = e.cmp == CmpOp::Is, is_not = e.cmp == CmpOp::IsNot;
  if (is || is_not) {
    bool a_none = a->kind == TypeKind::None, b_none = b->kind == TypeKind::None;
    if (a_none && b_none) return tt_.bool_const(is);
    if ((a_none && !b->nullable) || (b_none && !a->nullable)) {
      if (a_none || b_none) return tt_.bool_const(is_not);
    }
  }
  m::Ref va = const_value_of(*e.args[0]), vb = const_value_of(*e.args[1]);
  auto by_identity = [](const m::Ref& v) { return v->kind == m::ObjKind::Class || v->kind == m::ObjKind::Function; };
  if (va && vb && (by_identity(va) || by_identity(vb)) && (is || is_not || e.cmp == CmpOp::Eq || e.cmp == CmpOp::NotEq)) {
    // two constant classes or functions (a specialize.arg parameter): the same object or not
    bool same = va.get() == vb.get();
    return tt_.bool_const((is || e.cmp == CmpOp::Eq) ? same : !same);
  }
  if (!va || !vb || !is_simple_const(va) || !is_simple_const(vb)) return nullptr;
  if (e.cmp == CmpOp::In || e.cmp == CmpOp::NotIn) return nullptr;
  if (is || is_not) {
    if (va->kind != m::ObjKind::None && vb->kind != m::ObjKind::None && va->kind != m::ObjKind::Bool) return nullptr;
    bool same = va->kind == vb->kind && m::values_equal(va, vb);
    return tt_.bool_const(is ? same : !same);
  }
  try {
    return tt_.bool_const(interp_.compare(e.cmp, va, vb, e.loc));
  } catch (...) {
    return nullptr;  // the interpreter refuses the comparison: left to the run-time rules
  }
}

// The type of a local where a test established a fact about it (RPython's knowntypedata).
TypeRef Annotator::narrow_type(TypeRef t, ir::NarrowKind k, Expr* classes) {
  if (impossible(t)) return t;
  switch (k) {
    case ir::NarrowKind::NotNone:
    case ir::NarrowKind::NoneCheck:
      if (t->kind == TypeKind::None) return tt_.impossible();
      return t->nullable ? tt_.with_nullable(t, false) : t;
    case ir::NarrowKind::IsNone:
      return t->kind == TypeKind::None || t->nullable ? tt_.none() : tt_.impossible();
    case ir::NarrowKind::NonNeg:
      return t->kind == TypeKind::Int ? tt_.int_nonneg() : t;
    case ir::NarrowKind::Receiver:
      return t->kind == TypeKind::BuiltinMethod ? t->items[0] : t;
    case ir::NarrowKind::IsClass:
    case ir::NarrowKind::NotClass:
      return narrow_class_value(t, k == ir::NarrowKind::IsClass, classes);
    case ir::NarrowKind::IsInstance: {
      if (!classes) return t;
      std::vector<Expr*> ks;
      if (classes->op == ExprOp::MakeTuple)
        for (auto& a : classes->args) ks.push_back(a.get());
      else
        ks.push_back(classes);
      if (t->kind != TypeKind::Instance) return tt_.with_nullable(t, false);  // builtin types: isinstance() decides
      TypeRef r = tt_.impossible();
      for (Expr* kx : ks) {
        if (!kx->value || kx->value->kind != m::ObjKind::Class) return tt_.with_nullable(t, false);  // object, builtins
        ClassDef* kc = classdef(kx->value);
        TypeRef one = t->cls->is_subclass_of(kc)   ? tt_.with_nullable(t, false)
                      : kc->is_subclass_of(t->cls) ? tt_.instance(kc)
                                                   : tt_.impossible();
        UnionResult u = union_types(tt_, r, one, this);
        r = u.type ? u.type : tt_.with_nullable(t, false);
      }
      return r;
    }
  }
  return t;
}

// The type of a read of a local: the union of the values that reach it, where that union keeps
// the variable's representation (an instance of a subclass, a value that is never None), else the
// variable's own type.
TypeRef Annotator::read_type(Expr& e, TypeRef var_type) {
  if (e.reaching.empty() || impossible(var_type)) return var_type;
  TypeRef u = tt_.impossible();
  for (const Expr* v : e.reaching) {
    TypeRef vt = !v ? var_type : v->type ? v->type : tt_.impossible();
    UnionResult r = union_types(tt_, u, vt, nullptr);
    if (!r.type) return var_type;
    u = r.type;
  }
  if (impossible(u) || u->kind != var_type->kind) return var_type;
  switch (u->kind) {
    case TypeKind::Instance:
      return u->cls->is_subclass_of(var_type->cls) ? u : var_type;
    case TypeKind::Str:
    case TypeKind::Unicode:
    case TypeKind::File:
      return u;
    case TypeKind::List:
    case TypeKind::Dict:
    case TypeKind::Function:  // one representation whether or not None may be here: `if f is not None: f.attr`
    case TypeKind::ByteArray:
    case TypeKind::Bytes:
      return tt_.with_nullable(var_type, u->nullable);
    case TypeKind::Int:
      return u;  // non-negative where only such values reach
    default:
      return var_type;
  }
}

TypeRef Annotator::expr(Expr& e, Graph& g) {
  TypeRef t = tt_.impossible();
  switch (e.op) {
    case ExprOp::Const:
      if (e.unbound) {
        error(e.loc, "name '" + e.attr + "' is not defined" + name_suggestion(e.attr, g));
        t = tt_.impossible();
        break;
      }
      t = type_of_const(e.value, e.loc);
      break;
    case ExprOp::Local: {
      // A script's read that no assignment reaches raises UnboundLocalError (codegen: its flag is
      // never set); when nothing assigns the variable at all, the read has no value (impossible).
      // An error: the read has no value, so its uses report nothing more (the variable's type,
      // from the assignments that come later, is not the read's).
      bool no_value = e.unbound && !(script && e.defined);
      if (no_value)
        error(e.loc, "local variable '" + e.var->name +
                         "' is read before any assignment to it reaches here (Python raises UnboundLocalError): a name assigned "
                         "anywhere in a function is local to all of it");
      bool reraises = !e.unbound_unless.empty();  // every with statement it depends on re-raises
      for (const Expr* test : e.unbound_unless) {
        bool v = false;
        if (!test->type || !const_truth(test->type, v) || !v) reraises = false;
      }
      if (reraises && final_) e.defined = nullptr;  // assigned on every path that goes on: no test
      // A closure's read of its enclosing function's cell tests the cell's flag (Python: NameError).
      bool free_cell = e.defined && e.defined->cell_of && std::find(g.captured.begin(), g.captured.end(), e.var) != g.captured.end();
      if (e.maybe_unbound && !e.unbound && !script && !reraises && !free_cell) {
        // RPython's flow space merges a defined and an undefined local into an undefined one, and
        // its LOAD_FAST of an undefined local is a FlowingError ("Local variable referenced
        // before assignment"). Scripts test a flag instead (ir/webs.cpp, codegen).
        std::string x = "'" + e.var->name + "'";
        if (Diagnostic* d = error(e.loc, "local variable " + x +
                                             " may be read before assignment: on some path to here it is unbound (Python raises "
                                             "UnboundLocalError); RPython refuses this too (flow space: \"Local variable referenced "
                                             "before assignment\"): assign it on every path, e.g. before the if or the loop")) {
          if (e.deleted_at.valid())
            d->notes.push_back({e.deleted_at, x + " is deleted here"});
          else if (e.var->loc.valid())
            d->notes.push_back({e.var->loc, x + " is assigned here, but not on every path to the read"});
        }
      }
      t = e.var->type && !no_value ? e.var->type : tt_.impossible();
      t = read_type(e, t);
      if (t != e.type) changed_ = true;  // a narrower read may grow without its variable changing
      break;
    }
    case ExprOp::Narrow: {
      TypeRef x = expr(*e.args[0], g);
      if (e.args.size() > 1) expr(*e.args[1], g);
      // A fact after an if holds when the branch that contradicts it cannot fall through.
      t = e.unless_falls && live_falls_through(*e.unless_falls) ? x
                                                                : narrow_type(x, e.narrow, e.args.size() > 1 ? e.args[1].get() : nullptr);
      break;
    }
    case ExprOp::Seq:
      for (auto& a : e.args) t = expr(*a, g);
      break;
    case ExprOp::SetLocal: {
      t = expr(*e.args[0], g);
      assign_var(e.var, t, e.loc);
      break;
    }
    case ExprOp::BinOp: {
      TypeRef a = expr(*e.args[0], g);
      TypeRef b = expr(*e.args[1], g);
      if (!int_member_binop_operands(e, a, b, g)) {  // IntEnum members (int_members.cpp)
        t = tt_.impossible();
        break;
      }
      if (e.binop == BinOp::Mod && is_stringlike(a)) {
        percent_int_members(e, g);
        percent_regex_flags(e, g);  // "%s" % re.I (regex_flags.cpp)
        b = e.args[1]->type;
      }
      if (e.binop == BinOp::Mod && is_stringlike(a) && has_class_value(b)) {  // "%s" % C (class_values.cpp)
        percent_class_values(e, g);
        b = e.args[1]->type;
      }
      check_none_operands(e, a, b);
      if (!impossible(a) && !impossible(b) && (t = special_binop(e, a, b, g))) break;
      t = binop(e.binop, a, b, e.loc, e.inplace);
      t = regex_flag_binop(e, a, b, t);  // re.I | re.M: a flag (regex_flags.cpp)
      if (e.binop == BinOp::Pow)         // int ** an int that may be negative may be a float (numbers.cpp)
        if (TypeRef p = int_pow_type(tt_, a, b, e.args[1].get())) t = p;
      if (e.inplace && a->kind == TypeKind::List && b->kind == TypeKind::List && e.binop == BinOp::Add) t = a;
      break;
    }
    case ExprOp::UnaryOp: {
      TypeRef a = expr(*e.args[0], g);
      // ~IntFlag.A is the class's __invert__ (a member); -member and +member are int's.
      if (int_member_operand(e.args[0], g, e.unop == syntax::UnaryOp::Invert ? "__invert__" : nullptr)) a = e.args[0]->type;
      if (impossible(a)) break;
      if (regex_flag_unop(e, a, g, t)) break;  // ~re.I (regex_flags.cpp)
      TypeRef unused = nullptr;
      check_none_operands(e, a, unused);
      if ((t = special_unop(e, a, g))) break;
      std::string why;
      if ((t = number_unop(tt_, e.unop, a, why))) {
        if (!why.empty()) error(e.loc, why);
        break;
      }
      if (e.unop == syntax::UnaryOp::Invert) {
        if (is_intlike(a) || a->kind == TypeKind::UInt)
          t = a->kind == TypeKind::UInt || is_sized_int(a) ? a : tt_.integer();
        else
          error(e.loc, "bad operand type for unary ~: " + describe(a));
      } else if (is_numeric(a)) {
        t = a->kind == TypeKind::Bool ? tt_.integer() : a;
      } else {
        error(e.loc, std::string("bad operand type for unary ") + syntax::unaryop_symbol(e.unop) + ": " + describe(a));
      }
      break;
    }
    case ExprOp::Not: {
      mark_condition(*e.args[0]);
      bool v;
      t = const_truth(tested(*e.args[0], g), v) ? tt_.bool_const(!v) : tt_.boolean();
      break;
    }
    case ExprOp::Compare: {
      if (rewrite_number_type_test(e, g)) {  // type(v) is int, v an int or a float (number_type_rules.cpp)
        t = expr(e, g);
        break;
      }
      if (e.cmp == CmpOp::In || e.cmp == CmpOp::NotIn) consumed_at_once(*e.args[1]);  // x in zip(a, b)
      TypeRef a = expr(*e.args[0], g);
      TypeRef b = expr(*e.args[1], g);
      // `x.__class__ is C`, `type(x) == C`: as RPython's annotator does (it narrows x to an
      // instance of C there), C takes its place in the class hierarchy even when it is never
      // instantiated, so that a method only C defines, read through a base class in code such a
      // test guards (`if is_atom(x): x.get_value()`), is found in the base's family.
      if (e.cmp == CmpOp::Is || e.cmp == CmpOp::IsNot || e.cmp == CmpOp::Eq || e.cmp == CmpOp::NotEq)
        for (TypeRef c : {a, b})
          if (a && b && a->kind == TypeKind::Class && b->kind == TypeKind::Class && c->const_value &&
              c->const_value->kind == m::ObjKind::Class)
            classdef(c->const_value);
      if (e.cmp == CmpOp::Eq || e.cmp == CmpOp::NotEq || e.cmp == CmpOp::Lt || e.cmp == CmpOp::LtE || e.cmp == CmpOp::Gt ||
          e.cmp == CmpOp::GtE) {  // IntEnum members compare as ints (int_members.cpp)
        bool ia = a && a->kind == TypeKind::Instance && a->cls && int_derived(a->cls);
        bool ib = b && b->kind == TypeKind::Instance && b->cls && int_derived(b->cls);
        bool other_num_a = a && (is_number_kind(a) || ia), other_num_b = b && (is_number_kind(b) || ib);
        if ((ia && other_num_b) || (ib && other_num_a)) {
          if (ia && int_member_operand(e.args[0], g, nullptr)) a = e.args[0]->type;
          if (ib && int_member_operand(e.args[1], g, nullptr)) b = e.args[1]->type;
        }
      }
      if ((e.cmp == CmpOp::In || e.cmp == CmpOp::NotIn) && a && b) {
        // `member in [1, 2]` tests ==, which compares an IntEnum member as its int; items that
        // are members looked up with an int (`2 in [Color.RED]`) would need each item's int.
        TypeRef item = b->kind == TypeKind::List ? b->listdef->find()->item : b->kind == TypeKind::Dict ? b->dictdef->find()->key : nullptr;
        bool ia = a->kind == TypeKind::Instance && a->cls && int_member_class(a->cls);
        bool iitem = item && item->kind == TypeKind::Instance && item->cls && int_member_class(item->cls);
        if (ia && item && is_number_kind(item)) {
          if (int_member_operand(e.args[0], g, nullptr)) a = e.args[0]->type;
        } else if (iitem && is_number_kind(a)) {
          error(e.loc, "a number looked up among IntEnum members (" + describe(b) +
                           ") is not supported: Python compares them as ints; look up int(member) values instead");
        }
      }
      check_none_operands(e, a, b);
      if (m::Ref fn =
              (e.cmp == CmpOp::In || e.cmp == CmpOp::NotIn) && b->kind == TypeKind::Class ? metaclass_method(b, "__contains__") : nullptr) {
        // x in AnEnum: Meta.__contains__(AnEnum, x), whatever the class's own __contains__ is
        bool negate = e.cmp == CmpOp::NotIn;
        auto c = std::make_unique<Expr>(ExprOp::Call, e.loc);
        auto callee = std::make_unique<Expr>(ExprOp::Const, e.loc);
        callee->value = fn;
        c->args.push_back(std::move(callee));
        c->args.push_back(std::move(e.args[1]));
        c->args.push_back(std::move(e.args[0]));
        e.args.clear();
        if (negate) {
          e.op = ExprOp::Not;
          e.args.push_back(std::move(c));
        } else {
          e = std::move(*c);
        }
        changed_ = true;
        t = expr(e, g);
        break;
      }
      if ((e.cmp == CmpOp::In || e.cmp == CmpOp::NotIn) && b->kind == TypeKind::Instance) {
        t = rewrite_contains(e, g);
        break;
      }
      if ((t = special_compare(e, a, b, g))) break;
      if (!(t = bytes3::compare(*this, e.cmp, a, b, e.loc))) t = compare_type(*this, e.cmp, a, b, e.loc);
      if (TypeRef folded = fold_compare(e, a, b)) t = folded;
      if ((e.cmp == CmpOp::In || e.cmp == CmpOp::NotIn) && b->kind == TypeKind::Dict) {
        DictDef* d = b->dictdef->find();
        merge_into(d->key, d->key_origins, a, e.args[0]->loc, d->is_set ? "the items of this set" : "the keys of this dict");
      }
      break;
    }
    case ExprOp::And:
    case ExprOp::Or: {
      TypeRef r = tt_.impossible();
      bool ok = true;
      // A constant operand that decides the result (False for `and`, True for `or`) makes the
      // operands after it dead: they are not annotated (RPython's flow space never sees them).
      bool is_and = e.op == ExprOp::And, decided = false, all_const = true;
      e.live = -1;
      for (size_t i = 0; i < e.args.size(); ++i) {
        TypeRef x = e.condition ? tested(*e.args[i], g) : expr(*e.args[i], g);
        if (!e.condition && i + 1 < e.args.size()) refuse_truth_value(*e.args[i], x, is_and ? "and" : "or");
        UnionResult u = union_types(tt_, r, x, this);
        if (!u.type)
          ok = false;
        else
          r = u.type;
        bool v;
        if (!const_truth(x, v)) {
          all_const = false;
        } else if (v != is_and) {
          decided = true;
          if (i + 1 < e.args.size()) e.live = static_cast<int>(i + 1);
          break;
        }
      }
      // Operands of different types: fine where only the truth value is used (a condition);
      // elsewhere the value is one of the operands, which needs one type.
      if (!ok && !e.condition) {
        Diagnostic* d = error(e.loc, std::string("the operands of '") + (e.op == ExprOp::And ? "and" : "or") +
                                         "' have incompatible types, and its value (one of them) is used here");
        if (d)
          for (auto& a : e.args)
            if (a->type) d->notes.push_back({a->loc, "this operand has type " + describe(a->type)});
      }
      t = ok ? r : tt_.boolean();
      e.kwnames = ok ? std::vector<std::string>{} : std::vector<std::string>{"truth"};
      if (e.condition && (decided || all_const)) t = tt_.bool_const(decided ? !is_and : is_and);
      break;
    }
    case ExprOp::IfExp: {
      mark_condition(*e.args[0]);
      bool v;
      e.live = -1;
      if (const_truth(tested(*e.args[0], g), v)) {  // only the branch the constant test selects runs
        e.live = v ? 1 : 2;
        t = expr(*e.args[e.live], g);
        break;
      }
      TypeRef a = expr(*e.args[1], g);
      TypeRef b = expr(*e.args[2], g);
      UnionResult u = union_types(tt_, a, b, this);
      if (!u.type) {
        Diagnostic* d = error(e.loc, "the two branches of this conditional expression have incompatible types: " + u.why);
        if (d) {
          d->notes.push_back({e.args[1]->loc, "this branch has type " + describe(a)});
          d->notes.push_back({e.args[2]->loc, "this branch has type " + describe(b)});
        }
      } else {
        t = u.type;
      }
      break;
    }
    case ExprOp::Call:
      t = call(e, g);
      break;
    case ExprOp::GetAttr:
      if (rewrite_number_type_name(e, g)) {  // type(v).__name__ (number_type_rules.cpp)
        t = expr(e, g);
        break;
      }
      t = getattr(e, expr(*e.args[0], g), g);
      break;
    case ExprOp::GetItem: {
      TypeRef obj = expr(*e.args[0], g);
      TypeRef idx = expr(*e.args[1], g);
      if (obj &&
          (obj->kind == TypeKind::List || obj->kind == TypeKind::Str || obj->kind == TypeKind::Unicode || obj->kind == TypeKind::Tuple) &&
          int_member_operand(e.args[1], g, nullptr))  // an IntEnum member as an index (int_members.cpp)
        idx = e.args[1]->type;
      check_none_operands(e, obj, idx);
      if (impossible(obj)) break;
      if ((t = rlib::getitem(*this, e, obj, idx))) break;  // bytearray
      if ((t = bytes3::getitem(*this, e, obj, idx))) break;
      t = tt_.impossible();
      // x[i] as the call x.__getitem__(i): a metaclass's method on a class, an overridden one on an instance.
      auto getitem_as_call = [&]() {
        auto ga = std::make_unique<Expr>(ExprOp::GetAttr, e.loc);
        ga->attr = "__getitem__";
        ga->args.push_back(std::move(e.args[0]));
        ir::ExprPtr index = std::move(e.args[1]);
        e.args.clear();
        e.op = ExprOp::Call;
        e.args.push_back(std::move(ga));
        e.args.push_back(std::move(index));
        e.targets.clear();
        changed_ = true;
        return call(e, g);
      };
      switch (obj->kind) {
        case TypeKind::List:
          if (!is_index(idx) && !impossible(idx)) error(e.args[1]->loc, "list indices must be integers, not " + describe(idx));
          t = obj->listdef->find()->item;
          break;
        case TypeKind::Str:
        case TypeKind::Char:
          if (!is_index(idx) && !impossible(idx)) error(e.args[1]->loc, "string indices must be integers, not " + describe(idx));
          t = obj->kind == TypeKind::Str && interp_.sources().py3() ? tt_.str() : tt_.character();  // Python 3: one code point
          break;
        case TypeKind::Unicode:
          if (!is_index(idx) && !impossible(idx)) error(e.args[1]->loc, "string indices must be integers, not " + describe(idx));
          t = tt_.unicode();
          break;
        case TypeKind::Dict: {
          // As in RPython, a lookup generalizes the keys ({'x': 1}['long'] makes them str).
          DictDef* d = obj->dictdef->find();
          merge_into(d->key, d->key_origins, idx, e.args[1]->loc, "the keys of this dict");
          t = d->find()->value;
          break;
        }
        case TypeKind::Tuple: {
          Expr& i = *e.args[1];
          if (i.op != ExprOp::Const || i.value->kind != m::ObjKind::Int) {
            // An index known only at run time reads an item of the items' one type (RPython
            // gives the union of the items, which must share a representation).
            // Items described alike share their representation; their union drops what only
            // some know (an int's sign).
            bool one_type = !obj->items.empty();
            TypeRef u = one_type ? obj->items[0] : nullptr;
            for (TypeRef it : obj->items) {
              one_type = one_type && describe(it) == describe(obj->items[0]);
              if (one_type) u = union_types(tt_, u, it, this).type;
              one_type = one_type && u;
            }
            if (one_type && (is_index(idx) || impossible(idx))) {
              t = u;
              break;
            }
            error(i.loc, one_type ? "tuple indices must be integers, not " + describe(idx)
                                  : "a tuple index that is not a constant needs items of one type (RPython), not " + describe(obj) +
                                        ": unpack the tuple (a, b = t), or use a list for items chosen at run time");
            break;
          }
          int64_t k = i.value->as<m::IntObj>()->value;
          if (k < 0) k += static_cast<int64_t>(obj->items.size());
          if (k < 0 || k >= static_cast<int64_t>(obj->items.size())) {
            error(i.loc, "tuple index out of range");
            break;
          }
          t = obj->items[k];
          break;
        }
        case TypeKind::Class:
          if (metaclass_method(obj, "__getitem__")) {  // AnEnum['NAME']: Meta.__getitem__(AnEnum, 'NAME')
            t = getitem_as_call();
            break;
          }
          error(e.loc, "'" + describe(obj) + "' object is not subscriptable");
          break;
        case TypeKind::Instance: {
          auto fam = method_family(obj->cls, "__getitem__");
          if (fam.empty()) {
            error(e.loc, "'" + obj->cls->name + "' object is not subscriptable (no __getitem__)");
            break;
          }
          if (fam.size() > 1) {
            // Overridden: obj.__getitem__(index), a method call (virtual when the receiver's class varies).
            t = getitem_as_call();
            break;
          }
          TypeRef r = tt_.impossible();
          e.targets.clear();
          for (auto& [cd, fn] : fam) {
            if (fn->kind != m::ObjKind::Function) continue;
            FuncDesc* fd = funcdesc(fn);
            fd->method_of = cd;
            Graph* tg = graph_for(fd, {tt_.instance(cd), idx}, e.loc);
            if (tg->params.size() != 2) {
              error(e.loc, "__getitem__ must take (self, index)");
              continue;
            }
            assign_var(tg->params[0], tt_.instance(cd), e.loc);
            assign_var(tg->params[1], idx, e.args[1]->loc);
            e.targets.push_back(tg);
            UnionResult u = union_types(tt_, r, tg->return_type, this);
            if (u.type) r = u.type;
          }
          e.cls = obj->cls;
          t = r;
          break;
        }
        case TypeKind::Builtin:
          if (obj->const_value->as<m::BuiltinObj>()->name == "os.environ") {
            if (!is_stringlike(idx) && !impossible(idx)) error(e.args[1]->loc, "os.environ keys must be strings, not " + describe(idx));
            t = tt_.str();
            break;
          }
          error(e.loc, "'" + describe(obj) + "' object is not subscriptable");
          break;
        default:
          error(e.loc, "'" + describe(obj) + "' object is not subscriptable");
      }
      break;
    }
    case ExprOp::GetSlice: {
      TypeRef obj = expr(*e.args[0], g);
      for (int i = 1; i <= 3; ++i)
        if (e.args[i]) slice_index(*e.args[i], g);
      if (impossible(obj)) break;
      if (obj->nullable && (obj->kind == TypeKind::List || obj->kind == TypeKind::Str || obj->kind == TypeKind::Unicode))
        obj = none_checked(e.args[0], interp_.sources().py3() ? "'NoneType' object is not subscriptable"
                                                              : "'NoneType' object has no attribute '__getitem__'");
      if ((t = rlib::getslice(*this, e, obj))) break;  // bytearray
      if ((t = bytes3::getslice(*this, obj))) break;
      t = tt_.impossible();
      if (obj->kind == TypeKind::List)
        t = tt_.with_nullable(obj, false);
      else if (is_stringlike(obj))
        t = tt_.str();
      else if (obj->kind == TypeKind::Unicode)
        t = tt_.unicode();
      else if (obj->kind == TypeKind::Tuple) {
        std::vector<size_t> pos;
        if (tuple_slice_positions(e, obj->items.size(), pos)) {
          std::vector<TypeRef> items;
          for (size_t p : pos) items.push_back(obj->items[p]);
          t = tt_.tuple(items);
        } else {
          error(e.loc, "a tuple can be sliced only with constant bounds (each slice has its own tuple type), as in RPython");
        }
      } else if (is_range_object(obj) && !obj->nullable) {
        t = range_object_slice(e, g);  // a range again (range_rules.cpp)
      } else
        error(e.loc, "'" + describe(obj) + "' cannot be sliced");
      break;
    }
    case ExprOp::MakeList: {
      ListDef* d = listdef_for(&e, nullptr);
      for (auto& a : e.args) {
        TypeRef x = expr(*a, g);
        d = d->find();
        merge_into(d->item, d->origins, x, a->loc, "the items of this list");
      }
      t = tt_.list(d->find());
      break;
    }
    case ExprOp::MakeTuple: {
      std::vector<TypeRef> items;
      for (auto& a : e.args) items.push_back(expr(*a, g));
      t = tt_.tuple(items);
      break;
    }
    case ExprOp::MakeDict:
    case ExprOp::MakeSet: {
      bool is_set = e.op == ExprOp::MakeSet;
      DictDef* d = dictdef_for(&e, nullptr, is_set ? tt_.none() : nullptr, is_set);
      if (e.attr == "$kwargs" && e.args.size() == e.extra.size()) {
        // A **kw parameter's dict (bind_args): str keys, whose values are the call's arguments
        // (annotated with the call); str keys even when empty, so that every call site agrees.
        merge_into(d->key, d->key_origins, tt_.str(), e.loc, "the keys of this dict");
        for (size_t i = 0; i < e.extra.size(); ++i) {
          expr(*e.args[i], g);
          d = d->find();
          merge_into(d->value, d->value_origins, e.extra[i]->type ? e.extra[i]->type : tt_.impossible(), e.extra[i]->loc,
                     "the values of this dict");
        }
        t = tt_.dict(d->find());
        break;
      }
      for (size_t i = 0; i < e.args.size(); i += is_set ? 1 : 2) {
        TypeRef k = expr(*e.args[i], g);
        d = d->find();
        merge_into(d->key, d->key_origins, k, e.args[i]->loc, "the keys of this dict");
        if (!is_set) {
          TypeRef v = expr(*e.args[i + 1], g);
          d = d->find();
          merge_into(d->value, d->value_origins, v, e.args[i + 1]->loc, "the values of this dict");
        }
      }
      t = tt_.dict(d->find());
      break;
    }
    case ExprOp::Comp:
      block(e.body, g);
      t = e.var->type ? e.var->type : tt_.impossible();
      break;
    case ExprOp::Yield:
      t = yield_expr(e, g);
      break;
    case ExprOp::FString:
      for (size_t i = 0; i < e.args.size(); ++i) expr(*e.args[i], g);
      fstring_format_methods(e, g);  // f"{d:%Y}": d.__format__('%Y') (format_method.cpp)
      for (size_t i = 0; i < e.args.size(); ++i) {
        TypeRef at = e.args[i]->type;
        if (i < e.conversions.size() && i < e.specs.size()) {  // f"{re.I}": its text; f"{re.I:>4}" its int (regex_flags.cpp)
          char c = e.conversions[i];
          if ((!c && e.specs[i].empty()) || c == 's' || c == 'r' || c == 'a') {
            if (regex_flag_as_text(e.args[i], g, "an f-string")) at = e.args[i]->type, e.conversions[i] = 0;
          } else {
            regex_flags_inside(at, e.args[i]->loc, "an f-string");
          }
        }
        wants_str(at);
        if (i >= e.conversions.size() || i >= e.specs.size()) continue;
        if (!e.conversions[i] && !e.specs[i].empty() && int_member_operand(e.args[i], g, nullptr)) continue;  // f"{member:>4}"
        char& conv = e.conversions[i];
        if (!class_value_as_text(e.args[i], conv == 'a' ? 'r' : conv, g)) continue;  // f"{C}": its text (class_values.cpp)
        conv = 0;
        if (!e.specs[i].empty()) error(e.args[i]->loc, "a format spec for a class value is not supported (Python raises TypeError)");
      }
      t = tt_.str();
      break;
    case ExprOp::MakeClosure:
      // A nested function takes the enclosing locals it reads when it is made: one that may be
      // unbound then would be read by it later (Python: NameError, or its value once assigned).
      // A default's value (`lambda x, d=v:`, a slot named $default.N) is read where the def runs,
      // as any read: UnboundLocalError there when v is unset.
      for (size_t i = 0; i < e.args.size(); ++i) {
        auto& a = e.args[i];
        const auto* fo = e.value && e.value->kind == m::ObjKind::Function ? e.value->as<m::FunctionObj>() : nullptr;
        if (fo && i < fo->captured.size() && fo->captured[i].rfind("$default.", 0) == 0) continue;
        if (a->op == ExprOp::Local && a->maybe_unbound && !a->var->boxed)
          error(a->loc, "nested function reads '" + a->var->name +
                            "' of the enclosing function, which may not be assigned yet where the nested function is defined: "
                            "rpy's nested functions take the enclosing values when they are made; assign it before the def");
      }
      t = make_closure(e, g);
      break;
    case ExprOp::ClosureDefault: {  // the environment's slot: the values the def computed
      FuncDesc* d = funcdesc(e.value);
      size_t slot = static_cast<size_t>(e.env_slot);
      t = slot < d->captured_types.size() && d->captured_types[slot] ? d->captured_types[slot] : tt_.impossible();
      break;
    }
  }
  e.type = t;
  return t;
}

// A slice bound: an int or None.
void Annotator::slice_index(Expr& e, Graph& g) {
  TypeRef x = expr(e, g);
  if (!is_index(x) && !impossible(x) && x->kind != TypeKind::None) error(e.loc, "slice indices must be integers, not " + describe(x));
}

bool tuple_slice_positions(const ir::Expr& slice, size_t n, std::vector<size_t>& out) {
  int64_t bound[3] = {0, 0, 1};
  bool given[3] = {false, false, false};
  for (int i = 0; i < 3; ++i) {
    const ir::Expr* b = slice.args.size() > size_t(i + 1) ? slice.args[i + 1].get() : nullptr;
    if (!b || (b->op == ir::ExprOp::Const && b->value && b->value->kind == m::ObjKind::None)) continue;
    if (b->op != ir::ExprOp::Const || !b->value) return false;
    if (b->value->kind == m::ObjKind::Int)
      bound[i] = b->value->as<m::IntObj>()->value;
    else if (b->value->kind == m::ObjKind::Bool)
      bound[i] = b->value->as<m::BoolObj>()->value;
    else
      return false;
    given[i] = true;
  }
  int64_t len = static_cast<int64_t>(n), step = bound[2];
  if (step == 0) return false;
  auto adjust = [&](int64_t v, int64_t lo, int64_t hi) {
    if (v < 0) v += len;
    return v < lo ? lo : v > hi ? hi : v;
  };
  int64_t start = given[0] ? adjust(bound[0], step < 0 ? -1 : 0, step < 0 ? len - 1 : len) : step < 0 ? len - 1 : 0;
  int64_t stop = given[1] ? adjust(bound[1], step < 0 ? -1 : 0, step < 0 ? len - 1 : len) : step < 0 ? -1 : len;
  out.clear();
  for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) out.push_back(static_cast<size_t>(i));
  return true;
}

}  // namespace rpy::annotate
