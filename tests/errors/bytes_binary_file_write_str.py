# Python 3: a file opened in binary mode takes bytes; writing a str raises TypeError.
import sys

with open(sys.argv[0] + ".out", "wb") as fh:
    fh.write("text")
