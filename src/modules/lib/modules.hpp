// The standard modules rpy provides natively at import time: one file each under lib/, one line
// each in lib/modules.def. Adding a module is one new file and one table line.
#pragma once
#include "modules/loader.hpp"
#include "modules/objects/objects.hpp"

namespace rpy::modules {

using ModuleInstaller = void (*)(Interp& in, ModuleObj& m);

struct NativeModule {
  const char* name;
  ModuleInstaller install;
  // CPython implements it in Python (Lib/*.py): a program's own module of that name comes first.
  bool shadowable;
};

const NativeModule* find_native_module(const std::string& name);

#define RPY_MODULE(name, installer, shadowable) void installer(Interp& in, ModuleObj& m);
#include "modules/lib/modules.def"
#undef RPY_MODULE

// Helpers for module files.
void def_function(ModuleObj& m, const std::string& name, BuiltinFn fn);  // qualified "module.name"
void def_stub(ModuleObj& m, const std::string& name);                    // translated code only (not callable at import time)

// A collections.deque built at import time, for translation: its items and maxlen (-1:
// unbounded); false when v is not a deque.
bool deque_contents(const Ref& v, std::vector<Ref>& items, int64_t& maxlen);

// A re pattern compiled at import time, for translation: its pattern text and the flags it was
// compiled with (as given, inline flags not included); false when v is not a pattern (re.cpp).
bool re_pattern_source(const Ref& v, Ref& source, int& flags);

// Why an instance of cls cannot be made (object.__new__ of a class whose metaclass is
// abc.ABCMeta and that still has abstract methods): Python's TypeError message for the dialect,
// or "" (collections.cpp).
std::string abstract_instantiation_error(int python, const ClassObj& cls);

// An itertools.count made at import time, for translation: the value it gives next and its step;
// false when v is not one (itertools.cpp).
bool count_state(const Ref& v, Ref& next, Ref& step);

// collections.namedtuple(typename, field_names, verbose=False, rename=False) (namedtuple.cpp).
Ref make_namedtuple(Interp& in, Args& a, KwArgs& kw, Loc loc);
// The factory function translated code calls in place of namedtuple class cls (namedtuple.cpp).
Ref namedtuple_factory(Interp& in, const Ref& cls, Loc loc);
// The function that stands for a namedtuple method in translated code (made once per class and
// spelling): "_replace" with the field names a call passes (def _replace(self, x): the tuple with
// x replaced), "_asdict" (def _asdict(self): {field: value} in field order), "_make"
// (def _make(iterable): TypeError "Expected N arguments, got M" for another length).
Ref namedtuple_method(Interp& in, const Ref& cls, const std::string& name, const std::vector<std::string>& kwnames, Loc loc);
// The function translated code calls in place of a functools.lru_cache/cache wrapper v (functools.cpp):
// null if v is not one; null with why_not set if it cannot be translated.
Ref lru_cache_translation(const Ref& v, std::string& why_not);
// The comparison function of a key class functools.cmp_to_key(f) made (import time); null for
// other values.
Ref cmp_to_key_function(const Ref& v);

// Whether name is a reserved word of the dialect (keyword.iskeyword; keyword.cpp).
bool is_keyword(int python, const std::string& name);

}  // namespace rpy::modules
