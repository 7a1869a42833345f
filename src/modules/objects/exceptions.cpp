// The builtin exception hierarchy of each dialect, with BaseException's args, str() and repr(),
// and the errno/strerror/filename of EnvironmentError.
#include "modules/objects/objects.hpp"

namespace rpy::modules {

static Ref exc_args(const Ref& self) {
  auto* i = self->as<InstanceObj>();
  auto it = i->attrs.find("args");
  return it == i->attrs.end() ? make_tuple({}) : it->second;
}

static void set_attr_direct(const Ref& self, const std::string& k, Ref v) {
  auto* i = self->as<InstanceObj>();
  if (!i->attrs.count(k)) i->attr_order.push_back(k);
  i->attrs[k] = std::move(v);
}

static void init_exception(Interp& in, const Ref& self, const std::vector<Ref>& rest) {
  set_attr_direct(self, "args", make_tuple(rest));
  if (in.python() == 2) set_attr_direct(self, "message", rest.size() == 1 ? rest[0] : make_str(""));
  auto* c = self->as<InstanceObj>()->klass();
  auto is = [&](const char* n) {
    Ref k = in.builtin_class(n);
    return k && c->is_subclass_of(k->as<ClassObj>());
  };
  if (is("EnvironmentError") || is("OSError")) {
    set_attr_direct(self, "errno", rest.size() >= 2 ? rest[0] : none());
    set_attr_direct(self, "strerror", rest.size() >= 2 ? rest[1] : none());
    set_attr_direct(self, "filename", rest.size() >= 3 ? rest[2] : none());
    if (rest.size() >= 2 && rest.size() <= 3) set_attr_direct(self, "args", make_tuple({rest[0], rest[1]}));
  } else if (is("SystemExit")) {
    set_attr_direct(self, "code", rest.empty() ? none() : rest.size() == 1 ? rest[0] : make_tuple(rest));
  } else if (is("StopIteration") && in.python() == 3) {
    set_attr_direct(self, "value", rest.empty() ? none() : rest[0]);
  }
}

void install_exceptions(Interp& in, ModuleObj& B) {
  bool py2 = in.python() == 2;
  auto new_fn = std::make_shared<BuiltinObj>("BaseException.__new__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.empty() || a[0]->kind != ObjKind::Class) in.raise("TypeError", "BaseException.__new__(X): X is not a type object", loc);
    auto inst = std::make_shared<InstanceObj>();
    inst->cls = a[0];
    init_exception(in, inst, std::vector<Ref>(a.begin() + 1, a.end()));
    return inst;
  });
  auto init_fn = std::make_shared<BuiltinObj>("BaseException.__init__", [](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
    init_exception(in, a[0], std::vector<Ref>(a.begin() + 1, a.end()));
    return none();
  });
  auto str_fn = std::make_shared<BuiltinObj>("BaseException.__str__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref self = a[0];
    auto* i = self->as<InstanceObj>();
    auto& items = exc_args(self)->as<TupleObj>()->items;
    auto* c = i->klass();
    Ref env = in.builtin_class(in.python() == 2 ? "EnvironmentError" : "OSError");
    if (env && c->is_subclass_of(env->as<ClassObj>())) {
      Ref en = i->attrs.count("errno") ? i->attrs["errno"] : none();
      Ref se = i->attrs.count("strerror") ? i->attrs["strerror"] : none();
      Ref fn = i->attrs.count("filename") ? i->attrs["filename"] : none();
      if (!is_none(en) && !is_none(se)) {
        std::string s = "[Errno " + in.str_of(en, loc) + "] " + in.str_of(se, loc);
        if (!is_none(fn)) s += ": " + in.repr_of(fn, loc);
        return make_str(s);
      }
    }
    Ref ke = in.builtin_class("KeyError");
    if (items.size() == 1 && c->is_subclass_of(ke->as<ClassObj>())) return make_str(in.repr_of(items[0], loc));
    if (items.empty()) return make_str("");
    if (items.size() == 1) return make_str(in.str_of(items[0], loc));
    return make_str(in.repr_of(make_tuple(items), loc));
  });
  auto repr_fn = std::make_shared<BuiltinObj>("BaseException.__repr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& items = exc_args(a[0])->as<TupleObj>()->items;
    std::string inner = in.repr_of(make_tuple(items), loc);
    if (in.python() == 3 && items.size() == 1) inner = "(" + in.repr_of(items[0], loc) + ")";
    return make_str(a[0]->as<InstanceObj>()->klass()->name + inner);
  });
  auto make_exc = [&](const std::string& name, const std::string& base) {
    auto c = std::make_shared<ClassObj>();
    c->name = c->qualname = name;
    c->module = &B;
    c->is_builtin_exception = true;
    c->new_style = true;
    if (!base.empty()) {
      Ref b = B.attrs[base];
      c->bases.push_back(b->as<ClassObj>());
      c->base_refs.push_back(b);
      c->mro.push_back(c.get());
      c->mro.insert(c->mro.end(), b->as<ClassObj>()->mro.begin(), b->as<ClassObj>()->mro.end());
      c->mro_refs.push_back(b);
      c->mro_refs.insert(c->mro_refs.end(), b->as<ClassObj>()->mro_refs.begin(), b->as<ClassObj>()->mro_refs.end());
    } else {
      c->mro.push_back(c.get());
      for (auto [k, v] : {std::pair{"__new__", Ref(std::make_shared<WrapperObj>(ObjKind::StaticMethod, new_fn))},
                          {"__init__", Ref(init_fn)},
                          {"__str__", Ref(str_fn)},
                          {"__repr__", Ref(repr_fn)}}) {
        c->attrs[k] = v;
        c->attr_order.push_back(k);
      }
    }
    B.set(name, c);
  };
  make_exc("BaseException", "");
  for (auto n : {"SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception"}) make_exc(n, "BaseException");
  make_exc("StopIteration", "Exception");
  std::string std_base = "Exception";
  if (py2) {
    make_exc("StandardError", "Exception");
    std_base = "StandardError";
  } else {
    make_exc("StopAsyncIteration", "Exception");
  }
  for (auto n : {"ArithmeticError", "LookupError", "AssertionError", "AttributeError", "EOFError", "ImportError", "MemoryError",
                 "NameError", "ReferenceError", "RuntimeError", "SyntaxError", "SystemError", "TypeError", "ValueError", "BufferError"})
    make_exc(n, std_base);
  if (py2) {
    make_exc("EnvironmentError", std_base);
    make_exc("IOError", "EnvironmentError");
    make_exc("OSError", "EnvironmentError");
  } else {
    make_exc("OSError", std_base);
    B.set("EnvironmentError", B.attrs["OSError"]);
    B.set("IOError", B.attrs["OSError"]);
    for (auto n : {"FileNotFoundError", "FileExistsError", "PermissionError", "IsADirectoryError", "NotADirectoryError", "TimeoutError",
                   "ConnectionError", "BlockingIOError", "ChildProcessError", "InterruptedError", "ProcessLookupError"})
      make_exc(n, "OSError");
    make_exc("ModuleNotFoundError", "ImportError");
  }
  make_exc("FloatingPointError", "ArithmeticError");
  make_exc("OverflowError", "ArithmeticError");
  make_exc("ZeroDivisionError", "ArithmeticError");
  make_exc("IndexError", "LookupError");
  make_exc("KeyError", "LookupError");
  make_exc("NotImplementedError", "RuntimeError");
  make_exc("RecursionError", "RuntimeError");
  make_exc("UnboundLocalError", "NameError");
  make_exc("UnicodeError", "ValueError");
  for (auto n : {"UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError"}) make_exc(n, "UnicodeError");
  make_exc("IndentationError", "SyntaxError");
  make_exc("TabError", "IndentationError");
  make_exc("Warning", "Exception");
  for (auto n : {"UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning", "RuntimeWarning", "FutureWarning",
                 "ImportWarning", "UnicodeWarning", "BytesWarning"})
    make_exc(n, "Warning");
  if (!py2) make_exc("ResourceWarning", "Warning");
}

}  // namespace rpy::modules
