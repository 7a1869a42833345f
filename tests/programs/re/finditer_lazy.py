# finditer() finds each match when it is asked for (a generator: memory stays flat on a long input).
import re
import sys

WORD = re.compile(r"[a-z]+")


def main():
    text = "ab cd ef " * (200000 * len(sys.argv))
    it = WORD.finditer(text)
    first = next(it)
    print(first.group(), first.span())
    count = 1
    total = 0
    for m in it:
        count += 1
        total += m.end() - m.start()
    print(count, total)
    for m in re.finditer(r"(\d)(x)?", "1x2 3"):
        print(m.group(1, 2), m.groups("-"))
    print([m.group() for m in re.finditer("", "ab")])


main()
