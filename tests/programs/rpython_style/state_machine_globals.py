# python2
# Module-level tables built at import time, class-level constant tables, a state machine that
# mutates module-level counters through a prebuilt instance, `if DEBUG` switches.
import os
from rpython.rlib.objectmodel import specialize

DEBUG = False
STATES = ['START', 'IN_WORD', 'IN_NUMBER', 'IN_SPACE']
STATE_INDEX = dict([(name, i) for i, name in enumerate(STATES)])
CHAR_CLASS = {}
for _c in range(256):
    ch = chr(_c)
    if ch.isalpha():
        CHAR_CLASS[ch] = 'alpha'
    elif ch.isdigit():
        CHAR_CLASS[ch] = 'digit'
    else:
        CHAR_CLASS[ch] = 'other'
del _c


class Stats(object):
    def __init__(self):
        self.words = 0
        self.numbers = 0
        self.transitions = 0

stats = Stats()


class Machine(object):
    TRANSITIONS = {
        ('START', 'alpha'): 'IN_WORD',
        ('START', 'digit'): 'IN_NUMBER',
        ('START', 'other'): 'IN_SPACE',
        ('IN_WORD', 'alpha'): 'IN_WORD',
        ('IN_WORD', 'digit'): 'IN_WORD',
        ('IN_WORD', 'other'): 'IN_SPACE',
        ('IN_NUMBER', 'digit'): 'IN_NUMBER',
        ('IN_NUMBER', 'alpha'): 'IN_WORD',
        ('IN_NUMBER', 'other'): 'IN_SPACE',
        ('IN_SPACE', 'alpha'): 'IN_WORD',
        ('IN_SPACE', 'digit'): 'IN_NUMBER',
        ('IN_SPACE', 'other'): 'IN_SPACE',
    }
    NAMES = STATES

    def __init__(self):
        self.state = 'START'

    def feed(self, ch):
        new = self.TRANSITIONS[(self.state, CHAR_CLASS[ch])]
        if new != self.state:
            stats.transitions += 1
            if new == 'IN_WORD':
                stats.words += 1
            elif new == 'IN_NUMBER':
                stats.numbers += 1
        if DEBUG:
            os.write(2, "%s -> %s\n" % (self.state, new))
        self.state = new


@specialize.arg(0)
def report(kind, value):
    if kind == 'int':
        return "%d" % value
    return "%s" % value


def entry_point(argv):
    m = Machine()
    for ch in "hello world 42 times, x9 7up!":
        m.feed(ch)
    os.write(1, "words=%s numbers=%s transitions=%s final=%d\n" % (
        report('int', stats.words), report('int', stats.numbers),
        report('int', stats.transitions), STATE_INDEX[m.state]))
    os.write(1, "%s\n" % Machine.NAMES[STATE_INDEX['IN_SPACE']])
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
