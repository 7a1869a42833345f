# check-stderr
# args: 2
# atexit handlers run after sys.exit() (the status stays the program's) and after an uncaught
# exception's traceback; output they print appears after the program's.
import atexit
import sys


def handler(what):
    print("handler", what)
    sys.stdout.write("written\n")


def main():
    mode = int(sys.argv[1])
    atexit.register(handler, "first")
    atexit.register(handler, "second")
    print("mode", mode)
    if mode == 1:
        sys.exit(3)
    if mode == 2:
        raise KeyError("missing")
    print("normal end")


main()
