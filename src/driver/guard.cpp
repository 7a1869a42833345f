#include "driver/guard.hpp"

#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define RPY_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RPY_UNDER_ASAN 1
#endif
#endif

namespace rpy::driver {

namespace {

// Every stage walks the syntax tree and the IR recursively; the parser bounds the nesting, and
// this stack holds that bound with room to spare (the memory is reserved, not used, until needed).
constexpr size_t kStackSizes[] = {size_t{1} << 30, size_t{256} << 20, size_t{64} << 20};
constexpr size_t kGuardSize = size_t{1} << 20;

char g_what[512];  // what the job is, for the fault handler's message
uintptr_t g_stack_low = 0;

#ifndef RPY_UNDER_ASAN  // the fault handler is installed only without ASan
void write_err(const char* s) {
  ssize_t r = ::write(2, s, std::strlen(s));
  (void)r;
}

const char* signal_name(int sig) {
  switch (sig) {
    case SIGSEGV:
      return "SIGSEGV (invalid memory access)";
    case SIGBUS:
      return "SIGBUS (bus error)";
    case SIGFPE:
      return "SIGFPE (arithmetic fault)";
    case SIGILL:
      return "SIGILL (illegal instruction)";
    case SIGABRT:
      return "SIGABRT (abort)";
    default:
      return "a fatal signal";
  }
}

void on_fault(int sig, siginfo_t* info, void*) {
  auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
  bool overflow = sig == SIGSEGV && g_stack_low != 0 && addr + 2 * kGuardSize >= g_stack_low && addr < g_stack_low + (64u << 10);
  if (overflow) {
    write_err("rpy: error: ran out of stack space while ");
    write_err(g_what);
    write_err(": the program nests too deeply (split its deepest expressions or blocks into smaller ones)\n");
    ::_exit(1);
  }
  write_err("rpy: internal error: ");
  write_err(signal_name(sig));
  write_err(" while ");
  write_err(g_what);
  write_err(". This is a bug in rpy; please report it with the program.\n");
  ::_exit(kInternalErrorStatus);
}
#endif  // RPY_UNDER_ASAN

void install_fault_handlers() {
#ifndef RPY_UNDER_ASAN  // under ASan, its own reports say more
  static char alt_stack[1 << 16];
  stack_t ss{};
  ss.ss_sp = alt_stack;
  ss.ss_size = sizeof alt_stack;
  if (sigaltstack(&ss, nullptr) != 0) return;
  struct sigaction sa {};
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) sigaction(sig, &sa, nullptr);
#endif
}

// Lets memory run out as an allocation failure (reported) rather than as the kernel's OOM killer
// (a SIGKILL nothing can report): the address space is limited to the machine's memory and swap,
// plus the reserved stack, unless a limit is already set.
void limit_memory_to_machine() {
#ifndef RPY_UNDER_ASAN  // ASan reserves terabytes of address space for its shadow memory
  struct rlimit rl {};
  if (getrlimit(RLIMIT_AS, &rl) != 0 || rl.rlim_cur != RLIM_INFINITY) return;
  struct sysinfo si {};
  if (sysinfo(&si) != 0) return;
  uint64_t machine = (static_cast<uint64_t>(si.totalram) + si.totalswap) * si.mem_unit;
  uint64_t limit = machine + kStackSizes[0] + kGuardSize + (uint64_t{1} << 30);
  if (limit < (uint64_t{4} << 30)) limit = uint64_t{4} << 30;
  rl.rlim_cur = limit < rl.rlim_max ? limit : rl.rlim_max;
  setrlimit(RLIMIT_AS, &rl);
#endif
}

struct Job {
  const std::function<int()>* body;
  int status = 1;
};

int run_body(const std::function<int()>& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    std::fflush(stdout);
    std::fprintf(stderr,
                 "rpy: error: ran out of memory while %s (import-time code that builds ever larger values, or a program too large "
                 "for this machine's memory)\n",
                 g_what);
    return 1;
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "rpy: internal error: %s while %s. This is a bug in rpy; please report it with the program.\n", e.what(), g_what);
    return kInternalErrorStatus;
  } catch (...) {
    std::fflush(stdout);
    std::fprintf(stderr, "rpy: internal error: an unknown exception while %s. This is a bug in rpy; please report it with the program.\n",
                 g_what);
    return kInternalErrorStatus;
  }
}

// Records the lowest address of the current thread's stack (where an overflow faults).
void note_stack_bounds() {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* low = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &low, &size) == 0) g_stack_low = reinterpret_cast<uintptr_t>(low);
    pthread_attr_destroy(&attr);
  }
}

void* thread_main(void* arg) {
  auto* job = static_cast<Job*>(arg);
  note_stack_bounds();
  install_fault_handlers();
  job->status = run_body(*job->body);
  return nullptr;
}

}  // namespace

int run_guarded(const std::string& what, const std::function<int()>& body) {
  std::snprintf(g_what, sizeof g_what, "%s", what.c_str());
  signal(SIGXFSZ, SIG_IGN);  // a file size limit makes the write fail (EFBIG), which is reported
  limit_memory_to_machine();
  Job job{&body};
  for (size_t size : kStackSizes) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) break;
    pthread_t thread;
    bool started = pthread_attr_setstacksize(&attr, size) == 0 && pthread_attr_setguardsize(&attr, kGuardSize) == 0 &&
                   pthread_create(&thread, &attr, thread_main, &job) == 0;
    pthread_attr_destroy(&attr);
    if (started) {
      pthread_join(thread, nullptr);
      return job.status;
    }
  }
  // No thread could be made (a tight address-space limit): run here, on the main stack.
  note_stack_bounds();
  install_fault_handlers();
  return run_body(body);
}

}  // namespace rpy::driver
