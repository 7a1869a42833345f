// The type registry (gc/types.hpp).
#include "gc/types.hpp"

#include <cstdio>
#include <cstdlib>

namespace rpy::gc {

uint32_t register_type(TypeDesc d) {
  auto& r = type_registry();
  if (d.fixed_size < d.length_offset + (d.item_size ? 8u : 0u)) {
    std::fprintf(stderr, "rpy gc: type %s: its length field lies outside its fixed part\n", d.name);
    std::abort();
  }
  r.push_back(std::move(d));
  return static_cast<uint32_t>(r.size() - 1);
}

}  // namespace rpy::gc
