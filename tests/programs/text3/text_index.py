# Python 3 str is text: len, indexing, slicing, iteration, find and ord/chr count code points.
import sys


def positions(s, sub):
    out = []
    i = s.find(sub)
    while i >= 0:
        out.append(i)
        i = s.find(sub, i + 1)
    return out


def walk(s):
    n = 0
    kinds = []
    for c in s:
        n += 1
        kinds.append(ord(c))
    return n, kinds


def main():
    s = "caf\u00e9"
    print(len(s), s, s[3], ord(s[3]), chr(233), s.upper())
    t = "café"  # UTF-8 source text
    print(len(t), t == s, t[-1], t[1:], t[::-1], t[::2], t[-2:], t[:-1])
    u = "\U0001F600 smile \u20ac5 na\u00efve \x41\xff"
    print(len(u), u[0] == "\U0001F600", u[2:7], u[-3:], ord(u[-1]), [ord(c) for c in u[8:10]])
    print(walk(u))
    print(positions("\u00e9t\u00e9 \u00e9t\u00e9", "t\u00e9"), "été été".rfind("été"), "été été".count("é"))
    print("été".find("t", 1, 3), "été".find("é", -1), "été".find("", 4), "été".find("", 3), "été".index("é", 1))
    print("é" in "café", "fé" in t, "x" in t, "ca" + "fé" == t, t.startswith("ca"), t.endswith("fé"))
    print(t.startswith("fé", 2), t.startswith("é", -1), t.endswith("af", 0, 3), t.startswith("", 5))
    print(chr(0x10FFFF) == "\U0010FFFF", ord(chr(0x10FFFF)), len(chr(0x800) + chr(0x7ff) + chr(0x80)))
    try:
        chr(0x110000)
    except ValueError as e:
        print("ValueError", e)
    try:
        ord("ab\u00e9")
    except TypeError as e:
        print("TypeError", e)
    try:
        print(s[4])
    except IndexError as e:
        print("IndexError", e)
    print(list("añb"), sorted("ébça"), "-".join(reversed("añb")), set("éé") == {"é"}, max("aé"), min("zé"))
    for i, c in enumerate("ñá"):
        print(i, c, end=" ")
    print()
    print(["ñ" + c for c in "áb"], {c: ord(c) for c in "éa"})
    words = "día noche día".split(" ")
    print(words, "|".join(words), "día" < "dib", "é" > "z", "\u00e9" < "\u0800" < "\U00010000")
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    print(d, hash("día") == hash("dí" + "a"), "día".replace("í", "i"), "añoaño".split("ñ"))
    print(len(sys.argv) > 0)


if __name__ == "__main__":
    main()
