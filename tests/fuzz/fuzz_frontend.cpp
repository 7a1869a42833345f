// libFuzzer target: random and mutated programs through everything `rpy check` runs (lexer,
// parser, import-time evaluator, type inference, the checks of code generation). Any crash,
// sanitizer report, escaped exception or hang is a bug; error messages are the expected outcome
// for most inputs. Built with clang (-fsanitize=fuzzer,address,undefined) by scripts/fuzz.sh.
#include <pthread.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <new>
#include <string>

#include "codegen/emitter.hpp"
#include "driver/frontend.hpp"

namespace {

std::string g_path;  // the program file each input is written to

constexpr size_t kMaxInput = 64 << 10;
constexpr uint64_t kImportSteps = 20000;  // a program that loops for ever at import time stops here
constexpr size_t kStack = size_t{512} << 20;

void run_one(const std::string& text) {
  {
    std::ofstream out(g_path, std::ios::binary | std::ios::trunc);
    out << text;
  }
  rpy::driver::FrontendOptions fo;
  fo.command = "rpy fuzz";
  fo.input = g_path;
  fo.quiet = true;
  fo.step_limit = kImportSteps;
  rpy::driver::Program p(fo);
  try {
    if (rpy::driver::load(p) != 0) return;
    if (rpy::driver::analyse(p) != 0) return;
    rpy::codegen::EmitOptions eo;
    std::string cpp = rpy::codegen::generate_cpp(*p.ann, p.sm, eo, p.diags);
    (void)cpp;
  } catch (const std::bad_alloc&) {
    // Import-time code may ask for more memory than the fuzzer allows (ASan returns null for
    // allocations over max_allocation_size_mb): rpy reports that as "ran out of memory".
  }
}

struct Job {
  const std::string* text;
};

void* thread_main(void* arg) {
  run_one(*static_cast<Job*>(arg)->text);
  return nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  char tmpl[] = "/tmp/rpy-fuzz-XXXXXX";
  if (!mkdtemp(tmpl)) std::abort();
  g_path = std::string(tmpl) + "/fuzzed.py";
  // Import-time code that allocates without end stops at rpy's memory budget; the default (4 GiB)
  // takes minutes to fill under ASan and exceeds the fuzzer's RSS limit, so fuzz with a small one.
  setenv("RPY_IMPORT_MEMORY_MB", "256", 1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return -1;  // not added to the corpus
  std::string text(reinterpret_cast<const char*>(data), size);
  // Every stage walks the tree recursively: run on a stack as large as rpy's own (driver/guard).
  Job job{&text};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStack);
  pthread_t t;
  if (pthread_create(&t, &attr, thread_main, &job) != 0) std::abort();
  pthread_join(t, nullptr);
  pthread_attr_destroy(&attr);
  return 0;
}
