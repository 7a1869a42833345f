# same-stderr
# warnings.warn in translated code (a Python 3 script): python3 prints "FILE:LINE: Category:
# message" and the source line on stderr, once per (message, category, place) with the default
# filters; DeprecationWarning only where the warning is attributed to __main__ (stacklevel
# decides which frame that is), PendingDeprecationWarning never; stacklevel beyond the outermost
# frame gives "sys:1". Before, rpy refused the script ("builtin 'warnings.warn' is not supported
# in translated code").
import sys
import warnings
import warnlib


class AppWarning(RuntimeWarning):
    pass


def step(i):
    warnings.warn("plain")
    warnings.warn("step %d" % (i % 2), AppWarning)
    warnings.warn(message="by keyword", category=UserWarning, stacklevel=1)
    warnings.warn("main deprecation", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("none category", None)
    print("old", warnlib.old_api(i))
    warnlib.internal_deprecation()
    warnlib.lib_warning("x" if i < 2 else "y")
    for n in (1, 2, 3, 4, 9):
        warnlib.level(n)
    sys.stdout.write("step %d\n" % i)


def main():
    for i in range(4):
        step(i)
    warnings.warn("at the end " + str(len(sys.argv)))


main()
