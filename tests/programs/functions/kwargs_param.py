# **kw parameters: the keywords no other parameter names, as a dict in the call's order.
def f(a, **kw):
    print(a, kw)
    for k in kw:
        print(k, kw[k])
    return len(kw)


def opts(name, sep="-", **extra):
    keys = sorted(extra)
    return name + sep + ",".join([k + "=" + str(extra[k]) for k in keys])


def only_kw(**kw):
    total = 0
    for k, v in kw.items():
        total += v
    return total


class Config:
    def __init__(self, title, **settings):
        self.title = title
        self.settings = settings

    def get(self, key, **fallback):
        if key in self.settings:
            return self.settings[key]
        return fallback.get("default", -1)


def side(tag, v):
    print("eval", tag)
    return v


print(f(1, x=2, y=3))
print(f(2))
print(f(a=3, z=9))
print(f(4, y=side("y", 1), x=side("x", 2)))
print(opts("n"))
print(opts("n", b=2, a=1))
print(opts("n", sep=":", c=3))
print(only_kw(), only_kw(p=1, q=2, r=3))
c = Config("t", depth=3, width=7)
print(c.title, sorted(c.settings.items()), c.get("depth"), c.get("zz"), c.get("zz", default=5))
