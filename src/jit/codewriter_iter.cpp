// `for` loops over iterables the codewriter has no index loop for (docs/JIT.md 6.3): iterators
// (generators, reversed(), iter()), dicts, sets and their views, tuples, lists of tuples
// (enumerate(), zip()) and Python 3 strs. The loop holds an rpy::Iterator<E>* in a ref register,
// made by a helper that visits what codegen's loop over the same iterable visits, and steps it
// with a residual call returning (more, element...).
#include "jit/codewriter.hpp"

namespace rpy::jit {

using annotate::BuiltinId;
using annotate::TypeKind;

// The part of a dict a loop visits: runtime/rpy/dict_iter.hpp's TableWhat.
enum DictPart { kDictKeys = 0, kDictValues = 1, kDictItems = 2 };

static std::string iter_kinds(Codewriter& cw, TypeRef t) {
  std::string s;
  for (TypeRef c : cw.components(t, {})) s += char_of_kind(cw.kind_of(c));
  return s;
}

uint16_t Codewriter::iter_helper(const std::string& make, TypeRef src, const std::string& name) {
  CallOut c;
  c.arg_kinds = iter_kinds(*this, src);
  c.result_kinds = "r";
  c.body = "r[0] = rpy::jit::w(" + make + ");";
  c.name = name;
  c.flags = 0;  // makes an iterator object; iterating starts at the first step
  return add_call(c);
}

uint16_t Codewriter::step_helper(TypeRef elem) {
  CallOut c;
  c.arg_kinds = "r";
  c.result_kinds = "i" + iter_kinds(*this, elem);
  c.body = "rpy::jit::step_into(rpy::jit::unw<rpy::Iterator<" + ctype(elem) + ">*>(a[0]), r);";
  c.name = "next of an iterator over " + annotate::describe(elem);
  return add_call(c);  // can raise: a generator's body runs
}

// The C++ reading the iterable's words (a tuple: one word per item) as a value of type t.
static std::string iterable_arg(Codewriter& cw, TypeRef t) {
  if (t->kind == TypeKind::Tuple) return "rpy::jit::unw_tuple<" + cw.ctype(t) + ">(a)";
  return "rpy::jit::unw<" + cw.ctype(t) + ">(a[0])";
}

// Which of a dict's keys, values or items the loop visits, and the dict expression; null when
// the iterable is not one (codegen's emit_dict_for makes the same decision: its loop visits the
// live entries, not a list of them, even when the annotator types the call as a list).
ir::Expr* dict_loop_source(Codewriter& cw, ir::Expr& it, int& what) {
  TypeRef t = it.type;
  what = kDictKeys;
  if (t->kind == TypeKind::Dict) return &it;
  if (it.op != ir::ExprOp::Call || it.call_kind != ir::CallKind::BuiltinMethod) return nullptr;
  auto id = static_cast<BuiltinId>(it.builtin_id);
  switch (id) {
    case BuiltinId::DictKeys:
    case BuiltinId::DictIterkeys:
      break;
    case BuiltinId::DictValues:
    case BuiltinId::DictItervalues:
      what = kDictValues;
      break;
    case BuiltinId::DictItems:
    case BuiltinId::DictIteritems:
      what = kDictItems;
      break;
    default:
      return nullptr;
  }
  ir::Expr* src = it.args[0]->args[0].get();
  if (!src->type || src->type->kind != TypeKind::Dict) return nullptr;
  // Python 2's keys()/values()/items() are lists made when the loop starts: the list loop.
  if (!cw.ann.interp().sources().py3() && t->kind == TypeKind::List &&
      (id == BuiltinId::DictKeys || id == BuiltinId::DictValues || id == BuiltinId::DictItems))
    return nullptr;
  return src;
}

TypeRef Codewriter::loop_elem(ir::Expr& it, TypeRef var_type) {
  TypeRef t = it.type;
  if (!t) return nullptr;
  auto& tt = ann.types();
  if (t->kind == TypeKind::Iterator) return t->items[0];
  int what = kDictKeys;
  if (ir::Expr* src = dict_loop_source(*this, it, what)) {
    auto* dd = src->type->dictdef->find();
    return what == kDictKeys ? dd->key : what == kDictValues ? dd->value : tt.tuple({dd->key, dd->value});
  }
  if (t->kind == TypeKind::Tuple) return var_type;
  if (t->kind == TypeKind::List) return t->listdef->find()->item;
  if (t->kind == TypeKind::Str && ann.interp().sources().py3()) return tt.str();
  if (t->kind == TypeKind::Unicode) return tt.unicode();                       // (Python 2: code points, as unicode)
  if (t->kind == TypeKind::File) return t->bits == 8 ? tt.bytes() : tt.str();  // lines (a binary file's: bytes)
  return nullptr;
}

RegRef GraphWriter::iterator_of(ir::Expr& it, TypeRef var_type, TypeRef& elem) {
  TypeRef t = it.type;
  auto& tt = cw_.ann.types();
  auto fresh = [&](const Val& v) {
    RegRef r = new_reg(kRef);
    copy_into(r, v.at(0));
    return r;
  };
  if (t->kind == TypeKind::Iterator) {
    elem = t->items[0];
    return fresh(expr(it));
  }
  int what = kDictKeys;
  if (ir::Expr* src = dict_loop_source(cw_, it, what)) {
    auto* dd = src->type->dictdef->find();
    elem = what == kDictKeys ? dd->key : what == kDictValues ? dd->value : tt.tuple({dd->key, dd->value});
    Val d = expr(*src);
    std::string make = "rpy::jit::iter_table<" + cw_.ctype(elem) + ", " + std::to_string(what) + ">(" + iterable_arg(cw_, src->type) + ")";
    TypeRef itype = tt.iterator(annotate::IterKind::List, elem);
    return call_descr(cw_.iter_helper(make, src->type, "iterator over a " + annotate::describe(src->type)), {d}, {itype}, true, 0).at(0);
  }
  std::string make;
  if (t->kind == TypeKind::Tuple) {
    // the items converted to the loop variable's type, as codegen's array of them
    elem = var_type;
    std::string ct = cw_.ctype(var_type), v = iterable_arg(cw_, t);
    make = "({ auto rpy_t = " + v + "; auto* rpy_l = rpy::list_new<" + ct + ">(" + std::to_string(t->items.size()) + "); ";
    for (size_t k = 0; k < t->items.size(); ++k)
      make += "rpy_l->items[" + std::to_string(k) +
              "] = " + cw_.em.convert("std::get<" + std::to_string(k) + ">(rpy_t)", t->items[k], var_type) + "; ";
    make += "rpy::iter_list<" + ct + ">(rpy_l); })";
  } else if (t->kind == TypeKind::List) {  // items the jitcode does not read natively (tuples)
    elem = t->listdef->find()->item;
    make = "rpy::iter_list<" + cw_.ctype(elem) + ">(" + iterable_arg(cw_, t) + ")";
  } else if (t->kind == TypeKind::Str && cw_.ann.interp().sources().py3()) {  // code points, as strs
    elem = tt.str();
    make = "rpy::iter_list<rpy::Str*>(rpy::str_chars3(" + iterable_arg(cw_, t) + "))";
  } else if (t->kind == TypeKind::Unicode) {  // Python 2 unicode (UTF-8 inside): code points, as unicode
    elem = tt.unicode();
    make = "rpy::iter_list<rpy::Str*>(rpy::str_chars3(" + iterable_arg(cw_, t) + "))";
  } else if (t->kind == TypeKind::File) {  // lines, read as codegen's loop reads them
    elem = t->bits == 8 ? tt.bytes() : tt.str();
    make = "rpy::jit::iter_file<" + cw_.ctype(elem) + ">(" + iterable_arg(cw_, t) + ")";
  } else {
    throw Unsupported{it.loc, "a for loop over " + annotate::describe(t)};
  }
  Val v = expr(it);
  return call_descr(cw_.iter_helper(make, t, "iterator over a " + annotate::describe(t)), {v},
                    {tt.iterator(annotate::IterKind::List, elem)}, true, 0)
      .at(0);
}

void GraphWriter::for_iterator(ir::Stmt& s, uint32_t top, uint32_t els, const Val& var) {
  TypeRef elem = nullptr;
  RegRef c = iterator_of(*s.exprs[0], s.var->type, elem);
  if (s.iter_var) {  // around the merge point: the iterator is a red, stepped through its local
    RegRef r = var_val(s.iter_var).at(0);
    copy_into(r, c);
    c = r;
  }
  if (cw_.kind_of(elem) == kVoid && elem->kind != TypeKind::Tuple)
    throw Unsupported{s.exprs[0]->loc, "iteration over items of type " + annotate::describe(elem)};
  place(top);
  std::vector<TypeRef> comps = {cw_.ann.types().boolean()};
  for (TypeRef x : cw_.components(elem, s.loc)) comps.push_back(x);
  Val res = call_descr(cw_.step_helper(elem), {Val{c}}, comps, true, 0);
  emit(OP_goto_if_not, {in(res.at(0)), lbl(els)});
  Val item(res.begin() + 1, res.end());
  move(var, convert(item, elem, s.var->type, s.loc));
}

}  // namespace rpy::jit
