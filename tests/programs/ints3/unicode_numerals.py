# Python 3's int() and float() of a str read Unicode decimal digits ('٣', fullwidth '７',
# mathematical '𝟖') and Unicode whitespace (U+00A0, U+2003, U+3000) as their ASCII forms; other
# non-ASCII characters, and ASCII-only controls such as '\x1c' around the number, are errors
# that show the text as given. rpy raised ValueError for all of them.
CASES = [
    "\u0663", "\u0663\u0664", " 7\u2003", "\u00a07", "\u0661.\u0665", "-\u0663", "+\uff17\uff10",
    "\U0001d7d6\U0001d7ce", "\u0966_\u0967", "1\u0663", "\u0663e1", "\u3000\u0669\u3000",
    "\x1c7", "\x1c7\u00a0", "7\u00b2", "\u2167", "\u0663\u00bd", "", "\u00a0", "inf\u2003",
    "\u0661\u0662.\u0665e-\u0662", "0x\u0661f", "\u0663\u0664_", "\u0663__\u0664", "7\x7f",
]


def main():
    for s in CASES:
        try:
            print(repr(s), "int", int(s))
        except ValueError as e:
            print(repr(s), "int", "ValueError", e)
        try:
            print(repr(s), "float", float(s))
        except ValueError as e:
            print(repr(s), "float", "ValueError", e)
    for base in (2, 8, 16, 36):
        for s in ("\u0661\u0660", "\uff11\uff10\uff11", "0x\u0661\u0660", "0b\u0661"):
            try:
                print(repr(s), base, int(s, base))
            except ValueError as e:
                print(repr(s), base, "ValueError", e)
    total = 0
    for word in "\u0661\u0662 \u0663\u0664 \u0665\u0666".split():
        total += int(word)
    print(total)


main()
