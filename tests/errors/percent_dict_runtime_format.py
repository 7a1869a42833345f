# A '%' format that is not a constant, applied to a dict: Python looks up its '%(name)s' keys at
# run time; rpy reads them when translating, so it refuses a format it cannot see.
import sys


def show(fmt, d):
    return fmt % d


print(show(sys.argv[0][:0] + "%(a)s", {"a": "x"}))
