// Out-of-line parts of dict and set (runtime/rpy/dict.hpp).
#include "rpy/rpy.hpp"

namespace rpy {

// KeyError(key): its message is the key's repr, as Python shows it ("KeyError: 'x'").
void raise_key_error(Str* key_repr) {
  KeyError* e = make_exc<KeyError>(key_repr);
  e->key_repr = true;
  e->raise_self();
  __builtin_unreachable();
}

void raise_changed_size(bool set) {
  raise_exc<RuntimeError>(set ? "Set changed size during iteration" : "dictionary changed size during iteration");
}

void raise_keys_changed() { raise_exc<RuntimeError>("dictionary keys changed during iteration"); }

}  // namespace rpy
