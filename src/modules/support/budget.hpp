// The import-time memory budget: while module-level code runs, every allocation of the rpy
// process is counted (a replacement operator new), and one that would take the total past the
// budget throws MemoryBudgetExceeded instead of letting the machine run out of memory.
#pragma once
#include <cstddef>
#include <new>

namespace rpy::modules {

struct MemoryBudgetExceeded : std::bad_alloc {
  const char* what() const noexcept override { return "import-time memory budget exceeded"; }
};

// Counts allocations from now on against `limit` bytes (nesting: the outermost call wins).
class MemoryBudget {
 public:
  explicit MemoryBudget(size_t limit);
  ~MemoryBudget();
  MemoryBudget(const MemoryBudget&) = delete;
  MemoryBudget& operator=(const MemoryBudget&) = delete;
  static size_t limit();  // the current budget in bytes (0 when none is active)
  // The default budget: RPY_IMPORT_MEMORY_MB from the environment, else 4096 MB.
  static size_t default_limit();

 private:
  bool outer_;
};

}  // namespace rpy::modules
