# Python 3 bytes iterate as ints: list(), sorted(), sum(), max(), enumerate(), zip(), comprehensions.
import sys


def main():
    b = b"hello" + bytes([len(sys.argv)])
    print(list(b), sorted(b), sum(b), max(b), min(b), len(set(b)), tuple(b[:2]))
    print([i * x for i, x in enumerate(b)], [x ^ y for x, y in zip(b, b[1:])])
    print({x for x in b if x > 104} == {108, 111}, {x: chr(x) for x in b[:2]})
    print("".join([chr(x) for x in b[:5]]), "".join(chr(x + 1) for x in b[:5]), any(x > 200 for x in b))
    rev = b[::-1]
    print(rev, list(reversed(list(b))) == list(rev))
    print([b[i] for i in range(len(b)) if i % 2 == 0])


main()
