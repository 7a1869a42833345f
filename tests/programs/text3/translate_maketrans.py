# str.maketrans / str.translate in Python 3: the table is a dict from code points to a code point,
# a str (of any length) or None (delete); a code point the dict lacks is kept. maketrans(x, y)
# pairs the code points of x and y, maketrans(x, y, z) also deletes those of z.
import string
import sys


def show(s, t):
    try:
        print(repr(s.translate(t)))
    except ValueError as e:
        print("ValueError:", e)


def main():
    words = ["abcabc", "héllo wörld", "日本語 text!", "", "a.b,c;d!"] + sys.argv[1:]
    t2 = str.maketrans("abé", "xyz")
    t3 = str.maketrans("ab", "é日", "c!")
    tdel = str.maketrans("", "", string.punctuation)
    tstr = {ord("a"): "AA", ord("é"): "e", ord("日"): "sun", ord("l"): None}
    tint = {97: 65, 0x65e5: 0x1f600, 32: 95}
    tnone = {ord("o"): None, ord(" "): None}
    for w in words:
        print(w, "|", w.translate(t2), w.translate(t3), w.translate(tdel), w.translate(tstr), w.translate(tint), w.translate(tnone))
    print(sorted(t2.items()), [(k, t3[k]) for k in sorted(t3)], len(tdel))
    show("abc", {98: 0x110000})
    show("abc", {98: -1})
    show("abc", {120: 0x10FFFF})
    try:
        str.maketrans("ab", "x" + sys.argv[0][:0])
    except ValueError as e:
        print("ValueError:", e)
    t = str.maketrans("a", "b")
    t[ord("z")] = ord("Z")
    print("a z".translate(t))


main()
