# str predicates computed while the module is imported (the import-time evaluator) follow the
# Unicode tables as python3 does, for non-ASCII text too: Arabic-Indic and superscript digits,
# fractions, accented and CJK letters, ideographic and other spaces, '\x1c' (a separator).
SAMPLES = ["\u0663", "\u00b2", "\u00bd", "\u00e9", "\u65e5", "\u3000", "\x1c", "\u2003 \u00a0", "abc", "ABC", "\u00c9T\u00c9",
           "\u00e9t\u00e9", "\u01c5", "\u0661\u0662x", "\u2167", "a\u0663", "", "7"]
TABLE = [[s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower()]
         for s in SAMPLES]
COUNT = sum(1 for c in range(0x3000) if chr(c).isalnum())


def main():
    for s, row in zip(SAMPLES, TABLE):
        print(repr(s), "".join("1" if b else "0" for b in row))
    print(COUNT)


main()
