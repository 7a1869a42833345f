# A merge point inside a for loop over Python 3 bytes (docs/JIT.md 4.1): the loop becomes an index
# loop over hidden locals carried as reds, as for a list or a Python 2 str; each item is an int.
# Before session 18 the JIT refused it ("a for loop over bytes").
from rpython.rlib.jit import JitDriver

d1 = JitDriver(greens=[], reds="auto")
d2 = JitDriver(greens=["x"], reds=["acc", "seen"])


def checksum(data):
    acc = 0
    for x in data:
        d1.jit_merge_point()
        if x == 32:
            continue
        acc = (acc * 31 + x) % 1000003
    return acc


def first_big(data, limit):
    acc = 0
    seen = 0
    for x in data:
        d2.jit_merge_point(x=x, acc=acc, seen=seen)
        seen += 1
        if x > limit:
            break
        acc += x
    else:
        return -acc
    return acc * 1000 + seen


def main():
    data = b"hello world, " * 300 + bytes(range(200, 256))
    print(checksum(data))
    print(checksum(b""))
    print(first_big(data, 250))
    print(first_big(b"abc" * 500, 250))


main()
