// e.args: the tuple of arguments an exception was made with (Python's BaseException.args).
//
// RPython has no e.args; Python's meaning is clear, and rpy follows RPython's rule for attributes
// (classdesc.py, generalize_attr): an attribute lives on the most general class it is read
// through, and has one type for that class and all its subclasses. Here the "writes" are the
// construction sites (C(a, b): Python 3's BaseException.__new__ keeps the positional arguments;
// Python 2.7 keeps them only when BaseException.__init__ runs) and the calls of
// Exception.__init__(self, a, b) / super().__init__(a, b). Their argument tuples merge into the
// type of e.args: fixed tuples of one length stay fixed, tuples of several lengths become a tuple of
// unknown length when their items merge. The runtime's own raises (IndexError, ValueError...) have
// args (message,), or () without a message. Anything else is refused by name: tuples whose items do
// not merge, or merge only by changing a value's meaning (an int shown as a float), and the
// builtin classes whose runtime raises keep more than a message (KeyError's key, OSError's errno).
#include <algorithm>
#include <set>
#include <tuple>

#include "annotate/annotator.hpp"
#include "syntax/ast.hpp"

namespace rpy::annotate {

namespace {

// A value of type `from` keeps its meaning (its printed form) where `to` is expected.
bool keeps_meaning(TypeRef from, TypeRef to) {
  if (!from || from->kind == TypeKind::Impossible || same_type(from, to)) return true;
  if (from->kind == TypeKind::None) return to->nullable || to->kind == TypeKind::None;
  if (from->kind == TypeKind::Char) return to->kind == TypeKind::Str || to->kind == TypeKind::Char;
  if (from->kind != to->kind) return false;
  if (from->kind == TypeKind::Tuple) {
    if (from->items.size() != to->items.size()) return false;
    for (size_t i = 0; i < from->items.size(); ++i)
      if (!keeps_meaning(from->items[i], to->items[i])) return false;
  }
  return true;
}

bool tuple_keeps_meaning(TypeRef site, TypeRef family) {
  if (family->kind == TypeKind::Tuple) return keeps_meaning(site, family);
  TypeRef item = family->listdef->find()->item;  // a tuple of unknown length
  for (TypeRef x : site->items)
    if (!keeps_meaning(x, item)) return false;
  return true;
}

std::string describe_site(const char* how, TypeRef t) {
  return std::string(how) + (t ? " with args of type " + describe(t) : " with *args");
}

}  // namespace

bool Annotator::exc_init_calls_base(const modules::FunctionObj& init) const {
  // A statement of the body's top level (it runs whenever __init__ returns normally) that calls
  // some __init__ through an attribute: Base.__init__(self, ...) or super(...).__init__(...).
  if (!init.def) return false;
  for (const auto& st : init.def->body) {
    if (st->kind != syntax::StmtKind::ExprStmt) continue;
    const auto* x = static_cast<const syntax::ExprStmt*>(st.get())->value.get();
    if (!x || x->kind != syntax::ExprKind::Call) continue;
    const auto* f = static_cast<const syntax::CallExpr*>(x)->func.get();
    if (f && f->kind == syntax::ExprKind::Attribute && static_cast<const syntax::AttributeExpr*>(f)->attr == "__init__") return true;
  }
  return false;
}

void Annotator::note_exc_args(const ir::Expr& site, ClassDef* cls, bool exact, TypeRef tuple, Loc loc) {
  auto [it, fresh] = exc_args_sites_.try_emplace({&site, exact ? cls : nullptr}, ExcArgsSite{cls, exact, tuple, loc});
  ExcArgsSite& s = it->second;
  if (fresh) {
    if (!exc_args_anchors_.empty()) changed_ = true;
    return;
  }
  if (s.cls != cls || (s.tuple == nullptr) != (tuple == nullptr) || (tuple && !same_type(s.tuple, tuple))) {
    s = {cls, exact, tuple, loc};
    if (!exc_args_anchors_.empty()) changed_ = true;
  }
}

void Annotator::note_exc_construction(const ir::Expr& e, ClassDef* cd, const modules::FunctionObj* init) {
  // An __init__ that calls its base's whatever it does replaces what the construction kept
  // before any read can see it (that call is a site of its own).
  if (init && exc_init_calls_base(*init)) return;
  if (e.star) return note_exc_args(e, cd, true, nullptr, e.loc);
  std::vector<TypeRef> items;
  if (init && !interp_.sources().py3()) return note_exc_args(e, cd, true, tt_.tuple({}), e.loc);  // 2.7: args stay ()
  for (size_t i = 1; i + e.kwnames.size() < e.args.size(); ++i) items.push_back(e.args[i]->type ? e.args[i]->type : tt_.impossible());
  note_exc_args(e, cd, true, tt_.tuple(items), e.loc);
}

ClassDef* Annotator::exc_args_storage(ClassDef* cd) const {
  ClassDef* top = nullptr;
  for (ClassDef* c = cd; c; c = c->base)
    if (exc_args_anchors_.count(c)) top = c;
  return top;
}

bool Annotator::exc_args_kept(const ir::Expr& e, ClassDef* cd) const {
  auto it = exc_args_sites_.find({&e, cd});
  return it != exc_args_sites_.end() && it->second.tuple;
}

TypeRef Annotator::exc_args_stored(ClassDef* cd) const {
  ClassDef* s = exc_args_storage(cd);
  if (!s) return nullptr;
  auto it = exc_args_types_.find(s);
  return it == exc_args_types_.end() ? nullptr : it->second;
}

void Annotator::note_exc_init_self(ClassDef* cd) {
  if (cd && exc_args_anchors_.insert(cd).second) changed_ = true;
}

TypeRef Annotator::exc_args_read(ir::Expr& e, ClassDef* cd) {
  if (exc_args_anchors_.insert(cd).second) changed_ = true;
  ClassDef* s = exc_args_storage(cd);
  // The builtin classes whose runtime raises keep more than their message.
  if (s->builtin) {
    for (const char* name : {"KeyError", "EnvironmentError", "OSError", "UnicodeError", "SystemExit"}) {
      // By the classes themselves: the runtime raises a KeyError whether or not the program names it.
      modules::Ref c = interp_.builtin_class(name);
      auto* k = c && c->kind == modules::ObjKind::Class ? c->as<modules::ClassObj>() : nullptr;
      if (k && (k->is_subclass_of(s->obj()) || s->obj()->is_subclass_of(k))) {
        if (final_)
          error(e.loc, "e.args of an exception that may be a " + std::string(name) + " (e is " + cd->name +
                           ") is not supported: rpy keeps only the message of the " + name +
                           " it raises itself (a KeyError its key's repr, an OSError its errno and text); catch a narrower class, or "
                           "keep the values in attributes of an exception class of the program's own");
        return tt_.impossible();
      }
    }
  }
  for (const auto& [obj, t] : prebuilt_order_)
    if (t && t->kind == TypeKind::Instance && t->cls && t->cls->is_subclass_of(s)) {
      if (final_)
        error(e.loc,
              "e.args of an exception made at import time (a prebuilt " + t->cls->name + ") is not supported: make it where it is raised");
      return tt_.impossible();
    }
  std::vector<const ExcArgsSite*> sites;
  for (const auto& [x, site] : exc_args_sites_)
    if (site.cls->is_subclass_of(s) || (!site.exact && s->is_subclass_of(site.cls))) sites.push_back(&site);
  std::sort(sites.begin(), sites.end(), [](const ExcArgsSite* a, const ExcArgsSite* b) {
    return std::tie(a->loc.file, a->loc.line, a->loc.col) < std::tie(b->loc.file, b->loc.line, b->loc.col);
  });
  TypeRef t = exc_args_types_.count(s) ? exc_args_types_[s] : nullptr;
  auto refuse = [&](const std::string& why) {
    if (!final_) return tt_.impossible();
    Diagnostic* d = error(e.loc, "e.args (e is " + cd->name + "): " + why);
    if (d)
      for (size_t i = 0; i < sites.size() && i < 8; ++i)
        d->notes.push_back(
            {sites[i]->loc, describe_site(sites[i]->exact ? "made here" : "Exception.__init__ called here", sites[i]->tuple)});
    return tt_.impossible();
  };
  std::vector<TypeRef> tuples;
  if (s->builtin) tuples = {tt_.tuple({}), tt_.tuple({tt_.str()})};  // what the runtime raises
  for (const ExcArgsSite* site : sites) {
    if (!site->tuple) return refuse("an exception of these classes is made with *args, whose tuple rpy does not keep as e.args");
    tuples.push_back(site->tuple);
  }
  for (TypeRef x : tuples) {
    if (!t) {
      t = x;
      continue;
    }
    UnionResult u = union_types(tt_, t, x, this);
    if (!u.type)
      return refuse("the exceptions it may hold are made with arguments whose tuples cannot share one type (" + u.why +
                    "); give them the same number and types of arguments, or keep the values in attributes");
    t = u.type;
  }
  if (!t) return tt_.tuple({});  // no exception of these classes is made (yet): not kept, so no later site merges with it
  for (TypeRef x : tuples)
    if (!tuple_keeps_meaning(x, t))
      return refuse("the exceptions it may hold are made with arguments of different types (" + describe(x) + " and " + describe(t) +
                    ") in one place: the values would not print as Python shows them");
  auto old = exc_args_types_.find(s);
  if (old == exc_args_types_.end() || !same_type(old->second, t)) {
    exc_args_types_[s] = t;
    changed_ = true;
  }
  return t;
}

}  // namespace rpy::annotate
