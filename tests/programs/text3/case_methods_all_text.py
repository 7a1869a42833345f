# The case methods of text beyond ASCII, at import time (the evaluator) and in translated code
# alike: Unicode's full mappings, and a capital sigma lowered by Python's final-sigma rule (final
# after a cased letter that no cased letter follows, apostrophes and accents skipped), as python3.
import sys

WORDS = ["ǅungla straße ΣΑΣ éCOLE", "ǆungla straße ﬃx éCOLE", "ΟΔΟΣ.", "Σ", "AΣ", "AΣB", "A'Σ", "AΣ'", "AΣ'B",
         "ΌΣΟΣ ΤΟΣΟΣ", "ΣΑΣ̈", "ÄΣ", "1Σ", "ΣΣ", "ᾳ ᾼ ǰ ŉ", "İstanbul ıi", "привет МИР", "o'neil ñandú"]
METHODS = ["upper", "lower", "swapcase", "title", "capitalize", "casefold"]
AT_IMPORT = [[getattr(w, m)() for m in METHODS] for w in WORDS]


def main():
    tail = sys.argv[0][:0]  # an empty str not known while translating
    for k, w in enumerate(WORDS):
        w = w + tail
        now = [w.upper(), w.lower(), w.swapcase(), w.title(), w.capitalize(), w.casefold()]
        print(" | ".join(now))
        print(now == AT_IMPORT[k])


main()
