// functools.reduce and itertools in translated code: rpy's own Python in
// lib/std/_rpy_itertools.py takes the builtin's place at the call, then the call is an ordinary
// call of a (specialised) Python function or generator, typed and compiled like the program's.
//
// The evaluator keeps running the real builtins while the program is imported; only calls in
// translated code are replaced. A builtin whose result is a tuple of several items has one
// function per tuple length, as an RPython tuple's length is fixed in the code: `product_2` for
// two iterables, `combinations_r3` for r=3 (a constant), and so on; a call with a form that has no
// function (permutations() without a constant r) is refused with a message saying what to write.
//
// re the same way: re.compile, re.search... are replaced by the functions of lib/std/_rpy_re.py
// (Python 3) or rpython.rlib.rsre.rsre_re (Python 2), and a pattern compiled at import time by
// the one those make for its text and flags (docs/ARCHITECTURE.md, "Regular expressions").
#include <array>
#include <string_view>

#include "annotate/annotator.hpp"
#include "modules/interp.hpp"
#include "modules/lib/modules.hpp"
#include "modules/loader.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;

namespace {

constexpr int kMaxUnzip = 6;  // unzip_2 ... unzip_6 in _rpy_itertools

// How the replacement is chosen from the call's shape.
enum class Pick {
  Plain,        // the function named `base`
  ByArity,      // `base_N`, N the number of positional arguments
  ByAllArgs,    // `base_N`, N the number of arguments (keywords too: func=, key=)
  ByConstantR,  // `base_rK`, K the constant r (second positional argument or r=)
  ByIterables   // map/filter: `base[2][_none]_N`, N the number of iterables; 2 for Python 2's
                // list-returning forms, _none for filter(None, ...)
};

struct ReplacementRule {
  std::string_view builtin;  // the BuiltinObj's name
  std::string_view base;     // the function in _rpy_itertools
  Pick pick;
};

constexpr std::array kRules{
    ReplacementRule{"functools.reduce", "reduce", Pick::ByArity},
    ReplacementRule{"reduce", "reduce", Pick::ByArity},  // Python 2's builtin
    ReplacementRule{"itertools.count", "count", Pick::Plain},
    ReplacementRule{"itertools.repeat", "repeat", Pick::ByAllArgs},
    ReplacementRule{"chain", "chain", Pick::ByArity},
    ReplacementRule{"itertools.chain.from_iterable", "chain_from_iterable", Pick::Plain},
    ReplacementRule{"itertools.islice", "islice", Pick::ByArity},
    ReplacementRule{"itertools.accumulate", "accumulate", Pick::ByAllArgs},
    ReplacementRule{"itertools.product", "product", Pick::ByArity},
    ReplacementRule{"itertools.permutations", "permutations", Pick::ByConstantR},
    ReplacementRule{"itertools.combinations", "combinations", Pick::ByConstantR},
    ReplacementRule{"itertools.combinations_with_replacement", "combinations_with_replacement", Pick::ByConstantR},
    ReplacementRule{"itertools.cycle", "cycle", Pick::Plain},
    ReplacementRule{"itertools.pairwise", "pairwise", Pick::Plain},
    ReplacementRule{"itertools.zip_longest", "zip_longest", Pick::ByArity},
    ReplacementRule{"itertools.izip_longest", "zip_longest", Pick::ByArity},
    ReplacementRule{"itertools.groupby", "groupby", Pick::ByAllArgs},
    ReplacementRule{"itertools.takewhile", "takewhile", Pick::Plain},
    ReplacementRule{"itertools.dropwhile", "dropwhile", Pick::Plain},
    ReplacementRule{"itertools.filterfalse", "filterfalse", Pick::Plain},
    ReplacementRule{"itertools.ifilterfalse", "filterfalse", Pick::Plain},
    ReplacementRule{"itertools.starmap", "starmap", Pick::Plain},
    ReplacementRule{"itertools.compress", "compress", Pick::Plain},
    ReplacementRule{"map", "map", Pick::ByIterables},
    ReplacementRule{"filter", "filter", Pick::ByIterables},
    ReplacementRule{"itemgetter", "itemgetter", Pick::ByArity},
    ReplacementRule{"operator.itemgetter", "itemgetter", Pick::ByArity},
    ReplacementRule{"attrgetter", "attrgetter", Pick::ByArity},
    ReplacementRule{"operator.attrgetter", "attrgetter", Pick::ByArity},
};

const ReplacementRule* find_rule(const std::string& name) {
  for (const auto& r : kRules)
    if (r.builtin == name) return &r;
  return nullptr;
}

// re in translated code: the evaluator's re (C++) is replaced, at each call, by the function of
// the same name in rpy's own Python: lib/std/_rpy_re.py (Python 3's re on rsre's machine) for a
// Python 3 program, rpython.rlib.rsre.rsre_re (Python 2.7's) for a Python 2 one. Null when the
// dialect's module has no such function.
constexpr std::array<std::string_view, 11> kReFunctions{"compile", "match", "fullmatch", "search", "findall", "finditer",
                                                        "sub",     "subn",  "split",     "escape", "purge"};

m::Ref re_replacement(m::Interp& in, const std::string& name, Loc loc) {
  if (name.rfind("re.", 0) != 0) return nullptr;
  const std::string fname = name.substr(3);
  bool known = false;
  for (auto f : kReFunctions) known = known || f == fname;
  if (!known) return nullptr;
  return lib_function(in, in.python() == 3 ? "_rpy_re" : "rpython.rlib.rsre.rsre_re", fname, loc);
}

// The argument `name` of a call (positional at `index`, or a keyword), or null.
const Expr* call_arg(const Expr& e, size_t index, std::string_view name) {
  const size_t npos = e.args.size() - 1 - e.kwnames.size();
  if (index < npos) return e.args[1 + index].get();
  for (size_t k = 0; k < e.kwnames.size(); ++k)
    if (e.kwnames[k] == name) return e.args[1 + npos + k].get();
  return nullptr;
}

// The position of the flags argument of each re function that takes a pattern (0: none).
size_t re_flags_index(const std::string& fname) {
  if (fname == "compile") return 1;
  if (fname == "split") return 3;
  if (fname == "sub" || fname == "subn") return 4;
  if (fname == "escape" || fname == "purge") return 0;
  return 2;
}

// The constant int of an argument expression, or -1.
int64_t const_int(const Expr* x) {
  if (!x || x->op != ExprOp::Const || !x->value || x->value->kind != m::ObjKind::Int) return -1;
  return x->value->as<m::IntObj>()->value;
}

}  // namespace

m::Ref lib_function(m::Interp& in, const std::string& module, const std::string& fname, Loc loc) {
  try {
    m::Ref fn = in.get_attr_or_null(in.loader().import_module(module, loc), fname, loc);
    return fn && fn->kind == m::ObjKind::Function ? fn : nullptr;
  } catch (const m::PyException&) {
    return nullptr;
  } catch (const m::EvalError&) {
    return nullptr;
  }
}

const std::string& Annotator::called_name(const Expr& call, const m::FunctionObj& fn) const {
  auto it = called_as_.find(&call);
  return it == called_as_.end() ? fn.name : it->second;
}

Annotator::Replacement Annotator::replace_with_python(Expr& e, TypeRef callee) {
  if (!callee || callee->kind != TypeKind::Builtin || !callee->const_value) return Replacement::None;
  const std::string& name = callee->const_value->as<m::BuiltinObj>()->name;
  if (name.rfind("re.", 0) == 0) {
    m::Ref fn = re_replacement(interp_, name, e.loc);
    if (!fn) return Replacement::None;
    // A constant pattern (with constant flags) is compiled now, so that a pattern rpy cannot
    // translate is reported here, at the program's call, naming what it does not support.
    const std::string fname = name.substr(3);
    const Expr* pat = re_flags_index(fname) ? call_arg(e, 0, "pattern") : nullptr;
    const Expr* flags = pat ? call_arg(e, re_flags_index(fname), "flags") : nullptr;
    bool const_pattern =
        pat && pat->op == ExprOp::Const && pat->value && (pat->value->kind == m::ObjKind::Str || pat->value->kind == m::ObjKind::Unicode);
    if (const_pattern && (!flags || const_int(flags) >= 0)) {
      const bool py3 = interp_.python() == 3;
      try {
        m::Ref mod = interp_.loader().import_module(py3 ? "_rpy_re" : "rpython.rlib.rsre.rsre_re", e.loc);
        interp_.call(interp_.get_attr(mod, py3 ? "_prebuilt" : "compile", e.loc), {pat->value, m::make_int(flags ? const_int(flags) : 0)},
                     {}, e.loc);
      } catch (const m::PyException& exc) {
        std::string what = exc.value ? interp_.str_of(exc.value) : std::string();
        std::string cls = exc.value ? m::type_name(exc.value) : std::string("an exception");
        if (cls == "error") cls = "re.error";
        error(e.loc, name + "(): this constant pattern cannot be translated: " + cls + (what.empty() ? "" : ": " + what));
        return Replacement::Refused;
      } catch (const m::EvalError& err) {
        error(e.loc, name + "(): this constant pattern cannot be translated: " + err.message);
        return Replacement::Refused;
      }
    }
    auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
    c->value = fn;
    e.args[0] = std::move(c);
    return Replacement::Replaced;
  }
  if (name == "partial") return replace_partial(e);  // functools.partial, a type named so
  const ReplacementRule* rule = find_rule(name);
  if (!rule && name.rfind("math.", 0) == 0) {
    // math's functions over iterables and with optional tolerances: lib/std/_rpy_math.py's
    struct MathRule {
      std::string_view fname;
      size_t max_positional;
    };
    static constexpr std::array kMath{MathRule{"fsum", 1}, MathRule{"prod", 1}, MathRule{"isclose", 2}, MathRule{"lcm", SIZE_MAX}};
    const std::string fname = name.substr(5);
    const MathRule* r = nullptr;
    for (const auto& m : kMath)
      if (m.fname == fname) r = &m;
    if (!r) return Replacement::None;
    const size_t npos = e.args.size() - 1 - e.kwnames.size();
    if (npos > r->max_positional) {
      error(e.loc, "TypeError: " + name + "() takes " +
                       (r->max_positional == 1 ? "exactly 1 positional argument" : "exactly 2 positional arguments") + " (" +
                       std::to_string(npos) + " given)");
      return Replacement::Refused;
    }
    m::Ref fn = lib_function(interp_, "_rpy_math", fname, e.loc);
    if (!fn) return Replacement::None;
    auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
    c->value = fn;
    e.args[0] = std::move(c);
    return Replacement::Replaced;
  }
  if (!rule && name == "dict.fromkeys") {
    // dict.fromkeys(iterable[, value]): lib/std/_rpy_text.py's loop, the keys inserted in the
    // iterable's order. Python 2 presizes the table for a dict or set argument, which changes its
    // order: refused there (RPython has no fromkeys either).
    if (interp_.python() != 3) {
      error(e.loc,
            "dict.fromkeys() is not supported in translated Python 2 code (nor by RPython): build the dict with a loop, "
            "d = {}; for k in keys: d[k] = value");
      return Replacement::Refused;
    }
    m::Ref fn = lib_function(interp_, "_rpy_text", "dict_fromkeys", e.loc);
    if (!fn) return Replacement::None;
    auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
    c->value = fn;
    e.args[0] = std::move(c);
    return Replacement::Replaced;
  }
  if (!rule && ((name == "ascii" && interp_.python() == 3) || name == "string.capwords")) {
    // ascii(x), string.capwords(s): lib/std/_rpy_text.py's
    m::Ref fn = lib_function(interp_, "_rpy_text", name == "ascii" ? "ascii" : "capwords", e.loc);
    if (!fn) return Replacement::None;
    auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
    c->value = fn;
    e.args[0] = std::move(c);
    return Replacement::Replaced;
  }
  if (!rule && name.rfind("string.", 0) == 0 && interp_.python() == 2) {
    // Python 2's string.upper(s), string.join(words, sep), string.atoi(s, base)...: the function
    // of that name in lib/std/_rpy_pystring.py (the str method it stands for)
    m::Ref fn = lib_function(interp_, "_rpy_pystring", name.substr(7), e.loc);
    if (!fn) return Replacement::None;
    auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
    c->value = fn;
    e.args[0] = std::move(c);
    return Replacement::Replaced;
  }
  if (!rule && name.rfind("operator.", 0) == 0) {
    // operator.add(a, b), or `f(a, b)` where f is operator.mul (given to reduce(), kept in a
    // table): the function of that name in lib/std/_rpy_operator.py
    m::Ref fn = lib_function(interp_, "_rpy_operator", name.substr(9), e.loc);
    if (!fn) return Replacement::None;
    auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
    c->value = fn;
    e.args[0] = std::move(c);
    return Replacement::Replaced;
  }
  if (!rule) return Replacement::None;
  const size_t npos = e.args.size() - 1 - e.kwnames.size();
  // map()/filter() consumed at once (a for loop's iterable, an argument of a consumed zip(),
  // list()...), or Python 2's (lists): their iterables are read as it goes, and die with it.
  if ((name == "map" || name == "filter") && (e.consumed || !interp_.sources().py3()))
    for (size_t i = 2; i <= npos && i < e.args.size(); ++i) consumed_at_once(*e.args[i]);
  std::string shown = name.rfind("itertools.", 0) == 0 || name.rfind("functools.", 0) == 0 ? name : "itertools." + name;
  if (name == "reduce" || rule->pick == Pick::ByIterables) shown = name;
  if (rule->base == "itemgetter" || rule->base == "attrgetter") {
    // The keys are built into the function while translating (a memo function): constants only.
    shown = "operator." + std::string(rule->base);
    for (size_t i = 1; i < e.args.size(); ++i)
      if (e.args[i]->op != ExprOp::Const || i > npos) {
        error(e.args[i]->loc, shown +
                                  "() in translated code needs constant keys (rpy builds the getter while translating): write a "
                                  "lambda, key=lambda r: r[k]");
        return Replacement::Refused;
      }
  }
  std::string fname(rule->base);
  bool has_repeat = false;
  for (size_t k = 0; k < e.kwnames.size(); ++k)
    if (e.kwnames[k] == "repeat") {
      if (const_int(e.args[1 + npos + k].get()) == 1 && rule->base == "product") {  // the iterables once: fixed tuples
        e.args.erase(e.args.begin() + static_cast<long>(1 + npos + k));
        e.kwnames.erase(e.kwnames.begin() + static_cast<long>(k));
        break;
      }
      has_repeat = true;
    }
  if (rule->pick == Pick::ByIterables) {
    if (!e.kwnames.empty()) {
      error(e.loc, shown + "() takes no keyword arguments");
      return Replacement::Refused;
    }
    const bool py2 = !interp_.sources().py3();
    const Expr* f = npos >= 1 ? e.args[1].get() : nullptr;
    const bool none = f && f->op == ExprOp::Const && f->value && f->value->kind == m::ObjKind::None;
    if (none && name == "map") {
      error(e.loc, std::string("map(None, ...) is not supported in translated code: write ") +
                       (py2 ? "list(iterable) (or zip(a, b) for several)" : "the iterable itself (or zip(a, b) for several)"));
      return Replacement::Refused;
    }
    if (py2 && npos > 2 && name == "map") {
      error(e.loc,
            "map() with several iterables pads the shorter ones with None in Python 2, which translated code does not "
            "support: write [f(x, y) for x, y in zip(a, b)]");
      return Replacement::Refused;
    }
    if (npos < 2) {
      error(e.loc, shown + "() must have at least two arguments");
      return Replacement::Refused;
    }
    fname += std::string(py2 ? "2" : "") + (none ? "_none" : "") + "_" + std::to_string(npos - 1);
    if (none) e.args.erase(e.args.begin() + 1);  // the function is not an argument of filter_none
  } else if (rule->pick == Pick::ByArity && has_repeat && rule->base == "product") {
    fname += "_repeat_" + std::to_string(npos);  // tuples of a length known at run time
  } else if (rule->pick == Pick::ByArity) {
    fname += "_" + std::to_string(npos);
  } else if (rule->pick == Pick::ByAllArgs) {
    fname += "_" + std::to_string(e.args.size() - 1);
  } else if (rule->pick == Pick::ByConstantR) {
    const Expr* r = npos >= 2 ? e.args[2].get() : nullptr;
    for (size_t k = 0; k < e.kwnames.size(); ++k)
      if (e.kwnames[k] == "r") r = e.args[1 + npos + k].get();
    int64_t k = const_int(r);
    if (npos > 2) {
      error(e.loc, shown + "() takes at most 2 positional arguments (" + std::to_string(npos) + " given)");
      return Replacement::Refused;
    }
    // A constant r of 2 or 3 gives fixed-length tuples; any other r, or none (permutations: all
    // the items), tuples of a length known at run time (vtuple_rules.cpp).
    if (!r && rule->base != "permutations") {
      error(e.loc, shown + "() missing required argument 'r' (pos 2)");
      return Replacement::Refused;
    }
    if (!r) {
      fname += "_all";
    } else if (r && (k < 2 || k > 3)) {
      fname += "_var";
    } else {
      fname += "_r" + std::to_string(k);
    }
    // The replacement takes the iterable only: r is in its name.
    if (fname.ends_with("_var") || fname.ends_with("_all")) {
      // r stays an argument (or there is none)
    } else if (npos >= 2) {
      e.args.erase(e.args.begin() + 2);
    } else {
      for (size_t j = 0; j < e.kwnames.size(); ++j)
        if (e.kwnames[j] == "r") {
          e.args.erase(e.args.begin() + static_cast<long>(1 + npos + j));
          e.kwnames.erase(e.kwnames.begin() + static_cast<long>(j));
          break;
        }
    }
  }
  m::Ref fn = lib_function(interp_, "_rpy_itertools", fname, e.loc);
  if (!fn) {
    std::string what = rule->pick == Pick::ByConstantR ? "r=" + fname.substr(fname.rfind("_r") + 2)
                                                       : std::to_string(npos) + " positional argument" + (npos == 1 ? "" : "s");
    error(e.loc, shown + "() with " + what + " is not supported in translated code" +
                     (rule->pick == Pick::ByConstantR ? " (r must be 2 or 3)" : ""));
    return Replacement::Refused;
  }
  auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
  c->value = fn;
  e.args[0] = std::move(c);
  return Replacement::Replaced;
}

// functools.partial(func, *args, **keywords): lib/std/_rpy_functools.py's partial, one copy per
// call (specialize:call_location), returns a function forwarding to func the bound arguments and
// then the call's, with the bound keywords updated by the call's. Its f(**d) reaches the program's
// own functions only: partial() of a builtin, a class or a bound method uses partial_positional,
// whose function takes positional arguments only.
Annotator::Replacement Annotator::replace_partial(Expr& e) {
  const size_t npos = e.args.size() - 1 - e.kwnames.size();
  if (npos == 0 || e.star) {
    error(e.loc, npos == 0 ? "functools.partial() needs the function to call as its first argument"
                           : "functools.partial(*args) is not supported: pass the function and its arguments");
    return Replacement::Refused;
  }
  const Expr& func = *e.args[1];
  bool own = func.op == ExprOp::Local || func.op == ExprOp::MakeClosure ||
             (func.op == ExprOp::Const && func.value && func.value->kind == m::ObjKind::Function);
  if (!own && !e.kwnames.empty()) {
    error(e.loc,
          "functools.partial() with keyword arguments is supported for the program's own functions only (rpy passes keywords "
          "through f(**d) to those); for a builtin or a method write a lambda: lambda x: f(x, key=value)");
    return Replacement::Refused;
  }
  m::Ref fn = lib_function(interp_, "_rpy_functools", own ? "partial" : "partial_positional", e.loc);
  if (!fn) return Replacement::None;
  auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
  c->value = fn;
  e.args[0] = std::move(c);
  return Replacement::Replaced;
}

// c.elements() of a Counter: a call of _rpy_itertools.counter_elements(c), a generator reading
// the Counter's items as CPython's elements() does (lazily, so a count changed while iterating
// is seen, and a key added raises the dict's RuntimeError).
TypeRef Annotator::counter_elements_call(Expr& e, ir::Graph& g) {
  if (e.args.size() != 1 || e.args[0]->op != ExprOp::GetAttr || e.args[0]->args.empty()) {
    error(e.loc,
          e.args.size() != 1 ? "elements() takes no arguments" : "Counter.elements() is supported called on a Counter: c.elements()");
    return types().impossible();
  }
  m::Ref fn = lib_function(interp_, "_rpy_itertools", "counter_elements", e.loc);
  if (!fn) {
    error(e.loc, "Counter.elements() is not available (rpy's lib/std/_rpy_itertools.py has no counter_elements)");
    return types().impossible();
  }
  ir::ExprPtr recv = std::move(e.args[0]->args[0]);
  auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
  c->value = fn;
  e.args[0] = std::move(c);
  e.args.push_back(std::move(recv));
  return call(e, g);
}

// zip(*rows) of a list (or an iterator) of iterables: the number of iterables is known only at run
// time, so each result item is a tuple of unknown length (vtuple_rules.cpp): `zip_star` in
// _rpy_itertools takes the call's place, with the list as its argument.
//
// Rows that are tuples of N items of different types (the unzip idiom, `names, ages =
// zip(*people)`) give N columns of different types, each a tuple of unknown length of its own
// item type, or no column when there is no row: unpacked at once into N targets, the call is
// `unzip_N(rows)` (the unpacking's ValueError when there is no row, else the tuple of the
// columns); any other use is refused with what to write.
Annotator::Replacement Annotator::replace_zip_star(Expr& e, const std::vector<TypeRef>& args) {
  if (!e.star || !e.kwnames.empty() || e.args.size() != 2 || args.size() != 1 || !args[0]) return Replacement::None;
  if (args[0]->kind != TypeKind::List && args[0]->kind != TypeKind::Iterator) return Replacement::None;
  TypeRef row = args[0]->kind == TypeKind::List ? args[0]->listdef->find()->item : args[0]->items[0];
  std::string fname = "zip_star";
  if (row && row->kind == TypeKind::Tuple)
    for (TypeRef t : row->items)
      if (!same_type(t, row->items[0])) {
        const int n = static_cast<int>(row->items.size());
        if (e.unpacked == n && n <= kMaxUnzip) {
          fname = "unzip_" + std::to_string(n);
          break;
        }
        const std::string cols = std::to_string(n), what = "zip(*rows) of tuples whose items have different types (" + describe(row) + ")";
        const std::string per_column = "write one list per column ([r[0] for r in rows], ...)";
        if (n > kMaxUnzip)
          error(e.args[1]->loc, what + " is supported up to " + std::to_string(kMaxUnzip) + " columns: " + per_column);
        else if (e.unpacked >= 0)
          error(e.args[1]->loc, "unpacking " + what + " into " + std::to_string(e.unpacked) + " targets always raises ValueError: it has " +
                                    cols + " columns, or none when there is no row");
        else
          error(e.args[1]->loc, what + " is supported only unpacked at once into its " + cols +
                                    " columns (a, b = zip(*rows)): the columns are tuples of different types; or " + per_column);
        return Replacement::Refused;
      }
  m::Ref fn = lib_function(interp_, "_rpy_itertools", fname, e.loc);
  if (!fn) return Replacement::None;
  auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
  c->value = fn;
  e.args[0] = std::move(c);
  e.star = false;
  reset_call(e);
  changed_ = true;
  return Replacement::Replaced;
}

// zip() and enumerate() with an argument that is an iterator (a generator): Python pulls one item
// per step from it (Python 3's zip() and both dialects' enumerate() are themselves iterators;
// Python 2's zip() builds its list row by row, stopping at the first argument that runs out), so a
// generator with effects interleaves them with the loop's, stops where the shortest argument
// ends, and may be infinite. rpy's builtins read each argument whole first, which is right for
// lists and strings only; with an iterator argument the call becomes _rpy_itertools'
// zip_N / zip2_N (Python 2) / enumerate_lazy, which do what Python does.
Annotator::Replacement Annotator::replace_lazy_zip(BuiltinId id, Expr& e, const std::vector<TypeRef>& args) {
  if (e.star || e.args.size() < 2) return Replacement::None;
  const size_t npos = e.args.size() - 1 - e.kwnames.size();
  if (id == BuiltinId::Zip && (!e.kwnames.empty() || npos > 8)) return Replacement::None;
  if (id == BuiltinId::Enumerate && (npos > 2 || (!e.kwnames.empty() && (e.kwnames.size() != 1 || e.kwnames[0] != "start"))))
    return Replacement::None;
  bool lazy = false, unknown = false;
  const size_t iterables = id == BuiltinId::Zip ? npos : 1;
  for (size_t i = 0; i < iterables && i < args.size(); ++i) {
    // A file is read line by line as the loop goes (enumerate(f, 1) of a file a loop may leave
    // early, or that the loop reads or writes on), as an iterator is.
    if (args[i] && (args[i]->kind == TypeKind::Iterator || args[i]->kind == TypeKind::File)) lazy = true;
    if (!args[i] || args[i]->kind == TypeKind::Impossible) unknown = true;
  }
  // Python 3's zip() and both dialects' enumerate() are iterators: built whole only where the
  // value is iterated at once where it is made (ir::Expr::consumed, iter_rules.cpp) or unpacked
  // at once; elsewhere partly consuming it must leave the rest.
  if (!e.consumed && e.unpacked < 0 && (id == BuiltinId::Enumerate || interp_.sources().py3())) lazy = true;
  // An argument of no type yet (a generator expression not annotated yet): the call has no value
  // until it has one, so that the result is not first a list and then an iterator.
  if (!lazy && unknown) return Replacement::Pending;
  if (!lazy) return Replacement::None;
  std::string fname = "enumerate_lazy";
  if (id == BuiltinId::Zip) fname = std::string(interp_.sources().py3() ? "zip_" : "zip2_") + std::to_string(npos);
  m::Ref fn = lib_function(interp_, "_rpy_itertools", fname, e.loc);
  if (!fn) return Replacement::None;
  auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
  c->value = fn;
  e.args[0] = std::move(c);
  reset_call(e);
  changed_ = true;
  return Replacement::Replaced;
}

// A pattern compiled at import time (P = re.compile(...) at module level) is an object of the
// evaluator's re; translated code uses the pattern rpy's own re makes for the same text and
// flags (_rpy_re._prebuilt, or rsre_re.compile in a Python 2 program), a prebuilt instance like
// any other, which codegen emits in the evaluator object's place (substitute_prebuilt()).
TypeRef Annotator::prebuilt_re_pattern(const m::Ref& v, Loc loc) {
  m::Ref source;
  int flags = 0;
  if (!m::re_pattern_source(v, source, flags)) return nullptr;
  auto known = substitutes_.find(v.get());
  if (known != substitutes_.end()) return type_of_const(known->second, loc);
  const bool py3 = interp_.python() == 3;
  m::Ref made;
  try {
    m::Ref mod = interp_.loader().import_module(py3 ? "_rpy_re" : "rpython.rlib.rsre.rsre_re", loc);
    made = interp_.call(interp_.get_attr(mod, py3 ? "_prebuilt" : "compile", loc), {source, m::make_int(flags)}, {}, loc);
  } catch (const m::PyException& exc) {
    std::string what = exc.value ? interp_.str_of(exc.value) : std::string();
    error(loc, "this pattern, compiled while the program was imported, cannot be used in translated code: " +
                   (exc.value ? m::type_name(exc.value) : std::string("an exception")) + (what.empty() ? "" : ": " + what));
    return tt_.impossible();
  } catch (const m::EvalError& err) {
    error(loc, "this pattern, compiled while the program was imported, cannot be used in translated code: " + err.message);
    return tt_.impossible();
  }
  substitutes_[v.get()] = made;
  return type_of_const(made, loc);
}

// An itertools.count made at import time (`_ids = itertools.count(1)` at module or class level,
// next(_ids) in translated code): an instance of _rpy_itertools.PrebuiltCount that goes on from
// the value the import-time counter would give next, emitted in its place (substitute_prebuilt()).
TypeRef Annotator::prebuilt_count(const m::Ref& v, Loc loc) {
  m::Ref next, step;
  if (!m::count_state(v, next, step)) return nullptr;
  return substitute_with(v, "_rpy_itertools", "prebuilt_count", {next, step}, loc);
}

TypeRef Annotator::substitute_with(const m::Ref& v, const char* module, const char* fname, std::vector<m::Ref> args, Loc loc) {
  auto known = substitutes_.find(v.get());
  if (known != substitutes_.end()) return type_of_const(known->second, loc);
  m::Ref fn = lib_function(interp_, module, fname, loc);
  if (!fn) return nullptr;
  m::Ref made;
  try {
    made = interp_.call(fn, std::move(args), {}, loc);
  } catch (const m::PyException&) {
    return nullptr;
  } catch (const m::EvalError&) {
    return nullptr;
  }
  substitutes_[v.get()] = made;
  return type_of_const(made, loc);
}

m::Ref Annotator::substitute_prebuilt(const m::Obj* o) const {
  auto it = substitutes_.find(o);
  return it == substitutes_.end() ? nullptr : it->second;
}

// json.loads()/json.load() in translated code (lib/std/json.py): what they return has a type
// that depends on the document (dicts of lists of strs, numbers, None...), known only at run
// time, which no RPython type holds; refused with what to write. A document parsed while the
// script is imported is a constant, typed from its values.
bool Annotator::refuse_library_function(const m::FunctionObj& fn, Loc loc) {
  if (!fn.module || fn.module->name != "json" || (fn.name != "loads" && fn.name != "load")) return false;
  error(loc, "json." + fn.name +
                 "() in translated code is not supported: the type of the document it returns (dicts, lists, strs, numbers "
                 "and None, mixed) is known only at run time; parse it while the script is imported (DATA = json." +
                 fn.name +
                 "(...) at module level is a constant, typed from its values: each dict's values, each list's "
                 "items of one type), or parse the text yourself");
  return true;
}

// Subclasses of namedtuple classes with methods of their own (namedtuple_rules.cpp) and classes
// deriving from OrderedDict are refused by name, with what to write instead: their instances are
// tuples and dicts with behaviour of their own that rpy does not model yet. OrderedDict itself is a dict type (collections_rules.cpp).
bool Annotator::refuse_library_class(const m::Ref& cls, Loc loc) {
  if (!cls || cls->kind != m::ObjKind::Class) return false;
  auto* co = cls->as<m::ClassObj>();
  for (const m::ClassObj* k : co->mro) {
    if (!k) continue;
    if (k->builtin_base && k->attrs.count("_fields") && k->attrs.count("_make")) return refuse_namedtuple(cls, loc);
    if (k != co && k->name == "OrderedDict" && k->module && k->module->name == "collections") {
      error(loc, "class " + co->name +
                     " derives from collections.OrderedDict, which translated code supports as OrderedDict itself only: "
                     "keep an OrderedDict in an attribute");
      return true;
    }
  }
  return false;
}

// Python makes an instance of a new-style class by calling its __new__, which may return an
// object of its choosing (a cached instance, a singleton); translated code allocates a new
// instance and runs __init__, so a class with its own __new__ would silently give another object
// (`Box(1) is Box(1)` False where Python says True). Python 2's classic classes ignore __new__.
bool Annotator::refuse_own_new(const m::ClassObj* co, Loc loc) {
  if (!co->new_style) return false;
  for (const m::ClassObj* k : co->mro) {
    if (!k || k->is_builtin_exception || !k->attrs.count("__new__")) continue;
    error(loc, "class " + co->name + (k == co ? " defines" : " inherits from " + k->name) +
                   " its own __new__, which translated code does not call (it allocates the instance and runs "
                   "__init__): build or look up the object in a function (a factory) instead");
    return true;
  }
  return false;
}

}  // namespace rpy::annotate
