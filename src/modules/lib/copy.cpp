// copy: shallow and deep copies, with __copy__, __deepcopy__ and the memo of shared objects.
#include <unordered_map>

#include "modules/lib/modules.hpp"

namespace rpy::modules {

namespace {

bool atomic(const Ref& v) {
  switch (v->kind) {
    case ObjKind::None:
    case ObjKind::Bool:
    case ObjKind::Int:
    case ObjKind::Long:
    case ObjKind::Float:
    case ObjKind::Str:
    case ObjKind::Unicode:
    case ObjKind::Function:
    case ObjKind::Builtin:
    case ObjKind::Class:
    case ObjKind::Module:
    case ObjKind::Property:
      return true;
    default:
      return false;
  }
}

[[noreturn]] void copy_error(Interp& in, const Ref& v, bool deep, Loc loc) {
  Ref err = in.get_attr(in.loader().import_module("copy", loc), "Error", loc);
  in.raise_value(
      in.call(err,
              {make_str(std::string(deep ? "un(deep)copyable object of type " : "un(shallow)copyable object of type ") + type_name(v))}, {},
              loc),
      loc);
}

Ref shallow(Interp& in, const Ref& v, Loc loc) {
  if (atomic(v)) return v;
  switch (v->kind) {
    case ObjKind::Tuple:
      return v;
    case ObjKind::List:
      return make_list(v->as<ListObj>()->items);
    case ObjKind::Dict:
      return std::make_shared<DictObj>(*v->as<DictObj>());
    case ObjKind::Set: {
      if (v->as<DictObj>()->frozen) return v;
      return std::make_shared<DictObj>(*v->as<DictObj>());
    }
    case ObjKind::Instance: {
      if (Ref m = in.user_special(v, "__copy__")) return in.call(m, {}, {}, loc);
      auto* i = v->as<InstanceObj>();
      auto c = std::make_shared<InstanceObj>();
      c->cls = i->cls;
      c->attrs = i->attrs;
      c->attr_order = i->attr_order;
      if (i->builtin_value) c->builtin_value = shallow(in, i->builtin_value, loc);
      return c;
    }
    case ObjKind::Method:
      return v;
    default:
      if (Ref m = in.special(v, "__copy__")) return in.call(m, {}, {}, loc);
      copy_error(in, v, false, loc);
  }
}

struct Deep {
  Interp& in;
  Ref memo;  // a dict id -> copy, as Python passes it to __deepcopy__
  Loc loc;
  std::unordered_map<const Obj*, Ref> done;

  Ref copy(const Ref& v) {
    if (atomic(v)) return v;
    auto it = done.find(v.get());
    if (it != done.end()) return it->second;
    if (memo->kind == ObjKind::Dict) {
      long i = memo->as<DictObj>()->find(in.call(in.builtin_class("id"), {v}, {}, loc), in.key_ops());
      if (i >= 0) return memo->as<DictObj>()->values[static_cast<size_t>(i)];
    }
    switch (v->kind) {
      case ObjKind::Tuple: {
        std::vector<Ref> items;
        bool same = true;
        for (auto& x : v->as<TupleObj>()->items) {
          items.push_back(copy(x));
          if (items.back() != x) same = false;
        }
        if (auto again = done.find(v.get()); again != done.end()) return again->second;
        Ref r = same ? v : make_tuple(items);
        return remember(v, r);
      }
      case ObjKind::List: {
        auto l = std::make_shared<ListObj>();
        remember(v, l);
        for (auto& x : v->as<ListObj>()->items) l->items.push_back(copy(x));
        return l;
      }
      case ObjKind::Dict:
      case ObjKind::Set: {
        auto* src = v->as<DictObj>();
        auto d = std::make_shared<DictObj>(v->kind == ObjKind::Set);
        d->frozen = src->frozen;
        remember(v, d);
        for (size_t i = 0; i < src->keys.size(); ++i)
          d->set(copy(src->keys[i]), v->kind == ObjKind::Set ? none() : copy(src->values[i]), in.key_ops());
        return d;
      }
      case ObjKind::Instance: {
        if (Ref m = in.user_special(v, "__deepcopy__")) return remember(v, in.call(m, {memo}, {}, loc));
        auto* i = v->as<InstanceObj>();
        auto c = std::make_shared<InstanceObj>();
        c->cls = i->cls;
        remember(v, c);
        if (i->builtin_value) c->builtin_value = copy(i->builtin_value);
        for (auto& k : i->attr_order) {
          auto a = i->attrs.find(k);
          if (a == i->attrs.end()) continue;
          c->attr_order.push_back(k);
          c->attrs[k] = copy(a->second);
        }
        return c;
      }
      case ObjKind::Method:
        return remember(v, std::make_shared<MethodObj>(copy(v->as<MethodObj>()->self), v->as<MethodObj>()->func));
      default:
        if (Ref m = in.special(v, "__deepcopy__")) return remember(v, in.call(m, {memo}, {}, loc));
        if (Ref m = in.special(v, "__copy__")) return remember(v, in.call(m, {}, {}, loc));
        copy_error(in, v, true, loc);
    }
  }
  Ref remember(const Ref& from, const Ref& to) {
    done[from.get()] = to;
    in.set_item(memo, in.call(in.builtin_class("id"), {from}, {}, loc), to, loc);
    return to;
  }
};

}  // namespace

void install_module_copy(Interp& in, ModuleObj& m) {
  auto ns = std::make_shared<DictObj>();
  ns->set(make_str("__module__"), make_str("copy"));
  Ref err = in.create_class(nullptr, "Error", {in.builtin_class("Exception")}, *ns, &m, {});
  m.set("Error", err);
  m.set("error", err);
  def_function(m, "copy", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "copy", a, 1, 1, loc);
    return shallow(in, a[0], loc);
  });
  def_function(m, "deepcopy", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref memo = arg_or_kw(a, kw, 1, "memo");
    if (a.empty()) in.raise("TypeError", "deepcopy() takes at least 1 argument (0 given)", loc);
    Deep d{in, memo && !is_none(memo) ? memo : std::make_shared<DictObj>(), loc, {}};
    return d.copy(a[0]);
  });
}

}  // namespace rpy::modules
