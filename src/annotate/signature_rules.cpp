// rpython.rlib.signature: @signature(types.int(), ..., returns=types.str()) gives a function's
// arguments and result declared types (RPython's enforce_signature_args/_return). Each graph of
// such a function starts with its parameters and return value of the declared types, so values
// that do not merge with them are reported where they meet; at the end, an argument or result
// that only fits a wider type (an int declared, a float received) is reported too.
#include <unordered_map>

#include "annotate/rlib_rules.hpp"

namespace rpy::annotate::rlib {

namespace m = rpy::modules;

namespace {

struct Declared {
  FuncDesc* desc = nullptr;
  std::vector<TypeRef> params;  // null: any value (types.any())
  TypeRef ret = nullptr;
  Loc loc;
  std::string error;  // a malformed signature, reported in the final pass (rules report only then)
  m::Ref sig;
};

// Per graph of a function with a signature (one annotator per process).
std::unordered_map<const ir::Graph*, Declared>& declared_graphs() {
  static std::unordered_map<const ir::Graph*, Declared> d;
  return d;
}

m::Ref attr_of(const m::Ref& inst, const std::string& name) {
  auto* i = inst->as<m::InstanceObj>();
  auto it = i->attrs.find(name);
  if (it != i->attrs.end()) return it->second;
  return i->klass()->lookup(name);
}

bool truthy_attr(const m::Ref& inst, const std::string& name) {
  m::Ref v = attr_of(inst, name);
  return v && v->kind == m::ObjKind::Bool && v->as<m::BoolObj>()->value;
}

// The type a rpython.annotator.model description (from rpython.rlib.types) stands for. Null and
// no error: any value. `what` names the description in messages.
TypeRef described_type(Annotator& an, const m::Ref& s, FuncDesc* d, Loc loc, bool& ok) {
  TypeTable& tt = an.types();
  if (!s || s->kind != m::ObjKind::Instance) {
    an.error(loc, "@signature: " + (s ? m::repr(s) : std::string("None")) + " is not a type description (use rpython.rlib.types)");
    ok = false;
    return nullptr;
  }
  const std::string& name = s->as<m::InstanceObj>()->klass()->name;
  if (name == "AnyTypeMarker" || name == "SomeObject") return nullptr;
  if (name == "SelfTypeMarker") {
    if (!d->method_of) {
      an.error(loc, "@signature: types.self() is only meaningful for a method");
      ok = false;
      return nullptr;
    }
    return tt.instance(d->method_of);
  }
  if (name == "SomeNone") return tt.none();
  if (name == "SomeImpossibleValue") return tt.impossible();
  if (name == "SomeBool") return tt.boolean();
  if (name == "SomeInteger") {
    m::Ref k = attr_of(s, "knowntype");
    int bits = 0;
    bool is_signed = true;
    if (k && sized_int_class(k, bits, is_signed)) return tt.sized_int(bits, is_signed);
    return tt.integer();
  }
  if (name == "SomeFloat") return tt.floating();
  if (name == "SomeSingleFloat") return tt.single_float();
  if (name == "SomeChar") return tt.character();
  if (name == "SomeUnicodeCodePoint") return tt.unichar();
  if (name == "SomeString") return tt.str(truthy_attr(s, "can_be_None"));
  if (name == "SomeUnicodeString") return tt.unicode(truthy_attr(s, "can_be_None"));
  if (name == "SomeByteArray") return tt.bytearray(truthy_attr(s, "can_be_None"));
  if (name == "SomeList") {
    TypeRef item = described_type(an, attr_of(s, "item"), d, loc, ok);
    ListDef* ld = tt.new_listdef(item);
    ld->resized = truthy_attr(s, "resized");
    ld->origins.push_back({loc, item ? item : tt.impossible()});
    return tt.list(ld);
  }
  if (name == "SomeDict" || name == "SomeOrderedDict") {
    TypeRef k = described_type(an, attr_of(s, "key"), d, loc, ok);
    TypeRef v = described_type(an, attr_of(s, "value"), d, loc, ok);
    return tt.dict(tt.new_dictdef(k, v));
  }
  if (name == "SomeTuple") {
    std::vector<TypeRef> items;
    m::Ref t = attr_of(s, "items");
    if (t && t->kind == m::ObjKind::Tuple)
      for (auto& x : t->as<m::TupleObj>()->items) {
        TypeRef i = described_type(an, x, d, loc, ok);
        items.push_back(i ? i : tt.impossible());
      }
    return tt.tuple(items);
  }
  if (name == "SomeInstance") {
    m::Ref cls = attr_of(s, "classdef");
    if (!cls || cls->kind != m::ObjKind::Class) {
      an.error(loc, "@signature: types.instance() needs a class");
      ok = false;
      return nullptr;
    }
    return tt.instance(an.classdef(cls), truthy_attr(s, "can_be_None"));
  }
  an.error(loc, "@signature: the description " + name + " has no meaning in rpy");
  ok = false;
  return nullptr;
}

}  // namespace

void apply_signature(Annotator& an, FuncDesc* d, ir::Graph& g, Loc call_loc) {
  (void)call_loc;
  auto* fo = d->fn();
  auto it = fo->attrs.find("_signature_");
  if (it == fo->attrs.end() || it->second->kind != m::ObjKind::Tuple) return;
  auto& sig = it->second->as<m::TupleObj>()->items;
  Loc loc = fo->loc;
  if (sig.size() != 2 || sig[0]->kind != m::ObjKind::Tuple) return;
  auto& params = sig[0]->as<m::TupleObj>()->items;
  Declared decl;
  decl.desc = d;
  decl.loc = loc;
  decl.sig = it->second;
  bool ok = true;
  if (params.size() != g.params.size()) {
    decl.error = "@signature of " + d->qualname + " describes " + std::to_string(params.size()) + " argument" +
                 (params.size() == 1 ? "" : "s") + ", but the function takes " + std::to_string(g.params.size());
    declared_graphs()[&g] = std::move(decl);
    return;
  }
  for (size_t i = 0; i < params.size(); ++i) {
    TypeRef t = described_type(an, params[i], d, loc, ok);
    decl.params.push_back(t);
    if (t) an.assign_var(g.params[i], t, loc);
  }
  decl.ret = described_type(an, sig[1], d, loc, ok);
  if (decl.ret) an.merge_into(g.return_type, g.return_origins, decl.ret, loc, "the return value of " + d->qualname);
  if (!ok) decl.error = "?";  // described_type reports it again in the final pass
  declared_graphs()[&g] = std::move(decl);
}

// Whether every value of type `actual` is a value of type `declared`.
static bool fits(Annotator& an, TypeRef declared, TypeRef actual) {
  if (!actual || actual->kind == TypeKind::Impossible) return true;
  // Numbers fit as RPython's bool < int < float has them (rpy keeps merged kinds apart: a Number;
  // `converted` reports the values the declared type would convert).
  uint8_t kd = num_kinds(declared), ka = num_kinds(actual);
  if (kd && ka && declared->kind != TypeKind::Number)
    return kd == kNumFloat || ka == kd || (kd == kNumInt && !(ka & kNumFloat));
  UnionResult u = union_types(an.types(), declared, actual, nullptr);
  return u.type && same_type(u.type, declared);
}

// A value of type `actual` that the declared type would turn into another value: a bool or an int
// where a float is declared (RPython converts it; Python keeps computing with it).
static bool converted(TypeRef declared, TypeRef actual) {
  if (!actual || actual->kind == TypeKind::Impossible) return false;
  if (!is_numeric(declared) || !is_numeric(actual)) return false;
  return actual->kind != declared->kind || actual->bits != declared->bits || actual->is_unsigned != declared->is_unsigned;
}

static bool same_loc(Loc a, Loc b) { return a.file == b.file && a.line == b.line && a.col == b.col; }

// Reports the values of `origins` that do not fit `declared` or that it would convert.
static void check_values(Annotator& an, const Declared& decl, TypeRef declared, TypeRef actual,
                         const std::vector<std::pair<Loc, TypeRef>>& origins, const std::string& what, const std::string& verb) {
  bool bad = !fits(an, declared, actual);
  std::vector<std::pair<Loc, TypeRef>> culprits;
  for (auto& [l, ty] : origins) {
    if (same_loc(l, decl.loc)) continue;
    if (!fits(an, declared, ty) || converted(declared, ty)) culprits.push_back({l, ty});
  }
  if (!bad && culprits.empty()) return;
  std::string msg = what + " is declared " + describe(declared) + " by @signature, but it " + verb + " " +
                    (bad ? describe(actual) : describe(culprits[0].second));
  if (!bad) msg += ", which Python would keep as it is where RPython converts it (convert it explicitly)";
  Diagnostic* dg = an.error(decl.loc, msg);
  if (dg)
    for (auto& [l, ty] : culprits) dg->notes.push_back({l, "it " + verb + " " + describe(ty) + " here"});
}

void check_signatures(Annotator& an) {
  for (ir::Graph* g : an.graphs()) {
    auto it = declared_graphs().find(g);
    if (it == declared_graphs().end()) continue;
    const Declared& decl = it->second;
    if (!decl.error.empty()) {
      if (decl.error != "?") {
        an.error(decl.loc, decl.error);
        continue;
      }
      bool ok = true;
      auto& sig = decl.sig->as<m::TupleObj>()->items;
      for (auto& p : sig[0]->as<m::TupleObj>()->items) described_type(an, p, decl.desc, decl.loc, ok);
      described_type(an, sig[1], decl.desc, decl.loc, ok);
      continue;
    }
    for (size_t i = 0; i < decl.params.size() && i < g->params.size(); ++i) {
      ir::Var* p = g->params[i];
      if (decl.params[i])
        check_values(an, decl, decl.params[i], p->type, p->origins, "argument '" + p->name + "' of " + decl.desc->qualname + "()",
                     "receives");
    }
    if (decl.ret)
      check_values(an, decl, decl.ret, g->return_type, g->return_origins, "the result of " + decl.desc->qualname + "()", "returns");
  }
}

void reset_signatures() { declared_graphs().clear(); }

}  // namespace rpy::annotate::rlib
