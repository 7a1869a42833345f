# A function value that may be one of several functions: a parameter a call leaves out takes
# the default of the function actually called (Python looks defaults up per function).


def first(x=1, sep="-"):
    return "first" + sep + str(x)


def second(x=2, sep="+"):
    return "second" + sep + str(x * 10)


def third(x=3, *, sep="*"):
    return "third" + sep + str(x)


def scale(v, factor=2.5):
    return v * factor


def halve(v, factor=0.5):
    return v * factor


def main():
    fs = [first, second]
    print([f() for f in fs])
    print([f(7) for f in fs])
    print([f(sep=":") for f in fs])
    print([f(x=4) for f in fs])
    pick = first
    for f in fs:
        if f is second:
            pick = f
    print(pick(), pick(0, "/"))
    ops = {"scale": scale, "halve": halve}
    for name in sorted(ops):
        print(name, ops[name](8), ops[name](8, 1.0))
    kw = [third, lambda x=30, *, sep="#": "lam" + sep + str(x)]
    print([f() for f in kw], [f(sep="=") for f in kw])


main()
