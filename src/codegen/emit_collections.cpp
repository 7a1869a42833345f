// C++ for collections.deque (the collections block of builtins.def; rules in
// annotate/collections_rules.cpp, runtime in rpy/deque.hpp).
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::BuiltinId;
using annotate::TypeKind;
using ir::Expr;

std::string Emitter::call_collections_builtin(Expr& e) {
  auto id = static_cast<BuiltinId>(e.builtin_id);
  std::vector<Expr*> a = builtin_args(e);  // positional; for methods the receiver first
  // The items of an iterable argument as a List<T>* of the deque's item type.
  auto items_of = [&](Expr& x, TypeRef item) { return fresh_list_as(as_list_code(expr(x), x.type, x.loc), as_list_item(x.type), item); };
  if (id == BuiltinId::DefaultDictNew) {
    annotate::DictDef* d = e.type->dictdef->find();
    std::string repr = "nullptr";
    if (d->factory->kind == modules::ObjKind::Builtin)
      repr = "\"<" + std::string(is_python2() ? "type" : "class") + " '" + d->factory->as<modules::BuiltinObj>()->name + "'>\"";
    return "({ (void)(" + expr(*a[0]) + "); rpy::defaultdict_new(" + new_dict_code(e.type) + ", " + repr + "); })";
  }
  // Statements adding 1 to the count of each item of the iterable x in the Counter rpy_c.
  auto count_items = [&](Expr& x, TypeRef key) {
    if (!x.type || x.type->kind == TypeKind::Impossible) return "(void)(" + expr(x) + "); ";
    std::string l = fresh("rpy_l");
    return "auto* " + l + " = " + as_list_code(expr(x), x.type, x.loc) + "; for (int64_t rpy_i = 0; rpy_i < " + l +
           "->len; ++rpy_i) rpy::counter_add(rpy_c, " + convert(l + "->items[rpy_i]", as_list_item(x.type), key) + ", 1); ";
  };
  if (id == BuiltinId::CounterNew) {
    std::string s = "({ auto* rpy_c = rpy::counter_new(" + new_dict_code(e.type) + "); ";
    if (!a.empty()) s += count_items(*a[0], e.type->dictdef->find()->key);
    return s + "rpy_c; })";
  }
  if (id == BuiltinId::CounterMostCommon) {
    if (a.size() == 1 || a[1]->type->kind == TypeKind::None) return "rpy::counter_most_common(" + expr(*a[0]) + ", -1)";
    return "rpy::counter_most_common_upto(" + expr(*a[0]) + ", " + expr_as(*a[1], tt.integer()) + ")";
  }
  if (id == BuiltinId::CounterUpdate)
    return "({ auto* rpy_c = " + expr(*a[0]) + "; " + count_items(*a[1], a[0]->type->dictdef->find()->key) + "nullptr; })";
  if (id == BuiltinId::CounterTotal) return "rpy::counter_total(" + expr(*a[0]) + ")";
  if (id == BuiltinId::OrderedDictNew || id == BuiltinId::OrderedDictMoveToEnd || id == BuiltinId::OrderedDictPopitem)
    return call_ordered_dict(e, id, a);
  if (id == BuiltinId::DequeNew) {
    TypeRef item = e.type->listdef->find()->item;
    std::string t = ctype(item);
    Expr* iterable = a.size() > 0 ? a[0] : nullptr;
    Expr* maxlen = a.size() > 1 ? a[1] : nullptr;
    for (size_t k = 0; k < e.kwnames.size(); ++k) {
      Expr* v = e.args[e.args.size() - e.kwnames.size() + k].get();
      (e.kwnames[k] == "iterable" ? iterable : maxlen) = v;
    }
    // Arguments in source order (keywords come last in e.args, as written).
    std::string s = "({ rpy::List<" + t + ">* rpy_src = nullptr; int64_t rpy_ml = -1; ";
    std::vector<Expr*> order;
    for (size_t i = 1; i < e.args.size(); ++i) order.push_back(e.args[i].get());
    for (Expr* x : order) {
      if (x == iterable && x->type && x->type->kind != TypeKind::Impossible) s += "rpy_src = " + items_of(*x, item) + "; ";
      if (x == maxlen) {
        if (x->type && x->type->kind == TypeKind::None)
          s += "(void)(" + expr(*x) + "); ";
        else
          s += "rpy_ml = rpy::deque_maxlen(" + expr_as(*x, tt.integer()) + "); ";
      }
    }
    return s + "rpy::deque_from<" + t + ">(rpy_src, rpy_ml); })";
  }
  TypeRef t0 = a[0]->type;
  TypeRef item = t0->listdef->find()->item;
  auto arg = [&](size_t i) { return expr(*a.at(i)); };
  auto call_in_order = [&](const std::string& fn, const std::vector<TypeRef>& to) { return ordered_call(*this, fn, a, to, ""); };
  switch (id) {
    case BuiltinId::DequeAppend:
      return "(" + call_in_order("rpy::deque_append", {t0, item}) + ", nullptr)";
    case BuiltinId::DequeAppendleft:
      return "(" + call_in_order("rpy::deque_appendleft", {t0, item}) + ", nullptr)";
    case BuiltinId::DequePop:
      return "rpy::deque_pop(" + arg(0) + ")";
    case BuiltinId::DequePopleft:
      return "rpy::deque_popleft(" + arg(0) + ")";
    case BuiltinId::DequeExtend:
    case BuiltinId::DequeExtendleft: {
      const char* fn = id == BuiltinId::DequeExtend ? "rpy::deque_extend" : "rpy::deque_extendleft";
      return "({ auto* rpy_d = " + arg(0) + "; " + fn + "(rpy_d, " + items_of(*a[1], item) + "); nullptr; })";
    }
    case BuiltinId::DequeRotate:
      if (a.size() == 1) return "(rpy::deque_rotate(" + arg(0) + ", 1), nullptr)";
      return "(" + call_in_order("rpy::deque_rotate", {t0, tt.integer()}) + ", nullptr)";
    case BuiltinId::DequeClear:
      return "(rpy::deque_clear(" + arg(0) + "), nullptr)";
    case BuiltinId::DequeIndex:
      return call_in_order("rpy::deque_index", {t0, a[1]->type});
    case BuiltinId::DequeCount:
      return call_in_order("rpy::list_count", {t0, a[1]->type});
    case BuiltinId::DequeRemove:
      return "(" + call_in_order(is_python2() ? "rpy::deque_remove<true>" : "rpy::deque_remove<false>", {t0, a[1]->type}) + ", nullptr)";
    case BuiltinId::DequeCopy:
      return "rpy::deque_copy(" + arg(0) + ")";
    default:
      fail(e.loc, std::string("collections builtin ") + annotate::builtin_name(id) + " has no code");
      return "nullptr";
  }
}

// OrderedDict([items]), move_to_end(key, last=True), popitem(last=True) (rpy/odict.hpp).
std::string Emitter::call_ordered_dict(Expr& e, BuiltinId id, std::vector<Expr*>& a) {
  if (id == BuiltinId::OrderedDictNew) {
    TypeRef K = e.type->dictdef->find()->key, V = e.type->dictdef->find()->value;
    std::string s = "({ auto* rpy_c = rpy::odict_new(" + new_dict_code(e.type) + "); ";
    if (!a.empty() && a[0]->type && a[0]->type->kind != TypeKind::Impossible) {
      TypeRef t0 = a[0]->type, pair;
      std::string items;
      if (t0->kind == TypeKind::Dict) {  // a dict's items, in its order
        pair = tt.tuple({t0->dictdef->find()->key, t0->dictdef->find()->value});
        items = "rpy::dict_items(" + expr(*a[0]) + ")";
      } else {
        pair = as_list_item(t0);
        items = as_list_code(expr(*a[0]), t0, a[0]->loc);
      }
      std::string l = fresh("rpy_l"), p = fresh("rpy_p");
      s += "auto* " + l + " = " + items + "; for (int64_t rpy_i = 0; rpy_i < " + l + "->len; ++rpy_i) { auto " + p + " = " + l +
           "->items[rpy_i]; rpy::dict_set(rpy_c, " + convert("std::get<0>(" + p + ")", pair->items[0], K) + ", " +
           convert("std::get<1>(" + p + ")", pair->items[1], V) + "); } ";
    }
    return s + "rpy_c; })";
  }
  // `last` by keyword comes after the positional arguments.
  for (size_t k = 0; k < e.kwnames.size(); ++k) a.push_back(e.args[e.args.size() - e.kwnames.size() + k].get());
  TypeRef t0 = a[0]->type;
  std::vector<TypeRef> to{t0};
  if (id == BuiltinId::OrderedDictMoveToEnd) to.push_back(t0->dictdef->find()->key);
  if (a.size() > to.size()) to.push_back(tt.boolean());
  if (id == BuiltinId::OrderedDictMoveToEnd) return "(" + ordered_call(*this, "rpy::odict_move_to_end", a, to, "") + ", nullptr)";
  return ordered_call(*this, "rpy::odict_popitem", a, to, "");
}

// factory() of the defaultdict type dict_t, as a value of its value type.
std::string Emitter::default_factory_code(TypeRef dict_t) {
  annotate::DictDef* d = dict_t->dictdef->find();
  TypeRef v = d->value;
  if (d->factory->kind == modules::ObjKind::Builtin) {
    const std::string& n = d->factory->as<modules::BuiltinObj>()->name;
    if (n == "int") return "static_cast<" + ctype(v) + ">(INT64_C(0))";
    if (n == "float") return "static_cast<" + ctype(v) + ">(0.0)";
    if (n == "bool") return "static_cast<" + ctype(v) + ">(false)";
    if (n == "str") return str_const("");
    if (n == "list") return "rpy::list_new<" + ctype(v->listdef->find()->item) + ">(0)";
    return new_dict_code(v);  // set, dict
  }
  auto* g = static_cast<const ir::Graph*>(d->factory_graph);
  if (!g) return default_value(v);
  return convert(g->c_name + "()", g->return_type, v);
}

}  // namespace rpy::codegen
