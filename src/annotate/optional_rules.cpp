// Values of value types that may be None: an int, float, bool, number or tuple merged with None
// (`best = None` then `best = (s, p)`; `memo = [None] * n` then `memo[k] = 5`; a function that
// returns an index or None). RPython refuses SomeInteger|None; Python programs rely on it, and its
// meaning is clear, so rpy keeps the value type with its nullable flag set (an "optional" value,
// rpy::Opt<T> at run time: a flag plus the value; docs/ARCHITECTURE.md, "Values that may be None").
//
// Tests narrow it as they narrow instances (`is None`, `is not None`, `== None`, a truth test,
// early return); an operation that needs the value where it may still be None (arithmetic, an
// order comparison, a subscript, a unary operator) reads it through a check (a Narrow node of kind
// NoneCheck around the operand) that raises Python's TypeError with Python's message.
#include <algorithm>

#include "annotate/annotator.hpp"

namespace rpy::annotate {

using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;
using syntax::CmpOp;

static bool value_kind(TypeRef t) {
  if (t->bits) return false;  // rarithmetic's sized ints keep RPython's rules
  switch (t->kind) {
    case TypeKind::Bool:
    case TypeKind::Int:
    case TypeKind::UInt:
    case TypeKind::Float:
    case TypeKind::Number:
    case TypeKind::Tuple:
    case TypeKind::Class:  // a class value (its id), e.g. the type argument of __exit__
      return true;
    default:
      return false;
  }
}

bool is_optional_value(TypeRef t) { return t && t->nullable && value_kind(t); }

// A list, str, dict, bytes, bytearray or file that may be None: a null pointer at run time, which a read of its items or
// of its length must check (Python's TypeError), and a method call (AttributeError), before it
// reaches the runtime.
bool is_nullable_container(TypeRef t) {
  if (!t || !t->nullable) return false;
  return t->kind == TypeKind::List || t->kind == TypeKind::Str || t->kind == TypeKind::Unicode || t->kind == TypeKind::Dict ||
         t->kind == TypeKind::Bytes || t->kind == TypeKind::File || t->kind == TypeKind::ByteArray;
}

TypeRef strip_optional(TypeTable& tt, TypeRef t) { return is_optional_value(t) ? tt.with_nullable(t, false) : t; }

// The nullable form of t: a value kind's optional form, a pointer kind's nullable form.
static UnionResult optional_of(TypeTable& tt, TypeRef t) {
  if (t->kind == TypeKind::None) return {t, ""};
  if (t->kind == TypeKind::Bool) return {tt.with_nullable(tt.boolean(), true), ""};  // a constant bool: any bool
  if (t->kind == TypeKind::Char) return {tt.str(true), ""};
  if (t->kind == TypeKind::UniChar) return {tt.unicode(true), ""};
  if (value_kind(t) || is_pointer_kind(t->kind)) return {tt.with_nullable(t, true), ""};
  return {nullptr, "None cannot be merged with " + describe(t) +
                       " (only numbers, tuples, instances, strings, lists, dicts and functions may be None)"};
}

bool union_optional(TypeTable& tt, TypeRef a, TypeRef b, Annotator* ann, UnionResult& out) {
  bool a_none = a->kind == TypeKind::None, b_none = b->kind == TypeKind::None;
  if (a_none && b_none) return false;
  if (a_none || b_none) {
    TypeRef other = a_none ? b : a;
    if (!value_kind(other)) return false;  // the pointer kinds' rules (types.cpp)
    out = optional_of(tt, other);
    return true;
  }
  if (!is_optional_value(a) && !is_optional_value(b)) return false;
  UnionResult r = union_types(tt, strip_optional(tt, a), strip_optional(tt, b), ann);
  out = r.type ? optional_of(tt, r.type) : r;
  return true;
}

// The name Python gives a value's type in its messages ('int', 'tuple', 'NoneType').
std::string python_type_name(TypeRef t, bool py3) {
  if (!t) return "object";
  switch (t->kind) {
    case TypeKind::None:
      return "NoneType";
    case TypeKind::Bool:
      return "bool";
    case TypeKind::Int:
      return "int";
    case TypeKind::UInt:
      return py3 ? "int" : "long";
    case TypeKind::Float:
      return "float";
    case TypeKind::Char:
    case TypeKind::Str:
      return "str";
    case TypeKind::UniChar:
    case TypeKind::Unicode:
      return py3 ? "str" : "unicode";
    case TypeKind::Bytes:
      return "bytes";
    case TypeKind::Tuple:
      return "tuple";
    case TypeKind::List:
      return "list";
    case TypeKind::Dict:
      return t->dictdef->find()->is_set ? "set" : "dict";
    case TypeKind::Instance:
      return t->cls ? t->cls->name : "object";
    default:
      return describe(t);
  }
}

// Wraps operand i of e in a checked read when its value may be None, or refreshes the message of
// the check put there before (the other operand's type may have grown since).
TypeRef Annotator::none_checked(ExprPtr& a, const std::string& msg) {
  if (a->op == ExprOp::Narrow && a->narrow == ir::NarrowKind::NoneCheck) {
    a->attr = msg;
    return a->type;
  }
  if (!is_optional_value(a->type) && !is_nullable_container(a->type)) return a->type;
  auto n = std::make_unique<Expr>(ExprOp::Narrow, a->loc);
  n->narrow = ir::NarrowKind::NoneCheck;
  n->attr = msg;
  n->type = tt_.with_nullable(a->type, false);
  n->args.push_back(std::move(a));
  a = std::move(n);
  changed_ = true;
  return a->type;
}

// The checks an operation's operands need where they may be None, with Python's message for each.
// The types are the operands' after expr(); the checked types are returned in them.
void Annotator::check_none_operands(Expr& e, TypeRef& a, TypeRef& b) {
  bool py3 = interp_.sources().py3();
  auto name = [&](TypeRef t) { return python_type_name(strip_optional(tt_, t), py3); };
  auto optional = [](const ExprPtr& x) {
    return is_optional_value(x->type) || (x->op == ExprOp::Narrow && x->narrow == ir::NarrowKind::NoneCheck);
  };
  switch (e.op) {
    case ExprOp::BinOp: {
      bool lc = is_nullable_container(e.args[0]->type), rc = is_nullable_container(e.args[1]->type);
      if (!optional(e.args[0]) && !optional(e.args[1]) && !lc && !rc) return;
      if (e.binop == syntax::BinOp::Mod && (is_stringlike(a) || a->kind == TypeKind::Unicode || a->kind == TypeKind::Bytes) &&
          (optional(e.args[1]) || rc)) {
        // `fmt % x` with x a single value that may be None (neither a tuple nor a dict when it is
        // not None) formats x as the one argument either way, as `fmt % (x,)` does: the
        // conversions print None for %s / %r and raise Python's TypeError for numbers.
        TypeRef sb = b ? strip_optional(tt_, b) : b;
        bool spread = sb && (sb->kind == TypeKind::Tuple || (sb->kind == TypeKind::Dict && !sb->dictdef->find()->is_set));
        if (!spread) {
          if (e.args[1]->op == ExprOp::Narrow && e.args[1]->narrow == ir::NarrowKind::NoneCheck) {
            ExprPtr inner = std::move(e.args[1]->args[0]);  // a check put there before the format was known
            e.args[1] = std::move(inner);
            changed_ = true;
          }
          return;
        }
        error(e.loc, "'%' formatting of " + describe(b) + " is not supported yet: test `is None` first (Python prints None for %s)");
        return;
      }
      std::string op = syntax::binop_symbol(e.binop);
      if (e.inplace) op += "=";
      if (e.binop == syntax::BinOp::Pow && (!e.inplace || !py3)) op = "** or pow()";  // Python 3 keeps `**=`
      std::string head = "unsupported operand type(s) for " + op + ": '";
      // Python's messages where the other operand is a sequence that is not None: it asks for a
      // count, or (a tuple on the left of +) for its own kind
      auto sequence = [&](const ExprPtr& x, TypeRef t) {
        return !optional(x) && t &&
               (is_stringlike(t) || t->kind == TypeKind::Unicode || t->kind == TypeKind::List || t->kind == TypeKind::Tuple);
      };
      bool left_seq = sequence(e.args[0], a), right_seq = sequence(e.args[1], b);
      bool mul = e.binop == syntax::BinOp::Mul;
      const std::string times = "can't multiply sequence by non-int of type 'NoneType'";
      a = none_checked(e.args[0], mul && right_seq ? times : head + "NoneType' and '" + name(b) + "'");
      std::string mb = head + name(a) + "' and 'NoneType'";
      if (mul && left_seq) mb = times;
      if (e.binop == syntax::BinOp::Add && left_seq && a->kind == TypeKind::Tuple)
        mb = "can only concatenate tuple (not \"NoneType\") to tuple";
      if (e.binop == syntax::BinOp::Add && left_seq && a->kind == TypeKind::List)
        mb = "can only concatenate list (not \"NoneType\") to list";
      if (e.binop == syntax::BinOp::Add && left_seq && is_stringlike(a) && !e.inplace)
        mb = py3 ? "can only concatenate str (not \"NoneType\") to str" : "cannot concatenate 'str' and 'NoneType' objects";
      b = none_checked(e.args[1], mb);
      return;
    }
    case ExprOp::UnaryOp:
      if (!optional(e.args[0])) return;
      a = none_checked(e.args[0], std::string("bad operand type for unary ") + syntax::unaryop_symbol(e.unop) + ": 'NoneType'");
      return;
    case ExprOp::Compare: {
      if (e.cmp == CmpOp::In || e.cmp == CmpOp::NotIn) {
        if (optional(e.args[1]) || is_nullable_container(e.args[1]->type))
          b = none_checked(e.args[1], "argument of type 'NoneType' is not iterable");  // both dialects' message
        // A str searched for a str that may be None (Python 2 coerces a unicode's operand instead).
        auto text = [&](TypeRef t) {
          return t && (t->kind == TypeKind::Str || t->kind == TypeKind::Char || (py3 && t->kind == TypeKind::Unicode));
        };
        if (text(b) && text(e.args[0]->type) && is_nullable_container(e.args[0]->type))
          a = none_checked(e.args[0], "'in <string>' requires string as left operand, not NoneType");  // both dialects' message
        return;
      }
      bool order = e.cmp == CmpOp::Lt || e.cmp == CmpOp::LtE || e.cmp == CmpOp::Gt || e.cmp == CmpOp::GtE;
      if (!order || (!optional(e.args[0]) && !optional(e.args[1]))) return;
      if (!py3) return;  // Python 2 orders None before every number (codegen: rpy::opt_cmp2)
      std::string head = std::string("'") + syntax::cmpop_symbol(e.cmp) + "' not supported between instances of '";
      a = none_checked(e.args[0], head + "NoneType' and '" + name(b) + "'");
      b = none_checked(e.args[1], head + name(a) + "' and 'NoneType'");
      return;
    }
    case ExprOp::GetItem: {
      if (optional(e.args[0]) || is_nullable_container(e.args[0]->type))
        a = none_checked(e.args[0], py3 ? "'NoneType' object is not subscriptable" : "'NoneType' object has no attribute '__getitem__'");
      TypeRef obj = strip_optional(tt_, a);
      if (!optional(e.args[1]) || imp(obj)) return;
      if (obj->kind == TypeKind::List || obj->kind == TypeKind::Tuple)
        b = none_checked(e.args[1],
                         std::string(obj->kind == TypeKind::List ? "list" : "tuple") +
                             (py3 ? " indices must be integers or slices, not NoneType" : " indices must be integers, not NoneType"));
      else if (obj->kind == TypeKind::Str || obj->kind == TypeKind::Char)
        b = none_checked(e.args[1],
                         py3 ? "string indices must be integers, not 'NoneType'" : "string indices must be integers, not NoneType");
      return;
    }
    default:
      return;
  }
}

// The message of Python's TypeError when the argument i (of n positional ones) of a builtin that
// iterates it is None; empty when the builtin does not iterate that argument.
static std::string iterated_arg_message(const std::string& builtin, size_t i, size_t n, bool py3) {
  static const char* const kFirst[] = {"list", "sorted", "tuple", "set", "frozenset", "sum", "enumerate", "any", "all", "dict", "iter"};
  const std::string not_iterable = "'NoneType' object is not iterable";
  for (const char* b : kFirst)
    if (builtin == b && i == 0) return not_iterable;
  if ((builtin == "min" || builtin == "max") && n == 1) return not_iterable;  // min(a, b) compares its arguments
  if (builtin == "filter" && i == 1) return not_iterable;
  if (builtin == "zip") return py3 ? not_iterable : "zip argument #" + std::to_string(i + 1) + " must support iteration";
  if (builtin == "map" && i >= 1) return py3 ? not_iterable : "argument " + std::to_string(i + 1) + " to map() must support iteration";
  if (builtin == "reversed" && i == 0) return py3 ? "'NoneType' object is not reversible" : "argument to reversed() must be a sequence";
  return "";
}

// A builtin given a value that may be None: the builtins that print or test it take it as it is;
// the ones that need a number read it through a check with Python's message; the others are
// refused rather than guessed at.
void Annotator::check_none_args(Expr& e, const std::string& builtin, std::vector<TypeRef>& args) {
  static const char* const kTakeAsIs[] = {"print", "str", "repr", "isinstance", "id", "type", "format"};
  for (const char* n : kTakeAsIs)
    if (builtin == n) return;
  bool py3 = interp_.sources().py3();
  size_t positional = e.args.size() - 1 - std::min(e.kwnames.size(), e.args.size() - 1);
  for (size_t i = 0; i < args.size() && i + 1 < e.args.size(); ++i) {
    ExprPtr& a = e.args[i + 1];
    bool checked = a->op == ExprOp::Narrow && a->narrow == ir::NarrowKind::NoneCheck;
    std::string iter_msg = i < positional && !e.star ? iterated_arg_message(builtin, i, positional, py3) : "";
    bool container = is_nullable_container(args[i]) && (builtin == "len" || !iter_msg.empty());
    if (!checked && !is_optional_value(args[i]) && !container) continue;
    std::string msg;
    if (builtin == "len" && !is_optional_value(args[i]))  // a list, str or dict that may be None
      msg = "object of type 'NoneType' has no len()";
    else if (!iter_msg.empty() && !is_optional_value(args[i]))
      msg = iter_msg;
    else if (builtin == "pow" && args.size() == 2 && e.kwnames.empty() && !e.star && !is_optional_value(args[1 - i]))
      // pow(a, b) as a ** b; when both may be None, the message depends on both: refused below
      msg = "unsupported operand type(s) for ** or pow(): '" +
            (i == 0 ? "NoneType' and '" + python_type_name(args[1], py3) : python_type_name(args[0], py3) + "' and 'NoneType") + "'";
    else if (builtin == "abs")  // (len() of a tuple is folded to its size: refused below)
      msg = "bad operand type for abs(): 'NoneType'";
    else if (builtin == "int")
      msg = py3 ? "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"
                : "int() argument must be a string or a number, not 'NoneType'";
    else if (builtin == "float")
      msg = py3 ? "float() argument must be a string or a real number, not 'NoneType'" : "float() argument must be a string or a number";
    else if (builtin == "range" && py3)
      msg = "'NoneType' object cannot be interpreted as an integer";
    if (msg.empty()) {
      error(a->loc, builtin + "() of " + describe(args[i]) + " is not supported yet: test `is None` first");
      continue;
    }
    args[i] = none_checked(a, msg);
  }
}

// `with m:` where m may be None: Python 3 raises TypeError "'NoneType' object does not support the
// context manager protocol" (3.11's words); Python 2 looks __exit__ up first: AttributeError
// "__exit__". The check is made where __enter__ is looked up, before anything else of the with.
TypeRef Annotator::none_checked_with(ExprPtr& receiver) {
  TypeRef t = receiver->type;
  if (!t || !t->nullable || t->kind == TypeKind::None || is_optional_value(t)) return t;
  if (receiver->op == ExprOp::Narrow && receiver->narrow == ir::NarrowKind::NoneCheck) return receiver->type;
  const bool py3 = interp_.sources().py3();
  auto n = std::make_unique<Expr>(ExprOp::Narrow, receiver->loc);
  n->narrow = ir::NarrowKind::NoneCheck;
  n->attr = py3 ? "'NoneType' object does not support the context manager protocol" : "__exit__";
  n->attribute_error = !py3;
  n->type = tt_.with_nullable(t, false);
  n->args.push_back(std::move(receiver));
  receiver = std::move(n);
  changed_ = true;
  return receiver->type;
}

void Annotator::none_checked_method(ExprPtr& receiver, const std::string& name) {
  if (!is_nullable_container(receiver->type)) return;
  none_checked(receiver, "'NoneType' object has no attribute '" + name + "'");
  receiver->attribute_error = true;
}

void Annotator::check_none_method_args(Expr& e, TypeRef recv, const std::string& name, std::vector<TypeRef>& args) {
  if (e.star || !e.kwnames.empty()) return;
  const bool list = recv->kind == TypeKind::List, dict = recv->kind == TypeKind::Dict;
  const bool str = recv->kind == TypeKind::Str || recv->kind == TypeKind::Char || recv->kind == TypeKind::Unicode;
  std::string msg;
  if ((list && name == "extend") || (dict && (name == "update" || name == "union" || name == "intersection" || name == "difference" ||
                                              name == "issubset" || name == "issuperset")))
    msg = "'NoneType' object is not iterable";
  else if (str && name == "join")
    msg = "can only join an iterable";
  if (str && msg.empty()) {
    // A str argument that may be None (each interpreter's message); split() and strip() take None
    // for whitespace.
    const bool py3 = interp_.sources().py3();
    if (!py3 && recv->kind == TypeKind::Unicode) return;  // Python 2 coerces to unicode: its own words, not checked here
    size_t nstr = 0;                                      // how many leading arguments must be strs
    if (name == "startswith" || name == "endswith") {
      nstr = 1;
      msg = name + " first arg must be " + (py3 ? "str or a tuple of str" : "str, unicode, or tuple") + ", not NoneType";
    } else if (name == "find" || name == "rfind" || name == "index" || name == "rindex" || name == "count" || name == "partition" ||
               name == "rpartition") {
      nstr = 1;
      msg = py3 ? "must be str, not NoneType" : "expected a string or other character buffer object";
    } else if (name == "replace") {
      nstr = 2;
      msg = py3 ? "replace() argument 1 must be str, not None" : "expected a string or other character buffer object";
    }
    for (size_t i = 0; i < nstr && i < args.size() && i + 1 < e.args.size(); ++i) {
      std::string m = py3 && name == "replace" ? "replace() argument " + std::to_string(i + 1) + " must be str, not None" : msg;
      if (is_nullable_container(args[i])) args[i] = none_checked(e.args[i + 1], m);
    }
    return;
  }
  if (msg.empty()) return;
  for (size_t i = 0; i < args.size() && i + 1 < e.args.size(); ++i)
    if (is_nullable_container(args[i])) args[i] = none_checked(e.args[i + 1], msg);
}

// `a, b = t` where t may be None: Python's TypeError before any target is assigned.
TypeRef Annotator::none_checked_unpack(ExprPtr& value) {
  bool py3 = interp_.sources().py3();
  return none_checked(value, py3 ? "cannot unpack non-iterable NoneType object" : "'NoneType' object is not iterable");
}

}  // namespace rpy::annotate
