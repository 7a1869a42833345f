#include "annotate/annotator.hpp"
#include "annotate/rlib_rules.hpp"
#include "modules/lib/modules.hpp"

#include <chrono>

#include "ir/flow.hpp"
#include "ir/lower.hpp"
#include "modules/objects/regex_flag.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::Graph;
using ir::Stmt;
using ir::StmtOp;

static const char* const kBuiltinNames[] = {
#define BUILTIN(id, name) name,
#define METHOD(id, kind, name) #kind "." name,
#include "annotate/builtins.def"
#undef BUILTIN
#undef METHOD
};

const char* builtin_name(BuiltinId id) { return kBuiltinNames[static_cast<int>(id)]; }

Annotator::Annotator(m::Interp& interp, Diagnostics& diags) : interp_(interp), diags_(diags) {
  for (int i = 0; i < static_cast<int>(BuiltinId::Count); ++i) builtin_ids_[kBuiltinNames[i]] = i;
}

Diagnostic* Annotator::error(Loc loc, const std::string& msg) {
  if (!final_ && !report_now_) return nullptr;
  std::string key = std::to_string(loc.file) + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col) + msg;
  if (!reported_.insert(key).second) return nullptr;
  if (Diagnostic* d = library_error(loc, msg)) return d;
  // One mistake, one error: a message met again at another place (a name that is not defined,
  // an attribute a class lacks, used several times) is the same cause, so that place becomes a
  // note of the first error, and the caller adds no notes of its own (nullptr).
  auto [first, fresh] = first_of_message_.try_emplace(msg, diags_.all().size());
  if (!fresh) {
    diags_.at(first->second).notes.push_back({loc, "the same error here"});
    return nullptr;
  }
  return &diags_.error(loc, msg);
}

int Annotator::builtin_id_of(const m::Ref& v) const {
  std::string name;
  if (v->kind == m::ObjKind::Builtin) {
    name = v->as<m::BuiltinObj>()->name;
    // A type of a standard module (collections.deque) goes by its qualified name.
    if (const m::TypeInfo* ti = v->as<m::BuiltinObj>()->type_info; ti && !ti->module.empty() && ti->module != "__builtin__")
      name = ti->module + "." + name;
  } else if (v->kind == m::ObjKind::Function) {
    auto* f = v->as<m::FunctionObj>();
    if (!f->module) return -1;
    name = f->module->name + "." + f->qualname;
  } else if (v->kind == m::ObjKind::Class) {
    auto* c = v->as<m::ClassObj>();
    if (!c->module) return -1;
    name = c->module->name + "." + c->qualname;
  } else {
    return -1;
  }
  auto it = builtin_ids_.find(name);
  return it == builtin_ids_.end() ? -1 : it->second;
}

FuncDesc* Annotator::funcdesc(const m::Ref& fn) {
  auto it = funcs_.find(fn.get());
  if (it != funcs_.end()) return it->second.get();
  auto d = std::make_unique<FuncDesc>();
  d->func = fn;
  auto* f = fn->as<m::FunctionObj>();
  d->qualname = f->qualname.empty() ? f->name : f->qualname;
  d->id = static_cast<int>(func_order_.size());
  auto spec = f->attrs.find("_annspecialcase_");
  if (spec != f->attrs.end() && spec->second->kind == m::ObjKind::Str) {
    // "specialize:argtype(0, 1)" / "specialize:arg(0)"
    const std::string& s = spec->second->as<m::StrObj>()->value;
    auto colon = s.find(':'), paren = s.find('(');
    if (colon != std::string::npos && paren == std::string::npos) d->specialize = s.substr(colon + 1);  // "specialize:call_location"
    if (colon != std::string::npos && paren != std::string::npos) {
      d->specialize = s.substr(colon + 1, paren - colon - 1);
      std::string nums = s.substr(paren + 1);
      for (size_t i = 0; i < nums.size(); ++i)
        if (isdigit(static_cast<unsigned char>(nums[i]))) {
          d->spec_args.push_back(std::atoi(nums.c_str() + i));
          while (i < nums.size() && isdigit(static_cast<unsigned char>(nums[i]))) ++i;
        }
    }
  }
  func_order_.push_back(d.get());
  return funcs_.emplace(fn.get(), std::move(d)).first->second.get();
}

ClassDef* Annotator::find_classdef(const m::Obj* cls) const {
  auto it = classes_.find(cls);
  return it == classes_.end() ? nullptr : it->second.get();
}

ClassDef* Annotator::classdef(const m::Ref& cls) {
  if (auto* c = find_classdef(cls.get())) return c;
  auto* co = cls->as<m::ClassObj>();
  ClassDef* base = nullptr;
  std::vector<m::ClassObj*> real_bases;
  for (size_t i = 0; i < co->bases.size(); ++i)
    if (!co->bases[i]->is_mixin) real_bases.push_back(co->bases[i]);
  if (real_bases.size() > 1) {
    final_ = true;
    error(co->loc, "class " + co->name + " has several base classes; RPython allows one base plus _mixin_ classes");
    final_ = false;
  }
  if (!real_bases.empty()) {
    for (size_t i = 0; i < co->bases.size(); ++i)
      if (co->bases[i] == real_bases[0]) base = classdef(co->base_refs[i]);
  }
  if (!base && object_root_ && !co->is_builtin_exception) base = object_root_;
  auto d = std::make_unique<ClassDef>();
  d->cls = cls;
  d->name = co->name;
  d->base = base;
  d->depth = base ? base->depth + 1 : 0;
  d->builtin = co->is_builtin_exception;
  d->is_exception = d->builtin || (base && base->is_exception);
  d->id = static_cast<int>(class_order_.size());
  std::string cn;
  for (char c : (co->module && !co->is_builtin_exception ? co->module->name + "_" : std::string()) + co->name)
    cn += isalnum(static_cast<unsigned char>(c)) ? c : '_';
  d->c_name = "C_" + cn;
  // Classes made by a factory share their name: keep C++ names unique.
  for (ClassDef* other : class_order_)
    if (other->c_name == d->c_name) d->c_name += "_" + std::to_string(class_order_.size());
  if (d->builtin) d->c_name = "rpy::" + co->name;
  if (base) base->subclasses.push_back(d.get());
  class_order_.push_back(d.get());
  changed_ = true;
  return classes_.emplace(cls.get(), std::move(d)).first->second.get();
}

AttrDef* Annotator::find_attr(ClassDef* cls, const std::string& name) {
  for (ClassDef* c = cls; c; c = c->base) {
    auto it = c->attrs.find(name);
    if (it != c->attrs.end()) return &it->second;
  }
  return nullptr;
}

m::Ref Annotator::lookup_class_attr(ClassDef* cls, const std::string& name, ClassDef** where) {
  // Along the Python MRO of the class object (includes mixins).
  std::function<m::Ref(m::ClassObj*)> look = [&](m::ClassObj* c) -> m::Ref {
    auto it = c->attrs.find(name);
    if (it != c->attrs.end()) return it->second;
    for (auto* b : c->bases)
      if (m::Ref r = look(b)) return r;
    return nullptr;
  };
  for (ClassDef* c = cls; c; c = c->base) {
    m::Ref r = look(c->obj());
    if (r) {
      if (where) {
        *where = c;
        // Report the defining class precisely when it is a plain base.
        for (ClassDef* d = c; d; d = d->base)
          if (d->obj()->attrs.count(name)) {
            *where = d;
            break;
          }
      }
      return r;
    }
  }
  return nullptr;
}

m::Ref Annotator::defined_here(const ClassDef* c, const std::string& name) const {
  auto it = c->obj()->attrs.find(name);
  if (it != c->obj()->attrs.end()) return it->second;
  for (auto* mix : c->obj()->bases)
    if (mix->is_mixin)
      if (m::Ref r = mix->lookup(name)) return r;
  return nullptr;
}

std::vector<std::pair<ClassDef*, m::Ref>> Annotator::method_family(ClassDef* cls, const std::string& name) {
  std::vector<std::pair<ClassDef*, m::Ref>> out;
  ClassDef* where = nullptr;
  if (m::Ref r = lookup_class_attr(cls, name, &where)) out.emplace_back(where, r);
  std::function<void(ClassDef*)> walk = [&](ClassDef* c) {
    for (ClassDef* s : c->subclasses) {
      if (m::Ref r = defined_here(s, name)) out.emplace_back(s, r);
      walk(s);
    }
  };
  walk(cls);
  return out;
}

TypeRef Annotator::prebuilt_type(const m::Obj* o) const {
  auto it = prebuilt_.find(o);
  return it == prebuilt_.end() ? nullptr : it->second;
}

// How deep type_of_const is inside a prebuilt value: a list of a list of ... built by a loop at
// import time would otherwise give a type nested as deep (and C++ templates deeper than the C++
// compiler accepts).
static thread_local int g_const_depth = 0;
constexpr int kMaxConstDepth = 100;

TypeRef Annotator::type_of_const(const m::Ref& v, Loc loc) {
  struct DepthGuard {
    DepthGuard() { ++g_const_depth; }
    ~DepthGuard() { --g_const_depth; }
  } depth_guard;
  if (g_const_depth > kMaxConstDepth &&
      (v->kind == m::ObjKind::List || v->kind == m::ObjKind::Dict || v->kind == m::ObjKind::Set || v->kind == m::ObjKind::Tuple)) {
    std::string msg = "this prebuilt value is nested more than " + std::to_string(kMaxConstDepth) +
                      " levels deep (a list of a list of ...): rpy cannot translate a type that deep; flatten the structure";
    if (v->kind == m::ObjKind::Tuple)
      error(loc, msg);  // tuples are typed again in every pass: reported in the final one
    else if (!prebuilt_type(v.get()))
      diags_.error(loc, msg);  // containers are typed once (then cached)
    return tt_.impossible();
  }
  switch (v->kind) {
    case m::ObjKind::None:
      return tt_.none();
    case m::ObjKind::Bool:
      return tt_.bool_const(v->as<m::BoolObj>()->value);
    case m::ObjKind::Int:
      if (m::is_regex_flag(v)) return tt_.regex_flag(kRegexFlag, true);  // re.IGNORECASE (regex_flags.cpp)
      return tt_.integer(v->as<m::IntObj>()->value >= 0);
    case m::ObjKind::Long:
      // Import-time code computes with unbounded ints; translated code with machine words.
      if (v->as<m::LongObj>()->value.fits_int64()) return tt_.integer(!v->as<m::LongObj>()->value.negative());
      error(loc, "the integer " + v->as<m::LongObj>()->value.to_string() +
                     " (computed at import time) does not fit in a machine word (64 bits), the size of ints in translated code; use "
                     "rpython.rlib.rbigint for integers of any size");
      return tt_.impossible();
    case m::ObjKind::Float:
      return tt_.floating();
    case m::ObjKind::Str:
      if (v->as<m::StrObj>()->is_bytes) return tt_.bytes();  // Python 3 bytes (bytes_rules.cpp)
      return v->as<m::StrObj>()->value.size() == 1 ? tt_.character() : tt_.str();
    case m::ObjKind::Unicode:
      return tt_.unicode();
    case m::ObjKind::Tuple: {
      std::vector<TypeRef> items;
      for (auto& x : v->as<m::TupleObj>()->items) items.push_back(type_of_const(x, loc));
      return tt_.tuple(items);
    }
    case m::ObjKind::Function:
      return tt_.functions({funcdesc(v)});
    case m::ObjKind::Class:
      return tt_.constant(TypeKind::Class, v);
    case m::ObjKind::Module:
      return tt_.constant(TypeKind::Module, v);
    case m::ObjKind::Builtin:
      // sys.stdin is a file like the ones open() returns (iteration, readline, read...): its
      // C++ value is rpy::sys_stdin() (codegen const_value).
      if (v->as<m::BuiltinObj>()->name == "sys.stdin") return tt_.file();
      return tt_.constant(TypeKind::Builtin, v);
    case m::ObjKind::StaticMethod:
      return type_of_const(static_cast<m::WrapperObj*>(v.get())->func, loc);
    default:
      break;
  }
  if (TypeRef t = rlib::const_type(*this, v, loc)) return t;  // K = r_uint(1)
  // Mutable prebuilt objects: one type per object, computed once, items merged in.
  if (TypeRef t = prebuilt_type(v.get())) {
    if (t->kind == TypeKind::List) return tt_.list(t->listdef->find());
    if (t->kind == TypeKind::Dict) return tt_.dict(t->dictdef->find());
    return t;
  }
  TypeRef t = nullptr;
  switch (v->kind) {
    case m::ObjKind::List: {
      ListDef* d = tt_.new_listdef(nullptr);
      t = tt_.list(d);
      prebuilt_[v.get()] = t;
      prebuilt_order_.emplace_back(v, t);
      for (auto& x : v->as<m::ListObj>()->items) {
        TypeRef it = type_of_const(x, loc);
        ListDef* r = d->find();
        merge_prebuilt(r->item, r->origins, it, loc, "the items of this prebuilt list");
      }
      return tt_.list(d->find());
    }
    case m::ObjKind::Dict:
    case m::ObjKind::Set: {
      bool is_set = v->kind == m::ObjKind::Set;
      DictDef* d = tt_.new_dictdef(nullptr, is_set ? tt_.none() : nullptr, is_set);
      t = tt_.dict(d);
      prebuilt_[v.get()] = t;
      prebuilt_order_.emplace_back(v, t);
      auto* dobj = v->as<m::DictObj>();
      for (size_t i = 0; i < dobj->keys.size(); ++i) {
        DictDef* r = d->find();
        merge_prebuilt(r->key, r->key_origins, type_of_const(dobj->keys[i], loc), loc, "the keys of this prebuilt dict");
        if (!is_set) {
          r = d->find();
          merge_prebuilt(r->value, r->value_origins, type_of_const(dobj->values[i], loc), loc, "the values of this prebuilt dict");
        }
      }
      return tt_.dict(d->find());
    }
    case m::ObjKind::Instance: {
      if (TypeRef c = prebuilt_collection(v, loc)) return c;
      auto* inst = v->as<m::InstanceObj>();
      ClassDef* cd = classdef(inst->cls);
      mark_instantiated(cd);
      t = tt_.instance(cd);
      prebuilt_[v.get()] = t;
      prebuilt_order_.emplace_back(v, t);
      for (auto& name : inst->attr_order) prebuilt_attr(t, v, name, loc);
      return t;
    }
    case m::ObjKind::Method: {
      auto* mo = v->as<m::MethodObj>();
      TypeRef self = type_of_const(mo->self, loc);
      if (self->kind == TypeKind::Instance && mo->func->kind == m::ObjKind::Function)
        return tt_.method(self, mo->func->as<m::FunctionObj>()->name);
      break;
    }
    default:
      break;
  }
  if (TypeRef p = prebuilt_re_pattern(v, loc)) return p;  // P = re.compile(...) at module level
  if (TypeRef c = prebuilt_count(v, loc)) return c;       // _ids = itertools.count(1) at module or class level
  if (TypeRef r = prebuilt_range(v, loc)) return r;       // ROWS = range(3) at module level (range_rules.cpp)
  // A module-level collections.deque: a list whose ListDef is marked deque, as deque() makes
  // one; codegen rebuilds it (with its maxlen) before entry_point.
  std::vector<m::Ref> deque_items;
  int64_t deque_maxlen = -1;
  if (m::deque_contents(v, deque_items, deque_maxlen)) {
    ListDef* d = tt_.new_listdef(nullptr);
    d->deque = true;
    t = tt_.list(d);
    prebuilt_[v.get()] = t;
    prebuilt_order_.emplace_back(v, t);
    for (auto& x : deque_items) {
      TypeRef it = type_of_const(x, loc);
      ListDef* r = d->find();
      merge_prebuilt(r->item, r->origins, it, loc, "the items of this prebuilt deque");
    }
    return tt_.list(d->find());
  }
  if (m::type_name(v) == "NotImplementedType") {
    error(loc,
          "NotImplemented is not supported in translated code (rpy calls a class's special method itself, never the "
          "reflected one in its place): test the other operand with isinstance() and compute the result, or raise TypeError");
    return tt_.impossible();
  }
  std::string why_not;
  if (m::Ref f = m::lru_cache_translation(v, why_not)) return type_of_const(f, loc);  // @functools.lru_cache
  if (!why_not.empty()) {
    error(loc, "this functools.lru_cache wrapper cannot be used in translated code: " + why_not);
    return tt_.impossible();
  }
  error(loc, "a prebuilt " + m::type_name(v) + " object cannot be used in translated code");
  return tt_.impossible();
}

Diagnostic* Annotator::merge_into(TypeRef& slot, std::vector<std::pair<Loc, TypeRef>>& origins, TypeRef t, Loc loc,
                                  const std::string& what) {
  if (!t || t->kind == TypeKind::Impossible) return nullptr;
  if (!slot) slot = tt_.impossible();
  UnionResult r = union_types(tt_, slot, t, this);
  if (!r.type) {
    Diagnostic* d = error(loc, what + " would get two incompatible types: " + r.why);
    if (d) {
      for (auto& [l, ot] : origins)
        if (l.valid()) d->notes.push_back({l, "it was given type " + describe(ot) + " here"});
      d->notes.push_back({loc, "and type " + describe(t) + " here"});
    }
    return d;
  }
  bool kind_new = true;
  for (auto& o : origins)
    if (o.second->kind == t->kind) kind_new = false;
  if (kind_new && origins.size() < 6) origins.emplace_back(loc, t);
  if (!same_type(r.type, slot)) {
    slot = r.type;
    changed_ = true;
  }
  return nullptr;
}

void Annotator::merge_prebuilt(TypeRef& slot, std::vector<std::pair<Loc, TypeRef>>& origins, TypeRef t, Loc loc, const std::string& what) {
  ReportNow now(report_now_);
  Diagnostic* d = merge_into(slot, origins, t, loc, what);
  // The items have no place in the source (they were made by import-time code): notes at the
  // use would only repeat the error's own location.
  if (d)
    std::erase_if(d->notes, [&](const DiagNote& n) { return n.loc.line == loc.line && n.loc.col == loc.col && n.loc.file == loc.file; });
}

void Annotator::assign_var(ir::Var* v, TypeRef t, Loc loc) {
  Diagnostic* d = merge_into(v->type, v->origins, t, loc, "variable '" + v->name + "'");
  auto use = const_local_uses.find(v);
  if (d && use != const_local_uses.end())
    d->notes.push_back({use->second, "'" + v->name +
                                         "' is only ever assigned constants, and RPython keeps such a local a constant on each path "
                                         "(its flow space folds every test on it), but here its value itself is needed"});
}

ListDef* Annotator::listdef_for(const Expr* node, TypeRef item) {
  auto it = node_listdefs_.find(node);
  if (it != node_listdefs_.end()) return it->second->find();
  ListDef* d = tt_.new_listdef(item);
  node_listdefs_[node] = d;
  changed_ = true;
  return d;
}
DictDef* Annotator::dictdef_for(const Expr* node, TypeRef key, TypeRef value, bool is_set) {
  auto it = node_dictdefs_.find(node);
  if (it != node_dictdefs_.end()) return it->second->find();
  DictDef* d = tt_.new_dictdef(key, value, is_set);
  node_dictdefs_[node] = d;
  changed_ = true;
  return d;
}

ir::Graph* Annotator::graph_for(FuncDesc* d, const std::vector<TypeRef>& argtypes, Loc loc, const std::vector<m::Ref>* consts,
                                bool receiver_in_vararg) {
  // Errors met lowering the function (here or while its class parameters are scanned, which
  // lowers it first) are blamed at this call when the function is rpy's library's.
  const size_t d_diags = diags_.all().size();
  if (!d->class_params_scanned) specialize_class_params(d);
  // An argument's part of the key: its type, and for functions which ones (two lambdas of one
  // scope share their qualified name, and each needs its own copy of `map(f, xs)`'s function).
  auto spec_key = [](TypeRef t) {
    std::string k = describe(t);
    if (t && t->kind == TypeKind::Function)
      for (FuncDesc* f : t->funcs) k += "#" + std::to_string(f->id);
    return k;
  };
  std::string key;
  if (d->specialize == "call_location") key = std::to_string(loc.file) + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col);
  if (d->specialize == "memo" || (d->specialize == "argtype" && d->spec_args.empty())) {
    for (auto t : argtypes) key += spec_key(t) + ";";
  }
  if (d->specialize == "argtype" || d->specialize == "arg") {
    for (int i : d->spec_args)
      if (i < static_cast<int>(argtypes.size())) key += spec_key(argtypes[i]) + ";";
  }
  key += const_arg_key(d, consts);
  if (!d->fn()->args->vararg.empty() && !argtypes.empty() && argtypes.back() && argtypes.back()->kind == TypeKind::Tuple)
    key += "nargs=" + std::to_string(argtypes.back()->items.size());
  if (receiver_in_vararg) key += ";receiver in *args";
  key += split_key(d, key, argtypes);
  auto it = d->graphs.find(key);
  if (it != d->graphs.end()) return it->second.get();
  auto* fo = d->fn();
  if (fo->not_rpython || fo->attrs.count("_not_rpython_")) {
    // rpy's library may give the reason as the attribute's value (a str): json in a Python 2 program.
    auto why = fo->attrs.find("_not_rpython_");
    final_ = true;
    if (why != fo->attrs.end() && why->second && why->second->kind == m::ObjKind::Str)
      error(loc, why->second->as<m::StrObj>()->value);
    else
      error(loc, "function " + d->qualname + " is marked not_rpython and cannot be called from translated code");
    final_ = false;
  }
  std::unique_ptr<ir::Graph> g =
      d->prelowered && !receiver_in_vararg ? std::move(d->prelowered) : ir::lower_function(*fo, interp_, diags_, receiver_in_vararg);
  blame_lowering_errors(d_diags, loc);
  g->desc = d;
  bind_const_params(d, *g, consts);
  const_locals(*g);
  std::string cn;
  for (char c : (fo->module ? fo->module->name + "__" : std::string()) + d->qualname)
    cn += isalnum(static_cast<unsigned char>(c)) ? c : '_';
  g->c_name = "f_" + cn + (d->graphs.empty() ? "" : "_" + std::to_string(d->graphs.size()));
  // Different functions may share a qualified name (lambdas, nested defs of several graphs).
  for (ir::Graph* other : graph_order_)
    if (other->c_name == g->c_name) {
      g->c_name += "_d" + std::to_string(d->id);
      break;
    }
  g->return_type = tt_.impossible();
  ir::Graph* raw = g.get();
  first_call_.emplace(raw, std::make_pair(loc, annotating_));
  d->graphs[key] = std::move(g);
  graph_order_.push_back(raw);
  if (d->is_closure()) bind_captured(d, *raw);
  rlib::apply_signature(*this, d, *raw, loc);  // @signature (signature_rules.cpp)
  changed_ = true;
  return raw;
}

void Annotator::annotate_graph(Graph& g) {
  ir::Graph* outer = annotating_;
  annotating_ = &g;
  block(g.body, g);
  if (g.is_generator) {
    // A call of a generator function returns a generator over the yielded values.
    TypeRef it = tt_.iterator(IterKind::Generator, g.yield_type ? g.yield_type : tt_.impossible());
    if (!g.return_type || !same_type(g.return_type, it)) {
      g.return_type = it;
      changed_ = true;
    }
  }
  if (live_falls_through(g.body) && !g.is_generator)
    merge_into(g.return_type, g.return_origins, tt_.none(), g.loc,
               "the return value of " + g.name + " (it can end without a return statement, returning None)");
  annotating_ = outer;
}

// str(x), repr(x) and the collector call __str__, __repr__ and __del__ without a call in the
// program: annotate them for every instantiated class that has them (self is the instance).
void Annotator::implicit_methods() {
  static const char* const kNames[] = {"__str__", "__repr__", "__del__"};
  for (size_t k = 0; k < class_order_.size(); ++k) {
    ClassDef* cd = class_order_[k];
    if (!cd->instantiated || cd->builtin) continue;
    for (const char* name : kNames) {
      ClassDef* where = nullptr;
      m::Ref fn = lookup_class_attr(cd, name, &where);
      if (!fn || fn->kind != m::ObjKind::Function || !where) continue;
      bool is_str_method = std::string(name) != "__del__";
      if (is_str_method && !cd->str_wanted && !cd->is_exception) continue;  // never asked for: not annotated
      auto* fo = fn->as<m::FunctionObj>();
      if (fo->args->args.size() != 1 || !fo->args->vararg.empty() || !fo->args->kwarg.empty()) {
        error(fo->loc,
              std::string(name) + " must take only self" +
                  (receiver_in_vararg(*fo) ? std::string(" (a decorator's wrapper taking *args cannot be one: the runtime calls it with "
                                                         "the instance alone; name it, def wrapper(self): return fn(self))")
                                           : std::string()));
        continue;
      }
      FuncDesc* fd = funcdesc(fn);
      fd->method_of = where;
      Graph* g = graph_for(fd, {tt_.instance(where)}, fo->loc);
      assign_var(g->params[0], tt_.instance(where), fo->loc);
      cd->implicit[name] = g;
      TypeRef rt = g->return_type;
      bool is_del = std::string(name) == "__del__";
      if (rt && rt->kind != TypeKind::Impossible && !is_del && !(rt->kind == TypeKind::Str || rt->kind == TypeKind::Char))
        if (Diagnostic* d = error(fo->loc, std::string(name) + " must return a str, but " + cd->name + "'s returns " + describe(rt)))
          for (auto& [l, t] : g->return_origins) d->notes.push_back({l, "returns " + describe(t) + " here"});
    }
  }
}

void Annotator::note_jit_merge_point(Expr& e) {
  if (!jit) return;
  Expr* callee = e.args.empty() ? nullptr : e.args[0].get();
  if (!callee || callee->op != ExprOp::GetAttr || callee->args.empty() || callee->args[0]->op != ExprOp::Const) return;
  const m::Ref& drv = callee->args[0]->value;
  if (!drv || drv->kind != m::ObjKind::Instance) return;
  auto greens = drv->as<m::InstanceObj>()->attrs.find("greens");
  if (greens == drv->as<m::InstanceObj>()->attrs.end() || greens->second->kind != m::ObjKind::List) return;
  std::vector<TypeRef> types;
  for (auto& name : greens->second->as<m::ListObj>()->items) {
    TypeRef t = nullptr;
    for (size_t i = 0; i < e.kwnames.size(); ++i)
      if (name->kind == m::ObjKind::Str && e.kwnames[i] == name->as<m::StrObj>()->value)
        t = e.args[e.args.size() - e.kwnames.size() + i]->type;
    if (!t) return;  // the JIT reports the missing green
    types.push_back(t);
  }
  jit_greens_[drv.get()] = types;
}

void Annotator::jit_driver_hooks() {
  for (auto& [drv, types] : jit_greens_) {
    auto* inst = static_cast<const m::InstanceObj*>(drv);
    auto it = inst->attrs.find("get_printable_location");
    if (it == inst->attrs.end() || it->second->kind != m::ObjKind::Function) continue;
    auto* fo = it->second->as<m::FunctionObj>();
    if (fo->args->args.size() != types.size()) {
      error(fo->loc, "get_printable_location must take the JitDriver's greens (" + std::to_string(types.size()) + " arguments)");
      continue;
    }
    Graph* g = graph_for(funcdesc(it->second), types, fo->loc);
    for (size_t i = 0; i < types.size(); ++i) assign_var(g->params[i], types[i], fo->loc);
    printable_location_graphs[drv] = g;
  }
}

ListDef* Annotator::argv_listdef() {
  if (!argv_) {
    argv_ = tt_.new_listdef(tt_.str());
    argv_->origins.emplace_back(Loc{}, tt_.str());
  }
  return argv_->find();
}

bool Annotator::run(const m::Ref& entry) {
  auto t0 = std::chrono::steady_clock::now();
  rlib::reset_signatures();  // a previous translation in this process (the fuzzer's) left its graphs there
  if (entry->kind != m::ObjKind::Function) {
    final_ = true;
    error({}, "target() must return a function (entry_point), got " + m::type_name(entry));
    return false;
  }
  FuncDesc* d = funcdesc(entry);
  ListDef* argv = argv_listdef();
  entry_graph_ = graph_for(d, {tt_.list(argv)}, d->fn()->loc);
  if (diags_.has_errors()) return false;
  if (entry_graph_->params.size() != 1 || entry_graph_->vararg) {
    final_ = true;
    error(d->fn()->loc, "entry_point must take exactly one argument (argv, a list of str)");
    return false;
  }
  assign_var(entry_graph_->params[0], tt_.list(argv), d->fn()->loc);
  // Fixpoint.
  for (passes = 0; passes < 200; ++passes) {
    changed_ = false;
    for (size_t i = 0; i < graph_order_.size(); ++i) annotate_graph(*graph_order_[i]);
    implicit_methods();
    key_methods();
    jit_driver_hooks();
    exit_handlers();
    flush_prebuilt_attrs();
    if (diags_.has_errors()) break;
    if (!changed_) break;
  }
  // A fixpoint not reached would leave nodes typed by a pass that was not the last: refuse
  // rather than translate them.
  if (passes == 200 && changed_ && !diags_.has_errors())
    error(d->fn()->loc, "internal error: type inference did not reach a fixpoint in 200 passes (a bug in rpy: please report it)");
  // Final pass: report.
  final_ = true;
  for (size_t i = 0; i < graph_order_.size(); ++i) annotate_graph(*graph_order_[i]);
  implicit_methods();
  key_methods();
  jit_driver_hooks();
  exit_handlers();
  flush_prebuilt_attrs();
  rlib::check_signatures(*this);
  check_special_keys();
  check_class_var_reads();
  TypeRef rt = entry_graph_->return_type;
  if (rt && rt->kind != TypeKind::Impossible && !is_intlike(rt) && !(allow_none_entry && rt->kind == TypeKind::None))
    if (Diagnostic* dg = error(d->fn()->loc, "entry_point must return an int (the exit status), but it returns " + describe(rt)))
      for (auto& [l, t] : entry_graph_->return_origins) dg->notes.push_back({l, "returns " + describe(t) + " here"});
  library_notes();
  seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return !diags_.has_errors();
}

}  // namespace rpy::annotate
