// rpython.rlib.rsignal for translated programs (rpy/signals.hpp).
#include "rpy/signals.hpp"

#include <signal.h>
#include <unistd.h>

#include <cerrno>

namespace rpy {

static volatile sig_atomic_t g_sig_flags[NSIG];
static volatile sig_atomic_t g_sig_any = 0;  // some flag may be set
static volatile sig_atomic_t g_sig_wakeup_fd = -1;

extern "C" void rpy_signal_flag(int signum) {
  if (signum > 0 && signum < NSIG) {
    g_sig_flags[signum] = 1;
    g_sig_any = 1;
  }
  int fd = g_sig_wakeup_fd;
  if (fd >= 0) {
    int saved = errno;
    unsigned char byte = static_cast<unsigned char>(signum);
    if (::write(fd, &byte, 1) < 0) {
      // nothing to do in a signal handler
    }
    errno = saved;
  }
}

static bool valid_signal(int64_t n) { return n > 0 && n < NSIG; }

static void set_action(int64_t signum, void (*handler)(int)) {
  if (!valid_signal(signum)) return;  // as sigaction(), an invalid number changes nothing
  struct sigaction sa = {};
  sa.sa_handler = handler;
  sigemptyset(&sa.sa_mask);
  sigaction(static_cast<int>(signum), &sa, nullptr);
}

void sig_ignore(int64_t signum) { set_action(signum, SIG_IGN); }
void sig_default(int64_t signum) { set_action(signum, SIG_DFL); }
void sig_setflag(int64_t signum) { set_action(signum, rpy_signal_flag); }

void sig_pushback(int64_t signum) {
  if (!valid_signal(signum)) return;
  g_sig_flags[signum] = 1;
  g_sig_any = 1;
}

int64_t sig_poll() {
  if (!g_sig_any) return -1;
  g_sig_any = 0;
  for (int i = 1; i < NSIG; ++i)
    if (g_sig_flags[i]) {
      g_sig_flags[i] = 0;
      g_sig_any = 1;  // another one may be pending: the next poll looks again
      return i;
    }
  return -1;
}

int64_t sig_set_wakeup_fd(int64_t fd) {
  int64_t old = g_sig_wakeup_fd;
  g_sig_wakeup_fd = static_cast<sig_atomic_t>(fd);
  return old;
}

int64_t sig_alarm(int64_t seconds) { return ::alarm(static_cast<unsigned>(seconds)); }

int64_t sig_pause() { return ::pause(); }

// siginterrupt(): whether the signal interrupts system calls (no SA_RESTART) or not.
int64_t sig_siginterrupt(int64_t signum, int64_t flag) {
  if (!valid_signal(signum)) {
    errno = EINVAL;
    return -1;
  }
  struct sigaction sa;
  if (sigaction(static_cast<int>(signum), nullptr, &sa) < 0) return -1;
  if (flag)
    sa.sa_flags &= ~SA_RESTART;
  else
    sa.sa_flags |= SA_RESTART;
  return sigaction(static_cast<int>(signum), &sa, nullptr);
}

}  // namespace rpy
