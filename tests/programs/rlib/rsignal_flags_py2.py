# python2
# rpython.rlib.rsignal: a signal given to pypysig_setflag() sets a flag the program polls;
# pushback sets one by hand; c_alarm + c_pause wait for SIGALRM; ignored and default actions.
from rpython.rlib import rsignal
from rpython.rlib.rsignal import pypysig_poll, pypysig_setflag, pypysig_pushback


def entry_point(argv):
    pypysig_setflag(rsignal.SIGALRM)
    pypysig_setflag(rsignal.SIGUSR1)
    print pypysig_poll()
    pypysig_pushback(rsignal.SIGUSR2)
    pypysig_pushback(rsignal.SIGUSR1)
    print pypysig_poll(), pypysig_poll(), pypysig_poll()
    print rsignal.c_siginterrupt(rsignal.SIGALRM, 1)
    print rsignal.c_alarm(1)
    print rsignal.c_pause()
    print pypysig_poll(), pypysig_poll()
    rsignal.pypysig_ignore(rsignal.SIGUSR2)
    rsignal.pypysig_default(rsignal.SIGALRM)
    print rsignal.c_alarm(0)
    print rsignal.NSIG, rsignal.SIGINT in rsignal.signal_values
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
