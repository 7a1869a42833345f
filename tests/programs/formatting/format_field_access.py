# str.format fields reading attributes and items of the arguments ({0.x}, {p.name}, {0[k]}, {g[1][0]}): refused before
class P:
    def __init__(self, name, xy):
        self.name = name
        self.xy = xy
        self.inner = self if name == "self" else None

    @property
    def shout(self):
        print("(property read)")
        return self.name.upper()


def arg_l(v, tag):
    print("arg", tag)
    return v


def arg_p(v, tag):
    print("arg", tag)
    return v


def main():
    p = P("ada", [3, 4])
    d = {"k": "seven", "1": "str-one"}
    e = {1: "int-one"}
    print("{0.name} is at {0.xy[0]},{0.xy[1]}".format(p))
    print("{p.name!r:>8}|{p.xy}|{n:03d}".format(p=p, n=5))
    print("{.name} and {[k]}".format(p, d))
    print("{0[k]} {2[1]} {1.shout} {1.shout}".format(d, p, e))
    print("{a.shout} {b[0]}".format(b=arg_l([9], "b"), a=arg_p(p, "a")))
    print("{{literal}} {0.name:^9} {0.xy!s:>10}".format(p))
    grid = [[1, 2], [3, 4]]
    print("{g[1][0]} {g[0][1]}".format(g=grid))
    try:
        print("{0[5]}".format([1]))
    except IndexError as e:
        print("IndexError", e)
    try:
        print("{0[nope]}".format(d))
    except KeyError as e:
        print("KeyError", e)


main()
