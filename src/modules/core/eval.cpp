// Expressions, names and assignment targets.
#include <functional>

#include "modules/core/scope.hpp"
#include "modules/interp.hpp"
#include "modules/loader.hpp"
#include "modules/objects/objects.hpp"

namespace rpy::modules {

using namespace syntax;

// ---------------------------------------------------------------------------------------------
// Names

static Ref class_ns_get(DictObj* ns, const std::string& name) {
  long i = ns->find(make_str(name));
  return i < 0 ? nullptr : ns->values[static_cast<size_t>(i)];
}

Ref Interp::lookup(const std::string& name, Frame& f, Loc loc) {
  if (name.starts_with("$builtin.")) {  // the builtin itself (code rpy writes: a lowered match statement)
    auto b = builtins_->attrs.find(name.substr(9));
    if (b != builtins_->attrs.end()) return b->second;
  }
  bool global_only = false;
  if (f.class_ns) {
    if (Ref v = class_ns_get(f.class_ns, name)) return v;
  } else if (f.scope) {
    if (f.scope->globals.count(name)) {
      global_only = true;
    } else if (f.scope->locals.count(name)) {
      auto it = f.locals->find(name);
      if (it != f.locals->end()) return it->second;
      raise("UnboundLocalError", "local variable '" + name + "' referenced before assignment", loc);
    }
  } else if (f.locals) {
    auto it = f.locals->find(name);
    if (it != f.locals->end()) return it->second;
  }
  if (!global_only)
    for (auto c = f.closure.rbegin(); c != f.closure.rend(); ++c) {
      auto it = (*c)->find(name);
      if (it != (*c)->end()) return it->second;
    }
  auto it = f.module->attrs.find(name);
  if (it != f.module->attrs.end()) return it->second;
  auto b = builtins_->attrs.find(name);
  if (b != builtins_->attrs.end()) return b->second;
  if (python_ == 2 && (f.scope || f.locals)) raise("NameError", "global name '" + name + "' is not defined", loc);
  raise("NameError", "name '" + name + "' is not defined", loc);
}

void Interp::store(const std::string& name, Ref value, Frame& f) {
  if (f.class_ns) {
    f.class_ns->set(make_str(name), std::move(value));
  } else if (f.scope) {
    if (f.scope->globals.count(name)) {
      f.module->set(name, std::move(value));
    } else if (f.scope->nonlocals.count(name)) {
      for (auto c = f.closure.rbegin(); c != f.closure.rend(); ++c)
        if ((*c)->count(name) || c + 1 == f.closure.rend()) {
          (**c)[name] = std::move(value);
          return;
        }
      (*f.locals)[name] = std::move(value);
    } else {
      (*f.locals)[name] = std::move(value);
    }
  } else if (f.locals) {
    (*f.locals)[name] = std::move(value);
  } else {
    f.module->set(name, std::move(value));
  }
}

void Interp::erase_name(const std::string& name, Frame& f, Loc loc) {
  bool ok;
  if (f.class_ns) {
    ok = f.class_ns->erase(make_str(name));
  } else if ((f.scope && !f.scope->globals.count(name)) || (!f.scope && f.locals)) {
    ok = f.locals->erase(name) > 0;
    if (!ok && f.scope && f.scope->locals.count(name))
      raise("UnboundLocalError", "local variable '" + name + "' referenced before assignment", loc);
  } else {
    ok = f.module->attrs.erase(name) > 0;
    if (ok) std::erase(f.module->attr_order, name);
  }
  if (!ok) raise("NameError", "name '" + name + "' is not defined", loc);
}

// ---------------------------------------------------------------------------------------------
// Assignment

static std::vector<Ref> unpack_items(Interp& in, const Ref& value, size_t want, bool starred, Loc loc) {
  std::vector<Ref> items;
  if (value->kind == ObjKind::Tuple) {
    items = value->as<TupleObj>()->items;
  } else if (value->kind == ObjKind::List) {
    items = value->as<ListObj>()->items;
  } else {
    Ref it = in.iter(value, loc);
    while (Ref x = in.next(it, loc)) {
      items.push_back(std::move(x));
      if (!starred && items.size() > want) break;
    }
  }
  bool py2 = in.python() == 2;
  if (!starred && items.size() != want) {
    if (items.size() > want)
      in.raise("ValueError", py2 ? "too many values to unpack" : "too many values to unpack (expected " + std::to_string(want) + ")", loc);
    in.raise("ValueError",
             py2 ? "need more than " + std::to_string(items.size()) + " value" + (items.size() == 1 ? "" : "s") + " to unpack"
                 : "not enough values to unpack (expected " + std::to_string(want) + ", got " + std::to_string(items.size()) + ")",
             loc);
  }
  if (starred && items.size() < want)
    in.raise("ValueError",
             "not enough values to unpack (expected at least " + std::to_string(want) + ", got " + std::to_string(items.size()) + ")", loc);
  return items;
}

void Interp::assign(const Expr& t, Ref value, Frame& f) {
  switch (t.kind) {
    case ExprKind::Name:
      store(t.as<NameExpr>()->id, std::move(value), f);
      return;
    case ExprKind::Tuple:
    case ExprKind::List: {
      auto& elts = t.as<SeqExpr>()->elts;
      size_t star = elts.size();
      for (size_t i = 0; i < elts.size(); ++i)
        if (elts[i]->kind == ExprKind::Starred) star = i;
      bool starred = star != elts.size();
      std::vector<Ref> items = unpack_items(*this, value, starred ? elts.size() - 1 : elts.size(), starred, t.loc);
      if (!starred) {
        for (size_t i = 0; i < elts.size(); ++i) assign(*elts[i], items[i], f);
      } else {
        size_t after = elts.size() - star - 1;
        for (size_t i = 0; i < star; ++i) assign(*elts[i], items[i], f);
        auto rest = std::make_shared<ListObj>();
        for (size_t i = star; i < items.size() - after; ++i) rest->items.push_back(items[i]);
        assign(*elts[star]->as<StarredExpr>()->value, rest, f);
        for (size_t i = 0; i < after; ++i) assign(*elts[star + 1 + i], items[items.size() - after + i], f);
      }
      return;
    }
    case ExprKind::Attribute: {
      auto* a = t.as<AttributeExpr>();
      set_attr(eval(*a->value, f), a->attr, std::move(value), t.loc);
      return;
    }
    case ExprKind::Subscript: {
      auto* s = t.as<SubscriptExpr>();
      Ref obj = eval(*s->value, f);
      Ref idx;
      if (s->index->kind == ExprKind::Slice) {
        auto* sl = s->index->as<SliceExpr>();
        Ref lo = sl->lower ? eval(*sl->lower, f) : none();
        Ref hi = sl->upper ? eval(*sl->upper, f) : none();
        Ref st = sl->step ? eval(*sl->step, f) : none();
        idx = make_slice(lo, hi, st);
      } else {
        idx = eval(*s->index, f);
      }
      set_item(obj, idx, std::move(value), t.loc);
      return;
    }
    case ExprKind::Starred:
      raise("SyntaxError", "starred assignment target must be in a list or tuple", t.loc);
    default:
      raise("SyntaxError", "can't assign to this expression", t.loc);
  }
}

Ref Interp::make_slice(const Ref& lo, const Ref& hi, const Ref& st) {
  return std::make_shared<SliceObj>(type_info(BuiltinType::Slice), lo, hi, st);
}

// ---------------------------------------------------------------------------------------------
// Literals

Ref Interp::eval_int_literal(const IntLit& lit) {
  if (!lit.overflow && !lit.long_suffix) {
    if (lit.value > static_cast<uint64_t>(INT64_MAX)) return make_integer(BigInt::from_u64(lit.value), false);
    return make_int(static_cast<int64_t>(lit.value));
  }
  std::string t;
  for (char c : lit.text)
    if (c != '_' && c != 'L' && c != 'l') t += c;
  int base = 10;
  size_t start = 0;
  if (t.size() > 1 && t[0] == '0') {
    char p = static_cast<char>(std::tolower(static_cast<unsigned char>(t[1])));
    if (p == 'x')
      base = 16, start = 2;
    else if (p == 'o')
      base = 8, start = 2;
    else if (p == 'b')
      base = 2, start = 2;
    else
      base = 8, start = 1;  // Python 2's 0777
  }
  auto v = start < t.size() ? BigInt::parse(t.substr(start), base) : std::optional<BigInt>(BigInt(0));
  if (!v) v = BigInt::from_u64(lit.value);
  return make_integer(*v, lit.long_suffix);
}

// ---------------------------------------------------------------------------------------------
// Calls

Ref Interp::eval_call(const CallExpr& c, Frame& f) {
  // A method of a builtin value (lst.append(x)) is called without making a bound method.
  Ref self, callee;
  const TypeInfo* ti = nullptr;
  Ref unbound;
  if (c.func->kind == ExprKind::Attribute) {
    auto* a = c.func->as<AttributeExpr>();
    self = eval(*a->value, f);
    ti = type_of_builtin(self);
    if (ti && self->kind != ObjKind::Builtin && self->kind != ObjKind::Module) {
      for (const TypeInfo* t = ti; t && !unbound; t = t->base) {
        auto it = t->attrs.find(a->attr);
        if (it != t->attrs.end() && it->second->kind == ObjKind::Builtin) unbound = it->second;
      }
    }
    if (!unbound) callee = get_attr(self, a->attr, c.func->loc);
  } else {
    callee = eval(*c.func, f);
  }
  std::vector<Ref> args;
  if (unbound) args.push_back(self);
  for (auto& a : c.args) {
    if (a->kind == ExprKind::Starred) {
      Ref seq = eval(*a->as<StarredExpr>()->value, f);
      if (seq->kind == ObjKind::Tuple) {
        auto& items = seq->as<TupleObj>()->items;
        args.insert(args.end(), items.begin(), items.end());
      } else {
        for (auto& x : iterate(seq, a->loc)) args.push_back(x);
      }
    } else {
      args.push_back(eval(*a, f));
    }
  }
  std::vector<std::pair<std::string, Ref>> kwargs;
  for (auto& k : c.keywords) {
    Ref v = eval(*k.value, f);
    if (k.name.empty()) {
      Ref d = unwrap(v);
      if (d->kind == ObjKind::Dict) {
        auto* dd = d->as<DictObj>();
        for (size_t i = 0; i < dd->keys.size(); ++i) {
          if (!is_str(dd->keys[i])) raise("TypeError", "keywords must be strings", k.loc);
          kwargs.emplace_back(dd->keys[i]->as<StrObj>()->value, dd->values[i]);
        }
      } else {
        Ref keys = call_method(v, "keys", {}, k.loc);
        for (auto& key : iterate(keys, k.loc)) kwargs.emplace_back(str_arg(*this, key, "keywords", k.loc), subscript(v, key, k.loc));
      }
    } else {
      kwargs.emplace_back(k.name, v);
    }
  }
  if (unbound) {
    auto* b = unbound->as<BuiltinObj>();
    if (!b->fn) unsupported(c.loc, "calling " + b->name + "() at import time");
    return b->fn(*this, args, kwargs, c.loc);
  }
  // Python 2 without `from __future__ import print_function`: print(a, b) prints the tuple.
  if (python_ == 2 && c.func->kind == ExprKind::Name && callee->kind == ObjKind::Builtin && callee->as<BuiltinObj>()->name == "print" &&
      !f.module->future_print_function && kwargs.empty()) {
    Ref v = args.size() == 1 && !c.trailing_comma ? args[0] : make_tuple(args);
    Ref out = get_attr(loader_.import_module("sys", c.loc), "stdout", c.loc);
    call_method(out, "write", {make_str(str_of(v, c.loc) + "\n")}, c.loc);
    return none();
  }
  // rpython.rlib.objectmodel.import_from_mixin(M) in a class body copies M's attributes into it.
  if (callee->kind == ObjKind::Function && f.class_ns && callee->as<FunctionObj>()->name == "import_from_mixin" &&
      callee->as<FunctionObj>()->module && callee->as<FunctionObj>()->module->name == "rpython.rlib.objectmodel") {
    import_from_mixin(args, kwargs, f, c.loc);
    return none();
  }
  return call(callee, std::move(args), std::move(kwargs), c.loc);
}

// RPython's rule: the names of M's MRO (M first, `object` left out; the first class that has a
// name gives it) are copied into the class body, functions and staticmethods as copies; a
// __xxx__ name only when listed in special_methods (default: __init__ and __del__); the
// _immutable_fields_ of every class are appended to the body's; a name the body already defines,
// a `_mixin_` name and a classmethod are errors.
void Interp::import_from_mixin(const Args& args, const KwArgs& kwargs, Frame& f, Loc loc) {
  Ref special;
  if (args.size() > 2) raise("TypeError", "import_from_mixin() takes at most 2 arguments (" + std::to_string(args.size()) + " given)", loc);
  if (args.size() == 2) special = args[1];
  for (auto& [k, v] : kwargs) {
    if (k != "special_methods" || special) raise("TypeError", "import_from_mixin() got an unexpected keyword argument '" + k + "'", loc);
    special = v;
  }
  if (args.empty() || args[0]->kind != ObjKind::Class) raise("TypeError", "import_from_mixin() needs a class", loc);
  std::vector<Ref> special_names;
  if (special)
    special_names = iterate(special, loc);
  else
    special_names = {make_str("__init__"), make_str("__del__")};
  auto is_special = [&](const std::string& name) {
    for (auto& s : special_names)
      if (s->kind == ObjKind::Str && s->as<StrObj>()->value == name) return true;
    return false;
  };
  auto* m = args[0]->as<ClassObj>();
  std::vector<std::string> order;
  std::unordered_map<std::string, Ref> flatten;
  std::vector<Ref> immutable_fields;
  for (ClassObj* k : m->mro)
    for (auto& name : k->attr_order) {
      auto it = k->attrs.find(name);
      if (it == k->attrs.end()) continue;
      if (name == "_immutable_fields_") {
        for (auto& x : iterate(it->second, loc)) immutable_fields.push_back(x);
        continue;
      }
      if (name.size() >= 4 && name.rfind("__", 0) == 0 && name.compare(name.size() - 2, 2, "__") == 0 && !is_special(name)) continue;
      if (name == "__dict__" || name == "__module__" || name == "__weakref__" || name == "__doc__" || name == "__qualname__") continue;
      if (flatten.count(name)) continue;
      Ref v = it->second;
      auto copy_function = [&](const Ref& fn) -> Ref {
        // A copy, as RPython makes: each class that imports the mixin gets its own functions.
        auto copy = std::make_shared<FunctionObj>(*fn->as<FunctionObj>());
        copy->qualname = f.building_class->name + "." + copy->name;
        return copy;
      };
      if (v->kind == ObjKind::Function) {
        v = copy_function(v);
      } else if (v->kind == ObjKind::StaticMethod && v->as<WrapperObj>()->func->kind == ObjKind::Function) {
        v = std::make_shared<WrapperObj>(ObjKind::StaticMethod, copy_function(v->as<WrapperObj>()->func));
      } else if (v->kind == ObjKind::ClassMethod) {
        raise("AssertionError", "classmethods not supported in 'import_from_mixin'", loc);
      }
      flatten[name] = v;
      order.push_back(name);
    }
  for (auto& name : order) {
    Ref key = make_str(name);
    if (f.class_ns->find(key) >= 0)
      raise("Exception", "import_from_mixin: would overwrite the value already defined locally for '" + name + "'", loc);
    if (name == "_mixin_") raise("Exception", "import_from_mixin(M): class M should not have '_mixin_ = True'", loc);
    f.class_ns->set(key, flatten[name]);
  }
  if (!immutable_fields.empty()) {
    Ref key = make_str("_immutable_fields_");
    long at = f.class_ns->find(key);
    std::vector<Ref> all;
    if (at >= 0) all = iterate(f.class_ns->values[static_cast<size_t>(at)], loc);
    all.insert(all.end(), immutable_fields.begin(), immutable_fields.end());
    f.class_ns->set(key, make_list(all));
  }
}

// ---------------------------------------------------------------------------------------------
// Comprehensions

Ref Interp::eval_comprehension(const CompExpr& c, Frame& outer) {
  // Python 2 list comprehensions run in the enclosing scope; the others in a scope of their own
  // (the first iterable is evaluated outside it).
  bool own_scope = !(c.kind == ExprKind::ListComp && python_ == 2);
  Ref first = eval(*c.generators[0].iter, outer);
  auto make_frame = [&]() {
    auto f = std::make_unique<Frame>();
    f->module = outer.module;
    f->closure = outer.closure;
    if (outer.locals) f->closure.push_back(outer.locals);
    f->locals = std::make_shared<Env>();
    f->parent = &outer;
    f->function = outer.function;
    f->comprehension = true;
    f->walrus_locals = outer.comprehension ? outer.walrus_locals : outer.locals;
    f->walrus_scope = outer.comprehension ? outer.walrus_scope : outer.scope;
    return f;
  };
  if (c.kind == ExprKind::GeneratorExp) {
    auto fp = std::shared_ptr<Frame>(make_frame().release());
    const CompExpr* cp = &c;
    return new_generator(*this, "<genexpr>", [this, fp, cp, first](GeneratorObj& g) {
      Frame& f = *fp;
      std::function<void(size_t, const Ref&)> loop = [&](size_t gi, const Ref& seq) {
        auto& gen = cp->generators[gi];
        Ref it = iter(seq, gen.iter->loc);
        while (Ref x = next(it, gen.iter->loc)) {
          count_step(gen.iter->loc);
          assign(*gen.target, x, f);
          bool ok = true;
          for (auto& cond : gen.ifs)
            if (!truth(eval(*cond, f), cond->loc)) {
              ok = false;
              break;
            }
          if (!ok) continue;
          if (gi + 1 == cp->generators.size())
            g.yield(*this, eval(*cp->elt, f), cp->loc);
          else
            loop(gi + 1, eval(*cp->generators[gi + 1].iter, f));
        }
      };
      loop(0, first);
    });
  }
  std::unique_ptr<Frame> own;
  if (own_scope) own = make_frame();
  Frame& f = own_scope ? *own : outer;
  auto list = c.kind == ExprKind::ListComp ? std::make_shared<ListObj>() : nullptr;
  auto dict = c.kind != ExprKind::ListComp ? std::make_shared<DictObj>(c.kind == ExprKind::SetComp) : nullptr;
  std::function<void(size_t, const Ref&)> loop = [&](size_t gi, const Ref& seq) {
    auto& g = c.generators[gi];
    Ref it = iter(seq, g.iter->loc);
    while (Ref x = next(it, g.iter->loc)) {
      count_step(g.iter->loc);
      assign(*g.target, x, f);
      bool ok = true;
      for (auto& cond : g.ifs)
        if (!truth(eval(*cond, f), cond->loc)) {
          ok = false;
          break;
        }
      if (!ok) continue;
      if (gi + 1 < c.generators.size()) {
        loop(gi + 1, eval(*c.generators[gi + 1].iter, f));
      } else if (list) {
        list->items.push_back(eval(*c.elt, f));
      } else if (c.kind == ExprKind::SetComp) {
        dict->set(eval(*c.elt, f), none(), key_ops());
      } else {
        Ref k, v;
        if (python_ == 2) {
          k = eval(*c.elt, f);
          v = eval(*c.value, f);
        } else {
          k = eval(*c.elt, f);
          v = eval(*c.value, f);
        }
        dict->set(k, v, key_ops());
      }
    }
  };
  Frame* saved = frame_;
  if (own_scope) frame_ = &f;
  try {
    loop(0, first);
  } catch (...) {
    frame_ = saved;
    throw;
  }
  frame_ = saved;
  if (list) return list;
  return dict;
}

Ref Interp::eval_fstring(const FStringExpr& e, Frame& f) {
  std::string out;
  for (auto& p : e.parts) {
    if (!p.expr) {
      out += p.literal;
      continue;
    }
    Ref v = eval(*p.expr, f);
    if (p.conversion == 'r') v = make_str(repr_of(v, p.expr->loc));
    if (p.conversion == 's') v = make_str(str_of(v, p.expr->loc));
    if (p.conversion == 'a') v = make_str(repr_of(v, p.expr->loc));
    Ref spec = p.format_spec ? eval(*p.format_spec, f) : make_str("");
    out += str_of(call(builtin_class("format"), {v, spec}, {}, e.loc), e.loc);
  }
  return make_str(out);
}

Ref Interp::eval_subscript(const SubscriptExpr& s, Frame& f) {
  Ref obj = eval(*s.value, f);
  if (s.index->kind == ExprKind::Slice) {
    auto* sl = s.index->as<SliceExpr>();
    Ref lo = sl->lower ? eval(*sl->lower, f) : none();
    Ref hi = sl->upper ? eval(*sl->upper, f) : none();
    Ref st = sl->step ? eval(*sl->step, f) : none();
    return subscript(obj, make_slice(lo, hi, st), s.loc);
  }
  return subscript(obj, eval(*s.index, f), s.loc);
}

Ref Interp::eval_yield(const YieldExpr& y, Frame& f) {
  if (y.delegate && !y.statement) unsupported(y.loc, "the value of 'yield from' (use it as a statement)");
  Ref v = y.value ? eval(*y.value, f) : none();
  if (!f.generator) raise("SyntaxError", "'yield' outside function", y.loc);
  if (y.delegate) {  // each item of the iterable in turn
    Ref it = iter(v, y.loc);
    while (Ref item = next(it, y.loc)) f.generator->yield(*this, item, y.loc);
    return none();
  }
  return f.generator->yield(*this, v, y.loc);
}

// `(x := v)`: in a comprehension's own frame x belongs to the enclosing function or module.
Ref Interp::eval_named(const NamedExpr& n, Frame& f) {
  if (python_ == 2)
    throw EvalError{n.loc, "assignment expressions (':=') are Python 3.8 syntax, and this program is Python 2.7 (RPython's language)"};
  Ref v = eval(*n.value, f);
  if (!f.comprehension) {
    store(n.target, v, f);
  } else if (f.walrus_scope && f.walrus_scope->nonlocals.count(n.target)) {
    unsupported(n.loc, "an assignment expression in a comprehension to a nonlocal name");
  } else if (f.walrus_locals && !(f.walrus_scope && f.walrus_scope->globals.count(n.target))) {
    (*f.walrus_locals)[n.target] = v;
  } else {
    f.module->set(n.target, v);
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Expressions

Ref Interp::eval(const Expr& e, Frame& f) {
  switch (e.kind) {
    case ExprKind::Name:
      return lookup(e.as<NameExpr>()->id, f, e.loc);
    case ExprKind::IntLit:
      return eval_int_literal(*e.as<IntLit>());
    case ExprKind::FloatLit:
      if (e.as<FloatLit>()->imaginary) unsupported(e.loc, "a complex number");
      return make_float(e.as<FloatLit>()->value);
    case ExprKind::StrLit: {
      auto* s = e.as<StrLit>();
      if (s->is_bytes_prefix && python_ == 3) return make_bytes(s->value);
      return s->is_unicode ? make_unicode(s->value) : make_str(s->value);
    }
    case ExprKind::NoneLit:
      return none();
    case ExprKind::BoolLit:
      return make_bool(e.as<BoolLit>()->value);
    case ExprKind::FString:
      return eval_fstring(*e.as<FStringExpr>(), f);
    case ExprKind::BinOp: {
      auto* b = e.as<BinOpExpr>();
      Ref l = eval(*b->left, f);
      Ref r = eval(*b->right, f);
      return binary(source_op(b->op, f), l, r, e.loc);
    }
    case ExprKind::UnaryOp: {
      auto* u = e.as<UnaryOpExpr>();
      // -9223372036854775808 is an int, as in Python.
      if (u->op == UnaryOp::Neg && u->operand->kind == ExprKind::IntLit) {
        auto* lit = u->operand->as<IntLit>();
        if (!lit->overflow && !lit->long_suffix && lit->value == static_cast<uint64_t>(INT64_MAX) + 1) return make_int(INT64_MIN);
      }
      return unary(u->op, eval(*u->operand, f), e.loc);
    }
    case ExprKind::BoolOp: {
      auto* b = e.as<BoolOpExpr>();
      Ref v;
      for (auto& x : b->values) {
        v = eval(*x, f);
        if ((b->op == BoolOpKind::And) != truth(v, x->loc)) return v;
      }
      return v;
    }
    case ExprKind::Compare: {
      auto* c = e.as<CompareExpr>();
      Ref left = eval(*c->left, f);
      for (size_t i = 0; i < c->ops.size(); ++i) {
        Ref right = eval(*c->comparators[i], f);
        if (c->ops.size() == 1) return rich_compare(c->ops[i], left, right, e.loc);
        Ref r = rich_compare(c->ops[i], left, right, e.loc);
        if (!truth(r, e.loc)) return r;
        if (i + 1 == c->ops.size()) return r;
        left = right;
      }
      return make_bool(true);
    }
    case ExprKind::IfExp: {
      auto* i = e.as<IfExpExpr>();
      return truth(eval(*i->test, f), i->test->loc) ? eval(*i->body, f) : eval(*i->orelse, f);
    }
    case ExprKind::Call:
      return eval_call(*e.as<CallExpr>(), f);
    case ExprKind::Attribute: {
      auto* a = e.as<AttributeExpr>();
      return get_attr(eval(*a->value, f), a->attr, e.loc);
    }
    case ExprKind::Subscript:
      return eval_subscript(*e.as<SubscriptExpr>(), f);
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::Set: {
      std::vector<Ref> v;
      for (auto& x : e.as<SeqExpr>()->elts) {
        if (x->kind == ExprKind::Starred) {
          for (auto& y : iterate(eval(*x->as<StarredExpr>()->value, f), x->loc)) v.push_back(y);
        } else {
          v.push_back(eval(*x, f));
        }
      }
      if (e.kind == ExprKind::Tuple) return make_tuple(std::move(v));
      if (e.kind == ExprKind::List) return make_list(std::move(v));
      auto s = std::make_shared<DictObj>(true);
      for (auto& x : v) s->set(x, none(), key_ops());
      return s;
    }
    case ExprKind::Dict: {
      auto* d = e.as<DictExpr>();
      auto out = std::make_shared<DictObj>();
      for (size_t i = 0; i < d->keys.size(); ++i) {
        if (!d->keys[i]) {  // {**other}
          Ref other = unwrap(eval(*d->values[i], f));
          if (other->kind != ObjKind::Dict) raise("TypeError", "'" + type_name(other) + "' object is not a mapping", d->values[i]->loc);
          auto* od = other->as<DictObj>();
          for (size_t j = 0; j < od->keys.size(); ++j) out->set(od->keys[j], od->values[j], key_ops());
          continue;
        }
        Ref k, v;
        if (python_ == 2) {  // Python 2 evaluates each value before its key
          v = eval(*d->values[i], f);
          k = eval(*d->keys[i], f);
        } else {
          k = eval(*d->keys[i], f);
          v = eval(*d->values[i], f);
        }
        out->set(k, v, key_ops());
      }
      return out;
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::DictComp:
      return eval_comprehension(*e.as<CompExpr>(), f);
    case ExprKind::Lambda:
      return make_function(nullptr, e.as<LambdaExpr>(), f);
    case ExprKind::Yield:
      return eval_yield(*e.as<YieldExpr>(), f);
    case ExprKind::Slice:
      raise("SyntaxError", "invalid syntax", e.loc);
    case ExprKind::Starred:
      raise("SyntaxError", "can't use starred expression here", e.loc);
    case ExprKind::NamedExpr:
      return eval_named(*e.as<NamedExpr>(), f);
  }
  unsupported(e.loc, "this expression");
}

}  // namespace rpy::modules
