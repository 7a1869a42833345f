// The translation unit: classes, virtual method slots, prebuilt constants, functions and main().
#include <algorithm>
#include <functional>
#include <set>
#include <string_view>

#include "codegen/emit_bundle.hpp"
#include "codegen/emitter.hpp"
#include "codegen/inline_hint.hpp"
#include "modules/lib/modules.hpp"
#include "modules/loader.hpp"
#include "ir/flow.hpp"

namespace rpy::codegen {

using annotate::ClassDef;
using annotate::TypeKind;
using ir::Expr;
using ir::ExprOp;
namespace m = rpy::modules;

Emitter::Emitter(annotate::Annotator& a, const SourceManager& sm, EmitOptions opts) : ann(a), tt(a.types()), sm_(sm), opts_(opts) {}

static Diagnostics* g_diags = nullptr;

// The first try statement with except clauses or a finally body in `b` (`with` is lowered to one).
static const ir::Stmt* generator_handler(const ir::Block& b) {
  for (auto& s : b) {
    if (s->op == ir::StmtOp::Try && (!s->handlers.empty() || !s->finalbody.empty())) return s.get();
    for (const ir::Block* sub : {&s->body, &s->orelse, &s->finalbody})
      if (const ir::Stmt* t = generator_handler(*sub)) return t;
    for (auto& h : s->handlers)
      if (const ir::Stmt* t = generator_handler(h.body)) return t;
  }
  return nullptr;
}

void Emitter::fail(Loc loc, const std::string& msg) {
  if (g_diags) g_diags->error(loc, msg);
}

static void walk_exprs(ir::Block& b, const std::function<void(Expr&)>& f);
static void walk_expr(Expr& e, const std::function<void(Expr&)>& f) {
  f(e);
  for (auto& a : e.args)
    if (a) walk_expr(*a, f);
  walk_exprs(e.body, f);
}
static void walk_exprs(ir::Block& b, const std::function<void(Expr&)>& f) {
  for (auto& s : b) {
    for (auto& e : s->exprs)
      if (e) walk_expr(*e, f);
    walk_exprs(s->body, f);
    walk_exprs(s->orelse, f);
    walk_exprs(s->finalbody, f);
    for (auto& h : s->handlers) {
      for (auto& c : h.classes) walk_expr(*c, f);
      walk_exprs(h.body, f);
    }
  }
}

void Emitter::collect_vslots() {
  for (ir::Graph* g : ann.graphs())
    walk_exprs(g->body, [&](Expr& e) {
      if (e.op != ExprOp::Call) return;
      if (e.call_kind == ir::CallKind::MethodSet) {
        for (auto& [name, targets] : e.method_set) vslot(e, e.cls, name, targets, true);
        return;
      }
      if (e.call_kind != ir::CallKind::Method) return;
      vslot(e, e.cls, e.attr, e.targets, true);
    });
}

// The virtual slot a method call through a receiver of class cls uses (nullptr for a direct call).
bool Emitter::direct_method_call(ClassDef* cls, const std::string& name, const std::vector<ir::Graph*>& targets) {
  return targets.size() == 1 && (!cls || ann.lookup_class_attr(cls, name));
}

Emitter::VSlot* Emitter::vslot(Expr& e, ClassDef* cls, const std::string& name, const std::vector<ir::Graph*>& targets, bool create) {
  if (targets.empty() || direct_method_call(cls, name, targets)) return nullptr;
  auto is_method = [&](ClassDef* c) {
    m::Ref r = ann.lookup_class_attr(c, name);
    return r && r->kind == m::ObjKind::Function;
  };
  ClassDef* top = cls;
  while (top->base && !top->base->builtin && is_method(top->base)) top = top->base;
  std::vector<Expr*> args(e.bound.begin() + (e.bound.empty() ? 0 : 1), e.bound.end());
  size_t n = targets[0]->params.empty() ? 0 : targets[0]->params.size() - 1;
  std::vector<TypeRef> params;
  std::vector<bool> defaulted(n, false);
  std::string key = std::to_string(top->id) + " " + name + "(";
  for (size_t i = 0; i < n; ++i) {
    if (annotate::is_default_arg(e, i + 1)) {  // each override passes its own default
      defaulted[i] = true;
      key += "=,";
      continue;
    }
    TypeRef t = i < args.size() && args[i] ? args[i]->type : nullptr;
    if (!t) {  // a default value: the parameters' own type
      t = tt.impossible();
      for (ir::Graph* g : targets)
        if (i + 1 < g->params.size())
          if (auto u = annotate::union_types(tt, t, g->params[i + 1]->type, nullptr); u.type) t = u.type;
    }
    params.push_back(t);
    key += ctype(t) + ",";
  }
  // A *args parameter: the tuple of extra arguments (one slot per arity, like the graphs).
  if (targets[0]->vararg && !e.bound.empty() && e.bound.back()) {
    params.push_back(e.bound.back()->type);
    key += ctype(params.back()) + ",";
  }
  TypeRef ret = tt.impossible();
  for (ir::Graph* g : targets) {
    auto u = annotate::union_types(tt, ret, g->return_type, nullptr);
    if (u.type)
      ret = u.type;
    else if (create)
      fail(e.loc, "overriding methods '" + name + "' return incompatible types");
  }
  auto is_void = [](TypeRef t) { return !t || t->kind == TypeKind::None || t->kind == TypeKind::Impossible; };
  key += ")" + (is_void(ret) ? std::string("void") : ctype(ret));
  auto it = vslot_index_.find(key);
  if (it == vslot_index_.end()) {
    if (!create) return nullptr;
    int k = ++vslot_members_[name];
    std::string member = "m_" + name + (k > 1 ? "_" + std::to_string(k) : "");
    it = vslot_index_.emplace(key, vslots_.size()).first;
    vslots_.push_back(VSlot{top, name, member, params, ret, defaulted, {}});
  }
  VSlot& vs = vslots_[it->second];
  if (create)
    for (ir::Graph* g : targets)
      if (g->desc) vs.graphs.emplace(g->desc, g);
  return &vs;
}

std::vector<Expr*> Emitter::slot_args(const VSlot& vs, const std::vector<Expr*>& args) {
  std::vector<Expr*> out;
  for (size_t i = 0; i < args.size(); ++i)
    if (i >= vs.defaulted.size() || !vs.defaulted[i]) out.push_back(args[i]);
  return out;
}

static bool is_void(TypeRef t) { return !t || t->kind == TypeKind::None || t->kind == TypeKind::Impossible; }

void Emitter::emit_class(ClassDef* c) {
  std::string base = c->base ? class_name(c->base) : "rpy::Object";
  head_ << "struct " << class_name(c) << " : " << base << " {\n";
  for (auto& [name, a] : c->attrs) head_ << "  " << ctype(a.type) << " a_" << name << " = " << default_value(a.type) << ";\n";
  head_ << "  const char* rpy_class_name() const override { return \"" << c->name << "\"; }\n";
  if (!c->builtin) {
    auto* mod = c->obj()->module;
    const auto& mods = ann.interp().loader().modules();
    std::string modname = !mod ? "" : !mods.empty() && mods.front().get() == mod ? "__main__" : mod->name;
    // Python 2's traceback names a program's exception class with its module ("__main__.E").
    if (!modname.empty() && c->is_exception && !sm_.py3())
      head_ << "  const char* rpy_qualified_name() const override { return \"" << modname << "." << c->name << "\"; }\n";
    // repr() without __repr__: <__main__.C object at 0x...>, a Python 2 classic class's "instance".
    if (!modname.empty() && !c->is_exception)
      head_ << "  const char* rpy_repr_name() const override { return \"" << modname << "." << c->name
            << (c->obj()->new_style || sm_.py3() ? " object" : " instance") << "\"; }\n";
  }
  head_ << "  virtual int32_t rpy_cls_id() const { return " << c->id << "; }\n";
  if (!class_inits(c).empty()) head_ << "  " << class_name(c) << "();\n";
  if (c->is_exception) head_ << "  [[noreturn]] void throw_self() override { throw this; }\n";
  // __str__ / __repr__ / __del__: called by the runtime (str(), repr(), print, formatting, the collector).
  for (auto& [name, g] : c->implicit) {
    (void)g;
    if (name == "__del__")
      head_ << "  void rpy_del() override;\n";
    else if (name == "__eq__")
      head_ << "  bool rpy_eq(const rpy::Object* other) const override;\n";
    else if (name == "__hash__")
      head_ << "  uint64_t rpy_hash() const override;\n";
    else
      head_ << "  rpy::Str* " << (name == "__str__" ? "rpy_str" : "rpy_repr") << "() const override;\n";
  }
  for (VSlot& vs : vslots_) {
    if (!c->is_subclass_of(vs.cls)) continue;
    bool declares = vs.cls == c;
    bool defines = overrides_method(c, vs.name);
    if (!declares && !defines) continue;
    std::string sig = (is_void(vs.ret) ? std::string("void") : ctype(vs.ret)) + " " + vs.member + "(";
    for (size_t i = 0; i < vs.params.size(); ++i) sig += (i ? ", " : "") + ctype(vs.params[i]) + " p" + std::to_string(i);
    sig += ")";
    head_ << "  " << (declares ? "virtual " : "") << sig << (declares ? "" : " override") << ";\n";
  }
  head_ << "};\n";
}

// Whether class c's method `name` differs from its C++ base class's: a method of its own, or one
// its MRO finds elsewhere than the base's does (a mixin's, listed before the base).
bool Emitter::overrides_method(ClassDef* c, const std::string& name) {
  if (c->obj()->attrs.count(name)) return true;
  if (!c->base) return false;
  m::Ref mine = ann.lookup_class_attr(c, name);
  return mine && mine != ann.lookup_class_attr(c->base, name);
}

// The bodies of the overrides declared by emit_class for __str__, __repr__ and __del__.
void Emitter::emit_implicit_methods() {
  for (ClassDef* c : ann.classes()) {
    for (auto& [name, g] : c->implicit) {
      std::string self = "const_cast<" + class_name(c) + "*>(this)";
      if (name == "__del__") {
        body_ << "void " << class_name(c) << "::rpy_del() { " << g->c_name << "(this); }\n";
        continue;
      }
      if (name == "__eq__") {  // the other key is an instance of the class that defines __eq__ (annotate::key_methods)
        std::string other = ctype(g->params[1]->type);
        body_ << "bool " << class_name(c) << "::rpy_eq(const rpy::Object* other) const { auto* o = dynamic_cast<" << other
              << ">(const_cast<rpy::Object*>(other)); return o && " << truth_of_code(g->c_name + "(" + self + ", o)", g->return_type)
              << "; }\n";
        continue;
      }
      if (name == "__hash__") {
        body_ << "uint64_t " << class_name(c) << "::rpy_hash() const { return rpy::KeyOps<int64_t>::hash("
              << convert(g->c_name + "(" + self + ")", g->return_type, tt.integer()) << "); }\n";
        continue;
      }
      std::string call = g->c_name + "(" + self + ")";
      body_ << "rpy::Str* " << class_name(c) << "::" << (name == "__str__" ? "rpy_str" : "rpy_repr") << "() const { return "
            << convert(call, g->return_type, tt.str()) << "; }\n";
    }
  }
}

void Emitter::emit_classes() {
  for (ClassDef* c : ann.classes())
    if (!c->builtin) head_ << "struct " << class_name(c) << ";\n";
  // Bases before their subclasses (the annotator makes `object`, the root, when first needed:
  // after classes it becomes the base of).
  std::vector<ClassDef*> order(ann.classes().begin(), ann.classes().end());
  std::stable_sort(order.begin(), order.end(), [](ClassDef* a, ClassDef* b) { return a->depth < b->depth; });
  for (ClassDef* c : order)
    if (!c->builtin) emit_class(c);
}

void Emitter::emit_prebuilt() {
  int n = 0;
  for (auto& [obj, t] : ann.prebuilt()) prebuilt_names_[obj.get()] = "rpy_p" + std::to_string(n++);
  for (auto& [obj, t] : ann.prebuilt()) head_ << "static " << ctype(t) << " " << prebuilt_names_[obj.get()] << ";\n";
}

void Emitter::emit_prototype(ir::Graph& g, bool decl) {
  std::string sig = (is_void(g.return_type) ? std::string("void") : ctype(g.return_type)) + " " + g.c_name + "(";
  std::string env = closure_params(g, true);
  sig += env;
  for (size_t i = 0; i < g.params.size(); ++i)
    sig += (i || !env.empty() ? ", " : "") + ctype(g.params[i]->type) + " " + param_name(g.params[i]);
  if (g.vararg) sig += (g.params.empty() && env.empty() ? "" : ", ") + ctype(g.vararg->type) + " " + param_name(g.vararg);
  sig += ")";
  // Small functions called on frame-allocated instances are always inlined (opt/escape).
  // Small functions otherwise are declared inline, as RPython would inline them (inline_hint.cpp).
  std::string storage = g.force_inline ? "[[gnu::always_inline]] static inline " : declare_inline(g) ? "static inline " : "static ";
  if (decl)
    head_ << storage << sig << ";\n";
  else
    body_ << storage << sig << " {\n";
}

void Emitter::emit_function(ir::Graph& g) {
  if (g.is_generator) {
    emit_generator(g);
    return;
  }
  cur_graph_ = &g;
  out_ = &body_;
  indent_ = 1;
  cur_line_ = 0;
  body_ << "#line RPY_RESET\n";
  emit_prototype(g, false);
  if (g.recursive) line("rpy::check_stack();");  // unbounded recursion raises RecursionError
  declare_locals(g);
  if (gen_) gen_function_roots(g);
  for (size_t i = 0; i < g.stack_slots.size(); ++i) line(class_name(g.stack_slots[i]) + " rpy_stack" + std::to_string(i) + ";");
  // Owned instances get their __del__ when the function ends; guards run in reverse order of
  // declaration, so declare them last first (CPython clears a frame's locals in order).
  for (size_t i = g.released_vars.size(); i-- > 0;) {
    const ir::Var* v = g.released_vars[i];
    line("rpy::ReleaseAtExit<" + class_name(v->type->cls) + "> rpy_release" + std::to_string(v->id) + "{&" + var_name(v) + "};");
  }
  closure_prologue(g);
  if (exc_info2_ && ir::catches(g.body)) line("rpy::ExcInfoFrame rpy_xf;");  // its catches end with it
  block(g.body);
  cur_line_ = 0;  // what follows the body is no statement's (line() does not mark it again)
  if (!is_void(g.return_type) && ir::falls_through(g.body)) line("return " + default_value(g.return_type) + ";");
  if (!is_void(g.return_type)) line("__builtin_unreachable();");
  // A portal's merge point leaves the function here when the JIT ran the portal to an exception
  // (outside any try: its handlers ran in the JIT); the C++ frame shows no .py line.
  if (opts_.jit && opts_.jit->is_portal(g))
    body_ << (is_void(g.return_type) ? "  return;\n" : "") << "#line RPY_RESET\nrpy_jit_raise:\n  rpy::jit::reraise_pending();\n";
  body_ << "}\n#line RPY_RESET\n\n";
}

// The last source line of a graph (for the traceback's line -> function table).
static uint32_t last_line(const ir::Block& b, uint32_t m) {
  for (auto& s : b) {
    m = std::max(m, s->loc.line);
    m = last_line(s->body, m);
    m = last_line(s->orelse, m);
    m = last_line(s->finalbody, m);
    for (auto& h : s->handlers) m = last_line(h.body, m);
  }
  return m;
}

// Values of a prebuilt container (a sieve, a matrix row or a table a script computed at
// translation time) as one static array, when they are numbers, bools or chars: the
// container is then filled by one loop, not a statement per item (a million statements in one
// function take the C++ compiler minutes and gigabytes). Returns the array's name, or "" when the
// values do not fit one (too few, or of another kind).
std::string Emitter::prebuilt_array(TypeRef item, const std::vector<m::Ref>& values) {
  static constexpr size_t kMinItems = 8;
  if (values.size() < kMinItems || !item || item->nullable || item->bits) return "";
  switch (item->kind) {
    case TypeKind::Bool:
    case TypeKind::Int:
    case TypeKind::UInt:
    case TypeKind::Float:
    case TypeKind::Char:
      break;
    default:
      return "";
  }
  std::string data = fresh("rpy_pd");
  std::string s = "static " + ctype(item) + " const " + data + "[] = {";
  for (size_t i = 0; i < values.size(); ++i) {
    TypeRef it = ann.type_of_const(values[i], {});
    s += (i % 16 == 0 ? "\n    " : " ") + convert(const_value(values[i], it, {}), it, item) + ",";
  }
  line(s + "};");
  return data;
}

bool Emitter::emit_prebuilt_scalar_items(const std::string& n, TypeRef item, const std::vector<m::Ref>& items) {
  std::string data = prebuilt_array(item, items);
  if (data.empty()) return false;
  line("rpy::copy_items(" + data + ", " + std::to_string(items.size()) + ", " + n + "->items);");
  return true;
}

void Emitter::emit_main() {
  body_ << "static void rpy_init_prebuilt() {\n";
  out_ = &body_;
  indent_ = 1;
  // --gc=gen: a prebuilt object on the collector is allocated young like any other, and moves; its
  // static variable is a root from the start (GcGen checks that no other prebuilt value holds one).
  if (gen_)
    for (auto& [obj, t] : ann.prebuilt())
      if (GcGen::is_ref(t)) line("rpy::gen::heap->add_root(&" + prebuilt_names_[obj.get()] + ");");
  // Allocate every prebuilt object first, then fill them (they may refer to each other).
  for (auto& [obj, t] : ann.prebuilt()) {
    std::string n = prebuilt_names_[obj.get()];
    std::vector<m::Ref> deque_items;
    int64_t maxlen = -1;
    if (t->kind == TypeKind::List && m::deque_contents(obj, deque_items, maxlen)) {
      line(n + " = rpy::deque_new<" + ctype(t->listdef->find()->item) + ">(INT64_C(" + std::to_string(maxlen) + "));");
    } else if (t->kind == TypeKind::List) {
      line(n + " = rpy::list_new<" + ctype(t->listdef->find()->item) + ">(" + std::to_string(obj->as<m::ListObj>()->items.size()) + ");");
    } else if (t->kind == TypeKind::Instance) {
      line(n + " = " + alloc_code(t->cls) + ";");
    } else if (t->kind == TypeKind::Dict) {
      emit_prebuilt_dict(obj, t, n, false);
    }
  }
  // Dicts and sets last: putting a key in hashes it, and an instance's __hash__ reads its fields
  // (an Enum member as a key of a module-level dict).
  for (int dicts = 0; dicts < 2; ++dicts)
    for (auto& [obj, t] : ann.prebuilt()) {
      if ((t->kind == TypeKind::Dict) != (dicts == 1)) continue;
      std::string n = prebuilt_names_[obj.get()];
      std::vector<m::Ref> deque_items;
      int64_t maxlen = -1;
      if (t->kind == TypeKind::List && m::deque_contents(obj, deque_items, maxlen)) {
        TypeRef item = t->listdef->find()->item;
        for (auto& x : deque_items) {
          TypeRef it = ann.type_of_const(x, {});
          line("rpy::deque_append(" + n + ", " + convert(const_value(x, it, {}), it, item) + ");");
        }
      } else if (t->kind == TypeKind::List) {
        TypeRef item = t->listdef->find()->item;
        auto& items = obj->as<m::ListObj>()->items;
        if (emit_prebuilt_scalar_items(n, item, items)) continue;
        for (size_t i = 0; i < items.size(); ++i) {
          TypeRef it = ann.type_of_const(items[i], {});
          std::string v = convert(const_value(items[i], it, {}), it, item);
          // --gc=gen: the list may be old already (promoted by a later allocation): its barrier
          if (gen_ && GcGen::is_ref_list(t))
            line("rpy::list_set(" + n + ", " + std::to_string(i) + ", " + v + ");");
          else
            line(n + "->items[" + std::to_string(i) + "] = " + v + ";");
        }
      } else if (t->kind == TypeKind::Dict) {
        emit_prebuilt_dict(obj, t, n, true);
      } else if (t->kind == TypeKind::Instance) {
        auto* inst = obj->as<m::InstanceObj>();
        for (auto& name : inst->attr_order) {
          annotate::AttrDef* a = ann.find_attr(t->cls, name);
          if (!a || !a->read) continue;  // never read by translated code: its value is not typed
          TypeRef vt = ann.type_of_const(inst->attrs[name], {});
          // --gc=gen: the instance may be old already (promoted by a later allocation): its barrier
          bool wb = gen_ && GcGen::is_rooted(a->type) && !(vt && vt->kind == TypeKind::None);
          line((wb ? "rpy::gen::wb(" + n + ")" : n) + "->a_" + name + " = " + convert(const_value(inst->attrs[name], vt, {}), vt, a->type) +
               ";");
        }
      }
    }
  body_ << "}\n\n";
  // Source ranges of the Python functions, for tracebacks (.py line -> function name).
  body_ << "static const rpy::FuncLines rpy_fn_lines[] = {\n";
  for (ir::Graph* g : ann.graphs()) {
    if (!g->file) continue;
    body_ << "  {\"" << sm_.file(g->file).path << "\", " << g->loc.line << ", " << last_line(g->body, g->loc.line) << ", \""
          << (g->desc ? g->desc->fn()->name : g->name) << "\"},\n";
  }
  body_ << "  {\"\", 0, 0, \"\"}};\n\n";
  ir::Graph* entry = ann.entry_graph();
  body_ << "int " << program_main_name(opts_.bundle_name) << "(int argc, char** argv) {\n";
  if (!sm_.py3()) body_ << "  rpy::python2 = true;\n";
  if (ann.reads_exc_context) body_ << "  rpy::track_context = true;\n";
  body_ << "  rpy::init_runtime(argc, argv);\n"
        << (gen_ ? "  rpy::gen::start(rpy_gen_boehm_scans);\n  rpy_gen_register();\n" : "")
        << "  rpy::register_function_lines(rpy_fn_lines, sizeof rpy_fn_lines / sizeof rpy_fn_lines[0] - 1);\n"
           "  int status = 0;\n"
           "  try {\n"
           "    rpy_init_prebuilt();\n"
        << (opts_.jit ? "    rpy_jit_init();\n" : "") << exit_handler_registrations()
        << "    auto* args = rpy::list_new<rpy::Str*>(argc);\n"
           "    for (int i = 0; i < argc; ++i) args->items[i] = rpy::str_from_cstr(argv[i]);\n"
           "    rpy::sys_argv = args;\n";
  if (is_void(entry->return_type))
    body_ << "    " << entry->c_name << "(args);\n";
  else
    body_ << "    status = static_cast<int>(" << entry->c_name << "(args));\n";
  // An uncaught exception unwinds to here (running `finally:` blocks on its way); its traceback
  // was taken where it was raised (rpy::note_raise).
  body_ << "  } catch (rpy::SystemExit* e) {\n"
           "    status = rpy::system_exit_status(e);\n"
           "  } catch (rpy::BaseException* e) {\n"
           "    status = rpy::report_uncaught(e);\n"
           "  }\n"
           "  status = rpy::run_exitfuncs(status);\n"
           "  return rpy::finish(status);\n"
           "}\n";
}

extern const char* kClosureBase;  // emit_closure.cpp

// Whether t is a list or dict that holds itself, through its items or tuples in them (an
// environment dict whose values are (expr, env) pairs). `open`: the containers being looked into.
static bool holds_itself(TypeRef t, std::vector<const void*>& open, std::set<const void*>& clean) {
  if (!t) return false;
  const void* def = t->kind == TypeKind::List   ? static_cast<const void*>(t->listdef->find())
                    : t->kind == TypeKind::Dict ? static_cast<const void*>(t->dictdef->find())
                                                : nullptr;
  if (def) {
    if (clean.count(def)) return false;
    if (std::find(open.begin(), open.end(), def) != open.end()) return true;
    open.push_back(def);
    bool r = t->kind == TypeKind::List
                 ? holds_itself(t->listdef->find()->item, open, clean)
                 : holds_itself(t->dictdef->find()->key, open, clean) || holds_itself(t->dictdef->find()->value, open, clean);
    open.pop_back();
    if (!r) clean.insert(def);
    return r;
  }
  if (t->kind == TypeKind::Tuple || t->kind == TypeKind::Iterator)
    for (TypeRef i : t->items)
      if (holds_itself(i, open, clean)) return true;
  return false;
}

// rpy spells a container type as a C++ type made of its items' types, so a container that holds
// itself has no spelling: reported where such a value first appears.
bool Emitter::check_container_types() {
  std::set<const void*> clean;
  bool ok = true;
  for (ir::Graph* g : ann.graphs())
    walk_exprs(g->body, [&](Expr& e) {
      std::vector<const void*> open;
      if (!ok || !holds_itself(e.type, open, clean)) return;
      fail(e.loc, "this " + annotate::describe(e.type) +
                      " contains itself (its items hold it again): RPython accepts such a recursive container type, but rpy cannot "
                      "translate it yet; hold the inner one in an instance attribute instead");
      ok = false;
    });
  return ok;
}

std::string Emitter::emit_program() {
  if (!check_container_types()) return "";
  if (opts_.gc_gen) {
    GcGen::python2 = is_python2();
    gen_ = std::make_unique<GcGen>(ann);
    GcGen::Refusal r = gen_->unsupported();
    if (!r.what.empty()) {
      std::string msg = "--gc=gen does not support " + r.what + " yet; use the default --gc=boehm";
      if (!ann.library_error_in(r.graph, r.loc, msg)) fail(r.loc, msg);
      return "";
    }
  }
  collect_vslots();
  head_ << kClosureBase;
  emit_classes();
  if (gen_) gen_register_classes();
  emit_closure_types();
  emit_prebuilt();
  for (ir::Graph* g : ann.graphs()) emit_prototype(*g, true);
  if (opts_.jit) {
    opts_.jit->prepare(*this);
    head_ << opts_.jit->declarations();
  }
  emit_class_ctors();
  // Virtual method bodies forward to the implementation graph of each class.
  for (VSlot& vs : vslots_) {
    for (ClassDef* c : ann.classes()) {
      if (c->builtin || !c->is_subclass_of(vs.cls)) continue;
      bool declares = vs.cls == c;
      bool defines = overrides_method(c, vs.name);
      if (!declares && !defines) continue;
      std::string sig = (is_void(vs.ret) ? std::string("void") : ctype(vs.ret)) + " " + class_name(c) + "::" + vs.member + "(";
      for (size_t i = 0; i < vs.params.size(); ++i) sig += (i ? ", " : "") + ctype(vs.params[i]) + " p" + std::to_string(i);
      sig += ")";
      // The override's graph for these arguments; none when no call of this slot reaches c's
      // method (the slot is still in c's vtable).
      m::Ref impl = ann.lookup_class_attr(c, vs.name);
      ir::Graph* g = nullptr;
      if (impl && impl->kind == m::ObjKind::Function)
        if (auto f = vs.graphs.find(ann.funcdesc(impl)); f != vs.graphs.end()) g = f->second;
      body_ << sig << " {\n";
      if (!impl) {  // a method only subclasses define, called on an object of this class: Python's AttributeError
        // (a property's accessor, NAME__getter__, is named after the property)
        std::string name = vs.name.ends_with("__getter__") ? vs.name.substr(0, vs.name.size() - 10) : vs.name;
        body_ << "  rpy::raise_missing_attribute(this, \"" << name << "\"" << (c->obj()->new_style ? "" : ", true") << ");\n";
      } else if (!g) {
        body_ << "  rpy::raise_exc<rpy::NotImplementedError>(\"" << vs.name << "\");\n";
      } else {
        std::string call = g->c_name + "(" + convert("this", tt.instance(c), g->params[0]->type);
        size_t k = 0;  // the slot's parameter
        const m::FunctionObj& fn = *g->desc->fn();
        size_t first_default = fn.args->args.size() - fn.defaults.size();
        for (size_t i = 1; i < g->params.size(); ++i) {
          if (i - 1 < vs.defaulted.size() && vs.defaulted[i - 1]) {  // this override's own default value
            size_t p = i - (g->receiver_in_vararg ? 1 : 0);          // the function's parameter (params[0]: the receiver)
            m::Ref d = p >= first_default && p < fn.args->args.size() ? fn.defaults[p - first_default] : m::none();
            if (size_t n = fn.args->args.size(); p >= n && p - n < fn.args->kwonly.size())  // keyword-only
              if (auto k = fn.kwonly_defaults.find(fn.args->kwonly[p - n].name); k != fn.kwonly_defaults.end()) d = k->second;
            TypeRef dt = ann.type_of_const(d, g->loc);
            call += ", " + convert(const_value(d, dt, g->loc), dt, g->params[i]->type);
            continue;
          }
          call += ", " + convert("p" + std::to_string(k), vs.params[k], g->params[i]->type);
          ++k;
        }
        if (g->vararg && k < vs.params.size()) call += ", " + convert("p" + std::to_string(k), vs.params[k], g->vararg->type);
        call += ")";
        if (is_void(vs.ret))
          body_ << "  " << call << ";\n";
        else
          body_ << "  return " << convert(call, g->return_type, vs.ret) << ";\n";
      }
      body_ << "}\n";
    }
  }
  body_ << "\n";
  emit_implicit_methods();
  if (is_python2())
    for (ir::Graph* g : ann.graphs()) exc_info2_ = exc_info2_ || ir::reraises_other(g->body);
  if (ann.reads_exc_context)
    for (ir::Graph* g : ann.graphs())
      if (const ir::Stmt* t = g->is_generator ? generator_handler(g->body) : nullptr) {
        // A generator's except and finally bodies run after the C++ catch clause, where the
        // runtime no longer sees the exception being handled (rpy::note_context).
        fail(ann.exc_context_read,
             "e.__context__ is not supported in a program whose generator functions have except or finally clauses (" +
                 sm_.file(t->loc.file).path + ":" + std::to_string(t->loc.line) +
                 "): an exception raised there would not record its context; use `raise ... from e` and e.__cause__");
        break;
      }
  for (ir::Graph* g : ann.graphs()) emit_function(*g);
  if (opts_.jit) body_ << opts_.jit->tables(*this);
  emit_main();
  std::string out = "// Generated by rpy from the program's Python source. Do not edit.\n" + runtime_include(opts_.bundle_name) + "\n";
  if (opts_.jit) out += "#include <cstddef>\n#include \"jit/jit.hpp\"\n\n";
  if (gen_) out += "#include <cstddef>\n#include \"rpy/gc_gen.hpp\"\n\n";
  out += bundle_wrap(opts_.bundle_name, strings_.str() + "\n" + head_.str() + "\n" + body_.str());
  return out;
}

std::string Emitter::print_detached(ir::Graph* g, const std::function<std::string()>& print) {
  std::ostringstream buf;
  std::ostringstream* saved_out = out_;
  ir::Graph* saved_graph = cur_graph_;
  int saved_indent = indent_;
  uint32_t saved_line = cur_line_, saved_file = cur_file_;
  out_ = &buf;
  cur_graph_ = g;
  indent_ = 1;
  cur_line_ = 0;  // (a helper's lines are not the statement's)
  std::string code = print();
  out_ = saved_out;
  cur_graph_ = saved_graph;
  indent_ = saved_indent;
  cur_line_ = saved_line;
  cur_file_ = saved_file;
  return buf.str() + code;
}

std::string generate_cpp(annotate::Annotator& ann, const SourceManager& sm, EmitOptions opts, Diagnostics& diags) {
  g_diags = &diags;
  forget_effects();
  Emitter e(ann, sm, opts);
  std::string s = e.emit_program();
  forget_effects();
  g_diags = nullptr;
  // Code that is not the program's statements maps back to the C++ file itself, so that debuggers
  // and tracebacks attribute only statements to .py lines.
  std::string out;
  out.reserve(s.size() + 4096);
  size_t lineno = 1, i = 0;
  while (i < s.size()) {
    size_t j = s.find('\n', i);
    if (j == std::string::npos) j = s.size();
    std::string_view l(s.data() + i, j - i);
    if (l == "#line RPY_RESET") {
      if (opts.line_directives) out += "#line " + std::to_string(lineno + 1) + " \"rpy-generated.cpp\"";
    } else {
      out.append(l);
    }
    out += '\n';
    ++lineno;
    i = j + 1;
  }
  return out;
}

}  // namespace rpy::codegen
