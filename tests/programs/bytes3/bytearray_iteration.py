# Iterating over a bytearray gives its items as ints (0..255), in for loops, comprehensions and
# the builtins that read an iterable; items stored while the loop runs are seen by it. os.write()
# takes a bytearray as it takes bytes.
import os


def main():
    b = bytearray(b"\x01\x02\x03")
    print(len(b), sum(b), list(b), max(b), min(b), sorted(b, reverse=True))
    print([x * 2 for x in b], {x % 2 for x in b}, tuple(b), any(b), all(b))
    t = 0
    for x in b:
        t += x
    print(t)
    g = bytearray(b"abcd")
    seen = []
    for x in g:
        seen.append(x)
        if len(seen) < 3:
            g[len(seen)] = x + 10
    print(seen, g)
    for i, x in enumerate(bytearray(b"hi")):
        print(i, x, chr(x))
    print(dict(zip(bytearray(b"ab"), "xy")), 98 in list(bytearray(b"abc")))
    e = bytearray()
    print(list(e), sum(e), any(e), all(e))
    it = iter([bytearray(b"\xff\x00")])
    for ba in it:
        print([x for x in ba if x])
    print(os.write(1, bytearray(b"written\n")))


if __name__ == "__main__":
    main()
