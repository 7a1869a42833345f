# str.expandtabs(tabsize) and str.casefold() in Python 3: columns count code points and restart
# after '\n' and '\r'; a tabsize of 0 or less removes tabs; casefold is Unicode's full folding.
import sys


def main():
    texts = ["a\tbc\td", "\t", "x\ty\n\tz", "ab\r\tc", "é\tü\tñ", "日本\t語", "no tabs", "", "\t\t|"]
    sizes = [8, 4, 1, 0, -3, 3]
    if len(sys.argv) > 1:
        texts = texts + sys.argv[1:]
    for t in texts:
        print(repr(t.expandtabs()), [t.expandtabs(n) for n in sizes])
    words = ["Straße", "HELLO", "ǅungla", "ﬃ", "ΣΑΣ", "İstanbul", "ΐ", "Ꭰ", "abc", "ẞ"]
    for w in words:
        print(w, w.casefold(), len(w.casefold()), w.casefold() == w.casefold().lower(), w.upper().casefold() == w.casefold())
    print("MASSE".casefold() == "Maße".casefold())


main()
