"""rpy's version of rpython.rlib.rsignal: signals as RPython programs receive them.

RPython's module declares C functions; a program installs a handler that only sets a flag and
reads the flags back itself, at points of its choosing:
pypysig_setflag(n)      signal n sets its flag (pypysig_reinstall(n): the same);
pypysig_ignore(n)       signal n is ignored; pypysig_default(n): its default action again;
pypysig_poll()          the lowest signal number whose flag is set (the flag is cleared), or -1;
pypysig_pushback(n)     sets the flag of n as if the signal had come;
pypysig_set_wakeup_fd(fd)  each signal also writes its number as a byte to fd (-1: none);
                        returns the previous fd;
c_alarm(secs), c_pause(), c_siginterrupt(n, flag): the C functions alarm, pause (returns -1
                        once a signal was handled) and siginterrupt (returns 0, -1 on error).
Translated code calls rpy's runtime (runtime/signals.cpp); the bodies below are what the
interpreter runs (through Python's signal module). The signal numbers are Linux's.
pypysig_getaddr_occurred (a raw pointer to the flag) has no equivalent: importing it fails.
"""

try:
    import signal as _signal
except ImportError:  # rpy's import-time evaluator: translated code never runs the bodies below
    _signal = None

SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGILL = 4
SIGTRAP = 5
SIGABRT = 6
SIGIOT = 6
SIGBUS = 7
SIGFPE = 8
SIGKILL = 9
SIGUSR1 = 10
SIGSEGV = 11
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGSTKFLT = 16
SIGCHLD = 17
SIGCLD = 17
SIGCONT = 18
SIGSTOP = 19
SIGTSTP = 20
SIGTTIN = 21
SIGTTOU = 22
SIGURG = 23
SIGXCPU = 24
SIGXFSZ = 25
SIGVTALRM = 26
SIGPROF = 27
SIGWINCH = 28
SIGIO = 29
SIGPOLL = 29
SIGPWR = 30
SIGSYS = 31
SIGRTMIN = 34
SIGRTMAX = 64
NSIG = 65
SIG_DFL = 0
SIG_IGN = 1

signal_names = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGIOT', 'SIGBUS',
                'SIGFPE', 'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM',
                'SIGSTKFLT', 'SIGCHLD', 'SIGCLD', 'SIGCONT', 'SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU',
                'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF', 'SIGWINCH', 'SIGIO', 'SIGPOLL',
                'SIGPWR', 'SIGSYS', 'SIGRTMIN', 'SIGRTMAX']
signal_values = {}
for _name in signal_names:
    signal_values[globals()[_name]] = None

_flags = [False] * NSIG


def _set_flag(signum, frame):
    if 0 < signum < NSIG:
        _flags[signum] = True


def _install(signum, handler):
    if not 0 < signum < NSIG:
        return
    try:
        _signal.signal(signum, handler)
    except (ValueError, RuntimeError, OSError):
        pass  # sigaction() refuses SIGKILL and SIGSTOP without a word


def pypysig_ignore(signum):
    _install(signum, _signal.SIG_IGN)


def pypysig_default(signum):
    _install(signum, _signal.SIG_DFL)


def pypysig_setflag(signum):
    _install(signum, _set_flag)


def pypysig_reinstall(signum):
    _install(signum, _set_flag)


def pypysig_pushback(signum):
    if 0 < signum < NSIG:
        _flags[signum] = True


def pypysig_poll():
    for i in range(1, NSIG):
        if _flags[i]:
            _flags[i] = False
            return i
    return -1


def pypysig_set_wakeup_fd(fd):
    return _signal.set_wakeup_fd(fd)


def c_alarm(seconds):
    return _signal.alarm(seconds)


def c_pause():
    _signal.pause()
    return -1


def c_siginterrupt(signum, flag):
    try:
        _signal.siginterrupt(signum, flag)
    except (ValueError, OSError):
        return -1
    return 0
