# The string fast paths: join sized in advance, find/count/rfind through memchr/memmem with
# Python's start/end rules, lower/upper, and % results handed over from their buffer.
import sys


def main():
    n = len(sys.argv)
    for sep in ["", ",", ", ", " -- "]:
        print(repr(sep.join([])), repr(sep.join(["a"])), repr(sep.join(["a", "", "bc"])))
        print(repr(sep.join([str(i) for i in range(n + 11)])))
        print(repr(sep.join(list("xyz"))), repr(sep.join([c for c in ""])))
    parts = []
    for i in range(200):
        parts.append("w%d" % i)
    big = " ".join(parts)
    print(len(big), big[:30], big[-30:])
    s = "abcabcaabca"
    for sub in ["", "a", "bc", "abca", "zz", "abcabcaabcax"]:
        for start, end in [(0, 100), (3, 100), (11, 100), (12, 100), (-3, 100), (-100, 100), (2, 1), (4, -2), (0, -100)]:
            print(repr(sub), start, end, s.find(sub, start, end), s.rfind(sub, start, end), s.count(sub, start, end))
    print("aaaa".count("aa"), "aaaaa".count("aa"), "".count(""), "".find(""), "abc".find("", 3), "abc".find("", 4))
    print("a\x00b\x00".find("\x00"), "a\x00b\x00".count("\x00"), "x" * 1000 + "y" in "x" * 2000 + "y")
    words = ["Hello", "WORLD", "MiXeD-123_z", "", "@[`{", "already lower"]
    for w in words:
        print(w.lower(), w.upper(), (w + "!").lower(), w.strip("@{").upper())
    # %-formatting: short and long results, used again after being built
    lines = []
    for i in range(50):
        line = "%05d|%-12s|%8.3f|%s" % (i, "item%d" % i, i / 7.0, "x" * (i % 9))
        lines.append(line)
    text = "\n".join(lines)
    print(len(text), text.count("|"), lines[7], lines[49])
    long_one = "%s%s" % ("a" * 100, "b" * 100)
    print(len(long_one), long_one.count("ab"))
    acc = ""
    for i in range(30):
        acc += "%d," % i
    print(acc)


if __name__ == '__main__':
    main()
