# python2
# An RPython program registering an exit handler with the decorator form at import time.
import atexit
import os


@atexit.register
def flush_log():
    os.write(1, "log flushed\n")


def entry_point(argv):
    os.write(1, "running\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
