"""rpy's version of rpython.rlib.debug: debug_print and debug sections, and
the assertion helpers (make_sure_not_resized, check_nonneg, ll_assert).

debug_print writes its arguments, separated by spaces, and a newline to
stderr.  debug_start/debug_stop only delimit sections; they print nothing."""

import sys


class FatalError(Exception):
    pass


def debug_print(*args):
    parts = []
    for a in args:
        parts.append(str(a))
    sys.stderr.write(' '.join(parts) + '\n')


def debug_start(category, timestamp=False):
    return 0


def debug_stop(category, timestamp=False):
    return 0


def debug_print_once(category, *args):
    debug_print(*args)


def have_debug_prints():
    return True


def have_debug_prints_for(category_prefix):
    return True


def debug_offset():
    return -1


def debug_flush():
    sys.stderr.flush()


def debug_forked(original_offset):
    pass


def ll_assert(condition, msg):
    """Assert condition; msg is the message of the AssertionError."""
    if not condition:
        raise AssertionError(msg)


def fatalerror(msg):
    sys.stderr.write('fatal error: %s\n' % (msg,))
    raise FatalError(msg)


def fatalerror_notb(msg):
    fatalerror(msg)


def make_sure_not_resized(arg):
    """The list arg is never resized (RPython may then use a fixed array)."""
    return arg


def make_sure_not_modified(arg):
    return arg


def mark_dict_non_null(d):
    return d


def check_nonneg(x):
    """x, asserted to be >= 0."""
    assert x >= 0
    return x


def check_annotation(arg, checker):
    return arg


def check_list_of_chars(l):
    for c in l:
        assert isinstance(c, str) and len(c) == 1
    return l


def check_not_access_directly(x):
    return x


class IntegerCanBeNegative(Exception):
    pass


class NotAListOfChars(Exception):
    pass
