// Argument helpers shared by the builtin types, the builtins and the standard modules.
#include "modules/objects/objects.hpp"

namespace rpy::modules {

void check_args(Interp& in, const std::string& name, const Args& a, size_t lo, size_t hi, Loc loc) {
  if (a.size() >= lo && a.size() <= hi) return;
  std::string how;
  if (lo == hi)
    how = lo == 0 ? "no arguments" : "exactly " + std::to_string(lo) + " argument" + (lo == 1 ? "" : "s");
  else if (a.size() < lo)
    how = "at least " + std::to_string(lo) + " argument" + (lo == 1 ? "" : "s");
  else
    how = "at most " + std::to_string(hi) + " argument" + (hi == 1 ? "" : "s");
  in.raise("TypeError", name + "() takes " + how + " (" + std::to_string(a.size()) + " given)", loc);
}

void no_kwargs(Interp& in, const std::string& name, const KwArgs& kw, Loc loc) {
  if (!kw.empty()) in.raise("TypeError", name + "() takes no keyword arguments", loc);
}

Ref take_kwarg(KwArgs& kw, const std::string& name) {
  for (auto it = kw.begin(); it != kw.end(); ++it)
    if (it->first == name) {
      Ref v = it->second;
      kw.erase(it);
      return v;
    }
  return nullptr;
}

Ref arg_or_kw(Args& a, KwArgs& kw, size_t i, const std::string& name) {
  if (i < a.size()) return a[i];
  return take_kwarg(kw, name);
}

bool is_str(const Ref& r) { return r->kind == ObjKind::Str || r->kind == ObjKind::Unicode; }

const std::string& str_arg(Interp& in, const Ref& r, const std::string& what, Loc loc) {
  if (is_str(r)) return r->as<StrObj>()->value;
  Ref u = Interp::unwrap(r);
  if (is_str(u)) return u->as<StrObj>()->value;
  in.raise("TypeError", what + " must be a string, not " + type_name(r), loc);
}

Ref same_kind_str(const Ref& like, std::string v) {
  if (is_bytes(like)) return make_bytes(std::move(v));
  return like->kind == ObjKind::Unicode ? make_unicode(std::move(v)) : make_str(std::move(v));
}

bool text_semantics(const Ref& s) { return s->kind == ObjKind::Unicode || (python_version() == 3 && !is_bytes(s)); }

}  // namespace rpy::modules
