# A number that may be None, an item of a '%' tuple: %s and %r print None; a numeric conversion
# raises Python's TypeError with that conversion's message, after every item was evaluated (the
# generated C++ did not compile).


def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None


def g(tag, v):
    print("g", tag)
    return v


def gf(tag, v):
    print("gf", tag)
    return v


for data in ([4, 5], [9], [1, 9]):
    x = find(data, 9)
    fx = None if x is None else x * 1.5
    for k in range(7):
        try:
            if k == 0:
                print("%d %d" % (x, g("a", 7)))
            elif k == 1:
                print("%s|%i" % ("s", x))
            elif k == 2:
                print("%x %5.2f" % (x, gf("c", 1.5)))
            elif k == 3:
                print("%.3f" % (fx,))
            elif k == 4:
                print("%s %r" % (x, fx))
            elif k == 5:
                print("%05u %X %o" % (x, g("d", 255), g("e", 8)))
            elif k == 6:
                print("%e %g" % (gf("f", 2.5), fx))
        except TypeError as e:
            print("TypeError", e)
