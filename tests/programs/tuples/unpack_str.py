# Unpacking a string into its characters, with and without a starred target (refused before).
def main():
    s = "abc"
    *init, last = s
    a, b, c = s
    first, *rest = "héllo"
    x, y = "é!"
    print(init, last, a, b, c, first, rest, x, y)
    for k in ["ab", "abc"]:
        try:
            p, q = k
            print(p, q)
        except ValueError as e:
            print("ValueError:", e)
    try:
        u, *v, w = "z"
    except ValueError as e:
        print("ValueError:", e)
    (m, n), o = "mn", "o"
    print(m, n, o)
main()
