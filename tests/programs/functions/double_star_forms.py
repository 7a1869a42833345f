# f(k=v, **d), f(*args, **d) and f(**d) into functions with *args and **kw, and f(**{...}) /
# f(**g()) beside plain arguments; python3's TypeErrors (a key given twice: module.qualname).
def h(x, y=10):
    return x + y


def kw(**opts):
    return sorted(opts.items())


def mixed(a, *rest, b=2, **more):
    return (a, rest, b, sorted(more.items()))


def fwd(*args, **kwargs):
    return mixed(*args, **kwargs)


def main():
    d = {"y": 2}
    print(h(1, **d), h(x=1, **d), kw(**d))
    e = {"a": 1, "b": 5, "c": 7}
    print(mixed(**e), mixed(0, 9, c=3, **d))
    print(fwd(1, 2, 3), fwd(1, b=3), fwd(1, z=4, b=0))
    print(kw(p=1, **d), kw())
    for bad in [{"x": 5}, {"q": 1}, {"y": 3, "x": 1}]:
        try:
            print(h(x=0, **bad))
        except TypeError as ex:
            print("TypeError:", ex)
    try:
        print(kw(y=1, **d))
    except TypeError as ex:
        print("TypeError:", ex)
    try:
        print(fwd(1, a=2))
    except TypeError as ex:
        print("TypeError:", ex)


main()


def h2(x, y=10):
    return x + y


def opts(n):
    print("opts", n)
    return {"y": n}


def show(*args, **kw):
    return "%r %r" % (args, sorted(kw.items()))


a = 4
print(h2(1, **opts(3)), h2(**{"x": 2, "y": a}), h2(a, **{}))
print(show(1, **{"k": "v"}), show(*(1, 2), **{"q": a}))
try:
    print(h2(**{"x": 1, "z": 2}))
except TypeError as e:
    print(e)
