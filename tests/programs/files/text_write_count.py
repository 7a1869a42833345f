# Python 3: a text file's write(), sys.stdout.write() and sys.stderr.write() return the number of
# characters written (code points, not bytes); Python 2's return None (files/py2_write_none.py).
import os
import sys


def main(argv):
    name = "text_write_count.tmp"
    with open(name, "w") as fh:
        n = fh.write("héllo" * len(argv))
        m = fh.write("")
    print(n, m)
    k = sys.stdout.write("ünï\n")
    print(k, sys.stderr.write(""))
    with open(name) as fh:
        print(len(fh.read()))
    os.remove(name)


main(sys.argv)
