# args: {tmp}
# iter() and next() of a file object (rpy refused them: "iter() of file is not supported"): a file
# is its own iterator, next(f) reads its next line (StopIteration at the end, or next's default),
# and a for loop after next() goes on from the line that follows; a binary file gives bytes.
import os
import sys


def main():
    path = os.path.join(sys.argv[1], "lines.txt")
    with open(path, "w") as f:
        f.write("first line\nsecond\n\nfourth é\nlast")
    f = open(path)
    it = iter(f)
    print(it is f, repr(next(it)), repr(next(f)))
    for line in it:
        print(len(line), repr(line))
        break
    for line in f:
        print(repr(line))
    try:
        next(f)
    except StopIteration:
        print("StopIteration")
    print(repr(next(f, "done")))
    f.close()
    with open(path, "rb") as g:
        print(repr(next(g)), repr(next(iter(g))), [x for x in g])
        print(next(g, None))


main()
