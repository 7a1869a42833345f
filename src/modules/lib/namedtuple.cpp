// collections.namedtuple: a tuple subclass with named fields, built natively with the dialect's
// rules. Python 2.7: the repr names the typename given (a subclass prints it too), rename=True
// also replaces keywords, __dict__ is the fields' OrderedDict (vars(p)), and a wrong argument count
// reads "__new__() takes exactly N arguments (M given)". Python 3: the repr names the instance's
// class, and defaults= gives the last fields defaults.
#include <algorithm>
#include <map>
#include <set>

#include "modules/lib/modules.hpp"

namespace rpy::modules {

namespace {

bool identifier_chars(const std::string& f) {
  for (char ch : f)
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '_') return false;
  return true;
}

bool valid_name(int python, const std::string& f) {
  return !f.empty() && !std::isdigit(static_cast<unsigned char>(f[0])) && identifier_chars(f) && !is_keyword(python, f);
}

// The fields after rename=True: an invalid, keyword, underscored or repeated name becomes _INDEX.
void rename_fields(int python, std::vector<std::string>& fields) {
  std::set<std::string> seen;
  for (size_t i = 0; i < fields.size(); ++i) {
    std::string original = fields[i];
    if (!valid_name(python, original) || original[0] == '_' || seen.count(original)) fields[i] = "_" + std::to_string(i);
    seen.insert(original);
  }
}

void check_names(Interp& in, const std::string& type_name, const std::vector<std::string>& fields, bool renamed, Loc loc) {
  bool py2 = in.python() == 2;
  std::vector<std::string> names = {type_name};
  names.insert(names.end(), fields.begin(), fields.end());
  for (auto& n : names) {
    std::string r = repr(make_str(n));
    if (py2 && !identifier_chars(n))
      in.raise("ValueError", "Type names and field names can only contain alphanumeric characters and underscores: " + r, loc);
    if (!py2 && (n.empty() || std::isdigit(static_cast<unsigned char>(n[0])) || !identifier_chars(n)))
      in.raise("ValueError", "Type names and field names must be valid identifiers: " + r, loc);
    if (is_keyword(in.python(), n)) in.raise("ValueError", "Type names and field names cannot be a keyword: " + r, loc);
    if (py2 && (n.empty() || std::isdigit(static_cast<unsigned char>(n[0]))))
      in.raise("ValueError", "Type names and field names cannot start with a number: " + r, loc);
  }
  std::set<std::string> seen;
  for (auto& f : fields) {
    if (f[0] == '_' && !renamed) in.raise("ValueError", "Field names cannot start with an underscore: " + repr(make_str(f)), loc);
    if (seen.count(f)) in.raise("ValueError", "Encountered duplicate field name: " + repr(make_str(f)), loc);
    seen.insert(f);
  }
}

// __new__(cls, *values, **named): the field values, or the dialect's TypeError.
std::vector<Ref> field_values(Interp& in, const std::vector<std::string>& fields, const std::vector<Ref>& defs, Args& a, KwArgs& kw,
                              Loc loc) {
  size_t n = fields.size();
  bool py2 = in.python() == 2;
  std::string counts =
      "__new__() takes exactly " + std::to_string(n + 1) + " arguments (" + std::to_string(a.size() + kw.size()) + " given)";
  if (a.size() - 1 > n) {
    if (py2) in.raise("TypeError", counts, loc);
    in.raise("TypeError",
             "__new__() takes " + std::to_string(n + 1) + " positional arguments but " + std::to_string(a.size()) + " were given", loc);
  }
  std::vector<Ref> vals(n);
  for (size_t i = 1; i < a.size(); ++i) vals[i - 1] = a[i];
  for (auto& [k, v] : kw) {
    auto it = std::find(fields.begin(), fields.end(), k);
    if (it == fields.end()) in.raise("TypeError", "__new__() got an unexpected keyword argument '" + k + "'", loc);
    size_t i = static_cast<size_t>(it - fields.begin());
    if (vals[i])
      in.raise(
          "TypeError",
          py2 ? "__new__() got multiple values for keyword argument '" + k + "'" : "__new__() got multiple values for argument '" + k + "'",
          loc);
    vals[i] = v;
  }
  size_t first_default = n - defs.size();
  for (size_t i = 0; i < n; ++i)
    if (!vals[i]) {
      if (i >= first_default)
        vals[i] = defs[i - first_default];
      else if (py2)
        in.raise("TypeError", counts, loc);
      else
        in.raise("TypeError", "__new__() missing 1 required positional argument: '" + fields[i] + "'", loc);
    }
  return vals;
}

}  // namespace

Ref make_namedtuple(Interp& in, Args& a, KwArgs& kw, Loc loc) {
  bool py2 = in.python() == 2;
  Ref tn = arg_or_kw(a, kw, 0, "typename"), fn = arg_or_kw(a, kw, 1, "field_names");
  Ref rename = arg_or_kw(a, kw, 3, "rename"), defaults = py2 ? nullptr : take_kwarg(kw, "defaults");
  if (!tn || !fn) in.raise("TypeError", "namedtuple() missing required argument", loc);
  std::string name = str_arg(in, tn, "typename", loc);
  std::vector<std::string> fields;
  if (is_str(fn)) {
    std::string s = fn->as<StrObj>()->value;
    std::replace(s.begin(), s.end(), ',', ' ');
    for (auto& w : in.iterate(in.call_method(make_str(s), "split", {}, loc), loc)) fields.push_back(w->as<StrObj>()->value);
  } else {
    for (auto& w : in.iterate(fn, loc)) fields.push_back(py2 ? in.str_of(w, loc) : str_arg(in, w, "field name", loc));
  }
  bool renamed = rename && in.truth(rename, loc);
  if (renamed) rename_fields(in.python(), fields);
  check_names(in, name, fields, renamed, loc);
  auto c = std::make_shared<ClassObj>();
  c->name = c->qualname = name;
  c->module = in.module_of_frame();
  c->new_style = true;
  c->builtin_base = in.type_info(BuiltinType::Tuple);
  c->builtin_base_refs.push_back(in.type_info(BuiltinType::Tuple)->type_obj);
  c->mro.push_back(c.get());
  auto set = [&](const std::string& k, Ref v) {
    if (!c->attrs.count(k)) c->attr_order.push_back(k);
    c->attrs[k] = std::move(v);
  };
  std::vector<Ref> field_refs;
  for (auto& f : fields) field_refs.push_back(make_str(f));
  set("__module__", make_str(c->module ? c->module->name : "__main__"));
  set("__slots__", make_tuple({}));
  set("_fields", make_tuple(field_refs));
  std::vector<Ref> defs = defaults && !is_none(defaults) ? in.iterate(defaults, loc) : std::vector<Ref>{};
  if (defs.size() > fields.size()) in.raise("TypeError", "Got more default values than field names", loc);
  auto fields_sp = std::make_shared<std::vector<std::string>>(fields);
  auto defs_sp = std::make_shared<std::vector<Ref>>(defs);
  set("__new__", std::make_shared<WrapperObj>(
                     ObjKind::StaticMethod,
                     std::make_shared<BuiltinObj>(name + ".__new__", [fields_sp, defs_sp](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
                       auto inst = std::make_shared<InstanceObj>();
                       inst->cls = a.at(0);
                       inst->builtin_value = make_tuple(field_values(in, *fields_sp, *defs_sp, a, kw, loc));
                       return inst;
                     })));
  for (size_t i = 0; i < fields.size(); ++i) {
    auto p = std::make_shared<PropertyObj>();
    p->fget = std::make_shared<BuiltinObj>(name + "." + fields[i], [i](Interp&, Args& a, KwArgs&, Loc) -> Ref {
      return Interp::unwrap(a.at(0))->as<TupleObj>()->items.at(i);
    });
    set(fields[i], p);
  }
  set("__repr__", std::make_shared<BuiltinObj>(name + ".__repr__", [fields_sp, name](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
        auto& items = Interp::unwrap(a.at(0))->as<TupleObj>()->items;
        std::string s = (in.python() == 2 ? name : a[0]->as<InstanceObj>()->klass()->name) + "(";
        for (size_t i = 0; i < items.size() && i < fields_sp->size(); ++i)
          s += (i ? ", " : "") + (*fields_sp)[i] + "=" + in.repr_of(items[i], loc);
        return make_str(s + ")");
      }));
  set("_make",
      std::make_shared<WrapperObj>(
          ObjKind::ClassMethod, std::make_shared<BuiltinObj>(name + "._make", [fields_sp](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
            std::vector<Ref> items = in.iterate(a.at(1), loc);
            if (items.size() != fields_sp->size())
              in.raise("TypeError", "Expected " + std::to_string(fields_sp->size()) + " arguments, got " + std::to_string(items.size()),
                       loc);
            return in.call(a.at(0), items, {}, loc);
          })));
  auto asdict = std::make_shared<BuiltinObj>(name + "._asdict", [fields_sp](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& items = Interp::unwrap(a.at(0))->as<TupleObj>()->items;
    Ref d = in.python() == 2 ? in.call(in.get_attr(in.loader().import_module("collections", loc), "OrderedDict", loc), {}, {}, loc)
                             : std::make_shared<DictObj>();
    for (size_t i = 0; i < items.size(); ++i) in.set_item(d, make_str((*fields_sp)[i]), items[i], loc);
    return d;
  });
  set("_asdict", asdict);
  if (py2) {
    auto dict_prop = std::make_shared<PropertyObj>();
    dict_prop->fget = asdict;
    set("__dict__", dict_prop);
  }
  set("_replace", std::make_shared<BuiltinObj>(name + "._replace", [fields_sp](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
        std::vector<Ref> items = Interp::unwrap(a.at(0))->as<TupleObj>()->items;
        for (auto& [k, v] : kw) {
          auto it = std::find(fields_sp->begin(), fields_sp->end(), k);
          if (it == fields_sp->end()) in.raise("ValueError", "Got unexpected field names: ['" + k + "']", loc);
          items[static_cast<size_t>(it - fields_sp->begin())] = v;
        }
        return in.call(a[0]->as<InstanceObj>()->cls, items, {}, loc);
      }));
  set("__getnewargs__", std::make_shared<BuiltinObj>(name + ".__getnewargs__",
                                                     [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return Interp::unwrap(a.at(0)); }));
  if (!py2) {
    auto fd = std::make_shared<DictObj>();
    for (size_t i = 0; i < defs.size(); ++i) fd->set(field_refs[fields.size() - defs.size() + i], defs[i]);
    set("_field_defaults", fd);
  }
  return c;
}

// The function translated code calls in place of a namedtuple class: a Python function with the
// class's fields as parameters (with their defaults), run through exec, that returns
// collections._rpy_named_tuple(cls, (field, ...)): the annotator types that as a tuple named by cls
// (annotate/namedtuple_rules.cpp). Made once per class.
// collections._rpy_named_tuple(cls, (values...)): the builtin the annotator types as the tuple
// named by cls (annotate/namedtuple_rules.cpp).
static Ref named_tuple_builtin() {
  static Ref b = std::make_shared<BuiltinObj>("collections._rpy_named_tuple", [](Interp& in, Args&, KwArgs&, Loc loc) -> Ref {
    in.raise("RuntimeError", "collections._rpy_named_tuple is for translated code", loc);
    return none();
  });
  return b;
}

Ref namedtuple_factory(Interp& in, const Ref& cls, Loc loc) {
  static std::map<const Obj*, Ref> made;
  auto it = made.find(cls.get());
  if (it != made.end()) return it->second;
  auto* co = cls->as<ClassObj>();
  Ref fields = in.get_attr_or_null(cls, "_fields", loc);
  if (!fields || fields->kind != ObjKind::Tuple) return nullptr;
  Ref defaults = in.get_attr_or_null(cls, "_field_defaults", loc);
  auto globals = std::make_shared<DictObj>();
  globals->set(make_str("__name__"), make_str(co->module ? co->module->name : "__main__"), in.key_ops());
  globals->set(make_str("_rpy_cls"), cls, in.key_ops());
  globals->set(make_str("_rpy_named_tuple"), named_tuple_builtin(), in.key_ops());
  std::string params, items;
  size_t n = 0;
  for (auto& f : fields->as<TupleObj>()->items) {
    const std::string& name = f->as<StrObj>()->value;
    params += (n ? ", " : "") + name;
    items += (n ? ", " : "") + name;
    if (defaults && defaults->kind == ObjKind::Dict) {
      long i = defaults->as<DictObj>()->find(f, in.key_ops());
      if (i >= 0) {
        std::string d = "_rpy_default" + std::to_string(n);
        globals->set(make_str(d), defaults->as<DictObj>()->values[static_cast<size_t>(i)], in.key_ops());
        params += "=" + d;
      }
    }
    ++n;
  }
  std::string src = "def " + co->name + "(" + params + "):\n    return _rpy_named_tuple(_rpy_cls, (" + items + (n == 1 ? ",))\n" : "))\n");
  in.run_code(in.compile_source(src, "<collections.namedtuple>", "exec", loc), globals, nullptr, false, loc);
  long i = globals->find(make_str(co->name), in.key_ops());
  Ref r = i < 0 ? nullptr : globals->values[static_cast<size_t>(i)];
  made[cls.get()] = r;
  return r;
}

Ref namedtuple_method(Interp& in, const Ref& cls, const std::string& name, const std::vector<std::string>& kwnames, Loc loc) {
  static std::map<std::pair<const Obj*, std::string>, Ref> made;
  std::string key = name;
  for (auto& k : kwnames) key += " " + k;
  auto it = made.find({cls.get(), key});
  if (it != made.end()) return it->second;
  Ref fields = in.get_attr_or_null(cls, "_fields", loc);
  if (!fields || fields->kind != ObjKind::Tuple) return nullptr;
  auto globals = std::make_shared<DictObj>();
  auto* co = cls->as<ClassObj>();
  globals->set(make_str("__name__"), make_str(co->module ? co->module->name : "__main__"), in.key_ops());
  globals->set(make_str("_rpy_cls"), cls, in.key_ops());
  globals->set(make_str("_rpy_named_tuple"), named_tuple_builtin(), in.key_ops());
  std::vector<std::string> names;
  for (auto& f : fields->as<TupleObj>()->items) names.push_back(f->as<StrObj>()->value);
  size_t n = names.size();
  std::string src;
  auto tuple_of = [&](const std::vector<std::string>& items) {
    std::string s;
    for (size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + items[i];
    return "_rpy_named_tuple(_rpy_cls, (" + s + (items.size() == 1 ? ",))" : "))");
  };
  if (name == "_replace") {
    std::string params = "_rpy_self";
    for (auto& k : kwnames) params += ", " + k;
    std::vector<std::string> items;
    for (size_t i = 0; i < n; ++i) {
      bool given = std::find(kwnames.begin(), kwnames.end(), names[i]) != kwnames.end();
      items.push_back(given ? names[i] : "_rpy_self[" + std::to_string(i) + "]");
    }
    src = "def _replace(" + params + "):\n    return " + tuple_of(items) + "\n";
  } else if (name == "_asdict") {
    std::string d;
    for (size_t i = 0; i < n; ++i) d += (i ? ", " : "") + repr(make_str(names[i])) + ": _rpy_self[" + std::to_string(i) + "]";
    src = "def _asdict(_rpy_self):\n    return {" + d + "}\n";
  } else if (name == "_make") {
    std::string targets;
    for (size_t i = 0; i < n; ++i) targets += (i ? ", " : "") + names[i];
    if (n == 1) targets += ",";
    src = "def _make(iterable):\n    if len(iterable) != " + std::to_string(n) + ":\n        raise TypeError('Expected " +
          std::to_string(n) + " arguments, got %d' % len(iterable))\n";
    if (n) src += "    " + targets + " = iterable\n";
    src += "    return " + tuple_of(names) + "\n";
    src += "_make._annspecialcase_ = 'specialize:argtype(0)'\n";  // a list or a tuple: one copy each
  } else {
    return nullptr;
  }
  in.run_code(in.compile_source(src, "<collections.namedtuple>", "exec", loc), globals, nullptr, false, loc);
  long i = globals->find(make_str(name), in.key_ops());
  Ref r = i < 0 ? nullptr : globals->values[static_cast<size_t>(i)];
  made[{cls.get(), key}] = r;
  return r;
}

}  // namespace rpy::modules
