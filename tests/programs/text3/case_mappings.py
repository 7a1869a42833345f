# str.swapcase(), str.title() and str.capitalize() on text beyond ASCII: Unicode's full case
# mappings, as python3 gives them.
import sys

words = ["héllo wörld", "ÄÖÜ straße", "ǆemal ǅemal Ǆemal", "ﬁne ﬂow", "ŉ", "ǰ", "ΐ", "İstanbul ıi",
         "привет МИР", "ǈubljana", "o'neil ñandú", "àb1cÉ", "straße" + str(len(sys.argv)), "ﬀ", "ᾳ ᾼ"]
for w in words:
    print(w.swapcase(), "|", w.title(), "|", w.capitalize())
