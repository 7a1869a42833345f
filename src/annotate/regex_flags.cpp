// re's flags in translated Python 3 code. Python 3's re.IGNORECASE... are members of
// re.RegexFlag, an IntFlag: ints everywhere (arithmetic, comparisons, dict keys, re's functions),
// but `|`, `&`, `^` with an int and `~` give flags again, and their text names them
// (`re.IGNORECASE|re.MULTILINE`, `re.NOFLAG`). rpy keeps them machine ints whose type says
// whether they are flags (Type::reflag): a constant flag, and `|`/`&`/`^` with one, are flags
// (bool's own `True | flag` is an int); other arithmetic, int() and the other builtins give ints;
// a merge of flags and ints may be either (kMaybeRegexFlag). Where a flag becomes text (print,
// str, repr, format without a spec, an f-string without a spec, %s, %r) translated code calls
// _rpy_re._flag_text; a value that may be a flag or an int, or flags in a container, are refused
// there by name, as `flag | x` where x may be negative (RegexFlag keeps 9 bits of a negative value).
// `~flag` calls _rpy_re._flag_invert. A Python 2 program's re flags are plain ints.
#include <string>

#include "annotate/annotator.hpp"
#include "modules/interp.hpp"
#include "modules/loader.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;
using syntax::BinOp;

namespace {

uint8_t flag_level(TypeRef t) { return t && t->kind == TypeKind::Int ? t->reflag : 0; }

bool has_flags_inside(TypeRef t, std::vector<const void*>& seen) {
  if (!t) return false;
  switch (t->kind) {
    case TypeKind::Int:
      return t->reflag != 0;
    case TypeKind::List: {
      ListDef* d = t->listdef->find();
      for (const void* s : seen)
        if (s == d) return false;
      seen.push_back(d);
      return has_flags_inside(d->item, seen);
    }
    case TypeKind::Dict: {
      DictDef* d = t->dictdef->find();
      for (const void* s : seen)
        if (s == d) return false;
      seen.push_back(d);
      return has_flags_inside(d->key, seen) || has_flags_inside(d->value, seen);
    }
    case TypeKind::Tuple:
      for (TypeRef i : t->items)
        if (has_flags_inside(i, seen)) return true;
      return false;
    default:
      return false;
  }
}

bool has_flags_inside(TypeRef t) {
  std::vector<const void*> seen;
  return has_flags_inside(t, seen);
}

}  // namespace

TypeRef TypeTable::regex_flag(uint8_t reflag, bool nonneg) {
  Type t;
  t.kind = TypeKind::Int;
  t.nonneg = nonneg;
  t.reflag = reflag;
  return intern(t);
}

bool union_regex_flags(TypeTable& tt, TypeRef a, TypeRef b, UnionResult& out) {
  uint8_t fa = flag_level(a), fb = flag_level(b);
  if (!fa && !fb) return false;
  auto intlike = [](TypeRef t) { return (t->kind == TypeKind::Int && !t->bits) || t->kind == TypeKind::Bool; };
  if (!intlike(a) || !intlike(b)) {
    out = {nullptr, "a re flag (re.RegexFlag) and " + describe(fa ? b : a) + " cannot be merged"};
    return true;
  }
  auto nonneg = [](TypeRef t) { return t->kind == TypeKind::Bool || t->nonneg; };
  out = {tt.regex_flag(fa == kRegexFlag && fb == kRegexFlag ? kRegexFlag : kMaybeRegexFlag, nonneg(a) && nonneg(b)), ""};
  return true;
}

TypeRef Annotator::regex_flag_binop(Expr& e, TypeRef a, TypeRef b, TypeRef t) {
  if (!t || t->kind != TypeKind::Int) return t;
  uint8_t fa = flag_level(a), fb = flag_level(b);
  bool bitwise = e.binop == BinOp::BitOr || e.binop == BinOp::BitAnd || e.binop == BinOp::BitXor;
  if (!bitwise || (!fa && !fb)) return t->reflag ? tt_.integer(t->nonneg) : t;              // `flag + 1`: an int
  if (a->kind == TypeKind::Bool && !fa && fb == kRegexFlag) return tt_.integer(t->nonneg);  // bool.__or__
  auto may_be_negative = [](TypeRef x) { return x->kind == TypeKind::Int && !x->nonneg; };
  if (e.binop != BinOp::BitAnd && (may_be_negative(a) || may_be_negative(b))) {
    error(e.loc, std::string("'") + syntax::binop_symbol(e.binop) +
                     "' of a re flag and an int that may be negative is not supported: Python's re.RegexFlag keeps only the flags' 9 "
                     "bits of a negative result, rpy's flags are machine ints; use int(flag) for an int result");
    return tt_.integer();
  }
  uint8_t level = fa == kRegexFlag || fb == kRegexFlag ? kRegexFlag : kMaybeRegexFlag;
  bool nonneg = e.binop == BinOp::BitAnd ? (!may_be_negative(a) || !may_be_negative(b)) : true;
  return tt_.regex_flag(level, nonneg);
}

// A call of a function of lib/std/_rpy_re.py.
static ExprPtr rpy_re_call(m::Interp& in, const char* fname, ExprPtr arg, Loc loc) {
  m::Ref mod = in.loader().import_module("_rpy_re", loc);
  auto fn = std::make_unique<Expr>(ExprOp::Const, loc);
  fn->value = in.get_attr(mod, fname, loc);
  auto call = std::make_unique<Expr>(ExprOp::Call, loc);
  call->args.push_back(std::move(fn));
  call->args.push_back(std::move(arg));
  return call;
}

bool Annotator::regex_flag_unop(Expr& e, TypeRef a, ir::Graph& g, TypeRef& t) {
  uint8_t fa = flag_level(a);
  if (!fa) return false;
  if (e.unop != syntax::UnaryOp::Invert) {  // -flag, +flag: ints
    t = e.unop == syntax::UnaryOp::Pos ? tt_.integer(a->nonneg) : tt_.integer();
    return true;
  }
  if (fa == kMaybeRegexFlag) {
    error(e.loc,
          "'~' of a value that may be a re flag or an int is not supported: ~ of Python's re.RegexFlag keeps the flags' "
          "bits, ~ of an int is negative; use int(x) or keep flags and ints apart");
    t = tt_.integer();
    return true;
  }
  // ~flag: _rpy_re._flag_invert(flag); e becomes that call
  ExprPtr operand = std::move(e.args[0]);
  ExprPtr call = rpy_re_call(interp_, "_flag_invert", std::move(operand), e.loc);
  e.op = ExprOp::Call;
  e.args = std::move(call->args);
  changed_ = true;
  t = expr(e, g);
  return true;
}

bool Annotator::regex_flag_as_text(ExprPtr& x, ir::Graph& g, const char* where) {
  TypeRef t = x->type;
  uint8_t f = flag_level(t);
  if (!f) {
    regex_flags_inside(t, x->loc, where);
    return false;
  }
  if (f == kMaybeRegexFlag) {
    error(x->loc, std::string(where) +
                      " of a value that may be a re flag or an int is not supported: Python's text of a re flag names it "
                      "(re.IGNORECASE), of an int its digits; use int(x) for the digits");
    return false;
  }
  Loc l = x->loc;
  x = rpy_re_call(interp_, "_flag_text", std::move(x), l);
  expr(*x, g);
  changed_ = true;
  return true;
}

void Annotator::regex_flags_inside(TypeRef t, Loc loc, const char* where) {
  if (!t || t->kind == TypeKind::Int || !has_flags_inside(t)) return;
  error(loc, std::string(where) + " of " + describe(t) +
                 " holding re flags is not supported: Python's text of a re flag names it (re.IGNORECASE), rpy's flags in a "
                 "container are ints; make the text of each flag with str()");
}

// print(flag), str(flag), repr(flag), format(flag), format(flag, ''), '{}'.format(...)
bool Annotator::regex_flag_texts(BuiltinId id, Expr& e, std::vector<TypeRef>& args, ir::Graph& g) {
  if (!interp().sources().py3()) return false;
  const size_t npos = e.args.size() - 1 - e.kwnames.size();
  const char* what = builtin_name(id);
  switch (id) {
    case BuiltinId::Print:
    case BuiltinId::Str:
    case BuiltinId::Repr: {
      bool any = false;
      for (size_t i = 0; i < npos && i < args.size(); ++i) {
        if (e.star && i + 1 == npos) {
          regex_flags_inside(args[i], e.args[i + 1]->loc, what);
          continue;
        }
        if (regex_flag_as_text(e.args[i + 1], g, what)) args[i] = e.args[i + 1]->type, any = true;
      }
      if (!any || id != BuiltinId::Repr) return false;
      auto it = interp_.builtins()->attrs.find("str");  // repr(flag) is its text: str(text)
      if (it == interp_.builtins()->attrs.end()) return false;
      auto callee = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
      callee->value = it->second;
      e.args[0] = std::move(callee);
      reset_call(e);
      return true;
    }
    case BuiltinId::Format: {
      if (npos < 1 || args.empty()) return false;
      const Expr* spec = npos >= 2 ? e.args[2].get() : nullptr;
      bool text = !spec || (spec->op == ExprOp::Const && spec->value && spec->value->kind == m::ObjKind::Str &&
                            spec->value->as<m::StrObj>()->value.empty());
      if (text) {
        if (regex_flag_as_text(e.args[1], g, what)) args[0] = e.args[1]->type;
      } else {
        regex_flags_inside(args[0], e.args[1]->loc, what);
      }
      return false;
    }
    case BuiltinId::StrFormat:
      for (size_t i = 1; i < e.args.size(); ++i) {
        TypeRef t = e.args[i]->type;
        if (flag_level(t) || has_flags_inside(t))
          error(e.args[i]->loc,
                "str.format() of a value that is or may be a re flag, or holds flags, is not supported: Python's "
                "text of a re flag names it (re.IGNORECASE); pass str(flag), or int(flag) for its digits");
      }
      return false;
    default:
      return false;
  }
}

TypeRef Annotator::call_builtin(BuiltinId id, Expr& e, std::vector<TypeRef>& args, ir::Graph& g) {
  if (regex_flag_texts(id, e, args, g)) return call(e, g);  // repr(flag) became str(its text)
  TypeRef t = call_builtin_rules(id, e, args, g);
  // int(flag), abs(flag), sum(flags)...: ints; max() and min() give one of their arguments
  if (t && t->kind == TypeKind::Int && t->reflag && id != BuiltinId::Max && id != BuiltinId::Min) t = tt_.integer(t->nonneg);
  return t;
}

// `"%s" % flag`, `"%s %d" % (flag, flag)`: a value a %s or %r converts becomes its text; %d, %x...
// convert the int. A format known only at run time, or a mapping, is refused when flags are among
// the values.
void Annotator::percent_regex_flags(Expr& e, ir::Graph& g) {
  if (!interp().sources().py3()) return;
  Expr& fmt = *e.args[0];
  TypeRef vt = e.args[1]->type;
  if (!flag_level(vt) && !has_flags_inside(vt)) return;
  std::vector<char> convs;
  std::vector<size_t> at;
  bool known = fmt.op == ExprOp::Const && fmt.value && fmt.value->kind == m::ObjKind::Str;
  if (known) {
    const std::string& f = fmt.value->as<m::StrObj>()->value;
    for (size_t i = 0; i < f.size() && known; ++i) {
      if (f[i] != '%') continue;
      size_t j = i + 1;
      if (j < f.size() && f[j] == '(') known = false;  // %(name)s: a mapping
      while (j < f.size() && std::string("#0- +.0123456789lh").find(f[j]) != std::string::npos) ++j;
      if (j < f.size() && f[j] == '*') known = false;
      if (j >= f.size()) break;
      if (f[j] != '%') convs.push_back(f[j]), at.push_back(j);
      i = j;
    }
  }
  auto as_text = [](char c) { return c == 's' || c == 'r' || c == 'a'; };
  std::string f = known ? fmt.value->as<m::StrObj>()->value : std::string();
  auto text_at = [&](ExprPtr& item, size_t i) {  // a flag's text; its %r becomes %s (the text is its repr)
    if (!regex_flag_as_text(item, g, "'%' formatting")) return false;
    f[at[i]] = 's';
    return true;
  };
  bool any = false;
  if (known && e.args[1]->op == ExprOp::MakeTuple && convs.size() == e.args[1]->args.size()) {
    for (size_t i = 0; i < convs.size(); ++i) {
      ExprPtr& item = e.args[1]->args[i];
      if (as_text(convs[i]))
        any = text_at(item, i) || any;
      else
        regex_flags_inside(item->type, item->loc, "'%' formatting");
    }
    if (any) expr(*e.args[1], g);
  } else if (known && e.args[1]->op != ExprOp::MakeTuple && vt->kind == TypeKind::Int && convs.size() == 1) {
    if (as_text(convs[0])) any = text_at(e.args[1], 0);
  } else {
    error(e.args[1]->loc,
          "'%' formatting of values that are, hold or may be re flags is not supported here (a format known only "
          "at run time, a mapping or a tuple value): Python's %s of a re flag names it (re.IGNORECASE); pass "
          "str(flag), or int(flag) for its digits");
    return;
  }
  if (any && f != fmt.value->as<m::StrObj>()->value) fmt.value = m::make_str(f);
}

}  // namespace rpy::annotate
