# dict(a=1, ...), dict(pairs, a=1), dict(zip(ks, vs)): keyword forms of dict(), with the
# evaluation order of the positional argument and the keyword values (Python 3 insertion order)
def main():
    d = dict(a=1, b=2)
    print(d)
    e = dict(d, x=3)
    print(e)
    pairs = [("p", 1), ("q", 2)]
    print(dict(pairs))
    ks = ["u", "v"]
    vs = [5, 6]
    print(dict(zip(ks, vs)))
    f = dict(d)
    print(f)
    g = dict(a=1, b=2.5)
    print(g)
main()
def order():
    print("a"); return 1
def order2():
    print("b"); return [("k", 2)]
def h():
    x = dict(order2(), z=order(), k=5.5)
    print(x)
    big = dict(aa=1, bb=2, cc=3, dd=4, ee=5, ff=6, gg=7, hh=8)
    print(big)
    print(dict(zip("ab", [1.5, 2])))
h()
