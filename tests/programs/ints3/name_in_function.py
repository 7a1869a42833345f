# committed: python3 raises NameError here, which the oracle self-check takes for a broken test
# check-traceback
import sys


def report():
    print(cutoff, names)


def main():
    global names
    names = ["a"]
    report()


if len(sys.argv) > 5:
    cutoff = 10
main()
cutoff = 3
