# A Python 3 script registering an exit handler from code that runs in the binary: it runs at exit.
import atexit
import sys


def goodbye():
    print("goodbye")


def main(argv):
    if len(argv) > 5:
        return 1
    atexit.register(goodbye)
    print("hello")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
