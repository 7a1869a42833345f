# A merge point inside a for loop over a file (docs/JIT.md 4.1): the loop keeps its iterator (a
# file's lines, read as the compiled loop reads them) in a hidden local carried as a red. A text
# file's lines are strs (non-ASCII too), a binary file's bytes; a file read partly by readline()
# before the loop goes on from there; break/else and continue. (A merge point inside `with` is
# refused: the portals close their files themselves.) Before session 18 the JIT refused it
# ("a for loop over file").
import os
from rpython.rlib.jit import JitDriver

PATH = "/tmp/rpy_jit_py3_for_file_%d.txt" % os.getpid()

d1 = JitDriver(greens=[], reds="auto")
d2 = JitDriver(greens=[], reds="auto")
d3 = JitDriver(greens=[], reds="auto")


def text_total(path, skip_first):
    total = 0
    count = 0
    longest = ""
    f = open(path)
    for k in range(skip_first):
        f.readline()
    for line in f:
        d1.jit_merge_point()
        if line.startswith("#"):
            continue
        count += 1
        total += len(line)
        if len(line) > len(longest):
            longest = line
    f.close()
    return total, count, longest.strip()


def binary_until(path, stop):
    acc = 0
    f = open(path, "rb")
    for chunk in f:
        d2.jit_merge_point()
        if chunk[0] == stop:
            break
        acc = (acc * 7 + chunk[0] + len(chunk)) % 1000003
    else:
        acc = -acc
    f.close()
    return acc


def numbers(path):
    s = 0
    f = open(path)
    for line in f:
        d3.jit_merge_point()
        s += int(line.split(" ")[0])
    f.close()
    return s


def main():
    with open(PATH, "w") as w:
        for i in range(3000):
            if i % 7 == 0:
                w.write("# comment %d\n" % i)
            w.write("%d caf\u00e9 %s\n" % (i, "x" * (i % 13)))
        w.write("2999 last line without a newline")
    print(text_total(PATH, 0))
    print(text_total(PATH, 3))
    print(binary_until(PATH, ord("9")))
    print(binary_until(PATH, ord("?")))
    with open(PATH, "w") as w:
        for i in range(2500):
            w.write("%d\n" % (i * 3))
    print(numbers(PATH))
    os.unlink(PATH)


main()
