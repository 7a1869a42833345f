# A value that may be a re flag or a plain int: Python 3 prints re.IGNORECASE or the digits, rpy
# cannot know which at translation time, so its text is refused by name; so is a list of flags.
import re
import sys


def pick(n):
    if n > 1:
        return re.I
    return 0


def main(argv):
    f = pick(len(argv))
    print(f)
    print([re.I, re.M])
    print("{}".format(re.S))


main(sys.argv)
