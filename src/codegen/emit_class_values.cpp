// Classes as values (see annotate/class_values.cpp): a class set value is the ClassDef id
// (int32); every class struct answers rpy_cls_id() for type(x).

#include <map>

#include "codegen/emitter.hpp"
#include "modules/lib/modules.hpp"

namespace rpy::codegen {

using annotate::ClassDef;
using annotate::TypeKind;

// The id of a class value of type t (a constant class: its id, known statically; an expression
// that computes it still runs, for its effects: `B if f() else A` where f() always returns False).
std::string Emitter::class_id_code(ir::Expr& e) {
  TypeRef t = e.type;
  if (t && t->kind == TypeKind::Class && t->const_value) {
    std::string id = std::to_string(ann.classdef(t->const_value)->id);
    return e.op == ir::ExprOp::Const ? id : class_convert(expr(e), t, t);
  }
  return expr(e);
}

std::string Emitter::class_convert(const std::string& code, TypeRef from, TypeRef to) {
  (void)to;
  if (from->const_value) {
    std::string id = std::to_string(ann.classdef(from->const_value)->id);
    return code == id ? id : "((void)(" + code + "), " + id + ")";
  }
  return code;
}

// switch over the members of class set `t` on the id `v`: one C++ expression per member.
std::string Emitter::class_switch(const std::string& v, TypeRef t, TypeRef result,
                                  const std::function<std::string(size_t, ClassDef*)>& each) {
  bool is_void = !result || result->kind == TypeKind::None || result->kind == TypeKind::Impossible;
  std::string r = fresh("rpy_r");
  std::string s = "({ ";
  if (!is_void) s += ctype(result) + " " + r + " = " + default_value(result) + "; ";
  s += "switch (" + v + ") { ";
  for (size_t i = 0; i < t->items.size(); ++i) {
    ClassDef* cd = ann.classdef(t->items[i]->const_value);
    std::string c = each(i, cd);
    s += "case " + std::to_string(cd->id) + ": " + (is_void ? c : r + " = " + c) + "; break; ";
  }
  s += "default: __builtin_unreachable(); } ";
  return s + (is_void ? "" : r + "; ") + "})";
}

std::string Emitter::emit_class_set_attr(ir::Expr& e) {
  TypeRef t = e.args[0]->type;
  ir::Expr& cls = *e.args[0];
  if (e.attr == "__name__" && cls.op == ir::ExprOp::Call && cls.call_kind == ir::CallKind::ClassOf && cls.args.at(1)->type &&
      cls.args.at(1)->type->kind == TypeKind::Instance) {
    // type(x).__name__: the object's own class name (also a builtin exception's).
    ir::Expr& x = *cls.args.at(1);
    mark_emitted(cls);  // printed through x: not an operand left out (printed again for its effects)
    std::string name = nonnull(expr(x), x.type, "__class__") + "->rpy_class_name()";
    // Every class the object may have has a one-character name: the annotator typed it as a
    // character (the union of the names' constants), not a str.
    if (e.type && e.type->kind == TypeKind::Char) return "(" + name + "[0])";
    return "rpy::str_from_cstr(" + name + ")";
  }
  std::string v = fresh("rpy_cls");
  std::string id = expr(*e.args[0]);
  if (annotate::is_optional_value(t))  // a class value that may be None (__exit__'s type argument)
    id = "({ auto " + v + "_o = " + id + "; if (!" + v + "_o.has) rpy::raise_exc<rpy::AttributeError>(" +
         "\"'NoneType' object has no attribute '" + e.attr + "'\"" + "); " + v + "_o.v; })";
  std::string s = "({ int32_t " + v + " = " + id + "; ";
  s += class_switch(v, t, e.type, [&](size_t i, ClassDef* cd) {
    ir::Expr& c = *e.defaults.at(i);
    if (!c.value)  // this class has no such attribute
      return "(rpy::raise_exc<rpy::AttributeError>(\"" + (is_python2() ? "class " + cd->name : "type object '" + cd->name + "'") +
             " has no attribute '" + e.attr + "'\"), " + default_value(e.type) + ")";  // identifiers: nothing to escape
    return convert(const_value(c.value, c.type, e.loc), c.type, e.type);
  });
  return s + "; })";
}

// The statement raising Python's TypeError for an instance of a class that still has abstract
// methods (its metaclass abc.ABCMeta: object.__new__ refuses it), or "".
std::string Emitter::abstract_class_error(ClassDef* cd) {
  if (!cd || cd->builtin) return "";
  std::string why = modules::abstract_instantiation_error(sm_.py3() ? 3 : 2, *cd->obj());
  if (why.empty()) return "";
  return "rpy::make_exc<rpy::TypeError>(" + str_const(why) + ")->raise_self()";
}

std::string Emitter::emit_instantiate_any(ir::Expr& e) {
  TypeRef t = e.args[0]->type;
  std::string v = fresh("rpy_cls");
  std::string s = "({ int32_t " + v + " = " + expr(*e.args[0]) + "; ";
  // Arguments are evaluated once, in order, before the switch (under --gc=gen the references
  // among them rooted across the allocation, as gen_instantiate does). An exception class keeps the
  // positional ones (its message, e.args: exception_fields), given to it whether or not it has an
  // __init__ to bind them to.
  std::map<const ir::Expr*, std::string> temps;
  std::vector<std::pair<std::string, TypeRef>> positional;
  if (e.cls->is_exception)
    for (size_t i = 1; i < e.args.size(); ++i) {
      std::string a = fresh("rpy_a");
      s += "auto " + a + " = " + expr(*e.args[i]) + "; " + gen_root_if(a, e.args[i]->type);
      temps[e.args[i].get()] = a;
      if (i + e.kwnames.size() < e.args.size()) positional.push_back({a, e.args[i]->type});
    }
  std::vector<std::string> argcodes;
  for (size_t i = 1; i < e.bound.size(); ++i) {
    if (auto t = temps.find(e.bound[i]); t != temps.end()) {
      argcodes.push_back(t->second);
      continue;
    }
    std::string a = fresh("rpy_a");
    s += "auto " + a + " = " + (e.bound[i] ? expr(*e.bound[i]) + "; " + gen_root_if(a, e.bound[i]->type) : std::string("nullptr; "));
    argcodes.push_back(a);
  }
  TypeRef inst = tt.instance(e.cls);
  s += class_switch(v, t, inst, [&](size_t i, ClassDef* cd) {
    if (std::string why = abstract_class_error(cd); !why.empty())  // abc: a class with abstract methods
      return "({ " + why + "; static_cast<" + ctype(inst) + ">(nullptr); })";
    std::string o = fresh("rpy_o");
    std::string c = "({ auto* " + o + " = " + alloc_code(cd) + "; ";
    ir::Graph* g = i < e.targets.size() ? e.targets[i] : nullptr;
    if (cd->is_exception) c += exception_fields(o, cd, positional, g != nullptr, ann.exc_args_kept(e, cd));
    if (g) {
      if (gen_ && !cd->is_exception && gen_->collects(*g)) c += gen_root(o);  // the new object, while __init__ runs
      c += g->c_name + "(" + convert(o, tt.instance(cd), g->params[0]->type);
      for (size_t k = 0; k < argcodes.size() && k + 1 < g->params.size(); ++k)
        c += ", " + convert(argcodes[k], e.bound[k + 1] ? e.bound[k + 1]->type : nullptr, g->params[k + 1]->type);
      if (size_t v = g->params.size() - 1; g->vararg && v < argcodes.size())  // the tuple of extra arguments
        c += ", " + convert(argcodes[v], e.bound[v + 1]->type, g->vararg->type);
      c += "); ";
    }
    return c + "static_cast<" + ctype(inst) + ">(" + o + "); })";
  });
  return s + "; })";
}

std::string Emitter::emit_class_of(ir::Expr& e) {
  ir::Expr& x = *e.args.at(1);
  // A builtin type, or a namedtuple's one class: a constant.
  if (!e.type || e.type->kind != TypeKind::Class || (x.type && x.type->kind == TypeKind::Tuple)) return "(" + expr(x) + ", 0)";
  bool builtin = false;  // the runtime's exception classes have no rpy_cls_id(): their dynamic type tells
  for (TypeRef m : e.type->items)
    if (m->const_value && ann.classdef(m->const_value)->builtin) builtin = true;
  if (!builtin) return virtual_receiver(expr(x), x.type) + "->rpy_cls_id()";
  // The program's classes by their rpy_cls_id(); a builtin class by its exact C++ type; -1: a
  // builtin exception the program never names (no class value equals it).
  std::vector<ClassDef*> builtins;
  for (TypeRef m : e.type->items)
    if (ClassDef* c = ann.classdef(m->const_value); c->builtin) builtins.push_back(c);
  std::string o = fresh("rpy_o");
  std::string id = fresh("rpy_id");
  std::string s = "({ const rpy::Object* " + o + " = " + nonnull(expr(x), x.type, "__class__") + "; int32_t " + id + " = " + o +
                  "->rpy_cls_id(); " + id + " >= 0 ? " + id + " : ";
  for (ClassDef* c : builtins) s += "typeid(*" + o + ") == typeid(" + class_name(c) + ") ? " + std::to_string(c->id) + " : ";
  return s + "-1; })";
}

std::string Emitter::emit_class_compare(ir::Expr& e, const std::string& op) {
  TypeRef ta = e.args[0]->type, tb = e.args[1]->type;
  if (ta->kind == TypeKind::Builtin || tb->kind == TypeKind::Builtin) {  // type(3) is int
    bool same = ta->kind == tb->kind && ta->const_value.get() == tb->const_value.get();
    return "(" + expr(*e.args[0]) + ", " + expr(*e.args[1]) + ", " + ((same == (op == "==")) ? "true" : "false") + ")";
  }
  return "(" + class_id_code(*e.args[0]) + " " + op + " " + class_id_code(*e.args[1]) + ")";
}

}  // namespace rpy::codegen
