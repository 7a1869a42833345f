# str.isprintable() in translated code: Python 3's rule, what repr() keeps as it is (letters,
# marks, numbers, punctuation, symbols and the space; not controls, other separators, formats
# nor unassigned code points), and True for the empty string.
import sys


def check(words):
    for w in words:
        print(repr(w), w.isprintable(), [c.isprintable() for c in w])


def main(argv):
    n = len(argv)
    base = ["", "abc", "a b", "tab\there", "new\nline", "del\x7f", "bell\x07", "~!@#$%^&*()",
            "héllo", "\xa0nbsp", "\xad soft hyphen", "\u200bzero width", "\u2028line sep",
            "\u3000ideo space", "日本語", "emoji \U0001F600", "\ufeffbom", "\x85nel", "\x9f",
            "\u0378", "\U000E0001tag", "\U0010FFFD", "\u0301combining", "ǅ", "٣"]
    words = [w + "x" * (n - 1) for w in base]
    check(words)
    built = "".join([chr(c) for c in range(0x1F, 0x22)])
    print(built.isprintable(), built[1:].isprintable())
    i = 0
    count = 0
    while i < 0x3000:
        if chr(i + n - 1).isprintable():
            count += 1
        i += 1
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
