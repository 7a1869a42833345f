// Numbers and tuples that may be None (annotate/optional_rules.cpp): rpy::Opt<T> (rpy/opt.hpp), a
// flag plus the value. A value flows in (None: the flag clear), is read through a check where the
// annotator put one (NarrowKind::NoneCheck: Python's TypeError for None) or directly where a test
// proved it is not None, and compares equal only to None or to an equal value.
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::TypeKind;
using ir::Expr;
using syntax::CmpOp;

// A C string literal of a message (its text is the annotator's: quotes, letters, operators).
static std::string c_message(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string Emitter::optional_convert(const std::string& code, TypeRef from, TypeRef to) {
  bool fo = annotate::is_optional_value(from), to_opt = annotate::is_optional_value(to);
  if (!fo && !to_opt) return "";
  TypeRef fv = annotate::strip_optional(tt, from), tv = annotate::strip_optional(tt, to);
  if (fo && to_opt) {
    if (annotate::same_type(fv, tv) || ctype(fv) == ctype(tv)) return code;
    return "rpy::opt_map<" + ctype(tv) + ">(" + code + ", [&](const auto& rpy_o) { return " + convert("rpy_o", fv, tv) + "; })";
  }
  if (to_opt) {
    return ctype(to) + "(" + convert(code, from, tv) + ")";
  }
  // A value that may be None where a value is needed, with no check the annotator placed (an
  // argument of a builtin): Python raises TypeError there too.
  if (to->kind == TypeKind::None || to->kind == TypeKind::Impossible) return "(" + code + ", nullptr)";
  return convert("rpy::opt_get(" + code + ", \"an operand is None ('NoneType') where a value is needed\")", fv, to);
}

void Emitter::note_none_peer(Expr& e) {
  if ((e.op != ir::ExprOp::BinOp && e.op != ir::ExprOp::Compare) || e.args.size() != 2) return;
  auto checked = [](const ir::ExprPtr& x) { return x->op == ir::ExprOp::Narrow && x->narrow == ir::NarrowKind::NoneCheck; };
  if (!checked(e.args[0]) || !checked(e.args[1])) return;
  Expr* l = e.args[0]->args[0].get();
  Expr* r = e.args[1]->args[0].get();
  auto plain = [](Expr* x) {  // a local, or a script's module variable (a field of its holder)
    bool read = (x->op == ir::ExprOp::Local && !x->defined) ||
                (x->op == ir::ExprOp::GetAttr && !x->check_defined && x->args[0]->op == ir::ExprOp::Const);
    return read && annotate::is_optional_value(x->type);
  };
  if (!plain(l) || !plain(r)) return;
  none_peer_[e.args[0].get()] = r;
  none_peer_[e.args[1].get()] = l;
}

std::string Emitter::optional_narrow(Expr& e) {
  Expr& x = *e.args[0];
  // A list, str or dict that may be None, read where Python needs its value: a null check.
  if (e.narrow == ir::NarrowKind::NoneCheck && x.type && x.type->nullable && !annotate::is_optional_value(x.type))
    return std::string(e.attribute_error ? "rpy::nonnull_or_raise_attr(" : "rpy::nonnull_or_raise(") + expr(x) + ", " + c_message(e.attr) +
           ")";
  if (!annotate::is_optional_value(x.type)) return "";
  TypeRef v = annotate::strip_optional(tt, x.type);
  if (e.narrow == ir::NarrowKind::NoneCheck) {
    std::string msg = c_message(e.attr);
    // Python's message names both operands' types: when both may be None, the other one's value
    // (a plain local, read without effects) picks it; C++ may check either operand first.
    auto peer = none_peer_.find(&e);
    size_t cut = e.attr.rfind("' and '");
    if (peer != none_peer_.end() && cut != std::string::npos) {
      bool left = e.attr.compare(cut, std::string::npos, "' and 'NoneType'") != 0;  // the right one's names 'NoneType' last
      std::string both = left ? e.attr.substr(0, cut) + "' and 'NoneType'"
                              : e.attr.substr(0, e.attr.rfind('\'', cut - 1) + 1) + "NoneType" + e.attr.substr(cut);
      msg = "((" + expr(*peer->second) + ").has ? " + msg + " : " + c_message(both) + ")";
    }
    return convert(std::string(e.attribute_error ? "rpy::opt_get_attr(" : "rpy::opt_get(") + expr(x) + ", " + msg + ")", v, e.type);
  }
  if (annotate::is_optional_value(e.type)) return convert(expr(x), x.type, e.type);
  return convert("(" + expr(x) + ").v", v, e.type);  // a test proved it is not None
}

// Its value, read through a check raising Python's TypeError with the message of that
// conversion in the program's dialect (Python checks the items as it formats them, after the
// tuple was built).
std::string Emitter::percent_checked(const std::string& code, char conv) {
  bool py2 = is_python2();
  std::string msg;
  if (std::string("eEfFgG").find(conv) != std::string::npos)
    msg = py2 ? "float argument required, not NoneType" : "must be real number, not NoneType";
  else if (conv == 'x' || conv == 'X' || conv == 'o')
    msg = std::string("%") + conv + (py2 ? " format: a number is required" : " format: an integer is required") + ", not NoneType";
  else  // d i u (Python 2 names %i %d)
    msg = std::string("%") + (py2 && conv == 'i' ? 'd' : conv) +
          (py2 ? " format: a number is required" : " format: a real number is required") + ", not NoneType";
  return "rpy::opt_get(" + code + ", " + c_message(msg) + ")";
}

bool Emitter::slice_bound_may_be_none(const Expr& b) { return annotate::is_optional_value(b.type); }

Emitter::SliceBound Emitter::slice_bound(Expr* b) {
  // None: the default bound; its expression, if it has effects, runs apart (emit_order.cpp)
  if (!b || !b->type || b->type->kind == TypeKind::None || b->type->kind == TypeKind::Impossible) return {"false", "0"};
  if (!slice_bound_may_be_none(*b)) return {"true", expr_as(*b, tt.integer())};
  std::string x = expr(*b);  // a local: operands read twice are held (emit_order.cpp)
  return {"(" + x + ").has", convert("(" + x + ").v", annotate::strip_optional(tt, b->type), tt.integer())};
}

std::string Emitter::optional_compare(Expr& e) {
  Expr& a = *e.args[0];
  Expr& b = *e.args[1];
  bool ao = annotate::is_optional_value(a.type), bo = annotate::is_optional_value(b.type);
  if (!ao && !bo) return "";
  // A class value that may be None against a class: the other side's class id.
  auto side = [&](Expr& x, bool optional) { return !optional && x.type && x.type->kind == TypeKind::Class ? class_id_code(x) : expr(x); };
  switch (e.cmp) {
    case CmpOp::Eq:
    case CmpOp::Is:
      return "rpy::opt_eq(" + side(a, ao) + ", " + side(b, bo) + ")";
    case CmpOp::NotEq:
    case CmpOp::IsNot:
      return "(!rpy::opt_eq(" + side(a, ao) + ", " + side(b, bo) + "))";
    case CmpOp::In:
    case CmpOp::NotIn:
      if (ao && b.type->kind == TypeKind::List) {
        std::string neg = e.cmp == CmpOp::NotIn ? "!" : "";
        return neg + "rpy::list_contains<" + ctype(b.type->listdef->find()->item) + ">(" + expr(b) + ", " + expr(a) + ")";
      }
      if (ao && b.type->kind == TypeKind::Tuple) return "";  // item by item with eq_mixed (emit_expr.cpp)
      fail(e.loc, "'in' with a value that may be None (" + annotate::describe(ao ? a.type : b.type) + ") is not supported yet");
      return "false";
    default:  // orderings: Python 3's operands were checked by the annotator (NoneCheck)
      if (!is_python2()) return "";
      return "(rpy::opt_cmp2(" + expr(a) + ", " + expr(b) + ") " + syntax::cmpop_symbol(e.cmp) + " 0)";
  }
}

}  // namespace rpy::codegen
