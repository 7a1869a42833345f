# Python 3 str methods on text that is not ASCII: case mapping and predicates from Python's
# Unicode tables, repr, padding and format widths counting code points, strip and split.


def show(x):
    print(repr(x), len(x))


def main():
    words = ["café", "ÉCOLE", "straße", "Ǆemal", "ﬁn", "σοφία", "Ωmega", "ǅ", "١٢٣", "²", "Ⅻ", "ab c", "\u00a0", "x\u2028"]
    for w in words:
        print(w.upper(), w.lower(), w.isalpha(), w.isdigit(), w.isalnum(), w.isspace(), w.isupper(), w.islower())
    print(repr("é\n\t'x'\u200b\x85\u00ad\U0001F600\x7f\U000e0001"), repr('"é\''), ["é", "a\u0300"], ("ü",))
    show("ñ".ljust(4, "*") + "|" + "ñ".rjust(4) + "|" + "ñá".center(5, "-") + "|" + "é".zfill(3))
    print("%-5s|%5s|%.2s|%3.1s|" % ("éa", "ñ", "ñáb", "ü"))
    print("{:<5}|{:>5}|{:^6}|{:.1}|".format("éa", "ñ", "ñá", "ñá"), f"{'ü':*^5}|{'日本':>4}|")
    print(format("é", "3") + "|", str("é"), "%s" % "é", "%r" % "é")
    show("  \u3000é \u00a0".strip())
    show("éaé".strip("é"))
    show("«x»".lstrip("«"))
    show("«x»".rstrip("»"))
    print("a\u00a0b\u2003c  d\x1ce".split(), "a é  b ".split(None, 1), "\x1fz\x1f".strip())
    print("\x1c".isspace(), " \x1d".isspace(), "é".isspace())


if __name__ == "__main__":
    main()
