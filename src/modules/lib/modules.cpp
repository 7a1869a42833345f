#include "modules/lib/modules.hpp"

#include <cstring>

namespace rpy::modules {

static const NativeModule kModules[] = {
#define RPY_MODULE(name, installer, shadowable) {name, installer, shadowable},
#include "modules/lib/modules.def"
#undef RPY_MODULE
};

const NativeModule* find_native_module(const std::string& name) {
  for (const auto& m : kModules)
    if (name == m.name) return &m;
  return nullptr;
}

void def_function(ModuleObj& m, const std::string& name, BuiltinFn fn) {
  m.set(name, std::make_shared<BuiltinObj>(m.name + "." + name, std::move(fn)));
}

void def_stub(ModuleObj& m, const std::string& name) { m.set(name, std::make_shared<BuiltinObj>(m.name + "." + name, nullptr)); }

}  // namespace rpy::modules
