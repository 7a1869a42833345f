// Instances of classes deriving from int (IntEnum's members, `class Op(IntEnum)`) used as ints:
// Python computes with the int they are (`Op.ADD + 1`, `x < Op.MUL`, `range(Color.RED)`, a list
// index, `int(op)`, `%d`). rpy types a member as an instance of its class (its name, its methods,
// its repr), so where an operation needs a number the operand becomes its `_value_`, the int the
// enum machinery (lib/std/enum.py) stores in every member. A class that defines the operator's
// special method keeps it (operator_rules.cpp).
#include <string_view>

#include "annotate/annotator.hpp"
#include "common/format_fields.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;

bool Annotator::int_derived(ClassDef* cd) {
  const m::TypeInfo* int_type = interp_.type_info(m::BuiltinType::Int);
  for (ClassDef* c = cd; c; c = c->base)
    if (c->obj()->builtin_base == int_type) return true;
  return false;
}

bool Annotator::int_member_class(ClassDef* cd) {
  if (!cd || !int_derived(cd)) return false;
  bool members = false;  // an enum's members: prebuilt instances holding _value_ (lib/std/enum.py)
  for (ClassDef* c = cd; c && !members; c = c->base) members = c->obj()->attrs.count("_member_map_") > 0;
  return members;
}

bool Annotator::int_member_operand(ExprPtr& x, ir::Graph& g, const char* special) {
  TypeRef t = x->type;
  if (!t || t->kind != TypeKind::Instance || !t->cls || !int_derived(t->cls)) return false;
  if (special && lookup_class_attr(t->cls, special, nullptr)) return false;  // the class's own operator
  if (!int_member_class(t->cls)) return false;
  Loc l = x->loc;
  auto ga = std::make_unique<Expr>(ExprOp::GetAttr, l);
  ga->attr = "_value_";
  ga->args.push_back(std::move(x));
  x = std::move(ga);
  expr(*x, g);
  changed_ = true;
  return true;
}

// The operands of `a op b` that are members of an int enum compute as their ints, unless the
// member's class defines the operator's method: IntFlag's `A | C` is Flag.__or__, which gives the
// member of that value (`<IP.A|C: 5>`), so a left operand keeps __op__ (__iop__ for `op=`) and a
// right operand keeps __rop__; `IP.A + 1` is int's (a plain int).
bool Annotator::int_member_binop_operands(Expr& e, TypeRef& a, TypeRef& b, ir::Graph& g) {
  const char* stem = binop_stem(e.binop);
  const std::string left = stem ? std::string("__") + stem + "__" : std::string();
  const std::string ileft = stem ? std::string("__i") + stem + "__" : std::string();
  const std::string right = stem ? std::string("__r") + stem + "__" : std::string();
  auto keeps = [&](TypeRef t, const std::string& name) {
    return stem && t && t->kind == TypeKind::Instance && t->cls && lookup_class_attr(t->cls, name, nullptr);
  };
  const bool left_own = keeps(a, left) || (e.inplace && keeps(a, ileft));
  // An IntEnum member on the left is int.__or__'s, which takes any int: Python tries the right
  // operand's __ror__ first only when the left is a plain int (IntFlag subclasses int).
  bool left_int = false;
  if (!left_own && int_member_operand(e.args[0], g, nullptr)) a = e.args[0]->type, left_int = true;
  if (e.binop == syntax::BinOp::Mod && is_stringlike(a)) return true;  // "%d" % member: percent_int_members
  // The left operand's own operator takes the right one as its int (Flag._other_value: a member
  // of its own class or any int), so that the method's parameter has one type. A member of
  // another flag class is shown inside the name by Python 3.11 (`<IP.A|<IQ.X: 2>: 3>`): refused.
  if (left_own && b && b->kind == TypeKind::Instance && b->cls && b->cls != a->cls && int_member_class(b->cls) && keeps(b, right)) {
    error(e.loc, "'" + std::string(syntax::binop_symbol(e.binop)) + "' between members of two flag classes (" + a->cls->name + " and " +
                     b->cls->name + ") is not supported: Python 3.11 names the result with the other member's repr; use the int value");
    return false;
  }
  if ((left_int || left_own || !keeps(b, right)) && int_member_operand(e.args[1], g, nullptr)) b = e.args[1]->type;
  return true;
}

// Whether no instance of cd or of a subclass of it is ever made (no call of the class, no
// prebuilt instance, no raise of it): its methods' reads of fields cannot run.
bool Annotator::never_instantiated(ClassDef* cd) {
  if (!cd || cd->instantiated || cd->is_exception) return false;
  for (ClassDef* s : cd->subclasses)
    if (!never_instantiated(s)) return false;
  return true;
}

// sum(members): the type each item adds as, the members' `_value_` (read from here on), or null
// when the items are not members of an int enum, or their class defines __radd__/__add__.
TypeRef Annotator::sum_int_member_item(TypeRef item) {
  if (!item || item->kind != TypeKind::Instance || item->nullable || !item->cls || !int_member_class(item->cls)) return nullptr;
  if (lookup_class_attr(item->cls, "__radd__", nullptr) || lookup_class_attr(item->cls, "__add__", nullptr)) return nullptr;
  AttrDef* a = find_attr(item->cls, "_value_");
  if (!a || !a->type) return nullptr;
  a->read = true;
  return a->type;
}

// Whether a constant %-format converts every value as a number or with str() (no %r, %a),
// which give an IntEnum member's int text.
static bool percent_without_repr(const std::string& f) {
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] != '%') continue;
    size_t j = i + 1;
    if (j < f.size() && f[j] == '(') j = f.find(')', j);  // %(name)s
    if (j == std::string::npos) return false;
    while (j < f.size() && std::string_view("#0- +*.123456789lh(").find(f[j]) != std::string_view::npos) ++j;
    if (j < f.size() && (f[j] == 'r' || f[j] == 'a')) return false;
    i = j;
  }
  return true;
}

// `"%d" % member`, `"%s/%x" % (a, b)`: the members among the values become their ints.
void Annotator::percent_int_members(Expr& e, ir::Graph& g) {
  Expr& fmt = *e.args[0];
  if (fmt.op != ExprOp::Const || !fmt.value || fmt.value->kind != m::ObjKind::Str) return;
  if (!percent_without_repr(fmt.value->as<m::StrObj>()->value)) return;
  if (e.args[1]->op == ExprOp::MakeTuple) {
    bool any = false;
    for (auto& a : e.args[1]->args) any = int_member_operand(a, g, nullptr) || any;
    if (any) expr(*e.args[1], g);
    return;
  }
  int_member_operand(e.args[1], g, nullptr);
}

// Whether every replacement field of a constant str.format() string formats its value itself:
// no conversion to repr (`!r`, `!a`), no attribute or item of it (`{0.name}`, `{0[1]}`). An
// IntEnum member formats as its int there: __format__ is format(_value_, spec), and with no spec,
// str(member) is the int's text.
static bool format_fields_plain(const std::string& f, FieldDialect d) {
  FormatScan scan = scan_format_string(f, d);
  for (const FormatPiece& p : scan.pieces) {
    if (!p.present) continue;
    if (!p.name.path.empty() || (!p.conversion.empty() && p.conversion != "s")) return false;
    if (p.spec_nested && !format_fields_plain(p.spec, d)) return false;  // its nested fields ({:{w}})
  }
  return true;
}

// `"{:>4}".format(member)`, `format(member, "03d")`: the members among the values become their ints.
void Annotator::format_int_members(BuiltinId id, Expr& e, std::vector<TypeRef>& args, ir::Graph& g) {
  if (e.args.size() < 2) return;
  if (id == BuiltinId::Format) {
    if (int_member_operand(e.args[1], g, nullptr) && !args.empty()) args[0] = e.args[1]->type;
    return;
  }
  const Expr& callee = *e.args[0];
  if (callee.op != ExprOp::GetAttr || callee.args.empty()) return;
  const Expr& recv = *callee.args[0];
  if (recv.op != ExprOp::Const || !recv.value || recv.value->kind != m::ObjKind::Str) return;
  const bool py2 = interp_.python() == 2;
  if (!format_fields_plain(recv.value->as<m::StrObj>()->value, FieldDialect{py2, !py2})) return;
  for (size_t i = 1; i < e.args.size(); ++i)
    if (int_member_operand(e.args[i], g, nullptr) && i < args.size()) args[i] = e.args[i]->type;
}

}  // namespace rpy::annotate
