// rpython.rlib.rsignal's C functions for translated programs (runtime/signals.cpp): a signal
// given to sig_setflag() only sets a flag, which the program reads with sig_poll() (the lowest
// pending signal number, or -1), as RPython's pypysig_* functions do.
#pragma once
#include <cstdint>

namespace rpy {

void sig_ignore(int64_t signum);
void sig_default(int64_t signum);
void sig_setflag(int64_t signum);
void sig_pushback(int64_t signum);
int64_t sig_poll();
int64_t sig_set_wakeup_fd(int64_t fd);  // the signal number is written there as a byte; returns the old fd
int64_t sig_alarm(int64_t seconds);
int64_t sig_pause();
int64_t sig_siginterrupt(int64_t signum, int64_t flag);

}  // namespace rpy
