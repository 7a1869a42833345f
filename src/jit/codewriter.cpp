// The codewriter's program-wide half: the policy (docs/JIT.md 5), the descriptor tables and
// the helpers codegen prints (6.4).
#include "jit/codewriter.hpp"

#include <algorithm>
#include <cctype>
#include <deque>

#include "ir/flow.hpp"
#include "jit/walk.hpp"

namespace rpy::jit {

namespace m = rpy::modules;
using annotate::TypeKind;

uint16_t ConstPool::add(const std::string& code, const std::string& shown) {
  auto it = index.find(code);
  if (it != index.end()) return it->second;
  auto i = static_cast<uint16_t>(cpp.size());
  cpp.push_back(code);
  text.push_back(shown);
  index[code] = i;
  return i;
}

Codewriter::Codewriter(annotate::Annotator& a, codegen::Emitter& e, const SourceManager& s, Diagnostics& d)
    : ann(a), em(e), sm(s), diags(d) {}

bool Codewriter::is_void(TypeRef t) { return !t || t->kind == TypeKind::None || t->kind == TypeKind::Impossible; }

Kind Codewriter::kind_of(TypeRef t) {
  if (!t) return kVoid;
  // rpy::Opt<T>, a value and a flag: not a word the JIT's registers hold (a graph using one is
  // residual; a portal using one is refused)
  if (annotate::is_optional_value(t)) throw Unsupported{Loc(), "a number or tuple that may be None"};
  switch (t->kind) {
    case TypeKind::Bool:
    case TypeKind::Int:
    case TypeKind::UInt:
    case TypeKind::Char:
    case TypeKind::UniChar:
      return kInt;
    case TypeKind::Float:
      return kFloat;
    case TypeKind::Str:
    case TypeKind::Unicode:
    case TypeKind::List:
    case TypeKind::Dict:
    case TypeKind::Instance:
    case TypeKind::Iterator:
    case TypeKind::File:
    case TypeKind::ByteArray:
    case TypeKind::Bytes:
      return kRef;
    case TypeKind::BuiltinMethod:  // l.append as a value: its receiver
      return kind_of(t->items[0]);
    case TypeKind::Number:  // rpy::Num, a value and its kind: not one word
      throw Unsupported{Loc(), "a number whose kind (bool, int or float) is known only at run time"};
    case TypeKind::Function:
      return em.is_closure_type(t) ? kRef : kInt;
    case TypeKind::Class:
      return t->const_value ? kVoid : kInt;  // a class set is an int32 id
    case TypeKind::Method:
      return kind_of(t->items[0]);
    default:
      return kVoid;  // None, modules, builtins, prebuilt opaque objects: no value at run time (constants)
  }
}

std::vector<TypeRef> Codewriter::components(TypeRef t, Loc loc) {
  if (t && t->kind == TypeKind::Tuple) {  // its items' components in order (a nested tuple's in place)
    std::vector<TypeRef> out;
    for (TypeRef it : t->items) {
      if (!it || (it->kind != TypeKind::Tuple && kind_of(it) == kVoid)) throw Unsupported{loc, "a tuple holding None"};
      for (TypeRef c : components(it, loc)) out.push_back(c);
    }
    return out;
  }
  if (kind_of(t) == kVoid) return {};
  return {t};
}

static bool signed_word(TypeRef t) {
  switch (t->kind) {
    case TypeKind::Int:
    case TypeKind::UniChar:
    case TypeKind::Function:
    case TypeKind::Class:
      return true;
    default:
      return false;
  }
}

static bool attr_flag(const ir::Graph* g, const char* name, bool* value = nullptr) {
  if (!g->desc) return false;
  auto& attrs = g->desc->fn()->attrs;
  auto it = attrs.find(name);
  if (it == attrs.end()) return false;
  if (value) *value = m::truthy(it->second);
  return true;
}

// ---------------------------------------------------------------- policy

static bool has_loop(ir::Graph& g) {
  bool loop = false;
  walk_stmts(g.body, [&](ir::Stmt& s) { loop = loop || s.op == ir::StmtOp::While || s.op == ir::StmtOp::For; });
  walk_block_exprs(g.body, [&](ir::Expr& e) { loop = loop || e.op == ir::ExprOp::Comp; });
  return loop;
}

std::string Codewriter::static_reason(ir::Graph* g) {
  bool v = false;
  if (attr_flag(g, "_jit_look_inside_", &v) && !v) return "@dont_look_inside";
  if (attr_flag(g, "_elidable_function_", &v) && v) return "@elidable";
  if (attr_flag(g, "_jit_loop_invariant_", &v) && v) return "@loop_invariant";
  if (g->is_generator) return "a generator";
  if (!g->captured.empty() || g->self_var || (g->desc && g->desc->is_closure())) return "a closure";
  if (g->vararg) return "takes *args";
  if (g->kwarg) return "takes **kwargs";
  if (reraisers.count(g)) return "may re-raise the exception its caller handles";
  if (!g->released_vars.empty()) return "owns instances with __del__";
  for (auto& v : g->vars)
    if (v->boxed) return "has a variable shared with a closure";
  if (!is_portal(g) && has_loop(*g) && !(attr_flag(g, "_jit_unroll_safe_", &v) && v) && !attr_flag(g, "_jit_look_inside_iff_"))
    return "contains a loop (not @unroll_safe)";
  return "";
}

void Codewriter::collect_reachable() {
  std::set<const ir::Graph*> seen;
  std::deque<ir::Graph*> work;
  for (auto& d : drivers)
    if (seen.insert(d.portal).second) work.push_back(d.portal);
  while (!work.empty()) {
    ir::Graph* g = work.front();
    work.pop_front();
    reachable.push_back(g);
    std::string why = static_reason(g);
    if (!why.empty() && !is_portal(g)) {
      residual[g] = why;
      continue;
    }
    walk_block_exprs(g->body, [&](ir::Expr& e) {
      if (e.op != ir::ExprOp::Call) return;
      for (ir::Graph* t : e.targets)
        if (t && !is_rlib_promote(t) && seen.insert(t).second) work.push_back(t);
    });
  }
}

bool Codewriter::is_portal(const ir::Graph* g) const {
  for (auto& d : drivers)
    if (d.portal == g) return true;
  return false;
}

DriverOut* Codewriter::driver_of_portal(const ir::Graph* g) {
  for (auto& d : drivers)
    if (d.portal == g) return &d;
  return nullptr;
}

int Codewriter::driver_index(const m::Obj* driver) const {
  for (size_t i = 0; i < drivers.size(); ++i)
    if (drivers[i].driver == driver) return static_cast<int>(i);
  return -1;
}

int Codewriter::code_index(const ir::Graph* g) const {
  auto it = code_index_.find(g);
  return it == code_index_.end() ? -1 : it->second;
}

void Codewriter::reset_tables() {
  fields.clear();
  lists.clear();
  classes.clear();
  calls.clear();
  field_index_.clear();
  list_index_.clear();
  class_index_.clear();
  graph_call_index_.clear();
  call_index_.clear();
}

bool Codewriter::run() {
  if (!find_drivers()) return false;
  if (sm.py3()) find_reraisers();
  collect_reachable();
  if (!sm.py3())
    for (ir::Graph* g : ann.graphs()) exc_info2 = exc_info2 || ir::reraises_other(g->body);
  for (auto& d : drivers) {
    std::string why = static_reason(d.portal);
    if (why == "a closure" || why == "takes *args" || why == "has a variable shared with a closure" ||
        why == "may re-raise the exception its caller handles") {
      diags.error(d.portal->loc, "the JIT cannot yet handle a portal that " + why + "; translate without --opt=jit");
      return false;
    }
  }
  std::vector<ir::Graph*> inside;
  for (ir::Graph* g : reachable)
    if (!residual.count(g)) inside.push_back(g);
  // Lower every candidate; those using constructs the codewriter does not lower become residual,
  // which changes how their callers call them: repeat until every candidate lowers.
  for (;;) {
    reset_tables();
    code_index_.clear();
    codes.clear();
    for (size_t i = 0; i < inside.size(); ++i) code_index_[inside[i]] = static_cast<int>(i);
    codes.resize(inside.size());
    std::vector<ir::Graph*> failed;
    for (size_t i = 0; i < inside.size(); ++i) {
      try {
        GraphWriter(*this, *inside[i], codes[i]).write();
      } catch (Unsupported& u) {
        if (is_portal(inside[i])) {
          diags.error(u.loc.valid() ? u.loc : inside[i]->loc,
                      "the JIT cannot yet lower " + u.why + " in the portal '" + inside[i]->name + "'; translate without --opt=jit");
          return false;
        }
        std::string where = u.loc.valid() ? " (line " + std::to_string(u.loc.line) + ")" : "";
        residual[inside[i]] = "uses " + u.why + where;
        failed.push_back(inside[i]);
      }
    }
    if (failed.empty()) break;
    inside.erase(std::remove_if(inside.begin(), inside.end(),
                                [&](ir::Graph* g) { return std::find(failed.begin(), failed.end(), g) != failed.end(); }),
                 inside.end());
  }
  for (auto& c : codes) assemble(c);
  for (auto& d : drivers) {
    auto it = ann.printable_location_graphs.find(d.driver);
    if (it != ann.printable_location_graphs.end()) d.printable_call = graph_call(it->second);
  }
  // The merge point: its registers, and the variables live there (docs/JIT.md 4.1).
  bool ok = true;
  for (auto& d : drivers) {
    d.portal_code = code_index(d.portal);
    JitCodeOut& pc = codes[d.portal_code];
    size_t at = 0;
    for (size_t i = 0; i < pc.insns.size(); ++i)
      if (pc.insns[i].op == OP_jit_merge_point) at = i + 1;
    auto live = live_before(pc, at);
    std::vector<ir::Var*> auto_reds;
    for (int k = 0; k < 3; ++k)
      for (uint16_t r : live[k]) {
        auto it = pc.reg_vars.find({k, r});
        const ir::Var* v = it == pc.reg_vars.end() ? nullptr : it->second;
        bool listed = v && (std::find(d.greens.begin(), d.greens.end(), v) != d.greens.end() ||
                            std::find(d.reds.begin(), d.reds.end(), v) != d.reds.end());
        if (listed) continue;
        if (v) {
          // RPython rejects a live variable that is not listed; rpy carries it as one more red
          // (as reds='auto' does for all of them), which keeps the program's meaning.
          if (std::find(auto_reds.begin(), auto_reds.end(), v) == auto_reds.end()) auto_reds.push_back(const_cast<ir::Var*>(v));
          continue;
        }
        diags.error(d.merge_call->loc, "jit_merge_point is inside a construct the JIT cannot restart; translate without --opt=jit");
        ok = false;
      }
    std::sort(auto_reds.begin(), auto_reds.end(), [](ir::Var* a, ir::Var* b) { return a->id < b->id; });
    d.declared_reds = d.reds.size();
    for (ir::Var* v : auto_reds) {
      d.reds.push_back(v);
      d.red_names.push_back(v->name);
    }
    d.regs.clear();
    d.kinds.clear();
    auto add = [&](ir::Var* v) {
      for (auto& [kr, var] : pc.reg_vars)
        if (var == v) {
          d.regs.push_back(kr.second);
          d.kinds += char_of_kind(kr.first);
          return;
        }
      // a green or red never read by the portal's jitcode: any register of its kind will do
      Kind k = kind_of(v->type);
      if (k == kVoid || v->type->kind == TypeKind::Tuple) {
        diags.error(d.merge_call->loc, "JitDriver variable '" + v->name + "' has type " + annotate::describe(v->type) +
                                           ", which the JIT cannot take yet; translate without --opt=jit");
        ok = false;
        return;
      }
      d.regs.push_back(0);
      d.kinds += char_of_kind(k);
    };
    d.green_values.clear();
    for (ir::Var* v : d.greens) {
      add(v);
      bool text = v->type && (v->type->kind == TypeKind::Str || v->type->kind == TypeKind::Unicode);
      d.green_values += text ? 's' : '-';
    }
    for (ir::Var* v : d.reds) add(v);
  }
  return ok;
}

// ---------------------------------------------------------------- descriptors

static annotate::ClassDef* declaring_class(annotate::ClassDef* c, const std::string& attr) {
  for (annotate::ClassDef* k = c; k; k = k->base)
    if (k->attrs.count(attr)) return k;
  return c;
}

// RPython's _immutable_fields_ hint (and _immutable_ = True) on the class that declares the field
// or on one of its bases: 1 the field is immutable, 2 also the items of its list ('attr[*]').
// Quasi-immutable fields ('attr?') are not: they may change (docs/JIT.md 16).
static uint8_t immutability(annotate::ClassDef* owner, const std::string& attr) {
  uint8_t r = 0;
  for (m::ClassObj* c : owner->obj()->mro) {
    auto all = c->attrs.find("_immutable_");
    if (all != c->attrs.end() && all->second && m::truthy(all->second)) r = std::max<uint8_t>(r, 1);
    auto it = c->attrs.find("_immutable_fields_");
    if (it == c->attrs.end() || !it->second) continue;
    const std::vector<m::Ref>* names = it->second->kind == m::ObjKind::List    ? &it->second->as<m::ListObj>()->items
                                       : it->second->kind == m::ObjKind::Tuple ? &it->second->as<m::TupleObj>()->items
                                                                               : nullptr;
    if (!names) continue;
    for (const m::Ref& n : *names) {
      if (!n || n->kind != m::ObjKind::Str) continue;
      const std::string& v = n->as<m::StrObj>()->value;
      if (v == attr) r = std::max<uint8_t>(r, 1);
      if (v == attr + "[*]") r = 2;
    }
  }
  return r;
}

uint16_t Codewriter::field(annotate::ClassDef* owner, const std::string& attr, TypeRef type) {
  owner = declaring_class(owner, attr);
  auto key = std::make_pair(static_cast<const void*>(owner), attr);
  auto it = field_index_.find(key);
  if (it != field_index_.end()) return it->second;
  auto i = static_cast<uint16_t>(fields.size());
  fields.push_back(
      {em.class_name(owner), "a_" + attr, owner->name + "." + attr, kind_of(type), signed_word(type), immutability(owner, attr)});
  field_index_[key] = i;
  return i;
}

uint16_t Codewriter::list(TypeRef item) {
  std::string ct = ctype(item);
  auto key = std::make_pair(static_cast<const void*>(nullptr), ct);
  auto it = list_index_.find(key);
  if (it != list_index_.end()) return it->second;
  auto i = static_cast<uint16_t>(lists.size());
  lists.push_back({ct, kind_of(item), signed_word(item), "list of " + annotate::describe(item)});
  list_index_[key] = i;
  return i;
}

uint16_t Codewriter::klass(annotate::ClassDef* cls) {
  auto it = class_index_.find(cls);
  if (it != class_index_.end()) return it->second;
  auto i = static_cast<uint16_t>(classes.size());
  classes.push_back({cls});
  class_index_[cls] = i;
  return i;
}

uint16_t Codewriter::add_call(CallOut c) {
  std::string key = c.body + "|" + c.arg_kinds + "|" + c.result_kinds + "|" + std::to_string(c.flags) + "|" + std::to_string(c.portal);
  auto it = call_index_.find(key);
  if (it != call_index_.end()) return it->second;
  auto i = static_cast<uint16_t>(calls.size());
  calls.push_back(std::move(c));
  call_index_[key] = i;
  return i;
}

static std::string kinds_string(Codewriter& cw, const std::vector<TypeRef>& comps) {
  std::string s;
  for (TypeRef t : comps) s += char_of_kind(cw.kind_of(t));
  return s;
}

// The C++ reading argument word(s) `off` as a value of type t.
static std::string read_arg(Codewriter& cw, TypeRef t, size_t off) {
  if (t && t->kind == TypeKind::Tuple) return "rpy::jit::unw_tuple<" + cw.ctype(t) + ">(a + " + std::to_string(off) + ")";
  if (cw.kind_of(t) == kVoid) return "nullptr";
  return "rpy::jit::unw<" + cw.ctype(t) + ">(a[" + std::to_string(off) + "])";
}

// A statement storing `code` (a C++ value of type t) into the result words.
static std::string store_result(Codewriter& cw, const std::string& code, TypeRef t) {
  if (cw.is_void(t) || (cw.kind_of(t) == kVoid && t->kind != TypeKind::Tuple)) return code + ";";
  if (t->kind == TypeKind::Tuple) return "rpy::jit::w_tuple(" + code + ", r);";
  return "r[0] = rpy::jit::w(static_cast<" + cw.ctype(t) + ">(" + code + "));";
}

uint16_t Codewriter::graph_call(ir::Graph* g) {
  auto it = graph_call_index_.find(g);
  if (it != graph_call_index_.end()) return it->second;
  CallOut c;
  std::string args;
  size_t off = 0;
  for (ir::Var* p : g->params) {
    args += (args.empty() ? "" : ", ") + read_arg(*this, p->type, off);
    auto comps = components(p->type, g->loc);
    c.arg_kinds += kinds_string(*this, comps);
    off += comps.size();
  }
  c.body = store_result(*this, g->c_name + "(" + args + ")", g->return_type);
  c.result_kinds = kinds_string(*this, components(g->return_type, g->loc));
  bool v = false;
  if (attr_flag(g, "_elidable_function_", &v) && v) c.flags |= kElidable;
  if (attr_flag(g, "_jit_loop_invariant_", &v) && v) c.flags |= kLoopInvariant;
  c.name = g->name;
  if (const DriverOut* d = driver_of_portal(g)) c.portal = static_cast<int>(d - drivers.data());
  uint16_t i = add_call(c);
  graph_call_index_[g] = i;
  return i;
}

static void collect_descendants(ir::Expr& e, std::unordered_set<const ir::Expr*>& out) {
  for (auto& a : e.args)
    if (a) walk_expr(*a, [&](ir::Expr& x) { out.insert(&x); });
  for (auto& d : e.defaults)
    if (d) walk_expr(*d, [&](ir::Expr& x) { out.insert(&x); });
  walk_block_exprs(e.body, [&](ir::Expr& x) { out.insert(&x); });
}

std::string Codewriter::operands_body(ir::Graph& g, const std::vector<ir::Expr*>& operands, codegen::JitOperands& ops, std::string& kinds) {
  size_t off = 0;
  for (ir::Expr* op : operands) {
    ops.codes[op] = read_arg(*this, op->type, off);
    auto comps = components(op->type, op->loc);
    kinds += kinds_string(*this, comps);
    off += comps.size();
    collect_descendants(*op, ops.forbidden);
  }
  for (ir::Expr* op : operands) ops.forbidden.erase(op);
  (void)g;
  return "";
}

// What a helper does, for dumps.
static std::string describe_expr(ir::Expr& e) {
  switch (e.op) {
    case ir::ExprOp::Call:
      if (e.call_kind == ir::CallKind::Builtin || e.call_kind == ir::CallKind::BuiltinMethod)
        return std::string(annotate::builtin_name(static_cast<annotate::BuiltinId>(e.builtin_id))) + "()";
      if (!e.targets.empty() && e.targets[0]) return e.targets[0]->name + "()";
      return "call";
    case ir::ExprOp::BinOp:
      return "binary " + std::string(syntax::binop_symbol(e.binop));
    case ir::ExprOp::Compare:
      return "comparison " + std::string(syntax::cmpop_symbol(e.cmp));
    case ir::ExprOp::GetAttr:
      return "." + e.attr;
    case ir::ExprOp::GetItem:
      return "[]";
    case ir::ExprOp::GetSlice:
      return "[:]";
    case ir::ExprOp::MakeList:
      return "list display";
    case ir::ExprOp::MakeDict:
      return "dict display";
    case ir::ExprOp::MakeSet:
      return "set display";
    case ir::ExprOp::FString:
      return "f-string";
    case ir::ExprOp::UnaryOp:
      return "unary operator";
    default:
      return "expression";
  }
}

// A type whose values never change once made and whose comparisons cannot raise: numbers,
// chars, strs and unicodes (possibly None).
static bool immutable_scalar(TypeRef t) {
  if (!t) return false;
  switch (t->kind) {
    case TypeKind::None:
    case TypeKind::Bool:
    case TypeKind::Int:
    case TypeKind::UInt:
    case TypeKind::Float:
    case TypeKind::Char:
    case TypeKind::Str:
    case TypeKind::UniChar:
    case TypeKind::Unicode:
      return true;
    default:
      return false;
  }
}

// The helper computes a function of its operands' values alone, without effects and without
// raising (RPython's str and number comparisons are pure operations the optimizer folds):
// `op == "+"` of two immutable scalars. The tracer folds it when the operands are constants
// (`self.op` of a constant node) and records call_pure otherwise, which CSE shares.
static bool pure_helper(const ir::Expr& e, const std::vector<ir::Expr*>& operands) {
  if (e.op != ir::ExprOp::Compare || e.args.size() != 2) return false;
  switch (e.cmp) {
    case syntax::CmpOp::Eq:
    case syntax::CmpOp::NotEq:
    case syntax::CmpOp::Lt:
    case syntax::CmpOp::LtE:
    case syntax::CmpOp::Gt:
    case syntax::CmpOp::GtE:
      break;
    default:
      return false;
  }
  for (const ir::ExprPtr& a : e.args) {  // each side an operand or a constant the helper prints
    bool operand = std::find(operands.begin(), operands.end(), a.get()) != operands.end();
    if (!immutable_scalar(a->type) || (!operand && a->op != ir::ExprOp::Const)) return false;
  }
  return operands.size() <= 2;
}

// The helper computes a function of its operands' values that may raise: `s[i]` and `len(s)` of
// a str or unicode (immutable; out of range and None raise, the same for the same values), each
// side an operand or a constant. The tracer folds it when the operands are constants (kFoldable):
// a Python 3 interpreter's `code[pc]` and `len(code)` with code and pc green, which compiled as
// helpers (a str is UTF-8 there) stayed residual calls in every iteration of its traces.
static bool foldable_helper(const ir::Expr& e, const std::vector<ir::Expr*>& operands) {
  const ir::Expr* s = nullptr;
  const ir::Expr* index = nullptr;
  if (e.op == ir::ExprOp::GetItem && e.args.size() == 2) {
    s = e.args[0].get();
    index = e.args[1].get();
    if (!index->type || (index->type->kind != TypeKind::Int && index->type->kind != TypeKind::Bool)) return false;
  } else if (e.op == ir::ExprOp::Call && e.call_kind == ir::CallKind::Builtin &&
             static_cast<annotate::BuiltinId>(e.builtin_id) == annotate::BuiltinId::Len && e.args.size() == 2) {
    s = e.args[1].get();
  } else {
    return false;
  }
  if (!s->type || (s->type->kind != TypeKind::Str && s->type->kind != TypeKind::Unicode)) return false;
  for (const ir::Expr* a : {s, index}) {
    if (a && std::find(operands.begin(), operands.end(), a) == operands.end() && a->op != ir::ExprOp::Const) return false;
  }
  return operands.size() <= 2;
}

// Whether a helper's C++ names a local variable of g (codegen printed a variable directly, not as
// an operand expression): the helper, a function of its own, could not compile.
static bool names_local(Codewriter& cw, ir::Graph& g, const std::string& body) {
  auto mentions = [&](const ir::Var* v) {
    std::string n = cw.em.var_name(v);
    for (size_t at = body.find(n); at != std::string::npos; at = body.find(n, at + 1)) {
      bool before = at > 0 && (std::isalnum(static_cast<unsigned char>(body[at - 1])) || body[at - 1] == '_');
      size_t end = at + n.size();
      bool after = end < body.size() && (std::isalnum(static_cast<unsigned char>(body[end])) || body[end] == '_');
      if (!before && !after) return true;
    }
    return false;
  };
  for (const ir::Var* p : g.params)
    if (mentions(p)) return true;
  for (auto& v : g.vars)
    if (mentions(v.get())) return true;
  return false;
}

uint16_t Codewriter::expr_helper(ir::Graph& g, ir::Expr& e, const std::vector<ir::Expr*>& operands) {
  auto it = printed_.find(&e);
  if (it != printed_.end()) return add_call(it->second);
  codegen::JitOperands ops;
  CallOut c;
  operands_body(g, operands, ops, c.arg_kinds);
  em.jit_operands = &ops;
  c.body = em.print_detached(&g, [&] { return store_result(*this, em.expr(e), e.type); });
  em.jit_operands = nullptr;
  if (ops.failed || names_local(*this, g, c.body))
    throw Unsupported{e.loc, "an operation codegen cannot print apart (" + describe_expr(e) + ")"};
  c.result_kinds = kinds_string(*this, components(e.type, e.loc));
  if (pure_helper(e, operands)) c.flags = kElidable;
  if (foldable_helper(e, operands)) c.flags |= kFoldable;
  c.name = describe_expr(e);
  printed_[&e] = c;
  return add_call(c);
}

uint16_t Codewriter::stmt_helper(ir::Graph& g, ir::Stmt& s, const std::vector<ir::Expr*>& operands) {
  auto it = printed_.find(&s);
  if (it != printed_.end()) return add_call(it->second);
  codegen::JitOperands ops;
  CallOut c;
  operands_body(g, operands, ops, c.arg_kinds);
  em.jit_operands = &ops;
  c.body = em.print_detached(&g, [&] {
    em.stmt(s);
    return std::string();
  });
  em.jit_operands = nullptr;
  if (ops.failed || names_local(*this, g, c.body)) throw Unsupported{s.loc, "a statement codegen cannot print apart"};
  c.name = "statement";
  printed_[&s] = c;
  return add_call(c);
}

uint16_t Codewriter::raw_helper(const std::string& body, const std::string& arg_kinds, const std::string& result_kinds, uint8_t flags,
                                const std::string& name) {
  CallOut c;
  c.body = body;
  c.arg_kinds = arg_kinds;
  c.result_kinds = result_kinds;
  c.flags = flags;
  c.name = name;
  return add_call(c);
}

uint16_t Codewriter::truth_helper(TypeRef t) {
  CallOut c;
  c.arg_kinds = kinds_string(*this, components(t, {}));
  c.result_kinds = "i";
  c.body = "r[0] = rpy::jit::w(static_cast<bool>(" + em.truth_of_code(read_arg(*this, t, 0), t) + "));";
  c.flags = 0;
  c.name = "truth of " + annotate::describe(t);
  return add_call(c);
}

uint16_t Codewriter::convert_helper(TypeRef from, TypeRef to) {
  CallOut c;
  c.arg_kinds = kinds_string(*this, components(from, {}));
  c.result_kinds = kinds_string(*this, components(to, {}));
  c.body = store_result(*this, em.convert(read_arg(*this, from, 0), from, to), to);
  c.flags = 0;
  c.name = "conversion from " + annotate::describe(from) + " to " + annotate::describe(to);
  return add_call(c);
}

}  // namespace rpy::jit
